"""Reports in words: where some states stand toward others, and a summary of a whole store."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from ..store import Store
from .alignment import LEVEL, MEASURE, alignment_frame
from .blocs import bloc_frame
from .eventset import EventSet, as_eventset, prepare
from .explain import _records, explain
from .load import auto_window
from .plot import plot_series
from .poles import DEFAULT_POLES, leaning_frame, leaning_summary
from .shifts import shift_frame

SECTIONS = ("pairs", "leanings", "blocs", "shifts")


def alignment_sections(es: EventSet, sections: Sequence[str] = SECTIONS, window: str = "all",
                       poles: Sequence[str] = DEFAULT_POLES, min_events: int | None = None,
                       level: float = LEVEL) -> dict[str, pd.DataFrame]:
    """The tables of `multipolar alignment`: pairs, leanings, blocs and shifts.

    ``min_events`` defaults to 1 for pairs and leanings and 2 for blocs; shifts need a series,
    so with ``window="all"`` they use :func:`auto_window` over the events' days.
    """
    out: dict[str, pd.DataFrame] = {}
    if "pairs" in sections:
        out["pairs"] = alignment_frame(es, window, min_events=min_events or 1, level=level)
    if "leanings" in sections:
        out["leanings"] = leaning_frame(es, poles, window=window, level=level,
                                        min_events=min_events or 1)
    if "blocs" in sections:
        out["blocs"] = bloc_frame(es, min_events=min_events or 2, level=level)
    if "shifts" in sections:
        out["shifts"] = shift_frame(es, window if window != "all" else
                                    auto_window(e.day for e in es.events if e.day), level=level)
    return out


def plot_pairs(es: EventSet, path: str | Path, pairs: Sequence[tuple[str, str]] | None = None,
               window: str | None = None, top: int = 5, level: float = LEVEL,
               title: str | None = None) -> Path:
    """Plot the score series of ``pairs`` (default: the ``top`` most documented pairs) by
    ``window`` (default: :func:`auto_window` over the documents' publication period)."""
    if pairs is None:
        best = alignment_frame(es, ties=False).sort_values(["n_events", "a"], ascending=[False, True])
        pairs = list(zip(best["a"], best["b"]))[:top]
    pairs = [tuple(sorted((a.upper(), b.upper()))) for a, b in pairs]
    if window in (None, "all"):  # a readable series over the period the documents cover
        es = es.published()
        window = auto_window(e.day for e in es.events if e.day)
    series = alignment_frame(es, window, pairs=pairs, level=level, ties=False)
    return plot_series({f"{a}-{b}": series[(series["a"] == a) & (series["b"] == b)] for a, b in pairs},
                       path, title=title or f"Alignment by {window}", level=level)


def verdict(score: float, low: float, high: float, n_events: int) -> str:
    """'cooperative' / 'conflictual', with 'clearly' when the interval excludes 0."""
    if n_events == 0:
        return "no evidence"
    word = "cooperative" if score > 0 else "conflictual" if score < 0 else "balanced"
    return f"clearly {word}" if low > 0 or high < 0 else f"{word} (interval spans 0)"


def stance_report(source: Store | EventSet, targets: Sequence[str] = ("UKR", "RUS"),
                  about: Sequence[str] = ("BLR", "POL", "USA"), since: str | None = None,
                  until: str | None = None, top: int = 3, level: float = LEVEL) -> dict[str, Any]:
    """Where each state of ``about`` stands toward each of ``targets``, with the strongest
    events and the quotes behind each score.

    Returns:
        ``{"measure", "since", "until", "level", "rows": [...]}``, one row per (state, target)
        with ``score``, ``low``, ``high``, ``n_events``, ``verdict``, ``ties``, ``events`` (the
        ``top`` counted events with the largest |intensity|) and ``quotes`` (the first ``top``).
    """
    es = as_eventset(source, since, until)
    rows = []
    for state in about:
        for target in targets:
            if state.upper() == target.upper():
                continue
            ex = explain(es, state, target, level=level)
            sm = ex.summary
            first = ex.events["report"].str.startswith("1/")
            ev = ex.events[ex.events["counted"] & first].copy()
            ev["n_sources"] = ev["report"].str.split("/").str[1].astype(int)
            ev["strength"] = ev["intensity"].abs()
            ev = ev.sort_values(["strength", "n_sources", "day"], ascending=[False, False, True])
            rows.append({
                "state": state.upper(), "toward": target.upper(), "score": sm["score"],
                "low": sm["low"], "high": sm["high"], "n_events": sm["n_events"],
                "n_sources": sm["n_sources"], "not_counted": sm["not_counted"], "ties": sm["ties"],
                "verdict": verdict(sm["score"], sm["low"], sm["high"], sm["n_events"]),
                "first": sm.get("first"), "last": sm.get("last"),
                "events": [{k: r[k] for k in ("day", "type", "intensity", "direction", "sentence",
                                              "doc_id", "n_sources")}
                           for r in ev.head(top).to_dict("records")],
                "quotes": [{k: r[k] for k in ("date", "speaker", "why", "text", "doc_id")}
                           for r in _records(ex.quotes.head(top))]})
    return {"measure": MEASURE, "since": since, "until": until, "level": level, "rows": rows}


def report_text(report: dict[str, Any], width: int = 160) -> str:
    """The stance report as plain text: a line per state comparing the targets, then each
    score with its strongest events and quotes."""
    out = [f"Alignment ({report['measure']}; score in [-1, 1], {report['level']:.0%} interval)"]
    by_state: dict[str, list[dict[str, Any]]] = {}
    for r in report["rows"]:
        by_state.setdefault(r["state"], []).append(r)
    for state, rows in by_state.items():
        known = sorted((r for r in rows if r["n_events"]), key=lambda r: -r["score"])
        parts = [f"{r['toward']} {r['score']:+.2f} [{r['low']:+.2f}, {r['high']:+.2f}] n={r['n_events']}"
                 for r in known]
        verdict = ""
        if len(known) > 1:
            first, second = known[0], known[1]
            verdict = (f" -> closer to {first['toward']}" +
                       (" (intervals apart)" if first["low"] > second["high"] else " (intervals overlap)"))
        missing = [r["toward"] for r in rows if not r["n_events"]]
        out.append(f"  {state}: " + "; ".join(parts) + verdict +
                   (f"; no events with {', '.join(missing)}" if missing else ""))
    for r in report["rows"]:
        out.append(f"\n{r['state']} toward {r['toward']}: {r['score']:+.2f} "
                   f"[{r['low']:+.2f}, {r['high']:+.2f}] from {r['n_events']} events "
                   f"({r['n_sources']} reports) - {r['verdict']}"
                   + (f"; shared membership (knowledge base, not in the score): {r['ties']}"
                      if r["ties"] else ""))
        for e in r["events"]:
            out.append(_clip(f"  {e['day']} {e['type']} {e['intensity']:+.1f} {e['direction']} "
                             f"[{e['doc_id']}]: {e['sentence']}", width))
        for q in r["quotes"]:
            out.append(_clip(f"  quote {q['date']} {q['speaker'] or '?'}, {q['why']} [{q['doc_id']}]: "
                             f"\"{q['text']}\"", width))
    return "\n".join(out)


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 3] + "..."


def demo_report(store: Store, plot_path: str | Path | None = None, top: int = 8) -> str:
    """A text summary of the alliance system in a store (pairs, leanings, blocs, shifts) and,
    when ``plot_path`` is given, a PNG of the most documented pairs' scores over time."""
    es = prepare(store)
    period = es.published()  # the series show the publication period; the scores use everything
    window = auto_window(e.day for e in period.events if e.day)
    counted = [e for e in es.events if not e.excluded and e.pairs()]
    lines = [(f"{MEASURE}: {es.raw} coded events -> {len(es.events)} distinct after deduplication "
              f"({len(counted)} counted between two sides; negated and hypothetical ones are not).")]
    pairs = alignment_frame(es).sort_values(["n_events", "a"], ascending=[False, True]).head(top)
    lines.append("\nMost documented pairs (score [90% interval], events):")
    for r in pairs.itertuples():
        lines.append(f"  {r.a}-{r.b:<12} {r.score:+.2f} [{r.low:+.2f}, {r.high:+.2f}] n={r.n_events}"
                     + (f"  ties: {r.ties}" if r.ties else ""))
    lean = leaning_summary(leaning_frame(es))
    if not lean.empty:
        lines.append(f"\nLeanings toward the poles {', '.join(DEFAULT_POLES)} (closest pole):")
        for r in lean.sort_values("n_events", ascending=False).head(top).itertuples():
            lines.append(f"  {r.state}: {r.closest} {r.score:+.2f} [{r.low:+.2f}, {r.high:+.2f}]"
                         + (f", then {r.runner_up} {r.runner_up_score:+.2f}" if r.runner_up else "")
                         + ("" if r.clear else " (not separated)"))
    blocs = bloc_frame(es)
    if not blocs.empty:
        lines.append("\nBlocs (states on good terms with each other):")
        for r in blocs.itertuples():
            lines.append(f"  {r.bloc}. {r.members} (cohesion {r.cohesion:+.2f})")
    shifts = shift_frame(period, window)
    lines.append(f"\nShifts (by {window}): " + ("none flagged" if shifts.empty else ""))
    if not shifts.empty:
        for r in shifts.head(top).itertuples():
            cause = r.events[0]["evidence"] if r.events else ""
            lines.append(_clip(f"  {r.a}-{r.b} {r.segment_before} {r.score_before:+.2f} -> "
                               f"{r.segment_after} {r.score_after:+.2f}, e.g. {cause}", 160))
    if plot_path is not None:
        plot_pairs(period, plot_path, [(r.a, r.b) for r in pairs.head(5).itertuples()], window,
                   title=f"The most documented pairs, by {window}")
        lines.append(f"\nPlot: {plot_path}")
    return "\n".join(lines)
