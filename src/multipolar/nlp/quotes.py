"""Quotations with their speaker and cue.

Finds straight and curly double quotes, guillemets, „German-style“ quotes, and the
dash-introduced paragraph quote closed by ", said X." that East European outlets use (textacy's
extractor finds none of those). Short quoted phrases without a cue are scare quotes, not quotes.
"""

from __future__ import annotations

import re
from bisect import bisect_left
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


def _is_cue(tok: Token) -> bool:
    return tok.lemma_.lower() in SPEECH_VERBS and tok.pos_ in ("VERB", "AUX")


class _Index:
    """What every quote looks up, gathered in one pass over the document so that finding the
    quotes stays linear in its length: the text, the sentences, the cue words of each sentence,
    and the agentive mentions by the tokens they cover and by their first token."""

    def __init__(self, doc: Doc, mentions: list[TokMention]):
        self.text = doc.text
        self.sents = list(doc.sents)
        self.starts = [s.start for s in self.sents]
        self.cues: list[list[int]] = []
        self.according: list[list[int]] = []
        for s in self.sents:
            self.cues.append([t.i for t in s if _is_cue(t)])
            self.according.append([t.i for t in s if t.lower_ == "according"])
        self.at: dict[int, list[TokMention]] = {}
        self.starting: dict[int, list[tuple[int, TokMention]]] = {}
        for n, m in enumerate(mentions):
            if m.agentive:
                self.starting.setdefault(m.start, []).append((n, m))
                for i in range(m.start, m.end):
                    self.at.setdefault(i, []).append(m)

    def sent_of(self, i: int) -> int:
        """The number of the sentence holding token ``i``."""
        return bisect_left(self.starts, i + 1) - 1

    def mentions_from(self, ids: range) -> list[TokMention]:
        """The agentive mentions starting in ``ids``, in the order of the mention list."""
        return [m for _, m in sorted((x for i in ids for x in self.starting.get(i, ())),
                                     key=lambda x: x[0])]


def find_quotes(doc: Doc, mentions: list[TokMention], skip: list[tuple[int, int]] = ()
                ) -> list[QuoteSpan]:
    """All quotations in the document, each with its cue verb and speaker mention if found."""
    index = _Index(doc, mentions)
    text = index.text
    spans: list[QuoteSpan] = []
    taken = bytearray(len(text) + 1)  # 1 on the characters of a quote found or skipped

    def take(x: int, y: int) -> None:
        if x < y:
            taken[x:y] = b"\x01" * (y - x)

    for x, y in skip:
        take(max(x, 0), min(y, len(text)))
    for m in _DASH_PARA.finditer(text):
        q = _dash_quote(doc, m.start(1), m.end(1), index)
        if q:
            spans.append(q)
            take(m.start(), m.end())
    for rx in _PAIRED:
        for m in rx.finditer(text):
            a, b = m.start(1), m.end(1)
            if taken[a] or taken[b - 1]:
                continue
            q = _paired_quote(doc, a, b, index)
            if q:
                spans.append(q)
                take(m.start(), m.end())
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


def _dash_quote(doc: Doc, a: int, b: int, index: _Index) -> QuoteSpan | None:
    """'– Words, words, said X.': the attribution is the last comma clause holding a speech verb."""
    para = doc.char_span(a, b, alignment_mode="expand")
    if para is None:
        return None
    for tok in reversed(list(para)):
        if not _is_cue(tok):
            continue
        near = doc[max(para.start, tok.i - 12):tok.i]
        comma = next((t for t in reversed(near) if t.text in (",", "–", "—")), None)
        if comma is None:
            continue
        attribution = range(comma.i + 1, para.end)
        speaker = _speaker_for(tok, index, attribution)
        qa, qb = _strip(index.text, a, comma.idx)
        return QuoteSpan(qa, qb, tok, speaker)
    return None


def _nearest(ids: list[int], start: int, end: int) -> list[int]:
    """Of sorted token ids, the last before ``start`` and the first from ``end`` on."""
    k = bisect_left(ids, start)
    after = bisect_left(ids, end, k)
    return ids[k - 1:k] + ids[after:after + 1]


def _first_outside(ids: list[int], start: int, end: int) -> list[int]:
    """Of sorted token ids, the first not in ``start:end``."""
    if ids and ids[0] < start:
        return ids[:1]
    k = bisect_left(ids, end)
    return ids[k:k + 1]


def _paired_quote(doc: Doc, a: int, b: int, index: _Index) -> QuoteSpan | None:
    inner = doc.char_span(a, b, alignment_mode="expand")
    if inner is None:
        return None
    words = sum(1 for t in inner if t.is_alpha)
    # the window: the sentences of the quote's first and last tokens, and the one before when it
    # ends in a colon; the cue is the speech verb nearest the quote, else the first "according"
    first = index.sent_of(inner.start)
    starts = {index.starts[first], index.starts[index.sent_of(inner.end - 1)]}  # a set: its order breaks ties
    window = [index.sent_of(i) for i in starts]
    if first > 0:
        before = index.sents[first - 1]
        if before[-1].text == ":" or (len(before) > 1 and before[-2].text == ":"):
            window.insert(0, first - 1)
    cues = [i for s in window for i in _nearest(index.cues[s], inner.start, inner.end)]
    according = [i for s in window for i in _first_outside(index.according[s], inner.start, inner.end)]
    cue_i = min(cues, key=lambda i: min(abs(i - inner.start), abs(i - inner.end)), default=None)
    cue = doc[cue_i] if cue_i is not None else None
    if cue is None and according:
        cue = doc[according[0]]
    opens_sentence = inner.start == 0 or doc[inner.start - 1].is_sent_start or \
        doc[inner.start - 1].text in (":",) or (inner.start > 1 and doc[inner.start - 2].text == ":")
    full_sentence = opens_sentence and inner.text.rstrip()[-1:] in ".!?…"
    near = cue is not None and _attached(doc, cue, inner.start, inner.end)
    if words < MIN_WORDS_WITHOUT_CUE and not (near or full_sentence):
        return None  # a scare quote or a title ("a 'road of happiness'"), not a quotation
    if cue is None and inner.text.rstrip()[-1:] not in ".!?…":
        return None
    speaker = _speaker_for(cue, index, None) if cue is not None else None
    qa, qb = _strip(index.text, a, b)
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


def _speaker_for(cue: Token, index: _Index, attribution: range | None) -> TokMention | None:
    """The mention that says it: the cue's subject, 'according to X', or the first person-like
    mention of the attribution clause ('..., noted the President of Kazakhstan')."""
    def mention_at(tok: Token) -> TokMention | None:
        return max(index.at.get(tok.i, ()), key=lambda m: (m.kind in PERSONLIKE, m.end - m.start),
                   default=None)

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
        inside = index.mentions_from(attribution)
        people = [m for m in inside if m.kind in PERSONLIKE]
        return (people or inside or [None])[0]
    return None
