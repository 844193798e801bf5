"""Scoring coders against gold records (multipolar.evaluate)."""

from __future__ import annotations

import json

import pytest

from conftest import shared_path
from multipolar.evaluate import (CodedEvent, CoderOutputError, GoldEvent, GoldFormatError,
                                 GoldRecord, gold_to_articles, read_coded_jsonl, read_gold,
                                 render_text, run_eval, score, to_json)

PLOVER = [
    {"id": "p1", "date": "2023-06-01", "text": "Arnor accused Gondor of violating the ceasefire.",
     "event": "ACCUSE", "mode": "allege", "context": ["military"],
     "source": [{"actorText": "Arnor", "code": "ARN", "sector": "GOV"}],
     "target": [{"actorText": "Gondor", "code": "GONMIL", "sector": ["MIL"]}]},
    {"id": "p2", "publication_date": "20230602", "text": "Arnor and Gondor met in Bree.",
     "event": "consult", "source": [{"actorText": "Arnor", "code": "ARN"},
                                    {"actorText": "Gondor", "code": "GON"}], "target": []},
    {"id": "p2", "text": "Arnor and Gondor met in Bree.", "event": "AGREE",
     "source": [{"code": "ARN"}], "target": [{"code": "GON"}]},
    {"id": "p3", "text": "The weather was fine.", "event": "NONE"},
]

PETRARCH = """<Validation><Sentences>
<Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
<!-- a comment -->
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<EventCoding sourcecode="GONGOV" targetcode="---" eventcode="111"></EventCoding>
<Text>
Arnor is about to restore full diplomatic ties
with Gondor.
</Text>
<Parse>(ROOT (S (NP (NNP Arnor))))</Parse>
</Sentence>
<Sentence date = "20080801" id ="NONE-01" category="PARSING" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>The park is to be jointly managed.</Text>
</Sentence>
<Sentence date="19950101" id="ERR-01" category="ERROR" sentence="true">
<EventCoding error="dateline"></EventCoding>
<Text>CEBU CITY: -- a dateline</Text>
</Sentence>
<Sentence date="19950101" id="APPEAL-01" category="DEMO" sentence="true">
<EventCoding sourcecode='"INJURY TOLL"' targetcode="OSG" eventcode="023"></EventCoding>
<Text>Eriador appealed for aid.</Text>
</Sentence>
</Sentences></Validation>
"""


@pytest.fixture()
def plover_file(tmp_path):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(PLOVER), encoding="utf-8")
    return path


@pytest.fixture()
def petrarch_file(tmp_path):
    path = tmp_path / "records.xml"
    path.write_text(PETRARCH, encoding="utf-8")
    return path


def test_evaluate_reads_plover_json(plover_file):
    records = {r.id: r for r in read_gold(plover_file)}
    assert records["p1"].date == "2023-06-01" and records["p2"].date == "2023-06-02"
    (e,) = records["p1"].events
    assert (e.type, e.mode, e.actor_countries, e.recipient_countries) == (
        "ACCUSE", "allege", ("ARN",), ("GON",))
    assert e.actor_sector == "GOV" and e.recipient_sector == "MIL"
    assert [x.type for x in records["p2"].events] == ["CONSULT", "AGREE"]
    assert records["p2"].events[0].actor_countries == ("ARN", "GON")
    assert records["p3"].events == ()


def test_evaluate_reads_plover_json_lines(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in PLOVER) + "\n", encoding="utf-8")
    assert [r.id for r in read_gold(path)] == ["p1", "p2", "p3"]


@pytest.mark.parametrize("content, message", [
    ("{not json", "not JSON"),
    ('[{"id": "x"}]', "text field"),
    ('[{"id": "x", "text": "t", "event": "PARTY"}]', "unknown PLOVER event type"),
])
def test_evaluate_rejects_bad_plover_gold(tmp_path, content, message):
    path = tmp_path / "gold.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldFormatError, match=message):
        read_gold(path)


def test_evaluate_reads_petrarch_xml(petrarch_file):
    records = {r.id: r for r in read_gold(petrarch_file)}
    demo = records["DEMO-00"]
    assert demo.text == "Arnor is about to restore full diplomatic ties with Gondor."
    assert demo.date == "1995-01-01" and demo.category == "DEMO" and demo.skip is None
    first, second = demo.events
    assert (first.type, first.actor_countries, first.recipient_countries, first.cameo) == (
        "COOPERATE", ("ARN",), ("GON",), "064")
    assert second.actor_countries == ("GON",) and second.actor_sector == "GOV"
    assert second.recipient_countries == ()
    assert records["NONE-01"].events == () and records["NONE-01"].skip is None
    assert "error handling" in records["ERR-01"].skip
    assert "023" in records["APPEAL-01"].skip


def _gold(*events: GoldEvent, rid: str = "r1") -> GoldRecord:
    return GoldRecord(rid, "some text", None, events)


def test_evaluate_score_type_and_full_matches():
    records = [
        _gold(GoldEvent("ACCUSE", actor_countries=("ARN",), recipient_countries=("GON",)), rid="a"),
        _gold(GoldEvent("ASSAULT", actor_countries=("ARN",), recipient_countries=("GON",)), rid="b"),
        _gold(rid="c"),
        _gold(GoldEvent("CONSULT", actor_countries=("ARN",), recipient_countries=("GON",)),
              GoldEvent("CONSULT", actor_countries=("GON",), recipient_countries=("ARN",)), rid="d"),
    ]
    coded = {
        "a": [CodedEvent("ACCUSE", None, ("ARN",), ("GON",))],
        "b": [CodedEvent("ASSAULT", None, ("GON",), ("ARN",)), CodedEvent("ACCUSE", None, ("ARN",), ())],
        "c": [CodedEvent("PROTEST", None, ("ARN",), ())],
        "d": [CodedEvent("CONSULT", None, ("ARN", "GON"), ())],  # reciprocal, as PLOVER codes it
    }
    result = score(records, coded)
    by_type = {s.type: s for s in result.per_type}
    assert by_type["ACCUSE"].prf(full=True) == (0.5, 1.0, pytest.approx(2 / 3))
    assert by_type["ASSAULT"].prf(full=False)[2] == 1.0 and by_type["ASSAULT"].prf(full=True)[2] == 0
    assert by_type["CONSULT"].found_full == 2 and by_type["CONSULT"].correct_full == 1
    assert by_type["PROTEST"].prf() == (0.0, 0.0, 0.0)
    assert (result.n_scored, result.n_correct, result.n_exact) == (4, 2, 2)
    assert result.share_correct == 0.5
    assert result.actor_accuracy == (3, 4) and result.recipient_accuracy == (3, 4)
    assert result.confusion[("NONE", "PROTEST")] == 1 and result.confusion[("ASSAULT", "ASSAULT")] == 1
    assert [w.id for w in result.wrong] == ["b", "c"]
    assert result.wrong[0].expected == ("ASSAULT ARN -> GON",)
    assert 0 < result.macro_f1_full < result.macro_f1_type <= 1


def test_evaluate_score_negated_events_left_out_and_extra_events_not_exact():
    record = _gold(GoldEvent("ACCUSE", actor_countries=("ARN",), recipient_countries=("GON",)))
    coded = {"r1": [CodedEvent("ACCUSE", None, ("ARN",), ("GON",)),
                    CodedEvent("AID", None, ("ARN",), ("GON",)),
                    CodedEvent("ASSAULT", None, ("ARN",), ("GON",), negated=True)]}
    result = score([record], coded)
    assert (result.n_correct, result.n_exact, result.total.coded) == (1, 0, 2)
    assert score([record], coded, include_negated=True).total.coded == 3


def test_evaluate_precoded_jsonl_coder_and_reports(tmp_path, plover_file):
    lines = [
        {"kind": "mention", "doc_id": "p1", "text": "Arnor"},
        {"kind": "event", "doc_id": "p1", "type": "ACCUSE", "mode": "allege",
         "actor": [{"country": "ARN"}], "recipient": [{"country": "GON"}], "negated": False},
        {"kind": "event", "doc_id": "p2", "type": "CONSULT", "actor": [{"country": "ARN"},
                                                                        {"country": "GON"}],
         "recipient": []},
        {"kind": "document", "doc_id": "p3", "status": "ok"},
    ]
    coded_path = tmp_path / "coded.jsonl"
    coded_path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    assert set(read_coded_jsonl(coded_path)) == {"p1", "p2"}
    result = run_eval(plover_file, coder=str(coded_path))
    assert result.coder == str(coded_path) and result.n_scored == 3
    assert result.n_correct == 2  # p1 right, p3 right (nothing expected); p2 lacks AGREE
    text = render_text(result)
    assert "right PLOVER type, source and target: 2/3" in text and "p2" in text
    data = to_json(result)
    assert json.loads(json.dumps(data))["share_correct"] == pytest.approx(2 / 3)


def test_evaluate_unknown_coder_and_bad_precoded_file(tmp_path, plover_file):
    with pytest.raises(CoderOutputError, match="E022"):
        run_eval(plover_file, coder="petrarch2")
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{broken\n", encoding="utf-8")
    with pytest.raises(CoderOutputError, match="line 1"):
        run_eval(plover_file, coder=str(bad))


def test_evaluate_gold_to_articles(plover_file):
    rows = gold_to_articles(read_gold(plover_file))
    assert rows[0] == {"id": "p1", "text": PLOVER[0]["text"], "date": "2023-06-01"}


def test_evaluate_multipolar_coder_with_a_user_kb(tmp_path, plover_file):
    kb = tmp_path / "kb.yaml"
    kb.write_text("states:\n  - {iso3: ARN, name: Arnor}\n  - {iso3: GON, name: Gondor}\n",
                  encoding="utf-8")
    result = run_eval(plover_file, kb_files=(str(kb),))
    assert result.n_scored == 3
    assert ("ACCUSE", "ACCUSE") in result.confusion
    assert all(w.id != "p1" for w in result.wrong)


@pytest.mark.shared
@pytest.mark.slow
def test_evaluate_petrarch_unit_tests_with_their_dictionaries(tmp_path):
    from multipolar.importers.phoenix import import_phoenix

    records = shared_path("data", "petrarch-unit-tests", "PETR.UnitTest.records.xml")
    kb = tmp_path / "petrarch-kb.yaml"
    import_phoenix(records.parent, kb)
    result = run_eval(records, kb_files=(str(kb),))
    assert result.n_records == 284 and result.n_scored > 150
    print(f"\nPETRARCH unit tests, right type+source+target: {result.n_correct}/{result.n_scored} "
          f"({result.share_correct:.1%}); micro F1 full {result.total.prf()[2]:.3f}, "
          f"type only {result.total.prf(full=False)[2]:.3f}")
