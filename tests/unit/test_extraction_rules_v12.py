"""Rules added in extractor 1.2.0, each on a small inline text written for the test."""

from datetime import datetime

from chiso.documents import make_article
from chiso.extraction import extract
from chiso.extraction.context import find_periods
from chiso.extraction.numbers import find_numbers

PUB = datetime(2024, 12, 30, 9, 0)


def obs(body, title="Tin tức tỉnh Thanh Hóa", published=PUB):
    return [o for o in extract(make_article("t.txt", title, body, published)) if o.kind != "derived"]


def pairs(body, **kw):
    return {(o.indicator, o.value) for o in obs(body, **kw)}


# --- counts with the women last -------------------------------------------------------------------

def test_count_women_in_total_of_deputies():
    found = pairs("HĐND tỉnh khóa XII, nhiệm kỳ 2021 – 2026 có 18 nữ trong 58 đại biểu (31,03%).")
    assert ("women_deputy_count", 18) in found and ("women_deputy_share", 31.03) in found
    assert not any(v == 58 for _i, v in found)


def test_count_in_total_is_women_after():
    found = pairs("Tại xã Nga Thạch, HĐND xã có 9 trong tổng số 25 đại biểu HĐND xã là nữ.")
    assert ("women_deputy_count", 9) in found
    assert not any(i.startswith("women_party") for i, _v in found)


def test_subset_of_a_total_with_women_first():
    found = pairs("Toàn ngành có 4.812 cán bộ, viên chức, người lao động; trong đó nữ 3.271 người, chiếm 67,98%.")
    assert found == {("women_staff_count", 3271), ("women_staff_share", 67.98)}


def test_subset_of_women_holding_posts():
    found = pairs("Toàn tỉnh có 20.713 nữ cán bộ, công chức, chiếm 63,89%, trong đó 1.402 người giữ chức vụ lãnh đạo, "
                  "quản lý, chiếm 28,7% tổng số lãnh đạo, quản lý.")
    assert ("women_leader_count", 1402) in found and ("women_leader_share", 28.7) in found


def test_subset_picks_the_whole_its_share_agrees_with():
    found = pairs("Quốc hội khóa XV: tỉnh có 14 người ứng cử để bầu 8 đại biểu; trong đó có 6 người là nữ, chiếm 42,86%.")
    assert ("women_candidate_count", 6) in found and ("women_candidate_share", 42.86) in found
    assert not any(i.startswith("women_deputy") for i, _v in found)


def test_subject_runs_across_commas_to_its_figure():
    found = pairs("Số nữ giữ chức vụ lãnh đạo, quản lý từ cấp khoa, phòng trở lên là 192 người, chiếm 38,5 phần trăm.")
    assert found == {("women_leader_count", 192), ("women_leader_share", 38.5)}


def test_term_apposition_is_not_a_clause_break():
    found = pairs("Tỷ lệ nữ tham gia Ban Chấp hành Đảng bộ tỉnh khóa XVI, nhiệm kỳ 2020 – 2025 là 13,73% (7/51 đồng chí).")
    assert ("women_party_committee_share", 13.73) in found and ("women_party_committee_count", 7) in found


# --- false positives ------------------------------------------------------------------------------

def test_milestone_is_not_a_level():
    assert pairs("Lần đầu tiên, tỷ lệ nữ đại biểu Quốc hội vượt mốc 30%.") == set()


def test_threshold_on_counted_party_cells():
    assert pairs("Nhiệm kỳ 2020 – 2025, 27/86 chi bộ, đảng bộ cơ sở có tỷ lệ nữ cấp ủy trên 35%.") == set()


def test_threshold_after_rate_about_a_population_is_kept():
    found = obs("Phấn đấu đến năm 2030, tỷ lệ nữ giữ chức vụ lãnh đạo, quản lý trong các cơ quan, doanh nghiệp đạt trên 45%.")
    assert [(o.indicator, o.value, o.kind, o.approx) for o in found] == [("women_leader_share", 45, "target", True)]


def test_share_of_places_in_a_list_of_targets():
    assert pairs("Mục tiêu: 100% cấp ủy cơ sở ở cơ quan có từ 30% cán bộ nữ trở lên có cấp ủy viên nữ.") == set()
    assert pairs("Chỉ tiêu đến năm 2030: 100% ấp đạt chuẩn văn hóa, tỷ lệ người dân tham gia BHYT đạt 95%.") == \
        {("hi_coverage_rate", 95)}


def test_planning_pool_is_not_leaders():
    assert pairs("Tỷ lệ cán bộ nữ trong quy hoạch lãnh đạo, quản lý nhiệm kỳ 2025 – 2030 đạt 36,1%.") == set()


def test_congress_delegates_and_party_members_are_not_counted():
    body = ("Dự Đại hội có 150 đại biểu chính thức, trong đó 61 đại biểu nữ, đại diện cho 4.200 đảng viên, trong đó "
            "có 2.109 đảng viên nữ. HĐND tỉnh cử đoàn đến chúc mừng.")
    assert pairs(body) == set()


# --- periods --------------------------------------------------------------------------------------

def test_year_of_a_founding_or_a_document_is_not_a_period():
    ps = find_periods("tỉnh được thành lập năm 2004. theo nghị quyết số 21-nq/tw năm 2012, đến năm 2030 đạt", PUB)
    assert [(p.value, p.comparison) for p in ps] == [("2004", True), ("2012", True), ("2030", False)]


def test_as_of_date_carries_over_a_founding_year():
    found = obs("Tính đến ngày 25/12/2024, BHXH tỉnh Lai Châu đã thu 1.020 tỷ đồng, lần đầu vượt mốc này kể từ khi tỉnh "
                "được thành lập năm 2004. Số tiền chậm đóng còn 12 tỷ đồng.")
    assert {o.indicator: o.period for o in found} == {"insurance_revenue": "2024-12-25", "contribution_arrears": "2024-12-25"}


def test_level_in_parentheses_after_compared_term():
    found = obs("Quốc hội khóa XV có 151 đại biểu nữ, chiếm 30,26%, tăng so với Quốc hội khóa XIV (26,72%).",
                title="Nữ đại biểu Quốc hội", published=datetime(2021, 6, 14))
    periods = {o.value: o.period for o in found}
    assert periods[26.72] == "2016/2021" and periods[30.26] == "2021/2026"


def test_congress_term_for_committee_figures():
    body = ("Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 – 2030 bế mạc chiều nay.\n\n"
            "Đại hội đã bầu Ban Chấp hành gồm 15 đồng chí, trong đó có 5 đồng chí nữ (33,33%); trong số 15 ủy viên có "
            "2 đồng chí là đại biểu HĐND tỉnh nhiệm kỳ 2021 – 2026.")
    found = {o.indicator: o.period for o in obs(body, published=datetime(2025, 10, 2))}
    assert found["women_party_committee_count"] == "2025/2030"
    assert found["women_party_committee_share"] == "2025/2030"


def test_parenthesised_target_does_not_make_later_figures_targets():
    found = obs("Số người tham gia BHXH là 208.615 người (mục tiêu 221.300 người), riêng huyện Ý Yên có 18.932 người "
                "tham gia BHXH.")
    kinds = {o.value: o.kind for o in found}
    assert kinds[208615] == "actual" and kinds[18932] == "actual"


# --- tables and repeated figures ----------------------------------------------------------------

def test_table_rows_read_by_agreeing_columns():
    body = ("Kết quả bầu cử đại biểu HĐND các cấp nhiệm kỳ 2021 – 2026:\n"
            "Cấp\tTổng số đại biểu\tĐại biểu nữ\tTỷ lệ (%)\n"
            "Tỉnh\t50\t15\t30,00\n"
            "Huyện\t367\t105\t28,61\n")
    found = obs(body, title="Kết quả bầu cử HĐND các cấp")
    assert {(o.indicator, o.value, o.period) for o in found} == {
        ("women_deputy_count", 15, "2021/2026"), ("women_deputy_share", 30.0, "2021/2026"),
        ("women_deputy_count", 105, "2021/2026"), ("women_deputy_share", 28.61, "2021/2026")}


def test_table_without_a_women_population_is_skipped():
    body = ("Kết quả:\nĐơn vị\tSố hộ\tSố thôn\tTỷ lệ (%)\nXã A\t50\t15\t30,00\nXã B\t367\t105\t28,61\n")
    assert pairs(body) == set()


def test_headline_repeated_in_body_is_one_observation():
    title = "Lạng Sơn: Nữ chiếm 60,5% đội ngũ cán bộ, công chức, viên chức"
    body = (title + "\n\nTính đến ngày 31/12/2024, toàn tỉnh có 17.622 nữ cán bộ, công chức, viên chức, chiếm 60,5% tổng "
            "số cán bộ, công chức, viên chức.")
    found = [o for o in obs(body, title=title, published=datetime(2025, 3, 5)) if o.indicator == "women_staff_share"]
    assert [(o.value, o.period) for o in found] == [(60.5, "2024-12-31")]


# --- numbers --------------------------------------------------------------------------------------

def test_abbreviated_million_dong():
    [n] = find_numbers("số tiền chậm đóng còn 18.450 tr.đồng")
    assert n.value == 18_450_000_000 and n.is_money


def test_benefit_grants_counted_per_worker():
    [n] = find_numbers("chi trả chế độ thai sản cho 4.215 lượt lao động nữ")
    assert n.noun_class == "person"
    [v] = find_numbers("đã có 2,1 triệu lượt khám chữa bệnh BHYT")
    assert v.noun_class == "visit"


def test_places_in_total_are_not_counts():
    assert [n.value for n in find_numbers("có 5 trong 10 huyện đạt chuẩn")] == []


def test_main_province_weighted_by_the_reporting_body():
    body = ("BHXH tỉnh An Giang cho biết, tính đến ngày 31/8/2025, toàn tỉnh có 512.340 người tham gia BHXH.\n\n"
            "Trước hợp nhất, tỉnh Kiên Giang có nhiều doanh nghiệp ở Kiên Giang chậm đóng; Kiên Giang và Phú Quốc là "
            "địa bàn trọng điểm, Kiên Giang cũng dẫn đầu về lao động di cư.")
    found = obs(body, title="Phát triển người tham gia BHXH sau hợp nhất", published=datetime(2025, 9, 20))
    assert [(o.indicator, o.province) for o in found] == [("si_participants", "An Giang")]
