"""Clean-up and admission checks: each document is coded, or skipped with a reason a user can act on."""

from __future__ import annotations

import re
import unicodedata

from .. import settings
from ..model import Article

_TAG = re.compile(r"<\s*/?\s*(script|style|iframe|html|body|head|div|p|span|a|br|img|table|tr|td|"
                  r"li|ul|ol|h[1-6]|em|strong|b|i|section|article|header|footer|noscript|meta|link)"
                  r"\b[^>]*>", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# The commonest English function words: in news prose about 40% of words are among them,
# in other languages written in Latin script usually under 5%.
ENGLISH_FUNCTION_WORDS = frozenset("""
a about after all also an and any are as at be been but by can could did do for from had has have
he her his how i if in into is it its just more most my no not now of on one only or other our out
over said she so some than that the their them then there these they this to up was we were what
when which while who will with would you
""".split())


def html_to_text(html: str) -> str:
    """Visible text of an HTML fragment; scripts, styles and frames are dropped, never run."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except Exception:  # lxml raises several types on junk; any of them means: strip tags crudely
        return re.sub(r"<[^>]+>", " ", html)
    for bad in root.xpath("//script|//style|//noscript|//iframe|//template"):
        bad.drop_tree()
    for block in root.xpath("//p|//div|//br|//li|//h1|//h2|//h3|//h4|//tr|//section|//article"):
        block.tail = "\n\n" + (block.tail or "")
    text = root.text_content()
    text = re.sub(r"[ \t]+", " ", text)
    return re.sub(r"\n\s*\n+", "\n\n", text).strip()


def clean_text(text: str) -> tuple[str, list[str]]:
    """Normalise line ends, drop control characters and strip markup found in article text.

    Returns the text to code and notes on what was changed (offsets refer to the new text).
    """
    notes: list[str] = []
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROL.search(text):
        text = _CONTROL.sub(" ", text)
        notes.append("control characters replaced")
    if len(_TAG.findall(text[:200_000])) >= 2:
        text = html_to_text(text)
        notes.append("HTML markup removed")
    return text, notes


def english_share(text: str, sample: int = 4000) -> float:
    """Share of words in the first ``sample`` characters that are English function words."""
    words = _WORD.findall(text[:sample].lower())
    if not words:
        return 0.0
    return sum(w in ENGLISH_FUNCTION_WORDS for w in words) / len(words)


def check_article(article: Article, max_chars: int | None = None) -> tuple[str, str] | None:
    """Why this article should not be coded, as ``(status, reason)``; ``None`` when it is fine."""
    text = article.text
    max_chars = settings.get("max_chars", max_chars)
    min_chars = settings.get("min_chars")
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
    if latin < 0.5 or (len(_WORD.findall(text[:4000])) >= 12 and share < settings.get("min_english")):
        return "skipped", (f"not English: {share:.0%} of words are English function words "
                           "(multipolar codes English text; translate it first)")
    return None
