"""Candidates: finding triggers and the sense each one has.

A verb with a sense whose conditions hold, a light verb with an event noun for object ("hold
talks"), a predicative adjective ("critical of"), a meeting or call given as the setting of a verb
("told Putin in a telephone call"), or an event noun whose actor is named by a possessive, a
demonym or a by-phrase. Each candidate comes with the mentions of its roles (roles.py); post.py
settles them.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..actors import TokMention
from ..lexicon import Lexicon, Sense
from .raw import RawEvent
from .roles import (
    MentionIndex,
    _attribution,
    _dobjs,
    _logical_objects,
    _preps,
    _slot_tokens,
    agent_tokens,
    is_passive,
    mentions_under,
    recipients_for,
    subject_tokens,
)
from .wordlists import RULES

# the word lists are data: data/rules.yaml says what each is for
SETTING_PREPS = RULES["setting_preps"]
PHONE_WORDS = RULES["phone_words"]


# ---- sense selection --------------------------------------------------------------------
def _holds(sense: Sense, tok: Token, index: MentionIndex, lex: Lexicon) -> bool:
    preps = {p.lower_ for p in _preps(tok)}
    need = sense.condition("prep")
    if need and not preps & set(need):
        return False
    prt = sense.condition("prt")
    # "cordoned off the roads": the parser reads "off" as a particle or as a preposition
    if prt and not {c.lower_ for c in tok.children if c.dep_ in ("prt", "prep")} & set(prt):
        return False
    objs = _logical_objects(tok)
    if sense.condition("no_obj") and objs:
        return False
    if sense.condition("xcomp") and not any(c.dep_ == "xcomp" for c in tok.children):
        return False
    avoid = sense.condition("obj_not")
    if avoid and objs and any(c in lex.classes_of(objs[0].lower_) for c in avoid):
        return False
    only = sense.condition("obj_none_or")  # "withdrew from the treaty", "withdrew aid from"
    if only and objs and not any(c in lex.classes_of(objs[0].lower_) for c in only):
        return False
    want = sense.condition("obj")
    if want:
        if not objs:
            return False
        o = objs[0]
        if want == "actor":
            if not index.at(o.i, weak=False):
                return False
        else:
            # the object's head or one of its modifiers ("fired artillery shells")
            words = [o] + [c for c in o.children if c.dep_ in ("compound", "amod")]
            if not any(want in lex.classes_of(w.lower_) or want in lex.classes_of(w.lemma_.lower())
                       for w in words) and not (
                    want == "place" and any(m.kind == "place" for m in index.at(o.i, weak=True))):
                return False
    return True


def event_noun(tok: Token, lex: Lexicon) -> tuple[Token, Sense] | None:
    """The event noun a light verb's object names, following 'channels of communication'."""
    for cand in (tok, *(o for p in tok.children if p.lower_ == "of" for o in p.children
                        if o.dep_ == "pobj")):
        sense = lex.nouns.get(cand.lower_) or lex.nouns.get(cand.lemma_.lower())
        if sense and _holds_noun(sense, cand):
            return cand, sense
    return None


def _holds_noun(sense: Sense, noun: Token) -> bool:
    need = sense.condition("prep")
    return not need or bool({p.lower_ for p in _preps(noun)} & set(need))


# ---- the candidates ------------------------------------------------------------------------
def _verb_event(tok: Token, index: MentionIndex, lex: Lexicon, consumed: set[int]) -> RawEvent | None:
    lemma = tok.lemma_.lower()
    if any(c.lower_ == "test" and c.dep_ in ("npadvmod", "compound", "amod") for c in tok.children):
        lemma = "test"  # "test-fired a missile", "test-launched"
    sense = next((s for s in lex.verbs.get(lemma, ()) if _holds(s, tok, index, lex)), None)
    places = [tok]
    rule = "verb"
    light = lex.light_verbs.get(lemma)
    if light:
        for obj in _dobjs(tok) + [c for c in tok.children if c.dep_ == "attr"]:
            found = event_noun(obj, lex)
            if found is None:
                continue
            noun, nsense = found
            consumed.update({obj.i, noun.i})
            if _noun_wins(sense, nsense, light):
                sense = _light_sense(nsense, light)
                places = [tok, obj, noun]
                rule = f"light-verb:{light}"
            break
    if sense is None:
        return None
    for obj in _dobjs(tok):
        consumed.add(obj.i)
    if sense.reverse:  # the sense's slots name the actor ("received aid from X", "hosted X")
        actors = recipients_for(sense, places, index)
        actor_toks = [o for d in _dobjs(tok) for t in d.subtree if t.lower_ == "from"
                      for o in t.children if o.dep_ == "pobj"]
        actors += [m for t in actor_toks for m in mentions_under(t, index, weak=True) if m not in actors]
        recips = [m for t in subject_tokens(tok) for m in mentions_under(t, index)]
        return RawEvent(sense, tok, actors, recips, rule=rule + ":reverse")
    if is_passive(tok):
        actors = [m for t in agent_tokens(tok) for m in mentions_under(t, index)]
        # "the airliner shot down by X": a passive participle's patient is the noun it modifies
        patients = [tok.head] if tok.dep_ == "acl" else subject_tokens(tok)
        recips = [m for t in patients for m in mentions_under(t, index, weak=True)]
        recips += [m for m in recipients_for(sense, places, index, lex) if m not in recips]
        return RawEvent(sense, tok, actors, recips, rule=rule + ":passive")
    actors = [m for t in subject_tokens(tok) for m in mentions_under(t, index)]
    return RawEvent(sense, tok, actors, recipients_for(sense, places, index, lex), rule=rule)


def _noun_wins(verb: Sense | None, noun: Sense, light: str) -> bool:
    """Whether a light verb's event noun decides over the verb's own sense: "offered its
    apologies" (CONCEDE), "vowed revenge" (THREATEN), "received aid" (reversed AID)."""
    return (verb is None or (verb.type == "AID" and light == "reverse")
            or (verb.type == "AGREE" and noun.type in ("CONCEDE", "THREATEN")))


def _light_sense(noun: Sense, light: str) -> Sense:
    """The event a light verb makes of an event noun: 'seek assistance' is a REQUEST."""
    if light == "pass":
        return noun
    if light == "reverse":
        return replace(noun, reverse=True, recipient=("from",))
    if light == "AGREE" and noun.type == "CONCEDE":
        return noun  # offering an apology is apologising
    if light in ("REQUEST", "AGREE", "REJECT"):
        mode = {"REQUEST": "assist" if noun.type == "AID" else None}.get(light)
        return replace(noun, type=light, mode=mode, cameo=None,
                       recipient=noun.recipient + ("from", "dative", "dobj"))
    if light == "SANCTION" and noun.type in ("COOPERATE", "CONSULT", "AID", "AGREE"):
        return replace(noun, type="SANCTION", mode="discontinue", cameo="160")
    if light == "RETREAT" and noun.type == "SANCTION":
        return replace(noun, type="CONCEDE", mode=None, cameo="081")
    if light == "RETREAT" and noun.type == "COERCE":  # "eased its blockade", "lifted the curfew"
        return replace(noun, type="RETREAT", mode="ease", cameo="085")
    return noun


def _adjective_event(tok: Token, index: MentionIndex, lex: Lexicon) -> RawEvent | None:
    sense = lex.adjectives[tok.lemma_.lower()]
    if not _holds(sense, tok, index, lex):
        return None
    subj_src = tok.head if tok.dep_ in ("acomp", "attr") else tok
    actors = [m for t in subject_tokens(subj_src) for m in mentions_under(t, index)]
    return RawEvent(sense, tok, actors, recipients_for(sense, [tok], index), rule="adjective")


def _setting_event(tok: Token, index: MentionIndex, lex: Lexicon, consumed: set[int]) -> RawEvent | None:
    """A meeting or call given as where something was said or done: "Merkel told Putin in a
    telephone call that ...", "warned Xi during talks in Bali". The meeting itself is a CONSULT
    between the verb's subject and its object (or the noun's "with")."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in SETTING_PREPS):
        for noun in (o for o in prep.children if o.dep_ == "pobj" and o.i not in consumed):
            sense = lex.nouns.get(noun.lower_) or lex.nouns.get(noun.lemma_.lower())
            if sense is None or sense.type != "CONSULT":
                continue
            consumed.add(noun.i)
            actors = [m for t in subject_tokens(tok) for m in mentions_under(t, index)]
            others = [m for t in _dobjs(tok) + _slot_tokens("dative", tok)
                      for m in mentions_under(t, index, weak=True)]
            others += [m for m in recipients_for(sense, [noun], index) if m not in others]
            mode = "phone" if any(c.lower_ in PHONE_WORDS for c in noun.subtree) else sense.mode
            sense = replace(sense, mode=mode, cameo="041" if mode == "phone" else sense.cameo)
            return RawEvent(sense, noun, actors, others, rule="setting")
    return None


def _noun_event(tok: Token, index: MentionIndex, lex: Lexicon,
                speaker_of: dict[int, TokMention]) -> RawEvent | None:
    sense = lex.nouns.get(tok.lower_) or lex.nouns.get(tok.lemma_.lower())
    if sense is None or not _holds_noun(sense, tok):
        return None
    actor_toks = [c for c in tok.children if c.dep_ == "poss"]
    actor_toks += [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")
                   and index.at(c.i, weak=True)]
    actor_toks += [o for p in tok.children if p.dep_ == "agent" or p.lower_ == "by" for o in p.children]
    actors = [m for t in actor_toks for m in mentions_under(t, index, weak=True)]
    rule = "noun"
    if not actors and tok.dep_ in ("attr", "nsubj") and any(c.dep_ == "expl" for c in tok.head.children):
        actors = _attribution(tok, index, speaker_of)  # "According to him, there is an issue with ..."
        rule = "noun:attributed"
    if not actors:
        return None
    recips = [m for m in recipients_for(sense, [tok], index) if m not in actors]
    return RawEvent(sense, tok, actors, recips, rule=rule)
