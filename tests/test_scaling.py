"""Time and memory grow linearly with hostile input (issue #13): many quotation marks, and a text
with no full stop. Speed itself is the benchmarks' business: these tests compare two sizes
measured in the same run, or the peak memory of a child process, with wide margins."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

from conftest import FIXTURE_KB, ROOT, shared_path
from multipolar.model import Article
from multipolar.nlp import pipeline
from multipolar.nlp.components import MAX_SENTENCE_TOKENS, long_sentence_starts
from multipolar.nlp.pipeline import code_articles

WORDS = "Russia and China agreed to expand trade with the countries of the region and".split()


def _words(n: int) -> str:
    """``n`` English words with no full stop: one sentence for the parser."""
    return " ".join(WORDS[i % len(WORDS)] for i in range(n))


def _spans_slice_text(r) -> None:
    for q in r.quotes:
        assert r.text[q.start:q.end] == q.text
    for e in r.events:
        for s in (e.evidence, e.sentence, e.trigger):
            assert r.text[s.start:s.end] == s.text
    assert all(0 <= m.start < m.end <= len(r.text) for m in r.mentions)


def _code_seconds(nlp, n: int) -> tuple[float, object]:
    start = time.process_time()
    (r,) = code_articles([Article("q", 'Putin said "' * n, "2023-06-01")], nlp)
    return time.process_time() - start, r


@pytest.mark.slow
def test_scaling_quote_pairing_is_linear(nlp_full):
    """'Putin said "' 10,000 times took 392 s (quadratic: 2,500 took 24 s); 4 times the text
    now takes about 4 times as long, and never 8 (quadratic would be 16)."""
    _code_seconds(nlp_full, 100)  # warm up
    small = min(_code_seconds(nlp_full, 2_500)[0] for _ in range(2))
    big, r = _code_seconds(nlp_full, 10_000)
    assert r.status == "ok" and len(r.quotes) == 5_000
    _spans_slice_text(r)
    assert big / small < 8, f"2,500: {small:.1f}s, 10,000: {big:.1f}s"


def test_scaling_long_sentences_are_cut_at_the_best_break(nlp):
    doc = nlp.make_doc("one two three four five six seven eight; nine ten eleven, twelve thirteen "
                       "fourteen fifteen sixteen seventeen eighteen nineteen twenty")
    starts = long_sentence_starts(doc, limit=12)
    assert [doc[i].text for i in starts] == ["nine", "twenty"]  # after ";", then between words
    doc = nlp.make_doc("One two three four five. Six seven eight nine ten eleven twelve, thirteen.")
    assert long_sentence_starts(doc, limit=10) == []  # full stops reset the count
    doc = nlp.make_doc(_words(10_000))
    starts = long_sentence_starts(doc)
    bounds = [0, *starts, len(doc)]
    assert max(b - a for a, b in zip(bounds, bounds[1:])) <= MAX_SENTENCE_TOKENS
    assert len(starts) < 2 * len(doc) / MAX_SENTENCE_TOKENS


def test_scaling_news_sentences_are_never_cut(nlp):
    """The cap is far above real sentences: no release of the news-dev set has 1,000 tokens
    without a full stop, so the splitter changes nothing there."""
    from multipolar.ingest import read_inputs

    path = shared_path("data", "news-dev", "president_gov_ua_zelenskyy_press_releases.csv")
    docs = [nlp.make_doc(a.text) for a in read_inputs([path]) if isinstance(a, Article)]
    assert len(docs) > 900
    assert not [d[:10].text for d in docs if long_sentence_starts(d)]


def test_scaling_seed_article_unchanged_by_the_splitter(nlp_full):
    """The seed article codes to the same records with and without the long-sentence splitter."""
    text = shared_path("corpus", "000_003f3a805b1ea64e.txt").read_text(encoding="utf-8")
    doc = nlp_full.make_doc(text)
    assert long_sentence_starts(doc) == [] and len(doc) < pipeline.PIECE_TOKENS
    (with_cap,) = code_articles([Article("seed", text, "2023-06-01")], nlp_full)
    with nlp_full.select_pipes(disable="multipolar_long_sentences"):
        (without,) = code_articles([Article("seed", text, "2023-06-01")], nlp_full)
    assert with_cap.status == "ok" and with_cap.events
    assert (with_cap.events, with_cap.quotes, with_cap.mentions) == \
        (without.events, without.quotes, without.mentions)


def test_scaling_long_document_in_pieces_keeps_offsets(nlp, monkeypatch):
    """A document over PIECE_TOKENS is parsed in pieces and joined: the text and every offset
    are the original's (pieces of 150 tokens here, to make it quick)."""
    text = shared_path("corpus", "000_003f3a805b1ea64e.txt").read_text(encoding="utf-8")
    text = text + "\n\n" + _words(600) + " Russia criticized China on Monday.\n"
    (whole,) = code_articles([Article("t", text, "2023-06-01")], nlp)
    monkeypatch.setattr(pipeline, "PIECE_TOKENS", 150)
    (r,) = code_articles([Article("t", text, "2023-06-01")], nlp)
    assert r.status == "ok" and r.text == whole.text
    _spans_slice_text(r)
    assert abs(len(r.events) - len(whole.events)) <= max(2, len(whole.events) // 5)
    assert {q.text for q in r.quotes} == {q.text for q in whole.quotes}


CHILD = """
import json, resource, sys
from multipolar.model import Article
from multipolar.nlp.pipeline import code_articles, load_pipeline
nlp = load_pipeline(kb_path=sys.argv[1], learned=("off", 0.0, 0.0, 0.0))
text = sys.stdin.read()
(r,) = code_articles([Article("long", text, "2023-06-01")], nlp)
ok = r.text == text and all(text[e.sentence.start:e.sentence.end] == e.sentence.text for e in r.events)
try:  # this process's own peak: ru_maxrss also counts the parent it was forked from (Linux)
    peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM"))
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"status": r.status, "reason": r.reason, "events": len(r.events), "offsets": ok,
                  "rss_mb": peak / 1024}))
"""


@pytest.mark.slow
def test_scaling_one_200k_word_sentence_in_bounded_memory():
    """200,000 words without a full stop took 3.4 GB (tok2vec holds some 15 KB a token of
    whatever it is given at once); in pieces, the child stays far below 1.5 GB."""
    env = {**os.environ, "MULTIPOLAR_MAX_CHARS": "2000000"}
    out = subprocess.run([sys.executable, "-c", CHILD, FIXTURE_KB], input=_words(200_000), cwd=ROOT,
                         env=env, capture_output=True, text=True, timeout=900)
    assert out.returncode == 0, out.stderr[-2000:]
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got["status"] == "ok", got["reason"]
    assert got["offsets"] and got["events"] > 0
    assert got["rss_mb"] < 1500, got
