"""The learned event model: the shipped asset, its decisions on the hard cases of issue 9,
confidence on every event, and the settings and filters around it."""

from __future__ import annotations

import hashlib
import json

import numpy as np
import pytest

from multipolar import settings
from multipolar.errors import SettingError
from multipolar.model import Article
from multipolar.nlp.eventmodel import ASSET, EventModel
from multipolar.ontology import EVENT_TYPES


def test_event_model_asset_is_complete_and_pinned():
    meta = json.loads((ASSET / "meta.json").read_text(encoding="utf-8"))
    assert meta["labels"] == list(EVENT_TYPES)
    assert hashlib.sha256((ASSET / "model.onnx").read_bytes()).hexdigest() == meta["sha256"]
    assert (ASSET / "model.onnx").stat().st_size < 100e6
    assert 0.2 <= meta["threshold"] <= 0.8 and meta["temperature"] > 0


def test_event_model_probabilities_shape_and_range():
    model = EventModel()
    p = model.probabilities(["Russian troops shelled Kharkiv on Monday.", "Thank you very much.", ""])
    assert p.shape == (3, len(EVENT_TYPES))
    assert np.all((p >= 0) & (p <= 1))
    assert p[0, EVENT_TYPES.index("ASSAULT")] > p[1, EVENT_TYPES.index("ASSAULT")]
    assert model.probabilities([]).shape == (0, len(EVENT_TYPES))


def test_event_model_default_install_has_no_torch():
    """Coding needs onnxruntime only: torch is in the optional train extra, and CI (which installs
    the default and dev dependencies) has none."""
    import importlib.util
    import os
    import tomllib

    from conftest import ROOT

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    default = " ".join(project["dependencies"] + project["optional-dependencies"]["dev"]).lower()
    assert "torch" not in default and "transformers" not in default
    assert "torch" in " ".join(project["optional-dependencies"]["train"])
    if os.environ.get("CI"):
        assert importlib.util.find_spec("torch") is None


@pytest.fixture(scope="module")
def coder():
    from multipolar.nlp.pipeline import code_articles, load_pipeline

    nlp = load_pipeline()

    def run(text: str, date: str = "2021-06-01"):
        (res,) = code_articles([Article("t", text, date)], nlp, admit=False)
        return res.events

    return run


# The failures issue 9 lists, by kind: courtesy, assessments, topics, questions, denials, trade.
QUIET = [
    "The President gave a detailed assessment of the situation in Moldova.",
    "Thank you, Mr Prime Minister.",
    "An important role is played by the council.",
    "Will you invade Ukraine, Mr President?",
    "Russia exports gas to Serbia.",
    "Thousands of fans rallied in the stadium to cheer the national team.",
]


@pytest.mark.slow
def test_event_model_leaves_courtesy_questions_and_topics_alone(coder):
    coded = {text: [e.type for e in coder(text)] for text in QUIET}
    noisy = {t: types for t, types in coded.items() if types}
    assert len(noisy) <= 1, noisy


@pytest.mark.slow
@pytest.mark.parametrize("text, etype, actor, recipient", [
    ("Police fired tear gas at protesters in Lagos on Monday.", "ASSAULT", "NGA", "NGA"),
    ("Germany and France signed a treaty on defence cooperation in Aachen.", "AGREE", "DEU", None),
    ("Erdogan discussed the situation in Libya with Putin by phone.", "CONSULT", "TUR", "RUS"),
])
def test_event_model_codes_what_rules_missed(coder, text, etype, actor, recipient):
    events = [e for e in coder(text, "2020-10-12") if e.type == etype]
    assert events, f"no {etype} in {text!r}"
    ev = events[0]
    sides = {a.country for a in ev.actor} | {a.country for a in ev.recipient}
    assert actor in sides
    if recipient and recipient != actor:
        assert recipient in sides
    assert "LBY" not in {a.country for a in ev.recipient}


@pytest.mark.slow
def test_event_model_gives_every_event_a_confidence(coder):
    events = coder("Russia accused Ukraine of shelling Donetsk. NATO sent troops to Estonia.")
    assert events and all(e.confidence is not None and 0 <= e.confidence <= 1 for e in events)


def test_event_model_settings_are_checked(monkeypatch):
    monkeypatch.setenv("MULTIPOLAR_MIN_CONFIDENCE", "1.5")
    with pytest.raises(SettingError):
        settings.learned()
    monkeypatch.setenv("MULTIPOLAR_MIN_CONFIDENCE", "0.4")
    assert settings.learned()[3] == 0.4
    assert settings.learned(0.7)[3] == 0.7


def test_event_model_off_gives_rules_alone():
    from multipolar.nlp.pipeline import code_articles, load_pipeline

    nlp = load_pipeline(learned=("off", 0.3, 0.6, 0.0))
    assert "multipolar_event_model" not in nlp.pipe_names
    (res,) = code_articles([Article("t", "Russia accused Ukraine of shelling Donetsk.", "2022-03-01")], nlp)
    assert all(e.confidence is None for e in res.events)
