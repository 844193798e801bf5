"""Why a number is what it is: the events, sentences and quotes behind a pair's score."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd
from sqlalchemy import and_, or_, select

from ..store import Store
from ..store import schema as s
from .alignment import LEVEL, _plain, pair_alignment
from .eventset import EventSet, as_eventset
from .load import Event, Source, in_period, parse_period
from .poles import leaning_frame, pole_nodes

EVENT_COLUMNS = ["day", "type", "mode", "intensity", "share", "direction", "actors", "recipients",
                 "counted", "note", "evidence", "sentence", "doc_id", "title", "report",
                 "quote_id", "event_id", "merged_by"]
QUOTE_COLUMNS = ["date", "speaker", "speaker_country", "why", "text", "doc_id", "quote_id"]


@dataclass(frozen=True)
class Explanation:
    """A pair's score (``summary``, as :func:`pair_alignment` returns it), the events behind it
    and the quotes that bear on it, as DataFrames."""

    summary: dict[str, Any]
    events: pd.DataFrame
    quotes: pd.DataFrame

    def to_dict(self) -> dict[str, Any]:
        return {**self.summary, "events": _records(self.events), "quotes": _records(self.quotes)}


def explain(source: Store | EventSet, a: str, b: str, period: str | None = None,
            level: float = LEVEL, store: Store | None = None, pole: bool = False) -> Explanation:
    """The evidence for the alignment of ``a`` and ``b`` in ``period``.

    Args:
        source: A store (only the events of ``a`` and ``b`` are read; of ``a`` with ``pole``) or
            an EventSet (one made by :func:`prepare` remembers its store; without a store there
            are no sentences or quotes beyond the evidence).
        a, b: Nodes (ISO3 codes or organisation ids).
        period: ``2023``, ``2023-05``, ``2023-01..2023-06`` (either end may be empty) or None.
        pole: Read ``b`` as a pole (an organisation with its institutions and members on each
            event's day, see :mod:`multipolar.analysis.poles`): explains ``a``'s leaning.

    Returns:
        An :class:`Explanation`. ``events`` has one row per report of every distinct event
        between them, in date order (``report`` "2/3" is the second of three reports of one
        event), negated and hypothetical ones too (``counted`` False, ``note`` says why);
        ``share`` is the event's signed part of all the intensity counted. ``quotes`` lists
        quotes by a speaker of one side that mention the other, quotes mentioning both, and
        quotes an event of the pair was read from.
    """
    a, b = a.upper(), b.upper()
    since, until = parse_period(period)
    es = as_eventset(source, since, until, nodes=(a,) if pole else (a, b))
    store = store or (source if isinstance(source, Store) else es.store)
    summary = pair_alignment(es, a, b, since=since, until=until, level=level)
    if pole:
        lean = leaning_frame(es, [b], [a], level=level)
        summary = {**summary, "pole": b, **({k: _plain(v) for k, v in lean.iloc[0].items()
                                             if k in summary} if len(lean) else {})}
        summary["pair"] = [a, b]
    summary["period"] = period
    sides = {e.id: _sides(es, e, a, b, pole) for e in es.events}
    events = [e for e in es.events if sides[e.id]]
    total = sum(abs(e.intensity) for e in events if not e.excluded) or 1.0
    texts: dict[str, str | None] = {}
    rows = []
    for e in events:
        note = "negated" if e.negated else "hypothetical" if e.hypothetical else ""
        for n, src in enumerate(e.sources, 1):
            rows.append({"day": e.day, "type": e.type, "mode": e.mode, "intensity": e.intensity,
                         # the event's signed part of all counted intensity, on its first report only
                         "share": (0.0 if e.excluded else round(e.intensity / total, 3)) if n == 1
                         else None, "direction": _direction(e, sides[e.id]),
                         "actors": "; ".join(e.actor_names), "recipients": "; ".join(e.recipient_names),
                         "counted": not e.excluded, "note": note, "evidence": src.evidence,
                         "sentence": _sentence(store, src, texts), "doc_id": src.doc_id,
                         "title": src.title, "report": f"{n}/{len(e.sources)}",
                         "quote_id": src.quote_id, "event_id": e.id, "merged_by": ",".join(e.merged_by)})
    if events:
        days = [e.day for e in events if e.day and not e.excluded]
        summary["first"], summary["last"] = (min(days), max(days)) if days else (None, None)
    quote_ids = {s.quote_id for e in events for s in e.sources if s.quote_id}
    quotes = pair_quotes(store, a, b, since, until, quote_ids) if store is not None else \
        pd.DataFrame(columns=QUOTE_COLUMNS)
    return Explanation(summary, pd.DataFrame(rows, columns=EVENT_COLUMNS), quotes)


def _sentence(store: Store | None, src: Source, texts: dict[str, str | None]) -> str:
    """The whole sentence the evidence clause is in, from the stored document text."""
    if store is None or src.sentence_start is None:
        return src.evidence
    if src.doc_id not in texts:
        texts[src.doc_id] = store.document_text(src.doc_id)
    text = texts[src.doc_id]
    return text[src.sentence_start:src.sentence_end].strip() if text else src.evidence


def _sides(es: EventSet, e: Event, a: str, b: str, pole: bool) -> list[tuple[str, str]]:
    """The ordered pairs of an event that link ``a`` to ``b`` (or to ``b``'s pole)."""
    other = (pole_nodes(es.kb, b, e.day) - {a}) if pole else {b}
    return [(x, y) for x, y in e.pairs() if (x == a and y in other) or (y == a and x in other)]


def _direction(e: Event, sides: list[tuple[str, str]]) -> str:
    x, y = sides[0]
    if e.reciprocal or (y, x) in sides:
        return f"{x} <-> {y}"
    return f"{x} -> {y}"


def pair_quotes(store: Store, a: str, b: str, since: str | None = None, until: str | None = None,
                quote_ids: set[str] = frozenset(), limit: int | None = None) -> pd.DataFrame:
    """Quotes bearing on a pair, found through the mentions inside each quote's span.

    In order: a quote by a speaker of one side that mentions the other; a quote an event of the
    pair was read from; a quote that mentions both sides (whoever speaks).
    """
    m, q, d = s.mentions.c, s.quotes.c, s.documents.c
    sides = [a, b]
    inside: dict[str, set[str]] = {}
    with store.engine.connect() as conn:  # the mentions of either side inside a quote's span
        for qid, country, actor_id in conn.execute(
                select(q.id, m.country, m.actor_id)
                .join(s.mentions, and_(m.doc_id == q.doc_id, m.start >= q.start, m.end <= q.end))
                .where(or_(m.country.in_(sides), m.actor_id.in_(sides)))):
            inside.setdefault(qid, set()).add(country or actor_id)
        ids = sorted(set(inside) | set(quote_ids))
        found = [r for i in range(0, len(ids), 500)
                 for r in conn.execute(select(s.quotes, d.date).join(s.documents, d.id == q.doc_id)
                                       .where(q.id.in_(ids[i:i + 500])))]
    rows = []
    for r in found:
        if not in_period(r.date, since, until):
            continue
        speaker = {r.speaker_country, r.speaker_id} & set(sides)
        mentioned = inside.get(r.id, set())
        why = None
        for x, y in ((a, b), (b, a)):
            if x in speaker and y in mentioned:
                why, rank = f"speaker of {x} mentions {y}", 0
        if why is None and r.id in quote_ids:
            why, rank = "an event of the pair was read from it", 1
        if why is None and {a, b} <= mentioned:
            why, rank = f"mentions both {a} and {b}", 2
        if why:
            rows.append((rank, {"date": r.date, "speaker": r.speaker_name or r.speaker_text,
                                "speaker_country": r.speaker_country, "why": why, "text": r.text,
                                "doc_id": r.doc_id, "quote_id": r.id}))
    rows.sort(key=lambda t: (t[0], t[1]["date"] or "", t[1]["doc_id"], t[1]["quote_id"]))
    return pd.DataFrame([r for _, r in rows][:limit], columns=QUOTE_COLUMNS)


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return [{k: (None if _isna(v) else v) for k, v in r.items()} for r in frame.to_dict("records")]


def _isna(v: Any) -> bool:
    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):
        return False
