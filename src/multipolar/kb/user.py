"""Users' own actors: a YAML file merged on top of the shipped base.

``multipolar-kb.yaml`` in the working directory is picked up by itself; ``--kb-file FILE`` adds
others. The format (every section optional)::

    states:
      - iso3: ARN                      # a new state, or extra forms for an existing one
        name: Arnor
        variants: [Kingdom of Arnor]
        demonyms: [Arnorian]
        people: [Arnorians]
        capitals: [Annuminas]
        seats: []
    people:
      - id: p:aragorn                  # stable id; a Wikidata Q-id where known
        name: Aragorn
        variants: [Strider, Elessar]
        country: ARN
        sector: GOV
        roles:
          - {role: head_of_state, title: King, country: ARN, start: "3019", end: ""}
    organisations:
      - id: FELLOWSHIP
        name: Fellowship of the Ring
        variants: [the Fellowship]
        kind: igo                      # igo, armed_group, company, party, media, ngo
        country: null
        sector: IGO
        members: [{iso3: ARN, start: "3018", end: "3019"}]

Dates are ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; an empty end means "still".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from ..errors import KnowledgeBaseError
from .base import ROLES, Membership, Organisation, Person, Role, State

DEFAULT_FILE = "multipolar-kb.yaml"


def _list(value: Any) -> tuple[str, ...]:
    if value in (None, ""):
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def _date(value: Any) -> str | None:
    if value in (None, ""):
        return None
    return str(value)


# sections and their nested lists; "agents" (generic agents of imported Phoenix dictionaries) is
# kept in imported files for reference and not read
SECTIONS = {"states": (), "people": ("roles",), "organisations": ("members",), "agents": ()}


def _check_shape(path: Path, data: Any) -> None:
    """The file is a mapping of known sections, each a list of mappings (and so are their nested
    lists), else a KnowledgeBaseError saying where."""
    if not isinstance(data, dict):
        raise KnowledgeBaseError(f"{path}: the file must be a mapping with the sections "
                                 f"{', '.join(SECTIONS)}, not {type(data).__name__} {str(data)[:60]!r}.")
    for key, value in data.items():
        if key not in SECTIONS:
            raise KnowledgeBaseError(f"{path}: unknown section {key!r} (sections: {', '.join(SECTIONS)}).")
        entries = value or []
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            raise KnowledgeBaseError(f"{path}: {key} must be a list of entries (mappings).")
        for n, entry in enumerate(entries, 1):
            for inner in SECTIONS[key]:
                items = entry.get(inner) or []
                if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
                    raise KnowledgeBaseError(f"{path}: {key}[{n}].{inner} must be a list of mappings.")


def read_user_kb(path: str | Path) -> dict[str, list]:
    """Parse a user file into base records: {'states': [...], 'persons': [...], 'roles': [...],
    'orgs': [...], 'memberships': [...]}. Every problem is collected and raised once."""
    path = Path(path)
    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: 4x faster on big imports
        data = yaml.load(path.read_bytes().decode("utf-8"), Loader=loader) or {}
    except UnicodeDecodeError as e:
        raise KnowledgeBaseError(f"{path} is not UTF-8 text (byte {e.start}); save it as UTF-8.") from None
    except OSError as e:
        raise KnowledgeBaseError(f"Cannot read {path}: {e.strerror}.") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        raise KnowledgeBaseError(f"{path}{where}: not valid YAML "
                                 f"({getattr(e, 'problem', None) or e}).") from None
    _check_shape(path, data)
    problems: list[str] = []
    out: dict[str, list] = {"states": [], "persons": [], "roles": [], "orgs": [], "memberships": []}
    for n, s in enumerate(data.get("states") or [], 1):
        if not s.get("iso3"):
            problems.append(f"states[{n}] has no iso3")
            continue
        out["states"].append(State(str(s["iso3"]).upper(), str(s.get("iso2") or ""),
                                   str(s.get("name") or s["iso3"]), _list(s.get("variants")),
                                   _list(s.get("demonyms")), _list(s.get("people")),
                                   _list(s.get("capitals")), _list(s.get("seats")),
                                   bool(s.get("un_member", False)), s.get("wikidata")))
    for n, p in enumerate(data.get("people") or [], 1):
        if not p.get("id") or not p.get("name"):
            problems.append(f"people[{n}] needs an id and a name")
            continue
        out["persons"].append(Person(str(p["id"]), str(p["name"]), _list(p.get("variants")),
                                     p.get("country"), p.get("sector"), p.get("org"),
                                     p.get("wikidata")))
        for r in p.get("roles") or []:
            if r.get("role") not in ROLES:
                problems.append(f"people[{n}] ({p['name']}): role {r.get('role')!r} is not one of "
                                f"{', '.join(ROLES)}")
                continue
            out["roles"].append(Role(str(p["id"]), r.get("country") or p.get("country"), r["role"],
                                     str(r.get("title") or ""), _date(r.get("start")),
                                     _date(r.get("end")), f"user:{path.name}"))
    for n, o in enumerate(data.get("organisations") or [], 1):
        if not o.get("id") or not o.get("name"):
            problems.append(f"organisations[{n}] needs an id and a name")
            continue
        out["orgs"].append(Organisation(str(o["id"]), str(o["name"]), _list(o.get("variants")),
                                        str(o.get("kind") or "igo"), o.get("country"),
                                        o.get("sector"), o.get("wikidata")))
        for m in o.get("members") or []:
            out["memberships"].append(Membership(str(o["id"]), str(m.get("iso3", "")).upper(),
                                                 str(m.get("status") or "member"),
                                                 _date(m.get("start")), _date(m.get("end")),
                                                 f"user:{path.name}"))
    if problems:
        raise KnowledgeBaseError(f"{path}: " + "; ".join(problems))
    return out
