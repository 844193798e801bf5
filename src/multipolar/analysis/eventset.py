"""The input of every measure: deduplicated events and their ordered node pairs ("edges")."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import exists, func, or_, select

from ..kb import KnowledgeBase, load_kb
from ..store import Store
from ..store import schema as s
from ..store.signature import band_keys, from_bytes, similarity
from .dedup import RULES, THRESHOLD, clusters_of, deduplicate
from .load import EXCLUDED_SECTORS, Event, event_day, in_period, to_events

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
            min_confidence: float | None = None, nodes: Sequence[str] = ()) -> EventSet:
    """Read the coded events of the store (negated ones too), deduplicate, keep [since, until].

    Deduplication runs on the whole store before the period is cut, so a merged event keeps
    sources published outside the period. ``min_confidence`` leaves out the events the learned
    model was less sure of (every measure downstream then counts only the rest).

    ``nodes`` (one or two states or organisations) reads only the events that pair them (with
    one node: that pair it with any other), through the store's ``event_pairs``: what a pair's
    score, or a state's leanings, are made of. Those come out exactly as from the whole store:
    events merge only with events of the same actors and recipients, and the near-duplicate
    clusters and days around their documents are found from the stored signatures.
    """
    kb = kb or load_kb()
    rows = store.events(include_negated=True, min_confidence=min_confidence,
                        involving=[node_keys(kb, n) for n in nodes])
    clusters: dict[str, str] = {}
    days: dict[str, str] | None = None
    if "near-duplicate" in rules and rows:
        docs = {r["doc_id"] for r in rows}
        if nodes:
            clusters = _clusters_around(store, docs, min_confidence)
            days = _cluster_days(store, clusters, min_confidence)
        else:
            clusters = _store_clusters(store, docs)
    events = deduplicate(to_events(rows, kb, excluded_sectors), rules=rules, clusters=clusters,
                         cluster_days=days)
    if since is not None or until is not None:
        events = [e for e in events if in_period(e.day, since, until)]
    return EventSet(tuple(events), len(rows), kb, store=store)


def as_eventset(source: Store | EventSet, since: str | None = None, until: str | None = None,
                nodes: Sequence[str] = (), min_confidence: float | None = None) -> EventSet:
    """Accept a store or an EventSet wherever a measure needs events; from a store, read only
    the events of ``nodes`` (see :func:`prepare`)."""
    if isinstance(source, EventSet):
        return source.between(since, until)
    return prepare(source, since, until, nodes=nodes, min_confidence=min_confidence)


def node_keys(kb: KnowledgeBase, node: str) -> frozenset[str]:
    """The actor keys (a country, else an actor id: ``event_pairs``) that
    :func:`~multipolar.analysis.load.node_of` can map to ``node``: a state's code; an
    organisation's id and those of its officials."""
    return frozenset({node, *(p.id for p in kb.persons.values() if p.org == node)})


# ---- near-duplicate clusters from the stored signatures ---------------------------------------
def _store_clusters(store: Store, docs: set[str]) -> dict[str, str]:
    """The near-duplicate clusters among ``docs``: pairs sharing a band key, checked."""
    b = s.signature_bands.c
    buckets: dict[int, list[str]] = defaultdict(list)
    with store.engine.connect() as conn:
        shared = select(b.key).group_by(b.key).having(func.count() > 1)
        for key, doc in conn.execute(select(b.key, b.doc_id).where(b.key.in_(shared))):
            if doc in docs:
                buckets[key].append(doc)
    pairs = {pair for bucket in buckets.values() for pair in combinations(sorted(set(bucket)), 2)}
    sigs = _signatures(store, {d for pair in pairs for d in pair})
    return clusters_of((x, y) for x, y in pairs if x in sigs and y in sigs
                       and similarity(sigs[x], sigs[y]) >= THRESHOLD)


def _clusters_around(store: Store, docs: set[str], min_confidence: float | None) -> dict[str, str]:
    """The near-duplicate clusters of ``docs`` as the whole store makes them: a search along
    shared band keys through the documents that have events (those a whole-store read sees)."""
    sigs = _signatures(store, docs)
    reached, frontier, looked = set(docs), set(docs), set(docs)
    links: set[tuple[str, str]] = set()
    checked: set[tuple[str, str]] = set()
    while frontier:
        by_key: dict[int, list[str]] = defaultdict(list)
        for d in frontier:
            for k in band_keys(sigs[d]) if d in sigs else ():
                by_key[k].append(d)
        hits = _select_in(store, _SHARED, s.signature_bands.c.key, sorted(by_key))
        fresh = {o for _, o in hits} - looked
        looked |= fresh
        sigs.update(_signatures(store, _with_events(store, fresh, min_confidence)))
        frontier = set()
        for key, other in hits:
            for d in by_key[key]:
                pair = (min(d, other), max(d, other))
                if d == other or other not in sigs or pair in checked:
                    continue
                checked.add(pair)
                if similarity(sigs[d], sigs[other]) >= THRESHOLD:
                    links.add(pair)
                    if other not in reached:
                        reached.add(other)
                        frontier.add(other)
    return clusters_of(links)


def _cluster_days(store: Store, clusters: dict[str, str],
                  min_confidence: float | None) -> dict[str, str]:
    """Each cluster's earliest day of an event not dated to the day (see :func:`deduplicate`),
    over all the events of its documents."""
    e, d = s.events.c, s.documents.c
    out: dict[str, str] = {}
    query = select(e.doc_id, e.date, d.date).join(s.documents, d.id == e.doc_id)
    if min_confidence:
        query = query.where(or_(e.confidence.is_(None), e.confidence >= min_confidence))
    with store.engine.connect() as conn:
        for part in _chunks(sorted(clusters)):
            for doc, date, doc_date in conn.execute(query.where(e.doc_id.in_(part))):
                day = event_day(date, doc_date)
                if day and not (date and len(date) >= 10):
                    c = clusters[doc]
                    out[c] = min(out.get(c, day), day)
    return out


def _with_events(store: Store, ids: Collection[str], min_confidence: float | None) -> set[str]:
    """Those of ``ids`` that have an event (at ``min_confidence``)."""
    e = s.events.c
    query = select(e.doc_id).distinct()
    if min_confidence:
        query = query.where(or_(e.confidence.is_(None), e.confidence >= min_confidence))
    with store.engine.connect() as conn:
        return {doc for part in _chunks(sorted(ids))
                for doc in conn.execute(query.where(e.doc_id.in_(part))).scalars()}


def _signatures(store: Store, ids: Collection[str]) -> dict[str, np.ndarray]:
    g = s.signatures.c
    return {doc: from_bytes(sig)
            for doc, sig in _select_in(store, select(g.doc_id, g.minhash), g.doc_id, sorted(ids))}


_other = s.signature_bands.alias("other").c
# (key, document) of a band key that another document holds too: the candidates, not the rest
_SHARED = select(s.signature_bands.c.key, s.signature_bands.c.doc_id).where(exists(
    select(_other.key).where(_other.key == s.signature_bands.c.key,
                             _other.doc_id != s.signature_bands.c.doc_id)))


def _select_in(store: Store, query, column, values: list) -> list[tuple]:
    """The rows of ``query`` where ``column`` is one of ``values`` (500 at a time)."""
    with store.engine.connect() as conn:
        return [tuple(r) for part in _chunks(values) for r in conn.execute(query.where(column.in_(part)))]


def _chunks(items: list, n: int = 500) -> Iterable[list]:
    for i in range(0, len(items), n):
        yield items[i:i + n]
