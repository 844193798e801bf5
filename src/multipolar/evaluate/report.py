"""Render an :class:`~multipolar.evaluate.score.EvalResult` as text tables or JSON-ready data."""

from __future__ import annotations

from typing import Any

from .score import NONE, EvalResult, TypeScore


def _pct(n: int, d: int) -> str:
    return f"{n}/{d} ({n / d:.1%})" if d else "n/a"


def _row(s: TypeScore, width: int) -> str:
    pt, rt, ft = s.prf(full=False)
    pf, rf, ff = s.prf(full=True)
    return (f"{s.type:<{width}} {s.gold:>5} {s.coded:>6}   {pt:>6.3f} {rt:>6.3f} {ft:>6.3f}"
            f"   {pf:>6.3f} {rf:>6.3f} {ff:>6.3f}")


def confusion_table(result: EvalResult) -> list[str]:
    """Gold types in rows, coded types in columns; NONE last in both."""
    def order(names: set[str]) -> list[str]:
        return sorted(names - {NONE}) + ([NONE] if NONE in names else [])

    rows = order({g for g, _ in result.confusion})
    cols = order({c for _, c in result.confusion})
    width = max([len(r) for r in rows] + [9])
    heads = [c[:9] for c in cols]
    out = [" " * width + " " + " ".join(f"{h:>9}" for h in heads)]
    for r in rows:
        cells = [result.confusion.get((r, c), 0) for c in cols]
        out.append(f"{r:<{width}} " + " ".join(f"{v or '.':>9}" for v in cells))
    return out


def render_text(result: EvalResult, max_wrong: int | None = None) -> str:
    """The report for people: headline shares, per-type scores, confusion, records wrong."""
    width = max([len(s.type) for s in result.per_type] + [12])
    lines = [
        f"multipolar eval: {result.gold_path} (coder: {result.coder})",
        f"records: {result.n_records}, scored: {result.n_scored}, skipped: {len(result.skipped)}",
        f"right PLOVER type, source and target: {_pct(result.n_correct, result.n_scored)}; "
        f"with no extra event: {_pct(result.n_exact, result.n_scored)}",
        f"actor country accuracy: {_pct(*result.actor_accuracy)}; recipient country accuracy: "
        f"{_pct(*result.recipient_accuracy)} (expected events whose type was coded)",
        "",
        f"{'type':<{width}} {'gold':>5} {'coded':>6}   {'P':>6} {'R':>6} {'F1':>6}"
        f"   {'P':>6} {'R':>6} {'F1':>6}",
        f"{'':<{width}} {'':>5} {'':>6}   {'type only':^20}   {'type+actor+recipient':^20}",
        *(_row(s, width) for s in result.per_type),
        _row(result.total, width) + "  (micro)",
        f"{'macro-F1':<{width}} {'':>5} {'':>6}   {'':>13} {result.macro_f1_type:>6.3f}"
        f"   {'':>13} {result.macro_f1_full:>6.3f}",
        "",
        "confusion: expected type (rows) x best coded event (columns); NONE = no event",
        *confusion_table(result),
    ]
    if result.by_category:
        lines += ["", "right by category: " + ", ".join(
            f"{k} {ok}/{n}" for k, (n, ok) in result.by_category.items())]
    wrong = result.wrong if max_wrong is None else result.wrong[:max_wrong]
    lines += ["", f"records coded wrong: {len(result.wrong)}"]
    for w in wrong:
        lines += [f"  {w.id}: {w.text}", f"      expected: {'; '.join(w.expected)}",
                  f"      got:      {'; '.join(w.got)}"]
    if len(wrong) < len(result.wrong):
        lines.append(f"  ... and {len(result.wrong) - len(wrong)} more (--format json lists all)")
    if result.skipped:
        lines += ["", f"records not scored: {len(result.skipped)}"]
        lines += [f"  {rid}: {why}" for rid, why in result.skipped]
    return "\n".join(lines)


def to_json(result: EvalResult) -> dict[str, Any]:
    """The report as JSON-ready data (``--format json``)."""
    def scores(s: TypeScore) -> dict[str, Any]:
        pt, rt, ft = s.prf(full=False)
        pf, rf, ff = s.prf(full=True)
        return {"type": s.type, "gold": s.gold, "coded": s.coded,
                "type_only": {"precision": pt, "recall": rt, "f1": ft},
                "full": {"precision": pf, "recall": rf, "f1": ff}}

    return {
        "gold": result.gold_path, "coder": result.coder, "records": result.n_records,
        "scored": result.n_scored, "correct": result.n_correct, "exact": result.n_exact,
        "share_correct": result.share_correct, "share_exact": result.share_exact,
        "actor_accuracy": dict(zip(("ok", "of"), result.actor_accuracy)),
        "recipient_accuracy": dict(zip(("ok", "of"), result.recipient_accuracy)),
        "per_type": [scores(s) for s in result.per_type], "micro": scores(result.total),
        "macro_f1": {"type_only": result.macro_f1_type, "full": result.macro_f1_full},
        "confusion": [{"gold": g, "coded": c, "n": n}
                      for (g, c), n in sorted(result.confusion.items())],
        "by_category": {k: {"records": n, "correct": ok} for k, (n, ok) in result.by_category.items()},
        "wrong": [{"id": w.id, "text": w.text, "expected": list(w.expected), "got": list(w.got)}
                  for w in result.wrong],
        "skipped": [{"id": i, "reason": r} for i, r in result.skipped],
    }
