"""Quotations with their speaker and cue.

Finds straight and curly double quotes, guillemets, „German-style“ quotes, and the
dash-introduced paragraph quote closed by ", said X." that East European outlets use (textacy's
extractor finds none of those). Short quoted phrases without a cue are scare quotes, not quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .actors import TokMention
from .vocab import PERSONLIKE

SPEECH_VERBS = frozenset("""
say tell add note state declare stress emphasize emphasise underline underscore warn write insist
claim argue explain announce remark reply respond answer comment conclude recall assert affirm
admit acknowledge point suggest quip tweet post complain observe mention reiterate confirm deny
""".split())
_PAIRED = [
    re.compile(r"“([^”\n]{2,3000})”"),
    re.compile(r"«([^»\n]{2,3000})»"),
    re.compile(r"„([^“”\n]{2,3000})[“”]"),
    re.compile(r'"([^"\n]{2,3000})"'),
]
_DASH_PARA = re.compile(r"^[ \t]*[–—-][ \t]+(\S[^\n]*)$", re.M)
MIN_WORDS_WITHOUT_CUE = 6


@dataclass(slots=True)
class QuoteSpan:
    start: int  # characters of the quoted words, marks and dash excluded
    end: int
    cue: Token | None
    speaker: TokMention | None


def find_quotes(doc: Doc, mentions: list[TokMention], skip: list[tuple[int, int]] = ()
                ) -> list[QuoteSpan]:
    """All quotations in the document, each with its cue verb and speaker mention if found."""
    text = doc.text
    spans: list[QuoteSpan] = []
    taken: list[tuple[int, int]] = []
    for m in _DASH_PARA.finditer(text):
        q = _dash_quote(doc, m.start(1), m.end(1), mentions)
        if q:
            spans.append(q)
            taken.append((m.start(), m.end()))
    for rx in _PAIRED:
        for m in rx.finditer(text):
            a, b = m.start(1), m.end(1)
            if any(x <= a < y or x < b <= y for x, y in taken + list(skip)):
                continue
            q = _paired_quote(doc, a, b, mentions)
            if q:
                spans.append(q)
                taken.append((m.start(), m.end()))
    spans.sort(key=lambda q: q.start)
    # '"...," he said. "More words."': a quote with no cue of its own continues the previous one
    for prev, q in zip(spans, spans[1:]):
        if q.speaker is None and prev.speaker is not None and "\n\n" not in text[prev.end:q.start]:
            q.speaker, q.cue = prev.speaker, prev.cue
    return spans


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1] in " \t,":
        b -= 1
    return a, b


def _dash_quote(doc: Doc, a: int, b: int, mentions: list[TokMention]) -> QuoteSpan | None:
    """'– Words, words, said X.': the attribution is the last comma clause holding a speech verb."""
    para = doc.char_span(a, b, alignment_mode="expand")
    if para is None:
        return None
    for tok in reversed(list(para)):
        if tok.lemma_.lower() not in SPEECH_VERBS or tok.pos_ not in ("VERB", "AUX"):
            continue
        comma = next((t for t in reversed(doc[para.start:tok.i]) if t.text in (",", "–", "—")), None)
        if comma is None or tok.i - comma.i > 12:
            continue
        attribution = range(comma.i + 1, para.end)
        speaker = _speaker_for(tok, mentions, attribution)
        qa, qb = _strip(doc.text, a, comma.idx)
        return QuoteSpan(qa, qb, tok, speaker)
    return None


def _paired_quote(doc: Doc, a: int, b: int, mentions: list[TokMention]) -> QuoteSpan | None:
    inner = doc.char_span(a, b, alignment_mode="expand")
    if inner is None:
        return None
    words = sum(1 for t in inner if t.is_alpha)
    sents = {t.sent.start for t in (doc[inner.start], doc[inner.end - 1])}
    window = [t for s in sents for t in doc[s:].sent]
    first_sent = doc[inner.start].sent
    if first_sent.start > 0:
        before = doc[first_sent.start - 1].sent
        if before[-1].text == ":" or (len(before) > 1 and before[-2].text == ":"):
            window = list(before) + window
    cues = [t for t in window if (t.i < inner.start or t.i >= inner.end)
            and t.lemma_.lower() in SPEECH_VERBS and t.pos_ in ("VERB", "AUX")]
    according = [t for t in window if t.lower_ == "according" and (t.i < inner.start or t.i >= inner.end)]
    cue = min(cues, key=lambda t: min(abs(t.i - inner.start), abs(t.i - inner.end)), default=None)
    if cue is None and according:
        cue = according[0]
    opens_sentence = inner.start == 0 or doc[inner.start - 1].is_sent_start or \
        doc[inner.start - 1].text in (":",) or (inner.start > 1 and doc[inner.start - 2].text == ":")
    full_sentence = opens_sentence and inner.text.rstrip()[-1:] in ".!?…"
    near = cue is not None and _attached(doc, cue, inner.start, inner.end)
    if words < MIN_WORDS_WITHOUT_CUE and not (near or full_sentence):
        return None  # a scare quote or a title ("a 'road of happiness'"), not a quotation
    if cue is None and inner.text.rstrip()[-1:] not in ".!?…":
        return None
    speaker = _speaker_for(cue, mentions, None) if cue is not None else None
    qa, qb = _strip(doc.text, a, b)
    return QuoteSpan(qa, qb, cue, speaker)


def _attached(doc: Doc, cue: Token, start: int, end: int) -> bool:
    """Whether the cue is right next to the quote, with at most its subject in between
    ('"...," Kremlin spokesman Dmitry Peskov told reporters')."""
    if cue.i < start:
        between = range(cue.i + 1, start)
    else:
        between = range(end, cue.i)
    subject = {t.i for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    return len(between) <= 12 and all(doc[i].is_punct or doc[i].is_space or i in subject
                                      or doc[i].dep_ == "aux" for i in between)


def _speaker_for(cue: Token, mentions: list[TokMention], attribution: range | None
                 ) -> TokMention | None:
    """The mention that says it: the cue's subject, 'according to X', or the first person-like
    mention of the attribution clause ('..., noted the President of Kazakhstan')."""
    def mention_at(tok: Token) -> TokMention | None:
        found = [m for m in mentions if m.covers(tok.i) and m.agentive]
        return max(found, key=lambda m: (m.kind in PERSONLIKE,
                                         m.end - m.start), default=None)

    if cue.lower_ == "according":
        for to in cue.children:
            for obj in to.children:
                if obj.dep_ == "pobj" and mention_at(obj):
                    return mention_at(obj)
    subjects = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")]
    if attribution is not None:
        subjects += [c for c in cue.children if c.dep_ in ("dobj", "attr", "npadvmod", "oprd")
                     and c.i in attribution]
    for s in subjects:
        for tok in [s] + [t for t in s.subtree if t.dep_ in ("compound", "pobj", "appos")]:
            m = mention_at(tok)
            if m:
                return m
    if attribution is not None:
        inside = [m for m in mentions if m.start in attribution and m.agentive]
        people = [m for m in inside if m.kind in PERSONLIKE]
        return (people or inside or [None])[0]
    return None
