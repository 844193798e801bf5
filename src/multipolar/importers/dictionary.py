"""The line reader shared by the PETRARCH/TABARI dictionary importers (actors, agents, verbs)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

_OPEN = re.compile(r"<!\s*-?-?")  # "<!--", and the "<! --" / "<!-" typos of hand-kept files


def read_dictionary(path: str | Path) -> str:
    """A dictionary file's text: UTF-8, undecodable bytes replaced (old files mix encodings)."""
    return Path(path).read_text(encoding="utf-8", errors="replace")


def dictionary_lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, text) with ``#`` and ``<!-- -->`` comments removed (a comment may span
    lines), trailing space stripped, blank lines dropped."""
    in_comment = False
    for n, line in enumerate(text.splitlines(), 1):
        out = ""
        while line:
            if in_comment:
                if "-->" not in line:
                    break
                line = line.split("-->", 1)[1]
                in_comment = False
            m = _OPEN.search(line)
            if m is None:
                out += line
                break
            out += line[:m.start()]
            line, in_comment = line[m.end():], True
        out = out.split("#", 1)[0].rstrip()
        if out.strip():
            yield n, out
