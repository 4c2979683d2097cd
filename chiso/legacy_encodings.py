"""Vietnamese written in the font encodings that came before Unicode.

Offices typed documents for years in TCVN3 (the ".VnTime" fonts) and VNI (the "VNI-Times" fonts):
both put Vietnamese letters at the code points of Windows-1252, so a file saved from them reads as
Western text ("B¶o hiÓm x· héi", "Baûo hieåm xaõ hoäi"), whether its bytes are decoded as
Windows-1252 or the text was copied into a UTF-8 page. Neither is a codec Python knows, and neither
marks itself: a line is converted only when the conversion reads as Vietnamese and the line did not.
"""

from __future__ import annotations

import re
import unicodedata

# TCVN 5712:1993 VN3 ("ABC"), bytes 0xA0-0xFF: the letters with their marks; 0xB0-0xB4 are the five
# tones as combining marks. (The capitals with tones are drawn by a capitals font from the small
# letters' codes, so they come back in lower case: the words are right, their case may not be.)
_TCVN3_HIGH = ("\u00a0ĂÂÊÔƠƯĐăâêôơưđẰ\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệì"
               "ỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ")
assert len(_TCVN3_HIGH) == 0x60


def _windows_1252(byte: int) -> str:
    """The character Windows-1252 shows for ``byte`` (the C1 control of that number where it shows none)."""
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


_SHOWN_AS_1252 = [_windows_1252(byte) for byte in range(0x100)]
# a TCVN3 letter as Windows-1252 shows it -> the letter
_TCVN3_GLYPHS = str.maketrans({_SHOWN_AS_1252[0xA0 + i]: letter for i, letter in enumerate(_TCVN3_HIGH)})


def windows_1252_text(data: bytes) -> str:
    """Bytes as Windows-1252 shows them, never failing (the five unassigned bytes become their C1 controls)."""
    return "".join(_SHOWN_AS_1252[byte] for byte in data)


# VISCII, bytes 0x80-0xFF (Unix and the early web; it keeps the Latin-1 letters at their own codes and six
# rare capitals at control codes, which are left as they are)
_VISCII_HIGH = ("ẠẮẰẶẤẦẨẬẼẸẾỀỂỄỆỐỒỔỖỘỢỚỜỞỊỎỌỈỦŨỤỲÕắằặấầẩậẽẹếềểễệố"
               "ồổỗỠƠộờởịỰỨỪỬơớƯÀÁÂÃẢĂẳẵÈÉÊẺÌÍĨỳĐứÒÓÔạỷừửÙÚỹỵÝỡư"
               "àáâãảăữẫèéêẻìíĩỉđựòóôõỏọụùúũủýợỮ")
assert len(_VISCII_HIGH) == 0x80


def decode_viscii(data: bytes) -> str:
    """VISCII bytes -> text."""
    return "".join(chr(byte) if byte < 0x80 else _VISCII_HIGH[byte - 0x80] for byte in data)


def tcvn3_glyphs_to_unicode(text: str) -> str:
    """TCVN3 text read as Windows-1252 ("B¶o hiÓm x· héi") -> "bảo hiểm xã hội"."""
    return unicodedata.normalize("NFC", text.translate(_TCVN3_GLYPHS))


# VNI writes a letter as its base letter followed by one key for its marks: the hat or the breve with
# the tone in one key after "a", "e", "o"; the tone alone after any vowel; "ô"/"ö" are "ơ"/"ư"; "ñ" is
# "đ"; "i" with a tone is one key (so is "ỵ").
_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT = "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"
_HAT, _BREVE, _HORN = "\u0302", "\u0306", "\u031b"
_VNI_TONE = dict(zip("ùøûõï", (_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT)))
_VNI_HAT = dict(zip("âáàåãä", ("", _ACUTE, _GRAVE, _HOOK, _TILDE, _DOT)))
_VNI_BREVE = dict(zip("êéèúüë", ("", _ACUTE, _GRAVE, _HOOK, _TILDE, _DOT)))
_VNI_I = dict(zip("íìæóò", (_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT)))


def _keys(*tables: dict[str, str]) -> str:
    return "".join(key + key.upper() for table in tables for key in table)


_VNI_LETTER = re.compile(
    f"([aA])([{_keys(_VNI_HAT, _VNI_BREVE, _VNI_TONE)}])"
    f"|([eEoO])([{_keys(_VNI_HAT, _VNI_TONE)}])"
    f"|([ôÔöÖ])([{_keys(_VNI_TONE)}])?"
    f"|([uUyY])([{_keys(_VNI_TONE)}])"
    f"|([{_keys(_VNI_I)}îÎñÑ])")


def _vni_letter(match: re.Match) -> str:
    groups = match.groups()
    if groups[8]:  # one key: "i" with a tone, "ỵ", "đ"
        key = groups[8]
        lower = key.lower()
        letter = ("đ" if lower == "ñ" else "y" + _DOT if lower == "î" else "i" + _VNI_I[lower])
        return unicodedata.normalize("NFC", letter.upper() if key.isupper() else letter)
    base, key = next((groups[i], groups[i + 1]) for i in (0, 2, 4, 6) if groups[i])
    if base in "ôÔöÖ":  # ơ, ư
        marks = _HORN + _VNI_TONE.get((key or "").lower(), "")
        base = {"ô": "o", "Ô": "O", "ö": "u", "Ö": "U"}[base]
    else:
        lower = key.lower()
        if lower in _VNI_TONE:
            marks = _VNI_TONE[lower]
        elif base in "aA" and lower in _VNI_BREVE:
            marks = _BREVE + _VNI_BREVE[lower]
        else:
            marks = _HAT + _VNI_HAT[lower]
    return unicodedata.normalize("NFC", base + marks)


def vni_glyphs_to_unicode(text: str) -> str:
    """VNI text read as Windows-1252 ("Baûo hieåm xaõ hoäi") -> "Bảo hiểm xã hội"."""
    return _VNI_LETTER.sub(_vni_letter, text)


# Syllables any Vietnamese paragraph is full of, each with a mark a legacy font would have mangled.
_COMMON_SYLLABLES = frozenset(
    "của và là có được người năm các những trong tỉnh đã với cho này tại đến không một hội nữ "
    "bảo hiểm xã tỷ lệ số đạt lao động cán bộ đại biểu thực hiện công tác phát triển quản lý chính "
    "kết quả trên nhiều hơn tổng đơn vị nghìn triệu tháng ngày theo về như từ vào đó sẽ việc "
    "đồng tham gia chiếm toàn thu chi nợ đóng hưởng".split())
_WORD = re.compile(r"\w+")


def vietnamese_syllable_count(text: str) -> int:
    """How many of ``text``'s words are common Vietnamese syllables (a measure of "reads as Vietnamese")."""
    words = _WORD.findall(unicodedata.normalize("NFC", text).lower())
    return sum(word in _COMMON_SYLLABLES for word in words)


# A line of real Vietnamese has letters outside Latin-1 ("ư", "ơ", "đ", "ă", most toned vowels, or the
# combining marks of decomposed text); a line in a legacy font has none, and Latin-1 letters or symbols
# in their place.
_BEYOND_LATIN_1 = re.compile(r"[\u0100-\u036f\u1e00-\u1eff]")
_LATIN_1_HIGH = re.compile(r"[\u00a1-\u00ff]")


def repair_legacy_fonts(text: str) -> str:
    """Convert the lines written in TCVN3 or VNI (as Windows-1252 shows them) to Unicode; leave the rest.

    The encoding is chosen for the whole text, as the one whose reading gains the most common syllables
    (at least two). Then each candidate line is converted when its reading has more of them, or when
    neither reading has any (a byline, a caption: the text's encoding decides).
    """
    if not _LATIN_1_HIGH.search(text):
        return text
    lines = text.split("\n")
    candidates = [i for i, line in enumerate(lines) if _LATIN_1_HIGH.search(line) and not _BEYOND_LATIN_1.search(line)]
    if not candidates:
        return text
    before = {i: vietnamese_syllable_count(lines[i]) for i in candidates}
    best_gain, best = 0, {}
    for convert in (tcvn3_glyphs_to_unicode, vni_glyphs_to_unicode):
        readings = {i: convert(lines[i]) for i in candidates}
        scores = {i: vietnamese_syllable_count(reading) for i, reading in readings.items()}
        gain = sum(scores[i] - before[i] for i in candidates)
        if gain > best_gain:
            best_gain, best = gain, {i: (readings[i], scores[i]) for i in candidates}
    # (a French or Spanish text gains nothing however it is read)
    if best_gain < 2:
        return text
    # (a line with no syllable to tell follows the text only when no line of it is Unicode Vietnamese already: not
    # "Cà Mau" beside one pasted line in a legacy font)
    all_legacy = not any(_BEYOND_LATIN_1.search(line) for line in lines)
    for i, (reading, score) in best.items():
        if score > before[i] or (score == before[i] == 0 and all_legacy):
            lines[i] = reading
    return "\n".join(lines)
