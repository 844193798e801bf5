#!/usr/bin/env python3
"""Build the people part of the knowledge base: persons.csv and roles.csv.

Inputs (read only at build time; the package never needs them):

* ``../shared/data/leaders/reign_leaderlist_3_21.csv`` - REIGN (Bell 2016): one effective
  leader per state with start/end dates, surnames only, to March 2021;
* ``../shared/data/leaders/everypolitician_holders21/*.csv`` - EveryPolitician office-holders
  (Wikidata-derived, CC0) for eight post-Soviet states and China, 1989 to mid-2022;
* ``../shared/data/leaders/everypolitician_world_leaders_2021_wikidata.csv`` - a 2021-22
  snapshot of heads of state and government (years only);
* ``scripts/kb/people_manual.csv`` and ``scripts/kb/roles_manual.csv`` - hand-kept rows
  that correct and extend the converted ones (everything after 2021-22 comes from here).

Merging. Every role row has a source; ``manual`` beats ``everypolitician`` beats ``reign``
beats ``everypolitician-world-2021``. For the single-holder offices (head of state except the
collective ones, head of government, foreign and defence minister) a lower-priority row is
cut by the periods the higher-priority rows of the same country and role already cover; what
is left (if it was not cut, or is at least ``MIN_FRAGMENT_DAYS`` long) is kept. So a manual
row both corrects a converted one and fills the gap after it. Open-ended rows are then
closed at the start of the next holder of the same office. Where a state has no
prime-ministerial office, the head of state is also written as head of government
(``PRESIDENT_IS_HEAD_OF_GOVERNMENT``).

Run:  .venv/bin/python scripts/kb/build_people.py [--shared PATH] [--check]
Output is sorted and deterministic; ``--check`` only reports whether the committed files are
up to date.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pycountry

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DEFAULT_SHARED = ROOT.parent / "shared" / "data" / "leaders"
OUT_DIR = ROOT / "src" / "multipolar" / "kb" / "data"
MANUAL_PEOPLE = HERE / "people_manual.csv"
MANUAL_ROLES = HERE / "roles_manual.csv"

TODAY = "2026-11-28"  # "empty end" means in office on this date (as far as we know)

PERSON_FIELDS = ["person_id", "name", "variants", "country", "sector", "org", "wikidata", "born"]
ROLE_FIELDS = ["person_id", "country", "role", "title", "start", "end", "source"]

ROLES = {"head_of_state", "head_of_government", "foreign_minister", "defence_minister",
         "spokesperson", "other"}
SINGLE_HOLDER = {"head_of_state", "head_of_government", "foreign_minister", "defence_minister"}
SECTORS = {"GOV", "MIL", "LEG", "JUD", "SPY", "OPP", "PTY", "REB", "UAF", "IGO", "BUS", "MED",
           "CVL"}
ORGS = {"NATO", "EU", "UN", "IAEA", "EUROPEAN_COMMISSION", "EUROPEAN_COUNCIL", "AU", "ASEAN",
        "SCO", "CSTO", "EAEU", "OSCE", "ICC", "IMF", "WHO", "OPEC", "CIS", "WORLD_BANK", "WTO",
        "ARAB_LEAGUE", "GCC", "ECOWAS", "OAS", "COE", "UNHCR", "OHCHR", "ICJ", "OIC", "G7"}
PRIORITY = {"manual": 4, "everypolitician": 3, "reign": 2, "everypolitician-world-2021": 1}
MIN_FRAGMENT_DAYS = 31

# States whose head of state is a collective body or two people at once: their head_of_state
# rows may overlap (Swiss Federal Council president is single, but REIGN and the manual rows
# list the president of the Confederation only, so CHE is here for safety).
COLLECTIVE_HEAD_OF_STATE = {"BIH", "SMR", "AND", "CHE"}

# ---------------------------------------------------------------------------------------
# Correlates-of-War state abbreviations (REIGN ``stateabb``) -> ISO 3166-1 alpha-3.
COW_TO_ISO3 = {
    "USA": "USA", "CAN": "CAN", "BHM": "BHS", "CUB": "CUB", "HAI": "HTI", "DOM": "DOM",
    "JAM": "JAM", "TRI": "TTO", "BAR": "BRB", "DMA": "DMA", "GRN": "GRD", "SLU": "LCA",
    "SVG": "VCT", "AAB": "ATG", "SKN": "KNA", "MEX": "MEX", "BLZ": "BLZ", "GUA": "GTM",
    "HON": "HND", "SAL": "SLV", "NIC": "NIC", "COS": "CRI", "PAN": "PAN", "COL": "COL",
    "VEN": "VEN", "GUY": "GUY", "SUR": "SUR", "ECU": "ECU", "PER": "PER", "BRA": "BRA",
    "BOL": "BOL", "PAR": "PRY", "CHL": "CHL", "ARG": "ARG", "URU": "URY", "UKG": "GBR",
    "IRE": "IRL", "NTH": "NLD", "BEL": "BEL", "LUX": "LUX", "FRN": "FRA", "MNC": "MCO",
    "LIE": "LIE", "SWZ": "CHE", "SPN": "ESP", "AND": "AND", "POR": "PRT", "GMY": "DEU",
    "POL": "POL", "AUS": "AUT", "HUN": "HUN", "CZR": "CZE", "SLO": "SVK", "ITA": "ITA",
    "SNM": "SMR", "MLT": "MLT", "ALB": "ALB", "MNG": "MNE", "MAC": "MKD", "CRO": "HRV",
    "YUG": "SRB", "BOS": "BIH", "KOS": "XKX", "SLV": "SVN", "GRC": "GRC", "CYP": "CYP",
    "BUL": "BGR", "MLD": "MDA", "ROM": "ROU", "RUS": "RUS", "EST": "EST", "LAT": "LVA",
    "LIT": "LTU", "UKR": "UKR", "BLR": "BLR", "ARM": "ARM", "GRG": "GEO", "AZE": "AZE",
    "FIN": "FIN", "SWD": "SWE", "NOR": "NOR", "DEN": "DNK", "ICE": "ISL", "CAP": "CPV",
    "STP": "STP", "GNB": "GNB", "EQG": "GNQ", "GAM": "GMB", "MLI": "MLI", "SEN": "SEN",
    "BEN": "BEN", "MAA": "MRT", "NIR": "NER", "CDI": "CIV", "GUI": "GIN", "BFO": "BFA",
    "LBR": "LBR", "SIE": "SLE", "GHA": "GHA", "TOG": "TGO", "CAO": "CMR", "NIG": "NGA",
    "GAB": "GAB", "CEN": "CAF", "CHA": "TCD", "CON": "COG", "DRC": "COD", "UGA": "UGA",
    "KEN": "KEN", "TAZ": "TZA", "BUI": "BDI", "RWA": "RWA", "SOM": "SOM", "DJI": "DJI",
    "ETH": "ETH", "ERI": "ERI", "ANG": "AGO", "MZM": "MOZ", "ZAM": "ZMB", "ZIM": "ZWE",
    "MAW": "MWI", "SAF": "ZAF", "NAM": "NAM", "LES": "LSO", "BOT": "BWA", "SWA": "SWZ",
    "MAG": "MDG", "COM": "COM", "MAS": "MUS", "SEY": "SYC", "MOR": "MAR", "ALG": "DZA",
    "TUN": "TUN", "LIB": "LBY", "SUD": "SDN", "SSD": "SSD", "IRN": "IRN", "TUR": "TUR",
    "IRQ": "IRQ", "EGY": "EGY", "SYR": "SYR", "LEB": "LBN", "JOR": "JOR", "ISR": "ISR",
    "SAU": "SAU", "YEM": "YEM", "KUW": "KWT", "BAH": "BHR", "QAT": "QAT", "UAE": "ARE",
    "OMA": "OMN", "AFG": "AFG", "TKM": "TKM", "TAJ": "TJK", "KYR": "KGZ", "UZB": "UZB",
    "KZK": "KAZ", "CHN": "CHN", "MON": "MNG", "TAW": "TWN", "PRK": "PRK", "ROK": "KOR",
    "JPN": "JPN", "IND": "IND", "BHU": "BTN", "PAK": "PAK", "BNG": "BGD", "MYA": "MMR",
    "SRI": "LKA", "MAD": "MDV", "NEP": "NPL", "THI": "THA", "CAM": "KHM", "LAO": "LAO",
    "DRV": "VNM", "MAL": "MYS", "SIN": "SGP", "BRU": "BRN", "PHI": "PHL", "INS": "IDN",
    "ETM": "TLS", "AUL": "AUS", "PNG": "PNG", "NEW": "NZL", "VAN": "VUT", "SOL": "SLB",
    "KIR": "KIR", "TUV": "TUV", "FIJ": "FJI", "TON": "TON", "NAU": "NRU", "MSI": "MHL",
    "PAL": "PLW", "FSM": "FSM", "WSM": "WSM",
}

# G20 members and the post-Soviet states are covered from 1990, everyone else from 2000.
G20 = {"ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR",
       "MEX", "RUS", "SAU", "ZAF", "TUR", "GBR", "USA"}
POST_SOVIET = {"ARM", "AZE", "BLR", "EST", "GEO", "KAZ", "KGZ", "LVA", "LTU", "MDA", "RUS",
               "TJK", "TKM", "UKR", "UZB"}
# States for which EveryPolitician country files give the heads: REIGN is not used there.
EVERYPOLITICIAN_HEADS = {"RUS", "UKR", "BLR", "KAZ", "KGZ", "TJK", "TKM", "UZB", "CHN"}

# What the REIGN "leader" is, per state: (role, title). Rows can override it in REIGN_NAMES.
# Parliamentary systems: the prime minister; presidential ones: the president.
HOG_PM = ("head_of_government", "Prime Minister")
HOS_PRES = ("head_of_state", "President")
REIGN_OFFICE = {iso: HOS_PRES for iso in COW_TO_ISO3.values()}
REIGN_OFFICE.update({iso: HOG_PM for iso in (
    "CAN BHS JAM TTO BRB DMA GRD LCA VCT ATG KNA BLZ GBR IRL NLD BEL LUX ESP PRT MLT ALB "
    "MNE MKD HRV SRB XKX SVN GRC BGR EST LVA FIN SWE NOR DNK ISL CPV ETH LSO MUS IRQ ISR "
    "JPN IND BTN NPL THA KHM MYS SGP AUS PNG NZL VUT SLB TUV FJI TON WSM HUN CZE SVK ITA "
    "AND GEO MDA ROU ARM LBN PAK BGD").split()})
REIGN_OFFICE.update({
    "DEU": ("head_of_government", "Chancellor"),
    "AUT": ("head_of_government", "Chancellor"),
    "IRL": ("head_of_government", "Taoiseach"),
    "CHE": ("head_of_state", "President of the Swiss Confederation"),
    "SMR": ("head_of_state", "Captain Regent"),
    "BIH": ("head_of_state", "Chairman of the Presidency"),
    "IRN": ("head_of_government", "President"),
    "MCO": ("head_of_state", "Prince"),
    "LIE": ("head_of_state", "Prince"),
    "MAR": ("head_of_state", "King"),
    "JOR": ("head_of_state", "King"),
    "SAU": ("head_of_state", "King"),
    "BHR": ("head_of_state", "King"),
    "QAT": ("head_of_state", "Emir"),
    "KWT": ("head_of_state", "Emir"),
    "OMN": ("head_of_state", "Sultan"),
    "BRN": ("head_of_state", "Sultan"),
    "SWZ": ("head_of_state", "King"),
    "ARE": ("head_of_state", "President"),
    "PRK": ("head_of_state", "Supreme Leader"),
    "VNM": ("head_of_state", "General Secretary of the Communist Party"),
    "LAO": ("head_of_state", "President"),
})

# States without a prime-ministerial office in (part of) the period: the head of state is
# head of government too. Periods are inclusive ISO dates; None = open.
_ALL = [(None, None)]
PRESIDENT_IS_HEAD_OF_GOVERNMENT = {
    **{iso: _ALL for iso in (
        "USA MEX GTM HND SLV NIC CRI PAN COL VEN ECU BOL PRY CHL ARG BRA URY DOM SUR "
        "NGA GHA LBR SLE GMB BEN BWA ZAF ZMB MWI SSD SYC ERI COM IDN PHL MDV CYP TKM PLW "
        "FSM MHL KIR NRU OMN BRN CHE").split()},
    "CUB": [(None, "2019-12-21")],
    "AGO": [("2010-02-05", None)],
    "KEN": [(None, "2008-04-17"), ("2013-04-09", None)],
    "ZWE": [(None, "2009-02-11"), ("2013-08-22", None)],
    "BDI": [(None, "2020-06-23")],
    "TUR": [("2018-07-09", None)],
    "AFG": [("2001-12-22", "2021-08-15")],
    "MMR": [("2011-03-30", "2021-02-01")],
    "TCD": [("2018-05-04", "2021-04-26")],
}

# ---------------------------------------------------------------------------------------
# EveryPolitician position labels -> (role, title, sector of a person who only has this role).
EP_FILES = {
    "belarus-ministers.holders21.csv": "BLR",
    "china-ministers.holders21.csv": "CHN",
    "kazakhstan-cabinet.holders21.csv": "KAZ",
    "kyrgyzstan-ministers.holders21.csv": "KGZ",
    "russia-cabinet.holders21.csv": "RUS",
    "tajikistan-ministers.holders21.csv": "TJK",
    "turkmenistan.holders21.csv": "TKM",
    "ukraine-cabinet.holders21.csv": "UKR",
    "uzbekistan-ministers.holders21.csv": "UZB",
    "world.holders21.csv": "",
}
EP_POSITIONS = {
    "President": ("head_of_state", "President", "GOV"),
    "Acting President": ("head_of_state", "Acting President", "GOV"),
    "Prime Minister": ("head_of_government", "Prime Minister", "GOV"),
    "Chairman of the Cabinet of Ministers (Prime Minister)":
        ("head_of_government", "Chairman of the Cabinet of Ministers", "GOV"),
    "Premier of the State Council": ("head_of_government", "Premier", "GOV"),
    "Minister of Foreign Affairs": ("foreign_minister", "Minister of Foreign Affairs", "GOV"),
    "Minister for Foreign Affairs": ("foreign_minister", "Minister of Foreign Affairs", "GOV"),
    "Minister of Defence": ("defence_minister", "Minister of Defence", "GOV"),
    "Minister of National Defence": ("defence_minister", "Minister of National Defence", "GOV"),
    "Foreign Ministry Spokeperson":
        ("spokesperson", "Spokesperson of the Ministry of Foreign Affairs", "GOV"),
    "Chief of the General Staff": ("other", "Chief of the General Staff", "MIL"),
    "Chief of the Joint Staff": ("other", "Chief of the Joint Staff Department", "MIL"),
    "Commander-in-Chief of the Armed Forces":
        ("other", "Commander-in-Chief of the Armed Forces", "MIL"),
    "Head of the Chechen Republic": ("other", "Head of the Chechen Republic", "GOV"),
    "Head of the Office of the President": ("other", "Head of the Presidential Office", "GOV"),
    "Chief of Staff of the Presidential Executive Office":
        ("other", "Chief of Staff of the Presidential Executive Office", "GOV"),
    "Head of the Presidential Administration":
        ("other", "Head of the Presidential Administration", "GOV"),
    "Secretary of the Security Council": ("other", "Secretary of the Security Council", "GOV"),
    "Director of the Federal Security Service":
        ("other", "Director of the Federal Security Service", "SPY"),
    "Head of the Security Service": ("other", "Head of the Security Service", "SPY"),
    "Chairman of the State Security Committee":
        ("other", "Chairman of the State Security Committee", "SPY"),
    "Chairman of the National Security Committee":
        ("other", "Chairman of the National Security Committee", "SPY"),
    "General Secretary of the Chinese Communist Party":
        ("other", "General Secretary of the Chinese Communist Party", "GOV"),
    "Vice President": ("other", "Vice President", "GOV"),
    "Vice-President": ("other", "Vice President", "GOV"),
    "Secretary-General of the United Nations": ("other", "Secretary-General", "IGO"),
}
EP_ORG = {"Secretary-General of the United Nations": "UN"}

# Converted rows known to be wrong or redundant: (source, person_id, country, role, start).
EXCLUDE = {
    # acting PM for a week while Yatsenyuk's resignation was pending; Yatsenyuk stayed in office
    ("everypolitician", "Q4150130", "UKR", "head_of_government", "2014-07-25"),
    # acting chairman for two weeks, overlapping Maripov's own row
    ("everypolitician", "Q101751482", "KGZ", "head_of_government", "2021-05-05"),
    # "Acting President" 1999-12-31..2000-05-07 is kept; the REIGN-style Supreme Commander
    # rows are not roles we model.
}

# World-snapshot countries that are not in scope (not UN members or the four extra states).
WORLD_SKIP_COUNTRIES = {"Republic of Abkhazia", "Republic of Artsakh", "Republika Srpska",
                        "Sahrawi Arab Democratic Republic", "Somaliland", "South Ossetia",
                        "Transnistria", "Turkish Republic of Northern Cyprus"}
WORLD_COUNTRY_ISO3 = {
    "East Timor": "TLS", "Ivory Coast": "CIV", "Kingdom of Denmark": "DNK",
    "Kingdom of the Netherlands": "NLD", "People's Republic of China": "CHN",
    "Republic of Ireland": "IRL", "Republic of the Congo": "COG",
    "Democratic Republic of the Congo": "COD", "State of Palestine": "PSE",
    "The Bahamas": "BHS", "The Gambia": "GMB", "Federated States of Micronesia": "FSM",
    "Kosovo": "XKX", "Taiwan": "TWN", "Vatican City": "VAT", "Turkey": "TUR",
    "Russia": "RUS", "Syria": "SYR", "Iran": "IRN", "Laos": "LAO", "Vietnam": "VNM",
    "South Korea": "KOR", "North Korea": "PRK", "Moldova": "MDA", "Bolivia": "BOL",
    "Venezuela": "VEN", "Tanzania": "TZA", "Brunei": "BRN", "Cape Verde": "CPV",
    "Czech Republic": "CZE", "Eswatini": "SWZ", "São Tomé and Príncipe": "STP",
    "United States of America": "USA", "United Kingdom": "GBR", "Micronesia": "FSM",
}


def world_office(label: str) -> tuple[str, str] | None:
    """Role and title for a position label of the 2021-22 world snapshot (None = not modelled)."""
    low = label.lower()
    if low.startswith(("governor-general", "member of the swiss federal council",
                       "president of the pontifical commission", "military leader",
                       "chief minister of sierra leone")):
        return None
    if low == "supreme leader of iran":
        return ("head_of_state", "Supreme Leader")
    if low == "supreme leader of north korea":
        return ("head_of_state", "Supreme Leader")
    if low == "president of iran":
        return ("head_of_government", "President")
    if low == "president of the executive yuan":
        return ("head_of_government", "Premier")
    if low == "president of the republic of china":
        return ("head_of_state", "President")
    if low.startswith("chairman of the presidential council"):
        return ("head_of_state", "Chairman of the Presidential Council")
    if low.startswith("chairman of the council of ministers"):
        return ("head_of_government", "Chairman of the Council of Ministers")
    hog = [("prime minister", "Prime Minister"), ("premier", "Premier"),
           ("federal chancellor", "Chancellor"), ("taoiseach", "Taoiseach"),
           ("minister of state of monaco", "Minister of State")]
    for prefix, title in hog:
        if low.startswith(prefix):
            return ("head_of_government", title)
    hos = [("monarch", "Monarch"), ("king", "King"), ("emir", "Emir"), ("sultan", "Sultan"),
           ("druk gyalpo", "King"), ("ngwenyama", "King"), ("prince", "Prince"),
           ("pope", "Pope"), ("yang di-pertuan agong", "Yang di-Pertuan Agong"),
           ("o le ao o le malo", "O le Ao o le Malo"), ("captain regent", "Captain Regent"),
           ("episcopal co-prince", "Co-Prince"), ("french co-prince", "Co-Prince"),
           ("emperor", "Emperor"), ("president", "President")]
    for prefix, title in hos:
        if low.startswith(prefix):
            return ("head_of_state", title)
    return None


# ---------------------------------------------------------------------------------------
# Dates. Partial dates (YYYY, YYYY-MM) are allowed; "loose" reads them as wide as possible,
# "strict" as narrow as possible.
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _last_day(year: int, month: int) -> int:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return (nxt - dt.timedelta(days=1)).day


def date_lo(s: str) -> dt.date:
    parts = [int(p) for p in s.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def date_hi(s: str) -> dt.date:
    parts = [int(p) for p in s.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], _last_day(parts[0], parts[1]))
    return dt.date(parts[0], 12, 31)


TODAY_D = dt.date.fromisoformat(TODAY)


def loose(row: dict) -> tuple[dt.date, dt.date]:
    return date_lo(row["start"]), (date_hi(row["end"]) if row["end"] else TODAY_D)


def strict(row: dict) -> tuple[dt.date, dt.date]:
    s = date_hi(row["start"])
    e = date_lo(row["end"]) if row["end"] else TODAY_D
    return s, max(s, e)


# ---------------------------------------------------------------------------------------
def fold(s: str) -> str:
    """Lowercase ASCII form of a name, for matching and slugs."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("ʻ", "").replace("ʼ", "").replace("‘", "").replace("’", "").replace("'", "")
    return re.sub(r"\s+", " ", s).strip().lower()


def slug(name: str) -> str:
    return "p:" + re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")


def latin(s: str) -> bool:
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in s)


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def warn(msg: str) -> None:
    print("warning:", msg, file=sys.stderr)


# ---------------------------------------------------------------------------------------
class Builder:
    def __init__(self, shared: Path, verbose: bool = False):
        self.shared = shared
        self.verbose = verbose
        self.persons: dict[str, dict] = {}
        self.auto_variants: dict[str, set[str]] = defaultdict(set)
        self.rows: list[dict] = []
        self.born: dict[str, str] = {}
        self.sector_hint: dict[str, str] = {}
        self.org_hint: dict[str, str] = {}

    # -- persons ------------------------------------------------------------------------
    def add_person(self, pid: str, name: str, label_variant: str = "") -> None:
        name = name.strip()
        if pid not in self.persons:
            self.persons[pid] = {"person_id": pid, "name": name, "variants": "", "country": "",
                                 "sector": "", "org": "", "wikidata": "", "born": ""}
            if re.fullmatch(r"Q\d+", pid):
                self.persons[pid]["wikidata"] = pid
        for v in (name, label_variant):
            if v and v != self.persons[pid]["name"]:
                self.auto_variants[pid].add(v)

    # -- sources ------------------------------------------------------------------------
    def load_everypolitician(self) -> None:
        for fname, iso in EP_FILES.items():
            path = self.shared / "everypolitician_holders21" / fname
            for r in read_csv(path):
                pos = EP_POSITIONS.get(r["position"])
                if not pos or not r["start"]:
                    continue
                role, title, sector = pos
                pid = r["personID"]
                if ("everypolitician", pid, iso, role, r["start"]) in EXCLUDE:
                    continue
                # The English Wikipedia title is the canonical name when the file gives one;
                # the EveryPolitician label is then kept as a variant.
                enwiki = re.sub(r"\s*\(.*\)$", "", r.get("enwiki") or "").strip()
                if enwiki and latin(enwiki):
                    self.add_person(pid, enwiki, r["person"])
                else:
                    self.add_person(pid, r["person"])
                if r.get("DOB"):
                    self.born.setdefault(pid, r["DOB"][:4])
                self.sector_hint.setdefault(pid, sector)
                if r["position"] in EP_ORG:
                    self.org_hint[pid] = EP_ORG[r["position"]]
                self.rows.append({"person_id": pid, "country": iso, "role": role,
                                  "title": title, "start": r["start"], "end": r["end"],
                                  "source": "everypolitician"})

    def load_world(self) -> None:
        path = self.shared / "everypolitician_world_leaders_2021_wikidata.csv"
        for r in read_csv(path):
            cname = r["country"]
            if cname in WORLD_SKIP_COUNTRIES:
                continue
            iso = WORLD_COUNTRY_ISO3.get(cname)
            if not iso:
                try:
                    iso = pycountry.countries.lookup(cname).alpha_3
                except LookupError:
                    warn(f"world snapshot: unknown country {cname!r}")
                    continue
            office = world_office(r["positionLabel"])
            label = r["officeholderLabel"]
            if not office or re.fullmatch(r"Q\d+", label):
                continue
            role, title = office
            pid = r["officeholder"]
            self.add_person(pid, label)
            self.rows.append({"person_id": pid, "country": iso, "role": role, "title": title,
                              "start": r["start_year"], "end": r["end_year"],
                              "source": "everypolitician-world-2021"})

    def load_reign(self) -> list[tuple[dict, str]]:
        """REIGN rows in scope, with the canonical name of the person (resolved later)."""
        raw = (self.shared / "reign_leaderlist_3_21.csv").read_bytes()
        # The file is UTF-8 except for one stray Windows-1252 byte in a notes cell.
        text = raw.decode("utf-8", errors="replace")
        rows = list(csv.reader(io.StringIO(text)))[1:]
        table = parse_reign_names()
        by_state = defaultdict(list)
        for r in rows:
            by_state[r[0]].append(r)
        out = []
        seen_keys = set()
        for abb, rs in by_state.items():
            iso = COW_TO_ISO3.get(abb)
            if not iso:
                continue
            rs = [r for r in rs if not (abb == "GMY" and r[1] == "260")]  # West Germany
            rs.sort(key=lambda r: (int(r[6]), int(r[5]), int(r[4])))
            first_year = 1990 if iso in G20 | POST_SOVIET else 2000
            for i, r in enumerate(rs):
                end_year = int(r[8]) if r[8] else 9999
                if end_year < first_year:
                    continue
                leader = r[3].strip()
                start = f"{int(r[6]):04d}-{int(r[5]):02d}-{int(r[4]):02d}"
                key = f"{abb}|{leader}|{start}"
                if key not in table:
                    key = f"{abb}|{leader}"
                seen_keys.add(key)
                if iso in EVERYPOLITICIAN_HEADS:
                    continue
                if key not in table:
                    warn(f"REIGN row without a name in REIGN_NAMES: {abb}|{leader}|{start}")
                    continue
                entry = table[key]
                if entry is None:
                    continue
                end = ""
                if r[8]:
                    end = f"{int(r[8]):04d}-{int(r[7]):02d}"
                    if i + 1 < len(rs):
                        n = rs[i + 1]
                        nxt = f"{int(n[6]):04d}-{int(n[5]):02d}-{int(n[4]):02d}"
                        if nxt.startswith(end):
                            end = nxt
                names, role, title = entry
                role = role or REIGN_OFFICE[iso][0]
                title = title or REIGN_OFFICE[iso][1]
                for name in names:
                    row = {"person_id": "", "country": iso, "role": role, "title": title,
                           "start": start, "end": end, "source": "reign"}
                    out.append((row, name))
                    if r[9].isdigit() and len(names) == 1:
                        self.born.setdefault("name:" + fold(name), r[9])
        for key in table:
            if key not in seen_keys:
                warn(f"REIGN_NAMES key matches no REIGN row in scope: {key}")
        return out

    def load_manual(self) -> tuple[list[dict], list[dict]]:
        people = read_csv(MANUAL_PEOPLE)
        roles = read_csv(MANUAL_ROLES)
        for p in people:
            if list(p) != PERSON_FIELDS:
                raise SystemExit(f"{MANUAL_PEOPLE}: columns must be {PERSON_FIELDS}")
            break
        for r in roles:
            if list(r) != ROLE_FIELDS:
                raise SystemExit(f"{MANUAL_ROLES}: columns must be {ROLE_FIELDS}")
            break
        return people, roles

    # -- merge ----------------------------------------------------------------------------
    def build(self) -> tuple[list[dict], list[dict]]:
        self.load_everypolitician()
        self.load_world()
        manual_people, manual_roles = self.load_manual()

        # Manual person rows: new persons, or corrections of converted ones.
        for p in manual_people:
            pid = p["person_id"]
            if pid in self.persons:
                old = self.persons[pid]["name"]
                if p["name"] and p["name"] != old:
                    self.auto_variants[pid].add(old)
            else:
                self.persons[pid] = {k: "" for k in PERSON_FIELDS}
                self.persons[pid]["person_id"] = pid
                if re.fullmatch(r"Q\d+", pid):
                    self.persons[pid]["wikidata"] = pid
            for k in PERSON_FIELDS[1:]:
                if p[k] and k != "variants":
                    self.persons[pid][k] = p[k]
            for v in filter(None, p["variants"].split("|")):
                self.auto_variants[pid].add(v)

        # Name index for resolving REIGN names (canonical names and multi-word variants).
        index: dict[str, set[str]] = defaultdict(set)
        for pid, p in self.persons.items():
            index[fold(p["name"])].add(pid)
            for v in self.auto_variants[pid]:
                if " " in v:
                    index[fold(v)].add(pid)
        for row, name in self.load_reign():
            if name.startswith("@"):
                if name[1:] not in self.persons:
                    raise SystemExit(f"REIGN_NAMES refers to unknown person {name}")
                row["person_id"] = name[1:]
                self.rows.append(row)
                continue
            cands = index.get(fold(name), set())
            if len(cands) > 1:
                exact = {c for c in cands if fold(self.persons[c]["name"]) == fold(name)}
                if len(exact) == 1:
                    cands = exact
                else:
                    warn(f"REIGN name {name!r} matches several persons {sorted(cands)}")
                    cands = {sorted(cands)[0]}
            if cands:
                pid = next(iter(cands))
            else:
                pid = slug(name)
                if pid in self.persons and fold(self.persons[pid]["name"]) != fold(name):
                    warn(f"slug collision {pid}: {name!r} vs {self.persons[pid]['name']!r}")
                self.add_person(pid, name)
                index[fold(name)].add(pid)
            if "name:" + fold(name) in self.born:
                self.born.setdefault(pid, self.born["name:" + fold(name)])
            row["person_id"] = pid
            self.rows.append(row)

        for r in manual_roles:
            r = dict(r)
            r["source"] = r["source"] or "manual"
            if r["person_id"] not in self.persons:
                raise SystemExit(f"roles_manual.csv: unknown person {r['person_id']}")
            self.rows.append(r)

        rows = self.merge(self.rows)
        rows = self.close_open(rows)
        rows = self.add_president_as_hog(rows)
        persons = self.finish_persons(rows)
        rows.sort(key=lambda r: (r["country"], r["role"], date_lo(r["start"]), r["person_id"],
                                 r["title"]))
        persons.sort(key=lambda p: p["person_id"])
        return persons, rows

    def merge(self, rows: list[dict]) -> list[dict]:
        groups = defaultdict(list)
        for r in rows:
            groups[(r["country"], r["role"])].append(r)
        kept: list[dict] = []
        for (iso, role), rs in sorted(groups.items()):
            single = role in SINGLE_HOLDER and not (role == "head_of_state"
                                                     and iso in COLLECTIVE_HEAD_OF_STATE)
            covered: list[tuple[dt.date, dt.date]] = []
            for prio in sorted({PRIORITY[r["source"]] for r in rs}, reverse=True):
                level = [r for r in rs if PRIORITY[r["source"]] == prio]
                new_cover = []
                for r in level:
                    if single:
                        frags = cut(r, covered)
                    else:
                        frags = cut_same(r, [k for k in kept if k["country"] == iso
                                             and k["role"] == role
                                             and PRIORITY[k["source"]] > prio])
                    for f in frags:
                        kept.append(f)
                        new_cover.append(loose(f))
                    if self.verbose and frags != [r]:
                        print(f"cut {r['source']} {r['person_id']} {iso} {role} "
                              f"{r['start']}..{r['end']} -> "
                              f"{[(f['start'], f['end']) for f in frags]}", file=sys.stderr)
                covered.extend(new_cover)
        # exact duplicates (same person, office, dates) within a source
        seen, out = set(), []
        for r in kept:
            key = (r["person_id"], r["country"], r["role"], r["title"], r["start"], r["end"])
            if key not in seen:
                seen.add(key)
                out.append(r)
        return out

    def close_open(self, rows: list[dict]) -> list[dict]:
        groups = defaultdict(list)
        for r in rows:
            groups[(r["country"], r["role"])].append(r)
        for (iso, role), rs in groups.items():
            if role not in SINGLE_HOLDER or (role == "head_of_state"
                                             and iso in COLLECTIVE_HEAD_OF_STATE):
                continue
            rs.sort(key=lambda r: date_lo(r["start"]))
            for r in rs:
                if r["end"]:
                    continue
                later = [n for n in rs if n is not r and date_lo(n["start"]) > date_hi(r["start"])
                         and n["person_id"] != r["person_id"]]
                if later:
                    nxt = min(later, key=lambda n: date_lo(n["start"]))
                    r["end"] = nxt["start"]
                    if self.verbose:
                        print(f"closed {r['source']} {r['person_id']} {iso} {role} "
                              f"{r['start']}.. at {nxt['start']}", file=sys.stderr)
        return rows

    def add_president_as_hog(self, rows: list[dict]) -> list[dict]:
        extra = []
        for iso, periods in PRESIDENT_IS_HEAD_OF_GOVERNMENT.items():
            hog = [loose(r) for r in rows if r["country"] == iso
                   and r["role"] == "head_of_government"]
            for r in rows:
                if r["country"] != iso or r["role"] != "head_of_state":
                    continue
                for lo_, hi_ in periods:
                    clip = dict(r, role="head_of_government")
                    if lo_ and (not clip["end"] or date_hi(clip["end"]) > date_lo(lo_)) \
                            and date_lo(clip["start"]) < date_lo(lo_):
                        clip["start"] = lo_
                    if hi_ and (not clip["end"] or date_lo(clip["end"]) > date_lo(hi_)):
                        clip["end"] = hi_
                    if date_lo(clip["start"]) >= (date_hi(clip["end"]) if clip["end"]
                                                  else TODAY_D + dt.timedelta(days=1)):
                        continue
                    for f in cut(clip, hog):
                        extra.append(f)
        return rows + extra

    def finish_persons(self, rows: list[dict]) -> list[dict]:
        used = {r["person_id"] for r in rows}
        role_countries = defaultdict(Counter)
        roles_of = defaultdict(set)
        for r in rows:
            if r["country"]:
                role_countries[r["person_id"]][r["country"]] += 1
            roles_of[r["person_id"]].add(r["role"])
        manual_ids = {p["person_id"] for p in read_csv(MANUAL_PEOPLE)}
        out = []
        for pid, p in self.persons.items():
            if pid not in used and pid not in manual_ids:
                continue
            if pid not in used:
                warn(f"person {pid} ({p['name']}) has no role rows")
            p = dict(p)
            if not p["country"] and role_countries[pid] and not p["org"]:
                p["country"] = role_countries[pid].most_common(1)[0][0]
            if not p["org"] and pid in self.org_hint:
                p["org"] = self.org_hint[pid]
            if not p["sector"]:
                if roles_of[pid] & (ROLES - {"other"}):
                    p["sector"] = "GOV"
                else:
                    p["sector"] = self.sector_hint.get(pid, "GOV")
            if not p["born"] and pid in self.born:
                p["born"] = self.born[pid]
            p["variants"] = self.auto_variants[pid]
            out.append(p)
        clean_variants(out)
        return out


def cut(row: dict, covered: list[tuple[dt.date, dt.date]]) -> list[dict]:
    """The parts of ``row`` (read strictly) that no covered interval (read loosely) contains.

    Boundaries shared with a covering interval are kept (a term ends on the day the next
    begins). A fragment produced by cutting is kept only if at least MIN_FRAGMENT_DAYS long.
    """
    s, e = strict(row)
    pieces = [(s, e, row["start"], row["end"])]
    for cs, ce in covered:
        nxt = []
        for ps, pe, pss, pes in pieces:
            if ce <= ps or cs >= pe:
                nxt.append((ps, pe, pss, pes))
                continue
            if cs > ps:
                nxt.append((ps, cs, pss, cs.isoformat()))
            if ce < pe:
                nxt.append((ce, pe, ce.isoformat(), pes))
        pieces = nxt
    out = []
    for ps, pe, pss, pes in pieces:
        whole = (pss, pes) == (row["start"], row["end"])
        if whole or (pe - ps).days >= MIN_FRAGMENT_DAYS:
            if not whole and pes == TODAY:
                pes = ""
            out.append(dict(row, start=pss, end=pes))
    return out


def cut_same(row: dict, higher: list[dict]) -> list[dict]:
    """For offices held by several people at once: drop a row that a higher-priority row of
    the same person and title already covers."""
    for h in higher:
        if h["person_id"] == row["person_id"]:
            hs, he = loose(h)
            rs, re_ = strict(row)
            if hs <= re_ and rs <= he:
                return []
    return [row]


# Single-word variants never used alone: common English words, and surnames or given names
# shared by many people in the news.
STOP_SINGLE = {
    "May", "Brown", "Johnson", "Rice", "Lee", "Kim", "Park", "Khan", "Sharif", "Singh", "Li",
    "Wang", "Zhang", "Liu", "Chen", "Yang", "Bush", "Clinton", "Aliyev", "Berdimuhamedow",
    "Berdymukhamedov", "King", "Young", "Black", "White", "Green", "Little", "Long", "Hope",
    "Rich", "Love", "Best", "Mills", "Banda", "Thomas", "James", "Martin", "Charles", "George",
    "Michel", "Ali", "Ahmed", "Mohamed", "Mohammed", "Muhammad", "Abdullah", "Hassan",
    "Hussein", "Salman", "Khalifa", "Hamad", "Ibrahim", "Abbas", "Said", "Saleh", "Nasser",
    "Gandhi", "Rahman", "Hasina", "Jonathan", "Francis", "Stephen", "Frank", "Gordon",
    "Stuart", "Scott", "Wood", "Price", "Miller", "Snow", "Gray", "Grey", "Baker", "Powell",
    "Gates", "Perry", "Kelly", "Bolton", "Bruce", "Smith", "Jones", "Lam", "Ma", "Hu", "Wen",
    "Xu", "Sun", "Ho", "Tran", "Nguyen", "Pham", "Le", "Do", "Vo", "Dang", "Hun", "Sen",
    "Prince", "Bishop", "Pope", "Lord", "Major", "Marshall", "Page", "Strong", "Hunt", "Fox",
    "Wolf", "Bird", "Moon", "Yoon", "Suga", "Kan", "Mori", "Noda", "Aso", "Ma", "Han", "Choi",
    "Lim", "Tan", "Goh", "Ng", "Duque", "Castro", "Fernandez", "Fernández", "Garcia",
    "García", "Gomez", "Lopez", "López", "Rodriguez", "Rodríguez", "Sanchez", "Sánchez",
    "Martinez", "Perez", "Pérez", "Gonzalez", "González", "Ortega", "Moreno", "Silva",
    "Santos", "Costa", "Neves", "Sousa", "Ramos", "Mendes", "Pereira", "Ferreira", "Lula",
    "Mahmoud", "Omar", "Khalid", "Faisal", "Sultan", "Emir", "Tony", "David", "Boris",
    "Justin", "Rishi", "Keir", "Liz", "Theresa", "Vladimir", "Dmitry", "Sergei", "Sergey",
}


def clean_variants(persons: list[dict]) -> None:
    """Drop variants equal to the name, non-Latin ones, stop-listed single words, and any
    variant (or single word) shared by two persons: an ambiguous variant resolves nobody."""
    owners = defaultdict(set)
    for p in persons:
        p["variants"] = {v.strip() for v in p["variants"]
                         if v.strip() and v.strip() != p["name"] and latin(v)
                         and not re.fullmatch(r"Q\d+", v.strip())}
        p["variants"] = {v for v in p["variants"] if not (" " not in v and v in STOP_SINGLE)}
        for v in p["variants"]:
            owners[v].add(p["person_id"])
    names = {p["name"]: p["person_id"] for p in persons}
    for p in persons:
        drop = set()
        for v in p["variants"]:
            others = owners[v] - {p["person_id"]}
            if others or (v in names and names[v] != p["person_id"]):
                drop.add(v)
        if drop:
            print(f"ambiguous variants dropped from {p['person_id']} ({p['name']}): "
                  f"{sorted(drop)}", file=sys.stderr)
        p["variants"] = "|".join(sorted(p["variants"] - drop, key=lambda v: (fold(v), v)))


def validate(persons: list[dict], rows: list[dict]) -> list[str]:
    errors = []
    ids = Counter(p["person_id"] for p in persons)
    errors += [f"duplicate person_id {k}" for k, n in ids.items() if n > 1]
    known = set(ids)
    iso3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
    for p in persons:
        if not re.fullmatch(r"Q\d+|p:[a-z0-9]+(-[a-z0-9]+)*", p["person_id"]):
            errors.append(f"bad person_id {p['person_id']}")
        if p["sector"] not in SECTORS:
            errors.append(f"{p['person_id']}: bad sector {p['sector']!r}")
        if p["country"] and p["country"] not in iso3:
            errors.append(f"{p['person_id']}: bad country {p['country']!r}")
        if p["org"] and p["org"] not in ORGS:
            errors.append(f"{p['person_id']}: unknown org {p['org']!r}")
        if p["born"] and not re.fullmatch(r"\d{4}", p["born"]):
            errors.append(f"{p['person_id']}: bad born {p['born']!r}")
    for r in rows:
        tag = f"{r['person_id']} {r['country']} {r['role']} {r['start']}"
        if r["person_id"] not in known:
            errors.append(f"{tag}: unknown person")
        if r["role"] not in ROLES:
            errors.append(f"{tag}: bad role")
        if r["country"] and r["country"] not in iso3:
            errors.append(f"{tag}: bad country")
        if not r["title"]:
            errors.append(f"{tag}: empty title")
        for k in ("start", "end"):
            if r[k] and not DATE_RE.match(r[k]):
                errors.append(f"{tag}: bad {k} {r[k]!r}")
        if not r["start"]:
            errors.append(f"{tag}: empty start")
        elif r["end"] and date_lo(r["start"]) > date_hi(r["end"]):
            errors.append(f"{tag}: start after end {r['end']}")
        if r["source"] not in PRIORITY:
            errors.append(f"{tag}: bad source {r['source']!r}")
    return errors


def to_csv(fields: list[str], rows: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n", extrasaction="ignore")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED,
                    help="directory holding the leaders data (default: ../shared/data/leaders)")
    ap.add_argument("--check", action="store_true",
                    help="do not write; fail if the committed CSVs differ from a fresh build")
    ap.add_argument("-v", "--verbose", action="store_true", help="report every cut and closure")
    args = ap.parse_args(argv)

    b = Builder(args.shared, verbose=args.verbose)
    persons, rows = b.build()
    errors = validate(persons, rows)
    for e in errors:
        print("error:", e, file=sys.stderr)
    if errors:
        return 1
    outputs = {OUT_DIR / "persons.csv": to_csv(PERSON_FIELDS, persons),
               OUT_DIR / "roles.csv": to_csv(ROLE_FIELDS, rows)}
    if args.check:
        stale = [p for p, text in outputs.items()
                 if not p.exists() or p.read_text(encoding="utf-8") != text]
        for p in stale:
            print(f"out of date: {p}", file=sys.stderr)
        return 1 if stale else 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for p, text in outputs.items():
        p.write_text(text, encoding="utf-8")
    by_role = Counter(r["role"] for r in rows)
    by_source = Counter(r["source"] for r in rows)
    print(f"{len(persons)} persons, {len(rows)} role rows")
    print("  by role:   " + ", ".join(f"{k} {v}" for k, v in sorted(by_role.items())))
    print("  by source: " + ", ".join(f"{k} {v}" for k, v in sorted(by_source.items())))
    return 0


# ---------------------------------------------------------------------------------------
# REIGN leaders -> canonical English names (English Wikipedia titles).
# One line per REIGN row in scope: "STATEABB|leader|start year = Name[; role[; title]]".
# "= -" skips a row (not an office holder, or replaced by manual rows); "Name + Name" gives
# two office holders (San Marino's captains regent). Role/title default to REIGN_OFFICE.
def parse_reign_names() -> dict[str, tuple[list[str], str, str] | None]:
    table: dict[str, tuple[list[str], str, str] | None] = {}
    for line in REIGN_NAMES.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        key, _, value = line.partition("=")
        key, value = key.strip(), value.strip()
        if key in table:
            raise SystemExit(f"REIGN_NAMES: duplicate key {key}")
        if value == "-":
            table[key] = None
            continue
        parts = [p.strip() for p in value.split(";")]
        names = [n.strip() for n in parts[0].split("+")]
        role = parts[1] if len(parts) > 1 else ""
        title = parts[2] if len(parts) > 2 else ""
        if role and role not in ROLES:
            raise SystemExit(f"REIGN_NAMES: bad role in {line!r}")
        table[key] = (names, role, title)
    return table


REIGN_NAMES = """
"""

if __name__ == "__main__":
    sys.exit(main())
