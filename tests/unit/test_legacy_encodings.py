"""Vietnamese typed in the TCVN3 and VNI fonts, as a Windows-1252 reader shows it, back to Unicode."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest

from chiso.documents import decode_bytes
from chiso.legacy_encodings import (decode_viscii, repair_legacy_fonts, tcvn3_glyphs_to_unicode, vietnamese_syllable_count,
                                    vni_glyphs_to_unicode)

SENTENCE = "Tỷ lệ nữ đại biểu Quốc hội khóa XV của tỉnh Bình Phước chiếm 30,5%, với 1.234 người tham gia"
# the same sentence as each font's users typed it (their bytes shown as Windows-1252)
SENTENCE_TCVN3 = "Tû lÖ n÷ ®¹i biÓu Quèc héi khãa XV cña tØnh B×nh Ph\u00adíc chiÕm 30,5%, víi 1.234 ng\u00adêi tham gia"
SENTENCE_VNI = "Tyû leä nöõ ñaïi bieåu Quoác hoäi khoùa XV cuûa tænh Bình Phöôùc chieám 30,5%, vôùi 1.234 ngöôøi tham gia"


def test_tcvn3_letters():
    assert tcvn3_glyphs_to_unicode(SENTENCE_TCVN3) == SENTENCE


def test_vni_letters_and_capitals():
    assert vni_glyphs_to_unicode(SENTENCE_VNI) == SENTENCE
    assert vni_glyphs_to_unicode("BAÛO HIEÅM XAÕ HOÄI ÑOÀNG NAI: ÑAÏT 95,2%") == "BẢO HIỂM XÃ HỘI ĐỒNG NAI: ĐẠT 95,2%"
    assert vni_glyphs_to_unicode("naêm, aên, ñaëc bieät, tæ, ó, ò, Möôøng Khöông, kyø") == \
        "năm, ăn, đặc biệt, tỉ, ĩ, ị, Mường Khương, kỳ"


@pytest.mark.skipif(shutil.which("iconv") is None, reason="needs glibc iconv for an independent TCVN table")
def test_tcvn3_table_agrees_with_iconv():
    data = bytes(range(0xA0, 0x100))
    expected = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=data, capture_output=True,
                              check=True).stdout.decode()
    # (the five tones at 0xB0-0xB4 are combining marks: compare canonical forms)
    assert tcvn3_glyphs_to_unicode(data.decode("latin-1")) == unicodedata.normalize("NFC", expected)


@pytest.mark.skipif(shutil.which("iconv") is None, reason="needs glibc iconv for an independent VISCII table")
def test_viscii_table_agrees_with_iconv():
    data = bytes(range(0x80, 0x100))
    expected = subprocess.run(["iconv", "-f", "VISCII", "-t", "UTF-8"], input=data, capture_output=True,
                              check=True).stdout.decode()
    assert decode_viscii(data) == expected


def test_lines_in_a_legacy_font_are_converted_and_unicode_lines_kept():
    text = "\n".join(["Báo Cà Mau", SENTENCE_TCVN3, "Cà Mau", "06/03/2025 04:52 PM", SENTENCE])
    # (a line with no syllable to tell, "Cà Mau", is kept beside lines already in Unicode)
    assert repair_legacy_fonts(text).split("\n") == ["Báo Cà Mau", SENTENCE, "Cà Mau", "06/03/2025 04:52 PM", SENTENCE]
    assert repair_legacy_fonts(SENTENCE_VNI + "\n" + SENTENCE) == SENTENCE + "\n" + SENTENCE
    # (and follows the text when all of it is in a legacy font: a byline)
    assert repair_legacy_fonts(SENTENCE_TCVN3 + "\nB¸o B×nh Ph\u00adíc") == SENTENCE + "\nBáo Bình Phước"


def test_clean_and_foreign_text_is_left_alone():
    for text in [SENTENCE, "Café français à Paris: le président a dit « très bien ».", "Thủ tướng: “Được”",
                 "Theo báo Hà Nội mới, tỉ lệ là 50%"]:
        assert repair_legacy_fonts(text) == text


@pytest.mark.parametrize("data", [SENTENCE_TCVN3.encode("cp1252"), SENTENCE_VNI.encode("cp1252")])
def test_bytes_in_a_legacy_font_decode_to_vietnamese(data):
    assert decode_bytes(data) == SENTENCE


def test_the_syllable_count_reads_decomposed_text():
    assert vietnamese_syllable_count(unicodedata.normalize("NFD", SENTENCE)) == vietnamese_syllable_count(SENTENCE) > 5
