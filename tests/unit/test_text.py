import unicodedata

from chiso.text import fold, normalize_text, strip_accents


def test_normalize_text_nfc_nbsp_and_whitespace():
    raw = unicodedata.normalize("NFD", "Có 122\u00a0 nữ viên chức,\t lao động\r\n\r\n\r\n\r\nĐoạn hai  ")
    assert normalize_text(raw) == "Có 122 nữ viên chức, lao động\n\nĐoạn hai"


def test_normalize_text_removes_zero_width_and_bom():
    assert normalize_text("\ufeffBHXH\u200b tỉnh") == "BHXH tỉnh"


def test_fold_unifies_tone_placement_and_keeps_length():
    for old, new in [("Hoà Bình", "hòa bình"), ("Khánh Hoà", "khánh hòa"), ("thuỷ lợi", "thủy lợi"),
                     ("khoẻ mạnh", "khỏe mạnh")]:
        assert fold(old) == new
        assert len(fold(old)) == len(old)
    assert fold("hoàn thành") == "hoàn thành"  # not syllable-final: both conventions agree
    # "qu" is one consonant: the mark of "quý", "quỹ" is on the y in both conventions
    assert fold("Quý I/2024, Quỹ BHXH, thuỷ") == "quý i/2024, quỹ bhxh, thủy"


def test_strip_accents():
    assert strip_accents("Đắk Nông, Bình Phước") == "Dak Nong, Binh Phuoc"


def test_footnote_marks_stuck_to_words_and_figures_are_removed():
    from chiso.text import normalize_text

    assert normalize_text("có 1.742.318 người¹ tham gia BHYT là 3.182.407² người, chiếm 2,61% số phải thu³;") == \
        "có 1.742.318 người tham gia BHYT là 3.182.407 người, chiếm 2,61% số phải thu;"
    # (not a unit, nor a footnote's own mark at the start of its line)
    assert normalize_text("diện tích 20 m²\n¹ Số liệu tính đến 30/6/2025") == "diện tích 20 m²\n¹ Số liệu tính đến 30/6/2025"
