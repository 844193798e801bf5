"""Clean-up and admission checks: each document is coded, or skipped with a reason a user can act on."""

from __future__ import annotations

import re
import unicodedata
from html.parser import HTMLParser

from .. import settings
from ..model import Article
from .normalize import Normalized, normalize

_TAG = re.compile(r"<\s*/?\s*(script|style|iframe|html|body|head|div|p|span|a|br|img|table|tr|td|"
                  r"li|ul|ol|h[1-6]|em|strong|b|i|section|article|header|footer|noscript|meta|link)"
                  r"\b[^>]*>", re.I)
_DROPPED = frozenset({"script", "style", "noscript", "iframe", "template"})
_BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "tr", "section", "article"})
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# The commonest English function words: in news prose about 40% of words are among them,
# in other languages written in Latin script usually under 5%.
ENGLISH_FUNCTION_WORDS = frozenset("""
a about after all also an and any are as at be been but by can could did do for from had has have
he her his how i if in into is it its just more most my no not now of on one only or other our out
over said she so some than that the their them then there these they this to up was we were what
when which while who will with would you
""".split())


def _lxml_tree(html: str):
    """``(tree, lost)``: the lxml tree (``None`` on junk lxml cannot parse, or a page that is
    only a comment) and whether lxml stopped early, losing the rest: elements nested deeper
    than libxml2's limit (256)."""
    import lxml.html

    parser = lxml.html.HTMLParser()
    try:
        root = lxml.html.fromstring(html, parser=parser)
    except Exception:  # noqa: BLE001 - lxml raises several types on junk
        return None, False
    if not isinstance(root.tag, str):  # a comment or processing instruction, not an element
        return None, False
    return root, any(e.level_name == "FATAL" for e in parser.error_log)


def html_too_deep(html: str) -> bool:
    """Whether a tree parser (lxml, trafilatura) would drop part of this page's text."""
    return _lxml_tree(html)[1]


def html_to_text(html: str) -> str:
    """Visible text of an HTML fragment; scripts, styles and frames are dropped, never run.

    Pages lxml cannot read whole are read tag by tag instead (no depth limit)."""
    root, lost = _lxml_tree(html)
    text = None if root is None or lost else _tree_text(root)
    if text is None:
        text = _streamed_text(html)
    text = re.sub(r"[ \t]+", " ", text)
    return re.sub(r"\n\s*\n+", "\n\n", text).strip()


def _tree_text(root) -> str | None:
    """Text of an lxml tree without scripts, styles and frames; ``None`` when lxml refuses to
    edit it (text holding control characters)."""
    try:
        for bad in root.xpath("//script|//style|//noscript|//iframe|//template"):
            bad.drop_tree()
        for block in root.xpath("//p|//div|//br|//li|//h1|//h2|//h3|//h4|//tr|//section|//article"):
            block.tail = "\n\n" + (block.tail or "")
    except ValueError:
        return None
    return root.text_content()


class _TextOnly(HTMLParser):
    """Text of a page read tag by tag, without a tree: no depth limit."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.dropping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _DROPPED:
            self.dropping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED:
            self.dropping = max(0, self.dropping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.dropping:
            self.parts.append(data)


def _streamed_text(html: str) -> str:
    reader = _TextOnly()
    try:
        reader.feed(html)
        reader.close()
    except Exception:  # noqa: BLE001 - html.parser gives up on some junk: strip tags crudely
        return re.sub(r"<[^>]+>", " ", html)
    return "".join(reader.parts)


def prepare_text(text: str) -> tuple[str, list[str], Normalized | None]:
    """The text to code, notes on what was changed, and the map of its offsets back to ``text``
    (:mod:`.normalize`); the map is None when markup was removed: offsets then refer to the text
    without it."""
    norm = normalize(text)
    notes = list(norm.notes)
    if len(_TAG.findall(norm.text[:200_000])) >= 2:
        return html_to_text(norm.text), [*notes, "HTML markup removed"], None
    return norm.text, notes, norm


def clean_text(text: str) -> tuple[str, list[str]]:
    """The text to code and notes on what was changed (see :func:`prepare_text`)."""
    clean, notes, _ = prepare_text(text)
    return clean, notes


def english_share(text: str, sample: int = 4000) -> float:
    """Share of words in the first ``sample`` characters that are English function words."""
    words = _WORD.findall(text[:sample].lower())
    if not words:
        return 0.0
    return sum(w in ENGLISH_FUNCTION_WORDS for w in words) / len(words)


def admission_limits() -> tuple[int, int, float]:
    """The admission limits from the settings: (max_chars, min_chars, min_english)."""
    return settings.get("max_chars"), settings.get("min_chars"), settings.get("min_english")


def check_article(article: Article, max_chars: int | None = None,
                  limits: tuple[int, int, float] | None = None) -> tuple[str, str] | None:
    """Why this article should not be coded, as ``(status, reason)``; ``None`` when it is fine.
    ``limits`` are (max_chars, min_chars, min_english), resolved by the caller (workers get them
    with their options); without them they are read from the settings."""
    text = article.text
    default_max, min_chars, min_english = limits or admission_limits()
    max_chars = max_chars or default_max
    n = len(text.strip())
    if n < min_chars:
        return "skipped", f"empty: {n} characters of text (at least {min_chars} are needed)"
    if n > max_chars:
        return "skipped", (f"too large: {n:,} characters (limit {max_chars:,}); split the document "
                           "or raise MULTIPOLAR_MAX_CHARS")
    bad = sum(1 for c in text[:20000] if c == "\ufffd" or unicodedata.category(c) in ("Co", "Cs"))
    if bad > 0.02 * min(n, 20000):
        return "skipped", ("not text: many characters could not be decoded; check the file's "
                           "encoding and save it as UTF-8")
    letters = sum(c.isalpha() for c in text[:20000])
    if letters < 0.4 * min(n, 20000):
        return "skipped", "not text: under 40% of the characters are letters (tables, code or data?)"
    latin = sum(c.isascii() for c in text[:20000] if c.isalpha()) / max(1, letters)
    share = english_share(text)
    if latin < 0.5 or (len(_WORD.findall(text[:4000])) >= 12 and share < min_english):
        return "skipped", (f"not English: {share:.0%} of words are English function words "
                           "(multipolar codes English text; translate it first)")
    return None
