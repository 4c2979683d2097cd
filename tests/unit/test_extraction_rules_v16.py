"""Rules added in extractor 1.6.0, each on a small inline text written for the test.

They came from twelve more blind reviews (portal pages, time series, precision stress, the 2026 elections, the
2024 Social Insurance Law, HTML tables, messy inputs, labour statistics, commune news after the 2025 reorganisation,
interviews, congress bulletins, health-insurance digests), as those of 1.5.0 did: new articles annotated by hand from
the catalogue's rules before the extractor was run on them; these sentences are new ones of the same kinds. Guard tests
("… still …", "… not …") say what a rule must leave alone."""

from datetime import datetime

from chiso.documents import make_article
from chiso.extraction import extract

PUB = datetime(2025, 3, 6, 9, 0)
BHXH_TITLE = "BHXH tỉnh Nghệ An tổng kết năm"


def obs(body, title="Tin tức tỉnh Nghệ An", published=PUB):
    return [o for o in extract(make_article("t.txt", title, body, published)) if o.kind != "derived"]


def pairs(body, **kw):
    return {(o.indicator, o.value) for o in obs(body, **kw)}


def test_a_share_of_women_right_after_a_total_and_the_count_in_brackets_after_it():
    found = obs("Tổng số đại biểu HĐND tỉnh nhiệm kỳ 2021-2026 là 85 người, nữ chiếm 30,6% (26 đại biểu).",
                published=datetime(2025, 3, 15))
    assert {(o.indicator, o.value) for o in found} == {("women_deputy_share", 30.6), ("women_deputy_count", 26)}
    found = obs("Tỷ lệ bao phủ BHYT toàn tỉnh đạt 92,8% (1.196.300 người).", title=BHXH_TITLE)
    assert {(o.indicator, o.value) for o in found} == {("hi_coverage_rate", 92.8), ("hi_participants", 1196300)}
    # (the posts held name the whole, not the noun of who holds them)
    found = obs("Trong số 1,02 triệu lao động giữ vị trí nhà lãnh đạo trong các ngành, các cấp, nữ chiếm 26,3%.",
                title="Tình hình lao động quý III", published=datetime(2024, 10, 6))
    assert [(o.indicator, o.value) for o in found] == [("women_leader_share", 26.3)]
    # (a rate in brackets is no count: "đạt 92,8% (kế hoạch 93%)")
    found = obs("Tỷ lệ bao phủ BHYT toàn tỉnh đạt 92,8% (kế hoạch 93%).", title=BHXH_TITLE)
    assert {(o.indicator, o.value, o.kind) for o in found} == {("hi_coverage_rate", 92.8, "actual"),
                                                              ("hi_coverage_rate", 93, "target")}


def test_a_quarter_is_the_time_of_its_figures():
    # (a quarter's flow is of its year: the catalogue has no quarter; "hết quý" is the quarter's last day)
    found = obs("Quý II/2023, toàn tỉnh thu 1.350 tỷ đồng. Hết quý III năm 2024, tỷ lệ bao phủ BHYT đạt 93,1%.",
                title=BHXH_TITLE, published=datetime(2025, 1, 6))
    assert [(o.value, o.period) for o in found] == [(1.35e12, "2023"), (93.1, "2024-09-30")]
    # (a quarter without its year, in January, is last year's; the stocks after a quarter's flow keep the as-of date)
    found = obs("Tính đến ngày 31/12/2024, toàn tỉnh có 384.215 người tham gia BHXH. Quý IV, BHXH tỉnh thu 3.000 tỷ đồng. "
                "Số nợ là 236,4 tỷ đồng.", title=BHXH_TITLE, published=datetime(2025, 1, 6))
    assert [(o.value, o.period) for o in found] == [(384215, "2024-12-31"), (3e12, "2024"), (236.4e9, "2024-12-31")]


def test_owners_of_household_businesses_both_schemes_together_and_managers_without_pay():
    found = obs("Đến hết tháng 7/2026, toàn tỉnh có 3.386 chủ hộ kinh doanh tham gia BHXH bắt buộc. Tính chung cả BHXH bắt "
                "buộc và tự nguyện, toàn tỉnh có 482.610 người tham gia. Người quản lý doanh nghiệp không hưởng lương có "
                "2.940 người.", title=BHXH_TITLE, published=datetime(2026, 8, 10))
    # (managers "không hưởng lương" draw no pay: no benefit)
    assert [(o.indicator, o.value) for o in found] == [("si_compulsory_participants", 3386), ("si_participants", 482610)]


def test_this_figure_is_the_figure_of_the_sentence_before_nearest_to_it():
    found = obs("Tính đến hết tháng 1/2024, toàn tỉnh có 298.412 người tham gia BHXH, trong đó số người tham gia BHXH tự nguyện "
                "là 96.530 người. Đến hết quý I, con số này tăng lên 301.877 người.", title=BHXH_TITLE, published=datetime(2024, 7, 12))
    assert [(o.indicator, o.value) for o in found] == [("si_participants", 298412), ("si_voluntary_participants", 96530),
                                                       ("si_participants", 301877)]


def test_participants_of_no_scheme_named_are_those_of_the_paragraph_s_scheme():
    found = obs("Năm 2019, toàn tỉnh có 1.089.230 người tham gia BHYT, tỷ lệ bao phủ đạt 85,8% dân số. Năm 2020, số người "
                "tham gia vẫn tăng lên 1.112.406 người, đạt 87,2%; năm 2021 là 88,9%.", title="Hà Tĩnh sau 5 năm",
                published=datetime(2023, 12, 27))
    assert [(o.indicator, o.value, o.period) for o in found] == [
        ("hi_participants", 1089230, "2019"), ("hi_coverage_rate", 85.8, "2019"), ("hi_participants", 1112406, "2020"),
        ("hi_coverage_rate", 87.2, "2020"), ("hi_coverage_rate", 88.9, "2021")]
    # (not another paragraph's scheme, nor participants of something else)
    found = obs("Năm 2019, toàn tỉnh có 1.089.230 người tham gia BHYT.\n\nNăm 2020, có 1.500 người tham gia tập huấn.",
                title="Hà Tĩnh sau 5 năm", published=datetime(2023, 12, 27))
    assert [o.value for o in found] == [1089230]


def test_a_group_fronted_by_trong_so_is_the_topic_of_the_places_figures_after_it():
    found = obs("Trong số người tham gia BHXH bắt buộc, khu vực Bình Dương (cũ) có 1.312.440 người; khu vực Bà Rịa - Vũng Tàu "
                "(cũ) có 402.118 người.", title="BHXH TP Hồ Chí Minh kết quả 9 tháng", published=datetime(2026, 10, 10))
    assert [(o.indicator, o.value) for o in found] == [("si_compulsory_participants", 1312440),
                                                       ("si_compulsory_participants", 402118)]
    # (not of a group's subgroups that are no places: the other groups are not women)
    found = obs("Tỉnh có 114 người ứng cử đại biểu HĐND tỉnh. Trong số người ứng cử có 49 người là nữ, chiếm 42,98%; 71 người "
                "dân tộc thiểu số, chiếm 62,28%; 9 người ngoài Đảng.", title="Kết quả hiệp thương", published=datetime(2026, 2, 10))
    assert [o.value for o in found] == [49, 42.98]


def test_an_apposition_between_a_subject_and_its_predicate():
    for body in ("Số người tham gia BHXH tự nguyện tại khu vực Gia Lai (cũ) - địa bàn có đông đồng bào dân tộc thiểu số - "
                 "đạt 41.260 người.",
                 "Số người tham gia BHXH tự nguyện tại khu vực Gia Lai, địa bàn có đông đồng bào dân tộc thiểu số, đạt 41.260 người."):
        assert [(o.indicator, o.value) for o in obs(body, title=BHXH_TITLE)] == [("si_voluntary_participants", 41260)]
    # (a clause that is no apposition: a share of ministries is no share of women)
    found = obs("Có 10/30 bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ có lãnh đạo chủ chốt là nữ, đạt 33,3%.",
                title="Nữ lãnh đạo")
    assert found == []


def test_other_countries_figures_and_currencies_are_not_viet_nam_s():
    body = ("Nhật Bản hiện có khoảng 40,3 triệu người hưởng lương hưu quốc gia.\n\n"
            "Tại Đức, khoảng 21 triệu người đang hưởng lương hưu; tổng chi lương hưu năm 2024 khoảng 380 tỷ euro.\n\n"
            "Hàn Quốc: Quỹ hưu trí có nguy cơ cạn kiệt\n\n"
            "NPS có khoảng 22,3 triệu người tham gia và 6,8 triệu người đang hưởng lương hưu.\n\n"
            "Bài học cho Việt Nam\n\n"
            "Năm 2024, cả nước có 3,3 triệu người hưởng lương hưu. Huyện Đức Hòa có 1.200 người hưởng lương hưu.")
    found = obs(body, title="Lương hưu ở các nước", published=datetime(2025, 4, 22))
    assert [o.value for o in found] == [3.3e6, 1200]
    # (a title that opens with another country is no section of it)
    found = obs("Toàn tỉnh có 1.200 người hưởng lương hưu.", title="Nhật Bản hỗ trợ tỉnh Nghệ An",
                published=datetime(2025, 4, 22))
    assert [o.value for o in found] == [1200]


def test_patients_hospitals_union_members_benefit_levels_and_jobs_are_no_catalogue_figures():
    for body in ("Trong số người bệnh đến khám, khoảng 78% có thẻ BHYT. Tổng thu của bệnh viện năm 2024 đạt 615 tỷ đồng.",
                 "Công đoàn quản lý 245.820 đoàn viên, trong đó đoàn viên nữ 158.360 người, chiếm 64,4%.",
                 "Mức hưởng bình quân 4,8 triệu đồng/người/tháng, bằng 60% bình quân tiền lương tháng đóng BHTN.",
                 "Có 15 HTX do phụ nữ quản lý, điều hành, giải quyết việc làm cho 3.200 lao động nữ."):
        assert obs(body, published=datetime(2024, 12, 20)) == [], body


def test_a_space_typed_after_a_separator_is_part_of_the_figure():
    found = obs("Tính đến ngày 31/12/2022, toàn tỉnh có 1. 234 nữ cán bộ, công chức cấp tỉnh, chiếm 46, 8% tổng số cán bộ, "
                "công chức. Kết quả đạt được. 4. 100% đảng bộ bầu trực tiếp bí thư.", title="Nữ cán bộ tỉnh Vĩnh Long",
                published=datetime(2023, 3, 7))
    assert [(o.indicator, o.value) for o in found] == [("women_staff_count", 1234), ("women_staff_share", 46.8)]


def test_a_council_s_standing_officers_and_posts_elected_at_a_session_are_leaders_the_politburo_a_party_committee():
    for body, expected in [
            ("Thường trực HĐND thành phố khóa XVII gồm 8 người, trong đó có 3 nữ.", [("women_leader_count", 3)]),
            ("Trong 15 chức danh lãnh đạo chủ chốt của HĐND, UBND tỉnh được bầu tại kỳ họp có 4 nữ, chiếm 26,67%.",
             [("women_leader_count", 4), ("women_leader_share", 26.67)]),
            ("Nhiệm kỳ 2021-2026, có 4/18 thành viên Ủy ban Thường vụ Quốc hội là nữ.", [("women_leader_count", 4)]),
            ("Bộ Chính trị khóa XIII có 1 đồng chí nữ.", [("women_party_committee_count", 1)])]:
        found = obs(body, title="Kỳ họp thứ nhất", published=datetime(2026, 4, 10))
        assert [(o.indicator, o.value) for o in found] == expected, body
    # (a resolution of the Politburo names no committee of women; training for women deputies is no share of them)
    found = obs("Thực hiện Nghị quyết 11-NQ/TW của Bộ Chính trị, toàn tỉnh có 20.713 nữ cán bộ, công chức, chiếm 63,89%. "
                "Hội phối hợp tổ chức tập huấn kỹ năng hoạt động cho 100% nữ đại biểu HĐND.", title="Cán bộ nữ Gia Lai",
                published=datetime(2023, 11, 24))
    assert [(o.indicator, o.value) for o in found] == [("women_staff_count", 20713), ("women_staff_share", 63.89)]


def test_plans_opening_a_sentence_and_assignments_are_targets_and_a_past_deadline_is_what_was_reached():
    found = obs("Kế hoạch năm 2024, BHXH tỉnh phát triển 50.000 người tham gia BHXH tự nguyện. UBND tỉnh giao BHXH tỉnh phát "
                "triển 12.000 người tham gia BHYT hộ gia đình. BHXH tỉnh đã hoàn thành kế hoạch, thu 2.000 tỷ đồng.",
                title=BHXH_TITLE, published=datetime(2024, 3, 8))
    assert [(o.value, o.kind) for o in found] == [(50000, "target"), (12000, "target"), (2e12, "actual")]
    found = obs("Năm 2018, tỷ lệ nữ đại biểu HĐND tỉnh là 24,1%, đến năm 2020 đạt 28,5%. Phấn đấu đến năm 2026 tỷ lệ nữ "
                "đại biểu HĐND tỉnh đạt 35%.", published=datetime(2024, 3, 8))
    assert [(o.value, o.kind) for o in found] == [(24.1, "actual"), (28.5, "actual"), (35, "target")]


def test_levels_reached_by_a_change_are_levels_of_the_measure_before():
    found = obs("Năm 2022, số người tham gia BHXH tự nguyện giảm còn 29.874 người; đến năm 2023 phục hồi lên 35.640 người. "
                "Số người tham gia BHXH bắt buộc giảm mạnh, chỉ còn 1.012.450 người vào cuối tháng 3.", title=BHXH_TITLE,
                published=datetime(2023, 10, 16))
    assert [(o.indicator, o.value, o.period) for o in found] == [
        ("si_voluntary_participants", 29874, "2022"), ("si_voluntary_participants", 35640, "2023"),
        ("si_compulsory_participants", 1012450, "2023-03")]
    found = obs("Số nữ đại biểu Quốc hội khóa XII là 127 người, sang khóa XIII (2011-2016) giảm xuống 122 người, tương đương "
                "24,4%.", title="Nữ đại biểu Quốc hội qua các khóa", published=datetime(2026, 3, 7))
    assert [(o.indicator, o.value, o.period) for o in found] == [
        ("women_deputy_count", 127, "2007/2011"), ("women_deputy_count", 122, "2011/2016"), ("women_deputy_share", 24.4, "2011/2016")]
    # (a change is still no level: "…, giảm 1.200 người so với năm 2022")
    found = obs("Năm 2023 có 35.640 người tham gia BHXH tự nguyện, giảm 1.200 người so với năm 2022.", title=BHXH_TITLE,
                published=datetime(2024, 1, 16))
    assert [o.value for o in found] == [35640]


def test_the_term_of_an_aside_with_its_own_level_is_not_the_event_s_term():
    found = obs("Tỷ lệ nữ đại biểu HĐND thành phố khóa XVI đạt 32,7%, cao hơn nhiệm kỳ trước (nhiệm kỳ 2016-2021 là 31,25%).",
                title="Kết quả bầu cử HĐND thành phố", published=datetime(2021, 6, 10))
    assert [(o.value, o.period) for o in found] == [(32.7, "2021"), (31.25, "2016/2021")]


def test_a_series_of_clauses_led_by_a_time_alone_counts_what_the_first_counted():
    found = obs("Năm học 2020-2021 có 1.012 nữ cán bộ quản lý trường học (hiệu trưởng, phó hiệu trưởng), chiếm 55,4%; năm học "
                "2022-2023 là 1.058 người, chiếm 57,3%; hiện nay có 1.093 người, chiếm 59,6% tổng số cán bộ quản lý các trường.",
                title="Nữ cán bộ quản lý giáo dục", published=datetime(2024, 10, 14))
    assert [(o.value, o.period) for o in found] == [(1012, "2020/2021"), (55.4, "2020/2021"), (1058, "2022/2023"),
                                                    (57.3, "2022/2023"), (1093, "2024-10-14"), (59.6, "2024-10-14")]
    found = obs("Tại thời điểm 31/3/2023, số tiền nợ BHXH, BHYT, BHTN là 1.126 tỷ đồng; đến cuối quý II tăng lên 1.284 tỷ đồng; "
                "đến 30/9/2023 là 1.197 tỷ đồng.", title=BHXH_TITLE, published=datetime(2024, 10, 14))
    assert [(o.value, o.period) for o in found] == [(1.126e12, "2023-03-31"), (1.284e12, "2023-06-30"), (1.197e12, "2023-09-30")]


def test_clauses_of_former_provinces_after_a_whole():
    found = obs("Tính đến ngày 30/6/2025, trên địa bàn tỉnh có 2.961.300 người tham gia BHYT, đạt tỷ lệ bao phủ 90,1% dân số. "
                "Trong đó, khu vực Lâm Đồng cũ có 1.226.300 người, tỷ lệ bao phủ 92,4%; khu vực Bình Thuận cũ 1.140.000 người, "
                "đạt 91%; khu vực Đắk Nông cũ chỉ đạt 87,6% với 595.000 người tham gia.", title="BHXH tỉnh Lâm Đồng",
                published=datetime(2025, 7, 20))
    assert [(o.indicator, o.value) for o in found] == [
        ("hi_participants", 2961300), ("hi_coverage_rate", 90.1), ("hi_participants", 1226300), ("hi_coverage_rate", 92.4),
        ("hi_participants", 1140000), ("hi_coverage_rate", 91), ("hi_coverage_rate", 87.6), ("hi_participants", 595000)]


def test_amounts_per_unit_a_hospital_s_revenue_patients_shares_and_all_visits_are_no_insurance_figures():
    for body in ("Chi phí bình quân một lượt KCB ngoại trú là 412.000 đồng, nội trú 8,26 triệu đồng.",
                 "Chi phí KCB BHYT tăng cao, có nơi lên tới 7,9 triệu đồng/lượt.",
                 "Một bệnh nhân 82 tuổi có tổng chi phí điều trị hơn 60 triệu đồng, được quỹ BHYT chi trả 80%.",
                 "Bệnh viện tiếp nhận hơn 285.000 lượt người, trong đó 87% là người bệnh có thẻ BHYT.",
                 "Giữ vững tỷ lệ bao phủ BHYT khi hơn 100.000 người thoát cận nghèo."):
        assert obs(body, published=datetime(2025, 1, 9)) == [], body
    found = obs("Tổng thu của bệnh viện năm 2024 ước đạt 1.210 tỷ đồng, trong đó thanh toán từ quỹ BHYT khoảng 944 tỷ đồng. "
                "Bệnh viện đã khám, điều trị cho 1.214.600 lượt người, trong đó có 932.800 lượt KCB BHYT. Tỷ lệ bao phủ BHYT "
                "toàn tỉnh đạt 93,8% dân số, trong đó nhóm do ngân sách nhà nước đóng chiếm 71,5%.", published=datetime(2025, 1, 9))
    assert [(o.indicator, o.value) for o in found] == [("benefit_expenditure", 944e9), ("hi_treatment_visits", 932800),
                                                       ("hi_coverage_rate", 93.8)]


def test_hien_toan_anything_is_now():
    found = obs("Năm 2024, bệnh viện thu 500 tỷ đồng.\n\nHiện toàn bệnh viện có 3.420 nhân viên y tế, trong đó nữ chiếm 64,5%.",
                title="Bệnh viện Trung ương Huế", published=datetime(2025, 1, 9))
    assert [(o.value, o.period) for o in found] == [(64.5, "2025-01-09")]


def test_regions_are_no_province_nor_the_country_and_coverage_without_a_scheme_is_the_counted_scheme_s():
    found = obs("Đến hết năm 2024, vùng Đông Nam Bộ có tỉ lệ tham gia BHXH cao nhất cả nước, đạt 63,5%. Trong khi đó, Tây Nguyên "
                "chỉ đạt 22,4%. Cả nước đạt 42,7%. Bình Dương là địa phương có tỷ lệ tham gia BHXH cao nhất vùng Đông Nam Bộ, "
                "đạt 82,6%. TP.HCM có 2,6 triệu người tham gia BHXH; tỷ lệ bao phủ đạt 54,7%.", title="Bao phủ BHXH theo vùng",
                published=datetime(2025, 5, 20))
    assert [(o.indicator, o.value, o.province) for o in found] == [
        ("si_coverage_rate", 63.5, None), ("si_coverage_rate", 22.4, None), ("si_coverage_rate", 42.7, "Việt Nam"),
        ("si_coverage_rate", 82.6, "Bình Dương"), ("si_participants", 2.6e6, "Hồ Chí Minh"),
        ("si_coverage_rate", 54.7, "Hồ Chí Minh")]


def test_shares_within_women_are_not_women_s_share_of_a_workforce():
    for body in ("Tỷ lệ lao động nữ làm việc phi chính thức là 63,1%.", "Chỉ khoảng 8% lao động nữ trong khu vực này có hợp đồng.",
                 "Lao động nữ từ 35 – 54 tuổi chiếm 52% số lao động nữ phi chính thức.", "Có hơn 60% công nhân nữ đang ở trọ.",
                 "Đồng bào dân tộc thiểu số chiếm gần 32% dân số, tỷ lệ hộ nghèo còn 6,4%."):
        assert obs(body, published=datetime(2024, 4, 6)) == [], body
    assert pairs("Lao động nữ chiếm 46,8% tổng số lao động có việc làm.") == {("women_staff_share", 46.8)}


def test_a_women_item_under_a_whole_and_other_groups_after_women():
    found = obs("Kết quả bầu cử Ban Chấp hành Đảng bộ các xã như sau:\n- Tổng số cấp ủy viên được bầu: 3.286 đồng chí, trong đó:\n"
                "+ Nữ: 742 đồng chí, chiếm 22,58%;\n+ Dưới 40 tuổi: 820 đồng chí, chiếm 24,95%.", title="Đại hội Đảng bộ cấp xã",
                published=datetime(2025, 9, 20))
    assert [(o.indicator, o.value) for o in found] == [("women_party_committee_count", 742),
                                                       ("women_party_committee_share", 22.58)]
    assert pairs("Có 7 người ứng cử là nữ, 3 người là dân tộc thiểu số.") == {("women_candidate_count", 7)}


def test_items_of_a_list_under_a_deadline_are_targets_of_its_year_and_numbered_items_are_items():
    for body in ("Đại hội thông qua các chỉ tiêu. Phấn đấu đến năm 2030:\n- Tỷ lệ dân số tham gia BHYT đạt 97,5%;\n"
                 "- Tỷ lệ lực lượng lao động trong độ tuổi tham gia BHXH đạt 45%.",
                 "Đến năm 2030, phấn đấu:\n1. Tỷ lệ dân số tham gia BHYT đạt 97,5%;\n"
                 "2. Tỷ lệ lực lượng lao động trong độ tuổi tham gia BHXH đạt 45%."):
        found = obs(body, title="Đại hội Đảng bộ tỉnh", published=datetime(2025, 9, 20))
        assert [(o.value, o.kind, o.period) for o in found] == [(97.5, "target", "2030"), (45, "target", "2030")], body
    # (a figure of its own year in brackets is what was reached; a report's results of its objectives are results)
    found = obs("Trong đó đến năm 2030:\n- Tỷ lệ dân số tham gia BHYT đạt 96% trở lên (năm 2025 ước đạt 93,8%).",
                title="Đại hội Đảng bộ tỉnh", published=datetime(2025, 9, 20))
    assert [(o.value, o.kind, o.period) for o in found] == [(96, "target", "2030"), (93.8, "actual", "2025")]
    found = obs("II. KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU CỦA CHIẾN LƯỢC\n1. Mục tiêu 1: Tăng cường sự tham gia của phụ nữ\n"
                "a) Về tỷ lệ nữ đại biểu dân cử\n- Tỷ lệ nữ đại biểu HĐND tỉnh nhiệm kỳ 2021-2026: 30,77%.",
                title="Báo cáo bình đẳng giới", published=datetime(2024, 12, 20))
    assert [(o.value, o.kind) for o in found] == [(30.77, "actual")]


def test_speakers_people_outside_a_scheme_party_admission_and_women_s_share_of_the_population():
    found = obs("Nói về đội ngũ, Tổng Giám đốc cho biết toàn ngành hiện có hơn 22.000 công chức, viên chức, trong đó nữ chiếm "
                "55%; 31% lãnh đạo cấp phòng trở lên là nữ.", title="Hội nghị triển khai nhiệm vụ", published=datetime(2025, 1, 6))
    assert [(o.indicator, o.value) for o in found] == [("women_staff_share", 55), ("women_leader_share", 31)]
    for body in ("Nói cách khác, cứ 100 lao động trong độ tuổi vẫn còn hơn 52 người đứng ngoài hệ thống BHXH.",
                 "Khoảng 1.800 người không còn được ngân sách đóng BHYT.",
                 "Các cấp Hội đã giới thiệu 1.245 cán bộ nữ ưu tú cho Đảng xem xét, kết nạp.",
                 "Phụ nữ Bắc Ninh chiếm hơn 50% dân số thì bao giờ mới có 50% ghế trong HĐND?",
                 "Có những nơi đạt trên 30% cấp ủy viên là nữ."):
        assert obs(body, published=datetime(2025, 10, 15)) == [], body


def test_a_bare_term_number_in_a_paragraph_on_the_national_assembly_and_a_trên_b_women():
    found = obs("Tỷ lệ nữ đại biểu Quốc hội qua các khóa có tăng nhưng tốc độ tăng rất chậm: khóa XIII có 122 nữ, chiếm 24,4%; "
                "khóa XIV có 133 nữ, chiếm 26,72%. Đoàn đại biểu Quốc hội tỉnh khóa XV có 3 trên 7 đại biểu là nữ.",
                title="Nữ đại biểu Quốc hội", published=datetime(2024, 10, 20))
    assert [(o.value, o.period) for o in found] == [(122, "2011/2016"), (24.4, "2011/2016"), (133, "2016/2021"),
                                                    (26.72, "2016/2021"), (3, "2021/2026")]
    # (not a council's own term numbers, even after the Assembly was named)
    found = obs("Cử tri đã bầu đại biểu Quốc hội và HĐND các cấp. Ủy ban bầu cử tỉnh công bố 52 người trúng cử đại biểu HĐND tỉnh "
                "khóa XIII; trong đó có 14 nữ, chiếm 26,92%.", title="Kết quả bầu cử", published=datetime(2021, 6, 5))
    assert {o.period for o in found} == {"2021"}


def test_legal_floors_related_links_bare_plans_and_the_completion_of_a_plan_just_stated():
    for body in ("Tỷ lệ nữ trong danh sách đạt 42,96%, cao hơn yêu cầu tối thiểu 35% theo quy định của Luật Bầu cử.",
                 "Hội giới thiệu ít nhất 2 nữ ứng cử viên tại mỗi đơn vị bầu cử HĐND tỉnh."):
        values = [o.value for o in obs(body, published=datetime(2026, 2, 10))]
        assert 35 not in values and 2 not in values, body
    assert pairs("Phấn đấu tỷ lệ nữ đại biểu HĐND tỉnh đạt ít nhất 35%.") == {("women_deputy_share", 35)}
    found = obs("Toàn tỉnh có 2.100 chủ hộ kinh doanh tham gia BHXH bắt buộc.\n\nXem thêm: Vĩnh Long: Hơn 1.200 chủ hộ kinh doanh "
                "tham gia BHXH bắt buộc\n\nToàn tỉnh có 189.600 người tham gia BHXH tự nguyện. Chỉ tiêu năm 2026 của tỉnh là "
                "205.000 người. Khu vực Ninh Thuận (cũ) được giao chỉ tiêu thu 2.145 tỷ đồng, đến nay đạt 49,8%.",
                title=BHXH_TITLE, published=datetime(2026, 4, 16))
    assert [(o.indicator, o.value, o.kind) for o in found] == [
        ("si_compulsory_participants", 2100, "actual"), ("si_voluntary_participants", 189600, "actual"),
        ("si_voluntary_participants", 205000, "target"), ("insurance_revenue", 2.145e12, "target"),
        ("plan_completion_rate", 49.8, "actual")]


def test_a_women_item_after_a_total_item():
    found = obs("1. Danh sách ứng cử đại biểu HĐND TP khóa XI\n\n- Tổng số người ứng cử: 208 người (số dư 83 người);\n\n"
                "- Nữ: 89 người, chiếm 42,79%;\n\n- Người dân tộc thiểu số: 9 người (4,33%);", title="Danh sách ứng cử",
                published=datetime(2026, 2, 28))
    assert [(o.indicator, o.value) for o in found] == [("women_candidate_count", 89), ("women_candidate_share", 42.79)]


def test_a_scheme_row_under_a_caption_in_people_and_the_result_after_the_plan():
    body = ("Kết quả phát triển người tham gia đến 30/9/2026 (đơn vị: người)\n\n"
            "Chỉ tiêu | Kế hoạch năm 2026 | Thực hiện đến 30/9/2026 | Tỷ lệ so với kế hoạch (%)\n\n"
            "BHXH bắt buộc | 168.500 | 160.214 | 95,1\n\nBHYT | 1.720.000 | 1.668.432 | 97,0\n\nNguồn: BHXH tỉnh.")
    found = obs(body, title="BHXH tỉnh Quảng Trị sơ kết 9 tháng", published=datetime(2026, 10, 10))
    assert [(o.indicator, o.value, o.kind) for o in found] == [
        ("si_compulsory_participants", 168500, "target"), ("si_compulsory_participants", 160214, "actual"),
        ("plan_completion_rate", 95.1, "actual"), ("hi_participants", 1720000, "target"),
        ("hi_participants", 1668432, "actual"), ("plan_completion_rate", 97.0, "actual")]


def test_a_total_column_takes_the_caption_s_measure():
    body = ("Số người tham gia BHXH theo khu vực (đến 30/6/2026, đơn vị: người)\n\n"
            "Khu vực | BHXH bắt buộc | BHXH tự nguyện | Tổng\n\nLâm Đồng (cũ) | 148.230 | 52.415 | 200.645\n\n"
            "Bình Thuận (cũ) | 109.870 | 38.126 | 147.996\n\nNguồn: BHXH tỉnh.")
    found = obs(body, title="BHXH tỉnh Lâm Đồng 6 tháng", published=datetime(2026, 7, 10))
    assert [(o.indicator, o.value) for o in found] == [
        ("si_compulsory_participants", 148230), ("si_voluntary_participants", 52415), ("si_participants", 200645),
        ("si_compulsory_participants", 109870), ("si_voluntary_participants", 38126), ("si_participants", 147996)]


def test_rows_named_by_several_columns_one_merged_over_rows_and_a_unit_column_with_a_rate_s_base():
    body = ("Bảng 1. Số lượng, tỷ lệ nữ giữ chức vụ lãnh đạo, quản lý các cấp (tính đến 31/12/2023)\n\n"
            "Cấp | Chức danh | Tổng số | Nữ | Tỷ lệ nữ (%)\n\nCấp tỉnh | Lãnh đạo sở, ban, ngành | 142 | 27 | 19,01\n\n"
            "– | Lãnh đạo cấp phòng thuộc sở | 486 | 139 | 28,60\n\nNguồn: Sở Nội vụ.")
    found = obs(body, title="Nữ lãnh đạo tỉnh Quảng Ngãi", published=datetime(2024, 3, 7))
    assert [(o.indicator, o.value) for o in found] == [("women_leader_count", 27), ("women_leader_share", 19.01),
                                                       ("women_leader_count", 139), ("women_leader_share", 28.6)]
    body = ("Kết quả thực hiện các chỉ tiêu năm 2024\n\nSTT | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện\n\n"
            "1 | Số người tham gia BHXH | Người | 205.000 | 201.872\n\n2 | Tỷ lệ bao phủ BHYT | % dân số | 94,00 | 93,62\n\n"
            "3 | Số đơn vị tham gia BHXH bắt buộc | Đơn vị | - | 6.842\n\nNguồn: BHXH tỉnh.")
    found = obs(body, title=BHXH_TITLE, published=datetime(2025, 1, 10))
    assert [(o.indicator, o.value, o.kind) for o in found] == [
        ("si_participants", 205000, "target"), ("si_participants", 201872, "actual"),
        ("hi_coverage_rate", 94, "target"), ("hi_coverage_rate", 93.62, "actual")]


def test_a_markdown_table_in_a_text_file_its_years_in_headings_and_parts_under_a_whole():
    from chiso.documents import parse_document
    text = ("BHXH tỉnh Quảng Nam tổng kết năm 2024\n09/01/2025 10:00 AM\n\nKết quả thực hiện năm 2024 và kế hoạch năm 2025 "
            "như sau:\n\n| Chỉ tiêu | Thực hiện 2024 | Kế hoạch 2025 |\n|---|---|---|\n"
            "| Số người tham gia BHXH (người) | 231.870 | 252.400 |\n| - BHXH bắt buộc | 178.215 | 186.900 |\n\n"
            "Nguồn: BHXH tỉnh Quảng Nam")
    [article] = parse_document("bhxh-quang-nam-2025-01-09.txt", text.encode())
    found = [(o.indicator, o.value, o.kind, o.period) for o in extract(article) if o.kind != "derived"]
    assert found == [("si_participants", 231870, "actual", "2024"), ("si_participants", 252400, "target", "2025"),
                     ("si_compulsory_participants", 178215, "actual", "2024"),
                     ("si_compulsory_participants", 186900, "target", "2025")]


def test_a_rate_after_a_count_whose_base_the_sentence_named_earlier():
    found = obs("Đắk Lắk – địa phương có lực lượng lao động đông nhất vùng với gần 1,1 triệu người trong độ tuổi – hiện có "
                "246.300 người tham gia BHXH, đạt 20,9%. Toàn vùng Đông Nam Bộ có khoảng 5,98 triệu người tham gia BHXH, chiếm "
                "gần 1/3 số người tham gia BHXH của cả nước; tỷ lệ bao phủ đạt 57,6% lực lượng lao động trong độ tuổi.",
                title="Bao phủ BHXH vùng", published=datetime(2025, 5, 15))
    assert [(o.indicator, o.value) for o in found] == [("si_participants", 246300), ("si_coverage_rate", 20.9),
                                                       ("si_participants", 5.98e6), ("si_coverage_rate", 57.6)]


def test_the_rate_of_the_sentence_before_for_a_place_whose_count_follows_with_voi():
    found = obs("TP.HCM có hơn 2,75 triệu người tham gia BHXH; tỷ lệ bao phủ đạt 54,7%. Đồng Nai đạt 61,2% với 1,02 triệu người "
                "tham gia.", title="Bao phủ BHXH vùng Đông Nam Bộ", published=datetime(2024, 8, 6))
    assert [(o.indicator, o.value, o.province) for o in found][-2:] == [("si_coverage_rate", 61.2, "Đồng Nai"),
                                                                       ("si_participants", 1.02e6, "Đồng Nai")]


def test_provinces_merged_in_are_no_place_of_the_figure_and_riêng_leads_a_clause_of_a_part():
    found = obs("Riêng TP Hồ Chí Minh sau khi hợp nhất với Bình Dương và Bà Rịa – Vũng Tàu có 2,5 triệu người tham gia BHXH. "
                "Tại tỉnh An Giang (mới), sau khi hợp nhất với tỉnh Kiên Giang, số người tham gia BHXH đạt 512.400 người; riêng "
                "khu vực Kiên Giang (cũ) là 238.900 người.", title="BHXH sau hợp nhất", published=datetime(2025, 10, 10))
    assert [o.value for o in found] == [2.5e6, 512400, 238900]
    assert [o.province for o in found[:2]] == ["Hồ Chí Minh", "An Giang"]
    # (still: "Sau hợp nhất với Sóc Trăng và Hậu Giang, thành phố Cần Thơ …" is Cần Thơ's)
    assert [o.province for o in obs("Sau hợp nhất với Sóc Trăng và Hậu Giang, thành phố Cần Thơ hiện có gần 3 triệu người tham "
                                    "gia BHYT.", published=datetime(2025, 10, 10))] == ["Cần Thơ"]


def test_an_abbreviation_in_brackets_after_its_noun_is_no_clause_break():
    found = obs("Toàn tỉnh có 289.430 học sinh, sinh viên (HSSV) tham gia BHYT. Số người nộp hồ sơ đề nghị hưởng trợ cấp thất "
                "nghiệp (TCTN): 9.846 người.", title=BHXH_TITLE, published=datetime(2025, 6, 10))
    assert [(o.indicator, o.value) for o in found] == [("hi_participants", 289430)]


def test_a_debt_s_share_of_the_planned_revenue_is_the_arrears_rate():
    found = obs("- Số tiền chậm đóng: 286,9 tỷ đồng, chiếm 1,79% kế hoạch thu.", title=BHXH_TITLE)
    assert [(o.indicator, o.value) for o in found] == [("contribution_arrears", 286.9e9), ("arrears_rate", 1.79)]
    # (not a revenue's share of its plan after the debt was named)
    found = obs("Số tiền chậm đóng giảm, tổng thu đạt 5.000 tỷ đồng, chiếm 40% kế hoạch thu năm.", title=BHXH_TITLE)
    assert [(o.indicator, o.value) for o in found] == [("insurance_revenue", 5e12), ("plan_completion_rate", 40)]


def test_visits_said_with_the_verb_first_or_as_insured_patients():
    found = obs("Năm 2024, bệnh viện đã khám cho 412.560 lượt người, trong đó khám BHYT 371.300 lượt, chiếm 90%. Bệnh viện đã "
                "khám cho 512.300 lượt người bệnh BHYT. Hội tổ chức khám sức khỏe cho 1.200 lượt phụ nữ có thẻ BHYT.",
                title="Bệnh viện tỉnh tổng kết năm", published=datetime(2025, 1, 9))
    assert [(o.indicator, o.value) for o in found] == [("hi_treatment_visits", 371300), ("hi_treatment_visits", 512300)]


def test_a_hypothetical_example_is_no_observation_but_a_comparison_or_a_total_introduced_by_neu_are():
    found = obs("Nếu một đơn vị bầu cử có 5 người ứng cử để chọn 3 mà hai chị nữ đều xếp cuối thì rất khó trúng cử. Nếu như năm "
                "2015, tỷ lệ bao phủ BHYT của tỉnh mới đạt 76,2% thì đến nay đã đạt 92,1%. Nếu tính cả BHXH tự nguyện, toàn "
                "tỉnh có 120.000 người tham gia BHXH.", title="Phỏng vấn", published=datetime(2025, 3, 7))
    assert [(o.value, o.period) for o in found][:2] == [(76.2, "2015"), (92.1, "2025-03-07")]
    assert [o.value for o in found] == [76.2, 92.1, 120000]


def test_an_answer_s_this_rate_is_the_rate_of_the_question():
    found = obs("PV: Có ý kiến cho rằng tỷ lệ tham gia BHXH của tỉnh mới khoảng 19% lực lượng lao động. Ông nghĩ sao?\n\n"
                "Ông Trần Văn Khởi: Đúng là tỷ lệ này hiện mới đạt 19,4% lực lượng lao động trong độ tuổi.",
                title="Phỏng vấn Giám đốc BHXH tỉnh", published=datetime(2025, 11, 20))
    # (the question's "khoảng 19%" is the same figure said roughly: one observation since 2.3.0)
    assert [(o.indicator, o.value) for o in found] == [("si_coverage_rate", 19.4)]


def test_hien_moi_dat_is_now():
    found = obs("Năm 2024, tỷ lệ tham gia BHXH đạt 18%. Đúng là tỷ lệ tham gia BHXH hiện mới đạt 19,4% lực lượng lao động trong "
                "độ tuổi.", published=datetime(2025, 11, 20))
    assert [(o.value, o.period) for o in found] == [(18, "2024"), (19.4, "2025-11-20")]


def test_a_level_in_brackets_after_a_compared_term_is_of_that_term_and_reached():
    found = obs("Phấn đấu tỷ lệ nữ đại biểu HĐND tỉnh nhiệm kỳ 2026 – 2031 đạt từ 35% trở lên, cao hơn nhiệm kỳ 2021 – 2026 (tỷ lệ "
                "nữ đại biểu HĐND tỉnh khóa XVIII là 27,06%).", published=datetime(2026, 3, 25))
    assert [(o.value, o.kind, o.period) for o in found] == [(35, "target", "2026/2031"), (27.06, "actual", "2021/2026")]
    found = obs("Tính đến ngày 31/8/2025, số tiền chậm đóng là 9,84 tỷ đồng, tăng gần 2 tỷ đồng so với cuối năm 2024 (thời điểm "
                "đó là 7,9 tỷ đồng).", title=BHXH_TITLE, published=datetime(2025, 9, 10))
    assert [(o.value, o.period) for o in found] == [(9.84e9, "2025-08-31"), (7.9e9, "2024")]


def test_participants_of_no_scheme_after_their_figure_take_the_scheme_counted_before():
    found = obs("Tính đến hết tháng 3/2025, toàn tỉnh có 1.208.450 người tham gia BHYT, đạt tỷ lệ bao phủ 93,6% dân số. Trong đó, "
                "nhóm hộ gia đình có 298.117 người tham gia, giảm 4.210 người so với cùng kỳ.", published=datetime(2025, 4, 10))
    assert [(o.indicator, o.value) for o in found] == [("hi_participants", 1208450), ("hi_coverage_rate", 93.6),
                                                       ("hi_participants", 298117)]
