"""Rules tested on hand-built parses, so that they do not move when the statistical model does."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from multipolar.model import ActorRef
from multipolar.nlp.actors import TokMention, role_of
from multipolar.nlp.events import MentionIndex, mentions_under, scope, subject_tokens
from multipolar.nlp.lexicon import load_lexicon


VOCAB = spacy.blank("en").vocab


def make(words, heads, deps, pos=None, lemmas=None):
    """A Doc with the given parse; heads are absolute token indices, lemmas default to the
    lowercased words."""
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos or ["X"] * len(words),
               lemmas=lemmas or [w.lower() for w in words])


def state(i, iso3):
    return TokMention(i, i + 1, ActorRef("x", iso3, iso3, "GOV", iso3), "state")


def test_events_subject_climbs_purpose_and_coordinated_verbs():
    # "Tokayev flew to Beijing to attend the forum and meet Xi"
    words = ["Tokayev", "flew", "to", "Beijing", "to", "attend", "the", "forum", "and", "meet", "Xi"]
    heads = [1, 1, 1, 2, 5, 1, 7, 5, 5, 5, 9]
    deps = ["nsubj", "ROOT", "prep", "pobj", "aux", "advcl", "det", "dobj", "cc", "conj", "dobj"]
    doc = make(words, heads, deps, ["PROPN", "VERB", "ADP", "PROPN", "PART", "VERB", "DET", "NOUN",
                                    "CCONJ", "VERB", "PROPN"])
    assert [t.text for t in subject_tokens(doc[9])] == ["Tokayev"]
    assert [t.text for t in subject_tokens(doc[5])] == ["Tokayev"]


def test_events_subject_of_noun_complement_is_its_possessor():
    # "Ankara's attempt to annex the island"
    words = ["Ankara", "'s", "attempt", "to", "annex", "the", "island"]
    heads = [2, 0, 2, 4, 2, 6, 4]
    deps = ["poss", "case", "ROOT", "aux", "acl", "det", "dobj"]
    doc = make(words, heads, deps, ["PROPN", "PART", "NOUN", "PART", "VERB", "DET", "NOUN"])
    assert [t.text for t in subject_tokens(doc[4])] == ["Ankara"]


def test_events_scope_refrain_from_negates():
    # "Hungary refrains from sending troops"
    words = ["Hungary", "refrains", "from", "sending", "troops"]
    doc = make(words, [1, 1, 1, 2, 3], ["nsubj", "ROOT", "prep", "pcomp", "dobj"],
               ["PROPN", "VERB", "ADP", "VERB", "NOUN"])
    doc[1].lemma_ = "refrain"  # the lemmatizer's reading of "refrains"
    assert scope(doc[3], load_lexicon()) == (True, False, False)


def test_events_scope_modal_and_future():
    lex = load_lexicon()
    # "Oslo could sanction Minsk" / "Oslo will sanction Minsk"
    for aux, expect in (("could", (False, True, False)), ("will", (False, False, True))):
        doc = make(["Oslo", aux, "sanction", "Minsk"], [2, 2, 2, 2], ["nsubj", "aux", "ROOT", "dobj"],
                   ["PROPN", "AUX", "VERB", "PROPN"])
        assert scope(doc[2], lex) == expect


def test_events_scope_not_only_is_not_negation():
    # "Rome not only praised Madrid"
    doc = make(["Rome", "not", "only", "praised", "Madrid"], [3, 3, 3, 3, 3],
               ["nsubj", "neg", "advmod", "ROOT", "dobj"], ["PROPN", "PART", "ADV", "VERB", "PROPN"])
    assert scope(doc[3], load_lexicon())[0] is False


def test_events_mentions_under_takes_all_conjuncts():
    # "offered Chile, Peru and Bolivia loans" (last conjunct parsed as a compound)
    words = ["offered", "Chile", ",", "Peru", "and", "Bolivia", "loans"]
    heads = [0, 0, 1, 1, 3, 6, 3]
    deps = ["ROOT", "dobj", "punct", "conj", "cc", "compound", "conj"]
    doc = make(words, heads, deps, ["VERB", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "NOUN"])
    idx = MentionIndex([state(1, "CHL"), state(3, "PER"), state(5, "BOL")])
    assert [m.actor.country for m in mentions_under(doc[1], idx)] == ["CHL", "PER", "BOL"]


@pytest.mark.parametrize("words, heads, deps, head_i, role", [
    (["the", "foreign", "minister"], [2, 2, 2], ["det", "amod", "ROOT"], 2, "foreign_minister"),
    (["the", "prime", "minister"], [2, 2, 2], ["det", "amod", "ROOT"], 2, "head_of_government"),
    (["Secretary", "of", "State"], [0, 0, 1], ["ROOT", "prep", "pobj"], 0, "foreign_minister"),
    (["Minister", "of", "Defence"], [0, 0, 1], ["ROOT", "prep", "pobj"], 0, "defence_minister"),
    (["press", "secretary"], [1, 1], ["compound", "ROOT"], 1, "spokesperson"),
    (["the", "dictator"], [1, 1], ["det", "ROOT"], 1, "leader"),
    (["the", "minister"], [1, 1], ["det", "ROOT"], 1, None),
])
def test_actors_role_of(words, heads, deps, head_i, role):
    doc = make(words, heads, deps)
    assert role_of(doc[head_i]) == role
