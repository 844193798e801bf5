"""Every span slices its own text: in the text a user gave to `code` (CRLF, tabs, no-break spaces,
zero-width and combining characters included) and in the text the store keeps."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from multipolar.ingest.normalize import normalize
from multipolar.model import Article, to_records
from multipolar.nlp.pipeline import code_articles

SENTENCES = ["Poland sent weapons to Ukraine on Monday.", "Russia criticized Poland.",
             '"We will not give up," Vladimir Putin said.', "France condemned Russia for the attack.",
             "Lithuania imposed sanctions on Belarus.", "Olaf Scholz met Xi Jinping in Beijing."]
ODD = ["\r\n", "\r", "\t", "\u00a0", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad",
       "\u0301", "\u0308", "\x07", " ", "\n\n"]


@st.composite
def texts(draw) -> str:
    """News sentences with odd characters dropped between and inside words."""
    parts = draw(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=5))
    text = " ".join(parts)
    for _ in range(draw(st.integers(0, 12))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(ODD)) + text[at:]
    return text


def _spans(records: list[dict]) -> list[tuple[str, int, int]]:
    out = []
    for r in records:
        if r["kind"] in ("mention", "quote"):
            out.append((r["text"], r["start"], r["end"]))
        if r["kind"] == "event":
            out += [(r[k]["text"], r[k]["start"], r[k]["end"]) for k in ("evidence", "trigger", "sentence")
                    if r.get(k)]
    return out


@given(texts())
@hsettings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
def test_normalize_maps_every_kept_character_back(text):
    norm = normalize(text)
    for i, ch in enumerate(norm.text):
        j = norm.start(i)
        assert text[j] == ch or ch in " \n\ufffd", (text, i, j)
    assert norm.end(len(norm.text)) <= len(text)


@given(texts())
@hsettings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
def test_code_spans_slice_the_input_text(nlp, text):
    (result,) = code_articles([Article("t", text, "2023-06-01")], nlp, admit=False)
    for span_text, a, b in _spans(to_records(result)):
        assert text[a:b] == span_text, (text, span_text, a, b)


def test_crlf_article_evidence_points_into_the_input(nlp):
    text = "Poland sent weapons to Ukraine.\r\n\r\nRussia criticized Poland on Monday.\r\n"
    (result,) = code_articles([Article("t", text, "2023-06-01")], nlp)
    events = [r for r in to_records(result) if r["kind"] == "event"]
    assert events and all(text[e["evidence"]["start"]:e["evidence"]["end"]] == e["evidence"]["text"]
                          for e in events)
    assert any(e["evidence"]["text"].startswith("Russia") for e in events)


def test_stored_evidence_slices_the_stored_text(store):
    from conftest import FIXTURE_KB, RULES_ONLY
    from multipolar import api
    from multipolar.runners import CodeOptions

    text = "Poland sent weapons to Ukraine.\r\n\r\nRus\u200bsia criticized Poland on Monday.\r\n"
    store.ingest([Article("crlf", text, "2023-06-01")])
    api.extract(store, options=CodeOptions(kb_path=FIXTURE_KB, learned=RULES_ONLY))
    stored = store.document_text("crlf")
    events = store.events(include_negated=True)
    assert len(events) >= 2
    for e in events:
        assert stored[e["evidence_start"]:e["evidence_end"]] == e["evidence"]
    assert all(stored[q["start"]:q["end"]] == q["text"] for q in store.quotes())
