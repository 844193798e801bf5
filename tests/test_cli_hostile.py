"""What a hostile run of the command line found (issue #13): every bad value is one line with a code
and a fix and a non-zero exit, never a traceback and never a silently wrong answer."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from conftest import FIXTURE_KB, RULES_ONLY
from multipolar import api
from multipolar.cli import main
from multipolar.errors import StoreError
from multipolar.model import Article
from multipolar.runners import CodeOptions

CLI = str(Path(sys.executable).parent / "multipolar")
ARTICLES = [
    Article("n1", "Poland sent weapons to Ukraine on Monday. Russia criticized Poland.", "2022-03-01"),
    Article("n2", "Olaf Scholz travelled to Kyiv and met Volodymyr Zelenskyy.", "2022-03-02"),
    Article("n3", "Russia attacked Ukraine. France condemned Russia for the attack.", "2023-05-10"),
    Article("n4", "Lithuania imposed sanctions on Belarus after the crisis.", "2024-01-15"),
]


@pytest.fixture
def coded(store):
    """A store (SQLite and PostgreSQL) with a few coded articles, and its URL."""
    store.ingest(ARTICLES)
    api.extract(store, options=CodeOptions(kb_path=FIXTURE_KB, learned=RULES_ONLY))
    return store


@pytest.fixture(scope="module")
def sqlite_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("hostile") / "h.db"
    store = api.open_store(str(path))
    store.ingest(ARTICLES)
    api.extract(store, options=CodeOptions(kb_path=FIXTURE_KB, learned=RULES_ONLY))
    store.engine.dispose()
    return str(path)


def run(*args, env=None):
    return CliRunner().invoke(main, [str(a) for a in args], env=env)


def assert_one_line_error(r, code: str = "[E"):
    assert r.exit_code != 0, r.output
    assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: {code}"), r.stderr


@pytest.mark.parametrize("option,value", [
    ("--since", "not a date"), ("--until", "abc"), ("--since", "yesterday"), ("--since", "2023-13-45"),
    ("--until", "2023-02-30"), ("--limit", "0"), ("--limit", "-5"), ("--type", "FOO"),
    ("--type", "ACCUSE,FOO"), ("--type", ","),
])
def test_events_refuses_bad_filters(sqlite_db, option, value):
    assert_one_line_error(run("events", "--db", sqlite_db, option, value), "[E007]")


def test_events_refuses_a_reversed_period(sqlite_db):
    assert_one_line_error(run("events", "--db", sqlite_db, "--since", "2024", "--until", "2022"))
    assert run("events", "--db", sqlite_db, "--since", "2022-03", "--until", "2022").exit_code == 0


def test_events_filters_still_work(sqlite_db):
    r = run("events", "--db", sqlite_db, "--since", "2023", "--format", "jsonl")
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert r.exit_code == 0 and rows and all(x["date"] >= "2023" for x in rows)
    r = run("events", "--db", sqlite_db, "--type", "sanction", "--format", "jsonl")
    assert [json.loads(x)["type"] for x in r.stdout.splitlines()] == ["SANCTION"]


def test_negative_limit_is_refused_on_both_stores(coded):
    assert_one_line_error(run("events", "--db", coded.url, "--limit", "-5"), "[E007]")
    assert_one_line_error(run("quotes", "--db", coded.url, "--limit", "-1"), "[E007]")


@pytest.mark.parametrize("value", ["%", "_", "%%", "P_land%"])
def test_like_wildcards_in_actor_filters_are_letters(coded, value):
    assert coded.events(actor=value) == [] and coded.events(either=value) == []
    assert coded.quotes(speaker=value) == []
    assert coded.events(actor="Pol")  # a part of a name still matches


def test_sql_injection_strings_are_values(coded):
    for value in ("'; DROP TABLE events; --", "x' OR '1'='1", "\\", "\x00"[:0] + "Robert'); --"):
        assert coded.events(actor=value) == [] and coded.quotes(speaker=value) == []
    assert coded.count() == len(ARTICLES)


@pytest.mark.parametrize("args", [
    ["actors", "resolve", "Putin", "--date", "2023-99-99"],
    ["kb", "stats", "--date", "notadate"],
])
def test_dates_of_kb_commands_are_checked(args):
    assert_one_line_error(run(*args), "[E007]")


@pytest.mark.parametrize("args", [
    ["alignment", "--pair", "XXX", "YYY"], ["explain", "XXX", "YYY"], ["explain", "RUS", "ZZZ"],
    ["alignment", "--poles", "RUS,QQQ"], ["alignment", "--report", "UKR", "--about", "XYZ"],
    ["explain", "RUS", "UKR", "--period", "2024..2022"], ["explain", "RUS", "UKR", "--period", "2023-02-30"],
    ["alignment", "--since", "2024", "--until", "2022"], ["alignment", "--since", "2023-13"],
    ["alignment", "--top", "-1"], ["alignment", "--min-events", "-3"], ["alignment", "--min-events", "0"],
    ["explain", "RUS", "UKR", "--limit", "-1"], ["alignment", "--plot", "no/such/folder/p.png"],
])
def test_analysis_refuses_what_it_cannot_answer(sqlite_db, args):
    assert_one_line_error(run(*args, "--db", sqlite_db))


def test_analysis_still_answers_known_pairs(sqlite_db):
    r = run("alignment", "--pair", "rus", "ukr", "--db", sqlite_db, "--format", "json")
    assert r.exit_code == 0 and json.loads(r.stdout)["pair"] == ["RUS", "UKR"]
    assert run("explain", "POL", "EU", "--pole", "--db", sqlite_db).exit_code == 0


def test_empty_db_url_is_refused():
    assert_one_line_error(run("events", "--db", ""), "[E003]")


def test_a_foreign_sqlite_file_is_not_taken_over(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    assert_one_line_error(run("events", "--db", str(path)), "[E003]")
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"invoices"}
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database at all" * 100)
    assert_one_line_error(run("events", "--db", str(junk)), "[E003]")


@pytest.mark.parametrize("value", ["0", "-1", "many"])
def test_bad_batch_size_is_refused(tmp_path, value):
    src = tmp_path / "a.txt"
    src.write_text("Poland sent weapons to Ukraine on Monday, officials said.")
    r = run("code", "--kb", FIXTURE_KB, str(src), env={"MULTIPOLAR_BATCH_SIZE": value,
                                                       "MULTIPOLAR_EVENT_MODEL": "off"})
    assert_one_line_error(r, "[E005]")


@pytest.mark.parametrize("content", [
    "actors:\n  - name: Caf\xe9\n".encode("latin-1"), b"just some plain text\n", b"people: 5\n",
    b"states: [1, 2]\n", b"people:\n  - {id: x, name: X, roles: 7}\n", b"verbs: [1, 2\n", b"\x00\x01\x02",
])
@pytest.mark.parametrize("option,code", [("--kb", "[E004]"), ("--lexicon", "[E006]")])
def test_bad_kb_and_lexicon_files_are_one_line_errors(tmp_path, content, option, code):
    bad = tmp_path / "bad.yaml"
    bad.write_bytes(content)
    src = tmp_path / "a.txt"
    src.write_text("Poland sent weapons to Ukraine on Monday, officials said.")
    r = run("code", option, str(bad), str(src), env={"MULTIPOLAR_EVENT_MODEL": "off"})
    assert_one_line_error(r, code)


@pytest.mark.parametrize("content", [
    b"verbs:\n  bomb:\n    - {type: BOMB}\n", b"verbs:\n  bomb:\n    - {type: ASSAULT, colour: red}\n",
    b"nouns:\n  raid: ASSAULT\n", b"negators: never\n",
])
def test_lexicon_errors_name_the_line(tmp_path, content):
    bad = tmp_path / "lex.yaml"
    bad.write_bytes(content)
    r = run("code", "--lexicon", str(bad), str(bad), env={"MULTIPOLAR_EVENT_MODEL": "off"})
    assert_one_line_error(r, "[E006]")
    assert " line " in r.stderr


def test_a_locked_sqlite_store_is_a_one_line_error(tmp_path):
    path = tmp_path / "locked.db"
    api.open_store(str(path)).engine.dispose()
    src = tmp_path / "a.txt"
    src.write_text("Poland sent weapons to Ukraine on Monday, officials said.")
    holder = sqlite3.connect(path, timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        r = subprocess.run([CLI, "ingest", str(src), "--db", str(path)], capture_output=True,
                           text=True, timeout=120)
    finally:
        holder.rollback()
        holder.close()
    assert r.returncode != 0 and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "locked" in r.stderr, r.stderr


def test_a_full_disk_is_a_one_line_error_and_keeps_what_was_saved(tmp_path):
    from sqlalchemy import event

    store = api.open_store(str(tmp_path / "full.db"))
    store.ingest([Article("small", "Poland sent weapons to Ukraine.", None)])

    @event.listens_for(store.engine, "connect")
    def _tiny(dbapi_conn, _record):
        dbapi_conn.execute("PRAGMA max_page_count = 60")  # a disk that fills up

    store.engine.dispose()
    big = [Article(f"big{i}", f"{i} " + "Russia criticized Poland. " * 4000, None) for i in range(20)]
    with pytest.raises(StoreError, match="disk is full") as err:
        store.ingest(big)
    assert "\n" not in str(err.value)
    assert store.count() == 1


def _children(pid: int) -> set[int]:
    """The child processes of ``pid``, whichever of its threads started them."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found |= {int(c) for c in (task / "children").read_text().split()}
        except OSError:
            pass
    return found


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] not in "ZX"
    except (OSError, IndexError):
        return False


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc (Linux)")
@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_workers_exit_when_extract_dies(tmp_path, how):
    path = tmp_path / "k.db"
    store = api.open_store(str(path))
    store.ingest([Article(f"d{i}", f"Russia criticized Poland on day {i}. " * 30, "2023-01-01")
                  for i in range(400)])
    store.engine.dispose()
    env = {**os.environ, "MULTIPOLAR_EVENT_MODEL": "off", "MULTIPOLAR_BATCH_SIZE": "2"}
    proc = subprocess.Popen([CLI, "extract", "--db", str(path), "--workers", "2", "--kb", FIXTURE_KB],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 300  # a loaded machine starts processes slowly
        while time.time() < deadline and len(_children(proc.pid)) < 2:
            time.sleep(0.2)
        workers = _children(proc.pid)
        assert len(workers) >= 2, "the worker pool did not start"
        time.sleep(3)  # workers loading their pipelines, or coding
        proc.send_signal(how)
        proc.wait(timeout=60)
        deadline = time.time() + 60
        while time.time() < deadline and any(_alive(w) for w in workers):
            time.sleep(0.2)
        assert not [w for w in workers if _alive(w)], "workers outlived their parent"
    finally:
        if proc.poll() is None:
            proc.kill()
    again = api.open_store(str(path))
    assert again.count("pending") + again.count("ok") == 400  # nothing lost; the rest resumes


# ---- fuzz: filter values from a hostile user -------------------------------------------------
VALUES = st.one_of(
    st.sampled_from(["", "%", "_", "0", "-1", "-5", "1", "3", "2023", "2022-03", "2023-13-45",
                     "2022..2024", "2024..2022", "RUS", "rus", "UKR", "XXX", "EU", "Pol", "ACCUSE",
                     "ACCUSE,FOO", "yesterday", "'; DROP TABLE events; --", "<script>", "\\", "9" * 30,
                     "NaN", "1e9", " ", "2023-02-29"]),
    st.text(max_size=12),
    st.integers(-10**6, 10**6).map(str),
)
COMMANDS = {
    "events": ["--actor", "--recipient", "--country", "--type", "--since", "--until", "--doc", "--limit",
               "--min-confidence"],
    "quotes": ["--speaker", "--doc", "--limit"],
    "actors": ["--country", "--limit"],
    "alignment": ["--since", "--until", "--window", "--poles", "--show", "--min-events", "--top",
                  "--level", "--min-confidence"],
    "explain": ["--period", "--limit", "--min-confidence"],
}


def _check(r, args):
    assert r.exception is None or isinstance(r.exception, SystemExit), (args, repr(r.exception))
    assert r.exit_code in (0, 2), (args, r.output)
    assert "Traceback" not in r.output, args
    if r.exit_code == 2:
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("Error: [E"), (args, r.stderr)


def _fuzz(command: str, positional: list[str]):
    options = COMMANDS[command]

    @hsettings(max_examples=int(os.environ.get("MULTIPOLAR_FUZZ_EXAMPLES", "1000")), deadline=None,
               suppress_health_check=list(HealthCheck), derandomize=True)
    @given(pairs=st.lists(st.tuples(st.sampled_from(options), VALUES), max_size=3),
           pos=st.lists(VALUES, min_size=len(positional), max_size=len(positional)))
    def check(db, pairs, pos):
        args = [command, *(pos if positional else []), "--db", db, "--format", "jsonl"]
        for opt, value in pairs:
            args += [opt, value]
        r = run(*args)
        _check(r, args)
        if command == "events" and r.exit_code == 0:
            rows = [json.loads(x) for x in r.stdout.splitlines()]
            given_opts = dict(pairs)
            if "--limit" in given_opts:
                assert len(rows) <= int(given_opts["--limit"]), args
            if "--since" in given_opts:
                assert all((x["date"] or "") >= given_opts["--since"] for x in rows), args

    return check


@pytest.mark.slow
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_fuzz_cli_filters(sqlite_db, command):
    _fuzz(command, ["a", "b"] if command == "explain" else [])(db=sqlite_db)


def test_a_full_disk_during_extract_is_a_one_line_error_and_loses_nothing(tmp_path):
    from sqlalchemy import event

    store = api.open_store(str(tmp_path / "full.db"))
    store.ingest([Article(f"d{i}", f"Russia criticized Poland on day {i}. " * 40, "2023-01-01")
                  for i in range(6)])
    with store.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

    @event.listens_for(store.engine, "connect")
    def _no_room(dbapi_conn, _record):
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full from now on

    store.engine.dispose()
    with pytest.raises(StoreError, match="disk is full"):
        api.extract(store, options=CodeOptions(kb_path=FIXTURE_KB, learned=RULES_ONLY), batch_size=2)
    assert store.count("pending") == 6  # nothing half-saved; the next run codes them all
