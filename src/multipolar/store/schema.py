"""Tables and versioned migrations. One schema for SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    and_,
    exists,
    func,
    inspect,
    select,
    text,
)
from sqlalchemy.engine import Connection

from .signature import signature_rows

metadata = MetaData()

schema_version = Table("schema_version", metadata, Column("version", Integer, primary_key=True))

documents = Table(
    "documents", metadata,
    Column("id", String, primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("text", Text, nullable=False),
    Column("title", Text), Column("date", String(10)), Column("url", Text), Column("source", Text),
    Column("ingested_at", String(32), nullable=False),
    Column("status", String(10), nullable=False, index=True),  # pending, ok, skipped, failed
    Column("reason", Text), Column("coded_at", String(32)), Column("coder", String(64)),
    # the document's PLOVER type, how it was decided (classifier, lead_event) and from which event
    Column("doc_type", String(10), index=True), Column("doc_type_by", String(12)),
    Column("doc_type_event", String),
    # a run coding the document now: "host/pid/run/batch" and when it claimed it (see Store.claim)
    Column("claimed_by", String), Column("claimed_at", String(32)),
    # what coded it: the configuration's hash and the versions behind it (JSON), see CodeOptions
    Column("config", String(16)), Column("versions", Text),
)

mentions = Table(
    "mentions", metadata,
    Column("doc_id", String, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("start", Integer, nullable=False), Column("end", Integer, nullable=False),
    Column("text", Text), Column("name", Text), Column("country", String(3), index=True),
    Column("sector", String(8)), Column("actor_id", String, index=True), Column("how", String(16)),
)

events = Table(
    "events", metadata,
    Column("id", String, primary_key=True),
    Column("doc_id", String, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("type", String(10), nullable=False, index=True), Column("mode", String(20)),
    Column("context", Text), Column("negated", Boolean, nullable=False),
    Column("hypothetical", Boolean, nullable=False), Column("future", Boolean, nullable=False),
    Column("historical", Boolean, nullable=False, server_default=text("false")),
    Column("date", String(10), index=True), Column("evidence", Text, nullable=False),
    Column("evidence_start", Integer), Column("evidence_end", Integer),
    Column("sentence_start", Integer), Column("sentence_end", Integer),
    Column("trigger", Text), Column("trigger_start", Integer), Column("cameo", String(4)),
    Column("intensity", Float), Column("quote_id", String), Column("rule", String(64)),
    Column("confidence", Float),
)

event_actors = Table(
    "event_actors", metadata,
    Column("event_id", String, ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("role", String(9), nullable=False),  # actor, recipient
    Column("position", Integer, nullable=False),
    Column("text", Text), Column("name", Text), Column("country", String(3)),
    Column("sector", String(8)), Column("actor_id", String), Column("how", String(16)),
)
Index("ix_event_actors_country_role", event_actors.c.country, event_actors.c.role)
# for "has an actor of this country": without it SQLite may read every actor of the country for
# each event (the plan depended on the order the indexes above happened to be created in)
Index("ix_event_actors_event_country_role", event_actors.c.event_id, event_actors.c.country,
      event_actors.c.role)

quotes = Table(
    "quotes", metadata,
    Column("id", String, primary_key=True),
    Column("doc_id", String, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("text", Text, nullable=False), Column("start", Integer), Column("end", Integer),
    Column("speaker_text", Text), Column("speaker_name", Text), Column("speaker_country", String(3)),
    Column("speaker_sector", String(8)), Column("speaker_id", String), Column("cue", String(32)),
)

# The near-duplicate signature of each document with events (multipolar.store.signature), written
# with its results, and one row per band key to find its near-duplicates without reading them all.
signatures = Table(
    "signatures", metadata,
    Column("doc_id", String, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("minhash", LargeBinary, nullable=False),
)

signature_bands = Table(
    "signature_bands", metadata,
    Column("key", BigInteger, nullable=False, index=True),
    Column("doc_id", String, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
)

# Every two actors of an event (actor or recipient side), each by its key: its country, else its
# actor id; stored once per event in either order. A pair's events are read through it.
event_pairs = Table(
    "event_pairs", metadata,
    Column("a", String, nullable=False), Column("b", String, nullable=False),
    Column("event_id", String, ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True),
)
Index("ix_event_pairs_a_b", event_pairs.c.a, event_pairs.c.b)
Index("ix_event_pairs_b", event_pairs.c.b)


def _v1(conn: Connection) -> None:
    metadata.create_all(conn)


def _v2(conn: Connection) -> None:
    """Events get PLOVER's historical flag (an event dated over a year before its article)."""
    if "historical" not in {c["name"] for c in inspect(conn).get_columns("events")}:
        conn.execute(text("ALTER TABLE events ADD COLUMN historical BOOLEAN NOT NULL DEFAULT false"))


def _v3(conn: Connection) -> None:
    """Documents get their type (multipolar.nlp.doctype)."""
    have = {c["name"] for c in inspect(conn).get_columns("documents")}
    for name, kind in (("doc_type", "VARCHAR(10)"), ("doc_type_by", "VARCHAR(12)"),
                       ("doc_type_event", "VARCHAR")):
        if name not in have:
            conn.execute(text(f"ALTER TABLE documents ADD COLUMN {name} {kind}"))
    if "ix_documents_doc_type" not in {i["name"] for i in inspect(conn).get_indexes("documents")}:
        conn.execute(text("CREATE INDEX ix_documents_doc_type ON documents (doc_type)"))


def _v4(conn: Connection) -> None:
    """Events get the learned model's confidence (multipolar.nlp.learned); older rows keep null."""
    if "confidence" not in {c["name"] for c in inspect(conn).get_columns("events")}:
        conn.execute(text("ALTER TABLE events ADD COLUMN confidence FLOAT"))


def _v5(conn: Connection) -> None:
    """Documents get a claim, so that concurrent ``extract`` runs split the work."""
    have = {c["name"] for c in inspect(conn).get_columns("documents")}
    for name, kind in (("claimed_by", "VARCHAR"), ("claimed_at", "VARCHAR(32)")):
        if name not in have:
            conn.execute(text(f"ALTER TABLE documents ADD COLUMN {name} {kind}"))


def _v6(conn: Connection) -> None:
    """Coded documents keep their near-duplicate signature and events the pairs of their actors,
    so that the analysis reads neither every text nor every event; filled here for what is
    already coded (17 s for 18,000 documents of 1.5 KB with 60,000 events: docs/scale.md)."""
    metadata.create_all(conn, tables=[signatures, signature_bands, event_pairs])
    for index in event_actors.indexes:
        index.create(conn, checkfirst=True)
    ea = event_actors.c
    key = func.coalesce(func.nullif(ea.country, ""), ea.actor_id)
    x, y = (select(ea.event_id, key.label("k")).where(key.is_not(None)).subquery() for _ in "xy")
    conn.execute(event_pairs.insert().from_select(
        ["a", "b", "event_id"], select(x.c.k, y.c.k, x.c.event_id).distinct()
        .join(y, and_(x.c.event_id == y.c.event_id, x.c.k < y.c.k))))
    d = documents.c
    ids = list(conn.execute(select(d.id).where(
        exists(select(events.c.id).where(events.c.doc_id == d.id)),
        ~exists(select(signatures.c.doc_id).where(signatures.c.doc_id == d.id)))).scalars())
    for i in range(0, len(ids), 500):
        sig_rows, band_rows = signature_rows(
            dict(conn.execute(select(d.id, d.text).where(d.id.in_(ids[i:i + 500]))).all()))
        for table, rows in ((signatures, sig_rows), (signature_bands, band_rows)):
            if rows:
                conn.execute(table.insert(), rows)


def _v7(conn: Connection) -> None:
    """Documents record what coded them: the configuration's hash and the versions of coder,
    pipeline, lexicon, knowledge base and event model (``CodeOptions.fingerprint``)."""
    have = {c["name"] for c in inspect(conn).get_columns("documents")}
    for name, kind in (("config", "VARCHAR(16)"), ("versions", "TEXT")):
        if name not in have:
            conn.execute(text(f"ALTER TABLE documents ADD COLUMN {name} {kind}"))


# Each migration moves the schema from version n-1 to n. Add new ones at the end; never edit old ones.
MIGRATIONS: list[Callable[[Connection], None]] = [_v1, _v2, _v3, _v4, _v5, _v6, _v7]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: Connection, foreign_tables_ok: bool = True) -> int:
    """Bring the database to the latest schema; returns the version it was at. A database that
    holds other tables and no multipolar schema is refused unless ``foreign_tables_ok`` (a
    PostgreSQL database may hold other applications' tables; a SQLite file is one application's)."""
    if not inspect(conn).has_table("schema_version"):
        current = 0
        tables = inspect(conn).get_table_names()
        if "documents" in tables or tables and not foreign_tables_ok:
            raise RuntimeError(f"it is not a multipolar store (it holds other tables: "
                               f"{', '.join(sorted(tables)[:5])})")
    else:
        current = conn.execute(select(schema_version.c.version)).scalar() or 0
    if current > SCHEMA_VERSION:
        raise RuntimeError(f"it was written by a newer multipolar (schema {current}, this one "
                           f"reads up to {SCHEMA_VERSION}); upgrade multipolar")
    for n in range(current, SCHEMA_VERSION):
        MIGRATIONS[n](conn)
    if current != SCHEMA_VERSION:
        conn.execute(text("DELETE FROM schema_version"))
        conn.execute(schema_version.insert().values(version=SCHEMA_VERSION))
    return current
