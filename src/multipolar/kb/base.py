"""Load the knowledge base from its CSV files and answer questions about it by date."""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import KnowledgeBaseError
from ..model import ActorRef
from . import dates

ROLES = ("head_of_state", "head_of_government", "foreign_minister", "defence_minister",
         "spokesperson", "other")


@dataclass(frozen=True, slots=True)
class State:
    iso3: str
    iso2: str
    name: str
    variants: tuple[str, ...]
    demonyms: tuple[str, ...]
    people: tuple[str, ...]
    capitals: tuple[str, ...]
    seats: tuple[str, ...]
    un_member: bool
    wikidata: str | None


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    variants: tuple[str, ...]
    country: str | None
    sector: str | None
    org: str | None
    wikidata: str | None


@dataclass(frozen=True, slots=True)
class Role:
    person_id: str
    country: str | None
    role: str
    title: str
    start: str | None
    end: str | None
    source: str


@dataclass(frozen=True, slots=True)
class Organisation:
    id: str
    name: str
    variants: tuple[str, ...]
    kind: str
    country: str | None
    sector: str | None
    wikidata: str | None


@dataclass(frozen=True, slots=True)
class Membership:
    org_id: str
    iso3: str
    status: str
    start: str | None
    end: str | None
    source: str


@dataclass(frozen=True, slots=True)
class Target:
    """What a surface form can refer to: ``kind`` is state, person or org."""

    kind: str
    id: str
    via: str  # name, variant, capital, seat, demonym ...


class KnowledgeBase:
    """All actors, indexed by their surface forms, with dated roles and memberships."""

    def __init__(self, states: Iterable[State], persons: Iterable[Person], roles: Iterable[Role],
                 orgs: Iterable[Organisation], memberships: Iterable[Membership],
                 leader_rules: Iterable[tuple[str, str, str | None, str | None]] = (),
                 legislatures: Iterable[tuple[str, tuple[str, ...]]] = (),
                 predecessors: Iterable[tuple[str, str, str]] = (),
                 non_actors: Iterable[str] = ()) -> None:
        self.leader_rules = list(leader_rules)
        self.legislatures = list(legislatures)
        self.predecessors = {iso3: (pred, until) for iso3, pred, until in predecessors}
        self.non_actors = tuple(non_actors)
        self.states = {s.iso3: s for s in states}
        self.persons = {p.id: p for p in persons}
        self.orgs = {o.id: o for o in orgs}
        self.roles = list(roles)
        self.memberships = list(memberships)
        self._roles_by_person: dict[str, list[Role]] = defaultdict(list)
        self._roles_by_office: dict[tuple[str | None, str], list[Role]] = defaultdict(list)
        for r in self.roles:
            self._roles_by_person[r.person_id].append(r)
            self._roles_by_office[(r.country, r.role)].append(r)
        self.aliases: dict[str, list[Target]] = defaultdict(list)
        self.demonyms: dict[str, str] = {}
        self.people_nouns: dict[str, str] = {}
        for s in self.states.values():
            for via, forms in (("name", (s.name,)), ("variant", s.variants),
                               ("capital", s.capitals), ("seat", s.seats)):
                for f in forms:
                    self._add_alias(f, Target("state", s.iso3, via))
            for d in s.demonyms:
                self.demonyms.setdefault(d, s.iso3)
            for p in s.people:
                self.people_nouns.setdefault(p, s.iso3)
        for iso3, forms in self.legislatures:
            if iso3 in self.states:
                for f in forms:
                    self._add_alias(f, Target("state", iso3, "legislature"))
        for o in self.orgs.values():
            for f in (o.name, *o.variants):
                for g in _article_variants(f):
                    self._add_alias(g, Target("org", o.id, "name"))
        self.surnames: dict[str, set[str]] = defaultdict(set)
        for p in self.persons.values():
            for f in (p.name, *p.variants):
                self._add_alias(f, Target("person", p.id, "name"))
                if " " in f.strip():
                    self.surnames[fold(f.split()[-1])].add(p.id)
        self.folded: dict[str, str] = {}
        for form in self.aliases:
            self.folded.setdefault(fold(form), form)

    def _add_alias(self, form: str, target: Target) -> None:
        form = form.strip()
        if form and target not in self.aliases[form]:
            self.aliases[form].append(target)

    # ---- surface forms -------------------------------------------------------------------
    def surface_forms(self) -> Iterator[str]:
        """Every string the base can recognise in text (names, variants, capitals, seats)."""
        yield from self.aliases

    def lookup(self, form: str, date: str | None = None) -> Target | None:
        """The best target for a surface form on a date: states first, then the person in office."""
        targets = self.aliases.get(form)
        if not targets:
            return None
        if len(targets) == 1:
            return targets[0]
        for kind in ("state", "org"):
            for t in targets:
                if t.kind == kind:
                    return t
        people = [t for t in targets if t.kind == "person"]
        day = date or "9999-12-31"
        return min(people, key=lambda t: self._person_distance(t.id, day))

    def by_surname(self, word: str, date: str | None) -> str | None:
        """The person a bare surname means on a date: the only one of that name in office then,
        else the only one of that name in the base ("Bush" in 1991, "Clinton" in 2011)."""
        ids = self.surnames.get(fold(word), set())
        if len(ids) == 1:
            return next(iter(ids))
        active = [i for i in ids if date and self.roles_of(i, date)]
        return active[0] if len(active) == 1 else None

    def _person_distance(self, pid: str, day: str) -> int:
        spans = [dates.distance(day, r.start, r.end) for r in self._roles_by_person.get(pid, ())]
        return min(spans, default=10**9)

    # ---- dated questions -----------------------------------------------------------------
    def holder(self, country: str | None, role: str, date: str | None,
               title: tuple[str, ...] = (), avoid: tuple[str, ...] = (),
               newest: bool = False) -> tuple[Person, Role] | None:
        """Who held ``role`` for ``country`` on ``date``.

        ``title`` prefers a holder whose title has one of those words, looking at heads of state and
        of government alike ("president" in Iran is the head of government, not the Supreme Leader);
        ``avoid`` prefers titles without those words (a Kremlin spokesperson is not the foreign
        ministry's). On the day an office changes hands the incumbent wins, unless ``newest``
        (the text speaks of an inauguration or a new holder).
        """
        day = date or "9999-12-31"
        offices = [role]
        if title and role in ("head_of_state", "head_of_government"):
            offices = ["head_of_state", "head_of_government"]
        found = [r for o in offices for r in self._roles_by_office.get((country, o), ())
                 if dates.within(day, r.start, r.end)]
        if title:
            titled = [r for r in found if any(_has_word(r.title, t) for t in title)]
            if titled:
                found = titled
            elif len(offices) > 1:
                found = [r for r in found if r.role == role]
        if avoid:
            found = [r for r in found if not any(_has_word(r.title, a) for a in avoid)] or found
        if not found:
            return None
        incumbent = (lambda r: dates.lower(r.start) < dates.lower(day)) if not newest else (lambda r: True)
        r = max(found, key=lambda r: (incumbent(r), dates.lower(r.start)))
        return self.persons[r.person_id], r

    def org_officer(self, org_id: str, title: str, date: str | None) -> tuple[Person, Role] | None:
        """Who held an office of an organisation ("secretary general" of NATO) on ``date``."""
        org = self.orgs.get(org_id)
        if org is None:
            return None
        names = {org.id.lower(), org.name.lower(), *(v.lower() for v in org.variants)}
        day = date or "9999-12-31"
        found = []
        for r in self._roles_by_office.get((None, "other"), ()):
            if not dates.within(day, r.start, r.end) or not _has_word(r.title, title):
                continue
            p = self.persons[r.person_id]
            rest = r.title.lower()
            if p.org == org_id or any(n and n in rest for n in names if len(n) > 2):
                found.append(r)
        if not found:
            return None
        r = max(found, key=lambda r: (dates.lower(r.start) < dates.lower(day), dates.lower(r.start)))
        return self.persons[r.person_id], r

    def leader(self, country: str, date: str | None) -> tuple[Person, Role] | None:
        """Who led the state on ``date``: the office ``leaders.csv`` names for that time (the head
        of government in parliamentary systems; ``title:General Secretary`` for a party chief of a
        one-party state), else the head of state, else the head of government."""
        day = date or "9999-12-31"
        first = "head_of_state"
        for iso3, role, start, end in self.leader_rules:
            if iso3 == country and dates.within(day, start, end):
                first = role
        if first.startswith("title:"):
            held = self.holder(country, "other", date, title=(first[6:],))
            if held is not None and _has_word(held[1].title, first[6:]):
                return held
            first = "head_of_state"
        second = "head_of_government" if first == "head_of_state" else "head_of_state"
        return self.holder(country, first, date) or self.holder(country, second, date)

    def roles_of(self, person_id: str, date: str | None = None) -> list[Role]:
        """The roles a person held on ``date`` (all of them when no date)."""
        rs = self._roles_by_person.get(person_id, [])
        if date is None:
            return list(rs)
        return [r for r in rs if dates.within(date, r.start, r.end)]

    def members(self, org_id: str, date: str | None = None, status: str = "member") -> set[str]:
        """The states that were ``status`` of an organisation on ``date``."""
        return {m.iso3 for m in self.memberships
                if m.org_id == org_id and m.status == status
                and (date is None or dates.within(date, m.start, m.end))}

    # ---- actors --------------------------------------------------------------------------
    def state_actor(self, iso3: str, text: str, how: str = "kb", sector: str | None = "GOV") -> ActorRef:
        s = self.states[iso3]
        return ActorRef(text=text, name=s.name, country=iso3, sector=sector, id=iso3, how=how)

    def person_actor(self, person_id: str, text: str, date: str | None, how: str = "kb") -> ActorRef:
        """A person as the actor they were on ``date``: the state and sector of the office they
        held then (von der Leyen is DEU GOV in 2015, EU IGO in 2021), else their usual ones."""
        p = self.persons[person_id]
        country, sector = p.country, p.sector or "GOV"
        held = self.roles_of(person_id, date) if date else []
        if held:
            state_roles = sorted((r for r in held if r.country), key=lambda r: r.country != p.country)
            if state_roles:
                country = state_roles[0].country
                if sector in ("IGO", None) or state_roles[0].role != "other":
                    sector = "GOV"
            else:
                country, sector = None, p.sector if p.sector not in (None, "GOV") else "IGO"
        elif country is None and not p.org:
            country = next((r.country for r in self.roles_of(person_id) if r.country), None)
        return ActorRef(text=text, name=p.name, country=country, sector=sector, id=p.id, how=how)

    def org_actor(self, org_id: str, text: str, how: str = "kb") -> ActorRef:
        o = self.orgs[org_id]
        return ActorRef(text=text, name=o.name, country=o.country, sector=o.sector or "IGO",
                        id=o.id, how=how)

    def actor(self, target: Target, text: str, date: str | None, how: str = "kb") -> ActorRef:
        if target.kind == "state":
            iso3 = target.id
            if target.via in ("capital", "seat") and date and iso3 in self.predecessors:
                pred, until = self.predecessors[iso3]
                if dates.upper(date) < dates.lower(until) and pred in self.states:
                    iso3 = pred  # "the Kremlin" in 1988 is the Soviet leadership
            return self.state_actor(iso3, text, how, "LEG" if target.via == "legislature" else "GOV")
        if target.kind == "person":
            return self.person_actor(target.id, text, date, how)
        return self.org_actor(target.id, text, how)


def _article_variants(form: str) -> list[str]:
    """An Arabic article is written every which way: 'al-Shabaab', 'Al Shabaab', 'Al-Shabaab'."""
    m = re.match(r"^([Aa]l|[Ee]l)[- ](\S.*)$", form)
    if not m:
        return [form]
    art, rest = m.group(1).lower(), m.group(2)
    return list(dict.fromkeys([form] + [f"{a}{sep}{rest}" for a in (art, art.title())
                                        for sep in ("-", " ")]))


def fold(text: str) -> str:
    """Accents off, for matching 'Chávez' to 'Chavez'."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _has_word(text: str, words: str) -> bool:
    """Whether ``words`` (hyphens and case ignored) occur as whole words in ``text``."""
    norm = " " + re.sub(r"[-\s]+", " ", text.lower()) + " "
    return " " + re.sub(r"[-\s]+", " ", words.lower()).strip() + " " in norm


def kb_stats(kb: KnowledgeBase, date: str | None = None) -> dict:
    """What the base covers: counts by kind, roles, and heads of state on ``date``."""
    from collections import Counter

    roles = Counter(r.role for r in kb.roles)
    kinds = Counter(o.kind for o in kb.orgs.values())
    un = [s for s in kb.states.values() if s.un_member]
    day = date or "9999-12-31"
    with_head = sum(1 for s in un if kb.holder(s.iso3, "head_of_state", day))
    years = [dates.lower(r.start)[:4] for r in kb.roles if r.start]
    return {
        "states": len(kb.states), "un_members": len(un),
        "un_members_with_head_of_state": with_head, "on": date or "today",
        "people": len(kb.persons), "roles": dict(roles),
        "roles_from": min(years, default=None), "organisations": dict(kinds),
        "memberships": len(kb.memberships), "surface_forms": len(kb.aliases),
        "demonyms": len(kb.demonyms),
    }


# ---- loading ----------------------------------------------------------------------------
def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(x.strip() for x in (cell or "").split("|") if x.strip())


def _rows(path: Path) -> Iterator[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            for i, row in enumerate(csv.DictReader(fh), 2):
                if None in row:
                    raise KnowledgeBaseError(f"{path.name} line {i}: more cells than columns.")
                yield {k: (v or "").strip() for k, v in row.items()}
    except FileNotFoundError:
        return


def load_from(folder: Path) -> KnowledgeBase:
    """Read ``states.csv``, ``persons.csv``, ``roles.csv``, ``organisations.csv`` and
    ``memberships.csv`` from a folder (missing files count as empty)."""
    states = [State(r["iso3"], r.get("iso2", ""), r["name"], _split(r.get("variants")),
                    _split(r.get("demonyms")), _split(r.get("people")), _split(r.get("capitals")),
                    _split(r.get("seats")), r.get("un_member", "").lower() == "true",
                    r.get("wikidata") or None)
              for r in _rows(folder / "states.csv")]
    persons = [Person(r["person_id"], r["name"], _split(r.get("variants")), r.get("country") or None,
                      r.get("sector") or None, r.get("org") or None, r.get("wikidata") or None)
               for r in _rows(folder / "persons.csv")]
    roles = [Role(r["person_id"], r.get("country") or None, r["role"], r.get("title", ""),
                  r.get("start") or None, r.get("end") or None, r.get("source", ""))
             for r in _rows(folder / "roles.csv")]
    orgs = [Organisation(r["org_id"], r["name"], _split(r.get("variants")), r.get("kind", "igo"),
                         r.get("country") or None, r.get("sector") or None, r.get("wikidata") or None)
            for r in _rows(folder / "organisations.csv")]
    members = [Membership(r["org_id"], r["iso3"], r.get("status", "member"), r.get("start") or None,
                          r.get("end") or None, r.get("source", ""))
               for r in _rows(folder / "memberships.csv")]
    leaders = [(r["iso3"], r["leader"], r.get("start") or None, r.get("end") or None)
               for r in _rows(folder / "leaders.csv")]
    legislatures = [(r["iso3"], (r["name"], *_split(r.get("variants"))))
                    for r in _rows(folder / "legislatures.csv")]
    predecessors = [(r["iso3"], r["predecessor"], r["until"]) for r in _rows(folder / "predecessors.csv")]
    non_actors = [r["phrase"] for r in _rows(folder / "non_actors.csv")]
    return KnowledgeBase(states, persons, roles, orgs, members, leaders, legislatures, predecessors,
                         non_actors)


def _merge(kb: KnowledgeBase, extra: dict[str, list]) -> KnowledgeBase:
    """The base with a user file's records on top: new entries are added; for an existing state,
    person or organisation the user's forms are added to the base's."""
    from dataclasses import replace

    states = dict(kb.states)
    for st in extra["states"]:
        old = states.get(st.iso3)
        states[st.iso3] = st if old is None else replace(
            old, variants=old.variants + st.variants, demonyms=old.demonyms + st.demonyms,
            people=old.people + st.people, capitals=old.capitals + st.capitals,
            seats=old.seats + st.seats)
    persons = dict(kb.persons)
    for p in extra["persons"]:
        old = persons.get(p.id)
        persons[p.id] = p if old is None else replace(old, variants=old.variants + p.variants)
    orgs = dict(kb.orgs)
    for o in extra["orgs"]:
        old = orgs.get(o.id)
        orgs[o.id] = o if old is None else replace(old, variants=old.variants + o.variants)
    return KnowledgeBase(states.values(), persons.values(), kb.roles + extra["roles"], orgs.values(),
                         kb.memberships + extra["memberships"], kb.leader_rules, kb.legislatures,
                         [(k, p, u) for k, (p, u) in kb.predecessors.items()], kb.non_actors)


@lru_cache(maxsize=4)
def load_kb(folder: str | None = None, extra: tuple[str, ...] = ()) -> KnowledgeBase:
    """The knowledge base shipped with the package (or the one in ``folder``), with the user
    files in ``extra`` merged on top; loaded once per process."""
    from .user import read_user_kb

    if folder is None:
        with resources.as_file(resources.files("multipolar.kb") / "data") as path:
            kb = load_from(Path(path))
    else:
        kb = load_from(Path(folder))
    for f in extra:
        kb = _merge(kb, read_user_kb(f))
    return kb


def user_kb_files(explicit: tuple[str, ...] | list[str] = ()) -> tuple[str, ...]:
    """User knowledge-base files: those given, plus ``multipolar-kb.yaml`` in the working
    directory when it exists (absolute paths, so worker processes find them too)."""
    from .user import DEFAULT_FILE

    files = [str(Path(f).resolve()) for f in explicit]
    here = Path(DEFAULT_FILE)
    if here.is_file() and str(here.resolve()) not in files:
        files.append(str(here.resolve()))
    return tuple(files)
