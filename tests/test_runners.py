"""Runners give identical records: in-process, a local process pool, and a real Dask cluster."""

from __future__ import annotations

import pytest

from conftest import FIXTURE_KB
from multipolar import api
from multipolar.model import Article, to_records
from multipolar.runners import CodeOptions

ARTICLES = [Article(f"d{i}", text, "2023-06-01") for i, text in enumerate([
    "Poland sent weapons to Ukraine. Russia criticized Poland.",
    "Olaf Scholz travelled to Beijing and met Xi Jinping.",
    "",
    "Lithuania imposed sanctions on Belarus after the crisis.",
    "Iran was criticized by France for its nuclear programme.",
    "Armenia requested military assistance from Russia.",
])]
OPTIONS = CodeOptions(kb_path=FIXTURE_KB)


def _records(results):
    return [rec for r in results for rec in to_records(r)]


@pytest.fixture(scope="module")
def reference():
    return _records(api.code(ARTICLES, workers=1, options=OPTIONS, batch_size=2))


@pytest.mark.slow
def test_runners_local_pool_equals_in_process(reference):
    assert _records(api.code(ARTICLES, workers=2, options=OPTIONS, batch_size=2)) == reference


@pytest.mark.slow
def test_runners_dask_local_cluster_equals_in_process(reference):
    pytest.importorskip("distributed")
    got = _records(api.code(ARTICLES, workers=2, engine="dask", options=OPTIONS, batch_size=2))
    assert got == reference


def test_runners_keep_input_order_and_statuses(reference):
    docs = [r for r in reference if r["kind"] == "document"]
    assert [d["doc_id"] for d in docs] == [a.id for a in ARTICLES]
    assert [d["status"] for d in docs] == ["ok", "ok", "skipped", "ok", "ok", "ok"]


@pytest.mark.slow
def test_runners_extract_resumes_after_an_interruption(tmp_path):
    store = api.open_store(f"sqlite:///{tmp_path / 'r.db'}")
    store.ingest(ARTICLES)
    seen = []

    class Stop(Exception):
        pass

    def stop_after_first(n):
        seen.append(n)
        raise Stop

    with pytest.raises(Stop):
        api.extract(store, options=OPTIONS, batch_size=2, progress=stop_after_first)
    assert store.count("pending") == 4  # the first batch of two is saved, the rest is not
    counts = api.extract(store, options=OPTIONS, batch_size=2)
    assert sum(counts.values()) == 4 and store.count("pending") == 0
    assert len({e["id"] for e in store.events(include_negated=True)}) == len(store.events(include_negated=True))
