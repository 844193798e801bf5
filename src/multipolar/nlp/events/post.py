"""PLOVER post-rules: settling an event's roles and scope once its trigger is found.

Drops unusable actors and a state's own government as its recipient, reads reciprocity ("each
other"), looks for an implicit recipient in the clause, requires a recipient unless PLOVER codes
the type with an actor alone, turns a crowd's violence into a riot and a promised withdrawal into
a concession.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..actors import TokMention
from ..lexicon import Lexicon, Sense
from .raw import RawEvent
from .roles import MentionIndex, _dobjs, _preps, subject_tokens
from .scoping import scope
from .wordlists import RULES

# the word lists are data: data/rules.yaml says what each is for
UNARY_OK = RULES["unary_ok"]
DECLARE = RULES["declare"]
CROWD_SECTORS = RULES["crowd_sectors"]
RIOT = Sense(type="PROTEST", mode="riot", context=(), cameo="145", recipient=(), reverse=False,
             reciprocal=False, when=())


def _finish(ev: RawEvent, index: MentionIndex, lex: Lexicon) -> bool:
    """Settle roles and scope; False when the event has no usable actor or recipient."""
    ev.actors = [m for m in ev.actors if (m.actor.country or m.actor.name) and m.kind != "place"]
    ev.recipients = [m for m in ev.recipients if m not in ev.actors and (m.actor.country or m.actor.name)]
    if not ev.actors:
        return False
    actor_keys = {_side_key(m) for m in ev.actors}
    own = {(m.actor.country, m.actor.sector or "GOV") for m in ev.actors}
    # A state's own government is not its recipient; its opposition or rebels can be.
    ev.recipients = [m for m in ev.recipients if _side_key(m) not in actor_keys
                     and (m.actor.country, m.actor.sector or "GOV") not in own]
    if not ev.recipients and not ev.sense.reciprocal and _each_other(ev.trigger):
        ev.sense = replace(ev.sense, reciprocal=True)  # "Armenia and Azerbaijan accused each other"
    if not ev.recipients and not ev.sense.reciprocal:
        ev.recipients = _implicit_recipients(ev, index)
        if ev.recipients:
            ev.rule += "+implicit-recipient"
    if not ev.recipients:
        if ev.sense.reciprocal and len({m.actor.country or m.actor.name for m in ev.actors}) > 1:
            pass  # PLOVER: a reciprocal agreement or meeting codes both parties as actors
        elif ev.sense.type not in UNARY_OK:
            return False
    if ev.sense.type in ("ASSAULT", "COERCE") and all(
            m.kind == "group" and m.actor.sector in CROWD_SECTORS for m in ev.actors):
        ev.sense, ev.rule = RIOT, ev.rule + "+crowd"  # "protesters stormed the embassy"
    ev.negated, ev.hypothetical, ev.future = scope(ev.trigger, lex)
    if ev.sense.type == "RETREAT" and (ev.future or (ev.sense.mode == "ceasefire"
                                                     and ev.trigger.lemma_.lower() in DECLARE)):
        # PLOVER: promised or declared (not yet carried out) withdrawals, releases, ceasefires
        ev.sense, ev.rule = replace(ev.sense, type="CONCEDE", mode=None), ev.rule + "+promise"
    return True


def _side_key(m: TokMention) -> tuple:
    """Who a side is: its knowledge-base id, or for an agent without one ("police", "the
    government" of a state) its state and sector."""
    return (m.actor.id, m.actor.country) if m.actor.id else (None, m.actor.country, m.actor.sector)


def _each_other(trigger: Token) -> bool:
    objs = _dobjs(trigger) + [o for p in _preps(trigger) for o in p.children if o.dep_ == "pobj"]
    return any((o.lower_ in ("other", "another") and any(c.lower_ in ("each", "one") for c in o.lefts))
               or (o.lower_ == "one" and any(c.lower_ == "another" for c in o.children)) for o in objs)


def _implicit_recipients(ev: RawEvent, index: MentionIndex) -> list[TokMention]:
    """A recipient named elsewhere in the trigger's clause ("seeking financial assistance ...
    in the Russian market"): the nearest mention of another state after the trigger."""
    countries = {m.actor.country for m in ev.actors}
    sub = {t.i for t in ev.trigger.subtree}
    subj = {t.i for s in subject_tokens(ev.trigger) for t in s.subtree}
    cands = []
    for i in sorted(sub - subj):
        if i <= ev.trigger.i:
            continue
        for m in index.at(i, weak=True):
            other = m.actor.country not in countries if m.actor.country else m.kind == "org"
            if m.start == i and other and m not in cands:
                cands.append(m)
    return cands[:1]
