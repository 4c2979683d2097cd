"""Rules added in extractor 2.2.0, each on a small inline text written for the test.

They came from session 14's blind reviews (159–162): new articles annotated by hand from the
catalogue's rules before the extractor was run on them; these sentences are new ones of the same
kinds. Guard tests ("… still …", "… not …") say what a rule must leave alone."""

from datetime import datetime

from tests.unit.rule_texts import finder

PUB = datetime(2025, 10, 8, 9, 0)

found = finder("Tin tức tỉnh Nghệ An", PUB)


def test_of_the_two_sexes_listed_respectively_only_the_womens_figures_are_kept():
    body = ("Quý III, lao động nam và lao động nữ lần lượt là 1.074,1 nghìn người và 969,5 nghìn người, chiếm tương ứng "
            "52,56% và 47,44%.")
    assert found(body, "indicator", "value") == [("women_staff_count", 969500), ("women_staff_share", 47.44)]
    # (in the other order, the first)
    body = "Lực lượng lao động nữ và nam của tỉnh lần lượt là 353,8 nghìn người và 384,1 nghìn người."
    assert found(body, "value") == [(353800,)]
    # (still: two places listed are both kept, and "Hà Nam" is no sex)
    body = "Số lao động nữ của Hà Nam và Nam Định lần lượt là 210.300 người và 330.100 người."
    assert found(body, "value") == [(210300,), (330100,)]


def test_a_rate_named_in_its_own_clause_takes_no_cue_from_the_next_rates_clause():
    body = ("Năm 2026, tỉnh phấn đấu giải quyết việc làm cho 35.000 lao động, tỷ lệ lao động qua đào tạo đạt 71,5%, "
            "tỷ lệ bao phủ BHYT đạt trên 95%.")
    assert found(body, "indicator", "value") == [("hi_coverage_rate", 95)]
    # (still: a bare rate takes the cue after it, "đạt 41,3%, cao nhất từ trước đến nay về tỷ lệ nữ đại biểu")
    body = "Tỷ lệ tham gia BHXH của tỉnh đạt 41,3%, tỷ lệ bao phủ BHYT đạt 93%."
    assert found(body, "indicator", "value") == [("si_coverage_rate", 41.3), ("hi_coverage_rate", 93)]


def test_a_share_of_units_after_a_rate_is_no_rate_of_the_list():
    body = ("Mục tiêu đến năm 2030, tỷ lệ nữ giữ vị trí lãnh đạo, quản lý trong doanh nghiệp đạt 30%; 100% khu công nghiệp "
            "có nhà trẻ; 95% xã có câu lạc bộ.")
    assert found(body, "value") == [(30,)]


def test_the_year_of_a_level_compared_with_is_not_carried_to_the_next_paragraph():
    body = ("Tổng số nợ tính đến 31/12/2021 là 13.845 tỷ đồng, chiếm 3,06% số phải thu, tăng so với mức 2,68% của năm 2020.\n\n"
            "Toàn quốc có 16,5 triệu người tham gia BHXH.")
    assert found(body, "value", "period")[-1] == (16500000, "2021-12-31")


def test_a_year_at_a_distance_after_so_voi_is_the_base_of_the_comparison():
    body = ("Năm 2025, toàn thành phố giải quyết cho 14.630 người hưởng BHXH một lần, giảm 11,2% so với tổng số của 3 địa "
            "phương năm 2024.\n\nCũng trong năm, các cơ sở đã tiếp nhận hơn 410 nghìn lượt khám chữa bệnh BHYT.")
    assert [p for _, p in found(body, "value", "period")] == ["2025", "2025"]
    # (still: a plan's year after "so với" is the figure's: "đạt 98% so với kế hoạch năm 2025")
    assert found("Số thu đạt 98% so với kế hoạch năm 2025.", "period") == [("2025",)]


def test_a_debt_ceiling_set_as_a_goal_is_the_arrears_rates_target():
    assert found("Chúng tôi phấn đấu đến cuối năm, tỷ lệ nợ không vượt quá 1,9% số phải thu.", "indicator", "value", "kind") == [
        ("arrears_rate", 1.9, "target")]
    # (still: a cap with no goal is no figure)
    assert found("Quy định không để tỷ lệ chi vượt quá 5% dự toán.", "value") == []


def test_a_places_own_level_among_the_places_counted_below_a_threshold():
    body = "Ngược lại, có 18 tỉnh, thành phố có tỷ lệ nợ dưới 1%, trong đó Bắc Kạn chỉ 0,38%, thấp nhất cả nước."
    assert found(body, "indicator", "value", "province") == [("arrears_rate", 0.38, "Bắc Kạn")]


def test_an_office_collecting_from_its_units_leaves_the_insured_counted_after_them():
    body = "BHXH tỉnh hiện quản lý thu đối với hơn 11.600 đơn vị với gần 598 nghìn người tham gia BHXH bắt buộc."
    assert found(body, "indicator", "value") == [("si_compulsory_participants", 598000)]


def test_workers_paid_for_after_an_inspection_are_no_participants():
    body = ("Qua thanh tra, đoàn đã phát hiện 96 đơn vị đóng BHXH không đủ số người phải tham gia với 1.045 lao động; yêu cầu "
            "12 đơn vị truy đóng BHXH cho 310 lao động.")
    assert found(body, "value") == []


def test_a_level_after_its_subject_and_a_change_with_an_amount():
    body = "Đáng chú ý, số người tham gia BHXH tự nguyện tăng 96% so với năm 2019, đạt hơn 1,1 triệu người."
    assert found(body, "indicator", "value") == [("si_voluntary_participants", 1100000)]


def test_people_granted_a_benefit_named_at_the_sentences_start():
    body = ("Riêng chế độ ốm đau, từ tháng 10 đến hết tháng 12/2021, BHXH tỉnh đã giải quyết 7.652 lượt người với số tiền "
            "9,4 tỷ đồng.")
    assert found(body, "indicator", "value") == [("benefit_recipients", 7652), ("benefit_expenditure", 9.4e9)]
    # (still: people advised after a benefit are not granted one)
    body = ("Bên cạnh việc chi trả trợ cấp thất nghiệp hằng tháng, trung tâm dịch vụ việc làm của tỉnh còn tổ chức các "
            "phiên giao dịch việc làm với 12.500 lượt người tham dự.")
    assert found(body, "value") == []


def test_a_places_count_after_the_money_of_the_place_before():
    body = ("Trong 6 tháng đầu năm 2025, tỉnh Long An (cũ) có 24.906 người hưởng trợ cấp thất nghiệp, số tiền chi trả 421,7 tỷ "
            "đồng; tỉnh Tây Ninh (cũ) có 7.823 người, số tiền 118,4 tỷ đồng.")
    assert found(body, "indicator", "value", "province")[2] == ("benefit_recipients", 7823, "Tây Ninh")


def test_the_other_side_of_a_contrast_with_a_subject_of_its_own_takes_no_measure():
    body = "Từ đầu năm đến nay, có 6.382 người hưởng BHXH một lần, trong khi số người tham gia mới chỉ khoảng 5.900 người."
    assert found(body, "value") == [(6382,)]
    # (still: a target after "trong khi" is the same measure's)
    body = "Số người tham gia BHXH tự nguyện đạt 900 người, trong khi chỉ tiêu giao là 1.000 người."
    assert found(body, "value", "kind") == [(900, "actual"), (1000, "target")]


def test_a_target_named_after_its_level_is_compared_with_is_the_subjects_target():
    body = ("Như vậy, tỷ lệ nữ trong cấp ủy thành phố khóa mới giảm nhẹ, chưa đạt chỉ tiêu phấn đấu 20% mà Thành ủy đặt ra "
            "trong Đề án nhân sự.")
    assert found(body, "indicator", "value", "kind") == [("women_party_committee_share", 20, "target")]
    body = ("Tỷ lệ nữ đại biểu HĐND tỉnh tăng 7,37% so với nhiệm kỳ trước và vượt chỉ tiêu 30% mà Nghị quyết Đại hội Đảng bộ "
            "tỉnh đã đề ra.")
    assert found(body, "indicator", "value", "kind") == [("women_deputy_share", 30, "target")]
    body = "Tỷ lệ nữ tham gia cấp ủy cấp xã lần này vượt chỉ tiêu Nghị quyết của Tỉnh ủy đề ra (20%)."
    assert found(body, "indicator", "value", "kind") == [("women_party_committee_share", 20, "target")]
    # (still: by how much a plan was exceeded is a change)
    assert found("Tổng thu BHXH, BHYT, BHTN vượt chỉ tiêu 12,3% so với năm trước.", "value") == []


def test_the_level_of_the_earlier_time_in_brackets_after_a_change():
    body = ("Nhiệm kỳ 2020-2025, tỷ lệ nữ trong Ban Chấp hành Đảng bộ tỉnh đạt 15,09%, tăng 3,8 điểm phần trăm (nhiệm kỳ trước "
            "là 11,29%).")
    assert found(body, "value", "period") == [(15.09, "2020/2025"), (11.29, "2015/2020")]
    body = ("Đến ngày 30/6/2023, tỷ lệ bao phủ BHYT đạt 92,6%, thấp hơn 0,3 điểm phần trăm so với cùng kỳ (cùng kỳ năm 2022 là "
            "92,9%).")
    assert found(body, "value", "period") == [(92.6, "2023-06-30"), (92.9, "2022")]


def test_the_count_and_share_of_the_term_compared_with_in_brackets():
    body = ("Tỷ lệ đại biểu nữ trong Quốc hội khóa XVI là cao nhất từ trước tới nay, tăng 2,34 điểm phần trăm so với khóa XV "
            "(151 đại biểu, 30,26%).")
    assert found(body, "indicator", "value", "period") == [("women_deputy_count", 151, "2021/2026"),
                                                           ("women_deputy_share", 30.26, "2021/2026")]


def test_a_conversation_with_the_press_is_no_gift():
    body = ("Trao đổi với báo chí, Chủ nhiệm Ủy ban cho biết: đến hết năm 2023, cả nước mới có 18,26 triệu người tham gia BHXH, "
            "đạt 39,25% lực lượng lao động trong độ tuổi.")
    assert found(body, "indicator", "value") == [("si_participants", 18260000), ("si_coverage_rate", 39.25)]
    # (still: a gift of cards is no count of the insured)
    assert found("Dịp này, Hội đã trao tặng 2.500 thẻ BHYT cho người nghèo.", "value") == []


def test_levels_of_the_terms_compared_with_in_a_sentence_on_the_result_before():
    body = ("Hội đồng Bầu cử quốc gia công bố kết quả bầu cử đại biểu Quốc hội khóa XV. Trong tổng số 499 người trúng cử, "
            "có 151 đại biểu là phụ nữ, chiếm 30,26%.\n\n"
            "Kết quả này cao hơn đáng kể so với khóa XIV (26,72%) và khóa XIII (24,4%).")
    assert found(body, "indicator", "value", published=datetime(2021, 6, 11))[-2:] == [("women_deputy_share", 26.72),
                                                                                        ("women_deputy_share", 24.4)]


def test_a_households_size_and_a_loan_are_no_indicator_figures():
    assert found("Cả gia đình 5 người đều có thẻ BHYT hộ gia đình.", "value") == []
    assert found("Chị còn gánh khoản nợ 120 triệu đồng vay làm nhà.", "value") == []
    # (still: the household group of the insured)
    assert found("Nhóm hộ gia đình có 14.236 người tham gia BHYT.", "indicator", "value") == [("hi_participants", 14236)]


def test_a_share_after_tuc_is_the_share_of_the_count_before():
    body = "Tính cả cấp phó thì có 27 trên 142 lãnh đạo cấp sở là nữ, tức 19%."
    assert found(body, "indicator", "value") == [("women_leader_count", 27), ("women_leader_share", 19)]


def test_a_criterion_met_by_counted_units_named_in_pairs_or_delegations_is_no_count():
    assert found("Ở cấp tỉnh, 14/16 sở, ngành có ít nhất 1 nữ lãnh đạo.", "value") == []
    body = ("Kết quả bầu cử đại biểu Quốc hội khóa XVI: Lai Châu có 3/6 đại biểu là nữ, trong khi vẫn có 2 đoàn đại biểu chỉ "
            "có 1 đại biểu nữ.")
    assert (1,) not in found(body, "value")
    # (still: the women among the units' heads: "trong 21 sở, ngành chỉ có 3 nữ giám đốc sở")
    assert found("Trong 21 sở, ngành của tỉnh chỉ có 3 nữ giám đốc sở.", "indicator", "value") == [("women_leader_count", 3)]


def test_a_table_rows_rate_with_its_base_in_the_unit():
    body = ("Kết quả thực hiện các chỉ tiêu giai đoạn 2021-2023 như sau:\n\n"
            "Chỉ tiêu | Năm 2021 | Năm 2022 | Năm 2023\n"
            "Tỷ lệ bao phủ BHYT (% dân số) | 92,04 | 93,35 | 94,1\n"
            "Tỷ lệ tham gia BHTN (% lực lượng lao động trong độ tuổi) | 31,0 | 32,1 | 33,4\n")
    assert found(body, "indicator", "value", "period") == [
        ("hi_coverage_rate", 92.04, "2021"), ("hi_coverage_rate", 93.35, "2022"), ("hi_coverage_rate", 94.1, "2023"),
        ("ui_coverage_rate", 31, "2021"), ("ui_coverage_rate", 32.1, "2022"), ("ui_coverage_rate", 33.4, "2023")]


def test_a_riêng_clause_of_another_year_after_a_level():
    body = ("Năm qua, BHXH tỉnh hoàn thành tốt nhiệm vụ. Tổng thu BHXH, BHYT, BHTN năm 2024 đạt 25.000 tỷ đồng; riêng năm "
            "2025 đạt 27.850 tỷ đồng.")
    assert found(body, "indicator", "value", "period") == [("insurance_revenue", 25e12, "2024"),
                                                           ("insurance_revenue", 27.85e12, "2025")]


def test_bare_participants_of_the_one_scheme_the_sentence_before_names():
    body = ("Năm 2023, số người tham gia BHXH tự nguyện của các tỉnh Bắc Trung Bộ tăng mạnh.\n\n"
            "Thanh Hóa tiếp tục là địa phương dẫn đầu với 87.216 người tham gia, tiếp theo là Nghệ An (79.540 người).")
    assert found(body, "indicator", "value", "province") == [("si_voluntary_participants", 87216, "Thanh Hóa"),
                                                             ("si_voluntary_participants", 79540, "Nghệ An")]
    # (still: one household's members are no population)
    assert found("Như vậy, hộ gia đình chị có 3 người tham gia theo hộ gia đình.", "value") == []


def test_the_countrys_average_compared_with_after_a_gap():
    body = "Tỷ lệ bao phủ BHYT của tỉnh đạt 88,2%, thấp hơn 1,8 điểm phần trăm so với tỷ lệ chung của cả nước (90%)."
    assert found(body, "indicator", "value", "province") == [("hi_coverage_rate", 88.2, "Nghệ An"),
                                                             ("hi_coverage_rate", 90, "Việt Nam")]
    body = "Tỷ lệ tham gia BHXH của tỉnh đạt 25,1%, thấp hơn đáng kể so với mức bình quân cả nước là 39,25%."
    assert found(body, "value", "province")[-1] == (39.25, "Việt Nam")


def test_places_ranked_after_the_first_by_the_count_the_sentence_before_stated():
    body = ("Năm 2023, TP Hồ Chí Minh dẫn đầu cả nước với 2.486.330 người tham gia BHXH bắt buộc. Bình Dương đứng thứ hai với "
            "1.195.624 người, Hà Nội đứng thứ ba với 1,18 triệu người.")
    assert found(body, "indicator", "value", "province")[1:] == [
        ("si_compulsory_participants", 1195624, "Bình Dương"), ("si_compulsory_participants", 1180000, "Hà Nội")]


def test_a_rates_base_after_so_voi_in_its_subject_is_no_comparison():
    body = ("Tính đến ngày 30/9/2023, tỷ lệ người tham gia BHXH so với lực lượng lao động trong độ tuổi của 14 tỉnh vùng trung "
            "du và miền núi phía Bắc đạt 24,1%.")
    assert found(body, "indicator", "value") == [("si_coverage_rate", 24.1)]


def test_places_ranked_by_the_rate_the_sentences_before_stated():
    body = ("Tính đến ngày 30/9/2023, tỷ lệ người tham gia BHXH so với lực lượng lao động trong độ tuổi của cả vùng đạt 24,1%. "
            "Đây là vùng có tỷ lệ bao phủ thấp thứ hai cả nước.\n\n"
            "Trong vùng, Bắc Giang dẫn đầu với 47,5%, tiếp theo là Thái Nguyên (40,2%) và Phú Thọ (33,6%).")
    assert found(body, "indicator", "value", "province")[1:] == [
        ("si_coverage_rate", 47.5, "Bắc Giang"), ("si_coverage_rate", 40.2, "Thái Nguyên"), ("si_coverage_rate", 33.6, "Phú Thọ")]


def test_the_share_of_women_candidates_elected_is_no_share_of_deputies():
    body = ("Khóa này, tỷ lệ nữ trúng cử đại biểu Quốc hội trên số nữ ứng cử đã tăng lên 40,6%. Tỷ lệ nữ trúng cử so với số "
            "nữ ứng cử cấp tỉnh đạt 53,1%.")
    assert found(body, "value") == []


def test_qualifications_training_ranges_and_the_agency_paying_for_cards_are_no_indicator_figures():
    body = "Về giáo dục, tỷ lệ nữ thạc sĩ trong đội ngũ cán bộ, công chức, viên chức đạt 48%, nữ tiến sĩ đạt 26%."
    assert found(body, "value") == []
    assert found("Năm 2024, tỉnh đã đào tạo nghề cho 6.120 lao động nữ.", "value") == []
    body = "Chi phí các ca bệnh hiếm được quỹ BHYT thanh toán từ 500 triệu đến hơn 1 tỷ đồng mỗi ca."
    assert found(body, "value") == []
    body = "Số người tham gia BHYT đạt 1.200.000 người, trong đó:\n- Nhóm do tổ chức BHXH đóng: 121.430 người;"
    assert ("si_participants", 121430) not in found(body, "indicator", "value")


def test_the_words_of_a_wholes_parts_in_brackets_are_not_the_wholes():
    body = "Về BHXH, tổng số người tham gia là 2.558 người (bắt buộc 1.946 người, tự nguyện 612 người)."
    assert found(body, "indicator", "value") == [("si_participants", 2558), ("si_compulsory_participants", 1946),
                                                 ("si_voluntary_participants", 612)]


def test_labelled_items_under_a_breakdown_header_take_the_measures_of_the_sentence_above():
    body = ("Theo số liệu đến hết ngày 30/6/2025, toàn xã có 13.187 người tham gia BHYT, đạt 93,4% dân số. Cụ thể tại các địa "
            "bàn cũ:\n\n- Thị trấn Bút Sơn: 5.102 người, đạt 95,6%;\n- Xã Hoằng Đức: 4.215 người, đạt 94,2%.")
    assert found(body, "indicator", "value")[2:] == [("hi_participants", 5102), ("hi_coverage_rate", 95.6),
                                                     ("hi_participants", 4215), ("hi_coverage_rate", 94.2)]


def test_the_first_term_of_a_party_committee_formed_by_the_reorganisation():
    body = ("Nhiệm kỳ 2020 - 2025, Đảng bộ các phường cũ có 8 nữ cấp ủy viên. Đại hội đã bầu Ban Chấp hành Đảng bộ phường khóa I "
            "gồm 39 đồng chí; cấp ủy viên nữ 10/39 đồng chí (25,64%).")
    assert found(body, "value", "period") == [(8, "2020/2025"), (10, "2025/2030"), (25.64, "2025/2030")]
    # (still: before the reorganisation "khóa I" is no term this rule knows)
    assert found(body, "period", published=datetime(2024, 5, 1))[1:] == [("2020/2025",), ("2020/2025",)]


def test_places_ranked_by_the_count_the_sentence_before_stated():
    body = ("Tính đến ngày 31/10/2019, toàn tỉnh có 10.482 người tham gia BHXH tự nguyện, đạt 87,4% kế hoạch năm. Huyện Cao "
            "Lãnh dẫn đầu với 1.356 người; thành phố Sa Đéc có 728 người.")
    assert found(body, "indicator", "value")[2:] == [("si_voluntary_participants", 1356), ("si_voluntary_participants", 728)]


def test_a_bare_dat_ty_le_is_the_rate_the_sentence_before_stated():
    body = ("Tính đến ngày 30/11/2025, toàn tỉnh có 3.368.900 người tham gia BHYT, đạt tỷ lệ bao phủ 87,3% dân số. Trước khi "
            "hợp nhất, năm 2024 tỉnh Lâm Đồng (cũ) đạt tỷ lệ 90,1%, tỉnh Đắk Nông đạt 87,6%.")
    assert found(body, "indicator", "value", "province", published=datetime(2025, 12, 16))[2:] == [
        ("hi_coverage_rate", 90.1, "Lâm Đồng"),
                                                                 ("hi_coverage_rate", 87.6, "Đắk Nông")]
    # (still: a share of counted schools is no coverage)
    body = ("Toàn huyện có 28.914 học sinh tham gia BHYT, đạt tỷ lệ 99,6%. Trong đó, 42/45 trường học trên địa bàn đạt tỷ lệ "
            "100%.")
    assert (100,) not in found(body, "value")


def test_guards_from_the_sessions_code_review():
    # a gap after a target named with its setter is no target ("vượt chỉ tiêu 3,2% do BHXH Việt Nam giao")
    body = "Tổng thu BHXH, BHYT, BHTN năm 2024 đạt 2.350 tỷ đồng, vượt chỉ tiêu 3,2% do BHXH Việt Nam giao."
    assert found(body, "value") == [(2.35e12,)]
    # another group's target after its rate, named past the women's rate
    body = ("Tỷ lệ nữ đại biểu HĐND tỉnh đạt 32,7%; tỷ lệ đại biểu là người dân tộc thiểu số đạt 38,5%, vượt chỉ tiêu 30% mà "
            "Nghị quyết Đại hội đã đề ra.")
    assert found(body, "value") == [(32.7,)]
    body = ("Tỷ lệ nữ đại biểu HĐND tỉnh đạt 32,7%, tỷ lệ đại biểu trẻ dưới 40 tuổi đạt 21,3%, chưa đạt chỉ tiêu phấn đấu 25% mà "
            "Tỉnh ủy đặt ra.")
    assert found(body, "value") == [(32.7,)]
    # a bare "đạt tỷ lệ" of an office's work is no coverage
    body = ("Toàn tỉnh có 3.368.900 người tham gia BHYT, đạt tỷ lệ bao phủ 87,3% dân số. Công tác giải quyết hồ sơ, thủ tục "
            "hành chính đúng hạn đạt tỷ lệ 99,8%.")
    assert found(body, "value") == [(3368900,), (87.3,)]
    # a conference's attendees after a sentence on a scheme's policy are no participants
    body = ("BHXH tỉnh phối hợp với Hội Nông dân tổ chức hội nghị tuyên truyền chính sách BHXH tự nguyện tại xã Chiềng Mung. "
            "Hội nghị có 250 người tham gia.")
    assert found(body, "value") == []
    # a rate's base after "so với" leaves its year the figure's
    body = "Tỷ lệ người tham gia BHXH so với lực lượng lao động trong độ tuổi năm 2024 của tỉnh đạt 35,2%."
    assert found(body, "period") == [("2024",)]
    # the units a count is among, after "tổng số"
    assert found("Trong tổng số 21 sở, ngành của tỉnh chỉ có 3 nữ giám đốc sở.", "value") == [(3,)]
    # a ranking with a subject of its own
    body = ("Toàn tỉnh có 45.200 người tham gia BHXH tự nguyện. Về số người lao động ở độ tuổi trên 60, huyện Mai Sơn dẫn đầu "
            "với 1.250 người.")
    assert found(body, "value") == [(45200,)]
    # a change's levels are no range
    body = "Số người tham gia BHXH tự nguyện của tỉnh đã tăng từ 12.000 người đến hơn 25.000 người vào cuối năm 2024."
    assert found(body, "value") == [(12000,), (25000,)]
    # items under a breakdown header that are no places
    body = ("Quốc hội khóa XV có 151 đại biểu nữ, chiếm 30,26%. Cụ thể:\n- Dân tộc thiểu số: 89 người (17,84%);\n"
            "- Ngoài Đảng: 14 người (2,81%).")
    assert found(body, "value") == [(151,), (30.26,)]
    # the Central Committee's first term is no term of the 2025 reorganisation; "Quảng Nam" is no sex
    body = "Ban Chấp hành Trung ương Đảng khóa I có 1 đồng chí nữ."
    assert found(body, "period") != [("2025/2030",)]
    body = "Số lao động nữ của Quảng Nam và Đà Nẵng lần lượt là 210.300 người và 330.100 người."
    assert found(body, "value") == [(210300,), (330100,)]


def test_a_deputy_prime_minister_is_a_leader():
    body = "Cả nước có 1 nữ Phó Thủ tướng và 4 nữ Bộ trưởng, Thủ trưởng cơ quan ngang bộ."
    assert found(body, "indicator", "value") == [("women_leader_count", 1), ("women_leader_count", 4)]


def test_women_workers_and_support_who_are_no_staff_count_or_participants():
    body = "Đại hội đã bầu Ban Chấp hành Đảng bộ huyện gồm 41 đồng chí, có 7/41 (17,07%) ủy viên là nữ."
    assert found(body, "indicator", "value") == [("women_party_committee_count", 7), ("women_party_committee_share", 17.07)]
    # (no participants: since 2.5.0 those the fund supported are its benefit's recipients)
    body = "BHXH tỉnh đã hỗ trợ từ Quỹ bảo hiểm thất nghiệp cho 26.815 người lao động đang tham gia BHTN."
    assert found(body, "indicator") == [("benefit_recipients",)]
    body = "Hiện có 132 lao động nữ của công ty đã nghỉ sinh nhưng chưa được giải quyết chế độ thai sản."
    assert found(body, "value") == []
    body = ("Công ty có 3.000 công nhân. Chị Phạm Thị Thu, Chủ tịch Công đoàn công ty, cho biết: doanh nghiệp có hơn 2.000 "
            "chị em.")
    assert ("women_leader_count",) not in found(body, "indicator")


def test_a_gap_to_the_men_and_shares_among_the_insured_are_no_workforce_shares():
    assert found("Thu nhập bình quân tháng của lao động nữ làm công hưởng lương thấp hơn nam khoảng 11,6%.", "value") == []
    body = ("Trong số người tham gia BHXH tự nguyện, lao động nữ chiếm 57%, nông dân và lao động tự do ở khu vực nông thôn "
            "chiếm khoảng 45%.")
    assert found(body, "value") == []
    # (still: a share among the elected is the deputies')
    body = "Kết quả bầu cử đại biểu HĐND tỉnh khóa XVII: trong số người được bầu, nữ chiếm 30%."
    assert found(body, "indicator", "value") == [("women_deputy_share", 30)]
