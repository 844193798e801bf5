"""Read .txt, .html, JSON Lines, CSV and RSS/Atom inputs, files or folders, into Articles.

Readers stream: nothing reads a whole corpus into memory. A record that cannot be read
becomes an :class:`Unreadable` with a reason, so that every input still gets a status.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import count
from pathlib import Path

from ..errors import InputError
from ..model import Article

TEXT_KEYS = ("text", "body", "content", "article", "story")
TITLE_KEYS = ("title", "headline")
DATE_KEYS = ("date", "published", "publish_date", "pubdate", "datetime")
ID_KEYS = ("id", "doc_id", "aid", "uid", "guid")
SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "txt", ".html": "html", ".htm": "html",
            ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv", ".tsv": "csv",
            ".rss": "feed", ".atom": "feed", ".xml": "feed"}
LIST_KEYS = ("articles", "documents", "docs", "items", "data", "records", "results", "entries", "stories")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?!\d)", re.ASCII)
csv.field_size_limit(sys.maxsize)


@dataclass(frozen=True, slots=True)
class Unreadable:
    """An input that could not be turned into text; it still gets a ``document`` status."""

    id: str
    reason: str
    status: str = "failed"


def read_inputs(paths: Iterable[str | Path], stdin: io.TextIOBase | None = None
                ) -> Iterator[Article | Unreadable]:
    """Yield one Article (or Unreadable) per document found in ``paths``.

    A folder is read recursively, in name order, leaving out hidden files; a file of a format
    we do not read gets an Unreadable. ``-`` reads JSON Lines from ``stdin``. Ids are unique in
    a run: a document reusing one is renamed ``id~2``, ``id~3`` ... with a note.
    """
    return _unique_ids(_read_all(paths, stdin))


def _read_all(paths: Iterable[str | Path], stdin: io.TextIOBase | None
              ) -> Iterator[Article | Unreadable]:
    for raw in paths:
        if str(raw) == "-":
            yield from _jsonl_lines(stdin or sys.stdin, "stdin")
            continue
        path = Path(raw)
        if path.is_dir():
            for f in _folder_files(path):
                if f.suffix.lower() in SUFFIXES:
                    yield from read_file(f)
                else:
                    yield Unreadable(f.stem, _unsupported(f), "skipped")
        elif path.is_file():
            yield from read_file(path)
        else:
            raise InputError(f"No such file or folder: {path}")


def _folder_files(folder: Path) -> list[Path]:
    """Files under ``folder`` in name order, without hidden ones (``.DS_Store``, ``.git/``)."""
    found = []
    for top, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [Path(top, f) for f in files if not f.startswith(".") and Path(top, f).is_file()]
    return sorted(found)


def _unsupported(path: Path) -> str:
    return (f"unsupported format {path.suffix.lower() or '(no suffix)'}: give .txt, .html, .jsonl/.json, "
            ".csv or feeds (convert PDFs to text first)")


def _unique_ids(items: Iterable[Article | Unreadable]) -> Iterator[Article | Unreadable]:
    """Rename a document whose id was already used in this run to ``id~2``, ``id~3`` ..., noted."""
    seen: set[str] = set()
    last: dict[str, int] = {}
    for item in items:
        old = item.id
        if old in seen:
            n = last.get(old, 1) + 1
            while f"{old}~{n}" in seen:
                n += 1
            last[old] = n
            new = f"{old}~{n}"
            note = f"id {old!r} was already used in this run: renamed {new!r}"
            item = (replace(item, id=new, notes=(*item.notes, note)) if isinstance(item, Article)
                    else replace(item, id=new, reason=f"{item.reason} ({note})"))
        seen.add(item.id)
        yield item


def read_file(path: Path) -> Iterator[Article | Unreadable]:
    """The documents of one file; a file without any still gets a record saying why."""
    kind = SUFFIXES.get(path.suffix.lower(), "txt")
    try:
        data = path.read_bytes()
    except OSError as e:
        yield Unreadable(path.stem, f"cannot read the file: {e.strerror or e}")
        return
    if kind in ("jsonl", "csv"):
        text, problem = decode(data)
        if problem:
            yield Unreadable(path.stem, problem)
            return
        n = 0
        for n, item in enumerate(_json_file(text, path) if kind == "jsonl" else _csv_rows(text, path), 1):
            yield item
        if not n:
            yield Unreadable(path.stem, "empty: the file holds no records", "skipped")
        return
    if kind == "feed":
        yield from _feed(data, path)
        return
    text, problem = decode(data)
    if problem:
        yield Unreadable(path.stem, _unsupported(path) if path.suffix.lower() not in SUFFIXES else problem,
                         "skipped")
    elif kind == "html":
        yield html_article(path.stem, text)
    else:
        yield Article(id=path.stem, text=text)


def decode(data: bytes) -> tuple[str, str | None]:
    """Bytes to text: UTF-8 first, then the encoding charset-normalizer detects.

    Returns ``(text, problem)``; ``problem`` says why the bytes are not text.
    """
    if not data.strip():
        return "", None
    head = data[:8192]
    if b"\x00" in head and not (head.startswith((b"\xff\xfe", b"\xfe\xff"))):
        return "", "not text: the file holds binary data (NUL bytes); give text, HTML, JSON Lines or CSV"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return "", "not text: no text encoding fits these bytes; save the file as UTF-8"
    return str(best), None


def html_article(doc_id: str, html: str) -> Article:
    """Main text of an HTML page (trafilatura), with its title, date and URL when it has them.

    A page nested deeper than lxml reads (and so trafilatura) keeps all its visible text."""
    import trafilatura

    from .checks import html_to_text, html_too_deep

    if html_too_deep(html):
        return Article(id=doc_id, text=html_to_text(html), notes=(
            "HTML nested too deep for the page reader: all visible text kept, menus included",))
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          as_dict=False)
    except Exception:  # noqa: BLE001 - a page trafilatura cannot read still has text
        doc = None
    if doc is None or not (doc.text or "").strip():
        return Article(id=doc_id, text=html_to_text(html))
    date = (doc.date or None) if getattr(doc, "date", None) else None
    return Article(id=doc_id, text=doc.text, date=date, title=doc.title or None,
                   url=doc.url or None, source=doc.sitename or None)


def article_from_record(rec: dict, fallback_id: str) -> Article | Unreadable:
    """Build an Article from a JSON or CSV record, accepting the usual column names.

    The text must be a string and the id a string or an integer, else the record is Unreadable;
    a date that names no clear day, or a title, URL or source that is not text, is left empty
    with a note."""
    low = {str(k).lower().strip(): v for k, v in rec.items()}

    def first(keys: tuple[str, ...]) -> tuple[str, object]:
        for k in keys:
            v = low.get(k)
            if v not in (None, ""):
                return k, v
        return "", None

    key, raw_id = first(ID_KEYS)
    if raw_id is not None and (isinstance(raw_id, bool) or not isinstance(raw_id, (str, int))):
        return Unreadable(fallback_id, f'"{key}" is {_kind(raw_id)}, not a string or an integer')
    doc_id = fallback_id if raw_id is None else str(raw_id)
    key, text = first(TEXT_KEYS)
    if text is None:
        return Unreadable(doc_id, f"no text: the record has none of the fields {', '.join(TEXT_KEYS)}",
                          "skipped")
    if not isinstance(text, str):
        return Unreadable(doc_id, f'"{key}" is {_kind(text)}, not a string')
    notes: list[str] = []
    title, url, source = (_text_field(first(keys), notes)
                          for keys in (TITLE_KEYS, ("url", "link"), ("source", "publisher", "site")))
    _, raw_date = first(DATE_KEYS)
    day = _date_part(raw_date)
    if raw_date is not None and day is None:
        shown = repr(raw_date) if len(repr(raw_date)) <= 40 else repr(raw_date)[:37] + "..."
        notes.append(f"date {shown} not understood (give a day, e.g. 2023-05-25); left empty")
    return Article(id=doc_id, text=text, date=day, title=title, url=url, source=source,
                   notes=tuple(notes))


def _kind(value: object) -> str:
    """'a number', 'a list' ... for a reason a user reads."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    return {list: "a list", dict: "an object"}.get(type(value), f"a {type(value).__name__}")


def _text_field(found: tuple[str, object], notes: list[str]) -> str | None:
    """A title, URL or source as text: numbers become text, other types are left out, noted."""
    key, value = found
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    notes.append(f'"{key}" is {_kind(value)}, not a string; left empty')
    return None


def _date_part(value: object) -> str | None:
    """The day a record's date names, as YYYY-MM-DD; ``None`` when it names no clear day
    (invalid, relative like "last Tuesday", or only a year or month)."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    value = str(value).strip()
    if not value or len(value) > 100:
        return None
    if iso := _ISO_DAY.match(value):
        try:
            return datetime.date.fromisoformat(iso.group()).isoformat()
        except ValueError:
            return None
    import dateparser

    try:
        parsed = dateparser.parse(value, settings={
            "RETURN_AS_TIMEZONE_AWARE": False, "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
            "REQUIRE_PARTS": ["day", "month", "year"]})
    except Exception:  # noqa: BLE001 - dateparser on junk: the date is just not understood
        return None
    return parsed.date().isoformat() if parsed else None


def _loads(text: str) -> object:
    """``json.loads`` that raises only ``ValueError``: too deep nesting and numbers of over
    4,300 digits included."""
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("nested too deep") from None


def _why(e: ValueError, where: bool = False) -> str:
    if isinstance(e, json.JSONDecodeError):
        return f"{e.msg} at line {e.lineno}, column {e.colno}" if where else e.msg
    return str(e).split(";")[0]


def _json_file(text: str, path: Path) -> Iterator[Article | Unreadable]:
    """A ``.json`` file is one JSON document when it parses as one, else JSON Lines."""
    if path.suffix.lower() != ".json":
        yield from _jsonl_lines(io.StringIO(text), path.stem)
        return
    try:
        doc = _loads(text)
    except ValueError as e:
        lines = list(_jsonl_lines(io.StringIO(text), path.stem))
        if lines and all(isinstance(x, Unreadable) and x.reason.startswith("not valid JSON") for x in lines):
            yield Unreadable(path.stem, f"not valid JSON: {_why(e, where=True)}")
        else:
            yield from lines
        return
    for i, rec in enumerate(_records_of(doc), 1):
        yield _record(rec, f"{path.stem}:{i}")


def _records_of(doc: object) -> list:
    """The records of a JSON document: an array, an object holding one under a usual key
    ("articles", "items", "data" ...), or one record."""
    if isinstance(doc, list):
        return doc
    if isinstance(doc, dict) and not any(k in doc for k in TEXT_KEYS):
        for key in LIST_KEYS:
            if isinstance(doc.get(key), list):
                return doc[key]
    return [doc]


def _jsonl_lines(lines: Iterable[str], stem: str) -> Iterator[Article | Unreadable]:
    for i, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = _loads(line)
        except ValueError as e:
            yield Unreadable(f"{stem}:{i}", f"not valid JSON on line {i}: {_why(e)}")
            continue
        yield _record(rec, f"{stem}:{i}")


def _record(rec: object, fallback_id: str) -> Article | Unreadable:
    if not isinstance(rec, dict):
        return Unreadable(fallback_id, "not a JSON object: each line must be {\"id\", \"text\", ...}")
    return article_from_record(rec, fallback_id)


def _csv_rows(text: str, path: Path) -> Iterator[Article | Unreadable]:
    dialect = "excel-tab" if path.suffix.lower() == ".tsv" else "excel"
    rows = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)  # the csv module splits lines
    for i in count(1):
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as e:
            yield Unreadable(f"{path.stem}:{i}", f"not valid CSV from row {i} on: {e}")
            return
        yield article_from_record(row, f"{path.stem}:{i}")


def _feed(data: bytes, path: Path) -> Iterator[Article | Unreadable]:
    import feedparser

    from .checks import html_to_text

    parsed = feedparser.parse(data)
    if not parsed.entries:
        yield Unreadable(path.stem, "no feed entries: the file is not an RSS/Atom feed with items",
                         "skipped")
        return
    for i, entry in enumerate(parsed.entries, 1):
        body = ""
        if entry.get("content"):
            body = entry["content"][0].get("value", "")
        body = body or entry.get("summary", "")
        title = entry.get("title")
        text = html_to_text(body) if "<" in body else body
        if title:
            text = f"{title}\n\n{text}"
        date = None
        if entry.get("published_parsed"):
            date = "%04d-%02d-%02d" % tuple(entry["published_parsed"][:3])
        yield Article(id=entry.get("id") or entry.get("link") or f"{path.stem}:{i}", text=text,
                      date=date, title=title, url=entry.get("link"),
                      source=parsed.feed.get("title"))
