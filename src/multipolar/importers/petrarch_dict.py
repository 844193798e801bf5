"""Read PETRARCH/TABARI verb dictionaries: blocks, verb forms, synsets and patterns
(the format is described in :mod:`multipolar.importers.petrarch_verbs`), and lemmas of their verbs."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import VerbDictionaryError
from .dictionary import dictionary_lines, read_dictionary

MARKERS = frozenset("+$%^")


# ---- reading -----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class VerbForm:
    """A verb line: its words (upper case), which of them is the verb, irregular forms and an
    own code (None: the block's)."""

    words: tuple[str, ...]
    verb_index: int
    irregular: tuple[str, ...] = ()
    code: str | None = None
    source: str = ""


@dataclass(frozen=True, slots=True)
class Pattern:
    """A pattern line: tokens before and after the ``*`` (words, markers, ``(``/``)``/``{``/``}``
    and ``&SYNSET`` names), its code and the raw text."""

    pre: tuple[str, ...]
    post: tuple[str, ...]
    code: str
    raw: str
    source: str = ""


@dataclass(frozen=True, slots=True)
class VerbBlock:
    name: str
    code: str | None
    verbs: tuple[VerbForm, ...]
    patterns: tuple[Pattern, ...]
    source: str = ""


@dataclass(frozen=True, slots=True)
class VerbDictionary:
    synsets: dict[str, tuple[str, ...]]
    blocks: tuple[VerbBlock, ...]
    issues: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class VerbImportReport:
    """What :func:`import_petrarch_verbs` wrote: counts, skipped patterns/verbs by reason
    (with examples), approximations by kind, and lines it could not read."""

    out_path: str
    counts: dict[str, int]
    skipped: Counter = field(default_factory=Counter)
    approximated: Counter = field(default_factory=Counter)
    examples: dict[str, tuple[str, ...]] = field(default_factory=dict)
    issues: tuple[str, ...] = ()


_CODE = re.compile(r"\[([^\]]*)\]")
_HEADER = re.compile(r"^\s*---\s*(.*?)\s*(?:---)?\s*$")


def _lines(text: str, name: str) -> Iterator[tuple[str, str]]:
    """(file:line, text) of the dictionary's lines (:func:`.dictionary.dictionary_lines`)."""
    for n, line in dictionary_lines(text):
        yield f"{name}:{n}", line


def _split_words(text: str) -> list[str]:
    """Tokens of a pattern or verb line: ``_`` and blanks separate words; brackets and markers
    are tokens of their own; ``&SYN`` stays one token."""
    text = re.sub(r"([(){}*])", r" \1 ", text.replace("_", " "))
    out: list[str] = []
    for tok in text.split():
        # "+TAP", "SUGGESTED+" : a marker glued to a word
        while len(tok) > 1 and tok[0] in MARKERS:
            out.append(tok[0])
            tok = tok[1:]
        tail = []
        while len(tok) > 1 and tok[-1] in MARKERS:
            tail.insert(0, tok[-1])
            tok = tok[:-1]
        out.append(tok)
        out.extend(tail)
    return out


def _code_of(blob: str) -> tuple[str | None, str]:
    """The first ``[code]`` of a line and the text before it."""
    m = _CODE.search(blob)
    if not m:
        return None, blob
    return m[1].strip(), blob[:m.start()]


def read_verb_dictionary(path: str | Path) -> VerbDictionary:
    """Read synsets and verb blocks. Lines that fit nothing are listed in ``issues``."""
    path = Path(path)
    try:
        text = read_dictionary(path)
    except OSError as e:
        raise VerbDictionaryError(f"Cannot read {path}: {e}") from None
    return parse_verb_dictionary(text, path.name)


def parse_verb_dictionary(text: str, name: str = "verbs") -> VerbDictionary:
    synsets: dict[str, list[str]] = {}
    blocks: list[VerbBlock] = []
    issues: list[str] = []
    cur_syn: str | None = None
    block: dict[str, Any] | None = None

    def flush() -> None:
        nonlocal block
        if block is not None:
            blocks.append(VerbBlock(block["name"], block["code"], tuple(block["verbs"]),
                                    tuple(block["patterns"]), block["source"]))
        block = None

    for where, line in _lines(text, name):
        s = line.strip()
        if m := _HEADER.match(s):
            flush()
            cur_syn = None
            code, head = _code_of(m[1])
            block = {"name": " ".join(_split_words(head)), "code": code, "verbs": [],
                     "patterns": [], "source": where}
            continue
        if s.startswith("~"):
            flush()
            issues.append(f"{where}: transformation rule not supported: {s!r}")
            continue
        if s.startswith("&"):
            flush()
            cur_syn = s.split()[0].rstrip("_").upper()
            synsets.setdefault(cur_syn, [])
            continue
        if cur_syn is not None and s.startswith("+"):
            synsets[cur_syn].append(" ".join(_split_words(s[1:])).upper())
            continue
        if block is None:
            issues.append(f"{where}: outside any verb block: {s!r}")
            continue
        if s.startswith("-"):
            code, body = _code_of(s[1:])
            if code is None:
                issues.append(f"{where}: pattern without a [code]: {s!r}")
                continue
            toks = _split_words(body.upper())
            if "*" not in toks:
                issues.append(f"{where}: pattern without *: {s!r}")
                continue
            i = toks.index("*")
            block["patterns"].append(Pattern(tuple(toks[:i]), tuple(toks[i + 1:]), code,
                                             s[1:].split("[", 1)[0].strip(), where))
            continue
        # a verb form line
        code, body = _code_of(s)
        irregular = ()
        if "{" in body:
            body, _, rest = body.partition("{")
            irregular = tuple(w.replace("+", "").upper() for w in rest.split("}", 1)[0].split()
                              if w.replace("+", ""))
        toks = _split_words(body.upper())
        if not toks:
            issues.append(f"{where}: cannot read verb line {s!r}")
            continue
        verb_index = toks.index("+") if "+" in toks else 0
        words = tuple(t for t in toks if t != "+")
        if not words or any(t in MARKERS for t in words):
            issues.append(f"{where}: cannot read verb line {s!r}")
            continue
        block["verbs"].append(VerbForm(words, min(verb_index, len(words) - 1), irregular, code,
                                       where))
    flush()
    if not blocks:
        raise VerbDictionaryError(f"{name} holds no '--- VERB [code] ---' block.")
    return VerbDictionary({k: tuple(v) for k, v in synsets.items()}, tuple(blocks), tuple(issues))


# ---- lemmas ------------------------------------------------------------------------------
# Morphology the tagger gives each inflection; the rule lemmatizer needs it.
_MORPH = {None: "", "base": "VerbForm=Inf", "s": "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
          "ed": "Tense=Past|VerbForm=Fin", "en": "Aspect=Perf|Tense=Past|VerbForm=Part",
          "ing": "Aspect=Prog|Tense=Pres|VerbForm=Part"}


@lru_cache(maxsize=1)
def _spacy_lemmatizer() -> Callable[[str, str | None], str] | None:
    """The pipeline's own rule lemmatizer (so lemmas agree with the coder's), or None."""
    try:
        import spacy
        from spacy.tokens import Doc

        from .. import settings

        nlp = spacy.load(settings.get("model"), exclude=["tok2vec", "tagger", "parser", "ner",
                                                         "attribute_ruler", "senter"])
        lem = nlp.get_pipe("lemmatizer")
        index = set(lem.lookups.get_table("lemma_index").get("verb", ()))
    except Exception:  # noqa: BLE001 - no model, no lemmatizer: fall back to rules
        return None

    def run(word: str, kind: str | None = None) -> str:
        if kind is None and word in index:
            return word  # a base form ("discuss", "need")
        doc = Doc(nlp.vocab, words=[word], pos=["VERB"], morphs=[_MORPH[kind]])
        cands = lem.rule_lemmatize(doc[0]) or [word]
        if kind is not None:
            return cands[0]  # what the coder will take
        known = [c for c in cands if c in index]
        if known:
            return known[0]
        if word + "e" in index:  # TABARI stems: EXCHANG
            return word + "e"
        return cands[0]

    return run


_IRREGULAR = {"met": "meet", "left": "leave", "held": "hold", "said": "say", "says": "say",
              "shot": "shoot", "fought": "fight", "won": "win", "lent": "lend", "sank": "sink",
              "paid": "pay", "made": "make", "began": "begin", "broke": "break",
              "broken": "break", "drawn": "draw", "risen": "rise", "sought": "seek",
              "found": "find", "lost": "lose", "understood": "understand"}


def lemma_of(word: str, use_spacy: bool = True, kind: str | None = None) -> str:
    """The verb lemma of a dictionary verb form ("CALLED" -> "call", "MET" -> "meet").
    ``kind`` ("s", "ed", "en", "ing") lemmatises a generated inflection as the coder will."""
    w = word.lower()
    run = _spacy_lemmatizer() if use_spacy else None
    if run is not None:
        return run(w, kind)
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""),
                         ("s", "")):
        if (w.endswith(suffix) and len(w) > len(suffix) + 2 and not w.endswith(("ss", "eed"))):
            stem = w[: -len(suffix)] + repl
            if (len(stem) > 2 and stem[-1] == stem[-2] and suffix in ("ing", "ed")
                    and stem[-1] not in "lsfz"):
                stem = stem[:-1]
            return stem
    return w
