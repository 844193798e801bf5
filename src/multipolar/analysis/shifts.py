"""Shifts: where a series of scores changed by more than its uncertainty allows.

A series (a pair, or a state toward a pole) is cut into windows; only windows with evidence
count. Shifts are found by binary segmentation: at every boundary between two windows of the
series, pool the events before it and the events after it, score both sides with the v1 measure
and compute the two-proportion statistic

    z = |p_after - p_before| / sqrt(p (1 - p) (1/m_after + 1/m_before))

(``p_*``: each side's posterior cooperative share, so score = 2p - 1; ``m_*``: its effective
number of events plus the prior's two; ``p``: the share of both sides pooled, the variance under
no change). If the largest z exceeds the threshold (3.5 by default), that boundary is a shift;
the search repeats inside each side until no boundary passes. Pooling whole segments, rather
than comparing neighbouring windows, keeps a change that falls mid-window visible and lets thin
windows add up; the high threshold pays for looking at every boundary (simulated series without
a change are flagged 0-5 times in 100; docs/alignment.md). Each shift carries the events after
the boundary that pushed the score the way it went, the strongest first.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from ..store import Store
from .alignment import LEVEL, beta_params, counted_edges, posterior
from .eventset import EventSet, as_eventset
from .poles import leaning_rows

Z = 3.5
SHIFT_COLUMNS = ["before", "after", "start", "segment_before", "segment_after", "score_before",
                 "score_after", "change", "z", "n_before", "n_after", "events"]


def find_shifts(rows: pd.DataFrame, keys: Sequence[str], z: float = Z,
                min_windows: int = 1) -> pd.DataFrame:
    """Flag shifts in evidence rows (columns ``window``, ``start``, ``event``, ``intensity``
    + keys). Returns keys + :data:`SHIFT_COLUMNS`; ``events`` holds the ids of the events after
    the boundary whose sign matches the change, strongest first."""
    keys = list(keys)
    out = []
    for key, g in rows.drop_duplicates([*keys, "event"]).groupby(keys, sort=True):
        key = key if isinstance(key, tuple) else (key,)
        w = g.groupby("start", sort=True).agg(
            window=("window", "first"),
            coop=("intensity", lambda v: v.clip(lower=0).sum()),
            conf=("intensity", lambda v: (-v).clip(lower=0).sum()),
            sq=("intensity", lambda v: (v**2).sum()), n=("event", "count"))
        cum = np.vstack([np.zeros(4), w[["coop", "conf", "sq", "n"]].to_numpy().cumsum(axis=0)])
        for i, lo, hi, zi in sorted(_segments(cum, 0, len(w), z, min_windows)):
            (sb, nb), (sa, na) = _side(cum, lo, i), _side(cum, i, hi)
            after = g[g["start"].isin(w.index[i:hi])]
            push = after[after["intensity"] * (sa - sb) > 0]
            push = push.assign(s=push["intensity"].abs()).sort_values(["s", "event"],
                                                                      ascending=[False, True])
            labels = list(w["window"])
            out.append((*key, labels[i - 1], labels[i], w.index[i], f"{labels[lo]}..{labels[i - 1]}",
                        f"{labels[i]}..{labels[hi - 1]}", sb, sa, sa - sb, zi, nb, na,
                        list(push["event"])))
    return pd.DataFrame(out, columns=[*keys, *SHIFT_COLUMNS])


def _side(cum: np.ndarray, lo: int, hi: int) -> tuple[float, int]:
    c, k, q, n = cum[hi] - cum[lo]
    return float(posterior(c, k, q)["score"]), int(n)


def _z(cum: np.ndarray, lo: int, i: int, hi: int) -> float:
    """Two-proportion z statistic of the boundary i in [lo, hi): the difference of the two
    sides' posterior cooperative shares over its standard error under no change (the pooled
    share), with each side's effective count (n_eff plus the prior's two)."""
    (_, ab, bb), (_, aa, ba), (_, aw, bw) = (beta_params(*(cum[y] - cum[x])[:3])
                                             for x, y in ((lo, i), (i, hi), (lo, hi)))
    m_b, m_a = ab + bb, aa + ba
    share = aw / (aw + bw)
    se = np.sqrt(share * (1 - share) * (1 / m_b + 1 / m_a))
    diff = aa / m_a - ab / m_b
    return float(abs(diff) / se) if se > 0 else 0.0


def _segments(cum: np.ndarray, lo: int, hi: int, z: float, m: int) -> list[tuple]:
    """Binary segmentation of windows [lo, hi): the boundaries whose z passes, recursively."""
    best = max(((_z(cum, lo, i, hi), i) for i in range(lo + m, hi - m + 1)), default=(0.0, None))
    if best[0] <= z:
        return []
    zi, i = best
    return [(i, lo, hi, zi), *_segments(cum, lo, i, z, m), *_segments(cum, i, hi, z, m)]


def shift_frame(source: Store | EventSet, window: str = "quarter", since: str | None = None,
                until: str | None = None, pairs: Sequence[tuple[str, str]] | None = None,
                poles: Sequence[str] | None = None, states: Sequence[str] | None = None,
                z: float = Z, top: int = 3, level: float = LEVEL) -> pd.DataFrame:
    """Shifts of pair scores (or, with ``poles``, of states' leanings toward poles).

    Returns:
        ``a``, ``b`` (or ``state``, ``pole``), then ``before`` and ``after`` (the windows on each
        side of the boundary), ``start`` (first day of ``after``), ``segment_before`` and
        ``segment_after`` (the pooled windows, "2022-01..2023-06"), their scores
        ``score_before``, ``score_after``, ``change``, ``z``, ``n_before``, ``n_after`` (events),
        and ``events``: up to ``top`` events after the boundary that moved the score the way it
        went, as dicts (``id``, ``day``, ``type``, ``intensity``, ``evidence``, ``doc_id``).
    """
    es = as_eventset(source, since, until)
    if poles:
        rows, keys = leaning_rows(es, poles, states, window), ["state", "pole"]
    else:
        rows = counted_edges(es, window).drop(columns=["a", "b"]).rename(columns={"x": "a", "y": "b"})
        if pairs:
            wanted = {tuple(sorted(p)) for p in pairs}
            rows = rows[[(a, b) in wanted for a, b in zip(rows["a"], rows["b"])]]
        keys = ["a", "b"]
    shifts = find_shifts(rows, keys, z)
    by_id = es.by_id
    shifts["events"] = [[{"id": x.id, "day": x.day, "type": x.type, "intensity": x.intensity,
                          "evidence": x.evidence, "doc_id": x.sources[0].doc_id}
                         for x in (by_id[i] for i in ids[:top])] for ids in shifts["events"]]
    return shifts.sort_values([*keys, "start"]).reset_index(drop=True) if len(shifts) else shifts
