"""End-to-end extraction on small inline articles, one rule per test."""

from datetime import datetime

import pytest

from chiso.documents import make_article
from chiso.extraction import EXTRACTOR_VERSION, RECORD_KEYS, Observation, extract
from chiso.extraction.catalogue import by_code, indicators

PUB = datetime(2025, 3, 6, 16, 52)

SEED_LIKE = (
    "Tính đến nay, toàn ngành BHXH tỉnh Bình Phước có 122\u00a0 nữ viên chức, lao động, chiếm tỷ lệ 61,3% trên "
    "tổng số công chức, viên chức, lao động toàn đơn vị. Trong đó, có 16 nữ viên chức giữ chức vụ quản lý, lãnh "
    "đạo chủ chốt tại các đơn vị trực thuộc BHXH tỉnh, chiếm tỷ lệ 13,1% trên tổng số công chức, viên chức giữ "
    "chức vụ quản lý trong toàn hệ thống BHXH tỉnh.")


def art(body, title="BHXH tỉnh Bình Phước quan tâm công tác bình đẳng giới", published=PUB):
    return make_article("t.txt", title, body, published)


def obs(body, **kw):
    return [o for o in extract(art(body, **kw)) if o.kind != "derived"]


def one(body, **kw):
    found = obs(body, **kw)
    assert len(found) == 1, [(o.indicator, o.value) for o in found]
    return found[0]


def test_seed_style_article_exact():
    a = art(SEED_LIKE)
    found = [o for o in extract(a) if o.kind != "derived"]
    assert [(o.indicator, o.value) for o in found] == [
        ("women_staff_count", 122), ("women_staff_share", 61.3),
        ("women_leader_count", 16), ("women_leader_share", 13.1)]
    for o in found:
        assert o.province == "Bình Phước"
        assert o.organization == "BHXH tỉnh Bình Phước"
        assert o.period == "2025-03-06"
        assert o.kind == "actual" and o.approx is False and o.area is None
    assert a.text[found[1].start:found[1].end] == "61,3%"
    assert a.text[found[0].start:found[0].end] == "122"


def test_derived_total_from_count_and_share():
    derived = [o for o in extract(art(SEED_LIKE)) if o.kind == "derived"]
    staff = next(o for o in derived if o.indicator == "staff_total")
    assert staff.value == 199 and staff.confidence < 0.5


def test_record_shape():
    o = extract(art(SEED_LIKE))[0]
    rec = o.to_record("seed.txt")
    assert tuple(rec) == RECORD_KEYS
    assert rec["value"] == 122 and isinstance(rec["value"], int)
    assert o.extractor_version == EXTRACTOR_VERSION
    assert isinstance(o, Observation)


def test_sorted_by_start():
    found = extract(art(SEED_LIKE))
    assert [o.start for o in found] == sorted(o.start for o in found)


# --- insurance ----------------------------------------------------------------------------------

def test_participants_by_scheme_and_coverage():
    body = ("Tính đến ngày 30/6/2024, toàn tỉnh có 481.227 người tham gia BHXH, chiếm 31,2% lực lượng lao động "
            "trong độ tuổi; trong đó số người tham gia BHXH bắt buộc là 252.416 người, BHXH tự nguyện 228.811 người. "
            "Số người tham gia BHTN là 230.000 người, chiếm 28,5% lực lượng lao động trong độ tuổi. "
            "Toàn tỉnh có 1.234.567 người tham gia BHYT, đạt tỷ lệ bao phủ 93,5% dân số.")
    got = [(o.indicator, o.value, o.period) for o in obs(body, title="Nghệ An: kết quả 6 tháng")]
    assert got == [
        ("si_participants", 481227, "2024-06-30"), ("si_coverage_rate", 31.2, "2024-06-30"),
        ("si_compulsory_participants", 252416, "2024-06-30"), ("si_voluntary_participants", 228811, "2024-06-30"),
        ("ui_participants", 230000, "2024-06-30"), ("ui_coverage_rate", 28.5, "2024-06-30"),
        ("hi_participants", 1234567, "2024-06-30"), ("hi_coverage_rate", 93.5, "2024-06-30")]


def test_insured_total_list_of_schemes():
    o = one("Toàn tỉnh có 350.000 người tham gia BHXH, BHYT, BHTN.")
    assert o.indicator == "insured_total"


def test_revenue_plan_arrears():
    body = ("6 tháng đầu năm 2024, BHXH tỉnh Nghệ An đã thu 4.912,6 tỷ đồng, đạt 48,6% kế hoạch được giao. "
            "Số tiền chậm đóng là 120 tỷ đồng, chiếm 2,4% số phải thu.")
    got = [(o.indicator, o.value, o.period) for o in obs(body, title="Nghệ An thu BHXH")]
    assert got == [("insurance_revenue", 4912.6e9, "2024-H1"), ("plan_completion_rate", 48.6, "2024-H1"),
                   ("contribution_arrears", 120e9, "2024-H1"), ("arrears_rate", 2.4, "2024-H1")]
    assert obs(body, title="Nghệ An thu BHXH")[0].organization == "BHXH tỉnh Nghệ An"


def test_implied_percent_plan_completion():
    o = one("Năm 2024, tổng số thu đạt 98,31 kế hoạch.")
    assert o.indicator == "plan_completion_rate" and o.value == 98.31 and o.unit == "percent"


def test_benefits_visits_cards():
    body = ("Trong tháng 5/2024, BHXH tỉnh đã giải quyết cho 1.250 người hưởng trợ cấp thất nghiệp với tổng số tiền "
            "chi trả 45 tỷ đồng. Quỹ BHYT đã thanh toán cho 210.000 lượt khám chữa bệnh BHYT. "
            "BHXH tỉnh đã cấp mới 12.500 thẻ BHYT.")
    got = [(o.indicator, o.value, o.period) for o in obs(body)]
    assert got == [("benefit_recipients", 1250, "2024-05"), ("benefit_expenditure", 45e9, "2024-05"),
                   ("hi_treatment_visits", 210000, "2024-05"), ("insurance_cards_issued", 12500, "2024-05")]


def test_scale_words_and_english_separators():
    body = "Cả nước có 84,746 triệu người tham gia BHYT. Tỉnh có 727,215 người tham gia BHXH."
    got = [(o.indicator, o.value) for o in obs(body, title="Tin BHXH")]
    assert got == [("hi_participants", 84746000), ("si_participants", 727215)]


def test_amount_in_words_and_approx():
    o = one("Năm 2024, BHXH tỉnh đã thu hơn một nghìn tỷ đồng.")
    assert o.indicator == "insurance_revenue" and o.value == 1e12 and o.approx is True


@pytest.mark.parametrize("body", [
    "Số người tham gia BHXH tăng 9,83% so với cùng kỳ.",
    "Số người tham gia BHYT giảm 10,8%.",
    "Số thu vượt 4,17% so với chỉ tiêu.",
    "Số người tham gia BHXH tăng trên 72 nghìn người.",
    "Để đạt kế hoạch, tỉnh còn phải phát triển 683.761 người tham gia BHXH.",
    "Có 27/43 tỉnh đạt tỷ lệ bao phủ BHYT trên 15%.",
    "Có 15/30 bộ có lãnh đạo chủ chốt là nữ.",
    "Các đơn vị còn lại đạt tỷ lệ bao phủ BHYT từ 95-96,9%.",
    "Chi phí bình quân một lượt khám chữa bệnh BHYT là 922 nghìn đồng.",
    "Người tham gia BHXH tự nguyện thuộc hộ nghèo được hỗ trợ 30% mức đóng.",
    "Hotline BHXH 1900 9068, Công văn 3999/BHXH-TCKT ngày 23.11.2021.",
])
def test_exclusions(body):
    assert obs(body, title="Tin BHXH tỉnh Bình Phước") == []


def test_change_after_level_keeps_level():
    got = [(o.indicator, o.value) for o in obs(
        "Toàn tỉnh có 1.200.000 người tham gia BHYT, tăng 5,2% so với cùng kỳ.")]
    assert got == [("hi_participants", 1200000)]


def test_increase_to_is_a_level():
    o = one("Số người tham gia BHXH tự nguyện tăng lên 96.402 người.")
    assert o.indicator == "si_voluntary_participants" and o.value == 96402


def test_title_and_body_same_figure_is_one_observation():
    a = art("Tính đến nay, toàn tỉnh có 12.356 người tham gia BHXH tự nguyện.",
            title="Bình Phước: 12.356 người tham gia BHXH tự nguyện")
    found = [o for o in extract(a) if o.kind != "derived"]
    assert len(found) == 1 and found[0].start >= a.body_start


# --- kind, approx, period ------------------------------------------------------------------------

@pytest.mark.parametrize("body, kind", [
    ("Năm 2025, BHXH tỉnh phấn đấu tỷ lệ bao phủ BHYT đạt 95% dân số.", "target"),
    ("Chỉ tiêu được giao là 250.000 người tham gia BHXH.", "target"),
    ("Mục tiêu đến năm 2030, tỷ lệ bao phủ BHYT đạt 95% dân số.", "target"),
    ("Năm 2024, tỷ lệ bao phủ BHYT đạt 93% dân số.", "actual"),
])
def test_kind(body, kind):
    assert one(body).kind == kind


@pytest.mark.parametrize("word", ["hơn", "gần", "khoảng", "trên", "xấp xỉ", "ước khoảng"])
def test_approx(word):
    assert one(f"Năm 2024, toàn tỉnh có {word} 12.000 người tham gia BHXH tự nguyện.").approx is True


@pytest.mark.parametrize("word", ["ước", "ước đạt", "ước tính"])
def test_an_estimate_is_not_approximate(word):
    # (the spec's approximate words are "hơn", "gần", "khoảng", "trên"; an estimate states its figure as exactly as a
    # report does)
    assert one(f"Năm 2024, toàn tỉnh {word} 12.000 người tham gia BHXH tự nguyện.").approx is False


@pytest.mark.parametrize("phrase, period", [
    ("Tính đến 30/6/2011", "2011-06-30"),
    ("Tính đến nay", "2025-03-06"),
    ("Hiện nay", "2025-03-06"),
    ("Trong tháng 5/2024", "2024-05"),
    ("6 tháng đầu năm 2024", "2024-H1"),
    ("Năm 2023", "2023"),
])
def test_periods(phrase, period):
    assert one(f"{phrase}, toàn tỉnh có 12.000 người tham gia BHXH tự nguyện.").period == period


def test_default_period_is_publication_year():
    assert one("Toàn tỉnh có 12.000 người tham gia BHXH tự nguyện.").period == "2025"


def test_term_period_for_deputies():
    body = ("Kết quả bầu cử đại biểu HĐND tỉnh nhiệm kỳ 2021-2026, có 15 đại biểu nữ trúng cử, chiếm 30%.")
    got = [(o.indicator, o.value, o.period) for o in obs(body, title="Hà Tĩnh: kết quả bầu cử")]
    assert got == [("women_deputy_count", 15, "2021/2026"), ("women_deputy_share", 30, "2021/2026")]


# --- gender -------------------------------------------------------------------------------------

def test_candidates_and_words_numbers():
    body = ("Trong danh sách chính thức 83 người ứng cử đại biểu HĐND tỉnh, có 35 người ứng cử là nữ, chiếm 42,17%. "
            "Nội các hiện có ba nữ bộ trưởng.")
    got = [(o.indicator, o.value) for o in obs(body, title="Hà Tĩnh bầu cử")]
    assert got == [("women_candidate_count", 35), ("women_candidate_share", 42.17), ("women_leader_count", 3)]


def test_party_committee():
    body = "Ban Chấp hành Đảng bộ tỉnh khóa mới gồm 50 đồng chí, trong đó có 10 đồng chí nữ, chiếm 20%."
    got = [(o.indicator, o.value) for o in obs(body, title="Đại hội Đảng bộ tỉnh Bắc Giang")]
    assert got == [("women_party_committee_count", 10), ("women_party_committee_share", 20)]


def test_fraction_with_share_checked():
    body = "HĐND tỉnh nhiệm kỳ 2021-2026 có 13/51 đại biểu nữ (25,49%)."
    found = obs(body, title="Lạng Sơn")
    assert [(o.indicator, o.value) for o in found] == [("women_deputy_count", 13), ("women_deputy_share", 25.49)]
    assert all(o.confidence >= 0.8 for o in found)


def test_fraction_mismatch_lowers_confidence():
    body = "HĐND tỉnh nhiệm kỳ 2021-2026 có 13/51 đại biểu nữ (40%)."
    found = obs(body, title="Lạng Sơn")
    assert max(o.confidence for o in found) < 0.5


def test_womens_union_is_not_a_count_of_women():
    assert obs("Hội Liên hiệp Phụ nữ tỉnh có 50 cán bộ chuyên trách.") == []


# --- context: province, area, organisation -------------------------------------------------------

def test_national_figures():
    o = one("Cả nước có 18,26 triệu người tham gia BHXH.", title="Tin BHXH")
    assert o.province == "Việt Nam"


def test_nearest_province_and_alias():
    o = one("Tại Đác Nông, có 12.000 người tham gia BHXH tự nguyện.", title="Tin BHXH")
    assert o.province == "Đắk Nông"


def test_bare_tinh_is_the_article_province():
    o = one("Năm 2024, BHXH tỉnh đã thu 3.000 tỷ đồng.", title="BHXH tỉnh Bình Phước tổng kết")
    assert o.province == "Bình Phước" and o.organization == "BHXH tỉnh Bình Phước"


def test_old_province_name_kept_after_merger():
    o = one("Tính đến 30/6/2025, tỉnh Bình Phước có 100.000 người tham gia BHXH tự nguyện.",
            title="Đồng Nai sau hợp nhất", published=datetime(2025, 8, 1))
    assert o.province == "Bình Phước"


def test_area_district():
    o = one("Tính đến nay, huyện Quế Sơn có 45.000 người tham gia BHYT, đạt 92,1% dân số.".replace(", đạt 92,1% dân số", ""),
            title="Quảng Nam: BHYT")
    assert o.area == "Quế Sơn" and o.province == "Quảng Nam"


def test_population_figure_has_no_organisation():
    o = one("Theo BHXH tỉnh Bình Phước, toàn tỉnh có 12.000 người tham gia BHXH tự nguyện.")
    assert o.organization is None


def test_department_organisation():
    o = one("Theo báo cáo của Sở Nội vụ, cơ quan có 46 nữ công chức, viên chức.", title="Đồng Nai: cán bộ nữ")
    assert o.indicator == "women_staff_count" and o.organization == "Sở Nội vụ"


# --- catalogue --------------------------------------------------------------------------------------

def test_catalogue_from_csv():
    codes = {i.code for i in indicators(include_derived=False)}
    assert len(codes) == 27
    assert by_code()["women_leader_share"].sdg_indicator == "5.5.2"
    assert by_code()["hi_coverage_rate"].unit == "percent"
    assert by_code()["staff_total"].derived_only


def test_no_phrase_is_listed_twice_in_a_catalogue_cell():
    for ind in indicators(include_derived=True):
        for column in ("cues", "required_terms", "context_terms", "excluded_terms", "context_excluded"):
            phrases = [p for p in (ind.row.get(column) or "").split(";") if p]
            assert len(phrases) == len(set(phrases)), (ind.code, column)

