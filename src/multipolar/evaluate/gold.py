"""Gold-standard records: PLOVER JSON (a list or JSON Lines) and PETRARCH XML unit tests.

Both become :class:`GoldRecord`s holding PLOVER events with the countries of their actor and
recipient. A side with no country (CAMEO ``---GOV``, an IGO, a quoted phrase) is compared on
nothing: any coded side fits it. A record with ``skip`` set is listed but not scored.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import GoldFormatError
from ..importers.phoenix_text import split_code
from ..ontology import OntologyError, cameo_to_plover, normalize_mode, normalize_type

FORMATS = ("auto", "plover", "petrarch")


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One expected event. ``cameo``, ``source`` and ``target`` keep the original codes."""

    type: str
    mode: str | None = None
    actor_countries: tuple[str, ...] = ()
    recipient_countries: tuple[str, ...] = ()
    actor_sector: str | None = None
    recipient_sector: str | None = None
    cameo: str | None = None
    source: str | None = None
    target: str | None = None


@dataclass(frozen=True, slots=True)
class GoldRecord:
    """A text and the events expected from it (none: the coder should code nothing)."""

    id: str
    text: str
    date: str | None
    events: tuple[GoldEvent, ...]
    category: str | None = None
    skip: str | None = None
    notes: tuple[str, ...] = ()


def read_gold(path: str | Path, fmt: str = "auto") -> list[GoldRecord]:
    """Read gold records; ``fmt`` is ``plover``, ``petrarch`` or ``auto`` (by the extension,
    else by the first character: ``<`` is XML).

    Raises:
        GoldFormatError: If the file cannot be read or holds no records.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise GoldFormatError(f"Cannot read {path}: {e}") from None
    if fmt == "auto":
        fmt = "petrarch" if path.suffix.lower() == ".xml" or text.lstrip().startswith("<") else "plover"
    if fmt not in FORMATS:
        raise GoldFormatError(f"Unknown gold format {fmt!r}; use one of {', '.join(FORMATS)}.")
    records = read_petrarch_xml(text, path.name) if fmt == "petrarch" else read_plover_json(text, path.name)
    if not records:
        raise GoldFormatError(f"{path} holds no gold records.")
    return records


# ---- PLOVER JSON -------------------------------------------------------------------------
def _sides(value: Any) -> tuple[tuple[str, ...], str | None, str | None]:
    """(countries, first sector, first actor text) of a PLOVER ``source``/``target`` value."""
    items = value if isinstance(value, list) else [] if value in (None, "") else [value]
    countries: list[str] = []
    sectors: list[str] = []
    texts: list[str] = []
    for item in items:
        item = item if isinstance(item, dict) else {"code": item}
        code = str(item.get("code") or item.get("country") or "").strip().upper()
        country, sector = split_code(code) if len(code) >= 3 else (None, None)
        sector = item.get("sector") or sector
        if isinstance(sector, list):
            sector = sector[0] if sector else None
        if country and country not in countries:
            countries.append(country)
        if sector:
            sectors.append(str(sector).upper())
        texts.append(str(item.get("actorText") or item.get("text") or code))
    return tuple(countries), (sectors or [None])[0], "; ".join(t for t in texts if t) or None


def _plover_event(rec: dict, where: str) -> GoldEvent | None:
    raw = rec.get("event") or rec.get("type")
    if raw in (None, "", "NONE", "None", "none"):
        return None
    try:
        kind = normalize_type(str(raw))
        mode = normalize_mode(kind, rec.get("mode")) if rec.get("mode") else None
    except OntologyError as e:
        raise GoldFormatError(f"{where}: {e}") from None
    actors, a_sector, a_text = _sides(rec.get("source", rec.get("actor")))
    recipients, r_sector, r_text = _sides(rec.get("target", rec.get("recipient")))
    return GoldEvent(kind, mode, actors, recipients, a_sector, r_sector, None, a_text, r_text)


def read_plover_json(text: str, name: str = "gold") -> list[GoldRecord]:
    """PLOVER gold records; several records with one ``id`` are one text with several events;
    a record whose ``event`` is empty or NONE expects no event."""
    text = text.strip()
    try:
        data = json.loads(text) if text.startswith("[") else [
            json.loads(line) for line in text.splitlines() if line.strip()]
    except json.JSONDecodeError as e:
        raise GoldFormatError(f"{name}: not JSON or JSON Lines ({e})") from None
    grouped: dict[str, dict[str, Any]] = {}
    for n, rec in enumerate(data, 1):
        if not isinstance(rec, dict) or not rec.get("text"):
            raise GoldFormatError(f"{name} record {n}: needs an object with a text field")
        rid = str(rec.get("id") or rec.get("doc_id") or n)
        entry = grouped.setdefault(rid, {"text": rec["text"], "events": [], "date": _iso(
            rec.get("date") or rec.get("publication_date") or rec.get("story_date"))})
        events = rec.get("events") if isinstance(rec.get("events"), list) else [rec]
        entry["events"] += [e for ev in events if (e := _plover_event(ev, f"{name} record {n}"))]
    return [GoldRecord(rid, e["text"], e["date"], tuple(e["events"])) for rid, e in grouped.items()]


def _iso(value: Any) -> str | None:
    if not value:
        return None
    digits = re.sub(r"\D", "", str(value))
    if len(digits) >= 8:
        return f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}"
    return str(value)[:10]


# ---- PETRARCH XML ------------------------------------------------------------------------
def _petrarch_event(coding: ET.Element) -> tuple[GoldEvent | None, str | None]:
    """The event of an ``<EventCoding>``, or (None, why it has no PLOVER reading)."""
    code = (coding.get("eventcode") or "").strip()
    digits = re.match(r"\d{2,4}", code)
    try:
        plover = cameo_to_plover(digits[0]) if digits else None
    except OntologyError:
        plover = None
    if plover is None:
        return None, f"CAMEO {code or '?'} has no PLOVER type"
    src, tgt = (coding.get(k, "").strip() for k in ("sourcecode", "targetcode"))
    a, a_sector = split_code(src) if not src.startswith('"') else (None, None)
    r, r_sector = split_code(tgt) if not tgt.startswith('"') else (None, None)
    return GoldEvent(plover.type, plover.mode, (a,) if a else (), (r,) if r else (), a_sector,
                     r_sector, code, src, tgt), None


def read_petrarch_xml(text: str, name: str = "gold") -> list[GoldRecord]:
    """PETRARCH ``<Sentence>`` records. ``noevents="True"`` expects nothing; ``error=...``
    records test PETRARCH's own parse-error handling and are skipped; CAMEO codes without a
    PLOVER type (01, 02, PETRARCH's test codes 9xx) are noted, and a record left with no
    PLOVER event for that reason is skipped."""
    try:
        root = ET.fromstring(text)
    except ET.ParseError as e:
        raise GoldFormatError(f"{name}: not well-formed XML ({e})") from None
    out: list[GoldRecord] = []
    seen: dict[str, int] = {}
    for s in root.iter("Sentence"):
        rid = str(s.get("id") or len(out) + 1).strip()
        seen[rid] = seen.get(rid, 0) + 1
        rid = rid if seen[rid] == 1 else f"{rid}#{seen[rid]}"  # the file repeats a few ids
        body = " ".join((s.findtext("Text") or "").split())
        events, notes, skip = [], [], None
        codings = s.findall("EventCoding")
        for coding in codings:
            if coding.get("error") is not None:
                skip = f"tests PETRARCH's error handling ({coding.get('error')})"
            elif (coding.get("noevents") or "").lower() != "true":
                event, why = _petrarch_event(coding)
                events += [event] if event else []
                notes += [why] if why else []
        if notes and not events and not skip:
            skip = "no expected event has a PLOVER type: " + "; ".join(notes)
        out.append(GoldRecord(rid, body, _iso(s.get("date")), tuple(events), s.get("category"),
                              skip, tuple(notes)))
    return out


def gold_to_articles(records: Iterable[GoldRecord]) -> list[dict[str, Any]]:
    """The gold texts as ``multipolar code`` input records (id, text, date), so that another
    coder's output can be produced with the same ids and scored with ``--coder FILE.jsonl``."""
    return [{"id": r.id, "text": r.text, "date": r.date} for r in records]
