"""PETRARCH/Phoenix dictionaries -> user knowledge base (multipolar.importers.phoenix)."""

from __future__ import annotations


import pytest
import yaml

from conftest import shared_path
from multipolar.kb.base import load_kb
from multipolar.importers.phoenix import (DictionaryError, PhoenixCode, import_phoenix,
                                   read_actor_dictionary, read_agent_dictionary, split_code,
                                   to_user_kb)
from multipolar.importers.phoenix_text import normalise_name

ACTORS = """\
<!-- A header comment
     spread over two lines -->
# a comment line
ARNOR_  [ARN] # the north kingdom
+ARNORIAN
GONDOR [GON]
+MINAS_TIRITH
<! -- a malformed comment PETRARCH's files contain -->
GOLLUM  # pas 27 Apr 03
+SMEAGOL
\t[HOB < 950601]
\t[HOBGOV 19950601 - 19990815]
\t[HOBREB > 990816]
SAM_GAMGEE [HOB]
\t[HOBCIV <20080120]
\t[HOBGOV 20121109-20130119]
U.N._
UNITED_NATIONS [IGOUNO]
THE_SHIRE  [FRO/BIL]
BOROMIR  [---]
AARDVARK [SAF]
REUTERS
\t[MED]
KOFI_ANNAN_\t[IGOUNO 970101-061231] [ELI]
ARMENIA_
\t[USRARM <900823]
\t[ARM >911221]
BAD_DATE [XYZ 2004017-20061201]
"""

AGENTS = """\
!PERSON! = MAN, MEN
FOREIGN_MINISTER [~GOVFRM] # jap
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
MEDIA {} [~MED]
CONGRESS!PERSON! [~LEG]
HUMAN_RIGHTS_BODY  [NGO~]
"""


@pytest.fixture()
def actors(tmp_path):
    path = tmp_path / "Test.actors.txt"
    path.write_text(ACTORS, encoding="utf-8")
    issues: list[str] = []
    return {a.name: a for a in read_actor_dictionary(path, issues)}, issues


def test_phoenix_reads_headers_synonyms_and_comments(actors):
    found, _ = actors
    assert found["ARNOR_"].synonyms == ("ARNORIAN",)
    assert found["ARNOR_"].codes == (PhoenixCode("ARN"),)
    assert found["GONDOR"].synonyms == ("MINAS_TIRITH",)
    assert found["REUTERS"].codes == (PhoenixCode("MED"),)
    assert found["THE_SHIRE"].codes == (PhoenixCode("FRO"), PhoenixCode("BIL"))
    assert not any("comment" in name.lower() for name in found)


def test_phoenix_reads_dated_codes(actors):
    found, _ = actors
    assert found["GOLLUM"].codes == (
        PhoenixCode("HOB", None, "1995-05-31"), PhoenixCode("HOBGOV", "1995-06-01", "1999-08-15"),
        PhoenixCode("HOBREB", "1999-08-17", None))
    assert found["KOFI_ANNAN_"].codes == (PhoenixCode("IGOUNO", "1997-01-01", "2006-12-31"),
                                          PhoenixCode("ELI"))


def test_phoenix_name_without_code_joins_the_next_entry_and_bad_dates_are_reported(actors):
    found, issues = actors
    assert found["UNITED_NATIONS"].synonyms == ("U.N._",)
    assert "BAD_DATE" not in found
    assert any("2004017" in i for i in issues)


@pytest.mark.parametrize("raw, kind, expected", [
    ("AFGHANISTAN_", "state", "Afghanistan"),
    ("MINAS_TIRITH", "state", "Minas Tirith"),
    ("U.S._", "state", "U.S."),
    ("THE_UNITED_NATIONS_", "org", "United Nations"),
    ("UN_SECURITY_COUNCIL", "org", "UN Security Council"),
    ("NATO_", "org", "NATO"),
    ("ISLAMIC_REPUBLIC_OF_AFGHANISTAN", "state", "Islamic Republic of Afghanistan"),
    ("RADAGAST THE_BROWN", "person", "Radagast the Brown"),
    ("PRESIDENT_GEORGE_W._BUSH", "person", "President George W. Bush"),
    ("MCGONAGALL", "person", "McGonagall"),
    ("MAZAR-I-SHARIF_", "state", "Mazar-i-Sharif"),
    ("PKK", "person", "PKK"),
    ("HAMAS", "person", "Hamas"),
    ("JOHN_PAUL_II", "person", "John Paul II"),
])
def test_phoenix_normalise_name(raw, kind, expected):
    assert normalise_name(raw, kind)[0] == expected


def test_phoenix_normalise_name_keeps_acronyms_in_parentheses():
    assert normalise_name("BASQUE_FATHERLAND_AND_FREEDOM_(ETA)_", "org") == (
        "Basque Fatherland and Freedom", ("ETA",))
    assert normalise_name("DIRECT_ACTION_(GREECE)_", "org") == ("Direct Action", ())


@pytest.mark.parametrize("code, expected", [
    ("ARN", ("ARN", None)), ("ISRMIL", ("ISR", "MIL")), ("USAGOVELI", ("USA", "GOV")),
    ("DNKMED", ("DNK", "JRN")), ("AFGGOVHLH", ("AFG", "GOV")), ("---GOV", (None, "GOV")),
    ("IGOUNO", (None, "IGO")), ("NGOARN", (None, "NGO")), ("USR", ("SUN", None)),
    ("DNKMUSGOV", ("DNK", "GOV")), ("DNKMUS", ("DNK", "REL")), ("HOBCIV", ("HOB", "CVL")),
])
def test_phoenix_split_code(code, expected):
    assert split_code(code) == expected


def test_phoenix_agents(tmp_path):
    path = tmp_path / "Test.agents.txt"
    path.write_text(AGENTS, encoding="utf-8")
    found = {g.name: g for g in read_agent_dictionary(path)}
    assert found["foreign minister"].code == "GOVFRM"
    assert found["foreign minister"].synonyms == ("foreign ministers",)
    assert found["attorney general"].synonyms == ("attorneys general",)
    assert found["media"].synonyms == ()
    assert found["congressman"].synonyms == ("congressmen",)
    assert found["human rights body"].prefix


def test_phoenix_to_user_kb_sections(actors):
    found, _ = actors
    skipped: list = []
    data = to_user_kb(found.values(), skipped=skipped)
    states = {s["iso3"]: s for s in data["states"]}
    people = {p["name"]: p for p in data["people"]}
    orgs = {o["name"]: o for o in data["organisations"]}
    assert states["ARN"]["name"] == "Arnor" and states["ARN"]["demonyms"] == ["Arnorian"]
    assert states["GON"]["variants"] == ["Minas Tirith"] and states["GON"]["cameo"] == "GON"
    assert "ARM" in states and "Armenia" in states["ARM"]["variants"]  # the base keeps its name
    gollum = people["Gollum"]
    assert gollum["variants"] == ["Smeagol"] and gollum["country"] == "HOB"
    assert gollum["sector"] == "REB" and gollum["cameo"] == "HOBREB"
    assert gollum["roles"][1] == {"role": "other", "title": "GOV", "country": "HOB",
                                  "start": "1995-06-01", "end": "1999-08-15"}
    assert people["Sam Gamgee"]["roles"][-1] == {"role": "other", "country": "HOB"}  # default last
    annan = people["Kofi Annan"]
    assert annan["org"] == "IGOUNO" and annan["sector"] == "IGO" and "country" not in annan
    assert orgs["United Nations"]["variants"] == ["U.N."] and orgs["United Nations"]["kind"] == "igo"
    assert orgs["Reuters"]["sector"] == "JRN" and orgs["Reuters"]["kind"] == "media"
    reasons = dict(skipped)
    assert any(k.startswith("BOROMIR") for k in reasons)
    assert any(k.startswith("AARDVARK") and "region" in v for k, v in reasons.items())
    assert any(k.startswith("THE_SHIRE") and "dropped BIL" in v for k, v in reasons.items())


def test_phoenix_import_writes_a_file_the_loader_reads(tmp_path):
    folder = tmp_path / "dicts"
    folder.mkdir()
    (folder / "Test.actors.txt").write_text(ACTORS, encoding="utf-8")
    (folder / "Test.agents.txt").write_text(AGENTS, encoding="utf-8")
    (folder / "LICENSE").write_text("The MIT License (MIT)\n", encoding="utf-8")
    out = tmp_path / "kb.yaml"
    report = import_phoenix(folder, out)
    assert report.counts["states"] >= 4 and report.counts["agents"] == 5
    assert out.read_text(encoding="utf-8").startswith("# Converted by multipolar")
    assert "# The MIT License (MIT)" in out.read_text(encoding="utf-8")
    kb = load_kb(None, (str(out),))
    assert kb.states["ARN"].name == "Arnor" and kb.lookup("Smeagol").kind == "person"
    assert kb.lookup("Minas Tirith").id == "GON"


def test_phoenix_import_without_dictionaries_fails(tmp_path):
    with pytest.raises(DictionaryError, match="E020"):
        import_phoenix(tmp_path, tmp_path / "kb.yaml")


@pytest.fixture(scope="module")
def petrarch_kb(tmp_path_factory):
    folder = shared_path("data", "petrarch-unit-tests")
    out = tmp_path_factory.mktemp("petr") / "petrarch-kb.yaml"
    return import_phoenix(folder, out), out


@pytest.mark.shared
def test_phoenix_petrarch_validation_dictionaries_import_and_load(petrarch_kb):
    report, out = petrarch_kb
    assert report.counts["states"] > 50 and report.counts["people"] > 20
    assert not report.issues
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert {"ARN", "GON", "OSG", "ERI", "HOB"} <= {s["iso3"] for s in data["states"]}
    kb = load_kb(None, (str(out),))
    assert kb.lookup("Arnor").id == "ARN" and kb.lookup("Gondor").id == "GON"


@pytest.mark.shared
@pytest.mark.slow
def test_phoenix_petrarch_actors_resolve_when_coding(petrarch_kb):
    from multipolar.model import Article
    from multipolar.nlp.pipeline import code_articles, load_pipeline

    _, out = petrarch_kb
    nlp = load_pipeline(kb_files=(str(out),))
    text = "Arnor accused Gondor of violating the ceasefire. Smeagol criticized Osgiliath."
    (result,) = code_articles([Article("t", text, "1996-01-01")], nlp)
    mentions = {m.actor.text: (m.actor.country, m.actor.sector) for m in result.mentions}
    assert mentions["Arnor"][0] == "ARN" and mentions["Gondor"][0] == "GON"
    assert mentions["Smeagol"] == ("HOB", "REB") and mentions["Osgiliath"][0] == "OSG"
    dyads = {(e.type, e.actor[0].country, e.recipient[0].country) for e in result.events}
    assert ("ACCUSE", "ARN", "GON") in dyads


@pytest.mark.shared
@pytest.mark.slow
def test_phoenix_full_dictionaries_import(tmp_path):
    folder = shared_path("data", "phoenix-dictionaries")
    report = import_phoenix(folder, tmp_path / "phoenix-kb.yaml")
    assert report.counts["states"] > 190 and report.counts["people"] > 15000
    assert report.counts["organisations"] > 5000 and report.counts["agents"] > 2000
    data = yaml.load((tmp_path / "phoenix-kb.yaml").read_text(encoding="utf-8"),
                     Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    afg = next(s for s in data["states"] if s["iso3"] == "AFG")
    assert "Kabul" in afg["variants"] and afg["demonyms"] == ["Afghan"]
