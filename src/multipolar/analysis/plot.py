"""Time series of v1 scores with their intervals, drawn with matplotlib (Agg: no display needed)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from .alignment import MEASURE


def plot_series(series: Mapping[str, pd.DataFrame], path: str | Path, title: str = "",
                level: float = 0.9) -> Path:
    """Draw one panel per series (columns ``start``, ``score``, ``low``, ``high``, ``n_events``):
    the score on the [-1, 1] scale, its interval as a band, the number of events per window; and
    save a PNG.

    Args:
        series: Label -> scored windows (from :func:`alignment_frame` or :func:`leaning_frame`).
        path: The file to write.
        title: The figure title.
        level: The interval's level, for the caption.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    frames = {k: f.dropna(subset=["start"]).sort_values("start") for k, f in series.items()}
    frames = {k: f for k, f in frames.items() if not f.empty} or {"no evidence": None}
    fig, axes = plt.subplots(len(frames), 1, figsize=(9, 1.9 * len(frames) + 1.0), dpi=110,
                             sharex=True, squeeze=False)
    for ax, (label, f) in zip(axes[:, 0], frames.items()):
        ax.axhline(0, color="grey", linewidth=0.8)
        ax.set_ylim(-1.05, 1.05)
        ax.set_yticks([-1, 0, 1])
        if f is None:
            ax.set_title(label, loc="left", fontsize=9)
            continue
        x = pd.to_datetime(f["start"])
        ax.fill_between(x, f["low"], f["high"], color="tab:blue", alpha=0.12, linewidth=0)
        ax.vlines(x, f["low"], f["high"], color="tab:blue", alpha=0.45, linewidth=2.5)
        ax.plot(x, f["score"], marker="o", markersize=3.5, linewidth=1.4, color="tab:blue")
        for xi, yi, n in zip(x, f["score"], f["n_events"]):
            ax.annotate(str(int(n)), (xi, yi), textcoords="offset points", xytext=(7, 3),
                        ha="left", fontsize=6, color="dimgrey")
        ax.set_title(f"{label}  ({int(f['n_events'].sum())} events)", loc="left", fontsize=9)
    axes[-1, 0].xaxis.set_major_formatter(mdates.ConciseDateFormatter(axes[-1, 0].xaxis.get_major_locator()))
    fig.suptitle(title or "Alignment over time", fontsize=11)
    fig.text(0.99, 0.005, f"{MEASURE}: score -1 (conflict) .. +1 (cooperation); band: {level:.0%} "
             "interval (bars and band); small numbers: events per window", ha="right", va="bottom", fontsize=7,
             color="grey")
    fig.tight_layout(rect=(0, 0.02, 1, 1))
    path = Path(path)
    fig.savefig(path)
    plt.close(fig)
    return path
