"""Event streams with a known truth, to check that the measures recover it.

Each generator returns event dicts shaped like :meth:`Store.events` rows, so they go through the
same deduplication and scoring as coded news (``from_rows(rows)``). :func:`news_documents` and
:func:`fill_store` make a coded store of any size instead (scale tests, bench/queries.py).
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from itertools import accumulate, combinations
from typing import Any

from ..model import ActorRef, Article, DocResult, Event, Mention, Quote, Span
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


# ---- a coded store of any size ------------------------------------------------------------------
STATES = ("USA", "GBR", "FRA", "DEU", "POL", "UKR", "RUS", "BLR", "KAZ", "CHN", "IND", "PAK", "IRN",
          "ISR", "TUR", "SAU", "EGY", "JPN", "KOR", "PRK", "BRA", "ZAF", "NGA", "ARM", "AZE", "GEO",
          "SRB", "HUN", "ITA", "ESP", "CAN", "AUS", "VNM", "PHL", "IDN", "MEX", "VEN", "CUB", "SYR",
          "IRQ", "UZB", "KGZ", "MDA", "LTU", "LVA", "EST", "FIN", "SWE", "NOR", "QAT", "ARE", "ETH",
          "KEN", "MAR", "DZA", "LBY", "AFG", "MMR", "THA", "MYS")
PROBE = ("ARM", "AZE")
_ORGS = (ActorRef("EU", "European Union", None, "IGO", "EU"), ActorRef("NATO", "NATO", None, "IGO", "NATO"),
         ActorRef("Borrell", "Josep Borrell", None, "IGO", "p:josep-borrell"))  # an EU official
_CUM = list(accumulate(1 / (i + 1) ** 0.8 for i in range(len(STATES))))  # a few states make most news
_FIRST = date(2015, 1, 1)


def _state(code: str, rng: random.Random) -> ActorRef:
    if rng.random() < 0.03:  # the opposition: not the state's conduct
        return ActorRef(f"{code} opposition", f"{code} opposition", code, "OPP", None)
    return ActorRef(code, code, code, "GOV", code)


def _sides(rng: random.Random) -> tuple[tuple[ActorRef, ...], tuple[ActorRef, ...], bool]:
    """Actors, recipients and whether they are friends; never both PROBE states."""
    while True:
        codes = rng.choices(STATES, cum_weights=_CUM, k=3)
        if codes[0] != codes[1] and len(set(codes[:2]) & set(PROBE)) < 2:
            break
    x, y = _state(codes[0], rng), _state(codes[1], rng)
    if rng.random() < 0.08:
        y = rng.choice(_ORGS)
    friendly = STATES.index(codes[0]) % 3 == (STATES.index(codes[1]) % 3 if y.country else 0)
    r = rng.random()
    extra = codes[2] not in (*codes[:2], *(PROBE if set(codes[:2]) & set(PROBE) else ()))
    if r < 0.05 and extra:  # a compound recipient
        return (x,), (y, _state(codes[2], rng)), friendly
    if r < 0.10:  # reciprocal: both act, no recipient
        return (x, y), (), friendly
    return (x,), (y,), friendly


def _document(rng: random.Random, vocab: list[str], doc_id: str, day: date,
              sides: list[tuple[tuple[ActorRef, ...], tuple[ActorRef, ...], bool]]
              ) -> tuple[Article, DocResult]:
    parts: list[str] = []
    at = 0
    mentions: list[Mention] = []

    def put(text: str, actor: ActorRef | None = None) -> Span:
        nonlocal at
        span = Span(text, at, at + len(text))
        parts.append(text)
        at += len(text)
        if actor is not None:
            mentions.append(Mention(span.start, span.end, actor))
        return span

    def words(n: int) -> str:
        return " ".join(rng.choice(vocab) for _ in range(n))

    put(words(rng.randint(60, 120)).capitalize() + ". ")
    events, quotes = [], []
    for k, (actors, recipients, friendly) in enumerate(sides):
        etype, mode = _draw(rng, friendly, 0.2)
        r = rng.random()
        when = (day.isoformat() if r < 0.6 else (day - timedelta(days=rng.randint(1, 3))).isoformat()
                if r < 0.7 else day.isoformat()[:7] if r < 0.85 else None)
        quote_id = None
        start = at
        if k == 0 and recipients and len(actors) == 1 and rng.random() < 0.2:  # read from a quote
            put('"We ')
            q_start = at
            trigger = put(etype.lower())
            put(" ")
            for n, a in enumerate(recipients):
                put(" and " if n else "")
                put(a.text, a)
            put(" " + words(6))
            q_end = at
            put('," said ')
            put(actors[0].text, actors[0])
            put(". ")
            quote_id = f"{doc_id}:q1"
            quotes.append(Quote(quote_id, "".join(parts)[q_start:q_end], q_start, q_end, actors[0], "say"))
        else:
            for n, a in enumerate(actors):
                put(" and " if n else "")
                put(a.text, a)
            put(" ")
            trigger = put(etype.lower())
            for n, a in enumerate(recipients):
                put(" and " if n else " ")
                put(a.text, a)
            put(" " + words(5) + ". ")
        sentence = Span("".join(parts)[start:at - 1], start, at - 1)
        conf = None if rng.random() < 0.5 else round(rng.uniform(0.5, 1.0), 3)
        events.append(Event(f"{doc_id}:e{k}", etype, mode, (), actors, recipients,
                            rng.random() < 0.03, rng.random() < 0.03, False, when, sentence, trigger,
                            intensity=intensity(etype, mode), quote_id=quote_id, rule="synthetic",
                            sentence=sentence, confidence=conf))
        put(words(rng.randint(20, 60)).capitalize() + ". ")
    text = "".join(parts).strip()
    return (Article(doc_id, text, day.isoformat(), f"Report {doc_id}", None, "synthetic"),
            DocResult(doc_id, "ok", mentions=tuple(mentions), events=tuple(events), quotes=tuple(quotes)))


def _copy(doc: tuple[Article, DocResult], doc_id: str, rng: random.Random,
          vocab: list[str]) -> tuple[Article, DocResult]:
    """A re-publication a day later, each event sentence reworded (its last word) and one sentence
    added: the same events, renamed, that only the near-duplicate rule can merge."""
    art, res = doc
    day = (date.fromisoformat(art.date) + timedelta(days=1)).isoformat()  # type: ignore[arg-type]
    quotes = tuple(Quote(f"{doc_id}:q1", q.text, q.start, q.end, q.speaker, q.cue) for q in res.quotes)
    text, events = art.text, []
    for k, e in enumerate(res.events):
        ev = e.evidence
        if not e.quote_id:  # "... word." -> "... other." of the same length: offsets hold
            last = ev.text[:-1].rsplit(" ", 1)[1]
            same = [w for w in vocab[:500] if len(w) == len(last) and w != last] or [last]
            ev = Span(f"{ev.text[:-1 - len(last)]}{rng.choice(same)}.", ev.start, ev.end)
            text = text[:ev.start] + ev.text + text[ev.end:]
        events.append(Event(f"{doc_id}:e{k}", e.type, e.mode, e.context, e.actor, e.recipient,
                            e.negated, e.hypothetical, e.future, e.date, ev, e.trigger, e.cameo,
                            e.intensity, f"{doc_id}:q1" if e.quote_id else None, e.rule, ev,
                            confidence=e.confidence))
    text = f"{text} Updated at {rng.randint(10, 23)}:{rng.randint(10, 59)} local time ({doc_id})."
    return (Article(doc_id, text, day, art.title, None, art.source),
            DocResult(doc_id, "ok", mentions=res.mentions, events=tuple(events), quotes=quotes))


def news_documents(n_events: int, seed: int = 0, probe_events: int = 150, prefix: str = "d"
                   ) -> Iterator[tuple[Article, DocResult]]:
    """Coded news documents holding about ``n_events`` events, as (Article, DocResult) pairs.

    Pairs among 60 states (and the EU, NATO, an EU official) are drawn by popularity; three blocs
    cooperate inside and clash across; one document in eight is a copy of a recent one published
    a day later (the same events: work for the near-duplicate rule); some events are negated,
    hypothetical, dated by month or only by their article, read from a quote, or by the
    opposition. The pair :data:`PROBE` gets the same ``probe_events`` events whatever the size
    (and no other), so that a pair query can be compared across sizes.
    """
    rng, probe_rng = random.Random(seed), random.Random(f"probe{seed}")
    vocab = ["".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou")
                     for _ in range(rng.randint(1, 4))) for _ in range(5000)]
    probe = []
    while sum(len(r.events) for _, r in probe) < probe_events:
        a, b = (_state(c, probe_rng) for c in (PROBE if probe_rng.random() < 0.5 else PROBE[::-1]))
        if probe and probe_rng.random() < 0.15:
            probe.append(_copy(probe[-1], f"p{len(probe):06d}", probe_rng, vocab))
            continue
        sides = [((a,), (b,), False)] * probe_rng.randint(1, 3)
        probe.append(_document(probe_rng, vocab, f"p{len(probe):06d}",
                               _FIRST + timedelta(days=probe_rng.randrange(3650)), sides))
    step = max(1, round((n_events - probe_events) / 3.3 / max(1, len(probe))))
    recent: list[tuple[Article, DocResult]] = []
    made = n = 0
    while made < n_events - probe_events:
        doc_id = f"{prefix}{n:07d}"
        if recent and rng.random() < 0.125:
            doc = _copy(rng.choice(recent), doc_id, rng, vocab)
        else:
            sides = [_sides(rng) for _ in range(rng.choice((1, 2, 2, 3, 3, 3, 4, 4, 5, 6)))]
            doc = _document(rng, vocab, doc_id, _FIRST + timedelta(days=rng.randrange(3650)), sides)
            recent = [*recent[-49:], doc]
        made += len(doc[1].events)
        n += 1
        yield doc
        if probe and n % step == 0:
            yield probe.pop(0)
    yield from probe


def fill_store(store: Any, n_events: int, seed: int = 0, probe_events: int = 150, prefix: str = "d",
               batch: int = 500) -> int:
    """Ingest and save :func:`news_documents` into a Store, ``batch`` documents a transaction;
    returns the number of events written."""
    total, chunk = 0, []
    for doc in [*news_documents(n_events, seed, probe_events, prefix), None]:
        if doc is not None:
            chunk.append(doc)
        if chunk and (doc is None or len(chunk) >= batch):
            report = store.ingest([a for a, _ in chunk])
            if report.duplicates or report.renamed:  # every text differs: the store was not empty
                raise ValueError(f"documents already in the store: {report}")
            store.save_results([r for _, r in chunk])
            total += sum(len(r.events) for _, r in chunk)
            chunk = []
    return total


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
