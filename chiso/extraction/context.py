"""Context of a figure: period, kind (actual/target), approximation, organisation.

Every function takes the folded article text (see :func:`chiso.text.fold`) and offsets, so no
function re-scans the whole article per number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime

from chiso.extraction.fastre import finditer_at_word_start, search_last_words

# --- period -----------------------------------------------------------------------------------

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_TW_TERMS = {"xi": (2011, 2016), "xii": (2016, 2021), "xiii": (2021, 2026), "xiv": (2026, 2031)}
# the terms of the National Assembly, by its number (khóa I was elected in 1946 and sat until 1960)
_QH_TERMS = {"i": (1946, 1960), "ii": (1960, 1964), "iii": (1964, 1971), "iv": (1971, 1975), "v": (1975, 1976),
             "vi": (1976, 1981), "vii": (1981, 1987), "viii": (1987, 1992), "ix": (1992, 1997), "x": (1997, 2002),
             "xi": (2002, 2007), "xii": (2007, 2011), "xiii": (2011, 2016), "xiv": (2016, 2021), "xv": (2021, 2026),
             "xvi": (2026, 2031)}

_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper() and c.isalpha())


@dataclass(frozen=True)
class PeriodMention:
    start: int
    end: int
    value: str           # "2024", "2024-05", "2024-H1", "2021/2026", "2024-06-30"
    year: int
    comparison: bool     # "so với cùng kỳ năm 2023": the base of a comparison, not the figure's time
    now: bool = False
    kind: str = ""       # the pattern that found it: "term", "asof_date", "year", ...
    local: bool = False  # the time of its own sentence only ("Cùng kỳ năm 2023, …"), never carried to the next
    look_back: bool = False  # said in a sentence that looks back to before the merger: carried only to those that do too
    change_start: bool = False  # the time of a rise's or fall's start ("từ 1.340.215 người năm 2015 lên …"): not its end's
    # a year a paragraph opens with to look back, after the text had reached a later time ("Tính đến 30/6/2023, … ¶ Năm
    # 2019, toàn tỉnh mới có 13.508 người …"): its paragraph's time, not the next paragraphs', which are the lead's again
    paragraph_only: bool = False


# "before the merger" (of 1 July 2025), as texts say it: the words every pattern of that time is built on
BEFORE_THE_MERGER = r"trước\s+(?:khi\s+)?(?:sáp nhập|hợp nhất|sắp xếp)(?!\w)"

_PERIOD_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("term", re.compile(r"(?:nhiệm kỳ|giai đoạn|khóa [a-z]+,?\s*(?:nhiệm kỳ\s*)?)\s*\(?((?:19|20)\d{2})\s*[-–—/]\s*((?:19|20)\d{2})")),
    # "năm học 2023 - 2024": a school year, written as a span of its two years
    ("school_year", re.compile(r"(?:năm học|niên khóa)\s*\(?((?:19|20)\d{2})\s*[-–—/]\s*((?:19|20)\d{2})")),
    # the first term of a Party committee of a commune, ward or province formed by the 2025 reorganisation ("Ban Chấp
    # hành Đảng bộ phường khóa I gồm 39 đồng chí", in an article after 1 July 2025): 2025–2030
    ("party_first_term", re.compile(r"(?:đảng bộ|đảng ủy|ban chấp hành|cấp ủy|ban thường vụ)(?!\s+trung ương)(?:\s+[^\W\d]+){0,6}?\s+khóa\s+i"
                                    r"(?![\wivx])(?!\s*[,(]?\s*(?:nhiệm kỳ\s*)?\d)")),
    # the Party's Central Committee by its congress's number (khóa XIII was elected in January 2021)
    ("tw", re.compile(r"(?:ban chấp hành trung ương|trung ương đảng|bộ chính trị|ban bí thư)(?:\s+đảng)?(?:\s+cộng sản việt nam)?"
                      r"\s+khóa\s+(xiv|xiii|xii|xi)(?!\w)")),
    ("qh", re.compile(r"(?:quốc hội|đbqh)(?:\s+(?:tỉnh|thành phố)(?:\s+[^\W\d]+){0,3}?)?\s+khóa\s+(xvi|xv|xiv|xiii|xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)(?!\w)")),
    # a bare "khóa XIV" in a sentence about the National Assembly ("… Quốc hội qua các khóa …: khóa XIII có 122 nữ")
    ("qh_bare", re.compile(r"khóa\s+(xvi|xv|xiv|xiii|xii|xi|x|ix|viii)(?!\w)")),
    ("asof_date", re.compile(r"(?:đến|tới|hết|thời điểm|lũy kế đến|tính tới)\s+(?:hết\s+)?(?:ngày\s+)?(\d{1,2})\s?[/.\-]\s?(\d{1,2})(?:\s?[/.\-]\s?(\d{4})|\s+năm\s+(\d{4}))?(?![\d/])")),
    # "(?:6|sáu)\s+tháng ..." spelt as two alternatives, so that every alternative starts with a literal
    # (the regex engine then skips to the characters a match can start with); its groups are 1-2 and 3-4
    # "6 tháng năm 2024", "6 tháng 2024" and a report of "6 tháng" ("sơ kết 6 tháng") are the first half too
    ("half", re.compile(r"6\s+tháng\s+(đầu|cuối)\s+năm(?:\s+(\d{4}))?|sáu\s+tháng\s+(đầu|cuối)\s+năm(?:\s+(\d{4}))?"
                        r"|nửa\s+(đầu|cuối)\s+năm(?:\s+(\d{4}))?|6\s+tháng\s+(?:năm\s+)?((?:19|20)\d{2})(?!\d)")),
    # a report of "6 tháng" ("sơ kết 6 tháng"): the report word before it is checked on each match
    # (_HALF_REPORT_BEFORE), so the pattern starts with the literal the regex engine can skip to
    ("half_report", re.compile(r"6\s+tháng(?!\s*(?:đầu|cuối|tuổi|tới|qua|liền|liên tục|năm|trước|sau|thực hiện|triển khai|\d))"
                               r"|sáu\s+tháng(?!\s*(?:đầu|cuối|tuổi|tới|qua|liền|liên tục|năm|trước|sau|thực hiện|triển khai|\d))")),
    # "9 tháng năm 2024", and "Tổng số thu 9 tháng của BHXH tỉnh", "10 tháng qua": the months so far this year
    # (one alternative: a second one with the same first characters made the scan six times slower)
    ("months", re.compile(r"(?:3|ba|9|chín|10|mười|11|mười một|4|5|7|8)\s+tháng"
                          r"(?:\s+(?:đầu\s+)?năm(?:\s+(\d{4}))?|(?=\s+(?:của|qua|vừa qua)(?!\w)))")),
    # "7 tháng, BHXH tỉnh đã chi …", "số thu 8 tháng đạt 38,6 tỷ đồng": months so far of a year the sentence does not
    # name (the engine uses it only against a period of another year carried from earlier sentences)
    ("running_months", re.compile(r"(?:3|ba|9|chín|10|mười|11|mười một|4|5|7|8)\s+tháng"
                                  r"(?=\s+(?:đạt|ước|đã)(?!\w)|\s*,)")),
    ("quarter", re.compile(r"quý\s+(iv|iii|ii|i|[1-4])(?:\s*(?:/|năm)\s*(\d{4}))?")),
    ("month", re.compile(r"tháng\s+(\d{1,2})(?:\s*(?:/|năm)\s*(\d{4}))?(?!\d)(?![.,]\d)")),
    # (and a fiscal year: "Năm tài chính 2024, tổng số thu …")
    ("year", re.compile(r"(?:năm(?:\s+tài\s+chính|\s+ngân\s+sách)?|đến|tới|trong|cuối|đầu|hết)\s+((?:19|20)\d{2})(?!\d)"
                        r"(?!\s*[-–/]\s*(?:19|20)\d{2})")),
    # an election by its date ("tại cuộc bầu cử ngày 15/3/2026"): its year (the election is checked on each match)
    ("election", re.compile(r"ngày\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*((?:19|20)\d{2})(?!\d)")),
    # a year as the label of its figure, as a chart's series has it ("2021: 56.870 người; 2022: 69.312 người")
    ("year_label", re.compile(r"(?<![\w.,/%\-–])((?:19|20)\d{2})(?=\s*:\s*\d)")),
    # "(?:tính\s+)?đến\s+nay" spelt as two alternatives, tried in the same order: every alternative then
    # starts with a literal, which lets the regex engine skip to the characters a match can start with
    # ("Hiện tỷ lệ bao phủ BHYT toàn quốc đã đạt …", "Hiện số người …": "hiện" before a rate or a count is now too)
    # (and "hiện" before an approximate or a remaining level: "Tỷ lệ nợ toàn tỉnh hiện khoảng 2,8%", "… hiện chỉ khoảng
    # 3,3 triệu người", "hiện còn nợ 26 tỷ đồng", "Tỉnh tôi hiện bao phủ BHYT đạt 98,4%")
    ("now", re.compile(r"tính\s+đến\s+nay|đến\s+nay|hiện\s+(?:nay|tại|có|đang|chiếm|đạt|khoảng|gần|còn|ở\s+mức|bao\s+phủ|"
                       r"(?:mới|chỉ|vẫn|đã)\s+(?:đạt|có|chiếm|khoảng|còn|ở\s+mức)|"
                       r"cả\s+nước|toàn\s+[^\W\d]+"
                       r"|tỷ\s+lệ|số|tổng\s+số)(?!\w)|"
                       r"đến\s+thời\s+điểm\s+(?:hiện\s+tại|này)|tính\s+đến\s+thời\s+điểm\s+này|tới\s+nay")),
    # a bare "hiện" opening a sentence or clause ("Hiện phường có 48 cán bộ …"; not "hiện là Giám đốc"): now; the
    # pattern starts at the punctuation before it (a literal class the regex engine skips to), the span is "hiện"'s
    # (and a bare "Nay" opening a sentence, after one about a former place or year: "Nay, trong 12 vị trí lãnh đạo chủ
    # chốt của xã có 4 nữ", "\"Nay cả phường có 9 nữ lãnh đạo …\""; not a new name, "(nay xã Lộc Ninh)")
    ("now_opening", re.compile(r"[.:;,\n(]\s*(hiện)(?=\s+\w)(?!\s+(?:hành|vật|trạng|đại|diện|thực|tượng|hữu|ra|lên|rõ|thân|"
                               r"hình|dịch|là|giữ|đảm nhiệm|nay|tại|có|đang|chiếm|đạt|cả|toàn|tỷ|số|tổng|khoảng|gần|còn|"
                               r"ở\s+mức|bao\s+phủ)(?!\w))"
                               r"|[.:;\n\"“]\s*(nay)(?=\s*,|\s+(?:cả|toàn|đơn vị|số|tỷ lệ)(?!\w))")),
    # (and the months left of it: "Hai tháng cuối năm, BHXH tỉnh phấn đấu …" sets this year's targets)
    # (as the clause's opening adverbial: not "triển khai nhiệm vụ 3 tháng cuối năm", the work left)
    ("this_year", re.compile(r"năm\s+nay|(?:những|các|mấy|hai|ba|bốn|\d{1,2})\s+tháng\s+(?:cuối\s+năm|còn\s+lại(?:\s+của)?\s+năm)"
                             r"(?=\s*,)")),
    # "Trước hợp nhất, BHXH tỉnh Thái Bình có 287 công chức …" in an article after the merger: the time before it, when
    # its sentence names no other (checked on each match)
    # (an opening adverbial, with its comma: not a place's "địa bàn tỉnh Bình Định trước sắp xếp", that territory)
    ("before_merger", re.compile(BEFORE_THE_MERGER + r"(?=\s*,)")),
    # "Dự báo đến cuối năm, …": the end of the year the article is written in (of the year before,
    # in a January or February article looking back)
    ("year_end", re.compile(r"(?:đến|tới|vào)\s+cuối\s+năm(?!\s+(?:\d|nay|qua|trước|ngoái|học|tài chính))")),
    # (and so many years ago: "Ba mươi năm trước, khi BHXH tỉnh được thành lập, …")
    ("last_year", re.compile(r"năm\s+qua|(?:(\d{1,2}|mười lăm|mười|hai mươi lăm|hai mươi|ba mươi|bốn mươi|năm mươi)\s+)?năm\s+trước"
                             r"|năm\s+ngoái")),
]
_REFERENCE_BEFORE = re.compile(
    r"(?:(?<!\w)(?:nghị quyết|luật|bộ luật|nghị định|quyết định|chỉ thị|thông tư|kết luận|hiến pháp|đề án|công ước|pháp lệnh)"
    r"(?:\s+(?:số\s+)?[\w/.\-]*\d[\w/.\-]*|\s+[^\W\d]+){0,6}|(?<!\w)(?:thành lập|ban hành|chia tách|tái lập|ra đời|kể từ|"
    r"được thông qua|thông qua|ký|có hiệu lực|sửa đổi)(?:\s+\w+){0,2}?|(?<!\w)(?:từ|sau)\s+(?:khi\s+)?\w+(?:\s+\w+){0,3}\s+(?:thành lập|chia tách|tái lập)"
    # (since a policy began: "kể từ khi chính sách BHXH tự nguyện được triển khai năm 2008")
    r"|(?<!\w)(?:kể từ|từ|sau) khi[^,.;:\d]{0,30}?(?:chính sách|luật|nghị định|nghị quyết|đề án|chương trình|quy định|chế độ|"
    r"mô hình)[^,.;:\d]{0,40}?\s(?:triển khai|thực hiện|áp dụng|ra đời|có hiệu lực|bắt đầu)(?:\s+(?:từ|vào))?)\s*$")
_COMPARISON_BEFORE = re.compile(r"(?:so\s+với(?:\s+kết\s+quả)?(?:\s+thực\s+hiện)?|cùng\s+kỳ|hơn|gấp(?:\s+(?:hơn|gần|khoảng))?\s+\S+\s+lần|gấp|so)\s*"
                                r"(?:cùng\s+(?:kỳ|thời điểm|thời gian|giai đoạn)\s*)?(?:năm|tháng|quý|nhiệm kỳ|thời điểm|ngày|giai đoạn)?"
                                r"\s*(?:cuối|đầu|hết)?\s*$")   # ("so với thời điểm cuối năm 2024", "so với cùng thời điểm năm 2023",
                                                             # "gấp hơn 4 lần năm 2019": the base of a change)
# the time of a figure a level is compared with ("… chiếm 1,48% số phải thu, thấp hơn mức 1,9% của năm 2023")
# (or "tăng so với mức 2,68% của năm 2020")
_COMPARED_FIGURE_OF = re.compile(r"(?<!\w)(?:cao hơn|thấp hơn|nhiều hơn|ít hơn|so với)\s+(?:so với\s+)?(?:mức|tỷ lệ|con số|số)?\s*"
                                 r"\d[\d.,]*\s*(?:%|tỷ đồng|người|triệu(?:\s+người)?)?\s*(?:của|trong|vào)(?:\s+(?:cả nước|toàn quốc))?\s*$")
# the next year's tasks in the name of a meeting that reviews a year ("Hội nghị tổng kết công tác năm 2023, triển khai
# nhiệm vụ năm 2024"): the meeting's name, not the time of the results it reports
_NEXT_YEARS_TASKS_BEFORE = re.compile(r"(?<!\w)tổng kết[^.;:]{0,40}?năm\s+\d{4}\s*(?:,|và|;|-|–)\s*(?:triển khai\s+|phương hướng,?\s*)?"
                                      r"(?:triển khai\s+)?nhiệm vụ\s*$")
# (not a rate's base: "Tỷ lệ người tham gia BHXH so với lực lượng lao động trong độ tuổi năm 2024 …")
_COMPARED_AT_A_DISTANCE = re.compile(r"(?<!\w)so với\s+(?!(?:[^,;.]*?\s)?(?:kế hoạch|dự toán|chỉ tiêu|mục tiêu|nghị quyết)(?!\w))"
                                     r"(?!(?:lực lượng lao động|lllđ|dân số)(?!\w))"
                                     r"[^,;.()]{3,45}?\s$")
_SAME_PERIOD_BEFORE = re.compile(r"cùng\s*kỳ\s*$")
_LEVEL_SAID_AFTER = re.compile(r"\s*(?:\([^()]{0,20}\)\s*)?(?:là|đạt|có|ở mức|chỉ đạt|mới đạt|:)(?!\w)")
_COMPARED_SAME_PERIOD = re.compile(r"(?<!\w)(?:so với|hơn|bằng|gấp|tăng|giảm)\s+(?:\S+\s+)?cùng\s*kỳ\s*$")
# the last year said before a "năm trước" in its paragraph (not a year of a document or a term's span)
_LAST_YEAR_SAID_BEFORE = re.compile(r"(?<!\w)năm\s+((?:19|20)\d{2})(?![\d/–-])(?!\s*[-–]\s*(?:19|20)\d{2})"
                                    r"(?!.*(?<!\w)năm\s+(?:19|20)\d{2}(?![\d/–-])(?!\s*[-–]\s*(?:19|20)\d{2}))", re.DOTALL)
_WHEN_AFTER = re.compile(r"\s*,?\s*(?:khi|lúc|thời điểm đó|khi đó)(?!\w)")
# the start of a rise or fall, its figure before the year ("tăng từ 1.340.215 người năm 2015 lên …")
_FROM_A_FIGURE_BEFORE = re.compile(r"(?<!\w)từ\s+(?:(?:khoảng|gần|hơn|trên)\s+)?\d[\d.,]*\s*(?:%|[^\W\d]+(?:\s+[^\W\d]+){0,2})?"
                                   r"\s*(?:\(\s*|,\s*)?(?:vào\s+)?$")
_UP_OR_DOWN_TO_AFTER = re.compile(r"\s*\)?\s*,?\s*(?:lên|xuống|đến|tới)(?!\w)")
# a year opening a sentence ("Năm 2018, con số này …", "Trong năm 2018, tỷ lệ này …") that states again the measure of
# the sentence before
_SENTENCE_OPENING_BEFORE = re.compile(r"(?:^|[.!?\n]\s*)(?:trong\s+|vào\s+)?$")
# the times a report states its figures at, as a lead gives them ("Tính đến ngày 30/6/2023", "Đến hết tháng 9/2022", "6
# tháng đầu năm"): not a bare year, which may be a task's or a title's ("Hội nghị tổng kết năm 2024, triển khai nhiệm vụ
# năm 2025"), nor "now"
def _clause_start(folded: str, pos: int, reach: int) -> int:
    """Where the clause holding ``pos`` starts, at most ``reach`` characters back."""
    lo = max(0, pos - reach)
    return max(lo, max(folded.rfind(c, lo, pos) for c in ",;.\n") + 1)


_DAY_BEFORE = re.compile(r"(?<!\w)ngày\s+\d{1,2}\s*$")
_REPORT_TIME_KINDS = frozenset({"asof_date", "month", "quarter", "half", "months"})
# a year opening its sentence, as a look back says it ("Năm 2019, …", "Cuối năm 2018, …", "Trong năm 2023, …")
_YEAR_OPENING_BEFORE = re.compile(r"(?:^|[.!?\n]\s*)(?:trong\s+|vào\s+|cuối\s+|đầu\s+|hết\s+|đến hết\s+)?$")
_SAME_MEASURE_AFTER = re.compile(r"\s*,?\s*(?:con số này|số này|tỷ lệ này|con số tương ứng|tỷ lệ tương ứng)(?!\w)")
# "Cùng kỳ năm 2023, con số này là 19.876 người": a sentence that opens with the earlier period is about it
# (or a bracket: "… thấp hơn 0,3 điểm phần trăm so với cùng kỳ (cùng kỳ năm 2022 là 92,9%)")
_SAME_PERIOD_OPENING = re.compile(r"(?:^|[.;:!?]\s+|\n\s*|\(\s*)(?:trong\s+|còn\s+)?cùng\s*kỳ\s*(?:năm|tháng|quý)?\s*$")
_ELECTION_BEFORE = re.compile(r"(?<!\w)bầu cử(?:\s+[^\s\d.;,]+){0,8}?\s+(?:diễn ra\s+)?(?:vào\s+)?$")
_AHEAD_BEFORE = re.compile(r"(?<!\w)(?:phấn đấu|dự kiến|kế hoạch|mục tiêu|chỉ tiêu|sẽ|cần|phải)(?!\w)[^.;]{0,25}$")
_MERGER_DAY = date(2025, 7, 1)
_OPENING = re.compile(r"(?:^|[.;:,!?\n]\s*|\n)$")
# ("… tăng hơn 2 điểm phần trăm so với tỷ lệ bình quân của hai địa phương trước hợp nhất": the base of a comparison)
_COMPARED_IN_CLAUSE = re.compile(r"(?<!\w)so với[^,;.]*$")
_OTHER_TIME_IN_SENTENCE = re.compile(r"(?:19|20)\d{2}|\d{1,2}\s*/\s*\d{1,2}|tháng|quý|nhiệm kỳ|khóa")


def _sentence_around(folded: str, start: int, end: int) -> str:
    """The text of the sentence around ``[start, end)`` (from the last sentence end before to the next after)."""
    lo = max(folded.rfind(". ", 0, start), folded.rfind("\n", 0, start)) + 1
    hi = min((i for i in (folded.find(". ", end), folded.find("\n", end)) if i >= 0), default=len(folded))
    return folded[lo:hi]


# a sentence that looks back to before the merger ("Trước sáp nhập, đến cuối năm 2024, tỷ lệ bao phủ BHYT của tỉnh Ninh
# Thuận đạt 94,3%"): its time is its own, not that of the report's sentences after it
# (with its comma: not a heading, "1. Trước hợp nhất (nhiệm kỳ 2020 - 2025)", over a section of that time)
_LOOK_BACK_OPENING = re.compile(r"(?:^|[.;!?]\s+|\n\s*)" + BEFORE_THE_MERGER + r"\s*,[^.;!?\n\d]{0,60}$")
_YEAR_SAID_BEFORE = re.compile(r"(?s:.*)(?<!\d)((?:19|20)\d{2})(?!\d)")
# the National Assembly named earlier in the paragraph, and no council, congress or committee since
_ASSEMBLY_IN_SENTENCE_BEFORE = re.compile(r"(?:quốc hội|đbqh)(?:(?!\n)(?!hđnd|hội đồng nhân dân|đảng bộ|ban chấp hành|đại hội|"
                                          r"tỉnh ủy|thành ủy|huyện ủy|trung ương).){0,200}$", re.DOTALL)
_ASSEMBLY_SOON_AFTER = re.compile(r"(?:[^.;\n\d]|\(\d[\d,.]*%\)){0,40}?(?<!hđnd )(?:quốc hội|đbqh)(?!\w)")   # (past a level in brackets)
_QUARTER_END_BEFORE = re.compile(r"(?<!\w)(?:hết|cuối)\s*$")
_TIME_WORD_BEFORE = re.compile(r"(?<!\w)(?:đến|tới|vào|trong|cuối|đầu|hết|trước|của)\s*$")

# kinds whose matches may start with a count of months (checked after the match, not with a leading
# look-behind, which would make the regex engine try the pattern at every character)
_COUNTED_KINDS = ("half", "half_report", "months", "running_months")
_POINT_KINDS = ("month", "asof_date", "quarter")
_DURATION_BEFORE = re.compile(r"(?<!\w)(?:từ|dưới|trên|hơn|sau|vòng|đủ|được|nợ|đóng|chậm đóng|mỗi|cách đây|thời gian|thời hạn)\s+$")
_SINCE_BEFORE = re.compile(r"(?<!\w)từ\s+$")   # ("kể từ", "bắt đầu từ" end so too)
# a few months "của" someone: only nine months and more are the year's running total ("9 tháng của BHXH tỉnh")
_SHORT_SPAN_OF = re.compile(r"(?:3|ba|4|5|7|8)\s+tháng\s+của(?!\s+năm)(?!\w)")
_HIEN_COMPOUND_BEFORE = re.compile(r"(?<!\w)(?:thực|thể|xuất|phát|biểu|hiển)\s+$")
# (and "Trong 6 tháng, BHXH tỉnh đã cấp …" opening its sentence in a half-year report; not a duration, "hưởng chế độ thai
# sản trong 6 tháng")
_HALF_REPORT_BEFORE = re.compile(r"(?<!\w)(?:sơ kết|kết quả|báo cáo|tổng kết)\s+(?:công tác\s+|hoạt động\s+|thực hiện\s+nhiệm vụ\s+)?$"
                                 r"|(?:^|[.;:!?\n][\s\-+•*–]*)trong\s+$")
_FIGURE_CHARS = frozenset("0123456789/.,")

# words one of which every match of a period pattern contains (kinds not listed: no such test)
_PERIOD_NEEDS = {
    "term": ("nhiệm kỳ", "giai đoạn", "khóa"),
    "party_first_term": ("khóa i",),
    "qh": ("quốc hội", "đbqh"),
    "qh_bare": ("quốc hội", "đbqh"),
    "tw": ("trung ương", "bộ chính trị", "ban bí thư"),
    "school_year": ("năm học", "niên khóa"),
    "half": ("tháng", "nửa"),
    "half_report": ("6 tháng", "sáu tháng"),   # (normalised text has single spaces)
    "months": ("tháng",),
    "running_months": ("tháng",),
    "quarter": ("quý",),
    "month": ("tháng",),
    "now": ("nay", "này", "hiện"),
    "now_opening": ("hiện", "nay"),
    "this_year": ("nay", "tháng cuối năm", "còn lại"),
    "year_end": ("cuối năm",),   # ("những tháng cuối năm" is the time left for work, not a figure's time)
    "last_year": ("năm",),
    "election": ("bầu cử",),
    "before_merger": ("trước",),
}


class _Shifted:
    """A match found in a text with one character prefixed, with its positions in the text itself."""

    def __init__(self, match: re.Match, shift: int) -> None:
        self._match, self._shift = match, shift

    def span(self, group: int = 0) -> tuple[int, int]:
        a, b = self._match.span(group)
        return a + self._shift, b + self._shift

    def group(self, *groups):
        return self._match.group(*groups)


_MONTHS_COUNT = re.compile(r"\d{1,2}")


def find_periods(folded: str, published: datetime | None, title_end: int = 0) -> list[PeriodMention]:
    pub = published.date() if published else None
    out: list[PeriodMention] = []
    taken: list[tuple[int, int]] = []
    said_again: set[int] = set()   # years opening a sentence that states the measure before again
    opening_years: set[int] = set()   # years opening a sentence: "Năm 2019, …", "Cuối năm 2018, …"
    for kind, pattern in _PERIOD_PATTERNS:
        needs = _PERIOD_NEEDS.get(kind)
        if needs is not None and not any(word in folded for word in needs):
            continue   # no match possible: skip the scan of the whole text
        # (a text that opens with "Hiện": the pattern's punctuation before it is a line break, added for the scan)
        matches = pattern.finditer("\n" + folded[:200]) if kind == "now_opening" and folded.startswith("hiện") else ()
        for m in (*((_Shifted(m, -1) for m in matches if m.start(1) == 1)), *pattern.finditer(folded)):
            s, e = (m.span(1) if m.group(1) is not None else m.span(2)) if kind == "now_opening" else m.span()
            if any(a < e and s < b for a, b in taken):
                continue
            if kind in _COUNTED_KINDS and s and folded[s - 1] in _FIGURE_CHARS:
                continue   # "16 tháng đầu năm", "1,6 tháng": the count is another number's end
            if kind == "now" and (_HIEN_COMPOUND_BEFORE.search(folded, max(0, s - 8), s)
                                  or folded.endswith(("từ trước ", "từ xưa "), 0, s)):
                continue   # "thực hiện có hiệu quả", "phát hiện": a verb; "từ trước đến nay": ever, not now
            if kind == "election" and not _ELECTION_BEFORE.search(folded, max(0, s - 80), s):
                continue
            if kind == "half_report" and not _HALF_REPORT_BEFORE.search(folded, max(0, s - 40), s):
                continue
            if kind == "qh_bare" and not _ASSEMBLY_IN_SENTENCE_BEFORE.search(folded, max(0, s - 200), s) \
                    and not _ASSEMBLY_SOON_AFTER.match(folded, e):   # ("Ở khóa XV, Đoàn ĐBQH tỉnh … có 3 nữ")
                continue   # (a council's or a committee's term has numbers of its own)
            if kind == "running_months" and _DURATION_BEFORE.search(folded, max(0, s - 16), s):
                continue   # "nợ từ 3 tháng, …", "đóng dưới 9 tháng, …": a duration
            if kind == "months" and _SHORT_SPAN_OF.match(folded, s):
                continue   # "thời gian 3 tháng của người lao động": a duration, not the months so far
            if kind in _POINT_KINDS and _SINCE_BEFORE.search(folded, max(0, s - 12), s):
                taken.append((s, e))   # (so that no later pattern reads the same words as the figure's time)
                continue   # "nợ 14,6 tỉ đồng từ tháng 3/2023": when it started, not the figure's time
            value = _period_value("now" if kind == "now_opening" else kind, m, pub)
            if value is None:
                continue
            if kind == "asof_date" and pub is not None and not (m.group(3) or m.group(4)) and value[:4] != str(pub.year) \
                    and _AHEAD_BEFORE.search(folded, max(0, s - 40), s):
                # "phấn đấu đến ngày 30/6 tổng thu đạt 48% kế hoạch" written on 5 June: the coming 30 June, not last year's
                value = str(pub.year) + value[4:]
            quarter_flow = False
            if kind == "quarter" and not m.group(2):
                # "Tại thời điểm 31/3/2023, …; đến cuối quý II tăng lên …": a quarter without its year is of the year
                # its sentence named before it
                said = _YEAR_SAID_BEFORE.search(folded, max(0, s - 200), s)
                if said is not None and not re.search(r"[.!?]\s", folded[said.end():s]):
                    value = said.group(1) if value[:4] != said.group(1) else value
            if kind == "quarter":
                if _QUARTER_END_BEFORE.search(folded, max(0, s - 12), s):
                    # "đến hết quý III/2025": the quarter's last day
                    quarter = _quarter_number(m.group(1))
                    value = date(int(value), 3 * quarter, 30 if quarter in (2, 3) else 31).isoformat()
                else:
                    # "Tổng thu quý I đạt …": a flow of the quarter, of its year (no format for quarters); the
                    # stocks of the sentences after it keep the as-of date said before ("tính đến 31/3/2025")
                    quarter_flow = True
            year = int(value[:4])
            before = folded[max(0, s - 25):s]
            comparison = bool(_COMPARISON_BEFORE.search(before)) or (
                # (words between: "giảm 11,2% so với tổng số của 3 địa phương năm 2024")
                kind == "year" and "so với" in folded[max(0, s - 60):s]
                and _COMPARED_AT_A_DISTANCE.search(folded, max(0, s - 60), s) is not None
                and not _LEVEL_SAID_AFTER.match(folded, e)) or (
                "nhiệm vụ" in before and _NEXT_YEARS_TASKS_BEFORE.search(folded, max(0, s - 90), s) is not None)
            # "Cùng kỳ năm 2023, …" opening a sentence, and "… hiện là / hiện chiếm / hiện đạt": the time of their
            # sentence's own figure, not carried to the next
            # (and the time of a figure compared with, "… thấp hơn mức 1,9% của năm 2023": that figure's only)
            # the time of the start of a rise or fall, "tăng từ 1.340.215 người năm 2015 lên 1.726.930 người": that figure's
            # only (the end's, said with no time, is not of 2015, nor are the next sentences')
            change_start = kind == "year" and "từ" in folded[max(0, s - 50):s] \
                and _FROM_A_FIGURE_BEFORE.search(folded, max(0, s - 50), s) is not None \
                and _UP_OR_DOWN_TO_AFTER.match(folded, e) is not None
            # (and a sentence that opens with a year to say the measure the sentence before stated again for it, "Năm
            # 2018, con số này chỉ là 9.870 người.": a look back, its year that sentence's only)
            # (only a year before the one the text had reached, checked once every period is found: "Năm 2022, tỷ lệ … đạt
            # 90,1%. Năm 2023, tỷ lệ này là 91,5%" goes on to 2023)
            if kind == "year" and _SENTENCE_OPENING_BEFORE.search(folded, max(0, s - 10), s) is not None \
                    and _SAME_MEASURE_AFTER.match(folded, e) is not None:
                said_again.add(s)
            if kind in ("year", "school_year") and _YEAR_OPENING_BEFORE.search(folded, max(0, s - 16), s) is not None \
                    and folded.startswith(",", e):
                opening_years.add(s)
            local = change_start or (comparison and _SAME_PERIOD_OPENING.search(before) is not None) or (
                ("hơn" in folded[max(0, s - 50):s] or "so với" in folded[max(0, s - 50):s]) and _COMPARED_FIGURE_OF.search(folded, max(0, s - 50), s) is not None) or (
                kind == "now" and m.group(0).endswith(("chiếm", "đạt", "khoảng", "gần", "còn", "mức", "phủ"))) or quarter_flow
            look_back = _LOOK_BACK_OPENING.search(folded, max(0, s - 80), s) is not None
            if kind == "before_merger":
                if not _OPENING.search(folded, max(0, s - 3), s) \
                        or _OTHER_TIME_IN_SENTENCE.search(_sentence_around(folded, s, e)) \
                        or _COMPARED_IN_CLAUSE.search(folded, max(0, s - 80), s):
                    continue   # "Trước hợp nhất, năm 2024, …", "… đến 30/6/2025, trước khi sáp nhập": that time
                look_back = True
            comparison = comparison and not local
            if comparison and _WHEN_AFTER.match(folded, e):
                comparison, local = False, True   # "So với nhiệm kỳ 2020-2025, khi Ban Chấp hành có 7/51 …": that time's
            if kind == "last_year" and _SAME_PERIOD_BEFORE.search(before):
                # "… so với cùng kỳ năm trước": the base of a change; but "…; cùng kỳ năm trước là 17.260 người": that
                # time's own level, of its clause only
                comparison = not (_LEVEL_SAID_AFTER.match(folded, e) and not _COMPARED_SAME_PERIOD.search(folded, max(0, s - 30), s))
                local = local or not comparison
            if kind == "last_year" and not m.group(1) and m.group(0).startswith("năm") and not m.group(0).endswith("qua") \
                    and (said := _LAST_YEAR_SAID_BEFORE.search(folded, max(0, s - 300, folded.rfind("\n", 0, s) + 1), s)) \
                    and not _REFERENCE_BEFORE.search(folded, max(0, said.start() - 60), said.start()):
                # "Riêng năm 2025 có 752 nghìn người …, năm trước là 889.410 người": the year before the one just said
                year = int(said.group(1)) - 1
                value = str(year)
            if kind in ("qh", "tw") and _SINCE_BEFORE.search(folded, max(0, s - 12), s):
                comparison = True   # "tỷ lệ cao nhất kể từ Quốc hội khóa I đến nay": since when, not when
            if kind == "tw" and _REFERENCE_BEFORE.search(folded, max(0, s - 60), s):
                comparison = True   # "Nghị quyết số 28-NQ/TW của Ban Chấp hành Trung ương khóa XII": who issued it
            if kind == "year" and m.group(0).startswith("năm") and _REFERENCE_BEFORE.search(folded, max(0, s - 60), s) \
                    and not _TIME_WORD_BEFORE.search(before):
                comparison = True   # "Nghị quyết ... năm 2004", "thành lập năm 2004": a reference, not the figure's time
            taken.append((s, e))
            # (a name of its own, not the loop's kind: the pattern's next matches are still checked as what they are)
            mention_kind = {"now_opening": "now", "qh_bare": "qh", "year_label": "year", "party_first_term": "term"}.get(kind, kind)
            out.append(PeriodMention(s, e, value, year, comparison, now=mention_kind == "now", kind=mention_kind, local=local,
                                     look_back=look_back, change_start=change_start))
    out.sort(key=lambda p: p.start)
    if opening_years:
        reached = 0
        for i, p in enumerate(out):
            if p.start in opening_years and p.year < reached and not (p.local or p.comparison):
                out[i] = replace(p, paragraph_only=True)
            elif not p.comparison and not p.local and p.kind in _REPORT_TIME_KINDS and p.start >= title_end \
                    and not _DAY_BEFORE.search(folded, max(0, p.start - 10), p.start) \
                    and not _AHEAD_BEFORE.search(folded, _clause_start(folded, p.start, 60), p.start) \
                    and "nhiệm vụ" not in folded[_clause_start(folded, p.start, 40):p.start]:
                # (not a document's date, "Thanh Hóa, ngày 15 tháng 01 năm 2024", nor a title's, a target's, a forecast's
                # or a task's: "phấn đấu đến tháng 12/2025 …", "dự kiến đến 30/6/2025 …", "nhiệm vụ tháng 1/2025")
                reached = max(reached, p.year)
    if said_again:
        reached = 0
        for i, p in enumerate(out):
            if p.start in said_again and p.year < reached:
                out[i] = replace(p, local=True)
            elif not p.comparison:
                reached = max(reached, p.year)
    return out


def _quarter_number(word: str) -> int:
    return int(word) if word.isdigit() else ("i", "ii", "iii", "iv").index(word) + 1


_YEARS_AGO = {"mười": 10, "mười lăm": 15, "hai mươi": 20, "hai mươi lăm": 25, "ba mươi": 30, "bốn mươi": 40, "năm mươi": 50}


def _period_value(kind: str, m: re.Match, pub: date | None) -> str | None:
    pub_year = pub.year if pub else None
    try:
        if kind == "term":
            a, b = int(m.group(1)), int(m.group(2))
            return f"{a}/{b}" if a < b <= a + 10 else None
        if kind == "election":
            return m.group(1)   # (candidates stand in that year; the engine gives the elected the term that begins)
        if kind == "party_first_term":
            return "2025/2030" if pub is not None and pub >= _MERGER_DAY else None
        if kind == "before_merger":
            # (an article after the merger: 2025, the months before it; before it, "trước khi sáp nhập" is a plan's)
            return "2025" if pub is not None and pub >= _MERGER_DAY else None
        if kind == "school_year":
            a, b = int(m.group(1)), int(m.group(2))
            return f"{a}/{b}" if b == a + 1 else None
        if kind in ("qh", "qh_bare"):
            a, b = _QH_TERMS[m.group(1)]
            return f"{a}/{b}"
        if kind == "tw":
            a, b = _TW_TERMS[m.group(1)]
            return f"{a}/{b}"
        if kind == "asof_date":
            d, mo = int(m.group(1)), int(m.group(2))
            y = m.group(3) or m.group(4)
            year = int(y) if y else pub_year
            if year is None or not (1 <= mo <= 12 and 1 <= d <= 31):
                return None
            if not y and pub and (mo, d) > (pub.month, pub.day):
                year -= 1  # "đến 31/12" in a January article is last year's end
            return date(year, mo, d).isoformat()
        if kind == "half_report":
            # the mid-year review, published in the months after June ("Sơ kết 6 tháng thực hiện Nghị
            # quyết" in January, or "6 tháng" of a programme, is another six months)
            return f"{pub_year}-H1" if pub is not None and 6 <= pub.month <= 9 else None
        if kind == "half":
            which = m.group(1) or m.group(3) or m.group(5) or "đầu"
            y = m.group(2) or m.group(4) or m.group(6) or m.group(7)
            year = int(y) if y else pub_year
            if year is None:
                return None
            if not y and which == "đầu" and pub is not None and pub.month <= 2:
                year -= 1   # "6 tháng đầu năm, …" in a January or February review is last year's first half
            return f"{year}-H1" if which == "đầu" else f"{year}-H2"
        if kind == "months":
            y = m.group(1)
            year = int(y) if y else pub_year
            count = _MONTHS_COUNT.search(m.group(0))
            if not y and year and pub is not None and pub.month <= 2 and count and int(count.group()) > pub.month + 1:
                year -= 1   # ("9 tháng đầu năm" in January: months that have not yet passed this year)
            return str(year) if year else None
        if kind == "running_months":
            return str(pub_year) if pub_year else None
        if kind == "quarter":
            y = m.group(2)
            year = int(y) if y else pub_year
            if not y and pub is not None and _quarter_number(m.group(1)) > (pub.month + 2) // 3 and pub.month <= 2:
                year -= 1   # "Quý IV, BHXH tỉnh thu …" in a January review is last year's
            return str(year) if year else None
        if kind == "month":
            mo = int(m.group(1))
            if not 1 <= mo <= 12:
                return None
            year = int(m.group(2)) if m.group(2) else pub_year
            if year is None:
                return None
            # (a month after the publication's is last year's, but for the next one late in a month: "Kỳ chi trả tháng
            # 7, …" on 30/6 is this July's)
            if not m.group(2) and pub:
                upcoming = (mo - pub.month) % 12 == 1 and pub.day >= 20
                if upcoming and pub.month == 12:
                    year += 1   # ("tháng 1" on 28 December is next January)
                elif mo > pub.month and not upcoming:
                    year -= 1
            return f"{year}-{mo:02d}"
        if kind in ("year", "year_label"):
            return m.group(1)
        if kind == "now":
            return pub.isoformat() if pub else None
        if kind == "this_year":
            return str(pub_year) if pub_year else None
        if kind == "year_end":
            if pub is None:
                return None
            return str(pub.year - 1 if pub.month <= 2 else pub.year)
        if kind == "last_year":
            if pub_year is None:
                return None
            if m.group(1):
                return str(pub_year - _YEARS_AGO.get(m.group(1), 0) if not m.group(1).isdigit() else pub_year - int(m.group(1)))
            if m.group(0).startswith("năm") and not m.group(0).endswith("qua"):
                return str(pub_year - 1)   # "năm trước", "năm ngoái": the year before the publication's
            return str(pub_year - 1 if pub.month <= 3 else pub_year)
    except (ValueError, KeyError):
        return None
    return None


# --- kind and approximation -------------------------------------------------------------------

_TARGET = re.compile(
    # (not a figure graded against a target it does not state: "… chiếm 14,3%, chưa đạt chỉ tiêu; …")
    r"(?<!\w)(?:phấn đấu|(?:(?<!đạt )(?<!vượt )|(?=(?:chỉ|mục) tiêu\s*[^\s;,.]))(?:chỉ tiêu|mục tiêu)|được giao(?!\s+(?:quản lý|phụ trách))|giao chỉ tiêu|sẽ đạt|sẽ có|sẽ|dự kiến|đặt ra|đề ra|hướng tới|hướng đến|"
    r"định hướng|phải đạt|cần đạt|bảo đảm tỷ lệ|đảm bảo tỷ lệ|bảo đảm có|đảm bảo có|tối thiểu|ít nhất|(?<!%)(?<!%\s)kế hoạch(?!\s+(?:nêu|chỉ rõ|cho biết|đánh giá|nhận định)(?!\w))(?:\s+năm\s+\d{4})?[^.;%]{0,60}?đạt|"
    r"nhằm đạt|đến năm 20\d\d[^.;]{0,60}?đạt|(?<!về )cơ cấu(?!,? thành phần)|quy hoạch|(?<!bàn )(?<!chuyển )giao cho|"
    # "Kế hoạch năm 2024, BHXH tỉnh phát triển …" (a plan opening a sentence or clause), "UBND tỉnh giao BHXH tỉnh phát
    # triển 12.000 người …"
    r"(?:^|(?<=[,;:] ))kế hoạch(?:\s+năm\s+\d{4})?\s*[,:]|"
    # "…; kế hoạch cả năm là 95%": the plan's own level (not a table's row, "Tổng thu: Kế hoạch là 8.410 tỷ đồng, Thực hiện là …")
    r"(?:^|(?<=[,;] ))kế hoạch(?:\s+(?:cả\s+)?năm(?:\s+\d{4})?)?\s+là|"
    # "Dự toán thu năm 2025 là 591.600 tỷ đồng", "Kế hoạch phát triển BHXH tự nguyện năm 2025: …"
    r"(?:^|(?<=[,;:] ))(?:kế hoạch|dự toán)\s+(?:thu|chi|phát triển)(?:\s+[^\s,;.\d]+){0,4}?(?:\s+năm\s+\d{4})?\s*(?:là|:)|"
    # ("BHXH Việt Nam giao BHXH tỉnh Bình Phước dự toán thu 5.010 tỷ đồng")
    r"(?<!bàn )(?<!chuyển )giao\s+(?:bhxh|ubnd|sở|các|cho|tỉnh|thành phố|huyện|xã|phường)(?:\s+[^\s,;.\d]+){0,4}?\s+"
    r"(?:phát triển|thu|đạt|tăng|dự toán|kế hoạch)|"
    r"được(?:\s+[^\s,;.\d]+){1,6}?\s+giao(?!\s+(?:nhiệm vụ|quản lý|phụ trách)))(?!\w)")
_CLAUSE_END = re.compile(r"[,;]")
_COMPLETION_OF_PLAN = re.compile(r"%\s*(?:so với\s+)?(?:kế hoạch|dự toán|chỉ tiêu)(?:\s+năm(?:\s+\d{4})?)?(?:[^,;%\d]{0,30}?giao)?")
# ("Về công tác quy hoạch, bổ nhiệm cán bộ nữ, hiện toàn Bộ có 1.127 nữ …": now, not a verb's "hiện", "thực hiện")
_ACTUAL = re.compile(r"(?<!\w)(?:đã|đạt được|tính đến|đến nay|(?<!thực )(?<!thể )(?<!phát )(?<!xuất )(?<!biểu )(?<!tái )"
                     r"hiện(?!\s+(?:thực|đại|hành|tượng|vật|diện|trạng|ra|lên|nay))|hiện nay|thực hiện là|kết quả|thực tế|"
                     r"ước thực hiện|thực hiện được|trong đó(?!\s*:))(?!\w)")   # ("… đề ra 18 chỉ tiêu, trong đó: …" lists targets)
# (the spec's "hơn", "gần", "khoảng", "trên" and their synonyms; not an estimate, "ước đạt 5.126 tỷ đồng", which states
# its figure as exactly as any report does)
_APPROX = re.compile(r"(?<!\w)(?:hơn|gần|khoảng|trên|xấp xỉ|ước khoảng|chừng|ngót|gần như|trên dưới|hàng|độ|tới gần|lên tới hơn|có hơn)\s*$")
_COMPARED_WITH_BEFORE = re.compile(r"(?<!\w)so với\s*$")
# _TARGET and _ACTUAL without their leading (?<!\w), for fastre.finditer_at_word_start
_TARGET_BODY = re.compile(_TARGET.pattern[len(r"(?<!\w)"):])
_ACTUAL_BODY = re.compile(_ACTUAL.pattern[len(r"(?<!\w)"):])
_DIGIT = re.compile(r"\d")
# a figure (not a year) a target named after it grades
_GRADED_FIGURE = re.compile(r"\d\s*%|\d\s+(?:người|tỷ|triệu|nghìn|ngàn|lượt|đồng|thẻ|đại biểu|đồng chí)(?!\w)")
_YEAR_DIGITS = re.compile(r"(?:19|20)\d{2}")


# words of a target that set none: work done as assigned, said as done ("BHXH tỉnh đã hoàn thành tốt các nhiệm vụ được giao, tổng số
# thu đạt 72,5% kế hoạch", "hoàn thành các chỉ tiêu được giao: …") and a statistical indicator by its code or kind ("Về
# chỉ tiêu 5.5.1, tỷ lệ nữ đại biểu Quốc hội khóa XV đạt 30,26%", "bộ chỉ tiêu thống kê")
_NO_TARGET_SET = re.compile(r"(?<!\w)(?:đã|vẫn|đều)\s+(?:[^\W\d]+\s+)?hoàn thành(?:\s+(?:tốt|xuất sắc|toàn diện|vượt mức|cơ bản))*"
                            r"(?:\s+(?:các|mọi|toàn bộ|100%))?\s+(?:nhiệm vụ|chỉ tiêu|kế hoạch|mục tiêu)(?:\s+[^\W\d]+){0,4}?"
                            r"\s+(?:được giao|giao|đề ra|đặt ra)(?!\w)"
                            r"|(?<!\w)(?:bộ\s+|hệ thống\s+)?chỉ tiêu\s+(?:\d{1,2}\.\d{1,2}(?:\.\d{1,2})?(?!\d|[.,]\d|\s*%)(?!\s*(?:người|tỷ|triệu|nghìn|lượt|thẻ))|thống kê|sdg)"
                            # (and indicators counted as the subject of their results: "Ba chỉ tiêu trên lần lượt đạt …")
                            r"|(?<!\w)(?:các|hai|ba|bốn|năm|những)\s+chỉ tiêu(?:\s+[^\W\d]+,?){0,10}?\s+(?=(?:lần lượt|tương ứng|đều)\s+đạt)")


# a plan said as met, then the figure it was met with: "BHXH huyện vẫn hoàn thành vượt kế hoạch thu với tổng số thu ước
# đạt 212,4 tỷ đồng", "Số thu … vượt kế hoạch, đạt 215 tỷ đồng" (not the plan's own figure: "vượt chỉ tiêu được giao (93,6%)")
# (or ending its clause, grading the figure before it: "… đạt 92,5%, vượt chỉ tiêu giao, số người tham gia BHXH tự
# nguyện đạt 38.906 người")
# (not one to be met: "quyết tâm hoàn thành chỉ tiêu được giao, tỷ lệ bao phủ BHYT đạt 95%" sets a target)
_PLAN_MET_WITH_ITS_FIGURE = re.compile(r"(?<!\w)(?<!quyết tâm )(?<!phấn đấu )(?<!sẽ )(?<!cần )(?<!phải )(?<!nhằm )(?<!để )(?:hoàn thành(?:\s+(?:vượt mức|vượt|tốt|xuất sắc|toàn diện|cơ bản))*|vượt)\s+"
                                       r"(?:kế hoạch|chỉ tiêu|dự toán)(?:\s+(?:thu|chi|phát triển|năm\s+\d{4}|được giao|giao|đề ra))*"
                                       r"(?=\s*(?:,?\s*(?:với|đạt)(?!\w)|[,;]))")


# a word of every _TARGET alternative: a text with none of them has no _TARGET match (one scan for these
# literals costs half the scan for _TARGET, and few texts have one)
_TARGET_WORDS = ("phấn đấu", "chỉ tiêu", "mục tiêu", "giao", "sẽ", "dự kiến", "đặt ra", "đề ra", "hướng", "phải đạt", "cần đạt",
                 "đảm", "tối thiểu", "ít nhất", "kế hoạch", "dự toán", "nhằm đạt", "đến năm 20", "cơ cấu", "quy hoạch")
_TARGET_WORD = re.compile("|".join(map(re.escape, _TARGET_WORDS)))


_TIME_OF_A_TARGET = re.compile(r"(?<!\w)(?:năm|giai đoạn|nhiệm kỳ)\s+(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?(?!\d)")


def kind_of(left: str, period_year: int | None, pub_year: int | None) -> str:
    """``left`` is the folded sentence text before the figure (same clause set)."""
    t = None
    if "%" in left:
        # "đạt 102,1% kế hoạch được giao, chiếm 21,74% …": a plan a figure was measured against is
        # not a target set for the figures of the clauses after it (blanked, keeping the offsets);
        # the plan's own amount right after it, "… dự toán được giao (5.120 tỷ đồng)", is the target
        left = _COMPLETION_OF_PLAN.sub(
            lambda m: " " * len(m.group(0)) if _CLAUSE_END.search(left, m.end()) else m.group(0), left)
    first_target = None
    if _TARGET_WORD.search(left) and ("hoàn thành" in left or "chỉ tiêu" in left or "vượt" in left):
        left = _NO_TARGET_SET.sub(lambda m: " " * len(m.group(0)), left)   # (keeping the offsets)
        left = _PLAN_MET_WITH_ITS_FIGURE.sub(lambda m: " " * len(m.group(0)), left)
    if _TARGET_WORD.search(left):
        for m in finditer_at_word_start(_TARGET_BODY, left):
            if pub_year and m.group().startswith("đến năm 20") and int(_YEAR_DIGITS.search(m.group()).group()) < pub_year:
                continue   # "Đến năm 2020, tỷ lệ … đạt 28,5%" written in 2024: what was reached by then
            t = m.end()
            first_target = m.start() if first_target is None else first_target
    if t is not None:
        # a part ("trong đó …") has the kind of its whole: a target when the sentence opens by setting one ("Mục
        # tiêu đến cuối năm 2025, tỷ lệ bao phủ đạt 97,5%, trong đó nhóm người DTTS đạt trên 98%"), before any figure
        # (a year is no figure: "Năm 2022, tỉnh phấn đấu có 395.000 người …, trong đó BHXH tự nguyện 145.000 người")
        first_digit = _DIGIT.search(_TIME_OF_A_TARGET.sub(lambda y: " " * len(y.group(0)), left) if "20" in left or "19" in left
                                    else left)
        parts_are_targets = first_digit is None or first_target < first_digit.start()
        if ";" in left[t:] and _GRADED_FIGURE.search(left, 0, first_target):
            # a target named after a figure, to grade it ("… đạt 21,8%, vượt chỉ tiêu 15% theo Chỉ thị 35; có 41 nữ
            # bí thư …", "… 92,1% dân số, vượt chỉ tiêu được giao; số người tham gia BHXH là …"), ends with its part
            t = None
    if t is not None:
        a = None
        for m in finditer_at_word_start(_ACTUAL_BODY, left, t):
            if not (parts_are_targets and m.group() == "trong đó") \
                    and not _COMPARED_WITH_BEFORE.search(left, max(t, m.start() - 12), m.start()):
                a = m.start()   # (not the base of a comparison: "tăng 1,6 điểm so với kết quả thực hiện năm 2024")
        if a is None:
            return "target"
    if period_year and pub_year and period_year > pub_year:
        return "target"
    return "actual"


def is_approx(left: str) -> bool:
    return search_last_words(_APPROX, left[-25:], 3) is not None   # an _APPROX match has at most 3 words


# --- organisations ----------------------------------------------------------------------------

_DEPTS = (r"Nội vụ|Tài chính|Y tế|Giáo dục và Đào tạo|Giáo dục - Đào tạo|Lao động\s*[-–]\s*Thương binh và Xã hội|"
          r"Văn hóa\s*[-–,]\s*Thể thao(?:\s+và\s+Du lịch)?|Văn hoá\s*[-–,]\s*Thể thao(?:\s+và\s+Du lịch)?|Văn hóa, Thể thao và Du lịch|Tư pháp|Xây dựng|Công Thương|Kế hoạch và Đầu tư|"
          r"Nông nghiệp và Phát triển nông thôn|Nông nghiệp và Môi trường|Tài nguyên và Môi trường|Giao thông vận tải|"
          r"Khoa học và Công nghệ|Thông tin và Truyền thông|Ngoại vụ|Dân tộc và Tôn giáo|Du lịch|Công an|Quốc phòng|Ngoại giao")
_LEVEL = r"(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|TX\.?|xã|phường|thị trấn)"
_NAME = r"(?:\s+(?!Việt\b)[" + _UPPER + r"][\wÀ-ỹ]*(?:\s*-\s*[" + _UPPER + r"][\wÀ-ỹ]*)?(?:\s+[" + _UPPER + r"][\wÀ-ỹ]*){0,3})?"
_ORG_RE = re.compile(
    r"(?<!\w)(?:"
    r"(?P<bhxh>BHXH|Bảo hiểm xã hội)(?:\s+(?P<bl>" + _LEVEL + r")(?P<bn>" + _NAME + r")|\s+(?P<vn>Việt Nam))"
    r"|(?P<so>Sở|Bộ)\s+(?P<dept>" + _DEPTS + r")(?:\s+(?P<sl>" + _LEVEL + r")(?P<sn>" + _NAME + r"))?"
    r"|(?P<ub>UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân)\s+(?P<ul>" + _LEVEL + r")(?P<un>" + _NAME + r")"
    r"|(?P<hoi>Hội LHPN|Hội Liên hiệp Phụ nữ|Hội Liên hiệp phụ nữ)(?:\s+(?P<hl>" + _LEVEL + r")(?P<hn>" + _NAME + r")|\s+(?P<hvn>Việt Nam))?"
    r"|(?P<uy>Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Quận ủy|Thị ủy|Đảng ủy|Đảng uỷ)(?P<yn>" + _NAME + r")"
    r"|(?P<bch>Ban Chấp hành Đảng bộ|Ban Thường vụ Tỉnh ủy|Ban Chấp hành Trung ương|Ban Thường vụ)(?:\s+(?P<cl>" + _LEVEL + r"))?(?P<cn>" + _NAME + r")"
    r"|(?P<qh>Quốc hội)(?:\s+khóa\s+[XVI]+)?"
    r")")


@dataclass(frozen=True)
class OrgMention:
    start: int
    end: int
    name: str
    bare_level: str | None     # "tỉnh" when written "BHXH tỉnh" without a name
    head: str


# every alternative of _ORG_RE starts after a non-word character with one of these capitals
# (BHXH, Bảo hiểm, Bộ, Ban, Sở, UBND, Ủy/Uỷ ban, HĐND, Hội, Huyện ủy, Tỉnh/Thành/Thị ủy, Quận ủy, Quốc hội, Đảng ủy);
# the look-behind after the capital (not before it) keeps the regex engine's skip to those capitals
_CAPITAL_AT_WORD_START = re.compile(r"[BSUỦHTQĐ](?<!\w[BSUỦHTQĐ])")


def _org_matches(text: str):
    """``_ORG_RE.finditer(text)``, trying the pattern only where a capital letter starts a word."""
    pos, n = 0, len(text)
    while pos < n:
        for c in _CAPITAL_AT_WORD_START.finditer(text, pos):
            m = _ORG_RE.match(text, c.start())
            if m is not None:
                yield m
                pos = m.end()
                break
        else:
            return


def find_organizations(text: str) -> list[OrgMention]:
    out = []
    for m in _org_matches(text):
        g = m.groupdict()
        if g["bhxh"]:
            if g["vn"]:
                out.append(OrgMention(m.start(), m.end(), "BHXH Việt Nam", None, "BHXH"))
                continue
            level, name = g["bl"], (g["bn"] or "").strip()
            out.append(OrgMention(m.start(), m.end(), f"BHXH {_lvl(level)} {name}".strip(), None if name else _lvl(level), "BHXH"))
        elif g["so"]:
            dept = re.sub(r"\s*[-–]\s*", " – ", g["dept"]) if "Văn h" in g["dept"] else g["dept"]
            base = f"{g['so']} {dept}"
            name = (g["sn"] or "").strip()
            out.append(OrgMention(m.start(), m.end(), f"{base} {_lvl(g['sl'])} {name}".strip() if g["sl"] and name else base, None, g["so"]))
        elif g["ub"]:
            head = "UBND" if g["ub"].startswith(("UBND", "Ủy", "Uỷ")) else "HĐND"
            name = (g["un"] or "").strip()
            out.append(OrgMention(m.start(), m.end(), f"{head} {_lvl(g['ul'])} {name}".strip(), None if name else _lvl(g["ul"]), head))
        elif g["hoi"]:
            if g["hvn"]:
                out.append(OrgMention(m.start(), m.end(), "Hội LHPN Việt Nam", None, "Hội LHPN"))
                continue
            name = (g["hn"] or "").strip()
            level = g["hl"]
            if level:
                out.append(OrgMention(m.start(), m.end(), f"Hội LHPN {_lvl(level)} {name}".strip(), None if name else _lvl(level), "Hội LHPN"))
            else:
                out.append(OrgMention(m.start(), m.end(), "Hội LHPN", "tỉnh", "Hội LHPN"))
        elif g["uy"]:
            head = g["uy"].replace("uỷ", "ủy")
            name = (g["yn"] or "").strip()
            out.append(OrgMention(m.start(), m.end(), f"{head} {name}".strip(), None if name else "tỉnh" if head in ("Tỉnh ủy", "Thành ủy") else None, head))
        elif g["bch"]:
            name = (g["cn"] or "").strip()
            level = g["cl"]
            if "Trung ương" in g["bch"]:
                out.append(OrgMention(m.start(), m.end(), g["bch"], None, "BCH"))
            else:
                full = " ".join(x for x in (g["bch"], _lvl(level) if level else "", name) if x)
                out.append(OrgMention(m.start(), m.end(), full, _lvl(level) if level and not name else None, "BCH"))
        elif g["qh"]:
            out.append(OrgMention(m.start(), m.end(), "Quốc hội", None, "Quốc hội"))
    return out


def _lvl(level: str | None) -> str:
    if not level:
        return ""
    low = level.lower().rstrip(".")
    return {"tp": "thành phố", "tx": "thị xã"}.get(low, low)
