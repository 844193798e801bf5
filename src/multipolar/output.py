"""Render rows for people (tables) and for programs (json, jsonl, csv)."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

FORMATS = ("table", "json", "jsonl", "csv")
WIDE = frozenset({"evidence", "sentence", "text", "quote", "title", "reason", "help", "why"})


def _actors(group: list[dict[str, Any]]) -> str:
    return "; ".join(filter(None, (a.get("name") or a.get("country") or a.get("text") for a in group)))


def _flat(value: Any) -> Any:
    if isinstance(value, list):
        if value and isinstance(value[0], dict):
            return "|".join(filter(None, (v.get("country") or v.get("name") or "" for v in value)))
        return "|".join(map(str, value))
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def render(rows: Sequence[dict[str, Any]], fmt: str, columns: Sequence[tuple[str, str]] | None = None,
           title: str | None = None, out: TextIO | None = None) -> None:
    """Write rows in a format; ``columns`` are (key, header) pairs used by table and csv."""
    out = out or sys.stdout
    if fmt == "json":
        json.dump(list(rows), out, ensure_ascii=False, indent=1, default=str)
        out.write("\n")
    elif fmt == "jsonl":
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        keys = [k for k, _ in columns] if columns else (list(rows[0]) if rows else [])
        writer = csv.writer(out)
        writer.writerow(keys)
        for r in rows:
            writer.writerow([_flat(r.get(k)) for k in keys])
    else:
        from rich.console import Console
        from rich.table import Table

        cols = columns or ([(k, k) for k in rows[0]] if rows else [])
        table = Table(title=title, show_lines=False, header_style="bold", min_width=36)
        for key, header in cols:
            if key in WIDE:  # the text columns take the room; the short ones never wrap
                table.add_column(header, overflow="fold", ratio=1, min_width=30)
            else:
                table.add_column(header, no_wrap=True)
        for r in rows:
            table.add_row(*(_cell(r, k) for k, _ in cols))
        console = Console(file=out)
        width = console.width if console.is_terminal else 160
        Console(file=out, width=max(100, width)).print(table)


def _cell(row: dict[str, Any], key: str) -> str:
    v = row.get(key)
    if key in ("actor", "recipient") and isinstance(v, list):
        return _actors(v)
    if key == "flags":
        return "".join(f for f, k in (("N", "negated"), ("H", "hypothetical"), ("F", "future"))
                       if row.get(k))
    if key == "evidence" and isinstance(v, str) and len(v) > 110:
        return v[:107] + "..."
    if key == "text" and isinstance(v, str) and len(v) > 110:
        return v[:107] + "..."
    return "" if v is None else str(v)


EVENT_COLUMNS = [("date", "date"), ("type", "type"), ("actor", "actor"), ("recipient", "recipient"),
                 ("flags", "flags"), ("evidence", "evidence"), ("doc_id", "document")]
EVENT_CSV_COLUMNS = [("id", "id"), ("doc_id", "doc_id"), ("date", "date"), ("type", "type"),
                     ("mode", "mode"), ("cameo", "cameo"), ("intensity", "intensity"),
                     ("actor", "actor"), ("recipient", "recipient"), ("negated", "negated"),
                     ("hypothetical", "hypothetical"), ("future", "future"),
                     ("evidence", "evidence"), ("evidence_start", "evidence_start"),
                     ("evidence_end", "evidence_end")]
QUOTE_COLUMNS = [("date", "date"), ("speaker_name", "speaker"), ("speaker_country", "country"),
                 ("cue", "cue"), ("text", "quote"), ("doc_id", "document")]
ACTOR_COLUMNS = [("name", "actor"), ("country", "country"), ("sector", "sector"),
                 ("actor_id", "id"), ("mentions", "mentions"), ("documents", "documents")]
