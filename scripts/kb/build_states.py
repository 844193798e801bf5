#!/usr/bin/env python3
"""Build the knowledge-base tables for states and organisations.

Writes, into ``src/multipolar/kb/data/``:

* ``states.csv``        one row per state (UN members, Kosovo, Taiwan, Palestine,
                        the Holy See, and a few historic states);
* ``organisations.csv`` IGOs, armed groups, companies, parties, media and NGOs;
* ``memberships.csv``   who belongs to which organisation, with dates;
* ``legislatures.csv``  parliaments named in news as actors (sector LEG), with dates;
* ``predecessors.csv``  states whose capital and seat names meant a predecessor state
                        before a date (Moscow and the Kremlin -> Soviet Union);
* ``non_actors.csv``    place names that contain a state's name but are not that state
                        ("New Mexico", "Gulf of Mexico"): they block the state.

Inputs (see ``src/multipolar/kb/data/SOURCES-states.md`` for provenance):

* ``../shared/reference/countries_nationalities.csv`` (NGEC, MIT): names and
  nationality words;
* ``../shared/data/igos/dieghernan_CountrycodesOrgs.csv`` (dieghernan / CIA World
  Factbook, MIT, about 2020, no dates): organisation memberships;
* ``../shared/data/leaders/everypolitician_world_leaders_2021_wikidata.csv``
  (Wikidata-derived, CC0): the Wikidata id of each state;
* pycountry (ISO 3166 codes, official names);
* the hand-kept files next to this script: ``states_manual.csv``,
  ``organisations_manual.csv``, ``memberships_manual.csv``,
  ``legislatures_manual.csv``, ``predecessors_manual.csv`` and
  ``non_actors_manual.csv``. Hand-kept rows win over the generated ones.

Run from anywhere with the project's interpreter::

    .venv/bin/python scripts/kb/build_states.py            # write the CSVs
    .venv/bin/python scripts/kb/build_states.py --check    # exit 1 if they are stale
    .venv/bin/python scripts/kb/build_states.py --report   # also print diagnostics

The output is deterministic: rows are sorted, and the same inputs always give the
same bytes. Only the standard library and pycountry are used.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
import unicodedata
from collections import defaultdict
from datetime import date
from pathlib import Path

import pycountry

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DEFAULT_SHARED = REPO.parent / "shared"
DEFAULT_OUT = REPO / "src" / "multipolar" / "kb" / "data"

STATE_COLUMNS = ["iso3", "iso2", "name", "variants", "demonyms", "people",
                 "capitals", "seats", "un_member", "wikidata"]
ORG_COLUMNS = ["org_id", "name", "variants", "kind", "country", "sector", "wikidata"]
MEMBERSHIP_COLUMNS = ["org_id", "iso3", "status", "start", "end", "source"]
LEGISLATURE_COLUMNS = ["iso3", "name", "variants", "start", "end"]
PREDECESSOR_COLUMNS = ["iso3", "predecessor", "until", "note"]
NON_ACTOR_COLUMNS = ["phrase", "note"]

KINDS = {"igo", "armed_group", "company", "party", "ngo", "media"}
# IGO and NGO as the brief defines them; the rest are PLOVER sector codes.
SECTORS = {"IGO", "NGO", "GOV", "MIL", "PRM", "REB", "UAF", "CRM", "BUS", "PTY", "JRN"}
STATUSES = {"member", "observer", "partner", "dialogue_partner", "suspended"}
# Codes that are in no pycountry table but are used for states here.
EXTRA_ISO3 = {"XKX": "Kosovo"}

# How the Factbook snapshot's membership words map onto our statuses. Words not
# listed (candidate country, signatory, NGOs, national committees, excluded ...)
# are not memberships and are skipped.
FACTBOOK_STATUS = {
    "member": "member",
    "nonregional member": "member",
    "nonregional members": "member",
    "participating member": "member",
    "Chinese Taipei": "member",  # APEC's name for Taiwan
    "Taipei": "member",  # WTO / ADB name for Taiwan
    "observer": "observer",
    "partner": "partner",
    "partners": "partner",
    "associate": "partner",
    "associate member": "partner",
    "associated member": "partner",
    "enhanced engagement": "partner",
    "dialogue partner": "dialogue_partner",
    "dialogue member": "dialogue_partner",
    "suspended": "suspended",
}

DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


# --------------------------------------------------------------------------- helpers

def split(cell: str) -> list[str]:
    """Split a ``|``-separated cell into its non-empty, stripped values."""
    return [v.strip() for v in (cell or "").split("|") if v.strip()]


def join(values) -> str:
    return "|".join(values)


def uniq(values) -> list[str]:
    """Keep the first occurrence of every value, in order."""
    seen, out = set(), []
    for v in values:
        if v and v not in seen:
            seen.add(v)
            out.append(v)
    return out


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def render_csv(columns: list[str], rows: list[dict[str, str]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n",
                            extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def parse_partial_date(text: str) -> tuple[int, int, int]:
    """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise ValueError otherwise."""
    m = DATE_RE.match(text)
    if not m:
        raise ValueError(f"bad date {text!r}")
    y, mo, d = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    date(y, mo, d)  # validates month and day
    return y, mo, d


def pycountry_record(iso3: str):
    return pycountry.countries.get(alpha_3=iso3) or pycountry.historic_countries.get(alpha_3=iso3)


class Problems:
    """Collects errors (fatal) and notes (printed with --report)."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.notes: list[str] = []

    def error(self, msg: str) -> None:
        self.errors.append(msg)

    def note(self, msg: str) -> None:
        self.notes.append(msg)


# --------------------------------------------------------------------------- states

def auto_names(rec) -> list[str]:
    """Names pycountry offers for a record, minus the ISO list forms ('Korea, Republic of')."""
    out = []
    for attr in ("common_name", "name", "official_name"):
        value = getattr(rec, attr, None) if rec else None
        if not value:
            continue
        if value.startswith("the "):
            value = value[4:]
        if "," in value or "(" in value:
            continue
        out.append(value)
    return out


def territory_names(states: set[str]) -> set[str]:
    """Names of ISO 3166 entries that are not states here (dependencies, territories)."""
    names = set()
    for rec in pycountry.countries:
        if rec.alpha_3 in states:
            continue
        for attr in ("name", "official_name", "common_name"):
            value = getattr(rec, attr, None)
            if value:
                names.add(value)
    return names


def classify_ngec_token(token: str) -> str:
    """Guess which column a word from the NGEC nationality list belongs to."""
    if token.endswith("s") and len(token) > 3 and " " not in token:
        return "people"
    if " " in token:
        last = token.split()[-1]
        if last.endswith(("s",)) and last[0].isupper():
            return "people"
        if re.search(r"(an|ese|ish|i|ic|er|ot)$", last):
            return "demonyms"
        return "variants"
    return "demonyms"


def build_states(shared: Path, problems: Problems):
    manual = read_csv(HERE / "states_manual.csv")
    ngec = {r["CCA3"]: r for r in read_csv(shared / "reference" / "countries_nationalities.csv")}
    factbook = read_csv(shared / "data" / "igos" / "dieghernan_CountrycodesOrgs.csv")
    un_factbook = {r["ISO_3166_3"] for r in factbook
                   if r["org_id"] == "UN" and r["org_member"].strip() == "member"}
    leaders = read_csv(shared / "data" / "leaders" / "everypolitician_world_leaders_2021_wikidata.csv")
    wd_by_name: dict[str, str] = {}
    for r in leaders:
        wd_by_name.setdefault(r["country"].strip(), r["countryid"].strip())

    territories = territory_names({m["iso3"].strip() for m in manual})
    rows: list[dict[str, str]] = []
    seen_iso3: set[str] = set()
    name_to_iso3: dict[str, str] = {}

    for m in manual:
        iso3 = m["iso3"].strip()
        if iso3 in seen_iso3:
            problems.error(f"states_manual: duplicate iso3 {iso3}")
        seen_iso3.add(iso3)
        rec = pycountry_record(iso3)
        if rec is None and iso3 not in EXTRA_ISO3:
            problems.error(f"states_manual: {iso3} is not an ISO 3166 code nor an allowed extra")
        iso2 = m["iso2"].strip() or (getattr(rec, "alpha_2", "") if rec else "")
        name = m["name"].strip()
        drop = set(split(m.get("drop", "")))

        cols = {c: split(m[c]) for c in ("variants", "demonyms", "people", "capitals", "seats")}
        present = set().union(*cols.values()) | {name}

        added: dict[str, list[str]] = defaultdict(list)
        ngec_row = ngec.get(iso3)
        candidates = [("variants", v) for v in auto_names(rec)]
        if ngec_row:
            candidates.append(("variants", ngec_row["Name"].strip()))
            for tok in ngec_row["Nationality"].split(","):
                tok = tok.strip()
                if tok:
                    candidates.append((None, tok))
        for col, value in candidates:
            if not value or value in present or value in drop:
                continue
            if "[" in value or "(" in value or "," in value:
                problems.note(f"{iso3}: skipped source form {value!r}")
                continue
            if col is None and value in territories:
                problems.note(f"{iso3}: dropped territory name {value!r} (from NGEC)")
                continue
            target = col or classify_ngec_token(value)
            cols[target].append(value)
            added[target].append(value)
            present.add(value)
        for target, values in sorted(added.items()):
            problems.note(f"{iso3}: added from sources to {target}: {join(values)}")

        un_member = m["un_member"].strip().lower()
        if un_member not in ("true", "false"):
            problems.error(f"{iso3}: un_member must be true/false, got {un_member!r}")
        if (un_member == "true") != (iso3 in un_factbook):
            problems.note(f"{iso3}: un_member={un_member} disagrees with the Factbook snapshot")

        rows.append({
            "iso3": iso3,
            "iso2": iso2,
            "name": name,
            "variants": join(uniq(v for v in cols["variants"] if v != name)),
            "demonyms": join(uniq(cols["demonyms"])),
            "people": join(uniq(cols["people"])),
            "capitals": join(uniq(cols["capitals"])),
            "seats": join(uniq(cols["seats"])),
            "un_member": un_member,
            "wikidata": m["wikidata"].strip(),
        })
        for v in [name] + cols["variants"]:
            name_to_iso3.setdefault(v, iso3)

    # Wikidata ids from the EveryPolitician snapshot (joined on our own names).
    wd_found: dict[str, str] = {}
    for country, qid in wd_by_name.items():
        iso3 = name_to_iso3.get(country)
        if iso3 is None:
            problems.note(f"wikidata: {country} ({qid}) is not a state here; ignored")
            continue
        if iso3 in wd_found and wd_found[iso3] != qid:
            problems.error(f"wikidata: two ids for {iso3}: {wd_found[iso3]} and {qid}")
        wd_found[iso3] = qid
    for row in rows:
        qid = wd_found.get(row["iso3"], "")
        if row["wikidata"] and qid and row["wikidata"] != qid:
            problems.error(f"{row['iso3']}: hand Wikidata id {row['wikidata']} != snapshot {qid}")
        row["wikidata"] = row["wikidata"] or qid
        if not row["wikidata"]:
            problems.note(f"{row['iso3']}: no Wikidata id")

    check_state_forms(rows, problems)
    rows.sort(key=lambda r: r["iso3"])
    return rows


def check_state_forms(rows, problems: Problems) -> None:
    """A surface form may belong to one state only (across all its columns)."""
    owner: dict[str, str] = {}
    for row in rows:
        forms = {row["name"]}
        for col in ("variants", "demonyms", "people", "capitals", "seats"):
            forms.update(split(row[col]))
        for f in forms:
            if f in owner and owner[f] != row["iso3"]:
                problems.error(f"surface form {f!r} belongs to both {owner[f]} and {row['iso3']}")
            owner.setdefault(f, row["iso3"])


def check_capitals_against_phoenix(shared: Path, rows, problems: Problems) -> None:
    """Report capitals that the Phoenix country dictionary does not list for that state."""
    path = shared / "data" / "phoenix-dictionaries" / "Phoenix.Countries.actors.txt"
    if not path.exists():
        return

    def norm(s: str) -> str:
        s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
        return re.sub(r"[^A-Z0-9]+", "_", s.upper()).strip("_")

    by_code: dict[str, set[str]] = defaultdict(set)
    block: list[str] = []
    codes: list[str] = []

    def flush():
        for code in codes:
            by_code[code].update(block)

    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        text = line.split("#", 1)[0].rstrip()
        if not text:
            continue
        if text.startswith("+"):
            block.append(norm(text[1:]))
        elif text.startswith(("\t", " ")):
            codes.extend(re.findall(r"\[([A-Z]{3})(?:\s[^\]]*)?\]", text))
        else:
            flush()
            block, codes = [norm(text.split("[")[0])], re.findall(r"\[([A-Z]{3})\]", text)
    flush()
    for row in rows:
        for cap in split(row["capitals"]):
            if norm(cap) not in by_code.get(row["iso3"], set()):
                problems.note(f"phoenix: capital {cap!r} of {row['iso3']} not in its Phoenix entry")


# --------------------------------------------------------------------------- organisations

def build_organisations(state_iso3: set[str], problems: Problems):
    manual = read_csv(HERE / "organisations_manual.csv")
    rows, factbook_ids = [], {}
    seen: set[str] = set()
    variant_owner: dict[str, str] = {}
    for m in manual:
        oid = m["org_id"].strip()
        if not re.fullmatch(r"[A-Z][A-Z0-9_]*", oid):
            problems.error(f"organisations: bad org_id {oid!r}")
        if oid in seen:
            problems.error(f"organisations: duplicate org_id {oid}")
        seen.add(oid)
        kind, sector, country = m["kind"].strip(), m["sector"].strip(), m["country"].strip()
        if kind not in KINDS:
            problems.error(f"{oid}: unknown kind {kind!r}")
        if sector not in SECTORS:
            problems.error(f"{oid}: unknown sector {sector!r}")
        if country and country not in state_iso3:
            problems.error(f"{oid}: country {country} is not in states.csv")
        if kind == "igo" and (country or sector != "IGO"):
            problems.error(f"{oid}: an igo has no country and sector IGO")
        name = m["name"].strip()
        variants = uniq(v for v in split(m["variants"]) if v != name)
        for f in [name] + variants:
            if f in variant_owner and variant_owner[f] != oid:
                problems.error(f"organisation form {f!r} belongs to both {variant_owner[f]} and {oid}")
            variant_owner.setdefault(f, oid)
        factbook_ids[oid] = split(m.get("factbook_ids", ""))
        rows.append({"org_id": oid, "name": name, "variants": join(variants), "kind": kind,
                     "country": country, "sector": sector, "wikidata": m["wikidata"].strip()})
    rows.sort(key=lambda r: r["org_id"])
    return rows, factbook_ids, variant_owner


# --------------------------------------------------------------------------- memberships

def build_memberships(shared: Path, state_iso3: set[str], factbook_ids, problems: Problems):
    factbook = read_csv(shared / "data" / "igos" / "dieghernan_CountrycodesOrgs.csv")
    ours_by_fb: dict[str, str] = {}
    for oid, ids in factbook_ids.items():
        for fid in ids:
            if fid in ours_by_fb:
                problems.error(f"factbook id {fid} mapped to {ours_by_fb[fid]} and {oid}")
            ours_by_fb[fid] = oid
    known_fb = {r["org_id"] for r in factbook}
    for fid in sorted(set(ours_by_fb) - known_fb):
        problems.error(f"factbook id {fid} does not occur in the snapshot")

    generated: dict[tuple[str, str, str], dict[str, str]] = {}
    skipped_status: dict[str, int] = defaultdict(int)
    skipped_iso: dict[str, int] = defaultdict(int)
    for r in factbook:
        oid = ours_by_fb.get(r["org_id"])
        if oid is None:
            continue
        word = r["org_member"].strip()
        status = FACTBOOK_STATUS.get(word)
        iso3 = r["ISO_3166_3"].strip()
        if status is None:
            skipped_status[f"{oid}:{word}"] += 1
            continue
        if iso3 not in state_iso3:
            skipped_iso[f"{oid}:{iso3}"] += 1
            continue
        key = (oid, iso3, status)
        generated[key] = {"org_id": oid, "iso3": iso3, "status": status,
                          "start": "", "end": "", "source": "factbook-2020"}
    for k, n in sorted(skipped_status.items()):
        problems.note(f"factbook: skipped status {k} ({n} rows)")
    for k, n in sorted(skipped_iso.items()):
        problems.note(f"factbook: skipped non-state {k}")

    manual_rows = []
    for m in read_csv(HERE / "memberships_manual.csv"):
        row = {"org_id": m["org_id"].strip(), "iso3": m["iso3"].strip(),
               "status": m["status"].strip(), "start": m["start"].strip(),
               "end": m["end"].strip(), "source": "manual"}
        manual_rows.append(row)
    manual_pairs = {(r["org_id"], r["iso3"]) for r in manual_rows}

    out = [r for (oid, iso3, _), r in generated.items() if (oid, iso3) not in manual_pairs]
    out.extend(manual_rows)

    org_ids = set(factbook_ids)
    seen = set()
    for r in out:
        key = (r["org_id"], r["iso3"], r["status"], r["start"], r["end"])
        if key in seen:
            problems.error(f"memberships: duplicate row {key}")
        seen.add(key)
        if r["org_id"] not in org_ids:
            problems.error(f"memberships: unknown org {r['org_id']}")
        if r["iso3"] not in state_iso3:
            problems.error(f"memberships: unknown state {r['iso3']} in {r['org_id']}")
        if r["status"] not in STATUSES:
            problems.error(f"memberships: bad status {r['status']!r}")
        try:
            s = parse_partial_date(r["start"]) if r["start"] else None
            e = parse_partial_date(r["end"]) if r["end"] else None
        except ValueError as exc:
            problems.error(f"memberships: {r['org_id']}/{r['iso3']}: {exc}")
            continue
        if s and e and s > e:
            problems.error(f"memberships: {r['org_id']}/{r['iso3']} starts after it ends")
    out.sort(key=lambda r: (r["org_id"], r["iso3"], r["start"], r["end"], r["status"]))
    return out



# --------------------------------------------------------------------------- legislatures

def _span(start: str, end: str) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """A row's period, partial dates widened (start -> first day, end -> last day)."""
    lo = parse_partial_date(start) if start else (1, 1, 1)
    if not end:
        return lo, (9999, 12, 31)
    y, mo, d = parse_partial_date(end)
    if len(end) == 4:
        return lo, (y, 12, 31)
    if len(end) == 7:
        nxt = date(y + (mo == 12), mo % 12 + 1, 1).toordinal() - 1
        last = date.fromordinal(nxt)
        return lo, (last.year, last.month, last.day)
    return lo, (y, mo, d)


def state_form_owner(states) -> dict[str, str]:
    """Every surface form of every state (all columns) -> its iso3."""
    owner: dict[str, str] = {}
    for r in states:
        for f in [r["name"]] + [v for c in ("variants", "demonyms", "people", "capitals", "seats")
                                for v in split(r[c])]:
            owner.setdefault(f, r["iso3"])
    return owner


def build_legislatures(states, org_forms: dict[str, str], problems: Problems):
    """Parliaments as actors (sector LEG). A form may name two rows only if their periods do
    not overlap; it may not be a form of a state or an organisation."""
    iso3s = {r["iso3"] for r in states}
    state_forms = state_form_owner(states)
    rows, seen = [], set()
    periods: dict[str, list[tuple[tuple, tuple, str]]] = defaultdict(list)
    for m in read_csv(HERE / "legislatures_manual.csv"):
        iso3, name = m["iso3"].strip(), m["name"].strip()
        start, end = m["start"].strip(), m["end"].strip()
        tag = f"legislatures: {iso3}/{name}"
        if iso3 not in iso3s:
            problems.error(f"{tag}: {iso3} is not in states.csv")
        if not name:
            problems.error(f"{tag}: empty name")
        if (iso3, name) in seen:
            problems.error(f"{tag}: duplicate row")
        seen.add((iso3, name))
        try:
            lo, hi = _span(start, end)
        except ValueError as exc:
            problems.error(f"{tag}: {exc}")
            continue
        if lo > hi:
            problems.error(f"{tag}: starts after it ends")
        variants = uniq(v for v in split(m["variants"]) if v != name)
        for f in [name] + variants:
            if f in state_forms:
                problems.error(f"{tag}: form {f!r} is also a form of state {state_forms[f]}")
            if f in org_forms:
                problems.error(f"{tag}: form {f!r} is also a form of organisation {org_forms[f]}")
            for plo, phi, other in periods[f]:
                if lo <= phi and plo <= hi:
                    problems.error(f"{tag}: form {f!r} also names {other} in an overlapping period")
            periods[f].append((lo, hi, f"{iso3}/{name}"))
        rows.append({"iso3": iso3, "name": name, "variants": join(variants),
                     "start": start, "end": end})
    rows.sort(key=lambda r: (r["iso3"], r["name"]))
    return rows


# --------------------------------------------------------------------------- predecessors

def build_predecessors(states, problems: Problems):
    """Before ``until`` (exclusive), the capitals and seats of ``iso3`` name ``predecessor``."""
    by = {r["iso3"]: r for r in states}
    rows, seen = [], set()
    for m in read_csv(HERE / "predecessors_manual.csv"):
        iso3, pred, until = m["iso3"].strip(), m["predecessor"].strip(), m["until"].strip()
        tag = f"predecessors: {iso3}"
        if iso3 in seen:
            problems.error(f"{tag}: duplicate row")
        seen.add(iso3)
        for code in (iso3, pred):
            if code not in by:
                problems.error(f"{tag}: {code} is not in states.csv")
        if iso3 == pred:
            problems.error(f"{tag}: a state cannot be its own predecessor")
        try:
            parse_partial_date(until)
        except ValueError as exc:
            problems.error(f"{tag}: {exc}")
        if len(until) != 10:
            problems.error(f"{tag}: 'until' must be a full date")
        if iso3 in by and not (by[iso3]["capitals"] or by[iso3]["seats"]):
            problems.error(f"{tag}: {iso3} has no capital or seat to hand over")
        if pred in by and by[pred]["un_member"] == "true":
            problems.note(f"{tag}: predecessor {pred} is a current UN member")
        rows.append({"iso3": iso3, "predecessor": pred, "until": until,
                     "note": m["note"].strip()})
    rows.sort(key=lambda r: r["iso3"])
    return rows


# --------------------------------------------------------------------------- non-actors

def build_non_actors(states, org_forms: dict[str, str], legislatures, problems: Problems):
    """Phrases that contain a state's surface form but are not that state. Each must contain
    a form (as whole words) and must not itself be a form of a state, organisation or
    legislature."""
    state_forms = state_form_owner(states)
    leg_forms = {f for r in legislatures for f in [r["name"]] + split(r["variants"])}
    rows, seen = [], set()
    for m in read_csv(HERE / "non_actors_manual.csv"):
        phrase = m["phrase"].strip()
        tag = f"non_actors: {phrase!r}"
        if not phrase or phrase in seen:
            problems.error(f"{tag}: empty or duplicate")
        seen.add(phrase)
        if phrase in state_forms or phrase in org_forms or phrase in leg_forms:
            problems.error(f"{tag}: is itself an actor's form")
        inside = sorted(f for f in state_forms if f != phrase and
                        re.search(rf"(?<!\w){re.escape(f)}(?!\w)", phrase))
        if not inside:
            problems.error(f"{tag}: contains no state form, so it blocks nothing")
        else:
            problems.note(f"{tag}: blocks {', '.join(f'{f} ({state_forms[f]})' for f in inside)}")
        rows.append({"phrase": phrase, "note": m["note"].strip()})
    rows.sort(key=lambda r: (r["phrase"].casefold(), r["phrase"]))
    return rows


# --------------------------------------------------------------------------- main

def build(shared: Path, problems: Problems) -> dict[str, str]:
    states = build_states(shared, problems)
    check_capitals_against_phoenix(shared, states, problems)
    iso3s = {r["iso3"] for r in states}
    orgs, factbook_ids, org_forms = build_organisations(iso3s, problems)
    state_forms = {f: r["iso3"] for r in states
                   for col in ("name", "variants") for f in split(r[col])}
    for f, oid in sorted(org_forms.items()):
        if f in state_forms:
            problems.note(f"form {f!r} names both organisation {oid} and state {state_forms[f]}")
    memberships = build_memberships(shared, iso3s, factbook_ids, problems)
    legislatures = build_legislatures(states, org_forms, problems)
    predecessors = build_predecessors(states, problems)
    non_actors = build_non_actors(states, org_forms, legislatures, problems)
    return {
        "states.csv": render_csv(STATE_COLUMNS, states),
        "organisations.csv": render_csv(ORG_COLUMNS, orgs),
        "memberships.csv": render_csv(MEMBERSHIP_COLUMNS, memberships),
        "legislatures.csv": render_csv(LEGISLATURE_COLUMNS, legislatures),
        "predecessors.csv": render_csv(PREDECESSOR_COLUMNS, predecessors),
        "non_actors.csv": render_csv(NON_ACTOR_COLUMNS, non_actors),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED,
                    help="the shared/ reference folder (default: ../shared beside the repo)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write the CSVs")
    ap.add_argument("--check", action="store_true",
                    help="write nothing; exit 1 if the files on disk differ from a fresh build")
    ap.add_argument("--report", action="store_true", help="print diagnostics")
    args = ap.parse_args(argv)

    problems = Problems()
    outputs = build(args.shared, problems)
    if args.report:
        for note in problems.notes:
            print("note:", note)
    for err in problems.errors:
        print("error:", err, file=sys.stderr)
    if problems.errors:
        return 2

    stale = []
    for fname, text in outputs.items():
        path = args.out / fname
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current != text:
            stale.append(fname)
            if not args.check:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
    for fname, text in outputs.items():
        print(f"{fname}: {text.count(chr(10)) - 1} rows" + (" (changed)" if fname in stale else ""))
    if args.check and stale:
        print("stale: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
