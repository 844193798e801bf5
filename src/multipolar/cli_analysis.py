"""The `alignment` and `explain` commands: parse options, call :mod:`multipolar.analysis`, render.
cli.py registers them on the main group (``main.add_command(alignment)``)."""

from __future__ import annotations

import json
import math
from typing import Any

import click

from .errors import AnalysisError
from .output import FORMATS, render

PAIR_COLUMNS = [("a", "a"), ("b", "b"), ("window", "window"), ("score", "score"), ("low", "low"),
                ("high", "high"), ("n_events", "events"), ("n_sources", "reports"),
                ("not_counted", "neg/hyp"), ("ties", "shared memberships (KB)")]
LEANING_COLUMNS = [("state", "state"), ("pole", "pole"), ("window", "window"), ("score", "score"),
                   ("low", "low"), ("high", "high"), ("n_events", "events")]
BLOC_COLUMNS = [("bloc", "bloc"), ("members", "members"), ("cohesion", "cohesion"),
                ("hostility", "toward others"), ("frustration", "frustration")]
SHIFT_COLUMNS = [("a", "a"), ("b", "b"), ("state", "state"), ("pole", "pole"), ("before", "from"),
                 ("after", "to"), ("score_before", "score before"), ("score_after", "score after"),
                 ("z", "z"), ("cause", "strongest event in the direction of the change")]
EXPLAIN_COLUMNS = [("day", "day"), ("type", "type"), ("intensity", "intensity"), ("share", "share"),
                   ("direction", "direction"), ("counted_note", "counted"), ("sentence", "sentence"),
                   ("doc_id", "document"), ("report", "report")]
QUOTE_COLUMNS = [("date", "date"), ("speaker", "speaker"), ("speaker_country", "country"),
                 ("why", "why"), ("text", "quote"), ("doc_id", "document")]

# the same two options as cli.py (kept here so that importing this module never imports cli.py)
fmt_option = click.option("--format", "fmt", type=click.Choice(FORMATS), default="table",
                          show_default=True, help="Output for people (table) or programs.")
db_option = click.option("--db", envvar="MULTIPOLAR_DB", default=None,
                         help="Store URL or SQLite file [default: multipolar.db; env MULTIPOLAR_DB].")

# Option choices, kept here so that `multipolar --help` does not import pandas and scipy;
# tests/test_analysis.py checks that they match multipolar.analysis.
WINDOWS = ("day", "week", "month", "quarter", "year", "all")
DEFAULT_POLES = ("RUS", "CHN", "USA", "EU")
SECTIONS = ("pairs", "leanings", "blocs", "shifts")
LEVEL = 0.9


def _codes(value: str | None) -> list[str]:
    return [v.strip().upper() for v in (value or "").split(",") if v.strip()]


def _rows(frame) -> list[dict[str, Any]]:
    return [{k: _plain(v) for k, v in r.items()} for r in frame.to_dict("records")]


def _plain(v: Any) -> Any:
    if hasattr(v, "item") and not isinstance(v, (list, dict, str)):
        v = v.item()
    if isinstance(v, float):
        return None if math.isnan(v) else round(v, 4)
    return v


def _date(ctx, param, value: str | None) -> str | None:
    from .kb.dates import check

    try:
        return None if value is None else check(value)
    except ValueError as e:
        raise click.BadParameter(str(e)) from None


def _known(codes: list[str], what: str) -> list[str]:
    """The codes, if each is a state (ISO3) or an intergovernmental organisation of the knowledge
    base; else an AnalysisError naming the unknown ones."""
    from .kb import load_kb

    kb = load_kb()
    unknown = [c for c in codes if c not in kb.states
               and not (c in kb.orgs and kb.orgs[c].kind == "igo")]
    if unknown:
        raise AnalysisError(f"unknown state or organisation {', '.join(map(repr, unknown))} in {what}.")
    return codes


def _plot_path(ctx, param, value: str | None) -> str | None:
    from pathlib import Path

    if value and not Path(value).resolve().parent.is_dir():
        raise click.BadParameter(f"the folder of {value!r} does not exist")
    return value


def _open(db: str | None):
    from .api import open_store

    return open_store(db)


@click.command()
@db_option
@click.option("--pair", nargs=2, metavar="A B", help="One pair: its score (and series with --window).")
@click.option("--report", "targets", metavar="T1,T2",
              help="Where the --about states stand toward these, with the evidence.")
@click.option("--about", default="", metavar="S1,S2", help="The states of --report.")
@click.option("--since", callback=_date, help="From this date (YYYY[-MM[-DD]]).")
@click.option("--until", callback=_date, help="Up to this date.")
@click.option("--window", type=click.Choice([*WINDOWS, "auto"]), default="all", show_default=True,
              help="One score for the period (all), or one per window.")
@click.option("--poles", default=",".join(DEFAULT_POLES), show_default=True,
              help="Poles of the leanings: ISO3 codes or organisation ids (EU, NATO ...).")
@click.option("--show", default="pairs,leanings,blocs", show_default=True,
              help=f"Sections, comma-separated: {', '.join(SECTIONS)}.")
@click.option("--min-events", type=click.IntRange(min=1), default=None,
              help="Leave out pairs with fewer distinct events [default: 1; 2 for blocs].")
@click.option("--top", type=click.IntRange(min=0), default=25, show_default=True,
              help="Rows per table (0: all).")
@click.option("--level", type=click.FloatRange(0.5, 0.99), default=LEVEL, show_default=True,
              help="Probability mass of the intervals.")
@click.option("--plot", "plot_path", type=click.Path(dir_okay=False), callback=_plot_path,
              help="Also draw the scores over time with their intervals (PNG).")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None,
              help="Count only events whose confidence is at least this (0-1).")
@fmt_option
def alignment(db, pair, targets, about, since, until, window, poles, show, min_events, top, level,
              plot_path, min_confidence, fmt) -> None:
    """How close states are (alignment score in [-1, 1] with an interval), where they lean among
    poles, the blocs, and shifts; measure multipolar.alignment.v1 (docs/alignment.md).

    \b
    multipolar alignment --since 2023 --window quarter
    multipolar alignment --pair BLR RUS --format json
    multipolar alignment --report UKR,RUS --about BLR,POL,USA
    """
    sections = [x.lower() for x in _codes(show)]
    unknown = [x for x in sections if x not in SECTIONS]
    if unknown:
        raise AnalysisError(f"unknown section(s) {', '.join(unknown)} in --show.",
                            fix=f"Choose among {', '.join(SECTIONS)}.")
    if targets and not _codes(about):
        raise AnalysisError("--report needs --about (the states to place).")
    from . import analysis as an

    if since and until:
        try:
            an.parse_period(f"{since}..{until}")
        except ValueError:
            raise AnalysisError(f"--until {until} is before --since {since}.") from None
    if pair:
        pair = _known([c.upper() for c in pair], "--pair")
    _known(_codes(poles), "--poles")
    _known(_codes(targets) + _codes(about), "--report/--about")

    # a pair reads only its own events (and picks --window auto from them)
    es = an.prepare(_open(db), since, until, min_confidence=min_confidence, nodes=pair or ())
    if window == "auto":
        window = an.auto_window(e.day for e in es.events if e.day)
    if pair:
        result = an.pair_alignment(es, *pair, window=window, since=since, until=until, level=level)
        if plot_path:
            _plot(es, plot_path, [pair], window, level)
        if fmt == "table":
            click.echo(f"{'-'.join(result['pair'])}: {result['score']:+.3f} "
                       f"[{result['low']:+.3f}, {result['high']:+.3f}] ({level:.0%}) from "
                       f"{result['n_events']} events, {result['n_sources']} reports; "
                       f"{result['not_counted']} negated/hypothetical not counted"
                       + (f"; shared memberships: {result['ties']}" if result["ties"] else ""))
            if "series" in result:
                render(result["series"], "table", PAIR_COLUMNS[2:-1], title=f"by {window}")
        elif fmt == "json":
            click.echo(json.dumps(result, ensure_ascii=False, indent=1))
        else:
            render([{k: v for k, v in result.items() if k != "series"}], fmt)
        return
    if targets:
        rep = an.stance_report(es, _codes(targets), _codes(about), since, until, level=level)
        if plot_path:
            _plot(es, plot_path, [(r["state"], r["toward"]) for r in rep["rows"]], window, level)
        if fmt == "table":
            click.echo(an.report_text(rep))
        elif fmt == "json":
            click.echo(json.dumps(rep, ensure_ascii=False, indent=1, default=str))
        else:
            render([{k: v for k, v in r.items() if k not in ("events", "quotes")} for r in rep["rows"]], fmt)
        return
    frames = an.alignment_sections(es, sections, window, _codes(poles), min_events, level)
    out = {name: _rows(f) for name, f in frames.items()}
    for r in out.get("shifts", []):
        r["cause"] = r["events"][0]["evidence"] if r["events"] else None
    if plot_path:
        _plot(es, plot_path, None, window, level)
    _render_sections(out, fmt, top, {"measure": an.MEASURE, "since": since, "until": until,
                                     "window": window, "level": level})


def _render_sections(out: dict[str, list], fmt: str, top: int, head: dict[str, Any]) -> None:
    columns = {"pairs": PAIR_COLUMNS, "leanings": LEANING_COLUMNS, "blocs": BLOC_COLUMNS,
               "shifts": SHIFT_COLUMNS}
    if fmt == "json":
        for r in out.get("pairs", []):
            r["pair"] = [r["a"], r["b"]]
        click.echo(json.dumps({**head, **out}, ensure_ascii=False, indent=1, default=str))
        return
    if fmt == "table":
        for name, rows in out.items():
            if not rows:
                click.echo(f"{name}: none")
                continue
            shown = rows if not top else rows[:top]
            more = f" (first {len(shown)} of {len(rows)})" if len(shown) < len(rows) else ""
            cols = [c for c in columns[name] if any(c[0] in r for r in rows)] or columns[name]
            render(shown, "table", cols, title=f"{name}{more} - {head['measure']}")
        return
    if len(out) == 1:
        (rows,) = out.values()
        render(rows, fmt)
        return
    rows = [{"section": name, **r} for name, rs in out.items() for r in rs]
    keys = list(dict.fromkeys(k for r in rows for k in r))
    render([{k: r.get(k) for k in keys} for r in rows], fmt)


def _plot(es, path, pairs, window, level) -> None:
    from . import analysis as an

    an.plot_pairs(es, path, pairs, window, level=level)
    click.echo(f"plot written to {path}", err=True)


@click.command()
@click.argument("a")
@click.argument("b")
@db_option
@click.option("--period", help="2023, 2023-05, or 2023-01..2023-06 [default: everything].")
@click.option("--pole", is_flag=True,
              help="B is a pole: an organisation with its institutions and members (EU, NATO).")
@click.option("--limit", type=click.IntRange(1, 10**12), default=None,
              help="Show at most this many event reports.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None,
              help="Count only events whose confidence is at least this (0-1).")
@fmt_option
def explain(a, b, db, period, pole, limit, min_confidence, fmt) -> None:
    """The events (type, date, actors, sentence, document) and the quotes behind the alignment
    score of A and B.

    \b
    multipolar explain BLR RUS --period 2023
    multipolar explain POL EU --pole
    """
    from . import analysis as an

    try:
        an.parse_period(period)
    except ValueError as e:
        raise AnalysisError(f"cannot read --period {period!r}: {e}") from None
    a, b = _known([a.upper(), b.upper()], "the pair")
    source = an.prepare(_open(db), min_confidence=min_confidence, nodes=(a,) if pole else (a, b)) \
        if min_confidence else _open(db)
    ex = an.explain(source, a, b, period, pole=pole)
    events = _rows(ex.events.head(limit) if limit else ex.events)
    quotes = _rows(ex.quotes)
    if fmt == "json":
        click.echo(json.dumps({**ex.summary, "events": events, "quotes": quotes},
                              ensure_ascii=False, indent=1, default=str))
        return
    if fmt in ("csv", "jsonl"):
        rows = [{"kind": "event", **r} for r in events] + [{"kind": "quote", **r} for r in quotes]
        keys = list(dict.fromkeys(k for r in rows for k in r))
        render([{k: r.get(k) for k in keys} for r in rows], fmt)
        return
    sm = ex.summary
    click.echo(f"{sm['pair'][0]}-{sm['pair'][1]}{' (pole)' if pole else ''}"
               f"{' in ' + period if period else ''}: "
               f"{sm['score']:+.3f} [{sm['low']:+.3f}, {sm['high']:+.3f}] ({sm['level']:.0%}, "
               f"{sm['measure']}) from {sm['n_events']} events"
               + (f", {sm['first']} .. {sm['last']}" if sm.get("first") else "")
               + (f"; shared memberships (KB, not in the score): {sm['ties']}" if sm["ties"] else ""))
    for r in events:
        r["counted_note"] = "yes" if r["counted"] else f"no: {r['note']}"
    render(events, "table", EXPLAIN_COLUMNS, title=f"{len(events)} event reports")
    render(quotes, "table", QUOTE_COLUMNS, title=f"{len(quotes)} quotes")


__all__ = ["AnalysisError", "alignment", "explain"]
