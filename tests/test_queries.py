"""Queries that keep up with the store (issue #13): near-duplicate signatures computed once when
results are saved, pair queries that read only the pair's events yet answer exactly as the
whole store does, and documents too large to code kept without their text.
Speed is measured in bench/queries.py, not here."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from multipolar.analysis import eventset, explain, pair_alignment, prepare
from multipolar.analysis.synthetic import PROBE, fill_store
from multipolar.model import ActorRef, Article, DocResult, Event, Span
from multipolar.store import schema as s
from multipolar.store.signature import band_keys, minhash, similarity, to_bytes
from multipolar.store.store import content_hash


def _actor(code: str) -> ActorRef:
    return ActorRef(code, code, code, "GOV", code)


def _result(doc_id: str, *events: tuple) -> DocResult:
    """Events as (type, actor, recipient, date, evidence[, confidence])."""
    out = []
    for n, (etype, actor, recipient, date, evidence, *conf) in enumerate(events):
        out.append(Event(f"{doc_id}:e{n}", etype, None, (), (_actor(actor),), (_actor(recipient),),
                         False, False, False, date, Span(evidence, 0, len(evidence)),
                         Span(evidence.split()[1], 0, 1), intensity=None,
                         confidence=conf[0] if conf else None))
    return DocResult(doc_id, "ok", events=tuple(out))


def _words(n: int, start: int = 0, tag: str = "w") -> list[str]:
    return [f"{tag}{i}" for i in range(start, start + n)]


# ---- signatures are computed once, when results are saved --------------------------------------


def test_save_results_stores_the_signature_of_each_document_with_events(store):
    text = " ".join(_words(200))
    store.ingest([Article("a", text, "2023-05-25"), Article("b", "Nothing happened here today.")])
    store.save_results([_result("a", ("CONSULT", "BLR", "RUS", "2023-05-25", "Lukashenko flew to Moscow.")),
                        DocResult("b", "ok")])
    with store.engine.connect() as conn:
        sigs = dict(conn.execute(sa.select(s.signatures.c.doc_id, s.signatures.c.minhash)).all())
        bands = conn.execute(sa.select(s.signature_bands.c.key, s.signature_bands.c.doc_id)).all()
        pairs = conn.execute(sa.select(s.event_pairs.c.a, s.event_pairs.c.b, s.event_pairs.c.event_id)).all()
    assert list(sigs) == ["a"] and bytes(sigs["a"]) == to_bytes(minhash(text))   # b has no events
    assert sorted(k for k, _ in bands) == sorted(band_keys(minhash(text)))
    assert [tuple(p) for p in pairs] == [("BLR", "RUS", "a:e0")]
    store.save_results([DocResult("a", "ok")])                                    # coded again: nothing
    with store.engine.connect() as conn:
        for table in (s.signatures, s.signature_bands, s.event_pairs):
            assert conn.execute(sa.select(sa.func.count()).select_from(table)).scalar() == 0


def test_prepare_and_pair_queries_read_no_document_text(store):
    fill_store(store, 300, probe_events=40)
    statements: list[str] = []
    sa.event.listen(store.engine, "before_cursor_execute",
                    lambda conn, cursor, statement, *rest: statements.append(statement))
    prepare(store)
    pair_alignment(store, *PROBE)
    assert statements and not [q for q in statements if "documents.text" in q]


# ---- a pair's events, read alone, come out as the whole store makes them -----------------------


def test_pair_queries_equal_the_whole_store_on_a_synthetic_store(store):
    fill_store(store, 1500, probe_events=60)
    for min_confidence in (None, 0.8):
        whole = prepare(store, min_confidence=min_confidence)
        for a, b in (PROBE, ("USA", "GBR"), ("RUS", "EU"), ("NATO", "RUS")):
            alone = prepare(store, min_confidence=min_confidence, nodes=(a, b))
            assert alone.raw < whole.raw
            assert pair_alignment(alone, a, b, window="year") == pair_alignment(whole, a, b, window="year")
            for period in (None, "2019", "2016-03..2020"):
                mine, full = explain(alone, a, b, period), explain(whole, a, b, period)
                assert mine.summary == full.summary and mine.events.equals(full.events)
                assert mine.quotes.equals(full.quotes)
        pole = prepare(store, min_confidence=min_confidence, nodes=("POL",))   # POL with anyone
        mine, full = explain(pole, "POL", "EU", pole=True), explain(whole, "POL", "EU", pole=True)
        assert mine.summary == full.summary and mine.events.equals(full.events)
    assert pair_alignment(store, *PROBE) == pair_alignment(prepare(store), *PROBE)   # from a store


def test_pair_dedup_follows_near_duplicates_through_documents_of_other_pairs(store):
    """A and C are near-duplicates only through B, which reports another pair; B's event also
    sets the cluster's earliest day, which puts C's undated report on A's day."""
    base = _words(400)
    b_words = _words(25, tag="b") + base[25:]          # the start rewritten
    c_words = b_words[:-25] + _words(25, tag="c")      # and then the end
    texts = {"A": " ".join(base), "B": " ".join(b_words), "C": " ".join(c_words)}
    sig = {k: minhash(v) for k, v in texts.items()}
    assert similarity(sig["A"], sig["B"]) >= 0.8 and similarity(sig["B"], sig["C"]) >= 0.8
    assert similarity(sig["A"], sig["C"]) < 0.8
    store.ingest([Article("A", texts["A"], "2021-06-01"), Article("B", texts["B"], "2021-06-01"),
                  Article("C", texts["C"], "2021-06-03")])
    store.save_results([
        _result("A", ("AID", "POL", "UKR", "2021-06-01", "Poland sent aid to Ukraine.")),
        _result("B", ("CONSULT", "DEU", "FRA", None, "Berlin consulted Paris.", 0.5)),
        _result("C", ("AID", "POL", "UKR", None, "Warsaw delivered help to Kyiv."))])
    for min_confidence, events in ((None, 1), (0.6, 2)):   # without B's event, A and C stay apart
        whole = pair_alignment(prepare(store, min_confidence=min_confidence), "POL", "UKR")
        alone = pair_alignment(prepare(store, min_confidence=min_confidence, nodes=("POL", "UKR")),
                               "POL", "UKR")
        assert whole == alone and whole["n_events"] == events and whole["n_sources"] == 2
    ex = explain(store, "UKR", "POL")
    assert list(ex.events["doc_id"]) == ["A", "C"] and ex.events["merged_by"].iloc[0] == "near-duplicate"


def test_pair_query_reads_as_many_rows_with_ten_times_more_unrelated_events(tmp_path, monkeypatch):
    from multipolar.store import Store

    store = Store(f"sqlite:///{tmp_path / 'grow.db'}")
    fill_store(store, 600, probe_events=80)
    read: list[int] = []
    select_in = eventset._select_in
    monkeypatch.setattr(eventset, "_select_in", lambda *a: read.append(len(r := select_in(*a))) or r)

    def rows_read() -> tuple[int, int, dict]:
        read.clear()
        es = prepare(store, nodes=PROBE)
        return es.raw, sum(read), pair_alignment(es, *PROBE)

    before = rows_read()
    fill_store(store, 6000, seed=1, probe_events=0, prefix="x")   # the same states, not the pair
    assert store.count() > 10 * len({e.doc_ids[0] for e in prepare(store, nodes=PROBE).events})
    assert rows_read() == before


def test_migration_v6_fills_signatures_and_pairs_of_what_was_coded(tmp_path):
    from multipolar.store import Store

    url = f"sqlite:///{tmp_path / 'v5.db'}"
    store = Store(url)
    fill_store(store, 400, probe_events=50)
    expected = pair_alignment(prepare(store), *PROBE)
    store.engine.dispose()
    engine = sa.create_engine(url)
    with engine.begin() as conn:  # back to a version-5 store, coded before signatures existed
        for table in ("signature_bands", "signatures", "event_pairs"):
            conn.execute(sa.text(f"DROP TABLE {table}"))
        conn.execute(sa.text("UPDATE schema_version SET version = 5"))
    engine.dispose()
    store = Store(url)
    with store.engine.connect() as conn:
        count = lambda t: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar()
        docs = conn.execute(sa.select(sa.func.count(sa.distinct(s.events.c.doc_id)))).scalar()
        assert count(s.signatures) == docs and count(s.signature_bands) == 16 * docs
        assert count(s.event_pairs) > 0
    assert pair_alignment(store, *PROBE) == expected


# ---- documents too large to code are kept without their text -----------------------------------


def _size(store, tmp_path: Path) -> int:
    return sum(p.stat().st_size for p in tmp_path.glob("test.db*"))


def test_too_large_documents_are_kept_skipped_without_their_text(store, tmp_path, monkeypatch):
    big = "The minister said that the talks would go on. " * 44_000   # ~2 MB
    store.ingest([Article("small", "Lukashenko flew to Moscow on Thursday for talks.")])
    size = _size(store, tmp_path)
    report = store.ingest([Article("big", big, "2023-05-25", "A long one")], max_chars=100_000)
    assert (report.added, report.too_large) == (0, 1)
    (doc,) = [d for d in store.documents() if d["id"] == "big"]
    assert doc["status"] == "skipped" and doc["title"] == "A long one"
    assert doc["reason"].startswith(f"too large: {len(big.strip()):,} characters (limit 100,000)")
    assert "MULTIPOLAR_MAX_CHARS" in doc["reason"] and "ingest it again" in doc["reason"]
    assert store.document_text("big") == "" and store.pending_ids() == ["small"]
    if store.dialect == "sqlite":
        assert _size(store, tmp_path) - size < len(big) / 10
    with store.engine.connect() as conn:
        assert conn.execute(sa.select(s.documents.c.content_hash)
                            .where(s.documents.c.id == "big")).scalar() == content_hash(big)
    monkeypatch.setenv("MULTIPOLAR_MAX_CHARS", "100000")
    again = store.ingest([Article("big", big)])                       # the same content: a duplicate
    assert (again.added, again.duplicates, again.too_large, again.renamed) == (0, 1, 0, [])
    monkeypatch.setenv("MULTIPOLAR_MAX_CHARS", "3000000")
    grown = store.ingest([Article("big", big)])                       # the limit allows it now
    assert grown.added == 1 and store.document_text("big") == big
    assert store.pending_ids() == ["big", "small"]


def test_too_large_is_counted_after_clean_up_as_the_coder_counts(tmp_path):
    from multipolar.store import Store

    store = Store(f"sqlite:///{tmp_path / 'c.db'}")
    text = "<div><p>" + "Talks went on. " * 10 + "</p></div>"   # markup the coder strips
    store.ingest([Article("x", text)], max_chars=len(text) - 5)
    store.ingest([Article("y", text + " ")], max_chars=100)
    assert {d["id"]: d["status"] for d in store.documents()} == {"x": "pending", "y": "skipped"}
