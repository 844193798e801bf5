"""Readers and admission checks: every input gets text or a reason."""

from __future__ import annotations

import io
import json

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from multipolar.errors import InputError
from multipolar.ingest import Unreadable, check_article, clean_text, read_inputs
from multipolar.ingest.readers import decode
from multipolar.model import Article

ENGLISH = ("The foreign ministers of Poland and Lithuania met in Vilnius on Tuesday and agreed to "
           "coordinate their response to the crisis on the border with Belarus.")


def test_readers_txt_uses_file_stem_as_id(tmp_path):
    (tmp_path / "story-1.txt").write_text(ENGLISH, encoding="utf-8")
    (art,) = read_inputs([tmp_path / "story-1.txt"])
    assert art == Article("story-1", ENGLISH)


def test_readers_jsonl_accepts_common_field_names_and_reports_bad_lines(tmp_path):
    p = tmp_path / "batch.jsonl"
    p.write_text("\n".join([
        json.dumps({"id": "a", "text": ENGLISH, "date": "2022-03-01T10:00:00Z", "title": "T"}),
        "{not json",
        json.dumps({"headline": "H", "body": ENGLISH, "published": "5 March 2022"}),
        json.dumps({"id": "c", "title": "no text"}),
        json.dumps(["a list"]),
    ]), encoding="utf-8")
    items = list(read_inputs([p]))
    assert items[0] == Article("a", ENGLISH, "2022-03-01", "T")
    assert isinstance(items[1], Unreadable) and "line 2" in items[1].reason
    assert items[2].id == "batch:3" and items[2].date == "2022-03-05" and items[2].title == "H"
    assert isinstance(items[3], Unreadable) and items[3].status == "skipped"
    assert isinstance(items[4], Unreadable) and "not a JSON object" in items[4].reason


def test_readers_csv_and_folder_recursion(tmp_path):
    sub = tmp_path / "in" / "deeper"
    sub.mkdir(parents=True)
    (tmp_path / "in" / "a.csv").write_text(f"link,headline,date,body\nhttp://x,Hi,2022-01-02,\"{ENGLISH}\"\n",
                                           encoding="utf-8")
    (sub / "b.txt").write_text(ENGLISH, encoding="utf-8")
    (sub / "image.png").write_bytes(b"\x89PNG")
    items = list(read_inputs([tmp_path / "in"]))
    assert [i.id for i in items] == ["a:1", "b", "image"]
    assert isinstance(items[2], Unreadable) and items[2].reason.startswith("unsupported format .png")
    assert items[0].url == "http://x" and items[0].date == "2022-01-02"


def test_readers_html_extracts_main_text_without_scripts(tmp_path):
    html = (f"<html><head><title>Talks</title><script>alert('x')</script></head><body>"
            f"<nav>Home | World</nav><article><h1>Talks in Vilnius</h1><p>{ENGLISH}</p>"
            f"<p>{ENGLISH}</p></article></body></html>")
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    (art,) = read_inputs([tmp_path / "page.html"])
    assert "Vilnius" in art.text and "alert" not in art.text


def test_readers_feed(tmp_path):
    rss = (f"<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title><item>"
           f"<title>Talks</title><link>http://w/1</link><guid>w1</guid>"
           f"<pubDate>Tue, 01 Mar 2022 10:00:00 GMT</pubDate><description>{ENGLISH}</description>"
           f"</item></channel></rss>")
    (tmp_path / "wire.rss").write_text(rss, encoding="utf-8")
    (art,) = read_inputs([tmp_path / "wire.rss"])
    assert art.id == "w1" and art.date == "2022-03-01" and art.text.startswith("Talks")


def test_readers_stdin_and_missing_path():
    (art,) = read_inputs(["-"], stdin=io.StringIO(json.dumps({"id": "s", "text": ENGLISH})))
    assert art.id == "s"
    with pytest.raises(InputError):
        list(read_inputs(["/no/such/file.txt"]))


@pytest.mark.parametrize("data, problem", [
    (b"\x00\x01\x02binary\x00", "binary"),
    ("Der Außenminister sprach über die Lage".encode("cp1252"), None),
    (b"", None),
])
def test_readers_decode(data, problem):
    text, why = decode(data)
    assert (problem in why) if problem else why is None
    if data and not problem:
        assert "Außenminister" in text


@pytest.mark.parametrize("text, expect", [
    ("", "empty"),
    ("   \n  ", "empty"),
    ("Die Außenminister Polens und Litauens trafen sich am Dienstag in Wilna und vereinbarten, "
     "ihre Antwort auf die Krise an der Grenze zu Belarus abzustimmen.", "not English"),
    ("Министры иностранных дел Польши и Литвы встретились во вторник в Вильнюсе.", "not English"),
    ("1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24", "not text"),
    (ENGLISH, None),
])
def test_checks_reasons(text, expect):
    problem = check_article(Article("x", text))
    if expect is None:
        assert problem is None
    else:
        assert problem[0] == "skipped" and problem[1].startswith(expect)


def test_checks_too_large():
    status, reason = check_article(Article("x", ENGLISH * 5), max_chars=100)
    assert status == "skipped" and reason.startswith("too large") and "MULTIPOLAR_MAX_CHARS" in reason


def test_clean_text_strips_hostile_markup_and_control_characters():
    text, notes = clean_text(f"<p>{ENGLISH}</p><script>document.cookie</script><img src=x onerror=alert(1)>\x07")
    assert "document.cookie" not in text and "<" not in text and ENGLISH in text
    assert "HTML markup removed" in notes and "control characters replaced" in notes


def test_clean_text_leaves_plain_text_alone():
    text = "Line one.\n\nLine two with a < sign and 3 > 2."
    assert clean_text(text) == (text, [])


@hsettings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1))
def test_readers_jsonl_round_trips_any_text(text):
    line = json.dumps({"id": "x", "text": text}, ensure_ascii=False)
    (art,) = read_inputs(["-"], stdin=io.StringIO(line + "\n"))
    assert art.text == text
