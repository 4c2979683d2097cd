"""Rules added in extractor 1.9.0, each on a small inline text written for the test.

They came from session 11's blind reviews: new articles annotated by hand from the catalogue's rules
before the extractor was run on them; these sentences are new ones of the same kinds. Guard tests
("… still …", "… not …") say what a rule must leave alone."""

from datetime import datetime

from tests.unit.rule_texts import finder

PUB = datetime(2025, 8, 15, 9, 0)

found = finder("Tin tức tỉnh Sơn La", PUB)


def test_a_share_of_workers_who_are_women_is_womens_share():
    assert found("Tại các khu chế xuất Tân Thuận, Linh Trung, khoảng 75% lao động là nữ.",
                 "indicator", "value", "approx") == [("women_staff_share", 75, True)]
    # (still: a share of the women workers, with its "số", is no share of women)
    assert found("Nữ công nhân ngành may chiếm 52% tổng số lao động là nữ của tỉnh.", "indicator") == []


def test_a_fractions_denominator_is_no_count():
    assert found("Hai phần ba cán bộ, viên chức của Sở là nữ.", "indicator") == []
    assert found("Hơn một phần ba đại biểu HĐND tỉnh khóa mới là nữ.", "indicator") == []
    # (still: a count said in words)
    assert found("Ban Thường vụ Tỉnh ủy có ba đồng chí nữ.", "indicator", "value") == [("women_party_committee_count", 3)]


def test_money_paid_back_is_no_arrears():
    assert found("Công ty từng nợ BHXH kéo dài, sau khi được đôn đốc đã trả được 12 tỷ đồng, hiện còn nợ 26 tỷ đồng.",
                 "indicator", "value") == [("contribution_arrears", 26e9)]
    # (still: benefits paid, "chi trả")
    assert found("Trong năm, BHXH tỉnh đã chi trả 1.200 tỷ đồng lương hưu, trợ cấp BHXH.",
                 "indicator") == [("benefit_expenditure",)]


def test_a_workforce_said_to_be_mostly_women_is_no_count_of_women():
    assert found("Nhà máy có 1.600 công nhân - phần lớn là nữ - làm việc theo ba ca.", "indicator") == []
    # (still: the women counted, with a word on who they are after them)
    assert found("Xã có 23 cán bộ, công chức thì 9 người là nữ, phần lớn là chị em người Thái.",
                 "indicator", "value") == [("women_staff_count", 9)]


def test_a_budget_assigned_to_an_office_is_a_target():
    assert found("Năm 2025, BHXH Việt Nam giao BHXH tỉnh Sơn La dự toán thu 5.010 tỷ đồng.",
                 "indicator", "kind") == [("insurance_revenue", "target")]


def test_insured_women_are_no_workforce():
    assert found("Số lao động nữ tham gia BHXH bắt buộc là 41.300 người.", "indicator") == []
    assert found("Có 3.120 nữ cán bộ, công chức được cấp thẻ BHYT.", "indicator") == []
    assert found("Số người tham gia BHXH bắt buộc là 101.300 người, trong đó lao động nữ 52.400 người.",
                 "indicator", "value") == [("si_compulsory_participants", 101300)]
    # (still: women counted in a workforce)
    assert found("Toàn tỉnh có 4.812 cán bộ, viên chức; trong đó nữ 3.271 người.",
                 "indicator", "value") == [("women_staff_count", 3271)]


def test_the_countrys_figure_in_an_aside_is_the_countrys():
    title = "BHXH tỉnh Thanh Hóa tổng kết năm 2024"
    assert found("Tỷ lệ bao phủ BHYT đạt 92,03% dân số (bình quân cả nước là 94,29%).", "value", "province",
                 title=title) == [(92.03, "Thanh Hóa"), (94.29, "Việt Nam")]
    # its measure is the one the clause before it names
    assert found("Tỉnh có tỷ lệ bao phủ BHTN cao nhất cả nước (cả nước khoảng 32%).", "indicator", "province",
                 title=title) == [("ui_coverage_rate", "Việt Nam")]
    # (still: a comparison in an aside states no country's figure)
    assert found("Tỷ lệ nữ đại biểu HĐND tỉnh đạt 32% (cao hơn cả nước 2 điểm).", "province",
                 title=title) == [("Thanh Hóa",)]


def test_hien_before_an_approximate_or_remaining_level_is_now_in_its_own_sentence():
    pub = datetime(2025, 2, 20, 8, 0)
    assert found("Năm 2024, toàn tỉnh có 5.200 lao động nữ làm việc tại khu công nghiệp. Tỷ lệ nợ BHXH toàn tỉnh hiện "
                 "khoảng 2,8%.", "value", "period", published=pub) == [(5200, "2024"), (2.8, "2025-02-20")]
    assert found("Riêng năm 2022, cả nước có hơn 900.000 người hưởng BHXH một lần, trong khi số người hưởng lương hưu "
                 "hằng tháng hiện chỉ khoảng 3,3 triệu người.", "value", "period",
                 published=pub) == [(900000, "2022"), (3.3e6, "2025-02-20")]
    # (and not carried to the next sentence: a year-end report's flows are the year's)
    assert found("Năm 2024, BHXH tỉnh thu 5.000 tỷ đồng; số nợ hiện còn 120 tỷ đồng. Trong năm, BHXH tỉnh đã giải quyết "
                 "cho 3.200 người hưởng trợ cấp thất nghiệp.", "value", "period",
                 published=pub) == [(5e12, "2024"), (120e9, "2025-02-20"), (3200, "2024")]


def test_the_level_of_the_time_a_change_is_measured_from_is_that_times():
    assert found("Tỷ lệ nữ lãnh đạo, quản lý đã tăng 3,1 điểm phần trăm so với năm 2021 (24,7%).",
                 "indicator", "value", "period") == [("women_leader_share", 24.7, "2021")]
    assert found("Tỷ lệ nữ đại biểu Quốc hội khóa XV đạt 30,26%, tăng 3,54 điểm phần trăm so với Quốc hội khóa XIV "
                 "(26,72%).", "value", "period") == [(30.26, "2021/2026"), (26.72, "2016/2021")]


def test_a_speakers_proposal_and_example_are_no_figures():
    assert found("Tôi đề nghị nâng tỷ lệ nữ ứng cử đại biểu Quốc hội lên 40%.", "indicator") == []
    assert found("Ông lấy ví dụ: \"Nếu một đơn vị bầu cử có 5 người ứng cử lấy 3, mà 2 chị em đều ở cuối danh sách thì "
                 "tỷ lệ 40% hay 50% cũng chỉ là con số trên giấy\".", "indicator") == []
    # (still: a body asked to strive for a level sets a target)
    assert found("BHXH tỉnh đề nghị các xã phấn đấu nâng tỷ lệ bao phủ BHYT lên 95%.", "indicator", "kind") == [
        ("hi_coverage_rate", "target")]


def test_a_change_before_a_semicolon_does_not_make_the_next_rate_a_change():
    assert found("Tổng số thu BHXH năm 2024 đạt 497.375 tỷ đồng, vượt 0,87% so với dự toán; tỷ lệ nợ chỉ còn 2,6% số "
                 "phải thu.", "indicator", "value") == [("insurance_revenue", 497375e9), ("arrears_rate", 2.6)]
    # (still: changes listed one after another)
    assert found("Số thu BHXH tăng 8,5%, số chi tăng 6,2%.", "indicator") == []


def test_an_article_naming_one_province_and_its_bare_bodies_is_that_provinces_however_much_it_quotes_the_country():
    body = ("Ngày 19/3, Ban Tổ chức Tỉnh ủy Thái Bình phối hợp với Hội LHPN tỉnh tổ chức hội thảo về công tác cán bộ nữ.\n\n"
            "Theo báo cáo, Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2020 - 2025 có 8/55 ủy viên là nữ; Ban Thường vụ Tỉnh ủy có "
            "2 đồng chí nữ.\n\n"
            "Các đại biểu cho rằng công tác quy hoạch, đào tạo, bồi dưỡng cán bộ nữ của tỉnh thời gian qua đã được quan tâm, "
            "song việc bố trí, sử dụng còn chưa tương xứng; nhiều địa phương chưa mạnh dạn giới thiệu cán bộ nữ trẻ vào cấp "
            "ủy, chưa tạo môi trường để chị em phát huy năng lực, sở trường trong thực tiễn công tác.\n\n"
            "Dẫn số liệu toàn quốc, Phó Chủ tịch Hội LHPN Việt Nam cho biết Ban Chấp hành Trung ương khóa XIII có 19 ủy viên "
            "nữ. Tỷ lệ nữ cấp ủy cấp tỉnh trên toàn quốc đạt 15,2%; chỉ có 4 ủy viên Trung ương là nữ.")
    assert found(body, "value", "province", title="Nâng cao tỷ lệ nữ tham gia cấp ủy")[:2] == [
        (8, "Thái Bình"), (2, "Thái Bình")]


def test_one_value_for_two_bodies_in_two_clauses_is_two_figures():
    assert found("Quốc hội khóa XVI phấn đấu có khoảng 35% đại biểu là nữ; đối với HĐND các cấp nhiệm kỳ 2026 - 2031, "
                 "phấn đấu tỷ lệ nữ đại biểu từ 35% trở lên.", "value", "kind") == [(35, "target"), (35, "target")]
    # (still: a figure restated in the next sentence is one)
    assert found("Tỷ lệ nữ đại biểu HĐND tỉnh đạt 35%. Tỷ lệ 35% này cao hơn nhiệm kỳ trước.", "value") == [(35,)]


def test_the_bhxh_of_an_offices_name_is_no_scheme():
    body = ("Đến hết tháng 8/2024, toàn tỉnh có 41.215 người tham gia BHXH tự nguyện, đạt 78,4% kế hoạch năm. Chỉ tiêu "
            "BHXH Việt Nam giao cho tỉnh năm 2024 là 52.600 người.")
    assert found(body, "indicator", "kind")[-1] == ("si_voluntary_participants", "target")
    # (still: an office's own participants, their scheme unnamed)
    assert found("Năm 2024, BHXH huyện Mai Sơn đã có 3.108 người tham gia.", "indicator") == [("si_participants",)]


def test_a_party_committees_term_is_not_a_councils_nor_the_other_way_round():
    pub = datetime(2024, 3, 8, 8, 0)
    assert found("BCH Đảng bộ huyện nhiệm kỳ 2020 - 2025 có 9/45 đồng chí nữ; HĐND huyện khóa XII có 10/35 đại biểu là nữ.",
                 "indicator", "period", published=pub) == [("women_party_committee_count", "2020/2025"),
                                                  ("women_deputy_count", "2024")]
    assert found("HĐND tỉnh khóa XII, nhiệm kỳ 2021 - 2026 có 15 đại biểu nữ. Tỷ lệ nữ tham gia cấp ủy cấp tỉnh đạt 15,09%.",
                 "period", published=pub) == [("2021/2026",), ("2024",)]
    # (still: a term of another cycle, and the Central Committee's, are their bodies')
    assert found("Ở các chi bộ cơ sở, nhiệm kỳ 2022 - 2025 có 38 đồng chí nữ tham gia cấp ủy.", "period",
                 published=pub) == [("2022/2025",)]


def test_a_place_compared_with_is_not_the_place_of_the_sentences_after_it():
    body = ("Tỷ lệ bao phủ BHYT của thành phố đạt 94,6% dân số, cao hơn bình quân chung của Cụm (91,2%) và của cả nước "
            "(93,35%). Số người tham gia BHXH tự nguyện đạt 21.460 người.")
    assert found(body, "value", "province", title="BHXH TP Cần Thơ tổng kết năm 2023")[2:] == [
        (93.35, "Việt Nam"), (21460, "Cần Thơ")]
    body = ("Tỉnh hiện là một trong ba địa phương có số thu lớn nhất cả nước, chỉ sau TP. Hồ Chí Minh và Hà Nội. Tổng số thu "
            "BHXH, BHYT, BHTN đạt 19.860 tỷ đồng.")
    assert found(body, "province", title="Bình Dương thu BHXH đạt kết quả cao") == [("Bình Dương",)]


def test_a_clusters_own_total_is_no_provinces():
    body = "Toàn Cụm thu 27.415 tỷ đồng, đạt 101,1% kế hoạch. Thành phố thu 4.128,6 tỷ đồng."
    assert found(body, "value", "province", title="BHXH TP Cần Thơ tổng kết năm 2023") == [
        (27415e9, None), (101.1, None), (4128.6e9, "Cần Thơ")]


def test_the_seats_to_fill_do_not_name_the_whole_the_women_are_part_of():
    assert found("Ứng cử ĐBQH khóa XV tại tỉnh có 11 người để bầu 7 đại biểu, trong đó 5 người là nữ (45,45%).",
                 "indicator", "value") == [("women_candidate_count", 5), ("women_candidate_share", 45.45)]


def test_a_share_among_women_and_a_ratio_to_men_are_no_womens_share():
    assert found("Tỷ lệ lao động nữ qua đào tạo đạt 54,3%.", "indicator") == []
    assert found("Tỷ lệ lao động nữ nông thôn dưới 45 tuổi được tư vấn nghề, việc làm đạt 63%.", "indicator") == []
    assert found("Thu nhập bình quân của lao động nữ bằng 86% so với lao động nam.", "indicator") == []
    # (still: women's share of a workforce)
    assert found("Tỷ lệ lao động nữ trong tổng số lao động của Sở đạt 62%.", "indicator") == [("women_staff_share",)]


def test_units_after_thousands_belong_to_the_number():
    assert found("Huyện có 4 ngàn 820 người tham gia BHXH bắt buộc.", "value") == [(4820,)]
    # (still: two figures)
    assert found("Huyện có 4 nghìn người tham gia BHXH, 820 người tham gia BHTN.", "value") == [(4000,), (820,)]


def test_exceeding_the_target_set_by_a_figure_is_a_gap():
    assert found("Tỷ lệ nữ cấp ủy cấp cơ sở 21,8%, vượt chỉ tiêu đề ra 1,8%.", "value") == [(21.8,)]
    assert found("Số thu BHXH tăng 5%, tương ứng 120 tỷ đồng.", "value") == []


def test_a_city_or_province_party_committee_with_its_number_is_a_party_committee():
    assert found("Thành ủy Đà Nẵng khóa XXII có 7 ủy viên nữ, chiếm 14%.", "indicator") == [
        ("women_party_committee_count",), ("women_party_committee_share",)]
    # (not its inspection commission)
    assert found("Ủy ban Kiểm tra Tỉnh ủy khóa XX gồm 13 đồng chí, có 3 đồng chí nữ.", "indicator") == []


def test_tuong_ung_before_a_list_pairs_places_and_figures():
    assert found("Phú Yên và Khánh Hòa có tỷ lệ nữ đại biểu HĐND tỉnh tương ứng 15,6% và 17,3%.",
                 "value", "province") == [(15.6, "Phú Yên"), (17.3, "Khánh Hòa")]


def test_an_elections_date_and_another_provinces_year_do_not_date_the_paragraphs_after_them():
    pub = datetime(2023, 10, 19, 8, 0)
    body = ("Tại cuộc bầu cử ngày 23/5/2021, tỉnh có 27 người ứng cử là nữ.\n\n"
            "Trong khối cơ quan nhà nước, toàn tỉnh có hơn 52.000 nữ cán bộ, công chức, viên chức, chiếm khoảng 64% tổng số.")
    assert found(body, "value", "period", published=pub) == [(27, "2021"), (52000, "2023"), (64, "2023")]
    body = ("Năm 2025, BHXH thành phố thu được 21.400 tỷ đồng.\n\nNăm 2024, tỉnh Hải Dương có 347.500 người tham gia BHXH bắt "
            "buộc.\n\nSố tiền chậm đóng BHXH là 1.021 tỷ đồng, chiếm 3,72% số phải thu.")
    assert found(body, "value", "period", title="Hải Phòng tổng kết công tác BHXH năm 2025",
                 published=datetime(2026, 1, 9, 8, 0))[-2:] == [(1021e9, "2025"), (3.72, "2025")]


def test_a_lists_women_items_take_their_population_from_the_header_or_the_sentence_above():
    body = "Cơ cấu Ban Chấp hành Đảng bộ tỉnh khóa XIX:\n- Tổng số: 53 đồng chí;\n- Nữ: 8 đồng chí (15,09%);\n- Trẻ tuổi: 5 đồng chí."
    assert found(body, "indicator", "value") == [("women_party_committee_count", 8), ("women_party_committee_share", 15.09)]
    body = ("Toàn ngành có 4.812 công chức, viên chức, người lao động. Trong đó:\n+ Nữ: 3.127 người (65%);\n"
            "+ Đảng viên: 2.100 người.")
    assert found(body, "indicator", "value") == [("women_staff_count", 3127), ("women_staff_share", 65)]
    body = "2. Về đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026:\n- Cấp tỉnh: nữ chiếm 29,0%;\n- Cấp huyện: 29,08%."
    assert found(body, "indicator", "value") == [("women_deputy_share", 29), ("women_deputy_share", 29.08)]


def test_a_labelled_women_part_after_a_semicolon_is_the_wholes():
    assert found("- Tổng số người ứng cử: 866 người; nữ: 393 người (45,38%).", "indicator", "value") == [
        ("women_candidate_count", 393), ("women_candidate_share", 45.38)]


def test_a_schemes_words_around_its_abbreviation_are_one_phrase():
    assert found("Toàn xã có 1.205 người tham gia bảo hiểm xã hội (BHXH) tự nguyện.", "indicator") == [
        ("si_voluntary_participants",)]


def test_a_share_of_the_women_who_did_something_is_no_share_of_women():
    assert found("Năm 2024, 100% nữ CCVC được tuyên truyền, phổ biến pháp luật về bình đẳng giới.", "indicator") == []
    assert found("Có hơn 60% công nhân nữ đang ở trọ.", "indicator") == []
    # (but a body that is to have a share of women leaders)
    assert found("Tỉnh phấn đấu đến năm 2030 có ít nhất 30% nữ cán bộ lãnh đạo, quản lý các cấp.",
                 "indicator", "kind") == [("women_leader_share", "target")]


def test_footnote_marks_and_reference_numbers_are_no_figures():
    assert found("Số người tham gia BHTN đạt 14,1 triệu người năm 2024[1], chiếm khoảng 30,5% lực lượng lao động trong độ "
                 "tuổi.", "indicator", "value") == [("ui_participants", 14.1e6), ("ui_coverage_rate", 30.5)]
    assert found("Số liệu nêu trên.\n(1) BHXH Việt Nam (2023), Báo cáo tình hình giải quyết hưởng BHXH một lần.",
                 "indicator") == []


def test_a_threshold_is_no_level():
    assert found("Tỷ lệ nợ BHXH của tỉnh vẫn cao hơn ngưỡng 3% được coi là an toàn.", "indicator") == []


def test_the_lead_sets_the_topic_of_a_list_as_the_title_does():
    body = ("Kết quả bầu cử đại biểu HĐND cấp xã nhiệm kỳ 2026 - 2031 đã được công bố. Toàn tỉnh bầu được 3.120 đại biểu.\n\n"
            "Kết quả cụ thể tại một số xã, phường như sau:\n- Xã Mường Xén: 20 đại biểu, nữ 6, dân tộc thiểu số 17;\n"
            "- Phường Vinh Hưng: 30 đại biểu, nữ 11.")
    assert found(body, "indicator", "value", published=datetime(2026, 3, 20, 8, 0)) == [
        ("women_deputy_count", 6), ("women_deputy_count", 11)]


def test_a_figure_places_share_is_each_places():
    assert found("Các tỉnh An Giang, Đồng Tháp và Vĩnh Long cùng đạt 92,4% kế hoạch thu BHXH.", "value", "province") == [
        (92.4, "Vĩnh Long"), (92.4, "An Giang"), (92.4, "Đồng Tháp")]
    # (still: one place's figure after a list)
    assert found("Hai tỉnh Lai Châu và Điện Biên đều tăng mạnh, trong đó Điện Biên đạt 92% kế hoạch thu BHXH.",
                 "province") == [("Điện Biên",)]
    assert found("An Giang và Đồng Tháp có tỷ lệ bao phủ BHYT đạt 92%.", "province") == [("Đồng Tháp",)]


def test_a_share_then_the_count_it_stands_for_share_the_counts_noun():
    assert found("Tại BHXH cơ sở Mai Sơn, tỷ lệ nữ lên tới 67% với 58 nữ viên chức.", "indicator", "value") == [
        ("women_staff_share", 67), ("women_staff_count", 58)]


def test_an_assignment_to_a_province_in_the_active_voice_sets_targets():
    body = ("Năm 2026, BHXH Việt Nam giao tỉnh Sơn La phát triển 420.000 người tham gia BHXH; tỷ lệ bao phủ BHYT đạt 95% "
            "dân số.")
    assert found(body, "kind", published=datetime(2026, 1, 20, 8, 0)) == [("target",), ("target",)]


def test_a_part_of_a_reduction_is_a_change_too():
    assert found("126 doanh nghiệp báo cáo giảm 18.600 lao động, trong đó lao động nữ chiếm gần 70%.", "indicator") == []
    assert found("Số cán bộ, công chức cấp xã giảm 1.326 người, trong đó có 412 cán bộ nữ nghỉ hưu trước tuổi.",
                 "indicator") == []
    # (still: a level's part after a rise beside it)
    assert found("Toàn huyện có 14.215 người tham gia BHXH, tăng 1.072 người so với năm trước; trong đó BHXH bắt buộc "
                 "8.930 người.", "value") == [(14215,), (8930,)]


def test_a_bare_assembly_term_before_the_delegation_named_is_the_assemblys():
    assert found("Ở khóa XV, Đoàn ĐBQH tỉnh Khánh Hòa có 7 đại biểu, 3 nữ.", "value", "period",
                 published=datetime(2026, 3, 25, 8, 0)) == [(3, "2021/2026")]


def test_a_bare_rate_after_money_collected_is_the_plans_completion():
    body = "Hà Tĩnh thu 2.950 tỷ đồng, đạt 72,4% kế hoạch; tỷ lệ nợ 1,72%. Quảng Bình thu 1.582 tỷ đồng, đạt 69,1%."
    assert found(body, "indicator", "value") == [("plan_completion_rate", 72.4), ("arrears_rate", 1.72),
                                                 ("plan_completion_rate", 69.1)]


def test_the_level_compared_with_before_the_rate_that_changed_is_that_times():
    assert found("So với cuối năm 2024 (96,4%), tỷ lệ bao phủ BHYT tăng 0,8 điểm phần trăm.", "indicator", "value",
                 "period") == [("hi_coverage_rate", 96.4, "2024")]
    assert found("So với khóa XIV (26,72%), tỷ lệ nữ đại biểu Quốc hội khóa này tăng 3,54 điểm phần trăm.",
                 "indicator", "period") == [("women_deputy_share", "2016/2021")]


def test_guards_from_the_sessions_code_review():
    # the scheme one joins is no office
    assert found("Số người tham gia BHXH tỉnh Sơn La năm 2024 đạt 120.000 người.", "indicator") == [("si_participants",)]
    # women to be elected are a target's share, not women who did something
    assert found("Tỉnh phấn đấu có ít nhất 35% nữ đại biểu được bầu vào HĐND các cấp.", "indicator", "kind") == [
        ("women_deputy_share", "target")]
    # a province named Nam … is no men
    assert found("Tỷ lệ bao phủ BHYT của Thái Bình đạt 93,5% so với Nam Định 92%.", "value")[:1] == [(93.5,)]
    # women's share among the insured is no coverage
    assert found("Trong số người tham gia BHXH tự nguyện có 62% phụ nữ.", "indicator") == []
    # money collected beyond the plan is no completion of it
    assert found("Năm 2024, BHXH tỉnh vượt thu 120 tỷ đồng, bằng 2,4%.", "indicator") == []
    # a list of places that did something else shares no figure
    assert found("Hai tỉnh An Giang và Đồng Tháp đã tổ chức hội nghị, các đại biểu đều thống nhất tỷ lệ thu BHXH đạt "
                 "92,4% kế hoạch.", "province") == [("Đồng Tháp",)]
    # a country's rank in an aside is no country's figure
    assert found("Tỉnh có tỷ lệ bao phủ BHYT cao (xếp thứ 2 cả nước, đạt 98,4%).", "province") == [("Sơn La",)]
    # an industrial cluster is no cluster of provinces
    assert found("Các doanh nghiệp trong cụm công nghiệp Tân Bình có 1.200 lao động nữ.", "province") == [("Sơn La",)]
    # women over 35 are a group of women
    assert found("Tỷ lệ lao động nữ trên 35 tuổi tại các khu công nghiệp của tỉnh năm nay đạt 40%.", "indicator") == []
    # a figure said again in a clause naming no body of its own is one
    assert found("Toàn tỉnh có 45.000 người tham gia BHXH tự nguyện; với 45.000 người, tỉnh đứng thứ hai cả nước.",
                 "value") == [(45000,)]


def test_a_target_of_the_coming_term_is_of_that_term():
    body = ("Nhiệm kỳ 2021 - 2026, tỷ lệ nữ đại biểu HĐND tỉnh đạt 29,4%. Nhiệm kỳ này, Ủy ban bầu cử tỉnh phấn đấu tỷ lệ "
            "nữ trúng cử đại biểu HĐND tỉnh đạt từ 35% trở lên.")
    assert found(body, "period", published=datetime(2026, 2, 10, 8, 0)) == [("2021/2026",), ("2026/2031",)]
    assert found("Tỉnh phấn đấu tỷ lệ nữ cấp ủy nhiệm kỳ tới đạt từ 20% trở lên.", "period",
                 published=datetime(2024, 10, 10, 8, 0)) == [("2025/2030",)]
    # (after the spring's election, the council's coming term is the next one)
    assert found("Tỉnh phấn đấu tỷ lệ nữ đại biểu HĐND nhiệm kỳ tới đạt 35%.", "period",
                 published=datetime(2021, 9, 10, 8, 0)) == [("2026/2031",)]


def test_a_series_goes_on_past_its_len():
    body = ("Số người tham gia BHXH tự nguyện tăng nhanh từ 574.000 người năm 2019 lên 1.127.000 người năm 2020, 1.447.000 "
            "người năm 2021 và 1.457.000 người năm 2022.")
    assert found(body, "value", "period", published=datetime(2023, 6, 10, 8, 0)) == [
        (574000, "2019"), (1127000, "2020"), (1447000, "2021"), (1457000, "2022")]


def test_so_many_years_ago_is_that_year():
    body = "Ba mươi năm trước, khi BHXH tỉnh được thành lập, cơ quan chỉ có vỏn vẹn 46 cán bộ, trong đó 21 nữ."
    assert found(body, "value", "period", published=datetime(2025, 2, 14, 8, 0)) == [(21, "1995")]


def test_equal_figures_of_two_labelled_items_are_two():
    body = ("Kết quả bầu cử đại biểu HĐND cấp xã nhiệm kỳ 2026 - 2031:\n- Phường Tân Ninh: 28 đại biểu, nữ 9 người (32,14%);\n"
            "- Xã Cần Giuộc: 25 đại biểu, nữ 9 người (36%).")
    assert found(body, "value", published=datetime(2026, 3, 20, 8, 0)) == [(9,), (32.14,), (9,), (36,)]
