"""Rules added in extractor 1.3.0, each on a small inline text written for the test.

They came from a blind review: fifteen new articles annotated by hand from the catalogue's rules
before the extractor was run on them (the articles are not in the repository; these sentences
are new ones of the same kinds)."""

from datetime import datetime

from chiso.documents import make_article
from chiso.extraction import EXTRACTOR_VERSION, extract

PUB = datetime(2025, 3, 6, 9, 0)


def obs(body, title="Tin tức tỉnh Nghệ An", published=PUB):
    return [o for o in extract(make_article("t.txt", title, body, published)) if o.kind != "derived"]


def pairs(body, **kw):
    return {(o.indicator, o.value) for o in obs(body, **kw)}


def test_version():
    assert EXTRACTOR_VERSION == "1.3.0"


# --- loans are not arrears ------------------------------------------------------------------------

def test_a_loan_balance_is_not_contribution_arrears():
    assert pairs("Năm 2024, các cấp Hội đã giúp 930 hội viên vay vốn ưu đãi, tổng dư nợ đạt 27,4 tỷ đồng.") == set()
    assert pairs("Tỷ lệ nợ xấu của các tổ vay vốn do Hội quản lý chỉ còn 0,3%.") == set()


def test_unpaid_contributions_are_still_arrears():
    found = pairs("Đến hết năm 2024, số nợ đóng BHXH, BHYT, BHTN là 96,5 tỷ đồng, chiếm 2,1% số phải thu.")
    assert found == {("contribution_arrears", 96.5e9), ("arrears_rate", 2.1)}


# --- numbered places in a list ----------------------------------------------------------------

def test_the_numbers_of_listed_districts_are_not_figures():
    found = pairs("Năm 2024, 100% người hưởng lương hưu tại các quận 3, 10 và 11 nhận tiền qua tài khoản.")
    assert not any(v in (3, 10, 11) for _i, v in found)


def test_a_count_after_a_numbered_month_is_still_a_figure():
    assert ("benefit_recipients", 2150) in pairs("Trong tháng 2, 2.150 người được giải quyết hưởng trợ cấp thất nghiệp.")
    assert ("benefit_recipients", 40) in pairs("Trong tháng 2, 40 người được giải quyết hưởng trợ cấp thất nghiệp.")


# --- benefit money without a "chi" verb --------------------------------------------------------

def test_the_amount_of_a_benefit_granted_is_benefit_expenditure():
    found = pairs("Năm 2024, BHXH tỉnh đã giải quyết cho 9.870 người hưởng trợ cấp thất nghiệp với tổng số tiền 276,4 tỷ đồng.")
    assert found == {("benefit_recipients", 9870), ("benefit_expenditure", 276.4e9)}


def test_an_amount_given_as_gifts_or_loans_is_not_benefit_expenditure():
    assert pairs("Dịp Tết, Hội đã trao 320 suất quà cho hội viên nghèo với tổng số tiền 160 triệu đồng.") == set()


# --- shares of organisations --------------------------------------------------------------------

def test_joined_shares_of_ministries_are_not_observations():
    found = pairs("Về lãnh đạo, Chiến lược đặt mục tiêu tỷ lệ nữ lãnh đạo chủ chốt đến năm 2025 đạt 60% và đến năm "
                  "2030 đạt 75% các bộ, cơ quan ngang bộ, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ.")
    assert found == set()


def test_joined_shares_of_people_are_still_observations():
    found = pairs("Tỷ lệ nữ đại biểu HĐND tỉnh nhiệm kỳ 2021 - 2026 đạt 29,2% và HĐND cấp huyện đạt 31,5%.")
    assert found == {("women_deputy_share", 29.2), ("women_deputy_share", 31.5)}


# --- terms carry to elected bodies only -----------------------------------------------------------

def test_a_term_does_not_carry_to_a_later_staff_count():
    found = obs("Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2020 - 2025 có 8 ủy viên nữ.\n\n"
                "Huyện Yên Thành có 57 nữ công chức cấp xã, chiếm 41,3%.")
    periods = {o.indicator: o.period for o in found}
    assert periods["women_party_committee_count"] == "2020/2025"
    assert periods["women_staff_count"] != "2020/2025" and periods["women_staff_share"] != "2020/2025"


def test_a_term_still_carries_to_leaders_elected_in_it():
    found = obs("Đại hội Đảng bộ các xã nhiệm kỳ 2025 - 2030 đã thành công tốt đẹp. "
                "Có 12 đồng chí nữ được bầu giữ chức Bí thư đảng ủy xã.")
    assert [(o.indicator, o.period) for o in found] == [("women_leader_count", "2025/2030")]


# --- the district an article is about -----------------------------------------------------------

def test_a_bare_district_is_the_district_of_the_title():
    found = obs("Tính đến ngày 28/2/2025, toàn huyện có 61.208 người tham gia BHYT, đạt tỷ lệ bao phủ 96,4%.",
                title="BHXH huyện Quỳnh Lưu đẩy mạnh phát triển người tham gia BHYT")
    assert {(o.indicator, o.province, o.area) for o in found} == {
        ("hi_participants", "Nghệ An", "Quỳnh Lưu"), ("hi_coverage_rate", "Nghệ An", "Quỳnh Lưu")}


def test_a_bare_district_without_one_in_the_title_stays_unknown():
    found = obs("Tính đến ngày 28/2/2025, toàn huyện có 61.208 người tham gia BHYT.",
                title="BHXH tỉnh Nghệ An đẩy mạnh phát triển người tham gia BHYT")
    assert [(o.province, o.area) for o in found] == [("Nghệ An", None)]


# --- the organisation that set a plan -------------------------------------------------------------

def test_the_organisation_that_set_the_plan_is_not_the_collector():
    found = obs("Năm 2024, tổng thu BHXH, BHYT, BHTN đạt 4.105 tỷ đồng, bằng 101,7% kế hoạch BHXH Việt Nam giao.")
    assert {(o.indicator, o.organization) for o in found} == {
        ("insurance_revenue", None), ("plan_completion_rate", None)}


# --- targets and parallel clauses -----------------------------------------------------------------

def test_a_target_with_its_year_after_the_plan_word():
    found = obs("Tỷ lệ bao phủ BHYT toàn tỉnh đạt 92,7%, trong khi chỉ tiêu được giao năm 2025 là 94%.")
    assert {(o.indicator, o.value, o.kind) for o in found} == {
        ("hi_coverage_rate", 92.7, "actual"), ("hi_coverage_rate", 94, "target")}


def test_a_parallel_clause_without_its_subject_counts_the_same_thing():
    found = pairs("Kết quả bầu cử đại biểu HĐND các cấp: ở cấp tỉnh, số đại biểu nữ trúng cử là 17 người, chiếm 34%; "
                  "cấp huyện là 129 người, chiếm 31,2%.")
    assert found == {("women_deputy_count", 17), ("women_deputy_share", 34), ("women_deputy_count", 129),
                     ("women_deputy_share", 31.2)}


def test_a_parallel_clause_with_a_subject_of_its_own_is_not_inherited():
    found = pairs("Toàn tỉnh có 2.315 nữ đảng viên mới; cấp xã có 46 trạm y tế đạt chuẩn.")
    assert ("women_staff_count", 46) not in found and not any(v == 46 for _i, v in found)
