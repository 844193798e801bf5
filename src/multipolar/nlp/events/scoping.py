"""Scope: whether an event is negated, hypothetical or future.

Negation, modals and conditionals on the trigger, and the governing words above it ("refrain from
sending", "plans to visit"); "would" in a clause reported by a speech verb is a promise (future).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import Lexicon
from .wordlists import RULES

# the word lists are data: data/rules.yaml says what each is for
REPORTING = RULES["reporting"]
_CLIMB = RULES["climb"]


def _reported(verb: Token) -> bool:
    """'said it would ease the blockade': a clause reported by a speech verb, with no condition."""
    return (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING
            and not any(c.dep_ == "advcl" and any(g.lower_ in ("if", "unless") for g in c.children)
                        for c in verb.children))


def scope(trigger: Token, lex: Lexicon) -> tuple[bool, bool, bool]:
    """(negated, hypothetical, future) from negation, modals, conditionals and governing words."""
    negated = hypothetical = future = False
    cur, steps = trigger, 0
    while True:
        for c in cur.children:
            low = c.lower_
            if c.dep_ == "neg" or (c.dep_ == "det" and low == "no" and cur == trigger):
                if not any(n.lower_ == "only" for n in cur.children):
                    negated = True
            if cur == trigger and c.dep_ == "dobj" and any(  # "carried out no strikes"
                    g.dep_ == "det" and g.lower_ == "no" for g in c.children):
                negated = True
            if c.dep_ == "aux":
                if low in ("will", "shall", "'ll", "wo") or (low == "would" and _reported(cur)):
                    future = True
                elif c.lemma_.lower() in lex.hypothetical:
                    hypothetical = True
            if c.dep_ == "mark" and low in lex.hypothetical:
                hypothetical = True
            if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless")
                                         for g in c.children):
                hypothetical = True  # the main clause of a conditional
            if c.dep_ == "prep" and any(g.lemma_.lower() == "case" for g in c.children):
                hypothetical = True  # "in case of war"
        if cur != trigger:
            lemma = cur.lemma_.lower()
            if lemma in lex.negators or cur.lower_ == "without":
                negated = True
            if lemma in lex.hypothetical:
                hypothetical = True
            if lemma in lex.future:
                future = True
        if cur.dep_ == "conj" and cur.head.dep_ == "ROOT":
            break  # a coordinated main verb keeps its own scope
        if cur.dep_ not in _CLIMB or cur.head == cur or steps > 8:
            break
        cur, steps = cur.head, steps + 1
    return negated, hypothetical, future
