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

# States whose head of state is a collective body or several people at once: their
# head_of_state rows may overlap. BIH: the three-member Presidency; SMR: two Captains Regent;
# AND: two Co-Princes; CHE: the Federal Council (we list its yearly President);
# NIC: President and Co-President since the 2025 constitutional reform.
COLLECTIVE_HEAD_OF_STATE = {"BIH", "SMR", "AND", "CHE", "NIC"}

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

# Historic states of the base (states.csv): Soviet Union, East Germany, Czechoslovakia and
# Yugoslavia (the SFRY to 1992, FR Yugoslavia 1992-2003 and Serbia and Montenegro 2003-06).
# Their office-holders are hand-kept rows (1980 on).
HISTORIC_STATES = {"SUN", "DDR", "CSK", "YUG"}

# G20 members and the post-Soviet states are covered from 1990, everyone else from 2000.
# Hand-kept rows extend the heads of state and government back to 1980 for the G20 (with the
# Soviet Union for Russia), the four historic states and ISR, EGY, IRN, IRQ, SYR, CUB, NIC,
# PAK, PHL and POL; see SOURCES-people.md.
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
    "CAN BHS JAM TTO BRB DMA GRD LCA VCT ATG KNA BLZ GBR IRL NLD BEL LUX ESP MLT ALB "
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
# Explicit head_of_government rows (prime ministers) always win: the head of state is only
# written as head of government where, and when, no such row exists. So states that had a
# prime minister for part of the period (Turkey to 2018, Kenya 2008-13, Senegal, Chad ...) are
# listed with _ALL and their prime ministers cut the copied rows.
PRESIDENT_IS_HEAD_OF_GOVERNMENT = {
    **{iso: _ALL for iso in (
        "USA MEX GTM HND SLV NIC CRI PAN COL VEN ECU BOL PRY CHL ARG BRA URY DOM SUR CUB "
        "NGA GHA LBR SLE GMB BEN BWA ZAF ZMB MWI SSD SYC ERI COM IDN PHL MDV CYP TKM PLW "
        "FSM MHL KIR NRU OMN BRN CHE SMR AGO KEN ZWE BDI MMR TCD COG SEN GAB COD SDN "
        "SYR GIN GNB PSE").split()},
    "AFG": [("2001-12-22", None)],
    # Turkey's prime ministers are recorded from 1979-11-12 (Demirel) on; earlier ones are not,
    # so the president is not copied before that (it would make Koruturk head of government).
    "TUR": [("1979-11-12", None)],
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
_NO_DECOMPOSITION = str.maketrans({"Đ": "D", "đ": "d", "Ł": "L", "ł": "l", "ı": "i", "Ø": "O",
                                    "ø": "o", "Æ": "Ae", "æ": "ae", "ß": "ss", "Þ": "Th",
                                    "þ": "th", "Ð": "D", "ð": "d", "Œ": "Oe", "œ": "oe",
                                    "Ħ": "H", "ħ": "h"})


def fold(s: str) -> str:
    """Lowercase ASCII form of a name, for matching and slugs."""
    s = unicodedata.normalize("NFKD", s.translate(_NO_DECOMPOSITION))
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

        # An open end in a converted row means "still in office when the source was made";
        # close it at the start of the next holder known from any better-dated source first,
        # so that cutting by manual rows cannot leave a stale tail.
        rows = self.close_open([r for r in self.rows], exclude_sources={"everypolitician-world-2021"})
        rows = self.merge(rows)
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
            covered: list[tuple[dt.date, dt.date, str]] = []
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
                        new_cover.append((*loose(f), f["person_id"]))
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

    def close_open(self, rows: list[dict], exclude_sources: set[str] = frozenset()) -> list[dict]:
        """Set the end of open-ended rows of single-holder offices to the start of the next
        holder (rows from ``exclude_sources`` neither close nor get closed)."""
        groups = defaultdict(list)
        for r in rows:
            if r["source"] not in exclude_sources:
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
            hog = [(*loose(r), "") for r in rows if r["country"] == iso
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


def cut(row: dict, covered: list[tuple[dt.date, dt.date, str]]) -> list[dict]:
    """The parts of ``row`` (read strictly) that no covered interval (read loosely) contains.

    ``covered`` holds (start, end, person_id) of higher-priority rows of the same office.
    Boundaries shared with a covering interval are kept (a term ends on the day the next
    begins). When the covering row is the same person's, it is the better account of that
    very term, so nothing of the lower row after it survives (an open-ended REIGN row must not
    outlive a manual row that ends the term). A fragment produced by cutting is kept only if
    at least MIN_FRAGMENT_DAYS long.
    """
    s, e = strict(row)
    pieces = [(s, e, row["start"], row["end"])]
    for cs, ce, cpid in covered:
        nxt = []
        for ps, pe, pss, pes in pieces:
            if ce <= ps or cs >= pe:
                nxt.append((ps, pe, pss, pes))
                continue
            if cs > ps:
                nxt.append((ps, cs, pss, cs.isoformat()))
            if ce < pe and cpid != row["person_id"]:
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
        if h["person_id"] == row["person_id"] and h["title"] == row["title"]:
            hs, he = loose(h)
            rs, re_ = loose(row)
            if hs < re_ and rs < he:
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
    "Wolf", "Bird", "Moon", "Yoon", "Kan", "Mori", "Noda", "Aso", "Han", "Choi",
    "Lim", "Tan", "Goh", "Ng", "Duque", "Castro", "Fernandez", "Fernández", "Garcia",
    "García", "Gomez", "Lopez", "López", "Rodriguez", "Rodríguez", "Sanchez", "Sánchez",
    "Martinez", "Perez", "Pérez", "Gonzalez", "González", "Moreno", "Silva",
    "Santos", "Costa", "Neves", "Sousa", "Ramos", "Mendes", "Pereira", "Ferreira", "Hague",
    "Gallant", "Cleverly",
    "Mahmoud", "Omar", "Khalid", "Faisal", "Sultan", "Emir", "Tony", "David", "Boris",
    "Justin", "Rishi", "Keir", "Liz", "Theresa", "Vladimir", "Dmitry", "Sergei", "Sergey",
}


def _surnames(name: str) -> set[str]:
    """The last word of a name (the surname for most of the base), also without an Arabic
    article prefix (al-Assad -> Assad). Names like "Albert II, Prince of Monaco" give none."""
    if "," in name or re.search(r"\b(?:of|I|II|III|IV|V|VI|X|XIV|XVI)$", name):
        return set()
    last = name.split()[-1]
    out = {last}
    m = re.match(r"^(?:al|el|Al|El)-(.+)$", last)
    if m:
        out.add(m.group(1))
    return out


def clean_variants(persons: list[dict]) -> None:
    """Drop variants equal to the name, non-Latin ones, stop-listed single words, any variant
    shared by two persons, and any one-word variant that is another person's surname too
    (two Bushes: "Bush" for neither): an ambiguous variant resolves nobody."""
    owners = defaultdict(set)
    for p in persons:
        for tok in _surnames(p["name"]):
            owners[tok].add(p["person_id"])
    for p in persons:
        p["variants"] = {v.strip() for v in p["variants"]
                         if v.strip() and v.strip() != p["name"] and latin(v)
                         and not re.fullmatch(r"Q\d+", v.strip())}
        p["variants"] = {v for v in p["variants"] if not (" " not in v and v in STOP_SINGLE)}
        for v in p["variants"]:
            owners[v].add(p["person_id"])
    names = {p["name"]: p["person_id"] for p in persons}
    pnames = {p["person_id"]: p["name"] for p in persons}
    by_pid_variants = {p["person_id"]: p["variants"] for p in persons}
    for p in persons:
        drop = set()
        for v in p["variants"]:
            others = owners[v] - {p["person_id"]}
            if " " in v:
                # full-name variants: only another person's variant or name makes them ambiguous
                others = {o for o in others if v in by_pid_variants[o] or v == pnames[o]}
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
    iso3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"} | HISTORIC_STATES
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
# --- Americas ---
USA|Bush = George H. W. Bush
USA|Clinton = Bill Clinton
USA|G.W. Bush = George W. Bush
USA|Obama = Barack Obama
USA|Trump = Donald Trump
USA|Biden = Joe Biden
CAN|Mulroney = Brian Mulroney
CAN|Kim Campbell = Kim Campbell
CAN|Chretien = Jean Chrétien
CAN|Paul Martin = Paul Martin
CAN|Harper = Stephen Harper
CAN|Trudeau = Justin Trudeau
BHM|Ingraham = Hubert Ingraham
BHM|Christie = Perry Christie
BHM|Pratt = Cynthia Pratt; ; Acting Prime Minister
BHM|Hubert Minnis = Hubert Minnis
CUB|Castro = -                       # PM 1959-76, President 1976-2008: manual rows
CUB|Raul Castro = Raúl Castro; ; President of the Council of State
HAI|Preval = René Préval
HAI|Aristide = Jean-Bertrand Aristide
HAI|Martelly = Michel Martelly
HAI|Boniface Alexandre = Boniface Alexandre; ; Provisional President
HAI|Evans Paul (acting) = -          # the Council of Ministers governed for a week
HAI|Jocelerme Privert = Jocelerme Privert; ; Provisional President
HAI|Jovenel Moise = Jovenel Moïse
DOM|Fernandez Reyna = Leonel Fernández
DOM|Hipolito Mejia = Hipólito Mejía
DOM|Danilo Medina = Danilo Medina
DOM|Luis Abinader = Luis Abinader
JAM|Patterson = P. J. Patterson
JAM|Simpson Miller = Portia Simpson-Miller
JAM|Golding = Bruce Golding
JAM|Holness = Andrew Holness
TRI|Panday = Basdeo Panday
TRI|Manning = Patrick Manning
TRI|Persad-Bissessar = Kamla Persad-Bissessar
TRI|Rowley = Keith Rowley
BAR|Arthur = Owen Arthur
BAR|Thompson = David Thompson
BAR|Stuart = Freundel Stuart
BAR|Mia Mottley = Mia Mottley
DMA|Edison James = Edison James
DMA|Rosie Douglas = Rosie Douglas
DMA|Pierre Charles = Pierre Charles
DMA|Roosevelt Skerrit = Roosevelt Skerrit
GRN|Mitchell = Keith Mitchell
GRN|Thomas = Tillman Thomas
SLU|Anthony = Kenny Anthony
SLU|Compton = John Compton
SLU|King = Stephenson King
SLU|Chastanet = Allen Chastanet
SVG|Mitchell = James Fitz-Allen Mitchell
SVG|Eustace = Arnhim Eustace
SVG|Gonsalves = Ralph Gonsalves
AAB|Lester Bird = Lester Bird
AAB|Spencer = Baldwin Spencer
AAB|Browne = Gaston Browne
SKN|Douglas = Denzil Douglas
SKN|Harris = Timothy Harris
MEX|Salinas = Carlos Salinas de Gortari
MEX|Zedillo = Ernesto Zedillo
MEX|Vicente Fox Quesada = Vicente Fox
MEX|Calderon = Felipe Calderón
MEX|Enrique Pena Nieto = Enrique Peña Nieto
MEX|Lopez Obrador = Andrés Manuel López Obrador
BLZ|Musa = Said Musa
BLZ|D.Barrow = Dean Barrow
BLZ|Juan Antonio Briceno = Johnny Briceño
GUA|Arzu Yrigoyen = Álvaro Arzú
GUA|Alfonso Portillo Cabrera = Alfonso Portillo
GUA|Berger Perdomo = Óscar Berger
GUA|Colom = Álvaro Colom
GUA|Molina = Otto Pérez Molina
GUA|Maldanado = Alejandro Maldonado
GUA|Morales = Jimmy Morales
GUA|Giammattei = Alejandro Giammattei
HON|Flores Facusse = Carlos Roberto Flores
HON|Ricardo Maduro = Ricardo Maduro
HON|Zelaya = Manuel Zelaya
HON|Micheletti = Roberto Micheletti; ; President (de facto)
HON|Lobo = Porfirio Lobo Sosa
HON|Juan Orlando Hernandez = Juan Orlando Hernández
SAL|Flores = Francisco Flores Pérez
SAL|Saca Gonzšlez = Antonio Saca
SAL|Funes = Mauricio Funes
SAL|Salvador Sanchez Ceren = Salvador Sánchez Cerén
SAL|Nayib Bukele = Nayib Bukele
NIC|Aleman = Arnoldo Alemán
NIC|Enrique Bolanos = Enrique Bolaños
NIC|Daniel Ortega = Daniel Ortega
COS|Rodriguez Echeverria = Miguel Ángel Rodríguez
COS|Abel Pacheco = Abel Pacheco
COS|Arias = Óscar Arias
COS|Miranda = Laura Chinchilla
COS|Luis Guillermo Solis = Luis Guillermo Solís
COS|Carlos Alvarado Quesada = Carlos Alvarado Quesada
PAN|Mireya Moscoso = Mireya Moscoso
PAN|Martin Torrijos = Martín Torrijos
PAN|Martinelli = Ricardo Martinelli
PAN|Juan Carlos Varela = Juan Carlos Varela
PAN|Laurentino Cortizo = Laurentino Cortizo
COL|Arango = Andrés Pastrana Arango
COL|Alvaro Uribe Velez = Álvaro Uribe
COL|Santos Calderon = Juan Manuel Santos
COL|Ivan Duque = Iván Duque
VEN|Hugo Chavez = Hugo Chávez
VEN|Nicolas Maduro = Nicolás Maduro
GUY|Bharrat Jagdeo = Bharrat Jagdeo
GUY|Ramotar = Donald Ramotar
GUY|David Granger = David A. Granger
GUY|Mohamed Irfaan Ali = Irfaan Ali
SUR|Wijdenbosch = Jules Wijdenbosch
SUR|Venetiaan = Ronald Venetiaan
SUR|Bouterse = Dési Bouterse
SUR|Santokhi = Chan Santokhi
ECU|Mahuad = Jamil Mahuad
ECU|Gustavo Noboa = Gustavo Noboa
ECU|Lucio Gutierrez = Lucio Gutiérrez
ECU|Alfredo Palacio = Alfredo Palacio
ECU|Rafael Correa = Rafael Correa
ECU|Lenin Moreno = Lenín Moreno
PER|Fujimori = Alberto Fujimori
PER|Valentin Paniagua = Valentín Paniagua
PER|Alejandro Toledo = Alejandro Toledo
PER|Garcia Perez = Alan García
PER|Ollanta Humala = Ollanta Humala
PER|Pedro Pablo Kuczynski = Pedro Pablo Kuczynski
PER|Martin Vizcarra Cornejo = Martín Vizcarra
PER|Manuel Merino = Manuel Merino
PER|Francisco Sagasti = Francisco Sagasti
BRA|Sarnay = José Sarney
BRA|Mello = Fernando Collor de Mello
BRA|Franco, Itamar = Itamar Franco
BRA|Cardoso = Fernando Henrique Cardoso
BRA|Lula da Silva = Luiz Inácio Lula da Silva
BRA|Rousseff = Dilma Rousseff
BRA|Temer = Michel Temer
BRA|Bolsonaro = Jair Bolsonaro
BOL|Banzer Suarez = Hugo Banzer
BOL|Jorge Quiroga Ramirez = Jorge Quiroga
BOL|Gonzalo Sanchez de Lozada = Gonzalo Sánchez de Lozada
BOL|Carlos Mesa = Carlos Mesa
BOL|Eduardo Rodriguez = Eduardo Rodríguez Veltzé
BOL|Evo Morales = Evo Morales
BOL|Anez = Jeanine Áñez; ; Interim President
BOL|Arce = Luis Arce
PAR|Gonzalez Macchi = Luis Ángel González Macchi
PAR|Nicanor Duarte Frutos = Nicanor Duarte
PAR|Fernando Lugo = Fernando Lugo
PAR|Federico Franco = Federico Franco
PAR|Horacio Cartes = Horacio Cartes
PAR|Benitez = Mario Abdo Benítez
CHL|Frei Ruiz-Tagle = Eduardo Frei Ruiz-Tagle
CHL|Ricardo Lagos Escobar = Ricardo Lagos
CHL|Michelle Bachelet = Michelle Bachelet
CHL|Sebastian Pinera = Sebastián Piñera
ARG|Menem = Carlos Menem
ARG|de la Rua = Fernando de la Rúa
ARG|Adolfo Rodriguez Saa = Adolfo Rodríguez Saá
ARG|Eduardo Duhalde = Eduardo Duhalde
ARG|Nestor Kirchner = Néstor Kirchner
ARG|Fernandez de Kirchner = Cristina Fernández de Kirchner
ARG|Macri = Mauricio Macri
ARG|Fernandez = Alberto Fernández
URU|Sanguinetti = Julio María Sanguinetti
URU|Jorge Batlle = Jorge Batlle
URU|Tabare Vazquez = Tabaré Vázquez
URU|Jose Mujica = José Mujica
URU|Luis Pou = Luis Lacalle Pou
# --- Europe ---
UKG|Thatcher = Margaret Thatcher
UKG|Major = John Major
UKG|Blair = Tony Blair
UKG|Brown = Gordon Brown
UKG|Cameron = David Cameron
UKG|May = Theresa May
UKG|Johnson = Boris Johnson
IRE|Ahern = Bertie Ahern
IRE|B. Cowen = Brian Cowen
IRE|E. Kenny = Enda Kenny
IRE|Varadkar = Leo Varadkar
IRE|Martin = Micheál Martin
NTH|Kok = Wim Kok
NTH|Jan Peter Balkenende = Jan Peter Balkenende
NTH|M. Rutte = Mark Rutte
BEL|Verhofstadt = Guy Verhofstadt
BEL|Leterme = Yves Leterme
BEL|van Rompuy = Herman Van Rompuy
BEL|Di Rupo = Elio Di Rupo
BEL|Charles Michel = Charles Michel
BEL|Sophie Wilmes = Sophie Wilmès
BEL|Alexander De Croo = Alexander De Croo
LUX|Juncker = Jean-Claude Juncker
LUX|Bettel = Xavier Bettel
FRN|Mitterand = François Mitterrand
FRN|Chirac = Jacques Chirac
FRN|Sarkozy = Nicolas Sarkozy
FRN|Hollande = François Hollande
FRN|Macron = Emmanuel Macron
MNC|Rainier = Rainier III
MNC|Albert = Albert II, Prince of Monaco
LIE|Hans-Adam II = Hans-Adam II, Prince of Liechtenstein
SWZ|Ogi = Adolf Ogi
SWZ|Leuenberger = Moritz Leuenberger
SWZ|Villiger = Kaspar Villiger
SWZ|Pascal Couchepin = Pascal Couchepin
SWZ|Joseph Deiss = Joseph Deiss
SWZ|Schmid = Samuel Schmid
SWZ|Calmy-Rey = Micheline Calmy-Rey
SWZ|Hans-Rudolf Merz = Hans-Rudolf Merz
SWZ|Doris Leuthard = Doris Leuthard
SWZ|Widmer-Schlumpf = Eveline Widmer-Schlumpf
SWZ|Maurer = Ueli Maurer
SWZ|Burkhalter = Didier Burkhalter
SWZ|Sommaruga = Simonetta Sommaruga
SWZ|Schneider-Ammann = Johann Schneider-Ammann
SWZ|Alain Berset = Alain Berset
SWZ|Parmelin = Guy Parmelin
SPN|Aznar = José María Aznar
SPN|Rodriguez Zapatero = José Luis Rodríguez Zapatero
SPN|Rajoy Brey = Mariano Rajoy
SPN|Sanchez = Pedro Sánchez
AND|Molne = Marc Forné Molné; ; Head of Government
AND|Pintat-Santolaria = Albert Pintat; ; Head of Government
AND|Bartumeu = Jaume Bartumeu; ; Head of Government
AND|Agras = Pere López Agràs; ; Acting Head of Government
AND|Marti = Antoni Martí; ; Head of Government
AND|Espot Zamora = Xavier Espot Zamora; ; Head of Government
POR|Sampaio = Jorge Sampaio
POR|Cavaco Silva = Aníbal Cavaco Silva
POR|de Sousa = Marcelo Rebelo de Sousa
GMY|Kohl = Helmut Kohl
GMY|Schroder = Gerhard Schröder
GMY|Merkel = Angela Merkel
POL|Kwasniewski = Aleksander Kwaśniewski
POL|Kaczynski = Lech Kaczyński
POL|Komorowski|2010-04-10 = Bronisław Komorowski; ; Acting President
POL|Schetyna = Grzegorz Schetyna; ; Acting President
POL|Komorowski|2010-08-06 = Bronisław Komorowski
POL|Duda = Andrzej Duda
AUS|Klima = Viktor Klima
AUS|Schussel = Wolfgang Schüssel
AUS|Gusenbauer = Alfred Gusenbauer
AUS|Faymann = Werner Faymann
AUS|Mitterlehner = Reinhold Mitterlehner; ; Acting Chancellor
AUS|Kern = Christian Kern
AUS|Kurz = Sebastian Kurz
AUS|Loeger = Hartwig Löger; ; Acting Chancellor
AUS|Bierlein = Brigitte Bierlein
HUN|Orban = Viktor Orbán
HUN|Peter Medgyessy = Péter Medgyessy
HUN|Ferenc Gyurcsany = Ferenc Gyurcsány
HUN|Bajnai = Gordon Bajnai
CZR|Zeman = Miloš Zeman
CZR|Spidla = Vladimír Špidla
CZR|Stanislav Gross = Stanislav Gross
CZR|Paroubek = Jiří Paroubek
CZR|Topolanek = Mirek Topolánek
CZR|Fischer = Jan Fischer
CZR|Necas = Petr Nečas
CZR|Rusnok = Jiří Rusnok
CZR|Sobotka = Bohuslav Sobotka
CZR|Andrej Babis = Andrej Babiš
SLO|Dzurinda = Mikuláš Dzurinda
SLO|Fico = Robert Fico
SLO|Radicova = Iveta Radičová
SLO|Pellegrini = Peter Pellegrini
SLO|Matovic = Igor Matovič
ITA|Andreotti = Giulio Andreotti
ITA|Amato = Giuliano Amato
ITA|Ciampi = Carlo Azeglio Ciampi
ITA|Berlusconi = Silvio Berlusconi
ITA|Dini = Lamberto Dini
ITA|Prodi = Romano Prodi
ITA|D'Alema = Massimo D'Alema
ITA|Monti = Mario Monti
ITA|Letta = Enrico Letta
ITA|Renzi = Matteo Renzi
ITA|Gentiloni = Paolo Gentiloni
ITA|Conte = Giuseppe Conte
ITA|Draghi = Mario Draghi
SNM|Marino Bollini (4th time) = Marino Bollini
SNM|Maria Domenica Michelotti (f) = Maria Domenica Michelotti
SNM|Gian Franco Terenzi (2nd time) = Gian Franco Terenzi
SNM|Luigi Lonfernini (2nd time) = Luigi Lonfernini
SNM|Alberto Cecchetti (4th time) = Alberto Cecchetti
SNM|Antonio Lazzaro Volpinari = Antonio Lazzaro Volpinari
SNM|Giuseppe Maria Morganti = Giuseppe Maria Morganti
SNM|Pier Marino Menicucci = Pier Marino Menicucci
SNM|Giovanni Lonfernini = Giovanni Lonfernini
SNM|Paolo Bollini (2nd time) = Paolo Bollini
SNM|Giuseppe Arzilli (3rd time) = Giuseppe Arzilli
SNM|Fausta Simona Morganti (f) = Fausta Simona Morganti
SNM|Claudio Muccioli = Claudio Muccioli
SNM|Gian Franco Terenzi (3rd time) = Gian Franco Terenzi
SNM|Antonio Carattoni = Antonio Carattoni
SNM|Alessandro Mancini = Alessandro Mancini
SNM|Mirko Tomassoni = Mirko Tomassoni
SNM|Rosa Zafferani (f) (2nd time) = Rosa Zafferani
SNM|Ernesto Benedettini (2nd time) = Ernesto Benedettini
SNM|Massimo Cenci = Massimo Cenci
SNM|Francesco Mussoni = Francesco Mussoni
SNM|Marco Conti = Marco Conti
SNM|Giovanni Francesco Ugolini = Giovanni Francesco Ugolini
SNM|Maria Luisa Berti (f) = Maria Luisa Berti
SNM|Gabriele Gatti = Gabriele Gatti
SNM|Maurizio Rattini (2nd time) = Maurizio Rattini
SNM|Teodoro Lonfernini = Teodoro Lonfernini
SNM|Antonella Mularoni (f) = Antonella Mularoni
SNM|Anna Maria Muccioli (f) = Anna Maria Muccioli
SNM|Valeria Ciavatta (f) (2nd time) = Valeria Ciavatta
SNM|Gian Franco Terenzi (4th time) = Gian Franco Terenzi
SNM|Andrea Belluzzi = Andrea Belluzzi
SNM|Lorella Stefanelli (f) = Lorella Stefanelli
SNM|Gian Nicola Berti = Gian Nicola Berti
SNM|Marrino Nicardi & Fabio Berardi = Marino Riccardi + Fabio Berardi
SNM|Zavoli and d'Ambrosio = Mimma Zavoli + Vanessa D'Ambrosio
SNM|Fiorini and Carattoni = Enrico Carattoni + Matteo Fiorini
SNM|Palmieri and Ciacci = Stefano Palmieri + Matteo Ciacci
SNM|Tomassoni and Santolini = Mirko Tomassoni + Luca Santolini
SNM|Selva and Muratori = Nicola Selva + Michele Muratori
SNM|Boschi and Mularoni = Luca Boschi + Mariella Mularoni
SNM|Mancini and Zafferani = Alessandro Mancini + Grazia Zafferani
SNM|Cardelli and Dolcini = Alessandro Cardelli + Mirko Dolcini
MLT|Adami = Eddie Fenech Adami
MLT|Gonzi = Lawrence Gonzi
MLT|Muscat = Joseph Muscat
MLT|Abela = Robert Abela
ALB|Meta = Ilir Meta
ALB|Majko = Pandeli Majko
ALB|Fatos Nano = Fatos Nano
ALB|Berisha = Sali Berisha
ALB|Rama = Edi Rama
MNG|Dukanovic = Milo Đukanović
MNG|Sturanovic = Željko Šturanović
MNG|Luksic = Igor Lukšić
MNG|Dusko Markovic = Duško Marković
MNG|Zdravko Krivokapic = Zdravko Krivokapić
MAC|Georgievski = Ljubčo Georgievski
MAC|Crvenkovski = Branko Crvenkovski
MAC|Radmila Sekerinska = Radmila Šekerinska; ; Acting Prime Minister
MAC|Hari Kostov = Hari Kostov
MAC|Vlado Buckovski = Vlado Bučkovski
MAC|Gruevski = Nikola Gruevski
MAC|Dimitriev = Emil Dimitriev
MAC|Zaev = Zoran Zaev
MAC|Spasovksi = Oliver Spasovski
CRO|Pavletic = Vlatko Pavletić; head_of_state; Acting President
CRO|Tomcic = Zlatko Tomčić; head_of_state; Acting President
CRO|Mesic = -                          # President 2000-2010: manual row
CRO|Racan = Ivica Račan
CRO|Sanader = Ivo Sanader
CRO|Kosor = Jadranka Kosor
CRO|Milanovic = Zoran Milanović
CRO|Oreskovic = Tihomir Orešković
CRO|Plenkovic = Andrej Plenković
YUG|Milosevic = -                   # manual rows: President of Serbia 1989-97 (SRB), of FR Yugoslavia 1997-2000 (YUG)
YUG|Kostunica|2000-10-08 = -        # manual row: President of FR Yugoslavia 2000-03 (YUG)
YUG|Marovic = -                     # manual rows: President of Serbia and Montenegro 2003-06 (YUG)
YUG|Kostunica|2006-06-04 = Vojislav Koštunica
YUG|Cvetkovic = Mirko Cvetković
YUG|Dacic = Ivica Dačić
YUG|Vucic = Aleksandar Vučić
YUG|Ivica Dačić = Ivica Dačić; ; Acting Prime Minister
YUG|Ana Brnabic = Ana Brnabić
BOS|Jelavic = Ante Jelavić
BOS|Izetbegovic|2000-02-14 = Alija Izetbegović
BOS|Radisic = Živko Radišić
BOS|Krizanovic = Jozo Križanović
BOS|Belkic = Beriz Belkić
BOS|Sarovic = Mirko Šarović
BOS|Borislav Paravac = Borislav Paravac
BOS|Dragan Covic = Dragan Čović
BOS|Sulejman Tihic = Sulejman Tihić
BOS|Miro Jovic = Ivo Miro Jović
BOS|Radmanovic = Nebojša Radmanović
BOS|Zeljko Komsic = Željko Komšić
BOS|Silajdzic = Haris Silajdžić
BOS|Izetbegovic = Bakir Izetbegović
BOS|Komsic = Željko Komšić
BOS|Ivanic = Mladen Ivanić
BOS|Covic = Dragan Čović
BOS|Dodik = -                           # from 2018-11-20 the three members: manual rows
BOS|Komisic = -
BOS|Dzaferovic = -
KOS|Thaci = Hashim Thaçi
KOS|Mustafa = Isa Mustafa
KOS|Ramush Haradinaj = Ramush Haradinaj
KOS|Kurti = Albin Kurti
KOS|Hoti = Avdullah Hoti
SLV|Drnovsek = Janez Drnovšek
SLV|Bajuk = Andrej Bajuk
SLV|Anton Rop = Anton Rop
SLV|Janez Jansa = Janez Janša
SLV|Jansa = Janez Janša
SLV|Borut Pahor = Borut Pahor
SLV|Alenka Bratusek = Alenka Bratušek
SLV|Miro Cerar = Miro Cerar
SLV|Sarec = Marjan Šarec
GRC|Simitis = Costas Simitis
GRC|Kostas Karamanlis = Kostas Karamanlis
GRC|Georgios Papandreou = George Papandreou
GRC|Loukas Papadimos = Lucas Papademos
GRC|Pikrammenos = Panagiotis Pikrammenos; ; Caretaker Prime Minister
GRC|Samaras = Antonis Samaras
GRC|Tsipras = Alexis Tsipras
GRC|Thanou = Vassiliki Thanou-Christophilou; ; Caretaker Prime Minister
GRC|Mitsotakis = Kyriakos Mitsotakis
CYP|Clerides = Glafcos Clerides
CYP|Tassos Nikolaou Papadopoulos = Tassos Papadopoulos
CYP|Dimitris Christofias = Demetris Christofias
CYP|Nikos Anastasiadis = Nicos Anastasiades
BUL|Kostov = Ivan Kostov
BUL|Saksgoburggotski = Simeon Saxe-Coburg-Gotha
BUL|Stanishev = Sergei Stanishev
BUL|Boyko Borisov = Boyko Borisov
BUL|Marin Raikov = Marin Raykov; ; Caretaker Prime Minister
BUL|Plamen Oresharski = Plamen Oresharski
BUL|Georgi Bliznashki = Georgi Bliznashki; ; Caretaker Prime Minister
BUL|Boiko Borisov = Boyko Borisov
BUL|Ognyan Gerdzhikov = Ognyan Gerdzhikov; ; Caretaker Prime Minister
MLD|Snegur = -                          # Moldova: both offices from manual rows
MLD|Lucinschi = -
MLD|Tarlev = -
MLD|Greceanii = -
MLD|Pirlog = -
MLD|Vlad Filat = -
MLD|Iurie Leanca = -
MLD|Chiril Gaburici = -
MLD|Natalia Gherman = -
MLD|Valeriu Strelet = -
MLD|Gheorghe Brega = -
MLD|Pavel Filip = -
MLD|Maia Sandu = -
MLD|Ion Chicu = -
MLD|Aureliu Ciocoi = -
ROM|Isarescu = Mugur Isărescu
ROM|A. Nastase = Adrian Năstase
ROM|Eugen Bejinariu = Eugen Bejinariu; ; Acting Prime Minister
ROM|Traian Basescu = Traian Băsescu; head_of_state; President
ROM|Vacariou = Nicolae Văcăroiu; head_of_state; Acting President
ROM|Antonescu = Crin Antonescu; head_of_state; Acting President
ROM|Iohannis = Klaus Iohannis; head_of_state; President
EST|Savisaar = Edgar Savisaar
EST|Vahi = Tiit Vähi
EST|Laar = Mart Laar
EST|Tarand = Andres Tarand
EST|Siimann = Mart Siimann
EST|Kallas = Siim Kallas
EST|Parts = Juhan Parts
EST|Ansip = Andrus Ansip
EST|Roivas = Taavi Rõivas
EST|Ratas = Jüri Ratas
EST|Kaja Kallas = Kaja Kallas
LAT|Godmanis = Ivars Godmanis
LAT|Birkavs = Valdis Birkavs
LAT|Gailis = Māris Gailis
LAT|Skele = Andris Šķēle
LAT|Krasts = Guntars Krasts
LAT|Kristopans = Vilis Krištopans
LAT|Berzins = @p:andris-berzins-1951
LAT|Repse = Einars Repše
LAT|Indulis Emsis = Indulis Emsis
LAT|Aigars Kalvitis = Aigars Kalvītis
LAT|Dombrovskis = Valdis Dombrovskis
LAT|Straujuma = Laimdota Straujuma
LAT|Kucinskis = Māris Kučinskis
LAT|Karins = Krišjānis Kariņš
LIT|Landsbergis = Vytautas Landsbergis; ; Chairman of the Supreme Council
LIT|Brazauskas = Algirdas Brazauskas
LIT|Adamkus = Valdas Adamkus
LIT|Paksas = Rolandas Paksas
LIT|Paulauskas = Artūras Paulauskas; ; Acting President
LIT|Grybauskaite = Dalia Grybauskaitė
LIT|Nauseda = Gitanas Nausėda
GRG|Gamsakhurdia = -                    # Georgia: both offices from manual rows
GRG|Ioseliani = -
GRG|Shevardnadze = -
GRG|Burdjanadze = -
GRG|Saakashvili = -
GRG|Burdzhanadze = -
GRG|Margvelashvili = -
GRG|Bakhtadze = -
GRG|Gakharia = -
GRG|Garibashvili = -
ARM|Ter-Petrosyan = -                   # Armenia: both offices from manual rows
ARM|Kocharian = -
ARM|Sargsyan = -
ARM|Karapetyan = -
ARM|Pashinyan = -
AZE|Mutalibov = -                       # Azerbaijan: manual rows
AZE|Mamedov = -
AZE|Gambarov = -
AZE|Abulfaz Elchibey = -
AZE|H. Aliyev = -
AZE|Ilhma Aliyev = -
FIN|Marthi Ahtisaari = Martti Ahtisaari; head_of_state; President
FIN|Lipponen = Paavo Lipponen
FIN|Jaatteenmaki = Anneli Jäätteenmäki
FIN|Vanhanen = Matti Vanhanen
FIN|Kiviniemi = Mari Kiviniemi
FIN|Katainen = Jyrki Katainen
FIN|Stubb = Alexander Stubb
FIN|Sipila = Juha Sipilä
FIN|Antti Rinne = Antti Rinne
FIN|Sanna Marin = Sanna Marin
SWD|Persson = Göran Persson
SWD|Reinfeldt = Fredrik Reinfeldt
SWD|Lofven = Stefan Löfven
NOR|Bondevik = Kjell Magne Bondevik
NOR|Stoltenberg = Jens Stoltenberg
NOR|Solberg = Erna Solberg
DEN|Nyrup Rasmussen = Poul Nyrup Rasmussen
DEN|Fogh Rasmussen = Anders Fogh Rasmussen
DEN|Lokke Rasmussen = Lars Løkke Rasmussen
DEN|Thorning-Schmidt = Helle Thorning-Schmidt
DEN|Rasmussen = Lars Løkke Rasmussen
DEN|Mette Frederiksen = Mette Frederiksen
ICE|Oddsson = Davíð Oddsson
ICE|Halldor Asgrimsson = Halldór Ásgrímsson
ICE|Hilmar Haarde = Geir Haarde
ICE|Sigurdardottir = Jóhanna Sigurðardóttir
ICE|Gunnlaugsson = Sigmundur Davíð Gunnlaugsson
ICE|Sigurdur Ingi Jóhannsson = Sigurður Ingi Jóhannsson
ICE|Bjarni Benediktsson = Bjarni Benediktsson
ICE|Katrín Jakobsdóttir = Katrín Jakobsdóttir
# --- Africa ---
CAP|Veiga = Carlos Veiga
CAP|do Rosario = Gualberto do Rosário
CAP|Neves = José Maria Neves
CAP|Correia e Silva = Ulisses Correia e Silva
STP|Trovoada = Miguel Trovoada
STP|Menezes = Fradique de Menezes
STP|Pereira = -                          # one-week coup (Fernando Pereira, July 2003)
STP|da Costa = Manuel Pinto da Costa
STP|Carvalho = Evaristo Carvalho
GNB|Sanha = Malam Bacai Sanhá
GNB|Kumba Iala = Kumba Ialá
GNB|Correia Seabra = -                   # two-week military committee, Sept 2003
GNB|Henrique Pereira Rosa = Henrique Rosa; ; Interim President
GNB|Vieira = João Bernardo Vieira
GNB|Raimundo Perreira = Raimundo Pereira; ; Interim President
GNB|Pereira = Raimundo Pereira; ; Interim President
GNB|Kuruma = -                           # April 2012 coup: military command
GNB|Nhamadjo = Manuel Serifo Nhamadjo; ; Transitional President
GNB|Vaz = José Mário Vaz
GNB|Embalo = Umaro Sissoco Embaló
EQG|Nguema Mbasogo = Teodoro Obiang Nguema Mbasogo
GAM|Jammeh = Yahya Jammeh
GAM|Barrow = Adama Barrow
MLI|Konare = Alpha Oumar Konaré
MLI|Amadou Toure = Amadou Toumani Touré
MLI|Sanogo = Amadou Sanogo; ; Chairman of the National Committee for the Restoration of Democracy and State (junta)
MLI|Traore = Dioncounda Traoré; ; Interim President
MLI|Keita = Ibrahim Boubacar Keïta
MLI|Assimi Goita = Assimi Goïta; ; Chairman of the National Committee for the Salvation of the People (junta)
MLI|Ba N'Daou = Bah Ndaw; ; Transitional President
SEN|Diouf = Abdou Diouf
SEN|Abdoulaye Wade = Abdoulaye Wade
SEN|Macky Sall = Macky Sall
BEN|Kerekou = Mathieu Kérékou
BEN|Yayi Boni = Thomas Boni Yayi
BEN|Talon = Patrice Talon
MAA|Sidi Ahmed Taya = Maaouya Ould Sid'Ahmed Taya
MAA|Ould Mohamed Vall = Ely Ould Mohamed Vall; ; Chairman of the Military Council
MAA|Ould Cheikh Abdellahi = Sidi Ould Cheikh Abdallahi
MAA|Ould Abdel Aziz|2008-08-06 = Mohamed Ould Abdel Aziz; ; President of the High Council of State
MAA|dit M'Bare = Ba Mamadou Mbaré; ; Interim President
MAA|Ould Abdel Aziz = Mohamed Ould Abdel Aziz
MAA|Ould Ghazouani = Mohamed Ould Ghazouani
NIR|Mamadou = Mamadou Tandja
NIR|Djibo = Salou Djibo; ; Chairman of the Supreme Council for the Restoration of Democracy
NIR|Issoufou = Mahamadou Issoufou
CDI|Guei = Robert Guéï
CDI|Laurent Gbagbo = Laurent Gbagbo
CDI|Ouattara = Alassane Ouattara
GUI|Conte = Lansana Conté
GUI|Dadis Camara = Moussa Dadis Camara; ; President of the National Council for Democracy and Development
GUI|Sekouba Konate = Sékouba Konaté; ; Interim President
GUI|Conde = Alpha Condé
BFO|Campaore = Blaise Compaoré
BFO|Zida = Yacouba Isaac Zida; ; Head of State (interim)
BFO|Kafando = Michel Kafando; ; Transitional President
BFO|Kabore = Roch Marc Christian Kaboré
LBR|Taylor = Charles Taylor
LBR|Moses Zeh Blah = Moses Blah
LBR|Bryant = Gyude Bryant; ; Chairman of the National Transitional Government
LBR|Johnson Sirleaf = Ellen Johnson Sirleaf
LBR|Weah = George Weah
SIE|Kabbah = Ahmad Tejan Kabbah
SIE|Bai Koroma = Ernest Bai Koroma
SIE|Julius Maada Bio = Julius Maada Bio
GHA|Rawlings = Jerry Rawlings
GHA|John Agyekum Kufuor = John Kufuor
GHA|Atta Mills = John Atta Mills
GHA|Mahama = John Mahama
GHA|Akufo-Addo = Nana Akufo-Addo
TOG|Eyadema = Gnassingbé Eyadéma
TOG|Faure Gnassingbe = Faure Gnassingbé
TOG|Bonfoh = Abass Bonfoh; ; Interim President
CAO|Biya = Paul Biya
NIG|Obasanjo = Olusegun Obasanjo
NIG|Yar'Adua = Umaru Musa Yar'Adua
NIG|Goodluck Jonathan = Goodluck Jonathan
NIG|Buhari = Muhammadu Buhari
GAB|Bongo = Omar Bongo
GAB|Rogombe = Rose Francine Rogombé; ; Interim President
GAB|Ondimba = Ali Bongo Ondimba
CEN|Patasse = Ange-Félix Patassé
CEN|Francois Bozize = François Bozizé
CEN|Djotidia = Michel Djotodia
CEN|Nguendet = Alexandre-Ferdinand Nguendet; ; Acting President
CEN|Samba-Panza = Catherine Samba-Panza; ; Interim President
CEN|Touadera = Faustin-Archange Touadéra
CHA|Deby = Idriss Déby
CON|Nguesso = Denis Sassou Nguesso
DRC|Laurent Kabila = Laurent-Désiré Kabila
DRC|Joseph Kabila = Joseph Kabila
DRC|Felix Tschisekedi = Félix Tshisekedi
UGA|Museveni = Yoweri Museveni
KEN|Moi = Daniel arap Moi
KEN|Mwai Kibaki = Mwai Kibaki
KEN|Kenyatta = Uhuru Kenyatta
TAZ|Mkapa = Benjamin Mkapa
TAZ|Kikwete = Jakaya Kikwete
TAZ|Magufuli = John Magufuli
BUI|Buyoya = Pierre Buyoya
BUI|Ndayizeye = Domitien Ndayizeye
BUI|Nkurunziza = Pierre Nkurunziza
BUI|Nyabenda = -                          # no acting president was sworn in (June 2020)
BUI|Ndayishimiye = Évariste Ndayishimiye
RWA|Paul Kagame = -                       # Vice-President until 2000: manual rows
SOM|Hassan Sheikh Mohamud = -             # manual rows
SOM|Mohamed Abdullahi Farmajo = -
DJI|Guelleh = Ismaïl Omar Guelleh
ETH|Meles Zenawi = -                      # President 1991-95, PM 1995-2012: manual rows
ETH|Desalegn = Hailemariam Desalegn
ETH|Abiy Ahmed = Abiy Ahmed
ERI|Afeworki = Isaias Afwerki
ANG|Dos Santos = José Eduardo dos Santos
ANG|Lourenco = João Lourenço
MZM|Chissano = Joaquim Chissano
MZM|Guebuza = Armando Guebuza
MZM|Nyussi = Filipe Nyusi
ZAM|Chiluba = Frederick Chiluba
ZAM|Levy Mwanawasa = Levy Mwanawasa
ZAM|Banda = Rupiah Banda
ZAM|Sata = Michael Sata
ZAM|Scott = Guy Scott; ; Acting President
ZAM|Lungu = Edgar Lungu
ZIM|Mugabe = -                            # PM 1980-87, President 1987-2017: manual rows
ZIM|Mnangagwa = -
MAW|Muluzi = Bakili Muluzi
MAW|Bingu wa Mutharika = Bingu wa Mutharika
MAW|Banda = Joyce Banda
MAW|Mutharika = Peter Mutharika
MAW|Chakewera = Lazarus Chakwera
SAF|deKlerk = F. W. de Klerk
SAF|Mandela = Nelson Mandela
SAF|Mbeki = Thabo Mbeki
SAF|Motlanthe = Kgalema Motlanthe
SAF|Zuma = Jacob Zuma
SAF|Ramaphosa = Cyril Ramaphosa
NAM|Nujoma = Sam Nujoma
NAM|Pohamba = Hifikepunye Pohamba
NAM|Geingob = Hage Geingob
LES|Mosisili = Pakalitha Mosisili
LES|Thabane = Tom Thabane
LES|Majoro = Moeketsi Majoro
BOT|Mogae = Festus Mogae
BOT|Ian Khama = Ian Khama
BOT|Mokgweetsi Masisi = Mokgweetsi Masisi
SWA|Mswati = Mswati III
MAG|Ratsiraka = Didier Ratsiraka
MAG|Marc Ravalomanana = Marc Ravalomanana
MAG|Rajoelina|2009-03-17 = Andry Rajoelina; ; President of the High Transitional Authority
MAG|Rajaonarimampianina = Hery Rajaonarimampianina
MAG|Rakotovao = Rivo Rakotovao; ; Acting President
MAG|Rajoelina = Andry Rajoelina
COM|Azali Assoumani = Azali Assoumani
COM|Hamada Madi = Hamada Madi; ; Interim President
COM|Sambi = Ahmed Abdallah Sambi
COM|Dhoinine = Ikililou Dhoinine
COM|Assoumani = Azali Assoumani
COM|Abdou = Moustadroine Abdou; ; Interim President
MAS|Ramgoolam N. = Navin Ramgoolam
MAS|Anerood Jugnauth = Anerood Jugnauth
MAS|Paul Berenger = Paul Bérenger
MAS|Pravind Jugnauth = Pravind Jugnauth
SEY|Rene = France-Albert René
SEY|Michel = James Michel
SEY|Danny Faure = Danny Faure
SEY|Wavel Ramkalawan = Wavel Ramkalawan
# --- Middle East and North Africa ---
MOR|Muhammad VI = Mohammed VI of Morocco
ALG|Bouteflika = Abdelaziz Bouteflika
ALG|Bensalah = Abdelkader Bensalah; ; Acting President
ALG|Tebboune = Abdelmadjid Tebboune
TUN|Zine Al-Abidine Ben Ali = Zine El Abidine Ben Ali
TUN|Mebazaa = Fouad Mebazaa; ; Acting President
TUN|Marzouki = Moncef Marzouki
TUN|Essebi = Beji Caid Essebsi
TUN|Ennaceur = Mohamed Ennaceur; ; Acting President
TUN|Saied = Kais Saied
LIB|Qaddafi = Muammar Gaddafi; ; Brotherly Leader and Guide of the Revolution
LIB|Mustafa Jalil = Mustafa Abdul Jalil; ; Chairman of the National Transitional Council
LIB|Mohammed Magariaf = Mohammed Yousef el-Magariaf; ; President of the General National Congress
LIB|Giuma Ahmed Atigha = Giuma Ahmed Atigha; ; Acting President of the General National Congress
LIB|Nouri Abusahmain = Nouri Abusahmain; ; President of the General National Congress
LIB|Akila Saleh Issa = Aguila Saleh Issa; ; President of the House of Representatives
LIB|Fayez al-Sarraj = Fayez al-Sarraj; ; Chairman of the Presidential Council
SUD|Al-Bashir = Omar al-Bashir
SUD|Ibn Auf = Ahmed Awad Ibn Auf; ; Chairman of the Transitional Military Council
SUD|Abdelrahman Burhan = Abdel Fattah al-Burhan; ; Chairman of the Transitional Sovereignty Council
SSD|Kiir = Salva Kiir Mayardit
IRN|Khatami = Mohammad Khatami
IRN|Ahmadinejad = Mahmoud Ahmadinejad
IRN|Rouhani = Hassan Rouhani
TUR|Akbulut = Yıldırım Akbulut
TUR|Yilmaz = Mesut Yılmaz
TUR|Demirel = Süleyman Demirel
TUR|Erdal Inonu = Erdal İnönü; ; Acting Prime Minister
TUR|Ciller = Tansu Çiller
TUR|Erbakan = Necmettin Erbakan
TUR|Ecevit = Bülent Ecevit
TUR|Abdullah Gul = Abdullah Gül
TUR|Erdogan = -                           # PM 2003-14, President from 2014: manual rows
IRQ|Saddam Hussein = Saddam Hussein; head_of_state; President
IRQ|Tommy Ray Franks = -                   # US commander / administrators of the occupation
IRQ|Jay Garner = -
IRQ|Paul Bremer = -
IRQ|Iyad Allawi = Ayad Allawi
IRQ|al-Jaafari = Ibrahim al-Jaafari
IRQ|al-Maliki = Nouri al-Maliki
IRQ|al-Abadi = Haider al-Abadi
IRQ|Abdul-Mahdi = Adil Abdul-Mahdi
IRQ|Al-Kadhimi = Mustafa Al-Kadhimi
EGY|Mubarak = Hosni Mubarak
EGY|Tantawi = Mohamed Hussein Tantawi; ; Chairman of the Supreme Council of the Armed Forces
EGY|Morsi = Mohamed Morsi
EGY|Mansour = Adly Mansour; ; Interim President
EGY|al-Sisi = Abdel Fattah el-Sisi
SYR|Al-Assad H. = Hafez al-Assad
SYR|Bashar al-Assad = -                    # manual row (sworn in 17 July 2000)
LEB|Emile Lahoud = -                       # Lebanon: both offices from manual rows
LEB|Siniora = -
LEB|Suleiman = -
LEB|Salam = -
LEB|Michel Aoun = -
LEB|Hassan Diab = -
LEB|Saad Hariri = -
JOR|Abdullah Ibn Hussein El-Hashimi = Abdullah II of Jordan
ISR|Barak = Ehud Barak
ISR|Ariel Sharon = Ariel Sharon
ISR|Olmert = Ehud Olmert
ISR|Netanyahu = Benjamin Netanyahu
SAU|Fahd = -                               # King 1982-2005 (Abdullah regent from 1996): manual
SAU|Abdullah = -
SAU|Salman = Salman of Saudi Arabia
YEM|Saleh al-Hashidi = Ali Abdullah Saleh
YEM|Hadi = -                               # manual row to 2022
YEM|Houthi = -                             # Houthi takeover: not a recognised head of state
KUW|Jabir As-Sabah = -                     # Kuwait: manual rows
KUW|Saad Salim at Sabah = -
KUW|Jabir Ahmad Al Sabah = -
KUW|Nawaf Al-Sabah = -
BAH|Hamad Isa Ibn Al-Khalifah = Hamad bin Isa Al Khalifa
QAT|Amad Al Thani = Hamad bin Khalifa Al Thani
QAT|Khalifah Al Thani = Tamim bin Hamad Al Thani
UAE|An-Nahayan = Zayed bin Sultan Al Nahyan
UAE|Khalifa Al Nahayan = Khalifa bin Zayed Al Nahyan
OMA|Qabus Bin Said = Qaboos bin Said
OMA|Haitham ibn Tariq = Haitham bin Tariq
AFG|Mullah Omar = Mullah Omar; ; Supreme Leader of the Taliban (Islamic Emirate)
AFG|Hamid Karzai = Hamid Karzai
AFG|Ashraf Ghani = Ashraf Ghani
# --- Asia and Pacific ---
MON|Bagabandi = Natsagiin Bagabandi
MON|Enkhbayar = Nambaryn Enkhbayar
MON|Elbegdorj = Tsakhiagiin Elbegdorj
MON|Khaltmaagiin Battulga = Khaltmaagiin Battulga
PRK|Kim Jong-Il = Kim Jong Il
PRK|Kim Jong Un = Kim Jong Un
ROK|Roh Tae Woo = Roh Tae-woo
ROK|Kim Young Sam = Kim Young-sam
ROK|Kim Dae Jung = Kim Dae-jung
ROK|Roh Moo Hyun = Roh Moo-hyun
ROK|Lee Myung Bak = Lee Myung-bak
ROK|Park Geun Hye = Park Geun-hye
ROK|Hwang Kyo Ahn = Hwang Kyo-ahn; ; Acting President
ROK|Moon Jae-in = Moon Jae-in
JPN|Kaifu = Toshiki Kaifu
JPN|Miyazawa = Kiichi Miyazawa
JPN|Hosokawa = Morihiro Hosokawa
JPN|Hata = Tsutomu Hata
JPN|Murayama = Tomiichi Murayama
JPN|Hashimoto = Ryutaro Hashimoto
JPN|Obuchi = Keizō Obuchi
JPN|Yoshiro Mori = Yoshirō Mori
JPN|Junichiro Koizumi = Junichiro Koizumi
JPN|Shinzo Abe = Shinzo Abe
JPN|Yasuo Fukuda = Yasuo Fukuda
JPN|Taro Aso = Taro Aso
JPN|Hatoyama Yukio = Yukio Hatoyama
JPN|Naoto Kan = Naoto Kan
JPN|Yoshihiko Noda = Yoshihiko Noda
JPN|Yoshihide Suga = Yoshihide Suga
IND|Pratap Singh = V. P. Singh
IND|Shekhar = Chandra Shekhar
IND|Rao = P. V. Narasimha Rao
IND|Vajpayee = Atal Bihari Vajpayee
IND|Gowda = H. D. Deve Gowda
IND|Gujral = Inder Kumar Gujral
IND|Manmohan Singh = Manmohan Singh
IND|Narendra Modi = Narendra Modi
BHU|Lyonpo Sangay Ngedup = Sangay Ngedup; ; Chairman of the Council of Ministers
BHU|Lyonpo Yeshey Zimba = Yeshey Zimba; ; Chairman of the Council of Ministers
BHU|Lyonpo Khandu Wangchuk = Khandu Wangchuk; ; Chairman of the Council of Ministers
BHU|Lyonpo Kinzang Dorji = Kinzang Dorji; ; Chairman of the Council of Ministers
BHU|Lyonpo Jigme Thinley|2003-08-30 = Jigme Thinley; ; Chairman of the Council of Ministers
BHU|Lyonpo Jigme Thinley = Jigme Thinley
BHU|Tobgye = Sonam Tobgye; ; Chief Advisor of the Interim Government
BHU|Tobgay = Tshering Tobgay
BHU|Tschering Wangchuk = Tshering Wangchuk; ; Chief Advisor of the Interim Government
BHU|Lotay Tshering = Lotay Tshering
PAK|Musharraf = -                          # Chief Executive 1999-2002, President 2001-08: manual
PAK|Soomro = Muhammad Mian Soomro; head_of_state; Acting President
PAK|Zardari = -                            # President to 2013-09-09: manual row
PAK|Sharif = Nawaz Sharif
PAK|Abbasi = Shahid Khaqan Abbasi
PAK|Mulk = Nasirul Mulk; ; Caretaker Prime Minister
PAK|Imran Khan = Imran Khan
BNG|Hasina Wazed = Sheikh Hasina
BNG|Latifur Rahman = Latifur Rahman; ; Chief Adviser of the Caretaker Government
BNG|Khaleda Zia = Khaleda Zia
BNG|Iajuddin = Iajuddin Ahmed; ; Chief Adviser of the Caretaker Government
BNG|Fakhruddin = Fakhruddin Ahmed; ; Chief Adviser of the Caretaker Government
MYA|Than Shwe = Than Shwe; ; Chairman of the State Peace and Development Council
MYA|Thein Sein = Thein Sein
MYA|Aung San Suu Kyi = -                   # State Counsellor: an "other" role, manual row
MYA|Min Aung Hlaing = -                    # manual rows (acting president was Myint Swe)
SRI|Kumaratunga = Chandrika Kumaratunga
SRI|M. Rajapakse = Mahinda Rajapaksa
SRI|Sirisena = Maithripala Sirisena
SRI|G. Rajapakse = Gotabaya Rajapaksa
MAD|Gayoom = Maumoon Abdul Gayoom
MAD|Nasheed = Mohamed Nasheed
MAD|Mohamed Waheed Hassan = Mohamed Waheed Hassan
MAD|Abdulla Yameen = Abdulla Yameen
MAD|Ibrahim Solih = Ibrahim Mohamed Solih
NEP|Krishna Prasad Bhatterai = Krishna Prasad Bhattarai
NEP|Girija Prasad Koirala = Girija Prasad Koirala
NEP|Sher Bahdur Deuba = Sher Bahadur Deuba
NEP|Lokendra Bahadur Chand = Lokendra Bahadur Chand
NEP|Surya Bahadur Thapa = Surya Bahadur Thapa
NEP|Gyanendra = Gyanendra of Nepal; ; King (direct rule)
NEP|Prachanda = Pushpa Kamal Dahal
NEP|Madhav Kumar Nepal = Madhav Kumar Nepal
NEP|Nath Khanal = Jhala Nath Khanal
NEP|Bhattarai = Baburam Bhattarai
NEP|Regmi = Khil Raj Regmi; ; Chairman of the Interim Election Council
NEP|Koirala = Sushil Koirala
NEP|Oli = KP Sharma Oli
NEP|Sher Bahadur Deuba = Sher Bahadur Deuba
THI|Leekpai = Chuan Leekpai
THI|Thaksin Shinawatra = Thaksin Shinawatra
THI|Chulanont = Surayud Chulanont
THI|Sundaravej = Samak Sundaravej
THI|Wongsawat = Somchai Wongsawat
THI|Chanweerakul = Chaovarat Chanweerakul; ; Acting Prime Minister
THI|Vejjajiva = Abhisit Vejjajiva
THI|Yingluck = Yingluck Shinawatra
THI|Boonsonpaisan = Niwatthamrong Boonsongpaisan; ; Acting Prime Minister
THI|Prayuth Chan-ocha = Prayut Chan-o-cha
CAM|Hun Sen = Hun Sen
LAO|Siphandon = Khamtai Siphandon
LAO|Sayasone = Choummaly Sayasone
LAO|Vorachit = Bounnhang Vorachit
LAO|Sisoulith = Thongloun Sisoulith
DRV|Phieu = -                               # party leaders: manual rows give the state presidents
DRV|Nong Duc Manh = -
DRV|Phu Trong = -
MAL|Mahatir Bin Mohammad = Mahathir Mohamad
MAL|Ahmad Badawi = Abdullah Ahmad Badawi
MAL|Najib Tun Razak = Najib Razak
MAL|Mahathir Bin Mohamed = Mahathir Mohamad
MAL|Muhyiddin Yassin = Muhyiddin Yassin
SIN|Goh Chok Tong = Goh Chok Tong
SIN|Lee Hsien Loong = Lee Hsien Loong
BRU|Hassanal Bolkiah = Hassanal Bolkiah
PHI|Estrada = Joseph Estrada
PHI|Gloria Macapagal-Arroyo = Gloria Macapagal Arroyo
PHI|Benigno Aquino III = Benigno Aquino III
PHI|Rodrigo Duterte = Rodrigo Duterte
INS|Suharto = -                             # manual row (President from 1967)
INS|Habibie = B. J. Habibie
INS|Wahid = Abdurrahman Wahid
INS|Megawati Sukarnoputri = Megawati Sukarnoputri
INS|Bambang Yudhoyono = Susilo Bambang Yudhoyono
INS|Joko Widodo = Joko Widodo
ETM|Gusmao = Xanana Gusmão
ETM|Ramos-Horta = José Ramos-Horta
ETM|araujo = Fernando de Araújo; ; Acting President
ETM|Matan Ruak = Taur Matan Ruak
ETM|Francisco Guterres = Francisco Guterres
AUL|Hawke = Bob Hawke
AUL|Keating = Paul Keating
AUL|Howard = John Howard
AUL|Rudd = Kevin Rudd
AUL|Gillard = Julia Gillard
AUL|Abbott = Tony Abbott
AUL|Turnbull = Malcolm Turnbull
AUL|Morrison = Scott Morrison
PNG|Morauta = Mekere Morauta
PNG|Somare = Michael Somare
PNG|O'Neill = Peter O'Neill
PNG|James Marape = James Marape
NEW|Clark = Helen Clark
NEW|John Key = John Key
NEW|Bill English = Bill English
NEW|Jacinda Ardern = Jacinda Ardern
VAN|Sope = Barak Sopé
VAN|Natapei = Edward Natapei
VAN|Vohor = Serge Vohor
VAN|Lini = Ham Lini
VAN|Kilman = Sato Kilman
VAN|Kalosil = Moana Carcasses Kalosil
VAN|Natuman = Joe Natuman
VAN|Salwai = Charlot Salwai
VAN|Loughman = Bob Loughman
SOL|Ulufa'alu = Bartholomew Ulufa'alu
SOL|Sogavare = Manasseh Sogavare
SOL|Kemakeza = Allan Kemakeza
SOL|Rini = Snyder Rini
SOL|Sikua = Derek Sikua
SOL|Danny Philip = Danny Philip
SOL|Darcy Lilo = Gordon Darcy Lilo
SOL|Rick Houenipwela = Rick Houenipwela
KIR|Tito = Teburoro Tito
KIR|Tong = Anote Tong
KIR|Mamau = Taneti Maamau
TUV|Ionatana = Ionatana Ionatana
TUV|Tuilimu = Lagitupu Tuilimu; ; Acting Prime Minister
TUV|Luka = Faimalaga Luka
TUV|Talake = Koloa Talake
TUV|Sopoaga|2002-08-02 = Saufatu Sopoaga
TUV|Sopoaga = Enele Sopoaga
TUV|Toafa = Maatia Toafa
TUV|Ielemia = Apisai Ielemia
TUV|Telavi = Willy Telavi
TUV|Natano = Kausea Natano
FIJ|Chaudhry = Mahendra Chaudhry
FIJ|Bainimarama|2000-05-29 = Frank Bainimarama; head_of_state; Head of the Interim Military Government
FIJ|Laisenia Qarase = Laisenia Qarase
FIJ|Senilagakali = Jona Senilagakali; ; Caretaker Prime Minister
FIJ|Bainimarama = Frank Bainimarama
TON|Vaea = Baron Vaea
TON|Ulukalala Lavaka Ata (Tupou VI) = Tupou VI
TON|Sevele = Feleti Sevele
TON|Tu'ivakano = Siale'ataongo Tu'ivakano
TON|Pohiva = ʻAkilisi Pōhiva
TON|Sika = Semisi Sika; ; Acting Prime Minister
TON|Tu'I'onetoa = Pohiva Tu'i'onetoa
NAU|Rene Harris = René Harris
NAU|Dowiyogo = Bernard Dowiyogo
NAU|Gioura = Derog Gioura; ; Acting President
NAU|Scotty = Ludwig Scotty
NAU|Stephen = Marcus Stephen
NAU|Dabwido = Sprent Dabwido
NAU|Waqa = Baron Waqa
NAU|Aingimea = Lionel Aingimea
MSI|Imata Kabua = Imata Kabua
MSI|Note = Kessai Note
MSI|Tomeing = Litokwa Tomeing
MSI|Zackhras = Ruben Zackhras; ; Acting President
MSI|Zedkaia = Jurelang Zedkaia
MSI|Loeak = Christopher Loeak
MSI|Nemra = Casten Nemra
MSI|Hilda Heine = Hilda Heine
MSI|Kabua = David Kabua
PAL|Nakamura = Kuniwo Nakamura
PAL|Tommy Remengesau = Tommy Remengesau Jr.
PAL|Toribiong = Johnson Toribiong
PAL|Surangel Whipps Jr. = Surangel Whipps Jr.
FSM|Falcam = Leo Falcam
FSM|Urusemal = Joseph Urusemal
FSM|Mori = Manny Mori
FSM|Christian = Peter M. Christian
FSM|Panuelo = David Panuelo
WSM|Tuilaepa Sailele Malielegaoi = Tuilaʻepa Saʻilele Malielegaoi
"""

if __name__ == "__main__":
    sys.exit(main())
