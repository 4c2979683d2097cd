"""Number mentions: separators, scales, words, percentages and the things that are not quantities."""

import pytest

from chiso.extraction.numbers import find_numbers, parse_digits, parse_words


def values(text):
    return [(n.text, n.value) for n in find_numbers(text)]


@pytest.mark.parametrize("text, expected", [
    ("có 1.427.535 người", 1427535),
    ("có 727,215 người tham gia", 727215),
    ("đạt 61,3% dân số", 61.3),
    ("đạt 102.4% kế hoạch", 102.4),
    ("có 84,746 triệu người", 84746000),
    ("thu 1.234,5 tỷ đồng", 1234.5e9),
    ("thu 3.000 tỷ đồng", 3000e9),
    ("chi 943 triệu đồng", 943e6),
    ("nợ 19,7 tỷ đồng", 19.7e9),
    ("có 743,7 nghìn người", 743700),
    ("có 752 nghìn người", 752000),
    ("có 752 ngàn người", 752000),
    ("thu 1,2 nghìn tỷ đồng", 1.2e12),
    ("tổng thu cả giai đoạn hơn 2,15 triệu tỷ đồng", 2.15e15),
    ("chiếm 30 phần trăm", 30),
    ("có 2,500 người", 2500),
    # an amount written in parts is one amount
    ("nợ 12 tỷ 500 triệu đồng", 12.5e9),
    ("chi 1 tỷ 250 triệu 500 nghìn đồng", 1250.5e6),
    ("nợ 3 tỷ 25 triệu đồng", 3.025e9),
    # thousands grouped by spaces
    ("số người tham gia BHYT là 1 427 535.", 1427535),
    ("có 45 100 người tham gia", 45100),
    ("thu 1 234,5 tỷ đồng", 1234.5e9),
])
def test_number_styles(text, expected):
    found = find_numbers(text)
    assert len(found) == 1, found
    assert found[0].value == pytest.approx(expected)


def test_span_is_the_figure_as_written():
    text = "toàn tỉnh có 84,746 triệu người, chiếm 61,3% dân số"
    spans = [text[n.start:n.end] for n in find_numbers(text)]
    assert spans == ["84,746 triệu", "61,3%"]


def test_separate_amounts_and_a_month_before_a_count_stay_apart():
    assert values("nợ 45 tỷ đồng, 300 triệu đồng là tiền lãi") == [("45 tỷ", 45e9), ("300 triệu", 300e6)]
    assert values("Tháng 12 100 người tham gia") == [("100", 100)]
    assert values("thu 5 tỷ 2 triệu đồng") == [("5 tỷ 2 triệu", 5.002e9)]


def test_percent_flags():
    (n,) = find_numbers("đạt tỷ lệ 93,5 %")
    assert n.is_percent and n.value == 93.5


def test_implied_percent_before_plan():
    (n,) = find_numbers("số thu đạt 98,31 kế hoạch")
    assert n.is_percent and n.implied_percent and n.value == 98.31


def test_money_flag_and_bare_billion():
    (n,) = find_numbers("thu 19,7 tỷ, đạt kế hoạch")
    assert n.is_money and n.value == pytest.approx(19.7e9)


@pytest.mark.parametrize("text, expected", [
    ("hơn một tỷ đồng", 1e9),
    ("ba nữ bộ trưởng", 3),
    ("hai mươi lăm người", 25),
    ("mười hai tỷ đồng", 12e9),
    ("chín đồng chí nữ", 9),
    ("ba mươi hai nghìn người", 32000),
    ("gần nửa triệu người", 500000),
])
def test_amounts_in_words(text, expected):
    found = find_numbers(text)
    assert [n.value for n in found] == [pytest.approx(expected)]


def test_common_words_are_not_numbers():
    assert find_numbers("một số đơn vị và một trong những địa phương; năm nay") == []


@pytest.mark.parametrize("text", [
    "Ngày 23.11.2021, đoàn công tác làm việc",
    "nhân Ngày Quốc tế Phụ nữ 8/3 vừa qua",
    "tính đến ngày 30/6/2024 các đơn vị",
    "trong tháng 5/2024 vừa qua",
    "theo Công văn 3999/BHXH-TCKT và Quyết định 1167/QĐ-TTg",
    "thực hiện Nghị quyết 28-NQ/TW",
    "ban hành Kế hoạch số 45/KH-UBND",
    "gọi hotline 1900 9068 hoặc số 0271.3879.xxx",
    "trong năm 2024 vừa qua",
    "nhiệm kỳ 2021-2026",
    "Quốc hội khóa XV",
    "lúc 16:52 và 8h30 sáng",
    "Lượt xem: 1.234",
    "kỳ họp thứ 5",
    "1. Kết quả thực hiện",
    "lần thứ 3 và đợt 2",
    "đạt từ 95-96,9%",
    "6 tháng đầu năm",
    "Nghị định 115/2015/NĐ-CP",
    "đến năm 2030",
])
def test_not_quantities(text):
    assert find_numbers(text) == []


def test_ty_le_is_not_a_scale():
    (n,) = find_numbers("đạt 12 tỷ lệ")
    assert n.value == 12 and not n.is_money


def test_fraction_with_share():
    found = find_numbers("có 12/25 đại biểu nữ (48%)")
    a = found[0]
    assert a.value == 12 and a.denominator == 25 and a.fraction_percent == 48
    assert [n.value for n in found] == [12, 48]  # the total 25 is not a mention


def test_fraction_equals_share():
    found = find_numbers("119.870/391.500 = 30,62%")
    assert found[0].value == 119870 and found[0].denominator == 391500
    assert found[-1].value == pytest.approx(30.62)


def test_count_of_places_is_not_emitted():
    assert find_numbers("có 27/43 tỉnh đạt tỷ lệ") == []
    assert find_numbers("15/30 bộ có lãnh đạo chủ chốt là nữ") == []


def test_place_name_number():
    assert [n.value for n in find_numbers("xã Quế Xuân 1 đạt 96,1%")] == [96.1]


def test_parse_digits_rules():
    assert parse_digits("1.234,5") == 1234.5
    assert parse_digits("1,234.5") == 1234.5
    assert parse_digits("61,3") == 61.3
    assert parse_digits("727,215") == 727215
    assert parse_digits("84,746", scaled=True) == 84.746
    assert parse_digits("3.000", scaled=True) == 3000
    assert parse_digits("1.5", scaled=True) == 1.5
    assert parse_digits("98,312", percent=True) == 98.312
    assert parse_digits("23.11.2021") is None


def test_parse_words():
    assert parse_words("một trăm linh năm") == 105
    assert parse_words("hai mươi mốt") == 21
    assert parse_words("bốn") == 4


def test_the_number_of_a_report_s_table_or_objective_is_a_label():
    assert values("Bảng 1: Kết quả tham gia BHXH") == []
    assert values("Chỉ tiêu 2: Tỷ lệ nữ đại biểu HĐND") == []
    assert values("được giao chỉ tiêu 300 người") == [("300", 300)]
