"""Text normalisation shared by ingestion and extraction.

The warehouse stores every article in one canonical form and every provenance offset points
into that form, so there is exactly one function that produces it: :func:`normalize_text`.
Matching (cue phrases, place names) additionally needs a *folded* form that ignores case and
the two competing conventions for tone-mark placement (``hoà``/``hòa``, ``thuỷ``/``thủy``);
:func:`fold` produces it without changing the string's length, so offsets found in the folded
text are valid in the normalised one.
"""

from __future__ import annotations

import re
import unicodedata

# Characters that behave as a plain space in running text (NBSP, narrow NBSP, figure space,
# the en/em quads, ideographic space) and zero-width characters that should vanish.
_SPACE_LIKE = dict.fromkeys(map(ord, "\u00a0\u202f\u2007\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u3000\t\f\v"), " ")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_RUN_OF_SPACES = re.compile(r" {2,}")
_THREE_OR_MORE_NEWLINES = re.compile(r"\n{3,}")


# A footnote's mark stuck to a word or a figure, as text copied from a PDF or Word has it ("3.182.407¹ người",
# "tham gia BHTN², chiếm", "bảo hiểm²"): not a digit of the figure, nor a part of a unit ("m²", "km²", "cm³")
_FOOTNOTE_MARK = re.compile(r"(?<=[^\W\d_]|\d|[%.,;:)\]])(?<!(?<!\w)[mM])(?<!(?<!\w)[kcd][mM])[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
_MARKDOWN_EMPHASIS = re.compile(r"(?:\*\*|__)(\S(?:[^*_\n]*?\S)?)(?:\*\*|__)")


def normalize_text(raw: str) -> str:
    """Return the canonical form of an article's text.

    NFC; CRLF/CR to LF; NBSP, tabs and other space-like characters to a space; zero-width
    characters and footnote marks stuck to a word or figure removed; runs of spaces collapsed; lines stripped; at most one blank line
    between paragraphs; no leading or trailing blank lines.
    """
    text = unicodedata.normalize("NFC", raw)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "**" in text or "__" in text:
        text = _MARKDOWN_EMPHASIS.sub(r"\1", text)   # ("chiếm **68,4%**", as social-media posts and newsletters write it)
    text = text.translate(_ZERO_WIDTH).translate(_SPACE_LIKE)
    if any("\u2070" <= c <= "\u2079" or c in "¹²³" for c in text):
        text = _FOOTNOTE_MARK.sub("", text)
    text = _RUN_OF_SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _THREE_OR_MORE_NEWLINES.sub("\n\n", text)
    return text.strip("\n")


# Old-style ("hoà", "thuỷ", "khoẻ") versus new-style ("hòa", "thủy", "khỏe") tone placement.
# Folding moves the tone mark to the new-style vowel; each pair keeps its length (2 characters),
# so folding never shifts offsets.
_TONES = {"\u0300": "àằầèềìòồờùừỳ", "\u0301": "áắấéếíóốớúứý", "\u0309": "ảẳẩẻểỉỏổởủửỷ",
          "\u0303": "ãẵẫẽễĩõỗỡũữỹ", "\u0323": "ạặậẹệịọộợụựỵ"}


def _with_tone(base: str, mark: str) -> str:
    return unicodedata.normalize("NFC", base + mark)


def _old_to_new_tone_pairs() -> dict[str, str]:
    pairs: dict[str, str] = {}
    for mark in _TONES:
        for first, second in (("o", "a"), ("o", "e"), ("u", "y"), ("u", "ê")):
            old = first + _with_tone(second, mark)          # hoà, hoè, thuỷ, thuế-like "uê"
            new = _with_tone(first, mark) + second          # hòa, hòe, thủy
            if second == "ê":
                # "uê" keeps the mark on ê in both conventions ("thuế"); nothing to fold.
                continue
            pairs[old] = new
    return pairs


_TONE_PAIRS = _old_to_new_tone_pairs()
_TONE_PATTERN = re.compile("|".join(map(re.escape, _TONE_PAIRS)))


def fold(text: str) -> str:
    """Lower-case and move tone marks to one convention, keeping the string's length.

    Only the vowel pair at the end of a syllable is moved ("hoà" -> "hòa" but "hoàn" stays
    "hoàn", where both conventions agree).
    """
    lowered = text.lower()
    if len(lowered) != len(text):  # a few exotic characters change length when lower-cased
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)

    def _swap(match: re.Match[str]) -> str:
        end = match.end()
        if end < len(lowered) and lowered[end].isalpha():
            return match.group(0)  # not syllable-final: "hoàn", "khuỷu"
        if match.group(0)[0] == "u" and match.start() and lowered[match.start() - 1] == "q":
            return match.group(0)  # "qu" is one consonant: "quý", "quỹ" are written so in both conventions
        return _TONE_PAIRS[match.group(0)]

    return _TONE_PATTERN.sub(_swap, lowered)


_COMBINING = re.compile(r"[\u0300-\u036f]")


def strip_accents(text: str) -> str:
    """Remove Vietnamese diacritics ("Bình Phước" -> "Binh Phuoc"; "Đ" -> "D")."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", _COMBINING.sub("", decomposed))
