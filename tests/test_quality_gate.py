"""The quality gate: each pinned figure must stay at or above its floor (tests/quality_baseline.json).

Re-measure with `.venv/bin/python scripts/quality.py`. Needs ../shared (skips without it).
"""

from __future__ import annotations

import json
import sys

import pytest

from conftest import ROOT, shared_path

FLOORS = json.loads((ROOT / "tests" / "quality_baseline.json").read_text(encoding="utf-8"))
GROUPS = {"seed": [k for k in FLOORS if k.startswith("seed_")],
          "resolution": ["resolution_accuracy"],
          "petrarch": [k for k in FLOORS if k.startswith("petrarch_")],
          "demo": ["demo_truth_recall"],
          "synthetic": ["synthetic_doc_type_f1", "demo_doc_type_accuracy"],
          "events": ["event_cases_f1", "event_cases_precision"],
          "corpus": [k for k in FLOORS if k.startswith("corpus_")]}


def test_quality_gate_every_floor_has_a_reason():
    for key, entry in FLOORS.items():
        assert 0 <= entry["floor"] <= 1 and len(entry["why"]) > 20, key


@pytest.mark.slow
@pytest.mark.parametrize("group", [g for g, keys in GROUPS.items() if keys])
def test_quality_gate(group):
    shared_path("gold", "seed-article.json")
    sys.path.insert(0, str(ROOT / "scripts"))
    import quality

    figures = quality.measure([group])
    below = {k: (figures[k], FLOORS[k]["floor"]) for k in GROUPS[group] if figures[k] < FLOORS[k]["floor"]}
    assert not below, f"below the floor (figure, floor): {below}"
