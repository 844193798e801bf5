"""Deduplication: the same event reported by several articles becomes one event with all its
sources.

Three rules, each a key; events sharing any key are merged (transitively, union-find):

``day``
    The Phoenix "one-a-day" rule: same day, actor set, recipient set and PLOVER type.
``sentence``
    The same sentence in syndicated copies: same normalised evidence text, actors, recipients
    and type, whatever the dates of the copies.
``near-duplicate``
    Near-duplicate articles (MinHash estimate of the Jaccard similarity of their word 5-grams
    at least 0.8): same actors, recipients and type on the same day, where an event dated only
    by its article takes the earliest date of the copies.

Negation and hypothetical status are part of every key: "did not sign" never merges with
"signed". Events with no resolved actor are never merged.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace

import numpy as np

from ..store.signature import BANDS as _BANDS
from ..store.signature import PERM as _PERM
from ..store.signature import minhash, normalise_text, similarity
from .load import Event

RULES = ("day", "sentence", "near-duplicate")
THRESHOLD = 0.8  # MinHash similarity from which two documents are near-duplicates


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)


def _day_dated(e: Event) -> bool:
    return bool(e.sources[0].date and len(e.sources[0].date) >= 10)


def deduplicate(events: Iterable[Event], texts: dict[str, str] | None = None,
                rules: tuple[str, ...] = RULES, threshold: float = THRESHOLD,
                clusters: dict[str, str] | None = None,
                cluster_days: dict[str, str] | None = None) -> list[Event]:
    """Merge reports of the same event.

    Args:
        events: Events (usually single-source, from :func:`multipolar.analysis.load.to_events`).
        texts: Document texts by id, for the near-duplicate rule (skipped without them).
        rules: Which of ``day``, ``sentence``, ``near-duplicate`` to apply.
        threshold: Jaccard similarity above which two documents are near-duplicates.
        clusters: Near-duplicate clusters already found (document id to cluster id, as
            :func:`near_duplicate_docs` returns them), instead of ``texts``.
        cluster_days: The earliest day of each cluster's events dated only by their article,
            over events beyond ``events`` (a pair's events read alone); ``events`` count too.

    Returns:
        One Event per distinct event, sources in date order, ``merged_by`` naming the rules
        that joined them; order follows the first source's day.
    """
    events = list(events)
    if "near-duplicate" not in rules:
        clusters = {}
    elif clusters is None:
        clusters = near_duplicate_docs(texts, threshold) if texts else {}
    cluster_day: dict[str, str] = dict(cluster_days or {})
    for e in events:
        c = clusters.get(e.sources[0].doc_id)
        if c and e.day and not _day_dated(e):
            cluster_day[c] = min(cluster_day.get(c, e.day), e.day)

    uf = _UnionFind(len(events))
    groups: dict[tuple, list[int]] = defaultdict(list)
    for i, e in enumerate(events):
        if not e.actors:
            continue
        base = (e.type, e.actors, e.recipients, e.negated, e.hypothetical)
        if "day" in rules and e.day:
            groups[("day", e.day, *base)].append(i)
        if "sentence" in rules and e.evidence:
            groups[("sentence", normalise_text(e.evidence), *base)].append(i)
        c = clusters.get(e.sources[0].doc_id)
        if c:
            day = e.day if _day_dated(e) else cluster_day.get(c, e.day)
            groups[("near-duplicate", c, day, *base)].append(i)
    for members in groups.values():
        for j in members[1:]:
            uf.union(members[0], j)

    components: dict[int, list[int]] = defaultdict(list)
    for i in range(len(events)):
        components[uf.find(i)].append(i)
    fired: dict[int, set[str]] = defaultdict(set)
    for key, members in groups.items():
        if len(members) > 1:
            fired[uf.find(members[0])].add(key[0])
    merged = [_merge([events[i] for i in members], tuple(sorted(fired[root])))
              for root, members in components.items()]
    return sorted(merged, key=lambda e: (e.day or "9999", e.sources[0].doc_id, e.id))


def _merge(group: list[Event], rules: tuple[str, ...]) -> Event:
    if len(group) == 1:
        return group[0]
    group = sorted(group, key=lambda e: (e.day or "9999", e.sources[0].doc_date or "",
                                         e.sources[0].doc_id, e.sources[0].evidence_start or 0))
    first = group[0]
    # the value most reports agree on; ties go to the earliest report
    intensity = Counter(e.intensity for e in group).most_common(1)[0][0]
    mode = Counter(e.mode for e in group).most_common(1)[0][0]
    sources = tuple(s for e in group for s in e.sources)
    return replace(first, intensity=intensity, mode=mode, sources=sources, merged_by=rules,
                   actor_names=tuple(dict.fromkeys(n for e in group for n in e.actor_names)),
                   recipient_names=tuple(dict.fromkeys(n for e in group for n in e.recipient_names)),
                   future=all(e.future for e in group))


# ---- near-duplicate documents: MinHash + LSH, numpy only (signatures: multipolar.store.signature)
def near_duplicate_docs(texts: dict[str, str], threshold: float = THRESHOLD) -> dict[str, str]:
    """Documents with a near-duplicate, mapped to their cluster's id (its smallest doc id).

    Candidate pairs share one of 16 bands of 4 MinHash values (found with probability > 0.999
    at similarity 0.8); a pair is kept when the share of equal values reaches ``threshold``.
    """
    ids = sorted(texts)
    sigs = np.stack([minhash(texts[i]) for i in ids]) if ids else np.zeros((0, _PERM), np.uint64)
    rows = _PERM // _BANDS
    return clusters_of((ids[i], ids[j]) for i, j in _candidates(sigs, rows)
                       if similarity(sigs[i], sigs[j]) >= threshold)


def clusters_of(links: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Documents linked as near-duplicates (transitively), mapped to their cluster's smallest id."""
    links = list(links)
    ids = sorted({d for link in links for d in link})
    index = {d: n for n, d in enumerate(ids)}
    uf = _UnionFind(len(ids))
    for x, y in links:
        uf.union(index[x], index[y])
    # union-find keeps the smallest index as the root: the smallest id of its cluster
    return {d: ids[uf.find(n)] for n, d in enumerate(ids)}


def _candidates(sigs: np.ndarray, rows: int) -> Iterator[tuple[int, int]]:
    seen: set[tuple[int, int]] = set()
    for b in range(_BANDS):
        buckets: dict[bytes, list[int]] = defaultdict(list)
        for n in range(len(sigs)):
            buckets[sigs[n, b * rows:(b + 1) * rows].tobytes()].append(n)
        for bucket in buckets.values():
            for x in range(len(bucket)):
                for y in range(x + 1, len(bucket)):
                    if (bucket[x], bucket[y]) not in seen:
                        seen.add((bucket[x], bucket[y]))
                        yield bucket[x], bucket[y]
