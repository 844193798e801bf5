"""`multipolar code` output follows the contract (docs/coded.schema.json, a copy of
shared/contract/coded.schema.json), and the seed article passes its scorer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from conftest import ROOT, shared_path
from multipolar import api
from multipolar.model import to_records

SCHEMA = json.loads((ROOT / "docs" / "coded.schema.json").read_text(encoding="utf-8"))


def test_contract_copy_matches_shared():
    shared = json.loads(shared_path("contract", "coded.schema.json").read_text(encoding="utf-8"))
    assert shared == SCHEMA


@pytest.fixture(scope="module")
def seed_records(tmp_path_factory):
    results = list(api.code([shared_path("corpus", "seed.jsonl")]))
    out = tmp_path_factory.mktemp("seed") / "coded.jsonl"
    recs = [rec for r in results for rec in to_records(r)]
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    return out, recs


def test_contract_every_record_validates(seed_records):
    _, recs = seed_records
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for rec in recs:
        errors = list(validator.iter_errors(rec))
        assert not errors, (rec, errors[0].message)
    assert {r["kind"] for r in recs} == {"mention", "quote", "event", "document"}


def test_contract_evidence_offsets_point_into_the_text(seed_records):
    _, recs = seed_records
    text = json.loads(shared_path("corpus", "seed.jsonl").read_text(encoding="utf-8"))["text"]
    for r in recs:
        if r["kind"] == "event":
            ev = r["evidence"]
            assert text[ev["start"]:ev["end"]] == ev["text"]
        if r["kind"] == "quote":
            assert text[r["start"]:r["end"]] == r["text"]


def _score(path: Path, *thresholds: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(shared_path("eval", "score.py")), "--gold",
         str(shared_path("gold", "seed-article.json")), "--text",
         str(shared_path("corpus", "000_003f3a805b1ea64e.txt")), "--coded", str(path), *thresholds],
        capture_output=True, text=True)


@pytest.mark.parametrize("thresholds", [
    # the scorer's defaults: every core event, every quote with its speaker, 90% of mentions
    (),
    # actors: 95% of mentions; events: 60% of the stretch events and every date
    ("--min-mentions", "0.95", "--min-stretch", "0.6", "--min-dates", "1.0"),
], ids=["defaults", "mentions-stretch-dates"])
def test_contract_seed_scorer_floors(seed_records, thresholds):
    """Negations, non-actors and the schema must be exactly right in every case."""
    path, _ = seed_records
    res = _score(path, *thresholds)
    assert res.returncode == 0, res.stdout
