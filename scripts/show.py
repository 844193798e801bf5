"""Print what multipolar reads in a text: mentions, quotes and events (a developer's view).

    .venv/bin/python scripts/show.py "Some sentence." [--date 2023-06-01] [--kb DIR] [--parse]
    .venv/bin/python scripts/show.py --file article.txt
"""
import argparse

from multipolar.model import Article
from multipolar.nlp.pipeline import code_articles, load_pipeline

p = argparse.ArgumentParser()
p.add_argument("text", nargs="?")
p.add_argument("--file")
p.add_argument("--date")
p.add_argument("--kb")
p.add_argument("--parse", action="store_true")
a = p.parse_args()
text = open(a.file, encoding="utf-8").read() if a.file else a.text
nlp = load_pipeline(kb_path=a.kb)
if a.parse:
    for s in nlp(text).sents:
        print(" ".join(f"{t.text}/{t.dep_}>{t.head.i}/{t.pos_}" for t in s))
(r,) = code_articles([Article("x", text, a.date)], nlp)
print("status:", r.status, r.reason or "")
for m in r.mentions:
    print(f"  M {r.text[m.start:m.end]!r:40} {m.actor.name} {m.actor.country} {m.actor.sector} [{m.actor.how}]")
for q in r.quotes:
    print(f"  Q {q.text[:60]!r} <- {q.speaker.name if q.speaker else None} ({q.cue})")
for e in r.events:
    flags = "".join(f for f, on in (("N", e.negated), ("H", e.hypothetical), ("F", e.future)) if on)
    print(f"  E {e.type:9} {e.mode or '':10} {[x.country or x.name for x in e.actor]} -> "
          f"{[x.country or x.name for x in e.recipient]} {flags} {e.date} «{e.trigger.text}» "
          f"{e.rule}: {e.evidence.text[:90]!r}")
