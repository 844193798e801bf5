"""The event a stage hands the next: a sense, its trigger, and the mentions in its roles."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from ..actors import TokMention
from ..lexicon import Sense


@dataclass(slots=True)
class RawEvent:
    sense: Sense
    trigger: Token
    actors: list[TokMention]
    recipients: list[TokMention]
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    rule: str = "verb"
    extra_triggers: list[Token] = field(default_factory=list)
    confidence: float | None = None  # the learned model's probability of the type (see learned.py)
