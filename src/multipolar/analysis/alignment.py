"""The alignment measure ``multipolar.alignment.v1`` and the pair scores built on it.

For a set of distinct, non-negated, non-hypothetical events between two sides, with PLOVER
intensities I_e (-10 conflict .. +10 cooperation):

    C = sum of max(I_e, 0)            cooperative evidence
    K = sum of max(-I_e, 0)           conflictual evidence
    n = (C + K)^2 / sum(I_e^2)        Kish effective number of events
    p ~ Beta(1 + n C/(C+K), 1 + n K/(C+K))
    score = 2 E[p] - 1 = n (C - K) / ((C + K)(n + 2)),   interval = 2 q(p) - 1

so the score is the intensity-weighted cooperative share mapped to [-1, 1], shrunk toward 0
by a uniform prior worth two events; its interval widens when evidence is thin. docs/alignment.md
gives the reasons.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import lru_cache

import numpy as np
import pandas as pd
from scipy.stats import beta as beta_dist

from ..kb import KnowledgeBase
from ..store import Store
from .dyads import with_windows
from .eventset import EventSet, as_eventset

MEASURE = "multipolar.alignment.v1"
PRIOR = (1.0, 1.0)
LEVEL = 0.9
TIE_ORGS = ("NATO", "EU", "CSTO", "EAEU", "SCO", "UNION_STATE")
SCORE_COLUMNS = ["n_events", "n_sources", "cooperation", "conflict", "net", "n_eff", "score",
                 "low", "high", "sd", "last"]


def beta_params(cooperation, conflict, sum_sq) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(n_eff, alpha, beta) of the v1 posterior from C, K and sum(I^2); vectorised."""
    c, k, q = (np.asarray(x, dtype=float) for x in (cooperation, conflict, sum_sq))
    total = c + k
    with np.errstate(divide="ignore", invalid="ignore"):
        n_eff = np.where(q > 0, total**2 / np.where(q > 0, q, 1), 0.0)
        share = np.where(total > 0, c / np.where(total > 0, total, 1), 0.5)
    return n_eff, PRIOR[0] + n_eff * share, PRIOR[1] + n_eff * (1 - share)


def posterior(cooperation: np.ndarray | float, conflict: np.ndarray | float,
              sum_sq: np.ndarray | float, level: float = LEVEL) -> dict[str, np.ndarray]:
    """The v1 posterior from the sums C, K and sum(I^2); vectorised over arrays.

    Returns ``n_eff``, ``alpha``, ``beta``, ``score``, ``low``, ``high`` (equal-tailed interval at
    ``level``) and ``sd`` (posterior standard deviation of the score).
    """
    n_eff, a, b = beta_params(cooperation, conflict, sum_sq)
    tail = (1 - level) / 2
    var = a * b / ((a + b) ** 2 * (a + b + 1))
    return {"n_eff": n_eff, "alpha": a, "beta": b, "score": 2 * a / (a + b) - 1,
            "low": 2 * beta_dist.ppf(tail, a, b) - 1, "high": 2 * beta_dist.ppf(1 - tail, a, b) - 1,
            "sd": 2 * np.sqrt(var)}


def score_frame(rows: pd.DataFrame, keys: Sequence[str], level: float = LEVEL) -> pd.DataFrame:
    """Score groups of evidence rows (columns ``event``, ``intensity``, ``n_sources`` + keys).

    An event counts once per group even when it links the two sides several times (a reciprocal
    event, or one with several members of a pole on a side).
    """
    keys = list(keys)
    if rows.empty:
        return pd.DataFrame(columns=[*keys, *SCORE_COLUMNS])
    r = rows.drop_duplicates([*keys, "event"]).copy()
    r["coop"] = r["intensity"].clip(lower=0)
    r["conf"] = (-r["intensity"]).clip(lower=0)
    r["sq"] = r["intensity"] ** 2
    if "day" not in r:
        r["day"] = None
    g = r.groupby(keys, sort=True).agg(n_events=("event", "count"), n_sources=("n_sources", "sum"),
                                       cooperation=("coop", "sum"), conflict=("conf", "sum"),
                                       net=("intensity", "sum"), sq=("sq", "sum"),
                                       last=("day", "max")).reset_index()
    post = posterior(g["cooperation"], g["conflict"], g["sq"], level)
    for col in ("n_eff", "score", "low", "high", "sd"):
        g[col] = post[col]
    return g[[*keys, *SCORE_COLUMNS]]


def counted_edges(es: EventSet, window: str) -> pd.DataFrame:
    """Edges of counted (not negated, not hypothetical) events, with unordered ``x < y`` columns."""
    e = with_windows(es.edges[~es.edges["excluded"]], window)
    e["x"], e["y"] = unordered(e)
    return e


def unordered(edges: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """The ``a``, ``b`` columns as (smaller, larger): elementwise in numpy, since a row-wise
    ``min(axis=1)`` over pandas strings takes seconds per 100,000 rows."""
    a, b = edges["a"].to_numpy(dtype=object), edges["b"].to_numpy(dtype=object)
    first = a <= b
    return np.where(first, a, b), np.where(first, b, a)


def alignment_frame(source: Store | EventSet, window: str = "all", since: str | None = None,
                    until: str | None = None, pairs: Sequence[tuple[str, str]] | None = None,
                    min_events: int = 1, level: float = LEVEL, ties: bool = True) -> pd.DataFrame:
    """Alignment of every pair of nodes (states, organisations) per window.

    Args:
        source: A store, or an EventSet.
        window: ``all`` (one score for the period) or ``day/week/month/quarter/year``.
        since, until: Partial dates bounding the period.
        pairs: Only these pairs (order does not matter); from a store, one pair reads only its
            own events.
        min_events: Drop pairs with fewer distinct events in the window.
        level: Probability mass of the interval.
        ties: Add ``ties``: organisations of :data:`TIE_ORGS` both were members of on the day of
            the pair's latest event in the window, from the knowledge base (shown beside the
            score, never part of it).

    Returns:
        Columns ``a``, ``b`` (a < b), ``window``, ``start``, ``n_events``, ``n_sources``,
        ``cooperation``, ``conflict``, ``net``, ``n_eff``, ``score``, ``low``, ``high``, ``sd``,
        ``last`` (day of the latest event), ``not_counted`` (negated or hypothetical events
        between them in the window), ``measure`` [, ``ties``].
    """
    es = as_eventset(source, since, until, nodes=tuple(pairs[0]) if pairs and len(pairs) == 1 else ())
    e = counted_edges(es, window)
    if pairs:
        wanted = {tuple(sorted(p)) for p in pairs}
        e = e[[(x, y) in wanted for x, y in zip(e["x"], e["y"])]]
    out = score_frame(e, ["x", "y", "window", "start"], level).rename(columns={"x": "a", "y": "b"})
    out = out[out["n_events"] >= min_events].copy()
    skipped = _not_counted(es, window)
    out["not_counted"] = [int(skipped.get((a, b, w), 0))
                          for a, b, w in zip(out["a"], out["b"], out["window"])]
    out["measure"] = MEASURE
    if ties:
        out["ties"] = [",".join(structural_ties(es.kb, a, b, day))
                       for a, b, day in zip(out["a"], out["b"], out["last"])]
    return out.sort_values(["start", "n_events", "a", "b"], ascending=[True, False, True, True]
                           ).reset_index(drop=True)


def _not_counted(es: EventSet, window: str) -> pd.Series:
    """Negated and hypothetical events per unordered pair and window."""
    e = with_windows(es.edges[es.edges["excluded"]], window)
    x, y = unordered(e)
    keyed = pd.DataFrame({"event": e["event"], "a": x, "b": y, "window": e["window"]},
                         index=e.index)
    return keyed.drop_duplicates().groupby(["a", "b", "window"]).size()


def pair_alignment(source: Store | EventSet, a: str, b: str, window: str = "all",
                   since: str | None = None, until: str | None = None,
                   level: float = LEVEL) -> dict:
    """One pair: the score over the period, and its series when ``window`` is not ``all``.

    Returns a dict with ``pair``, ``measure``, ``since``, ``until``, ``level``, ``score``,
    ``low``, ``high``, ``n_events`` (0 and the prior's interval when nothing links them), ...
    From a store, only the pair's events are read.
    """
    x, y = sorted((a.upper(), b.upper()))
    es = as_eventset(source, since, until, nodes=(x, y))
    whole = alignment_frame(es, "all", pairs=[(x, y)], level=level)
    if whole.empty:
        post = posterior(0.0, 0.0, 0.0, level)
        row = {"n_events": 0, "n_sources": 0, "cooperation": 0.0, "conflict": 0.0, "net": 0.0,
               **{k: float(post[k]) for k in ("n_eff", "score", "low", "high", "sd")},
               "last": None, "not_counted": int(_not_counted(es, "all").get((x, y, "all"), 0)),
               "ties": ",".join(structural_ties(es.kb, x, y, until or date.today().isoformat()))}
    else:
        row = whole.iloc[0].drop(["a", "b", "window", "start", "measure"]).to_dict()
    out = {"pair": [x, y], "measure": MEASURE, "since": since, "until": until, "level": level,
           **{k: _plain(v) for k, v in row.items()}}
    if window != "all":
        series = alignment_frame(es, window, pairs=[(x, y)], level=level, ties=False)
        out["window"] = window
        out["series"] = [{k: _plain(v) for k, v in r.items() if k not in ("a", "b", "measure")}
                         for r in series.to_dict("records")]
    return out


def structural_ties(kb: KnowledgeBase, a: str, b: str, day: str | None,
                    orgs: Sequence[str] = TIE_ORGS) -> list[str]:
    """Organisations of ``orgs`` that both states belonged to on ``day`` (knowledge base)."""
    return [o for o in orgs if {a, b} <= _members(kb, o, day)]


@lru_cache(maxsize=65536)
def _members(kb: KnowledgeBase, org: str, day: str | None) -> frozenset[str]:
    return frozenset(kb.members(org, day))


def _plain(v):
    if isinstance(v, (np.floating, float)):
        return round(float(v), 4)
    if isinstance(v, np.integer):
        return int(v)
    return v
