"""Score any event coder against gold-standard records (``multipolar eval``).

    from multipolar.evaluate import run_eval, render_text
    result = run_eval("PETR.UnitTest.records.xml", kb_files=("petrarch-kb.yaml",))
    print(render_text(result))

The coder is multipolar itself (``coder="multipolar"``) or a file of precoded ``multipolar
code`` output whose ``doc_id`` values are the gold record ids (``coder="out.jsonl"``);
:func:`gold_to_articles` writes the gold texts as input for any coder.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from ..errors import CoderOutputError
from .gold import (
    FORMATS,
    GoldEvent,
    GoldFormatError,
    GoldRecord,
    gold_to_articles,
    read_gold,
    read_petrarch_xml,
    read_plover_json,
)
from .report import render_text, to_json
from .score import CodedEvent, EvalResult, TypeScore, WrongRecord, score

__all__ = ["FORMATS", "CodedEvent", "CoderOutputError", "EvalResult", "GoldEvent",
           "GoldFormatError", "GoldRecord", "TypeScore", "WrongRecord", "code_with_multipolar",
           "gold_to_articles", "read_coded_jsonl", "read_gold", "read_petrarch_xml",
           "read_plover_json", "render_text", "run_eval", "score", "to_json"]


def _countries(side: list | None) -> tuple[str, ...]:
    out: list[str] = []
    for actor in side or []:
        country = actor.get("country") if isinstance(actor, dict) else None
        if country and country not in out:
            out.append(country)
    return tuple(out)


def read_coded_jsonl(path: str | Path) -> dict[str, list[CodedEvent]]:
    """Events of ``multipolar code`` output (``kind: event`` lines), by ``doc_id``."""
    out: dict[str, list[CodedEvent]] = defaultdict(list)
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise CoderOutputError(f"Cannot read {path}: {e}") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            raise CoderOutputError(f"{path} line {n}: not JSON ({e})") from None
        if isinstance(rec, dict) and rec.get("kind", "event") == "event" and rec.get("type"):
            out[str(rec.get("doc_id"))].append(CodedEvent(
                str(rec["type"]).upper(), rec.get("mode"), _countries(rec.get("actor")),
                _countries(rec.get("recipient")), bool(rec.get("negated"))))
    return dict(out)


def code_with_multipolar(records: Sequence[GoldRecord], kb_files: Sequence[str] = (),
                         model: str | None = None, kb_path: str | None = None,
                         lexicon_path: str | None = None) -> dict[str, list[CodedEvent]]:
    """Code each gold text with multipolar (short texts too) and keep its events by record id."""
    from ..model import Article
    from ..nlp.pipeline import code_articles, load_pipeline

    nlp = load_pipeline(model=model, kb_path=kb_path, lexicon_path=lexicon_path,
                        kb_files=tuple(str(Path(f).resolve()) for f in kb_files))
    articles = [Article(r.id, r.text, r.date) for r in records if not r.skip]
    out: dict[str, list[CodedEvent]] = {}
    for result in code_articles(articles, nlp, admit=False):
        out[result.doc_id] = [CodedEvent(e.type, e.mode, _countries([a.to_dict() for a in e.actor]),
                                         _countries([a.to_dict() for a in e.recipient]), e.negated)
                              for e in result.events]
    return out


def run_eval(gold_path: str | Path, fmt: str = "auto", kb_files: Sequence[str] = (),
             coder: str = "multipolar", model: str | None = None, kb_path: str | None = None,
             lexicon_path: str | None = None, include_negated: bool = False) -> EvalResult:
    """Read gold records, code them (or read precoded output) and score.

    Args:
        gold_path: PLOVER JSON/JSON Lines or PETRARCH XML gold records.
        fmt: ``auto``, ``plover`` or ``petrarch``.
        kb_files: User knowledge-base YAML files for multipolar (e.g. imported PETRARCH
            dictionaries, see :func:`multipolar.importers.phoenix.import_phoenix`).
        coder: ``multipolar`` or the path of a JSON Lines file of coded events.
        model: spaCy pipeline for multipolar (default: the setting).
        kb_path: A knowledge-base folder replacing the shipped one (an empty folder with
            ``kb_files`` codes with those files' actors alone).
        lexicon_path: An event lexicon replacing the shipped one.
        include_negated: Score negated coded events too.

    Raises:
        GoldFormatError: The gold file cannot be read.
        CoderOutputError: The precoded file cannot be read.
    """
    records = read_gold(gold_path, fmt)
    if coder == "multipolar":
        coded = code_with_multipolar(records, kb_files, model, kb_path, lexicon_path)
    elif Path(coder).is_file():
        coded = read_coded_jsonl(coder)
    else:
        raise CoderOutputError(f"Unknown coder {coder!r}: neither 'multipolar' nor a file.")
    return score(records, coded, str(gold_path), coder, include_negated)
