"""The store: SQLAlchemy Core over SQLite (default) or PostgreSQL."""

from .store import IngestReport, Store, content_hash

__all__ = ["Store", "IngestReport", "content_hash"]
