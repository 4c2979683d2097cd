"""Number mentions in normalised Vietnamese text.

:func:`find_numbers` returns every *quantity* written in the text - digits with Vietnamese or
English separators, scale words (nghìn, triệu, tỷ, nghìn tỷ), amounts in words ("ba nữ bộ
trưởng", "hơn một tỷ đồng"), percentages (``%``, "phần trăm", or implied by "đạt 98,31 kế
hoạch") and "a/b (p%)" fractions - with its span and parsed value. Numbers that are part of
dates, times, years, document numbers, phone numbers, terms, ordinals, ranges and page
counters are never returned.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from chiso.extraction.fastre import finditer_at_word_start
from chiso.text import fold

SCALES = {"tr.": 1e6, "nghìn tỷ": 1e12, "ngàn tỷ": 1e12, "nghìn tỉ": 1e12, "ngàn tỉ": 1e12, "triệu tỷ": 1e15, "triệu tỉ": 1e15,
          "nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9, "trăm": 1e2}
_SCALE_RE = re.compile(r"\s*(nghìn\s+tỷ|ngàn\s+tỷ|nghìn\s+tỉ|ngàn\s+tỉ|triệu\s+tỷ|triệu\s+tỉ|nghìn|ngàn|triệu|tỷ|tỉ|tr\.(?=\s*(?:đồng|đ)(?!\w)))(?:(?<=\.)|(?!\w))(?!\s*lệ)")
_MONEY_RE = re.compile(r"\s*(?:đồng(?!\s+(?:chí|bào|nghiệp|thời|ý|hành|đội|phục|hương|loại|bộ|đều|tâm|minh|lòng))|đ|vnđ|vnd)(?!\w)")
_PERCENT_RE = re.compile(r"\s*(%|phần\s+trăm(?!\w))")

PERSON_NOUNS = ("người", "lượt người", "nlđ", "nữ", "phụ nữ", "cán bộ", "công chức", "viên chức", "lao động", "người lao động",
                "đại biểu", "đồng chí", "ứng cử viên", "ứng viên", "cấp ủy viên", "ủy viên", "thành viên", "chị",
                "cbcc", "cbccvc", "ccvc", "nhân viên", "đối tượng", "trường hợp", "nữ cán bộ", "nữ đại biểu",
                "giáo viên", "học viên", "hội viên", "đảng viên", "bác sĩ", "người dân", "nhân khẩu", "lao động nữ",
                "cán bộ nữ", "biên chế", "vị trí", "chức danh", "lãnh đạo", "nữ lãnh đạo", "bộ trưởng", "thứ trưởng",
                "giám đốc", "phó giám đốc", "trưởng phòng", "chủ tịch", "phó chủ tịch", "bí thư", "phó bí thư", "cử tri",
                "học sinh", "sinh viên", "hssv", "học sinh, sinh viên", "trẻ em", "công nhân", "hiệu trưởng",
                "phó hiệu trưởng", "trưởng, phó phòng", "trưởng phòng", "phó trưởng phòng", "phó phòng", "trưởng, phó",
                "cấp trưởng", "cấp phó", "trưởng khoa", "trưởng, phó khoa", "trưởng ban", "phó trưởng ban", "em",
                "nhà giáo", "giảng viên", "thẩm phán", "quân nhân", "y sĩ", "điều dưỡng", "kiểm sát viên",
                "chủ hộ kinh doanh", "chủ hộ", "người quản lý doanh nghiệp", "thân nhân", "người thân", "cựu chiến binh",
                "người cao tuổi", "hưu trí",
                # trades and groups of the insured ("9.648 ngư dân được hỗ trợ mua thẻ BHYT")
                "ngư dân", "nông dân", "diêm dân", "bạn thuyền", "thuyền viên", "tiểu thương", "tài xế", "shipper",
                "xã viên", "đồng bào", "bà con", "bệnh nhân", "thương binh", "nghệ nhân")
# ("272.315 em tham gia BHYT": pupils; not in words, see _word_numbers)
VISIT_NOUNS = ("lượt",)
CARD_NOUNS = ("thẻ", "sổ", "thẻ bhyt", "sổ bhxh", "lượt thẻ", "lượt cấp thẻ")
# nouns after a number that make it something the catalogue never counts
OTHER_NOUNS = ("tỉnh", "thành phố", "huyện", "quận", "xã", "phường", "thị trấn", "thị xã", "đơn vị", "cơ quan", "bộ",
               "ngành", "địa phương", "doanh nghiệp", "trường", "hộ", "hộ gia đình", "năm", "tháng", "ngày", "giờ",
               "phút", "tuần", "quý", "tuổi", "lần", "kỳ", "khóa", "lớp", "buổi", "cuộc", "hội nghị", "tin", "bài",
               "văn bản", "hồ sơ", "km", "ha", "m2", "kg", "tấn", "chi bộ", "đảng bộ", "tổ chức", "cơ sở", "điểm",
               "nhóm", "đoàn", "đợt", "chương trình", "kế hoạch", "mô hình", "câu lạc bộ", "clb", "gian hàng",
               "bệnh viện", "phòng", "chỉ tiêu", "nhiệm vụ", "giải", "bằng khen", "tập thể", "cá nhân", "sản phẩm",
               "dự án", "công trình", "căn", "ngôi", "suất", "phần quà", "phút", "giây", "điều", "khoản", "mục", "trang",
               "thôn", "bản", "ấp", "xóm", "làng", "tổ dân phố", "khu phố", "khóm", "buôn", "plei", "sóc",
               # other currencies: "380 tỷ euro", "69.308 yên/tháng" are no amounts in đồng
               "euro", "eur", "usd", "đô la", "đôla", "đô la mỹ", "yên", "won", "nhân dân tệ", "bảng anh", "baht", "ringgit")
_DURATION_RE = re.compile(r"\s*(?:năm|tháng|ngày|giờ|phút|tuần|quý|tuổi|thập kỷ|nhiệm kỳ)(?!\w)")

_WORD_DIGITS = {"không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "nhăm": 5,
                "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9}
_NUMBER_WORDS = ("nửa", "một", "mốt", "hai", "ba", "bốn", "tư", "năm", "lăm", "nhăm", "sáu", "bảy", "bẩy", "tám", "chín",
                 "mười", "mươi", "trăm", "linh", "lẻ", "nghìn", "ngàn", "triệu", "tỷ", "tỉ", "chục", "phẩy", "không")


def _trie(words: list[str]) -> str:
    from chiso.extraction.catalogue import trie_regex
    return trie_regex(words)


# One number word, as a trie ("t(?:r(?:iệu|ăm)|ám|ư|ỉ|ỷ)"): the regex engine then reads a letter once
# instead of once per word that starts with it. No word is a prefix of another, so at most one can
# match at a position and the order of the alternatives does not matter.
_WORD_NUM = "(?:" + _trie(list(_NUMBER_WORDS)) + ")"
# "(?<!\w)" + _WORDS_BODY: a run of number words; written without the look-behind for
# fastre.finditer_at_word_start
_WORDS_BODY = re.compile(_WORD_NUM + r"(?:\s+" + _WORD_NUM + r")*(?!\w)")


@dataclass(frozen=True)
class NumberMention:
    start: int                # span of the figure as written (digits, scale word and % included)
    end: int
    value: float
    text: str
    is_percent: bool = False
    implied_percent: bool = False
    is_money: bool = False    # followed by đồng, or a bare "tỷ" amount
    scale: float = 1.0
    noun: str = ""            # the unit noun right after the figure ("người", "nữ", "thẻ", ...)
    noun_class: str = ""      # 'person' | 'visit' | 'card' | 'other' | ''
    denominator: float | None = None   # "a/b": b
    fraction_percent: float | None = None
    in_words: bool = False
    after: int = 0            # offset where the text after the figure (and its /b) starts


# The rest of a list of numbered things after the first one ("quận 1, 3 và 5", "khoản 2, 3"): more
# numbers of one or two digits, none of them a percentage, an amount or a count of people, visits
# or cards ("Tháng 1, 85 tỷ đồng đã được chi trả").
_NUMBERED_LIST_TAIL = (r"(?:\s*(?:,|và|hoặc)\s*\d{1,2}(?!\d|[.,]\d)(?!\s*(?:%|phần trăm|tỷ|tỉ|triệu|nghìn|ngàn|đồng|"
                       + _trie(list(PERSON_NOUNS + VISIT_NOUNS + CARD_NOUNS)) + r")(?!\w)))*")

# --- masks ------------------------------------------------------------------------------------

_MASKS = [
    # document numbers: 3999/BHXH-TCKT, 1167/QĐ-TTg, 28-NQ/TW, 115/2015/NĐ-CP, 41/2024/QH15
    re.compile(r"(?<![\w])\d+(?:[/.\-]\d+)*(?:[/\-][a-zđ][\w.&]*)+(?:[/\-][\w.&]+)*"),
    # full dates and ISO dates
    re.compile(r"(?<![\d.,])\d{1,2}\s?[/.\-]\s?\d{1,2}\s?[/.\-]\s?\d{2,4}(?![\d])"),
    re.compile(r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)"),
    # month/year, quarter/year: 5/2024, I/2024 handled by year rule
    re.compile(r"(?<![\d.,/])\d{1,2}\s?[/\-]\s?(?:19|20)\d{2}(?!\d)"),
    # year ranges and terms
    re.compile(r"(?<!\d)(?:19|20)\d{2}\s*[-–—/]\s*(?:19|20)\d{2}(?!\d)"),
    # "ngày 8/3", "ngày 20-10", "tháng 5", "quý 2", "năm 2024"
    re.compile(r"(?:ngày|hôm|mùng|mồng|sáng|chiều|tối|trưa|đêm|từ|đến|tới|hết|đầu|cuối|dịp|nhân)\s+(?:ngày\s+)?\d{1,2}\s?[/\-.]\s?\d{1,2}(?![\d,])"),
    re.compile(r"(?<!\w)(?:" + _trie(['ngày', 'tháng', 'quý', 'năm', 'tuần', 'thứ', 'tuổi', 'lớp', 'lần', 'đợt', 'khóa', 'phiên', 'kỳ', 'kế hoạch số', 'văn bản số', 'điều', 'khoản', 'điểm', 'chương', 'mục', 'phần', 'bước', 'giai đoạn', 'vòng', 'top', 'hạng', 'bậc', 'cấp độ', 'nhóm', 'quận', 'phường', 'tổ', 'ấp', 'thôn', 'xóm', 'khu', 'đường', 'quốc lộ', 'tỉnh lộ', 'km', 'phòng', 'tầng', 'lô', 'hẻm', 'ngõ', 'kiệt', 'nghị quyết', 'nghị định', 'quyết định', 'chỉ thị', 'thông tư', 'công văn', 'kết luận', 'quy định', 'luật', 'thông báo', 'tờ trình', 'hướng dẫn', 'covid', 'sars-cov']) + r")\s*(?:số\s*)?\d+(?!\d)(?![.,]\d)(?!\s*(?:%|phần trăm))" + _NUMBERED_LIST_TAIL),
    # times 16:52, 8h30, 14 giờ 30
    re.compile(r"(?<!\d)\d{1,2}\s?(?::|h)\s?\d{2}(?:\s?:\s?\d{2})?(?!\d)"),
    re.compile(r"(?<!\d)\d{1,2}\s?(?:giờ|g)\s?\d{1,2}(?:\s?phút)?(?!\w)"),
    re.compile(r"(?<!\d)\d{1,2}h(?!\w)"),
    # phone numbers and hotlines
    re.compile(r"(?<![\d])(?:1800|1900)[\s.]?\d{3,4}(?:[\s.]?\d{2,4})?(?!\d)"),
    re.compile(r"(?<![\d.,])0\d{2,4}[\s.]?\d{3,4}[\s.]?(?:\d{3,4}|x{3,4})(?![\d])"),   # ("0912 345 678", "02383 844 123")
    re.compile(r"(?:điện thoại|đt|sđt|hotline|đường dây nóng|tổng đài|fax|zalo)\s*:?\s*[\d\s.()+\-x]{6,}"),
    # page furniture: view counters
    re.compile(r"(?:lượt xem|lượt truy cập|lượt thích|lượt chia sẻ|bình luận|đang truy cập|đang online|đang trực tuyến|tổng truy cập|truy cập hôm nay|số lượt truy cập|online|views?)\s*:?\s*\d[\d.,]*"),
    re.compile(r"\d[\d.,]*\s*(?:lượt xem|lượt truy cập|lượt thích|lượt chia sẻ|views?|bình luận|người đang xem)(?!\w)"),
    # list numbering at the start of a line
    # (and a reference list's "(1) BHXH Việt Nam (2023), Báo cáo …")
    re.compile(r"(?m)^\s*\(?\d{1,2}\s*[.)]\s"),
    # ranges: 95-96,9%, từ 3 đến 5, 2.000 - 3.000 người
    re.compile(r"(?<![\d.,])\d[\d.,]*\s*%?\s*[-–—]\s*\d[\d.,]*\s*%?"),
    re.compile(r"từ\s+\d[\d.,]*\s*(?:%|phần trăm)?\s*(?:đến|tới)\s+\d[\d.,]*"),
    # roman-numeral / version like tokens attached to letters: F0, H5N1, 5G, covid-19
    re.compile(r"[a-zđ]+\d+[a-z\d]*|\d+[a-zđ]+\d+"),
    # ages: "độ tuổi trên 50", "độ tuổi 18 - 35" (19)
    # and one person's age ("năm nay 44 tuổi"; "ở tuổi 42" and a school year, "lớp 10", are above); and the number of
    # levels of government a figure is given for ("tăng ở cả 3 cấp: cấp tỉnh đạt 29%, …")
    re.compile(r"độ tuổi\s+(?:từ\s+|trên\s+|dưới\s+)?\d+(?:\s*[-–]\s*\d+)?|(?<![\d.,])\d{1,3}\s+tuổi(?!\w)"
               r"|(?<![\d.,])\d\s+cấp(?!\s*(?:ủy|trưởng|phó|độ|có))(?!\w)"),
    # the number of a report's table, figure, objective or item ("Bảng 1:", "Mục tiêu 1:", "Chỉ tiêu 2."): a label (20)
    re.compile(r"(?<!\w)(?:bảng|biểu đồ|biểu|hình|phụ lục|mục tiêu|chỉ tiêu|nhiệm vụ|giải pháp|nội dung)\s+\d{1,2}\s*[:.](?!\d)"),
]

# "a nữ trong (tổng số) b đại biểu", and "a nữ trên (tổng số) b" (with the women named: "trên b" alone is "over b")
_IN_TOTAL = re.compile(r"[^\S\n]+(?P<part>(?:đồng chí |đại biểu |cán bộ |người )?(?:nữ|phụ nữ)[^\S\n]+|người[^\S\n]+)?(?P<link>trong|trên)"
                       r"[^\S\n]+(?:tổng[^\S\n]+số[^\S\n]+|số[^\S\n]+)?(?P<whole>\d+(?:\.\d{3})*)(?![\d.,]\d)")
# (and the whole named by its body or list: "27 nữ trong bộ máy 64 cán bộ", "4 nữ trong Ban Chấp hành gồm 15 đồng chí",
# "12 nữ trong danh sách 27 người ứng cử"; not a time, "12 nữ trong năm 2024")
_IN_A_NAMED_TOTAL = re.compile(r"[^\S\n]+(?P<part>(?:đồng chí |đại biểu |cán bộ |người )?(?:nữ|phụ nữ)[^\S\n]+)(?P<link>trong)[^\S\n]+"
                               r"(?!(?:năm|tháng|quý|ngày|nhiệm kỳ|giai đoạn|khóa|đó|số|tổng|thời gian|dịp|đợt)(?!\w))"
                               r"(?:[^\W\d]+[^\S\n]+){1,4}?(?:gồm[^\S\n]+|có[^\S\n]+)?(?P<whole>\d+(?:\.\d{3})*)(?![\d.,]\d)")
_FRACTION_PCT = re.compile(r"[^.;:\d()=]{0,40}?(?:\(\s*|=\s*|,\s*(?:đạt|chiếm|bằng)\s*(?:tỷ lệ\s*)?)(\d+(?:[.,]\d+)?)\s*%")
# "(?<![\w])" + _TOKEN_BODY, a figure's digits; written without the look-behind for
# fastre.finditer_at_word_start, and "\d\d*" (as "\d+") so the regex engine can skip to the digits
_TOKEN_BODY = re.compile(r"\d\d*(?:[.,]\d+)*")
_FRACTION_AFTER = re.compile(r"\s?/\s?(\d+(?:[.,]\d{3})*)(?![\d/])")
_CHANGE_BEFORE = re.compile(r"(?:tăng|giảm|thêm)\s*$")
_DATE_WORD_BEFORE = re.compile(r"(?:ngày|hôm|mùng|mồng|sáng|chiều|tối|trưa|đêm|từ|đến|tới|hết|đầu|cuối|dịp|nhân|tháng|quý|lễ)\s*$")
_SPACES = re.compile(r"\s+")
_GRANTS_AFTER = re.compile(r"\s*quyết định (?:hưởng|giải quyết hưởng)(?!\w)")
_ROUGHLY_BEFORE = re.compile(r"(?:gần|hơn|khoảng|xấp xỉ|trên|dưới|chiếm|gần như)\s*$")
# a list's next item, its unit or name after the separator ("…; phường Minh Xuân 8/27", "…, Hà Tĩnh 8/53"; not "…, cập
# nhật 30/6", "… vào 20/10")
_CAPITALS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper() and c.isalpha())
_NEXT_ITEM_BEFORE = re.compile(r"(?:[;,]|\svà(?=\s))\s*(?:(?:còn|riêng|và|tại|ở)\s+)*(?:(?:phường|xã|huyện|quận|thị xã|thị trấn|tỉnh|thành phố|tp\.?|đặc khu|sở|ban|cấp|"
                               r"khu vực|đảng bộ)\s+|[" + _CAPITALS + r"])[^\d;,.]{0,40}?(?:\s+(?:có|là|với|đạt))?\s*$")
# the end of a bare list item ("…; phường Minh Xuân 8/27;")
_ITEM_ENDS = re.compile(r"\s*(?:[;,.]|$|\(|và\s)")
# a share, then the bracket its fraction opens: "… đạt 44,4% (" before "4/9)"
_SHARE_THEN_BRACKET = re.compile(r"(\d[\d.,]*)\s*%\s*\(\s*$")


def _is_that_share(share: str, part: str, whole: str) -> bool:
    """Whether ``part``/``whole`` gives the percentage ``share`` (to the rounding of a report)."""
    p, a, b = parse_digits(share, percent=True), parse_digits(part), parse_digits(whole)
    return p is not None and a is not None and bool(b) and a <= b and abs(a / b * 100 - p) <= 0.6


_PLAN_AFTER = re.compile(r"\s*(?:%\s*)?(?:so với\s+)?(?:kế hoạch|kh|dự toán|chỉ tiêu)(?!\w)")
_REACHED_BEFORE = re.compile(r"(?:đạt|bằng|hoàn thành|thực hiện)\s*(?:được\s*)?(?:tỷ lệ\s*)?$")
# the smaller parts of an amount written in parts: "12 tỷ 500 triệu đồng", "1 tỷ 250 triệu 500 nghìn đồng"
_SCALE_PART = re.compile(r"[^\S\n]+(\d{1,3})[^\S\n]*(triệu|nghìn|ngàn)(?!\w)")
_UNITS_PART = re.compile(r"[^\S\n]+(\d{1,3})(?![\d.,%])(?=[^\S\n]*(?:người|lao động|lượt|thẻ|hộ|đồng)(?!\w))")
# thousands grouped by spaces, as PDFs and some portals print them ("1 427 535 người"; NBSP and thin
# spaces are plain spaces after normalisation)
_STRAY_SPACE = re.compile(r"\. \d{3}(?:\.\d{3})*(?![\d.,])|, (?P<decimal>\d{1,2})(?=\s*(?:%|phần trăm))")
_SPACE_GROUPS = re.compile(r"(?: \d{3})+(?:,\d+)?(?!\d|[.,]\d)")


def _split_lookbehind(pattern: re.Pattern) -> tuple[re.Pattern | None, re.Pattern]:
    """A mask that starts with a one-character negative lookbehind, as (that class, the rest)."""
    m = re.match(r"\(\?<!(\[[^\]]+\]|\\[wd])\)", pattern.pattern)
    if not m:
        return None, pattern
    return re.compile(m.group(1)), re.compile(pattern.pattern[m.end():])


_DIGIT_START = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11, 14, 16]   # masks whose match begins at a digit run
_DIGIT_MASKS = [_split_lookbehind(_MASKS[i]) for i in _DIGIT_START]   # (look-behind class, rest): see _digit_mask_spans
(_DOC_NUMBER, _FULL_DATE, _ISO_DATE, _MONTH_YEAR, _YEAR_RANGE, _CLOCK_TIME, _HOURS_WORD, _HOURS_H, _HOTLINE, _PHONE,
 _COUNTER, _RANGE) = (pattern for _forbidden, pattern in _DIGIT_MASKS)
_WORD_MASKS = [_split_lookbehind(p) for i, p in enumerate(_MASKS) if i not in _DIGIT_START and i != 18]
_DIGIT_RUN = re.compile(r"[0-9][0-9]*")   # "[0-9]+", written so the regex engine can skip to the digits
# (not a count of its own: "phường An Xuyên bầu 41 đồng chí")
_PLACE_NUMBER = re.compile(r"(?:xã|phường|thị trấn|thôn|ấp|khu phố|tổ dân phố|bản|làng|khu)\s+(?:\w+\s+){0,3}?(\d{1,2})(?![\d%]|[.,]\d)"
                           r"(?!\s+(?:người|đồng chí|nữ|đại biểu|ủy viên|thành viên|hộ|lao động|cán bộ|đơn vị)(?!\w))")


def _finditer_lb(forbidden: re.Pattern | None, pattern: re.Pattern, text: str):
    """``pattern.finditer`` with a one-character negative lookbehind checked afterwards (a pattern
    that starts with a lookbehind defeats the regex engine's fast prefix scan). The pattern's own
    ``finditer`` runs until a match is preceded by a ``forbidden`` character: that match is dropped
    and the scan restarts one character later, as the lookbehind would have made the engine do
    (none of the masks matches the empty string)."""
    if forbidden is None:
        yield from pattern.finditer(text)
        return
    pos, n = 0, len(text)
    while pos <= n:
        for m in pattern.finditer(text, pos):
            s = m.start()
            if s > 0 and forbidden.match(text, s - 1):
                pos = s + 1
                break
            yield m
        else:
            return


_FIGURE_TAIL = re.compile(r"[\d.,]*\s*")
_ANY_DIGITS = re.compile(r"\d+")


def _sep_after(folded: str, q: int, seps: str) -> bool:
    """One of ``seps`` at ``q``, or after one white-space character there (``\\s?[seps]``)."""
    c = folded[q:q + 1]
    if not c:
        return False
    if c in seps:
        return True
    if c.isspace():
        c2 = folded[q + 1:q + 2]
        return c2 != "" and c2 in seps
    return False


def _digit_mask_spans(folded: str, p: int, spans: list[tuple[int, int]]) -> None:
    """Add the spans of the digit masks that match at ``p``, where a run of digits starts.

    A mask is tried only when the character before the run is not one its look-behind forbids and a
    condition every match of it at a run satisfies holds (a regex call costs far more than these tests)."""
    q = _ANY_DIGITS.match(folded, p).end()   # \d, as the masks read digits
    short = q - p <= 2
    four = q - p == 4
    after = folded[q:q + 1]
    prev = folded[p - 1] if p else ""
    # the look-behinds of the masks forbid a character of [\w], \d, [\d.,] or [\d.,/]
    after_word = prev != "" and (prev.isalnum() or prev == "_")
    after_digit = prev != "" and prev.isdecimal()
    after_figure = after_digit or (prev != "" and prev in ".,")
    candidates = []
    if not after_word and after in ("/", ".", "-"):
        candidates.append(_DOC_NUMBER)                      # \d+[/.\-] ...
    if not after_figure and short and _sep_after(folded, q, "/.-"):
        candidates.append(_FULL_DATE)                       # \d{1,2}\s?[/.\-] ...
    if not after_digit and four and after == "-":
        candidates.append(_ISO_DATE)                        # \d{4}- ...
    if not after_figure and prev != "/" and short and _sep_after(folded, q, "/-"):
        candidates.append(_MONTH_YEAR)                      # \d{1,2}\s?[/\-](?:19|20) ...
    if not after_digit and four and folded.startswith(("19", "20"), p):
        candidates.append(_YEAR_RANGE)                      # (?:19|20)\d{2}\s*[-–—/] ...
    if not after_digit and short:
        if _sep_after(folded, q, ":h"):
            candidates.append(_CLOCK_TIME)                  # \d{1,2}\s?(?::|h) ...
        if _sep_after(folded, q, "g"):
            candidates.append(_HOURS_WORD)                  # \d{1,2}\s?(?:giờ|g) ...
        if after == "h":
            candidates.append(_HOURS_H)                     # \d{1,2}h
    if not after_digit and folded.startswith(("1800", "1900"), p):
        candidates.append(_HOTLINE)
    if not after_figure and folded[p] == "0":
        candidates.append(_PHONE)                           # 0\d{2,3} ...
    t = _FIGURE_TAIL.match(folded, p).end()
    tail = folded[t:t + 1]                                  # after the figure's [\d.,]*\s*
    if tail in ("l", "v", "b", "n"):
        candidates.append(_COUNTER)                         # "… lượt xem|views|bình luận|người đang xem"
    if not after_figure and tail in ("%", "-", "–", "—"):
        candidates.append(_RANGE)                           # \d[\d.,]*\s*%?\s*[-–—]
    for pattern in candidates:
        m = pattern.match(folded, p)
        if m is not None:
            spans.append(m.span())


_LIST_NUMBERING = _WORD_MASKS[4][1]     # (?m)^\s*\(?\d{1,2}\s*[.)]\s: starts only where a line starts
_SHORT_DATE_SHAPE = re.compile(r"\d\s?[/\-.]\s?\d{1,2}(?![\d,])")


def _any_of(*literals: str):
    return lambda folded: any(lit in folded for lit in literals)


# For each of _WORD_MASKS (masks 5, 6, 12, 13, 15, 17, 19), None or a test of the whole text that every
# text with a match passes: the whole-text scan of a mask is skipped when its test fails.
_WORD_MASK_NEEDS = [
    lambda folded: _SHORT_DATE_SHAPE.search(folded) is not None,   # 5 "ngày 8/3": a d/m shape
    None,                                                           # 6 "năm 2024", "điều 5": scanned
    _any_of("điện thoại", "đt", "hotline", "đường dây nóng", "tổng đài", "fax", "zalo"),   # 12 phone
    _any_of("lượt", "bình luận", "truy cập", "online", "trực tuyến", "view"),                # 13 counters
    None,                                                           # 15 list numbering (line starts)
    None,                                                           # 17 "từ 3 đến 5": a literal prefix
    _any_of("tuổi", "cấp"),                                         # 19 ages, levels
    None,                                                           # 20 labels of tables and objectives
]


def _line_start_matches(pattern: re.Pattern, text: str):
    """``pattern.finditer(text)`` for a pattern that can match only at the start of a line."""
    pos = 0
    line = 0
    while True:
        if line >= pos:
            m = pattern.match(text, line)
            if m is not None:
                yield m
                pos = m.end() if m.end() > line else line + 1
        nl = text.find("\n", line)
        if nl < 0:
            return
        line = nl + 1


def _masked_spans(folded: str) -> list[tuple[int, int]]:
    spans = []
    # masks that start at a digit: tried only where a run of digits starts
    for d in _DIGIT_RUN.finditer(folded):
        p = d.start()
        if _MASK_QUICK.match(folded, p) is None:
            continue  # no digit mask can match: each needs a separator, a unit of time or a phone prefix
        _digit_mask_spans(folded, p, spans)
    for (forbidden, pattern), present in zip(_WORD_MASKS, _WORD_MASK_NEEDS):
        if present is not None and not present(folded):
            continue
        matches = _line_start_matches(pattern, folded) if pattern is _LIST_NUMBERING else _finditer_lb(forbidden, pattern, folded)
        for m in matches:
            spans.append(m.span())
    # a number that is part of a place name: "xã Quế Xuân 1", "phường 5"
    for m in _finditer_lb(_WORD_CHAR, _PLACE_NUMBER, folded):
        words = m.group(0).split()[1:-1]
        if all(w[:1].isalpha() and w not in _NOT_NAME_WORDS for w in words):
            spans.append(m.span(1))
    spans.sort()
    return spans


_WORD_CHAR = re.compile(r"\w")
_NOT_NAME_WORDS = {"có", "đạt", "là", "với", "gồm", "được", "chỉ", "còn", "mới", "đã", "thì", "và", "trong", "nay", "hiện"}
_MASK_QUICK = re.compile(r"[\d.,]*\s?%?\s?(?:[/\-–—:hg]|lượt|view|bình luận|người đang)|0|1[89]|\d{1,2}\.\d{1,2}\.\d")


class _SpanSet:
    """Sorted, merged spans with O(log n) overlap queries."""

    def __init__(self, spans: list[tuple[int, int]]):
        merged: list[list[int]] = []
        for s, e in spans:
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [s for s, _ in merged]
        self.spans = merged

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect.bisect_right(self.starts, e - 1) - 1
        return i >= 0 and self.spans[i][1] > s


# --- parsing ----------------------------------------------------------------------------------

_SEPARATOR = re.compile(r"[.,]")


def parse_digits(token: str, percent: bool = False, scaled: bool = False) -> float | None:
    """Value of a digit token read by its context (see the catalogue's normalisation rules)."""
    if "." not in token and "," not in token:
        return float(token)
    seps = [c for c in token if c in ".,"]
    groups = _SEPARATOR.split(token)
    if len(set(seps)) == 2:
        decimal = token[max(token.rfind("."), token.rfind(","))]
        thousands = "," if decimal == "." else "."
        if token.count(decimal) != 1 or token.rfind(thousands) > token.rfind(decimal):
            return None
        intpart, frac = token.rsplit(decimal, 1)
        if not all(len(g) == 3 for g in intpart.split(thousands)[1:]):
            return None
        return float(intpart.replace(thousands, "") + "." + frac)
    sep = seps[0]
    if len(seps) > 1:
        if all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3:
            return float("".join(groups))
        return None
    head, tail = groups
    if percent:
        return float(head + "." + tail)
    if scaled:
        if sep == "," or len(tail) != 3:
            return float(head + "." + tail)
        return float(head + tail)
    if len(tail) == 3 and len(head) <= 3 and head != "0":
        return float(head + tail)
    return float(head + "." + tail)


def parse_words(words: str) -> float | None:
    """Vietnamese number words: "ba" → 3, "hai mươi lăm" → 25, "một trăm linh năm" → 105, "chín chục" → 90, and
    a spoken decimal point: "chín mươi mốt phẩy hai" → 91.2, "hai mươi mốt phẩy ba triệu" → 21 300 000."""
    tokens = fold(words).split()
    if "phẩy" in tokens:
        k = tokens.index("phẩy")
        scale = 1.0
        decimals = tokens[k + 1:]
        while decimals and decimals[-1] in _SCALE_WORDS:
            scale *= _SCALE_WORDS[decimals.pop()]
        zeros = 0
        while decimals and decimals[0] == "không":
            zeros, decimals = zeros + 1, decimals[1:]
        whole, fraction = _parse_word_tokens(tokens[:k]), _parse_word_tokens(decimals)
        if whole is None or fraction is None or fraction != int(fraction):
            return None
        return (whole + int(fraction) / 10 ** (zeros + len(str(int(fraction))))) * scale
    return _parse_word_tokens(tokens)


def _parse_word_tokens(tokens: list[str]) -> float | None:
    total, current, small = 0.0, 0.0, None
    largest = 0.0   # the largest scale in ``total``: a larger one after it scales it all ("bốn nghìn hai trăm tỷ")
    seen = False
    for i, tok in enumerate(tokens):
        if tok in _WORD_DIGITS:
            d = _WORD_DIGITS[tok]
            if tok == "tư" and not seen:
                return None
            if small is not None and i > 0 and tokens[i - 1] in _WORD_DIGITS:
                return None
            small = (small or 0) + d
            seen = True
        elif tok == "nửa":
            if seen or i + 1 >= len(tokens) or tokens[i + 1] not in ("nghìn", "ngàn", "triệu", "tỷ", "tỉ", "trăm"):
                return None
            small = 0.5
            seen = True
        elif tok == "mười":
            small = (small or 0) + 10
            seen = True
        elif tok == "mươi":
            if small is None:
                return None
            small = small * 10
        elif tok == "chục":
            small = (small if small is not None else 1) * 10
            seen = True
        elif tok in ("linh", "lẻ"):
            continue
        elif tok == "trăm":
            current += (small if small is not None else 1) * 100
            small = None
        elif tok in ("nghìn", "ngàn", "triệu", "tỷ", "tỉ"):
            mult = SCALES[tok]
            group = current + (small or 0)
            if i > 0 and tokens[i - 1] in ("nghìn", "ngàn", "triệu") and mult > SCALES[tokens[i - 1]] and group == 0:
                total *= mult   # "một nghìn tỷ": a compound scale
                current, small = 0.0, None
                continue
            if group == 0:
                group = 1
            if total and mult > largest:
                total = (total + group) * mult
            else:
                total += group * mult
            largest = max(largest, mult)
            current, small = 0.0, None
        else:
            return None
    value = total + current + (small or 0)
    return value if seen or total or current else None


_NOUN_CLASS: dict[str, str] = {}
for _cls, _nouns in (("other", OTHER_NOUNS), ("person", PERSON_NOUNS), ("visit", VISIT_NOUNS), ("card", CARD_NOUNS)):
    for _n in _nouns:
        _NOUN_CLASS[_n] = _cls   # earlier classes in the original order (card, visit, person) win
_NOUN_RE = None


def _noun_re():
    global _NOUN_RE
    if _NOUN_RE is None:
        from chiso.extraction.catalogue import trie_regex
        _NOUN_RE = re.compile(r"\s*(" + trie_regex(list(_NOUN_CLASS)).replace(r"\s+", " ") + r")(?![^\W_])")
    return _NOUN_RE


_BENEFIT_BEFORE = re.compile(r"(?<!\w)(?:trợ cấp|thai sản|ốm đau|dưỡng sức|lương hưu|chế độ)(?!\w)")
_GRANTED_LATER_IN_THE_CLAUSE = re.compile(r"[^.,;:()\n]{0,60}?(?<!\w)(?:được\s+)?hưởng(?!\w)")
_TREATMENT_NEAR = re.compile(r"(?<!\w)(?:khám|chữa bệnh|kcb|điều trị)(?!\w)")


_NOT_INSURANCE_CARD = re.compile(r"\s*(?:căn cước|cccd|cmnd|chứng minh|tín dụng|atm|ngân hàng|đảng viên|hội viên|đoàn viên|"
                                 r"thư viện|tiết kiệm|hộ khẩu|hộ nghèo|lao động|điện thoại|sim)(?!\w)")


_GRANTED_TO_BEFORE = re.compile(r"(?<!\w)(?:giải quyết|chi trả|chi|cấp)(?:\s+cho)?\s+(?:(?:khoảng|gần|hơn|trên)\s+)?\d[\d.,]*\s*$")


def _noun_after(folded: str, pos: int) -> tuple[str, str]:
    """The counted noun right after a figure ("người", "lượt", "thẻ", "xã") and its class."""
    m = _noun_re().match(folded, pos, pos + 40)
    if m is None:
        return "", ""
    noun = m.group(1)
    cls = _NOUN_CLASS[noun]
    if cls == "card" and _NOT_INSURANCE_CARD.match(folded, m.end(1)):
        return noun, "other"   # "cấp hơn 85.000 thẻ Căn cước": an identity card, not an insurance card
    if noun == "lượt" and re.match(r"lượt\s+(?:người lao động|lao động|đối tượng)(?!\w)", folded[m.start(1):m.start(1) + 30]) \
            and re.search(r"(?<!\w)(?:hưởng|chế độ|thai sản|ốm đau|trợ cấp|dưỡng sức)(?!\w)", folded[max(0, pos - 60):m.end(1) + 40]) \
            and not re.match(r"[^.;]{0,40}?(?:khám|kcb|điều trị)", folded[m.end(1):m.end(1) + 45]):
        return noun, "person"   # "4.215 lượt lao động nữ" hưởng thai sản: people, counted per grant
    if noun == "lượt người":
        # people granted a benefit ("389 lượt người hưởng", "chi trả trợ cấp thai sản … cho 389 lượt người"),
        # else visits ("512.300 lượt người khám, chữa bệnh")
        # (or "hưởng" further in its clause: "1.906 lượt người tham gia BHXH tự nguyện hưởng trợ cấp thai sản")
        # (the benefit named at its sentence's start, further back, for people a benefit was granted to: "Riêng chế độ
        # ốm đau, từ tháng 10 đến hết tháng 12/2021, BHXH tỉnh đã giải quyết 7.652 lượt người")
        lo = max(0, pos - 70)
        if _GRANTED_TO_BEFORE.search(folded, max(0, pos - 40), pos):
            lo = max(0, pos - 160, folded.rfind(". ", 0, pos) + 1, folded.rfind("\n", 0, pos) + 1)
        granted = "hưởng" in folded[m.start(1):m.start(1) + 30] or (
            _BENEFIT_BEFORE.search(folded, lo, pos) is not None
            and _TREATMENT_NEAR.search(folded, lo, m.end(1) + 30) is None) or (
            _GRANTED_LATER_IN_THE_CLAUSE.match(folded, m.start(1)) is not None
            and _TREATMENT_NEAR.search(folded, m.start(1), m.start(1) + 70) is None)
        noun, cls = "lượt", ("person" if granted else "visit")
    return noun, cls


# "3 trên 7 đại biểu là nữ": the women among the whole said after it
# (the whole's noun may name its body: "8 trên 25 đại biểu HĐND xã là nữ", "2 trên 6 đại biểu Quốc hội là nữ")
_WHOLE_ARE_WOMEN = re.compile(r"\s*[^\W\d]+(?:\s+[^\W\d]+){0,7}?\s+(?:đều\s+)?là\s+(?:nữ|phụ nữ)(?!\w)")


def find_numbers(text: str, folded: str | None = None) -> list[NumberMention]:
    """Every quantity in ``text`` (already normalised), in order of position."""
    folded = fold(text) if folded is None else folded
    masks = _SpanSet(_masked_spans(folded))
    out: list[NumberMention] = []
    skip_until = -1
    for m in finditer_at_word_start(_TOKEN_BODY, folded):
        s, e = m.span()
        if s < skip_until:
            continue
        token = m.group(0)
        if s > 0 and folded[s - 1] == "[" and folded.startswith("]", e):
            continue   # a footnote's mark: "14,1 triệu người năm 2024[1], chiếm khoảng 30,5% …"
        if s > 1 and folded[s - 1] == "(" and (folded[s - 2].isalpha() or folded[s - 2] in ")%") and len(token) <= 2 \
                and token.isdigit() and folded.startswith(")", e):
            continue   # and one in brackets, set against the word: "… khoảng 1.512 tỷ đồng(1).", "(Bộ LĐ-TB&XH, 2021)(2)"
        if folded[e:e + 1] == " " and len(token) <= 3 and token.isdigit() and (grouped := _SPACE_GROUPS.match(folded, e)) \
                and not _DATE_WORD_BEFORE.search(folded[max(0, s - 15):s]) \
                and (grouped.group(0).count(" ") > 1 or _noun_after(folded, grouped.end())[1] in ("person", "visit", "card")
                     or _SCALE_RE.match(folded, grouped.end()) or _MONEY_RE.match(folded, grouped.end())):
            # (one group alone, "Tháng 12 100 người", needs a count's noun or a money word after it)
            token, e = token + grouped.group(0).replace(" ", ""), grouped.end()
            skip_until = e
        elif folded[e + 1:e + 2] == " " and folded[e:e + 1] in ".," and len(token) <= 3 and token.isdigit() \
                and (stray := _STRAY_SPACE.match(folded, e)) and not _DATE_WORD_BEFORE.search(folded[max(0, s - 15):s]) \
                and (stray.group("decimal") or _noun_after(folded, stray.end())[1] in ("person", "visit", "card")
                     or _SCALE_RE.match(folded, stray.end()) or _MONEY_RE.match(folded, stray.end())):
            # a space typed after a separator, as text copied from a PDF has it: "1. 234 nữ cán bộ", "chiếm 46, 8%"
            token, e = token + stray.group(0).replace(" ", ""), stray.end()
            skip_until = e
        nxt = folded[e:e + 1]
        # a/b fractions (checked before masks: "12/25 đại biểu (48%)" is not a date); "a nữ trong
        # (tổng số) b đại biểu" and "a trong tổng số b đại biểu ... là nữ" state the same pair
        # "/" within the first two characters is needed by the fraction pattern; "trong" or "trên" by _IN_TOTAL
        frac = _FRACTION_AFTER.match(folded[e:e + 20]) if "/" in folded[e:e + 2] else None
        in_total = None if frac or (folded.find("trong", e, e + 60) < 0 and folded.find("trên", e, e + 40) < 0) \
            else _IN_TOTAL.match(folded, e, e + 60) or _IN_A_NAMED_TOTAL.match(folded, e, e + 60)
        if in_total is not None and in_total.group("link") == "trên" and (
                not ((in_total.group("part") or "").strip().endswith("nữ") or _WHOLE_ARE_WOMEN.match(folded, in_total.end()))
                or _noun_after(folded, in_total.end())[1] != "person"):
            # "120 trên 500 người" without the women named, "2.150 phụ nữ trên 60 tuổi": not a part of a whole
            in_total = None
        if in_total is not None and not masks.overlaps(s, e) and not _CHANGE_BEFORE.search(folded[max(0, s - 10):s]):
            b_end = in_total.end()
            noun, cls = _noun_after(folded, b_end)
            if cls == "other":
                skip_until = b_end
                continue  # "5 trong 10 huyện": places counted
            if cls == "person":
                a = parse_digits(token)
                b = parse_digits(in_total.group("whole"))
                if a is not None and b is not None and a <= b:
                    pm = _FRACTION_PCT.match(folded, b_end, b_end + 70)
                    inner = (in_total.group("part") or "").split()
                    if inner and inner[-1] != "người":
                        noun = " ".join(inner)
                    # (the body a named whole names, "… nữ trong Ban Chấp hành gồm 15 đồng chí", is read after the count:
                    # its words are the figure's cue)
                    out.append(NumberMention(s, e, a, text[s:e], noun=noun, noun_class=cls, denominator=b,
                                             fraction_percent=parse_digits(pm.group(1), percent=True) if pm else None,
                                             after=e if in_total.re is _IN_A_NAMED_TOTAL else b_end))
                    skip_until = b_end
                    continue
        if frac:
            b_end = e + frac.end()
            noun, cls = _noun_after(folded, b_end)
            pm = _FRACTION_PCT.match(folded, b_end, b_end + 70)
            date_ctx = _DATE_WORD_BEFORE.search(folded[max(0, s - 15):s])
            # (a proportion said roughly, "Gần 1/3 vị trí lãnh đạo", is no count)
            proportion = int(frac.group(1).replace(".", "")) <= 10 and _ROUGHLY_BEFORE.search(folded[max(0, s - 12):s])
            # (nor a bare fraction in brackets after the share it gives: "đạt 44,4% (4/9)", no date)
            share_before = not cls and not pm and _SHARE_THEN_BRACKET.search(folded, max(0, s - 20), s)
            if share_before and not _is_that_share(share_before.group(1), token, frac.group(1)):
                share_before = None
            # (nor a list's next item whose noun the first item's fraction gave: "phường Hà Giang 1 có 9/27 cấp ủy viên nữ;
            # phường Minh Xuân 8/27; xã Lâm Bình 7/25")
            next_item = not cls and not pm and out and out[-1].denominator and out[-1].noun_class == "person" \
                and s - out[-1].after < 80 and not any(c in folded[out[-1].after:s] for c in ".:\n") \
                and _ITEM_ENDS.match(folded, b_end) is not None \
                and _NEXT_ITEM_BEFORE.search(text, out[-1].after, s) is not None \
                and (a_b := (parse_digits(token), parse_digits(frac.group(1))))[0] is not None and a_b[1] \
                and a_b[0] <= a_b[1]
            if next_item:
                cls = "person"   # (of the people the list counts)
            if cls == "other" or (not cls and not pm and not share_before and not next_item) or date_ctx or proportion:
                skip_until = b_end
                continue  # places/organisations counted, a date, or unknown
            a = parse_digits(token)
            b = parse_digits(frac.group(1))
            if a is None or b is None:
                continue
            fp = parse_digits(pm.group(1), percent=True) if pm else None
            out.append(NumberMention(s, e, a, text[s:e], noun=noun, noun_class=cls, denominator=b,
                                     fraction_percent=fp, after=b_end))
            skip_until = b_end
            continue
        if masks.overlaps(s, e):
            continue
        if nxt.isalpha() and not folded[e:e + 2] in ("%",):
            continue
        if s > 0 and folded[s - 1] in "-/" and s > 1 and folded[s - 2].isalnum():
            continue
        if token[0] == "0" and len(token) > 1 and token[1].isdigit() and not (
                len(token) == 2 and _noun_after(folded, e)[1] in ("person", "card", "visit")):
            continue  # phone numbers and codes (not a count padded as official reports write it: "03 đại biểu nữ")
        pos = e
        pct = _PERCENT_RE.match(folded, pos)
        scale_m = None if pct else _SCALE_RE.match(folded, pos)
        value = parse_digits(token, percent=bool(pct), scaled=bool(scale_m))
        if value is None:
            continue
        scale = 1.0
        if pct:
            pos = pct.end()
        elif scale_m:
            scale = SCALES[_SPACES.sub(" ", scale_m.group(1))]
            pos = scale_m.end()
            # (rounded to a whole: 64,1 tỷ is 64100000000 đồng, not the float product 64099999999.99999)
            value = float(round(value * scale))
            smallest = scale
            while (part := _SCALE_PART.match(folded, pos)) and SCALES[part.group(2)] < smallest:
                smallest = SCALES[part.group(2)]
                value += float(part.group(1)) * smallest
                pos = skip_until = part.end()
            if smallest == 1e3 and (units := _UNITS_PART.match(folded, pos)):
                # "4 ngàn 820 người": the units after the thousands
                value += float(units.group(1))
                pos = skip_until = units.end()
        money = False
        mm = _MONEY_RE.match(folded, pos)
        if mm and not pct:
            money = True
            end_fig = pos
            pos = mm.end()
        else:
            end_fig = pos
        if not pct and not scale_m and not money and "," not in token and "." not in token:
            iv = int(value)
            if 1900 <= iv <= 2100:
                noun, cls = _noun_after(folded, pos)
                if cls not in ("person", "visit", "card"):
                    continue  # a year
        if not pct and _DURATION_RE.match(folded, pos) and not money:
            continue
        implied = False
        if not pct and not scale_m and not money:
            if _PLAN_AFTER.match(folded[pos:pos + 30]) and _REACHED_BEFORE.search(folded[max(0, s - 25):s]):
                implied = True
        noun, cls = ("", "") if (pct or implied) else _noun_after(folded, pos)
        if not cls and _GRANTS_AFTER.match(folded, pos):
            noun, cls = "quyết định hưởng", "person"   # "ban hành 7.512 quyết định hưởng trợ cấp thất nghiệp": one a person
        if scale_m and not money and (scale >= 1e9) and not noun:
            money = True  # "thu 19,7 tỷ" - a bare billion is money
        out.append(NumberMention(s, end_fig if (money or scale_m or pct) else e, value, text[s:(end_fig if (money or scale_m or pct) else e)],
                                 is_percent=bool(pct) or implied, implied_percent=implied, is_money=money, scale=scale,
                                 noun=noun, noun_class=cls, after=pos))
    taken = _SpanSet([(n.start, max(n.end, n.after)) for n in out])
    out.extend(w for w in _word_numbers(text, folded, masks) if not taken.overlaps(w.start, w.end))
    out.sort(key=lambda n: n.start)
    return out


# (and a condition: "khi hai ứng viên có tiêu chuẩn ngang nhau"; and a fraction's denominator: "hai phần ba cán bộ")
_ORDINAL_BEFORE = re.compile(r"(?:thứ|lần|số|hạng|khóa|một|các|những|mỗi|từng|khi|nếu|phần)\s*$")
_HAS_BEFORE = re.compile(r"(?:có|gồm|chỉ có|được)\s*$")   # (not "là một nữ đảng viên": who someone is)
_NOT_A_COUNT_AFTER = re.compile(r"\s*(?:người|số|trong|cán bộ|lần)(?!\w)")


def _word_numbers(text: str, folded: str, masks: _SpanSet) -> list[NumberMention]:
    out = []
    for m in finditer_at_word_start(_WORDS_BODY, folded):
        s, e = m.span()
        words = m.group(0)
        if masks.overlaps(s, e):
            continue
        tokens = words.split()
        if all(t in ("nghìn", "ngàn", "triệu", "tỷ", "tỉ", "trăm", "mươi", "linh", "lẻ") for t in tokens):
            continue
        if tokens[0] in ("phẩy", "không", "chục") or tokens[-1] == "phẩy" or tokens.count("phẩy") > 1:
            continue   # ("không có", "hàng chục nghìn người": vague; a decimal point needs a number each side)
        if tokens == ["năm"] or tokens == ["nửa"] or tokens[0] in ("mươi", "linh", "lẻ", "lăm", "nhăm", "mốt", "tư", "trăm"):
            continue   # (tested before the noun lookup below, which it does not depend on)
        # a word amount must be followed by a scale+đồng, or a counted noun
        pos = e
        half = None
        if tokens[-1] in _SCALE_WORDS and len(tokens) > 1:
            half = _HALF_AFTER.match(folded, pos)   # "sáu tỷ rưỡi đồng": and a half of the scale
            if half is not None:
                pos = half.end()
        percent = _PERCENT_WORDS.match(folded, pos)   # "gần chín mươi phần trăm dân số"
        if percent is not None:
            value = parse_words(words)
            before = folded[max(0, s - 12):s]
            if value is not None and 0 < value <= 100 and not _ORDINAL_BEFORE.search(before):
                out.append(NumberMention(s, e, value, text[s:e], is_percent=True, in_words=True, after=percent.end()))
            continue
        money = bool(_MONEY_RE.match(folded, pos))
        noun, cls = _noun_after(folded, pos)
        if noun == "em":
            continue   # "nhà tôi có hai em": a family's children in an anecdote, not pupils counted
        if tokens[-1] in ("nghìn", "ngàn", "triệu", "tỷ", "tỉ") and not money and cls not in ("person", "visit", "card"):
            continue
        if not money and cls not in ("person", "visit", "card"):
            continue
        before = folded[max(0, s - 12):s]
        if _ORDINAL_BEFORE.search(before):
            continue
        if tokens == ["một"] and not _HAS_BEFORE.search(before):
            continue
        if tokens == ["một"] and _NOT_A_COUNT_AFTER.match(folded[e:e + 12]) and noun in ("người", ""):
            continue  # "một người" is rarely a statistic; "một số", "một trong"
        value = parse_words(words)
        if value is None:
            continue
        if half is not None:
            value += _SCALE_WORDS[tokens[-1]] / 2
        if money:
            mm = _MONEY_RE.match(folded, pos)
            pos = mm.end()
        out.append(NumberMention(s, e, value, text[s:e], is_money=money, noun=noun, noun_class=cls, in_words=True, after=pos))
    return out


_SCALE_WORDS = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
_HALF_AFTER = re.compile(r"\s+(?:rưỡi|rưởi)(?!\w)")
_PERCENT_WORDS = re.compile(r"\s*phần trăm(?!\w)")
