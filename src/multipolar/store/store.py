"""Read and write documents and their coded records. Ingestion and coding are idempotent:
documents are keyed by content hash, and a document's records are replaced in the same
transaction that marks it coded, so a killed run resumes without duplicates or losses."""

from __future__ import annotations

import functools
import hashlib
import json
import os
import socket
import sqlite3
import uuid
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import combinations
from pathlib import Path
from typing import Any

from sqlalchemy import and_, create_engine, delete, event, exists, func, or_, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from .. import __version__, settings
from ..errors import StoreError
from ..ingest.checks import check_article, clean_text
from ..ingest.readers import Unreadable
from ..model import Article, DocResult
from . import schema as s
from .signature import signature_rows

CODER = f"multipolar {__version__}"


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(slots=True)
class IngestReport:
    added: int = 0
    duplicates: int = 0
    unreadable: int = 0
    renamed: list[tuple[str, str]] = field(default_factory=list)
    too_large: int = 0  # kept as skipped, without their text


def _why(e: Exception) -> str:
    """The first line of a database error, without SQLAlchemy's background link."""
    return str(getattr(e, "orig", None) or e).strip().splitlines()[0]


def _read_only_if_needed(url: str) -> str:
    """A SQLite file its user cannot write is opened read-only, and immutable when its folder is
    not writable either (SQLite then cannot make the files it reads a WAL database with)."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or url.startswith(prefix + "file:") or "?" in url:
        return url
    path = Path(url[len(prefix):])
    if not path.is_file() or os.access(path, os.W_OK) and os.access(path.parent, os.W_OK):
        return url
    flags = "mode=ro" if os.access(path.parent, os.W_OK) else "immutable=1"
    return f"{prefix}file:{path.resolve()}?{flags}&uri=true"


@contextmanager
def storing(what: str) -> Iterator[None]:
    """Database errors while ``what`` as one-line StoreErrors that say what to do."""
    try:
        yield
    except OperationalError as e:
        why = _why(e)
        low = why.lower()
        if "locked" in low:
            raise StoreError(f"The store is locked while {what}: {why}.",
                             fix="Another process is writing to it; run again when it is done.") from None
        if "full" in low or "no space" in low:
            raise StoreError(f"The disk is full while {what}: {why}.",
                             fix="Free space (or point --db at another disk) and run again: "
                                 "what was saved is kept.") from None
        if "readonly" in low or "read-only" in low:
            raise StoreError(f"The store is read-only while {what}: {why}.",
                             fix="Reads work; to write, use a store you can write to.") from None
        raise StoreError(f"Database error while {what}: {why}.") from None
    except SQLAlchemyError as e:
        raise StoreError(f"Database error while {what}: {_why(e)}.") from None


def guarded(what: str):
    """Decorate a Store method: its database errors become one-line StoreErrors (:func:`storing`)."""
    def wrap(method):
        @functools.wraps(method)
        def run(*args, **kwargs):
            with storing(what):
                return method(*args, **kwargs)
        return run
    return wrap


def normalize_url(url: str) -> str:
    """Accept a bare path as a SQLite file; pick psycopg 3 for plain postgresql:// URLs."""
    if "://" not in url:
        return f"sqlite:///{url}"
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


class Store:
    """A multipolar database. ``Store()`` opens the default (``multipolar.db`` or MULTIPOLAR_DB)."""

    def __init__(self, url: str | None = None) -> None:
        url = settings.get("db", url)
        if not str(url).strip():
            raise StoreError("The store URL is empty.")
        self.url = _read_only_if_needed(normalize_url(str(url)))
        try:
            self.engine: Engine = create_engine(self.url, future=True)
            if self.engine.dialect.name == "sqlite":
                event.listen(self.engine, "connect", _sqlite_pragmas)
            with self.engine.begin() as conn:
                s.migrate(conn, foreign_tables_ok=self.engine.dialect.name != "sqlite")
        except (SQLAlchemyError, RuntimeError, ModuleNotFoundError) as e:
            raise StoreError(f"Cannot open the store at {self.url}: {_why(e)}") from None

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    # ---- ingest --------------------------------------------------------------------------
    @guarded("adding documents")
    def ingest(self, items: Iterable[Article | Unreadable], batch: int = 500,
               max_chars: int | None = None) -> IngestReport:
        """Add documents not seen before (by content hash); every input is counted once.

        A document longer than ``max_chars`` (setting ``max_chars``, after clean-up as the coder
        counts) is kept as ``skipped`` with the reason and its content hash, without its text;
        ingested again once the limit allows it, it gets its text and is coded."""
        report = IngestReport()
        limit = int(settings.get("max_chars", max_chars))
        chunk: list[Article | Unreadable] = []
        for item in items:
            chunk.append(item)
            if len(chunk) >= batch:
                self._ingest_chunk(chunk, report, limit)
                chunk = []
        if chunk:
            self._ingest_chunk(chunk, report, limit)
        return report

    def _ingest_chunk(self, chunk: list[Article | Unreadable], report: IngestReport,
                      limit: int) -> None:
        rows: dict[str, dict[str, Any]] = {}
        large: set[str] = set()
        for item in chunk:
            if isinstance(item, Unreadable):
                h = content_hash(f"unreadable\0{item.id}\0{item.reason}")
                row = {"id": item.id, "content_hash": h, "text": "", "title": None, "date": None,
                       "url": None, "source": None, "status": item.status, "reason": item.reason}
                report.unreadable += 1
            else:
                h = content_hash(item.text)
                row = {"id": item.id, "content_hash": h, "text": item.text, "title": item.title,
                       "date": item.date, "url": item.url, "source": item.source,
                       "status": "pending", "reason": None}
                if reason := _too_large(item, limit):
                    row.update(text="", status="skipped", reason=reason)
                    large.add(h)
            if h in rows:
                report.duplicates += 1
                continue
            rows[h] = row
        with self.engine.begin() as conn:
            d = s.documents.c
            known = dict(conn.execute(select(d.content_hash, d.reason)
                                      .where(d.content_hash.in_(list(rows)))).all())
            # once too large, now within the limit: the document gets its text and is coded
            grown = {h: r for h, r in rows.items() if h in known and r["status"] == "pending"
                     and (known[h] or "").startswith("too large")}
            for h, r in grown.items():
                conn.execute(update(s.documents).where(d.content_hash == h)
                             .values(text=r["text"], status="pending", reason=None))
            report.added += len(grown)
            fresh = [r for h, r in rows.items() if h not in known]
            report.duplicates += len(rows) - len(fresh) - len(grown)
            taken = set(conn.execute(select(s.documents.c.id)
                                     .where(s.documents.c.id.in_([r["id"] for r in fresh]))).scalars())
            seen: set[str] = set()
            for r in fresh:
                if r["id"] in taken or r["id"] in seen:  # same name, other content: keep both
                    new = f"{r['id']}~{r['content_hash'][:8]}"
                    report.renamed.append((r["id"], new))
                    r["id"] = new
                seen.add(r["id"])
                r["ingested_at"] = _now()
            if fresh:
                conn.execute(s.documents.insert(), fresh)
            report.added += sum(1 for r in fresh if r["status"] == "pending")
            report.too_large += sum(1 for r in fresh if r["content_hash"] in large)

    # ---- coding ------------------------------------------------------------------------
    def pending_ids(self) -> list[str]:
        """Ids of the documents not coded yet, in id order."""
        d = s.documents.c
        with self.engine.connect() as conn:
            return list(conn.execute(select(d.id).where(d.status == "pending").order_by(d.id)).scalars())

    @guarded("claiming documents")
    def claim(self, n: int, owner: str) -> list[Article]:
        """Claim up to ``n`` pending documents for ``owner`` (a run's "host/pid/run/batch") and
        return them, so that concurrent runs split the work: each document goes to one run.

        A claim lapses when its run is gone: same host and its process is dead, or older than
        :data:`CLAIM_LEASE`. PostgreSQL skips rows another run is claiming (``SKIP LOCKED``);
        SQLite runs the claim as one statement under its database write lock."""
        d = s.documents.c
        with self.engine.connect() as conn:
            held = conn.execute(select(d.claimed_by, func.min(d.claimed_at))
                                .where(d.status == "pending", d.claimed_by.is_not(None))
                                .group_by(d.claimed_by)).all()
        with self.engine.begin() as conn:  # the update first: SQLite takes its write lock at once
            lapsed = [who for who, at in held if _lapsed(who, at)]
            free = or_(d.claimed_by.is_(None), d.claimed_by.in_(lapsed)) if lapsed else d.claimed_by.is_(None)
            pick = select(d.id).where(d.status == "pending", free).order_by(d.id).limit(n)
            if self.dialect == "postgresql":
                pick = pick.with_for_update(skip_locked=True)
            conn.execute(update(s.documents).where(d.id.in_(pick.scalar_subquery()))
                         .values(claimed_by=owner, claimed_at=_now()))
            ids = list(conn.execute(select(d.id).where(d.claimed_by == owner, d.status == "pending")
                                    .order_by(d.id)).scalars())
        return self.articles(ids)

    @guarded("releasing claims")
    def release(self, owner_prefix: str) -> int:
        """Give back the documents a run claimed and did not save (after an error or a stop)."""
        d = s.documents.c
        with self.engine.begin() as conn:
            return conn.execute(update(s.documents)
                                .where(d.status == "pending", d.claimed_by.startswith(owner_prefix,
                                                                                      autoescape=True))
                                .values(claimed_by=None, claimed_at=None)).rowcount

    def articles(self, ids: list[str]) -> list[Article]:
        """The documents with these ids, as Articles, in the order given."""
        d = s.documents.c
        with self.engine.connect() as conn:
            rows = conn.execute(select(d.id, d.text, d.date, d.title, d.url, d.source)
                                .where(d.id.in_(ids)))
            found = {r.id: Article(r.id, r.text, r.date, r.title, r.url, r.source) for r in rows}
        return [found[i] for i in ids if i in found]

    def count(self, status: str | None = None) -> int:
        q = select(func.count()).select_from(s.documents)
        if status:
            q = q.where(s.documents.c.status == status)
        with self.engine.connect() as conn:
            return conn.execute(q).scalar_one()

    @guarded("saving coded records")
    def save_results(self, results: Iterable[DocResult], made_by: dict[str, str] | None = None) -> None:
        """Replace the records of each document and set its status, in one transaction.
        ``made_by`` is the coder's fingerprint (``CodeOptions.fingerprint()``), kept per document."""
        results = list(results)
        ids = [r.doc_id for r in results]
        config = (made_by or {}).get("config")
        versions = json.dumps(made_by, sort_keys=True) if made_by else None
        m_rows, e_rows, a_rows, q_rows, p_rows = [], [], [], [], []
        for r in results:
            for m in r.mentions:
                a = m.actor
                m_rows.append({"doc_id": r.doc_id, "start": m.start, "end": m.end, "text": a.text,
                               "name": a.name, "country": a.country, "sector": a.sector,
                               "actor_id": a.id, "how": a.how})
            for q in r.quotes:
                sp = q.speaker
                q_rows.append({"id": q.id, "doc_id": r.doc_id, "text": q.text, "start": q.start,
                               "end": q.end, "speaker_text": sp.text if sp else None,
                               "speaker_name": sp.name if sp else None,
                               "speaker_country": sp.country if sp else None,
                               "speaker_sector": sp.sector if sp else None,
                               "speaker_id": sp.id if sp else None, "cue": q.cue})
            for e in r.events:
                sent = e.sentence or e.evidence
                e_rows.append({
                    "id": e.id, "doc_id": r.doc_id, "type": e.type, "mode": e.mode,
                    "context": json.dumps(list(e.context)), "negated": e.negated,
                    "hypothetical": e.hypothetical, "future": e.future,
                    "historical": e.historical, "date": e.date,
                    "evidence": e.evidence.text, "evidence_start": e.evidence.start,
                    "evidence_end": e.evidence.end, "sentence_start": sent.start,
                    "sentence_end": sent.end, "trigger": e.trigger.text,
                    "trigger_start": e.trigger.start, "cameo": e.cameo, "intensity": e.intensity,
                    "quote_id": e.quote_id, "rule": e.rule, "confidence": e.confidence})
                for role, group in (("actor", e.actor), ("recipient", e.recipient)):
                    for pos, a in enumerate(group):
                        a_rows.append({"event_id": e.id, "role": role, "position": pos,
                                       "text": a.text, "name": a.name, "country": a.country,
                                       "sector": a.sector, "actor_id": a.id, "how": a.how})
                keys = sorted({k for a in (*e.actor, *e.recipient) if (k := a.country or a.id)})
                p_rows += [{"a": x, "b": y, "event_id": e.id} for x, y in combinations(keys, 2)]
        # the near-duplicate signatures of the documents with events, from their stored text
        with_events = [r.doc_id for r in results if r.events]
        texts: dict[str, str] = {}
        if with_events:
            with self.engine.connect() as conn:
                d = s.documents.c
                texts = dict(conn.execute(select(d.id, d.text).where(d.id.in_(with_events))).all())
        sig_rows, band_rows = signature_rows(texts)
        now = _now()
        with self.engine.begin() as conn:
            ev_ids = select(s.events.c.id).where(s.events.c.doc_id.in_(ids))
            for linked in (s.event_actors, s.event_pairs):
                conn.execute(delete(linked).where(linked.c.event_id.in_(ev_ids)))
            for table in (s.events, s.mentions, s.quotes, s.signatures, s.signature_bands):
                conn.execute(delete(table).where(table.c.doc_id.in_(ids)))
            for table, rows in ((s.mentions, m_rows), (s.quotes, q_rows), (s.events, e_rows),
                                (s.event_actors, a_rows), (s.event_pairs, p_rows),
                                (s.signatures, sig_rows), (s.signature_bands, band_rows)):
                if rows:
                    conn.execute(table.insert(), rows)
            for r in results:
                kind = r.meta.get("doc_type") or {}
                conn.execute(update(s.documents).where(s.documents.c.id == r.doc_id)
                             .values(status=r.status, reason=r.reason, coded_at=now, coder=CODER,
                                     claimed_by=None, claimed_at=None, config=config, versions=versions,
                                     doc_type=kind.get("type"), doc_type_by=kind.get("by"),
                                     doc_type_event=kind.get("event_id")))

    @guarded("resetting documents")
    def reset(self, status: str | None = None, unless_config: str | None = None) -> int:
        """Mark documents (all, or those with ``status``) as pending, to code them again; with
        ``unless_config``, only those another configuration (or an unrecorded one) coded."""
        d = s.documents.c
        q = update(s.documents).values(status="pending", reason=None, claimed_by=None, claimed_at=None)
        q = q.where(d.text != "")
        if status:
            q = q.where(d.status == status)
        if unless_config:
            q = q.where(d.status != "pending", or_(d.config.is_(None), d.config != unless_config))
        with self.engine.begin() as conn:
            return conn.execute(q).rowcount

    # ---- queries ----------------------------------------------------------------------------
    def events(self, actor: str | None = None, recipient: str | None = None,
               either: str | None = None, type: str | None = None, since: str | None = None,
               until: str | None = None, doc_id: str | None = None,
               include_negated: bool = False, limit: int | None = None,
               min_confidence: float | None = None,
               involving: Sequence[Collection[str]] = ()) -> list[dict[str, Any]]:
        """Events with their actors, filtered. Actor filters take an ISO3 code, a knowledge-base
        id or part of a name. Negated and hypothetical events are left out unless asked for.
        ``min_confidence`` leaves out events the model gave less; events coded without the model
        (no confidence) are kept. ``involving`` holds one or two sets of actor keys (a country, or
        the id of an actor without one): only the events that pair an actor of the first set with
        one of the second (with one set: with any other) are read, through ``event_pairs``."""
        e = s.events.c
        q = select(s.events, s.documents.c.title, s.documents.c.date.label("doc_date")).join(
            s.documents, s.documents.c.id == e.doc_id)
        conds = []
        for role, value in (("actor", actor), ("recipient", recipient), (None, either)):
            if value:
                conds.append(_has_actor(role, value))
        if type:
            conds.append(e.type.in_([t.strip().upper() for t in type.split(",")]))
        if since:
            conds.append(e.date >= since)
        if until:
            conds.append(e.date <= until + "\uffff")
        if doc_id:
            conds.append(e.doc_id == doc_id)
        if min_confidence:
            conds.append(or_(e.confidence.is_(None), e.confidence >= min_confidence))
        if involving:
            conds.append(e.id.in_(_pairing(*involving)))
        if not include_negated:
            conds.append(and_(e.negated.is_(False), e.hypothetical.is_(False)))
        q = q.where(*conds).order_by(e.date, e.doc_id, e.evidence_start, e.id)
        if limit:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(q)]
            by_id = {r["id"]: r for r in rows}
            for r in rows:
                r["actor"], r["recipient"] = [], []
                r["context"] = json.loads(r["context"] or "[]")
            for part in _chunks(list(by_id), 500):
                ea = s.event_actors.c
                for a in conn.execute(select(s.event_actors).where(ea.event_id.in_(part))
                                      .order_by(ea.event_id, ea.role, ea.position)):
                    by_id[a.event_id][a.role].append(
                        {"text": a.text, "name": a.name, "country": a.country,
                         "sector": a.sector, "id": a.actor_id, "how": a.how})
        return rows

    def quotes(self, speaker: str | None = None, doc_id: str | None = None,
               limit: int | None = None) -> list[dict[str, Any]]:
        """Quotations with their speakers; ``speaker`` is an ISO3 code, an id or part of a name."""
        c = s.quotes.c
        q = select(s.quotes, s.documents.c.date).join(s.documents, s.documents.c.id == c.doc_id)
        if speaker:
            q = q.where(_matches(speaker, c.speaker_country, c.speaker_id, c.speaker_name))
        if doc_id:
            q = q.where(c.doc_id == doc_id)
        q = q.order_by(s.documents.c.date, c.doc_id, c.start)
        if limit:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def actors(self, country: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        """Actors by number of mentions, with the documents they appear in."""
        m = s.mentions.c
        q = (select(m.actor_id, m.name, m.country, m.sector, func.count().label("mentions"),
                    func.count(func.distinct(m.doc_id)).label("documents"))
             .group_by(m.actor_id, m.name, m.country, m.sector)
             .order_by(func.count().desc(), m.name))
        if country:
            q = q.where(m.country == country.upper())
        if limit:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def documents(self, status: str | None = None) -> Iterator[dict[str, Any]]:
        d = s.documents.c
        q = select(d.id, d.title, d.date, d.status, d.reason, d.doc_type, d.doc_type_by,
                   d.doc_type_event, d.coded_at, d.config, d.versions).order_by(d.id)
        if status:
            q = q.where(d.status == status)
        with self.engine.connect() as conn:
            for r in conn.execute(q):
                yield dict(r._mapping)

    def document_text(self, doc_id: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(select(s.documents.c.text).where(s.documents.c.id == doc_id)).scalar()

    def status_counts(self) -> dict[str, int]:
        d = s.documents.c
        with self.engine.connect() as conn:
            return dict(conn.execute(select(d.status, func.count()).group_by(d.status)).all())


CLAIM_LEASE = timedelta(hours=6)  # a claim older than this lapses even if its process seems alive


def run_owner() -> str:
    """A name for one coding run: host, process and a random part ("host/pid/run/")."""
    return f"{socket.gethostname()}/{os.getpid()}/{uuid.uuid4().hex[:12]}/"


def _lapsed(owner: str, claimed_at: str | None) -> bool:
    """Whether a claim's run is gone: its process on this host is dead, or the lease ran out."""
    if claimed_at is None or datetime.fromisoformat(claimed_at) < datetime.now(UTC) - CLAIM_LEASE:
        return True
    host, _, rest = owner.partition("/")
    pid = rest.split("/", 1)[0]
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # alive, someone else's
        return False
    return False


def _matches(value: str, country, actor_id, name):
    if len(value) == 3 and value.isalpha() and value.isupper():
        return country == value
    return or_(actor_id == value, name.icontains(value, autoescape=True))  # % and _ are letters


def _too_large(item: Article, limit: int) -> str | None:
    """Why the coder would skip this document as too large (its text is then not stored)."""
    if len(item.text) <= limit:  # clean-up never lengthens a text
        return None
    text = clean_text(item.text)[0]
    if len(text.strip()) <= limit:
        return None
    problem = check_article(Article(item.id, text), limit)
    return (f"{problem[1] if problem else 'too large'}; its text is not kept: ingest it again "
            "once the limit allows it")


def _pairing(first: Collection[str], second: Collection[str] | None = None):
    """The ids of the events pairing a key of ``first`` with one of ``second`` (or with any)."""
    p = s.event_pairs.c
    first = sorted(first)
    if second is None:
        return select(p.event_id).where(or_(p.a.in_(first), p.b.in_(first)))
    second = sorted(second)
    return select(p.event_id).where(or_(and_(p.a.in_(first), p.b.in_(second)),
                                        and_(p.a.in_(second), p.b.in_(first))))


def _has_actor(role: str | None, value: str):
    ea = s.event_actors.c
    cond = [ea.event_id == s.events.c.id, _matches(value, ea.country, ea.actor_id, ea.name)]
    if role:
        cond.append(ea.role == role)
    return exists(select(ea.event_id).where(*cond))


def _chunks(items: list, n: int):
    for i in range(0, len(items), n):
        yield items[i:i + n]


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON"):
        try:
            cur.execute(f"PRAGMA {pragma}")
        except sqlite3.OperationalError:  # a read-only file: reads work without them
            pass
    cur.close()
