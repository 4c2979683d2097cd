"""Rules added in extractor 1.4.0, each on a small inline text written for the test.

They came from blind reviews like those of 1.3.0 (new articles in other outlets' voices, annotated
by hand from the catalogue's rules before the extractor was run on them; these sentences are new
ones of the same kinds). Guard tests ("… still …", "… not …") say what a rule must leave alone."""

from datetime import datetime

from chiso.documents import make_article
from chiso.extraction import extract

PUB = datetime(2025, 3, 6, 9, 0)


def obs(body, title="Tin tức tỉnh Nghệ An", published=PUB):
    return [o for o in extract(make_article("t.txt", title, body, published)) if o.kind != "derived"]


def pairs(body, **kw):
    return {(o.indicator, o.value) for o in obs(body, **kw)}


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
