"""The event lexicon (``data/lexicon.yaml``): verb senses, event nouns, light verbs, scope words."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml


# PLOVER: a reciprocal agreement or meeting codes both parties as actors with no recipient.
RECIPROCAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})


@dataclass(frozen=True, slots=True)
class Sense:
    """One reading of a trigger word: what event it codes and where its recipients are."""

    type: str
    mode: str | None
    context: tuple[str, ...]
    cameo: str | None
    recipient: tuple[str, ...]
    reverse: bool
    reciprocal: bool
    when: tuple[tuple[str, Any], ...]

    def condition(self, key: str, default: Any = None) -> Any:
        for k, v in self.when:
            if k == key:
                return v
        return default


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: dict[str, tuple[Sense, ...]]
    adjectives: dict[str, Sense]
    nouns: dict[str, Sense]
    light_verbs: dict[str, str]
    noun_classes: dict[str, frozenset[str]]
    negators: frozenset[str]
    hypothetical: frozenset[str]
    future: frozenset[str]

    def classes_of(self, word: str) -> set[str]:
        return {name for name, words in self.noun_classes.items() if word in words}


def _sense(raw: dict[str, Any]) -> Sense:
    when = raw.get("when") or {}
    return Sense(type=raw["type"], mode=raw.get("mode"), context=tuple(raw.get("context", ())),
                 cameo=raw.get("cameo"), recipient=tuple(raw.get("recipient", ("dobj",))),
                 reverse=raw.get("roles") == "reverse",
                 reciprocal=raw.get("reciprocal", raw["type"] in RECIPROCAL_TYPES),
                 when=tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in when.items()))


def parse_lexicon(data: dict[str, Any]) -> Lexicon:
    light: dict[str, str] = {}
    for kind, words in data.get("light_verbs", {}).items():
        for w in words:
            light.setdefault(w, kind)
    return Lexicon(
        verbs={k: tuple(_sense(s) for s in v) for k, v in data.get("verbs", {}).items()},
        adjectives={k: _sense(v) for k, v in data.get("adjectives", {}).items()},
        nouns={k: _sense(v) for k, v in data.get("nouns", {}).items()},
        light_verbs=light,
        noun_classes={k: frozenset(v) for k, v in data.get("noun_classes", {}).items()},
        negators=frozenset(data.get("negators", ())),
        hypothetical=frozenset(data.get("hypothetical", ())),
        future=frozenset(data.get("future", ())),
    )


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    """The packaged lexicon, or one at ``path`` (same format)."""
    if path is None:
        text = (resources.files("multipolar.nlp") / "data" / "lexicon.yaml").read_text("utf-8")
    else:
        text = Path(path).read_text("utf-8")
    return parse_lexicon(yaml.safe_load(text))
