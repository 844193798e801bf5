"""The alliance analysis on hand-made events: deduplication, dyads, the v1 measure, poles, blocs,
explanations, and the `alignment` / `explain` commands on a temporary store."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from multipolar.analysis import (alignment_frame, bloc_frame, deduplicate, dyad_frame, explain,
                                 find_blocs, from_rows, leaning_frame, near_duplicate_docs,
                                 pair_alignment, posterior)
from multipolar.analysis.load import event_day, parse_period, to_events, window_of
from multipolar.analysis.synthetic import event_row as ev
from multipolar.cli_analysis import alignment, explain as explain_cmd
from multipolar.model import ActorRef, Article, DocResult, Event, Mention, Quote, Span

# ---- deduplication ----------------------------------------------------------------------------


@pytest.mark.parametrize("second, merged", [
    ({}, True),                                           # another paper, same day: one event
    ({"type": "AGREE"}, False),                           # another type
    ({"day": "2023-05-02"}, False),                       # another day
    ({"recipients": ["BLR", "KAZ"]}, False),              # another recipient set
    ({"negated": True}, False),                           # "did not meet" never merges with "met"
])
def test_dedup_one_a_day_rule(second, merged):
    a = ev("a1", "CONSULT", ["RUS"], ["BLR"], doc_id="paper1", evidence="Putin met Lukashenko.")
    args = {"type": "CONSULT", "recipients": ["BLR"], "day": "2023-05-01", **second}
    b = ev("b1", args["type"], ["RUS"], args["recipients"], args["day"], doc_id="paper2",
           evidence="The two leaders talked in Sochi.", negated=args.get("negated", False))
    events = deduplicate(to_events([a, b]))
    assert (len(events) == 1) is merged
    if merged:
        (e,) = events
        assert e.doc_ids == ("paper1", "paper2") and e.merged_by == ("day",)
        assert [s.evidence for s in e.sources] == ["Putin met Lukashenko.", "The two leaders talked in Sochi."]


@pytest.mark.parametrize("date, doc_date, day", [
    ("2023-05-25", "2023-06-01", "2023-05-25"),   # a day in the text wins
    ("2023-06", "2023-06-14", "2023-06-14"),      # a month that holds the article's day: that day
    (None, "2023-06-14", "2023-06-14"),           # no date: the article's
    ("2014", "2023-06-14", "2014-01-01"),         # a past year named in the text: its first day
    (None, None, None),
])
def test_dedup_events_without_a_day_fall_back_to_the_document_date(date, doc_date, day):
    assert event_day(date, doc_date) == day


def test_dedup_month_dated_event_merges_with_the_same_day_report():
    a = ev("a1", "AID", ["USA"], ["UKR"], day="2022-03", doc_date="2022-03-16", doc_id="p1")
    b = ev("b1", "AID", ["USA"], ["UKR"], day="2022-03-16", doc_id="p2")
    assert len(deduplicate(to_events([a, b]))) == 1


def test_dedup_syndicated_sentence_merges_across_dates():
    text = "Poland sent “weapons” to Ukraine on Monday, officials said."
    a = ev("a1", "AID", ["POL"], ["UKR"], day=None, doc_date="2022-03-01", doc_id="wire", evidence=text)
    b = ev("b1", "AID", ["POL"], ["UKR"], day=None, doc_date="2022-03-03", doc_id="copy",
           evidence='POLAND sent "weapons" to Ukraine on Monday - officials said')
    (e,) = deduplicate(to_events([a, b]))
    assert e.merged_by == ("sentence",) and e.day == "2022-03-01" and len(e.sources) == 2


def _story(variant: str) -> str:
    words = [f"w{i}" for i in range(300)]
    return " ".join(words[:150] + [variant] + words[150:])


def test_dedup_near_duplicate_documents_share_their_events():
    texts = {"orig": _story("Tuesday"), "edit": _story("Wednesday"),
             "other": " ".join(f"x{i}" for i in range(300))}
    assert near_duplicate_docs(texts) == {"orig": "edit", "edit": "edit"}
    a = ev("a1", "SANCTION", ["EU"], ["BLR"], day=None, doc_date="2021-05-24", doc_id="orig",
           evidence="The bloc agreed to bar Belarusian airlines.")
    b = ev("b1", "SANCTION", ["EU"], ["BLR"], day=None, doc_date="2021-05-25", doc_id="edit",
           evidence="EU leaders agreed on Monday to ban Belarusian carriers.")
    c = ev("c1", "SANCTION", ["EU"], ["BLR"], day=None, doc_date="2021-05-25", doc_id="other",
           evidence="Unrelated.")
    merged = deduplicate(to_events([a, b, c]), texts)
    by_docs = sorted(e.doc_ids for e in merged)
    # "edit" and "other" share a day (the one-a-day rule); "orig" joins them as edit's near-copy
    assert by_docs == [("orig", "edit", "other")]
    assert "near-duplicate" in merged[0].merged_by
    only_near = deduplicate(to_events([a, b]), texts, rules=("near-duplicate",))
    assert len(only_near) == 1
    assert len(deduplicate(to_events([a, b]), texts, rules=("day",))) == 2


# ---- dyads --------------------------------------------------------------------------------


def test_dyads_reciprocal_events_count_both_ways_and_compounds_expand():
    rows = [ev("r", "AGREE", ["RUS", "CHN"], []),                    # reciprocal: no recipient
            ev("c", "AID", ["CHN"], ["KAZ", "KGZ"]),                  # compound recipient
            ev("q", "REQUEST", ["KAZ"], ["CHN"], mode="assist"),      # REQUEST: verbal conflict
            ev("n", "ASSAULT", ["RUS"], ["CHN"], negated=True)]       # not counted
    d = dyad_frame(from_rows(rows), window="month").set_index(["a", "b"])
    assert d.loc[("RUS", "CHN"), "verbal_cooperation"] == 1 and d.loc[("CHN", "RUS"), "verbal_cooperation"] == 1
    assert d.loc[("CHN", "RUS"), "verbal_cooperation_intensity"] == 2.5
    assert d.loc[("CHN", "KAZ"), "material_cooperation"] == 1 and d.loc[("CHN", "KGZ"), "material_cooperation"] == 1
    assert d.loc[("KAZ", "CHN"), "verbal_conflict"] == 1
    assert d.loc[("RUS", "CHN"), "material_conflict"] == 0 and d.loc[("RUS", "CHN"), "not_counted"] == 1
    assert set(d["window"]) == {"2023-05"}


@pytest.mark.parametrize("window, label", [("day", "2023-05-25"), ("week", "2023-W21"),
                                           ("month", "2023-05"), ("quarter", "2023-Q2"),
                                           ("year", "2023"), ("all", "all")])
def test_dyads_window_labels(window, label):
    assert window_of("2023-05-25", window) == label


def test_dyads_organisations_are_nodes_and_opposition_is_not_the_state():
    opp = ev("o", "CONSULT", ["BLR"], ["LTU"])
    opp["actor"][0]["sector"] = "OPP"                        # Belarusian opposition meets Lithuania
    rows = [ev("e", "SANCTION", ["EU"], ["BLR"]), opp]
    d = dyad_frame(from_rows(rows), window="all")
    assert list(zip(d["a"], d["b"])) == [("EU", "BLR")]


# ---- the measure --------------------------------------------------------------------------


def test_alignment_no_evidence_is_zero_with_a_wide_interval():
    p = posterior(0.0, 0.0, 0.0)
    assert float(p["score"]) == 0 and float(p["low"]) < -0.85 and float(p["high"]) > 0.85


def test_alignment_interval_narrows_with_evidence_and_sign_follows_it():
    widths = []
    for n in (1, 4, 16, 64):
        p = posterior(2.5 * n, 0.0, 6.25 * n)       # n agreements
        widths.append(float(p["high"] - p["low"]))
        assert float(p["score"]) > 0
    assert widths == sorted(widths, reverse=True)
    assert float(posterior(0.0, 9.0 * 5, 81.0 * 5)["score"]) < 0


def test_alignment_one_dominant_event_counts_as_few():
    # ten events where one AID outweighs nine phone calls: n_eff is well below 10
    p = posterior(10 + 9 * 1.5, 0.0, 100 + 9 * 2.25)
    assert 2 < float(p["n_eff"]) < 5


def test_alignment_frame_and_pair_on_hand_made_events():
    rows = [ev("a", "CONSULT", ["BLR"], ["RUS"], mode="visit"), ev("b", "AID", ["RUS"], ["BLR"], "2023-05-02"),
            ev("c", "ACCUSE", ["KAZ"], ["RUS"]), ev("d", "AID", ["RUS"], ["BLR"], hypothetical=True)]
    es = from_rows(rows)
    f = alignment_frame(es).set_index(["a", "b"])
    assert f.loc[("BLR", "RUS"), "score"] > 0 > f.loc[("KAZ", "RUS"), "score"]
    assert f.loc[("BLR", "RUS"), "n_events"] == 2 and f.loc[("BLR", "RUS"), "not_counted"] == 1
    assert "UNION_STATE" in f.loc[("BLR", "RUS"), "ties"]            # beside the score only
    one = pair_alignment(es, "RUS", "BLR")
    assert one["pair"] == ["BLR", "RUS"] and one["score"] == pytest.approx(f.loc[("BLR", "RUS"), "score"], abs=1e-4)
    empty = pair_alignment(es, "BLR", "KAZ")
    assert empty["n_events"] == 0 and empty["score"] == 0 and "CSTO" in empty["ties"]


def test_alignment_leanings_count_members_of_an_organisation_pole_never_oneself():
    rows = [ev("a", "AGREE", ["POL"], ["DEU"], "2023-05-01"),       # toward the EU pole (member)
            ev("b", "SUPPORT", ["POL"], ["EUROPEAN_COMMISSION"]),   # an EU institution
            ev("c", "ACCUSE", ["POL"], ["RUS"]),
            ev("d", "AGREE", ["GBR"], ["DEU"], "2021-03-01"),       # GBR left the EU in 2020
            ev("e", "AGREE", ["GBR"], ["DEU"], "2019-03-01")]
    f = leaning_frame(from_rows(rows)).set_index(["state", "pole"])
    assert f.loc[("POL", "EU"), "n_events"] == 2 and f.loc[("POL", "RUS"), "score"] < 0
    assert f.loc[("GBR", "EU"), "n_events"] == 2                        # with a member, both years
    assert f.loc[("DEU", "EU"), "n_events"] == 2                        # POL's, and GBR's of 2019 only
    assert ("RUS", "RUS") not in f.index and ("POL", "POL") not in f.index


def test_explain_a_leaning_toward_an_organisation_pole():
    rows = [ev("a", "AGREE", ["POL"], ["DEU"]), ev("b", "ACCUSE", ["POL"], ["RUS"]),
            ev("c", "SUPPORT", ["EU"], ["POL"], "2023-05-03")]
    ex = explain(from_rows(rows), "POL", "EU", pole=True)
    assert list(ex.events["direction"]) == ["POL -> DEU", "EU -> POL"]
    assert ex.summary["n_events"] == 2 and ex.summary["pole"] == "EU" and ex.quotes.empty


def test_blocs_from_signed_scores():
    import pandas as pd
    scores = pd.DataFrame([("A", "B", 0.8), ("C", "D", 0.7), ("A", "C", -0.6), ("B", "D", -0.5),
                           ("B", "C", 0.1)], columns=["a", "b", "score"])
    assert find_blocs(scores) == [("A", "B"), ("C", "D")]


@pytest.mark.parametrize("period, bounds", [
    ("2023", ("2023-01-01", "2023-12-31")), ("2023-02", ("2023-02-01", "2023-02-28")),
    ("2023-01..2023-06", ("2023-01-01", "2023-06-30")), ("..2022", (None, "2022-12-31"))])
def test_explain_periods(period, bounds):
    assert parse_period(period) == bounds


@pytest.mark.parametrize("bad", ["23", "2023-13", "May 2023"])
def test_explain_bad_periods_are_refused(bad):
    with pytest.raises(ValueError):
        parse_period(bad)


# ---- a real store: explain, quotes and the commands ---------------------------------------------

TEXT = ("Lukashenko flew to Moscow. Peskov said: \"Belarus is our ally and we will protect it.\" "
        "Kazakhstan criticized Russia.")
BLR = ActorRef("Lukashenko", "Alexander Lukashenko", "BLR", "GOV", "Q11083")
RUS = ActorRef("Moscow", "Russia", "RUS", "GOV", "RUS")
PESKOV = ActorRef("Peskov", "Dmitry Peskov", "RUS", "GOV", "Q1349843")
KAZ = ActorRef("Kazakhstan", "Kazakhstan", "KAZ", "GOV", "KAZ")


def _span(text: str) -> Span:
    start = TEXT.index(text)
    return Span(text, start, start + len(text))


def _doc(doc_id: str) -> DocResult:
    q = _span("Belarus is our ally and we will protect it.")
    events = (
        Event(f"{doc_id}:e1", "CONSULT", "visit", (), (BLR,), (RUS,), False, False, False, "2023-05-25",
              _span("Lukashenko flew to Moscow."), _span("flew"), "042", 4.0, None, "verb"),
        Event(f"{doc_id}:e2", "ACCUSE", None, (), (KAZ,), (RUS,), False, False, False, "2023-05-25",
              _span("Kazakhstan criticized Russia."), _span("criticized"), "111", -3.0, None, "verb"))
    mentions = (Mention(0, 10, BLR), Mention(19, 25, RUS), Mention(q.start, q.start + 7,
                ActorRef("Belarus", "Belarus", "BLR", "GOV", "BLR")), Mention(27, 33, PESKOV))
    return DocResult(doc_id, "ok", mentions=mentions, events=events,
                     quotes=(Quote(f"{doc_id}:q1", q.text, q.start, q.end, PESKOV, "say"),))


@pytest.fixture()
def coded_db(tmp_path):
    from multipolar.store import Store

    url = f"sqlite:///{tmp_path / 'a.db'}"
    store = Store(url)
    store.ingest([Article("wire", TEXT, "2023-05-25"), Article("copy", TEXT + " ", "2023-05-25")])
    store.save_results([_doc("wire"), _doc("copy")])
    return url


def test_explain_cites_events_sentences_and_quotes(coded_db):
    from multipolar.store import Store

    ex = explain(Store(coded_db), "RUS", "BLR")
    assert ex.summary["n_events"] == 1 and ex.summary["score"] > 0
    assert list(ex.events["report"]) == ["1/2", "2/2"]          # one visit, reported twice
    assert set(ex.events["doc_id"]) == {"wire", "copy"}
    assert ex.events["sentence"].iloc[0] == "Lukashenko flew to Moscow."
    assert ex.quotes["why"].iloc[0] == "speaker of RUS mentions BLR"
    assert "we will protect it" in ex.quotes["text"].iloc[0]


def invoke(cmd, *args):
    r = CliRunner().invoke(cmd, [str(a) for a in args], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return r.output


def test_cli_alignment_and_explain(coded_db, tmp_path):
    data = json.loads(invoke(alignment, "--db", coded_db, "--format", "json"))
    pairs = {(p["a"], p["b"]): p for p in data["pairs"]}
    assert data["measure"] == "multipolar.alignment.v1"
    assert pairs[("BLR", "RUS")]["score"] > 0 > pairs[("KAZ", "RUS")]["score"]
    one = json.loads(invoke(alignment, "--db", coded_db, "--pair", "BLR", "RUS", "--format", "json"))
    assert {"pair", "score", "low", "high", "n_events"} <= set(one) and one["n_events"] == 1
    assert invoke(alignment, "--db", coded_db, "--format", "csv", "--show", "pairs").startswith("a,b,window")
    png = tmp_path / "a.png"
    invoke(alignment, "--db", coded_db, "--window", "month", "--plot", png)
    assert png.stat().st_size > 1000
    out = invoke(alignment, "--db", coded_db, "--report", "BLR,RUS", "--about", "KAZ")
    assert "KAZ toward RUS" in out and "Kazakhstan criticized Russia." in out
    text = invoke(explain_cmd, "BLR", "RUS", "--db", coded_db, "--period", "2023-05")
    assert text.startswith("BLR-RUS in 2023-05: +0.333") and "CONSULT" in text and "2 quotes" in text
    assert "Lukashenko flew to Moscow." in invoke(explain_cmd, "BLR", "RUS", "--db", coded_db,
                                                  "--format", "csv")
    ex = json.loads(invoke(explain_cmd, "BLR", "RUS", "--db", coded_db, "--format", "json"))
    assert ex["events"][0]["type"] == "CONSULT" and ex["quotes"][0]["speaker"] == "Dmitry Peskov"


def test_cli_option_choices_match_the_library():
    import multipolar.analysis as an
    import multipolar.cli_analysis as cli

    assert (cli.WINDOWS, cli.DEFAULT_POLES, cli.SECTIONS, cli.LEVEL) == \
        (an.WINDOWS, an.DEFAULT_POLES, an.SECTIONS, an.LEVEL)


def test_cli_bad_period_is_a_clean_error(coded_db):
    from multipolar.cli_analysis import AnalysisError

    r = CliRunner().invoke(explain_cmd, ["BLR", "RUS", "--db", coded_db, "--period", "2023-13"])
    assert isinstance(r.exception, AnalysisError) and "[E030]" in str(r.exception)


def test_cli_blocs_section(coded_db):
    data = json.loads(invoke(alignment, "--db", coded_db, "--show", "blocs", "--min-events", "1",
                             "--format", "json"))
    assert [b["members"] for b in data["blocs"]] == ["BLR,RUS"]
    assert bloc_frame(coded_db_store(coded_db)).empty       # by default a pair needs two events


def coded_db_store(url):
    from multipolar.store import Store

    return Store(url)


def test_cli_and_report_on_an_empty_store(tmp_path):
    from multipolar.analysis import demo_report
    from multipolar.store import Store

    url = f"sqlite:///{tmp_path / 'empty.db'}"
    data = json.loads(invoke(alignment, "--db", url, "--format", "json", "--show", "pairs,leanings,blocs,shifts"))
    assert data["pairs"] == [] and data["shifts"] == []
    one = json.loads(invoke(alignment, "--db", url, "--pair", "BLR", "RUS", "--format", "json"))
    assert one["n_events"] == 0 and one["low"] < -0.8
    assert "Most documented pairs" in demo_report(Store(url), tmp_path / "empty.png")


def test_demo_report_summarises_and_plots(coded_db, tmp_path):
    from multipolar.analysis import demo_report

    png = tmp_path / "demo.png"
    text = demo_report(coded_db_store(coded_db), png)
    assert "BLR-RUS" in text and "4 coded events -> 2 distinct" in text and png.stat().st_size > 1000
