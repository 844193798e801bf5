"""The command line through click's CliRunner, on a SQLite file."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import FIXTURE_KB
from multipolar.cli import main

TEXTS = [
    {"id": "n1", "date": "2022-03-01", "text": "Poland sent weapons to Ukraine on Monday. Russia criticized Poland."},
    {"id": "n2", "date": "2022-03-02", "text": "Olaf Scholz travelled to Kyiv and met Volodymyr Zelenskyy."},
    {"id": "bad", "text": ""},
]


@pytest.fixture()
def corpus(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_text("\n".join(json.dumps(t) for t in TEXTS), encoding="utf-8")
    return p


def invoke(*args, env=None):
    result = CliRunner().invoke(main, [str(a) for a in args], env=env, catch_exceptions=False)
    return result


def test_cli_code_writes_contract_records_and_a_status_per_input(corpus):
    r = invoke("code", "--kb", FIXTURE_KB, corpus)
    assert r.exit_code == 0, r.output
    recs = [json.loads(line) for line in r.stdout.splitlines()]
    docs = {x["doc_id"]: x for x in recs if x["kind"] == "document"}
    assert set(docs) == {"n1", "n2", "bad"} and docs["bad"]["status"] == "skipped"
    assert any(x["kind"] == "event" and x["type"] == "AID" for x in recs)
    assert "coded 3 documents: 2 ok, 1 skipped" in r.stderr


def test_cli_store_workflow(tmp_path, corpus):
    db = f"sqlite:///{tmp_path / 'm.db'}"
    assert "added 2" in invoke("ingest", corpus, "--db", db).output
    assert "added 0" in invoke("ingest", corpus, "--db", db).output
    out = invoke("extract", "--db", db, "--kb", FIXTURE_KB).output
    assert "2 ok" in out
    rows = json.loads(invoke("events", "--db", db, "--actor", "POL", "--format", "json").output)
    assert {r["type"] for r in rows} == {"AID"}
    csv_out = invoke("events", "--db", db, "--format", "csv").output
    assert csv_out.splitlines()[0].startswith("id,doc_id,date,type")
    assert "Zelenskyy" in invoke("actors", "--db", db).output
    assert "events by" in invoke("summary", "--db", db).output.lower()
    docs = json.loads(invoke("documents", "--db", db, "--format", "json").output)
    assert {d["status"] for d in docs} == {"ok", "skipped"}


def test_cli_errors_are_one_clean_line(tmp_path):
    r = CliRunner().invoke(main, ["code", str(tmp_path / "missing.txt")])
    assert r.exit_code == 2 and r.output.startswith("Error: [E002]")


@pytest.mark.parametrize("command", ["code", "ingest", "extract", "events", "quotes", "actors",
                                     "summary", "demo", "settings", "documents"])
def test_cli_every_command_has_help(command):
    r = invoke(command, "--help")
    assert r.exit_code == 0 and len(r.output) > 100
