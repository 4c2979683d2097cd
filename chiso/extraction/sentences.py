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
# a thousands separator followed by a typed space, as text copied from a PDF has it ("có 1. 234 nữ cán bộ"): no end
# (not a numbered item, "…; 4. 100% đảng bộ …": the figure before it follows a word, not a sentence's end)
# a line's item number ("1. Tỷ lệ …", "II. KẾT QUẢ", "a) …"): the item's sentence goes on after it
_ITEM_NUMBER = re.compile(r"[ \t]*(?:\d{1,2}|[IVX]{1,4}|[a-zđ])[.)]")
_GROUP_BEFORE = re.compile(r"(?<=\w )\d{1,3}\.$")
_GROUP_AFTER = re.compile(r"\d{3}(?![\d,])(?!\s*%)")
_ABBREV_END = re.compile(r"(?:\b(?:TP|Tp|ThS|TS|PGS|GS|BS|Th\.S|St|Mr|Ms|v\.v|Q|P|H|X|TX|TT|tr|ĐT|Đ/c|đ/c))\.$")


# every match of _BOUNDARY starts right after one of .!?… or at a line break
_BOUNDARY_CANDIDATE = re.compile(r"[.!?…\n]")


def _boundary_matches(text: str):
    """``_BOUNDARY.finditer(text)``, trying the pattern only where a match can start.

    _BOUNDARY starts with a look-behind, which makes the regex engine try it at every character;
    here the candidates (after a sentence-ending mark, at a line break) are found with a one-class
    scan and the pattern is matched there, in order, resuming after each match as finditer does."""
    pos = 0            # finditer's position: the next match starts at or after it
    cursor = 0         # where to look for the next candidate mark
    match = _BOUNDARY.match
    while True:
        for c in _BOUNDARY_CANDIDATE.finditer(text, cursor):
            j = c.start()
            # a mark at j makes j + 1 a candidate (the look-behind); a line break at j makes j one
            i = j if text[j] == "\n" else j + 1
            if i < pos:
                continue
            m = match(text, i)
            if m is None:
                continue
            yield m
            pos = m.end()
            if pos - 1 > j + 1:
                cursor = pos - 1   # a mark at pos - 1 makes pos a candidate
                break
        else:
            return


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    paragraph = 0
    pos = 0
    for m in _boundary_matches(text):
        if "\n" not in m.group(0) and (_ABBREV_END.search(text[max(0, m.start() - 6):m.start()])
                                       or _ITEM_NUMBER.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start())
                                       or (_GROUP_BEFORE.search(text, max(0, m.start() - 4), m.start())
                                           and m.group(0) == " " and _GROUP_AFTER.match(text, m.end()))):
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


# A list of links to other articles ("Tin liên quan:", "Xem thêm:", "Bài liên quan:") that pages and
# crawlers leave in the body: each line is another article's headline, whose figures are that
# article's statements, not this one's.
_RELATED_MARKER = re.compile(
    r"[ \t]*(?:tin liên quan|bài liên quan|các tin liên quan|xem thêm|đọc thêm|tin khác|các tin khác|"
    r"tin cùng chuyên mục|tin mới hơn|tin cũ hơn|tin đọc nhiều|có thể bạn quan tâm)[ \t]*:?[ \t]*(?=\n|$)")
_RELATED_INLINE = re.compile(r"[ \t]*(?:xem thêm|đọc thêm|tin liên quan|bài liên quan|>>)[ \t]*:?[ \t]*[^\n]{3,200}?(?<![.;:])(?=\n|$)")
_LINE = re.compile(r"[^\n]*")
_SENTENCE_END = (".", ":", ";")   # (a headline may end with "?" or "!")
_BULLET = ("-", "–", "•", "*", "+", ">")


def related_link_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the related-article lists in ``text`` (folded: lower case, the offsets of the article's
    text): a marker line and the headline-like lines after it (up to 200 characters, not ending like
    a sentence); past a blank line only "- …" items continue it. (The marker is tried at each line's
    start: a few dozen anchored matches cost less than one scan of the text.)"""
    spans = []
    line_start = 0
    while line_start < len(text):
        marker = _RELATED_MARKER.match(text, line_start)
        inline = None if marker is not None else _RELATED_INLINE.match(text, line_start)
        if inline is not None:
            # "Xem thêm: Vĩnh Long: Hơn 1.200 chủ hộ kinh doanh tham gia BHXH bắt buộc": one headline on the marker's line
            spans.append((line_start, inline.end()))
            line_start = inline.end()
        elif marker is not None:
            end = pos = marker.end()
            after_blank = False
            while pos < len(text):
                line = _LINE.match(text, pos + 1)           # the line after the line break at pos
                content = line.group(0).strip()
                if not content:
                    after_blank = True
                elif len(content) > 200 or content.endswith(_SENTENCE_END) or (after_blank and not content.startswith(_BULLET)):
                    break                                   # prose, or a heading, again: the list has ended
                else:
                    end, after_blank = line.end(), False
                pos = line.end()
            spans.append((line_start, end))
            line_start = end
        line_break = text.find("\n", line_start)
        if line_break < 0:
            break
        line_start = line_break + 1
    return spans
