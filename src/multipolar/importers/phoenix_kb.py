"""Parsed PETRARCH/Phoenix dictionaries -> the user knowledge-base structure (:mod:`.user`).

Each entry keeps its CAMEO code in ``cameo`` (the loader ignores keys it does not know). The
section comes from the entry's main code (its undated code, else the one in force latest):

- a bare country code (``ARN``, ``AFG``; also ``[ARM >911221]``) when no code of the entry has
  a role -> ``states``, iso3 = the code (old CAMEO codes such as USR become the base's, see
  ``CAMEO_ALIASES``); other codes of a state entry are dropped and reported;
- a code with a country and roles (``ISRMIL``, ``USAGOV``) or any dated code -> ``people``
  (persons and groups alike): every code becomes a role ``other`` titled by its role part, dated
  ones first so that the one in force on an article's date gives the country; ``sector`` is the
  PLOVER sector of the code in force latest (the base keeps one sector per person);
- anything else (``IGO...``, ``NGO...``, ``MNC...``, ``MED``, ``IMF``) -> ``organisations``.

Region codes (AFR, SAF ...), ``UNK`` and discard codes (``---``) are skipped with the reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..ontology import sector_codes
from .phoenix_text import REGIONS, is_demonym, normalise_name, split_code

if TYPE_CHECKING:
    from .phoenix import PhoenixActor, PhoenixAgent, PhoenixCode

_KINDS = {"IGO": "igo", "NGO": "ngo", "NGM": "ngo", "MNC": "company", "BUS": "company",
          "IMG": "armed_group", "REB": "armed_group", "UAF": "armed_group", "PTY": "party",
          "JRN": "media"}


def _latest(codes: list[PhoenixCode]) -> PhoenixCode:
    return max(codes, key=lambda c: (c.end or "9999", c.start or ""))


def _main(codes: list[PhoenixCode]) -> PhoenixCode:
    return next((c for c in codes if not (c.start or c.end)), None) or _latest(codes)


def _section(codes: list[PhoenixCode]) -> tuple[str, str]:
    """('states' | 'people' | 'organisations', '') or ('', why it is skipped)."""
    if not codes:
        return "", "discard or unusable code"
    top = _main(codes).code
    country = split_code(top)[0]
    if top in REGIONS or top == "UNK":
        return "", f"{top} is a CAMEO region or unknown-actor code"
    if len(top) == 3 and country and not any(split_code(c.code)[1] for c in codes):
        return "states", ""
    if country or any(c.start or c.end for c in codes):
        return "people", ""
    return "organisations", ""


def _forms(actor: PhoenixActor, kind: str) -> list[str]:
    out: list[str] = []
    for raw in (actor.name, *actor.synonyms):
        name, extra = normalise_name(raw, kind)
        out += [name, *extra]
        if kind == "person" and re.search(r"\w-[A-Z][a-z]", name):  # Ban Ki-moon
            out.append(re.sub(r"-(\w+)", lambda m: "-" + m[1].lower(), name))
        words = name.split()
        if kind == "person" and any(sector_codes(w) for w in words[1:]):  # Israeli troops
            out.append(" ".join(words[:1] + [w.lower() if sector_codes(w) else w
                                             for w in words[1:]]))
    return [f for f in dict.fromkeys(out) if f]


def _add_state(states: dict[str, dict], iso3: str, code: str, forms: list[str],
               known: list[str]) -> None:
    """Add a state's forms, sorted into variants, demonyms and people nouns; ``known`` are the
    names the base already has for it (its own name is then repeated as a variant)."""
    plural = [f for f in forms if f.endswith("s") and is_demonym(f[:-1], [])]
    old = states.get(iso3, {})
    names = [f.lower() for f in forms + known + [old.get("name", "")] + old.get("variants", [])
             if f and f not in plural and not is_demonym(f, [])]
    demonym = {f for f in forms if is_demonym(f, names)}
    entry = states.setdefault(iso3, {
        "iso3": iso3, "name": known[0] if known else next((f for f in forms if f not in demonym),
                                                          forms[0]),
        "variants": [], "demonyms": [], "people": [], "cameo": code})
    for f in forms:
        key = ("people" if f.endswith("s") and (f in plural or f[:-1] in demonym)
               else "demonyms" if f in demonym else "variants")
        if (f != entry["name"] or known or key != "variants") and f not in entry[key]:
            entry[key].append(f)


def _compact(entry: dict) -> dict:
    """Leave out empty values: the file stays smaller and loads faster."""
    return {k: v for k, v in entry.items() if v not in (None, "", [])}


def _person(codes: list[PhoenixCode], forms: list[str], pid: str) -> dict:
    dated = [c for c in codes if c.start or c.end]
    latest = _latest(dated) if dated else _main(codes)
    countries = {split_code(c.code)[0] for c in codes}
    org = next((c.code for c in codes if c.code[:3] in ("IGO", "NGO", "NGM", "IMG", "MNC")), None)
    roles = []
    for c in dated + [c for c in codes if c not in dated]:
        country = split_code(c.code)[0]
        roles.append(_compact({"role": "other", "title": c.code[3:] if country else c.code,
                               "country": country, "start": c.start, "end": c.end}))
    return _compact({"id": pid, "name": forms[0], "variants": forms[1:],
                     "country": countries.pop() if len(countries) == 1 else None,
                     "sector": split_code(latest.code)[1] or split_code(_main(codes).code)[1],
                     "org": org, "cameo": latest.code, "roles": roles})


def to_user_kb(actors: Iterable[PhoenixActor], agents: Iterable[PhoenixAgent] = (),
               skipped: list[tuple[str, str]] | None = None) -> dict:
    """The user-KB structure for parsed dictionaries: ``states``, ``people``, ``organisations``
    and, when agents are given, ``agents`` (not read by the loader yet).

    States sharing a code are merged into one entry; for a state the shipped base already has,
    every name goes to ``variants`` (the loader keeps the base's name). Each other entry gets
    an id ``phoenix:<name>``; organisations are not merged by code, since generic codes (NGO,
    MNCBRAMED) are shared by unrelated bodies. Empty values are left out.
    ``skipped`` collects (entry, reason) for entries left out or only partly kept.
    """
    from ..kb import load_kb

    base, skipped = load_kb().states, skipped if skipped is not None else []
    states: dict[str, dict] = {}
    orgs: list[dict] = []
    people: list[dict] = []
    ids: set[str] = set()
    for a in actors:
        codes = [c for c in a.codes if re.fullmatch(r"[A-Z0-9]{3,}", c.code)]
        section, why = _section(codes)
        label = f"{a.name} ({a.source})"
        if not section:
            skipped.append((label, why))
            continue
        top = _main(codes)
        forms = _forms(a, {"states": "state", "people": "person"}.get(section, "org"))
        country, sector = split_code(top.code)
        if section != "people" and len(codes) > 1:
            dropped = ", ".join(c.code for c in codes if c is not top)
            skipped.append((label, f"kept {top.code}, dropped {dropped}"))
        if section == "states":
            known = [base[country].name, *base[country].variants] if country in base else []
            _add_state(states, country, top.code, forms, known)
            continue
        pid = stem = "phoenix:" + (re.sub(r"[^a-z0-9]+", "-", forms[0].lower()).strip("-") or "x")
        n = 1
        while pid in ids:
            n += 1
            pid = f"{stem}-{n}"
        ids.add(pid)
        if section == "organisations":
            orgs.append(_compact({
                "id": pid, "name": forms[0], "variants": forms[1:],
                "kind": _KINDS.get(top.code[:3]) or _KINDS.get(sector or "", "ngo"),
                "sector": sector, "cameo": top.code}))
        else:
            people.append(_person(codes, forms, pid))
    out: dict = {"states": [_compact(s) for s in states.values()], "people": people,
                 "organisations": orgs}
    agents = list(agents)
    if agents:
        out["agents"] = [{"name": g.name, "variants": list(g.synonyms),
                          "sector": split_code("---" + g.code)[1],
                          "cameo": f"{g.code}~" if g.prefix else f"~{g.code}"} for g in agents]
    return out
