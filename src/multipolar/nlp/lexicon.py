"""The event lexicon (``data/lexicon.yaml``): verb senses, event nouns, light verbs, scope words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import LexiconError
from ..ontology import EVENT_TYPES


class _Loader(yaml.SafeLoader):
    """YAML 1.2 booleans: only true and false. In YAML 1.1 an unquoted ``on``, ``off``, ``yes``
    or ``no`` is a boolean, and a lexicon is full of prepositions ("impose sanctions on")."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                              list("tTfF"))


def read_yaml(text: str) -> Any:
    return yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass


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


CONDITIONS = frozenset({"prep", "prt", "obj", "obj_not", "obj_none_or", "no_obj", "xcomp"})


def _sense(raw: dict[str, Any]) -> Sense:
    when = raw.get("when") or {}
    unknown = set(when) - CONDITIONS
    if unknown:
        raise ValueError(f"unknown condition {sorted(unknown)} in lexicon sense {raw}")
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


def merge_lexicons(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """A user lexicon on top of the bundled one: its verb senses are tried first, its nouns and
    adjectives replace the bundled ones, its word lists are added to the bundled lists."""
    out = {k: (dict(v) if isinstance(v, dict) else list(v) if isinstance(v, list) else v)
           for k, v in base.items()}
    for lemma, senses in (extra.get("verbs") or {}).items():
        out.setdefault("verbs", {})[lemma] = list(senses) + list(out.get("verbs", {}).get(lemma, []))
    for section in ("nouns", "adjectives"):
        out.setdefault(section, {}).update(extra.get(section) or {})
    for section in ("light_verbs", "noun_classes"):
        for key, words in (extra.get(section) or {}).items():
            merged = out.setdefault(section, {})
            merged[key] = list(dict.fromkeys(list(merged.get(key, [])) + list(words)))
    for section in ("negators", "hypothetical", "future"):
        out[section] = list(dict.fromkeys(list(out.get(section, [])) + list(extra.get(section) or [])))
    return out


def _bundled() -> dict[str, Any]:
    text = (resources.files("multipolar.nlp") / "data" / "lexicon.yaml").read_text("utf-8")
    return read_yaml(text)


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    """The bundled lexicon; with ``path``, that file merged on top of it (or replacing it, when
    the file says ``replace: true``). A bad file raises a :class:`LexiconError` naming its line."""
    data = _bundled()
    if path is not None:
        extra = read_user_lexicon(path)
        data = extra if extra.get("replace") else merge_lexicons(data, extra)
        try:
            return parse_lexicon(data)
        except (ValueError, KeyError, TypeError) as e:
            raise LexiconError(f"{path}: {e}") from None
    return parse_lexicon(data)


# The sections of a lexicon file and the shape of each: a mapping of word to list of senses, of
# word to one sense, of name to word list, a word list, or a flag.
SECTIONS = {"verbs": "senses", "nouns": "sense", "adjectives": "sense", "light_verbs": "lists",
            "noun_classes": "lists", "negators": "words", "hypothetical": "words", "future": "words",
            "replace": "flag"}
# "source" and "paired" say where an imported sense came from (lexicon import-petrarch); not read
SENSE_KEYS = frozenset({"type", "mode", "context", "cameo", "recipient", "roles", "reciprocal", "when",
                        "source", "paired"})


def read_user_lexicon(path: str | Path) -> dict[str, Any]:
    """Read and check a user's lexicon file: UTF-8 YAML whose sections have the shapes of
    :data:`SECTIONS` and whose senses name PLOVER types. Problems raise a LexiconError with the
    file and line."""
    try:
        text = Path(path).read_bytes().decode("utf-8")
    except UnicodeDecodeError as e:
        raise LexiconError(f"{path} is not UTF-8 text (byte {e.start}); save it as UTF-8.") from None
    except OSError as e:
        raise LexiconError(f"Cannot read {path}: {e.strerror}.") from None
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        raise LexiconError(f"{path}{where}: not valid YAML ({getattr(e, 'problem', None) or e}).") from None
    if root is None:
        return {}
    _check(root, "mapping", path, "the file")
    for key, value in root.value:
        shape = SECTIONS.get(key.value)
        if shape is None:
            _fail(path, key, f"unknown section {key.value!r} (sections: {', '.join(SECTIONS)})")
        if shape == "flag":
            continue
        if shape == "words":
            _words(value, path, key.value)
            continue
        _check(value, "mapping", path, key.value)
        for word, item in value.value:
            where = f"{key.value}: {word.value}"
            if shape == "lists":
                _words(item, path, where)
            elif shape == "sense":
                _sense_node(item, path, where)
            else:
                _check(item, "list", path, where)
                for sense in item.value:
                    _sense_node(sense, path, where)
    return read_yaml(text) or {}


def _fail(path: str | Path, node: yaml.Node, what: str) -> None:
    raise LexiconError(f"{path} line {node.start_mark.line + 1}: {what}.")


def _check(node: yaml.Node, kind: str, path: str | Path, where: str) -> None:
    want = yaml.MappingNode if kind == "mapping" else yaml.SequenceNode
    if not isinstance(node, want):
        _fail(path, node, f"{where} must be a {kind}, not {node.value!r}"[:200])


def _words(node: yaml.Node, path: str | Path, where: str) -> None:
    _check(node, "list", path, where)
    for item in node.value:
        if not isinstance(item, yaml.ScalarNode):
            _fail(path, item, f"{where} must list words")


def _sense_node(node: yaml.Node, path: str | Path, where: str) -> None:
    _check(node, "mapping", path, f"a sense of {where}")
    keys = {k.value: v for k, v in node.value}
    unknown = set(keys) - SENSE_KEYS
    if unknown:
        _fail(path, node, f"a sense of {where} has unknown keys {sorted(unknown)} "
                          f"(keys: {', '.join(sorted(SENSE_KEYS))})")
    kind = keys.get("type")
    if kind is None or kind.value not in EVENT_TYPES:
        _fail(path, kind or node, f"a sense of {where} needs a PLOVER type, not "
                                  f"{kind.value if kind else None!r} ({', '.join(EVENT_TYPES)})")
