"""Compare coded events with gold events: per-type precision, recall and F1, country accuracy,
a confusion table and the records coded wrong.

Matching is per record and not one-to-one, so that PETRARCH's one-dyad-per-event gold and
PLOVER's compound actors can be compared: a gold event is *found* when some coded event fits
it, a coded event is *correct* when it fits some gold event. Recall counts found gold events,
precision correct coded events. "type" needs the same PLOVER type; "full" also needs every
gold actor country among the coded actors and every gold recipient country among the coded
recipients (a gold side without a country fits anything). A reciprocal coded event (several
actors, no recipient, as PLOVER codes "A and B met") fits when all the gold countries are
among its actors.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .gold import GoldEvent, GoldRecord

NONE = "NONE"


@dataclass(frozen=True, slots=True)
class CodedEvent:
    """An event as any coder produced it, reduced to what is scored."""

    type: str
    mode: str | None = None
    actor_countries: tuple[str, ...] = ()
    recipient_countries: tuple[str, ...] = ()
    negated: bool = False


@dataclass(frozen=True, slots=True)
class TypeScore:
    """Counts for one PLOVER type (or all of them)."""

    type: str
    gold: int = 0
    coded: int = 0
    found_type: int = 0
    correct_type: int = 0
    found_full: int = 0
    correct_full: int = 0

    def prf(self, full: bool = True) -> tuple[float, float, float]:
        """Precision, recall and F1 ("full" match, or type only)."""
        found, correct = (self.found_full, self.correct_full) if full else (self.found_type,
                                                                           self.correct_type)
        p = correct / self.coded if self.coded else 0.0
        r = found / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass(frozen=True, slots=True)
class WrongRecord:
    id: str
    text: str
    expected: tuple[str, ...]
    got: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EvalResult:
    """Everything ``multipolar eval`` reports. Shares are None when nothing was counted."""

    gold_path: str
    coder: str
    n_records: int
    n_scored: int
    n_correct: int
    n_exact: int
    per_type: tuple[TypeScore, ...]
    total: TypeScore
    macro_f1_type: float
    macro_f1_full: float
    actor_accuracy: tuple[int, int]
    recipient_accuracy: tuple[int, int]
    confusion: dict[tuple[str, str], int]
    wrong: tuple[WrongRecord, ...]
    skipped: tuple[tuple[str, str], ...] = ()
    by_category: dict[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def share_correct(self) -> float | None:
        """Records whose every expected event was coded with the right type, source and target
        (no expected event: nothing coded)."""
        return self.n_correct / self.n_scored if self.n_scored else None

    @property
    def share_exact(self) -> float | None:
        """Records coded right and with no extra event."""
        return self.n_exact / self.n_scored if self.n_scored else None


def _fits(gold: tuple[str, ...], coded: tuple[str, ...]) -> bool:
    return set(gold) <= set(coded)


def actor_fits(g: GoldEvent, c: CodedEvent) -> bool:
    if not c.recipient_countries and len(c.actor_countries) > 1:
        return _fits(g.actor_countries + g.recipient_countries, c.actor_countries)
    return _fits(g.actor_countries, c.actor_countries)


def recipient_fits(g: GoldEvent, c: CodedEvent) -> bool:
    if not c.recipient_countries and len(c.actor_countries) > 1:
        return _fits(g.actor_countries + g.recipient_countries, c.actor_countries)
    return _fits(g.recipient_countries, c.recipient_countries)


def matches(g: GoldEvent, c: CodedEvent, full: bool = True) -> bool:
    """Same PLOVER type and, for a full match, fitting actor and recipient countries."""
    return g.type == c.type and (not full or (actor_fits(g, c) and recipient_fits(g, c)))


def _best(g: GoldEvent, coded: list[CodedEvent]) -> CodedEvent | None:
    """The coded event that answers a gold event best: full match, same type, shared
    countries, else the first."""
    share = set(g.actor_countries + g.recipient_countries)
    return (next((c for c in coded if matches(g, c)), None)
            or next((c for c in coded if c.type == g.type), None)
            or next((c for c in coded if share & set(c.actor_countries + c.recipient_countries)),
                    None)
            or (coded[0] if coded else None))


def describe(e: GoldEvent | CodedEvent) -> str:
    """``ACCUSE ARN -> GON`` ('?' for a side without a country)."""
    a = "+".join(e.actor_countries) or "?"
    r = "+".join(e.recipient_countries) or "?"
    return f"{e.type} {a} -> {r}"


def score(records: Iterable[GoldRecord], coded: Mapping[str, list[CodedEvent]],
          gold_path: str = "", coder: str = "multipolar", include_negated: bool = False,
          excerpt: int = 160) -> EvalResult:
    """Score coded events (by record id) against gold records; negated coded events are left
    out unless ``include_negated``."""
    counts: dict[str, Counter] = {}
    confusion: Counter = Counter()
    actor_ok = actor_n = rec_ok = rec_n = n_scored = n_correct = n_exact = n_records = 0
    wrong, skipped, by_cat = [], [], {}
    for rec in records:
        n_records += 1
        if rec.skip:
            skipped.append((rec.id, rec.skip))
            continue
        n_scored += 1
        got = [c for c in coded.get(rec.id, []) if include_negated or not c.negated]
        for g in rec.events:
            k = counts.setdefault(g.type, Counter())
            k["gold"] += 1
            k["found_type"] += any(matches(g, c, False) for c in got)
            k["found_full"] += any(matches(g, c) for c in got)
            best = _best(g, got)
            confusion[(g.type, best.type if best else NONE)] += 1
            if best is not None and best.type == g.type:
                if g.actor_countries:
                    actor_n, actor_ok = actor_n + 1, actor_ok + actor_fits(g, best)
                if g.recipient_countries:
                    rec_n, rec_ok = rec_n + 1, rec_ok + recipient_fits(g, best)
        for c in got:
            k = counts.setdefault(c.type, Counter())
            k["coded"] += 1
            k["correct_type"] += any(matches(g, c, False) for g in rec.events)
            k["correct_full"] += any(matches(g, c) for g in rec.events)
        if not rec.events:
            confusion.update([(NONE, c.type) for c in got] or [(NONE, NONE)])
        right = all(any(matches(g, c) for c in got) for g in rec.events) and (rec.events or not got)
        exact = right and all(any(matches(g, c) for g in rec.events) for c in got)
        n_correct, n_exact = n_correct + bool(right), n_exact + bool(exact)
        if rec.category:
            cat = by_cat.setdefault(rec.category, [0, 0])
            cat[0], cat[1] = cat[0] + 1, cat[1] + bool(right)
        if not right:
            text = rec.text if len(rec.text) <= excerpt else rec.text[:excerpt - 1] + "…"
            wrong.append(WrongRecord(rec.id, text, tuple(map(describe, rec.events)) or (NONE,),
                                     tuple(map(describe, got)) or (NONE,)))
    per_type = tuple(TypeScore(t, **{k: v for k, v in c.items()}) for t, c in sorted(counts.items()))
    total = TypeScore("ALL", *(sum(getattr(s, f) for s in per_type) for f in (
        "gold", "coded", "found_type", "correct_type", "found_full", "correct_full")))
    macro = [sum(s.prf(full)[2] for s in per_type) / len(per_type) if per_type else 0.0
             for full in (False, True)]
    return EvalResult(gold_path, coder, n_records, n_scored, n_correct, n_exact, per_type, total,
                      macro[0], macro[1], (actor_ok, actor_n), (rec_ok, rec_n), dict(confusion),
                      tuple(wrong), tuple(skipped), {k: tuple(v) for k, v in sorted(by_cat.items())})
