"""Read .txt, .html, JSON Lines, CSV and RSS/Atom inputs, files or folders, into Articles.

Readers stream: nothing reads a whole corpus into memory. A record that cannot be read
becomes an :class:`Unreadable` with a reason, so that every input still gets a status.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
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

    A folder is read recursively, in name order, keeping only known suffixes. ``-`` reads
    JSON Lines from ``stdin``.
    """
    for raw in paths:
        if str(raw) == "-":
            yield from _jsonl_lines(stdin or sys.stdin, "stdin")
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            for f in files:
                yield from read_file(f)
        elif path.is_file():
            yield from read_file(path)
        else:
            raise InputError(f"No such file or folder: {path}")


def read_file(path: Path) -> Iterator[Article | Unreadable]:
    kind = SUFFIXES.get(path.suffix.lower(), "txt")
    data = path.read_bytes()
    if kind in ("jsonl", "csv"):
        text, problem = decode(data)
        if problem:
            yield Unreadable(path.stem, problem)
            return
        if kind == "jsonl":
            yield from _json_file(text, path)
        else:
            yield from _csv_rows(text, path)
        return
    if kind == "feed":
        yield from _feed(data, path)
        return
    text, problem = decode(data)
    if problem:
        yield Unreadable(path.stem, problem, "skipped")
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
    """Main text of an HTML page (trafilatura), with its title, date and URL when it has them."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      as_dict=False)
    if doc is None or not (doc.text or "").strip():
        from .checks import html_to_text

        return Article(id=doc_id, text=html_to_text(html))
    date = (doc.date or None) if getattr(doc, "date", None) else None
    return Article(id=doc_id, text=doc.text, date=date, title=doc.title or None,
                   url=doc.url or None, source=doc.sitename or None)


def article_from_record(rec: dict, fallback_id: str) -> Article | Unreadable:
    """Build an Article from a JSON or CSV record, accepting the usual column names."""
    low = {str(k).lower().strip(): v for k, v in rec.items()}

    def first(keys: tuple[str, ...]) -> str | None:
        for k in keys:
            v = low.get(k)
            if v not in (None, ""):
                return str(v)
        return None

    doc_id = first(ID_KEYS) or fallback_id
    text = first(TEXT_KEYS)
    if text is None:
        return Unreadable(doc_id, f"no text: the record has none of the fields {', '.join(TEXT_KEYS)}",
                          "skipped")
    title = first(TITLE_KEYS)
    return Article(id=doc_id, text=text, date=_date_part(first(DATE_KEYS)), title=title,
                   url=first(("url", "link")), source=first(("source", "publisher", "site")))


def _date_part(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    if len(value) >= 10 and value[4] == "-" and value[7] == "-":
        return value[:10]
    import dateparser

    parsed = dateparser.parse(value, settings={"RETURN_AS_TIMEZONE_AWARE": False})
    return parsed.date().isoformat() if parsed else None


def _json_file(text: str, path: Path) -> Iterator[Article | Unreadable]:
    stripped = text.lstrip()
    if path.suffix.lower() == ".json" and stripped.startswith("["):
        try:
            records = json.loads(stripped)
        except json.JSONDecodeError as e:
            yield Unreadable(path.stem, f"not valid JSON: {e}")
            return
        for i, rec in enumerate(records, 1):
            yield _record(rec, f"{path.stem}:{i}")
        return
    yield from _jsonl_lines(io.StringIO(text), path.stem)


def _jsonl_lines(lines: Iterable[str], stem: str) -> Iterator[Article | Unreadable]:
    for i, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            yield Unreadable(f"{stem}:{i}", f"not valid JSON on line {i}: {e.msg}")
            continue
        yield _record(rec, f"{stem}:{i}")


def _record(rec: object, fallback_id: str) -> Article | Unreadable:
    if not isinstance(rec, dict):
        return Unreadable(fallback_id, "not a JSON object: each line must be {\"id\", \"text\", ...}")
    return article_from_record(rec, fallback_id)


def _csv_rows(text: str, path: Path) -> Iterator[Article | Unreadable]:
    dialect = "excel-tab" if path.suffix.lower() == ".tsv" else "excel"
    for i, row in enumerate(csv.DictReader(io.StringIO(text), dialect=dialect), 1):
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
