"""Near-duplicate signatures of document texts: a MinHash of the word 5-grams, cut into LSH bands.

The store computes a document's signature once, when its results are saved, and keeps it with
one key per band (tables ``signatures`` and ``signature_bands``); the near-duplicate rule of
:mod:`multipolar.analysis.dedup` compares signatures, never texts. Two documents whose signatures
agree on at least 80% of their 64 values agree on at least 4 whole bands of 4 (12 differences
spoil at most 12 of the 16 bands), so looking them up by band key misses no pair at that threshold.
"""

from __future__ import annotations

import re
from hashlib import blake2b

import numpy as np

PERM = 64
BANDS = 16
_rng = np.random.default_rng(20240601)
_XOR = _rng.integers(0, 2**63, size=PERM, dtype=np.uint64)
_MUL = _rng.integers(0, 2**63, size=PERM, dtype=np.uint64) * np.uint64(2) + np.uint64(1)


def normalise_text(text: str) -> str:
    """Lower case, letters and digits only, single spaces: syndicated copies differ in quotes,
    dashes and spacing, not in words."""
    return " ".join(re.findall(r"\w+", text.lower()))


def minhash(text: str, k: int = 5) -> np.ndarray:
    """A 64-value MinHash signature of the text's word k-grams (xor-multiply hashing mod 2^64)."""
    words = normalise_text(text).split()
    grams = {" ".join(words[i:i + k]) for i in range(max(1, len(words) - k + 1))}
    h = np.fromiter((int.from_bytes(blake2b(g.encode(), digest_size=8).digest(), "little")
                     for g in grams), dtype=np.uint64, count=len(grams))
    with np.errstate(over="ignore"):
        return ((h[:, None] ^ _XOR[None, :]) * _MUL[None, :]).min(axis=0)


def to_bytes(sig: np.ndarray) -> bytes:
    """The stored form: 64 little-endian unsigned 64-bit integers (512 bytes)."""
    return sig.astype("<u8").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u8").astype(np.uint64)


def band_keys(sig: np.ndarray) -> list[int]:
    """One signed 64-bit key per band (the band's number and its 4 values, hashed): documents
    sharing a key are candidate near-duplicates."""
    rows = PERM // BANDS
    raw = sig.astype("<u8").tobytes()
    return [int.from_bytes(blake2b(bytes([b]) + raw[8 * rows * b:8 * rows * (b + 1)],
                                   digest_size=8).digest(), "little", signed=True)
            for b in range(BANDS)]


def signature_rows(texts: dict[str, str]) -> tuple[list[dict], list[dict]]:
    """Rows of the tables ``signatures`` and ``signature_bands`` for these documents (id: text)."""
    sig_rows, band_rows = [], []
    for doc_id, text in texts.items():
        sig = minhash(text)
        sig_rows.append({"doc_id": doc_id, "minhash": to_bytes(sig)})
        band_rows += [{"key": k, "doc_id": doc_id} for k in band_keys(sig)]
    return sig_rows, band_rows


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """The share of equal values: the MinHash estimate of the Jaccard similarity."""
    return float(np.mean(a == b))
