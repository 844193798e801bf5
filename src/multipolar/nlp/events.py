"""Who did what to whom, from the dependency parse and the event lexicon.

A trigger is a verb with a sense in the lexicon, a light verb with an event noun for object
("hold talks"), a predicative adjective ("critical of"), or an event noun whose actor is named by
a possessive, a demonym or a by-phrase ("Moscow's deployment of ... in Belarus"). Actors come from
the trigger's subject (climbing chained verbs: "flew to Moscow to attend ... and meet with Putin"),
or from the by-agent in the passive; recipients from the places the sense names. Scope words above
the trigger set negated ("refrain from sending"), hypothetical and future.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from .actors import TokMention
from .lexicon import Lexicon, Sense
from .vocab import PERSONLIKE

# PLOVER codes these with an actor alone; the others need someone on the receiving end.
UNARY_OK = frozenset({"MOBILIZE", "PROTEST", "RETREAT", "CONCEDE"})
DECLARE = frozenset({"declare", "announce", "proclaim", "pledge", "promise", "offer"})
# "would" in what someone said they would do is a promise of the future, not a condition
REPORTING = frozenset({"say", "announce", "state", "tell", "pledge", "promise", "confirm", "insist",
                       "add", "declare", "vow", "assure", "signal", "indicate"})
# PLOVER: violence by a civilian crowd is a violent protest (PROTEST riot), not ASSAULT
CROWD_SECTORS = frozenset({"OPP", "CVL", "EDU", "LAB"})
RIOT = Sense(type="PROTEST", mode="riot", context=(), cameo="145", recipient=(), reverse=False,
             reciprocal=False, when=())
STOP_DEPS = frozenset({"relcl", "advcl", "ccomp", "parataxis", "punct", "cc", "mark", "det", "neg",
                       "aux", "auxpass", "csubj", "xcomp", "expl"})
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
OBJECT_CONTROL = frozenset({"urge", "ask", "call", "persuade", "force", "invite", "allow", "order",
                            "encourage", "tell", "help", "press", "pressure", "prompt", "lead",
                            "push", "spur", "compel", "drive"})


@dataclass(slots=True)
class RawEvent:
    sense: Sense
    trigger: Token
    actors: list[TokMention]
    recipients: list[TokMention]
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    rule: str = "verb"
    extra_triggers: list[Token] = field(default_factory=list)
    confidence: float | None = None  # the learned model's probability of the type (see learned.py)


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


# ---- subjects ----------------------------------------------------------------------------
MEANS = {"telephone", "phone", "video", "videoconference", "video-link", "videolink", "letter",
         "email", "mail", "plane", "car", "train", "air", "sea", "land", "road", "decree"}


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


# ---- scope: negated, hypothetical, future --------------------------------------------------
_CLIMB = frozenset({"xcomp", "pcomp", "prep", "pobj", "acomp", "acl", "dobj", "advcl", "ccomp",
                    "conj", "attr"})


def _reported(verb: Token) -> bool:
    """'said it would ease the blockade': a clause reported by a speech verb, with no condition."""
    return (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING
            and not any(c.dep_ == "advcl" and any(g.lower_ in ("if", "unless") for g in c.children)
                        for c in verb.children))


def scope(trigger: Token, lex: Lexicon) -> tuple[bool, bool, bool]:
    """(negated, hypothetical, future) from negation, modals, conditionals and governing words."""
    negated = hypothetical = future = False
    cur, steps = trigger, 0
    while True:
        for c in cur.children:
            low = c.lower_
            if c.dep_ == "neg" or (c.dep_ == "det" and low == "no" and cur == trigger):
                if not any(n.lower_ == "only" for n in cur.children):
                    negated = True
            if cur == trigger and c.dep_ == "dobj" and any(  # "carried out no strikes"
                    g.dep_ == "det" and g.lower_ == "no" for g in c.children):
                negated = True
            if c.dep_ == "aux":
                if low in ("will", "shall", "'ll", "wo") or (low == "would" and _reported(cur)):
                    future = True
                elif c.lemma_.lower() in lex.hypothetical:
                    hypothetical = True
            if c.dep_ == "mark" and low in lex.hypothetical:
                hypothetical = True
            if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless")
                                         for g in c.children):
                hypothetical = True  # the main clause of a conditional
            if c.dep_ == "prep" and any(g.lemma_.lower() == "case" for g in c.children):
                hypothetical = True  # "in case of war"
        if cur != trigger:
            lemma = cur.lemma_.lower()
            if lemma in lex.negators or cur.lower_ == "without":
                negated = True
            if lemma in lex.hypothetical:
                hypothetical = True
            if lemma in lex.future:
                future = True
        if cur.dep_ == "conj" and cur.head.dep_ == "ROOT":
            break  # a coordinated main verb keeps its own scope
        if cur.dep_ not in _CLIMB or cur.head == cur or steps > 8:
            break
        cur, steps = cur.head, steps + 1
    return negated, hypothetical, future


# ---- sense selection --------------------------------------------------------------------
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


# ---- recipients ------------------------------------------------------------------------
# Reactions to someone's act: "condemned an attack by X in Y" is aimed at X, not at Y.
REACTIONS = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "SUPPORT"})


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


SETTING_PREPS = ("in", "during", "at", "over")
PHONE_WORDS = {"phone", "telephone", "video", "call", "videoconference", "video-conference"}


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

