"""Rules added in extractor 1.7.0, each on a small inline text written for the test.

They came from six more blind reviews (Southern papers' number styles, arrears in depth, benefits and payments,
plans and mid-term reviews, human-interest features, Việt Nam in international reports), as those of 1.6.0 did: new
articles annotated by hand from the catalogue's rules before the extractor was run on them; these sentences are new
ones of the same kinds. Guard tests ("… still …", "… not …") say what a rule must leave alone."""

from datetime import datetime

from tests.unit.rule_texts import finder

PUB = datetime(2025, 3, 6, 9, 0)
BHXH_TITLE = "BHXH tỉnh Thanh Hóa tổng kết năm"


found = finder("Tin tức tỉnh Thanh Hóa", PUB)


def test_survivors_and_veterans_are_people():
    assert found("Năm 2024, toàn tỉnh có 2.156 thân nhân hưởng trợ cấp tuất hằng tháng.", "indicator", "value",
                 title=BHXH_TITLE) == [("benefit_recipients", 2156)]


def test_people_visits_and_cards_come_whole():
    # (a factor in a worked example is no count of people)
    assert found("Ví dụ, lương hưu 8 triệu đồng/tháng, sau điều chỉnh ông nhận 8 triệu đồng x 1,15 = 9,2 triệu đồng/tháng; "
                 "năm 2024 toàn tỉnh có 2,5 người hưởng lương hưu.", "value", title=BHXH_TITLE) == []
    # (still: a scaled count)
    assert found("Năm 2024, toàn tỉnh có 2,5 triệu người hưởng lương hưu.", "value", title=BHXH_TITLE) == [(2.5e6,)]


def test_the_nations_targets_quoted_by_a_local_article_are_national():
    assert found("Nghị quyết 28-NQ/TW đặt mục tiêu đến năm 2025 có khoảng 45% lực lượng lao động trong độ tuổi tham gia "
                 "BHXH, đến năm 2030 khoảng 60%.", "value", "kind", "province", title=BHXH_TITLE) == [
        (45, "target", "Việt Nam"), (60, "target", "Việt Nam")]
    assert found("So với mục tiêu của Nghị quyết số 28-NQ/TW, phấn đấu đến năm 2025 đạt khoảng 45% lực lượng lao động tham "
                 "gia BHXH, tỉnh còn thấp.", "value", "province", title=BHXH_TITLE) == [(45, "Việt Nam")]
    assert found("Chỉ thị 35-CT/TW yêu cầu phấn đấu đạt tỷ lệ cấp ủy viên nữ từ 15% trở lên.", "value", "province") == [
        (15, "Việt Nam")]
    # (not what a province does to carry a resolution out)
    assert found("Năm 2025, thực hiện hiệu quả Nghị quyết số 28-NQ/TW, tỉnh phấn đấu có 45% lực lượng lao động trong độ "
                 "tuổi tham gia BHXH.", "value", "province", title=BHXH_TITLE) == [(45, "Thanh Hóa")]


def test_other_countries_and_the_world_are_not_viet_nam():
    world = "Thông tin quốc tế"
    assert found("Thái Lan triển khai chương trình bao phủ y tế toàn dân từ năm 2002 và hiện bao phủ khoảng 99,5% dân số; "
                 "Nhật Bản, Hàn Quốc đạt gần 100%. Trong khi đó, Indonesia, dù có chương trình lớn nhất thế giới với hơn "
                 "270 triệu người, tỷ lệ bao phủ BHYT khoảng 98%. Còn ở Costa Rica, tỷ lệ lao động độc lập tham gia BHXH "
                 "đạt trên 50%.", "value", title=world) == []
    # (countries together; the world's figure named after it)
    assert found("Theo ILO, ở các nước thu nhập cao, tỷ lệ bao phủ BHYT đạt 85,9%, trong khi ở các nước thu nhập thấp chỉ "
                 "là 9,7%. Tại 20 quốc gia dễ bị tổn thương nhất, chỉ 8,7% dân số có BHYT. Phụ nữ nắm giữ 22,9% số ghế "
                 "bộ trưởng trên toàn thế giới.", "value", title=world) == []
    # (still: Việt Nam beside them, and a rank among the world's)
    assert found("Tỷ lệ nữ giữ chức vụ tổng giám đốc tại Việt Nam đạt 26%, cao hơn mức 19% của toàn cầu. Tỷ lệ lao động "
                 "nữ của Việt Nam đạt 47%, thuộc nhóm cao nhất thế giới. Tỷ lệ bao phủ BHYT của Việt Nam đạt 94%, cao hơn "
                 "nhiều nước trong khu vực.", "value", "province", title=world) == [
        (26, "Việt Nam"), (47, "Việt Nam"), (94, "Việt Nam")]


def test_the_level_of_the_time_compared_with_in_brackets():
    assert found("Đến cuối tháng 3/2025, toàn tỉnh có 206.114 người tham gia BHXH, tăng 3.231 người so với cuối năm 2024 "
                 "(202.883 người). Năm 2024, có 3.905 người hưởng BHXH một lần, giảm gần 40% so với năm 2023 (6.482 người).",
                 "indicator", "value", "period", title=BHXH_TITLE) == [
        ("si_participants", 206114, "2025-03"), ("si_participants", 202883, "2024"),
        ("benefit_recipients", 3905, "2024"), ("benefit_recipients", 6482, "2023")]
    # (still: a change said again in brackets)
    assert found("Năm 2024, số thu đạt 5.120 tỷ đồng, tăng 8% (380 tỷ đồng).", "value", title=BHXH_TITLE) == [(5.12e12,)]


def test_a_time_compared_with_then_described_is_the_time_of_what_follows():
    # ("So với nhiệm kỳ 2020-2025, khi …": that term's levels, in the province of the time)
    assert found("Theo Chỉ thị 35-CT/TW, tỷ lệ cấp ủy viên nữ phấn đấu đạt từ 15% trở lên. So với nhiệm kỳ 2020-2025, khi "
                 "Ban Chấp hành Đảng bộ tỉnh khóa XI có 7/51 đồng chí nữ (13,7%), kết quả lần này cao hơn.",
                 "value", "province", "period", published=datetime(2025, 5, 20)) == [
        (15, "Việt Nam", "2025"), (7, "Thanh Hóa", "2020/2025"), (13.7, "Thanh Hóa", "2020/2025")]
    # ("khi con số này …" points back to its own sentence's level)
    assert found("Năm 2024, số người tham gia BHXH tự nguyện đạt 2,4 triệu người, gấp gần 9 lần so với năm 2018, khi con "
                 "số này mới khoảng 270.000 người.", "indicator", "value", "period", title=BHXH_TITLE) == [
        ("si_voluntary_participants", 2.4e6, "2024"), ("si_voluntary_participants", 270000, "2018")]


def test_a_plan_given_to_the_province_refers_back_and_a_comparison_does_not_carry_the_nation():
    assert found("Toàn tỉnh có 52.318 người tham gia BHXH tự nguyện, đạt 81,7% kế hoạch năm. Chỉ tiêu năm 2024 được giao là "
                 "64.030 người.", "value", "kind", title=BHXH_TITLE) == [(52318, "actual"), (81.7, "actual"), (64030, "target")]
    assert found("Tỷ lệ nữ đại biểu HĐND thành phố đạt 32%, cao hơn mức bình quân chung của HĐND cấp tỉnh cả nước (29%). "
                 "Ban Chấp hành Đảng bộ thành phố khóa XVIII có 13 đồng chí nữ, chiếm 15,3%.", "value", "province",
                 published=datetime(2025, 11, 20)) == [(32, "Thanh Hóa"), (29, "Việt Nam"), (13, "Thanh Hóa"),
                                                       (15.3, "Thanh Hóa")]


def test_one_persons_age_school_year_and_bills_are_no_figures():
    assert found("Chị năm nay 44 tuổi; ở tuổi 42, chị chờ nộp hồ sơ hưởng trợ cấp thất nghiệp. Đứa thứ ba học lớp 10 được "
                 "mua thẻ BHYT học sinh. Năm ngoái, con út nằm viện 7 ngày, tổng chi phí gần 10 triệu đồng, BHYT chi trả "
                 "gần 9 triệu.", "value", title=BHXH_TITLE) == []
    # (still: a count right after an age, and people of an age)
    assert found("Năm 2024, cấp thẻ cho trẻ em dưới 6 tuổi 21.640 thẻ; toàn tỉnh có 12.345 người từ 75 tuổi trở lên hưởng "
                 "trợ cấp hưu trí xã hội.", "value", title=BHXH_TITLE) == [(21640,), (12345,)]


def test_people_who_left_a_scheme_are_not_its_participants():
    assert found("Năm 2024, toàn huyện có gần 1.200 người không tiếp tục tham gia BHYT sau khi hết hạn thẻ.", "value",
                 title=BHXH_TITLE) == []


def test_the_money_paid_for_benefits_just_counted():
    assert found("Năm 2024, toàn tỉnh giải quyết 12.418 lượt người hưởng chế độ dưỡng sức phục hồi sức khỏe (DSPHSK), với "
                 "tổng số tiền 486,3 tỷ đồng. Chế độ ốm đau có 53.208 lượt người hưởng, số tiền 78,4 tỷ đồng.",
                 "indicator", "value", title=BHXH_TITLE) == [
        ("benefit_recipients", 12418), ("benefit_expenditure", 486.3e9),
        ("benefit_recipients", 53208), ("benefit_expenditure", 78.4e9)]


def test_a_plan_of_revenue_opening_its_sentence_is_a_target():
    assert found("Dự toán thu năm 2025 là 591.600 tỷ đồng. Năm 2024, tổng thu đạt 5.120 tỷ đồng, bằng 101% dự toán thu "
                 "năm 2024.", "value", "kind", title=BHXH_TITLE) == [(591.6e12, "target"), (5.12e12, "actual"), (101, "actual")]


def test_seats_in_an_elected_body_are_its_deputies_and_envoys_are_leaders():
    assert found("Hiện phụ nữ chiếm 30,3% số ghế trong Quốc hội. Cả nước có 12 nữ Đại sứ, Trưởng Cơ quan đại diện tại nước "
                 "ngoài.", "indicator", "value", published=datetime(2025, 6, 13)) == [
        ("women_deputy_share", 30.3), ("women_leader_count", 12)]


def test_places_counted_in_words_under_a_threshold_and_lists_of_departments():
    assert found("Năm 2024, hai địa phương có tỷ lệ bao phủ BHYT dưới 90% là huyện Triệu Sơn và huyện Mường Lát.", "value",
                 title=BHXH_TITLE) == []
    assert found("Hiện nữ lãnh đạo cấp sở, ban, ngành chiếm 17,9%.", "indicator", "value",
                 published=datetime(2024, 10, 20)) == [("women_leader_share", 17.9)]


def test_a_part_of_the_arrears_is_no_arrears_rate():
    assert found("Năm 2024, khu vực Bình Phước (cũ) chậm đóng 186,3 tỷ đồng, chiếm 18,2% tổng số chậm đóng toàn tỉnh.",
                 "indicator", title=BHXH_TITLE) == [("contribution_arrears",)]


def test_a_coverage_rate_whose_base_the_sentence_before_named():
    assert found("Năm 2024, toàn tỉnh có 913.482 người tham gia BHXH, đạt 45,7% lực lượng lao động trong độ tuổi. Số người "
                 "tham gia BHTN là 829.540 người, đạt 41,5%. Năm 2025, tỉnh được giao chỉ tiêu số người tham gia BHTN là "
                 "865.000 người, tương ứng 43% lực lượng lao động trong độ tuổi.", "indicator", "value",
                 title=BHXH_TITLE) == [("si_participants", 913482), ("si_coverage_rate", 45.7), ("ui_participants", 829540),
                                       ("ui_coverage_rate", 41.5), ("ui_participants", 865000), ("ui_coverage_rate", 43)]
    # (not a part of the same scheme's participants)
    assert found("Năm 2025, toàn tỉnh có 71.180 người tham gia BHYT, đạt 95% dân số. Trong đó, nhóm tham gia BHYT theo hộ "
                 "gia đình có 14.236 người, chiếm hơn 20%.", "value", title=BHXH_TITLE) == [(71180,), (95,), (14236,)]


def test_a_context_that_excludes_holds_in_its_own_part_of_the_sentence():
    assert found("Năm 2023, lao động nữ chiếm 45,2% tổng số lao động đang làm việc của tỉnh; tỷ lệ lao động nữ được giải "
                 "quyết việc làm mới đạt 46,5%.", "indicator", "value") == [("women_staff_share", 45.2)]


def test_women_sent_to_study_put_forward_or_sent_abroad_are_no_staff_or_committee():
    assert found("Năm 2024, tỉnh đã cử 46 cán bộ nữ đi học cao cấp lý luận chính trị. Hội LHPN tỉnh đã giới thiệu 215 cán bộ "
                 "nữ ưu tú để cấp ủy các cấp xem xét, đưa vào quy hoạch. Năm 2023, tỉnh đưa 1.310 lao động đi làm việc ở "
                 "nước ngoài theo hợp đồng, trong đó có 402 lao động nữ.", "value") == []


def test_a_plan_compared_with_last_years_result_is_still_a_plan():
    assert found("Theo kế hoạch, năm 2025 tỉnh phấn đấu có 33,5% lực lượng lao động trong độ tuổi tham gia BHXH, tăng 1,6 "
                 "điểm phần trăm so với kết quả thực hiện năm 2024; 29,8% lực lượng lao động trong độ tuổi tham gia BHTN và "
                 "tỷ lệ bao phủ BHYT đạt 94,5% dân số.", "value", "kind", "period", title=BHXH_TITLE) == [
        (33.5, "target", "2025"), (29.8, "target", "2025"), (94.5, "target", "2025")]


def test_a_target_not_met_is_no_target_for_what_follows():
    assert found("Ban Chấp hành Đảng bộ tỉnh khóa XIV có 7/49 đồng chí là nữ, chiếm 14,3%, chưa đạt chỉ tiêu; Ban Thường vụ "
                 "Tỉnh ủy có 2 đồng chí nữ. Năm 2023, tỷ lệ nữ cấp ủy cấp xã đạt 16,1%, chưa đạt chỉ tiêu 20%.", "value",
                 "kind", published=datetime(2023, 8, 14)) == [(7, "actual"), (14.3, "actual"), (2, "actual"),
                                                              (16.1, "actual"), (20, "target")]


def test_respectively_pairs_years_and_measures_with_the_figures():
    assert found("Chỉ tiêu tỷ lệ bao phủ BHYT của tỉnh các năm 2022, 2023, 2024 và 2025 lần lượt là 93,2%, 93,8%, 94,3% và "
                 "95% dân số.", "value", "period", title=BHXH_TITLE) == [
        (93.2, "2022"), (93.8, "2023"), (94.3, "2024"), (95, "2025")]
    assert found("Nghị quyết 28-NQ/TW đặt mục tiêu đến năm 2025 có khoảng 35% lực lượng lao động trong độ tuổi tham gia BHTN "
                 "và 45% tham gia BHXH; đến năm 2030, các tỷ lệ này lần lượt là 45% và 60%. Mục tiêu đến năm 2030 của tỉnh, "
                 "tỷ lệ lực lượng lao động trong độ tuổi tham gia BHXH và BHTN lần lượt là 62% và 47%.", "indicator", "value",
                 title=BHXH_TITLE) == [("ui_coverage_rate", 35), ("si_coverage_rate", 45), ("ui_coverage_rate", 45),
                                       ("si_coverage_rate", 60), ("si_coverage_rate", 62), ("ui_coverage_rate", 47)]


def test_money_refused_taken_held_or_overspent_is_no_benefit_paid():
    assert found("Theo bà Trần Thị Thu Hà, Phó Giám đốc BHXH tỉnh, năm 2024 cơ quan BHXH đã từ chối thanh toán 12,7 tỷ "
                 "đồng trong quý I và hơn 48 tỷ đồng trong năm 2024. Năm 2024, tổng chi KCB BHYT là 1.372 tỷ đồng, bội chi "
                 "hơn 120 tỷ đồng. Quỹ dự phòng KCB BHYT hiện còn khoảng 600 tỷ đồng, đủ bảo đảm khả năng chi trả. Năm "
                 "2024, phòng khám được quỹ BHYT thanh toán 9,8 tỷ đồng, trong đó số tiền chiếm đoạt hơn 2,7 tỷ đồng.",
                 "value", title=BHXH_TITLE) == [(1372e9,), (9.8e9,)]
    # (still: spending from the fund's surplus)
    assert found("Năm 2024, quỹ BHTN đã chi hơn 3.080 tỷ đồng từ nguồn kết dư để hỗ trợ người lao động.", "value",
                 title=BHXH_TITLE) == [(3080e9,)]


def test_cards_revoked_and_a_days_visits_are_no_figures():
    assert found("Năm 2024, BHXH tỉnh đã cấp mới 45.600 thẻ BHYT; đồng thời thu hồi, khóa 3.200 thẻ BHYT bị sử dụng sai mục "
                 "đích. Nhiều phòng khám có ngày tiếp nhận trên 300 lượt khám BHYT.", "value", title=BHXH_TITLE) == [
        (45600,)]


def test_scenarios_projections_and_ifs_are_no_figures():
    assert found("Theo kịch bản cơ sở, số người hưởng lương hưu sẽ tăng lên khoảng 4,2 triệu người vào năm 2030. BHXH tỉnh "
                 "dự báo đến hết năm 2024 tổng thu chỉ đạt khoảng 8.340 tỷ đồng, tương đương 92,2% kế hoạch. Nếu duy trì tốc "
                 "độ như 6 tháng đầu năm, đến cuối năm số người tham gia BHXH tự nguyện chỉ đạt khoảng 41.000 người. Năm "
                 "2024, tỉnh cần bổ nhiệm thêm ít nhất 90 nữ cán bộ lãnh đạo.", "value", title=BHXH_TITLE,
                 published=datetime(2024, 9, 5)) == []
    # (still: a forecast of what will be, which the catalogue calls a target; a past year compared; an example)
    assert found("Dự báo đến cuối năm, số người hưởng TCTN sẽ vào khoảng 47.000 người. Nếu như năm 2015, tỷ lệ bao phủ BHYT "
                 "mới đạt 76,2% thì đến nay đã đạt 92%. Chẳng hạn, tính đến 31/7/2024, tỉnh có 61.800 người tham gia BHXH "
                 "tự nguyện.", "value", "kind", title=BHXH_TITLE, published=datetime(2024, 9, 5)) == [
        (47000, "target"), (76.2, "actual"), (92, "actual"), (61800, "actual")]


def test_a_term_followed_by_the_levels_it_is_given_for():
    assert found("Tỷ lệ nữ đại biểu HĐND nhiệm kỳ 2021-2026 cũng tăng ở cả 3 cấp: cấp tỉnh đạt 29%, cấp huyện 29,1%, cấp xã "
                 "28,98%. Tỷ lệ nữ tham gia cấp ủy đảng nhiệm kỳ 2020-2025 cấp tỉnh đạt 13,2%, cấp huyện 17,9%, cấp xã "
                 "22,4%.", "value", "period", published=datetime(2025, 1, 1)) == [
        (29, "2021/2026"), (29.1, "2021/2026"), (28.98, "2021/2026"),
        (13.2, "2020/2025"), (17.9, "2020/2025"), (22.4, "2020/2025")]
    # (still: places counted that met a criterion)
    assert found("Có 61/102 xã hoàn thành 100% chỉ tiêu thu BHXH.", "value", title=BHXH_TITLE) == []


def test_the_items_of_a_list_of_targets_given():
    assert found("Năm 2025, BHXH Việt Nam giao cho BHXH tỉnh các chỉ tiêu chủ yếu:\n- Số người tham gia BHXH: 213.400 người;\n"
                 "- Tỷ lệ bao phủ BHYT đạt 94,5% dân số;\n- Tổng thu: 4.120 tỷ đồng.", "value", "kind", title=BHXH_TITLE,
                 published=datetime(2025, 1, 10)) == [(213400, "target"), (94.5, "target"), (4.12e12, "target")]
    # (not the results of the targets given)
    assert found("Năm 2024, BHXH tỉnh đã hoàn thành toàn diện các chỉ tiêu được giao, cụ thể:\n- Số người tham gia BHXH: "
                 "112.540 người;\n- Tổng thu: 3.200 tỷ đồng.", "value", "kind", title=BHXH_TITLE,
                 published=datetime(2025, 1, 10)) == [(112540, "actual"), (3.2e12, "actual")]


def test_heading_lines_that_name_the_former_provinces():
    body = ("1. Địa bàn tỉnh Hà Giang (cũ)\n\nTính đến 31/5/2025, có 96.412 người tham gia BHXH.\n\nTỷ lệ bao phủ BHYT đạt "
            "96,1% dân số.\n\n2. Địa bàn tỉnh Tuyên Quang (cũ)\n\nTính đến 31/5/2025, có 120.300 người tham gia BHXH.")
    assert found(body, "value", "province", title="BHXH tỉnh Tuyên Quang: kết quả 5 tháng đầu năm 2025",
                 published=datetime(2025, 7, 15)) == [(96412, "Hà Giang"), (96.1, "Hà Giang"), (120300, "Tuyên Quang")]


def test_a_related_links_time_and_place_are_not_the_articles():
    assert found("Năm 2024, BHXH tỉnh đạt nhiều kết quả.\n\nXem thêm: Nghệ An: Hơn 30 nghìn người nhận BHXH một lần trong "
                 "năm 2023\n\nTrong năm, BHXH tỉnh đã giải quyết cho 6.420 người hưởng lương hưu.", "value", "province",
                 "period", title=BHXH_TITLE, published=datetime(2025, 1, 15)) == [(6420, "Thanh Hóa", "2024")]


def test_a_bodys_address_in_brackets_is_the_articles_place():
    assert found("Công ty CP May Phú Thịnh (huyện Tiền Hải, tỉnh Thái Bình) hiện có 3.600 lao động, trong đó 3.020 lao động "
                 "nữ, chiếm 83,9%. Công ty thực hiện đầy đủ chế độ theo Nghị định của Chính phủ.", "value", "province",
                 title="Nơi lao động nữ là trụ cột của doanh nghiệp", published=datetime(2025, 3, 8)) == [
        (3020, "Thái Bình"), (83.9, "Thái Bình")]


def test_a_list_of_posts_in_brackets_between_a_subject_and_its_figure():
    assert found("Năm 2024, nữ giữ chức vụ chủ chốt cấp xã (Bí thư, Phó Bí thư Đảng ủy, Chủ tịch, Phó Chủ tịch HĐND, UBND) có "
                 "176 người, chiếm 13,4%. Nữ cán bộ chủ chốt (chủ tịch, phó chủ tịch) công đoàn cấp trên trực tiếp cơ sở "
                 "chiếm 35,6%.", "indicator", "value", published=datetime(2024, 7, 15)) == [
        ("women_leader_count", 176), ("women_leader_share", 13.4), ("women_leader_share", 35.6)]


def test_a_group_of_women_and_a_share_among_women_are_no_share_of_women():
    assert found("Hiện nay, toàn tỉnh có 14.206 nữ cán bộ, công chức, viên chức, chiếm 58,4%; trong đó nữ người DTTS chiếm "
                 "79,5%. Trong tổng số nữ cán bộ, công chức, viên chức, nữ người dân tộc thiểu số chiếm 28,5%.", "value",
                 published=datetime(2025, 3, 7)) == [(14206,), (58.4,)]


def test_who_speaks_places_counted_and_the_population_are_no_figures():
    assert found("Chị Ngân cho biết: xã có 23 cán bộ, công chức thì 9 người là nữ.", "value",
                 published=datetime(2024, 10, 18)) == [(9,)]
    assert found("Năm 2024, BHXH tỉnh đã cấp hơn 96.500 thẻ BHYT, trong đó có thẻ cho người dân tại 28 thôn đặc biệt khó "
                 "khăn. BHXH tỉnh quản lý địa bàn 99 xã, phường với dân số trên 1,77 triệu người.", "value",
                 title=BHXH_TITLE) == [(96500,)]
    # (still: a post after "đồng chí" is no name)
    assert found("Trong 34 đồng chí Bí thư tỉnh ủy, thành ủy, có 3 đồng chí là nữ.", "indicator", "value",
                 published=datetime(2025, 10, 20)) == [("women_leader_count", 3)]


def test_severance_union_gifts_bonuses_and_training_are_no_insurance_figures():
    assert found("Năm 2024, doanh nghiệp đã thanh toán tiền lương, trợ cấp thôi việc cho toàn bộ 2.850 người lao động. Công "
                 "đoàn dự kiến chi 28 tỷ đồng hỗ trợ Tết cho 42.000 đoàn viên. Thưởng Tết cao nhất 420 triệu đồng, nhiều "
                 "doanh nghiệp vẫn nợ BHXH. Tỉnh mở 6 lớp bồi dưỡng cho khoảng 600 nữ cán bộ cấp xã về kỹ năng giải quyết "
                 "thủ tục hành chính; cử 126 nữ viên chức đi đào tạo sau đại học.", "value", title=BHXH_TITLE) == []


def test_a_total_before_a_new_subject_of_the_same_noun_and_cards_counted_in_people():
    assert found("Năm 2024, công ty có 1.236 lao động, lao động nữ chiếm 87%.", "indicator", "value",
                 published=datetime(2024, 6, 12)) == [("women_staff_share", 87)]
    assert found("Năm 2024, BHXH tỉnh đã cấp thẻ BHYT cho 2.634 người.", "indicator", "value", title=BHXH_TITLE) == [
        ("insurance_cards_issued", 2634)]


def test_a_target_not_reached_and_a_margin_over_a_target_given():
    assert found("Năm 2024, tỷ lệ bao phủ BHYT đạt 89,7% dân số (chưa đạt chỉ tiêu 92,5% HĐND tỉnh giao). Năm 2024, tỷ lệ "
                 "tham gia BHXH đạt 34,05% lực lượng lao động, vượt chỉ tiêu Nghị quyết HĐND tỉnh giao 0,55%.", "value",
                 "kind", title=BHXH_TITLE) == [(89.7, "actual"), (92.5, "target"), (34.05, "actual")]


def test_correspondingly_a_plan_some_body_gave_and_a_wage_rise():
    assert found("Nghị quyết 28-NQ/TW đặt mục tiêu đến năm 2025 khoảng 45% lực lượng lao động trong độ tuổi tham gia BHXH, "
                 "khoảng 35% tham gia BHTN; đến năm 2030 các tỷ lệ tương ứng là 60% và 45%.", "indicator", "value",
                 published=datetime(2025, 4, 1)) == [("si_coverage_rate", 45), ("ui_coverage_rate", 35),
                                                     ("si_coverage_rate", 60), ("ui_coverage_rate", 45)]
    assert found("Năm 2024, toàn tỉnh có 38.612 người tham gia BHXH tự nguyện, đạt 71,5% chỉ tiêu được giao. Chỉ tiêu năm 2024 "
                 "UBND tỉnh giao là 54.000 người.", "value", "kind", title=BHXH_TITLE) == [
        (38612, "actual"), (71.5, "actual"), (54000, "target")]
    assert found("Năm 2024, việc tăng lương tối thiểu vùng 6% giúp mở rộng độ bao phủ BHXH.", "value", title=BHXH_TITLE) == []


def test_spending_against_its_budget_is_no_plan_completion_and_a_rounded_heading_rate_is_the_body_rate():
    # (the catalogue's plans are of revenue or participants)
    assert found("Năm 2024, chi khám chữa bệnh BHYT 1.083 tỷ đồng, bằng 78,6% dự toán được giao.", "indicator",
                 title=BHXH_TITLE) == [("benefit_expenditure",)]
    assert found("Mới đạt hơn 80% kế hoạch\n\nNăm 2024, toàn tỉnh có 52.318 người tham gia BHXH tự nguyện, đạt 81,7% kế "
                 "hoạch năm.", "value", title=BHXH_TITLE, published=datetime(2024, 9, 23)) == [(52318,), (81.7,)]


def test_a_clause_of_another_place_after_a_semicolon_says_the_same_of_it():
    assert found("Năm 2024, chi KCB BHYT tại khu vực Long An (cũ) là 3.512 tỷ đồng với 5,9 triệu lượt; khu vực Tây Ninh (cũ) là "
                 "2.105 tỷ đồng với 3,4 triệu lượt.", "indicator", "value", "province",
                 published=datetime(2025, 8, 22)) == [
        ("benefit_expenditure", 3.512e12, "Long An"), ("hi_treatment_visits", 5.9e6, "Long An"),
        ("benefit_expenditure", 2.105e12, "Tây Ninh"), ("hi_treatment_visits", 3.4e6, "Tây Ninh")]


def test_a_special_zone_in_a_list_of_places_and_a_part_of_the_city_after_the_merger():
    assert found("Ở cấp xã, tổng số người ứng cử đại biểu HĐND tại 168 xã, phường, đặc khu là 9.846 người, trong đó nữ chiếm "
                 "39,6%.", "indicator", "value", published=datetime(2026, 2, 26)) == [("women_candidate_share", 39.6)]
    assert found("Tính đến 30/9/2025, toàn khu vực có 142.580 người có thẻ BHYT.", "province", title=BHXH_TITLE,
                 published=datetime(2025, 11, 5)) == [("Thanh Hóa",)]
    # (not a regional office of several provinces before the merger)
    assert found("Tính đến 31/5/2025, toàn khu vực có 1.729.030 người tham gia BHYT.", "province",
                 title="BHXH khu vực XVI", published=datetime(2025, 6, 10)) == [(None,)]
    # (nor people who could not claim a benefit)
    assert found("Năm 2025, 1.240 công nhân không thể chốt sổ để hưởng trợ cấp thất nghiệp.", "value",
                 title=BHXH_TITLE) == []


def test_the_rest_of_a_ranking_a_legal_floor_by_obligation_and_a_retirement_age():
    assert found("Năm 2025, TP. Hồ Chí Minh dẫn đầu cả nước với 5,84 triệu người tham gia BHXH, tiếp theo là Hà Nội với 2,9 "
                 "triệu người. Hai vị trí còn lại trong top 5 thuộc về Đồng Nai (1,07 triệu người) và Hải Phòng (gần 1,01 "
                 "triệu người).", "value", "province", published=datetime(2026, 1, 12)) == [
        (5.84e6, "Hồ Chí Minh"), (2.9e6, "Hà Nội"), (1.07e6, "Đồng Nai"), (1.01e6, "Hải Phòng")]
    assert found("Tôi nghe nói danh sách người ứng cử đại biểu Quốc hội bắt buộc phải có tối thiểu 35% là nữ. Anh có thể "
                 "đóng đủ 20 năm trước khi đến tuổi nghỉ hưu là 62.", "value", published=datetime(2025, 12, 15)) == []
    # (still: a target of compulsory insurance, "BHXH bắt buộc")
    assert found("Chúng tôi đặt mục tiêu đến hết năm 2025 có ít nhất 5.000 chủ hộ kinh doanh tham gia BHXH bắt buộc.", "value",
                 "kind", title=BHXH_TITLE, published=datetime(2025, 8, 1)) == [(5000, "target")]


def test_a_wholes_own_noun_right_after_its_figure_names_its_part():
    assert found("2. Bầu cử đại biểu HĐND tỉnh: danh sách chính thức có 85 người ứng cử, trong đó nữ 31 người (36,47%).",
                 "indicator", "value", published=datetime(2021, 6, 1)) == [
        ("women_candidate_count", 31), ("women_candidate_share", 36.47)]
    # (still: the subject before a colon, when the whole's noun names nothing)
    assert found("Lãnh đạo cấp sở và tương đương: 96 người, trong đó nữ 14 người.", "indicator", "value",
                 published=datetime(2024, 12, 31)) == [("women_leader_count", 14)]


def test_a_time_alone_in_brackets_is_no_break_between_a_measure_and_its_figure():
    assert found("Tỷ lệ nữ đại biểu Quốc hội đạt đỉnh ở khóa V (1975-1976) với 32,31%. Sau khi giảm ở khóa XIII, tỷ lệ nữ "
                 "đại biểu Quốc hội tăng trở lại ở khóa XIV (2016-2021) với 133 người, chiếm 26,72%.", "value", "period",
                 published=datetime(2025, 3, 1)) == [
        (32.31, "1975/1976"), (133, "2016/2021"), (26.72, "2016/2021")]


def test_the_nation_a_share_was_of_is_not_the_place_of_the_next_clause():
    assert found("Năm 2024, TP. Hồ Chí Minh có 2,4 triệu người tham gia BHXH bắt buộc, chiếm khoảng 23,8% tổng số người tham "
                 "gia BHXH bắt buộc cả nước; tỷ lệ bao phủ BHYT đạt 92,3% dân số.", "value", "province",
                 published=datetime(2025, 3, 1)) == [(2.4e6, "Hồ Chí Minh"), (92.3, "Hồ Chí Minh")]


def test_places_listed_after_a_colon_take_the_measure_stated_before():
    assert found("Theo Quyết định, chỉ tiêu tỷ lệ bao phủ BHYT chung của cả nước năm 2026 là 95,5% dân số. Đây là năm đầu "
                 "tiên chỉ tiêu được giao cho 34 địa phương. Cụ thể, 6 tỉnh miền núi phía Bắc được giao chỉ tiêu cao nhất, "
                 "từ 98% trở lên gồm: Điện Biên 99,5%, Lai Châu 99,3%. Hai thành phố lớn nhất nước được giao mức: Hà Nội "
                 "94,8%, TP. Hồ Chí Minh 93,5%.", "indicator", "value", "kind", "province",
                 title="Thủ tướng giao chỉ tiêu bao phủ BHYT cho 34 tỉnh, thành phố trên cả nước",
                 published=datetime(2025, 12, 26)) == [
        ("hi_coverage_rate", 95.5, "target", "Việt Nam"), ("hi_coverage_rate", 99.5, "target", "Điện Biên"),
        ("hi_coverage_rate", 99.3, "target", "Lai Châu"), ("hi_coverage_rate", 94.8, "target", "Hà Nội"),
        ("hi_coverage_rate", 93.5, "target", "Hồ Chí Minh")]


def test_guards_found_by_the_review_of_1_7_0():
    # (an office named before "lần lượt" is no scheme of the list)
    assert found("Theo BHXH tỉnh, tỷ lệ bao phủ BHYT năm 2023 và năm 2024 lần lượt là 92% và 93%.", "indicator", "value",
                 title=BHXH_TITLE) == [("hi_coverage_rate", 92), ("hi_coverage_rate", 93)]
    # (a target's "phải có ít nhất", and a labour force's "độ tuổi … là")
    assert found("Tỉnh phấn đấu đến năm 2025 phải có ít nhất 45% lực lượng lao động trong độ tuổi tham gia BHXH.", "value",
                 "kind", title=BHXH_TITLE, published=datetime(2024, 3, 1)) == [(45, "target")]
    assert found("Năm 2024, số lao động trong độ tuổi tham gia BHXH là 245.300 người.", "value", title=BHXH_TITLE) == [
        (245300,)]
    # ("bảo hiểm xã hội" is no commune between the resolution and its target)
    assert found("Nghị quyết 28-NQ/TW về cải cách chính sách bảo hiểm xã hội đặt mục tiêu đến năm 2025 có khoảng 45% lực "
                 "lượng lao động trong độ tuổi tham gia BHXH.", "province", title=BHXH_TITLE) == [("Việt Nam",)]
    # (a refusal over amounts with thousands; "người lao động" and "lao động" are one noun)
    assert found("Năm 2024, BHXH tỉnh từ chối thanh toán 1.127 tỷ đồng trong quý I và hơn 4.800 tỷ đồng cả năm.", "value",
                 title=BHXH_TITLE) == []
    assert found("Năm 2024, công ty có 1.236 người lao động, lao động nữ chiếm 87%.", "indicator",
                 published=datetime(2024, 6, 12)) == [("women_staff_share",)]


def test_pupils_who_take_part_and_a_number_in_a_communes_name():
    assert found("Năm học 2025-2026, toàn tỉnh có 1,6 triệu học sinh, sinh viên tham gia BHYT, đạt 98,7%. Trong đó, khối "
                 "đại học, cao đẳng có 612.450 sinh viên tham gia, đạt 95,3%.", "indicator", "value", title=BHXH_TITLE,
                 published=datetime(2025, 11, 27)) == [("hi_participants", 1.6e6), ("hi_coverage_rate", 98.7),
                                                       ("hi_participants", 612450), ("hi_coverage_rate", 95.3)]
    assert found("Chị Trần Thị Thu (36 tuổi, ở xã Tam Xuân 1, huyện Núi Thành) hưởng trợ cấp thất nghiệp.", "value",
                 title=BHXH_TITLE) == []


def test_a_clause_led_by_another_provinces_body_says_the_same_of_it():
    assert found("Nhiệm kỳ 2021-2026, HĐND tỉnh Bình Định có 16/56 đại biểu nữ (28,57%); HĐND tỉnh Gia Lai có 19/60 "
                 "(31,67%).", "value", "province", published=datetime(2021, 6, 10)) == [
        (16, "Bình Định"), (28.57, "Bình Định"), (19, "Gia Lai"), (31.67, "Gia Lai")]


def test_each_rule_of_1_7_0_that_no_test_needed_yet():
    # (a share among women named by its opening, with no subgroup word: "Trong tổng số nữ …, … chiếm")
    assert found("Trong số nữ cán bộ, công chức của tỉnh, có 42,5% là cấp trưởng, phó phòng.", "value",
                 published=datetime(2024, 3, 8)) == []
    # (an "if" that carries a trend on, whose time is a year gone by)
    assert found("Nếu duy trì tốc độ như năm 2023, toàn tỉnh chỉ đạt khoảng 41.000 người tham gia BHXH tự nguyện.", "value",
                 title=BHXH_TITLE, published=datetime(2024, 9, 5)) == []
    # (the nation's targets quoted many times make no article national)
    body = ("Nghị quyết 28-NQ/TW đặt mục tiêu đến năm 2025 có 45% lực lượng lao động tham gia BHXH. Nghị quyết 28-NQ/TW "
            "đặt mục tiêu đến năm 2030 có 60% lực lượng lao động tham gia BHXH. Chỉ thị 35-CT/TW yêu cầu phấn đấu tỷ lệ nữ "
            "cấp ủy 15%. Năm 2024, toàn tỉnh có 52.000 người tham gia BHXH tự nguyện.")
    assert found(body, "value", "province", title="Thanh Hóa: BHXH tự nguyện tăng mạnh",
                 published=datetime(2025, 1, 5))[-1] == (52000, "Thanh Hóa")
