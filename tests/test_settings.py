"""Settings resolve from the defaults, then multipolar.toml, then the environment, then flags."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from multipolar import settings
from multipolar.cli import main
from multipolar.errors import SettingError


@pytest.fixture
def here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for s in settings.SETTINGS:
        monkeypatch.delenv(f"MULTIPOLAR_{s.name.upper()}", raising=False)
    monkeypatch.delenv("MULTIPOLAR_CONFIG", raising=False)
    return tmp_path


def test_precedence_default_file_env_flag(here, monkeypatch):
    assert settings.resolve("batch_size") == (32, "default")
    (here / "multipolar.toml").write_text("[multipolar]\nbatch_size = 8\nmin_english = 0\n")
    assert settings.resolve("batch_size") == (8, "multipolar.toml")
    assert settings.get("min_english") == 0.0 and isinstance(settings.get("min_english"), float)
    monkeypatch.setenv("MULTIPOLAR_BATCH_SIZE", "4")
    assert settings.resolve("batch_size") == (4, "env MULTIPOLAR_BATCH_SIZE")
    assert settings.resolve("batch_size", 2) == (2, "flag")


def test_a_named_settings_file_and_top_level_keys(here, monkeypatch):
    other = here / "team.toml"
    other.write_text('db = "sqlite:///team.db"\n')
    monkeypatch.setenv("MULTIPOLAR_CONFIG", str(other))
    assert settings.resolve("db") == ("sqlite:///team.db", str(other))
    monkeypatch.setenv("MULTIPOLAR_CONFIG", str(here / "missing.toml"))
    with pytest.raises(SettingError, match="no such file"):
        settings.get("db")


@pytest.mark.parametrize("text,match", [
    ("bach_size = 8\n", "unknown setting 'bach_size'"), ('batch_size = "8"\n', "is not a int"),
    ("batch_size = 0\n", "at least 1"), ("min_english = 3\n", "between 0 and 1"),
    ("batch_size = [\n", "Cannot read the settings file"), ("workers = true\n", "is not a int"),
])
def test_bad_settings_files_are_refused(here, text, match):
    (here / "multipolar.toml").write_text(text)
    with pytest.raises(SettingError, match=match):
        settings.get("batch_size") if "min_english" not in text else settings.get("min_english")


def test_settings_command_says_where_each_value_came_from(here, monkeypatch):
    (here / "multipolar.toml").write_text("batch_size = 8\n")
    monkeypatch.setenv("MULTIPOLAR_WORKERS", "2")
    r = CliRunner().invoke(main, ["settings"], env={"COLUMNS": "250"})
    assert r.exit_code == 0, r.output
    lines = {line.split("│")[1].strip(): line for line in r.stdout.splitlines() if line.count("│") > 3}
    assert "multipolar.toml" in lines["batch_size"] and "env MULTIPOLAR_WORKERS" in lines["workers"]
    assert "default" in lines["model"]


def test_resolved_options_are_all_a_worker_reads(here, monkeypatch):
    from conftest import FIXTURE_KB, RULES_ONLY
    from multipolar.model import Article
    from multipolar.runners import CodeOptions
    from multipolar.runners.local import code_batch

    options = CodeOptions(kb_path=FIXTURE_KB, learned=RULES_ONLY).resolved()
    assert options.model and options.limits == (300_000, 20, 0.12)
    for name, value in (("MODEL", "no_such_pipeline"), ("MIN_CHARS", "100000"), ("EVENT_MODEL", "/nowhere")):
        monkeypatch.setenv(f"MULTIPOLAR_{name}", value)  # what a worker's environment might say
    (result,) = code_batch([Article("a", "Poland sent weapons to Ukraine on Monday.", "2023-01-01")], options)
    assert result.status == "ok" and result.events


def test_the_fingerprint_names_what_made_a_record(here):
    from multipolar.runners import CodeOptions

    base = CodeOptions(learned=("off", 0.0, 0.0, 0.0)).fingerprint()
    assert set(base) == {"coder", "model", "lexicon", "kb", "event_model", "config"}
    assert base == CodeOptions(learned=("off", 0.0, 0.0, 0.0)).fingerprint()
    lexicon = here / "lex.yaml"
    lexicon.write_text("negators: [nevermore]\n")
    other = CodeOptions(lexicon_path=str(lexicon), learned=("off", 0.0, 0.0, 0.0)).fingerprint()
    assert other["lexicon"] != base["lexicon"] and other["config"] != base["config"]
    stricter = CodeOptions(learned=("off", 0.0, 0.0, 0.0), limits=(1000, 20, 0.12)).fingerprint()
    assert stricter["config"] != base["config"] and stricter["kb"] == base["kb"]


def test_extract_records_its_configuration_and_recodes_what_another_made(here):
    import json

    from click.testing import CliRunner

    from conftest import FIXTURE_KB, RULES_ONLY
    from multipolar import api
    from multipolar.cli import main
    from multipolar.model import Article
    from multipolar.runners import CodeOptions

    store = api.open_store(str(here / "c.db"))
    store.ingest([Article(f"d{i}", f"Poland sent weapons to Ukraine on day {i}.", "2023-01-01")
                  for i in range(3)])
    options = CodeOptions(kb_path=FIXTURE_KB, learned=RULES_ONLY)
    api.extract(store, options=options)
    docs = list(store.documents())
    made_by = options.fingerprint()
    assert {d["config"] for d in docs} == {made_by["config"]}
    assert json.loads(docs[0]["versions"]) == made_by
    assert api.reset_changed(store, options) == 0  # the same configuration: nothing to redo
    lexicon = here / "lex.yaml"
    lexicon.write_text("negators: [nevermore]\n")
    r = CliRunner().invoke(main, ["extract", "--db", str(here / "c.db"), "--kb", FIXTURE_KB,
                                  "--lexicon", str(lexicon), "--recode-changed"],
                           env={"MULTIPOLAR_EVENT_MODEL": "off"})
    assert r.exit_code == 0, r.output
    assert "3 documents coded by another configuration" in r.stderr and "coded 3 documents" in r.stdout
    assert {d["config"] for d in store.documents()} != {made_by["config"]}
