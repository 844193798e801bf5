"""Load the pipeline once per process and code articles in batches, one status per input."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import islice

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .. import settings
from ..errors import ModelNotFound
from ..ingest import Unreadable, check_article
from ..ingest.checks import prepare_text
from ..ingest.normalize import to_input
from ..model import Article, DocResult
from . import components  # noqa: F401  (registers the factories)
from . import doctype
from .components import ends_sentence
from .lexicon import load_lexicon
from .to_records import doc_to_result

log = logging.getLogger(__name__)
COMPONENTS = ("multipolar_actors", "multipolar_quotes", "multipolar_dates", "multipolar_events")
PIECE_TOKENS = 10_000  # spaCy's own components see at most this many tokens at once (see _in_pieces)
_CACHE: dict = {}  # resolved CodeOptions -> pipeline


def load_pipeline(model: str | None = None, kb_path: str | None = None,
                  lexicon_path: str | None = None, kb_files: tuple[str, ...] = (),
                  learned: tuple[str, float, float, float] | None = None,
                  limits: tuple[int, int, float] | None = None) -> Language:
    """The spaCy pipeline with multipolar's components, loaded once per process and settings.

    ``kb_files`` are user knowledge-base files merged on the base (``multipolar-kb.yaml`` in the
    working directory is added by itself); values not given are read from the settings."""
    from ..runners import CodeOptions

    return pipeline_for(CodeOptions(model, kb_path, lexicon_path, kb_files, learned, limits).resolved())


def pipeline_for(options) -> Language:
    """The pipeline of resolved :class:`~multipolar.runners.CodeOptions`, cached per process. It
    reads no setting, environment variable or file of the working directory: workers build
    exactly the caller's pipeline."""
    if options in _CACHE:
        return _CACHE[options]
    o = options
    try:
        nlp = spacy.load(o.model)
    except OSError:
        raise ModelNotFound(f"The spaCy pipeline {o.model!r} is not installed.") from None
    nlp.add_pipe("multipolar_paragraphs", before="parser" if "parser" in nlp.pipe_names else None)
    nlp.add_pipe("multipolar_long_sentences", after="multipolar_paragraphs")
    kb_config = {"kb_path": o.kb_path, "kb_files": list(o.kb_files)}
    nlp.add_pipe("multipolar_actors", config=kb_config)
    nlp.add_pipe("multipolar_quotes", config=kb_config)
    nlp.add_pipe("multipolar_dates")
    nlp.add_pipe("multipolar_events", config={"lexicon_path": o.lexicon_path})
    event_model, keep, add, min_confidence = o.learned
    if event_model != "off":
        nlp.add_pipe("multipolar_event_model", config={
            "lexicon_path": o.lexicon_path, "model_path": None if event_model == "shipped" else event_model,
            "keep": keep, "add": add, "min_confidence": min_confidence})
    nlp.max_length = max(nlp.max_length, o.limits[0] + 1)
    nlp.meta["multipolar_limits"] = list(o.limits)
    _CACHE[options] = nlp
    return nlp


def _prepare(item: Article | Unreadable, admit: bool = True,
             limits: tuple[int, int, float] | None = None
             ) -> tuple[Article | None, DocResult | None, dict]:
    """The article with the text to code, or its result when it is not coded; ``meta`` holds the
    reader's and the clean-up's notes, and the map of offsets back to the input text."""
    if isinstance(item, Unreadable):
        return None, DocResult(item.id, item.status, item.reason), {}
    text, notes, norm = prepare_text(item.text)
    article = replace(item, text=text)
    notes = [*item.notes, *notes]
    meta: dict = {"notes": notes} if notes else {}
    problem = check_article(article, limits=limits) if admit else None
    if problem:
        return None, DocResult(item.id, problem[0], problem[1], date=item.date, meta=meta), meta
    if norm is not None and not norm.identity:
        meta["_input"] = (norm, item.text)
    return article, None, meta


def code_articles(items: Iterable[Article | Unreadable], nlp: Language | None = None,
                  batch_size: int | None = None, admit: bool = True) -> Iterator[DocResult]:
    """Code each article; yields one :class:`DocResult` per input, in input order.

    Unreadable, empty, oversized or non-English inputs come out ``skipped``/``failed`` with a
    reason; an exception while coding one document fails that document only. ``admit=False``
    codes even short texts (for resolving a single phrase).
    """
    nlp = nlp or load_pipeline()
    size = batch_size or settings.get("batch_size")
    it = iter(items)
    while batch := list(islice(it, size)):
        yield from _code_chunk(batch, nlp, admit)


def _code_chunk(batch: list[Article | Unreadable], nlp: Language, admit: bool) -> list[DocResult]:
    limits = nlp.meta.get("multipolar_limits")
    prepared = [_prepare(x, admit, tuple(limits) if limits else None) for x in batch]
    todo = [(i, a, meta) for i, (a, r, meta) in enumerate(prepared) if a is not None]
    results: list[DocResult | None] = [r for _, r, _ in prepared]
    docs = []
    for _, a, _ in todo:
        doc = nlp.make_doc(a.text)
        doc._.mp_date = a.date
        docs.append(doc)
    try:
        done = _pipe(nlp, docs)
    except Exception:  # one bad document must not sink the batch: retry them one by one
        done = [_one(nlp, d) for d in docs]
    guesses = _doc_type_guesses(nlp, todo, done)
    for (i, a, meta), doc in zip(todo, done):
        if isinstance(doc, str):
            meta.pop("_input", None)
            results[i] = DocResult(a.id, "failed", doc, date=a.date, meta=meta)
            continue
        back = meta.pop("_input", None)
        try:
            results[i] = doc_to_result(doc, a.id, a.date, meta)
            if back:
                results[i] = to_input(results[i], *back)
            if i in guesses:
                results[i].meta["doc_type"] = doctype.decide(guesses[i], results[i].events)
        except Exception as e:  # noqa: BLE001 - reported on the document, not raised
            log.exception("could not turn %s into records", a.id)
            results[i] = DocResult(a.id, "failed", f"internal error while coding: {e!r}",
                                   date=a.date, meta=meta)
    return [r for r in results if r is not None]


def _doc_type_guesses(nlp: Language, todo: list, done: list) -> dict[int, tuple[str, float, bool]]:
    """The document classifier's guess for each coded document (see :mod:`.doctype`); the
    bundled lexicon gives its features, whatever lexicon codes the events."""
    ok = [(i, a, doc) for (i, a, _), doc in zip(todo, done) if not isinstance(doc, str)]
    if not ok:
        return {}
    try:
        heads = [doctype.headline_of(a.text, a.title) for _, a, _ in ok]
        tagged = doctype.tag_headlines(nlp, [h for h, _ in heads])
        lex = load_lexicon()
        texts = [doctype.features(hd, doctype.body_tokens(doc, start), lex)
                 for hd, (_, start), (_, _, doc) in zip(tagged, heads, ok)]
        return {i: g for (i, _, _), g in zip(ok, doctype.classify(texts))}
    except Exception:  # noqa: BLE001 - a document type is extra; its failure must not sink events
        log.exception("the document classifier failed on a batch; no doc_type for it")
        return {}


def _pipe(nlp: Language, docs: list[Doc]) -> list[Doc]:
    """``nlp.pipe``, except that a document over PIECE_TOKENS tokens goes alone, in pieces."""
    short = iter(list(nlp.pipe([d for d in docs if len(d) <= PIECE_TOKENS])))
    return [next(short) if len(d) <= PIECE_TOKENS else _in_pieces(nlp, d) for d in docs]


def _in_pieces(nlp: Language, doc: Doc) -> Doc:
    """A long document through spaCy's own components (tok2vec, parser, ner ...) one piece of at
    most PIECE_TOKENS tokens at a time, then joined again for multipolar's: tok2vec holds arrays
    for all it is given at once (some 15 KB a token). The pieces end at a sentence start known
    before parsing or after a full stop; the joined text is the original, offsets and all."""
    first = nlp.pipe_names.index(COMPONENTS[0])
    ours = nlp.pipe_names[first:]
    for name in ("multipolar_paragraphs", "multipolar_long_sentences"):
        doc = nlp.get_pipe(name)(doc)
    cuts = [0]
    while len(doc) - cuts[-1] > PIECE_TOKENS:
        a = cuts[-1]
        cuts.append(next((i for i in range(a + PIECE_TOKENS, a, -1)
                          if doc[i].is_sent_start or ends_sentence(doc[i - 1])), a + PIECE_TOKENS))
    pieces = [doc[a:b].as_doc() for a, b in zip(cuts, cuts[1:] + [len(doc)])]
    joined = Doc.from_docs(list(nlp.pipe(pieces, disable=ours, batch_size=1)), ensure_whitespace=False)
    joined._.mp_date = doc._.mp_date
    for name in ours:
        joined = nlp.get_pipe(name)(joined)
    return joined


def _one(nlp: Language, doc):
    try:
        return _in_pieces(nlp, doc) if len(doc) > PIECE_TOKENS else nlp(doc)
    except Exception as e:  # noqa: BLE001
        log.exception("pipeline failed on a document")
        return f"internal error while coding: {e!r}; please report it with the document"

