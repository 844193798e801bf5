"""The one place a spaCy ``Doc`` becomes plain data (a :class:`~multipolar.model.DocResult`)."""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..model import ActorRef, DocResult, Event, Mention, Quote, Span
from ..ontology import OntologyError, cameo_to_plover, intensity, normalize_mode, plover_to_cameo


def _dedupe(actors: list[ActorRef]) -> tuple[ActorRef, ...]:
    seen, out = set(), []
    for a in actors:
        key = a.id or (a.country, a.name)
        if key not in seen:
            seen.add(key)
            out.append(a)
    return tuple(out)


def _mode(etype: str, mode: str | None) -> str | None:
    try:
        return normalize_mode(etype, mode)
    except OntologyError:
        return None


def _contexts(cameo: str | None, etype: str) -> tuple[str, ...]:
    """PLOVER contexts implied by the CAMEO code, when the lexicon names none."""
    try:
        code = cameo_to_plover(cameo) if cameo else None
    except OntologyError:
        return ()
    return tuple(code.context) if code is not None and code.type == etype else ()


def _historical(event_date: str | None, article_date: str | None) -> bool:
    """PLOVER's historical mode: the sentence dates the event more than a year before the
    article ("Russia annexed Crimea in 2014", read in 2022)."""
    if not event_date or not article_date:
        return False
    from ..kb import dates

    return dates.upper(event_date) < f"{int(article_date[:4]) - 1:04d}{article_date[4:10]}"


def clause_of(tok: Token) -> SpacySpan:
    """The independent clause holding ``tok``: evidence for an event is the clause it was read
    from when a sentence joins several ("X aligned with Moscow, yet he is unwilling to ...")."""
    sent = tok.sent
    heads, stack = [sent.root], [sent.root]
    while stack:
        h = stack.pop()
        for c in h.children:
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and any(
                    g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children):
                heads.append(c)
                stack.append(c)
    if len(heads) == 1:
        return sent
    bounds = sorted({h.left_edge.i for h in heads[1:]} | {sent.start, sent.end})
    doc = tok.doc
    for a, b in zip(bounds, bounds[1:]):
        if a <= tok.i < b:
            while a < tok.i and (doc[a].dep_ in ("cc", "punct") or doc[a].is_space):
                a += 1
            while b - 1 > tok.i and (doc[b - 1].dep_ in ("cc", "punct") or doc[b - 1].is_space):
                b -= 1
            return doc[a:b]
    return sent


def doc_to_result(doc: Doc, doc_id: str, date: str | None, meta: dict | None = None) -> DocResult:
    """Mentions, quotes and events of a processed ``Doc`` as frozen records with char offsets."""
    mentions = []
    seen_m = set()
    for m in doc._.mp_mentions or ():
        if not m.agentive:
            continue
        span = doc[m.start:m.end]
        key = (span.start_char, span.end_char, m.actor.id, m.actor.country)
        if key in seen_m:
            continue
        seen_m.add(key)
        mentions.append(Mention(span.start_char, span.end_char, m.actor))
    text = doc.text  # built anew on each access: once per document, not once per quote
    quote_records = []
    quote_at: list[tuple[int, int, str]] = []
    for n, q in enumerate(doc._.mp_quotes or (), 1):
        qid = f"{doc_id}:q{n}"
        quote_records.append(Quote(qid, text[q.start:q.end], q.start, q.end,
                                   q.speaker.actor if q.speaker else None,
                                   q.cue.lemma_.lower() if q.cue is not None else None))
        quote_at.append((q.start, q.end, qid))
    sent_dates = doc._.mp_sent_dates or {}
    records: list[Event] = []
    seen_e = set()
    for ev in doc._.mp_events or ():
        sent = ev.trigger.sent
        actor = _dedupe([m.actor for m in ev.actors])
        recipient = _dedupe([m.actor for m in ev.recipients])
        key = (ev.sense.type, sent.start, tuple(a.id or a.country for a in actor),
               tuple(a.id or a.country for a in recipient))
        if key in seen_e:
            continue
        seen_e.add(key)
        etype = ev.sense.type
        mode = _mode(etype, ev.sense.mode)
        cameo = ev.sense.cameo or plover_to_cameo(etype, mode)
        context = ev.sense.context or _contexts(cameo, etype)
        t = ev.trigger
        clause = clause_of(t)
        qid = next((q for a, b, q in quote_at if a <= t.idx < b), None)
        records.append(Event(
            id=f"{doc_id}:e{len(records) + 1}", type=etype, mode=mode, context=context,
            actor=actor, recipient=recipient, negated=ev.negated, hypothetical=ev.hypothetical,
            future=ev.future, date=sent_dates.get(sent.start, date),
            historical=_historical(sent_dates.get(sent.start), date),
            evidence=Span(clause.text, clause.start_char, clause.end_char),
            sentence=Span(sent.text, sent.start_char, sent.end_char),
            trigger=Span(t.text, t.idx, t.idx + len(t.text)),
            cameo=cameo, intensity=intensity(etype, mode),
            quote_id=qid, rule=ev.rule,
            confidence=round(ev.confidence, 4) if ev.confidence is not None else None))
    return DocResult(doc_id=doc_id, status="ok", text=text, date=date, mentions=tuple(mentions),
                     events=tuple(records), quotes=tuple(quote_records), meta=meta or {})
