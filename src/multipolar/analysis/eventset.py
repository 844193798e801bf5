"""The input of every measure: deduplicated events and their ordered node pairs ("edges")."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
from sqlalchemy import select

from ..kb import KnowledgeBase, load_kb
from ..store import Store
from ..store import schema as s
from .dedup import RULES, deduplicate
from .load import EXCLUDED_SECTORS, Event, in_period, to_events

EDGE_COLUMNS = ["event", "day", "a", "b", "type", "quad", "intensity", "excluded", "reciprocal",
                "n_sources"]


@dataclass(frozen=True)
class EventSet:
    """Deduplicated events (negated and hypothetical ones included, flagged) and one edge row per
    (event, ordered pair of distinct nodes). ``raw`` counts the coded rows before merging."""

    events: tuple[Event, ...]
    raw: int
    kb: KnowledgeBase = field(repr=False)
    edges: pd.DataFrame = field(repr=False, default=None)  # type: ignore[assignment]
    store: Store | None = field(repr=False, default=None)

    def __post_init__(self) -> None:
        if self.edges is None:
            object.__setattr__(self, "edges", edges_frame(self.events))

    @property
    def by_id(self) -> dict[str, Event]:
        return {e.id: e for e in self.events}

    def between(self, since: str | None = None, until: str | None = None) -> EventSet:
        """The events whose day falls in [since, until] (partial dates allowed)."""
        if since is None and until is None:
            return self
        kept = tuple(e for e in self.events if in_period(e.day, since, until))
        return EventSet(kept, self.raw, self.kb, store=self.store)


    def published(self) -> EventSet:
        """The events dated within the span of their documents' publication dates: what a time
        series should show (an article of 2023 recalling 2014 still counts in 2014's scores)."""
        days = sorted(s.doc_date[:10] for e in self.events for s in e.sources if s.doc_date)
        return self.between(days[0], days[-1]) if days else self


def edges_frame(events: Iterable[Event]) -> pd.DataFrame:
    rows = [(e.id, e.day, a, b, e.type, e.quad, e.intensity, e.excluded, e.reciprocal,
             len(e.sources)) for e in events for a, b in e.pairs()]
    frame = pd.DataFrame(rows, columns=EDGE_COLUMNS)
    # typed even when empty, so that boolean masks stay masks
    return frame.astype({"intensity": float, "excluded": bool, "reciprocal": bool, "n_sources": int})


def from_rows(rows: Iterable[dict[str, Any]], texts: dict[str, str] | None = None,
              kb: KnowledgeBase | None = None, rules: tuple[str, ...] = RULES,
              excluded_sectors: frozenset[str] = EXCLUDED_SECTORS) -> EventSet:
    """An EventSet from event dicts shaped like :meth:`Store.events` rows (tests build these)."""
    kb = kb or load_kb()
    single = to_events(rows, kb, excluded_sectors)
    return EventSet(tuple(deduplicate(single, texts, rules)), len(single), kb)


def prepare(store: Store, since: str | None = None, until: str | None = None,
            rules: tuple[str, ...] = RULES, kb: KnowledgeBase | None = None,
            excluded_sectors: frozenset[str] = EXCLUDED_SECTORS,
            min_confidence: float | None = None) -> EventSet:
    """Read every coded event of the store (negated ones too), deduplicate, keep [since, until].

    Deduplication runs on the whole store before the period is cut, so a merged event keeps
    sources published outside the period. ``min_confidence`` leaves out the events the learned
    model was less sure of (every measure downstream then counts only the rest).
    """
    rows = store.events(include_negated=True, min_confidence=min_confidence)
    texts = _texts(store, {r["doc_id"] for r in rows}) if "near-duplicate" in rules else None
    es = from_rows(rows, texts, kb, rules, excluded_sectors).between(since, until)
    return EventSet(es.events, len(rows), es.kb, es.edges, store)


def as_eventset(source: Store | EventSet, since: str | None = None,
                until: str | None = None) -> EventSet:
    """Accept a store or an EventSet wherever a measure needs events."""
    if isinstance(source, EventSet):
        return source.between(since, until)
    return prepare(source, since, until)


def _texts(store: Store, ids: set[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    d = s.documents.c
    ordered = sorted(ids)
    with store.engine.connect() as conn:
        for i in range(0, len(ordered), 500):
            out.update(conn.execute(select(d.id, d.text).where(d.id.in_(ordered[i:i + 500]))).all())
    return out
