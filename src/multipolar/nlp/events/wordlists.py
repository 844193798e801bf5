"""The rule word lists of ``data/rules.yaml``, checked against ``data/rules.schema.json``.

Read once at import into :data:`RULES` (key -> frozenset). The schema is checked here by a small
validator that knows the keywords the schema uses (``jsonschema`` is only a development
dependency); its items marked ``x-vocabulary`` are checked against :mod:`multipolar.ontology`:
``plover_type`` against ``EVENT_TYPES``, ``sector`` against ``SECTORS``. A broken file raises
:class:`RulesError` naming the key.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ...errors import RulesError
from ...ontology import EVENT_TYPES, SECTORS
from ..lexicon import read_yaml

VOCABULARIES: dict[str, tuple[str, frozenset[str]]] = {
    "plover_type": ("a PLOVER event type", frozenset(EVENT_TYPES)),
    "sector": ("a PLOVER sector code", frozenset(SECTORS)),
}
_ANNOTATIONS = frozenset({"$schema", "$id", "$comment", "$defs", "title", "description"})


def _data(name: str) -> str:
    return (resources.files("multipolar.nlp") / "data" / name).read_text("utf-8")


def load_schema() -> dict[str, Any]:
    return json.loads(_data("rules.schema.json"))


def load_rules(path: str | Path | None = None) -> dict[str, frozenset[str]]:
    """The word lists of ``path`` (the shipped ``rules.yaml`` by default), validated."""
    where = str(path) if path is not None else "rules.yaml"
    try:
        text = Path(path).read_text("utf-8") if path is not None else _data("rules.yaml")
        data = read_yaml(text)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as e:
        raise RulesError(f"{where}: cannot be read: {e}.") from None
    validate(data, load_schema(), where)
    return {key: frozenset(words) for key, words in data.items()}


def validate(data: Any, schema: dict[str, Any], where: str = "rules.yaml") -> None:
    """Raise :class:`RulesError` unless ``data`` follows ``schema`` (the subset of JSON Schema
    that ``rules.schema.json`` uses, plus ``x-vocabulary``)."""
    _check(data, schema, schema, where, None)


def _check(value: Any, node: dict[str, Any], root: dict[str, Any], where: str, label: str | None) -> None:
    """``label`` says where ``value`` is: "key 'means'", "key 'means', item 3"."""
    def fail(what: str) -> None:
        raise RulesError(f"{where}: {what}." if label is None else f"{where}: {label}: {what}.")

    if "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/$defs/") or ref[8:] not in root.get("$defs", {}):
            raise RulesError(f"rules.schema.json: unknown $ref {ref!r}.")
        _check(value, root["$defs"][ref[8:]], root, where, label)
    unknown = set(node) - _ANNOTATIONS - {"$ref", "type", "required", "additionalProperties", "properties",
                                          "items", "minItems", "uniqueItems", "pattern", "enum",
                                          "x-vocabulary"}
    if unknown:
        raise RulesError(f"rules.schema.json: keyword(s) this validator does not know: {sorted(unknown)}.")
    kind = node.get("type")
    if kind == "object":
        if not isinstance(value, dict):
            fail(f"must be a mapping of lists, not {_kind(value)}")
        props = node.get("properties", {})
        for name in value:
            if not isinstance(name, str) or (node.get("additionalProperties", True) is False
                                             and name not in props):
                raise RulesError(f"{where}: unknown key {name!r} (the keys are: {', '.join(props)}).")
        for name in node.get("required", ()):
            if name not in value:
                raise RulesError(f"{where}: key {name!r} is missing.")
        for name, sub in props.items():
            if name in value:
                _check(value[name], sub, root, where, f"key {name!r}")
    elif kind == "array":
        if not isinstance(value, list):
            fail(f"must be a list, not {_kind(value)}")
        if len(value) < node.get("minItems", 0):
            fail(f"must have at least {node['minItems']} item(s)")
        if node.get("uniqueItems"):
            seen = set()
            for item in value:
                if isinstance(item, str) and item in seen:
                    fail(f"{item!r} is listed twice")
                seen.add(item if isinstance(item, str) else id(item))
        for i, item in enumerate(value):
            item_label = f"{label}, item {i + 1}" if label else f"item {i + 1}"
            _check(item, node.get("items", {}), root, where, item_label)
    elif kind == "string":
        if not isinstance(value, str):
            fail(f"must be a string, not {_kind(value)} ({value!r})")
        if "pattern" in node and not re.search(_ecma(node["pattern"]), value):
            fail(f"{value!r} does not match {node['pattern']!r}")
    elif kind is not None:
        raise RulesError(f"rules.schema.json: type {kind!r} is not known to this validator.")
    if "enum" in node and value not in node["enum"]:
        fail(f"{value!r} is not one of {', '.join(map(str, node['enum']))}")
    if "x-vocabulary" in node:
        if node["x-vocabulary"] not in VOCABULARIES:
            raise RulesError(f"rules.schema.json: unknown x-vocabulary {node['x-vocabulary']!r}.")
        what, allowed = VOCABULARIES[node["x-vocabulary"]]
        if value not in allowed:
            fail(f"{value!r} is not {what} ({', '.join(sorted(allowed))})")


def _ecma(pattern: str) -> str:
    """JSON Schema's final ``$`` ends the string; Python's also matches before a last newline."""
    return pattern[:-1] + r"\Z" if pattern.endswith("$") and not pattern.endswith("\\$") else pattern


def _kind(value: Any) -> str:
    return "nothing" if value is None else type(value).__name__


RULES: dict[str, frozenset[str]] = load_rules()
