"""The store: SQLAlchemy Core over SQLite (default) or PostgreSQL."""

from .store import IngestReport, Store, content_hash, run_owner

__all__ = ["Store", "IngestReport", "content_hash", "run_owner"]
