"""Every spaCy component of multipolar, declared once (``nlp.analyze_pipes()`` checks the order).

The rules themselves are pure functions in actors.py, coref.py, quotes.py, dates.py and events/;
the components only call them and keep their results on ``Doc._``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..kb import load_kb
from . import actors, coref, dates, events, learned, quotes
from .eventmodel import load_event_model
from .lexicon import load_lexicon

for _name in ("mp_date", "mp_mentions", "mp_quotes", "mp_boilerplate", "mp_sent_dates", "mp_events"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

MAX_SENTENCE_TOKENS = 1000  # a longer stretch without a full stop or blank line is cut
FULL_STOPS = frozenset(".!?…")


def _in_ranges(doc: Doc, m: actors.TokMention, ranges) -> bool:
    a = doc[m.start].idx
    return any(x <= a < y for x, y in ranges)


@Language.factory("multipolar_paragraphs", assigns=["token.is_sent_start"])
def make_paragraphs(nlp: Language, name: str):
    """A blank line ends a sentence: titles and credits have no full stop to end them."""

    def split_paragraphs(doc: Doc) -> Doc:
        for tok in doc[1:]:
            prev = doc[tok.i - 1]
            if not tok.is_space and (prev.whitespace_ + (prev.text if prev.is_space else "")).count("\n") >= 2:
                tok.is_sent_start = True
        return doc

    return split_paragraphs


def ends_sentence(tok: Token) -> bool:
    """A full stop, question or exclamation mark (alone, or several: "?!", "...")."""
    return bool(tok.text) and set(tok.text) <= FULL_STOPS


def _break_rank(doc: Doc, j: int) -> int:
    """How good a place token ``j`` is to start a sentence: after a line break, a semicolon or
    colon, a comma, a space, else anywhere (never on a space token)."""
    prev = doc[j - 1]
    if doc[j].is_space:
        return -1
    if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
        return 4
    return 3 if prev.text in (";", ":") else 2 if prev.text == "," else 1 if prev.whitespace_ else 0


def long_sentence_starts(doc: Doc, limit: int = MAX_SENTENCE_TOKENS) -> list[int]:
    """Tokens that must start a sentence so that no stretch without a full stop or a sentence
    start already set runs over ``limit`` tokens: each cut is at the best break of the stretch's
    last half (see :func:`_break_rank`), the latest of equal ones."""
    starts: list[int] = []
    start = 0
    for tok in doc[1:]:
        i = tok.i
        if tok.is_sent_start or ends_sentence(doc[i - 1]):
            start = i
        elif i - start >= limit:
            best = max(range(i, start + limit // 2, -1), key=lambda j: _break_rank(doc, j))
            starts.append(best)
            start = best
    return starts


@Language.factory("multipolar_long_sentences", assigns=["token.is_sent_start"])
def make_long_sentences(nlp: Language, name: str):
    """No sentence runs over MAX_SENTENCE_TOKENS tokens: a text without full stops would be one
    sentence, and the rules that walk a sentence or a subtree would take time in its square."""

    def split_long(doc: Doc) -> Doc:
        for i in long_sentence_starts(doc):
            doc[i].is_sent_start = True
        return doc

    return split_long


@Language.factory("multipolar_actors", default_config={"kb_path": None, "kb_files": []},
                  assigns=["doc._.mp_mentions", "doc._.mp_boilerplate"],
                  requires=["token.dep", "token.pos", "doc.ents"])
def make_actors(nlp: Language, name: str, kb_path: str | None, kb_files: list[str]):
    kb = load_kb(kb_path, tuple(kb_files))
    matcher = actors.build_matcher(nlp.vocab, nlp.tokenizer, kb)

    def resolve_actors(doc: Doc) -> Doc:
        date = doc._.mp_date
        skip = actors.boilerplate_ranges(doc.text)
        found = actors.kb_mentions(doc, kb, matcher, date)
        found += actors.descriptor_mentions(doc, kb, found, date)
        found += actors.officer_mentions(doc, kb, found, date)
        found += coref.short_names(doc, found)
        found += actors.unknown_people(doc, kb, found, date)
        found += actors.place_mentions(doc, found)
        found += actors.agent_mentions(doc, kb, found)
        found = [m for m in found if not _in_ranges(doc, m, skip)]
        found += coref.org_anaphors(doc, found)
        found += coref.third_person(doc, found)
        doc._.mp_mentions = sorted(found, key=lambda m: (m.start, -m.end))
        doc._.mp_boilerplate = skip
        return doc

    return resolve_actors


@Language.factory("multipolar_quotes", default_config={"kb_path": None, "kb_files": []},
                  assigns=["doc._.mp_quotes"], requires=["doc._.mp_mentions"])
def make_quotes(nlp: Language, name: str, kb_path: str | None, kb_files: list[str]):
    kb = load_kb(kb_path, tuple(kb_files))

    def find_quotes(doc: Doc) -> Doc:
        found = quotes.find_quotes(doc, doc._.mp_mentions, doc._.mp_boilerplate or [])
        doc._.mp_quotes = found
        first = coref.first_person(doc, found, kb)
        doc._.mp_mentions = sorted(doc._.mp_mentions + first, key=lambda m: (m.start, -m.end))
        return doc

    return find_quotes


@Language.factory("multipolar_dates", assigns=["doc._.mp_sent_dates"], requires=["doc.ents"])
def make_dates(nlp: Language, name: str):
    def resolve_dates(doc: Doc) -> Doc:
        doc._.mp_sent_dates = dates.sentence_dates(doc, doc._.mp_date)
        return doc

    return resolve_dates


@Language.factory("multipolar_events", default_config={"lexicon_path": None},
                  assigns=["doc._.mp_events"], requires=["doc._.mp_mentions", "doc._.mp_quotes"])
def make_events(nlp: Language, name: str, lexicon_path: str | None):
    lex = load_lexicon(lexicon_path)

    def extract_events(doc: Doc) -> Doc:
        speaker_of = {}
        for q in doc._.mp_quotes or ():
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            if span is not None and q.speaker is not None:
                speaker_of.update({t.i: q.speaker for t in span})
        skip = doc._.mp_boilerplate or []
        doc._.mp_events = [e for e in events.extract(doc, doc._.mp_mentions, lex, speaker_of)
                           if not any(x <= e.trigger.idx < y for x, y in skip)]
        return doc

    return extract_events


@Language.factory("multipolar_event_model",
                  default_config={"lexicon_path": None, "model_path": None, "keep": 0.0, "add": 0.7,
                                  "min_confidence": 0.0},
                  assigns=["doc._.mp_events"], requires=["doc._.mp_events", "doc._.mp_mentions"])
def make_event_model(nlp: Language, name: str, lexicon_path: str | None, model_path: str | None,
                     keep: float, add: float, min_confidence: float):
    """The learned sentence model decides which rule events stand and adds what they missed."""
    lex = load_lexicon(lexicon_path)
    model = load_event_model(model_path)

    def apply_model(doc: Doc) -> Doc:
        if model is not None:
            found = learned.decide(doc, doc._.mp_events or [], doc._.mp_mentions or [], model, lex, keep, add)
            doc._.mp_events = [e for e in found if e.confidence >= min_confidence]
        return doc

    return apply_model
