"""Rules added in extractor 2.1.0, each on a small inline text written for the test.

They came from session 13's blind reviews (134–137): new articles annotated by hand from the
catalogue's rules before the extractor was run on them; these sentences are new ones of the same
kinds. Guard tests ("… still …", "… not …") say what a rule must leave alone."""

from datetime import datetime

from chiso.extraction import EXTRACTOR_VERSION
from tests.unit.rule_texts import finder

PUB = datetime(2025, 8, 15, 9, 0)

found = finder("Tin tức tỉnh Nghệ An", PUB)


def test_version():
    assert EXTRACTOR_VERSION == "2.1.0"


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
