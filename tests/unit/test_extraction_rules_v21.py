"""Rules added in extractor 2.1.0, each on a small inline text written for the test.

They came from session 13's blind reviews (134–137): new articles annotated by hand from the
catalogue's rules before the extractor was run on them; these sentences are new ones of the same
kinds. Guard tests ("… still …", "… not …") say what a rule must leave alone."""

from datetime import datetime

from tests.unit.rule_texts import finder

PUB = datetime(2025, 8, 15, 9, 0)

found = finder("Tin tức tỉnh Nghệ An", PUB)


def test_each_clause_of_a_plans_row_is_the_coverage_of_the_scheme_it_opens_with():
    body = ("Các chỉ tiêu cụ thể của Kế hoạch:\n- Năm 2026: BHXH đạt 31%; BHTN đạt 22,5%; BHYT đạt 95,2%.\n"
            "- Năm 2027: BHXH đạt 33%; BHTN đạt 24%; BHYT đạt 95,6%.")
    assert found(body, "indicator", "value", "kind") == [
        ("si_coverage_rate", 31, "target"), ("ui_coverage_rate", 22.5, "target"), ("hi_coverage_rate", 95.2, "target"),
        ("si_coverage_rate", 33, "target"), ("ui_coverage_rate", 24, "target"), ("hi_coverage_rate", 95.6, "target")]
    # (not money collected under a scheme's name: what was collected is a plan's completion)
    assert found("Năm 2024, số thu BHXH đạt 101% kế hoạch, BHYT đạt 98%.", "indicator") == [
        ("plan_completion_rate",), ("plan_completion_rate",)]


def test_a_bare_nay_opening_a_sentence_is_now():
    body = ("Năm 2024, huyện Kỳ Sơn cũ có 3 nữ trong Ban Thường vụ Huyện ủy. Nay, trong 11 vị trí lãnh đạo chủ chốt của xã "
            "có 4 nữ.")
    assert found(body, "value", "period")[-1] == (4, "2025-08-15")
    # (still: "năm nay" is this year, and "nay" inside a clause is no opening)
    assert found("Năm 2024, toàn tỉnh có 2.140 người tham gia BHXH tự nguyện, đến nay đã tăng thêm.", "period") == [("2024",)]


def test_a_coverage_rate_linked_to_the_count_before_by_dat_ty_le_bao_phu():
    body = "Năm 2024, toàn tỉnh có 315.200 người tham gia BHXH, đạt tỷ lệ bao phủ 31,6% lực lượng lao động trong độ tuổi."
    assert ("si_coverage_rate", 31.6) in found(body, "indicator", "value")


def test_a_footnote_mark_in_brackets_set_against_the_word_is_no_figure():
    body = ("Năm 2024, quỹ đã chi khoảng 1.480 tỷ đồng(1) cho 985.200 người hưởng trợ cấp thất nghiệp hằng tháng "
            "(Bộ Nội vụ, 2024)(2).")
    assert found(body, "value") == [(1.48e12,), (985200,)]


def test_a_cited_sources_publisher_is_no_cue_of_the_figure_before_it():
    body = "Tỷ lệ bao phủ BHYT đạt 94,2% dân số với hơn 95,5 triệu người tham gia [Nguồn: BHXH Việt Nam, báo cáo năm 2024]."
    assert found(body, "indicator") == [("hi_coverage_rate",), ("hi_participants",)]


def test_schemes_with_their_rates_in_brackets():
    body = "So với chỉ tiêu HĐND tỉnh giao cho năm 2025 (BHXH 14,5% và BHYT 93%), tiến độ thực hiện còn chậm."
    assert found(body, "indicator", "value", "kind") == [("si_coverage_rate", 14.5, "target"),
                                                        ("hi_coverage_rate", 93, "target")]


def test_the_level_after_so_voi_muc_is_the_base_compared_with():
    body = "Năm 2024, tỷ lệ bao phủ BHYT toàn tỉnh đạt 93,1%, tăng so với mức 90,6% của năm 2023."
    assert found(body, "value", "period") == [(93.1, "2024"), (90.6, "2023")]
    body = "Năm 2024, tỉnh đạt tỷ lệ bao phủ 95,9% dân số, cao hơn so với mức bình quân 93,3% của cả nước."
    assert found(body, "value", "province") == [(95.9, "Nghệ An"), (93.3, "Việt Nam")]
    # (still: a change "so với" a time is a change)
    assert found("Năm 2024, tỷ lệ bao phủ BHYT đạt 93,1%, tăng 2,5% so với năm 2023.", "value") == [(93.1,)]


def test_a_bare_chiem_clause_shares_the_insured_subject_before_it():
    body = "Năm 2024, toàn tỉnh có 2.915.400 người tham gia BHYT, chiếm 93,8% dân số."
    assert found(body, "indicator", "value") == [("hi_participants", 2915400), ("hi_coverage_rate", 93.8)]
    # (a "chiếm" of an earlier clause is no share of this one's subject)
    body = ("Năm 2024, toàn tỉnh có 301.200 người tham gia BHXH, chiếm 33,1% lực lượng lao động trong độ tuổi; 2.915.400 "
            "người tham gia BHYT, đạt 93,8% dân số.")
    assert ("hi_coverage_rate", 93.8) in found(body, "indicator", "value")
    # (still: who lives there is no coverage)
    body = "Năm 2024, tỉnh có 2,9 triệu người tham gia BHYT, đồng bào dân tộc thiểu số chiếm 21% dân số."
    assert found(body, "indicator") == [("hi_participants",)]


def test_a_on_b_with_the_whole_named_by_its_body_is_women_among_the_whole():
    body = "Tại xã Hưng Nguyên, 9 trên 28 đại biểu HĐND xã là nữ."
    assert found(body, "indicator", "value", published=datetime(2026, 4, 10, 9, 0)) == [("women_deputy_count", 9)]


def test_an_age_is_no_count():
    body = "Năm 2025, số người hưởng trợ cấp hưu trí xã hội tăng thêm 41.260 người do hạ độ tuổi từ 80 xuống 75."
    assert found(body, "value") == []


def test_people_counted_per_grant_with_huong_further_in_the_clause():
    body = ("Năm 2024, BHXH tỉnh đã giải quyết cho 2.184 lượt người tham gia BHXH tự nguyện hưởng trợ cấp thai sản, với số "
            "tiền hơn 4,2 tỷ đồng.")
    assert found(body, "indicator", "value") == [("benefit_recipients", 2184), ("benefit_expenditure", 4.2e9)]
    # (still: visits for treatment)
    body = "Năm 2024, có 1.250.300 lượt người khám chữa bệnh BHYT được quỹ chi trả với số tiền 2.100 tỷ đồng."
    assert ("benefit_recipients", 1250300) not in found(body, "indicator", "value")


def test_a_share_of_the_country_is_no_place_of_the_clause_after_it():
    body = ("Năm 2024, BHXH tỉnh đã giải quyết cho 98.410 người hưởng BHXH một lần, chiếm gần 1/10 cả nước, với số tiền chi "
            "trả 3.105 tỷ đồng.")
    assert found(body, "value", "province") == [(98410, "Nghệ An"), (3.105e12, "Nghệ An")]
    # (still: a share of the country's workforce is the country's)
    body = "Theo Bộ Y tế, nữ chiếm khoảng 67% nhân lực ngành y tế cả nước, nhưng tỷ lệ nữ giữ vị trí lãnh đạo chỉ khoảng 30%."
    assert found(body, "province")[-1] == ("Việt Nam",)


def test_cu_the_opens_the_places_of_the_whole_before():
    body = ("Tính đến 30/6/2025, toàn tỉnh có 3.210.500 người tham gia BHYT. Cụ thể, tỉnh Nam Định có 1.702.300 người, tỉnh "
            "Hà Nam có 790.100 người.")
    assert found(body, "indicator", "value", "province", title="BHXH tỉnh Ninh Bình") == [
        ("hi_participants", 3210500, "Ninh Bình"), ("hi_participants", 1702300, "Nam Định"),
        ("hi_participants", 790100, "Hà Nam")]


def test_a_place_leading_with_ty_le_is_ranked_by_the_measure_before():
    body = ("Tỷ lệ nữ tham gia cấp ủy cấp tỉnh nhiệm kỳ 2020-2025 có sự chênh lệch lớn giữa các địa phương. Bình Dương dẫn "
            "đầu cả nước với tỷ lệ 31,1%, tiếp đến là Bắc Ninh 30,2%.")
    assert found(body, "indicator", "province", published=datetime(2021, 3, 8, 9, 0)) == [
        ("women_party_committee_share", "Bình Dương"), ("women_party_committee_share", "Bắc Ninh")]


def test_a_bare_target_rate_is_the_target_of_the_rate_the_sentence_before_stated():
    body = "Năm 2025, tỷ lệ bao phủ BHYT của xã Mường Nhé đạt 97,2%. Chỉ tiêu năm 2026 tỉnh giao cho xã Mường Nhé là 99%."
    assert found(body, "indicator", "value", "kind", "period", published=datetime(2026, 3, 6, 9, 0)) == [
        ("hi_coverage_rate", 97.2, "actual", "2025"), ("hi_coverage_rate", 99, "target", "2026")]
    body = "Năm 2024, tỷ lệ bao phủ BHYT toàn tỉnh đạt 90,6%. Tỉnh phấn đấu đến cuối năm 2025 đạt tỷ lệ 92%."
    assert found(body, "value", "kind")[-1] == (92, "target")


def test_the_level_of_the_term_compared_with_in_an_aside_after_cao_hon():
    body = "Quốc hội khóa XIV có 133 đại biểu nữ, chiếm 26,72%, cao hơn khóa XIII (122 đại biểu, 24,4%)."
    assert found(body, "indicator", "value", "period", published=datetime(2016, 6, 10, 9, 0)) == [
        ("women_deputy_count", 133, "2016/2021"), ("women_deputy_share", 26.72, "2016/2021"),
        ("women_deputy_count", 122, "2011/2016"), ("women_deputy_share", 24.4, "2011/2016")]
    # (a whole, when the women follow it in the aside)
    body = "Tỉnh bầu được 12 đại biểu Quốc hội khóa XVI, trong đó nữ 5 người, cao hơn khóa XV (10 đại biểu, 3 nữ)."
    assert (10,) not in found(body, "value", published=datetime(2026, 4, 10, 9, 0))


def test_people_not_yet_drawing_a_benefit_are_no_recipients():
    body = "Theo rà soát, tỉnh hiện có 21.530 người từ đủ 75 tuổi đến dưới 80 tuổi chưa hưởng lương hưu hay trợ cấp hằng tháng."
    assert found(body, "indicator") == []


def test_the_count_after_a_share_glossed_with_tuc():
    body = "Ban Chấp hành Đảng bộ tỉnh khóa XX có 63 người, nữ chiếm 19%, tức 12 người."
    assert ("women_party_committee_count", 12) in found(body, "indicator", "value", published=datetime(2020, 10, 20, 9, 0))


def test_a_on_b_with_a_long_whole():
    body = "Thành phố có 4 trên 10 người ứng cử đại biểu Quốc hội là nữ."
    assert found(body, "indicator", "value", published=datetime(2021, 3, 15, 9, 0)) == [("women_candidate_count", 4)]


def test_a_councils_share_of_women_named_ty_le_nu_alone():
    body = "Ở HĐND cấp huyện, tỷ lệ nữ là 27,4%; cấp xã 24,9%."
    assert found(body, "indicator", "value", published=datetime(2021, 6, 15, 9, 0)) == [
        ("women_deputy_share", 27.4), ("women_deputy_share", 24.9)]
    # (still: a council's resolution on women cadres is no share of deputies)
    body = "HĐND tỉnh ban hành nghị quyết, phấn đấu tỷ lệ nữ cán bộ lãnh đạo cấp sở đạt 30%."
    assert found(body, "indicator") == [("women_leader_share",)]


def test_an_estimate_is_no_approximate_figure_and_its_rounded_restatement_is_the_same():
    # (the spec's approximate words are "hơn", "gần", "khoảng", "trên"; "ước đạt" states its figure as a report does)
    body = "Sáu tháng đầu năm 2024, tổng thu BHXH, BHYT, BHTN của tỉnh ước đạt 5.126 tỷ đồng."
    assert found(body, "value", "approx", title="Thu BHXH 6 tháng ước đạt hơn 5 nghìn tỷ đồng") == [(5.126e12, False)]


def test_a_list_under_a_header_of_results_at_a_date_or_of_its_own_completion_is_of_results():
    body = ("Các chỉ tiêu chủ yếu tính đến 31/10/2025:\n- Số người tham gia BHXH: 231.540 người;\n"
            "- Số người tham gia BHTN: 140.118 người.")
    assert found(body, "kind", published=datetime(2025, 11, 12, 9, 0)) == [("actual",), ("actual",)]
    body = ("- Số người tham gia BHXH: 389.412 người, đạt 101,3% kế hoạch UBND tỉnh giao; trong đó:\n"
            "+ BHXH bắt buộc: 262.540 người;\n+ BHXH tự nguyện: 126.872 người.")
    assert {k for (k,) in found(body, "kind", published=datetime(2023, 1, 12, 9, 0))} == {"actual"}
    # (still: a plan's list of indicators is of targets)
    body = "Kế hoạch đề ra các chỉ tiêu năm 2026:\n- Số người tham gia BHXH: 420.000 người;\n- Tỷ lệ bao phủ BHYT: 95,5%."
    assert found(body, "kind", published=datetime(2026, 1, 12, 9, 0)) == [("target",), ("target",)]


def test_a_list_item_labelled_by_a_scheme_alone_counts_its_participants():
    body = "Kết quả năm 2024:\n- Số người tham gia BHXH: 402.115 người;\n+ BHTN: 171.020 người;\n+ BHYT: 1.702.480 người."
    assert found(body, "indicator", "value") == [("si_participants", 402115), ("ui_participants", 171020),
                                                 ("hi_participants", 1702480)]


def test_visits_counted_with_their_cost_in_an_article_on_treatment():
    body = ("Năm 2024, quỹ KCB BHYT của tỉnh chi 2.480 tỷ đồng. Bệnh viện Đa khoa tỉnh có 412.600 lượt, chi phí 612,4 tỷ "
            "đồng.")
    assert ("hi_treatment_visits", 412600) in found(body, "indicator", "value")
    # (still: not in an article on no treatment)
    body = "Năm 2024, hội nghị tuyên truyền thu hút 12.600 lượt, chi phí 1,2 tỷ đồng."
    assert ("hi_treatment_visits", 12600) not in found(body, "indicator", "value")


def test_a_running_total_from_a_year_up_to_now_is_of_now():
    body = "Toàn huyện có 612.400 lượt người khám chữa bệnh BHYT từ năm 2020 đến nay."
    assert found(body, "period", published=datetime(2024, 3, 15, 9, 0)) == [("2024-03-15",)]


def test_a_budget_assigned_for_the_year_is_the_target_of_the_spending_before():
    body = "Năm 2023, tỉnh chi KCB BHYT 1.640 tỷ đồng. Dự toán năm 2024 được BHXH Việt Nam giao cho tỉnh là 1.790 tỷ đồng."
    assert found(body, "indicator", "value", "kind", published=datetime(2024, 1, 15, 9, 0))[-1] == (
        "benefit_expenditure", 1.79e12, "target")


def test_places_joined_by_va_share_the_measure_named_after_the_last():
    body = "Năm 2024, tỉnh Đồng Nai có 41.205 người và tỉnh Bình Phước có 22.610 người tham gia BHXH tự nguyện."
    assert found(body, "indicator", "value", published=datetime(2025, 1, 15, 9, 0)) == [
        ("si_voluntary_participants", 41205), ("si_voluntary_participants", 22610)]


def test_a_criterion_on_units_is_no_level():
    assert found("Theo quy chế, đại lý nào đạt dưới 50% chỉ tiêu sẽ bị cắt giảm điểm thu.", "value") == []
    assert found("- Số tổ dân phố đạt tỷ lệ bao phủ trên 95%: 42/48 tổ.", "value") == []
    # (still: one place's level above a figure)
    assert found("Năm 2024, tỷ lệ bao phủ BHYT của xã Quỳnh Lương đạt trên 95%.", "value") == [(95,)]


def test_spending_beyond_the_fund_is_a_gap():
    body = "Năm 2023, quỹ KCB BHYT của tỉnh đã chi 1.500 tỷ đồng, như vậy chi vượt quỹ gần 300 tỷ đồng."
    assert found(body, "value") == [(1.5e12,)]


def test_the_year_before_and_the_same_period_a_year_before_stated_as_levels():
    body = "Riêng năm 2025 có 701 nghìn người hưởng BHXH một lần, năm trước là 842.110 người."
    assert found(body, "value", "period", published=datetime(2026, 1, 15, 9, 0)) == [(701000, "2025"), (842110, "2024")]
    body = "Sáu tháng đầu năm, toàn tỉnh có 19.410 người tham gia BHXH tự nguyện; cùng kỳ năm trước là 17.905 người."
    assert found(body, "value", "period", published=datetime(2024, 7, 15, 9, 0)) == [(19410, "2024-H1"), (17905, "2023")]
    # (still: the base of a change is no period of the figure)
    body = "Số người tham gia BHXH tự nguyện đạt 19.410 người, tăng 6% so với cùng kỳ năm trước."
    assert found(body, "value", "period", published=datetime(2024, 7, 15, 9, 0)) == [(19410, "2024")]
    # ("năm trước" later in the year is the year before the publication's)
    body = "Năm trước, khi chưa hợp nhất, tỉnh Quảng Ngãi (cũ) có 6.104 nữ cán bộ, công chức."
    assert found(body, "period", published=datetime(2025, 10, 15, 9, 0)) == [("2024",)]


def test_a_clause_of_the_period_before_left_without_its_subject_counts_what_the_clause_before_counted():
    body = ("Năm 2024, cả nước có 20,9 triệu người tham gia BHXH, đạt 44,5% lực lượng lao động; năm trước là 20,1 triệu "
            "người, đạt 42,6%.")
    assert found(body, "indicator", "value", "period", published=datetime(2025, 1, 15, 9, 0))[2:] == [
        ("si_participants", 20.1e6, "2023"), ("si_coverage_rate", 42.6, "2023")]
    body = ("Tính đến 30/9/2024, số tiền chậm đóng BHXH là 521,4 tỷ đồng, chiếm 3,86% số phải thu; quý trước (30/6/2024) là "
            "586,9 tỷ đồng, tương đương 4,5%.")
    assert ("contribution_arrears", 586.9e9) in found(body, "indicator", "value", published=datetime(2024, 10, 15, 9, 0))
    body = ("Ban Chấp hành Đảng bộ tỉnh có 59 đồng chí, trong đó có 10 đồng chí nữ, chiếm 16,9%; nhiệm kỳ trước (2015-2020) "
            "có 8 đồng chí nữ, chiếm 14,5%.")
    assert ("women_party_committee_count", 8) in found(body, "indicator", "value", published=datetime(2020, 10, 15, 9, 0))


def test_a_bodys_target_share_of_women_staff_written_co_x_percent_nu_cong_chuc():
    body = "Tỉnh phấn đấu đến năm 2025 có 40% nữ công chức cấp xã."
    assert found(body, "indicator", "value", "kind", published=datetime(2024, 3, 8, 9, 0)) == [
        ("women_staff_share", 40, "target")]
    # (still: a share among the women staff is none)
    body = "Toàn ngành có 100% nữ cán bộ, giáo viên, nhân viên được tham gia BHXH, BHYT theo quy định."
    assert found(body, "value", published=datetime(2024, 3, 8, 9, 0)) == []


def test_a_count_of_women_with_no_noun_in_a_paragraph_on_staff():
    body = "Bộ Tài chính hiện có 72.415 công chức, viên chức. Kho bạc Nhà nước có 8.904 nữ, chiếm 56,6%."
    assert found(body, "indicator", "value", published=datetime(2024, 3, 8, 9, 0)) == [
        ("women_staff_count", 8904), ("women_staff_share", 56.6)]
    # (still: the women of a body's leaders are no staff)
    body = "Phường có 86 cán bộ, công chức. Trong 9 người của Thường trực Đảng ủy, HĐND, UBND phường có 4 nữ."
    assert ("women_staff_count", 4) not in found(body, "indicator", "value", published=datetime(2025, 9, 8, 9, 0))
    body = "Tỉnh có 1.200 cán bộ, công chức. Ủy ban Kiểm tra Tỉnh ủy gồm 15 đồng chí, có 3 nữ."
    assert ("women_staff_count", 3) not in found(body, "indicator", "value", published=datetime(2025, 10, 15, 9, 0))


def test_women_among_a_whole_named_by_its_body_or_list():
    body = "Xã có 27 nữ trong bộ máy 64 cán bộ, công chức."
    assert found(body, "indicator", "value", published=datetime(2025, 10, 15, 9, 0)) == [("women_staff_count", 27)]
    body = "Xã Mỹ Hòa Hưng có 4 nữ trong Ban Chấp hành gồm 15 đồng chí."
    assert found(body, "indicator", "value", published=datetime(2025, 10, 15, 9, 0)) == [
        ("women_party_committee_count", 4)]
    body = "Tỉnh có 12 nữ trong danh sách 27 người ứng cử đại biểu Quốc hội khóa XVI."
    assert found(body, "value", published=datetime(2026, 3, 15, 9, 0)) == [(12,)]


def test_a_part_of_a_target_after_a_year_opening_is_a_target():
    body = ("Năm 2022, tỉnh phấn đấu có 395.000 người tham gia BHXH, chiếm 21% lực lượng lao động trong độ tuổi, trong đó "
            "BHXH tự nguyện 145.000 người.")
    assert found(body, "kind", published=datetime(2022, 1, 15, 9, 0)) == [("target",), ("target",), ("target",)]


def test_units_women_without_a_noun_after_a_paragraph_on_staff():
    body = ("Toàn tỉnh có 13.968 cán bộ, công chức, viên chức nữ.\n\nNữ chiếm tỷ lệ cao ở các ngành giáo dục và y tế. Cụ thể: "
            "Sở Giáo dục và Đào tạo có 9.214 nữ (chiếm 72,6%); Sở Y tế có 2.187 nữ (chiếm 64,3%).")
    assert found(body, "indicator", "value", published=datetime(2024, 3, 7, 9, 0))[1:] == [
        ("women_staff_count", 9214), ("women_staff_share", 72.6), ("women_staff_count", 2187), ("women_staff_share", 64.3)]
    # (still: the women of a flow of staff are none)
    body = "Toàn tỉnh có 41.200 cán bộ, công chức. Năm 2024, tỉnh tinh giản 412 người, trong đó có 186 nữ."
    assert ("women_staff_count", 186) not in found(body, "indicator", "value", published=datetime(2025, 3, 20, 9, 0))


def test_a_count_below_a_bound_is_no_level():
    body = "Nhiều xã vùng đồng bào dân tộc thiểu số như xã Ia Dom mới có dưới 100 người tham gia BHXH tự nguyện."
    assert found(body, "value", published=datetime(2025, 11, 12, 9, 0)) == []


def test_guards_from_the_sessions_code_review():
    at = datetime(2025, 10, 15, 9, 0)
    # a text opening with "Hiện …" (the title) is read, not crashed on
    assert found("Năm 2024, toàn tỉnh có 20.000 người tham gia BHXH tự nguyện.", "value",
                 title="Hiện Sơn La có 20.000 người tham gia BHXH tự nguyện", published=datetime(2024, 10, 15, 9, 0)) == [
        (20000,)]
    # a new name in brackets, "(nay xã …)", is no "now"
    body = "Năm 2024, huyện Lộc Ninh (nay xã Lộc Ninh) có 2.580 người tham gia BHXH tự nguyện."
    assert found(body, "period", published=at) == [("2024",)]
    # "người cao tuổi" is no age
    assert found("Năm 2024, số người cao tuổi tham gia BHYT đạt 12.500 người.", "value", published=at) == [(12500,)]
    # "số cán bộ" is no count of units meeting a criterion
    assert found("Năm 2024, số cán bộ, công chức, viên chức tham gia BHXH đạt trên 99%.", "value", published=at) == [(99,)]
    # a target's header dated ahead stays a target's
    body = "Mục tiêu phấn đấu tính đến 31/12/2025 như sau:\n- Tỷ lệ bao phủ BHYT đạt 95% dân số."
    assert found(body, "kind", published=datetime(2025, 6, 15, 9, 0)) == [("target",)]
    # a share of the insured among the insured is no coverage
    body = "Năm 2024, toàn tỉnh có 100.000 người tham gia BHXH, trong đó người tham gia BHXH tự nguyện chiếm 20%."
    assert found(body, "value", published=at) == [(100000,)]
    # a document's year is no year of "năm trước"
    body = ("Thực hiện Nghị quyết số 28-NQ/TW năm 2018, đến nay tỉnh có 20.000 người tham gia BHXH tự nguyện; năm trước là "
            "18.000 người.")
    assert found(body, "value", "period", published=at)[-1] == (18000, "2024")
    # a fund a sum came from is no cited source
    assert found("Năm 2024, tỉnh đã chi 300 tỷ đồng (nguồn quỹ bảo hiểm thất nghiệp) cho người lao động.", "value",
                 published=at) == [(3e11,)]
    # the provinces merged, listed after "tỉnh" with no count, are no place of the figure after them
    body = "Tại tỉnh Ninh Bình (mới), sau khi hợp nhất tỉnh Hà Nam, Nam Định, số người tham gia BHYT đạt 3.512.944 người."
    assert found(body, "province", title="BHXH tỉnh Ninh Bình: kết quả năm 2025", published=at) == [("Ninh Bình",)]
    # a scheme opening a sentence
    assert found("Kết quả thực hiện năm 2024 như sau. BHXH đạt 22%.", "indicator", published=datetime(2025, 1, 15, 9, 0)) == [
        ("si_coverage_rate",)]
    # "ban hành" is no body
    body = ("Toàn hệ thống có 15.700 cán bộ, công chức. Năm 2025, sau khi ban hành quy chế mới, Kho bạc Nhà nước có 8.904 nữ, "
            "chiếm 56,6%.")
    assert ("women_staff_count", 8904) in found(body, "indicator", "value", published=at)
    # the indicators "tại tỉnh" under a header that sets no target are results
    body = "Một số chỉ tiêu về bình đẳng giới tại tỉnh:\n- Tỷ lệ nữ đại biểu HĐND tỉnh nhiệm kỳ 2021 - 2026: 30,8%."
    assert found(body, "kind", published=at) == [("actual",)]
