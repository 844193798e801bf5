"""Checks of the shipped knowledge-base tables for states and organisations.

Reads only the package data (src/multipolar/kb/data), never ../shared.
Regenerate the tables with scripts/kb/build_states.py.
"""

from __future__ import annotations

import calendar
import csv
import re
from collections import defaultdict
from datetime import date
from pathlib import Path

import pycountry
import pytest

DATA = Path(__file__).resolve().parents[1] / "src" / "multipolar" / "kb" / "data"

STATE_COLUMNS = ["iso3", "iso2", "name", "variants", "demonyms", "people",
                 "capitals", "seats", "un_member", "wikidata"]
ORG_COLUMNS = ["org_id", "name", "variants", "kind", "country", "sector", "wikidata"]
MEMBERSHIP_COLUMNS = ["org_id", "iso3", "status", "start", "end", "source"]
LEGISLATURE_COLUMNS = ["iso3", "name", "variants", "start", "end"]
PREDECESSOR_COLUMNS = ["iso3", "predecessor", "until", "note"]
NON_ACTOR_COLUMNS = ["phrase", "note"]

# States that are not UN members but must be present.
REQUIRED_NON_UN = {"XKX", "TWN", "PSE", "VAT"}
# Codes in no pycountry table that are allowed as state codes.
ALLOWED_EXTRA_ISO3 = {"XKX"}
# Surface forms that may knowingly point at more than one state. Empty on purpose:
# ambiguous words ('Congo', 'Dominican', 'Korean' ...) were given to one state or
# left out; see SOURCES-states.md.
ALLOWED_SHARED_FORMS: dict[str, set[str]] = {}
# Same for organisations.
ALLOWED_SHARED_ORG_FORMS: dict[str, set[str]] = {}

KINDS = {"igo", "armed_group", "company", "party", "ngo", "media"}
SECTORS = {"IGO", "NGO", "GOV", "MIL", "PRM", "REB", "UAF", "CRM", "BUS", "PTY", "JRN"}
STATUSES = {"member", "observer", "partner", "dialogue_partner", "suspended"}
SOURCES = {"factbook-2020", "manual"}
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
MULTI = ("variants", "demonyms", "people", "capitals", "seats")


def _read(name: str) -> tuple[list[str], list[dict[str, str]]]:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


@pytest.fixture(scope="module")
def states():
    return _read("states.csv")


@pytest.fixture(scope="module")
def orgs():
    return _read("organisations.csv")


@pytest.fixture(scope="module")
def memberships():
    return _read("memberships.csv")[1]


def split(cell: str) -> list[str]:
    return cell.split("|") if cell else []


def to_date(text: str, last: bool = False) -> date:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``. A partial date means its first day, or its
    last day when ``last`` (as the loader reads an ``end``)."""
    m = DATE_RE.match(text)
    assert m, f"bad date {text!r}"
    y = int(m.group(1))
    if m.group(3):
        return date(y, int(m.group(2)), int(m.group(3)))
    if m.group(2):
        mo = int(m.group(2))
        return date(y, mo, calendar.monthrange(y, mo)[1]) if last else date(y, mo, 1)
    return date(y, 12, 31) if last else date(y, 1, 1)


def members_on(memberships, org_id: str, day: str, status: str = "member") -> set[str]:
    """States with ``status`` in ``org_id`` on ``day``: start <= day <= end, both inclusive,
    partial dates widened (the semantics of multipolar.kb.dates.within)."""
    d = to_date(day)
    out = set()
    for r in memberships:
        if r["org_id"] != org_id or r["status"] != status:
            continue
        if r["start"] and to_date(r["start"]) > d:
            continue
        if r["end"] and to_date(r["end"], last=True) < d:
            continue
        out.add(r["iso3"])
    return out


# --------------------------------------------------------------------------- format

@pytest.mark.parametrize("name,columns", [("states.csv", STATE_COLUMNS),
                                          ("organisations.csv", ORG_COLUMNS),
                                          ("memberships.csv", MEMBERSHIP_COLUMNS),
                                          ("legislatures.csv", LEGISLATURE_COLUMNS),
                                          ("predecessors.csv", PREDECESSOR_COLUMNS),
                                          ("non_actors.csv", NON_ACTOR_COLUMNS)])
def test_header_and_encoding(name, columns):
    raw = (DATA / name).read_bytes()
    text = raw.decode("utf-8")  # must be UTF-8
    assert not text.startswith("\ufeff"), "no BOM"
    assert "\r" not in text, "LF line ends"
    header, rows = _read(name)
    assert header == columns
    assert rows
    for r in rows:
        assert None not in r and all(v is not None for v in r.values()), r


@pytest.mark.parametrize("name,cols", [("states.csv", MULTI), ("organisations.csv", ("variants",)),
                                       ("legislatures.csv", ("variants",))])
def test_multi_valued_cells_are_clean(name, cols):
    _, rows = _read(name)
    for r in rows:
        for col in cols:
            cell = r[col]
            if not cell:
                continue
            values = cell.split("|")
            assert all(values), f"empty value in {col} of {r}"
            assert all(v == v.strip() for v in values), f"spaces around | in {col}: {cell!r}"
            assert len(values) == len(set(values)), f"repeated value in {col}: {cell!r}"


# --------------------------------------------------------------------------- states

def test_state_codes(states):
    _, rows = states
    iso3 = [r["iso3"] for r in rows]
    assert len(iso3) == len(set(iso3)), "iso3 unique"
    assert iso3 == sorted(iso3), "sorted by iso3"
    iso2 = [r["iso2"] for r in rows if r["iso2"]]
    assert len(iso2) == len(set(iso2)), "iso2 unique"
    for r in rows:
        code = r["iso3"]
        rec = pycountry.countries.get(alpha_3=code) or pycountry.historic_countries.get(alpha_3=code)
        if rec is None:
            assert code in ALLOWED_EXTRA_ISO3, f"{code} is not ISO 3166"
        else:
            assert r["iso2"] == rec.alpha_2, code
    assert {r["iso2"] for r in rows if r["iso3"] == "XKX"} == {"XK"}


def test_un_members_and_required_states(states):
    _, rows = states
    by = {r["iso3"]: r for r in rows}
    assert {r["un_member"] for r in rows} <= {"true", "false"}
    un = {r["iso3"] for r in rows if r["un_member"] == "true"}
    assert len(un) == 193
    assert REQUIRED_NON_UN <= set(by)
    assert not (REQUIRED_NON_UN & un)
    for code in ("RUS", "BLR", "CHN", "USA", "UKR", "KAZ", "KGZ", "TJK", "TKM", "UZB", "SSD", "MNE"):
        assert code in un
    for historic in ("SUN", "YUG", "CSK", "DDR"):
        if historic in by:
            assert by[historic]["un_member"] == "false"


def test_common_names(states):
    _, rows = states
    names = {r["iso3"]: r["name"] for r in rows}
    expected = {"RUS": "Russia", "USA": "United States", "CHN": "China", "BLR": "Belarus",
                "KAZ": "Kazakhstan", "IRN": "Iran", "KOR": "South Korea", "PRK": "North Korea",
                "MDA": "Moldova", "SYR": "Syria", "VNM": "Vietnam", "LAO": "Laos",
                "TZA": "Tanzania", "BOL": "Bolivia", "VEN": "Venezuela", "CZE": "Czechia",
                "TUR": "Turkey", "GBR": "United Kingdom", "TWN": "Taiwan", "XKX": "Kosovo"}
    for code, name in expected.items():
        assert names[code] == name


def test_every_state_has_forms(states):
    _, rows = states
    for r in rows:
        assert r["name"]
        # Monaco and Singapore are city states; Belgium's 'Brussels' is given to the EU.
        if r["un_member"] == "true" and r["iso3"] not in {"MCO", "SGP", "BEL"}:
            assert r["capitals"], f"{r['iso3']} has no capital"


def test_no_surface_form_maps_to_two_states(states):
    _, rows = states
    owners: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        for form in [r["name"]] + [v for col in MULTI for v in split(r[col])]:
            owners[form].add(r["iso3"])
    shared = {f: o for f, o in owners.items() if len(o) > 1}
    unexpected = {f: o for f, o in shared.items() if ALLOWED_SHARED_FORMS.get(f) != o}
    assert not unexpected, unexpected


def test_selected_surface_forms(states):
    _, rows = states
    owner = {}
    for r in rows:
        for form in [r["name"]] + [v for col in MULTI for v in split(r[col])]:
            owner[form] = r["iso3"]
    expected = {
        "Kremlin": "RUS", "Russian Federation": "RUS", "Moscow": "RUS",
        "Republic of Belarus": "BLR", "Belarusian": "BLR", "Byelorussian": "BLR", "Minsk": "BLR",
        "Kyiv": "UKR", "Kiev": "UKR", "Bankova": "UKR",
        "White House": "USA", "U.S.": "USA", "Americans": "USA", "Washington, D.C.": "USA",
        "Downing Street": "GBR", "Britain": "GBR",
        "Zhongnanhai": "CHN", "Beijing": "CHN", "People's Republic of China": "CHN",
        "Astana": "KAZ", "Nur-Sultan": "KAZ", "Akorda": "KAZ", "Kazakhstani": "KAZ",
        "Kirghizia": "KGZ", "Ashgabat": "TKM", "Chisinau": "MDA",
        "Türkiye": "TUR", "Czech Republic": "CZE", "Burma": "MMR", "Ivory Coast": "CIV",
        "Côte d'Ivoire": "CIV", "Swaziland": "SWZ", "DPRK": "PRK", "Republic of Korea": "KOR",
        "Islamic Republic of Iran": "IRN", "Jerusalem": "ISR", "Ramallah": "PSE",
        "Holy See": "VAT", "Pristina": "XKX", "Taipei": "TWN", "Élysée": "FRA",
    }
    for form, code in expected.items():
        assert owner.get(form) == code, (form, owner.get(form))
    for bad in ("Arab", "Kurdish", "Slavic", "European", "Asian", "the", "Chancellery",
                "Holland", "Persian", "Korean", "England"):
        assert bad not in owner, bad


def test_wikidata_ids(states):
    _, rows = states
    ids = [r["wikidata"] for r in rows if r["wikidata"]]
    assert all(re.fullmatch(r"Q[1-9]\d*", q) for q in ids)
    assert len(ids) == len(set(ids))
    by = {r["iso3"]: r["wikidata"] for r in rows}
    for code, qid in {"RUS": "Q159", "BLR": "Q184", "CHN": "Q148", "USA": "Q30",
                      "UKR": "Q212", "KAZ": "Q232"}.items():
        assert by[code] == qid


# --------------------------------------------------------------------------- organisations

def test_organisations(orgs, states):
    _, rows = orgs
    state_codes = {r["iso3"] for r in states[1]}
    ids = [r["org_id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert ids == sorted(ids)
    for r in rows:
        assert re.fullmatch(r"[A-Z][A-Z0-9_]*", r["org_id"]), r["org_id"]
        assert r["name"], r
        assert r["kind"] in KINDS, r
        assert r["sector"] in SECTORS, r
        if r["kind"] == "igo":
            assert r["sector"] == "IGO" and not r["country"], r
        if r["country"]:
            assert r["country"] in state_codes, r
        if r["wikidata"]:
            assert re.fullmatch(r"Q[1-9]\d*", r["wikidata"]), r


def test_organisation_forms_unique(orgs):
    _, rows = orgs
    owners: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        for form in [r["name"]] + split(r["variants"]):
            owners[form].add(r["org_id"])
    unexpected = {f: o for f, o in owners.items()
                  if len(o) > 1 and ALLOWED_SHARED_ORG_FORMS.get(f) != o}
    assert not unexpected, unexpected


def test_key_organisations_present(orgs):
    _, rows = orgs
    by = {r["org_id"]: r for r in rows}
    for oid in ("UN", "EU", "NATO", "CSTO", "EAEU", "CIS", "SCO", "BRICS", "UNION_STATE",
                "ASEAN", "AU", "GCC", "OPEC", "OPEC_PLUS", "G7", "G20", "OSCE", "COE", "OAS",
                "ARAB_LEAGUE", "OIC", "ECOWAS", "SADC", "MERCOSUR", "QUAD", "AUKUS", "IAEA",
                "IMF", "WORLD_BANK", "WTO", "WHO", "ICC", "ICJ", "UNSC", "UNGA", "OTS", "CICA",
                "GUAM", "BSEC", "APEC", "SAARC", "CARICOM", "PACIFIC_ISLANDS_FORUM",
                "EUROPEAN_COMMISSION", "EUROPEAN_PARLIAMENT", "EUROPEAN_COUNCIL",
                "ISLAMIC_STATE", "WAGNER", "HAMAS", "HEZBOLLAH", "HOUTHIS", "TALIBAN",
                "GAZPROM", "CPC", "UNITED_RUSSIA", "TASS", "BELTA"):
        assert oid in by, oid
    forms = {f: r["org_id"] for r in rows for f in [r["name"]] + split(r["variants"])}
    assert forms["Union of Belarus and Russia"] == "UNION_STATE"
    assert forms["Eurasian Economic Union"] == "EAEU"
    assert forms["EEU"] == "EAEU"
    assert forms["Shanghai Cooperation Organization"] == "SCO"
    assert forms["Collective Security Treaty Organisation"] == "CSTO"
    assert forms["Ansar Allah"] == "HOUTHIS"
    for generic in ("the Union", "Alliance", "Union", "Commonwealth", "Security Council", "IS"):
        assert generic not in forms, generic
    assert by["WAGNER"]["country"] == "RUS"
    assert by["HAMAS"]["country"] == "PSE"
    assert by["ISLAMIC_STATE"]["country"] == ""


# --------------------------------------------------------------------------- memberships

def test_membership_rows(memberships, orgs, states):
    org_ids = {r["org_id"] for r in orgs[1]}
    state_codes = {r["iso3"] for r in states[1]}
    seen = set()
    for r in memberships:
        assert r["org_id"] in org_ids, r
        assert r["iso3"] in state_codes, r
        assert r["status"] in STATUSES, r
        assert r["source"] in SOURCES, r
        start = to_date(r["start"]) if r["start"] else None
        end = to_date(r["end"], last=True) if r["end"] else None
        if start and end:
            assert start <= end, r
        if r["source"] == "factbook-2020":
            assert not r["start"] and not r["end"], r
        key = tuple(r.values())
        assert key not in seen, r
        seen.add(key)


def test_un_membership_matches_states(memberships, states):
    un_states = {r["iso3"] for r in states[1] if r["un_member"] == "true"}
    assert members_on(memberships, "UN", "2025-01-01") == un_states
    assert members_on(memberships, "UN", "2025-01-01", "observer") == {"PSE", "VAT"}


def test_nato(memberships):
    assert len(members_on(memberships, "NATO", "2024-06-01")) == 32
    assert len(members_on(memberships, "NATO", "2022-01-01")) == 30
    assert "FIN" not in members_on(memberships, "NATO", "2023-04-03")
    assert "FIN" in members_on(memberships, "NATO", "2023-04-04")
    assert "MKD" in members_on(memberships, "NATO", "2020-03-27")


def test_eu(memberships):
    assert len(members_on(memberships, "EU", "2023-01-01")) == 27
    assert "GBR" in members_on(memberships, "EU", "2020-01-31")
    assert "GBR" not in members_on(memberships, "EU", "2020-02-01")
    assert "GBR" not in members_on(memberships, "EU", "2021-01-01")
    assert "HRV" in members_on(memberships, "EU", "2014-01-01")


def test_sco(memberships):
    assert "IRN" in members_on(memberships, "SCO", "2024-01-01")
    assert "IRN" not in members_on(memberships, "SCO", "2023-01-01")
    assert "BLR" in members_on(memberships, "SCO", "2024-08-01")
    assert members_on(memberships, "SCO", "2002-01-01") == {"CHN", "RUS", "KAZ", "KGZ", "TJK", "UZB"}


def test_post_soviet_blocs(memberships):
    assert members_on(memberships, "UNION_STATE", "2023-06-01") == {"RUS", "BLR"}
    assert members_on(memberships, "EAEU", "2023-06-01") == {"RUS", "BLR", "KAZ", "KGZ", "ARM"}
    csto_2023 = members_on(memberships, "CSTO", "2023-06-01")
    assert csto_2023 == {"ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"}
    assert "GEO" not in members_on(memberships, "CIS", "2010-01-01")
    assert "GEO" in members_on(memberships, "CIS", "2005-01-01")


def test_brics_and_opec(memberships):
    assert len(members_on(memberships, "BRICS", "2024-06-01")) == 9
    assert "IDN" in members_on(memberships, "BRICS", "2025-02-01")
    opec = members_on(memberships, "OPEC", "2024-06-01")
    assert "QAT" not in opec and "AGO" not in opec and len(opec) == 12


def test_unsc_has_fifteen_members(memberships):
    for day in ("2015-01-01", "2019-06-01", "2023-12-31", "2024-01-01", "2025-06-01"):
        assert len(members_on(memberships, "UNSC", day)) == 15, day


def test_status_changes_do_not_overlap_by_more_than_a_period(memberships):
    """Where a status changes, the old row ends on the day (or month) the new one starts."""
    by_pair = defaultdict(list)
    for r in memberships:
        if r["source"] == "manual":
            by_pair[(r["org_id"], r["iso3"])].append(r)
    for rows in by_pair.values():
        rows = sorted(rows, key=lambda r: to_date(r["start"]) if r["start"] else date.min)
        for a, b in zip(rows, rows[1:]):
            if a["end"] and b["start"]:
                assert to_date(a["end"]) <= to_date(b["start"]) or a["end"] == b["start"], (a, b)


def test_sorted_memberships(memberships):
    keys = [(r["org_id"], r["iso3"], r["start"], r["end"], r["status"]) for r in memberships]
    assert keys == sorted(keys)


# --------------------------------------------------------------------------- 1980s additions

def _forms_of_states(rows) -> dict[str, str]:
    return {f: r["iso3"] for r in rows for f in [r["name"]] + [v for c in MULTI for v in split(r[c])]}


def _forms_of_orgs(rows) -> dict[str, str]:
    return {f: r["org_id"] for r in rows for f in [r["name"]] + split(r["variants"])}


def test_brussels_is_the_eu_and_capitals_of_the_germanies(states, orgs):
    by = {r["iso3"]: r for r in states[1]}
    assert "Brussels" not in split(by["BEL"]["capitals"])
    assert _forms_of_orgs(orgs[1])["Brussels"] == "EU"
    owner = _forms_of_states(states[1])
    assert "Brussels" not in owner
    assert owner["Belgium"] == "BEL" and owner["Belgian"] == "BEL"
    assert owner["Bonn"] == "DEU" and owner["Berlin"] == "DEU"
    assert owner["East Berlin"] == "DDR"
    assert not (split(by["SUN"]["capitals"]) or split(by["CSK"]["capitals"])
                or split(by["YUG"]["capitals"])), "predecessors.csv hands capitals over instead"


def test_organisations_added_for_the_1980s(orgs):
    rows = {r["org_id"]: r for r in orgs[1]}
    forms = _forms_of_orgs(orgs[1])
    for form, (oid, country, sector) in {
            "Warsaw Pact": ("WARSAW_PACT", "", "IGO"), "Comecon": ("COMECON", "", "IGO"),
            "IRA": ("IRA", "GBR", "REB"), "ETA": ("ETA", "ESP", "REB"),
            "Contras": ("CONTRAS", "NIC", "REB"), "UNITA": ("UNITA", "AGO", "REB"),
            "Shining Path": ("SHINING_PATH", "PER", "REB"),
            "Sendero Luminoso": ("SHINING_PATH", "PER", "REB"),
            "Janjaweed": ("JANJAWEED", "SDN", "PRM"), "FARC": ("FARC", "COL", "REB"),
            "Khmer Rouge": ("KHMER_ROUGE", "KHM", "REB"),
            "Union Carbide": ("UNION_CARBIDE", "USA", "BUS"), "Yukos": ("YUKOS", "RUS", "BUS"),
            "Toyota": ("TOYOTA", "JPN", "BUS"), "Sonatrach": ("SONATRACH", "DZA", "BUS"),
            "Nokia": ("NOKIA", "FIN", "BUS"), "Samsung": ("SAMSUNG_ELECTRONICS", "KOR", "BUS"),
            "Samsung Electronics": ("SAMSUNG_ELECTRONICS", "KOR", "BUS"),
            "Boeing": ("BOEING", "USA", "BUS"), "Airbus": ("AIRBUS", "", "BUS"),
            "Lockheed Martin": ("LOCKHEED_MARTIN", "USA", "BUS"),
            "Huawei": ("HUAWEI", "CHN", "BUS"), "TSMC": ("TSMC", "TWN", "BUS"),
            "Aramco": ("SAUDI_ARAMCO", "SAU", "BUS"),
            "Rosoboronexport": ("ROSOBORONEXPORT", "RUS", "BUS")}.items():
        assert forms.get(form) == oid, form
        assert (rows[oid]["country"], rows[oid]["sector"]) == (country, sector), form
    for generic in ("Contra", "Shell", "RAF", "AUC", "NPA", "SLA"):
        assert generic not in forms, generic


def test_warsaw_pact_and_comecon(memberships):
    assert members_on(memberships, "WARSAW_PACT", "1960-01-01") == {
        "SUN", "POL", "CSK", "DDR", "HUN", "ROU", "BGR", "ALB"}
    # Albania withdrew in 1968: seven members in the 1980s.
    assert members_on(memberships, "WARSAW_PACT", "1985-01-01") == {
        "SUN", "POL", "CSK", "DDR", "HUN", "ROU", "BGR"}
    assert "DDR" not in members_on(memberships, "WARSAW_PACT", "1990-10-01")
    assert len(members_on(memberships, "WARSAW_PACT", "1991-07-01")) == 6
    assert members_on(memberships, "WARSAW_PACT", "1991-07-02") == set()
    assert len(members_on(memberships, "COMECON", "1985-01-01")) == 10
    assert members_on(memberships, "COMECON", "1991-06-29") == set()


@pytest.fixture(scope="module")
def legislatures():
    return _read("legislatures.csv")[1]


def test_legislatures(legislatures, states, orgs):
    codes = {r["iso3"] for r in states[1]}
    state_forms, org_forms = _forms_of_states(states[1]), _forms_of_orgs(orgs[1])
    keys = [(r["iso3"], r["name"]) for r in legislatures]
    assert len(keys) == len(set(keys)) and keys == sorted(keys)
    spans: dict[str, list[tuple[date, date, str]]] = defaultdict(list)
    for r in legislatures:
        assert r["iso3"] in codes and r["name"], r
        lo = to_date(r["start"]) if r["start"] else date.min
        hi = to_date(r["end"], last=True) if r["end"] else date.max
        assert lo <= hi, r
        for f in [r["name"]] + split(r["variants"]):
            assert f not in state_forms, (f, state_forms.get(f))
            assert f not in org_forms, (f, org_forms.get(f))
            for plo, phi, other in spans[f]:
                assert not (lo <= phi and plo <= hi), (f, other, r["name"])
            spans[f].append((lo, hi, r["name"]))
    owner = {f: r["iso3"] for r in legislatures for f in [r["name"]] + split(r["variants"])}
    for form, code in {"Bundestag": "DEU", "Knesset": "ISR", "Duma": "RUS", "State Duma": "RUS",
                       "Verkhovna Rada": "UKR", "Rada": "UKR", "Sejm": "POL", "Majlis": "IRN",
                       "Volkskammer": "DDR", "Supreme Soviet": "SUN",
                       "National People's Congress": "CHN"}.items():
        assert owner.get(form) == code, form
    for generic in ("Congress", "Senate", "Parliament", "National Assembly", "House of Commons",
                    "Diet", "Mejlis", "NPC"):
        assert generic not in owner, generic


def test_predecessors(states):
    by = {r["iso3"]: r for r in states[1]}
    _, rows = _read("predecessors.csv")
    assert [r["iso3"] for r in rows] == sorted({r["iso3"] for r in rows})
    for r in rows:
        assert r["iso3"] in by and r["predecessor"] in by and r["iso3"] != r["predecessor"], r
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["until"]), r
        to_date(r["until"])
        assert by[r["predecessor"]]["un_member"] == "false", r
        assert split(by[r["iso3"]]["capitals"]) or split(by[r["iso3"]]["seats"]), r
        assert r["note"], r
    # 'until' is the first day the state's own names apply (the day after the predecessor's last)
    assert {(r["iso3"], r["predecessor"], r["until"]) for r in rows} == {
        ("RUS", "SUN", "1991-12-26"), ("CZE", "CSK", "1993-01-01"), ("SRB", "YUG", "2006-06-05")}


def test_non_actors(states, orgs, legislatures):
    _, rows = _read("non_actors.csv")
    phrases = [r["phrase"] for r in rows]
    assert len(phrases) == len(set(phrases))
    state_forms, org_forms = _forms_of_states(states[1]), _forms_of_orgs(orgs[1])
    leg_forms = {f for r in legislatures for f in [r["name"]] + split(r["variants"])}
    for r in rows:
        p = r["phrase"]
        assert p == p.strip() and p and r["note"], r
        assert p not in state_forms and p not in org_forms and p not in leg_forms, p
        inside = [f for f in state_forms
                  if f != p and re.search(rf"(?<!\w){re.escape(f)}(?!\w)", p)]
        assert inside, f"{p!r} contains no state form"
    for p in ("New Mexico", "Gulf of Mexico", "Atlanta, Georgia", "state of Georgia",
              "Georgia Senate", "Jordan River", "Lake Chad"):
        assert p in phrases, p
    # States are never blocked, even when they contain another state's name.
    for p in ("Papua New Guinea", "Equatorial Guinea", "Guinea-Bissau", "Dominican Republic",
              "South Sudan", "Mexico City", "Korean Peninsula", "New South Wales"):
        assert p not in phrases, p
