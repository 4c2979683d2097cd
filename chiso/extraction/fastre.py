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
# a word character right after a non-word character other than a space
_WORD_AFTER_OTHER = re.compile(r"[^\w ](?=\w)")


def after_space(pattern: re.Pattern) -> re.Pattern:
    """``" " + pattern``: finds the pattern's matches that follow a space (each shifted by that space).

    Most word starts follow a space, and a pattern that starts with one literal character is
    searched for by jumping from one occurrence of it to the next: a scan with this pattern plus
    :func:`word_starts_not_after_space` visits every word start for far less than a scan that
    tries the pattern itself at every letter."""
    return re.compile(" (?:" + pattern.pattern + ")", pattern.flags)


def word_starts_not_after_space(text: str, lo: int = 0, hi: int | None = None) -> list[int]:
    """The word starts in ``text[lo:hi]`` that do not follow a space, in order: 0 when the text
    starts with a word character, and every word character after another non-word character."""
    hi = len(text) if hi is None else hi
    starts = [m.end() for m in _WORD_AFTER_OTHER.finditer(text, max(lo - 1, 0), hi)]
    if lo == 0 and text and _WORD_CHAR.match(text):
        starts.insert(0, 0)
    return starts


def finditer_at_word_start(pattern: re.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
    """``re.compile(r"(?<!\\w)" + pattern.pattern).finditer(text, pos, endpos)``, faster (for a
    pattern that cannot match the empty string).

    The pattern's own ``finditer`` runs until a match is preceded by a word character: that match
    is dropped and the scan restarts one character later, as the look-behind would have made the
    engine do."""
    end = len(text) if endpos is None else endpos
    word = _WORD_CHAR.match
    while pos <= end:
        for m in pattern.finditer(text, pos, end):
            s = m.start()
            if s > 0 and word(text, s - 1):
                pos = s + 1
                break
            yield m
        else:
            return


def search_at_word_start(pattern: re.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
    """First match of :func:`finditer_at_word_start`, or None."""
    for m in finditer_at_word_start(pattern, text, pos, endpos):
        return m
    return None


def search_last_words(pattern: re.Pattern, text: str, words: int) -> re.Match | None:
    """``pattern.search(text)`` for a pattern whose every match runs to the end of ``text`` (it ends
    with ``\\s*$``) and spans at most ``words`` white-space separated words: only the last ``words``
    words of ``text`` are searched (such a pattern, tried at every character of a long window,
    costs ten times more)."""
    parts = text.rsplit(None, words)
    return pattern.search(text, len(parts[0]) if len(parts) > words else 0)


class PresentAlternatives:
    """``(?:alt1|alt2|...)`` + ``suffix`` (:attr:`full`), and the same pattern compiled from only the
    alternatives a given text can match (:meth:`for_text`).

    Each alternative comes with a literal that every match of it contains: an alternative whose
    literal a text lacks matches nowhere in it, so it never decides a match there, and leaving it out
    (the others keep their order) finds exactly the same matches. With few alternatives left the
    regex engine tries far fewer at each character; with none there is nothing to scan."""

    def __init__(self, alternatives: tuple[tuple[str, str], ...], suffix: str = ""):
        self._alternatives = alternatives          # (regex, literal in every match of it)
        self._suffix = suffix
        self._literals = tuple(dict.fromkeys(literal for _rx, literal in alternatives))
        self._compiled: dict[tuple[str, ...], re.Pattern] = {}
        self.full = self._compile([rx for rx, _literal in alternatives])

    def _compile(self, alternatives: list[str]) -> re.Pattern:
        return re.compile("(?:" + "|".join(alternatives) + ")" + self._suffix)

    def for_text(self, text: str) -> re.Pattern | None:
        """The pattern of the alternatives whose literal ``text`` contains, or None if there is none."""
        present = tuple(literal for literal in self._literals if literal in text)
        if not present:
            return None
        pattern = self._compiled.get(present)
        if pattern is None:
            if len(self._compiled) >= 256:
                self._compiled.clear()
            pattern = self._compiled[present] = self._compile(
                [rx for rx, literal in self._alternatives if literal in present])
        return pattern


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
