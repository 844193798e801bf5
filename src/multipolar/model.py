"""Plain records that cross stages, processes and the store.

Everything here is a frozen dataclass of primitives; spans are character offsets into the
document text. The spaCy ``Doc`` never leaves :mod:`multipolar.nlp`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Status = Literal["ok", "skipped", "failed"]


@dataclass(frozen=True, slots=True)
class Article:
    """One input document. ``notes`` say what the reader changed or could not read in it
    (a renamed id, a date not understood ...), for the document record's ``notes``."""

    id: str
    text: str
    date: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor as it appears in one place of a document, resolved against the knowledge base.

    ``how`` says why it resolved this way (``kb``, ``descriptor``, ``pronoun``, ``speaker`` ...).
    """

    text: str
    name: str | None
    country: str | None
    sector: str | None
    id: str | None
    how: str = "kb"

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "name": self.name, "country": self.country,
                "sector": self.sector, "id": self.id, "how": self.how}


@dataclass(frozen=True, slots=True)
class Span:
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    actor: ActorRef


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    text: str
    start: int
    end: int
    speaker: ActorRef | None
    cue: str | None


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom, read from one sentence.

    ``actor`` and ``recipient`` are tuples: PLOVER keeps compound actors as one event.
    """

    id: str
    type: str
    mode: str | None
    context: tuple[str, ...]
    actor: tuple[ActorRef, ...]
    recipient: tuple[ActorRef, ...]
    negated: bool
    hypothetical: bool
    future: bool
    date: str | None
    evidence: Span
    trigger: Span
    cameo: str | None = None
    intensity: float | None = None
    quote_id: str | None = None
    rule: str | None = None
    sentence: Span | None = None
    historical: bool = False
    confidence: float | None = None


@dataclass(frozen=True, slots=True)
class DocResult:
    """Everything coded from one document, or why it was not coded."""

    doc_id: str
    status: Status
    reason: str | None = None
    text: str | None = None
    date: str | None = None
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict)


def to_records(result: DocResult) -> list[dict[str, Any]]:
    """Turn one :class:`DocResult` into the JSON-ready records of the ``multipolar code`` contract."""
    d = result.doc_id
    out: list[dict[str, Any]] = []
    for m in result.mentions:
        out.append({"kind": "mention", "doc_id": d, "start": m.start, "end": m.end,
                    "text": m.actor.text, "actor": m.actor.to_dict()})
    for q in result.quotes:
        out.append({"kind": "quote", "doc_id": d, "id": q.id, "text": q.text, "start": q.start,
                    "end": q.end, "speaker": q.speaker.to_dict() if q.speaker else None, "cue": q.cue})
    for e in result.events:
        out.append({
            "kind": "event", "doc_id": d, "id": e.id, "type": e.type, "mode": e.mode,
            "context": list(e.context), "actor": [a.to_dict() for a in e.actor],
            "recipient": [a.to_dict() for a in e.recipient], "negated": e.negated,
            "hypothetical": e.hypothetical, "future": e.future, "historical": e.historical,
            "date": e.date,
            "evidence": e.evidence.to_dict(), "trigger": e.trigger.to_dict(), "cameo": e.cameo,
            "intensity": e.intensity, "quote_id": e.quote_id, "rule": e.rule,
            "confidence": e.confidence,
            "sentence": e.sentence.to_dict() if e.sentence else None,
        })
    doc: dict[str, Any] = {"kind": "document", "doc_id": d, "status": result.status,
                           "reason": result.reason, "date": result.date,
                           "n_events": len(result.events), "n_quotes": len(result.quotes),
                           "n_mentions": len(result.mentions)}
    doc.update(result.meta)
    out.append(doc)
    return out


__all__ = ["Article", "ActorRef", "Span", "Mention", "Quote", "Event", "DocResult", "to_records"]
