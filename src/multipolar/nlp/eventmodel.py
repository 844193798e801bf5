"""The learned sentence event model: which PLOVER types a sentence asserts, with a probability.

A MiniLM encoder fine-tuned on the annotated corpus (corpus/events, see
scripts/train_event_model.py), exported as a quantised ONNX graph and run with onnxruntime: no
torch at coding time. Probabilities are temperature-scaled on the development split, so that 0.8
means "right about 8 times in 10" there (docs/events-model.md has the reliability table).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..errors import ModelNotFound
from .roles import RoleModel

ASSET = Path(__file__).resolve().parent.parent / "data" / "eventmodel"


class EventModel:
    """Score sentences: ``probabilities(texts)`` is an array ``[len(texts), len(labels)]``."""

    def __init__(self, path: Path = ASSET, threads: int = 1) -> None:
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError as e:  # pragma: no cover - both are in the default install
            raise ModelNotFound(f"The event model needs onnxruntime and tokenizers ({e}).") from None
        path = Path(path)
        missing = [f for f in ("model.onnx", "tokenizer.json", "meta.json", "roles.json") if not (path / f).exists()]
        if missing:
            raise ModelNotFound(f"No event model at {path} ({', '.join(missing)} missing).")
        self.meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
        self.labels: list[str] = self.meta["labels"]
        self.temperature = float(self.meta["temperature"])
        self.threshold = float(self.meta["threshold"])
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(path / "model.onnx"), opts, providers=["CPUExecutionProvider"])
        self.tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self.tokenizer.enable_truncation(int(self.meta.get("max_length", 128)))
        self.tokenizer.no_padding()
        self.roles = RoleModel(path / "roles.json")

    def logits(self, texts: list[str], batch: int = 32) -> np.ndarray:
        out = np.zeros((len(texts), len(self.labels)), dtype=np.float32)
        if not texts:
            return out
        enc = self.tokenizer.encode_batch(list(texts))
        order = sorted(range(len(texts)), key=lambda i: len(enc[i].ids))
        for k in range(0, len(order), batch):
            group = order[k:k + batch]
            width = max(len(enc[i].ids) for i in group)
            ids = np.zeros((len(group), width), dtype=np.int64)
            mask = np.zeros((len(group), width), dtype=np.int64)
            for row, i in enumerate(group):
                n = len(enc[i].ids)
                ids[row, :n] = enc[i].ids
                mask[row, :n] = 1
            out[group] = self.session.run(["logits"], {"input_ids": ids, "attention_mask": mask})[0]
        return out

    def probabilities(self, texts: list[str]) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-self.logits(texts) / self.temperature))


@lru_cache(maxsize=2)
def load_event_model(path: str | None = None) -> EventModel | None:
    """The shipped model (once per process), or None when the package has none."""
    where = Path(path) if path else ASSET
    if not (where / "model.onnx").exists():
        return None
    return EventModel(where)
