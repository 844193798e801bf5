"""The store on SQLite and on PostgreSQL: idempotent ingestion, atomic results, queries."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from multipolar.ingest import Unreadable
from multipolar.model import ActorRef, Article, DocResult, Event, Mention, Quote, Span
from multipolar.store.store import normalize_url

BLR = ActorRef("Lukashenko", "Alexander Lukashenko", "BLR", "GOV", "Q11083")
RUS = ActorRef("Moscow", "Russia", "RUS", "GOV", "RUS")


def _result(doc_id: str, negated: bool = False) -> DocResult:
    ev = Event(id=f"{doc_id}:e1", type="CONSULT", mode="visit", context=(), actor=(BLR,), recipient=(RUS,),
               negated=negated, hypothetical=False, future=False, date="2023-05-25",
               evidence=Span("Lukashenko flew to Moscow.", 0, 26), trigger=Span("flew", 11, 15),
               cameo="042", intensity=4.0, rule="verb")
    return DocResult(doc_id, "ok", mentions=(Mention(0, 10, BLR), Mention(19, 25, RUS)), events=(ev,),
                     quotes=(Quote(f"{doc_id}:q1", "We are brothers.", 30, 46, BLR, "say"),),
                     meta={"doc_type": {"type": "CONSULT", "by": "lead_event", "event_id": f"{doc_id}:e1",
                                        "classifier": {"type": "AID", "p": 0.3}}})


def test_store_ingest_is_idempotent_by_content(store):
    arts = [Article("a", "Lukashenko flew to Moscow.", "2023-05-25"), Article("b", "Other text here.")]
    r1 = store.ingest(arts)
    r2 = store.ingest(arts + [Article("c", "Lukashenko flew to Moscow.")])
    assert (r1.added, r1.duplicates) == (2, 0)
    assert (r2.added, r2.duplicates) == (0, 3)
    assert store.pending_ids() == ["a", "b"]


def test_store_same_id_other_content_is_kept_under_a_new_id(store):
    store.ingest([Article("a", "First text.")])
    rep = store.ingest([Article("a", "Second text.")])
    assert rep.added == 1 and rep.renamed and rep.renamed[0][1].startswith("a~")
    assert len(store.pending_ids()) == 2


def test_store_unreadable_inputs_are_recorded_with_reason(store):
    store.ingest([Article("ok", "Some text."), Unreadable("bad", "not text: binary", "skipped")])
    docs = {d["id"]: d for d in store.documents()}
    assert docs["bad"]["status"] == "skipped" and docs["bad"]["reason"] == "not text: binary"
    assert store.pending_ids() == ["ok"]


def test_store_results_replace_previous_ones(store):
    store.ingest([Article("a", "Lukashenko flew to Moscow.", "2023-05-25")])
    store.save_results([_result("a")])
    store.save_results([_result("a")])  # coding again must not duplicate
    evs = store.events()
    assert len(evs) == 1
    ev = evs[0]
    assert ev["actor"][0]["name"] == "Alexander Lukashenko" and ev["recipient"][0]["country"] == "RUS"
    assert store.count("ok") == 1 and store.pending_ids() == []
    assert len(store.quotes()) == 1 and store.actors()[0]["mentions"] == 1


@pytest.mark.parametrize("filters, n", [
    ({"actor": "BLR"}, 1), ({"actor": "RUS"}, 0), ({"recipient": "RUS"}, 1), ({"either": "RUS"}, 1),
    ({"actor": "Lukash"}, 1), ({"actor": "Q11083"}, 1), ({"type": "consult,aid"}, 1),
    ({"type": "ASSAULT"}, 0), ({"since": "2023-05"}, 1), ({"until": "2023-05-24"}, 0),
    ({"until": "2023-05"}, 1), ({"doc_id": "a"}, 1),
])
def test_store_event_filters(store, filters, n):
    store.ingest([Article("a", "Lukashenko flew to Moscow.", "2023-05-25")])
    store.save_results([_result("a")])
    assert len(store.events(**filters)) == n


def test_store_negated_events_are_hidden_unless_asked(store):
    store.ingest([Article("a", "Lukashenko did not fly to Moscow.")])
    store.save_results([_result("a", negated=True)])
    assert store.events() == [] and len(store.events(include_negated=True)) == 1


def test_store_reset_makes_documents_pending_again(store):
    store.ingest([Article("a", "Lukashenko flew to Moscow.")])
    store.save_results([_result("a")])
    assert store.reset() == 1 and store.pending_ids() == ["a"]


def test_store_url_normalisation():
    assert normalize_url("my.db") == "sqlite:///my.db"
    assert normalize_url("postgresql://h/db") == "postgresql+psycopg://h/db"


@hsettings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                    min_size=1, max_size=300))
def test_store_any_text_comes_back_unchanged(store, text):
    store.ingest([Article("x", text)])
    assert text in {a.text for a in store.articles(store.pending_ids())}


def test_store_keeps_each_documents_type(store):
    store.ingest([Article("a", "Lukashenko flew to Moscow."), Article("b", "Nothing here at all.")])
    store.save_results([_result("a"), DocResult("b", "ok")])
    docs = {d["id"]: d for d in store.documents()}
    assert (docs["a"]["doc_type"], docs["a"]["doc_type_by"], docs["a"]["doc_type_event"]) == \
        ("CONSULT", "lead_event", "a:e1")
    assert docs["b"]["doc_type"] is None


def test_store_migrates_a_version_1_database(tmp_path):
    """A store made by schema version 1 (no 'historical' column) is brought up to date."""
    import sqlalchemy as sa

    from multipolar.store import Store, schema

    url = f"sqlite:///{tmp_path / 'old.db'}"
    Store(url).engine.dispose()
    engine = sa.create_engine(url)
    with engine.begin() as conn:  # turn it back into a version-1 database
        conn.execute(sa.text("ALTER TABLE events DROP COLUMN historical"))
        conn.execute(sa.text("DROP INDEX ix_documents_doc_type"))
        for col in ("doc_type", "doc_type_by", "doc_type_event"):
            conn.execute(sa.text(f"ALTER TABLE documents DROP COLUMN {col}"))
        conn.execute(sa.text("UPDATE schema_version SET version = 1"))
    engine.dispose()
    store = Store(url)
    store.ingest([Article("a", "Lukashenko flew to Moscow.")])
    store.save_results([_result("a")])
    assert store.events()[0]["historical"] in (False, 0)
    assert next(store.documents())["doc_type"] == "CONSULT"
    with store.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT version FROM schema_version")).scalar() == schema.SCHEMA_VERSION
