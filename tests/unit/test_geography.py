"""Gazetteer built from vietnamadminunits: both eras of provinces, aliases, districts."""

import subprocess
import sys
from datetime import date

import pytest

from chiso.geography import canonical_province, current_province_of, find_areas, find_provinces, provinces


def names(text):
    return [m.name for m in find_provinces(text)]


def test_province_rows_cover_both_eras():
    rows = provinces()
    assert sum(r["era"] == "pre_2025" for r in rows) == 63
    assert sum(r["era"] == "current" for r in rows) == 34
    bp = next(r for r in rows if r["province_name"] == "Bình Phước")
    assert bp["full_name"] == "Tỉnh Bình Phước"
    assert bp["valid_to"] == date(2025, 6, 30) and bp["valid_from"] is None
    assert bp["current_province_name"] == "Đồng Nai"
    hn = next(r for r in rows if r["province_name"] == "Hà Nội" and r["era"] == "pre_2025")
    assert hn["current_province_name"] == "Hà Nội"
    cur = next(r for r in rows if r["province_name"] == "Đồng Nai" and r["era"] == "current")
    assert cur["valid_from"] == date(2025, 7, 1) and cur["valid_to"] is None


def test_merger_mapping():
    assert current_province_of("Bình Dương") == "Hồ Chí Minh"
    assert current_province_of("Quảng Nam") == "Đà Nẵng"
    assert current_province_of("Đắk Nông") == "Lâm Đồng"


@pytest.mark.parametrize("text, expected", [
    ("BHXH TP.HCM cho biết", "Hồ Chí Minh"),
    ("tại TP. Hồ Chí Minh", "Hồ Chí Minh"),
    ("Thành phố Hồ Chí Minh", "Hồ Chí Minh"),
    ("người dân Sài Gòn", "Hồ Chí Minh"),
    ("tỉnh Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu"),
    ("tỉnh Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu"),
    ("BHXH BR-VT", "Bà Rịa - Vũng Tàu"),
    ("tỉnh Đác Nông", "Đắk Nông"),
    ("tỉnh Đắc Lắc", "Đắk Lắk"),
    ("tỉnh Đắk Lắk", "Đắk Lắk"),
    ("tỉnh Thừa Thiên Huế", "Huế"),
    ("tỉnh Hoà Bình", "Hòa Bình"),
    ("tỉnh Hòa Bình", "Hòa Bình"),
    ("tỉnh Khánh Hoà", "Khánh Hòa"),
    ("tinh Binh Phuoc", "Bình Phước"),
])
def test_aliases(text, expected):
    assert names(text) == [expected]


@pytest.mark.parametrize("text", [
    "vì hòa bình thế giới",                  # common word, lower case
    "học tập tư tưởng Hồ Chí Minh",          # the President, not the city
    "Chủ tịch Hồ Chí Minh",
    "xã Hòa Bình, huyện Châu Thành",          # a commune of the same name
    "chiến thắng Điện Biên Phủ",
])
def test_no_false_provinces(text):
    assert names(text) == []


def test_mention_spans():
    text = "BHXH tỉnh Bình Phước"
    (m,) = find_provinces(text)
    assert text[m.start:m.end] == "Bình Phước"


def test_areas_after_unit_word_and_bare_district():
    text = "huyện Quế Sơn và Đồng Phú, xã Thống Nhất"
    areas = find_areas(text, provinces_hint=("Quảng Nam", "Bình Phước"))
    got = {(a.name, a.province) for a in areas}
    assert ("Quế Sơn", "Quảng Nam") in got
    assert ("Đồng Phú", "Bình Phước") in got


def test_common_word_district_needs_unit_word():
    assert find_areas("Hai bên thống nhất và Thống Nhất ý kiến", provinces_hint=("Đồng Nai",)) == []
    assert [a.name for a in find_areas("huyện Thống Nhất", provinces_hint=("Đồng Nai",))] == ["Thống Nhất"]


def test_canonical_province():
    assert canonical_province("Tỉnh Bình Phước") == "Bình Phước"
    assert canonical_province("TP.HCM") == "Hồ Chí Minh"


def test_the_warehouse_names_every_province_as_the_extractor_does_in_each_era():
    """A figure the extractor places in a province must resolve to a unit of the warehouse."""
    from chiso import reference
    from chiso.geography import official_name, provinces

    columns, rows = reference.administrative_unit_rows()
    units = [dict(zip(columns, row)) for row in rows]
    pre_2025 = {u["province_name"]: u for u in units if u["era"] == "pre_2025"}
    current = {u["province_name"] for u in units if u["era"] == "current"}
    for name in {p["province_name"] for p in provinces()}:
        assert official_name(name, "2024") in pre_2025 or official_name(name, "2024") in current, name
        assert official_name(name, "2026") in current | set(pre_2025), name
    assert pre_2025["Thừa Thiên Huế"]["current_province_name"] == "Huế"
    assert len(pre_2025) == 63 and len(current) == 34


def test_the_gazetteer_reads_the_package_data_without_importing_the_package():
    # Importing vietnamadminunits loads its address parser and geopy: 0.7 s of every process
    # that resolves a place, for code the gazetteer never calls.
    program = ("import sys; from chiso.geography import find_areas, provinces; provinces(); "
               "find_areas('xã Tân Lập', provinces_hint=('Bình Phước',)); "
               "print(sorted(m for m in sys.modules if m.startswith(('vietnamadminunits', 'geopy'))))")
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_the_area_index_is_built_once_per_process():
    # Building it reads every district and commune of the reference data (about 0.1 s): a decorator lost in an edit
    # once rebuilt it for every article and made extraction ten times slower, which no other test noticed.
    from chiso import geography
    geography.find_areas("BHXH huyện Nghi Lộc")
    before = geography._area_index.cache_info()
    geography.find_areas("BHXH thị xã Sơn Tây")
    geography.find_areas("huyện Cư M’gar")
    after = geography._area_index.cache_info()
    assert after.misses == before.misses and after.hits > before.hits


def test_a_unit_word_opening_a_sentence_names_its_area():
    from chiso.geography import find_areas
    found = find_areas("Tỉnh có 125.000 người. Phường Rạch Giá dẫn đầu với 7.215 người.", None, ("An Giang",), current_first=True)
    assert [(p.name, p.province) for p in found] == [("Rạch Giá", "An Giang")]
    # (still: "Xã hội" is no commune)
    assert find_areas("Xã hội hóa công tác BHYT.", None, ("An Giang",)) == []
