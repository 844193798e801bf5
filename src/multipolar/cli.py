"""The command line: each command parses options, calls one function of :mod:`multipolar.api`,
and formats the result. Errors become one line on stderr and a non-zero exit."""

from __future__ import annotations

import json
import sys
from collections import Counter

import click

from . import __version__, api, settings
from .errors import MultipolarError
from .model import to_records
from .output import (ACTOR_COLUMNS, EVENT_COLUMNS, EVENT_CSV_COLUMNS, FORMATS, QUOTE_COLUMNS,
                     render)
from .runners import CodeOptions

fmt_option = click.option("--format", "fmt", type=click.Choice(FORMATS), default="table",
                          show_default=True, help="Output for people (table) or programs.")
db_option = click.option("--db", envvar="MULTIPOLAR_DB", default=None,
                         help="Store URL or SQLite file [default: multipolar.db; env MULTIPOLAR_DB].")


def run_options(f):
    """Options shared by the commands that code documents."""
    for opt in reversed([
        click.option("--workers", type=int, default=None, help="Worker processes [default: 1]."),
        click.option("--engine", type=click.Choice(["local", "dask"]), default="local",
                     show_default=True, help="Run on this machine or on a Dask cluster."),
        click.option("--scheduler", default=None,
                     help="Dask scheduler address (tcp://host:8786); without it a local cluster starts."),
        click.option("--model", default=None, help="spaCy pipeline [env MULTIPOLAR_MODEL]."),
        click.option("--kb", "kb_path", default=None, type=click.Path(exists=True, file_okay=False),
                     help="A knowledge-base folder to use instead of the bundled one."),
        click.option("--lexicon", "lexicon_path", default=None, type=click.Path(exists=True),
                     help="An event lexicon (YAML) to use instead of the bundled one."),
    ]):
        f = opt(f)
    return f


class Group(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except MultipolarError as e:
            click.echo(f"Error: {e}", err=True)
            sys.exit(2)


@click.group(cls=Group)
@click.version_option(__version__, prog_name="multipolar")
def main() -> None:
    """multipolar: who did what to whom in international-politics news, with evidence."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@run_options
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Write JSON Lines here [default: stdout].")
def code(inputs, workers, engine, scheduler, model, kb_path, lexicon_path, output) -> None:
    """Code documents to JSON Lines: mention, quote, event and one document record per input.

    INPUTS are .txt/.html files, JSON Lines or CSV files ({"id", "text", "date"?...}), RSS/Atom
    feeds, folders of them, or - for JSON Lines on stdin. Stateless: nothing is stored.
    """
    options = CodeOptions(model, kb_path, lexicon_path)
    counts: Counter = Counter()
    for result in api.code(inputs, workers=settings.get("workers", workers), engine=engine,
                           scheduler=scheduler, options=options):
        counts[result.status] += 1
        for rec in to_records(result):
            output.write(json.dumps(rec, ensure_ascii=False) + "\n")
    click.echo(_status_line(counts), err=True)


def _status_line(counts: Counter) -> str:
    total = sum(counts.values())
    parts = ", ".join(f"{counts[k]} {k}" for k in ("ok", "skipped", "failed") if counts[k])
    return f"coded {total} document{'s' if total != 1 else ''}: {parts or 'none'}"


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@db_option
def ingest(inputs, db) -> None:
    """Add documents to the store (files, folders, JSON Lines, CSV, feeds). Content already
    stored is skipped, so running it twice adds nothing."""
    store = api.open_store(db)
    report = api.ingest(inputs, store)
    click.echo(f"added {report.added}, already stored {report.duplicates}, unreadable "
               f"{report.unreadable} -> {store.count('pending')} pending in {store.url}")
    for old, new in report.renamed[:10]:
        click.echo(f"  id {old!r} was taken by other content: stored as {new!r}", err=True)


@main.command()
@db_option
@run_options
@click.option("--recode", is_flag=True, help="Code every document again (after upgrading the coder).")
def extract(db, workers, engine, scheduler, model, kb_path, lexicon_path, recode) -> None:
    """Code the stored documents that are not coded yet. Safe to interrupt and run again."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    store = api.open_store(db)
    if recode:
        store.reset()
    todo = store.count("pending")
    options = CodeOptions(model, kb_path, lexicon_path)
    with Progress("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
                  TimeRemainingColumn(), transient=True, disable=not sys.stderr.isatty()) as bar:
        task = bar.add_task("coding", total=todo)
        counts = api.extract(store, workers=settings.get("workers", workers), engine=engine,
                             scheduler=scheduler, options=options,
                             progress=lambda n: bar.advance(task, n))
    click.echo(_status_line(counts))


@main.command()
@db_option
@click.option("--actor", help="Actor: ISO3 code (BLR), knowledge-base id, or part of a name.")
@click.option("--recipient", help="Recipient, the same way.")
@click.option("--country", "either", help="Actor or recipient, the same way.")
@click.option("--type", "etype", help="PLOVER types, comma-separated (ACCUSE,THREATEN).")
@click.option("--since", help="From this date (YYYY[-MM[-DD]]).")
@click.option("--until", help="Up to this date.")
@click.option("--doc", "doc_id", help="Only this document.")
@click.option("--all", "include_all", is_flag=True, help="Include negated and hypothetical events.")
@click.option("--limit", type=int, default=None)
@fmt_option
def events(db, actor, recipient, either, etype, since, until, doc_id, include_all, limit, fmt) -> None:
    """List coded events with their actors and evidence."""
    rows = api.events(api.open_store(db), actor=actor, recipient=recipient, either=either,
                      type=etype, since=since, until=until, doc_id=doc_id,
                      include_negated=include_all, limit=limit)
    render(rows, fmt, EVENT_CSV_COLUMNS if fmt == "csv" else EVENT_COLUMNS,
           title=f"{len(rows)} events")


@main.command()
@db_option
@click.option("--speaker", help="Speaker: ISO3 code, knowledge-base id, or part of a name.")
@click.option("--doc", "doc_id", help="Only this document.")
@click.option("--limit", type=int, default=None)
@fmt_option
def quotes(db, speaker, doc_id, limit, fmt) -> None:
    """List quotations with their speakers."""
    rows = api.quotes(api.open_store(db), speaker=speaker, doc_id=doc_id, limit=limit)
    render(rows, fmt, QUOTE_COLUMNS, title=f"{len(rows)} quotes")


@main.command()
@db_option
@click.option("--country", help="Only actors of this state (ISO3).")
@click.option("--limit", type=int, default=50, show_default=True)
@fmt_option
def actors(db, country, limit, fmt) -> None:
    """List the actors mentioned in the store, most mentioned first."""
    rows = api.actors(api.open_store(db), country=country, limit=limit)
    render(rows, fmt, ACTOR_COLUMNS, title=f"{len(rows)} actors")


@main.command()
@db_option
@fmt_option
def summary(db, fmt) -> None:
    """Documents by status, events by type, and the most active pairs of states."""
    _print_summary(api.summary(api.open_store(db)), fmt)


def _print_summary(data: dict, fmt: str) -> None:
    if fmt != "table":
        render([data], "json" if fmt == "jsonl" else fmt)
        return
    docs = ", ".join(f"{n} {k}" for k, n in sorted(data["documents"].items()))
    click.echo(f"documents: {docs}; events: {data['events']}")
    render([{"type": k, "events": n} for k, n in data["events_by_type"].items()], "table",
           title="Events by PLOVER type")
    render(data["top_pairs"], "table", title="Most active pairs of states")


@main.command()
@db_option
@run_options
def demo(db, workers, engine, scheduler, model, kb_path, lexicon_path) -> None:
    """Ingest the bundled demo corpus, code it, and print a summary."""
    store = api.open_store(db)
    report = api.ingest([api.demo_corpus()], store)
    click.echo(f"demo corpus: {report.added} new documents, {report.duplicates} already stored")
    counts = api.extract(store, workers=settings.get("workers", workers), engine=engine,
                         scheduler=scheduler, options=CodeOptions(model, kb_path, lexicon_path))
    click.echo(_status_line(counts) if counts else "nothing new to code")
    _print_summary(api.summary(store), "table")


@main.command(name="settings")
def show_settings() -> None:
    """Show every setting, its value here, and where to change it."""
    rows = [{"setting": s.name, "value": settings.get(s.name), "env": f"MULTIPOLAR_{s.name.upper()}",
             "help": s.help} for s in settings.SETTINGS]
    render(rows, "table")


@main.command()
@db_option
@click.option("--status", type=click.Choice(["pending", "ok", "skipped", "failed"]), default=None)
@fmt_option
def documents(db, status, fmt) -> None:
    """List stored documents with their status and, when not coded, the reason."""
    rows = list(api.open_store(db).documents(status))
    render(rows, fmt, [("id", "id"), ("date", "date"), ("status", "status"), ("reason", "reason"),
                       ("title", "title")], title=f"{len(rows)} documents")


if __name__ == "__main__":  # pragma: no cover
    main()
