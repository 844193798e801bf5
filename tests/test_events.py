"""Event rules on whole sentences (none from the seed article), coded with the fixture base."""

from __future__ import annotations

import pytest

from multipolar.nlp.lexicon import load_lexicon
from multipolar.ontology import EVENT_TYPES, normalize_mode


def _events(result):
    return [(e.type, sorted({a.country or a.id for a in e.actor}), sorted({a.country or a.id for a in e.recipient}),
             e.negated, e.hypothetical) for e in result.events]


def test_lexicon_senses_use_plover_types_and_modes():
    lex = load_lexicon()
    senses = [s for v in lex.verbs.values() for s in v] + list(lex.nouns.values()) + list(lex.adjectives.values())
    for s in senses:
        assert s.type in EVENT_TYPES
        normalize_mode(s.type, s.mode)  # raises on a mode PLOVER does not have
    assert set(lex.light_verbs.values()) <= {"pass", "reverse", *EVENT_TYPES}


CASES = [
    # plain transitive verb
    ("Germany criticized China over its treatment of the protesters.", ("ACCUSE", ["DEU"], ["CHN"], False, False)),
    # passive voice with a by-agent
    ("Iran was criticized by France for its nuclear programme.", ("ACCUSE", ["FRA"], ["IRN"], False, False)),
    # visit by travel to a capital
    ("Olaf Scholz travelled to Beijing on Friday.", ("CONSULT", ["DEU"], ["CHN"], False, False)),
    # chained verbs keep the subject
    ("Sergey Lavrov flew to Ankara to attend a conference and meet with Turkish officials.",
     ("CONSULT", ["RUS"], ["TUR"], False, False)),
    # compound recipients stay one event
    ("The United States offered Poland, Lithuania and Finland additional air defence.",
     ("AGREE", ["USA"], ["FIN", "LTU", "POL"], False, False)),
    # reciprocal agreement: both parties are actors, no recipient
    ("Armenia and Iran signed an agreement on energy cooperation.", ("SUPPORT", ["ARM", "IRN"], [], False, False)),
    # negation by a governing verb
    ("Turkey refrained from imposing sanctions on Russia.", ("SANCTION", ["TUR"], ["RUS"], True, False)),
    # plain negation
    ("France did not send troops to Ukraine.", ("MOBILIZE", ["FRA"], ["UKR"], True, False)),
    # hypothetical
    ("Poland could deploy more troops along the border with Belarus.", ("MOBILIZE", ["POL"], ["BLR"], False, True)),
    # nominal event with a possessive actor
    ("Russia's invasion of Ukraine shocked Europe.", ("ASSAULT", ["RUS"], ["UKR"], False, False)),
    # light verb with an event noun
    ("Finland held talks with Germany on Monday.", ("CONSULT", ["FIN"], ["DEU"], False, False)),
    ("Lithuania imposed sanctions on Belarus.", ("SANCTION", ["LTU"], ["BLR"], False, False)),
    ("Armenia requested military assistance from Russia.", ("REQUEST", ["ARM"], ["RUS"], False, False)),
    # reverse roles: receive from
    ("Ukraine received weapons from the United States.", ("AID", ["USA"], ["UKR"], False, False)),
    # descriptor actor resolved by role and date
    ("The Kazakh president condemned the attack on Ukraine.", ("ACCUSE", ["KAZ"], ["UKR"], False, False)),
    # a reaction to an act is aimed at its doer, not at its place
    ("Germany condemned the attack by Russian troops in Ukraine.", ("ACCUSE", ["DEU"], ["RUS"], False, False)),
    # a participle clause with a by-agent is passive
    ("Criticized by France, Iran defended its nuclear programme.", ("ACCUSE", ["FRA"], ["IRN"], False, False)),
    ("The airliner of Poland shot down by Russian troops crashed.", ("ASSAULT", ["RUS"], ["POL"], False, False)),
    # weapons stand for the armed forces that fire them
    ("Overnight, Russian missiles struck Kyiv and two other cities.", ("ASSAULT", ["RUS"], ["UKR"], False, False)),
    # becoming a member is joining; "the alliance" is the organisation named before
    ("Finland applied to NATO in 2022. A year later it became a member of the alliance.",
     ("COOPERATE", ["FIN"], ["NATO"], False, False)),
    # PLOVER: the visitor is the actor, the host the recipient
    ("The Turkish president hosted the Armenian foreign minister in Ankara.", ("CONSULT", ["ARM"], ["TUR"], False, False)),
    # a call or meeting given as the setting of what was said is itself a CONSULT
    ("The German chancellor told the Russian president in a telephone call that the move was unacceptable.",
     ("CONSULT", ["DEU"], ["RUS"], False, False)),
    # conjoined demonyms share their group noun; "by telephone" is no passive agent
    ("Russian and Chinese warships began joint naval exercises.", ("COOPERATE", ["CHN", "RUS"], [], False, False)),
    ("Armenian and Iranian officials spoke by telephone on Monday.", ("CONSULT", ["ARM", "IRN"], [], False, False)),
    # weapons tests and launches with no target show force; fighting into a city assaults its state
    ("Iran test-fired a ballistic missile on Sunday.", ("MOBILIZE", ["IRN"], [], False, False)),
    ("Russian troops fought their way into Kharkiv.", ("ASSAULT", ["RUS"], ["UKR"], False, False)),
    # a crowd's violence is a violent protest; "on" in a sense is a preposition, not YAML's true
    ("Hundreds of Iranian protesters stormed the British embassy.", ("PROTEST", ["IRN"], ["GBR"], False, False)),
    ("Thousands of Turks marched on the French consulate.", ("PROTEST", ["TUR"], ["FRA"], False, False)),
    # withdrawing forces is a retreat, withdrawing aid a sanction; "no strikes" negates
    ("Russia withdrew its forces from Kyiv.", ("RETREAT", ["RUS"], ["UKR"], False, False)),
    ("The United States withdrew aid from Iran.", ("SANCTION", ["USA"], ["IRN"], False, False)),
    ("Turkey carried out no air strikes on Iran on Thursday.", ("ASSAULT", ["TUR"], ["IRN"], True, False)),
    # criticism drawn or faced comes from the "from" side; "prompting X to" passes the actor
    ("Iran faced sharp criticism from Turkey.", ("ACCUSE", ["TUR"], ["IRN"], False, False)),
    ("France expelled Iranian diplomats, prompting the Iranian president to accuse France of hostility.",
     ("ACCUSE", ["IRN"], ["FRA"], False, False)),
    # "each other" makes an act mutual; a demonym may modify the noun's modifier
    ("Russia and Ukraine accused each other of violating the ceasefire.",
     ("ACCUSE", ["RUS", "UKR"], [], False, False)),
    ("Turkish F-16 jets shot down a Russian warplane.", ("ASSAULT", ["TUR"], ["RUS"], False, False)),
    # PLOVER: regret and promised or declared retreats are CONCEDE; carried-out ones RETREAT
    ("Turkey offered its deepest apologies to Russia.", ("CONCEDE", ["TUR"], ["RUS"], False, False)),
    ("Russia said it would withdraw its troops from Kyiv.", ("CONCEDE", ["RUS"], ["UKR"], False, False)),
    ("Ukraine declared a ceasefire on Sunday.", ("CONCEDE", ["UKR"], [], False, False)),
    ("Russia eased its blockade of Ukraine.", ("RETREAT", ["RUS"], ["UKR"], False, False)),
    # calling up reservists mobilises; vowing revenge threatens
    ("Ukraine called up 100,000 reservists.", ("MOBILIZE", ["UKR"], [], False, False)),
    ("Iran vowed revenge against the United States.", ("THREATEN", ["IRN"], ["USA"], False, False)),
    # ordering diplomats out expels them; ruling out and brushing off reject
    ("Britain ordered 23 Russian diplomats to leave the country.", ("SANCTION", ["GBR"], ["RUS"], False, False)),
    ("The Kremlin brushed off U.S. calls to explain the build-up.", ("REJECT", ["RUS"], ["USA"], False, False)),
    # a wire dateline's agency is not an actor
    ("ANKARA, March 3 (Reuters) - Turkey criticized Iran on Sunday.", ("ACCUSE", ["TUR"], ["IRN"], False, False)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_events_sentences(code_text, text, expected):
    got = _events(code_text(text))
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "The weather in Minsk was cold and grey this week.",
    "Volodymyr Zelenskyy gave an interview to the Washington Post on Friday.",
    "NATO sent a clear message to Moscow.",
    "Analysts say the region's economy depends on remittances.",
    "It is important to remember the history of the region.",
])
def test_events_background_sentences_give_none(code_text, text):
    assert code_text(text).events == ()


def test_events_inside_quotes_resolve_we_to_the_speaker_state(code_text):
    text = ('"We will defend Finland against any threat," Joe Biden said on Tuesday.')
    r = code_text(text)
    assert ("AID", ["USA"], ["FIN"], False, False) in _events(r)
    (e,) = [e for e in r.events if e.type == "AID"]
    assert e.future and e.quote_id


def test_events_implicit_recipient_from_the_clause(code_text):
    r = code_text("Belarus is seeking cheaper loans and hoping for better terms on the Russian market.")
    assert ("REQUEST", ["BLR"], ["RUS"], False, False) in _events(r)


def test_events_evidence_is_the_clause_in_a_compound_sentence(code_text):
    r = code_text("Finland joined NATO in April, yet Russia threatened Finland with countermeasures.")
    (e,) = [e for e in r.events if e.type == "THREATEN"]
    assert e.evidence.text.startswith("Russia threatened") and e.sentence.text.startswith("Finland joined")
    assert r.text[e.evidence.start:e.evidence.end] == e.evidence.text


def test_events_date_is_most_specific_in_sentence(code_text):
    r = code_text("Last year, on March 3, Poland expelled Russian diplomats.", date="2023-06-01")
    (e,) = [e for e in r.events if e.type == "SANCTION"]
    assert e.date == "2022-03-03"
    r = code_text("Poland expelled Russian diplomats.", date="2023-06-01")
    assert r.events[0].date == "2023-06-01"
    # a weekday is placed by the article's date (its own day included); "since 2008" dates nothing
    r = code_text("Poland expelled Russian diplomats on Thursday, the first expulsion since 2008.",
                  date="2023-06-01")
    assert [e.date for e in r.events if e.type == "SANCTION"][0] == "2023-06-01"
    assert not r.events[0].historical


def test_events_carry_cameo_and_intensity(code_text):
    (e,) = code_text("Germany criticized China.").events
    assert e.cameo and e.cameo.startswith("11") and e.intensity < 0


def test_event_cases_are_well_formed():
    import json

    from conftest import ROOT

    cases = [json.loads(line) for p in sorted((ROOT / "tests" / "data").glob("event_cases_*.jsonl"))
             for line in p.open(encoding="utf-8")]
    assert len(cases) >= 250 and len({c["id"] for c in cases}) == len(cases)
    for c in cases:
        assert c["text"] and len(c["date"]) == 10
        for e in c["events"]:
            assert e["type"] in EVENT_TYPES and e["actor"] and isinstance(e.get("negated", False), bool)


def test_lexicon_refuses_a_condition_it_does_not_know():
    from multipolar.nlp.lexicon import parse_lexicon

    with pytest.raises(ValueError, match="obj_maybe"):
        parse_lexicon({"verbs": {"meet": [{"type": "CONSULT", "when": {"obj_maybe": ["x"]}}]}})


def test_lexicon_prepositions_on_and_off_stay_words():
    lex = load_lexicon()
    slots = {x for senses in lex.verbs.values() for sense in senses for x in sense.recipient}
    assert "on" in slots and not any(isinstance(x, bool) for x in slots)


def test_lexicon_user_file_is_merged_on_top(tmp_path):
    from multipolar.nlp.lexicon import load_lexicon

    f = tmp_path / "mine.yaml"
    f.write_text("verbs:\n  snub:\n    - {type: REJECT, recipient: [dobj]}\n"
                 "  meet:\n    - {type: COOPERATE, when: {prep: [at]}, recipient: [with]}\n", encoding="utf-8")
    lex = load_lexicon(str(f))
    assert lex.verbs["snub"][0].type == "REJECT"
    assert lex.verbs["meet"][0].type == "COOPERATE" and lex.verbs["meet"][1].type == "CONSULT"
    assert "attack" in lex.verbs  # the bundled senses are still there


def test_events_dated_long_before_the_article_are_historical(code_text):
    r = code_text("Russia invaded Ukraine in 2014. Poland sent weapons to Ukraine on Monday.", date="2022-03-01")
    flags = {e.type: (e.date, e.historical) for e in r.events}
    assert flags["ASSAULT"] == ("2014", True) and flags["AID"] == ("2022-02-28", False)
