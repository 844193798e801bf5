"""PETRARCH/TABARI verb dictionaries -> event lexicon (multipolar.importers.petrarch_verbs)."""

from __future__ import annotations

import pytest
import yaml
from conftest import FIXTURE_KB, shared_path

from multipolar.nlp.lexicon import load_lexicon
from multipolar.importers.petrarch_verbs import (
    VerbDictionaryError,
    import_petrarch_verbs,
    lemma_of,
    parse_verb_dictionary,
    read_pattern,
    to_lexicon,
)

VERBS = """\
<!-- A header comment
     over two lines -->
&TIETYPES
+MILITARY
+ECONOMIC_TIES   # a multi-word member

&PREPS1_
+AGAINST
+ON

--- RESTORE  [064]  ---
RESTORE    # pas 18 Jun 2007
REESTABLISH [050]
- * TIES  [064]
- * &TIETYPES  [061]
- NOT * RELATIONS  [112]
- * DIPLOMATIC TIES  [050]

--- FREE  [066] ---
FREE
- + * FROM $  [066]
- SAID * HOSTAGES  [053]

--- BREAK [1717] ---
BREAK { BROKE BROKEN }
+BREAK_DOWN {+BREAKS_DOWN +BROKE_DOWN +BROKEN_DOWN }
- * TREATY  [161]
- * OFF_  [195]

--- MEET  [031:032]  ---
MEET
- % * [030:030]
- * WITH % [031]

--- ASK  [090] ---
ASK
- * FOR &TIETYPES [172]
- * &PREPS1 RESOLUTION [102]

--- CALLED  [010] ---
CALLED
- *_ON [095]

--- SAID  [023] ---
SAID
- * PLEASED [041]

--- WIRE  [---] ---
WIRE_+TAP [1711]
"""


@pytest.fixture()
def lexicon():
    data, builder = to_lexicon([parse_verb_dictionary(VERBS, "test.verbs.txt")], use_spacy=False)
    return data, builder


def test_reads_synsets_blocks_forms_and_patterns():
    d = parse_verb_dictionary(VERBS, "test.verbs.txt")
    assert d.synsets["&TIETYPES"] == ("MILITARY", "ECONOMIC TIES")
    assert d.synsets["&PREPS1"] == ("AGAINST", "ON")
    blocks = {b.name: b for b in d.blocks}
    assert blocks["RESTORE"].code == "064"
    assert [v.words for v in blocks["RESTORE"].verbs] == [("RESTORE",), ("REESTABLISH",)]
    assert blocks["RESTORE"].verbs[1].code == "050"
    down = blocks["BREAK"].verbs[1]
    assert down.words == ("BREAK", "DOWN") and down.verb_index == 0
    assert down.irregular == ("BREAKS_DOWN", "BROKE_DOWN", "BROKEN_DOWN")
    tap = blocks["WIRE"].verbs[0]
    assert tap.words == ("WIRE", "TAP") and tap.verb_index == 1
    pat = blocks["FREE"].patterns[0]
    assert pat.pre == ("+",) and pat.post == ("FROM", "$") and pat.code == "066"
    assert blocks["CALLED"].patterns[0].post == ("ON",)


def test_default_and_pattern_senses_in_order(lexicon):
    data, _ = lexicon
    restore = data["verbs"]["restore"]
    # patterns first (exact before approximated), the verb's default code last; "* DIPLOMATIC
    # TIES" reads as "* TIES" (the lexicon checks the object's head noun) and is shadowed
    assert [s["cameo"] for s in restore] == ["064", "061", "064"]
    assert restore[-1]["type"] == "COOPERATE" and "when" not in restore[-1]
    assert restore[-1]["context"] == ["intelligence"]  # from cameo_to_plover("064")
    cls = restore[0]["when"]["obj"]
    assert data["noun_classes"][cls] == ["ties"]
    syn = restore[1]["when"]["obj"]
    assert set(data["noun_classes"][syn]) == {"military", "ties"}  # a member's head noun
    assert data["verbs"]["reestablish"][-1]["cameo"] == "050"  # a verb's own code


def test_roles_particles_multiword_verbs_and_paired_codes(lexicon):
    data, _ = lexicon
    free = data["verbs"]["free"][0]
    assert free["roles"] == "reverse" and free["when"] == {"prep": ["from"]}
    assert free["recipient"] == ["from"]
    called = data["verbs"]["call"][0]
    assert called["when"] == {"prt": ["on"]} or called["when"] == {"prep": ["on"]}
    brk = data["verbs"]["break"]
    whens = [s.get("when") for s in brk]
    # "+BREAK_DOWN": its own words come before the block's patterns ("broken down a treaty")
    assert {"prt": ["down"], "obj": data["verbs"]["break"][0]["when"]["obj"]} in whens
    assert {"prt": ["down"]} in whens and {"prep": ["down"]} in whens  # the parser's two readings
    assert brk[-1]["cameo"] == "1717" and brk[-1]["type"] == "COERCE"
    meet = data["verbs"]["meet"][-1]
    assert meet["cameo"] == "031" and meet["paired"] == "032"


def test_unexpressible_patterns_are_counted_with_reasons(lexicon):
    _, b = lexicon
    assert b.skipped["words before the verb"] == 2  # NOT * RELATIONS, SAID * HOSTAGES
    assert b.skipped["compound actor marker %"] == 2
    assert b.skipped["noun after a preposition"] == 2  # * FOR &TIETYPES, * &PREPS1 RESOLUTION
    assert b.skipped["words before the verb in a multi-word verb"] == 1  # WIRE_+TAP
    assert any("02x" in r for r in b.skipped)  # SAID [023]: CAMEO 02 has no PLOVER type
    assert any("01x" in r for r in b.skipped)
    assert b.approximated["modifier before the object noun dropped"] >= 2
    assert b.skipped["shadowed by an earlier pattern with the same conditions"] == 1
    assert b.counts["patterns_read"] == 14


def test_read_pattern_places():
    r, heads = read_pattern((), ("AT", "^", "WITH", "+"), {})
    assert r.when == {"prep": ["at", "with"]} or r.when == {"prep": ["at"]}
    r, heads = read_pattern((), ("EID", "AT", "^", "WITH", "+"), {})
    assert heads == {"eid"} and r.recipient == ["with"] and "at" not in r.recipient
    r, heads = read_pattern((), ("(", "TO", "+", ")",), {})
    assert r.when == {"prep": ["to"]} and r.recipient == ["to"]
    r, heads = read_pattern((), ("{", "ARMS", "SHIPMENT", "}"), {})
    assert heads == {"shipment"} and r.approx


def test_lemmas():
    assert lemma_of("CALLED", use_spacy=False) == "call"
    assert lemma_of("MET", use_spacy=False) == "meet"
    assert lemma_of("NEED", use_spacy=False) == "need"
    assert lemma_of("DISCUSS", use_spacy=False) == "discuss"
    assert lemma_of("DISCUSS") == "discuss"  # the pipeline's lemmatizer when installed
    assert lemma_of("CALLED") == "call"


def test_written_file_merges_on_the_bundled_lexicon(tmp_path):
    src = tmp_path / "test.verbs.txt"
    src.write_text(VERBS, encoding="utf-8")
    out = tmp_path / "verbs.yaml"
    report = import_petrarch_verbs(src, out)
    assert report.counts["default_senses"] >= 5 and report.skipped
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert data["verbs"]["restore"][0]["cameo"] == "064"
    lex = load_lexicon(str(out))
    assert lex.verbs["restore"][0].type == "COOPERATE"
    assert lex.verbs["restore"][0].condition("obj").startswith("petrarch_")
    assert "attack" in lex.verbs and lex.verbs["restore"][-1].type == "SUPPORT"  # bundled kept


def test_imported_sense_codes_an_event(tmp_path):
    from multipolar.model import Article
    from multipolar.nlp.pipeline import code_articles, load_pipeline

    src = tmp_path / "test.verbs.txt"
    src.write_text(VERBS, encoding="utf-8")
    out = tmp_path / "verbs.yaml"
    import_petrarch_verbs(src, out)
    nlp = load_pipeline(kb_path=FIXTURE_KB, lexicon_path=str(out))
    (r,) = code_articles([Article("t", "Germany restored ties with China.", "2023-06-01")], nlp)
    assert [(e.type, e.cameo, [a.country for a in e.actor], [a.country for a in e.recipient])
            for e in r.events] == [("COOPERATE", "064", ["DEU"], ["CHN"])]


def test_errors(tmp_path):
    with pytest.raises(VerbDictionaryError):
        import_petrarch_verbs(tmp_path / "missing.txt", tmp_path / "out.yaml")
    with pytest.raises(VerbDictionaryError):
        import_petrarch_verbs(tmp_path, tmp_path / "out.yaml")  # a folder with no dictionary
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n&SYN\n+A\n", encoding="utf-8")
    with pytest.raises(VerbDictionaryError):
        import_petrarch_verbs(empty, tmp_path / "out.yaml")


def test_petrarch_validation_verbs(tmp_path):
    folder = shared_path("data", "petrarch-unit-tests")
    report = import_petrarch_verbs(folder, tmp_path / "petr-verbs.yaml")  # finds *.verbs.txt
    assert report.counts["blocks"] > 200 and report.counts["default_senses"] > 100
    assert report.counts["patterns_kept"] > 150
    lex = load_lexicon(str(tmp_path / "petr-verbs.yaml"))
    assert lex.verbs["restore"][-2].cameo == "064"  # RESTORE [064], before the bundled senses
    assert any(s.reverse for s in lex.verbs["free"])  # + * FROM $
    assert any(s.condition("prt") == ("off",) for s in lex.verbs["cordon"])  # +CORDON_OFF


def test_cameo_verb_dictionary(tmp_path):
    path = shared_path("data", "phoenix-dictionaries", "CAMEO.2.0.txt")
    report = import_petrarch_verbs(path, tmp_path / "cameo-verbs.yaml")
    assert report.counts["verbs"] > 1000 and report.counts["patterns_kept"] > 2000
    assert all("transformation" in i or "without" in i for i in report.issues)
    text = (tmp_path / "cameo-verbs.yaml").read_text(encoding="utf-8")
    assert "MIT License" in text.split("verbs:", 1)[0]  # the folder's LICENSE travels along
    assert "*s" in text  # senses shared by a block's verbs are written once, then aliased
