"""Blocs: groups of states that are on good terms with each other and not with the rest.

The signed graph has one edge per pair of states with evidence, weighted by its v1 score (which
the prior already shrinks toward 0 when evidence is thin). Blocs come from average-linkage
agglomeration, a greedy form of correlation clustering: start with every state alone; merge the
two groups whose mean score over all their cross pairs (a pair without evidence counts 0) is
highest; stop when no two groups have a mean above ``threshold`` (0: more friends than foes).
Then each state moves to the bloc it has the highest mean score with, while that helps.
The result needs no number of blocs, is deterministic, and each merge can be read off the table.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from ..store import Store
from .alignment import LEVEL, alignment_frame
from .eventset import EventSet, as_eventset


def find_blocs(scores: pd.DataFrame, threshold: float = 0.0,
               nodes: Sequence[str] | None = None) -> list[tuple[str, ...]]:
    """Blocs from pair scores (columns ``a``, ``b``, ``score``), largest first.

    Args:
        scores: One row per pair.
        threshold: Minimum mean cross-pair score for two groups to merge.
        nodes: The nodes to cluster [default: all that appear in ``scores``].

    Returns:
        Every node in exactly one bloc (tuples of sorted names; singletons included).
    """
    names = sorted(set(nodes) if nodes is not None else set(scores["a"]) | set(scores["b"]))
    index = {n: i for i, n in enumerate(names)}
    w = np.zeros((len(names), len(names)))
    for a, b, s in zip(scores["a"], scores["b"], scores["score"]):
        if a in index and b in index and a != b:
            w[index[a], index[b]] = w[index[b], index[a]] = s
    # link[i, j]: summed score between groups i and j; their mean is link / (size_i * size_j)
    link, size = w.copy(), np.ones(len(names))
    alive = np.ones(len(names), dtype=bool)
    groups: dict[int, list[int]] = {i: [i] for i in range(len(names))}
    while alive.sum() > 1:
        mean = link / np.outer(size, size)
        mean[~alive, :] = mean[:, ~alive] = -np.inf
        np.fill_diagonal(mean, -np.inf)
        i, j = divmod(int(np.argmax(mean)), len(names))
        if mean[i, j] <= threshold + 1e-12:
            break
        i, j = min(i, j), max(i, j)
        link[i, :] += link[j, :]
        link[:, i] += link[:, j]
        size[i] += size[j]
        alive[j] = False
        groups[i] += groups.pop(j)
    members = _refine(w, list(groups.values()), threshold)
    blocs = [tuple(sorted(names[k] for k in g)) for g in members if g]
    return sorted(blocs, key=lambda b: (-len(b), b))


def _refine(w: np.ndarray, groups: list[list[int]], threshold: float) -> list[list[int]]:
    """Move single states to the bloc they have the highest mean score with, while that helps.

    Agglomeration never undoes a merge; this pass corrects a state that joined a bloc early
    and fits another one better once the blocs are formed. Stops when nothing moves.
    """
    bloc = {k: g for g, members in enumerate(groups) for k in members}
    for _ in range(20):
        moved = False
        for k in sorted(bloc):
            here = bloc[k]
            links = [_link(w, k, g, threshold) for g in groups]
            best = max(range(len(groups)), key=lambda g: (links[g], g == here))
            if best != here and links[best] > max(links[here], threshold) + 1e-12:
                groups[here].remove(k)
                groups[best].append(k)
                bloc[k] = best
                moved = True
        if not moved:
            break
    return groups


def _link(w: np.ndarray, k: int, group: list[int], empty: float) -> float:
    others = [j for j in group if j != k]
    return float(w[k, others].mean()) if others else empty


def bloc_frame(source: Store | EventSet, since: str | None = None, until: str | None = None,
               threshold: float = 0.0, min_events: int = 2, states_only: bool = True,
               level: float = LEVEL, singletons: bool = False) -> pd.DataFrame:
    """Blocs over a period, with how well the signed graph fits them.

    A pair is an edge of the graph when it has at least ``min_events`` distinct events (2 by
    default: one event, often a single phone call or a misread sentence, should not join blocs).

    Returns:
        One row per bloc: ``bloc`` (1, 2 ...), ``members`` ("BLR,RUS"), ``size``, ``cohesion``
        (mean score of the observed pairs inside), ``hostility`` (mean score of observed pairs
        to states outside), ``pairs_inside``, ``pairs_outside``. ``frustration`` (same for every
        row) is the share of |score| on observed pairs that contradicts the partition: positive
        pairs split apart or negative pairs put together.
    """
    es = as_eventset(source, since, until)
    scores = alignment_frame(es, "all", min_events=min_events, level=level, ties=False)
    if states_only:
        scores = scores[scores["a"].isin(es.kb.states) & scores["b"].isin(es.kb.states)]
    cols = ["bloc", "members", "size", "cohesion", "hostility", "pairs_inside", "pairs_outside",
            "frustration"]
    if scores.empty:
        return pd.DataFrame(columns=cols)
    blocs = find_blocs(scores, threshold)
    where = {n: i for i, b in enumerate(blocs) for n in b}
    same = np.array([where[a] == where[b] for a, b in zip(scores["a"], scores["b"])])
    s = scores["score"].to_numpy()
    bad = np.abs(s[(same & (s < 0)) | (~same & (s > 0))]).sum()
    frustration = float(bad / np.abs(s).sum()) if np.abs(s).sum() else 0.0
    rows = []
    for i, b in enumerate(blocs):
        if len(b) < 2 and not singletons:
            continue
        inside = scores[scores["a"].isin(b) & scores["b"].isin(b)]["score"]
        touch = scores["a"].isin(b) ^ scores["b"].isin(b)
        outside = scores[touch]["score"]
        rows.append((len(rows) + 1, ",".join(b), len(b),
                     float(inside.mean()) if len(inside) else None,
                     float(outside.mean()) if len(outside) else None,
                     len(inside), len(outside), round(frustration, 4)))
    return pd.DataFrame(rows, columns=cols)
