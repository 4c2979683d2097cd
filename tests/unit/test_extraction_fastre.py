"""The fast-path scans find exactly what the patterns they stand for find."""

import re

from chiso.extraction import context, engine
from chiso.extraction.fastre import blank_matches, finditer_at_word_start, search_at_word_start

TEXTS = [
    "cả nước có 1.000 người; toàn quốc, trên toàn quốc và bhxh việt nam. xcả nước _cả nước 63 tỉnh, thành",
    "hội liên hiệp phụ nữ tỉnh, thu nhập, chi bộ; athu nhập thu nhậpx chi tiết chi cục",
    "",
    "toàn vùng toàn khu vực bhxh tỉnh, của tỉnh ubnd thành phố tỉnh ủy",
]


def _spans(it):
    return [m.span() for m in it]


def test_word_start_scan_equals_lookbehind_pattern():
    for body in (engine._NATIONAL_BODY, engine._REGION_BODY, engine._BARE_PROVINCE_BODY, engine._MASK_PHRASES):
        full = re.compile(r"(?<!\w)" + body.pattern)
        for text in TEXTS:
            assert _spans(finditer_at_word_start(body, text)) == _spans(full.finditer(text))
            for end in range(0, len(text) + 1, 7):
                m = search_at_word_start(body, text, 0, end)
                ref = full.search(text, 0, end)
                assert (m.span() if m else None) == (ref.span() if ref else None)


def test_blank_matches_equals_sub():
    full = re.compile(r"(?<!\w)" + engine._MASK_PHRASES.pattern)
    for text in TEXTS:
        assert blank_matches(engine._MASK_PHRASES, text) == full.sub(lambda m: " " * len(m.group(0)), text)


def test_organisations_scan_equals_finditer():
    text = ("BHXH tỉnh Bình Phước, Sở Nội vụ tỉnh Lạng Sơn và UBND huyện Quế Sơn; xBHXH tỉnh A; "
            "Hội LHPN Việt Nam, Tỉnh ủy Nghệ An, Ban Chấp hành Trung ương, Quốc hội khóa XV.")
    assert _spans(context._org_matches(text)) == _spans(context._ORG_RE.finditer(text))
