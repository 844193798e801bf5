"""The document type: the shipped classifier, its features, and the rule that decides it."""

from __future__ import annotations

import hashlib
import json

import pytest

from conftest import ROOT, shared_path
from multipolar.model import Article, Event, Span
from multipolar.nlp import doctype
from multipolar.nlp.lexicon import load_lexicon
from multipolar.nlp.pipeline import code_articles

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def test_headline_is_the_title_and_the_body_follows_it():
    text = "Army shells border town\n\nThe army shelled the town on Monday."
    assert doctype.headline_of(text, "Army shells border town") == ("Army shells border town", 23)
    assert doctype.headline_of("Body only.", "A title not in the text") == ("A title not in the text", 0)


def test_without_a_title_the_first_line_is_the_headline():
    head, start = doctype.headline_of("\nTroops withdraw from the city\nMore text.", None)
    assert head == "Troops withdraw from the city" and start == 30


def test_features_mark_headline_words_and_the_lexicons_event_types(nlp):
    text = "Rebels attack convoy\n\nThe government condemned the attack and imposed a curfew."
    head, start = doctype.headline_of(text, None)
    (tagged,) = doctype.tag_headlines(nlp, [head])
    feats = doctype.features(tagged, doctype.body_tokens(nlp(text), start), load_lexicon())
    words, marked, in_head, in_body = feats.split("\n")
    assert words == "rebels attack convoy" and marked == "t_rebels t_attack t_convoy"
    assert {"HV_ASSAULT", "HN_ASSAULT"} & set(in_head.split())  # headlines tag loosely
    assert {"BV_ACCUSE", "BN_ASSAULT"} <= set(in_body.split())


def _event(kind: str, start: int, negated: bool = False) -> Event:
    span = Span("x", start, start + 5)
    return Event(id=f"d:e{start}", type=kind, mode=None, context=(), actor=(), recipient=(),
                 negated=negated, hypothetical=False, future=False, date=None, evidence=span,
                 trigger=span, cameo=None, intensity=None)


def test_the_classifier_decides_only_when_sure_of_a_known_headline_else_the_lead_event():
    events = [_event("ACCUSE", 40), _event("ASSAULT", 10, negated=True), _event("AID", 20)]
    sure = doctype.decide(("ASSAULT", 0.97, True), events)
    assert sure["type"] == "ASSAULT" and sure["by"] == "classifier" and sure["event_id"] is None
    unsure = doctype.decide(("CONCEDE", 0.4, True), events)
    assert unsure == {"type": "AID", "by": "lead_event", "event_id": "d:e20",
                      "classifier": {"type": "CONCEDE", "p": 0.4}}
    assert doctype.decide(("CONCEDE", 0.97, False), events)["by"] == "lead_event"
    assert doctype.decide(("CONCEDE", 0.4, True), []) is None


def test_a_headline_with_words_never_seen_in_training_is_not_known():
    seen = doctype.headline_words()
    assert "talks" in seen and "zelenskyy" not in seen
    ((_, _, known), (_, _, unknown)) = doctype.classify(["talks\nt_talks\n\n", "zelenskyy\nt_zelenskyy\n\n"])
    assert known and not unknown


def test_the_shipped_classifier_loads_and_says_how_it_was_trained():
    meta = doctype.asset_meta()
    assert meta["trained_on"] > 3000 and "never trained on" in meta["split"]
    assert meta["figures_at_training"]["stories"]["doc_type"] >= 0.75
    ((kind, p, _),) = doctype.classify(["t_x\nHV_ASSAULT\nBV_ASSAULT BN_ASSAULT"])
    assert kind in TYPES and 0 < p <= 1


def test_the_shipped_classifier_was_trained_on_the_file_beside_the_checkout():
    data = shared_path("data", "ngec-synthetic", "gpt_synthetic_events_2023-10-19_19.csv")
    assert hashlib.sha256(data.read_bytes()).hexdigest() == doctype.asset_meta()["data_sha256"]


def test_every_coded_document_record_carries_its_type(nlp):
    from multipolar.model import to_records

    arts = [Article("a", "France condemned Russia on Monday.", "2023-06-01", title="France condemns Russia"),
            Article("b", "The weather was mild across the region on Monday.", "2023-06-01")]
    recs = [r for res in code_articles(arts, nlp) for r in to_records(res) if r["kind"] == "document"]
    first, second = recs
    assert first["doc_type"]["type"] in TYPES and first["doc_type"]["classifier"]["type"] in TYPES
    if first["doc_type"]["by"] == "lead_event":
        assert first["doc_type"]["type"] == "ACCUSE" and first["doc_type"]["event_id"] == "a:e1"
    assert second["doc_type"] is None or second["doc_type"]["by"] == "classifier"
    json.dumps(recs)


def test_a_broken_classifier_costs_the_type_not_the_events(nlp, monkeypatch):
    def broken(texts, path=None):
        raise RuntimeError("no classifier")

    monkeypatch.setattr(doctype, "classify", broken)
    (res,) = code_articles([Article("a", "France condemned Russia on Monday.", "2023-06-01")], nlp)
    assert res.status == "ok" and res.events and "doc_type" not in res.meta


@pytest.mark.slow
def test_the_script_featurizes_as_the_shipped_model_was_trained():
    """The script's split and features are the ones the shipped asset was trained with: it
    answers right on a sample of its own training stories."""
    shared_path("data", "ngec-synthetic")
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    import train_classifier as tc

    rows = tc.load()
    train, held = tc.split(rows, "stories")
    assert len(train) == doctype.asset_meta()["trained_on"] and len(held) == len(rows) - len(train)
    sample = train[::40]
    feats = tc.featurize([(r["headline"], r["doc"]) for r in sample])
    right = sum(k == r["label"] for (k, _, _), r in zip(doctype.classify(feats), sample))
    assert right / len(sample) > 0.95
