"""Rules added in extractor 2.2.0, each on a small inline text written for the test.

They came from session 14's blind reviews (159–162): new articles annotated by hand from the
catalogue's rules before the extractor was run on them; these sentences are new ones of the same
kinds. Guard tests ("… still …", "… not …") say what a rule must leave alone."""

from datetime import datetime

from chiso.extraction import EXTRACTOR_VERSION
from tests.unit.rule_texts import finder

PUB = datetime(2025, 10, 8, 9, 0)

found = finder("Tin tức tỉnh Nghệ An", PUB)


def test_version():
    assert EXTRACTOR_VERSION == "2.2.0"


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
