"""Who is actor and who recipient of an event the rules did not find: a learned choice among
the sentence's mentions.

Each candidate mention is described by where it sits in the parse relative to the sentence's
main verb (dependency, path, side, subject or by-agent, preposition), what kind of mention it is
and its sector, each also crossed with the event type; two logistic regressions (actor,
recipient) trained on the annotated corpus (scripts/train_event_model.py) score them. The weights
are a small JSON file beside the event model: plain arithmetic here, no learning library.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from spacy.tokens import Span, Token

from .actors import TokMention

ROLES = ("actor", "recipient")


def _path(tok: Token, root: Token) -> str:
    deps = []
    while tok != root and tok.head != tok and len(deps) < 4:
        deps.append(tok.dep_)
        tok = tok.head
    return ">".join(deps) if tok == root else ">".join(deps) + ">?"


def _under(tok: Token, heads: list[Token]) -> bool:
    return any(tok.i in {t.i for t in h.subtree} for h in heads)


def role_features(m: TokMention, etype: str, sent: Span, rank: int) -> list[str]:
    """The features of one candidate mention for one event type (shared by training and coding)."""
    doc = sent.doc
    span = doc[m.start:m.end]
    head, root = span.root, sent.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    objects = [c for c in root.children if c.dep_ in ("dobj", "dative", "attr")]
    agents = [c for c in root.children if c.dep_ == "agent"]
    prep = head.head.lower_ if head.dep_ == "pobj" else "-"
    base = [f"dep={head.dep_}", f"path={_path(head, root)}", f"side={'before' if head.i < root.i else 'after'}",
            f"subj={_under(head, subjects)}", f"obj={_under(head, objects)}", f"agent={_under(head, agents)}",
            f"prep={prep}", f"kind={m.kind}", f"agentive={m.agentive}", f"sector={m.actor.sector or '-'}",
            f"rank={min(rank, 3)}", f"passive={any(c.dep_ in ('auxpass', 'nsubjpass') for c in root.children)}",
            f"country={'yes' if m.actor.country else 'no'}"]
    return ["bias", *base, *(f"{etype}|{f}" for f in base)]


def candidates(sent: Span, by_token) -> list[TokMention]:
    """The mentions of a sentence that can fill a role, in text order, one per span."""
    seen, out = set(), []
    for i in range(sent.start, sent.end):
        for m in by_token(i):
            if m.start == i and (m.start, m.end) not in seen and (m.actor.country or m.actor.name):
                seen.add((m.start, m.end))
                out.append(m)
    return out


class RoleModel:
    """``score(features)`` gives P(actor) and P(recipient) of one candidate."""

    def __init__(self, path: Path) -> None:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        self.weights: dict[str, dict[str, float]] = {r: data[r]["weights"] for r in ROLES}
        self.bias = {r: float(data[r]["intercept"]) for r in ROLES}
        self.threshold = {r: float(data[r]["threshold"]) for r in ROLES}

    def score(self, feats: list[str]) -> dict[str, float]:
        out = {}
        for r in ROLES:
            w = self.weights[r]
            z = self.bias[r] + sum(w.get(f, 0.0) for f in feats)
            out[r] = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
        return out

    def choose(self, cands: list[TokMention], etype: str, sent: Span
               ) -> tuple[list[TokMention], list[TokMention]]:
        """The best actor (if any passes its threshold, else the best agentive one) and the best
        other recipient above its threshold."""
        if not cands:
            return [], []
        scored = [(m, self.score(role_features(m, etype, sent, k))) for k, m in enumerate(cands)]
        agents = [(m, s) for m, s in scored if m.agentive and m.kind != "place"]
        actor = max(agents, key=lambda x: x[1]["actor"], default=None)
        actors = [actor[0]] if actor is not None else []
        rest = [(m, s) for m, s in scored if m not in actors and not (
            actors and m.actor.country == actors[0].actor.country and m.actor.sector == actors[0].actor.sector)]
        best = max(rest, key=lambda x: x[1]["recipient"], default=None)
        recips = [best[0]] if best is not None and best[1]["recipient"] >= self.threshold["recipient"] else []
        return actors, recips
