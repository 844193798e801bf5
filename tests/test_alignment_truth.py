"""The measures recover a known truth from generated event streams (multipolar.analysis.synthetic):
two states that grow apart on a known date, a world of three blocs, a state leaning to one pole.

The streams are noisy on purpose (15% of events of the wrong sign, a few events a month); the
rates over many seeds are in docs/alignment.md ("Checks on generated data")."""

from __future__ import annotations

import pytest

from multipolar.analysis import (alignment_frame, bloc_frame, from_rows, leaning_frame,
                                 leaning_summary, pair_alignment, shift_frame)
from multipolar.analysis.load import window_of, window_start
from multipolar.analysis.synthetic import bloc_world, drifting_pair, event_row

CHANGE = "2023-07-16"
BLOCS = {"DEU,GBR,POL,USA", "BLR,KAZ,RUS", "CHN,KHM,LAO,PAK"}


def _index(label: str, window: str) -> int:
    start = window_start(label)
    months = int(start[:4]) * 12 + int(start[5:7]) - 1
    return months // 3 if window == "quarter" else months


@pytest.mark.parametrize("window", ["month", "quarter"])
@pytest.mark.parametrize("seed", range(5))
def test_truth_shift_date_recovered_within_one_window(seed, window):
    es = from_rows(drifting_pair("ARM", "RUS", change=CHANGE, per_month=8, seed=seed))
    shifts = shift_frame(es, window)
    truth = _index(window_of(CHANGE, window), window)
    found = [_index(label, window) for label in shifts["after"]]
    assert found, "the change was not flagged"
    assert all(abs(f - truth) <= 1 for f in found), (list(shifts["after"]), window_of(CHANGE, window))
    first = shifts.iloc[0]
    assert first["score_before"] > 0.3 and first["score_after"] < -0.3 and first["change"] < 0
    assert first["events"] and all(e["intensity"] < 0 for e in first["events"])   # what pushed it


@pytest.mark.parametrize("window", ["month", "quarter"])
@pytest.mark.parametrize("seed", range(5))
def test_truth_no_change_no_shift(seed, window):
    es = from_rows(drifting_pair("ARM", "RUS", change="2030-01-01", per_month=8, seed=seed))
    assert shift_frame(es, window).empty


@pytest.mark.parametrize("seed", range(3))
def test_truth_scores_before_and_after_the_change(seed):
    es = from_rows(drifting_pair("ARM", "RUS", change=CHANGE, seed=seed))
    before = pair_alignment(es, "ARM", "RUS", until="2023-06")
    after = pair_alignment(es, "ARM", "RUS", since="2023-08")
    assert before["low"] > 0 and after["high"] < 0                   # both clearly signed
    series = alignment_frame(es, "year", ties=False)
    assert list(series["window"]) == ["2022", "2023", "2024"]
    assert series["score"].is_monotonic_decreasing


@pytest.mark.parametrize("seed", range(5))
def test_truth_three_blocs_recovered_exactly(seed):
    es = from_rows(bloc_world(observed=0.6, events=(3, 10), noise=0.1, seed=seed))
    blocs = bloc_frame(es)
    assert set(blocs["members"]) == BLOCS
    assert (blocs["cohesion"] > 0).all() and (blocs["hostility"] < 0).all()


def test_truth_a_state_leaning_to_one_pole():
    rows, n = [], 0
    for month in range(1, 13):
        for pole, etype in (("CHN", "AGREE"), ("CHN", "AID"), ("RUS", "ACCUSE"), ("USA", "CONSULT"),
                            ("USA", "REJECT")):
            n += 1
            rows.append(event_row(f"e{n}", etype, ["KAZ"], [pole], f"2023-{month:02d}-10", f"d{n}"))
    lean = leaning_frame(from_rows(rows)).set_index("pole")
    assert lean.loc["CHN", "low"] > lean.loc["USA", "high"] and lean.loc["RUS", "high"] < 0
    (summary,) = leaning_summary(leaning_frame(from_rows(rows))).itertuples()
    assert summary.closest == "CHN" and summary.clear


# ---- the hand-annotated seed article: its "alignment" expectations, through the whole pipeline ----

@pytest.fixture(scope="module")
def seed_store(tmp_path_factory):
    from conftest import shared_path
    from multipolar import api
    from multipolar.store import Store

    store = Store(f"sqlite:///{tmp_path_factory.mktemp('seed') / 'seed.db'}")
    api.ingest([shared_path("corpus", "seed.jsonl")], store)
    api.extract(store)
    return store


@pytest.mark.slow
@pytest.mark.shared
def test_truth_seed_article_alignment_expectations(seed_store):
    import json

    from conftest import shared_path

    gold = json.loads(shared_path("gold", "seed-article.json").read_text(encoding="utf-8"))
    pairs = alignment_frame(seed_store).set_index(["a", "b"])
    for expect in gold["alignment"]:
        score = pairs.loc[tuple(sorted(expect["pair"])), "score"]
        assert (score > 0) == (expect["expect"] == "cooperative"), (expect, score)


@pytest.mark.slow
@pytest.mark.shared
def test_truth_seed_article_explain_cites_the_visit_and_peskov(seed_store):
    from multipolar.analysis import explain

    ex = explain(seed_store, "BLR", "RUS")
    assert ex.events["sentence"].str.contains("Lukashenka flew to Moscow").any()
    peskov = ex.quotes[ex.quotes["text"].str.contains("we will protect it from any threat")]
    assert not peskov.empty and peskov["speaker_country"].iloc[0] == "RUS"
