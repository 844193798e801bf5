"""Runs at once on one store split the work; a killed run's documents are taken up again; a store
opened without write access still answers reads."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from conftest import FIXTURE_KB
from multipolar.model import Article, DocResult
from multipolar.store import Store, run_owner

CLI = str(Path(sys.executable).parent / "multipolar")
ARTICLES = [Article(f"d{i:02d}", f"Poland sent weapons to Ukraine on day {i}. Russia criticized "
                    f"Poland for it.", "2023-06-01") for i in range(40)]


def _ids(articles: list[Article]) -> set[str]:
    return {a.id for a in articles}


def test_claims_are_disjoint_and_released(store):
    store.ingest(ARTICLES[:6])
    first, second = run_owner(), run_owner()
    a, b = store.claim(4, first + "0"), store.claim(4, second + "0")
    assert len(a) == 4 and len(b) == 2 and not _ids(a) & _ids(b)
    assert store.claim(4, second + "1") == []  # everything is claimed
    assert store.release(first) == 4
    again = store.claim(10, second + "2")
    assert _ids(again) == _ids(a)


def test_saving_ends_a_claim(store):
    store.ingest(ARTICLES[:2])
    run = run_owner()
    got = store.claim(1, run + "0")
    store.save_results([DocResult(got[0].id, "ok")])
    assert store.release(run) == 0 and store.count("pending") == 1


def test_a_dead_runs_claims_lapse(store):
    store.ingest(ARTICLES[:3])
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    host = run_owner().split("/")[0]
    assert len(store.claim(3, f"{host}/{dead}/gone/0")) == 3
    assert len(store.claim(3, run_owner() + "0")) == 3  # the dead process's claims lapsed


def test_a_live_runs_claims_hold_on_another_host(store):
    store.ingest(ARTICLES[:3])
    store.claim(3, "another-host/1/run/0")
    assert store.claim(3, run_owner() + "0") == []


@pytest.mark.slow
def test_two_extract_runs_at_once_split_the_work(store, tmp_path):
    store.ingest(ARTICLES)
    env = {**os.environ, "MULTIPOLAR_EVENT_MODEL": "off", "MULTIPOLAR_BATCH_SIZE": "2"}
    cmd = [CLI, "extract", "--db", store.url, "--kb", FIXTURE_KB]
    runs = [subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)]
    outs = [r.communicate(timeout=600) for r in runs]
    for r, (out, err) in zip(runs, outs):
        assert r.returncode == 0, err
    coded = [int(out.split()[1]) for out, _ in outs]  # "coded N documents: ..."
    assert sum(coded) == len(ARTICLES), outs
    assert store.count("ok") == len(ARTICLES)
    events = store.events(include_negated=True)
    assert len({e["id"] for e in events}) == len(events)


@pytest.fixture
def read_only_store():
    """A SQLite store in a folder and file nobody may write, and how to run the CLI as someone who
    cannot write it (as root: the user nobody; otherwise the current user)."""
    folder = Path(tempfile.mkdtemp(prefix="multipolar-ro-"))
    path = folder / "ro.db"
    writer = Store(f"sqlite:///{path}")
    writer.ingest(ARTICLES[:2])
    writer.engine.dispose()  # as its owner leaves it: the write-ahead log checkpointed
    path.chmod(0o444)
    folder.chmod(0o555)
    as_user = []
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("running as root without setpriv: cannot drop write access")
        as_user = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
    yield path, as_user
    folder.chmod(0o755)
    shutil.rmtree(folder)


@pytest.mark.parametrize("command", [["summary"], ["events"], ["quotes"], ["documents"]])
def test_reads_work_on_a_store_without_write_access(read_only_store, command):
    path, as_user = read_only_store
    out = subprocess.run([*as_user, CLI, *command, "--db", str(path)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr


def test_writes_to_a_read_only_store_are_one_line_errors(read_only_store):
    path, as_user = read_only_store
    src = path.parent.parent / f"{path.parent.name}.txt"
    src.write_text("Poland sent weapons to Ukraine on Monday, officials said.")
    try:
        src.chmod(0o644)
        out = subprocess.run([*as_user, CLI, "ingest", str(src), "--db", str(path)],
                             capture_output=True, text=True)
    finally:
        src.unlink()
    assert out.returncode != 0 and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1 and "[E003]" in out.stderr, out.stderr


def test_reads_work_on_a_read_only_postgresql_store(store):
    if store.dialect != "postgresql":
        pytest.skip("the SQLite case has its own test")
    store.ingest(ARTICLES[:2])
    ro = Store(store.url + "%20-cdefault_transaction_read_only%3Don")
    assert ro.count("pending") == 2 and ro.events() == []


def test_api_code_streams_from_a_generator():
    from conftest import RULES_ONLY
    from multipolar import api
    from multipolar.runners import CodeOptions

    pulled = []

    def articles():
        for a in ARTICLES[:5]:
            pulled.append(a.id)
            yield a

    options = CodeOptions(kb_path=FIXTURE_KB, learned=RULES_ONLY)
    results = api.code(articles(), options=options, batch_size=2)
    first = next(results)
    assert first.doc_id == "d00" and len(pulled) <= 4  # read as coded, not all ahead
    assert [r.doc_id for r in [first, *results]] == [a.id for a in ARTICLES[:5]]
    assert list(api.code(iter([]), options=options)) == []
