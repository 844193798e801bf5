"""multipolar.ontology: PLOVER v0.8 types, modes, scores, sectors and the CAMEO map.

Reads only the package's own data. Line numbers in comments point into the reference files the
data was converted from: M = PLOVER_MANUAL.tex, C = CAMEO2PLOVER-2021.txt, A = PLOVER_agents.txt.
"""

from __future__ import annotations

import pytest

from multipolar.ontology import (
    CAMEO_CODES,
    CONTEXTS,
    EVENT_TYPES,
    MODES,
    QUAD_CLASS,
    QUAD_CODES,
    SECTORS,
    EventTypeInfo,
    OntologyError,
    PloverCode,
    cameo_description,
    cameo_root_name,
    cameo_to_plover,
    describe,
    intensity,
    is_non_actor,
    normalize_mode,
    plover_to_cameo,
    sector_codes,
)

QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
TYPE_MODES = [(t, m) for t in EVENT_TYPES for m in MODES[t]]


def test_ontology_event_types_in_manual_order():
    assert EVENT_TYPES == (
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


@pytest.mark.parametrize("event_type", EVENT_TYPES)
def test_ontology_every_type_has_quad_intensity_and_cameo(event_type):
    assert QUAD_CLASS[event_type] in QUADS
    assert -10 <= intensity(event_type) <= 10
    code = plover_to_cameo(event_type)
    assert cameo_to_plover(code).type == event_type  # round trip
    info = describe(event_type)
    assert isinstance(info, EventTypeInfo) and info.type == event_type
    assert info.definition and info.actor_rule and info.recipient_rule
    assert info.modes == MODES[event_type] == tuple(m for m, _ in info.mode_definitions)


@pytest.mark.parametrize(("event_type", "quad"), [
    ("AGREE", "verbal_cooperation"),       # M 364, 1676
    ("CONCEDE", "verbal_cooperation"),     # M 460, 1676: CONCEDE is verbal, RETREAT material
    ("RETREAT", "material_cooperation"),   # M 566, 1677
    ("REQUEST", "verbal_conflict"),        # M 610, 1678
    ("THREATEN", "verbal_conflict"),       # M 736, 1678
    ("PROTEST", "material_conflict"),      # M 789, 1679
    # M 829 and the summary table (M 1661-1662) say material; the quad table (M 1678) lists
    # SANCTION as verbal conflict. The type's own section wins.
    ("SANCTION", "material_conflict"),
    ("ASSAULT", "material_conflict"),      # M 998, 1679
])
def test_ontology_quad_class_follows_manual(event_type, quad):
    assert QUAD_CLASS[event_type] == quad


def test_ontology_quad_codes_and_signs():
    assert QUAD_CODES == dict(zip(QUADS, (1, 2, 3, 4)))  # M 1676-1679
    for event_type in EVENT_TYPES:
        cooperative = QUAD_CLASS[event_type].endswith("cooperation")
        assert (intensity(event_type) > 0) == cooperative, event_type


@pytest.mark.parametrize(("event_type", "mode", "score"), [
    ("CONSULT", "visit", 4.0),             # M 310
    ("CONSULT", None, 2.5),                # M 309
    ("AID", None, 10.0),                   # M 317
    ("RETREAT", "disarm", 10.0),           # M 321
    ("PROTEST", "riot", -7.0),             # M 322
    ("REQUEST", "assist", 0.5),            # M 326
    ("ACCUSE", None, -3.0),                # M 330 prints "3": a dropped minus (see SOURCES.md)
    ("COERCE", "censor", -6.5),            # M 311
    ("ASSAULT", None, -9.0),               # M 319
    ("ASSAULT", "unconventional", -10.0),  # M 334
    ("PROTEST", "vandalize", -5.0),        # mode of M 779 has no score: the type's
    ("ASSAULT", "massacre", -9.5),         # codebook name -> 'targeted' (M 968)
])
def test_ontology_intensity_spot_checks(event_type, mode, score):
    assert intensity(event_type, mode) == score


@pytest.mark.parametrize(("event_type", "mode"), TYPE_MODES)
def test_ontology_every_mode_has_a_score_and_a_cameo_code(event_type, mode):
    assert -10 <= intensity(event_type, mode) <= 10
    code = plover_to_cameo(event_type, mode)
    back = cameo_to_plover(code)
    assert back.type == event_type
    # a mode that no CAMEO row carries falls back to the type's code, whose mode is its own
    assert back.mode in (mode, cameo_to_plover(plover_to_cameo(event_type)).mode)


def test_ontology_modes_spot_checks():
    assert MODES["CONSULT"] == ("visit", "third-party", "multilateral", "phone")  # M 395-398
    assert "return" not in MODES["RETREAT"]  # commented out, M 555
    assert "targeted" in MODES["ASSAULT"] and "massacre" not in MODES["ASSAULT"]
    assert MODES["REQUEST"] == MODES["REJECT"] == ("assist", "change", "yield", "meet")
    assert MODES["AGREE"] == MODES["AID"] == ()
    assert describe("COOPERATE").requires_recipient  # M 487
    assert not describe("ASSAULT").requires_recipient  # M 935
    assert "visitor" in describe("CONSULT").actor_rule  # codebook: visitor is the ACTOR


@pytest.mark.parametrize(("event_type", "given_mode", "expected"), [
    ("assault", "Heavy weapons", "heavy-weapons"),
    ("ASSAULT", "assassinate", "targeted"),
    ("COERCE", "sieze", "seize"),
    ("RETREAT", "return", None),
    ("CONSULT", "", None),
    ("CONSULT", None, None),
])
def test_ontology_normalize_mode(event_type, given_mode, expected):
    assert normalize_mode(event_type, given_mode) == expected


@pytest.mark.parametrize("call", [
    lambda: intensity("FIGHT"),
    lambda: intensity("CONSULT", "riot"),
    lambda: describe("YIELD"),
    lambda: plover_to_cameo("ASSAULT", "bombing"),
    lambda: cameo_to_plover("4a"),
    lambda: cameo_root_name("21"),
])
def test_ontology_unknown_values_raise(call):
    with pytest.raises(OntologyError) as err:
        call()
    assert isinstance(err.value, ValueError) and "[E010]" in str(err.value)


@pytest.mark.parametrize("code", CAMEO_CODES)
def test_ontology_every_table_code_converts(code):
    plover = cameo_to_plover(code)
    assert plover is not None and plover.type in EVENT_TYPES
    assert plover.mode is None or plover.mode in MODES[plover.type]
    assert set(plover.context) <= set(CONTEXTS)
    assert cameo_root_name(code) and cameo_description(code) is not None


@pytest.mark.parametrize(("code", "expected"), [
    ("042", PloverCode("CONSULT", "visit", ())),                    # C 39
    ("0874", PloverCode("RETREAT", "disarm", ("military",))),       # C 95
    ("2042", PloverCode("ASSAULT", "unconventional", ("cbrn",))),   # C 300
    ("08", PloverCode("CONCEDE", None, ())),                        # C 70; C 82 repeats 08
    ("0315", PloverCode("AGREE", None, ("diplomatic",))),           # no row: 031 (C 8)
    ("176", PloverCode("COERCE", None, ())),                        # no row: 17
    ("163", PloverCode("SANCTION", "discontinue", ("diplomatic",))),  # C 246 fixed, M 822
    ("195", PloverCode("ASSAULT", "aerial", ("military",))),        # C 291 fixed, M 974
    ("010", None),   # CAMEO 01 dropped, M 1604
    ("0212", None),  # CAMEO 02 dropped, M 1605
    ("21", None),
    ("---", None),   # PETRARCH discard
])
def test_ontology_cameo_to_plover_spot_checks(code, expected):
    assert cameo_to_plover(code) == expected


def test_ontology_any_cameo_code_converts_or_is_none():
    # exhaustive: all 11,100 strings of 2 to 4 digits
    for width in (2, 3, 4):
        for number in range(10**width):
            plover = cameo_to_plover(f"{number:0{width}d}")
            assert plover is None or plover.type in EVENT_TYPES


@pytest.mark.parametrize(("event_type", "mode", "code"), [
    ("AGREE", None, "030"),
    ("CONSULT", "visit", "042"),
    ("CONSULT", "multilateral", "040"),  # no CAMEO row: the type's code
    ("ACCUSE", None, "110"),
    ("ACCUSE", "investigate", "090"),
    ("RETREAT", None, "084"),
    ("ASSAULT", None, "190"),
    ("ASSAULT", "firearms", "193"),
])
def test_ontology_plover_to_cameo_spot_checks(event_type, mode, code):
    assert plover_to_cameo(event_type, mode) == code


@pytest.mark.parametrize(("code", "name"), [
    ("01", "MAKE PUBLIC STATEMENT"), ("0874", "YIELD"), ("193", "FIGHT"),
    ("20", "USE UNCONVENTIONAL MASS VIOLENCE"),  # M 1604-1624
])
def test_ontology_cameo_root_name(code, name):
    assert cameo_root_name(code) == name


def test_ontology_sectors():
    manual = "COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB MED " \
             "REF OPP PRE REL SOC"  # M 1277-1304
    assert set(manual.split()) <= set(SECTORS)
    assert SECTORS["MED"].startswith("individuals and organizations dealing with health")


@pytest.mark.parametrize(("phrase", "codes"), [
    ("Defense Minister", ("GOV", "MIL")),  # A 741 DEFENSE_!MINIST! [~GOVMIL]
    ("farmers", ("AGR",)),                 # A 67, regular plural
    ("the police", ("COP",)),
    ("Lukashenko", ()),
])
def test_ontology_sector_codes(phrase, codes):
    assert sector_codes(phrase) == codes


def test_ontology_non_actor_words():
    assert is_non_actor("Monday") and is_non_actor("earthquakes")  # A 2507
    assert not is_non_actor("farmer")
