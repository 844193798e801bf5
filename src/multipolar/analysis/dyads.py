"""Dyads: per ordered pair of nodes and time window, what happened between them.

Counts and summed |intensity| for each PLOVER quad class (``multipolar.ontology.QUAD_CLASS``:
note that REQUEST is verbal *conflict* there, with intensity 0 to 0.5). Negated and hypothetical
events are not counted; their number is given apart, in ``not_counted``.
"""

from __future__ import annotations

import pandas as pd

from ..ontology import QUAD_CODES
from ..store import Store
from .eventset import EventSet, as_eventset
from .load import window_of, window_start

QUADS = tuple(sorted(QUAD_CODES, key=QUAD_CODES.get))  # verbal coop, material coop, verbal conflict, material conflict


def with_windows(edges: pd.DataFrame, window: str) -> pd.DataFrame:
    """The edges that have a day, with ``window`` (label) and ``start`` (first day) columns."""
    e = edges[edges["day"].notna()].copy()
    e["window"] = [window_of(d, window) for d in e["day"]]
    # 'all' has no calendar start: use the first day with evidence, so keys are never null
    first = e["day"].min() if len(e) else None
    e["start"] = [window_start(w) or first for w in e["window"]]
    return e


def dyad_frame(source: Store | EventSet, window: str = "month", since: str | None = None,
               until: str | None = None) -> pd.DataFrame:
    """Directed dyads per window.

    Args:
        source: A store, or an EventSet from :func:`multipolar.analysis.prepare`.
        window: ``day``, ``week``, ``month``, ``quarter``, ``year`` or ``all``.
        since, until: Partial dates bounding the period.

    Returns:
        One row per (a, b, window): ``events``; for each quad class its count and its summed
        |intensity| (``<quad>_intensity``); ``net_intensity`` (the signed sum, positive =
        cooperative); ``not_counted`` (negated or hypothetical events between them).
    """
    es = as_eventset(source, since, until)
    cols = ["a", "b", "window", "start", "events", *QUADS, *(f"{q}_intensity" for q in QUADS),
            "net_intensity", "not_counted"]
    e = with_windows(es.edges, window)
    if e.empty:
        return pd.DataFrame(columns=cols)
    e["abs"] = e["intensity"].abs()
    keys = ["a", "b", "window", "start"]
    counted = e[~e["excluded"]]
    counts = counted.pivot_table(index=keys, columns="quad", values="event", aggfunc="count",
                                 fill_value=0)
    sums = counted.pivot_table(index=keys, columns="quad", values="abs", aggfunc="sum", fill_value=0.0)
    out = pd.DataFrame(index=pd.MultiIndex.from_frame(e[keys].drop_duplicates()))
    for q in QUADS:
        out[q] = counts.get(q, 0)
        out[f"{q}_intensity"] = sums.get(q, 0.0)
    out = out.fillna(0)
    out["events"] = out[list(QUADS)].sum(axis=1)
    out["net_intensity"] = counted.groupby(keys)["intensity"].sum()
    out["not_counted"] = e[e["excluded"]].groupby(keys)["event"].count()
    out = out.fillna({"net_intensity": 0.0, "not_counted": 0}).reset_index()
    for q in (*QUADS, "events", "not_counted"):
        out[q] = out[q].astype(int)
    return out[cols].sort_values(["start", "a", "b"], na_position="first").reset_index(drop=True)
