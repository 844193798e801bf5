"""The command line: each command parses options, calls one function of :mod:`multipolar.api`,
and formats the result. Errors become one line on stderr and a non-zero exit."""

from __future__ import annotations

import json
import sys
from collections import Counter

import click

from . import __version__, api, settings
from .cli_analysis import alignment, explain
from .errors import MultipolarError, UsageError
from .kb import dates as kbdates
from .model import to_records
from .output import ACTOR_COLUMNS, EVENT_COLUMNS, EVENT_CSV_COLUMNS, FORMATS, QUOTE_COLUMNS, render
from .runners import CodeOptions

fmt_option = click.option("--format", "fmt", type=click.Choice(FORMATS), default="table",
                          show_default=True, help="Output for people (table) or programs.")
db_option = click.option("--db", envvar="MULTIPOLAR_DB", default=None,
                         help="Store URL or SQLite file [default: multipolar.db; env MULTIPOLAR_DB].")


min_confidence_option = click.option(
    "--min-confidence", type=click.FloatRange(0, 1), default=None,
    help="Leave out events whose confidence is below this (0-1) [env MULTIPOLAR_MIN_CONFIDENCE].")


def run_options(f):
    """Options shared by the commands that code documents."""
    for opt in reversed([
        click.option("--workers", type=click.IntRange(1, 512), default=None,
                     help="Worker processes [default: 1]."),
        click.option("--engine", type=click.Choice(["local", "dask"]), default="local",
                     show_default=True, help="Run on this machine or on a Dask cluster."),
        click.option("--scheduler", default=None,
                     help="Dask scheduler address (tcp://host:8786); without it a local cluster starts."),
        click.option("--model", default=None, help="spaCy pipeline [env MULTIPOLAR_MODEL]."),
        click.option("--kb", "kb", multiple=True, type=click.Path(exists=True),
                     help="Your actors: a YAML file merged on the bundled base (repeatable; "
                          "./multipolar-kb.yaml is read by itself), or a folder of CSV files "
                          "that replaces it."),
        click.option("--lexicon", "lexicon_path", default=None, type=click.Path(exists=True),
                     help="Your event lexicon (YAML), merged on the bundled one (replace: true to replace it)."),
        min_confidence_option,
    ]):
        f = opt(f)
    return f


def code_options(model: str | None, kb: tuple[str, ...], lexicon_path: str | None,
                 min_confidence: float | None = None) -> CodeOptions:
    """--kb takes YAML files (merged) and at most one folder (a replacement base)."""
    from pathlib import Path

    from .errors import KnowledgeBaseError
    from .kb import user_kb_files

    folders = [k for k in kb if Path(k).is_dir()]
    if len(folders) > 1:
        raise KnowledgeBaseError("Give at most one knowledge-base folder with --kb.")
    files = user_kb_files([k for k in kb if not Path(k).is_dir()])
    return CodeOptions(model, folders[0] if folders else None, lexicon_path, files,
                       settings.learned(min_confidence))


class Group(click.Group):
    """Errors, ours and click's usage errors alike, as one line with a code and a fix."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except MultipolarError as e:
            click.echo(f"Error: {e}", err=True)
            sys.exit(2)
        except click.UsageError as e:
            where = e.ctx.command_path if e.ctx else "multipolar"
            click.echo(f"Error: {UsageError(e.format_message(), f'Run `{where} --help`.')}", err=True)
            sys.exit(2)


def _day(ctx, param, value: str | None) -> str | None:
    """A --since/--until/--date value: a partial ISO date of the calendar."""
    try:
        return None if value is None else kbdates.check(value)
    except ValueError as e:
        raise click.BadParameter(str(e)) from None


def _types(ctx, param, value: str | None) -> str | None:
    """A --type value: PLOVER types, comma-separated."""
    from .ontology import EVENT_TYPES

    if value is None:
        return None
    types = [t.strip().upper() for t in value.split(",") if t.strip()]
    unknown = [t for t in types if t not in EVENT_TYPES]
    if unknown or not types:
        raise click.BadParameter(f"{', '.join(unknown) or repr(value)} is not a PLOVER type "
                                 f"(types: {', '.join(EVENT_TYPES)})")
    return ",".join(types)


limit_option = click.option("--limit", type=click.IntRange(1, 10**12), default=None,
                            help="Show at most this many rows.")


@click.group(cls=Group)
@click.version_option(__version__, prog_name="multipolar")
def main() -> None:
    """multipolar: who did what to whom in international-politics news, with evidence."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@run_options
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Write JSON Lines here [default: stdout].")
def code(inputs, workers, engine, scheduler, model, kb, lexicon_path, min_confidence, output) -> None:
    """Code documents to JSON Lines: mention, quote, event and one document record per input.

    INPUTS are .txt/.html files, JSON Lines or CSV files ({"id", "text", "date"?...}), RSS/Atom
    feeds, folders of them, or - for JSON Lines on stdin. Stateless: nothing is stored.
    """
    options = code_options(model, kb, lexicon_path, min_confidence)
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
               f"{report.unreadable}, too large (kept without text) {report.too_large} -> "
               f"{store.count('pending')} pending in {store.url}")
    for old, new in report.renamed[:10]:
        click.echo(f"  id {old!r} was taken by other content: stored as {new!r}", err=True)


@main.command()
@db_option
@run_options
@click.option("--recode", is_flag=True, help="Code every document again (after upgrading the coder).")
@click.option("--recode-changed", is_flag=True,
              help="Code again the documents another configuration coded (model, lexicon, knowledge "
                   "base or settings changed).")
def extract(db, workers, engine, scheduler, model, kb, lexicon_path, min_confidence, recode,
            recode_changed) -> None:
    """Code the stored documents that are not coded yet. Safe to interrupt and run again."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    store = api.open_store(db)
    options = code_options(model, kb, lexicon_path, min_confidence)
    if recode:
        store.reset()
    elif recode_changed:
        click.echo(f"{api.reset_changed(store, options)} documents coded by another configuration "
                   "go back in the queue", err=True)
    todo = store.count("pending")
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
@click.option("--type", "etype", callback=_types, help="PLOVER types, comma-separated (ACCUSE,THREATEN).")
@click.option("--since", callback=_day, help="From this date (YYYY[-MM[-DD]]).")
@click.option("--until", callback=_day, help="Up to this date.")
@click.option("--doc", "doc_id", help="Only this document.")
@click.option("--all", "include_all", is_flag=True, help="Include negated and hypothetical events.")
@limit_option
@min_confidence_option
@fmt_option
def events(db, actor, recipient, either, etype, since, until, doc_id, include_all, limit, min_confidence,
           fmt) -> None:
    """List coded events with their actors and evidence."""
    if since and until and kbdates.lower(since) > kbdates.upper(until):
        raise UsageError(f"--until {until} is before --since {since}.")
    rows = api.events(api.open_store(db), actor=actor, recipient=recipient, either=either,
                      type=etype, since=since, until=until, doc_id=doc_id,
                      include_negated=include_all, limit=limit, min_confidence=min_confidence)
    render(rows, fmt, EVENT_CSV_COLUMNS if fmt == "csv" else EVENT_COLUMNS,
           title=f"{len(rows)} events")


@main.command()
@db_option
@click.option("--speaker", help="Speaker: ISO3 code, knowledge-base id, or part of a name.")
@click.option("--doc", "doc_id", help="Only this document.")
@limit_option
@fmt_option
def quotes(db, speaker, doc_id, limit, fmt) -> None:
    """List quotations with their speakers."""
    rows = api.quotes(api.open_store(db), speaker=speaker, doc_id=doc_id, limit=limit)
    render(rows, fmt, QUOTE_COLUMNS, title=f"{len(rows)} quotes")


@main.group(invoke_without_command=True)
@db_option
@click.option("--country", help="Only actors of this state (ISO3).")
@click.option("--limit", type=click.IntRange(1, 10**12), default=50, show_default=True)
@fmt_option
@click.pass_context
def actors(ctx, db, country, limit, fmt) -> None:
    """List the actors mentioned in the store, most mentioned first (or see `actors resolve`)."""
    if ctx.invoked_subcommand:
        return
    rows = api.actors(api.open_store(db), country=country, limit=limit)
    render(rows, fmt, ACTOR_COLUMNS, title=f"{len(rows)} actors")


@actors.command(name="resolve")
@click.argument("mention")
@click.option("--context", help="The sentence(s) the mention is in [default: the mention alone].")
@click.option("--date", callback=_day, help="The article's date (YYYY-MM-DD): roles are read on this date.")
@click.option("--kb", "kb", multiple=True, type=click.Path(exists=True),
              help="Your actors (YAML, repeatable) or a replacement knowledge-base folder.")
@fmt_option
def actors_resolve(mention, context, date, kb, fmt) -> None:
    """Resolve MENTION to an actor on a date and say why.

    multipolar actors resolve "the President of Kazakhstan" --date 2015-05-01
    """
    from .kb import load_kb
    from .nlp.resolve import resolve_in_context

    options = code_options(None, kb, None)
    r = resolve_in_context(mention, context, date, nlp=options.pipeline(),
                           kb=load_kb(options.kb_path, options.kb_files))
    row = {"mention": r.mention, "date": r.date, **(r.actor.to_dict() if r.actor else
                                                    {"name": None, "country": None}), "why": r.why}
    if fmt == "table":
        who = f"{r.actor.name} ({r.actor.country or 'no state'}, {r.actor.sector or '-'}, id {r.actor.id})" \
            if r.actor else "no actor"
        click.echo(f"{mention!r}{' on ' + date if date else ''} -> {who}\n  why: {r.why}")
    else:
        render([row], fmt)


@main.group()
def kb() -> None:
    """The actor knowledge base: what it covers, and importing dictionaries into it."""


@kb.command(name="stats")
@click.option("--date", callback=_day, help="Count heads of state on this date [default: today].")
@click.option("--kb", "kb_opt", multiple=True, type=click.Path(exists=True),
              help="Your actors (YAML, repeatable) or a replacement knowledge-base folder.")
@fmt_option
def kb_stats(date, kb_opt, fmt) -> None:
    """What the knowledge base covers: states, people, roles, organisations, memberships."""
    from datetime import date as _date

    from .kb import kb_stats as stats
    from .kb import load_kb

    options = code_options(None, kb_opt, None)
    data = stats(load_kb(options.kb_path, options.kb_files), date or _date.today().isoformat())
    if fmt == "table":
        for k, v in data.items():
            click.echo(f"{k:32} {v}")
    else:
        render([data], fmt)


@kb.command(name="import-phoenix")
@click.argument("sources", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("-o", "--output", default="multipolar-kb.yaml", show_default=True,
              type=click.Path(dir_okay=False), help="The YAML file to write.")
def kb_import_phoenix(sources, output) -> None:
    """Convert PETRARCH/Phoenix actor and agent dictionaries (a folder or files) into a
    knowledge-base YAML file; use it with --kb, or name it multipolar-kb.yaml to have it read
    by itself."""
    from .importers.phoenix import import_phoenix

    report = import_phoenix(list(sources), output)
    counts = ", ".join(f"{n} {k}" for k, n in report.counts.items())
    click.echo(f"wrote {report.out_path}: {counts}")
    if report.skipped:
        click.echo(f"skipped {len(report.skipped)} entries, e.g. "
                   + "; ".join(f"{name}: {why}" for name, why in report.skipped[:5]), err=True)
    if report.issues:
        click.echo(f"{len(report.issues)} lines could not be read, e.g. {report.issues[0]}", err=True)


@main.group()
def lexicon() -> None:
    """The event lexicon: importing verb dictionaries into it."""


@lexicon.command(name="import-petrarch")
@click.argument("sources", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("-o", "--output", default="petrarch-verbs.yaml", show_default=True,
              type=click.Path(dir_okay=False), help="The lexicon YAML file to write.")
def lexicon_import_petrarch(sources, output) -> None:
    """Convert PETRARCH/TABARI verb dictionaries (CAMEO.2.0.txt, *.verbs.txt, or a folder) into
    an event lexicon that merges on the bundled one; use it with --lexicon."""
    from .importers.petrarch_verbs import import_petrarch_verbs

    report = import_petrarch_verbs(list(sources), output)
    c = report.counts
    click.echo(f"wrote {report.out_path}: {c.get('verbs', 0)} verbs, {c.get('senses', 0)} senses "
               f"({c.get('default_senses', 0)} defaults, {c.get('patterns_kept', 0)} of "
               f"{c.get('patterns_read', 0)} patterns, {c.get('approximated', 0)} approximated), "
               f"{c.get('noun_classes', 0)} noun classes")
    if report.skipped:
        click.echo(f"skipped {sum(report.skipped.values())} patterns or verbs:", err=True)
        for why, n in report.skipped.most_common():
            example = (report.examples.get(why) or ("",))[0]
            click.echo(f"  {n:6}  {why}" + (f"  (e.g. {example})" if example else ""), err=True)
    if report.issues:
        click.echo(f"{len(report.issues)} lines could not be read, e.g. {report.issues[0]}", err=True)


@main.command(name="eval")
@click.option("--gold", required=True, type=click.Path(exists=True, dir_okay=False),
              help="Gold records: PLOVER JSON / JSON Lines, or PETRARCH unit-test XML.")
@click.option("--gold-format", type=click.Choice(["auto", "plover", "petrarch"]), default="auto",
              show_default=True, help="Format of --gold (auto: by extension or content).")
@click.option("--coder", default="multipolar", show_default=True,
              help="'multipolar', or a JSON Lines file of `multipolar code` output whose doc_id "
                   "values are the gold ids.")
@click.option("--kb", "kb", multiple=True, type=click.Path(exists=True),
              help="Actors: YAML files merged on the bundled base (e.g. imported PETRARCH "
                   "dictionaries), or a folder of CSV files that replaces it.")
@click.option("--model", default=None, help="spaCy pipeline [env MULTIPOLAR_MODEL].")
@click.option("--lexicon", "lexicon_path", default=None, type=click.Path(exists=True),
              help="Your event lexicon (YAML), merged on the bundled one (replace: true to replace it).")
@click.option("--include-negated", is_flag=True, help="Score negated coded events too.")
@click.option("--max-wrong", type=click.IntRange(min=0), default=None, help="List at most this many wrong records.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="Output for people (table) or programs.")
def eval_cmd(gold, gold_format, coder, kb, model, lexicon_path, include_negated, max_wrong, fmt):
    """Score a coder against gold-standard records: per-type precision, recall and F1, country
    accuracy, a confusion table and the records coded wrong."""
    from .evaluate import render_text, run_eval, to_json

    options = code_options(model, kb, lexicon_path)
    result = run_eval(gold, fmt=gold_format, kb_files=options.kb_files, coder=coder,
                      model=options.model, kb_path=options.kb_path,
                      lexicon_path=options.lexicon_path, include_negated=include_negated)
    if fmt == "json":
        click.echo(json.dumps(to_json(result), ensure_ascii=False, indent=2))
    else:
        click.echo(render_text(result, max_wrong=max_wrong))


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
def demo(db, workers, engine, scheduler, model, kb, lexicon_path, min_confidence) -> None:
    """Ingest the bundled demo corpus, code it, print a summary and the alignment report, and
    draw multipolar-demo.png."""
    store = api.open_store(db)
    report = api.ingest([api.demo_corpus()], store)
    click.echo(f"demo corpus: {report.added} new documents, {report.duplicates} already stored")
    counts = api.extract(store, workers=settings.get("workers", workers), engine=engine,
                         scheduler=scheduler, options=code_options(model, kb, lexicon_path, min_confidence))
    click.echo(_status_line(counts) if counts else "nothing new to code")
    _print_summary(api.summary(store), "table")
    from .analysis import demo_report

    click.echo(demo_report(store, "multipolar-demo.png"))


@main.command(name="settings")
def show_settings() -> None:
    """Show every setting, its value here, where that value came from (default, the settings file
    multipolar.toml or MULTIPOLAR_CONFIG, the environment), and where to change it."""
    rows = [{"setting": s.name, "value": value, "from": source, "env": f"MULTIPOLAR_{s.name.upper()}",
             "help": s.help} for s in settings.SETTINGS for value, source in [settings.resolve(s.name)]]
    render(rows, "table")


@main.command()
@db_option
@click.option("--status", type=click.Choice(["pending", "ok", "skipped", "failed"]), default=None)
@fmt_option
def documents(db, status, fmt) -> None:
    """List stored documents with their status and, when not coded, the reason."""
    rows = list(api.open_store(db).documents(status))
    render(rows, fmt, [("id", "id"), ("date", "date"), ("status", "status"), ("reason", "reason"),
                       ("type", "doc_type"), ("title", "title")], title=f"{len(rows)} documents")


main.add_command(alignment)
main.add_command(explain)

if __name__ == "__main__":  # pragma: no cover
    main()
