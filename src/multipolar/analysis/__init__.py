"""The alliance system from coded events: deduplicated events, dyads, alignment with
uncertainty, leanings toward poles, blocs and shifts, each with the evidence behind it.

    >>> from multipolar.analysis import prepare, alignment_frame, explain
    >>> es = prepare(store, since="2023")             # deduplicated events of a Store
    >>> alignment_frame(es, window="quarter")          # a DataFrame, one row per pair and window
    >>> explain(es, "BLR", "RUS").events               # the events and sentences behind a score

Every function that takes ``source`` accepts a :class:`~multipolar.store.Store` or an
:class:`EventSet`; preparing once and passing the EventSet avoids reading the store again.
The measure is ``multipolar.alignment.v1`` (see docs/alignment.md).
"""

from .alignment import LEVEL, MEASURE, TIE_ORGS, alignment_frame, pair_alignment, posterior, structural_ties
from .blocs import bloc_frame, find_blocs
from .dedup import deduplicate, near_duplicate_docs
from .dyads import dyad_frame
from .eventset import EventSet, from_rows, prepare
from .explain import Explanation, explain, pair_quotes
from .load import WINDOWS, Event, Source, auto_window, parse_period
from .plot import plot_series
from .poles import DEFAULT_POLES, leaning_frame, leaning_summary, pole_nodes
from .report import SECTIONS, alignment_sections, demo_report, plot_pairs, report_text, stance_report
from .shifts import find_shifts, shift_frame

__all__ = [
    "DEFAULT_POLES", "LEVEL", "MEASURE", "SECTIONS", "TIE_ORGS", "WINDOWS", "Event", "EventSet", "Explanation",
    "Source", "alignment_frame", "alignment_sections", "auto_window", "bloc_frame", "deduplicate", "demo_report", "dyad_frame",
    "explain", "find_blocs", "find_shifts", "from_rows", "leaning_frame", "leaning_summary",
    "near_duplicate_docs", "pair_alignment", "pair_quotes", "parse_period", "plot_pairs", "plot_series",
    "pole_nodes", "posterior", "prepare", "report_text", "shift_frame", "stance_report",
    "structural_ties",
]
