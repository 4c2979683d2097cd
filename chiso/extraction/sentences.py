"""Sentence and paragraph splitting that keeps character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper() and c.isalpha())


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int      # index of the paragraph (block of text between blank lines / line breaks)
    index: int          # index of the sentence in the article


# A sentence ends at . ! ? … followed by space and an upper-case letter / digit / quote, or at a line break.
# Decimal points and abbreviations ("TP.HCM", "1.234") never end one because no space follows.
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"”’»)]?\s+(?=[\"“‘«(]?[" + _UPPER + r"0-9])|\n+")
_ABBREV_END = re.compile(r"(?:\b(?:TP|Tp|ThS|TS|PGS|GS|BS|Th\.S|St|Mr|Ms|v\.v|Q|P|H|X|TX|TT|tr|ĐT|Đ/c|đ/c))\.$")


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    paragraph = 0
    pos = 0
    for m in _BOUNDARY.finditer(text):
        if "\n" not in m.group(0) and _ABBREV_END.search(text[max(0, m.start() - 6):m.start()]):
            continue
        if pos < m.start():
            s, e = _trim(text, pos, m.start())
            if s < e:
                out.append(Sentence(s, e, paragraph, len(out)))
        if "\n" in m.group(0):
            paragraph += 1
        pos = m.end()
    if pos < len(text):
        s, e = _trim(text, pos, len(text))
        if s < e:
            out.append(Sentence(s, e, paragraph, len(out)))
    return out


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e
