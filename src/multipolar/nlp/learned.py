"""The rules propose, the learned model decides: which events a sentence asserts, with a confidence.

For every sentence that holds a rule event or an actor mention, the sentence model
(:mod:`.eventmodel`) gives the probability of each PLOVER type. Then:

- a rule event is kept when the model gives its type at least ``keep``; its confidence is that
  probability (by default ``keep`` is 0: the model never overrules the rules, see
  docs/events-model.md for why);
- a rule event whose type the model doubts is retyped when the model is sure (``add``) of a type
  no rule found in the sentence ("signed a treaty" read as SUPPORT becomes AGREE): the rules'
  actor and recipient stay, unless the event sits in what a speech verb reports, which is rebuilt
  around the speaker; otherwise it is dropped;
- a type the model is sure of and no rule found becomes an event of its own, its actor and
  recipient chosen among the sentence's mentions by the role model (:mod:`.roles`):
  ``rule="model"``.

Negation, modality, dates, evidence spans and actor resolution stay with the rules.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .actors import TokMention
from .eventmodel import EventModel
from .events import REPORTING, MentionIndex, RawEvent, _finish, scope
from .lexicon import Lexicon, Sense
from .roles import RoleModel, candidates

# verbs whose clause is someone's claim, not the author's: what they report is attributed
SPEECH = frozenset({"accuse", "claim", "allege", "blame", "deny", "charge", "report", "warn", "condemn"})


def _bare(etype: str) -> Sense:
    return Sense(type=etype, mode=None, context=(), cameo=None, recipient=(), reverse=False,
                 reciprocal=False, when=())


def decide(doc: Doc, events: list[RawEvent], mentions: list[TokMention], model: EventModel,
           lex: Lexicon, keep: float, add: float) -> list[RawEvent]:
    """The events of ``doc`` after the model's decision; each carries ``confidence``."""
    index = MentionIndex(mentions)
    by_sent: dict[int, list[RawEvent]] = {}
    for ev in events:
        by_sent.setdefault(ev.trigger.sent.start, []).append(ev)
    with_mention = {doc[m.start].sent.start for m in mentions}
    sents = [s for s in doc.sents if s.start in by_sent or s.start in with_mention]
    if not sents:
        return []
    probs = model.probabilities([s.text for s in sents])
    labels = model.labels
    out: list[RawEvent] = []
    for sent, p in zip(sents, probs):
        score = dict(zip(labels, (float(x) for x in p)))
        proposed = by_sent.get(sent.start, [])
        kept = [ev for ev in proposed if score.get(ev.sense.type, 0.0) >= keep]
        have = {ev.sense.type for ev in kept}
        sure = [t for t in sorted(labels, key=lambda t: -score[t]) if score[t] >= add and t not in have]
        for ev in proposed:
            if ev in kept:
                ev.confidence = score[ev.sense.type]
                continue
            fresh = [t for t in sure if t not in have]
            if not fresh:
                continue
            if _reported(ev.trigger):  # "Russia said Ukraine shelled Donetsk": the speaker acts
                ev = _model_event(sent, fresh[0], index, lex, model.roles)
                if ev is None:
                    continue
            else:  # the rules found who and whom; the model knows better what
                ev.sense, ev.rule = _bare(fresh[0]), ev.rule + "+model-type"
            ev.confidence = score[fresh[0]]
            have.add(fresh[0])
            kept.append(ev)
        for t in sure:
            if t in have:
                continue
            ev = _model_event(sent, t, index, lex, model.roles)
            if ev is not None:
                ev.confidence = score[t]
                kept.append(ev)
                have.add(t)
        out.extend(sorted(kept, key=lambda e: e.trigger.i))
    return out


def _reported(tok: Token) -> bool:
    """Whether ``tok`` sits in what a speech verb reports ("said Ukraine shelled ...")."""
    for _ in range(6):
        if tok.dep_ not in ("ccomp", "xcomp", "conj", "advcl", "dobj", "pobj", "prep", "acl") or tok.head == tok:
            return False
        tok = tok.head
        if tok.lemma_.lower() in REPORTING or tok.lemma_.lower() in SPEECH:
            return True
    return False


def _model_event(sent: Span, etype: str, index: MentionIndex, lex: Lexicon,
                 roles: RoleModel) -> RawEvent | None:
    """An event of a type only the model saw, at the sentence's root: its actor and recipient
    chosen among the sentence's mentions by the role model."""
    root = sent.root
    actors, recips = roles.choose(candidates(sent, lambda i: index.at(i, weak=True)), etype, sent)
    ev = RawEvent(_bare(etype), root, actors, recips, rule="model")
    if _finish(ev, index, lex):
        return ev
    if not ev.actors:
        return None
    ev.recipients = []
    ev.negated, ev.hypothetical, ev.future = scope(root, lex)
    return ev
