"""The annotated event corpus (corpus/events): shape, size, splits, no third-party text."""

from __future__ import annotations

import json
from collections import defaultdict

import pytest
from conftest import ROOT, SHARED, shared_path

from multipolar.evaluate.corpus import REAL, SPLITS, load_corpus, split_sentences
from multipolar.ontology import EVENT_TYPES

CORPUS = ROOT / "corpus" / "events"
STANCES = {"asserted", "attributed", "asked", "denied"}


def _records() -> list[dict]:
    return [json.loads(line) for f in sorted((CORPUS / "annotations").glob("*.jsonl"))
            for line in f.open(encoding="utf-8") if line.strip()]


RECORDS = _records()


def test_corpus_size_and_make_up():
    n = len(RECORDS)
    real = [r for r in RECORDS if r["source"] in REAL]
    none = [r for r in RECORDS if not any(e["stance"] == "asserted" for e in r["events"])]
    blind = [r for r in RECORDS if r["split"] == "blind"]
    assert n >= 4000
    assert len(real) >= n / 2
    assert len(none) >= n / 3
    assert len(blind) >= 600 and all(r["source"] in REAL for r in blind)
    double = [json.loads(x) for x in (CORPUS / "double.jsonl").open(encoding="utf-8") if x.strip()]
    assert len(double) >= n / 10


def test_corpus_real_text_is_stored_as_references_only():
    for r in RECORDS:
        if r["source"] in REAL:
            assert "text" not in r and "context" not in r, r["id"]
            ref = r["ref"]
            assert ref["source"] == r["source"] and 0 <= ref["start"] < ref["end"]
        else:
            assert r["source"] == "written" and r["text"].strip()


def test_corpus_splits_are_by_document():
    seen = defaultdict(set)
    for r in RECORDS:
        assert r["split"] in SPLITS
        seen[r["doc"]].add(r["split"])
    assert all(len(s) == 1 for s in seen.values())
    assert len({r["id"] for r in RECORDS}) == len(RECORDS)


def test_corpus_events_are_well_formed():
    for r in RECORDS:
        for e in r["events"]:
            assert e["type"] in EVENT_TYPES and e["stance"] in STANCES, r["id"]
            for role in ("actor", "recipient"):
                for side in e[role]:
                    assert (side["start"] is None) == (side["end"] is None)
                    if side["start"] is not None:
                        assert 0 <= side["start"] < side["end"]


@pytest.mark.shared
def test_corpus_references_resolve_and_spans_fit():
    shared_path("data", "news-dev")
    recs = list(load_corpus(SHARED))
    assert len(recs) == len(RECORDS)
    for r in recs:
        assert r["text"].strip(), r["id"]
        for e in r["events"]:
            for role in ("actor", "recipient"):
                for side in e[role]:
                    if side["start"] is not None:
                        assert side["end"] <= len(r["text"]), r["id"]


def test_corpus_reader_without_shared_keeps_the_written_part(tmp_path):
    written = [r for r in load_corpus(None)]
    assert written and all(r["source"] == "written" for r in written)


@pytest.mark.parametrize("text, expected", [
    ("Mr. Smith met Dr. Jones. They agreed.", ["Mr. Smith met Dr. Jones.", "They agreed."]),
    ("He said: \"We will win.\" The crowd cheered.", ["He said: \"We will win.\"", "The crowd cheered."]),
    ("The U.S. Army left.\nA new paragraph", ["The U.S. Army left.", "A new paragraph"]),
])
def test_corpus_split_sentences(text, expected):
    assert [text[a:b] for a, b in split_sentences(text)] == expected
