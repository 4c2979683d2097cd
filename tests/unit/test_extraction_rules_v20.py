"""Rules added in extractor 2.0.0, each on a small inline text written for the test.

They came from session 12's blind reviews: new articles annotated by hand from the catalogue's rules
before the extractor was run on them; these sentences are new ones of the same kinds. Guard tests
("… still …", "… not …") say what a rule must leave alone."""

from datetime import datetime

from tests.unit.rule_texts import finder

PUB = datetime(2025, 8, 15, 9, 0)

found = finder("Tin tức tỉnh Nghệ An", PUB)


def test_a_place_with_a_figure_of_its_own_is_not_the_place_of_the_figure_before_it():
    body = ("Toàn huyện Quỳnh Lưu có 7.842 người tham gia BHXH tự nguyện. Một số xã có kết quả tốt như xã Quỳnh Lương "
            "với 612 người tham gia, xã Quỳnh Bảng 540 người, xã Sơn Hải 487 người.")
    areas = found(body, "value", "area")
    assert (612, "Quỳnh Bảng") not in areas and (540, "Quỳnh Bảng") in areas
    # (still: a place after its figure names the figure's population)
    assert found("Tỷ lệ bao phủ BHYT đạt 95,1% ở huyện Quỳnh Lưu.", "value", "area") == [(95.1, "Quỳnh Lưu")]


def test_people_who_came_back_to_the_scheme_are_neither_recipients_nor_insured():
    body = ("Giai đoạn 2016-2023, cả nước có hơn 5,3 triệu lượt người hưởng BHXH một lần, trong đó khoảng 1,1 triệu người "
            "sau đó đã quay lại tham gia hệ thống.")
    assert found(body, "indicator", "value") == [("benefit_recipients", 5.3e6)]
    # (still: people who take part, with no return)
    assert found("Năm 2024, toàn tỉnh có 215.400 người tham gia BHXH.", "indicator") == [("si_participants",)]


def test_leaving_office_under_the_restructuring_decrees_is_no_insurance_benefit():
    # (paid from the budget for the 2025 reorganisation, not by the social-insurance funds)
    assert found("Năm 2025, tỉnh đã giải quyết chính sách cho 2.917 cán bộ, công chức nghỉ việc theo Nghị định "
                 "178/2024/NĐ-CP.", "indicator") == []
    # (still: an early pension granted by the insurance)
    assert found("6 tháng đầu năm, BHXH tỉnh đã giải quyết cho 1.204 người hưởng lương hưu, trong đó 96 trường hợp "
                 "nghỉ hưu trước tuổi do suy giảm khả năng lao động.", "indicator", "value") == [
        ("benefit_recipients", 1204), ("benefit_recipients", 96)]


def test_the_pool_of_cadres_planned_for_future_posts_is_no_observation():
    assert found("Trong quy hoạch Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2030 - 2035, cán bộ nữ chiếm 27,4% (88 đồng chí).",
                 "indicator") == []
    assert found("Tỉnh ủy yêu cầu bảo đảm tỷ lệ cán bộ nữ trong quy hoạch cấp ủy đạt từ 30% trở lên.", "indicator") == []
    # (still: a target for the committee itself, beside the planning of cadres)
    assert found("Tỉnh tiếp tục quan tâm quy hoạch cán bộ nữ, phấn đấu tỷ lệ nữ tham gia cấp ủy nhiệm kỳ 2025-2030 đạt 20%.",
                 "indicator", "value", "kind") == [("women_party_committee_share", 20, "target")]


def test_an_employer_paying_for_all_its_workers_is_no_coverage_rate():
    assert found("Năm 2024, công ty đã đóng đầy đủ BHXH, BHYT, BHTN cho 100% người lao động.", "indicator") == []
    # (still: a province's coverage of its labour force)
    assert found("Tỷ lệ lao động trong độ tuổi tham gia BHTN đạt 31,2%.", "indicator", "value") == [("ui_coverage_rate", 31.2)]


def test_a_years_flow_after_a_sentence_about_the_present_is_of_that_year():
    body = ("Năm 2025, toàn ngành thu 412.600 tỷ đồng. Hiện cơ quan BHXH đang chi trả hằng tháng cho hơn 3,3 triệu người "
            "hưởng lương hưu, trợ cấp. Có 187,2 triệu lượt khám chữa bệnh BHYT. Trong năm, cấp mới 1,62 triệu sổ BHXH.")
    got = found(body, "indicator", "period", published=datetime(2026, 1, 6, 9, 0))
    assert got == [("insurance_revenue", "2025"), ("benefit_recipients", "2026-01-06"),
                   ("hi_treatment_visits", "2025"), ("insurance_cards_issued", "2025")]


def test_in_six_months_opening_a_sentence_is_the_first_half():
    body = "Tính đến ngày 30/6/2024, toàn tỉnh có 9.782 người tham gia BHXH tự nguyện. Trong 6 tháng, BHXH tỉnh đã cấp 31.240 thẻ BHYT."
    assert found(body, "indicator", "period", published=datetime(2024, 7, 5, 9, 0)) == [
        ("si_voluntary_participants", "2024-06-30"), ("insurance_cards_issued", "2024-H1")]
    # (not a duration: "hưởng chế độ thai sản trong 6 tháng")
    assert found("Năm 2024, có 1.240 lao động nữ được hưởng chế độ thai sản trong 6 tháng.", "period") == [("2024",)]


def test_an_offices_bhxh_is_no_scheme_when_the_participation_names_its_own():
    body = ("Kết quả của các đơn vị trong Cụm:\n- BHXH tỉnh Kon Tum: 516.208 người tham gia BHYT, tỷ lệ bao phủ 91,2%.\n"
            "- BHXH tỉnh Đắk Nông: 104.300 người tham gia BHTN.")
    assert found(body, "indicator", "value") == [("hi_participants", 516208), ("hi_coverage_rate", 91.2),
                                                 ("ui_participants", 104300)]
    # (still: an office's participants with no scheme of their own are its scheme's)
    assert found("Năm 2024, BHXH huyện Nghi Lộc đã có 3.108 người tham gia.", "indicator") == [("si_participants",)]


def test_work_done_as_assigned_and_an_indicators_code_set_no_target():
    assert found("Năm 2024, BHXH tỉnh đã hoàn thành tốt các nhiệm vụ được giao, tổng số thu đạt 98,7% kế hoạch.",
                 "indicator", "kind") == [("plan_completion_rate", "actual")]
    assert found("Về chỉ tiêu 5.5.1, tỷ lệ nữ đại biểu Quốc hội khóa XV đạt 30,26%.", "kind") == [("actual",)]
    # (still: work to be done, and a target's own amount after "chỉ tiêu")
    assert found("Năm 2025, BHXH tỉnh phấn đấu hoàn thành các chỉ tiêu được giao, số thu đạt 100% kế hoạch.",
                 "kind") == [("target",)]
    assert found("Để đạt chỉ tiêu 4.770 người tham gia BHXH tự nguyện và tỷ lệ bao phủ BHYT 93,5% vào cuối năm, huyện "
                 "đã tổ chức 38 hội nghị.", "kind") == [("target",), ("target",)]


def test_at_least_one_woman_in_each_unit_is_a_criterion():
    assert found("Phấn đấu đến năm 2030, 100% cơ quan, đơn vị có ít nhất 01 nữ trong lãnh đạo chủ chốt.", "indicator") == []
    assert found("Mục tiêu có ít nhất 1 lãnh đạo chủ chốt là nữ ở 60% số xã, phường.", "indicator") == []
    # (still: one body's target)
    assert found("Nhiệm kỳ 2025 - 2030, Ban Thường vụ Tỉnh ủy phấn đấu có ít nhất 1 nữ.", "indicator", "value", "kind") == [
        ("women_party_committee_count", 1, "target")]


def test_women_elected_to_a_party_committee_are_its_members_not_deputies():
    body = ("HĐND 95 xã, phường có 1.187 đại biểu nữ. Tại Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025–2030, có "
            "12 đồng chí nữ trúng cử Ban Chấp hành (chiếm 15,6%).")
    assert found(body, "indicator", "value") == [("women_deputy_count", 1187), ("women_party_committee_count", 12),
                                                 ("women_party_committee_share", 15.6)]


def test_a_result_after_the_plan_it_is_compared_with_is_the_plans_completion():
    body = ("Tính đến 30/9/2025, toàn tỉnh có 98.410 người tham gia BHXH tự nguyện. So với kế hoạch được giao, số người "
            "tham gia BHXH tự nguyện mới đạt 68,9%, còn phải phát triển thêm 44.350 người.")
    assert found(body, "indicator", "value", "kind") == [("si_voluntary_participants", 98410, "actual"),
                                                         ("plan_completion_rate", 68.9, "actual")]
    # (still: a coverage rate of the population after such an opening)
    assert found("So với kế hoạch được giao, tỷ lệ bao phủ BHYT đạt 92,1% dân số.", "indicator") == [("hi_coverage_rate",)]
    # (nor a share in a later clause: "thời gian mới đi qua 83,3% của năm")
    assert ("plan_completion_rate", 83.3) not in found(
        "So với dự toán chi khám, chữa bệnh BHYT được giao năm 2024 là 4.920 tỷ đồng, số chi 10 tháng đã bằng 87,8%, "
        "trong khi thời gian mới đi qua 83,3% của năm.", "indicator", "value")


def test_the_countrys_figure_after_of_the_country():
    assert found("Tỷ lệ bao phủ BHYT của tỉnh đạt 93,2%, cao hơn tỷ lệ 91,4% của cả nước.", "value", "province") == [
        (93.2, "Nghệ An"), (91.4, "Việt Nam")]
    assert found("Chỉ tiêu tỷ lệ bao phủ BHYT của cả nước năm 2025 là 95,15%.", "province") == [("Việt Nam",)]
    assert found("Tỷ lệ nữ đại biểu HĐND cấp tỉnh của cả nước nhiệm kỳ 2021-2026 là 29%.", "province") == [("Việt Nam",)]
    # (still: a share of the country's total is the province's)
    assert found("Số người tham gia BHXH của tỉnh chiếm 4,2% của cả nước.", "province") != [("Việt Nam",)]


def test_the_year_of_a_figure_compared_with_is_that_figures_only():
    body = ("Tính đến ngày 28/02/2025, số người tham gia BHYT là 1.508.742 người, tỷ lệ bao phủ BHYT đạt 87,6% dân số, thấp "
            "hơn mức 92,04% của cả nước năm 2024.")
    assert found(body, "value", "period", published=datetime(2025, 3, 29, 9, 0)) == [
        (1508742, "2025-02-28"), (87.6, "2025-02-28"), (92.04, "2024")]
    body = ("Tổng số nợ đến cuối năm là 126,5 tỷ đồng, chiếm 1,48% số phải thu, thấp hơn mức 1,9% của năm 2023.\n\n"
            "Trong năm, toàn ngành đã giải quyết cho 4.215 người hưởng lương hưu, trợ cấp BHXH hằng tháng.")
    assert found(body, "value", "period", title="BHXH tỉnh Nghệ An tổng kết công tác năm 2024",
                 published=datetime(2025, 1, 8, 9, 0)) == [(126.5e9, "2024"), (1.48, "2024"), (1.9, "2023"), (4215, "2024")]


def test_the_next_places_of_a_list_carry_the_measure_of_the_first():
    body = ("Năm 2024, Thanh Hóa dẫn đầu cả nước với 166.950 người tham gia BHXH tự nguyện; Nghệ An có 150.210 người, "
            "Hà Tĩnh có 71.204 người; tiếp đến là Bắc Giang với gần 60.000 người.")
    assert found(body, "indicator", "value", "province") == [
        ("si_voluntary_participants", 166950, "Thanh Hóa"), ("si_voluntary_participants", 150210, "Nghệ An"),
        ("si_voluntary_participants", 71204, "Hà Tĩnh"), ("si_voluntary_participants", 60000, "Bắc Giang")]
    # (not a body's total after women: "…, 3 nữ; tỉnh Ninh Thuận có 6 đại biểu")
    got = found("Ở khóa XV, Đoàn ĐBQH tỉnh Khánh Hòa có 7 đại biểu, 3 nữ; tỉnh Ninh Thuận có 6 đại biểu, trong đó hai "
                "đại biểu nữ.", "value")
    assert got == [(3,), (2,)]


def test_the_year_a_policy_began_is_no_time_of_the_figures_after_it():
    body = ("Tính đến ngày 31/12/2019, cả nước có 15,1 triệu người tham gia BHXH. Đây là mức tăng cao nhất kể từ khi chính "
            "sách BHXH tự nguyện được triển khai năm 2008. Số người tham gia BHTN là 13,03 triệu người.")
    assert found(body, "period", published=datetime(2020, 1, 10, 9, 0)) == [("2019-12-31",), ("2019-12-31",)]


def test_cards_lost_look_ups_fake_claims_and_contribution_rates_are_no_observations():
    assert found("Sau khi chính sách thay đổi, hơn 60 nghìn người không còn được cấp thẻ BHYT miễn phí.", "indicator") == []
    assert found("Năm 2024 có hơn 40,2 triệu lượt tra cứu thông tin thẻ BHYT bằng căn cước công dân.", "indicator") == []
    assert found("Phòng khám lập 1.215 hồ sơ khống để đề nghị thanh toán gần 900 triệu đồng.", "indicator") == []
    assert found("Nghị quyết giảm mức đóng vào Quỹ BHTN từ 1% xuống 0% quỹ tiền lương tháng.", "indicator") == []
    # (still: the medical costs hospitals claim, as the sector reports them)
    assert found("6 tháng, có 1,2 triệu lượt khám chữa bệnh BHYT với chi phí đề nghị thanh toán 1.020 tỷ đồng.",
                 "indicator") == [("hi_treatment_visits",), ("benefit_expenditure",)]


def test_parts_of_a_debt_units_in_debt_money_paid_back_and_workers_left_out():
    body = ("Tổng số tiền chậm đóng là 1.820 tỷ đồng, chiếm 3,1% số phải thu. Trong số này, nợ của khối doanh nghiệp ngoài "
            "nhà nước chiếm tới 71%; nợ từ 6 tháng trở lên chiếm hơn 60%.")
    assert found(body, "indicator", "value") == [("contribution_arrears", 1820e9), ("arrears_rate", 3.1)]
    assert found("Số đơn vị chậm đóng là 1.312/4.870 đơn vị (26,9%).", "indicator") == []
    assert found("Qua thanh tra, cơ quan BHXH đã thu hồi số tiền chậm đóng 341 tỷ đồng.", "indicator") == []
    assert found("Có 41 đơn vị chưa đóng cho 1.318 lao động thuộc diện tham gia BHXH bắt buộc.", "indicator") == []
    assert found("Công ty không đóng BHXH cho 156 lao động.", "indicator") == []


def test_the_next_years_tasks_in_a_meetings_name_are_no_time_of_its_results():
    body = ("Theo báo cáo tại Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024 của BHXH tỉnh, tổng số tiền "
            "chi trả các chế độ trong năm đạt 12.648,3 tỷ đồng.")
    assert found(body, "period", published=datetime(2024, 1, 10, 9, 0)) == [("2023",)]


def test_a_councils_term_by_its_number_from_the_election_the_article_reports():
    body = ("Tại cuộc bầu cử ngày 15/3/2026, HĐND tỉnh khóa XIX có 27 đại biểu nữ. So với nhiệm kỳ 2021-2026, số đại biểu "
            "nữ tăng 2 người; HĐND tỉnh khóa XVIII chỉ có 25 đại biểu nữ trên tổng số 84 đại biểu, tỷ lệ 29,76%.")
    assert found(body, "value", "period", published=datetime(2026, 3, 25, 9, 0)) == [
        (27, "2026/2031"), (25, "2021/2026"), (29.76, "2021/2026")]
    # (two provinces' councils numbered each its own way: no number is tied to another's years)
    body = ("HĐND tỉnh Tuyên Quang khóa XIX, nhiệm kỳ 2021-2026 họp phiên đầu tiên sau hợp nhất. Trước đó, HĐND tỉnh Tuyên "
            "Quang khóa XIX có 15/51 đại biểu nữ, HĐND tỉnh Hà Giang khóa XVIII có 16/47 đại biểu nữ.")
    assert found(body, "value", "period", published=datetime(2025, 7, 18, 9, 0)) == [(15, "2021/2026"), (16, "2021/2026")]


def test_the_countrys_average_in_brackets_and_a_target_exceeded_in_the_next_sentence():
    assert found("Tỷ lệ bao phủ BHYT của tỉnh đạt 86,4%, vẫn thấp hơn mức bình quân của cả nước (khoảng 90%).",
                 "value", "province") == [(86.4, "Nghệ An"), (90, "Việt Nam")]
    body = "Tỷ lệ nữ đại biểu HĐND thành phố đạt 31,7%. Kết quả này vượt chỉ tiêu 30% đại biểu nữ mà thành phố đề ra."
    assert found(body, "value", "kind", published=datetime(2021, 6, 15, 9, 0)) == [(31.7, "actual"), (30, "target")]


def test_the_amount_paid_to_the_recipients_counted_before_it():
    body = ("Năm 2024, BHXH tỉnh đã giải quyết cho 48.326 người hưởng BHXH một lần, tăng 11,3% so với cùng kỳ năm 2023, với "
            "tổng số tiền hơn 2.100 tỷ đồng.")
    assert found(body, "indicator", "value") == [("benefit_recipients", 48326), ("benefit_expenditure", 2.1e12)]
    # (not a budget's yearly allowance for a provincial policy)
    body = "Toàn tỉnh có 12.000 người cao tuổi được hưởng chính sách, với kinh phí khoảng 45 tỷ đồng mỗi năm từ ngân sách tỉnh."
    assert ("benefit_expenditure",) not in found(body, "indicator")


def test_candidates_counted_before_their_term_begins_are_no_target():
    body = ("Hội nghị hiệp thương lần thứ hai thống nhất danh sách sơ bộ 209 người ứng cử đại biểu HĐND tỉnh khóa XVII, nhiệm "
            "kỳ 2026-2031, trong đó có 91 người là nữ, chiếm 43,54%.")
    assert found(body, "kind", published=datetime(2025, 12, 20, 9, 0)) == [("actual",), ("actual",)]
    # (still: a target set for the candidates)
    assert found("Tỉnh phấn đấu tỷ lệ nữ trong danh sách chính thức người ứng cử đạt từ 35% trở lên.", "kind") == [("target",)]


def test_guards_from_the_sessions_code_review():
    # a year's flow takes no year long past from the article's contrast
    body = "Năm 2015, toàn tỉnh mới có 620.000 người tham gia BHYT.\n\nHiện nay, toàn tỉnh có 1,2 triệu người tham gia BHYT. Số thu BHXH, BHYT, BHTN đạt 2.150 tỷ đồng."
    assert ("insurance_revenue", "2015") not in found(body, "indicator", "period")
    # the country of a figure after it is not carried into the next sentence, nor is its year
    body = ("Tỷ lệ bao phủ BHYT của tỉnh đạt 93,2% dân số, cao hơn tỷ lệ 91,4% của cả nước năm 2024. Số người tham gia "
            "BHXH bắt buộc là 120.500 người.")
    assert found(body, "value", "province", "period")[-1] == (120500, "Nghệ An", "2025")
    assert found("Số người tham gia BHXH của tỉnh chiếm tới 4,2% của cả nước. Số người tham gia BHTN là 98.000 người.",
                 "province")[-1] == ("Nghệ An",)
    # a debt not yet paid is owed; a rate of the whole debt is an arrears rate; units in debt beside it do not hide it
    assert found("Đến nay, các doanh nghiệp vẫn chưa nộp số tiền nợ 12,5 tỷ đồng.", "indicator") == [("contribution_arrears",)]
    assert ("arrears_rate", 2.1) in found("Tổng số nợ là 126,5 tỷ đồng; số nợ đọng chiếm 2,1% tổng thu.", "indicator", "value")
    assert ("arrears_rate", 1.48) in found("Số đơn vị chậm đóng là 1.312 đơn vị, số tiền chậm đóng 126,5 tỷ đồng, chiếm "
                                          "1,48% số phải thu.", "indicator", "value")
    # an intention to complete is a target; the results of a review are the review's year
    assert found("Năm 2025, BHXH tỉnh quyết tâm hoàn thành chỉ tiêu được giao, tỷ lệ bao phủ BHYT đạt 95%.", "kind",
                 published=datetime(2025, 2, 10, 9, 0)) == [("target",)]
    assert found("Sau khi tổng kết kết quả thực hiện năm 2024, toàn tỉnh có 120.500 người tham gia BHXH bắt buộc.", "period",
                 published=datetime(2025, 3, 15, 9, 0)) == [("2024",)]
    # a council's full name is the same council as its abbreviation
    body = ("Hội đồng nhân dân tỉnh khóa XIX, nhiệm kỳ 2026 - 2031 đã tổ chức kỳ họp thứ nhất. Trước đó, HĐND tỉnh khóa XVIII "
            "chỉ có 14 đại biểu nữ.")
    assert found(body, "period", published=datetime(2026, 4, 20, 9, 0)) == [("2021/2026",)]
    # "Trong 6 tháng," opening a list item; one body's "at least one" beside a later clause about all levels
    body = "Tính đến 30/6/2024, toàn tỉnh có 9.782 người tham gia BHXH tự nguyện.\n- Trong 6 tháng, BHXH tỉnh đã cấp 31.240 thẻ BHYT."
    assert found(body, "period", published=datetime(2024, 7, 5, 9, 0))[-1] == ("2024-H1",)
    assert ("women_party_committee_count", 1) in found(
        "Phấn đấu đến năm 2030, Ban Thường vụ Tỉnh ủy có ít nhất 1 nữ, tỷ lệ nữ tham gia cấp ủy các cấp đạt 20%.",
        "indicator", "value")


def test_the_provinces_a_merger_lists_are_no_place_of_the_figures_after_it():
    body = ("Ngày 25/7, UBND tỉnh Vĩnh Long trao quyết định bổ nhiệm lãnh đạo các sở sau hợp nhất ba tỉnh Vĩnh Long, Bến Tre "
            "và Trà Vinh. Theo đó, 16 giám đốc sở được bổ nhiệm, trong đó 3 người là nữ.")
    assert found(body, "province", title="Vĩnh Long bổ nhiệm lãnh đạo các sở", published=datetime(2025, 7, 26, 9, 0)) == [
        ("Vĩnh Long",)]
    # (still: the merged city named after the list is the subject)
    body = "Sau hợp nhất với Sóc Trăng và Hậu Giang, thành phố Cần Thơ hiện có gần 3 triệu người tham gia BHYT."
    assert found(body, "province", title="Điểm tin tuần", published=datetime(2025, 8, 11, 9, 0)) == [("Cần Thơ",)]


def test_a_lists_items_under_a_whole_stated_with_its_share():
    body = ("Số nữ giữ chức vụ lãnh đạo, quản lý từ cấp phòng trở lên là 5.214 người, chiếm 41,8%. Trong đó:\n"
            "- Lãnh đạo cấp sở và tương đương: 62/290 người (21,38%);\n- Lãnh đạo cấp phòng: 1.137 người.")
    assert found(body, "indicator", "value") == [
        ("women_leader_count", 5214), ("women_leader_share", 41.8), ("women_leader_count", 62),
        ("women_leader_share", 21.38), ("women_leader_count", 1137)]


def test_parts_named_otherwise_than_their_women_mens_figures_and_app_integrations_are_no_observations():
    assert found("Toàn tỉnh có 41 nữ giữ chức Chủ tịch, Phó Chủ tịch UBND cấp xã; trong đó người dân tộc thiểu số chiếm 78%.",
                 "value") == [(41,)]
    assert found("Toàn tỉnh có 41 nữ Chủ tịch UBND cấp xã, trong đó 60% có trình độ thạc sĩ.", "value") == [(41,)]
    assert found("Tỷ lệ lao động phi chính thức của nữ là 62,5%, thấp hơn của nam (65,7%).", "value") == [(62.5,)]
    assert found("Cả nước hiện có hơn 21,1 triệu người tham gia BHXH, trong đó TP Hồ Chí Minh chiếm khoảng 20%.",
                 "value") == [(21.1e6,)]
    assert found("Có 9,8 triệu người dân được tích hợp thông tin thẻ BHYT trên ứng dụng VNeID.", "value") == []
    # (still: the women's share of a whole, and cards issued into the app)
    assert found("Toàn tỉnh có 4.812 cán bộ, trong đó nữ chiếm 65%.", "indicator", "value") == [("women_staff_share", 65)]
    assert found("Toàn ngành đã cấp 64,1 triệu thẻ BHYT điện tử được tích hợp trên ứng dụng VssID.", "indicator") == [
        ("insurance_cards_issued",)]


def test_the_places_of_an_election_after_its_seats_are_not_the_whole_of_its_women_candidates():
    body = ("Danh sách chính thức những người ứng cử đại biểu HĐND tỉnh gồm 95 người để bầu 57 đại biểu tại 16 đơn vị bầu cử; "
            "trong đó có 38 người là nữ, chiếm 40%.")
    assert found(body, "indicator", "value", published=datetime(2026, 2, 20, 9, 0)) == [
        ("women_candidate_count", 38), ("women_candidate_share", 40)]


def test_the_country_compared_with_is_the_place_of_its_own_figure_only():
    body = ("Tỷ lệ bao phủ BHYT của tỉnh đạt 89,7%, vẫn thấp hơn bình quân chung cả nước (93,35%) và thấp hơn chỉ tiêu tỉnh "
            "giao (90,5%).")
    assert found(body, "value", "province") == [(89.7, "Nghệ An"), (93.35, "Việt Nam"), (90.5, "Nghệ An")]
    body = ("Tỷ lệ bao phủ BHYT của tỉnh đạt 92,3% dân số, cao hơn bình quân cả nước; trong khi đó tỷ lệ tham gia BHXH chỉ "
            "đạt 24,1% lực lượng lao động trong độ tuổi.")
    assert found(body, "value", "province") == [(92.3, "Nghệ An"), (24.1, "Nghệ An")]


def test_a_ranking_of_places_by_the_measure_the_sentence_before_named():
    body = ("Năm 2022, tỷ lệ bao phủ BHYT của các tỉnh miền núi phía Bắc đều ở mức cao. Lai Châu đứng đầu cả nước với 99,8%, "
            "tiếp theo là Điện Biên (99,2%), Hà Giang (98,9%).")
    assert found(body, "indicator", "value", "province", published=datetime(2023, 1, 15, 9, 0)) == [
        ("hi_coverage_rate", 99.8, "Lai Châu"), ("hi_coverage_rate", 99.2, "Điện Biên"), ("hi_coverage_rate", 98.9, "Hà Giang")]


def test_the_participants_of_each_scheme_listed_before_respectively():
    assert found("Số người tham gia BHXH bắt buộc, BHTN lần lượt là 8.316 người và 7.954 người.", "indicator", "value") == [
        ("si_compulsory_participants", 8316), ("ui_participants", 7954)]
    assert found("Đến nay, số người tham gia BHXH và BHTN lần lượt là 412.560 người và 318.240 người.", "indicator") == [
        ("si_participants",), ("ui_participants",)]


def test_milestones_units_meeting_a_rate_another_schemes_coverage_and_a_change_in_money():
    assert found("Đây là năm thứ hai liên tiếp số người hưởng BHXH một lần vượt con số 900.000 người.", "indicator") == []
    assert found("Đến nay, 1.342/1.586 cơ sở giáo dục trên địa bàn đạt tỷ lệ 100% HSSV tham gia BHYT.", "indicator") == []
    assert ("hi_coverage_rate",) not in found(
        "Đại biểu cho rằng tỷ lệ bao phủ BHXH của tỉnh vẫn thấp hơn nhiều so với bình quân cả nước (khoảng 39,25%).", "indicator")
    assert found("Năm 2024, chi khám chữa bệnh BHYT của tỉnh vượt 8,6% dự toán được giao, tương đương hơn 120 tỷ đồng.",
                 "indicator") == []


def test_the_indicators_of_a_strategy_where_a_place_stands_are_results():
    body = ("Một số chỉ tiêu của Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030 tại tỉnh:\n"
            "- Tỷ lệ nữ đại biểu HĐND tỉnh nhiệm kỳ 2021 - 2026: 30,8%;\n"
            "- Tỷ lệ nữ tham gia cấp ủy Đảng bộ tỉnh nhiệm kỳ 2020 - 2025: 15,6% (chỉ tiêu: 20%).")
    assert found(body, "value", "kind", published=datetime(2024, 10, 18, 9, 0)) == [
        (30.8, "actual"), (15.6, "actual"), (20, "target")]


def test_the_next_month_late_in_a_month_is_this_years():
    body = "Kỳ chi trả tháng 7, toàn thành phố có hơn 752 nghìn người hưởng lương hưu, trợ cấp BHXH hằng tháng."
    assert found(body, "period", published=datetime(2023, 6, 30, 9, 0)) == [("2023-07",)]
    # (still: a later month early in one is last year's)
    assert found("Tháng 11, toàn tỉnh có 52.410 người tham gia BHXH tự nguyện.", "period",
                 published=datetime(2024, 2, 5, 9, 0)) == [("2023-11",)]


def test_arrears_with_the_unemployment_schemes_name_seats_after_the_women_and_candidates_counted():
    body = ("Đến hết tháng 9, toàn tỉnh có 1.146 đơn vị nợ bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp từ 3 tháng "
            "trở lên với số tiền 187,6 tỷ đồng.")
    assert found(body, "indicator") == [("contribution_arrears",)]
    body = "Đối với bầu cử đại biểu Quốc hội khóa XVI, tỉnh có 17 người ứng cử, trong đó 8 người là nữ, để bầu 10 đại biểu."
    assert found(body, "indicator", "value", "kind", published=datetime(2025, 10, 15, 9, 0)) == [
        ("women_candidate_count", 8, "actual")]


def test_a_budgets_support_for_contributions_is_no_benefit():
    assert found("Năm 2022, ngân sách tỉnh đã chi hơn 18,5 tỷ đồng hỗ trợ người tham gia BHXH tự nguyện.", "indicator") == []
    # (still: pensions paid from the state budget)
    assert found("Năm 2024, BHXH tỉnh chi trả lương hưu 937,4 tỷ đồng, trong đó nguồn ngân sách nhà nước 702,1 tỷ đồng.",
                 "indicator") == [("benefit_expenditure",), ("benefit_expenditure",)]


def test_guards_from_the_sessions_second_code_review():
    # a merger's lone place named before a province with a figure of its own is not the figure's place
    body = "Sau sáp nhập đơn vị hành chính cấp xã, tỉnh Đồng Tháp có 1.500.000 người tham gia BHYT."
    assert found(body, "province", title="BHXH tỉnh Vĩnh Long") == [("Đồng Tháp",)]
    # a part's share of a base named after it (the workforce) is a rate, and a scheme's part is no other population
    body = "Tỉnh có 350.000 người tham gia BHXH, trong đó số người tham gia BHXH tự nguyện chiếm 5,2% LLLĐ."
    assert ("si_coverage_rate", 5.2) in found(body, "indicator", "value")
    # a place ranked by a measure of its own is not ranked by the measure of the sentence before
    body = ("Thời gian qua, tỉnh chú trọng phát triển người tham gia BHXH tự nguyện. Xã Phú An đứng đầu với 120 hội viên "
            "phụ nữ được tuyên truyền.")
    assert found(body, "indicator") == []
    # the schemes' full names share figures "lần lượt" as their abbreviations do
    body = ("Số người tham gia bảo hiểm xã hội, bảo hiểm thất nghiệp, bảo hiểm y tế lần lượt là 120.000 người, 100.000 người "
            "và 1.100.000 người.")
    assert found(body, "indicator", "value") == [("si_participants", 120000), ("ui_participants", 100000),
                                                 ("hi_participants", 1100000)]
    # "tháng 1" late in December is the coming January
    body = "Trong tháng 1, BHXH tỉnh chi trả lương hưu cho 20.000 người với số tiền 150 tỷ đồng."
    assert {p for (p,) in found(body, "period", published=datetime(2025, 12, 28, 9, 0))} == {"2026-01"}
    # a province's own targets under "đề ra … chỉ tiêu … của tỉnh:" stay targets (no strategy's results)
    body = "Hội nghị đề ra một số chỉ tiêu phấn đấu của tỉnh:\n- Tỷ lệ nữ đại biểu HĐND tỉnh: 35%;\n- Tỷ lệ bao phủ BHYT: 95%."
    assert found(body, "kind") == [("target",), ("target",)]
