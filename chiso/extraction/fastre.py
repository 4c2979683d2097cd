"""Helpers that keep regex scans on the regex engine's fast path.

A pattern that *starts* with a look-behind (``(?<!\\w)``) or with an optional group cannot use
the engine's prefix scan: it is tried at every character of the article, which costs ten times
a scan that can skip to the characters a match may start with. The helpers here run the pattern
without its leading ``(?<!\\w)`` and check that condition on each match instead, which finds
exactly the matches the original pattern finds.
"""

from __future__ import annotations

import re
from typing import Iterator

_WORD_CHAR = re.compile(r"\w")


def word_start_pattern(body: str, flags: int = 0) -> re.Pattern:
    """Compile ``body`` (written without its leading ``(?<!\\w)``) for :func:`finditer_at_word_start`."""
    return re.compile(body, flags)


def finditer_at_word_start(pattern: re.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
    """``re.compile(r"(?<!\\w)" + pattern.pattern).finditer(text, pos, endpos)``, faster.

    A match preceded by a word character is dropped and the scan resumes one character later,
    as the look-behind would have made the engine do."""
    end = len(text) if endpos is None else endpos
    search = pattern.search
    word = _WORD_CHAR.match
    while pos <= end:
        m = search(text, pos, end)
        if m is None:
            return
        s = m.start()
        if s > 0 and word(text, s - 1):
            pos = s + 1
            continue
        yield m
        e = m.end()
        pos = e if e > s else s + 1


def search_at_word_start(pattern: re.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
    """First match of :func:`finditer_at_word_start`, or None."""
    for m in finditer_at_word_start(pattern, text, pos, endpos):
        return m
    return None


def blank_matches(pattern: re.Pattern, text: str) -> str:
    """``text`` with every match of ``(?<!\\w)pattern`` replaced by as many spaces (length-preserving)."""
    parts = []
    last = 0
    for m in finditer_at_word_start(pattern, text):
        s, e = m.span()
        parts.append(text[last:s])
        parts.append(" " * (e - s))
        last = e
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)
