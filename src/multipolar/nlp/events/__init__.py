"""Who did what to whom, from the dependency parse and the event lexicon.

A trigger is a verb with a sense in the lexicon, a light verb with an event noun for object
("hold talks"), a predicative adjective ("critical of"), or an event noun whose actor is named by
a possessive, a demonym or a by-phrase ("Moscow's deployment of ... in Belarus"). Actors come from
the trigger's subject (climbing chained verbs: "flew to Moscow to attend ... and meet with Putin"),
or from the by-agent in the passive; recipients from the places the sense names. Scope words above
the trigger set negated ("refrain from sending"), hypothetical and future.

The stages, one module each; :func:`extract` below runs candidates, then post on each of them.
Imports run one way (candidates -> roles; post -> roles, scoping; all -> raw, wordlists), which
tests/test_rules_data.py checks:

- ``candidates``: triggers and their senses (verbs, light verbs, adjectives, settings, nouns);
- ``roles``: the mention index, subjects, agents, objects, recipients, attribution;
- ``scoping``: negated, hypothetical, future (named so that ``events.scope`` stays the function);
- ``post``: the PLOVER post-rules that finish an event (recipients, side keys, reciprocity);
- ``raw``: :class:`RawEvent`; ``wordlists``: the rule word lists of ``data/rules.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..actors import TokMention
from ..lexicon import Lexicon
from .candidates import (
    PHONE_WORDS,
    SETTING_PREPS,
    _adjective_event,
    _noun_event,
    _setting_event,
    _verb_event,
    event_noun,
)
from .post import CROWD_SECTORS, DECLARE, RIOT, UNARY_OK
from .post import _finish as _finish  # learned.py finishes the model's events with the same rules
from .raw import RawEvent
from .roles import (
    MEANS,
    OBJECT_CONTROL,
    REACTIONS,
    STOP_DEPS,
    SUBJECT_DEPS,
    MentionIndex,
    agent_tokens,
    is_passive,
    mentions_under,
    recipients_for,
    subject_tokens,
)
from .scoping import REPORTING, scope
from .wordlists import RULES

__all__ = [
    "CROWD_SECTORS", "DECLARE", "MEANS", "OBJECT_CONTROL", "PHONE_WORDS", "REACTIONS", "REPORTING",
    "RIOT", "RULES", "SETTING_PREPS", "STOP_DEPS", "SUBJECT_DEPS", "UNARY_OK", "MentionIndex",
    "RawEvent", "agent_tokens", "event_noun", "extract", "is_passive", "mentions_under",
    "recipients_for", "scope", "subject_tokens",
]


# ---- the extractor ------------------------------------------------------------------------
def extract(doc: Doc, mentions: list[TokMention], lex: Lexicon,
            speaker_of: dict[int, TokMention] | None = None) -> list[RawEvent]:
    """All events of a document, in text order. ``speaker_of`` maps tokens inside quotations
    to the quote's speaker (for attributed statements with no subject of their own)."""
    index = MentionIndex(mentions)
    speaker_of = speaker_of or {}
    out: list[RawEvent] = []
    consumed: set[int] = set()
    for tok in doc:
        found = []
        if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and tok.tag_.startswith("VB")):
            found = [_verb_event(tok, index, lex, consumed)]
            if tok.pos_ in ("VERB", "AUX"):
                found.append(_setting_event(tok, index, lex, consumed))
        elif tok.pos_ == "ADJ" and tok.lemma_.lower() in lex.adjectives:
            found = [_adjective_event(tok, index, lex)]
        out.extend(ev for ev in found if ev is not None)
    for tok in doc:
        if tok.pos_ in ("NOUN", "PROPN") and tok.i not in consumed:
            ev = _noun_event(tok, index, lex, speaker_of)
            if ev is not None:
                out.append(ev)
    finished = []
    for ev in sorted(out, key=lambda e: e.trigger.i):
        if _finish(ev, index, lex):
            finished.append(ev)
    return finished
