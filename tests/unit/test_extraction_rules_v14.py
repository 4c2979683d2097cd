"""Rules added in extractor 1.4.0, each on a small inline text written for the test.

They came from blind reviews like those of 1.3.0 (new articles in other outlets' voices, annotated
by hand from the catalogue's rules before the extractor was run on them; these sentences are new
ones of the same kinds). Guard tests ("… still …", "… not …") say what a rule must leave alone."""

from datetime import datetime

from chiso.documents import make_article
from chiso.extraction import EXTRACTOR_VERSION, extract

PUB = datetime(2025, 3, 6, 9, 0)


def obs(body, title="Tin tức tỉnh Nghệ An", published=PUB):
    return [o for o in extract(make_article("t.txt", title, body, published)) if o.kind != "derived"]


def pairs(body, **kw):
    return {(o.indicator, o.value) for o in obs(body, **kw)}


def test_version():
    assert EXTRACTOR_VERSION == "1.4.0"


# --- a share of a total named after it ----------------------------------------------------------

def test_a_share_of_a_total_takes_its_population_from_the_total():
    assert pairs("Nữ chiếm 38,5% tổng số 3.420 cán bộ, công chức, viên chức của tỉnh.") == {("women_staff_share", 38.5)}
    assert pairs("Phụ nữ chiếm 52% trên tổng số 1.200 lao động tại các khu công nghiệp.") == {("women_staff_share", 52)}


def test_a_share_followed_by_another_figure_still_stops_at_it():
    # the figure after is not a total: its noun is not the share's population
    assert ("women_staff_share", 45) not in pairs("Nữ chiếm 45%, 1.200 lao động được đào tạo nghề.")


# --- money and plans of other sectors in multi-topic reports ------------------------------------

def test_tourism_budget_and_retail_revenue_are_not_insurance_revenue():
    title = "Kinh tế - xã hội tỉnh Nghệ An năm 2025"
    assert pairs("Ngành du lịch đón 7,2 triệu lượt khách, tổng thu từ du lịch ước đạt 23.415 tỷ đồng.", title=title) == set()
    assert pairs("Thu ngân sách trên địa bàn đạt 19.430 tỷ đồng, trong đó thu nội địa 15.120 tỷ đồng.", title=title) == set()
    assert pairs("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước 142.360 tỷ đồng.", title=title) == set()


def test_insurance_revenue_is_still_found_with_its_scheme_in_the_sentence_or_the_title():
    title = "Kinh tế - xã hội tỉnh Nghệ An năm 2025"
    assert pairs("Tổng thu BHXH, BHYT, BHTN cả năm ước đạt 3.195 tỷ đồng.", title=title) == {("insurance_revenue", 3195e9)}
    assert pairs("Năm 2025, tổng số thu đạt 5.200 tỷ đồng.", title="BHXH tỉnh Nghệ An hoàn thành kế hoạch thu") \
        == {("insurance_revenue", 5200e9)}


def test_relief_spending_is_not_benefit_expenditure():
    found = pairs("Thành phố đã chi hỗ trợ cho 12.000 hộ gia đình bị ảnh hưởng do triều cường với tổng kinh phí 18,2 tỷ đồng.",
                  title="Kinh tế - xã hội tháng 10")
    assert not any(code == "benefit_expenditure" for code, _ in found)
    assert ("benefit_expenditure", 2100e9) in pairs("Năm 2024 đã chi trả lương hưu, trợ cấp hằng tháng với số tiền 2.100 tỷ đồng.",
                                                    title="Kinh tế - xã hội năm 2024")


def test_jobs_and_investment_against_their_plan_are_not_insurance_plan_completion():
    assert pairs("Năm 2025, toàn tỉnh giải quyết việc làm cho 78.450 lao động, đạt 104,6% kế hoạch.") == set()
    assert pairs("Giải ngân vốn đầu tư công đạt 52,3% kế hoạch vốn.") == set()
    assert ("plan_completion_rate", 101.2) in pairs("Năm 2025, BHXH tỉnh thu được 4.320 tỷ đồng, đạt 101,2% kế hoạch.")


# --- who is not covered, levels not reached, new levels ------------------------------------------

def test_people_not_covered_are_not_participants_nor_coverage():
    assert pairs("Như vậy, vẫn còn hơn 9% dân số, tương đương khoảng 376.000 người chưa có thẻ BHYT.") == set()
    assert pairs("Công ty nợ 2,37 tỷ đồng, khiến 312 lao động chưa được chốt sổ BHXH.") == {("contribution_arrears", 2.37e9)}


def test_coverage_beside_the_uncovered_and_a_target_without_data_are_still_found():
    assert pairs("Tỷ lệ bao phủ BHYT đạt 91% dân số, số người chưa tham gia còn khoảng 80.000 người.") == {("hi_coverage_rate", 91)}
    assert ("women_leader_share", 30) in pairs(
        "Chỉ tiêu tỷ lệ nữ giữ chức vụ lãnh đạo, quản lý trong cơ quan nhà nước đạt 30% chưa có số liệu để đánh giá.")


def test_a_level_not_reached_is_a_threshold():
    assert pairs("Tỷ lệ nữ đại biểu HĐND ở cả ba địa phương đều chưa đạt 30%.") == set()


def test_a_rise_to_a_level_states_the_level():
    found = obs("Nhiệm kỳ 2016-2021, tỷ lệ nữ đại biểu HĐND tỉnh là 28,5%, nhiệm kỳ 2021-2026 tăng lên 32,29%.")
    assert [(o.value, o.period) for o in found] == [(28.5, "2016/2021"), (32.29, "2021/2026")]
    assert [(o.value, o.kind) for o in obs("Tỷ lệ nợ năm 2024 là 3,6%, mục tiêu năm 2025 giảm xuống còn 3%.")] == [
        (3.6, "actual"), (3, "target")]
    # (a rise by an amount is still a change)
    assert pairs("Tỷ lệ nữ đại biểu HĐND tỉnh là 28,5%, tăng 3,8% so với nhiệm kỳ trước.") == {("women_deputy_share", 28.5)}


# --- who assigned a plan is not whose plan it is -------------------------------------------------

def test_a_plan_the_national_agency_assigns_to_the_province_is_the_province_s_target():
    [found] = obs("Kế hoạch thu năm 2025 BHXH Việt Nam giao cho tỉnh là 13.738 tỷ đồng.", title="BHXH tỉnh Nghệ An thu 9 tháng")
    assert (found.indicator, found.kind, found.province) == ("insurance_revenue", "target", "Nghệ An")


# --- periods: asides, the National Assembly's terms, term-led clauses ------------------------------

def test_a_period_in_an_aside_with_its_own_figure_is_that_figure_s_only():
    found = obs("Số nợ BHXH là 39,1 tỷ đồng (thời điểm 30/9/2024 là 41,5 tỷ đồng). "
                "Toàn tỉnh có 5.200 người tham gia BHXH bắt buộc.")
    assert [(o.value, o.period) for o in found] == [(39.1e9, "2025"), (41.5e9, "2024-09-30"), (5200, "2025")]
    assert [o.period for o in obs("Tỷ lệ nợ BHXH là 2,5% (năm 2023 là 2,9%).")] == ["2025", "2023"]


def test_a_period_in_parentheses_without_a_figure_still_dates_the_figure():
    assert [o.period for o in obs("Tổng thu BHXH (tính đến 30/6/2024) đạt 12.000 tỷ đồng.")] == ["2024-06-30"]


def test_every_national_assembly_has_its_term():
    found = obs("Trong cuộc Tổng tuyển cử đầu tiên, Quốc hội khóa I có 10 đại biểu nữ, chiếm 3%.", title="Nữ đại biểu Quốc hội")
    assert {o.period for o in found} == {"1946/1960"}


def test_a_clause_led_by_a_term_counts_what_the_first_counted():
    found = obs("Quốc hội khóa XII (2007-2011) có 127 nữ đại biểu, chiếm 25,76%; khóa XIII (2011-2016) có 122 nữ, chiếm 24,4%.")
    assert [(o.indicator, o.value, o.period) for o in found] == [
        ("women_deputy_count", 127, "2007/2011"), ("women_deputy_share", 25.76, "2007/2011"),
        ("women_deputy_count", 122, "2011/2016"), ("women_deputy_share", 24.4, "2011/2016")]


def test_the_term_before_the_reported_national_assembly_s():
    found = obs("Cuộc bầu cử đại biểu Quốc hội khóa XVI đã thành công. Trong nhiệm kỳ trước, HĐND tỉnh có 24 đại biểu nữ.",
                published=datetime(2026, 3, 20))
    assert [(o.value, o.period) for o in found] == [(24, "2021/2026")]


# --- shares of other populations, criteria of counted places, more of a change, the same period before ----

def test_a_share_of_the_insured_or_of_recipients_is_not_a_catalogue_share():
    assert pairs("Đáng chú ý, lao động nữ chiếm gần 62% số người tham gia BHXH tự nguyện.") == set()
    assert pairs("Lao động nữ chiếm 64,3%, độ tuổi từ 25-40 chiếm 68,5% tổng số người hưởng trợ cấp thất nghiệp.") == set()
    assert pairs("Năm 2023 có 91.000 lao động bị mất việc làm, trong đó lao động nữ chiếm hơn 60%.") == set()


def test_the_criterion_counted_places_met_is_not_a_rate():
    assert pairs("Có 61/102 xã, phường hoàn thành 100% chỉ tiêu phát triển người tham gia BHXH tự nguyện.") == set()
    assert ("plan_completion_rate", 100.4) in pairs("BHXH tỉnh hoàn thành 100,4% chỉ tiêu phát triển người tham gia BHXH tự nguyện.")


def test_more_of_a_change_after_and_is_a_change_too():
    assert pairs("Huyện phải phát triển thêm 1.458 người tham gia BHXH tự nguyện và khoảng 4.700 người tham gia BHYT.") == set()
    assert pairs("Toàn huyện có 1.458 người tham gia BHXH tự nguyện và khoảng 4.700 người tham gia BHYT.") == {
        ("si_voluntary_participants", 1458), ("hi_participants", 4700)}


def test_a_sentence_opening_with_the_same_period_a_year_before_is_about_that_period_only():
    found = obs("Năm 2024, có 20.100 người hưởng trợ cấp thất nghiệp. Cùng kỳ năm 2023, con số này là 19.876 người.\n\n"
                "Toàn tỉnh có 5.200 người hưởng lương hưu.")
    # (the third takes the article's year as before, not the sentence-only 2023)
    assert [(o.value, o.period) for o in found] == [(20100, "2024"), (19876, "2023"), (5200, "2024")]
    # (a comparison's base is still no period of the figure)
    assert [o.period for o in obs("Năm 2024, có 20.100 người hưởng trợ cấp thất nghiệp, tăng 5% so với cùng kỳ năm 2023.")] == ["2024"]


# --- a year of the merger, reported after it ----------------------------------------------------

def test_the_months_of_2025_reported_after_the_merger_belong_to_the_new_province():
    found = obs("Năm 2025, BHXH cơ sở Phú Quốc được giao chỉ tiêu thu 1.200 tỷ đồng; 9 tháng đã thu được 842,6 tỷ đồng. "
                "Phú Quốc trước đây thuộc tỉnh Kiên Giang.",
                title="BHXH tỉnh An Giang: Phú Quốc đôn đốc thu nợ", published=datetime(2025, 10, 9))
    assert {(o.value, o.province, o.area) for o in found} == {(1200e9, "An Giang", "Phú Quốc"), (842.6e9, "An Giang", "Phú Quốc")}


def test_the_first_half_of_2025_and_an_earlier_year_keep_the_former_province():
    assert [o.province for o in obs("Trong 6 tháng đầu năm 2025, tỷ lệ bao phủ BHYT thấp nhất là Bình Dương với 82,4%.",
                                    published=datetime(2025, 7, 15))] == ["Bình Dương"]
    assert [o.province for o in obs("Năm 2024, tỉnh Bình Dương có 82,4% dân số tham gia BHYT.",
                                    published=datetime(2025, 8, 15))] == ["Bình Dương"]


# --- mass organisations' committees, other groups in a list of rates, "là một" ----------------------

def test_a_mass_organisation_s_committee_is_no_party_committee():
    assert pairs("Ban Chấp hành Hội LHPN tỉnh khóa XX gồm 35 chị, Ban Thường vụ gồm 11 chị.") == set()
    assert pairs("Ban Chấp hành LĐLĐ thành phố khóa XVI, nhiệm kỳ 2023-2028 có 15/43 ủy viên là nữ (34,88%).") == set()
    assert pairs("Đại hội bầu Ban Chấp hành Hội LHPN tỉnh gồm 35 chị; Ban Chấp hành Đảng bộ tỉnh có 12 đồng chí nữ.") == {
        ("women_party_committee_count", 12)}


def test_rates_of_other_groups_in_a_list_are_not_women_s():
    assert pairs("Tỷ lệ nữ cấp ủy đạt 22,6%, cấp ủy viên trẻ tuổi 12,1%, cấp ủy viên người dân tộc thiểu số 4,3%.") == {
        ("women_party_committee_share", 22.6)}
    assert pairs("Tỷ lệ nữ cấp ủy cấp tỉnh đạt 22,6%, cấp huyện 20,1%, cấp xã 24,3%.") == {
        ("women_party_committee_share", 22.6), ("women_party_committee_share", 20.1), ("women_party_committee_share", 24.3)}


def test_who_someone_is_is_not_a_count():
    assert pairs("Cấp ủy viên trẻ tuổi nhất là một nữ đảng viên 26 tuổi, hiện là Bí thư Đoàn phường.") == set()


# --- rankings of places ---------------------------------------------------------------------------

def test_a_figure_in_parentheses_after_a_place_belongs_to_the_rate_named_before_the_places():
    found = obs("Một số địa phương có tỷ lệ nữ cấp ủy cao như Thái Nguyên (24,5%), Tuyên Quang (22%), Vĩnh Long (21,2%).")
    assert [(o.indicator, o.value, o.province) for o in found] == [
        ("women_party_committee_share", 24.5, "Thái Nguyên"), ("women_party_committee_share", 22, "Tuyên Quang"),
        ("women_party_committee_share", 21.2, "Vĩnh Long")]


def test_the_topic_of_a_ranking_named_after_its_places():
    found = obs("Hà Giang (12,08%), Điện Biên (12,41%) và Lai Châu (13,02%) là ba địa phương có tỷ lệ tham gia BHXH thấp nhất.")
    assert [(o.indicator, o.province) for o in found] == [
        ("si_coverage_rate", "Hà Giang"), ("si_coverage_rate", "Điện Biên"), ("si_coverage_rate", "Lai Châu")]


def test_the_topic_of_a_ranking_fronted_with_ve():
    found = obs("Về tỷ lệ hoàn thành kế hoạch thu, Bắc Ninh dẫn đầu với 108,7%; Hải Phòng đạt 106,9%; Quảng Ninh đạt 105,3%.")
    assert [(o.indicator, o.value, o.province) for o in found] == [
        ("plan_completion_rate", 108.7, "Bắc Ninh"), ("plan_completion_rate", 106.9, "Hải Phòng"),
        ("plan_completion_rate", 105.3, "Quảng Ninh")]
    found = obs("Về phát triển người tham gia BHXH tự nguyện, TP.HCM dẫn đầu với 142.560 người, tiếp đến là Thanh Hóa "
                "(118.302 người).")
    assert [(o.indicator, o.province) for o in found] == [
        ("si_voluntary_participants", "Hồ Chí Minh"), ("si_voluntary_participants", "Thanh Hóa")]


def test_other_countries_in_parentheses_and_worldwide_are_not_viet_nam_s():
    assert pairs("Tỷ lệ nữ đại biểu Quốc hội của Việt Nam là 30,26%, cao hơn Singapore (29,1%), Philippines (27,9%).") == {
        ("women_deputy_share", 30.26)}
    assert pairs("Trên thế giới, tỷ lệ nữ đại biểu quốc hội bình quân là 26,9%.") == set()


def test_an_average_rate_is_the_rate_and_an_aid_rate_by_group_is_none():
    assert pairs("Tỷ lệ nữ tham gia Ban Chấp hành đạt bình quân 16,4%.") == {("women_party_committee_share", 16.4)}
    assert pairs("Người tham gia BHXH tự nguyện được hỗ trợ tiền đóng: 30% với người thuộc hộ nghèo, "
                 "25% với người thuộc hộ cận nghèo.") == set()


def test_a_plan_an_agency_assigned_is_a_target():
    assert [o.kind for o in obs("Kế hoạch thu năm 2026 được Bộ Tài chính giao là 612 nghìn tỷ đồng.",
                                title="Ngành BHXH triển khai nhiệm vụ năm 2026", published=datetime(2026, 1, 9))] == ["target"]


# --- "now" and "ever", the country a place is ranked in, a table's rate base -----------------------

def test_hien_before_the_figure_s_verb_is_now_for_that_sentence_only():
    found = obs("Năm 2023, tỷ lệ nữ giữ chức vụ lãnh đạo là 28,1%. Theo Bộ Nội vụ, nữ hiện chiếm khoảng 58% đội ngũ cán bộ, "
                "công chức, trong khi tỷ lệ nữ giữ vị trí lãnh đạo, quản lý mới đạt 30,1%. Số nữ lãnh đạo cấp vụ là 190 người.")
    assert [(o.value, o.period) for o in found] == [(28.1, "2023"), (58, "2025-03-06"), (30.1, "2025-03-06"), (190, "2023")]


def test_hien_before_the_whole_country_or_province_is_now():
    found = obs("Năm 2023, toàn tỉnh có 175.000 người tham gia BHXH. Hiện toàn tỉnh có 3.300 người đang hưởng lương hưu, "
                "hiện cả nước có khoảng 3,3 triệu người hưởng lương hưu.")
    assert [(o.value, o.period) for o in found] == [(175000, "2023"), (3300, "2025-03-06"), (3.3e6, "2025-03-06")]


def test_tu_truoc_den_nay_is_ever_not_now():
    found = obs("Năm 2025, số nợ đóng BHXH giảm còn 14,2 nghìn tỷ đồng, mức thấp nhất từ trước đến nay.\n\n"
                "Số người hưởng trợ cấp thất nghiệp là 156.820 người.", published=datetime(2026, 1, 9))
    assert [o.period for o in found] == ["2025", "2025"]


def test_the_whole_country_a_place_leads_is_not_the_figure_s_place():
    found = obs("TP Hồ Chí Minh là địa phương có số người tham gia BHXH lớn nhất cả nước với 5.318.742 người.")
    assert [o.province for o in found] == ["Hồ Chí Minh"]


def test_a_table_s_rate_heading_names_its_base_with_so_voi():
    body = ("Top địa phương có tỷ lệ tham gia BHXH cao nhất (tính đến 30/6/2024)\n\n"
            "STT | Địa phương | Số người tham gia BHXH (người) | Tỷ lệ so với LLLĐ trong độ tuổi (%) | So với cùng kỳ (điểm %)\n\n"
            "1 | Bình Dương | 1.176.540 | 86,92 | +1,35\n\n2 | Bắc Ninh | 582.316 | 77,41 | +2,06\n\nNguồn: BHXH Việt Nam.")
    found = {(o.indicator, o.value, o.province) for o in obs(body, title="Tỷ lệ tham gia BHXH các địa phương")}
    assert found == {("si_participants", 1176540, "Bình Dương"), ("si_coverage_rate", 86.92, "Bình Dương"),
                     ("si_participants", 582316, "Bắc Ninh"), ("si_coverage_rate", 77.41, "Bắc Ninh")}


# --- sixteenth review: health insurance and unemployment insurance ---------------------------------

def test_people_whose_benefit_stopped_are_not_recipients():
    assert pairs("Trong quý, có 547 người bị tạm dừng hưởng và 1.380 người bị chấm dứt hưởng trợ cấp thất nghiệp.") == set()


def test_data_work_on_participants_is_not_participation():
    assert pairs("Cơ quan BHXH đã xác thực được thông tin cho hơn 1,19 triệu người tham gia với cơ sở dữ liệu dân cư.") == set()


def test_an_amount_over_the_budget_and_a_cost_per_visit_are_not_spending():
    found = pairs("Dự kiến cả năm tỉnh sẽ chi khám chữa bệnh BHYT khoảng 1.960 tỷ đồng, vượt dự toán hơn 120 tỷ đồng.")
    assert found == {("benefit_expenditure", 1960e9)}
    assert pairs("Chi phí bình quân một lượt khám ngoại trú là 312.000 đồng, một lượt điều trị nội trú là 6,8 triệu đồng.") == set()
    # (a target the rate falls short of is still the target)
    assert ("hi_coverage_rate", 93) in pairs("Tỷ lệ bao phủ BHYT đạt 91,2%, thấp hơn chỉ tiêu 93% được giao cho năm 2024.")


def test_the_criterion_counted_neighbourhoods_met_is_not_a_rate():
    assert pairs("Hiện mới có 12/38 khu phố đạt tỷ lệ bao phủ BHYT trên 95%.") == set()
    assert pairs("Toàn tỉnh có 15/21 huyện, thành phố, thị xã đạt tỷ lệ học sinh tham gia BHYT 100%.") == set()


def test_a_school_year_is_a_period_of_its_two_years():
    found = obs("Trong năm học 2023 - 2024, quỹ BHYT đã chi trả cho 41.250 lượt học sinh đi khám chữa bệnh BHYT.")
    assert [(o.value, o.period) for o in found] == [(41250, "2023/2024")]


def test_visits_paid_by_the_health_insurance_need_it_named():
    assert pairs("Tổng số người bệnh điều trị nội trú là 38.712 lượt, tăng 8,6% so với cùng kỳ.", title="Bệnh viện tỉnh sơ kết") == set()


def test_holders_of_posts_among_a_total_are_leaders():
    found = pairs("Hiện toàn Bộ có 186 công chức giữ chức vụ lãnh đạo cấp vụ và tương đương, trong đó nữ 49 người, chiếm 26,3%.")
    assert found == {("women_leader_count", 49), ("women_leader_share", 26.3)}
    assert pairs("Toàn ngành có 21.347 cán bộ quản lý, giáo viên, nhân viên, trong đó nữ 16.902 người, chiếm 79,18%.") == {
        ("women_staff_count", 16902), ("women_staff_share", 79.18)}


def test_job_placement_for_women_and_a_committee_s_members_are_no_workforce():
    assert pairs("Các cấp Hội đã giới thiệu việc làm cho 8.700 lao động nữ.") == set()
    assert not any(code.startswith("women_staff") for code, _ in pairs(
        "Số cán bộ nữ trong Ban Chấp hành, Ban Thường vụ và Ủy ban Kiểm tra lần lượt là 11, 3 và 4 đồng chí."))


def test_another_country_is_the_subject_of_its_own_sentence_only():
    found = obs("Tỷ lệ nữ đại biểu Quốc hội đạt 30,26%, cao hơn mức trung bình thế giới (khoảng 27%). "
                "Trong bộ máy Chính phủ, hiện có 3 nữ Bộ trưởng và tương đương.")
    assert [(o.indicator, o.value) for o in found] == [("women_deputy_share", 30.26), ("women_leader_count", 3)]


def test_clauses_led_by_places_in_the_same_shape_say_the_same_of_each_place():
    found = obs("Cụ thể, xã Khánh Hưng bầu Ban Chấp hành 31 đồng chí, có 6 nữ; phường An Xuyên bầu 41 đồng chí, có 12 nữ "
                "(29,27%); xã Đá Bạc bầu 29 đồng chí, có 5 nữ.", title="Cà Mau: kết quả Đại hội Đảng bộ các xã, phường",
                published=datetime(2025, 8, 20))
    assert [(o.indicator, o.value, o.area) for o in found] == [
        ("women_party_committee_count", 6, "Khánh Hưng"), ("women_party_committee_count", 12, "An Xuyên"),
        ("women_party_committee_share", 29.27, "An Xuyên"), ("women_party_committee_count", 5, "Đá Bạc")]
    # (clauses of other groups are no places: "người trẻ tuổi 31 người" is not a count of women)
    assert pairs("Trong đó, người ứng cử là nữ có 63 người, chiếm 39,87%; người trẻ tuổi dưới 40 tuổi 31 người; "
                 "người dân tộc thiểu số 21 người.", title="Danh sách ứng cử đại biểu HĐND tỉnh") == {
        ("women_candidate_count", 63), ("women_candidate_share", 39.87)}


def test_a_count_after_a_place_s_verb_is_no_number_of_the_place_s_name():
    from chiso.extraction.numbers import find_numbers
    from chiso.text import fold

    text = "Phường An Xuyên bầu 41 đồng chí vào Ban Chấp hành; xã Quế Xuân 1 có 12 đồng chí nữ."
    assert [n.text for n in find_numbers(text, fold(text))] == ["41", "12"]


def test_a_list_of_place_kinds_is_one_noun_phrase():
    assert pairs("Ban Thường vụ đảng ủy các xã, phường có 1.386 đồng chí, trong đó tỷ lệ nữ là 17,6%.") == {
        ("women_party_committee_share", 17.6)}


def test_a_total_inside_a_rate_s_subject_does_not_cut_it():
    assert pairs("Tỷ lệ nữ trong tổng số 260 cán bộ chủ chốt cấp xã (bí thư, chủ tịch UBND) là 13,5%.") == {
        ("women_leader_share", 13.5)}


def test_targets_from_a_level_up_and_a_count_of_places_in_the_next_clause():
    assert [(o.value, o.kind) for o in obs("Tỉnh phấn đấu đến năm 2030, tỷ lệ nữ tham gia cấp ủy các cấp đạt từ 25% trở lên; "
                                           "124 xã, phường đều có cán bộ nữ trong cấp ủy.")] == [(25, "target")]
    found = obs("Mục tiêu đến năm 2030, tỷ lệ nữ tham gia cấp ủy Đảng đạt từ 25% trở lên; tỷ lệ nữ đại biểu Quốc hội, "
                "HĐND các cấp đạt từ 35% trở lên.")
    assert [(o.indicator, o.value, o.kind) for o in found] == [
        ("women_party_committee_share", 25, "target"), ("women_deputy_share", 35, "target")]


# --- seventeenth review: bulletins and digests ------------------------------------------------------

def test_a_share_after_a_total_stated_with_its_count():
    assert pairs("Ở cấp xã, toàn tỉnh có 412 đại biểu nữ trúng cử trên tổng số 1.096 đại biểu HĐND, đạt 37,59%.") == {
        ("women_deputy_count", 412), ("women_deputy_share", 37.59)}


def test_a_digest_item_s_bare_province_is_the_item_s():
    found = obs("* Quảng Bình: Tỷ lệ bao phủ BHYT đạt 94,1%.\n\n* Hà Tĩnh: 9 huyện, thị xã đạt tỷ lệ bao phủ BHYT trên 95%. "
                "Toàn tỉnh có 35.120 người tham gia BHXH tự nguyện.", title="Điểm tin BHXH Bắc Trung Bộ")
    assert [(o.value, o.province) for o in found] == [(94.1, "Quảng Bình"), (35120, "Hà Tĩnh")]


def test_the_country_a_figure_is_compared_with_is_not_the_next_sentence_s_place():
    found = obs("Tỷ lệ bao phủ BHYT đạt 94,6% dân số, cao hơn 2,3 điểm phần trăm so với mức bình quân cả nước. "
                "Số người tham gia BHXH tự nguyện là 22.846 người.", title="Vĩnh Phúc: Tỷ lệ bao phủ BHYT đạt 94,6%")
    assert [o.province for o in found] == ["Vĩnh Phúc", "Vĩnh Phúc"]


def test_criteria_of_counted_places_and_organisations():
    assert pairs("Thành phố hiện còn 40 xã, phường chưa đạt tỷ lệ bao phủ BHYT 90%.") == set()
    assert pairs("Mục tiêu đến năm 2025, 100% cơ quan, đơn vị có tỷ lệ nữ từ 30% trở lên có lãnh đạo chủ chốt là nữ.") == set()


def test_shares_of_recipients_and_of_enterprises_are_not_catalogue_shares():
    assert pairs("Có quyết định hưởng trợ cấp thất nghiệp cho 4.315 người, trong đó lao động nữ chiếm 58,2%.") == {
        ("benefit_recipients", 4315)}
    assert pairs("Tỷ lệ doanh nghiệp trong KCN tham gia đầy đủ BHXH, BHYT, BHTN cho người lao động đạt 96%.") == set()


# --- eighteenth and nineteenth reviews: policy texts and sector reports ----------------------------

def test_shares_of_organisations_and_of_women_with_an_attribute_are_not_workforce_shares():
    assert pairs("Mục tiêu đến năm 2030, tỷ lệ cơ quan quản lý nhà nước có lãnh đạo chủ chốt là nữ đạt 75%.") == set()
    assert pairs("Tỷ lệ lao động nữ làm công hưởng lương đạt 50% vào năm 2025.") == set()
    assert pairs("Tỷ lệ nữ cán bộ có trình độ đại học trở lên đạt 87,4%.") == set()


def test_ranges_fines_gaps_and_contribution_rates_are_not_levels():
    assert pairs("Người sử dụng lao động trốn đóng BHXH từ 50 triệu đồng đến dưới 300 triệu đồng thì bị truy cứu.") == set()
    assert pairs("Năm 2024, 46 doanh nghiệp chậm đóng BHXH bị xử phạt với tổng số tiền phạt 1,26 tỷ đồng.") == set()
    assert pairs("Năm 2023, chi khám chữa bệnh BHYT đã vượt thu khoảng 700 tỷ đồng.") == set()
    assert pairs("Theo dự thảo, mức đóng BHTN tối đa 1% quỹ tiền lương.") == set()


def test_a_number_word_in_a_condition_is_no_count():
    assert pairs("Dự thảo đề xuất ưu tiên bổ nhiệm nữ khi hai ứng viên có tiêu chuẩn ngang nhau.") == set()


def test_the_party_central_committee_s_congress_number_is_its_term():
    found = obs("Ban Chấp hành Trung ương Đảng khóa XIII có 19 Ủy viên nữ, chiếm 9,5%. "
                "Tỷ lệ nữ tham gia cấp ủy các tỉnh nhiệm kỳ 2020-2025 đạt 15,3%.", title="Phụ nữ tham gia lãnh đạo")
    assert [(o.value, o.period) for o in found] == [(19, "2021/2026"), (9.5, "2021/2026"), (15.3, "2020/2025")]
    # (the committee that issued a resolution is no time of a figure)
    found = obs("BHXH tỉnh thực hiện Nghị quyết số 28-NQ/TW của Ban Chấp hành Trung ương khóa XII; năm 2024 hoàn thành "
                "chỉ tiêu thu 10.108 tỷ đồng được giao.", title="BHXH tỉnh Nghệ An sơ kết")
    assert [o.period for o in found] == ["2024"]


def test_heads_of_courts_and_procuracies_are_leaders():
    assert pairs("Hiện có 5 đồng chí nữ giữ chức Chánh án, Phó Chánh án TAND cấp huyện.") == {("women_leader_count", 5)}


def test_list_items_after_an_aside_in_parentheses():
    found = pairs("Tỷ lệ nữ đại biểu HĐND tỉnh nhiệm kỳ 2021-2026 đạt 28,3% (17/60 đại biểu); HĐND cấp huyện 29,6%, "
                  "HĐND cấp xã 27,1%.")
    assert {("women_deputy_share", 28.3), ("women_deputy_share", 29.6), ("women_deputy_share", 27.1)} <= found


def test_a_contrast_opens_a_clause_of_its_own():
    found = obs("Riêng khu vực Hà Giang (cũ) có 8 nữ Chủ tịch UBND xã, trong khi trước sắp xếp, năm 2024 toàn tỉnh Hà Giang "
                "chỉ có 9 nữ Chủ tịch UBND xã.", title="Tuyên Quang: nữ chủ tịch xã sau sắp xếp", published=datetime(2025, 8, 20))
    assert [(o.value, o.period) for o in found] == [(8, "2025"), (9, "2024")]


def test_a_table_s_row_of_the_whole_with_its_count_of_rows():
    body = ("Nữ lãnh đạo một số sở (đến 31/5/2025)\n\nSTT | Đơn vị | Tổng số lãnh đạo | Trong đó nữ | Tỷ lệ nữ (%)\n\n"
            "1 | Sở Y tế | 60 | 20 | 33,3\n\n2 | Sở Nội vụ | 58 | 21 | 36,2\n\nCộng (2 sở) | 118 | 41 | 34,7\n\nNguồn: Sở Nội vụ.")
    found = {(o.indicator, o.value) for o in obs(body, title="Lào Cai: nữ lãnh đạo các sở")}
    assert {("women_leader_count", 41), ("women_leader_share", 34.7)} <= found and ("women_leader_count", 2) not in found


# --- guards from a code review of 1.4.0's rules, and the twentieth review --------------------------

def test_unpaid_money_is_still_arrears():
    assert pairs("Đến nay, còn 35 doanh nghiệp nợ BHXH với số tiền 28,6 tỷ đồng chưa đóng.") == {("contribution_arrears", 28.6e9)}


def test_revenue_named_in_the_paragraph_before_is_insurance_revenue():
    found = pairs("Sáng 6/3, BHXH tỉnh Nghệ An tổ chức hội nghị tổng kết công tác năm 2024.\n\n"
                  "Theo báo cáo, năm 2024 tổng số thu toàn tỉnh đạt 5.200 tỷ đồng, đạt 101,2% kế hoạch.",
                  title="Nghệ An tổng kết công tác năm 2024")
    assert found == {("insurance_revenue", 5200e9), ("plan_completion_rate", 101.2)}


def test_a_comparison_or_an_apposition_does_not_hide_a_stated_time():
    found = obs("Số người tham gia BHXH tự nguyện là 35.600 người, tăng 12% so với năm 2023, tính đến ngày 30/6/2024.")
    assert [o.period for o in found] == ["2024-06-30"]
    found = obs("Năm 2024, ngành BHXH tỉnh đạt nhiều kết quả. Theo bà Nguyễn Thị Lan, hiện là Giám đốc BHXH tỉnh, "
                "toàn tỉnh có 35.600 người tham gia BHXH tự nguyện.")
    assert [o.period for o in found] == ["2024"]
    found = obs("Toàn tỉnh có 35.600 người tham gia BHXH tự nguyện (tính đến ngày 30/6/2024, trong đó 21.300 nữ).")
    assert [o.period for o in found][:1] == ["2024-06-30"]


def test_handing_over_and_assigned_duties_are_not_targets():
    assert [o.kind for o in obs("Năm 2024, BHXH tỉnh đã in và bàn giao cho UBND các xã 45.000 thẻ BHYT.")] == ["actual"]
    assert [o.kind for o in obs("Với sự vào cuộc của các ngành được UBND tỉnh giao nhiệm vụ, năm 2024 toàn tỉnh có "
                                "35.600 người tham gia BHXH tự nguyện.")] == ["actual"]


def test_a_share_of_women_in_counted_enterprises_and_a_debt_of_fined_firms_are_still_found():
    assert pairs("Lao động nữ tại 45 doanh nghiệp có vốn đầu tư nước ngoài chiếm 68% tổng số lao động.") == {
        ("women_staff_share", 68)}
    assert pairs("Các doanh nghiệp bị phạt còn nợ BHXH 5,6 tỷ đồng.") == {("contribution_arrears", 5.6e9)}


def test_before_the_merger_the_year_2025_keeps_the_former_province():
    found = obs("Đầu năm 2025, trước khi hợp nhất, tỉnh Quảng Bình có 820.500 người tham gia BHYT.",
                title="Quảng Trị: kết quả BHYT", published=datetime(2025, 9, 15))
    assert [(o.province, o.area) for o in found] == [("Quảng Bình", None)]


def test_rankings_keep_to_their_kind_and_their_nouns():
    assert pairs("Bình Dương có 1,2 triệu lao động, là địa phương có tỷ lệ tham gia BHXH cao nhất cả nước.") == set()
    found = pairs("Cụ thể, xã Khánh Hưng bầu Ban Chấp hành 31 đồng chí, có 6 nữ; phường An Xuyên bầu 41 đồng chí, có 12 "
                  "đảng viên trẻ.", title="Cà Mau: kết quả Đại hội Đảng bộ các xã, phường", published=datetime(2025, 8, 20))
    assert found == {("women_party_committee_count", 6)}


def test_a_part_of_the_same_measure_measures_what_its_whole_measured():
    found = obs("Tổng số tiền chậm đóng là 734,6 tỷ đồng, chiếm 4,1% số phải thu; trong đó khu vực Hưng Yên (cũ) "
                "498,2 tỷ đồng, khu vực Thái Bình (cũ) 236,4 tỷ đồng.", title="BHXH tỉnh Hưng Yên: kết quả 9 tháng")
    assert [(o.indicator, o.value) for o in found] == [
        ("contribution_arrears", 734.6e9), ("arrears_rate", 4.1), ("contribution_arrears", 498.2e9),
        ("contribution_arrears", 236.4e9)]


def test_a_former_province_is_no_place_of_the_next_sentence():
    found = obs("Toàn tỉnh có 412.800 người tham gia BHXH, trong đó khu vực Kiên Giang (cũ) 214.220 người. "
                "Số người tham gia BHYT là 4.482.315 người.", title="BHXH tỉnh An Giang", published=datetime(2025, 7, 16))
    assert [o.province for o in found][-1] == "An Giang"


def test_respective_figures_separated_by_semicolons():
    found = obs("Tỷ lệ nữ tham gia cấp ủy của ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận lần lượt là 29,09%; 28,26% và 30,91%.")
    assert [o.province for o in found] == ["Lâm Đồng", "Đắk Nông", "Bình Thuận"]


# --- twenty-second review: reports copied from PDFs and their abbreviations --------------------------

def test_report_abbreviations():
    assert pairs("Toàn tỉnh có 282.000 người tham gia BHXH, chiếm 23,6% LLLĐ trong độ tuổi.") == {
        ("si_participants", 282000), ("si_coverage_rate", 23.6)}
    assert pairs("Có 352.604 NLĐ tham gia BHXH bắt buộc; 345.870 NLĐ tham gia BHTN.") == {
        ("si_compulsory_participants", 352604), ("ui_participants", 345870)}
    assert [(o.value, o.kind) for o in obs("Số người tham gia BHXH đạt 30,4% LLLĐ (KH 29,5%).")] == [
        (30.4, "actual"), (29.5, "target")]


def test_parts_of_a_count_of_women_in_the_next_sentence_are_women():
    found = pairs("Toàn tỉnh có 1.100 nữ cán bộ, chiến sĩ. Trong đó, 57 đồng chí giữ chức vụ từ Phó Trưởng phòng trở lên; "
                  "3 đồng chí là Ủy viên Ban Chấp hành Đảng bộ.")
    assert {("women_leader_count", 57), ("women_party_committee_count", 3)} <= found
    # (not a part that is singled out: "Riêng HĐND TP Tân An bầu được 35 đại biểu, có 12 nữ")
    found = pairs("HĐND tỉnh có 18 đại biểu nữ. Riêng HĐND thành phố bầu được 35 đại biểu, có 12 nữ.")
    assert ("women_deputy_count", 35) not in found


def test_the_corresponding_rates():
    found = obs("Nhiệm kỳ 2016-2021, tỷ lệ nữ trúng cử đại biểu HĐND cấp tỉnh đạt 26,5%; nhiệm kỳ 2021-2026, các tỷ lệ "
                "tương ứng là 29% (cấp tỉnh), 29,08% (cấp huyện) và 28,98% (cấp xã).")
    assert [(o.value, o.period) for o in found] == [(26.5, "2016/2021"), (29, "2021/2026"), (29.08, "2021/2026"),
                                                    (28.98, "2021/2026")]


def test_the_items_of_a_list_of_tasks_are_targets():
    found = obs("Về nhiệm vụ những tháng cuối năm, BHXH tỉnh đề ra:\n- Phấn đấu thu đạt 28.180 tỷ đồng;\n"
                "- Tỷ lệ bao phủ BHYT đạt 94% dân số;\n- Giảm tỷ lệ nợ xuống dưới 2,5%.",
                title="BHXH tỉnh Đồng Nai", published=datetime(2025, 9, 15))
    assert {o.kind for o in found} == {"target"}
    found = obs("Kết quả thực hiện các chỉ tiêu năm 2024:\n- Tỷ lệ bao phủ BHYT đạt 95,8% dân số;\n"
                "- Số người tham gia BHTN: 73.820 người.", title="BHXH tỉnh Sơn La tổng kết", published=datetime(2025, 1, 10))
    assert {o.kind for o in found} == {"actual"}


def test_the_level_of_the_term_or_year_compared_with():
    found = obs("Tỷ lệ nữ tham gia cấp ủy đạt 21,72%, tăng 2,36 điểm phần trăm so với nhiệm kỳ 2020 - 2025 (19,36%).")
    assert [(o.value, o.period) for o in found] == [(21.72, "2025"), (19.36, "2020/2025")]


def test_percentages_and_halves_in_words():
    assert [(o.indicator, o.value, o.approx) for o in obs("Tỷ lệ bao phủ BHYT chiếm gần chín mươi phần trăm dân số.")] == [
        ("hi_coverage_rate", 90, True)]
    assert pairs("Tổng số nợ đóng BHXH hiện khoảng sáu tỷ rưỡi đồng.") == {("contribution_arrears", 6.5e9)}
    assert pairs("Toàn tỉnh có gần một triệu rưỡi người tham gia BHYT.") == {("hi_participants", 1.5e6)}


# --- amounts in parts, thousands grouped by spaces -------------------------------------------------

def test_an_amount_in_parts_and_thousands_grouped_by_no_break_spaces_are_one_figure_each():
    found = obs("Toàn tỉnh có 1\u00a0427\u202f535 người tham gia BHYT. Số tiền chậm đóng BHXH là 12 tỷ 500 triệu đồng.",
                title="BHXH tỉnh Nghệ An")
    assert [(o.indicator, o.value) for o in found] == [("hi_participants", 1427535), ("contribution_arrears", 12.5e9)]


def test_an_article_on_the_national_assembly_that_names_no_province_is_national():
    found = obs("Kết quả bầu cử cho thấy có 151 đại biểu nữ trúng cử.", title="Nữ chiếm 30,26% đại biểu Quốc hội khóa XV",
                published=datetime(2021, 6, 10))
    assert [(o.indicator, o.value, o.province) for o in found] == [
        ("women_deputy_share", 30.26, "Việt Nam"), ("women_deputy_count", 151, "Việt Nam")]


# --- rates within women and women defined by an event are no shares of the workforce -------------------

def test_rates_within_women_and_women_who_left_or_are_pregnant_are_not_the_workforce():
    for sentence in ("Tỷ lệ thất nghiệp của lao động nữ khu vực thành thị ở mức 3,1%.",
                     "Tỷ lệ lao động đã qua đào tạo đạt 68%, trong đó của lao động nữ là 25,4%.",
                     "Trong đợt sắp xếp, toàn tỉnh có 430 cán bộ, công chức nữ đã nghỉ việc theo chính sách.",
                     "Hiện công ty có 205 lao động nữ đang mang thai.",
                     "Có 9.800 lao động bị chấm dứt hợp đồng, trong đó 64% là nữ."):
        assert obs(sentence) == [], sentence
    # (still: the women of the workforce)
    assert pairs("Toàn tỉnh có 2.450 nữ cán bộ, công chức, chiếm 41,2%.") == {("women_staff_count", 2450), ("women_staff_share", 41.2)}


def test_the_success_rate_of_women_candidates_and_men_s_rate_are_not_women_s_shares():
    assert obs("Tại cuộc bầu cử HĐND các cấp, tỷ lệ trúng cử của ứng cử viên nữ cấp xã chỉ khoảng 57%, "
               "trong khi của nam là 67%.") == []


# --- wages per person and fund balances, who the population are, pupils and card issues ---------------

BHXH_TITLE = "BHXH tỉnh Nghệ An tổng kết năm"


def test_both_ends_of_a_change_of_the_base_wage_and_a_fund_s_balance_are_no_money_paid():
    assert obs("Chi khám chữa bệnh BHYT tăng do mức lương cơ sở tăng từ 1,49 triệu đồng lên 1,8 triệu đồng.", title=BHXH_TITLE) == []
    assert obs("Quỹ BHXH hiện kết dư khoảng 61 nghìn tỷ đồng, đủ khả năng chi trả.", title=BHXH_TITLE) == []
    # (still: money paid)
    assert pairs("Chi trả lương hưu, trợ cấp BHXH 4.210 tỷ đồng.", title=BHXH_TITLE) == {("benefit_expenditure", 4.21e12)}


def test_a_share_of_the_population_that_says_who_they_are_is_no_coverage():
    assert obs("Toàn tỉnh có gần 40% dân số là đồng bào dân tộc thiểu số.", title=BHXH_TITLE) == []


def test_pupils_counted_as_em_or_as_a_list_of_nouns_and_cards_counted_as_issues():
    found = pairs("Năm học 2024-2025 toàn tỉnh có 301.210 em tham gia BHYT. Cả nước có gần 21,8 triệu học sinh, sinh viên "
                  "tham gia bảo hiểm y tế. BHXH tỉnh đã cấp tổng cộng 1,12 triệu lượt thẻ BHYT.", title=BHXH_TITLE)
    assert found == {("hi_participants", 301210), ("hi_participants", 21.8e6), ("insurance_cards_issued", 1.12e6)}
    # (not a family's children in words)
    assert obs('Chị Lan cho biết: "Tôi sinh hai em đều được hưởng chế độ thai sản."', title=BHXH_TITLE) == []


def test_the_employment_service_centre_s_name_does_not_make_its_benefit_grants_job_placements():
    found = pairs("Trung tâm Dịch vụ việc làm tỉnh đã ra quyết định hưởng trợ cấp thất nghiệp cho 21.540 người.", title=BHXH_TITLE)
    assert found == {("benefit_recipients", 21540)}


def test_the_count_a_rate_amounts_to_is_the_rate_s_population():
    found = pairs("Tỷ lệ bao phủ BHYT của tỉnh đạt 93,4% dân số, tương đương 1.204.100 người.", title=BHXH_TITLE)
    assert found == {("hi_coverage_rate", 93.4), ("hi_participants", 1204100)}
    # (not a change's equivalent, nor the people not covered)
    assert obs("Số người tham gia BHXH tăng 6%, tương đương 11.800 người.", title=BHXH_TITLE) == []
    assert pairs("Tỷ lệ bao phủ BHYT đạt 93%, còn 7% dân số, tương đương 90.100 người chưa có thẻ BHYT.",
                 title=BHXH_TITLE) == {("hi_coverage_rate", 93)}


def test_a_unit_of_a_list_whose_level_is_followed_by_its_overrun_is_still_a_level():
    found = pairs("Chi KCB BHYT của các cơ sở vượt dự toán: Bệnh viện Sản Nhi 214,5 tỷ đồng, vượt 11,2%; "
                  "Trung tâm Y tế huyện Diễn Châu 64,1 tỷ đồng, vượt 8,7%.", title=BHXH_TITLE)
    assert found == {("benefit_expenditure", 214.5e9), ("benefit_expenditure", 64.1e9)}


def test_a_rate_of_the_population_is_no_plan_s_completion_and_a_cap_on_overrun_is_no_level():
    found = obs("BHXH tỉnh phấn đấu tỷ lệ bao phủ BHYT đạt 93% dân số theo chỉ tiêu UBND tỉnh giao.", title=BHXH_TITLE)
    assert [(o.indicator, o.value, o.kind) for o in found] == [("hi_coverage_rate", 93, "target")]
    assert obs("Các cơ sở phấn đấu không để tỷ lệ chi vượt quá 4% dự toán.", title=BHXH_TITLE) == []


def test_an_aside_between_a_subject_and_its_verb_and_the_parts_after_it():
    found = obs("Tính đến ngày 30/6/2025, tổng số người tham gia BHXH trên địa bàn tỉnh Cà Mau (sau hợp nhất với tỉnh "
                "Bạc Liêu) là 318.400 người. Trong đó, khu vực tỉnh Cà Mau (cũ) có 171.200 người, khu vực tỉnh Bạc Liêu (cũ) "
                "có 147.200 người.", title="BHXH tỉnh Cà Mau", published=datetime(2025, 7, 20))
    assert [(o.indicator, o.value, o.province) for o in found] == [
        ("si_participants", 318400, "Cà Mau"), ("si_participants", 171200, "Cà Mau"), ("si_participants", 147200, "Bạc Liêu")]


def test_a_part_may_open_the_paragraph_after_its_whole_with_a_photo_caption_between():
    found = obs("Toàn tỉnh có 31.420 người tham gia BHXH tự nguyện.\n\nCán bộ BHXH huyện Nghi Lộc tư vấn cho người dân. "
                "Ảnh: Minh Thư\n\nTrong đó, huyện Nghi Lộc có 2.114 người.", title=BHXH_TITLE)
    assert [(o.indicator, o.value, o.area) for o in found] == [
        ("si_voluntary_participants", 31420, None), ("si_voluntary_participants", 2114, "Nghi Lộc")]


def test_the_staff_of_an_insurance_office_are_not_its_insured():
    found = pairs("Toàn tỉnh có 612.380 người tham gia BHXH.\n\nSau hợp nhất, BHXH tỉnh Ninh Bình có 421 công chức, viên chức, người lao động, trong đó 236 nữ, chiếm "
                  "56,06%; 38 nữ giữ chức vụ lãnh đạo cấp phòng và BHXH cơ sở.", title="BHXH tỉnh Ninh Bình",
                  published=datetime(2025, 9, 10))
    assert found == {("si_participants", 612380), ("women_staff_count", 236), ("women_staff_share", 56.06),
                     ("women_leader_count", 38)}
    # (still: civil servants who take part)
    assert pairs("Toàn tỉnh có 12.500 cán bộ, công chức tham gia BHXH bắt buộc.", title=BHXH_TITLE) == {
        ("si_compulsory_participants", 12500)}


def test_a_province_named_once_as_an_example_is_not_the_subject_of_an_article_on_the_national_assembly_or_a_ministry():
    found = obs("Quốc hội khóa XV có 151 nữ đại biểu, chiếm 30,26%. Quốc hội khóa XIV có 133 nữ đại biểu.\n\n"
                "Nhiều đoàn đại biểu có tỷ lệ nữ cao, như Đoàn ĐBQH tỉnh Lạng Sơn có 4/6 đại biểu là nữ.",
                title="Nữ đại biểu qua các khóa Quốc hội", published=datetime(2024, 10, 20))
    assert {(o.value, o.province) for o in found if o.value in (151, 30.26, 133)} == {
        (151, "Việt Nam"), (30.26, "Việt Nam"), (133, "Việt Nam")}
    found = obs("Năm 2024, quỹ BHYT đã thanh toán cho khoảng 186,7 triệu lượt khám chữa bệnh, Thứ trưởng Bộ Y tế cho biết "
                "tại hội nghị triển khai Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế.\n\n"
                "Theo Thứ trưởng, tỷ lệ bao phủ BHYT ở một số nơi còn thấp, như Hà Nội đạt 93,8% dân số.",
                title="Quỹ BHYT chi hơn 147.000 tỷ đồng", published=datetime(2025, 2, 18))
    assert [(o.value, o.province) for o in found] == [(186.7e6, "Việt Nam"), (93.8, "Hà Nội")]


# --- digests of several provinces' news; headings and captions that restate a figure -----------------

DIGEST = ("Tin vắn bảo hiểm xã hội các địa phương\n\n"
          "- Hà Tĩnh: Thu BHXH đạt hơn 2.100 tỷ đồng\n\n"
          "Theo BHXH tỉnh Hà Tĩnh, 6 tháng đầu năm 2024 tổng số thu đạt 2.113 tỷ đồng, bằng 47,1% kế hoạch.\n\n"
          "- Yên Bái: 41.520 người tham gia BHTN\n\n"
          "Trung tâm Dịch vụ việc làm tỉnh Yên Bái đã tiếp nhận 2.310 hồ sơ. Hiện toàn tỉnh có 41.520 người tham gia BHTN.")


def test_a_digest_s_bare_province_is_its_item_s_and_its_headings_restate_the_items_figures():
    found = obs(DIGEST, title="Tin vắn", published=datetime(2024, 7, 16))
    assert [(o.indicator, o.value, o.province) for o in found] == [
        ("insurance_revenue", 2113e9, "Hà Tĩnh"), ("plan_completion_rate", 47.1, "Hà Tĩnh"),
        ("ui_participants", 41520, "Yên Bái")]


def test_a_photo_caption_restates_a_figure_of_the_text():
    found = obs("Tính đến ngày 31/12/2024, toàn tỉnh có 31.842 người tham gia BHXH tự nguyện.\n\n"
                "Năm 2024, số người tham gia BHXH tự nguyện đạt hơn 31.800 người. Ảnh: T.L", title=BHXH_TITLE,
                published=datetime(2025, 1, 8))
    assert [(o.value, o.period) for o in found] == [(31842, "2024-12-31")]


def test_a_level_s_clause_may_leave_out_its_verb_and_noun_and_a_group_that_is_not_women_is_not_theirs():
    found = pairs("Ở cấp tỉnh có 1.942 nữ công chức, chiếm 40,3%; cấp huyện 987 người, chiếm 37,2%.")
    assert found == {("women_staff_count", 1942), ("women_staff_share", 40.3), ("women_staff_count", 987),
                     ("women_staff_share", 37.2)}
    found = pairs("Cấp tỉnh có 598/1.421 công chức là nữ (42,08%); cấp huyện 476/1.288 (36,96%).")
    assert found == {("women_staff_count", 598), ("women_staff_share", 42.08), ("women_staff_count", 476),
                     ("women_staff_share", 36.96)}
    found = pairs("Tỉnh có 12 đại biểu Quốc hội khóa XV, nữ 5 người; người dân tộc thiểu số 3 người.",
                  published=datetime(2021, 6, 10))
    assert found == {("women_deputy_count", 5)}


def test_the_target_compared_with_in_parentheses_after_a_gap():
    found = obs("Tỷ lệ nữ tham gia cấp ủy cấp xã nhiệm kỳ 2020 - 2025 đạt 16,9%, thấp hơn 3,1 điểm phần trăm so với "
                "mục tiêu Nghị quyết Đại hội Đảng bộ tỉnh đề ra (20%).")
    assert [(o.value, o.kind) for o in found] == [(16.9, "actual"), (20, "target")]


# --- periods: the running months of this year, the base of a change, "hiện" before a rate -------------

def test_the_running_months_of_an_unnamed_year_are_this_year_s_not_the_year_of_an_earlier_paragraph():
    found = obs("Năm 2024, BHXH tỉnh thu 14.820 tỷ đồng.\n\n7 tháng, BHXH tỉnh đã chi trả lương hưu cho 39.861 người.",
                title=BHXH_TITLE, published=datetime(2025, 8, 12))
    assert [(o.value, o.period) for o in found] == [(14820e9, "2024"), (39861, "2025")]
    # (not a duration: "nợ từ 3 tháng, …")
    found = obs("Năm 2024, số nợ là 45 tỷ đồng. Doanh nghiệp nợ từ 3 tháng, có 21 tỷ đồng.", title=BHXH_TITLE,
                published=datetime(2025, 8, 12))
    assert {o.period for o in found} == {"2024"}


def test_the_end_of_last_year_as_the_base_of_a_change_is_no_period():
    found = obs("Tính đến ngày 31/8/2025, toàn tỉnh có 6.870 người tham gia BHXH tự nguyện, tăng 1.240 người so với "
                "thời điểm cuối năm 2024; số thu BHXH tự nguyện 8 tháng đạt 38,6 tỷ đồng.", title=BHXH_TITLE,
                published=datetime(2025, 9, 5))
    assert [(o.value, o.period) for o in found] == [(6870, "2025-08-31"), (38.6e9, "2025-08-31")]


def test_hien_before_a_rate_is_now():
    found = obs("Riêng năm 2023, có 2,1 triệu người tham gia BHYT.\n\nHiện tỷ lệ bao phủ BHYT toàn tỉnh đã đạt "
                "khoảng 93,4% dân số.", title=BHXH_TITLE, published=datetime(2024, 10, 2))
    assert [(o.value, o.period) for o in found] == [(2.1e6, "2023"), (93.4, "2024-10-02")]


# --- criteria places meet, shares of bodies, ratios, speakers, posts counted by a fraction -------------

def test_places_meeting_a_rate_a_share_of_bodies_and_a_ratio_are_not_levels():
    assert obs("Nhiều đoàn ĐBQH có tỷ lệ nữ trên 45%, như đoàn tỉnh A.") == []
    assert obs("Tỷ lệ các bộ, cơ quan ngang bộ có lãnh đạo chủ chốt là nữ đạt 44,8%.") == []
    assert obs("Nói cách khác, cứ 10 phụ nữ ra ứng cử thì chưa đến 4 người trúng cử đại biểu HĐND.") == []
    # (still: a level said as "trên")
    assert pairs("Tỷ lệ nữ đại biểu HĐND tỉnh đạt trên 30%.") == {("women_deputy_share", 30)}


def test_a_speaker_s_post_before_a_colon_is_not_the_figure_s_cue():
    found = obs("Theo Bộ trưởng, nữ chiếm 53,2% đội ngũ cán bộ, công chức, viên chức cả nước.",
                title="Bộ trưởng Bộ Nội vụ: Nữ chiếm 53,2% đội ngũ cán bộ, công chức, viên chức")
    assert [(o.indicator, o.value) for o in found] == [("women_staff_share", 53.2)]


def test_posts_counted_by_a_fraction_said_to_be_women_after_the_noun_phrase():
    assert pairs("Tại cơ quan Sở, 12/21 trưởng, phó phòng là nữ.") == {("women_leader_count", 12)}
    assert pairs("Hiện có 5/12 lãnh đạo Sở và trưởng, phó phòng là nữ.") == {("women_leader_count", 5)}


def test_a_denominator_said_once_for_a_list_of_schemes():
    found = pairs("Toàn tỉnh có 512.300 người tham gia BHXH, đạt 24,1% lực lượng lao động trong độ tuổi; 401.200 người "
                  "tham gia BHTN, đạt 18,9%.", title=BHXH_TITLE)
    assert ("ui_coverage_rate", 18.9) in found and ("si_coverage_rate", 24.1) in found


def test_a_subset_opening_the_sentence_after_its_whole():
    found = pairs("Đại hội đã bầu Ban Chấp hành Đảng bộ tỉnh khóa XX, nhiệm kỳ 2025-2030 gồm 71 đồng chí. Trong đó, có 12 "
                  "đồng chí nữ, chiếm 16,9%.", published=datetime(2025, 10, 2))
    assert found == {("women_party_committee_count", 12), ("women_party_committee_share", 16.9)}


def test_a_sentence_led_by_a_place_says_for_it_what_the_sentence_before_said_of_another():
    found = obs("Tại huyện Nghi Lộc, số người tham gia BHYT hộ gia đình đạt 21.345 người. Huyện Diễn Châu có 28.917 người; "
                "trong khi huyện Yên Thành mới đạt 19.600 người.", title=BHXH_TITLE)
    assert [(o.indicator, o.value, o.area) for o in found] == [
        ("hi_participants", 21345, "Nghi Lộc"), ("hi_participants", 28917, "Diễn Châu"), ("hi_participants", 19600, "Yên Thành")]
    # (not a sentence with a predicate of its own)
    found = obs("Tại huyện Nghi Lộc, số người tham gia BHYT hộ gia đình đạt 21.345 người. Huyện Diễn Châu có 28.917 người "
                "được tập huấn kỹ năng.", title=BHXH_TITLE)
    assert [o.value for o in found] == [21345]


def test_a_province_the_paragraph_turns_to_and_one_named_after_a_region_s_figure():
    found = obs("Ba tỉnh Ninh Bình, Nam Định, Hà Nam sẽ hợp nhất thành tỉnh Ninh Bình. Riêng tại tỉnh Hà Nam, đến hết tháng 5 "
                "có 248.312 người tham gia BHXH. Số thu 5 tháng trên địa bàn tỉnh đạt 2.415 tỷ đồng.",
                title="BHXH tỉnh Ninh Bình sẵn sàng hợp nhất", published=datetime(2025, 6, 12))
    assert [(o.value, o.province) for o in found] == [(248312, "Hà Nam"), (2415e9, "Hà Nam")]
    found = obs("5 tháng, BHXH khu vực XVI đã giải quyết cho 1.318 người hưởng BHXH một lần trên địa bàn tỉnh Quảng Bình.",
                title="BHXH khu vực XVI", published=datetime(2025, 6, 18))
    assert [(o.value, o.province) for o in found] == [(1318, "Quảng Bình")]


def test_the_national_assembly_delegation_s_term_written_with_dbqh():
    found = obs("Tại hội thảo chuẩn bị cho cuộc bầu cử nhiệm kỳ 2026 - 2031, báo cáo cho biết: Đoàn ĐBQH tỉnh khóa XV có "
                "14 đại biểu, trong đó 5 đại biểu nữ (35,7%).", published=datetime(2025, 3, 5))
    assert [(o.value, o.kind, o.period) for o in found] == [(5, "actual", "2021/2026"), (35.7, "actual", "2021/2026")]


# --- milestones, who pays, women's part of the insured, the debt's rate, approximations in parentheses -----

def test_a_milestone_who_pays_and_women_s_part_of_the_insured_are_no_levels_of_their_own():
    assert obs("Năm 2024, lần đầu tiên số người tham gia BHXH vượt mốc 20 triệu người.", title=BHXH_TITLE) == []
    assert pairs("Hơn 680.000 người có thẻ BHYT, trong đó khoảng 85% do ngân sách nhà nước đóng.", title=BHXH_TITLE) == {
        ("hi_participants", 680000)}
    assert pairs("Toàn huyện có 3.914 người tham gia BHXH tự nguyện, trong đó phụ nữ chiếm hơn 60%.", title=BHXH_TITLE) == {
        ("si_voluntary_participants", 3914)}


def test_the_rate_of_a_debt_on_a_list_of_schemes_is_the_arrears_rate():
    assert pairs("Tổng thu đạt 268,4 tỷ đồng; tỷ lệ nợ BHXH, BHYT, BHTN chỉ còn 0,92%.", title=BHXH_TITLE) == {
        ("insurance_revenue", 268.4e9), ("arrears_rate", 0.92)}


def test_an_approximation_in_parentheses_after_a_place():
    found = obs("Một số địa phương có số người tham gia BHXH tự nguyện lớn như Thanh Hóa (hơn 138.000 người), Nghệ An "
                "(gần 133.000 người).", title="BHXH Việt Nam tổng kết năm")
    assert [(o.value, o.province, o.approx) for o in found] == [(138000, "Thanh Hóa", True), (133000, "Nghệ An", True)]


# --- padded counts, a youth union's committee, Party candidates, what each must have, ratios, proportions ----

def test_a_count_padded_with_a_zero_as_official_reports_write_it():
    found = pairs("Thành phố bầu đủ 07 đại biểu Quốc hội khóa XV, trong đó có 03 đại biểu nữ, chiếm 42,86%.",
                  published=datetime(2021, 6, 15))
    assert found == {("women_deputy_count", 3), ("women_deputy_share", 42.86)}
    assert obs("Mọi thắc mắc xin liên hệ số 0912 345 678 hoặc 02383 844 123.") == []


def test_a_youth_union_s_committee_party_candidates_what_each_must_have_ratios_and_proportions_are_no_levels():
    assert obs("Đại hội đã bầu Ban Chấp hành Đoàn xã khóa I gồm 19 đồng chí, trong đó 8 đồng chí nữ (42,1%).",
               published=datetime(2025, 10, 16)) == []
    assert obs("Trước đại hội, các đảng bộ đã giới thiệu 1.128 nữ tham gia ứng cử cấp ủy.") == []
    assert obs("Phấn đấu đến năm 2030, mỗi cơ quan, đơn vị có ít nhất 1 nữ lãnh đạo chủ chốt.") == []
    assert obs("Cứ 10 lao động trong độ tuổi thì có hơn 6 người tham gia BHXH.", title=BHXH_TITLE) == []
    assert obs("Theo Bộ Nội vụ, gần 7/10 viên chức là nữ.") == []


def test_a_local_paper_s_district_names_its_province_and_a_duration_before_an_amount_is_no_month():
    found = obs("(BGĐT) - Chiều 25/12, BHXH huyện Lạng Giang tổ chức hội nghị tổng kết.\n\nTính đến ngày 20/12/2024, toàn huyện "
                "có 31.480 người tham gia BHXH.", title="Lạng Giang: Thu BHXH năm 2024 đạt 101,2% kế hoạch",
                published=datetime(2024, 12, 26))
    assert [(o.indicator, o.value, o.province, o.area) for o in found] == [
        ("plan_completion_rate", 101.2, "Bắc Giang", "Lạng Giang"), ("si_participants", 31480, "Bắc Giang", "Lạng Giang")]
    found = obs("Năm 2024, số nợ là 12,5 tỷ đồng, trong đó nợ kéo dài trên 3 tháng 4,2 tỷ đồng.", title=BHXH_TITLE,
                published=datetime(2025, 1, 6))
    assert {o.period for o in found} == {"2024"}


def test_hien_opening_a_sentence_is_now():
    found = obs("Năm 2024, tổng thu BHXH của phường đạt 12 tỷ đồng. Hiện phường có 48 cán bộ, công chức, trong đó 19 nữ.",
                title=BHXH_TITLE, published=datetime(2025, 1, 6))
    assert [(o.value, o.period) for o in found] == [(12e9, "2024"), (19, "2025-01-06")]


def test_a_ranking_of_places_by_the_measure_the_sentences_before_stated():
    found = obs("Tính đến 31/12/2024, tỷ lệ bao phủ BHYT toàn quốc đạt 94,29% dân số. Có 27/63 địa phương đạt tỷ lệ bao phủ "
                "trên 95%.\n\nTop 3 địa phương có tỷ lệ cao nhất gồm: Hà Giang (99,6%), Lai Châu (99,3%) và Điện Biên (98,9%).",
                title="Bao phủ BHYT toàn quốc", published=datetime(2025, 4, 15))
    assert [(o.indicator, o.value, o.province) for o in found] == [
        ("hi_coverage_rate", 94.29, "Việt Nam"), ("hi_coverage_rate", 99.6, "Hà Giang"), ("hi_coverage_rate", 99.3, "Lai Châu"),
        ("hi_coverage_rate", 98.9, "Điện Biên")]
    found = obs("Cả nước có 2,34 triệu người tham gia BHXH tự nguyện. Con số này thấp hơn khoảng 160.000 người so với cuối năm "
                "2024.\n\nDẫn đầu là Thanh Hóa với 152.300 người, tiếp đến Nghệ An 147.800 người.", title="BHXH tự nguyện",
                published=datetime(2025, 8, 12))
    assert [(o.value, o.province) for o in found] == [(2.34e6, "Việt Nam"), (152300, "Thanh Hóa"), (147800, "Nghệ An")]


def test_the_composition_of_a_committee_elected_in_the_sentence_before():
    found = pairs("Đại hội đã bầu 33 đồng chí vào Ban Chấp hành Đảng bộ phường khóa I. Trong đó có 9 đồng chí nữ (chiếm 27,27%).",
                  published=datetime(2025, 8, 20))
    assert found == {("women_party_committee_count", 9), ("women_party_committee_share", 27.27)}
    found = pairs("Đại hội đã bầu Ban Chấp hành Đảng bộ tỉnh khóa I gồm 61 đồng chí. Về cơ cấu, nữ có 11 đồng chí, chiếm 18,03%.",
                  published=datetime(2025, 9, 30))
    assert found == {("women_party_committee_count", 11), ("women_party_committee_share", 18.03)}


def test_the_country_s_own_figure_after_de_ca_nuoc():
    found = obs("Tỷ lệ nữ tham gia cấp ủy cấp cơ sở của tỉnh đạt 23,5%, trong khi tỷ lệ nữ tham gia cấp ủy cấp cơ sở của cả "
                "nước đạt 21,04%.")
    assert [(o.value, o.province) for o in found] == [(23.5, "Nghệ An"), (21.04, "Việt Nam")]
    # (not a province's rank "of the country")
    found = obs("Mục tiêu đến năm 2030, tỉnh trở thành tỉnh phát triển khá của cả nước, tỷ lệ bao phủ BHYT đạt 95% dân số.",
                title=BHXH_TITLE)
    assert [(o.value, o.province) for o in found] == [(95, "Nghệ An")]


def test_places_meeting_a_criterion_with_their_own_levels_of_its_rate():
    found = obs("Có 12 địa phương đạt tỷ lệ thu trên 15% kế hoạch, trong đó Bắc Ninh đạt 17,2%, Hà Nội đạt 16,4%.",
                title="BHXH Việt Nam: kết quả 2 tháng", published=datetime(2025, 3, 5))
    assert [(o.indicator, o.value, o.province) for o in found] == [
        ("plan_completion_rate", 17.2, "Bắc Ninh"), ("plan_completion_rate", 16.4, "Hà Nội")]


def test_the_money_of_medical_visits_said_with_so_tien():
    found = pairs("Trong 6 tháng, quỹ BHYT đảm bảo cho 215.430 lượt khám, chữa bệnh BHYT với số tiền 86,5 tỷ đồng.", title=BHXH_TITLE)
    assert found == {("hi_treatment_visits", 215430), ("benefit_expenditure", 86.5e9)}


def test_a_sub_item_s_context_is_its_list_s_header_and_the_item_above_it():
    found = pairs("Tính đến ngày 30/6/2024, kết quả cụ thể như sau:\n- Số người tham gia BHXH: 426.318 người, đạt 90,6% kế hoạch."
                  "\nTrong đó:\n+ BHXH bắt buộc: 258.142 người;\n+ BHXH tự nguyện: 168.176 người.", title=BHXH_TITLE)
    assert {("si_compulsory_participants", 258142), ("si_voluntary_participants", 168176)} <= found


def test_a_list_under_a_generic_header_takes_its_topic_from_the_heading_above():
    found = pairs("2. Cán bộ nữ giữ chức vụ lãnh đạo, quản lý\nKết quả cụ thể như sau:\n- Cấp sở và tương đương: 26/147 người, "
                  "chiếm 17,69%;\n- Cấp phòng: 402 người, chiếm 34,3%.")
    assert found == {("women_leader_count", 26), ("women_leader_share", 17.69), ("women_leader_count", 402),
                     ("women_leader_share", 34.3)}
