"""Cities and the state each lies in (GeoNames' cities of 15,000 people or more; places.csv,
built by scripts/kb/build_places.py). Capitals are states' own forms in the knowledge base; a
place stands for its state only as where something happened or was aimed ("shelled Kharkiv"),
never as an actor."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .base import fold


@dataclass(frozen=True, slots=True)
class Place:
    geonameid: str
    name: str
    country: str
    population: int


@lru_cache(maxsize=1)
def _places() -> dict[str, Place]:
    out: dict[str, Place] = {}
    with (resources.files("multipolar.kb") / "data" / "places.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            p = Place(row["geonameid"], row["name"], row["country"], int(row["population"]))
            for form in (row["name"], *filter(None, row["alternates"].split("|"))):
                out.setdefault(fold(form), p)  # the build gave each form to one city
    return out


def find_place(text: str) -> Place | None:
    """The city a name denotes ('Kharkiv', 'Kharkov', 'the city of Odesa' is not stripped here)."""
    return _places().get(fold(text.strip()))
