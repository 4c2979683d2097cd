"""Rules added in extractor 1.5.0, each on a small inline text written for the test.

They came from nine more blind reviews (interviews and opinion, post-merger provinces, labour statistics,
health insurance in detail, digests and broadcast transcripts, official reports with text tables and legacy
encodings, congress season, district and commune news, national overviews and rankings), as those of 1.4.0
did: new articles annotated by hand from the catalogue's rules before the extractor was run on them; these
sentences are new ones of the same kinds. Guard tests ("… still …", "… not …") say what a rule must leave alone."""

from datetime import datetime

from chiso.documents import make_article
from chiso.extraction import extract
from chiso.extraction.numbers import find_numbers

PUB = datetime(2025, 3, 6, 9, 0)


def obs(body, title="Tin tức tỉnh Nghệ An", published=PUB):
    return [o for o in extract(make_article("t.txt", title, body, published)) if o.kind != "derived"]


def pairs(body, **kw):
    return {(o.indicator, o.value) for o in obs(body, **kw)}


def test_hien_before_the_whole_country_or_province_is_now():
    found = obs("Năm 2023, toàn tỉnh có 175.000 người tham gia BHXH. Hiện toàn tỉnh có 3.300 người đang hưởng lương hưu, "
                "hiện cả nước có khoảng 3,3 triệu người hưởng lương hưu.")
    assert [(o.value, o.period) for o in found] == [(175000, "2023"), (3300, "2025-03-06"), (3.3e6, "2025-03-06")]


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
    # (phone numbers are no figures at all, padded or grouped by spaces: asked of the number reader, since no catalogue
    # measure would take them anyway)
    assert find_numbers("Mọi thắc mắc xin liên hệ số 0912 345 678 hoặc 02383 844 123.") == []


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


# --- social-media posts: emphasis, emoji bullets, headings in capitals ----------------------------------

def test_a_post_s_emphasis_emoji_bullets_and_a_target_heading_in_capitals():
    found = obs("📌 KẾT QUẢ 9 THÁNG\n👉 Toàn tỉnh có **24.816 nữ** công chức, viên chức, chiếm **68,4%**.\n\n"
                "🎯 NĂM 2025 PHẤN ĐẤU\n✔️ Bao phủ BHYT đạt 93,4% dân số\n✔️ 31,5% LLLĐ trong độ tuổi tham gia BHXH",
                title=BHXH_TITLE, published=datetime(2024, 10, 8))
    assert [(o.indicator, o.value, o.kind) for o in found] == [
        ("women_staff_count", 24816, "actual"), ("women_staff_share", 68.4, "actual"),
        ("hi_coverage_rate", 93.4, "target"), ("si_coverage_rate", 31.5, "target")]


# --- the workforce of sectors and its managers -------------------------------------------------------

def test_a_sector_s_workforce_named_by_its_trade_and_its_managers():
    found = pairs("Riêng đội ngũ bác sĩ có 4.620 người, trong đó nữ 1.905 người (41,2%). Đội ngũ giảng viên có 2.512 người, "
                  "trong đó 1.198 nữ. Tòa án hai cấp có 47 Thẩm phán nữ.")
    assert found == {("women_staff_count", 1905), ("women_staff_share", 41.2), ("women_staff_count", 1198),
                     ("women_staff_count", 47)}
    found = pairs("Đội ngũ cán bộ quản lý các cơ sở giáo dục có 3.412 người, trong đó nữ 2.003 người, tỷ lệ 58,7%. Bệnh viện "
                  "có 11 nữ trưởng khoa, phòng.")
    assert found == {("women_leader_count", 2003), ("women_leader_share", 58.7), ("women_leader_count", 11)}
    # (the managers, teachers and staff of a sector together are its workforce; an honour is not a post)
    found = pairs("Tổng số cán bộ quản lý, giáo viên, nhân viên toàn ngành là 47.356 người, trong đó nữ 37.790 người, "
                  "chiếm 79,8%. Năm 2023, có 12 nhà giáo nữ được Chủ tịch nước phong tặng danh hiệu Nhà giáo ưu tú.")
    assert found == {("women_staff_count", 37790), ("women_staff_share", 79.8)}


def test_all_visits_before_the_health_insurance_s_the_country_s_benchmark_and_a_call_up_quota():
    assert pairs("Ngành y tế đã khám, chữa bệnh cho 3,6 triệu lượt người, trong đó khám chữa bệnh BHYT là 2,84 triệu lượt.") \
        == {("hi_treatment_visits", 2.84e6)}
    found = obs("Tỷ lệ bao phủ BHYT đạt 93,6% dân số, vẫn thấp hơn mức bình quân chung của cả nước (94,2%).")
    assert [(o.value, o.province) for o in found] == [(93.6, "Nghệ An"), (94.2, "Việt Nam")]
    assert obs("Tỉnh đã tổ chức Lễ giao nhận quân với 2.050 thanh niên nhập ngũ, đạt 100% chỉ tiêu.") == []


# --- unemployment insurance: decisions granted, lists named after their last item, former participants ------

def test_decisions_granting_a_benefit_and_a_list_whose_measure_follows_its_last_item():
    found = obs("Trong 5 tháng, tỉnh Đồng Nai có 22.106 người, tỉnh Bình Phước có 2.874 người hưởng trợ cấp thất nghiệp.",
                title="Trợ cấp thất nghiệp", published=datetime(2025, 6, 15))
    assert [(o.indicator, o.value, o.province) for o in found] == [
        ("benefit_recipients", 22106, "Đồng Nai"), ("benefit_recipients", 2874, "Bình Phước")]
    assert pairs("Sở đã ban hành 7.512 quyết định hưởng trợ cấp thất nghiệp.", title=BHXH_TITLE) == {
        ("benefit_recipients", 7512)}


def test_people_who_stopped_taking_part_or_met_at_a_dialogue_are_not_participants():
    assert obs("Có 65.864 người đã dừng tham gia BHTN được hỗ trợ từ Quỹ.", title=BHXH_TITLE) == []
    assert obs("BHXH tỉnh tổ chức 15 hội nghị đối thoại với hơn 3.000 công nhân về lợi ích của việc bảo lưu thời gian "
               "đóng BHXH.", title=BHXH_TITLE) == []


def test_both_ends_of_a_rise_from_one_level_to_another_each_with_its_time():
    found = obs("Số người tham gia BHXH tự nguyện tăng từ 3.105 người (năm 2019) lên 11.740 người (năm 2023).", title=BHXH_TITLE)
    assert [(o.value, o.period) for o in found] == [(3105, "2019"), (11740, "2023")]
    found = obs("Tỷ lệ nữ giữ chức vụ trưởng, phó đơn vị đã tăng từ 26,5% năm 2020 lên 32,2% hiện nay.")
    assert [(o.indicator, o.value, o.period) for o in found] == [
        ("women_leader_share", 26.5, "2020"), ("women_leader_share", 32.2, "2025-03-06")]


def test_a_rounded_restatement_is_the_exact_figure_an_estimate_is_not_a_rounding():
    found = obs("UBND tỉnh đánh giá kinh tế - xã hội 6 tháng đầu năm: hơn 386 nghìn người tham gia BHXH.\n\n"
                "Tính đến 30/6/2025, toàn tỉnh có 386.520 người tham gia BHXH.", title=BHXH_TITLE, published=datetime(2025, 7, 5))
    assert [o.value for o in found] == [386520]
    # (not an estimate of the whole beside a district's level)
    found = obs("Tỷ lệ bao phủ BHYT huyện Nghi Lộc đạt 92,9%. Toàn tỉnh, tỷ lệ bao phủ BHYT năm 2025 ước đạt 93,1%.", title=BHXH_TITLE,
                published=datetime(2025, 12, 30))
    assert {o.value for o in found} == {92.9, 93.1}


def test_a_rounding_differs_from_the_exact_figure_only_below_its_last_digit():
    # (1.175.000 is no rounding of 1.168.540: an estimate for the end of the year beside the count at 30 November)
    found = obs("Tính đến ngày 30/11/2023, toàn tỉnh có 1.168.540 người tham gia BHYT. Ước đến hết năm 2023, toàn tỉnh có "
                "khoảng 1.175.000 người tham gia BHYT.", title=BHXH_TITLE, published=datetime(2023, 12, 27))
    assert {o.value for o in found} == {1168540, 1175000}
    found = obs("Gần 1,17 triệu người tham gia BHYT.\n\nTính đến 30/6/2025, toàn tỉnh có 1.168.540 người tham gia BHYT.",
                title=BHXH_TITLE, published=datetime(2025, 7, 5))
    assert [o.value for o in found] == [1168540]


def test_a_part_of_a_target_is_a_target_a_part_of_a_level_after_a_plan_is_a_level():
    found = obs("Ông Sơn cho biết, mục tiêu đến cuối năm 2025, tỷ lệ bao phủ BHYT toàn tỉnh đạt 97,5% dân số, trong đó nhóm "
                "người DTTS đạt trên 98%.", title=BHXH_TITLE, published=datetime(2025, 8, 14))
    assert {(o.value, o.kind) for o in found} == {(97.5, "target"), (98, "target")}
    # (the sentence opens with a level: the plan it beat is no target for the parts)
    found = obs("Tính đến ngày 31/12/2025, toàn tỉnh có 687.214 người tham gia BHXH, vượt chỉ tiêu Nghị quyết HĐND tỉnh giao; "
                "trong đó tham gia BHXH bắt buộc 571.932 người.", title=BHXH_TITLE, published=datetime(2026, 1, 10))
    assert {(o.value, o.kind) for o in found} == {(687214, "actual"), (571932, "actual")}


def test_gifts_of_cards_and_commercial_insurance_are_not_social_insurance_figures():
    found = obs("Ngày 4/11, BHXH tỉnh phối hợp với các nhà hảo tâm tổ chức trao tặng 2.500 thẻ BHYT và 150 sổ BHXH tự nguyện cho "
                "người dân có hoàn cảnh khó khăn. Toàn ngành đã vận động mua thẻ BHYT tặng 1.800 học sinh nghèo. Năm 2024, BHXH "
                "tỉnh đã cấp 12.500 thẻ BHYT cho trẻ em dưới 6 tuổi.", title=BHXH_TITLE, published=datetime(2024, 11, 5))
    assert [o.value for o in found] == [12500]
    found = obs("Các doanh nghiệp bảo hiểm nhân thọ vẫn chi trả quyền lợi bảo hiểm hơn 70.000 tỷ đồng cho khách hàng; khoảng 11% "
                "dân số có bảo hiểm nhân thọ. Mục tiêu đến năm 2025 có 15% dân số tham gia bảo hiểm nhân thọ, đến năm 2030 là "
                "18%. Chi nhánh Ngân hàng Chính sách xã hội quản lý tổng nguồn vốn 17.860 tỷ đồng, tổng dư nợ 17.520 tỷ đồng. "
                "Đến cuối năm 2024, cả nước có 20,1 triệu người tham gia BHXH.", title="Thị trường bảo hiểm năm 2024",
                published=datetime(2025, 2, 14))
    assert [o.value for o in found] == [20100000]


def test_the_year_of_a_comparison_base_is_not_carried_on():
    found = obs("Tính đến ngày 30/6/2024, số người tham gia BHXH bắt buộc trên địa bàn tỉnh là 247.902 người, tăng 9.487 người so "
                "với cùng thời điểm năm 2023; số người tham gia BHXH tự nguyện đạt 131.574 người. Số người tham gia BHYT là "
                "3.205.118 người.", title=BHXH_TITLE, published=datetime(2024, 7, 5))
    assert {(o.value, o.period) for o in found} == {(247902, "2024-06-30"), (131574, "2024-06-30"), (3205118, "2024-06-30")}
    found = obs("Năm 2024, số người tham gia BHXH tự nguyện lên 42.680 người, gấp hơn 4 lần năm 2019 và đạt 104,2% kế hoạch "
                "được giao.", title=BHXH_TITLE, published=datetime(2025, 1, 10))
    assert {(o.value, o.period) for o in found} == {(42680, "2024"), (104.2, "2024")}

