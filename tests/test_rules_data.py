"""The rule word lists (src/multipolar/nlp/data/rules.yaml) and the shape of the nlp/events package."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
import yaml

from multipolar.errors import MultipolarError
from multipolar.nlp import events
from multipolar.nlp.events.wordlists import RULES, RulesError, load_rules, load_schema

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "multipolar" / "nlp" / "data"
PACKAGE = ROOT / "src" / "multipolar" / "nlp" / "events"


def _shipped() -> dict:
    return yaml.safe_load((DATA / "rules.yaml").read_text("utf-8"))


def _write(tmp_path: Path, data) -> Path:
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), "utf-8")
    return path


def test_the_shipped_rules_validate_and_every_key_is_loaded():
    schema = load_schema()
    assert set(load_rules()) == set(RULES) == set(schema["required"]) == set(schema["properties"])
    assert all(isinstance(v, frozenset) and v for v in RULES.values())
    # the module constants are the data's lists
    assert events.UNARY_OK == RULES["unary_ok"] and events.REPORTING == RULES["reporting"]
    assert "ASSAULT" not in events.UNARY_OK and "telephone" in events.MEANS


def test_the_schema_is_json_schema_and_the_shipped_file_follows_it():
    jsonschema = pytest.importorskip("jsonschema")  # a dev dependency: the run-time check is our own
    schema = json.loads((DATA / "rules.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(_shipped(), schema)


def test_every_key_is_used_by_a_stage_module():
    used = set()
    for path in PACKAGE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name)
                    and node.value.id == "RULES" and isinstance(node.slice, ast.Constant)):
                used.add(node.slice.value)
    assert used == set(RULES)


def _broken(change):
    def make(data):
        change(data)
        return data
    return make


BROKEN = [
    ("unknown key", _broken(lambda d: d.update(bogus_words=["x"])), "bogus_words", "unknown key"),
    ("missing key", _broken(lambda d: d.pop("means")), "means", "missing"),
    ("not a list", _broken(lambda d: d.update(declare="declare")), "declare", "must be a list"),
    ("a mapping", _broken(lambda d: d.update(reporting={"say": 1})), "reporting", "must be a list"),
    ("unknown PLOVER type", _broken(lambda d: d["unary_ok"].append("PRETEND")), "unary_ok",
     "not a PLOVER event type"),
    ("lower-case PLOVER type", _broken(lambda d: d["reactions"].append("accuse")), "reactions", "accuse"),
    ("unknown sector", _broken(lambda d: d["crowd_sectors"].append("XYZ")), "crowd_sectors",
     "not a PLOVER sector code"),
    ("unknown dependency label", _broken(lambda d: d["climb"].append("subj")), "climb", "subj"),
    ("empty word", _broken(lambda d: d["means"].append("")), "means", "does not match"),
    ("word with a newline", _broken(lambda d: d["means"].append("car\n")), "means", "does not match"),
    ("upper-case word", _broken(lambda d: d["phone_words"].append("Phone")), "phone_words", "Phone"),
    ("not a string", _broken(lambda d: d["object_control"].append(3)), "object_control", "string"),
    ("empty list", _broken(lambda d: d.update(setting_preps=[])), "setting_preps", "at least 1"),
    ("listed twice", _broken(lambda d: d["declare"].append("declare")), "declare", "twice"),
]


@pytest.mark.parametrize(("what", "make", "key", "says"), BROKEN, ids=[b[0] for b in BROKEN])
def test_a_broken_file_is_refused_naming_the_key(tmp_path, what, make, key, says):
    path = _write(tmp_path, make(_shipped()))
    with pytest.raises(RulesError) as err:
        load_rules(path)
    message = str(err.value)
    assert repr(key) in message and says in message and str(path) in message
    assert isinstance(err.value, MultipolarError) and err.value.fix


@pytest.mark.parametrize("text", ["- just\n- a list\n", "unary_ok: [AGREE\n", ""])
def test_a_file_that_is_not_a_mapping_is_refused(tmp_path, text):
    path = tmp_path / "rules.yaml"
    path.write_text(text, "utf-8")
    with pytest.raises(RulesError, match="rules.yaml"):
        load_rules(path)


def test_yaml_words_stay_words(tmp_path):
    """'no', 'on', 'off' are words, not booleans (the lexicon's YAML reader is used)."""
    data = _shipped()
    data["means"] += ["no", "on", "off"]
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump(data).replace("'no'", "no").replace("'on'", "on").replace("'off'", "off"),
                    "utf-8")
    assert {"no", "on", "off"} <= load_rules(path)["means"]


# ---- the package's import graph ------------------------------------------------------------
def _stage_imports() -> dict[str, set[str]]:
    """Module of nlp/events -> the modules of nlp/events it imports (``__init__`` included)."""
    modules = {p.stem for p in PACKAGE.glob("*.py")}
    graph: dict[str, set[str]] = {}
    for name in modules:
        tree = ast.parse((PACKAGE / f"{name}.py").read_text("utf-8"))
        deps = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                if node.level == 1:  # from .x import y / from . import x
                    targets = [node.module] if node.module else [a.name for a in node.names]
                elif node.level == 0 and (node.module or "").startswith("multipolar.nlp.events"):
                    rest = node.module[len("multipolar.nlp.events"):].lstrip(".")
                    targets = [rest or "__init__"]
                else:
                    continue
                deps |= {(t or "__init__").split(".")[0] for t in targets}
            elif isinstance(node, ast.Import):
                deps |= {a.name.split(".")[3] if a.name.count(".") >= 3 else "__init__"
                         for a in node.names if a.name.startswith("multipolar.nlp.events")}
        graph[name] = {d for d in deps if d in modules or d == "__init__"} - {name}
    return graph


def test_the_stage_modules_form_no_cycle():
    graph = _stage_imports()
    assert {"candidates", "roles", "scoping", "post", "raw", "wordlists", "__init__"} <= set(graph)
    assert not any("__init__" in deps for name, deps in graph.items() if name != "__init__"), graph
    state: dict[str, str] = {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = "open"
        for dep in sorted(graph[node]):
            if state.get(dep) == "open":
                raise AssertionError(f"import cycle: {' -> '.join(path + [node, dep])}")
            if dep not in state:
                visit(dep, path + [node])
        state[node] = "done"

    for name in sorted(graph):
        if name not in state:
            visit(name, [])
    # the stages run one way: finding triggers does not reach back into the post-rules
    assert "post" not in graph["candidates"] and "candidates" not in graph["post"]
    assert graph["roles"] <= {"wordlists", "raw"} and graph["scoping"] <= {"wordlists"}


def test_the_names_other_modules_import_are_still_there():
    from multipolar.nlp.events import (  # noqa: F401 - learned.py, coref.py, tests, scripts
        REPORTING,
        MentionIndex,
        RawEvent,
        _finish,
        extract,
        mentions_under,
        scope,
        subject_tokens,
    )

    assert callable(scope) and scope.__name__ == "scope"
