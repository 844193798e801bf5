"""Actor mentions: knowledge-base names, demonym groups, role descriptors and unknown people.

Pure functions over a parsed ``Doc``; :mod:`multipolar.nlp.coref` then links pronouns and short
names. A mention is kept with token offsets here and turned into characters at the end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..kb import KnowledgeBase
from ..kb.base import fold
from ..kb.places import find_place
from ..model import ActorRef
from .vocab import (
    AGENT_NOUNS,
    DOMESTIC_AGENTS,
    MINISTER_KINDS,
    MINISTRY_WORDS,
    NEW_HOLDER_WORDS,
    OF_ROLES,
    ORG_TITLES,
    PERSON_TITLE_SECTORS,
    ROLE_HEADS,
    SECRETARY_KINDS,
    TITLE_HINTS,
)


@dataclass(slots=True)
class TokMention:
    """A mention in token offsets. ``agentive`` is False for weak cues ("Russian market")."""

    start: int
    end: int
    actor: ActorRef
    kind: str  # state, person, org, descriptor, group, demonym, pronoun, short-name, place
    agentive: bool = True

    def covers(self, i: int) -> bool:
        return self.start <= i < self.end


DEMONYM, PEOPLE, NOT_ACTOR = "D\t", "P\t", "N\t"


def build_matcher(vocab, tokenizer, kb: KnowledgeBase) -> PhraseMatcher:
    """One case-sensitive PhraseMatcher over every name, demonym and people noun of the base."""
    matcher = PhraseMatcher(vocab, attr="ORTH")
    keys = [(form, form) for form in kb.surface_forms()]
    keys += [(DEMONYM + d, d) for d in kb.demonyms]
    keys += [(PEOPLE + p, p) for p in kb.people_nouns]
    keys += [(NOT_ACTOR + p, p) for p in kb.non_actors]
    for key, form in keys:
        matcher.add(key, [tokenizer(form)])
    return matcher


# ---- boilerplate --------------------------------------------------------------------------
_TRAILER = re.compile(
    r"^(translated|edited|reporting|writing|additional reporting|compiled|photo|photos|photograph|"
    r"photographs|picture|image|video|source|sources|copyright|read more|read also|share|"
    r"follow us|subscribe|tags?|related)\b|©|"
    r"\b[\w-]+\.(com|eu|org|net|ru|by|ua|kz|info|co\.uk|de|fr|pl)\b|"
    r"(opinions|views) (and thoughts )?expressed", re.I)
_NAME = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
_BYLINE = re.compile(rf"^by\s+{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*\s*$", re.I)
_SHOUT = re.compile(r"^[A-Z0-9 |/&+-]{2,40}$")


# A wire dateline opening an article: "ANKARA, March 3 (Reuters) -", "BRUSSELS —",
# "KIEV/MOSCOW, Jan 20 (AP) -", "MASNAA, Lebanon (AP) -".
_DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+)*(?:,(?: [A-Z][A-Za-z.'’-]+)+)?"
    r"(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?\s*)?"
    r"(?:\((?:[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2})\)\s*)?[-—–]+\s")


def dateline_range(text: str) -> tuple[int, int] | None:
    """The wire dateline at the start of an article: its agency is not an actor of the story."""
    m = _DATELINE.match(text)
    if not m or not m.group(0).strip(" -—–"):
        return None
    if "(" not in m.group(0) and len(m.group(0).split(",")[0].strip(" -—–")) < 4:
        return None  # "US - China talks", "EU – Mercosur": no dateline without an agency
    return (0, m.end())


def boilerplate_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of bylines, credits and share buttons at the edges of an article, and of
    its wire dateline."""
    paras = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    out: list[tuple[int, int]] = []

    def junk(a: int, b: int) -> bool:
        p = text[a:b].strip()
        return bool(p) and len(p.split()) <= 25 and bool(
            _TRAILER.search(p) or _BYLINE.match(p) or _SHOUT.match(p))

    for a, b in reversed(paras):
        if not junk(a, b):
            break
        out.append((a, b))
    for a, b in paras[:3]:
        if _BYLINE.match(text[a:b].strip()):
            out.append((a, b))
        elif (d := dateline_range(text[a:b])) is not None:
            out.append((a, a + d[1]))
    return out


# ---- knowledge-base names -----------------------------------------------------------------
def kb_mentions(doc: Doc, kb: KnowledgeBase, matcher: PhraseMatcher, date: str | None
                ) -> list[TokMention]:
    """Names, variants, capitals, seats of power, organisations and people found in the base.

    Longest match wins; state names inside a longer organisation name are kept as well
    ("Union of Belarus and Russia" also mentions Belarus and Russia).
    """
    strings = doc.vocab.strings
    found: list[TokMention] = []
    matches = sorted(matcher(doc), key=lambda m: (m[1] - m[2], m[1]))
    taken: dict[int, str] = {}  # token -> kind of the match that took it
    for key_id, start, end in matches:
        key = strings[key_id]
        if key.startswith(NOT_ACTOR):  # "New Mexico", "Atlanta, Georgia": block what they contain
            for i in range(start, end):
                taken.setdefault(i, "none")
            continue
        if key.startswith(DEMONYM) or key.startswith(PEOPLE):
            continue
        text = doc[start:end].text
        target = kb.lookup(key, date)
        if target is None:
            continue
        over = {taken[i] for i in range(start, end) if i in taken}
        # a state named inside an organisation's name counts; inside a state's ("South Sudan")
        # or a person's name it does not
        if over and (target.kind != "state" or over != {"org"}):
            continue
        actor = kb.actor(target, text, date)
        found.append(TokMention(start, end, actor, target.kind))
        for i in range(start, end):
            taken.setdefault(i, target.kind)
    for key_id, start, end in matches:
        key = strings[key_id]
        if not (key.startswith(DEMONYM) or key.startswith(PEOPLE)) or any(
                i in taken for i in range(start, end)):
            continue
        iso3 = (kb.demonyms if key.startswith(DEMONYM) else kb.people_nouns)[key[2:]]
        found.append(_group_mention(doc, start, end, iso3, key.startswith(PEOPLE), kb))
        taken.update(dict.fromkeys(range(start, end), "group"))
    return found


def _group_mention(doc: Doc, start: int, end: int, iso3: str, people: bool,
                   kb: KnowledgeBase) -> TokMention:
    """'Belarusians' (civilians), 'Russian troops' (MIL), or a weak cue like 'Russian market'."""
    if people:
        actor = kb.state_actor(iso3, doc[start:end].text, how="people-noun", sector="CVL")
        return TokMention(start, end, actor, "group")
    last = doc[end - 1]
    first = last
    while first.dep_ == "conj" and first.head.i < first.i:  # "U.S. and British warplanes"
        first = first.head
    head = first.head if first.dep_ in ("amod", "compound", "nmod") else None
    # "Turkish F-16 jets": the demonym may modify a modifier of the noun
    if head is not None and not _agent_sector(head) and head.dep_ in ("nummod", "compound", "amod") \
            and head.head.i > head.i:
        head = head.head
    if head is not None and head.i >= end:
        sector = _agent_sector(head)
        if sector and first is not last:  # a later conjunct: the demonym alone, the noun's sector
            actor = kb.state_actor(iso3, doc[start:end].text, how="demonym+noun", sector=sector)
            return TokMention(start, end, actor, "group")
        if sector:
            text = doc[start:head.i + 1].text
            actor = kb.state_actor(iso3, text, how="demonym+noun", sector=sector)
            return TokMention(start, head.i + 1, actor, "group")
    actor = kb.state_actor(iso3, doc[start:end].text, how="demonym", sector=None)
    return TokMention(start, end, actor, "demonym", agentive=False)


def _agent_sector(tok: Token) -> str | None:
    return AGENT_NOUNS.get(tok.lower_) or AGENT_NOUNS.get(tok.lemma_.lower())


# ---- descriptors: "the Belarusian leader", "the President of Kazakhstan" -----------------
def _modifiers(tok: Token) -> set[str]:
    """Lowercased adjective and noun modifiers, with theirs ('external affairs minister')."""
    out, stack = set(), [c for c in tok.lefts if c.dep_ in ("amod", "compound")]
    while stack:
        c = stack.pop()
        out.add(c.lower_)
        stack.extend(g for g in c.lefts if g.dep_ in ("amod", "compound"))
    return out


def role_of(tok: Token) -> str | None:
    """The office a noun names, reading its modifiers ('foreign minister', 'Secretary of State')."""
    low = tok.lower_
    mods = _modifiers(tok)
    if low in ("minister", "secretary"):
        kinds = MINISTER_KINDS if low == "minister" else SECRETARY_KINDS
        for m in mods:
            if m in kinds:
                return kinds[m]
    if low in ("minister", "secretary", "head"):
        for prep in tok.rights:
            if prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj" and (low, obj.lower_) in OF_ROLES:
                        return OF_ROLES[(low, obj.lower_)]
        return None
    if low in ("spokesperson", "spokesman", "spokeswoman") or (low == "secretary" and "press" in mods):
        return "spokesperson"
    return ROLE_HEADS.get(low)


def descriptor_mentions(doc: Doc, kb: KnowledgeBase, named: list[TokMention], date: str | None
                        ) -> list[TokMention]:
    """Role descriptors resolved to the office-holder on the article's date.

    The state comes from a demonym or seat modifier ("Kremlin spokesperson"), a possessive
    ("Russia's president") or an of-phrase ("the President of Kazakhstan"). A title directly
    followed by the person's name ("Foreign Minister Sergei Lavrov") is left to the name.
    """
    by_token = {i: m for m in named for i in range(m.start, m.end)}
    out: list[TokMention] = []
    for tok in doc:
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        role = role_of(tok)
        if role is None:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.i in by_token and by_token[nxt.i].kind == "person":
            continue
        country, end, via_seat = _descriptor_country(tok, by_token, kb)
        if country is None:
            continue
        start = min([tok.i] + [c.i for c in tok.lefts if c.dep_ in ("det", "amod", "compound", "poss")])
        start = min(start, *(by_token[start].start,) if start in by_token else (start,))
        text = doc[start:end].text
        newest = any(t.lemma_.lower() in NEW_HOLDER_WORDS for t in tok.sent)
        held = kb.leader(country, date) if role == "leader" else kb.holder(
            country, role, date, *_title_preference(tok, role, via_seat), newest=newest)
        if held is not None:
            actor = kb.person_actor(held[0].id, text, date, how="descriptor")
            actor = ActorRef(actor.text, actor.name, country, actor.sector, actor.id, actor.how)
        else:
            actor = ActorRef(text, None, country, "GOV", None, "descriptor")
        out.append(TokMention(start, end, actor, "descriptor"))
    return out


def _title_preference(tok: Token, role: str, via_seat: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(titles to prefer, titles to avoid) for an office named by ``tok`` and its modifiers."""
    low = tok.lower_
    if role == "spokesperson":
        text = " ".join(sorted(_modifiers(tok)))
        if any(w in text for w in MINISTRY_WORDS):
            return ("ministry", "foreign", "department of state", "state department"), ()
        if via_seat or "presidential" in text or "house" in text:
            return (), ("ministry", "foreign", "department of state", "state department")
        return (), ()
    if low == "minister" and "prime" in _modifiers(tok):
        return ("prime minister", "premier"), ()
    return TITLE_HINTS.get(low, ()), ("vice",) if low == "president" else ()


def _descriptor_country(tok: Token, by_token: dict[int, TokMention], kb: KnowledgeBase
                        ) -> tuple[str | None, int, bool]:
    """(country, end token, named by a seat of power) of a descriptor headed by ``tok``."""
    for child in tok.lefts:
        m = by_token.get(child.i)
        if m and child.dep_ in ("amod", "compound", "poss", "nmod") and m.actor.country and \
                m.kind in ("state", "demonym", "group"):
            state = kb.states.get(m.actor.country)
            return m.actor.country, tok.i + 1, bool(state and m.actor.text in state.seats)
    for prep in tok.rights:
        if prep.lower_ != "of":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            # "the President of Kazakhstan Kassym-Jomart Tokayev" parses Kazakhstan as a compound
            for cand in [obj] + [c for c in obj.lefts if c.dep_ == "compound"]:
                m = by_token.get(cand.i)
                if m and m.kind == "state":
                    return m.actor.country, m.end, False
    return None, tok.i + 1, False


def officer_mentions(doc: Doc, kb: KnowledgeBase, named: list[TokMention], date: str | None
                     ) -> list[TokMention]:
    """Office-holders of organisations: "the UN secretary-general", "NATO's secretary general",
    "the President of the European Commission" resolve to whoever held the office on the date.
    A title followed by the person's name ("NATO Secretary General Jens Stoltenberg") is left
    to the name."""
    persons = {i for m in named if m.kind == "person" for i in range(m.start, m.end)}
    lowers = [t.lower_ for t in doc]
    out = []
    for m in named:
        if m.kind != "org" or m.actor.id not in kb.orgs:
            continue
        after = m.end + (1 if m.end < len(doc) and lowers[m.end] in ("'s", "’s") else 0)
        for title in ORG_TITLES:
            n = _title_at(lowers, after, title)
            if n:
                start, end = m.start, after + n
            else:
                n = _title_before_of(lowers, m.start, title)
                if not n:
                    continue
                start, end = m.start - n, m.end
            if end in persons:
                break
            if start > 0 and lowers[start - 1] == "the":
                start -= 1
            held = kb.org_officer(m.actor.id, title, date)
            if held is None:
                break
            actor = kb.person_actor(held[0].id, doc[start:end].text, date, how="descriptor")
            out.append(TokMention(start, end, actor, "descriptor"))
            break
    return out


def _title_at(lowers: list[str], i: int, title: str) -> int:
    words = title.replace("-", " - ").split()
    alt = title.split()
    for seq in (words, alt):
        if lowers[i:i + len(seq)] == seq:
            return len(seq)
    return 0


def _title_before_of(lowers: list[str], org_start: int, title: str) -> int:
    """Tokens of '<title> of (the)' ending right before an organisation's name."""
    j = org_start - (2 if org_start >= 2 and lowers[org_start - 1] == "the" else 1)
    if j < 0 or lowers[j] != "of":
        return 0
    for seq in (title.replace("-", " - ").split(), title.split()):
        if lowers[max(0, j - len(seq)):j] == seq:
            return len(seq) + (org_start - j)
    return 0


# ---- people the base does not know ---------------------------------------------------------
def unknown_people(doc: Doc, kb: KnowledgeBase, known: list[TokMention], date: str | None
                   ) -> list[TokMention]:
    """PERSON entities the phrase matcher missed: a name of the base written with other accents
    ("Chávez"), a bare surname of the person of that name in office on the date ("Bush" in
    1991), or someone outside the base, with a country and sector read from an apposition or a
    preceding title ("Waldemar Skrzypczak, a former Polish general")."""
    covered = {i for m in known for i in range(m.start, m.end)}
    country_of = {i: m for m in known for i in range(m.start, m.end) if m.actor.country}
    out = []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or any(i in covered for i in range(ent.start, ent.end)):
            continue
        found = _person_in_base(ent, kb, date)
        if found is not None:
            out.append(found)
            continue
        if not _looks_like_name(ent):
            continue
        country, sector = _person_context(ent, country_of)
        actor = ActorRef(ent.text, ent.text, country, sector, None, "ner")
        out.append(TokMention(ent.start, ent.end, actor, "person"))
    return out


def place_mentions(doc: Doc, known: list[TokMention]) -> list[TokMention]:
    """Cities the base does not know as actors (entities found in places.csv): weak mentions
    that can only say where an act was aimed or took place ("shelled Kharkiv"). The small
    model often gives a city another label (FAC, ORG, LANGUAGE; PERSON after "to"/"in": "flew
    to Sochi") or none; those count only for cities of BIG_CITY people or more (a small town
    called Alliance or Summit is likelier a misread), the unlabelled ones only as an object or
    after "to"/"in"."""
    covered = {i for m in known for i in range(m.start, m.end)}
    out = []
    for ent in doc.ents:
        if any(i in covered for i in range(ent.start, ent.end)) or ent.label_ in NOT_PLACE_LABELS or (
                ent.label_ == "PERSON" and not _after_locative(ent, person=True)):
            continue
        start = ent.start + (ent[0].lower_ == "the")
        place = find_place(doc[start:ent.end].text) if start < ent.end else None
        if place is not None and (ent.label_ == "GPE" or place.population >= BIG_CITY):
            out.append(_place(doc[start:ent.end], place))
    in_ents = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    for tok in doc:  # a proper noun the tagger left unlabelled: "missiles hit Odesa"
        if (tok.pos_ == "PROPN" and tok.i not in in_ents and tok.i not in covered
                and (tok.dep_ == "dobj" or _after_locative(tok))):
            start = min((c.i for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), default=tok.i)
            place = find_place(doc[start:tok.i + 1].text)
            if place is not None and place.population >= BIG_CITY:
                out.append(_place(doc[start:tok.i + 1], place))
    return out


def agent_mentions(doc: Doc, kb: KnowledgeBase, known: list[TokMention]) -> list[TokMention]:
    """Agents named without a state ("police", "protesters", "militants", "security forces"):
    PLOVER codes them by sector, with the state of the place the sentence names ("in Lagos"),
    else of the state most mentioned before them in the article. Marked ``how="agent"``; the
    country stays empty when the text does not tell."""
    covered = {i for m in known for i in range(m.start, m.end)}
    located = sorted((m for m in known if m.actor.country and m.actor.country in kb.states),
                     key=lambda m: m.start)
    out = []
    for tok in doc:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.i in covered or tok.dep_ in ("compound", "amod"):
            continue
        prev = doc[tok.i - 1] if tok.i else None
        two = f"{prev.lower_} {tok.lower_}" if prev is not None else ""
        sector = DOMESTIC_AGENTS.get(two) or DOMESTIC_AGENTS.get(tok.lower_)
        if sector is None or any(c.dep_ in ("poss", "amod", "compound") and c.i in covered for c in tok.lefts):
            continue
        start = prev.i if two in DOMESTIC_AGENTS else tok.i
        sent = tok.sent
        here = [m for m in located if sent.start <= m.start < sent.end]
        before = [m for m in located if m.start < sent.start]
        country = here[0].actor.country if here else _most_named(before)
        actor = ActorRef(doc[start:tok.i + 1].text, None, country, sector, None, "agent")
        out.append(TokMention(start, tok.i + 1, actor, "group"))
        covered.update(range(start, tok.i + 1))
    return out


def _most_named(mentions: list[TokMention]) -> str | None:
    counts: dict[str, int] = {}
    for m in mentions:
        counts[m.actor.country] = counts.get(m.actor.country, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None  # ties: the first named


def _place(span: Span, place) -> TokMention:
    actor = ActorRef(span.text, place.name, place.country, None, None, "place")
    return TokMention(span.start, span.end, actor, "place", agentive=False)


NOT_PLACE_LABELS = {"NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
BIG_CITY = 100_000
LOCATIVE = {"in", "to", "at", "near", "into", "from", "outside", "around", "toward", "towards"}
MOTION = {"fly", "travel", "go", "come", "arrive", "return", "head", "move", "send", "deploy",
          "trip", "visit", "journey", "sail", "drive", "march", "flee", "evacuate", "relocate"}


def _after_locative(span: Span | Token, person: bool = False) -> bool:
    """After "in", "near" ...; for a name read as a person, "to"/"from" count only after a verb
    of motion ("flew to Sochi", not "spoke to Jackson")."""
    root = span.root if isinstance(span, Span) else span
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in LOCATIVE:
        return False
    return not (person and prep.lower_ in ("to", "from") and prep.head.lemma_.lower() not in MOTION)


def _person_in_base(ent: Span, kb: KnowledgeBase, date: str | None) -> TokMention | None:
    form = kb.folded.get(fold(ent.text))
    target = kb.lookup(form, date) if form else None
    if target is not None:
        return TokMention(ent.start, ent.end, kb.actor(target, ent.text, date), target.kind)
    words = [t for t in ent if t.is_alpha]
    if len(words) == 1 and len(words[0].text) > 2:
        pid = kb.by_surname(words[0].text, date)
        if pid is not None:
            return TokMention(ent.start, ent.end, kb.person_actor(pid, ent.text, date, how="surname"),
                              "person")
    return None


def _looks_like_name(ent: Span) -> bool:
    """Two or more capitalised words: a lone unknown word is more often a misread than a person."""
    words = [t for t in ent if t.is_alpha]
    return (len(words) >= 2 and all(t.text[:1].isupper() for t in words)
            and ent.root.pos_ == "PROPN")


def _person_context(ent: Span, country_of: dict[int, TokMention]) -> tuple[str | None, str | None]:
    titles: list[Token] = [c for c in ent.root.children if c.dep_ == "appos"]
    titles += [t for t in ent.root.lefts if t.dep_ == "compound" and t.i < ent.start]
    for t in titles:
        nouns = [t] + [c for c in t.children if c.dep_ == "conj"]
        sector = next((PERSON_TITLE_SECTORS[n.lower_] for n in nouns if n.lower_ in PERSON_TITLE_SECTORS), None)
        for n in nouns:
            for c in n.subtree:
                if c.i in country_of:
                    return country_of[c.i].actor.country, sector
        if sector:
            return None, sector
    return None, None

