"""From stored event rows to analysis records: nodes, days and time windows.

A *node* is what the alliance analysis counts: a state (ISO3) or an intergovernmental
organisation (its knowledge-base id, e.g. ``EU``, ``NATO``, ``CSTO``). Actors are mapped to
nodes once, here; everything downstream works on node tuples.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date as _date
from typing import Any

from ..kb import KnowledgeBase, load_kb
from ..kb import dates as kbdates
from ..ontology import QUAD_CLASS
from ..ontology import intensity as plover_intensity

WINDOWS = ("day", "week", "month", "quarter", "year", "all")

# Actors of these PLOVER sectors act apart from, or against, their state's government (opposition,
# rebels, former officials, criminals, refugees, unidentified gunmen): not the state's conduct.
EXCLUDED_SECTORS = frozenset({"OPP", "REB", "ELI", "CRM", "REF", "UAF", "UNK", "NGO"})


@dataclass(frozen=True, slots=True)
class Source:
    """One report of an event: the coded event row it came from and where its evidence is."""

    event_id: str
    doc_id: str
    title: str | None
    doc_date: str | None
    date: str | None
    evidence: str
    evidence_start: int | None
    evidence_end: int | None
    sentence_start: int | None
    sentence_end: int | None
    quote_id: str | None
    rule: str | None


@dataclass(frozen=True, slots=True)
class Event:
    """An event as the analysis sees it, with every source that reported it.

    ``actors`` and ``recipients`` are node tuples (sorted); ``day`` is a YYYY-MM-DD string.
    Before deduplication each Event has one source; after, all of its reports.
    """

    id: str
    type: str
    mode: str | None
    quad: str
    intensity: float
    day: str | None
    actors: tuple[str, ...]
    recipients: tuple[str, ...]
    actor_names: tuple[str, ...]
    recipient_names: tuple[str, ...]
    negated: bool
    hypothetical: bool
    future: bool
    sources: tuple[Source, ...]
    merged_by: tuple[str, ...] = ()

    @property
    def reciprocal(self) -> bool:
        # PLOVER: a reciprocal act codes every party as actor and leaves the recipient empty
        return not self.recipients and len(self.actors) > 1

    @property
    def excluded(self) -> bool:
        """Negated and hypothetical events are kept for transparency but never scored."""
        return self.negated or self.hypothetical

    @property
    def doc_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.doc_id for s in self.sources))

    @property
    def evidence(self) -> str:
        return self.sources[0].evidence

    def pairs(self) -> list[tuple[str, str]]:
        """Ordered (from, to) node pairs: every actor to every recipient; a reciprocal event
        gives every ordered pair of its actors, so it counts both ways."""
        if self.recipients:
            return [(a, b) for a in self.actors for b in self.recipients if a != b]
        return [(a, b) for a in self.actors for b in self.actors if a != b]


def node_of(actor: dict[str, Any], kb: KnowledgeBase,
            excluded_sectors: frozenset[str] = EXCLUDED_SECTORS) -> str | None:
    """The node an actor stands for, or None (unresolved, or not acting for a state)."""
    if actor.get("sector") in excluded_sectors:
        return None
    if actor.get("country"):
        return actor["country"]
    aid = actor.get("id")
    org = kb.orgs.get(aid) if aid else None
    if org is None and aid in kb.persons:  # an official of an organisation, e.g. its secretary-general
        org = kb.orgs.get(kb.persons[aid].org or "")
    return org.id if org is not None and org.kind == "igo" else None


def event_day(date: str | None, doc_date: str | None) -> str | None:
    """The day an event is counted on: its own date when it names a day; else the document's
    date when that falls inside the event's partial date (or the event has none); else the
    first day of the event's partial date (a year or month named in the text)."""
    d, dd = (date or "")[:10], (doc_date or "")[:10]
    if len(d) == 10:
        return d
    if len(dd) == 10 and dd.startswith(d):
        return dd
    if d:
        return kbdates.lower(d)
    return kbdates.lower(dd) if dd else None


def to_event(row: dict[str, Any], kb: KnowledgeBase,
             excluded_sectors: frozenset[str] = EXCLUDED_SECTORS) -> Event:
    """One stored event row (as :meth:`Store.events` returns it) as a single-source Event."""
    def side(group: list[dict[str, Any]]) -> tuple[tuple[str, ...], tuple[str, ...]]:
        nodes = {n for a in group if (n := node_of(a, kb, excluded_sectors))}
        names = tuple(dict.fromkeys(a.get("name") or a.get("text") or "?" for a in group))
        return tuple(sorted(nodes)), names

    actors, actor_names = side(row.get("actor") or [])
    recipients, recipient_names = side(row.get("recipient") or [])
    value = row.get("intensity")
    if value is None:
        value = plover_intensity(row["type"], row.get("mode"))
    src = Source(row["id"], row["doc_id"], row.get("title"), row.get("doc_date"), row.get("date"),
                 row.get("evidence") or "", row.get("evidence_start"), row.get("evidence_end"),
                 row.get("sentence_start"), row.get("sentence_end"), row.get("quote_id"),
                 row.get("rule"))
    return Event(row["id"], row["type"], row.get("mode"), QUAD_CLASS[row["type"]], float(value),
                 event_day(row.get("date"), row.get("doc_date")), actors, recipients,
                 actor_names, recipient_names, bool(row.get("negated")),
                 bool(row.get("hypothetical")), bool(row.get("future")), (src,))


def to_events(rows: Iterable[dict[str, Any]], kb: KnowledgeBase | None = None,
              excluded_sectors: frozenset[str] = EXCLUDED_SECTORS) -> list[Event]:
    kb = kb or load_kb()
    return [to_event(r, kb, excluded_sectors) for r in rows]


# ---- time ---------------------------------------------------------------------------------
def window_of(day: str, window: str) -> str:
    """The label of the window a day falls in: 2023-05-25, 2023-W21, 2023-05, 2023-Q2, 2023, all."""
    if window == "all":
        return "all"
    if window == "day":
        return day
    if window == "month":
        return day[:7]
    if window == "year":
        return day[:4]
    y, m, d = int(day[:4]), int(day[5:7]), int(day[8:10])
    if window == "quarter":
        return f"{y}-Q{(m - 1) // 3 + 1}"
    if window == "week":
        iso = _date(y, m, d).isocalendar()
        return f"{iso.year}-W{iso.week:02d}"
    raise ValueError(f"unknown window {window!r}; expected one of {', '.join(WINDOWS)}")


def window_start(label: str) -> str | None:
    """The first day of a window label (None for 'all')."""
    if label == "all":
        return None
    if "-W" in label:
        y, w = label.split("-W")
        return _date.fromisocalendar(int(y), int(w), 1).isoformat()
    if "-Q" in label:
        y, q = label.split("-Q")
        return f"{y}-{3 * int(q) - 2:02d}-01"
    return kbdates.lower(label)


def parse_period(period: str | None) -> tuple[str | None, str | None]:
    """'2023', '2023-05', '2023-05-25' or 'FROM..TO' (either side may be empty) as (first day,
    last day), for comparisons with day strings."""
    if not period:
        return None, None
    parts = period.split("..")
    if len(parts) > 2:
        raise ValueError(f"{period!r} has more than one '..'")
    for part in parts:
        if part:
            kbdates.check(part)
    if ".." in period:
        since, until = parts
        first, last = (kbdates.lower(since) if since else None), (kbdates.upper(until) if until else None)
        if first and last and first > last:
            raise ValueError(f"{period!r} ends before it starts")
        return first, last
    return kbdates.lower(period), kbdates.upper(period)


def in_period(day: str | None, since: str | None, until: str | None) -> bool:
    if since is None and until is None:
        return True
    if day is None:
        return False
    return (since is None or day >= kbdates.lower(since)) and (until is None or day <= kbdates.upper(until))


def auto_window(days: Iterable[str]) -> str:
    """A window that gives a readable series: years over 6 years, quarters over 18 months, else months."""
    days = sorted(d for d in days if d)
    if not days:
        return "month"
    span = (_date.fromisoformat(days[-1]) - _date.fromisoformat(days[0])).days
    return "year" if span > 6 * 365 else "quarter" if span > 540 else "month" if span > 45 else "week"
