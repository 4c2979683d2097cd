"""Rules added in extractor 1.8.0, each on a small inline text written for the test.

They came from session 10's blind reviews (and the earlier reviews' remaining misses): new articles
annotated by hand from the catalogue's rules before the extractor was run on them; these sentences are
new ones of the same kinds. Guard tests ("… still …", "… not …") say what a rule must leave alone."""

from datetime import datetime

from tests.unit.rule_texts import finder

PUB = datetime(2025, 8, 15, 9, 0)
BHXH_TITLE = "BHXH tỉnh Thanh Hóa tổng kết năm"


found = finder("Tin tức tỉnh Sơn La", PUB)


def test_a_section_headings_term_is_its_items_period():
    body = ("Báo cáo chuẩn bị nhân sự nữ cho đại hội đảng bộ tỉnh nhiệm kỳ 2025 - 2030.\n"
            "1. Trước hợp nhất (nhiệm kỳ 2020 - 2025)\n"
            "– Ban Chấp hành Đảng bộ tỉnh Hòa Bình có 9/55 đồng chí nữ.\n"
            "2. Sau hợp nhất\n"
            "– Ban Chấp hành Đảng bộ tỉnh có 12 đồng chí nữ.")
    assert found(body, "value", "period", "province") == [(9, "2020/2025", "Hòa Bình"), (12, "2025/2030", "Sơn La")]
    # (still: a term in the item's own paragraph comes first)
    assert found("1. Trước hợp nhất (nhiệm kỳ 2020 - 2025)\nBan Chấp hành Đảng bộ tỉnh nhiệm kỳ 2025 - 2030 có 12 "
                 "đồng chí nữ.", "period") == [("2025/2030",)]


def test_a_wholes_subject_after_a_headings_colon_names_what_its_women_are():
    assert found("3. Bầu cử đại biểu HĐND cấp huyện: tổng số người ứng cử 484 người; nữ 168 người, chiếm 34,71%.",
                 "indicator", "value") == [("women_candidate_count", 168), ("women_candidate_share", 34.71)]
    # (still: the elected, after the same heading)
    assert found("Bầu cử đại biểu HĐND tỉnh: số người trúng cử là 50 người, trong đó nữ 16 người.",
                 "indicator") == [("women_deputy_count",)]


def test_members_of_the_government_and_chairs_of_assembly_committees_are_leaders():
    assert found("Tính đến đầu năm 2025, trong Chính phủ có 4/25 thành viên là nữ, chiếm 16%.", "indicator", "value") == [
        ("women_leader_count", 4), ("women_leader_share", 16)]
    assert found("Trong số 13 Chủ nhiệm Hội đồng Dân tộc và các Ủy ban của Quốc hội có 3 người là nữ.", "indicator") == [
        ("women_leader_count",)]
    # (not the members of a Party inspection committee, beside its chair)
    assert found("Ban Chấp hành bầu Ủy ban Kiểm tra gồm 7 đồng chí, trong đó có 3 đồng chí nữ, và đồng chí Chủ nhiệm Ủy ban "
                 "Kiểm tra.", "indicator") == []


def test_legislators_senior_officials_and_managers_said_of_vietnamese_women():
    # (the statistics' occupation group; "phụ nữ Việt Nam" is Vietnamese women, not a paper's or a union's name)
    assert found("Theo báo cáo, phụ nữ Việt Nam nắm giữ khoảng 26,9% số vị trí nhà lập pháp, quan chức cấp cao và nhà "
                 "quản lý.", "indicator", "value") == [("women_leader_share", 26.9)]


def test_the_pacific_is_no_province():
    assert found("Tỷ lệ bao phủ BHYT của Việt Nam thuộc nhóm cao nhất khu vực châu Á - Thái Bình Dương, đạt 94,2% dân số.",
                 "province", title="Bảo hiểm y tế toàn dân") == [("Việt Nam",)]


def test_trades_and_groups_of_the_insured_are_people():
    assert found("Năm 2023, toàn tỉnh có 9.648 ngư dân được ngân sách hỗ trợ mua thẻ BHYT.", "indicator", "value") == [
        ("hi_participants", 9648)]
    assert found("Năm 2024, có 1.200 nông dân tham gia BHXH tự nguyện.", "indicator", "value") == [
        ("si_voluntary_participants", 1200)]


def test_a_look_back_before_the_merger_keeps_its_time_to_itself():
    body = ("Trước sáp nhập, đến cuối năm 2024, tỷ lệ bao phủ BHYT của tỉnh Ninh Thuận đạt 94,3%.\n"
            "Riêng lực lượng ngư dân, toàn tỉnh có hơn 14.200 ngư dân được ngân sách hỗ trợ mua thẻ BHYT.")
    assert found(body, "value", "period", title="Tỉnh Khánh Hòa (mới) mở rộng bao phủ BHYT") == [
        (94.3, "2024"), (14200, "2025")]
    # (still: carried to a sentence that goes on looking back)
    body = ("Trước khi hợp nhất, tính đến ngày 30/6/2025, VKSND tỉnh Bình Định có 243 công chức, trong đó 96 người là nữ.\n"
            "Tại VKSND tỉnh Gia Lai (trước sắp xếp), có 110 nữ công chức.")
    assert [p for _v, p in found(body, "value", "period")] == ["2025-06-30", "2025-06-30"]


def test_an_agencys_party_committee_dang_uy_is_a_party_committee():
    assert found("Đảng ủy BHXH tỉnh nhiệm kỳ 2020 - 2025 có 3/9 đồng chí là nữ.", "indicator", "value", "period") == [
        ("women_party_committee_count", 3, "2020/2025")]
    # (not its secretaries, its inspection committee nor its standing members beside other bodies')
    assert found("Toàn tỉnh có 41 nữ bí thư đảng ủy xã, phường.", "indicator") == [("women_leader_count",)]
    assert found("Đại hội bầu Ủy ban Kiểm tra Đảng ủy xã gồm 7 đồng chí, trong đó có 3 đồng chí nữ.", "indicator") == []


def test_a_year_labelling_its_figure_in_a_series_is_its_period():
    body = ("Biểu đồ: Số người tham gia BHXH tự nguyện giai đoạn 2021-2024: 2021: 56.870 người; 2022: 69.312 người; "
            "2023: 81.516 người. Nguồn: BHXH tỉnh")
    assert found(body, "value", "period") == [(56870, "2021"), (69312, "2022"), (81516, "2023")]


def test_a_photo_captions_time_stays_in_the_caption():
    body = ("Tính đến ngày 31/12/2024, toàn tỉnh có 612.345 người tham gia BHXH.\n\n"
            "Cán bộ BHXH tuyên truyền chính sách cho người dân. Năm 2023, huyện có 9.100 người tham gia BHXH tự nguyện "
            "(Ảnh: Minh Hằng)\n\n"
            "Cũng đến thời điểm trên, số người tham gia BHTN đạt 372.018 người.")
    assert found(body, "value", "period", published=datetime(2025, 1, 8)) == [
        (612345, "2024-12-31"), (9100, "2023"), (372018, "2024-12-31")]


def test_a_central_body_or_state_group_reporting_on_its_own_staff_is_national():
    body = ("Theo báo cáo của Ban Vì sự tiến bộ của phụ nữ Tập đoàn Điện lực Việt Nam (EVN), tính đến ngày 31/12/2024, "
            "toàn Tập đoàn có 98.412 lao động, trong đó lao động nữ là 19.764 người.\n\n"
            "Tại Công ty Điện lực Thanh Hóa có 312 nữ lao động.")
    assert found(body, "value", "province", title="EVN có gần 20 nghìn lao động nữ") == [
        (19764, "Việt Nam"), (312, "Thanh Hóa")]
    # (still: a province carrying out the Government's decision is that province's article)
    body = ("Từ ngày 4/6/2021, Quyết định 861/QĐ-TTg của Thủ tướng Chính phủ có hiệu lực; 40 xã của Hà Giang ra khỏi danh "
            "sách xã đặc biệt khó khăn. Đến cuối năm 2021, tỷ lệ bao phủ BHYT của tỉnh giảm xuống còn 88,6%.")
    assert found(body, "province", title="Góc nhìn: Khi thẻ BHYT không còn miễn phí ở vùng cao") == [("Hà Giang",)]


def test_identity_cards_and_savings_books_are_no_insurance_cards():
    assert found("Năm 2024, bộ phận một cửa đã cấp hơn 85.000 thẻ Căn cước cho người dân.", "indicator") == []
    # (still: health-insurance cards)
    assert found("Năm 2024, BHXH tỉnh đã cấp 85.000 thẻ BHYT.", "indicator") == [("insurance_cards_issued",)]


def test_an_amount_said_without_dong_after_a_pension_is_no_count_of_people():
    assert found("Năm 2025, anh cho biết từ tháng sau có lương hưu hơn 2 triệu.", "indicator", title="Ngư dân Cà Mau") == []
    # (still: a count of the people who draw one)
    assert found("Năm 2024, số người nhận lương hưu là 3,2 triệu.", "indicator", "value") == [("benefit_recipients", 3.2e6)]


def test_members_of_a_body_are_not_the_insured():
    body = ("Đại hội phấn đấu đến năm 2030 số người tham gia BHXH đạt 35% lực lượng lao động trong độ tuổi.\n"
            "Đại hội đã bầu Ban Chấp hành Đảng bộ BHXH tỉnh nhiệm kỳ 2025 - 2030 gồm 11 đồng chí, trong đó có 3 đồng chí nữ.")
    assert found(body, "indicator", "value") == [("si_coverage_rate", 35), ("women_party_committee_count", 3)]


def test_governors_auditors_and_court_chiefs_are_leaders():
    assert found("Năm 2025, có 2 đồng chí nữ đang giữ chức Phó Thống đốc.", "indicator") == [("women_leader_count",)]


def test_an_ellipsis_in_a_list_of_posts_ends_no_clause():
    assert found("Năm 2025, có 11 đồng chí nữ giữ chức vụ lãnh đạo, quản lý (Phó Chánh án, Chánh tòa, Chánh Văn phòng...), "
                 "chiếm 20,4%.", "indicator", "value") == [("women_leader_count", 11), ("women_leader_share", 20.4)]


def test_the_level_of_the_same_time_last_year_in_brackets():
    assert found("Tính đến 31/5/2025, toàn tỉnh có 78.415 người tham gia BHXH, tăng 4.409 người so với cùng thời điểm "
                 "năm 2024 (74.006 người).", "value", "period") == [(78415, "2025-05-31"), (74006, "2024")]


def test_the_plan_for_the_whole_year_is_a_target():
    assert found("Tính đến 30/6/2025, tỷ lệ bao phủ BHYT đạt 93,1% dân số; kế hoạch cả năm là 95%.", "value", "kind") == [
        (93.1, "actual"), (95, "target")]
    # (still: a table's row states its plan and what was done)
    assert found("Kết quả năm 2024:\nTổng thu: Kế hoạch là 8.410 tỷ đồng, Thực hiện là 8.523,6 tỷ đồng.", "value", "kind",
                 title="BHXH tỉnh Long An vượt kế hoạch thu") == [(8.41e12, "target"), (8.5236e12, "actual")]


def test_now_is_actual_after_a_succession_plan_named_as_a_topic():
    assert found("Về công tác quy hoạch, bổ nhiệm cán bộ nữ, hiện toàn Bộ có 1.127 nữ giữ chức vụ lãnh đạo, quản lý.",
                 "value", "kind") == [(1127, "actual")]


def test_plans_of_other_programmes_are_no_insurance_plan():
    assert found("10 tháng, toàn tỉnh có 4.120 người đi làm việc ở nước ngoài theo hợp đồng, đạt 82,4% kế hoạch năm.",
                 "indicator") == []
    assert found("Năm 2025, tỉnh tuyển sinh đào tạo nghề cho 21.300 người, đạt 88,7% kế hoạch.", "indicator") == []
    # (still: revenue against its plan)
    assert found("Năm 2025, tổng thu BHXH đạt 5.000 tỷ đồng, đạt 82,4% kế hoạch năm.", "indicator") == [
        ("insurance_revenue",), ("plan_completion_rate",)]


def test_a_target_named_to_grade_a_figure_ends_with_its_part():
    assert found("Tỷ lệ nữ cấp ủy viên đạt 21,8%, vượt chỉ tiêu 15% theo Chỉ thị 35-CT/TW; có 41 nữ bí thư đảng ủy xã.",
                 "value", "kind") == [(21.8, "actual"), (41, "actual")]
    # (still: a sentence that opens by setting targets sets them for each of its parts)
    assert found("Năm 2026, BHXH tỉnh được giao chỉ tiêu thu 17.150 tỷ đồng; phát triển 14.500 người tham gia BHXH tự "
                 "nguyện.", "value", "kind", published=datetime(2026, 1, 10)) == [(1.715e13, "target"), (14500, "target")]


def test_an_election_by_its_date():
    body = ("Nhiệm kỳ 2021 - 2026, HĐND thành phố có 95 đại biểu, trong đó 31 nữ. Trong số 208 người ứng cử đại biểu HĐND "
            "thành phố tại cuộc bầu cử ngày 15/3/2026, có 84 người là nữ.")
    assert found(body, "value", "period", published=datetime(2026, 11, 5)) == [(31, "2021/2026"), (84, "2026")]
    # (the elected: the term the election began)
    assert found("Tại cuộc bầu cử ngày 15/3/2026, HĐND tỉnh khóa XVII có 85 đại biểu, trong đó 32 đại biểu nữ.",
                 "value", "period", published=datetime(2026, 11, 5)) == [(32, "2026/2031")]


def test_the_months_left_of_the_year_are_this_years():
    body = ("Năm 2024, tỷ lệ bao phủ BHYT đạt 92%. Hai tháng cuối năm, BHXH tỉnh phấn đấu tỷ lệ bao phủ BHYT đạt 94,5% "
            "dân số.")
    assert found(body, "value", "period", published=datetime(2026, 11, 5)) == [(92, "2024"), (94.5, "2026")]


def test_before_the_merger_as_an_opening_adverbial():
    assert found("Trước hợp nhất, BHXH tỉnh Thái Bình có 287 công chức, viên chức, trong đó 171 nữ.", "value", "period",
                 "province", published=datetime(2026, 10, 15), title="BHXH tỉnh Hưng Yên sau một năm hợp nhất") == [
        (171, "2025", "Thái Bình")]
    # (a time of its own before the merger says more; a comparison's base is no time)
    assert found("Trước sắp xếp, đến ngày 30/6/2025, BHXH tỉnh Thái Bình có 171 nữ công chức.", "period",
                 published=datetime(2026, 10, 15)) == [("2025-06-30",)]


def test_department_level_posts_are_leaders():
    assert found("Ở cấp vụ và tương đương, tính đến cuối năm 2023 có 78/262 người là nữ (29,8%).", "indicator", "value") == [
        ("women_leader_count", 78), ("women_leader_share", 29.8)]


def test_what_each_of_a_count_of_places_has_is_no_level():
    assert found("Bầu cử HĐND tỉnh năm 2026: vẫn có 5/26 đơn vị bầu cử chỉ có 1 người ứng cử là nữ.", "value") == []
    # (still: the total of several places)
    assert found("Tính đến ngày 31/5/2025, trên địa bàn 3 tỉnh có 4.105.870 người tham gia BHYT.", "value") == [(4105870,)]


def test_the_share_in_brackets_after_a_fraction_of_the_plan():
    assert found("Năm 2024, số người tham gia BHXH tự nguyện đạt 17.430/20.500 người (85,02%) kế hoạch năm.",
                 "indicator", "value", title=BHXH_TITLE) == [("si_voluntary_participants", 17430),
                                                             ("plan_completion_rate", 85.02)]


def test_womens_share_is_not_the_rate_before_it():
    assert found("Năm 2024, BHXH tự nguyện có 17.430 người, đạt 48,2% kế hoạch năm; trong đó nữ chiếm 58%.", "value",
                 title=BHXH_TITLE) == [(48.2,)]


def test_a_target_exceeded_is_stated_after_the_level():
    assert found("Năm 2024, cả nước có tỷ lệ bao phủ BHYT 94,29% dân số, vượt chỉ tiêu 94% được Quốc hội giao.",
                 "value", "kind", title="Bảo hiểm y tế toàn dân") == [(94.29, "actual"), (94, "target")]
    # (still: by how much a plan was exceeded)
    assert found("Năm 2024, tổng thu đạt 5.000 tỷ đồng, đạt 112,3% kế hoạch, vượt kế hoạch 12,3%.", "value",
                 title=BHXH_TITLE) == [(5e12,), (112.3,)]


def test_a_salary_is_no_benefit_and_more_to_come_is_no_level():
    assert "benefit_recipients" not in [i for (i,) in found(
        "Năm 2024, có 1.862 người quản lý doanh nghiệp không hưởng tiền lương được đưa vào diện tham gia BHXH bắt buộc.",
        "indicator", title=BHXH_TITLE)]
    assert found("Luật Việc làm mở rộng đối tượng tham gia BHTN, dự kiến bổ sung khoảng 1,2 triệu người tham gia.",
                 "indicator", title=BHXH_TITLE) == []


def test_benefits_paid_to_a_count_of_people_and_womens_share_of_them():
    assert found("Năm 2024, BHXH tỉnh đã chi trả các chế độ BHXH, BHTN cho hơn 1,2 triệu lượt người với tổng số tiền trên "
                 "9.460 tỷ đồng.", "indicator", "value", title=BHXH_TITLE) == [
        ("benefit_recipients", 1.2e6), ("benefit_expenditure", 9.46e12)]
    assert found("Năm 2024, BHXH tỉnh giải quyết cho 1.127 người hưởng lương hưu, trong đó 64% là lao động nữ.",
                 "indicator", title=BHXH_TITLE) == [("benefit_recipients",)]


def test_a_term_yet_to_begin_dates_only_targets():
    body = ("Tính đến ngày 10/7/2025, HĐND các xã có 2.150 đại biểu, trong đó 598 nữ. Nơi có tỷ lệ đại biểu nữ cao nhất là "
            "phường Hạc Thành với 41,5%. Năm 2026, cử tri sẽ bầu HĐND nhiệm kỳ 2026 - 2031; tỉnh phấn đấu tỷ lệ nữ đại "
            "biểu HĐND đạt 30% trở lên.")
    assert found(body, "value", "kind", "period", published=datetime(2025, 7, 15)) == [
        (598, "actual", "2025-07-10"), (41.5, "actual", "2025-07-10"), (30, "target", "2026/2031")]


def test_a_coming_day_in_a_target_is_this_years():
    assert found("BHXH tỉnh phấn đấu đến ngày 30/6 tổng thu BHXH đạt 48% kế hoạch.", "period", "kind", title=BHXH_TITLE,
                 published=datetime(2025, 6, 5)) == [("2025-06-30", "target")]
    # (still: a past as-of day without its year, written early in the next year)
    assert found("Tính đến ngày 30/12, tổng thu BHXH đạt 4.800 tỷ đồng.", "period", title=BHXH_TITLE,
                 published=datetime(2025, 1, 6)) == [("2024-12-30",)]


def test_people_issued_cards_count_the_cards():
    assert found("Năm 2024, có 168.350 trẻ em dưới 6 tuổi đã được cấp thẻ BHYT.", "indicator", "value", title=BHXH_TITLE) == [
        ("insurance_cards_issued", 168350)]


def test_a_former_province_named_as_a_part_in_2025_after_the_merger():
    body = ("Sau đại hội, toàn tỉnh Gia Lai có 41 nữ bí thư đảng ủy xã, phường. Riêng khu vực Bình Định cũ có 22 nữ bí thư "
            "đảng ủy xã, phường.")
    assert found(body, "value", "province", "area", published=datetime(2025, 10, 20)) == [
        (41, "Gia Lai", None), (22, "Gia Lai", "Bình Định")]
    # (still: before the merger, its own name)
    assert found("Trước sáp nhập, năm 2025 khu vực Bình Định cũ có 20 nữ chủ tịch UBND xã.", "province",
                 published=datetime(2025, 10, 20)) == [("Bình Định",)]


def test_a_district_paper_names_only_its_district():
    body = ("Hướng tới kỷ niệm Ngày thành lập Hội LHPN Việt Nam, Hội LHPN huyện Cư M’gar vừa tổ chức tọa đàm.\n\n"
            "Năm 2023, toàn huyện Cư M’gar có 412 nữ cán bộ, công chức.")
    assert found(body, "value", "province", title="Phụ nữ Cư M’gar phát huy vai trò") == [(412, "Đắk Lắk")]
    # (a town two provinces' names share, told apart by its unit: Hà Nội's thị xã Sơn Tây, not Quảng Ngãi's huyện)
    body = "Theo BHXH thị xã Sơn Tây, năm 2023 toàn thị xã có 17.864 người tham gia BHXH tự nguyện."
    assert found(body, "value", "province", title="Sơn Tây phát triển người tham gia BHXH tự nguyện") == [
        (17864, "Hà Nội")]


def test_numbers_said_in_words_with_a_decimal_point_tens_and_compound_scales():
    from chiso.extraction.numbers import parse_words
    assert parse_words("chín mươi mốt phẩy hai") == 91.2
    assert parse_words("hai mươi mốt phẩy ba triệu") == 21_300_000
    assert parse_words("ba phẩy không năm") == 3.05
    assert parse_words("chín chục nghìn") == 90_000
    assert parse_words("bốn nghìn hai trăm tỷ") == 4.2e12
    assert parse_words("hai triệu ba trăm nghìn") == 2_300_000   # (still: a smaller scale after a larger one adds)
    assert found("Năm 2024, tỷ lệ bao phủ BHYT đạt chín mươi mốt phẩy hai phần trăm dân số.", "value",
                 title=BHXH_TITLE) == [(91.2,)]
    # (not "hàng chục nghìn": tens of thousands, no figure)
    assert found("Năm 2024, có hàng chục nghìn người chưa tham gia BHYT.", "value", title=BHXH_TITLE) == []


def test_a_part_of_the_debt_and_a_ratio_said_in_words_are_no_observations():
    assert found("Năm 2024, tổng số nợ BHXH là 500 tỷ đồng, trong đó nợ kéo dài từ 3 tháng trở lên chiếm gần 60%.",
                 "indicator", title=BHXH_TITLE) == [("contribution_arrears",)]
    assert found("Năm 2021, cứ mười người ứng cử đại biểu HĐND thì có khoảng bốn người là chị em.", "value") == []


def test_a_sentence_stating_only_a_plan_plans_what_the_sentence_before_measured():
    body = ("Tính đến 30/6/2025, số người tham gia BHTN chiếm 42,8% lực lượng lao động trong độ tuổi. Chỉ tiêu năm 2025 là "
            "45%.")
    assert found(body, "indicator", "value", "kind", title=BHXH_TITLE) == [
        ("ui_coverage_rate", 42.8, "actual"), ("ui_coverage_rate", 45, "target")]
    body = "Năm 2024, toàn huyện có 3.100 người tham gia BHXH tự nguyện. Chỉ tiêu năm nay là 3.520 người."
    assert found(body, "indicator", "value", "kind", title=BHXH_TITLE) == [
        ("si_voluntary_participants", 3100, "actual"), ("si_voluntary_participants", 3520, "target")]


def test_a_share_of_peoples_committees_is_a_share_of_places():
    assert found("Năm 2024, có 75% UBND các cấp có lãnh đạo chủ chốt là nữ.", "value", title=BHXH_TITLE) == []
