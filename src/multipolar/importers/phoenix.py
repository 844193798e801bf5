"""Import PETRARCH/Phoenix (TABARI-format) actor and agent dictionaries as a user KB file.

Actor files hold ``NAME [CODE]`` headers, ``+SYNONYM`` lines, and code lines with optional
dates: ``[USAGOV >20090120]`` (after), ``[HOB < 950601]`` (before), ``[HOBGOV 19950601 -
19990815]`` (inclusive); six-digit dates are YYMMDD with years below 30 in the 2000s, as in
PETRARCH. ``[FRO/BIL/SAM]`` lists several codes. Agent files hold ``NOUN {PLURALS} [~GOV]``
(``[NGO~]`` puts the code first) with ``!SET! = A, B`` substitutions. ``#`` and ``<!-- -->``
are comments.

    report = import_phoenix("../shared/data/phoenix-dictionaries", "phoenix-kb.yaml")
    report.counts, report.skipped[:3]

The output loads with ``load_kb(None, ("phoenix-kb.yaml",))`` or ``multipolar code --kb
phoenix-kb.yaml``; how entries are sorted into sections is in :mod:`.phoenix_kb`, how names
and codes are read in :mod:`.phoenix_text`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import yaml

from ..errors import DictionaryError
from .dictionary import dictionary_lines, read_dictionary
from .phoenix_kb import to_user_kb
from .phoenix_text import CAMEO_ALIASES, ROLE_SECTORS, normalise_name, split_code

__all__ = ["CAMEO_ALIASES", "ROLE_SECTORS", "DictionaryError", "ImportReport", "PhoenixActor",
           "PhoenixAgent", "PhoenixCode", "import_phoenix", "normalise_name",
           "read_actor_dictionary", "read_agent_dictionary", "split_code", "to_user_kb"]


@dataclass(frozen=True, slots=True)
class PhoenixCode:
    """One code of an actor; ``start`` and ``end`` are ISO days (inclusive), None when open."""

    code: str
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True, slots=True)
class PhoenixActor:
    """An actor entry: raw dictionary phrases (``ARNOR_``) and codes; ``source`` is file:line."""

    name: str
    synonyms: tuple[str, ...]
    codes: tuple[PhoenixCode, ...]
    source: str = ""


@dataclass(frozen=True, slots=True)
class PhoenixAgent:
    """An agent noun in lower case with its plurals; ``code`` is the CAMEO agent code
    ("GOVMED"), ``prefix`` True for ``[NGO~]`` (the code goes before the actor's)."""

    name: str
    synonyms: tuple[str, ...]
    code: str
    prefix: bool = False
    source: str = ""


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What :func:`import_phoenix` wrote: entries per section, entries skipped or partly kept
    with the reason, and lines it could not read."""

    out_path: str
    counts: dict[str, int]
    skipped: tuple[tuple[str, str], ...] = ()
    issues: tuple[str, ...] = ()


# ---- reading -----------------------------------------------------------------------------
def _day(text: str) -> date:
    if len(text) == 6:
        text = ("20" if int(text[:2]) < 30 else "19") + text
    if len(text) != 8:
        raise ValueError(text)
    return date(int(text[:4]), int(text[4:6]), int(text[6:]))


def _codes(blob: str, where: str, issues: list[str]) -> list[PhoenixCode]:
    out = []
    for inner in re.findall(r"\[([^\]]*)\]", blob):
        m = re.fullmatch(r"\s*(\S+?)\s*(?:([<>])\s*(\d+)|(\d+)\s*-\s*(\d+))?\s*", inner)
        if not m:
            issues.append(f"{where}: cannot read [{inner}]")
            continue
        try:
            start = end = None
            if m[2] == "<":
                end = (_day(m[3]) - timedelta(days=1)).isoformat()
            elif m[2] == ">":
                start = (_day(m[3]) + timedelta(days=1)).isoformat()
            elif m[4]:
                start, end = _day(m[4]).isoformat(), _day(m[5]).isoformat()
        except ValueError:
            issues.append(f"{where}: bad date in [{inner}]; code dropped")
            continue
        out += [PhoenixCode(c.upper(), start, end) for c in m[1].split("/") if c]
    return out


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, text) of the dictionary's lines (:func:`.dictionary.dictionary_lines`)."""
    return dictionary_lines(read_dictionary(path))


def read_actor_dictionary(path: str | Path, issues: list[str] | None = None) -> list[PhoenixActor]:
    """Read an actors file. A name line with no code yet followed by another name line is taken
    as a synonym of that next entry (PETRARCH's files leave off the ``+`` now and then)."""
    path, issues = Path(path), issues if issues is not None else []
    out: list[PhoenixActor] = []
    names: list[str] = []
    codes: list[PhoenixCode] = []
    src = ""

    def flush() -> None:
        if names and codes:
            out.append(PhoenixActor(names[0], tuple(names[1:]), tuple(codes), src))
            names.clear()
            codes.clear()

    for n, line in _lines(path):
        head = line.split("[", 1)[0].strip()
        if head.startswith("+"):
            names.extend(s.strip() for s in head.split("+") if s.strip())
        elif head:  # a new entry; names still waiting for a code become its synonyms
            flush()
            src = f"{path.name}:{n}"
            names.insert(0, head)
        codes.extend(_codes(line, f"{path.name}:{n}", issues))
    flush()
    if names:
        issues.append(f"{src}: {names[0]!r} has no code")
    return out


def read_agent_dictionary(path: str | Path, issues: list[str] | None = None) -> list[PhoenixAgent]:
    """Read an agents file: ``!SET!`` substitutions expanded, ``{}`` plurals kept, regular
    plurals added when a line has no braces."""
    path, issues = Path(path), issues if issues is not None else []
    sets: dict[str, list[str]] = {}
    out = []
    for n, line in _lines(path):
        if m := re.match(r"\s*(![A-Z]+!)\s*=\s*(.+)", line):
            sets[m[1]] = [w.strip() for w in m[2].split(",") if w.strip()]
            continue
        m = re.match(r"\s*([^{\[]+?)\s*(?:\{([^}]*)\})?\s*\[\s*(~?)\s*([A-Z]+)\s*(~?)\s*\]", line)
        if not m:
            issues.append(f"{path.name}:{n}: cannot read agent line {line.strip()!r}")
            continue
        forms = [m[1]] + (m[2] or "").replace(",", " ").split()
        for key in re.findall(r"![A-Z]+!", " ".join(forms)):
            if key not in sets:
                issues.append(f"{path.name}:{n}: unknown substitution {key}")
                break
            forms = [g for f in forms for g in ([f.replace(key, s) for s in sets[key]]
                                                if key in f else [f])]
        else:
            names = [normalise_name(f, "agent")[0].lower() for f in forms]
            if m[2] is None and "!" not in m[1]:
                names.append(re.sub(r"(?<=[^aeiou])y$", "ie", names[0]) + (
                    "es" if re.search("(s|x|ch|sh)$", names[0]) else "s"))
            out.append(PhoenixAgent(names[0], tuple(dict.fromkeys(names[1:])), m[4],
                                    bool(m[5] and not m[3]), f"{path.name}:{n}"))
    return out


def _files(spec: str | Path | Iterable[str | Path]) -> list[Path]:
    items = [spec] if isinstance(spec, (str, Path)) else list(spec)
    out: list[Path] = []
    for item in map(Path, items):
        if item.is_dir():
            out += sorted(p for p in item.iterdir() if re.search(r"\.(actors|agents)\.txt$", p.name,
                                                                 re.I))
        elif item.is_file():
            out.append(item)
        else:
            raise DictionaryError(f"{item} does not exist.")
    if not out:
        raise DictionaryError(f"No *.actors.txt or *.agents.txt file in {', '.join(map(str, items))}.")
    return out


def import_phoenix(dir_or_files: str | Path | Iterable[str | Path],
                   out_path: str | Path) -> ImportReport:
    """Read PETRARCH/Phoenix dictionaries and write one user-KB YAML file.

    Args:
        dir_or_files: A folder (its ``*.actors.txt`` and ``*.agents.txt``), a file, or a list.
        out_path: The YAML file to write; the folders' LICENSE files are copied into its header.

    Raises:
        DictionaryError: If a path does not exist or no dictionary file is found.
    """
    files, issues = _files(dir_or_files), []
    actors = [a for f in files if "agents" not in f.name.lower()
              for a in read_actor_dictionary(f, issues)]
    agents = [g for f in files if "agents" in f.name.lower() for g in read_agent_dictionary(f, issues)]
    skipped: list[tuple[str, str]] = []
    data = to_user_kb(actors, agents, skipped)
    head = [f"# Converted by multipolar from PETRARCH/Phoenix dictionaries: "
            f"{', '.join(f.name for f in files)}"]
    for lic in dict.fromkeys(f.parent / "LICENSE" for f in files):
        if lic.is_file():
            head += [f"# {x}".rstrip() for x in lic.read_text(encoding="utf-8").splitlines()]
    out_path = Path(out_path)
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100,
                          default_flow_style=None)
    out_path.write_text("\n".join(head) + "\n" + body, encoding="utf-8")
    counts = {"actors_read": len(actors)} | {k: len(v) for k, v in data.items()}
    return ImportReport(str(out_path), counts, tuple(skipped), tuple(issues))
