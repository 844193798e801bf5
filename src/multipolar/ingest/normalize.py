"""Character clean-up that keeps the way back: the text is coded clean, and every offset found in
it maps to the same characters of the text the user gave.

Line ends become ``\\n``; control characters become spaces; zero-width characters and soft hyphens
are removed (they hide names: "Rus\\u200bsia"); lone surrogates (from JSON escapes) become U+FFFD.
Everything else, tabs, no-break spaces and combining marks included, is kept as it is.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from ..model import DocResult, Span

_CHANGE = re.compile("\r\n?|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|[\u00ad\u200b\u200c\u200d\u2060\ufeff]"
                     "|[\ud800-\udfff]")
_NOTES = {"\r": "line ends normalised", "control": "control characters replaced",
          "zero": "zero-width characters removed", "surrogate": "invalid characters replaced"}


@dataclass(frozen=True, slots=True)
class Normalized:
    """The clean text, notes on what changed, and the shifts that map its offsets back.

    ``starts[i]`` is the first clean offset from which input offset = clean offset + ``deltas[i]``.
    """

    text: str
    notes: tuple[str, ...] = ()
    starts: tuple[int, ...] = (0,)
    deltas: tuple[int, ...] = (0,)

    @property
    def identity(self) -> bool:
        """Nothing changed: the clean text is the input text."""
        return not self.notes

    def start(self, pos: int) -> int:
        """The input offset of the clean character at ``pos``."""
        return pos + self.deltas[bisect.bisect_right(self.starts, pos) - 1]

    def end(self, pos: int) -> int:
        """The input offset just after the clean character before ``pos`` (a span's end)."""
        return self.start(pos - 1) + 1 if pos > 0 else self.start(0)


def normalize(text: str) -> Normalized:
    """Clean ``text`` character by character (see the module), keeping the offset map."""
    if not _CHANGE.search(text):
        return Normalized(text)
    pieces: list[str] = []
    starts, deltas = [0], [0]
    kinds: set[str] = set()
    last = 0
    out_len = 0
    for m in _CHANGE.finditer(text):
        pieces.append(text[last:m.start()])
        out_len += m.start() - last
        found = m.group()
        if found[0] == "\r":
            kinds.add("\r")
            new = "\n"
        elif found in "\u00ad\u200b\u200c\u200d\u2060\ufeff":
            kinds.add("zero")
            new = ""
        elif "\ud800" <= found <= "\udfff":
            kinds.add("surrogate")
            new = "\ufffd"
        else:
            kinds.add("control")
            new = " "
        pieces.append(new)
        out_len += len(new)
        delta = m.end() - out_len
        if delta != deltas[-1]:
            if starts[-1] == out_len:
                deltas[-1] = delta
            else:
                starts.append(out_len)
                deltas.append(delta)
        last = m.end()
    pieces.append(text[last:])
    notes = tuple(_NOTES[k] for k in ("\r", "control", "zero", "surrogate") if k in kinds)
    return Normalized("".join(pieces), notes, tuple(starts), tuple(deltas))


def to_input(result: DocResult, norm: Normalized, original: str) -> DocResult:
    """``result``'s offsets (into ``norm.text``) moved to ``original``; span texts are read from
    ``original``, so every span slices its own text there."""
    if norm.identity:
        return result

    def span(s: Span | None) -> Span | None:
        if s is None:
            return None
        a, b = norm.start(s.start), norm.end(s.end)
        return Span(original[a:b], a, b)

    mentions = []
    for m in result.mentions:
        a, b = norm.start(m.start), norm.end(m.end)
        mentions.append(replace(m, start=a, end=b, actor=replace(m.actor, text=original[a:b])))
    quotes = []
    for q in result.quotes:
        a, b = norm.start(q.start), norm.end(q.end)
        quotes.append(replace(q, start=a, end=b, text=original[a:b]))
    events = tuple(replace(e, evidence=span(e.evidence), trigger=span(e.trigger), sentence=span(e.sentence))
                   for e in result.events)
    return replace(result, text=original, mentions=tuple(mentions), quotes=tuple(quotes), events=events)
