"""Resolve one mention in its sentence, on a date, and say why (``multipolar actors resolve``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language

from ..kb import KnowledgeBase, load_kb
from ..model import ActorRef, Article
from .pipeline import code_articles, load_pipeline

ROLE_WORDS = {"head_of_state": "head of state", "head_of_government": "head of government",
              "foreign_minister": "foreign minister", "defence_minister": "defence minister",
              "spokesperson": "spokesperson", "other": "office"}


@dataclass(frozen=True, slots=True)
class Resolution:
    mention: str
    context: str
    date: str | None
    actor: ActorRef | None
    start: int
    end: int
    why: str


def resolve_in_context(mention: str, context: str | None = None, date: str | None = None,
                       nlp: Language | None = None, kb: KnowledgeBase | None = None) -> Resolution:
    """The actor a mention refers to in ``context`` (default: the mention alone) on ``date``.

    The mention is looked up at its first occurrence in the context; the coder's mention that
    covers it best (same span, else the longest overlap, people first) is the answer.
    """
    nlp = nlp or load_pipeline()
    kb = kb or load_kb()
    context = context or mention
    found = (re.search(rf"(?<!\w){re.escape(mention)}(?!\w)", context) or
             re.search(rf"(?<!\w){re.escape(mention)}(?!\w)", context, re.I))
    if found is None:
        return Resolution(mention, context, date, None, -1, -1, "the mention is not in the context")
    a, b = found.span()
    (result,) = code_articles([Article("resolve", context, date)], nlp, admit=False)
    if result.status != "ok":
        return Resolution(mention, context, date, None, a, b, f"not coded: {result.reason}")
    cands = [m for m in result.mentions if m.start < b and m.end > a]
    if not cands:
        return Resolution(mention, context, date, None, a, b, "no actor found at this place")

    def rank(m):
        exact = (m.start, m.end) == (a, b)
        overlap = min(m.end, b) - max(m.start, a)
        personlike = m.actor.how in ("descriptor", "pronoun", "short-name", "speaker") or (
            m.actor.id in kb.persons)
        return (exact, overlap, personlike, m.end - m.start)

    best = max(cands, key=rank)
    return Resolution(mention, context, date, best.actor, best.start, best.end,
                      explain(best.actor, kb, date))


def explain(actor: ActorRef, kb: KnowledgeBase, date: str | None) -> str:
    """A sentence on why a mention resolved as it did."""
    how = actor.how
    who = actor.name or actor.text
    if actor.id in kb.persons:
        roles = kb.roles_of(actor.id, date) if date else []
        held = "; ".join(f"{r.title or ROLE_WORDS[r.role]} of {r.country or kb.persons[actor.id].org} "
                         f"{r.start or '?'}..{r.end or 'now'}" for r in roles)
        on = f" on {date}" if date else ""
        if how == "descriptor":
            return f"role descriptor: the office named, held{on} by {who} ({held or 'no dated role'})"
        if how in ("pronoun", "short-name", "speaker"):
            return f"{how}: refers back to {who} in the text" + (f" ({held})" if held else "")
        return f"knowledge-base name of {who} [{actor.id}]" + (f"; {held}" if held else "")
    if how == "descriptor":
        return f"role descriptor of {actor.country}; no office-holder on {date or 'that date'} in the base"
    if actor.id in kb.states:
        return {"kb": f"name, capital or seat of power of {who} [{actor.id}]",
                "demonym+noun": f"group of {who} with sector {actor.sector}",
                "people-noun": f"the people of {who} (civilians)",
                "speaker": f"first person plural in a quotation by a speaker of {who}",
                "pronoun": f"pronoun referring back to {who}"}.get(how, f"{how}: {who}")
    if actor.id in kb.orgs:
        o = kb.orgs[actor.id]
        return f"organisation {o.name} [{o.id}], {o.kind}" + (f" of {o.country}" if o.country else "")
    if how == "ner":
        why = "a person the knowledge base does not know"
        return why + (f"; {actor.country} {actor.sector or ''} from the apposition".rstrip()
                      if actor.country else "")
    return how

