"""What kind of story a document tells: one PLOVER type for the whole document, beside its events.

Events come from sentences; a document also gets a ``doc_type``. A small classifier (spaCy
TextCatBOW, no torch, trained by ``scripts/train_classifier.py`` on NGEC's synthetic stories)
reads the headline's words and the event types the lexicon gives to the headline's and the body's
words. It answers only when it recognises the kind of story: every word of the headline occurs in
its training headlines and its probability is at least :data:`THRESHOLD`. Otherwise the
document's type is that of its lead event (the first event the rules coded, not negated), else
there is none. The measurements behind this rule are in docs/quality.md: on stories like its
training data the classifier is right almost always; on real news it is often sure and wrong
(press releases about meetings read as CONCEDE), and the lead event is the better guess.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..model import Event
from .lexicon import Lexicon

ASSET = Path(__file__).resolve().parent.parent / "data" / "doctype"
THRESHOLD = 0.9
HEADLINE_CHARS = 300
BODY_CHARS = 4000
TAGGING = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer", "morphologizer")


def headline_of(text: str, title: str | None) -> tuple[str, int]:
    """The headline (the title, else the first line) and where the body starts in ``text``."""
    head = (title or "").strip()
    if head:
        at = text.find(head, 0, len(head) + 20)
        return head[:HEADLINE_CHARS], at + len(head) if at >= 0 else 0
    first = text.lstrip().split("\n", 1)[0][:HEADLINE_CHARS]
    return first, text.find(first) + len(first)


def word_types(tokens: Iterable[Token], lex: Lexicon, prefix: str) -> list[str]:
    """The event types the lexicon gives to these words, as features (``HV_ASSAULT``...)."""
    out = []
    for t in tokens:
        lemma, low = t.lemma_.lower(), t.lower_
        if t.tag_.startswith("VB"):
            senses = lex.verbs.get(lemma) or lex.verbs.get(low) or ()
            out.extend(f"{prefix}V_{kind}" for kind in dict.fromkeys(s.type for s in senses))
        elif t.pos_ in ("NOUN", "PROPN") and (sense := lex.nouns.get(lemma) or lex.nouns.get(low)):
            out.append(f"{prefix}N_{sense.type}")
    return out


def features(headline: Doc, body: Iterable[Token], lex: Lexicon) -> str:
    """The classifier's input: the headline's words, once as words and once marked as headline
    words, then the lexicon's event types in the headline and in the body."""
    words = [t.lower_ for t in headline if not (t.is_punct or t.is_space)]
    return "\n".join([" ".join(words), " ".join("t_" + w for w in words),
                      " ".join(word_types(headline, lex, "H")), " ".join(word_types(body, lex, "B"))])


def body_tokens(doc: Doc, start: int) -> list[Token]:
    return [t for t in doc if start <= t.idx < start + BODY_CHARS]


def tag_headlines(nlp: Language, headlines: Sequence[str]) -> list[Doc]:
    """Headlines tagged by the pipeline's tagger, in sentence case (title case confuses it)."""
    off = [name for name in nlp.pipe_names if name not in TAGGING]
    return list(nlp.pipe((h[:1].upper() + h[1:].lower() for h in headlines), disable=off))


@lru_cache(maxsize=2)
def load_classifier(path: str = str(ASSET)) -> Language:
    import spacy

    return spacy.load(path)


@lru_cache(maxsize=2)
def headline_words(path: str = str(ASSET)) -> frozenset[str]:
    """The words of the classifier's training headlines (kept in its meta.json)."""
    return frozenset(load_classifier(path).meta["headline_words"])


def classify(texts: Sequence[str], path: str = str(ASSET)) -> list[tuple[str, float, bool]]:
    """For each feature text: the classifier's best type, its probability, and whether every
    word of the headline was seen in training."""
    clf, seen = load_classifier(path), headline_words(path)
    out = []
    for text, doc in zip(texts, clf.pipe(texts)):
        kind, p = max(doc.cats.items(), key=lambda kv: kv[1])
        words = text.split("\n", 1)[0].split()
        out.append((kind, p, bool(words) and all(w in seen for w in words)))
    return out


def decide(guess: tuple[str, float, bool], events: Sequence[Event],
           threshold: float = THRESHOLD) -> dict[str, Any] | None:
    """The document's type: the classifier's when it knows the headline's words and is sure,
    else the lead event's, else none."""
    kind, p, known = guess
    said = {"type": kind, "p": round(p, 3)}
    if known and p >= threshold:
        return {"type": kind, "by": "classifier", "event_id": None, "classifier": said}
    lead = min((e for e in events if not e.negated), key=lambda e: e.evidence.start, default=None)
    if lead is None:
        return None
    return {"type": lead.type, "by": "lead_event", "event_id": lead.id, "classifier": said}


def asset_meta(path: Path = ASSET) -> dict[str, Any]:
    """What the shipped classifier was trained on and how it scored (written by the script)."""
    return json.loads((path / "training.json").read_text(encoding="utf-8"))


__all__ = ["THRESHOLD", "headline_of", "features", "body_tokens", "tag_headlines", "classify",
           "decide", "asset_meta"]
