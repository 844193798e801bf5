"""Score actor resolution against the hand-written set in tests/data/resolution_cases.jsonl.

    .venv/bin/python scripts/eval_resolution.py                 # report for people
    .venv/bin/python scripts/eval_resolution.py --json          # one JSON object
    .venv/bin/python scripts/eval_resolution.py --kind descriptor --failures 20

Every case is one mention in a sentence or two on a date, run through
``multipolar.nlp.resolve.resolve_in_context`` with the shipped knowledge base (loaded once).
A case passes when

- ``expect.none`` is true and no actor is found; otherwise an actor is found and
- its country equals ``expect.country`` (when given),
- its name is the same person or organisation as ``expect.name`` (when given), by the lenient
  rule of ``shared/eval/score.py``: accents and case folded, last words of the names within two
  edits ("Lukashenko" ~ "Lukashenka", "Qaddafi" ~ "Gaddafi"), with three refinements that keep
  it honest: hyphens count as spaces ("al-Assad" ~ "Assad"), a word of three letters or fewer
  must match within one edit ("Kim Jong Un" is not "Kim Jong Il"), and a regnal number keeps the
  word before it ("Elizabeth II" is not "Charles III"). The expected name also matches when it
  is one of the knowledge-base names of the entity that was found ("OPEC" for the
  Organization of the Petroleum Exporting Countries), and a monarch's title "X of Y" matches a
  found name that contains X,
- its sector equals ``expect.sector`` (when given).

The exit status is always 0: the floor is asserted by tests/test_resolution_set.py.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "data" / "resolution_cases.jsonl"

KINDS = ("state-name", "state-variant", "demonym-group", "people-noun", "capital", "seat",
         "person-name", "person-variant", "person-surname", "descriptor", "pronoun", "short-name",
         "quote-first-person", "organisation", "armed-group", "company", "non-actor")
DECADES = ("1980s", "1990s", "2000s", "2010s", "2020s")
_ROMAN = re.compile(r"^[ivxl]+$")


# ---- the lenient name rule ------------------------------------------------------------------
def norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("ı", "i")
    s = re.sub(r"\([^)]*\)", " ", s)             # "al-Shabaab (militant group)"
    s = re.sub(r"[-\u2010-\u2015.,]", " ", s)     # hyphens and initials count as spaces
    return " ".join(s.lower().split())


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _key(name: str) -> str:
    words = norm(name).split()
    if not words:
        return ""
    if len(words) > 1 and _ROMAN.match(words[-1]):
        return " ".join(words[-2:])
    return words[-1]


def same_name(expected: str, got: str | None) -> bool:
    """Surnames within two edits (one for words of three letters or fewer)."""
    if not got:
        return False
    a, b = _key(expected), _key(got)
    if not a or not b:
        return False
    limit = 2 if min(len(a), len(b)) > 3 else 1
    if edit_distance(a, b) <= limit:
        return True
    if " of " in expected:                        # "Abdullah of Saudi Arabia", "Mohammed VI of Morocco"
        head = norm(expected.split(" of ")[0])
        return f" {head} " in f" {norm(got)} "
    return False


def known_forms(actor, kb) -> set[str]:
    """Every name the knowledge base gives the entity the coder found."""
    forms: list[str] = []
    if actor.id in kb.persons:
        p = kb.persons[actor.id]
        forms = [p.name, *p.variants]
    elif actor.id in kb.orgs:
        o = kb.orgs[actor.id]
        forms = [o.name, *o.variants]
    return {norm(f) for f in forms}


def judge(expect: dict, actor, kb) -> tuple[bool, str]:
    """(passed, what was wrong) for one resolved actor against the expectation."""
    if expect.get("none"):
        return (actor is None, "" if actor is None else "an actor was found where none should be")
    if actor is None:
        return False, "no actor"
    wrong = []
    if expect.get("country") and actor.country != expect["country"]:
        wrong.append("country")
    name = expect.get("name")
    if name and not (same_name(name, actor.name) or norm(name) in known_forms(actor, kb)):
        wrong.append("name")
    if expect.get("sector") and actor.sector != expect["sector"]:
        wrong.append("sector")
    return not wrong, ", ".join(wrong)


# ---- the set ----------------------------------------------------------------------------------
def decade(date: str) -> str:
    return f"{date[:3]}0s"


def load_cases(path: Path = CASES) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _order(known: tuple[str, ...], key: str) -> tuple[int, str]:
    return (known.index(key) if key in known else len(known), key)


def _ratio(hits: int, n: int) -> float:
    return round(hits / n, 4) if n else 0.0


def evaluate(cases: list[dict], nlp=None, kb=None) -> dict:
    """Run every case and return the summary (accuracy overall, by kind, by decade) and failures."""
    from multipolar.kb import load_kb
    from multipolar.nlp.pipeline import load_pipeline
    from multipolar.nlp.resolve import resolve_in_context

    kb = kb or load_kb()
    nlp = nlp or load_pipeline()
    results = []
    by_kind: dict[str, list[bool]] = defaultdict(list)
    by_decade: dict[str, list[bool]] = defaultdict(list)
    for case in cases:
        r = resolve_in_context(case["mention"], case["context"], case["date"], nlp=nlp, kb=kb)
        ok, wrong = judge(case["expect"], r.actor, kb)
        by_kind[case["kind"]].append(ok)
        by_decade[decade(case["date"])].append(ok)
        got = r.actor.to_dict() if r.actor else None
        results.append({"id": case["id"], "kind": case["kind"], "mention": case["mention"],
                        "date": case["date"], "ok": ok, "wrong": wrong, "expect": case["expect"],
                        "got": got, "why": r.why, "note": case.get("note", "")})
    hits = sum(r["ok"] for r in results)
    states = {c["expect"]["country"] for c in cases if c["expect"].get("country")}
    return {
        "cases": len(results), "passed": hits, "accuracy": _ratio(hits, len(results)),
        "by_kind": {k: {"n": len(v), "passed": sum(v), "accuracy": _ratio(sum(v), len(v))}
                    for k, v in sorted(by_kind.items(), key=lambda kv: _order(KINDS, kv[0]))},
        "by_decade": {d: {"n": len(v), "passed": sum(v), "accuracy": _ratio(sum(v), len(v))}
                      for d, v in sorted(by_decade.items(), key=lambda kv: _order(DECADES, kv[0]))},
        "states": len(states),
        "failures": [r for r in results if not r["ok"]],
    }


def _fmt_actor(a: dict | None) -> str:
    if a is None:
        return "none"
    return f"{a.get('name')} / {a.get('country')} / {a.get('sector')} [{a.get('how')}]"


def _fmt_expect(e: dict) -> str:
    if e.get("none"):
        return "none"
    return f"{e.get('name')} / {e.get('country')} / {e.get('sector')}"


def report(summary: dict, limit: int | None = None, out=sys.stdout) -> None:
    w = out.write
    w(f"resolution set: {summary['cases']} cases, {summary['states']} distinct expected states\n")
    w(f"accuracy: {summary['accuracy']:.3f} ({summary['passed']}/{summary['cases']})\n\n")
    w("by kind:\n")
    for k, v in summary["by_kind"].items():
        w(f"  {k:20} {v['accuracy']:.3f}  {v['passed']:>4}/{v['n']}\n")
    w("by decade:\n")
    for d, v in summary["by_decade"].items():
        w(f"  {d:20} {v['accuracy']:.3f}  {v['passed']:>4}/{v['n']}\n")
    fails = summary["failures"]
    w(f"\nfailures ({len(fails)}):\n")
    for f in fails[:limit] if limit is not None else fails:
        w(f"  {f['id']} {f['kind']:18} {f['mention']!r} {f['date']}  wrong: {f['wrong']}\n"
          f"      expected {_fmt_expect(f['expect'])}\n"
          f"      got      {_fmt_actor(f['got'])}\n"
          f"      why      {f['why']}\n")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--cases", default=str(CASES), help="the JSON Lines file of cases")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of a report")
    p.add_argument("--kind", action="append", help="only cases of this kind (repeatable)")
    p.add_argument("--failures", type=int, default=None, help="list at most this many failures")
    a = p.parse_args(argv)
    cases = load_cases(Path(a.cases))
    if a.kind:
        cases = [c for c in cases if c["kind"] in a.kind]
    summary = evaluate(cases)
    if a.json:
        json.dump(summary, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        report(summary, a.failures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
