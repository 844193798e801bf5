"""Roles: which actor mentions fill a trigger's actor and recipient slots.

The mention index, the search for the mentions nearest under a token, subjects (inherited along
chained verbs and object control), by-agents of the passive, objects, the recipients a sense's
slots name (the doer of an act reacted to), and attribution ("according to ...").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from ..actors import TokMention
from ..lexicon import Lexicon, Sense
from ..vocab import PERSONLIKE
from .wordlists import RULES

# the word lists are data: data/rules.yaml says what each is for
STOP_DEPS = RULES["stop_deps"]
SUBJECT_DEPS = RULES["subject_deps"]
OBJECT_CONTROL = RULES["object_control"]
MEANS = RULES["means"]
REACTIONS = RULES["reactions"]


class MentionIndex:
    """Token -> mentions covering it; agentive ones for actors, weak cues allowed as recipients."""

    def __init__(self, mentions: Iterable[TokMention]) -> None:
        self.by_token: dict[int, list[TokMention]] = {}
        for m in mentions:
            for i in range(m.start, m.end):
                self.by_token.setdefault(i, []).append(m)

    def at(self, i: int, weak: bool) -> list[TokMention]:
        return [m for m in self.by_token.get(i, ()) if weak or m.agentive]


def mentions_under(tok: Token, index: MentionIndex, weak: bool = False) -> list[TokMention]:
    """The actor mentions nearest to ``tok`` in its subtree (breadth-first, conjuncts together).

    Stops at clause boundaries; a state named inside an organisation's name is taken with it.
    Each conjunct is searched on its own ("lawmakers in Oslo and the Danish government").
    """
    tops = _with_conjuncts([tok])
    if len(tops) > 1:
        out: list[TokMention] = []
        for t in tops:
            for m in _nearest(t, index, weak):
                if m not in out:
                    out.append(m)
        return out
    return _nearest(tok, index, weak)


def _nearest(tok: Token, index: MentionIndex, weak: bool) -> list[TokMention]:
    frontier = _with_conjuncts([tok])
    seen: set[int] = set()
    while frontier:
        found: list[TokMention] = []
        for t in frontier:
            seen.add(t.i)
            for m in index.at(t.i, weak):
                if m not in found:
                    found.append(m)
        if found:
            return _prefer(found, index, weak)
        frontier = _with_conjuncts([c for t in frontier for c in t.children
                                    if c.dep_ not in STOP_DEPS and c.i not in seen])
    return []


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    """Tokens plus their conjuncts and appositions; a proper-noun compound on a conjunct joins
    too, since the parser often reads 'X, Y, and Z cooperation' as a compound 'Z cooperation'."""
    out, stack = [], [(t, False) for t in tokens]
    while stack:
        t, via_conj = stack.pop(0)
        if t in out:
            continue
        out.append(t)
        stack.extend((c, True) for c in t.children if c.dep_ in ("conj", "appos"))
        if via_conj:
            stack.extend((c, False) for c in t.children if c.dep_ == "compound" and c.pos_ == "PROPN")
    return out


def _prefer(found: list[TokMention], index: MentionIndex, weak: bool) -> list[TokMention]:
    """Drop a state nested in a person descriptor ('President of Kazakhstan'); add the states
    nested in an organisation name ('Union of Belarus and Russia') and the conjoined demonyms
    of a group ('Russian and Chinese warships')."""
    keep = []
    for m in found:
        inside = [o for o in found if o is not m and o.start <= m.start and m.end <= o.end
                  and (o.end - o.start) > (m.end - m.start)]
        if inside and all(o.kind in PERSONLIKE for o in inside):
            continue
        keep.append(m)
    people = {m.actor.country for m in keep if m.kind in PERSONLIKE}
    keep = [m for m in keep if m.kind != "group" or m.actor.country not in people]
    for m in list(keep):
        nested = {"org": ("state",), "group": ("group",)}.get(m.kind, ())
        for i in range(m.start, m.end):
            for o in index.at(i, weak):
                if o.kind in nested and o not in keep:
                    keep.append(o)
    return keep


# ---- subjects and agents -------------------------------------------------------------------
def is_passive(verb: Token) -> bool:
    """Passive voice, including a participle with a by-agent ("Rebuked by Oslo, ..."), but not
    an active verb with a "by" of means ("Biden and Xi spoke by telephone")."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (
        verb.tag_ in ("VBN", "VBD") and any(c.dep_ == "agent" and not any(
            o.lower_ in MEANS for o in c.children) for c in verb.children))


def subject_tokens(verb: Token, depth: int = 0) -> list[Token]:
    """The subject of a verb, inherited along xcomp/conj/advcl/pcomp chains and from the
    possessor of a noun the verb complements ("Putin's attempt to invade")."""
    if depth > 6:
        return []
    subs = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if subs:
        if subs[0].lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
            return [verb.head]
        return subs  # several subjects happen when the parser splits a compound one
    head = verb.head
    if head == verb:
        return []
    if verb.dep_ == "xcomp" and head.lemma_.lower() in OBJECT_CONTROL:
        objs = [c for c in head.children if c.dep_ in ("dobj", "dative")]
        if objs:
            return objs
    if verb.dep_ in ("xcomp", "conj", "advcl", "ccomp") and head.pos_ in ("VERB", "AUX", "ADJ"):
        return subject_tokens(head, depth + 1)
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        return subject_tokens(head.head, depth + 1)
    if verb.dep_ in ("acl", "xcomp", "relcl") and head.pos_ in ("NOUN", "PROPN"):
        if verb.dep_ == "relcl":
            return [head]
        poss = [c for c in head.children if c.dep_ == "poss"]
        if poss:
            return poss
        if head.dep_ in SUBJECT_DEPS:
            return subject_tokens(head.head, depth + 1)
    if verb.dep_ == "acomp" or (verb.dep_ == "prep" and head.pos_ in ("VERB", "AUX")):
        return subject_tokens(head, depth + 1)
    return []


def agent_tokens(verb: Token) -> list[Token]:
    return [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]


# ---- objects -------------------------------------------------------------------------------
def _preps(tok: Token) -> list[Token]:
    out = [c for c in tok.children if c.dep_ in ("prep", "agent", "dative") and c.pos_ == "ADP"]
    for prt in (c for c in tok.children if c.dep_ == "prt"):
        out += [c for c in prt.children if c.dep_ == "prep"]
    return out


def _dobjs(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in ("dobj", "obj")]


def _logical_objects(tok: Token) -> list[Token]:
    """The direct object, or for a passive the thing acted on: its subject, or the noun a
    passive relative clause or participle describes ("Mariupol, which is blocked by ...")."""
    objs = _dobjs(tok)
    if objs or not is_passive(tok):
        return objs
    subj = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if subj and subj[0].lower_ not in ("which", "that", "who"):
        return subj
    return [tok.head] if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN") else []


# ---- recipients ------------------------------------------------------------------------
def recipients_for(sense: Sense, places: list[Token], index: MentionIndex,
                   lex: Lexicon | None = None) -> list[TokMention]:
    """Recipients read from the slots a sense names, looked up on each of ``places``."""
    out: list[TokMention] = []
    for slot in sense.recipient:
        for place in places:
            for tok in _slot_tokens(slot, place):
                found = _act_agents(tok, index, lex) if sense.type in REACTIONS and slot == "dobj" else []
                for m in found or mentions_under(tok, index, weak=True):
                    if m not in out:
                        out.append(m)
    return out


def _act_agents(obj: Token, index: MentionIndex, lex: Lexicon | None) -> list[TokMention]:
    """When the object is an act with a named doer ("Moscow's deployment", "an attack by
    rebels"), the doer."""
    if lex is None or (obj.lower_ not in lex.nouns and obj.lemma_.lower() not in lex.nouns):
        return []
    doers = [c for c in obj.children if c.dep_ == "poss"]
    doers += [o for p in obj.children if p.dep_ == "agent" or p.lower_ == "by" for o in p.children]
    return [m for d in doers for m in mentions_under(d, index, weak=True)]


def _slot_tokens(slot: str, tok: Token) -> list[Token]:
    if slot == "dobj":  # a second "dobj" is a misparsed apposition ("hosted X ..., the first visit")
        return _dobjs(tok)[:1] + [c for c in tok.children if c.dep_ == "attr"]
    if slot == "dative":
        return [c for c in tok.children if c.dep_ == "dative" and c.pos_ != "ADP"] + [
            o for c in tok.children if c.dep_ == "dative" and c.pos_ == "ADP" for o in c.children]
    if slot == "xcomp_obj":
        return [o for x in tok.children if x.dep_ == "xcomp" for o in x.children
                if o.dep_ in ("dobj", "dative")] + [
            o for x in tok.children if x.dep_ == "xcomp" for p in _preps(x) for o in p.children
            if o.dep_ == "pobj"]
    # a prepositional phrase may hang on the verb or on its object ("deploy troops along ...")
    heads = [tok] + (_dobjs(tok) if tok.pos_ in ("VERB", "AUX") else [])
    return [o for h in heads for p in _preps(h) if p.lower_ == slot for o in p.children
            if o.dep_ in ("pobj", "pcomp")]


# ---- attribution ---------------------------------------------------------------------------
def _attribution(tok: Token, index: MentionIndex, speaker_of: dict[int, TokMention]) -> list[TokMention]:
    root = tok.sent.root
    for t in tok.sent:
        if t.lower_ == "according":
            for to in t.children:
                for o in to.children:
                    found = mentions_under(o, index)
                    if found:
                        return found
    if root.lemma_.lower() in ("say", "state", "note", "argue", "claim", "stress") and root != tok:
        return [m for s in subject_tokens(root) for m in mentions_under(s, index)]
    if tok.i in speaker_of:
        return [speaker_of[tok.i]]
    return []
