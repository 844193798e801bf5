"""Fixtures shared by the whole suite (one conftest, as spaCy does)."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURE_KB = str(ROOT / "tests" / "fixtures" / "kb")
RULES_ONLY = ("off", 0.0, 0.0, 0.0)  # settings.learned() with the event model off
PG_URL = os.environ.get("MULTIPOLAR_TEST_PG", "postgresql+psycopg://root@127.0.0.1:5432/test")


def shared_path(*parts: str) -> Path:
    """A file under ../shared, or a skip with the reason when the folder is not beside the clone."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: ../shared sits beside the checkout for developers and CI only")
    return path


@pytest.fixture(scope="session")
def nlp():
    """The rules over the small fixture knowledge base, without the learned event model: rule
    tests do not move when the shipped base grows or the model is retrained (the model has its
    own tests and the quality gate)."""
    from multipolar.nlp.pipeline import load_pipeline

    return load_pipeline(kb_path=FIXTURE_KB, learned=RULES_ONLY)


@pytest.fixture(scope="session")
def nlp_full():
    """The full pipeline over the shipped knowledge base."""
    from multipolar.nlp.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def code_text(nlp):
    """Code one text with the fixture pipeline and return its DocResult."""
    from multipolar.model import Article
    from multipolar.nlp.pipeline import code_articles

    def run(text: str, date: str | None = "2023-06-01"):
        (result,) = code_articles([Article("t", text, date)], nlp)
        assert result.status == "ok", result.reason
        return result

    return run


def _pg_available() -> bool:
    try:
        import psycopg

        with psycopg.connect("host=127.0.0.1 port=5432 user=root dbname=test", connect_timeout=3):
            return True
    except Exception:
        return False


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    """A fresh store on SQLite and on PostgreSQL (a schema of its own, dropped afterwards).

    PostgreSQL must be reachable in CI; locally a missing server fails loudly rather than skipping,
    unless MULTIPOLAR_SKIP_PG=1 is set.
    """
    from multipolar.store import Store

    if request.param == "sqlite":
        yield Store(f"sqlite:///{tmp_path / 'test.db'}")
        return
    if os.environ.get("MULTIPOLAR_SKIP_PG") == "1":
        pytest.skip("MULTIPOLAR_SKIP_PG=1")
    if not _pg_available():
        pytest.fail("PostgreSQL is not reachable at 127.0.0.1:5432 (set MULTIPOLAR_SKIP_PG=1 to skip)")
    import sqlalchemy as sa

    name = f"t_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(sa.text(f"CREATE SCHEMA {name}"))
    st = Store(f"{PG_URL}?options=-csearch_path%3D{name}")
    try:
        yield st
    finally:
        st.engine.dispose()
        with admin.begin() as conn:
            conn.execute(sa.text(f"DROP SCHEMA {name} CASCADE"))
        admin.dispose()
