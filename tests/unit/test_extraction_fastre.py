"""The fast-path scans find exactly what the patterns they stand for find."""

import random
import re

from chiso.extraction import catalogue, context, engine, numbers, sentences
from chiso.extraction.fastre import (PresentAlternatives, blank_matches, finditer_at_word_start, search_at_word_start,
                                     search_last_words, word_starts_not_after_space)
from chiso.text import fold

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


# --- equivalence of the fast paths with the patterns they stand for, on generated texts ------------

def _texts(vocabulary, count=400, seed=5, words=30):
    rng = random.Random(seed)
    glue = [" ", " ", " ", "", "  ", "\n", ", ", "(", ")", "/", "-", ".", "x"]
    return ["".join(rng.choice(vocabulary) + rng.choice(glue) for _ in range(rng.randint(0, words))) for _ in range(count)]


def test_word_start_scan_restarts_after_a_match_inside_a_word():
    body = engine._NATIONAL_BODY
    full = re.compile(r"(?<!\w)" + body.pattern)
    for text in _texts(["cả nước", "xcả nước", "toàn quốc", "trên toàn quốc", "63 tỉnh, thành", "quốc", "a1"]):
        assert _spans(finditer_at_word_start(body, text)) == _spans(full.finditer(text))
        assert _spans(finditer_at_word_start(body, text, 3, len(text) - 2)) == _spans(full.finditer(text, 3, len(text) - 2))


def test_search_last_words_equals_search():
    # each pattern with the most words a match of it spans
    cases = [(engine._RATE_LEVEL_LEFT, 4), (engine._POSSESSIVE_LEFT, 2), (engine._MILESTONE_LEFT, 4), (engine._FROM_UP, 2),
             (engine._THRESHOLD_LEFT, 2), (engine._TAKES_WORD_END, 2), (engine._TOTAL_LEFT, 3), (context._APPROX, 3)]
    vocabulary = ("mức tối thiểu tối đa quy định sàn trần bình quân là của gần hơn khoảng trên vượt qua dưới ngưỡng chạm "
                  "mốc có với những các từ không quá ít nhất chiếm trong tổng số / xấp xỉ ước tính đạt chừng ngót như "
                  "hàng độ tới lên a1").split()
    for text in _texts(vocabulary, count=3000, words=8):
        for pattern, words in cases:
            found, ref = search_last_words(pattern, text, words), pattern.search(text)
            assert (found and found.span()) == (ref and ref.span()), (pattern.pattern, text)


def test_present_alternatives_find_what_the_full_pattern_finds():
    for alternatives in (engine._MASK_PHRASE_ALTERNATIVES, engine._NATIONAL_ALTERNATIVES):
        phrases = [rx.replace("(?:của )?", "của ").replace("(?: phố)?", " phố") for rx, _literal in alternatives._alternatives]
        for text in _texts(phrases + ["thu", "chi", "phụ", "nữ", "hội", "việt nam", "tỉnh"], words=12):
            pattern = alternatives.for_text(text)
            full = list(alternatives.full.finditer(text))
            assert _spans(pattern.finditer(text) if pattern else []) == _spans(full)


def test_present_alternatives_literals_are_in_every_match():
    alternatives = PresentAlternatives((("ab+c", "a"), ("x(?:y)?z", "xz")), r"(?!\w)")
    assert alternatives.for_text("abbc") is not None and alternatives.for_text("xyz") is None


def test_word_starts_not_after_space():
    text = "Ab (cd) 1.234/5\nef  g-h"
    starts = word_starts_not_after_space(text)
    reference = [i for i in range(len(text)) if re.match(r"\w", text[i]) and (i == 0 or (text[i - 1] != " " and re.match(r"\W", text[i - 1])))]
    assert starts == reference
    assert word_starts_not_after_space(text, 5, 12) == [s for s in reference if 5 <= s < 12]


def _reference_scan(index, text, lo, hi):
    """PhraseIndex.scan as first written: the pattern searched from every word start."""
    out, pos, n = [], lo, len(text)
    while pos < hi:
        m = index.pattern.search(text, pos, hi)
        if m is None:
            break
        s, e = m.span()
        if s > 0 and (text[s - 1].isalnum() or text[s - 1] == "_"):
            nw = re.compile(r"\W+").search(text, s, hi)
            pos = nw.end() if nw else hi
            continue
        while m is not None and e > s:
            c = text[e] if e < n else " "
            if not (c.isalnum() or c == "_"):
                key = index.key_of(m.group(0))
                if key is not None:
                    out.append((s, e, key))
            m = index.pattern.match(text, s, e - 1)
            if m is not None:
                e = m.end()
        nw = re.compile(r"\W+").search(text, s, hi)
        pos = nw.end() if nw else hi
    return out


def test_phrase_scan_equals_the_reference_scan():
    index = catalogue.phrase_index()
    phrases = [k for k in index.members if not k.startswith("re:")][:120] + ["bhxh, bhyt", "bhxh và bhtn", "tham", "gia"]
    for text in _texts(phrases, count=150, words=25):
        text = fold(text)
        assert index.scan(text, 0, len(text)) == _reference_scan(index, text, 0, len(text))
        cut = len(text) // 2
        assert index.scan(text, 0, len(text), cut) == [item for item in _reference_scan(index, text, 0, len(text)) if item[0] < cut]


def test_noun_list_commas_equal_the_substitution():
    nouns = "(?:" + "|".join(map(re.escape, engine._LIST_NOUNS)) + ")"
    reference = re.compile("(" + nouns + r")\s*,\s*(?=(" + nouns + r"))(?!ban\s+hành|sở\s+hữu|ngành\s+nghề)")
    vocabulary = list(engine._LIST_NOUNS) + [",", " ,", "người", "bộ", "động", "a,b", ",,", "hành", "hữu"]

    def same(a: str, b: str) -> bool:   # ("người lao động" and "lao động" are one noun; "phó giám đốc" another post)
        longer, shorter = (a, b) if len(a) >= len(b) else (b, a)
        return a == b or (longer.endswith(" " + shorter) and longer != "phó " + shorter)

    for text in _texts(vocabulary, count=2000, words=10):
        # (not before the same noun again: "1.236 lao động, lao động nữ chiếm 87%" has a new subject)
        assert engine._blank_noun_list_commas(text) == reference.sub(
            lambda m: m.group(0) if same(m.group(1), m.group(2)) else m.group(0).replace(",", " "), text)


def _reference_masked_spans(folded):
    """Every mask tried the plain way: the digit masks (with their look-behinds) at every run of digits,
    the others over the whole text."""
    spans = []
    for d in re.finditer(r"[0-9]+", folded):
        for i in numbers._DIGIT_START:
            m = numbers._MASKS[i].match(folded, d.start())
            if m is not None:
                spans.append(m.span())
    for i, mask in enumerate(numbers._MASKS):
        if i not in numbers._DIGIT_START and i != 18:
            spans.extend(m.span() for m in mask.finditer(folded))
    for m in re.compile(r"(?<!\w)" + numbers._PLACE_NUMBER.pattern).finditer(folded):
        words = m.group(0).split()[1:-1]
        if all(w[:1].isalpha() and w not in numbers._NOT_NAME_WORDS for w in words):
            spans.append(m.span(1))
    return sorted(spans)


def test_masked_spans_equal_the_masks():
    vocabulary = ["12", "8/3", "31/12/2024", "2024-05-01", "5/2024", "2020 - 2025", "16:52", "8h30", "14 giờ 30", "9h",
                  "1900 9068", "0912.345.678", "0912345678", "1.234", "95-96,9%", "30%", "120 lượt xem", "từ 3 đến 5",
                  "ngày 8/3", "năm 2024", "quyết định số 12", "xã Quế Xuân 1", "phường 5", "điện thoại: 0912 345 678",
                  "3999/BHXH-TCKT", "a1", "٣12", ".", ",", "nữ"]
    for text in _texts(vocabulary, count=600, words=12):
        folded = fold(text)
        assert numbers._masked_spans(folded) == _reference_masked_spans(folded), folded


def test_sentence_boundaries_equal_the_pattern():
    vocabulary = ["Tỉnh", "có", "TP.", "HCM", "1.234", "người.", "Ông", "A.", "“Số", "liệu”", "(BHXH).", "v.v.", "!", "?", "…"]
    for text in _texts(vocabulary, count=600, words=15):
        assert _spans(sentences._boundary_matches(text)) == _spans(sentences._BOUNDARY.finditer(text))


def test_target_words_are_in_every_target_match():
    examples = ["phấn đấu", "chỉ tiêu", "mục tiêu", "được giao", "giao chỉ tiêu", "sẽ đạt", "sẽ có", "sẽ", "dự kiến", "đặt ra",
                "đề ra", "hướng tới", "hướng đến", "định hướng", "phải đạt", "cần đạt", "bảo đảm tỷ lệ", "đảm bảo tỷ lệ",
                "bảo đảm có", "đảm bảo có", "tối thiểu", "ít nhất", "kế hoạch năm 2025 là đạt", "kế hoạch đạt", "nhằm đạt",
                "đến năm 2030 tỷ lệ đạt", "cơ cấu", "quy hoạch"]
    for example in examples:
        assert context._TARGET.search(example), example
        assert context._TARGET_WORD.search(example), example


def _reference_nearest(starts, items, sent, pos, carry_from, after_ok=None):
    inside = [x for s, x in zip(starts, items) if sent.start <= s < sent.end]
    before = [x for x in inside if x[0] < pos]
    if before:
        return before[-1]
    after = [x for x in inside if x[0] >= pos and (after_ok is None or after_ok(x))]
    if after:
        return after[0]
    if carry_from is not None and carry_from < sent.start:
        earlier = [x for s, x in zip(starts, items) if carry_from <= s < sent.start]
        if earlier:
            return earlier[-1]
    return None


def test_nearest_equals_the_list_scan():
    rng = random.Random(3)
    for _ in range(2000):
        starts = sorted(rng.sample(range(200), rng.randint(0, 12)))
        items = [(s, rng.choice("ab")) for s in starts]
        a = rng.randint(0, 150)
        sent = sentences.Sentence(a, a + rng.randint(0, 60), 0, 0)
        pos = rng.randint(a - 5, sent.end + 5)
        carry = rng.choice([None, rng.randint(0, 200)])
        ok = rng.choice([None, lambda x: x[1] == "a"])
        assert engine._nearest(starts, items, sent, pos, carry, ok) == _reference_nearest(starts, items, sent, pos, carry, ok)


def test_half_year_pattern_spelt_with_literal_starts():
    reference = re.compile(r"(?:6|sáu)\s+tháng\s+(đầu|cuối)\s+năm(?:\s+(\d{4}))?|nửa\s+(đầu|cuối)\s+năm(?:\s+(\d{4}))?"
                           r"|6\s+tháng\s+(?:năm\s+)?((?:19|20)\d{2})(?!\d)")
    half = dict(context._PERIOD_PATTERNS)["half"]
    words = ["6", "sáu", "nửa", "tháng", "đầu", "cuối", "năm", "2024", "16", "x6"]
    for text in _texts(words, count=3000, words=9):
        assert [(m.span(), m.group(1) or m.group(3), m.group(2) or m.group(4) or m.group(5)) for m in reference.finditer(text)] == \
            [(m.span(), m.group(1) or m.group(3) or m.group(5), m.group(2) or m.group(4) or m.group(6) or m.group(7))
             for m in half.finditer(text)]
