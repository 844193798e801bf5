"""Draw events at random from a store for a hand audit by a reader who did not write the coder.

    .venv/bin/python scripts/audit_events.py --db news-dev.db --n 40 --seed 31 > audit.jsonl

One JSON line an event (negated and hypothetical ones excluded): the sentence, the type and mode,
actor and recipient (text and state), the confidence and the rule, and an empty ``verdict`` for the
reader (right / wrong type / wrong actor / wrong recipient / no event, with a note).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from multipolar import api


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--db", required=True)
    p.add_argument("--n", type=int, default=40)
    p.add_argument("--seed", type=int, default=31)
    a = p.parse_args()
    store = api.open_store(a.db)
    rows = store.events()
    for r in random.Random(a.seed).sample(rows, min(a.n, len(rows))):
        text = store.document_text(r["doc_id"]) or ""
        sentence = text[r["sentence_start"]:r["sentence_end"]] if r["sentence_start"] is not None else r["evidence"]
        side = lambda group: [f"{x['text']} ({x['country'] or x['id'] or '?'})" for x in group]
        print(json.dumps({"event": r["id"], "date": r["doc_date"], "sentence": sentence, "type": r["type"],
                          "mode": r["mode"], "actor": side(r["actor"]), "recipient": side(r["recipient"]),
                          "confidence": r.get("confidence"), "rule": r["rule"], "verdict": ""},
                         ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
