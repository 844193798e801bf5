"""CAMEO <-> PLOVER: the CAMEO2PLOVER-2021 table and the CAMEO cue-category names.

Data: ``data/cameo.json``, converted by ``scripts/build_ontology.py`` (see ``data/SOURCES.md``
for the rows it corrects and the rule that picks a CAMEO code for a PLOVER type).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from multipolar.ontology.plover import OntologyError, load, normalize_mode, normalize_type

__all__ = ["CAMEO_CODES", "PloverCode", "cameo_description", "cameo_root_name",
           "cameo_to_plover", "plover_to_cameo"]

_DATA = load("cameo.json")
_ENTRIES: dict[str, dict[str, Any]] = _DATA["entries"]
_ROOTS: dict[str, str] = _DATA["roots"]
_DROPPED = frozenset(_DATA["dropped"])
_DEFAULTS: dict[str, dict[str, str]] = _DATA["plover_to_cameo"]
_DISCARD = "---"  # PETRARCH dictionaries mark patterns that code nothing this way

CAMEO_CODES: tuple[str, ...] = tuple(_ENTRIES)
"""Every code listed in the CAMEO2PLOVER table (2-, 3- and 4-digit), in table order."""


@dataclass(frozen=True, slots=True)
class PloverCode:
    """The PLOVER reading of a CAMEO code.

    Attributes:
        type: PLOVER event type, e.g. ``"CONSULT"``.
        mode: A v0.8 mode of that type, or None.
        context: PLOVER contexts the CAMEO code implies, e.g. ``("military",)``.
    """

    type: str
    mode: str | None
    context: tuple[str, ...]


_PLOVER = {code: PloverCode(e["type"], e["mode"], tuple(e["context"]))
           for code, e in _ENTRIES.items()}


def _check(code: str) -> str:
    code = code.strip()
    if not re.fullmatch(r"\d{2,4}", code):
        raise OntologyError(f"{code!r} is not a CAMEO event code (2 to 4 digits, e.g. '042')")
    return code


def cameo_to_plover(code: str) -> PloverCode | None:
    """Convert a CAMEO event code to PLOVER type, mode and context.

    A code without its own row in CAMEO2PLOVER takes its parent's (4 -> 3 -> 2 digits), so
    ``"0315"`` reads as ``"031"``. The 2-digit row gives the type alone. CAMEO 01 (public
    statements) and 02 (appeals), which PLOVER dropped, and PETRARCH's discard marker ``"---"``
    give None, as do cue categories beyond 20.

    Example:
        >>> cameo_to_plover("042")
        PloverCode(type='CONSULT', mode='visit', context=())

    Raises:
        OntologyError: If ``code`` is not 2 to 4 digits.
    """
    if code.strip() == _DISCARD:
        return None
    code = _check(code)
    if code[:2] in _DROPPED:
        return None
    for length in range(len(code), 1, -1):
        if (found := _PLOVER.get(code[:length])) is not None:
            return found
    return None


def plover_to_cameo(event_type: str, mode: str | None = None) -> str:
    """The most representative CAMEO code for a PLOVER type, or type and mode.

    Among the CAMEO2PLOVER rows that map to the type (and mode), it takes the CAMEO cue
    category holding most rows of that type, then the shortest code, then the lowest: AGREE
    -> ``030``, ACCUSE -> ``110``, CONSULT visit -> ``042``. One exception: ASSAULT alone ->
    ``190`` (conventional military force), not ``180`` (unconventional violence). A mode that
    no row carries (CONSULT multilateral) gets the type's code.

    Raises:
        OntologyError: If the type, or the mode for that type, is unknown.
    """
    name = normalize_type(event_type)
    defaults = _DEFAULTS[name]
    return defaults.get(normalize_mode(name, mode) or "", defaults[""])


def cameo_root_name(code: str) -> str:
    """Name of the CAMEO cue category (01 ... 20) a code belongs to.

    Example:
        >>> cameo_root_name("0874")
        'YIELD'

    Raises:
        OntologyError: If the code is malformed or its first two digits are not 01-20.
    """
    root = _check(code)[:2]
    if root not in _ROOTS:
        raise OntologyError(f"CAMEO code {code!r}: no cue category {root} (they run 01-20)")
    return _ROOTS[root]


def cameo_description(code: str) -> str | None:
    """CAMEO2PLOVER's description of a code listed in the table ("Make a visit"), else None."""
    entry = _ENTRIES.get(_check(code))
    return entry["description"] if entry else None
