"""Rules added in extractor 1.1: bare plan figures, a count after its share, a topic carried from the
previous sentence, the pre-2025 name of Thừa Thiên Huế, and the one-scan phrase index."""

from datetime import datetime

from chiso.documents import make_article
from chiso.extraction import extract
from chiso.extraction.catalogue import phrase_index, trie_regex
from chiso.geography import official_name
from chiso.text import fold

PUB = datetime(2024, 11, 28, 9, 0)


def obs(body, title="BHXH tỉnh Nam Định: kết quả 10 tháng", published=PUB):
    a = make_article("t.txt", title, body, published)
    return [o for o in extract(a) if o.kind != "derived"]


def test_bare_plan_amount_is_a_target_of_the_figure_it_follows():
    found = obs("Đến hết tháng 10/2024, BHXH tỉnh đã thu 3.215,7 tỷ đồng, đạt 82,41% kế hoạch 3.902 tỷ đồng.")
    plan = [o for o in found if o.value == 3902e9]
    assert len(plan) == 1 and plan[0].indicator == "insurance_revenue" and plan[0].kind == "target"
    actual = [o for o in found if o.value == 3215.7e9]
    assert actual and actual[0].kind == "actual"


def test_plan_in_parentheses_after_a_count():
    found = obs("Số người tham gia BHYT là 1.150.000 người (kế hoạch: 1.176.000 người).")
    plan = [o for o in found if o.value == 1176000]
    assert len(plan) == 1 and plan[0].indicator == "hi_participants" and plan[0].kind == "target"


def test_count_in_parentheses_after_its_share():
    found = obs("Tỷ lệ nữ tham gia Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2020 - 2025 là 13,73% (7/51 đồng chí).",
                title="Nâng cao tỷ lệ nữ tham gia cấp ủy")
    pairs = {(o.indicator, o.value) for o in found}
    assert ("women_party_committee_share", 13.73) in pairs
    assert ("women_party_committee_count", 7) in pairs


def test_count_after_share_needs_matching_fraction():
    found = obs("Tỷ lệ nữ tham gia Ban Chấp hành Đảng bộ tỉnh là 13,73% (20/51 đồng chí).",
                title="Nâng cao tỷ lệ nữ tham gia cấp ủy")
    assert ("women_party_committee_count", 20) not in {(o.indicator, o.value) for o in found}


def test_percentage_without_cue_takes_the_previous_sentence_topic():
    found = obs("Tỷ lệ bao phủ BHYT toàn tỉnh đạt 93,5% dân số. Tuy vậy, xã Quế Phong mới đạt 84,2%.")
    carried = [o for o in found if o.value == 84.2]
    assert len(carried) == 1 and carried[0].indicator == "hi_coverage_rate" and carried[0].confidence < 0.8


def test_no_carry_when_the_figure_names_its_own_population():
    found = obs("Tỷ lệ bao phủ BHYT toàn tỉnh đạt 93,5% dân số. Có 100% xã đạt chuẩn văn hóa.")
    assert not [o for o in found if o.value == 100]


def test_thua_thien_hue_before_the_merger():
    assert official_name("Huế", "2024") == "Thừa Thiên Huế"
    assert official_name("Huế", "2021/2026") == "Thừa Thiên Huế"
    assert official_name("Huế", "2025-09-30") == "Huế"
    # (the city of Huế since 1 January 2025, before the merger of provinces)
    assert official_name("Huế", "2025-03-07") == "Huế" and official_name("Huế", "2025") == "Huế"
    assert official_name("Huế", "2024-12-31") == "Thừa Thiên Huế"
    assert official_name("Bình Phước", "2024") == "Bình Phước"
    found = obs("Tính đến ngày 31/12/2024, toàn tỉnh Thừa Thiên Huế có 1.050.000 người tham gia BHYT.",
                title="BHXH tỉnh Thừa Thiên Huế tổng kết năm 2024", published=datetime(2025, 1, 10))
    assert found and found[0].province == "Thừa Thiên Huế"


def test_phrase_index_finds_nested_and_overlapping_phrases():
    text = fold("người tham gia BHYT, cấp thẻ BHYT")
    keys = {k for _s, _e, k in phrase_index().scan(text, 0, len(text))}
    assert {"tham gia bhyt", "tham gia", "bhyt", "cấp thẻ", "cấp", "thẻ bhyt"} <= keys


def test_phrase_index_respects_word_boundaries():
    text = fold("khen thưởng")
    keys = {k for _s, _e, k in phrase_index().scan(text, 0, len(text))}
    assert "hưởng" not in keys


def test_trie_regex_prefers_the_longest_phrase():
    import re
    rx = re.compile("(?:" + trie_regex(["chi", "chi trả", "chi phí"]) + r")(?!\w)")
    assert rx.match("chi trả").group(0) == "chi trả"
    assert rx.match("chi thêm").group(0) == "chi"
