"""PLOVER v0.8: event types, modes, contexts, quad classes and conflict/cooperation scores.

All values come from ``data/plover.json``, which ``scripts/build_ontology.py`` converts from the
PLOVER manual and the NGEC structured codebook (see ``data/SOURCES.md``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

from multipolar.errors import OntologyError

__all__ = [
    "AUXILIARY_MODES", "CONTEXTS", "CONTEXT_DESCRIPTIONS", "EVENT_TYPES", "MODES", "QUAD_CLASS",
    "QUAD_CODES", "EventTypeInfo", "OntologyError", "describe", "intensity", "normalize_mode",
    "normalize_type",
]


def load(name: str) -> dict[str, Any]:
    """Read one JSON file shipped in ``multipolar/ontology/data``."""
    path = resources.files(__package__).joinpath("data", name)
    return json.loads(path.read_text(encoding="utf-8"))


_DATA = load("plover.json")
_TYPES: dict[str, dict[str, Any]] = _DATA["types"]
_SCORES: dict[str, dict[str, float]] = _DATA["intensity"]
_ALIASES: dict[str, dict[str, str | None]] = _DATA["mode_aliases"]

EVENT_TYPES: tuple[str, ...] = tuple(_DATA["event_types"])
"""The 16 PLOVER event types in the manual's order, AGREE ... ASSAULT."""

QUAD_CLASS: dict[str, str] = {t: _TYPES[t]["quad_class"] for t in EVENT_TYPES}
"""Event type -> ``verbal_cooperation``, ``material_cooperation``, ``verbal_conflict`` or
``material_conflict``, as each type's section of the manual assigns it."""

QUAD_CODES: dict[str, int] = dict(_DATA["quad_codes"])
"""Quad class -> the manual's numeric ``quad_code``, 1 (verbal cooperation) to 4."""

MODES: dict[str, tuple[str, ...]] = {t: tuple(_TYPES[t]["modes"]) for t in EVENT_TYPES}
"""Event type -> its v0.8 modes in manual order; empty for types without modes."""

CONTEXT_DESCRIPTIONS: dict[str, str] = dict(_DATA["contexts"])
CONTEXTS: tuple[str, ...] = tuple(CONTEXT_DESCRIPTIONS)
"""The manual's general contexts (military ... trafficking), usable with any event type."""

AUXILIARY_MODES: tuple[str, ...] = tuple(_DATA["auxiliary_modes"])
"""historical, future, hypothetical, negation: the manual puts them in ``context``."""


@dataclass(frozen=True, slots=True)
class EventTypeInfo:
    """What the manual and the codebook say about one PLOVER event type.

    Attributes:
        type: The event type, e.g. ``"CONSULT"``.
        definition: The codebook's definition of the type.
        quad_class: One of the four quad classes.
        modes: The type's v0.8 modes, in manual order.
        mode_definitions: ``(mode, definition)`` pairs from the manual's mode table.
        requires_recipient: Whether the manual requires a recipient for this type.
        actor_rule: Who is coded as actor: the general rule, then the codebook's extraction
            notes and the manual's sentences about the actor for this type.
        recipient_rule: Who is coded as recipient, built the same way.
        notes: The codebook's other extraction notes, prefixed with their modes.
    """

    type: str
    definition: str
    quad_class: str
    modes: tuple[str, ...]
    mode_definitions: tuple[tuple[str, str], ...]
    requires_recipient: bool
    actor_rule: str
    recipient_rule: str
    notes: tuple[str, ...]


def normalize_type(event_type: str) -> str:
    """Return the canonical PLOVER event type for ``event_type`` (case-insensitive).

    Raises:
        OntologyError: If it is not one of the 16 PLOVER types.
    """
    name = event_type.strip().upper()
    if name not in QUAD_CLASS:
        raise OntologyError(f"unknown PLOVER event type {event_type!r}; expected one of "
                            f"{', '.join(EVENT_TYPES)}")
    return name


def normalize_mode(event_type: str, mode: str | None) -> str | None:
    """Return the v0.8 mode of ``event_type`` that ``mode`` names, or None for no mode.

    Case, ``_`` and spaces are forgiven (``"Heavy weapons"`` -> ``"heavy-weapons"``). Mode
    names from the NGEC codebook or CAMEO2PLOVER that v0.8 dropped map to the v0.8 mode that
    covers them (``ASSAULT assassinate`` -> ``targeted``) or to None (``RETREAT return``).

    Raises:
        OntologyError: If the type is unknown or the mode is not a mode of that type.
    """
    name = normalize_type(event_type)
    if mode is None or not mode.strip():
        return None
    key = "-".join(mode.strip().lower().replace("_", " ").split())
    if key in MODES[name]:
        return key
    if key in _ALIASES.get(name, {}):
        return _ALIASES[name][key]
    valid = ", ".join(MODES[name]) or "none"
    raise OntologyError(f"{mode!r} is not a mode of {name}; its modes: {valid}")


def intensity(event_type: str, mode: str | None = None) -> float:
    """Conflict/cooperation score of an event, from -10 (most conflictual) to +10.

    The values are the manual's "PLOVER conflict-cooperation scores" table, which gives a
    score per type and for most modes; a mode without its own score (and ``mode=None``) gets
    the type's score.

    Example:
        >>> intensity("CONSULT", "visit"), intensity("CONSULT")
        (4.0, 2.5)

    Raises:
        OntologyError: If the type or the mode is unknown.
    """
    name = normalize_type(event_type)
    scores = _SCORES[name]
    return scores.get(normalize_mode(name, mode) or "", scores[""])


def _info(name: str) -> EventTypeInfo:
    raw = _TYPES[name]
    return EventTypeInfo(
        type=name,
        definition=raw["definition"],
        quad_class=raw["quad_class"],
        modes=tuple(raw["modes"]),
        mode_definitions=tuple(raw["mode_definitions"].items()),
        requires_recipient=raw["requires_recipient"],
        actor_rule=raw["actor_rule"],
        recipient_rule=raw["recipient_rule"],
        notes=tuple(raw["notes"]),
    )


_INFO = {name: _info(name) for name in EVENT_TYPES}


def describe(event_type: str) -> EventTypeInfo:
    """Return the definition, quad class, modes and actor/recipient rules of a type.

    Raises:
        OntologyError: If the type is unknown.
    """
    return _INFO[normalize_type(event_type)]
