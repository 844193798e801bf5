"""PLOVER sector codes and the agent words that signal them.

``SECTORS`` is the manual's sector table plus the three CAMEO agent codes (IGO, NGO, IMG) that
``PLOVER_agents.txt`` still uses. ``sector_codes`` looks a noun phrase up in that agents list
(farmer -> AGR, defense minister -> GOV + MIL). Data: ``data/sectors.json``.
"""

from __future__ import annotations

import re

from multipolar.ontology.plover import load

__all__ = ["SECTORS", "is_non_actor", "sector_codes"]

_DATA = load("sectors.json")

SECTORS: dict[str, str] = dict(_DATA["sectors"])
"""PLOVER sector code -> description, e.g. ``"GOV"`` -> "Government: the executive, ..."."""
_WORDS: dict[str, str] = _DATA["words"]  # phrase -> "GOV" or a compound such as "GOVMIL"
_NON_ACTOR = frozenset(_DATA["non_actor"])


def _forms(phrase: str) -> list[str]:
    """The phrase normalized as in the agents list, then with its last word made singular."""
    text = re.sub(r"\s+", " ", phrase.replace("_", " ")).strip().lower()
    text = re.sub(r"^the ", "", text)
    forms = [text]
    for plural, singular in (("ies", "y"), ("men", "man"), ("es", ""), ("s", "")):
        if text.endswith(plural) and len(text) > len(plural) + 2:
            forms.append(text[: -len(plural)] + singular)
    return forms


def sector_codes(phrase: str) -> tuple[str, ...]:
    """Sector codes the agents list gives a noun phrase; empty if it has none.

    Lookup is exact after lower-casing and joining words with single spaces, with a naive
    singular of the last word as fallback (the agents list omits regular plurals).

    Example:
        >>> sector_codes("Defense Minister"), sector_codes("farmers")
        (('GOV', 'MIL'), ('AGR',))
    """
    for form in _forms(phrase):
        if code := _WORDS.get(form):
            return tuple(code[i:i + 3] for i in range(0, len(code), 3))
    return ()


def is_non_actor(phrase: str) -> bool:
    """True if the agents list marks the phrase as never an actor (weekdays, regions, floods)."""
    return any(form in _NON_ACTOR for form in _forms(phrase))
