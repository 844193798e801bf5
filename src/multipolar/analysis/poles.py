"""Leanings: how a state stands toward each of a few poles (default Russia, China, the United
States and the European Union), over time, with the v1 measure.

A pole that is a state is that state. A pole that is an organisation is the organisation, its
institutions (:data:`INSTITUTIONS`) and the states that were its members on the day of each
event, from the knowledge base. A state is never counted toward itself: Poland's leaning toward
the EU pole rests on its events with the EU, its institutions and the *other* member states.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import pandas as pd

from ..kb import KnowledgeBase
from ..store import Store
from .alignment import LEVEL, MEASURE, SCORE_COLUMNS, counted_edges, score_frame
from .eventset import EventSet, as_eventset

DEFAULT_POLES = ("RUS", "CHN", "USA", "EU")
INSTITUTIONS: dict[str, tuple[str, ...]] = {
    "EU": ("EUROPEAN_COMMISSION", "EUROPEAN_COUNCIL", "EUROPEAN_PARLIAMENT", "COUNCIL_OF_THE_EU",
           "EEAS", "ECB", "CJEU", "FRONTEX"),
    "UN": ("UNGA", "UNSC", "UNDP", "UNHCR", "UNHRC", "UNICEF", "OCHA", "OHCHR", "WFP"),
}


def pole_nodes(kb: KnowledgeBase, pole: str, day: str | None) -> frozenset[str]:
    """The nodes a pole stands for on a day."""
    return _pole_nodes(kb, pole.upper(), day)


@lru_cache(maxsize=65536)
def _pole_nodes(kb: KnowledgeBase, pole: str, day: str | None) -> frozenset[str]:
    if pole not in kb.orgs:
        return frozenset({pole})
    return frozenset({pole, *INSTITUTIONS.get(pole, ()), *kb.members(pole, day)})


def is_state(kb: KnowledgeBase, node: str) -> bool:
    return node in kb.states


def leaning_frame(source: Store | EventSet, poles: Sequence[str] = DEFAULT_POLES,
                  states: Sequence[str] | None = None, window: str = "all",
                  since: str | None = None, until: str | None = None,
                  level: float = LEVEL, min_events: int = 1) -> pd.DataFrame:
    """Each state's alignment with each pole, per window.

    Args:
        source: A store or an EventSet.
        poles: State ISO3 codes or organisation ids.
        states: Only these states [default: every state with an event toward a pole].
        window, since, until, level: As in :func:`alignment_frame`.
        min_events: Drop (state, pole, window) rows with fewer distinct events.

    Returns:
        Columns ``state``, ``pole``, ``window``, ``start``, the score columns
        (``n_events`` ... ``score``, ``low``, ``high``, ``sd``) and ``measure``.
    """
    es = as_eventset(source, since, until)
    r = leaning_rows(es, poles, states, window)
    out = score_frame(r, ["state", "pole", "window", "start"], level)
    out = out[out["n_events"] >= min_events].copy()
    out["measure"] = MEASURE
    return out.sort_values(["state", "start", "pole"]).reset_index(drop=True)


def leaning_rows(es: EventSet, poles: Sequence[str], states: Sequence[str] | None,
                 window: str) -> pd.DataFrame:
    """The evidence rows of the leanings: one per (state, pole, counted event) with its window."""
    e = counted_edges(es, window)
    poles = [p.upper() for p in poles]
    wanted = {s.upper() for s in states} if states else None
    rows = []
    for ev, day, a, b, w, start, value, n in zip(e["event"], e["day"], e["a"], e["b"], e["window"],
                                                  e["start"], e["intensity"], e["n_sources"]):
        for state, other in ((a, b), (b, a)):
            if not is_state(es.kb, state) or (wanted is not None and state not in wanted):
                continue
            for pole in poles:
                if state != pole and other != state and other in pole_nodes(es.kb, pole, day):
                    rows.append((state, pole, w, start, ev, day, value, n))
    return pd.DataFrame(rows, columns=["state", "pole", "window", "start", "event", "day",
                                       "intensity", "n_sources"])


def leaning_summary(leanings: pd.DataFrame) -> pd.DataFrame:
    """Per state and window, the pole it stands closest to and by how much.

    ``closest`` is the pole with the highest score; ``clear`` says whether that pole's interval
    lies wholly above the runner-up's (otherwise the evidence does not separate them).
    """
    cols = ["state", "window", "start", "closest", "score", "low", "high", "runner_up",
            "runner_up_score", "clear", "n_events"]
    out = []
    for (state, window, start), g in leanings.groupby(["state", "window", "start"], sort=True):
        g = g.sort_values(["score", "n_events"], ascending=False)
        top = g.iloc[0]
        second = g.iloc[1] if len(g) > 1 else None
        out.append((state, window, start, top["pole"], top["score"], top["low"], top["high"],
                    None if second is None else second["pole"],
                    None if second is None else second["score"],
                    bool(second is None and top["low"] > 0 or
                         second is not None and top["low"] > second["high"]),
                    int(g["n_events"].sum())))
    return pd.DataFrame(out, columns=cols)


__all__ = ["DEFAULT_POLES", "INSTITUTIONS", "SCORE_COLUMNS", "leaning_frame", "leaning_summary",
           "pole_nodes"]
