"""Typed errors. Each carries a code and the fix; the CLI prints them as one line."""

from __future__ import annotations


class MultipolarError(Exception):
    """Base class: ``code`` is stable, ``fix`` tells the user what to do."""

    code = "E000"
    fix = ""

    def __init__(self, message: str, fix: str | None = None) -> None:
        super().__init__(message)
        if fix is not None:
            self.fix = fix

    def __str__(self) -> str:  # one line, whatever the message quotes
        msg = f"[{self.code}] {' '.join(str(self.args[0]).split())}"
        return f"{msg} {self.fix}".rstrip() if self.fix else msg


class ModelNotFound(MultipolarError):
    code = "E001"
    fix = ("Run `make install`, or install a spaCy English pipeline and set MULTIPOLAR_MODEL "
           "(e.g. MULTIPOLAR_MODEL=en_core_web_sm).")


class InputError(MultipolarError):
    code = "E002"
    fix = "Give .txt, .html, .jsonl/.json, or .csv files, or a folder of them."


class StoreError(MultipolarError):
    code = "E003"
    fix = "Check --db / MULTIPOLAR_DB (e.g. sqlite:///multipolar.db or postgresql+psycopg://host/db)."


class KnowledgeBaseError(MultipolarError):
    code = "E004"
    fix = "Check the file named above: columns and dates must follow docs/knowledge-base.md."


class SettingError(MultipolarError):
    code = "E005"
    fix = "Run `multipolar settings` to see the valid settings and their types."


class LexiconError(MultipolarError):
    code = "E006"
    fix = "Fix the file at the line named above: the format is in docs/lexicon.md."


class UsageError(MultipolarError):
    code = "E007"
    fix = "Run the command with --help to see its options."


class DaskMissing(MultipolarError):
    code = "E008"
    fix = "Install the extra: pip install 'multipolar[dask]'."


class RulesError(MultipolarError):
    """The rule word lists (``nlp/data/rules.yaml``) do not follow their schema."""

    code = "E009"
    fix = ("Fix the key named above in src/multipolar/nlp/data/rules.yaml "
           "(its form: rules.schema.json beside it).")


class OntologyError(MultipolarError, ValueError):
    """A PLOVER type, mode or CAMEO code that the ontology does not know."""

    code = "E010"
    fix = "See multipolar.ontology.EVENT_TYPES and MODES for the valid PLOVER v0.8 values."


class DictionaryError(MultipolarError):
    code = "E020"
    fix = "Give PETRARCH/Phoenix *.actors.txt or *.agents.txt files, or a folder holding them."


class GoldFormatError(MultipolarError):
    code = "E021"
    fix = ("Give PLOVER gold records (JSON list or JSON Lines with text, event, source, target) "
           "or PETRARCH unit-test XML (<Sentence> with <Text> and <EventCoding>), or set --gold-format.")


class CoderOutputError(MultipolarError):
    code = "E022"
    fix = ("Give --coder multipolar, or a JSON Lines file written by `multipolar code` whose "
           "doc_id values are the gold record ids.")


class VerbDictionaryError(MultipolarError):
    code = "E023"
    fix = "Give a PETRARCH/TABARI verb dictionary (--- VERB [code] --- blocks), e.g. CAMEO.2.0.txt."


class AnalysisError(MultipolarError):
    code = "E030"
    fix = "Give states as ISO3 codes (BLR) or organisation ids (EU, NATO); periods as 2023, " \
          "2023-05 or 2023-01..2023-06."
