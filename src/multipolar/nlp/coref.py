"""Linking pronouns and short names back to actors, without a coreference model.

No coreference model installs offline (see DESIGN.md), so this is salience by rule:
"he" is the person most recently in subject position within the last few sentences, never the
subject of its own clause when it is an object ("Putin has been struggling with him");
"its"/object "it" is the nearest state or organisation before it; a short name ("Jinping") is the
person of the document whose full name contains it; "we" inside a quotation is the speaker's state.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..kb import KnowledgeBase
from ..model import ActorRef
from .actors import TokMention
from .events import subject_tokens
from .vocab import (
    FIRST_PLURAL,
    FIRST_SINGULAR,
    ORG_ANAPHORS,
    PERSON_PRONOUNS,
    PERSONLIKE,
    PLURAL_PRONOUNS,
    THING_PRONOUNS,
)

MAX_SENTENCES_BACK = 3
_PARTICLES = {"al", "bin", "ibn", "de", "la", "van", "von", "der", "el", "da", "di", "du", "le"}


def short_names(doc: Doc, mentions: list[TokMention]) -> list[TokMention]:
    """Proper nouns that are one part of the full name of a person the document mentions."""
    parts: dict[str, set[tuple]] = {}
    people: dict[tuple, ActorRef] = {}
    for m in mentions:
        if m.kind != "person" or not m.actor.name:
            continue
        key = (m.actor.id, m.actor.name)
        people[key] = m.actor
        for word in set(m.actor.name.split()) | set(m.actor.text.split()):
            if len(word) > 2 and word.lower() not in _PARTICLES and word[0].isupper():
                parts.setdefault(word, set()).add(key)
    covered = {i for m in mentions for i in range(m.start, m.end)}
    out = []
    for tok in doc:
        if tok.i in covered or tok.text not in parts or tok.pos_ in ("VERB", "AUX", "ADP"):
            continue
        keys = parts[tok.text]
        if len(keys) == 1:
            a = people[next(iter(keys))]
            out.append(TokMention(tok.i, tok.i + 1, ActorRef(tok.text, a.name, a.country, a.sector,
                                                             a.id, "short-name"), "short-name"))
    return out


def _clause_subjects(tok: Token) -> list[Token]:
    """The subject tokens of the clause a pronoun sits in (inherited along conjoined verbs)."""
    head = tok.head
    while head.dep_ in ("prep", "pobj", "dobj", "dative", "pcomp") and head.head != head:
        head = head.head
    return subject_tokens(head) if head.pos_ in ("VERB", "AUX") else []


def _governing_subjects(tok: Token) -> list[Token]:
    """Subjects of the clauses above the pronoun's own, nearest first ("NATO suspended ..., and
    its ministers asked" -> NATO; "Iran announced that it would ..." -> Iran)."""
    own = {t.i for t in tok.head.subtree} if tok.dep_ == "poss" else {tok.i}
    out, verb = [], tok
    for _ in range(6):
        verb = verb.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        out += [s for s in subject_tokens(verb) if s.i not in own]
        if verb.head == verb:
            break
    return out


def _in_subject(span) -> bool:
    """Whether a mention is, or sits inside, a clause subject ("The President of X Y Z, ...")."""
    for tok in span:
        t, steps = tok, 0
        while steps < 4:
            if t.dep_ in ("nsubj", "nsubjpass"):
                return True
            if t.dep_ not in ("compound", "pobj", "prep", "appos", "amod", "poss") or t.head == t:
                break
            t, steps = t.head, steps + 1
    return False


def third_person(doc: Doc, mentions: list[TokMention]) -> list[TokMention]:
    """Resolve he/she/him/his/her to people, its/it to states and organisations, and they/their
    to organisations and groups."""
    by_start = sorted(mentions, key=lambda m: m.start)
    out: list[TokMention] = []
    sent_index = {t.i: n for n, s in enumerate(doc.sents) for t in s}
    pool: list[tuple[int, TokMention, bool]] = []  # (sentence, mention, is_subject)
    j = 0
    for tok in doc:
        while j < len(by_start) and by_start[j].start <= tok.i:
            m = by_start[j]
            pool.append((sent_index[m.start], m, _in_subject(doc[m.start:m.end])))
            j += 1
        low = tok.lower_
        if low not in PERSON_PRONOUNS and low not in THING_PRONOUNS and low not in PLURAL_PRONOUNS:
            continue
        pick = _antecedent(tok, low, sent_index[tok.i], pool)
        if pick is None:
            continue
        a = pick.actor
        resolved = TokMention(tok.i, tok.i + 1, ActorRef(tok.text, a.name, a.country, a.sector,
                                                         a.id, "pronoun"), "pronoun")
        out.append(resolved)
        pool.append((sent_index[tok.i], resolved, tok.dep_ in ("nsubj", "nsubjpass")))
    return out


def _extraposed(verb: Token) -> bool:
    """'it' is a dummy subject: 'it is clear that', 'it seems', 'it was decided to', weather."""
    if verb.lemma_.lower() in ("seem", "appear", "rain", "snow", "matter", "happen", "take"):
        return True
    return any(c.dep_ in ("ccomp", "xcomp", "csubj", "acomp") for c in verb.children)


def _antecedent(tok: Token, low: str, here: int, pool: list[tuple[int, TokMention, bool]]
                ) -> TokMention | None:
    def mentions_at(toks: list[Token], kinds) -> list[TokMention]:
        idx = {t.i for t in toks}
        return [m for _, m, _ in pool if m.kind in kinds and any(i in idx for i in range(m.start, m.end))]

    if low in PERSON_PRONOUNS:
        # an object pronoun never refers to its own clause's subject ("She told him")
        own = mentions_at(_clause_subjects(tok), PERSONLIKE) if tok.dep_ in ("dobj", "pobj", "dative") else []
        banned = {m.actor.id or m.actor.name for m in own}
        cands = [(s, m, subj) for s, m, subj in pool
                 if m.kind in PERSONLIKE and here - s <= MAX_SENTENCES_BACK and m.end <= tok.i
                 and (m.actor.id or m.actor.name) not in banned and (m.actor.name or m.actor.country)]
        return _salient(cands, here) if cands else None
    kinds = ("state", "org") if low in THING_PRONOUNS else ("org", "group")
    if tok.dep_ == "expl" or (low == "it" and tok.dep_ in ("nsubj", "nsubjpass") and _extraposed(tok.head)):
        return None  # "it is necessary to ...", "it seems that ...": no referent
    if low in ("its", "their") or tok.dep_ in ("nsubj", "nsubjpass"):
        governing = mentions_at(_governing_subjects(tok), kinds)
        if governing:
            return governing[0]
    if tok.dep_ in ("nsubj", "nsubjpass"):  # "Finland applied. A year later it joined."
        prev = [m for s, m, subj in pool if subj and m.kind in kinds and here - s <= 1 and m.end <= tok.i]
        return prev[-1] if prev else None
    if low in PLURAL_PRONOUNS and tok.dep_ in ("nsubj", "nsubjpass"):
        prev = [m for s, m, subj in pool if subj and m.kind in kinds and here - s <= 1 and m.end <= tok.i]
        return prev[-1] if prev else None
    if low in PLURAL_PRONOUNS:
        return None
    cands = [m for s, m, _ in pool if m.kind in kinds and here - s <= 1 and m.end <= tok.i
             and (m.actor.name or m.actor.country)]
    return cands[-1] if cands else None


def org_anaphors(doc: Doc, mentions: list[TokMention]) -> list[TokMention]:
    """'the bloc', 'the alliance': the organisation named last, within three sentences."""
    orgs = sorted((m for m in mentions if m.kind == "org" and m.actor.sector == "IGO"),
                  key=lambda m: m.start)
    covered = {i for m in mentions for i in range(m.start, m.end)}
    sent_of = {t.i: n for n, s in enumerate(doc.sents) for t in s}
    out = []
    for tok in doc:
        if tok.lower_ not in ORG_ANAPHORS or tok.i in covered or tok.i == 0 \
                or doc[tok.i - 1].lower_ != "the" or tok.pos_ != "NOUN":
            continue
        before = [m for m in orgs if m.end <= tok.i and sent_of[tok.i] - sent_of[m.start] <= MAX_SENTENCES_BACK]
        if before:
            a = before[-1].actor
            out.append(TokMention(tok.i - 1, tok.i + 1, ActorRef(doc[tok.i - 1:tok.i + 1].text, a.name,
                                                                 a.country, a.sector, a.id, "anaphor"), "org"))
    return out


def _salient(cands: list[tuple[int, TokMention, bool]], here: int) -> TokMention:
    """Same-sentence subject first, then the latest sentence's subject, then the latest mention."""
    same = [c for c in cands if c[0] == here and c[2]]
    if same:
        return same[-1][1]
    for s in range(here - 1, here - MAX_SENTENCES_BACK - 1, -1):
        subj = [c for c in cands if c[0] == s and c[2]]
        if subj:
            return subj[-1][1]
    return cands[-1][1]


def _speaker_org(sp: ActorRef, kb: KnowledgeBase) -> str | None:
    if sp.id in kb.orgs:
        return sp.id
    person = kb.persons.get(sp.id or "")
    return person.org if person is not None and person.org in kb.orgs and not sp.country else None


def first_person(doc: Doc, quotes, kb: KnowledgeBase) -> list[TokMention]:
    """Inside a quotation, "I" is the speaker and "we"/"our"/"us" the speaker's state."""
    out = []
    for q in quotes:
        if q.speaker is None:
            continue
        sp = q.speaker.actor
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            continue
        for tok in span:
            low = tok.lower_
            if low in FIRST_SINGULAR:
                a = ActorRef(tok.text, sp.name, sp.country, sp.sector, sp.id, "speaker")
            elif low in FIRST_PLURAL and sp.country and sp.country in kb.states:
                a = kb.state_actor(sp.country, tok.text, how="speaker")
            elif low in FIRST_PLURAL and (org := _speaker_org(sp, kb)):
                a = kb.org_actor(org, tok.text, how="speaker")  # "we" of NATO's secretary general
            else:
                continue
            out.append(TokMention(tok.i, tok.i + 1, a, "pronoun"))
    return out
