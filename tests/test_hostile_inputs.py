"""Hostile inputs (issue #13): every document gets a record with a status and a reason, nothing
crashes a batch, ids are unique per run and every change to an input is noted."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from multipolar.ingest import Unreadable, clean_text, read_inputs
from multipolar.ingest.checks import html_to_text
from multipolar.model import Article, to_records

ENGLISH = ("The foreign ministers of Poland and Lithuania met in Vilnius on Tuesday and agreed to "
           "coordinate their response to the crisis on the border with Belarus.")


def _jsonl(tmp_path, *records, name="batch.jsonl"):
    p = tmp_path / name
    p.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records), encoding="utf-8")
    return p


def _read_lines(*lines: str) -> list[Article | Unreadable]:
    return list(read_inputs(["-"], stdin=io.StringIO("\n".join(lines))))


# ---- 1. duplicate ids ----------------------------------------------------------------------

def test_duplicate_ids_are_renamed_with_a_note(tmp_path):
    p = _jsonl(tmp_path, {"id": "a", "text": ENGLISH}, {"id": "a", "text": ENGLISH + " More."},
               {"id": "a", "text": ENGLISH}, {"id": "a~2", "text": ENGLISH}, {"id": "a", "title": "no text"})
    items = list(read_inputs([p]))
    ids = [i.id for i in items]
    assert ids == ["a", "a~2", "a~3", "a~2~2", "a~4"]
    assert items[0].notes == ()
    assert "'a'" in items[1].notes[0] and "renamed" in items[1].notes[0]
    assert isinstance(items[4], Unreadable) and "renamed" in items[4].reason
    assert items[4].reason.startswith("no text")


def test_duplicate_ids_are_unique_across_files_of_a_run(tmp_path):
    for sub in ("x", "y"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "story.txt").write_text(ENGLISH, encoding="utf-8")
    items = list(read_inputs([tmp_path / "x", tmp_path / "y", tmp_path / "x" / "story.txt"]))
    assert [i.id for i in items] == ["story", "story~2", "story~3"]


def test_reader_notes_reach_the_document_record(tmp_path, nlp):
    from multipolar.nlp.pipeline import code_articles

    p = _jsonl(tmp_path, {"id": "a", "text": ENGLISH}, {"id": "a", "text": ENGLISH, "date": "last Tuesday"})
    docs = [to_records(r)[-1] for r in code_articles(read_inputs([p]), nlp)]
    assert [d["doc_id"] for d in docs] == ["a", "a~2"]
    assert any("renamed" in n for n in docs[1].get("notes", []))
    assert any("date" in n for n in docs[1].get("notes", []))


# ---- 2. fields of the wrong type -----------------------------------------------------------

@pytest.mark.parametrize("record, reason", [
    ({"id": "a", "text": 12345}, '"text" is a number, not a string'),
    ({"id": "a", "text": 1.5}, '"text" is a number, not a string'),
    ({"id": "a", "body": ["x", "y"]}, '"body" is a list, not a string'),
    ({"id": "a", "text": {"en": ENGLISH}}, '"text" is an object, not a string'),
    ({"id": "a", "text": True}, '"text" is a boolean, not a string'),
    ({"id": {"k": 1}, "text": ENGLISH}, '"id" is an object, not a string or an integer'),
    ({"id": [1], "text": ENGLISH}, '"id" is a list, not a string or an integer'),
    ({"id": 1.5, "text": ENGLISH}, '"id" is a number, not a string or an integer'),
    ({"id": False, "text": ENGLISH}, '"id" is a boolean, not a string or an integer'),
])
def test_fields_of_the_wrong_type_are_unreadable_with_the_reason(record, reason):
    (item,) = _read_lines(json.dumps(record))
    assert isinstance(item, Unreadable) and item.reason == reason
    assert item.id == ("a" if isinstance(record["id"], str) else "stdin:1")


def test_integer_id_becomes_its_string_and_odd_metadata_is_noted():
    (art,) = _read_lines(json.dumps({"id": 42, "text": ENGLISH, "title": ["x"], "url": 7}))
    assert isinstance(art, Article) and art.id == "42" and art.text == ENGLISH
    assert art.title is None and art.url == "7"
    assert art.notes == ('"title" is a list, not a string; left empty',)


# ---- 3. dates that cannot be read ----------------------------------------------------------

@pytest.mark.parametrize("date", ["last Tuesday", "2023-13-45", "2022", "soon", "x" * 500, 20230525.5, ["2022"]])
def test_unreadable_dates_keep_the_article_with_a_note(date):
    (art,) = _read_lines(json.dumps({"id": "a", "text": ENGLISH, "date": date}))
    assert isinstance(art, Article) and art.text == ENGLISH and art.date is None
    assert len(art.notes) == 1 and art.notes[0].startswith("date ") and "not understood" in art.notes[0]


@pytest.mark.parametrize("date, day", [("2022-03-01T10:00:00Z", "2022-03-01"), ("5 March 2022", "2022-03-05"),
                                       ("Tue, 01 Mar 2022 10:00:00 GMT", "2022-03-01"),
                                       (1685000000, "2023-05-25")])
def test_readable_dates_have_no_note(date, day):
    (art,) = _read_lines(json.dumps({"id": "a", "text": ENGLISH, "date": date}))
    assert art.date == day and art.notes == ()


# ---- 4. files of formats we do not read ----------------------------------------------------

def test_folder_of_unsupported_files_gives_one_record_per_file(tmp_path):
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< >>\nendobj\n")
    (tmp_path / "memo.docx").write_bytes(b"PK\x03\x04\x14\x00\x06\x00")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes.txt").write_text(ENGLISH, encoding="utf-8")
    items = list(read_inputs([tmp_path]))
    assert [(i.id, i.status) for i in items] == [("memo", "skipped"), ("report", "skipped")]
    assert items[1].reason == ("unsupported format .pdf: give .txt, .html, .jsonl/.json, .csv or feeds "
                               "(convert PDFs to text first)")
    assert items[0].reason.startswith("unsupported format .docx: ")


def test_a_binary_file_given_by_name_says_its_format_is_unsupported(tmp_path):
    (tmp_path / "memo.docx").write_bytes(b"PK\x03\x04\x14\x00\x06\x00")
    (item,) = read_inputs([tmp_path / "memo.docx"])
    assert isinstance(item, Unreadable) and item.reason.startswith("unsupported format .docx")


def test_files_without_records_still_get_a_record(tmp_path):
    (tmp_path / "empty.jsonl").write_text("\n\n", encoding="utf-8")
    (tmp_path / "header.csv").write_text("id,text\n", encoding="utf-8")
    (tmp_path / "none.json").write_text("[]", encoding="utf-8")
    items = list(read_inputs([tmp_path]))
    assert [(i.id, i.status) for i in items] == [("empty", "skipped"), ("header", "skipped"), ("none", "skipped")]
    assert all(i.reason.startswith("empty: ") for i in items)


# ---- 5. pretty-printed .json ---------------------------------------------------------------

@pytest.mark.parametrize("doc, ids", [
    ([{"id": "a", "text": ENGLISH}, {"id": "b", "text": ENGLISH}], ["a", "b"]),
    ({"id": "a", "text": ENGLISH, "title": "T"}, ["a"]),
    ({"status": "ok", "articles": [{"id": "a", "text": ENGLISH}, {"body": ENGLISH}]}, ["a", "f:2"]),
    ({"data": [{"id": "a", "text": ENGLISH}]}, ["a"]),
])
def test_pretty_printed_json_is_read_as_one_document(tmp_path, doc, ids):
    p = tmp_path / "f.json"
    p.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    items = list(read_inputs([p]))
    assert [i.id for i in items] == ids and all(isinstance(i, Article) for i in items)


def test_json_file_falls_back_to_json_lines_and_reports_a_broken_document_once(tmp_path):
    lines = _jsonl(tmp_path, {"id": "a", "text": ENGLISH}, "{broken", {"id": "c", "text": ENGLISH},
                   name="lines.json")
    assert [type(i).__name__ for i in read_inputs([lines])] == ["Article", "Unreadable", "Article"]
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps([{"id": "a", "text": ENGLISH}], indent=2)[:-3], encoding="utf-8")
    (item,) = read_inputs([broken])
    assert isinstance(item, Unreadable) and item.reason.startswith("not valid JSON") and "line" in item.reason


@pytest.mark.parametrize("line, reason", [
    ("[" * 100_000 + "]" * 100_000, "nested too deep"),
    ('{"id": "a", "text": ' + "1" * 5000 + "}", "not valid JSON"),
])
def test_json_that_python_cannot_load_fails_one_line_only(line, reason):
    items = _read_lines(line, json.dumps({"id": "ok", "text": ENGLISH}))
    assert isinstance(items[0], Unreadable) and reason in items[0].reason
    assert items[1].id == "ok"


# ---- 6. deep HTML --------------------------------------------------------------------------

DEEP = "<div>" * 5000 + "<p>Russia and Belarus signed a treaty in Minsk.</p>" + "</div>" * 5000


def test_html_nested_5000_deep_keeps_its_text(tmp_path):
    assert "Russia and Belarus signed" in html_to_text(DEEP)
    (tmp_path / "deep.html").write_text(f"<html><body>{DEEP}</body></html>", encoding="utf-8")
    (art,) = read_inputs([tmp_path / "deep.html"])
    assert "Russia and Belarus signed" in art.text
    assert any("nested" in n for n in art.notes)


def test_html_text_after_a_deep_block_is_kept(tmp_path):
    page = (f"<html><head><title>Talks</title><script>alert('x')</script></head><body><article>"
            f"<h1>Talks in Vilnius</h1><p>{ENGLISH}</p>{'<div>' * 5000}deep{'</div>' * 5000}"
            f"<p>After the talks, Lithuania thanked Poland.</p></article></body></html>")
    text = html_to_text(page)
    assert ENGLISH in text and "After the talks" in text and "alert" not in text
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    (art,) = read_inputs([tmp_path / "page.html"])
    assert ENGLISH in art.text and "After the talks" in art.text and "alert" not in art.text


def test_html_to_text_is_unchanged_on_plain_pages():
    assert html_to_text(f"<p>{ENGLISH}</p><script>x()</script><p>Two.</p>") == f"{ENGLISH}\n\nTwo."


@pytest.mark.parametrize("html", ["\x1f<!--", "\x1f<script></script>-->", "<!-- only a comment -->"])
def test_html_to_text_survives_junk_lxml_chokes_on(html):
    assert "script" not in html_to_text(html)


# ---- other crashes found on the way --------------------------------------------------------

def test_csv_with_old_mac_line_ends_is_read(tmp_path):
    (tmp_path / "mac.csv").write_bytes(f"id,text\ra,{ENGLISH}\rb,\"two\rlines\"\r".encode())
    items = list(read_inputs([tmp_path / "mac.csv"]))
    assert [(i.id, i.text) for i in items] == [("a", ENGLISH), ("b", "two\rlines")]


def test_a_file_that_cannot_be_read_gets_a_record(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ENGLISH, encoding="utf-8")
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "a.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    items = list(read_inputs([tmp_path]))
    assert isinstance(items[0], Unreadable) and items[0].reason == "cannot read the file: Permission denied"
    assert items[1] == Article("b", ENGLISH)


# ---- 7. zero-width characters --------------------------------------------------------------

def test_clean_text_removes_zero_width_characters_with_a_note():
    text, notes = clean_text("Rus\u200bsia, Be\u200clarus, Po\u200dland, Lat\u2060via, Eston\ufeffia.")
    assert text == "Russia, Belarus, Poland, Latvia, Estonia." and notes == ["zero-width characters removed"]


def test_zero_width_characters_do_not_hide_names(code_text):
    result = code_text("Rus\u200bsia warned Ukraine on Monday. Vladimir Pu\u200btin said the talks had failed.")
    assert all(result.text[m.start:m.end] == m.actor.text for m in result.mentions)  # input offsets
    found = {m.actor.text.replace("\u200b", ""): m.actor.country for m in result.mentions}
    assert found.get("Russia") == "RUS" and found.get("Vladimir Putin") == "RUS"
    assert "zero-width characters removed" in to_records(result)[-1]["notes"]


# ---- fuzz ----------------------------------------------------------------------------------

_CHARS = st.characters(codec=None, categories=None)  # any code point: controls, NUL, surrogates
_TEXT = st.text(st.one_of(_CHARS, st.sampled_from("\u200b\u200c\u200d\u2060\ufeff\x00\n\r")), max_size=40)
_VALUE = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                                _TEXT, st.sampled_from(["", " ", "2023-13-45", "2022-03-01", "last Tuesday"])),
                      lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TEXT, inner, max_size=3),
                      max_leaves=5)
_RECORD = st.dictionaries(st.sampled_from(["id", "text", "body", "date", "title", "url", "doc_id"]), _VALUE)
_GARBAGE = st.text(st.characters(blacklist_characters="\n\r\x00\ufeff", codec="utf-8"), min_size=1).filter(str.strip)


@pytest.mark.slow  # about 10 s
@hsettings(max_examples=1000, deadline=None)
@given(lines=st.lists(st.one_of(_RECORD.map(json.dumps), _VALUE.map(json.dumps), _GARBAGE), min_size=1, max_size=6))
def test_fuzz_jsonl_gives_one_record_per_line_with_unique_ids(tmp_path_factory, lines):
    p = tmp_path_factory.getbasetemp() / "fuzz.jsonl"
    p.write_text("\n".join(lines), encoding="utf-8")
    items = list(read_inputs([p]))
    assert len(items) == len(lines)
    assert all(isinstance(i, (Article, Unreadable)) for i in items)
    assert len({i.id for i in items}) == len(items)
    assert all(isinstance(i.id, str) and i.id for i in items)
    assert all(i.reason for i in items if isinstance(i, Unreadable))
    assert all(isinstance(i.text, str) for i in items if isinstance(i, Article))
