"""Event streams with a known truth, to check that the measures recover it.

Each generator returns event dicts shaped like :meth:`Store.events` rows, so they go through the
same deduplication and scoring as coded news (``from_rows(rows)``).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta
from itertools import combinations
from typing import Any

from ..ontology import intensity

COOPERATIVE = (("AGREE", None), ("CONSULT", "visit"), ("SUPPORT", None), ("COOPERATE", None),
               ("AID", None), ("CONSULT", "phone"))
CONFLICTUAL = (("ACCUSE", None), ("THREATEN", None), ("SANCTION", None), ("REJECT", None),
               ("MOBILIZE", "troops"), ("COERCE", None))


def node(code: str) -> dict[str, Any]:
    """An actor dict: a state for a three-letter code, else an organisation."""
    if len(code) == 3 and code.isupper():
        return {"text": code, "name": code, "country": code, "sector": "GOV", "id": code, "how": "kb"}
    return {"text": code, "name": code, "country": None, "sector": "IGO", "id": code, "how": "kb"}


def event_row(id: str, type: str, actors: Sequence[str], recipients: Sequence[str] = (),
              day: str | None = "2023-05-01", doc_id: str = "d1", mode: str | None = None,
              evidence: str | None = None, doc_date: str | None = None, negated: bool = False,
              hypothetical: bool = False, value: float | None = None,
              quote_id: str | None = None) -> dict[str, Any]:
    """One event dict as :meth:`Store.events` returns it."""
    text = evidence or f"{' and '.join(actors)} {type.lower()} {' and '.join(recipients)} ({id})."
    return {"id": id, "doc_id": doc_id, "type": type, "mode": mode, "cameo": None,
            "intensity": intensity(type, mode) if value is None else value, "negated": negated,
            "hypothetical": hypothetical, "future": False, "date": day, "evidence": text,
            "evidence_start": 0, "evidence_end": len(text), "sentence_start": 0,
            "sentence_end": len(text), "quote_id": quote_id, "rule": "synthetic", "title": None,
            "doc_date": doc_date or day, "context": [], "actor": [node(a) for a in actors],
            "recipient": [node(r) for r in recipients]}


def _draw(rng: random.Random, friendly: bool, noise: float) -> tuple[str, str | None]:
    pool = COOPERATIVE if friendly != (rng.random() < noise) else CONFLICTUAL
    return rng.choice(pool)


def drifting_pair(a: str = "ARM", b: str = "RUS", start: str = "2022-01-01", change: str = "2023-07-16",
                  end: str = "2024-12-31", per_month: int = 8, noise: float = 0.15,
                  seed: int = 0) -> list[dict[str, Any]]:
    """Two states that cooperate until ``change`` and are in conflict after it.

    About ``per_month`` events a month on random days, each drawn from the other side's types
    with probability ``noise``; one event per document, directions at random.
    """
    rng = random.Random(seed)
    first, last, turn = (date.fromisoformat(x) for x in (start, end, change))
    days = (last - first).days + 1
    rows = []
    for n in range(round(per_month * days / 30.44)):
        day = first + timedelta(days=rng.randrange(days))
        etype, mode = _draw(rng, day < turn, noise)
        x, y = (a, b) if rng.random() < 0.5 else (b, a)
        rows.append(event_row(f"e{n}", etype, [x], [y], day.isoformat(), f"doc{n}", mode))
    return rows


def bloc_world(blocs: Sequence[Sequence[str]] = (("USA", "GBR", "POL", "DEU"), ("RUS", "BLR", "KAZ"),
                                                 ("CHN", "PAK", "KHM", "LAO")),
               observed: float = 0.6, events: tuple[int, int] = (2, 8), noise: float = 0.2,
               seed: int = 0, day: str = "2023-03-01") -> list[dict[str, Any]]:
    """States cooperating inside their bloc and in conflict across blocs.

    Every pair inside a bloc has evidence; a pair across blocs has some with probability
    ``observed``. A pair with evidence gets a number of events drawn from ``events``, each one of the wrong
    sign with probability ``noise``.
    """
    rng = random.Random(seed)
    where = {s: i for i, b in enumerate(blocs) for s in b}
    start = date.fromisoformat(day)
    rows: list[dict[str, Any]] = []
    for x, y in combinations(sorted(where), 2):
        friendly = where[x] == where[y]
        if not friendly and rng.random() > observed:
            continue
        for _ in range(rng.randint(*events)):
            etype, mode = _draw(rng, friendly, noise)
            d = (start + timedelta(days=rng.randrange(300))).isoformat()
            s, r = (x, y) if rng.random() < 0.5 else (y, x)
            n = len(rows)
            rows.append(event_row(f"e{n}", etype, [s], [r], d, f"doc{n}", mode))
    return rows


def recovery_rates(seeds: int = 100) -> list[str]:
    """How often the measures recover the truth of these generators over many seeds: the
    numbers quoted in docs/alignment.md (``python -m multipolar.analysis.synthetic``)."""
    from .blocs import bloc_frame
    from .eventset import from_rows
    from .load import window_of, window_start
    from .shifts import shift_frame

    def index(label: str, window: str) -> int:
        start = window_start(label)
        months = int(start[:4]) * 12 + int(start[5:7]) - 1
        return months // 3 if window == "quarter" else months

    lines = []
    for per_month in (4, 8):
        for window in ("month", "quarter"):
            hit = clean = null = 0
            truth = index(window_of("2023-07-16", window), window)
            for seed in range(seeds):
                found = [index(x, window) for x in shift_frame(from_rows(drifting_pair(
                    per_month=per_month, seed=seed)), window)["after"]]
                hit += any(abs(f - truth) <= 1 for f in found)
                clean += bool(found) and all(abs(f - truth) <= 1 for f in found)
                null += not shift_frame(from_rows(drifting_pair(
                    per_month=per_month, seed=seed, change="2030-01-01")), window).empty
            lines.append(f"shift, {per_month} events/month, by {window}: found within one window "
                         f"{hit}/{seeds}, with no other flag {clean}/{seeds}; "
                         f"flags on series without change {null}/{seeds}")
    for observed, events, noise in ((0.6, (3, 10), 0.1), (0.6, (2, 8), 0.15), (0.6, (2, 8), 0.2)):
        want = {",".join(sorted(b)) for b in (("USA", "GBR", "POL", "DEU"), ("RUS", "BLR", "KAZ"),
                                             ("CHN", "PAK", "KHM", "LAO"))}
        ok = sum(set(bloc_frame(from_rows(bloc_world(observed=observed, events=events, noise=noise,
                                                     seed=seed)))["members"]) == want
                 for seed in range(seeds))
        lines.append(f"blocs, cross pairs observed {observed:.0%}, {events[0]}-{events[1]} events a "
                     f"pair, {noise:.0%} noise: exact {ok}/{seeds}")
    return lines


if __name__ == "__main__":  # pragma: no cover
    print("\n".join(recovery_rates()))
