"""Rule-based extraction: numbers → catalogue codes with their context.

Linear in the article: the text is folded once, numbers, places, periods and organisations are
found once each, and every number then looks only at its own sentence (and, for carried-over
context, at the previous sentences of its paragraph).
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from operator import itemgetter

from chiso.documents import Article
from chiso.extraction import catalogue as cat
from chiso.extraction.fastre import (PresentAlternatives, blank_matches, finditer_at_word_start, search_at_word_start,
                                     search_last_words)
from chiso.extraction.context import BEFORE_THE_MERGER, find_organizations, find_periods, is_approx, kind_of
from chiso.extraction.numbers import NumberMention, find_numbers
from chiso.extraction.sentences import Sentence, related_link_spans, split_sentences
from chiso.geography import (MERGER_DATE, NATIONAL, absorbed_province, after_the_merger, current_province_of, official_name,
                              find_areas, find_provinces, province_names_cached, province_pattern)
from chiso.text import fold

# Phrases whose words must not act as cues ("Hội Liên hiệp Phụ nữ" is not a count of women,
# "thu nhập" is income, "chi bộ" a Party cell). Replaced by spaces (length-preserving).
# (Each with a literal all its matches contain, for fastre.PresentAlternatives; written without the
# leading (?<!\w): see fastre.blank_matches.)
_MASK_PHRASE_ALTERNATIVES = PresentAlternatives((
    ("hội liên hiệp phụ nữ", "phụ nữ"), ("hội lhpn", "lhpn"), ("lhpn", "lhpn"), ("hội phụ nữ", "phụ nữ"),
    # (the names of a paper, a museum and the women's congress, not "phụ nữ Việt Nam nắm giữ 26,9% …", Vietnamese women)
    ("(?:báo|bảo tàng|đại hội đại biểu|đại hội) phụ nữ", "phụ nữ"), ("vì sự tiến bộ (?:của )?phụ nữ", "phụ nữ"), ("tiến bộ phụ nữ", "phụ nữ"),
    ("ban nữ công", "nữ công"), ("công tác nữ công", "nữ công"), ("nữ công gia chánh", "nữ công"),
    ("công tác phụ nữ", "phụ nữ"), ("ngày phụ nữ", "phụ nữ"), ("quốc tế phụ nữ", "phụ nữ"), ("phụ nữ tích cực", "phụ nữ"),
    ("thu nhập", "thu "), ("thu hút", "thu "), ("thu hồi", "thu "),
    ("chi bộ", "chi "), ("chi hội", "chi "), ("chi nhánh", "chi "), ("chi tiết", "chi "), ("chi cục", "chi "), ("chi đoàn", "chi "),
    ("tỷ lệ nữ giới", "nữ giới"), ("bình đẳng giới", "bình đẳng giới"), ("hội viên phụ nữ", "phụ nữ"),
    ("chủ tịch hồ chí minh", "hồ chí minh"), ("tư tưởng hồ chí minh", "hồ chí minh"), ("hưởng ứng", "hưởng ứng"), ("ảnh hưởng", "ảnh hưởng"),
    # (an office collecting from its units: "quản lý thu đối với hơn 11.600 đơn vị với gần 598 nghìn người tham gia")
    ("quản lý thu(?= (?:đối với|của|hơn|gần|khoảng|trên|\\d))", "quản lý thu"),
    # (the agency paying for a group's cards: "- Nhóm do tổ chức BHXH đóng: 121.430 người", not social insurance)
    ("tổ chức bhxh(?= đóng)", "tổ chức bhxh"),
    ("thu(?= ngân sách)", "ngân sách"),   # (only "thu": "ngân sách" stays for plan_completion_rate's exclusion)
    ("trung tâm dịch vụ việc làm", "việc làm"),   # (the centre that grants unemployment benefits, not a job placed)
    ("hưởng (?:tiền )?lương(?! hưu)", "lương"),   # (drawing a salary: "… không hưởng tiền lương", not a benefit)
), r"(?!\w)")
_MASK_PHRASES = _MASK_PHRASE_ALTERNATIVES.full
_LIST_NOUNS = ("cán bộ", "công chức", "viên chức", "người lao động", "lao động", "nhân viên", "quản lý", "lãnh đạo", "giáo viên",
               "xã", "phường", "thị trấn", "thị xã", "huyện", "quận", "thành phố", "đặc khu",   # ("các xã, phường, thị trấn")
               "học sinh", "sinh viên",   # ("22,5 triệu học sinh, sinh viên tham gia BHYT")
               "sở", "ban", "ngành", "đoàn thể",   # ("nữ lãnh đạo cấp sở, ban, ngành chiếm 17,9%")
               # (posts: "tỷ lệ nữ giữ chức vụ giám đốc, phó giám đốc và tương đương", "cán bộ, chiến sĩ nữ")
               "giám đốc", "phó giám đốc", "trưởng phòng", "phó trưởng phòng", "chủ nhiệm", "phó chủ nhiệm",
               "trưởng khoa", "phó trưởng khoa", "hiệu trưởng", "phó hiệu trưởng", "chiến sĩ")
# a comma followed (after white space) by one of _LIST_NOUNS: the literal "," lets the regex engine
# skip from comma to comma
_COMMA_BEFORE_LIST_NOUN = re.compile(r",\s*(?=(?:" + "|".join(_LIST_NOUNS) + r"))")
_CLAUSE_BREAK = re.compile(r";|[,;()]|(?<!\w)(?:trong đó|trong khi|còn lại|riêng|và(?!\s+tương đương))(?!\w)")
# commas that do not end a clause: inside a figure ("41,3"), or before a time apposition
# ("tỷ lệ nữ tham gia Ban Chấp hành khóa XVI, nhiệm kỳ 2020 – 2025 là 13,73%")
# (nor a comma inside a list of schemes: "tỷ lệ nợ BHXH, BHYT, BHTN chỉ còn 0,92%")
_SOFT_COMMA = re.compile(r"(?:(?<=\d),(?=\d)|(?<=bhxh|bhyt|bhtn),(?=\s*(?:bhxh|bhyt|bhtn)(?!\w))|(?<=trưởng),(?=\s*phó(?!\w))|,\s*(?:nhiệm kỳ|khóa [a-z]+\b|giai đoạn)\s*\(?\d{4}\s*[-–—]\s*\d{4}\)?\s*(?!,))")
# (nor the comma before places given as examples of what the clause says: "Nhiều địa phương có số người tham gia BHXH
# tự nguyện cao, như Nghệ An dẫn đầu với hơn 175 nghìn người; …"; not other examples, "…, như Công ty May … có 5.200
# công nhân", whose words are their own)
_EXAMPLES_AFTER_COMMA = re.compile(r",\s*(?:(?:điển hình|tiêu biểu|chẳng hạn)\s+)?như(?:\s*:)?\s+")
_PLACE_WORD = re.compile(r"(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)(?!\w)")


def _examples_of_places(ct: str, comma: int) -> bool:
    examples = _EXAMPLES_AFTER_COMMA.match(ct, comma)
    return examples is not None and (_PLACE_WORD.match(ct, examples.end()) is not None
                                     or province_pattern().match(ct, examples.end()) is not None)


# _CLAUSE_BREAK's breaks as one alternation of literals (the engine then skips to their first characters);
# "và tương đương" ("cấp vụ và tương đương") ends a noun phrase, not a clause
_CLAUSE_BREAK_FAST = re.compile(r"(?:,|;|\(|\)|trong đó(?!\w)|trong khi(?!\w)|còn lại(?!\w)|riêng(?!\w)|và(?!\w)(?!\s+tương đương))")
# phrases that make a figure national; each with a literal all its matches contain (fastre.PresentAlternatives)
_CENTRAL_DOCUMENTS = ("nghị quyết", "chỉ thị", "kết luận", "chiến lược")
# (a document a province carries out is not the subject of its targets)
_CARRIED_OUT_BEFORE = re.compile(r"(?<!\w)(?:thực hiện|triển khai|quán triệt|cụ thể hóa|tinh thần|học tập)(?!\w)[^,.;:]*$")
_CENTRAL_TARGET = r"(?:(?!tỉnh|thành phố|huyện|xã(?!\s+hội)|đảng bộ)[^.;:]){0,80}?(?:mục tiêu|yêu cầu|phấn đấu|chỉ tiêu)"
_NATIONAL_ALTERNATIVES = PresentAlternatives((
    ("cả nước", "cả nước"), ("toàn quốc", "toàn quốc"), ("trên toàn quốc", "toàn quốc"), ("bhxh việt nam", "việt nam"),
    ("bảo hiểm xã hội việt nam", "việt nam"), ("ban chấp hành trung ương", "trung ương"), ("ủy viên trung ương", "trung ương"),
    ("hội lhpn việt nam", "việt nam"), ("hội liên hiệp phụ nữ việt nam", "việt nam"), ("các bộ, ngành", "các bộ, ngành"),
    ("63 tỉnh, thành", "tỉnh, thành"), ("34 tỉnh, thành", "tỉnh, thành"), ("các tỉnh, thành(?: phố)?", "tỉnh, thành"),
    ("của việt nam", "việt nam"), ("(?:tại|ở) việt nam", "việt nam"),
    # the Party's and the nation's own targets, as local articles quote them ("Nghị quyết 28-NQ/TW đặt mục tiêu …")
    (r"(?:nghị quyết|chỉ thị|kết luận)(?: số)? \d+[-–](?:nq|ct|kl)/tw" + _CENTRAL_TARGET, "/tw"),
    (r"chiến lược quốc gia" + _CENTRAL_TARGET, "chiến lược quốc gia"),
    (r"nghị quyết[^,.;:]{0,30}? của (?:ủy ban thường vụ quốc hội|quốc hội|bộ chính trị|"
     r"ban chấp hành trung ương|chính phủ)" + _CENTRAL_TARGET, "nghị quyết"),
), r"(?!\w)")
_NATIONAL_RE = re.compile(r"(?<!\w)" + _NATIONAL_ALTERNATIVES.full.pattern)
_LOCAL_WORDS = re.compile(r"(?<!\w)(?:(?:huyện|thị|thành|quận|tỉnh) ủy|toàn (?:tỉnh|huyện|thị xã|thành phố|xã|phường))(?!\w)")
_OCCASION_OF_A_BODY_BEFORE = re.compile(r"(?<!\w)(?:ngày thành lập|năm thành lập|kỷ niệm thành lập|ngày truyền thống|"
                                        r"chào mừng đại hội|đại hội đại biểu phụ nữ toàn quốc)\s*$")
_BARE_PROVINCE_RE = re.compile(r"(?<!\w)(?:toàn tỉnh|cả tỉnh|tỉnh ta|trên địa bàn tỉnh|toàn thành phố|trên địa bàn thành phố|bhxh tỉnh|bhxh thành phố|của tỉnh|ubnd tỉnh|hđnd tỉnh|tỉnh ủy|thành ủy|ubnd thành phố|hđnd thành phố|giao cho tỉnh|giao cho thành phố|đảng bộ tỉnh|đảng bộ thành phố|hội lhpn tỉnh|hội lhpn thành phố)(?!\w)")
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper() and c.isalpha())
_UPPER_FOR_GEO = _UPPER
_BARE_DISTRICT_BODY = re.compile(r"(?:toàn|cả|trên địa bàn|bhxh|ubnd|hđnd|huyện ủy|quận ủy|thị ủy)\s+(?:huyện|quận|thị xã)(?!\w)"
                                 r"|(?:huyện|quận|thị xã) (?:ta|nhà)(?!\w)")
# other countries, by the names Vietnamese papers write them (those that are also words or parts of Vietnamese
# places, "Đức Hòa", "biện pháp", "chị Nga", only after "tại", "ở", "nước")
_COUNTRIES = ("thái lan", "malaysia", "singapore", "indonesia", "philippines", "campuchia", "lào", "myanmar", "brunei",
              "đông timor", "trung quốc", "nhật bản", "hàn quốc", "triều tiên", "mông cổ", "ấn độ", "pakistan", "bangladesh",
              "sri lanka", "nepal", "hoa kỳ", "canada", "mexico", "brazil", "argentina", "chile", "colombia", "peru", "cuba",
              "costa rica", "nicaragua", "venezuela", "australia", "new zealand", "vương quốc anh", "tây ban nha",
              "bồ đào nha", "hà lan", "thụy sĩ", "thụy điển", "na uy", "đan mạch", "phần lan", "iceland", "ireland",
              "hungary", "romania", "bulgaria", "hy lạp", "thổ nhĩ kỳ", "ukraine", "israel", "ả rập xê út", "iran",
              "ai cập", "nam phi", "nigeria", "kenya", "ethiopia", "rwanda", "estonia", "kazakhstan", "đài loan",
              "liên minh châu âu", "châu âu", "châu phi", "mỹ latinh", "thế giới", "toàn cầu")
_COUNTRIES_AFTER_PREPOSITION = ("đức", "pháp", "mỹ", "nga", "úc", "anh quốc", "anh", "ý", "italy", "áo", "bỉ", "ba lan",
                                "séc")
_FOREIGN_NAMES = (*_COUNTRIES,
                  *(f"{p} {c}" for p in ("tại", "ở", "nước") for c in _COUNTRIES_AFTER_PREPOSITION))
_FIGURE_NEXT = re.compile(r"\s*\(?\s*(?:là|đạt|có|chỉ|mới|khoảng|gần|hơn|trên|với)?\s*\d")   # ("Philippines (27,9%)")
_FOREIGN_COUNTRY = re.compile(r"(?:" + "|".join(sorted(_COUNTRIES, key=len, reverse=True)).replace("lào", "lào(?! cai)")
                              + r"|(?:(?<=tại )|(?<=ở )|(?<=nước ))(?:" + "|".join(_COUNTRIES_AFTER_PREPOSITION) + r"))(?!\w)")
# other countries together, a population of their own ("ở các nước thu nhập cao", "Tại 20 quốc gia …"; not "Việt Nam là
# một trong những quốc gia …", "cả nước", "nước ta")
_COUNTRY_GROUP = re.compile(r"(?<!một trong )(?:các|những|nhiều|nhóm|\d+)\s+(?:nước|quốc gia|nền kinh tế)(?!\s+(?:ta|nhà|thải|sạch)\b)(?!\w)")
_COUNTRY_GROUP_WORDS = ("các nước", "những nước", "nhiều nước", "nhóm nước", "quốc gia", "nền kinh tế", " nước ")
# a country that opens its sentence, clause or line ("Nhật Bản hiện có khoảng 40,3 triệu người …"; "…; Nhật Bản, Hàn Quốc
# đạt gần 100%"; "Trong khi đó, Indonesia, dù …, tỷ lệ bao phủ khoảng 98%")
_SENTENCE_OPENING_BEFORE = re.compile(r"(?:^|[.!?:;]\s+|\n\s*|(?<!\w)(?:tại|còn|trong khi đó,|ngược lại,|trong khi)\s+)$")
# (a country's own doing before its figure: "Thái Lan triển khai … từ năm 2002 và hiện bao phủ khoảng 99,5% dân số")
_COUNTRY_SUBJECT_AFTER = re.compile(r"[^.;:]{0,120}?(?<!\w)(?:hiện|đã|đạt|có|là|chiếm)(?!\w)")
_PREDICATE_SOON = re.compile(r"\s*,?\s*(?:hiện\s+|đã\s+|vẫn\s+|cũng\s+|chỉ\s+)?(?:có|đạt|là|chi|chiếm|ghi nhận)(?!\w)")
_PLURAL_BEFORE = re.compile(r"(?<!\w)(?:các|những)\s+$")   # "các BHXH huyện, thị xã": every district
_WHOLE_ASSEMBLY = re.compile(r"(?<!đại biểu )(?<!đbqh )quốc hội(?!\s+(?:tỉnh|thành phố|của tỉnh|của thành phố|tại|ở))(?!\w)")
# (a deputy or full minister is central government: a province's departments have a "giám đốc")
# (not "cán bộ y tế", health staff)
# (and the other central bodies and state groups that report on their own staff nationwide: "Ngân hàng Nhà nước",
# "Kiểm toán Nhà nước", "Tập đoàn Điện lực Việt Nam")
_MINISTRIES = (r"y tế|nội vụ|lao động|tài chính|tư pháp|công an|quốc phòng|ngoại giao|giáo dục|công thương|xây dựng|"
               r"nông nghiệp|khoa học|văn hóa|tài nguyên|kế hoạch|giao thông|thông tin|dân tộc")
_CENTRAL_GOVERNMENT = re.compile(r"(?<!\w)(?:(?:thứ trưởng|bộ trưởng)(?:\s+bộ (?:" + _MINISTRIES + r")(?!\w))?|"
                                 r"(?<!cán )bộ (?:" + _MINISTRIES + r")|chính phủ|thủ tướng|ngân hàng nhà nước|kiểm toán nhà nước|"
                                 r"tòa án nhân dân tối cao|viện kiểm sát nhân dân tối cao|thống đốc|tổng kiểm toán|"
                                 r"(?:tập đoàn|tổng công ty)(?:\s+[^\W\d]+){1,5}?\s+việt nam)(?!\w)")
_CENTRAL_GOVERNMENT_WORDS = ("thứ trưởng", "bộ trưởng", "bộ ", "chính phủ", "thủ tướng", "nhà nước", "tối cao", "thống đốc",
                             "tổng kiểm toán", "việt nam")
# a place a meeting is held in, named before the national body that holds it: "tại TP. Cần Thơ, Tòa án nhân dân tối cao
# (TANDTC) tổ chức …", "tại TP. Hạ Long, tỉnh Quảng Ninh, Viện kiểm sát nhân dân tối cao …", "tại Đà Nẵng, BHXH Việt Nam
# tổ chức hội nghị …"
_AT_A_PLACE = re.compile(r"(?<!\w)tại\s+(?=\S)")
_A_PLACE_AFTER_AT = re.compile(r"tại\s+(?:tp\.?|thành phố|tỉnh|thị xã|phường|xã|huyện)\s")
_THE_PROVINCE_AS_A_WHOLE = re.compile(r"(?<!\w)(?:toàn tỉnh|cả tỉnh|tỉnh ta|trên địa bàn tỉnh|toàn thành phố|trên địa bàn thành phố)(?!\w)")
_HOLDS_A_MEETING = re.compile(r"[^.;\n]{0,60}?(?<!\w)(?:tổ chức|phối hợp tổ chức|khai mạc|họp|tổng kết|sơ kết|triển khai)(?!\w)")


def _venues_of_national_bodies(folded: str) -> list[tuple[int, int]]:
    """(start, end) of each "tại <place>," that names where a national body holds a meeting (its place the venue,
    not the place of the body's figures)."""
    if "tại " not in folded:
        return []
    venues = []
    for at in _AT_A_PLACE.finditer(folded):
        pos = at.end()
        for _ in range(2):   # (the city, then its province: "tại TP. Hạ Long, tỉnh Quảng Ninh, …")
            comma = folded.find(",", pos, pos + 45)
            if comma < 0 or any(c in folded[pos:comma] for c in ".;:\n(") and not folded.startswith("tp.", pos):
                break
            body = comma + 1 + len(folded[comma + 1:comma + 4]) - len(folded[comma + 1:comma + 4].lstrip())
            if (_NATIONAL_RE.match(folded, body) or _CENTRAL_GOVERNMENT.match(folded, body)) \
                    and _HOLDS_A_MEETING.match(folded, body):
                venues.append((at.start(), comma))
                break
            pos = comma + 1
    return venues


_REGION_RE = re.compile(r"(?<!\w)(?:toàn khu vực|trên địa bàn khu vực|bhxh khu vực|các tỉnh trong khu vực|toàn vùng)(?!\w)")
# the same three patterns without their leading (?<!\w), for fastre.finditer_at_word_start
_NATIONAL_BODY = re.compile(_NATIONAL_RE.pattern[len(r"(?<!\w)"):])
_BARE_PROVINCE_BODY = re.compile(_BARE_PROVINCE_RE.pattern[len(r"(?<!\w)"):])
_REGION_BODY = re.compile(_REGION_RE.pattern[len(r"(?<!\w)"):])
# a list of the provinces merged: "sau hợp nhất ba tỉnh Vĩnh Long, Bến Tre và Trà Vinh"
_MERGED_WITH_BEFORE = re.compile(r"(?<!\w)(?:hợp nhất|sáp nhập)\s+(?:với\s+)?(?:"
                                 # (a list of provinces: its items, then the last after "và"; "từ BHXH các tỉnh …", "BHXH ba địa
                                 # phương …", "tỉnh Hà Nam, Nam Định"; not "sáp nhập đơn vị hành chính cấp xã, tỉnh Đồng Tháp")
                                 r"(?:từ\s+)?(?:(?:bhxh|bảo hiểm xã hội)\s+)?(?:(?:hai|ba|bốn|\d|các)\s+)?(?:tỉnh|thành phố|địa phương)"
                                 r"(?:,\s*thành phố)?\s+"
                                 r"(?:(?:(?!\svà\s)[^\d,;.()]){2,30}?,\s+(?:(?:tỉnh|thành phố)\s+)?){0,3}"
                                 r"(?:[^\d,;.()]{2,30}?\s+và\s+(?:(?:tỉnh|thành phố)\s+)?)?"
                                 r"|(?:(?:tỉnh|thành phố|tp\.?)\s+)?(?:[^\d,;.()]{2,30}?\s+và\s+(?:(?:tỉnh|thành phố)\s+)?){0,2})"
                                 r"(?:[^\W\d]+(?:\s+[^\W\d]+){0,2}\s*[–-]\s*)?$")
# (and a cluster of provinces' own total: "Toàn Cụm thu 27.415 tỷ đồng", "trong Cụm"; not an industrial "cụm công nghiệp")
_ECONOMIC_REGION_NAMES = ("đông nam bộ", "tây nguyên", "sông cửu long", "sông hồng", "trung bộ", "miền núi phía bắc",
                          "duyên hải miền trung", "cụm")
_ECONOMIC_REGION = re.compile(r"(?:vùng\s+)?(?:đông nam bộ|tây nguyên|đồng bằng sông cửu long|đồng bằng sông hồng|"
                              r"bắc trung bộ và duyên hải miền trung|bắc trung bộ|duyên hải nam trung bộ|nam trung bộ|"
                              r"duyên hải miền trung|trung du và miền núi phía bắc|trung du miền núi phía bắc|miền núi phía bắc)(?!\w)"
                              r"|(?:toàn |các tỉnh trong |trong )cụm(?: thi đua)?(?!\w)(?!\s+(?:công nghiệp|dân cư|làng nghề|trường))")
# a region a province is ranked or compared in ("thấp nhất khu vực Tây Nguyên"), one it belongs to ("tỉnh phát triển khá
# của vùng Trung du …") or an institution's name ("Bệnh viện Đa khoa vùng Tây Nguyên")
_RANKED_IN_BEFORE = re.compile(r"(?<!\w)(?:nhất|so với|hơn)\s+(?:(?:cả|toàn)\s+)?(?:khu vực\s+|vùng\s+)?$"
                               r"|(?<!\w)(?:tỉnh|thành phố|địa phương|trung tâm)(?!\w)[^,;.\d]{0,50}(?<!\w)của\s+(?:khu vực\s+)?$"
                               r"|(?<!\w)(?:bệnh viện|viện|trường|học viện|đại học)(?!\w)[^,;.\d]{0,20}$")
_SPACE_CAPITAL = re.compile(r"\s+[" + _UPPER_FOR_GEO + r"]")
_TOTAL_LEFT = re.compile(r"(?:(?<!\w)trong|/)\s*(?:tổng\s+số\s*|số\s*)?$|(?<!\w)trên\s*(?:tổng\s+số|số)\s*$")
_CHANGE_LEFT = re.compile(
    r"(?<!\w)(?:vượt (?:dự toán|kế hoạch|chỉ tiêu)(?: được giao| đề ra| đặt ra|(?:\s+[^\s\d,;.]+){1,6}?\s+(?:giao|đề ra|đặt ra))?|vượt (?:thu|chi)|"
    # ("chi vượt quỹ gần 300 tỷ đồng", "bội chi 120 tỷ đồng": a gap, not what was spent)
    r"vượt (?:quỹ|nguồn quỹ)|bội chi|tăng|giảm|vượt|thêm|hụt|thiếu|chênh lệch|cao hơn|thấp hơn|nhiều hơn|ít hơn|còn phải(?: \w+){0,2}|còn thiếu|"
    r"cần(?: phải)? phát triển(?: thêm)?|phát triển mới|gấp|tăng thêm|giảm đi|vận động(?: được)?|hỗ trợ(?: thêm)?|miễn|giảm trừ|"
    r"bổ sung)"   # ("dự kiến bổ sung khoảng 1,2 triệu người tham gia": more, not a level)
    r"(?:\s+(?:thêm|khoảng|gần|hơn|trên|được|tới|là|xấp xỉ|mạnh|nhẹ|mới|ít nhất|tối thiểu|so với[^,;()]{0,40}?|tương ứng|tương đương|"
    # the base compared with, without "so với": "cao hơn nhiệm kỳ trước 6,2%", "tăng cùng kỳ 5%", "nhiều hơn khóa hiện tại 3 người"
    r"(?:cùng kỳ|nhiệm kỳ|khóa|kỳ|năm|giai đoạn)(?:\s+(?:trước|qua|ngoái|hiện tại|này|\d{4}))?))*\s*$")
# a word every _CHANGE_LEFT match contains (one literal scan rules most windows out)
_CHANGE_WORD = re.compile(r"tăng|giảm|vượt|bội chi|thêm|hụt|thiếu|chênh lệch|hơn|còn|cần|phát triển|gấp|vận động|hỗ trợ|miễn|bổ sung")
_RESULT_SUBJECT_OPENING = re.compile(r"\s*(?:kết quả (?:này|trên|đó)|tỷ lệ (?:này|trên)|con số (?:này|trên)|như vậy|qua đó)(?!\w)")
_EXCEEDED_TARGET_LEFT = re.compile(r"(?<!\w)vượt\s+(?:chỉ tiêu|mục tiêu)\s*$")


def _target_exceeded(doc: "_Doc", m: NumberMention, sent: Sentence, left: str) -> bool:
    """"… đạt 94,29% dân số, vượt chỉ tiêu 94% được Quốc hội giao": the rate the level exceeded (the target, close to the
    level said just before it), not by how much ("vượt kế hoạch 12,3%")."""
    if not m.is_percent or not _EXCEEDED_TARGET_LEFT.search(left):
        return False
    before = [n for n in _items_in(doc.number_starts, doc.numbers, _part_start(doc, sent, m.start), m.start) if n.is_percent]
    if not before and sent.index > 0 and doc.sentences[sent.index - 1].paragraph == sent.paragraph \
            and _RESULT_SUBJECT_OPENING.match(doc.folded, sent.start):
        # (the level in the sentence before: "… đạt 31,7%. Kết quả này vượt chỉ tiêu 30% đại biểu nữ mà thành phố đề ra")
        prev = doc.sentences[sent.index - 1]
        before = [n for n in _items_in(doc.number_starts, doc.numbers, prev.start, prev.end) if n.is_percent]
    if _SET_BY_RIGHT.match(doc.folded, m.after) and m.value >= 10:
        # "… và vượt chỉ tiêu 30% mà Nghị quyết Đại hội Đảng bộ tỉnh đã đề ra": the target, said to be set (not by how
        # much, "vượt chỉ tiêu 3,2% do BHXH Việt Nam giao")
        return True
    return bool(before) and m.value >= 20 and abs(before[-1].value - m.value) <= 5


# a predicate with no subject after "nhưng": "…, nhưng mới giữ ", "… nhưng chỉ chiếm "
_CONTRAST_WITHOUT_SUBJECT = re.compile(r"(?:^|[\s,])(?:nhưng|song)\s+(?:(?:chỉ|mới|lại|cũng|vẫn)\s+)*(?:giữ|chiếm|nắm giữ|"
                                       r"đảm nhận|đảm nhiệm)\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$")
# who set a target, after it: "chỉ tiêu 30% mà Nghị quyết … đã đề ra", "mục tiêu 20% do Tỉnh ủy đặt ra"
# (its number too: "mà Kế hoạch số 37/KH-UBBC của Ủy ban Bầu cử tỉnh đã đề ra")
_SET_BY_RIGHT = re.compile(r"\s*(?:mà|do|được)\s+(?:[^,;.\d]|số\s+\d[\w/.-]*){0,70}?(?<!\w)(?:đã\s+)?(?:đề ra|đặt ra|giao|xác định)(?!\w)")
# a target named after the level is compared with it ("… giảm nhẹ, chưa đạt chỉ tiêu phấn đấu 20% mà Thành ủy đặt ra",
# "vượt chỉ tiêu Nghị quyết của Tỉnh ủy đề ra (20%)"): a target of the sentence's subject
_TARGET_NAMED_LEFT = re.compile(r"(?<!\w)(?:vượt|chưa đạt|không đạt|đạt|hoàn thành)\s+(?:so với\s+)?(?:chỉ tiêu|mục tiêu)"
                                r"(?:\s+(?:phấn đấu|đề ra|được giao|nghị quyết|của)(?!\w)[^,;.\d()]{0,60}?)?\s*(?:\(\s*)?$")


# one elected body right after a share (not "100% HĐND các cấp", a share of bodies)
_ELECTED_BODY_AFTER_A_SHARE = re.compile(r"\s*(?:tổng số\s+)?(?:ghế\s+)?(?:(?:trong|tại|của)\s+)?(?:quốc hội|(?:hđnd|hội đồng nhân dân)"
                                         r"\s+(?:tỉnh|thành phố|tp\.?|huyện|xã|phường|quận|thị xã|đặc khu))(?!\w)")


def _one_elected_body_after(doc: "_Doc", m: NumberMention) -> re.Match | None:
    """The elected body a share is of, named right after it: the National Assembly, or a council with its place
    ("30,4% HĐND tỉnh Bình Dương"; not "100% HĐND xã có đại biểu nữ", a share of councils)."""
    body = _ELECTED_BODY_AFTER_A_SHARE.match(doc.folded, m.after)
    if body is None or doc.folded.endswith("quốc hội", 0, body.end()):
        return body
    named = _items_in(doc.geo_starts, doc.geo, m.after, min(len(doc.folded), body.end() + 3))
    return body if any(g[2] in ("province", "area") for g in named) else None


# the base level after "so với mức": "tăng so với mức 88,4% của năm 2023", "cao hơn nhiều so với mức bình quân 90,1% của
# cả nước" (a level of another time or place, not the change)
_BASE_LEVEL_COMPARED_LEFT = re.compile(r"(?<!\w)so với\s+(?:mức|tỷ lệ)(?:\s+(?:bình quân|trung bình|chung))?\s*$")
_LEVEL_AFTER_CHANGE = re.compile(r"(?:tăng|giảm)\s+(?:lên|xuống|còn|thành)(?:\s+(?:còn|mức|khoảng|gần|hơn|trên))*\s*$")
_CHANGE_RIGHT = re.compile(r"^\s*(?:người|lao động|đồng)?\s*(?:so với|so)\s+(?:cùng kỳ|năm|tháng|quý|đầu năm|cuối năm|kỳ|nhiệm kỳ|giai đoạn|thời điểm|trước|mức|\d)")
_NEW_RIGHT = re.compile(r"^\s*(?:người|lao động)?\s*(?:tham gia|đăng ký)\s+mới(?!\w)")
# (not "nợ phải tính lãi", arrears on which interest is charged: "tỷ lệ nợ phải tính lãi ở mức 1,9% số phải thu")
_OTHER_RATE_LEFT = re.compile(r"(?<!\w)(?:lương tối thiểu|lương cơ sở|mức lương|tiền lương|lãi suất|(?<!nợ phải tính )(?<!nợ tính )lãi)(?:\s+[^\s\d,;.]+){0,3}?"
                              r"(?:\s+(?:là|ở mức|khoảng|thêm))?\s*$")
_OTHER_RATE_RIGHT = re.compile(r"^\s*(?:mức|tiền lương|lương|lãi|chi phí|giá|học phí|kinh phí)(?!\w)")
_PLACE_NOUNS = (r"(?:tổ chức|cơ sở|đơn vị|cơ quan|xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố|chi bộ|đảng bộ|doanh nghiệp|"
                r"trường|địa phương|bộ|ngành|hộ|ấp|thôn|bản|làng|khu phố|tổ dân phố|trạm y tế|bệnh viện|cấp ủy(?! viên)|"
                r"ban thường vụ|ban chấp hành|hđnd|ubnd|ủy ban|sở|phòng|hợp tác xã|công đoàn|chi hội)")
# a share of units, not of people: "100% khu công nghiệp có nhà trẻ", "95% số xã"
_UNITS_AFTER_A_SHARE = re.compile(r"\s*(?:số\s+)?(?:các\s+)?(?:khu công nghiệp|khu chế xuất|" + _PLACE_NOUNS + r")(?![\w ]hội)(?!\w)")
# (not the body that set the rate: "chưa đạt chỉ tiêu 92,5% HĐND tỉnh giao")
_PLACES_SHARE_RIGHT = re.compile(r"^\s*(?:số\s+)?(?:các\s+)?" + _PLACE_NOUNS + r"(?!\w)"
                                 r"(?!(?:\s+(?:tỉnh|thành phố|huyện|xã|tp))?\s+(?:giao|đề ra|đặt ra|ban hành)(?!\w))")
# a further percentage of a later time joined to a figure ("60% và đến năm 2030 đạt 75% các bộ, cơ quan
# ..."): the places or organisations after the last one are what both count (without a time of its
# own the second is another population's: "đạt 22,4% và 18% cấp ủy cơ sở có nữ bí thư")
_JOINED_PERCENT = re.compile(r"\s*(?:và|hoặc)\s+(?:đến|vào)\s+(?:năm|cuối năm)\s+\d{4}\s*,?\s*(?:(?:đạt|là)\s+)?"
                             r"(?:(?:khoảng|trên|ít nhất|tối thiểu)\s+)?\d+(?:[.,]\d+)?\s*%")


_PLACES_COUNT_RIGHT = re.compile(r"\s*\(\s*\d+\s*/\s*\d+\s+(?:các\s+)?" + _PLACE_NOUNS + r"(?!\w)")


def _places_share(folded: str, after: int, sent_end: int) -> bool:
    """True when the percentage ending at ``after`` is a share of places or organisations ("đạt 60% các
    xã", "60% và đến năm 2030 đạt 75% các bộ"), which the catalogue never counts."""
    joined = _JOINED_PERCENT.match(folded, after, sent_end)
    if joined is not None:
        after = joined.end()
    if _PLACES_COUNT_RIGHT.match(folded, after, sent_end):
        return True   # "đạt 33,3% (21/63 tỉnh)"
    return _PLACES_SHARE_RIGHT.search(folded[after:min(sent_end, after + 60)]) is not None


_MILESTONE_LEFT = re.compile(r"(?<!\w)(?:vượt|qua|vượt qua|trên|dưới|ngưỡng|chạm|cán)\s+(?:mốc|ngưỡng|mức|con số)\s*(?:là\s*)?$")
_FROM_UP = re.compile(r"(?<!\w)(?:có|với|những|các)\s+từ\s*$")
_POSSESSIVE_LEFT = re.compile(r"(?<!\w)của\s*(?:gần|hơn|khoảng|trên)?\s*$")
_AVERAGE = re.compile(r"(?<!\w)(?:bình quân|trung bình|mỗi|một lượt)(?!\w)")
_EACH_PERIOD_OPENING = re.compile(r"\s*(mỗi)\s+(?:tháng|năm|quý)\s+(?!\d)[^\W\d]")
# the figure's own people are those not covered: "… 312 lao động chưa được chốt sổ BHXH", "còn hơn 9% dân số,
# tương đương khoảng 376.000 người chưa có thẻ BHYT" (across the equivalent count, but no other clause)
_NOT_COVERED_RIGHT = re.compile(r"[^.;,\d]{0,30}?(?:,\s*tương đương\s+(?:khoảng\s+|gần\s+|hơn\s+|với\s+)?\d[\d.,]*"
                                r"(?:\s+(?:nghìn|triệu))?[^.;,\d]{0,25}?)?(?<!\w)(?:chưa\s+(?:có\s+(?:thẻ|bhyt|bhxh|bảo hiểm|sổ)|tham gia|đóng|"
                                r"được\s+(?:đóng|cấp|chốt|tham gia|hưởng|giải quyết|chi trả|bảo hiểm))"
                                # (who left: "gần 1.200 người không tiếp tục tham gia BHYT")
                                r"|(?:không(?:\s+tiếp tục)?|ngừng|thôi|bỏ|dừng)\s+(?:tham gia|đóng))(?!\w)")
_NOT_COVERED_WORDS = ("chưa", "không", "ngừng", "thôi", "bỏ", "dừng")
_PERCENT_CAP_LEFT = re.compile(r"(?<!\w)(?:vượt quá|không quá|tối đa(?:\s+không quá)?|không vượt)\s*(?:mức\s*)?$")
_DEBT_RATE_LEFT = re.compile(r"(?<!\w)tỷ lệ (?:nợ|chậm đóng|nợ đóng)(?!\w)[^;%]{0,40}$")
# the share of women candidates elected ("tỷ lệ nữ trúng cử trên số nữ ứng cử"): a success rate
_ELECTED_OF_CANDIDATES_LEFT = re.compile(r"(?<!\w)trúng cử(?:\s+[^\s\d,;.]+){0,6}?\s+(?:trên|so với)\s+(?:tổng\s+)?số\s+(?:nữ|người|phụ nữ)(?:\s+\w+)?\s+"
                                         r"ứng cử(?!\w)[^;%\d]{0,60}$")
# one household's members (not the household group of the insured, "nhóm hộ gia đình có 14.236 người", but "hộ gia đình
# chị có 3 người")
_FAMILY_SIZE_LEFT = re.compile(r"(?<!\w)(?:(?<!hộ )(?<!nhóm )gia đình|hộ gia đình(?=\s+(?:tôi|chị|anh|em|ông|bà|cô|chú)(?!\w)))"
                               r"(?:\s+(?:tôi|chị|anh|em|ông|bà|cô|chú|nhỏ|có|gồm|với))*\s*$")
_NOT_REACHED_LEFT = re.compile(r"(?<!\w)(?:chưa|không)\s+(?:đạt|vượt|tới|đến)(?:\s+(?:được|mức|mốc|ngưỡng))?\s*$")
_BELOW_LEFT = re.compile(r"(?<!\w)dưới\s*$")
_THRESHOLD_LEFT = re.compile(r"(?<!\w)(?:trên|dưới|từ|hơn|không dưới|không quá|tối thiểu|ít nhất|vượt|chưa đạt|không đạt)\s*$")
# (and "Số tổ dân phố đạt tỷ lệ bao phủ trên 95%: 42/48 tổ", "đại lý nào đạt dưới 50% chỉ tiêu")
# (not a year: "Năm 2020 ngành phấn đấu duy trì tỷ lệ bao phủ BHYT trên 98%")
_PLACES_CRITERION = re.compile(r"(?:(?:(?:\d+\s*/\s*\d+|\d+\s*%|các|những|nhiều|một số|hầu hết|đa số|(?!(?:19|20)\d\d\s)\d+)\s+(?:\w+\s+)?|(?<!\w)số\s+)"
                               r"(?:tỉnh|huyện|xã|đơn vị|địa phương|bộ|ngành|cơ quan|doanh nghiệp|thành phố|quận|phường|chi bộ|"
                               r"đảng bộ|tổ chức|cơ sở|trường|bệnh viện|sở|thị xã|khu phố|thôn|ấp|bản|khóm|tổ dân phố|đại lý)(?!\w)"
                               r"|(?<!\w)(?:tỉnh|huyện|xã|đơn vị|địa phương|doanh nghiệp|cơ quan|trường|phường|đại lý)\s+nào(?!\w))")
_FIGURE = re.compile(r"\d[\d.,]*")
_BARE_COVERAGE_AFTER_A_COUNT = re.compile(r"[^.;]{0,120};\s*(?:tỷ lệ\s+)?bao phủ\s+(?:đạt|là|ở mức)\s*(?:khoảng\s*|gần\s*|hơn\s*|trên\s*)?$")
# a count and its share in an aside: "(122 đại biểu, 24,4%)"
_COUNT_THEN_ITS_SHARE = re.compile(r"\s*[^\W\d]*(?:\s+[^\W\d]+){0,2}\s*,\s*")
# (the same after the count, up to the bracket's end: "so với khóa XV (151 đại biểu, 30,26%)", the count of the time
# compared with)
_COUNT_AND_SHARE_IN_BRACKETS = re.compile(_COUNT_THEN_ITS_SHARE.pattern + r"\d[\d.,]*\s*%\s*\)")
# (a share of the count before, "… có 120.500 người tham gia BHXH, đạt tỷ lệ bao phủ 30,4% lực lượng lao động")
# (or a bare "chỉ"/"mới" after the count's comma: "… 68.320 người tham gia BHTN, chỉ khoảng 5,4% lực lượng lao động")
_SHARE_LINK = re.compile(r"^[^;.]{0,120}?(?:chiếm|bằng|tương đương|tương ứng|đạt|\(|=|là|tỷ lệ|tức(?: là)?|,\s*(?:chỉ|mới))\s*(?:tỷ lệ\s*|bao phủ\s*|khoảng\s*|gần\s*|hơn\s*|trên\s*|xấp xỉ\s*|được\s*)*$")

_ORG_BEFORE_PROVINCE = re.compile(r"(?<!\w)(?:bhxh|bảo hiểm xã hội|sở [^\W\d]+(?: [^\W\d]+){0,4}|ubnd|ủy ban nhân dân|hđnd|tỉnh ủy|thành ủy|"
                                  r"đảng bộ|hội lhpn|hội liên hiệp phụ nữ|ủy ban bầu cử)\s+(?:tỉnh|thành phố|tp\.?)?\s*$")
_MERGED_LIST_BEFORE = re.compile(r"(?<!\w)(?:hợp nhất|sáp nhập|sắp xếp)(?:\s+(?:hai|ba|bốn|\d))?[\s,]*(?:tỉnh|thành phố)?[^.;:]{0,60}$")
# a mass organisation's committee ("Ban Chấp hành Hội LHPN tỉnh"), which is no Party committee
_MASS_ORG_COMMITTEE = re.compile(r"(?<!\w)ban (?:chấp hành|thường vụ)(?:\s+(?:tỉnh|thành phố|huyện|xã|phường|cơ sở|khóa\s+\w+|"
                                 r"nhiệm kỳ))*\s+(?:hội|công đoàn|liên đoàn|lđlđ|đoàn thanh niên|đoàn tncs|tỉnh đoàn|thành đoàn|"
                                 r"huyện đoàn|mặt trận|ủy ban mặt trận|mttq|"
                                 # (the youth union of a commune or a school: "Ban Chấp hành Đoàn xã khóa I")
                                 r"đoàn\s+(?:xã|phường|thị trấn|trường|khối|cơ sở|huyện|quận|thanh niên))(?!\w)")
_BARE_COMMITTEE = re.compile(r"(?<!\w)ban (?:chấp hành|thường vụ)(?!\s+(?:đảng|tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|trung ương))(?!\w)")
_ASSIGNS_TO_AFTER = re.compile(r"\s*giao(?:\s+chỉ tiêu)?\s+cho\s+(?:bhxh\s+)?(?:các\s+)?(?:tỉnh|thành phố|tp|địa phương|huyện|"
                               r"quận|thị xã|xã|phường|cơ sở)(?!\w)")   # (not "giao chỉ tiêu cho toàn ngành")
# "tỉnh được BHXH Việt Nam giao chỉ tiêu …": the body that set the target, not the figure's place
_ASSIGNS_AFTER = re.compile(r"\s*(?:giao|đề ra|phê duyệt|chỉ đạo)(?!\w)")
# the country's own level with its time between ("tỷ lệ … của cả nước năm 2025 là 95,15%", "… của cả nước nhiệm kỳ
# 2021-2026 là 29%"), and a figure the country's ("thấp hơn mức 92,04% của cả nước năm 2022", "cao hơn tỷ lệ 91,4% của cả
# nước"; not a share of it, "chiếm 5% của cả nước": _SHARE_OF_BEFORE)
_TIMED_LEVEL_VERB_AFTER = re.compile(r"\s*(?:năm\s+\d{4}|(?:nhiệm kỳ|giai đoạn)\s+\d{4}\s*[-–]\s*\d{4}|khóa\s+[xvi]+)\s*,?\s*"
                                     r"(?:là|đạt|chỉ đạt|mới đạt|ở mức)\s")
_FIGURE_OF_BEFORE = re.compile(r"(?<![\d.,])\d[\d.,]*\s*%\s*(?:dân số\s+|lực lượng lao động(?:\s+trong độ tuổi)?\s+)?của\s+$")
_SHARE_OF_BEFORE = re.compile(r"(?<!\w)chiếm(?:\s+(?:tới|đến|khoảng|gần|hơn|trên|xấp xỉ))*\s*[\d.,]+\s*%\s*"
                              r"(?:dân số\s+|lực lượng lao động(?:\s+trong độ tuổi)?\s+)?của\s+$")
# (and the whole country a place is ranked in: "lớn nhất cả nước", "dẫn đầu cả nước")
_NOT_LOCATION_BEFORE = re.compile(r"(?:kế hoạch|chỉ tiêu|dự toán|chỉ đạo|hướng dẫn|của|do|theo|với|cùng|nhất|dẫn đầu|đứng đầu|"
                                  r"thứ (?:hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười|\d+))\s*$")

# an aside without a figure between a subject and its verb: "tổng số người tham gia BHXH trên địa bàn tỉnh
# An Giang (sau hợp nhất với tỉnh Kiên Giang) là 412.560 người"
_TIME_ASIDE = re.compile(r"\(((?:năm\s+)?(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?)\)")
_SUBJECT_ASIDE = re.compile(r"\(([^()\d\n]{1,160})\)(?=[^\d(),;.\n]{0,50}?\s*(?:là|có|đạt|chiếm|với)\s)")


# the post of a speaker whose words follow a colon, at the start of a line or sentence: "Bộ trưởng Bộ Nội vụ: Nữ chiếm
# 53,2% …", "Giám đốc BHXH tỉnh: Chúng tôi phấn đấu …" (who speaks, not who the figure counts)
_SPEAKER_TITLE = re.compile(r"(?:phó\s+)?(?:bộ trưởng|thứ trưởng|giám đốc|chủ tịch|bí thư|trưởng ban|cục trưởng|vụ trưởng|"
                            r"tổng giám đốc)(?=[^:\n.!?]{0,60}:)")
_SPEAKER_OPENING = re.compile(r"\n|[.!?] ")   # (the post opens its line or sentence: it follows one of these)


_SPEAKER_TITLE_WORDS = ("trưởng", "giám đốc", "chủ tịch", "bí thư")   # (a literal every _SPEAKER_TITLE match holds)
# the post of one who says what follows: "Nói về đội ngũ, Tổng Giám đốc cho biết toàn ngành có hơn 22.000 công chức, …"
_SPEECH_VERBS = ("cho biết", "khẳng định", "nhấn mạnh", "chia sẻ", "thông tin", "phát biểu")
_SPEAKER_WHO_SAYS_BODY = re.compile(r"(?:phó\s+)?(?:bộ trưởng|thứ trưởng|tổng giám đốc|giám đốc|chủ tịch|bí thư|trưởng ban|cục trưởng|"
                               r"vụ trưởng)(?=[^,;:.!?\n\d]{0,60}?(?:,\s*)?\s(?:cho biết|khẳng định|nhấn mạnh|chia sẻ|thông tin|phát biểu)(?!\w))")


def _blank_speaker_titles(text: str) -> str:
    """``text`` with the post of a ``_SPEAKER_TITLE`` or of a ``_SPEAKER_WHO_SAYS_BODY`` blanked (its cues are not the
    figure's)."""
    if not any(word in text for word in _SPEAKER_TITLE_WORDS):
        return text
    spans = []
    if ":" in text:
        openings = [0, *(m.end() for m in _SPEAKER_OPENING.finditer(text))]
        spans = [m.span() for m in (_SPEAKER_TITLE.match(text, start) for start in openings) if m]
    if any(verb in text for verb in _SPEECH_VERBS):
        spans += [m.span() for m in finditer_at_word_start(_SPEAKER_WHO_SAYS_BODY, text)]
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


_ABBREVIATION_ASIDE = re.compile(r"\(\s*[A-ZĐ][A-ZĐ0-9&\-]{1,9}\s*\)")
# a person's name after the way one addresses them ("bà Trần Thị Thu Hà": not "thu", revenue); in the original text,
# where the capitals show
# (not a post, capitalised too: "đồng chí Bí thư tỉnh ủy")
_PERSON_NAME = re.compile(r"(?<!\w)(?:[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị|[Đđ]ồng chí|[Cc]ô|[Cc]hú|[Ee]m)\s+"
                          r"(?!(?:Bí|Chủ|Phó|Giám|Trưởng|Tổng|Bộ|Thứ|Đại|Ủy|Uỷ|Chánh|Viện|Hiệu|Thượng|Trung|Thiếu|Cục|Vụ|Hội|"
                          r"Ban|Bác|Chỉ|Chính|Người|Nhà|Đảng|Thủ|Tư|Quân|Công)(?!\w))(?:[" + _UPPER + r"][^\W\d_]*"
                          r"(?:\s+|(?=[\s,.;:)]|$))){1,5}")


def _blank_person_names(cuetext: str, text: str) -> str:
    """``cuetext`` with people, the way one addresses them and their names, blanked: no cues ("Thu", "Chi"), and "chị"
    there says who speaks, not that those counted are women ("Chị Ngân cho biết: xã có 23 cán bộ …")."""
    spans = [m.span() for m in _PERSON_NAME.finditer(text)]
    if not spans:
        return cuetext
    chars = list(cuetext)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def _blank_abbreviation_asides(cuetext: str, text: str) -> str:
    """``cuetext`` with an abbreviation given in brackets after its noun ("học sinh, sinh viên (HSSV) tham gia BHYT",
    "bảo hiểm xã hội (BHXH) tự nguyện") replaced by spaces: the brackets are no clause breaks, and the words around
    it are one phrase (``text`` is the original, where the capitals show)."""
    spans = [m.span() for m in _ABBREVIATION_ASIDE.finditer(text)] if "(" in text else []
    if not spans:
        return cuetext
    chars = list(cuetext)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


# a source cited in brackets: "… với hơn 93,3 triệu người tham gia [Nguồn: BHXH Việt Nam, Báo cáo tổng kết năm 2023]"
_SOURCE_ASIDE = re.compile(r"[\[(]\s*nguồn\s*:([^\[\]()\n]{0,200})[\])]")


def _blank_source_asides(cuetext: str) -> str:
    """``cuetext`` with what a cited source's brackets hold replaced by spaces: the publisher's name ("BHXH Việt Nam")
    is no cue of the figure before it (the brackets stay: they end its clause)."""
    if "nguồn" not in cuetext:
        return cuetext
    return _SOURCE_ASIDE.sub(lambda m: m.group(0)[0] + " " * (len(m.group(0)) - 2) + m.group(0)[-1], cuetext)


def _blank_subject_asides(text: str) -> str:
    """``text`` with the parentheses of a ``_SUBJECT_ASIDE`` replaced by spaces: they are no clause breaks; nor are a
    time's alone ("đạt đỉnh ở khóa V (1975-1976) với 32,31%")."""
    if "(" not in text:
        return text
    text = _TIME_ASIDE.sub(lambda m: f" {m.group(1)} ", text)
    # (a list in it, "(Bí thư, Phó Bí thư, Chủ tịch)", is blanked whole: its commas are no clause breaks either)
    return _SUBJECT_ASIDE.sub(lambda m: " " * len(m.group(0)) if "," in m.group(1) else f" {m.group(1)} ", text)


_NOT_A_LIST_NOUN = re.compile(r"(?:ban\s+hành|sở\s+hữu|ngành\s+nghề)(?!\w)")


def _same_noun(a: str, b: str) -> bool:
    # (a post and its deputy are two: "giám đốc, phó giám đốc")
    return a == b or (a.endswith(" " + b) and not a.startswith("phó ")) or (b.endswith(" " + a) and not b.startswith("phó "))


def _blank_noun_list_commas(text: str) -> str:
    """``text`` with the commas inside a noun list ("cán bộ, công chức, viên chức"; "quản lý, lãnh đạo")
    replaced by spaces: they are not clause breaks. Such a comma has one of _LIST_NOUNS right before it
    and another right after it, with only white space in between."""
    commas = []
    for m in _COMMA_BEFORE_LIST_NOUN.finditer(text):
        end_of_noun = m.start()
        while end_of_noun > 0 and text[end_of_noun - 1].isspace():
            end_of_noun -= 1
        before = max((n for n in _LIST_NOUNS if text.endswith(n, 0, end_of_noun)), key=len, default=None)
        after = max((n for n in _LIST_NOUNS if text.startswith(n, m.end())), key=len, default=None)
        # (not the same noun again, a new subject: "công ty có 1.236 (người) lao động, lao động nữ chiếm 87%"; nor a
        # verb that starts like a noun: "UBND xã, ban hành …")
        if before is not None and after is not None and not _same_noun(before, after) \
                and not _NOT_A_LIST_NOUN.match(text, m.end()):
            commas.append(m.start())
    if not commas:
        return text
    parts, last = [], 0
    for c in commas:
        parts.append(text[last:c])
        last = c + 1
    parts.append(text[last:])
    return " ".join(parts)


_ASIDE_BREAK = re.compile(r"[,;]|(?<!\w)trong đó(?!\w)")
_ASIDE_OPENING = re.compile(r"\s*(?:số liệu\s+)?(?:tính\s+)?(?:đến\s+|tới\s+|thời điểm\s+)?")


def _parenthesis_span(folded: str, pos: int) -> tuple[int, int] | None:
    """The "(" and ")" around ``pos`` on its line, when it is inside such an aside."""
    open_ = folded.rfind("(", max(0, pos - 120), pos)
    if open_ < 0 or folded.rfind(")", open_, pos) >= 0 or folded.rfind("\n", open_, pos) >= 0:
        return None
    close = folded.find(")", pos, pos + 120)
    return (open_, close) if close >= 0 and folded.find("\n", pos, close) < 0 else None


# what may stand between "(" and the place an aside opens with: "(cả nước …", "(bình quân cả nước …", "(mức chung của …"
_ASIDE_SUBJECT_OPENING = re.compile(r"\(\s*(?:bình quân\s+|trung bình\s+|mức\s+(?:chung|bình quân)\s+)?(?:chung\s+)?(?:của\s+)?")


def _opens_an_aside_with_a_figure(folded: str, start: int, end: int) -> bool:
    """Whether the place at [start, end) is the subject of the parenthesised aside it is in, which states a
    figure: "(cả nước đạt 94,29%)", "(bình quân cả nước là 32%)"."""
    span = _parenthesis_span(folded, start)
    return span is not None and _ASIDE_SUBJECT_OPENING.fullmatch(folded, span[0], start) is not None \
        and any(c.isdigit() for c in folded[end:span[1]])


def _in_parenthesis(folded: str, pos: int) -> bool:
    """True when ``pos`` is inside "( ... )" on its line (an aside: "(sau hợp nhất 3 tỉnh A, B và C)")."""
    return _parenthesis_span(folded, pos) is not None


FOREIGN = "(foreign)"   # _geo's place of a figure about another country
CONFIDENCE = {"carried": 0.7, "base": 0.9, "far_cue": 0.75, "inherited": 0.85, "derived": 0.4, "mismatch": 0.45, "words": 0.8}


@dataclass
class _Hit:
    mention: NumberMention
    sentence: Sentence
    indicator: cat.Indicator | None = None
    cue: str = ""
    crossings: int = 0
    excluded: str = ""
    inherited_from: "_Hit | None" = None
    confidence: float = 0.9
    force_kind: str = ""


_BARE_SHARE_CLAUSE = re.compile(r"\s*chiếm(?:\s+(?:khoảng|gần|hơn|trên|tới|xấp xỉ))*\s*")


def _clause_left(left: str) -> str:
    parts = _CLAUSE_BREAK.split(left)
    return parts[-1] if parts else left


class _Doc:
    def __init__(self, article: Article):
        self.article = article
        self.text = article.text
        self.folded = fold(article.text)
        self.commercial_insurance = any(word in self.folded for word in _COMMERCIAL_INSURANCE_WORDS)
        mask_phrases = _MASK_PHRASE_ALTERNATIVES.for_text(self.folded)
        cuetext = blank_matches(mask_phrases, self.folded) if mask_phrases else self.folded
        self.cuetext = _blank_person_names(_blank_abbreviation_asides(
            _blank_speaker_titles(_blank_subject_asides(_blank_noun_list_commas(_blank_source_asides(cuetext)))), self.text),
            self.text)
        self.sentences = split_sentences(self.text)
        self.sent_starts = [s.start for s in self.sentences]
        self.numbers = find_numbers(self.text, self.folded)
        links = related_link_spans(self.folded)
        if links:   # other articles' headlines: their figures (and times, below) are not this article's
            self.numbers = [n for n in self.numbers if not any(a <= n.start < b for a, b in links)]
        self.number_starts = [n.start for n in self.numbers]
        if "(%)" in self.text:
            self.numbers = _percents_under_their_header(self)
        lead_end = self.text.find("\n", article.body_start if article.title else 0)
        self.lead_span = (article.body_start if article.title else 0, len(self.text) if lead_end < 0 else lead_end)
        self.title_end = article.body_start if article.title else 0
        self._index_phrases()
        self.provinces = [p for p in find_provinces(self.text, self.folded) if not any(a <= p.start < b for a, b in links)]
        self.pub = article.published_at
        self.pub_year = self.pub.year if self.pub else None
        national = _NATIONAL_ALTERNATIVES.for_text(self.folded)
        self.national = list(finditer_at_word_start(national, self.folded)) if national else []   # _NATIONAL_RE's matches
        # (not a national body named for an occasion: "Nhân kỷ niệm 90 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam,
        # Thành ủy Vĩnh Yên tổ chức tọa đàm")
        # (only in a local article: a national institute's own report, "Viện Hàn lâm … Việt Nam", stays the country's)
        if self.provinces or _LOCAL_WORDS.search(self.folded):
            self.national = [m for m in self.national
                             if not _OCCASION_OF_A_BODY_BEFORE.search(self.folded, max(0, m.start() - 60), m.start())]
        # (nor a city a national body meets in: "Sáng 18/10, tại TP. Cần Thơ, Tòa án nhân dân tối cao tổ chức hội nghị …"
        # is the venue, the figures after it the whole court system's)
        # (only a venue that is a place, in an article that does not speak of its province as the subject: "tại Nghệ An,
        # Bộ Y tế tổ chức hội nghị … tỷ lệ bao phủ BHYT toàn tỉnh đạt 93%" is Nghệ An's)
        self.venues = [] if _THE_PROVINCE_AS_A_WHOLE.search(self.folded) else [
            (a, b) for a, b in _venues_of_national_bodies(self.folded)
            if any(a <= p.start < b for p in self.provinces) or _A_PLACE_AFTER_AT.match(self.folded, a)]
        if self.venues:
            self.provinces = [p for p in self.provinces if not any(a <= p.start < b for a, b in self.venues)]
        self.main_province = self._main_province()
        hint = tuple(dict.fromkeys([p.name for p in self.provinces] + ([self.main_province] if self.main_province and self.main_province != NATIONAL else [])))
        post_merger = self.post_merger = bool(self.pub and self.pub.date() >= MERGER_DATE)
        if post_merger and self.main_province and self.main_province != NATIONAL:
            merged = current_province_of(self.main_province)
            hint = hint + tuple(x for x in (merged,) if x and x not in hint)
        self.areas = find_areas(self.text, self.folded, hint, current_first=post_merger)
        if (self.main_province is None or (self.main_province == NATIONAL and not self.provinces)) and self.areas:
            # a local paper names its district, not its province ("BHXH huyện Lạng Giang …"): the province the
            # districts and communes it names belong to is the article's (its bare districts found again with it);
            # over a national body's name or the country's figure quoted beside it ("Hội LHPN Việt Nam", "… cả nước
            # đạt 93,35%") when the district is named again and in the lead, and the title names no national subject
            counts = Counter(a.province for a in self.areas if a.province)
            if counts:
                province, times = counts.most_common(1)[0]
                if self.main_province is None or (
                        times >= 2 and not any(m.start() < self.title_end for m in self.national)
                        and any(a.province == province and a.start < self.title_end + 500 for a in self.areas)):
                    self.main_province = province
                    self.areas = find_areas(self.text, self.folded, (self.main_province,), current_first=post_merger)
        if self.venues:
            self.areas = [a for a in self.areas if not any(x <= a.start < y for x, y in self.venues)]
        self.periods = [p for p in find_periods(self.folded, self.pub, self.title_end) if not any(a <= p.start < b for a, b in links)]
        self.orgs = find_organizations(self.text)
        geo = [(p.start, p.end, "province", p.name, None) for p in self.provinces]
        geo += [(a.start, a.end, "area", self._area_province(a), a.name) for a in self.areas
                if self._area_province(a) is not None]
        # (the country's own figure: "tỷ lệ … của cả nước đạt 21,04%", not an organisation's "của BHXH Việt Nam")
        geo += [(m.start(), m.end(), "national", NATIONAL, None) for m in self.national
                if (not m.group(0).startswith(_CENTRAL_DOCUMENTS)
                    # ("mục tiêu của Nghị quyết 28-NQ/TW …", not "Thực hiện Nghị quyết 28-NQ/TW, tỉnh phấn đấu …")
                    or not _CARRIED_OUT_BEFORE.search(self.folded, max(0, m.start() - 40), m.start()))
                and (not _NOT_LOCATION_BEFORE.search(self.folded[max(0, m.start() - 20):m.start()])
                    or m.group(0).startswith(_CENTRAL_DOCUMENTS)
                    or (m.group(0) in ("cả nước", "toàn quốc") and self.folded.endswith("của ", 0, m.start())
                        and (_LEVEL_VERB_AFTER.match(self.folded, m.end()) or _TIMED_LEVEL_VERB_AFTER.match(self.folded, m.end())
                             or (_FIGURE_OF_BEFORE.search(self.folded, max(0, m.start() - 40), m.start())
                                 and not _SHARE_OF_BEFORE.search(self.folded, max(0, m.start() - 60), m.start())))))
                and not (self.folded.endswith("được ", 0, m.start()) and _ASSIGNS_AFTER.match(self.folded, m.end()))
                and not _ASSIGNS_TO_AFTER.match(self.folded, m.end())]   # ("BHXH Việt Nam giao cho tỉnh …")
        # other countries as a figure's subject ("của Thái Lan là 99%", "Thái Lan khoảng 44%"): their
        # figures are not Việt Nam's (not "giáp Campuchia", "Công ty Hansae (Hàn Quốc)")
        if any(name in self.folded for name in _FOREIGN_NAMES):   # (each test a literal scan: few texts pass it)
            geo += [(m.start(), m.end(), "foreign", None, None) for m in finditer_at_word_start(_FOREIGN_COUNTRY, self.folded)
                    if not self.folded.endswith(("giáp ", "với ", "sang ", "từ "), 0, m.start())
                    and (self.folded.endswith(("của ", "ở ", "tại ", "trên "), 0, m.start()) or _FIGURE_NEXT.match(self.folded, m.end())
                         or (_SENTENCE_OPENING_BEFORE.search(self.folded, max(0, m.start() - 16), m.start())
                             and (_PREDICATE_SOON.match(self.folded, m.end()) or self.folded.startswith((":", ","), m.end())
                                  or _COUNTRY_SUBJECT_AFTER.match(self.folded, m.end()))))]
        if any(word in self.folded for word in _COUNTRY_GROUP_WORDS):
            geo += [(m.start(), m.end(), "foreign", None, None) for m in _COUNTRY_GROUP.finditer(self.folded)
                    if not self.folded.endswith(("với ", "sang ", "từ "), 0, m.start())]
        # (but the country's own figure in an aside it opens: "… đạt 92,03% dân số (cả nước đạt 94,29%)")
        geo = [g for g in geo if not _in_parenthesis(self.folded, g[0])
               or (g[2] == "national" and _opens_an_aside_with_a_figure(self.folded, g[0], g[1]))]
        if "hợp nhất" in self.folded or "sáp nhập" in self.folded:
            # "Tại tỉnh An Giang (mới), sau khi hợp nhất với tỉnh Kiên Giang, số người tham gia …": the province merged in
            # is a part of the subject, not the figure's place
            geo = [g for g in geo if not (g[2] in ("province", "area") and _MERGED_WITH_BEFORE.search(
                self.folded, max(0, g[0] - 80), g[0]))]
        if "khu vực" in self.folded or "toàn vùng" in self.folded:   # in every _REGION_RE match
            geo += [(m.start(), m.end(), "region", None, None) for m in finditer_at_word_start(_REGION_BODY, self.folded)]
        if any(name in self.folded for name in _ECONOMIC_REGION_NAMES):
            # "Tây Nguyên chỉ đạt 22,4%": a region's figure is neither a province's nor the country's (not "… cao nhất
            # vùng Đông Nam Bộ, đạt 81,3%", the place it ranks a province in)
            geo += [(m.start(), m.end(), "region", None, "economic") for m in finditer_at_word_start(_ECONOMIC_REGION, self.folded)
                    if not _RANKED_IN_BEFORE.search(self.folded, max(0, m.start() - 70), m.start())]
        geo += [(m.start(), m.end(), "main", self.main_province, None)
                for m in finditer_at_word_start(_BARE_PROVINCE_BODY, self.folded)
                if not _SPACE_CAPITAL.match(self.text[m.end():m.end() + 3])]
        # a bare "toàn huyện", "BHXH huyện" is the district the title names, as a bare "tỉnh" is the
        # article's province (only when the title names one district: otherwise it is unknown; _geo
        # prefers a district named earlier in the paragraph: "Tại huyện Diễn Châu, toàn huyện có …")
        title_districts = {a.name: a for a in self.areas if a.kind == "district" and a.start < self.title_end}
        if len(title_districts) == 1 and ("huyện" in self.folded or "quận" in self.folded or "thị xã" in self.folded):
            (main_area,) = title_districts.values()
            area_province = self._area_province(main_area)
            if area_province is not None:
                geo += [(m.start(), m.end(), "main_area", area_province, main_area.name)
                        for m in finditer_at_word_start(_BARE_DISTRICT_BODY, self.folded, self.title_end)
                        if not _SPACE_CAPITAL.match(self.text[m.end():m.end() + 3])
                        and not _PLURAL_BEFORE.search(self.folded, max(0, m.start() - 8), m.start())]
        # an area inside a province span, or a province inside an area span, is the longer one
        geo.sort(key=lambda g: (g[0], -(g[1] - g[0])))
        cleaned = []
        for g in geo:
            if cleaned and g[0] < cleaned[-1][1]:
                continue
            cleaned.append(g)
        self.geo = cleaned
        self.geo_starts = [g[0] for g in cleaned]
        self.former_province_of_the_subject = self._former_province_of_the_subject()
        self.digest_headings = self._digest_headings()
        self.foreign_sections = self._foreign_sections() if any(g[2] == "foreign" for g in self.geo) else []
        # provinces a paragraph turns to ("Riêng tại tỉnh Hà Nam, …"): see _geo
        self.focus_places = [g for g in self.geo if g[2] == "province" and (
            "tại" in self.folded[max(0, g[0] - 24):g[0]] or "riêng" in self.folded[max(0, g[0] - 24):g[0]])
            and _FOCUS_ON_PLACE_BEFORE.search(self.folded, max(0, g[0] - 24), g[0])]
        self.period_starts = [p.start for p in self.periods]
        # (the running months of an unnamed year only stand against a carried period of another year, see _period)
        self.running_months = [p for p in self.periods if p.kind == "running_months" and not p.comparison]
        self.running_month_starts = [p.start for p in self.running_months]
        self.usable_periods = [p for p in self.periods if not p.comparison and p.kind != "running_months"]
        self.usable_period_starts = [p.start for p in self.usable_periods]
        self.non_term_periods = [p for p in self.usable_periods if p.kind not in _TERM_KINDS]
        self.non_term_period_starts = [p.start for p in self.non_term_periods]
        # a period in parentheses that hold a figure of their own is that figure's ("Số nợ là 39,1 tỷ đồng
        # (thời điểm 30/9/2024 là 41,5 tỷ đồng)"): an aside, not the time of the figures around it
        self.has_local_periods = any(p.local or p.look_back or p.paragraph_only for p in self.periods)
        self.has_before_merger_periods = any(p.kind == "before_merger" for p in self.usable_periods)
        if self.has_before_merger_periods:
            # (the usable and non-term periods and their starts without them: the time a figure would take otherwise)
            self.periods_without_the_merger = tuple(
                (kept, [p.start for p in kept]) for kept in (
                    [p for p in periods if p.kind != "before_merger"] for periods in (self.usable_periods, self.non_term_periods)))
        self.aside_periods: dict[int, tuple[int, int]] = {}
        for p in self.periods:
            span = _parenthesis_span(self.folded, p.start)
            if span is not None:
                inside = self.numbers[bisect.bisect_left(self.number_starts, span[0]):
                                      bisect.bisect_left(self.number_starts, span[1])]
                # (not "(tính đến ngày 30/6/2024, trong đó 21.300 nữ)": opening the aside, then a clause of
                # its own, it dates the figure before the parenthesis)
                dates_the_figure_before = _ASIDE_OPENING.fullmatch(self.folded, span[0] + 1, p.start) is not None and all(
                    n.start < p.end or _ASIDE_BREAK.search(self.folded, p.end, n.start) for n in inside)
                if any(not p.start <= n.start < p.end for n in inside) and not dates_the_figure_before:
                    self.aside_periods[p.start] = span
        # a photo's caption set between paragraphs ("… Năm 2024, toàn tỉnh có hơn 211 nghìn người tham gia BHXH tự
        # nguyện (Ảnh: Minh Hằng)") dates its own figures, not those of the paragraph after it ("Cũng đến thời điểm trên, …")
        self.caption_spans = _caption_spans(self)
        for start, end in self.caption_spans:
            for p in _items_in(self.period_starts, self.periods, start, end):
                self.aside_periods.setdefault(p.start, (start - 1, end + 1))
        self.org_starts = [o.start for o in self.orgs]
        self._event_terms: dict[tuple[str, bool], object] = {}
        self._council_anchors: dict | None = None   # (_council_anchors', once asked)
        self._section_headings: list[int] | None = None
        self._about_an_election: dict[int, bool] = {}
        # the committees of mass organisations (no Party committees), by where "ban chấp hành" starts
        self.mass_org_committees: set[int] = set()
        for m in (_MASS_ORG_COMMITTEE.finditer(self.folded) if "ban " in self.folded else ()):
            # and the same organisation's other committees later in the sentence ("…, Ban Thường vụ gồm 11 chị")
            self.mass_org_committees.add(m.start())
            stop = self.sentence_of(m.start()).end
            self.mass_org_committees.update(c.start() for c in _BARE_COMMITTEE.finditer(self.folded, m.end(), stop))
        self.implicit_period: set[int] = set()

    def about_an_election(self, sent: Sentence) -> bool:
        """Whether ``sent`` speaks of an election or a congress ("được bầu", "trúng cử", "nhiệm kỳ")."""
        known = self._about_an_election.get(sent.index)
        if known is None:
            text = self.folded[sent.start:sent.end]
            if "nghị quyết đại hội" in text:
                # (not a congress's resolution being carried out: "Sau 4 năm thực hiện Nghị quyết Đại hội Đảng bộ thành
                # phố lần thứ XVI (nhiệm kỳ 2015–2020), số người tham gia BHXH bắt buộc tăng …")
                text = _CONGRESS_RESOLUTION.sub(" ", text)
            known = self._about_an_election[sent.index] = (
                any(word in text for word in _ELECTION_WORDS) and _ELECTION_WORD.search(text) is not None)
        return known

    def event_term(self, group: str, future: bool = False):
        """The term of the congress or election the article reports ("Đại hội Đảng bộ ... nhiệm kỳ 2025 – 2030"); one
        yet to begin ("Năm 2026, cử tri sẽ bầu HĐND nhiệm kỳ 2026 - 2031" in July 2025) only when ``future`` (a target's)."""
        if (group, future) not in self._event_terms:
            rx = _EVENT_BEFORE.get(group)
            self._event_terms[group, future] = None if rx is None else next(
                (p for p in self.usable_periods if p.kind in _TERM_KINDS and p.start < self.title_end + 1500
                 and p.start not in self.aside_periods   # ("… cao hơn nhiệm kỳ trước (nhiệm kỳ 2016-2021 là 31,25%)")
                 and (future or self.pub_year is None or p.year <= self.pub_year)
                 and rx.search(self.folded, max(0, p.start - 90), p.start)), None)
        return self._event_terms[group, future]

    def _classified_stretches(self) -> list[tuple[int, int]]:
        """The stretches of the text where classification looks up phrases and clause breaks, in
        order: the title, and each sentence with a figure with the sentence before it in its
        paragraph (the figure's clause, its sentence and the previous one are looked at), and the
        header of a list a figure is an item of."""
        sentences = self.sentences
        wanted: set[int] = set()
        for m in self.numbers:
            sent = self.sentence_of(m.start)
            wanted.add(sent.index)
            if sent.index > 0:
                wanted.add(sent.index - 1)
            header = _list_header(self, sent)
            if header is not None:
                wanted.add(header.index)   # a list item's figures may take their topic from it
                if header.index > 0:
                    wanted.add(header.index - 1)   # (or from the line above it, see _GENERIC_LIST_HEADER)
        stretches = [[0, self.title_end]] if self.title_end else []
        for i in sorted(wanted):
            sent = sentences[i]
            if stretches and sent.start <= stretches[-1][1]:
                stretches[-1][1] = max(stretches[-1][1], sent.end)
            else:
                stretches.append([sent.start, sent.end])
        return [(a, b) for a, b in stretches]

    def _index_phrases(self) -> None:
        """Clause breaks and catalogue phrases of the stretches classification looks at. A break or
        a phrase at one place does not depend on the text's others, so these are the ones a scan
        of the whole text finds there."""
        ct = self.cuetext
        stretches = self._classified_stretches()
        breaks = []
        for lo, hi in stretches:
            for m in _CLAUSE_BREAK_FAST.finditer(ct, lo):
                b = m.start()
                if b >= hi:
                    break
                c = ct[b]
                if c in ",;()" or b == 0 or not cat._is_word_char(ct[b - 1]):
                    # every _SOFT_COMMA match starts with a comma: only commas need the test
                    if c != "," or not (_SOFT_COMMA.match(ct, b) or _examples_of_places(ct, b)):
                        breaks.append(b)
        self.breaks = breaks
        index = cat.phrase_index()
        cues_of = index.cue_codes   # phrase key -> codes of the indicators it is a cue of
        members = index.members
        # (code, role) -> the occurrences of its phrases, in the scan's order (by start)
        occ: dict[tuple[str, str], list[tuple[int, int, str]]] = {}
        cue_starts: list[int] = []      # every cue occurrence of any indicator, by start ...
        cue_codes: list[str] = []       # ... and the indicator it is a cue of
        for lo, hi in stretches:
            for item in index.scan(ct, lo, len(ct), hi):
                start, key = item[0], item[2]
                for pair in members[key]:
                    found = occ.get(pair)
                    if found is None:
                        occ[pair] = [item]
                    else:
                        found.append(item)
                for code in cues_of[key]:
                    cue_starts.append(start)
                    cue_codes.append(code)
        self.occ = occ
        self.cue_starts = cue_starts
        self.cue_codes = cue_codes

    def cue_codes_in(self, lo: int, hi: int) -> set[str]:
        """Codes of the indicators with a cue occurrence starting in ``[lo, hi)``."""
        if lo >= hi:
            return set()
        starts = self.cue_starts
        return set(self.cue_codes[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)])

    def breaks_between(self, lo: int, hi: int) -> int:
        if lo >= hi:
            return 0
        return bisect.bisect_left(self.breaks, hi) - bisect.bisect_left(self.breaks, lo)

    def clause_start(self, lo: int, hi: int) -> int:
        """Start of the last clause of ``[lo, hi)`` (after its last clause break)."""
        i = bisect.bisect_left(self.breaks, hi) - 1
        if i >= 0 and self.breaks[i] >= lo:
            b = self.breaks[i]
            m = _CLAUSE_BREAK_FAST.match(self.cuetext, b)
            return min(m.end() if m else b + 1, hi)
        return lo

    def clause_end(self, lo: int, hi: int) -> int:
        i = bisect.bisect_left(self.breaks, lo)
        if i < len(self.breaks) and self.breaks[i] < hi:
            return self.breaks[i]
        return hi

    # -- article-level --------------------------------------------------------------------
    def _former_province_of_the_subject(self) -> str | None:
        """The former province a commune or ward of a post-merger article was part of, when the article names it, and
        no other, as former ("Phường Bình Phước được thành lập trên cơ sở … của thành phố Đồng Xoài (tỉnh Bình Phước
        cũ)") and its title is about that commune or ward: its figures of before the merger are that province's."""
        main = self.main_province
        if not self.post_merger or not main or main == NATIONAL \
                or not any(g[2] == "area" and g[0] < self.title_end for g in self.geo):
            return None
        former = {p.name for p in self.provinces if p.name != main and current_province_of(p.name) == main
                  and _FORMER.match(self.folded, p.end)}
        return former.pop() if len(former) == 1 else None

    def _main_province(self) -> str | None:
        if not self.provinces:
            # (an article that names no province but the National Assembly speaks of the country's deputies)
            # (or a national body met in a city the text names only as the venue)
            return NATIONAL if self.national or "quốc hội" in self.folded or self.venues else None
        title_end = self.article.body_start if self.article.title else 0
        scores: Counter[str] = Counter()
        first_para = self.folded.find("\n\n", title_end + 1)
        first_para = title_end + 500 if first_para < 0 else max(first_para, title_end + 150)
        for p in self.provinces:
            w = 4 if p.start < title_end else 2 if p.start < first_para else 1
            if _in_parenthesis(self.folded, p.start):
                # (a body's address, "Công ty May Phú Thịnh (huyện Tiền Hải, tỉnh Thái Bình)", counts a little)
                w = 1 if _ADDRESS_IN_PARENTHESIS.search(self.folded, max(0, p.start - 60), p.start) else 0
            elif _ORG_BEFORE_PROVINCE.search(self.folded, max(0, p.start - 40), p.start):
                w *= 2   # "BHXH tỉnh X", "Sở Nội vụ tỉnh X": the reporting body names the article's province
            elif _MERGED_LIST_BEFORE.search(self.folded, max(0, p.start - 80), p.start):
                w = min(w, 1)   # "hợp nhất ba tỉnh A, B và C": the old provinces in passing
            scores[p.name] += w
        if self.article.title and not any(p.start < title_end for p in self.provinces) and \
                search_at_word_start(_NATIONAL_BODY, self.folded, 0, title_end):
            return NATIONAL
        national = 0
        for m in self.national:
            if m.group(0).startswith(_CENTRAL_DOCUMENTS):
                continue   # the nation's targets quoted by a local article make it no national article
            national += 3 if m.start() < title_end else 2 if m.start() < title_end + 500 else 1
        # the National Assembly as a whole ("Quốc hội khóa XV có 151 nữ đại biểu"), not a province's delegation
        # ("Đoàn ĐBQH tỉnh", "đại biểu Quốc hội tỉnh"): a national subject, once per mention
        if "quốc hội" in self.folded:
            national += sum(1 for m in _WHOLE_ASSEMBLY.finditer(self.folded))
        # a ministry or the Government speaking ("Thứ trưởng Bộ Y tế cho biết …"): likewise
        if any(word in self.folded for word in _CENTRAL_GOVERNMENT_WORDS):
            # (a body reporting on itself counts more in the title and the lead; the Government, mostly named
            # as the author of a decision a province carries out, once wherever it is)
            national += sum(1 if m.group(0) in ("chính phủ", "thủ tướng") else
                            3 if m.start() < title_end else 2 if m.start() < title_end + 500 else 1
                            for m in _CENTRAL_GOVERNMENT.finditer(self.folded))
        name, score = scores.most_common(1)[0]
        if national > score and len(scores) == 1:
            # one province named, and the text speaks of "the province" bare ("Tỉnh ủy", "toàn tỉnh", "HĐND tỉnh"):
            # that province's article, however much of the country it quotes (two to three such mentions; one is a
            # passing word: a national article's "BHXH thành phố Hà Nội")
            # (not the plural of a national text: "Đại hội các Đảng bộ tỉnh, thành phố")
            bare = sum(1 for m in finditer_at_word_start(_BARE_PROVINCE_BODY, self.folded)
                       if m.start() >= title_end and not _SPACE_CAPITAL.match(self.text[m.end():m.end() + 3])
                       and not self.folded.endswith(("các ", "những "), 0, m.start())
                       and not self.folded.startswith((", thành phố", " và thành phố"), m.end()))
            score += min(3, bare) if bare >= 2 else 0
        if national > score:
            return NATIONAL
        return name

    def _digest_headings(self) -> list[tuple[int, int, str]]:
        """The items of a digest of several provinces' news ("- Kon Tum: Tỷ lệ nữ trúng cử đạt 30%", "NGHỆ AN: …",
        "• Bến Tre: …"): (start, end of its paragraph, province) of each paragraph that opens with a province and a
        colon; none unless there are two or more (one such paragraph is a lead, not a digest)."""
        headings = []
        for i, sent in enumerate(self.sentences):
            if i > 0 and self.sentences[i - 1].paragraph == sent.paragraph:
                continue
            first = bisect.bisect_left(self.geo_starts, sent.start)
            if first < len(self.geo) and self.geo[first][2] == "province" and self.geo[first][0] < sent.start + 40 \
                    and self.folded.startswith(":", self.geo[first][1]) \
                    and _DIGEST_ITEM_OPENING.fullmatch(self.folded, sent.start, self.geo[first][0]):
                last = i
                while last + 1 < len(self.sentences) and self.sentences[last + 1].paragraph == sent.paragraph:
                    last += 1
                headings.append((sent.start, self.sentences[last].end, self.geo[first][3]))
            elif first < len(self.geo) and self.geo[first][2] == "province" and self.geo[first][0] < sent.start + 40 \
                    and _SECTION_OPENING.fullmatch(self.folded, sent.start, self.geo[first][0]) \
                    and _SECTION_CLOSING.fullmatch(self.folded, self.geo[first][1], sent.end) \
                    and (i + 1 == len(self.sentences) or self.sentences[i + 1].paragraph != sent.paragraph):
                # a heading line of its own over the paragraphs of one place ("1. Địa bàn tỉnh Hà Giang (cũ)")
                headings.append((sent.start, sent.end, self.geo[first][3]))
        return headings if len(headings) > 1 else []

    def _foreign_sections(self) -> list[tuple[int, int]]:
        """The parts of the text under a heading line that names another country ("Hàn Quốc: Quỹ hưu trí cạn kiệt
        vào năm 2055" above its paragraphs): (start, end), from the heading to the next heading line. A heading
        line: a short line of its own without a sentence's closing mark."""
        headings, pos = [], 0
        for line in self.text.split("\n"):
            stripped = line.strip()
            if 2 <= len(stripped.split()) and len(stripped) <= 100 and not stripped.endswith((".", "!", "?", ";", ",")):
                headings.append((pos, pos + len(line)))
            pos += len(line) + 1
        foreign_ends = {g[0]: g[1] for g in self.geo if g[2] == "foreign"}
        sections = []
        for k, (start, end) in enumerate(headings):
            opening = start + len(self.text[start:end]) - len(self.text[start:end].lstrip(" -•*+#"))
            # (the country alone, or before a colon or a dash: not a title, "Nhật Bản hỗ trợ tỉnh …", about Việt Nam)
            if start >= self.title_end and opening in foreign_ends and (
                    foreign_ends[opening] >= end or self.folded.startswith((":", " -", " –"), foreign_ends[opening])):
                sections.append((start, headings[k + 1][0] if k + 1 < len(headings) else len(self.text)))
        return sections

    def in_foreign_section(self, sent: Sentence) -> bool:
        """The sentence is under another country's heading (see ``_foreign_sections``) and names no place of
        Việt Nam itself."""
        if not any(a <= sent.start < b for a, b in self.foreign_sections):
            return False
        return not any(g[2] in ("province", "national", "area", "main") for g in _items_in(self.geo_starts, self.geo, sent.start, sent.end))

    def digest_item(self, pos: int) -> tuple[int, int, str] | None:
        """The digest heading ``pos`` comes under (see ``_digest_headings``), or None."""
        i = bisect.bisect_right(self.digest_headings, (pos, float("inf"), "")) - 1
        return self.digest_headings[i] if i >= 0 else None

    def _area_province(self, area) -> str | None:
        """The province an area mention belongs to, or None when it contradicts the article."""
        main = self.main_province if self.main_province != NATIONAL else None
        mentioned = {p.name for p in self.provinces}
        if not area.province:
            return main
        if area.province in mentioned or area.province == main:
            return area.province
        if main and current_province_of(area.province) == current_province_of(main):
            return main  # a pre-2025 unit of the merged province the article is about
        return None if main else area.province

    def sentence_of(self, pos: int) -> Sentence:
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        return self.sentences[max(i, 0)]

    def section_heading(self, sent: Sentence) -> Sentence | None:
        """The heading line of the section ``sent`` is in ("1. Trước hợp nhất (nhiệm kỳ 2020 - 2025)", "II. KẾT
        QUẢ", "Về nữ đại biểu HĐND:"): the nearest earlier line of its own that is numbered, in capitals or
        closed by a colon, and not a sentence; None when there is none below the title."""
        if self._section_headings is None:
            self._section_headings = [s.index for k, s in enumerate(self.sentences)
                                      if s.start >= self.title_end and _is_section_heading(self, s, k)]
        i = bisect.bisect_left(self._section_headings, sent.index) - 1
        return self.sentences[self._section_headings[i]] if i >= 0 else None

    def paragraph_start_index(self, sent: Sentence) -> int:
        """The index of the first sentence of the paragraph of ``sent``."""
        i = sent.index
        while i > 0 and self.sentences[i - 1].paragraph == sent.paragraph:
            i -= 1
        return i

    def paragraph_start(self, sent: Sentence) -> int:
        """Where the paragraph of ``sent`` starts (context is carried from there within a paragraph)."""
        return self.sentences[self.paragraph_start_index(sent)].start


def _items_in(starts: list[int], items: list, lo: int, hi: int) -> list:
    a = bisect.bisect_left(starts, lo)
    b = bisect.bisect_left(starts, hi)
    return items[a:b]


# --- classification ---------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _active():
    return tuple(cat.indicators(include_derived=False))


class _ByVtype(dict):
    def get(self, key, default=None):
        if not self:
            for ind in _active():
                self.setdefault(ind.value_type, []).append(ind)
        return dict.get(self, key, default)


_BY_VTYPE = _ByVtype()


@lru_cache(maxsize=None)
def _catalogue_order(vtype: str) -> dict[str, tuple[int, cat.Indicator]]:
    """code -> (position in ``_BY_VTYPE.get(vtype)``, indicator): a figure's few candidate
    indicators are visited in catalogue order without walking the whole list."""
    return {ind.code: (i, ind) for i, ind in enumerate(_BY_VTYPE.get(vtype, ()))}


def _value_type(m: NumberMention) -> str:
    if m.is_percent:
        return "percent"
    if m.is_money:
        return "money"
    return "count"


_BARE_NEXT = re.compile(r"^\s*(?:$|[,.;:)(=]|(?:đạt|chiếm|tăng|giảm|bằng|so|và|trong|với|là|được|tham gia|có)(?!\w))")


def _bare_ok(m: NumberMention, folded: str) -> bool:
    return bool(_BARE_NEXT.match(folded[m.after:m.after + 20]))


_GRANTS_TO_PEOPLE = re.compile(r"\s*lượt\s+người(?!\s+(?:khám|kcb|đi khám|được khám|sử dụng lao động))")


def _unit_fits(ind: cat.Indicator, m: NumberMention, left_clause: str, folded: str) -> bool:
    if ind.value_type != _value_type(m):
        return False
    if ind.value_type != "count":
        return True
    cls = m.noun_class
    if cls == "other":
        return False
    if ind.unit == "person":
        if cls == "person":
            return True
        if cls == "visit" and ind.code == "benefit_recipients" and _GRANTS_TO_PEOPLE.match(folded, m.end):
            return True   # "hỗ trợ … cho 128.415 lượt người lao động", "lượt người hưởng": each grant counted
        # (not an amount said without its "đồng": "từ tháng sau có lương hưu hơn 2 triệu")
        return cls == "" and _bare_ok(m, folded) and not _MONEY_NOUN_BEFORE.search(folded, max(0, m.start - 30), m.start)
    if ind.unit == "visit":
        return cls == "visit" or (cls == "" and "lượt" in left_clause)
    if ind.unit == "card":
        # (or the people the cards were issued to: "cấp thẻ BHYT cho 2.634 người")
        return cls == "card" or (cls == "" and re.search(r"(?:thẻ|sổ)", left_clause) is not None) \
            or (cls == "person" and (_ISSUED_TO_LEFT.search(left_clause) is not None
                                     or _ISSUED_RIGHT.match(folded, m.after) is not None))
    return False


# a sentence that states a plan and no measure ("Chỉ tiêu năm 2025 là 45%.", "Trong khi đó, chỉ tiêu UBND tỉnh giao năm 2024
# là 92,5%", "Kế hoạch năm nay: 3.520 người")
_PLAN_SENTENCE_OPENING = re.compile(r"\s*(?:trong khi đó\s*,?\s*|còn\s+|riêng\s+)?(?:chỉ tiêu|kế hoạch|mục tiêu)"
                                    r"(?:\s+(?:năm\s+\d{4}|năm nay|cả năm|được giao|giao|đề ra|đặt ra|của\s+[^\d;,.]{1,25}?|"
                                    r"ubnd tỉnh|ubnd thành phố|hđnd tỉnh|bhxh việt nam|tỉnh|thành phố|cho))*"
                                    r"\s*(?:là|:)\s*(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?")
# a plan sentence's opening in other words than _PLAN_SENTENCE_OPENING's: "Chỉ tiêu được HĐND tỉnh giao năm 2022 là ",
# "Trong khi chỉ tiêu huyện giao cho xã năm nay là "
# ("Chỉ tiêu UBND TP.HCM giao cho TP Thủ Đức năm 2022 là ", "Chỉ tiêu giao cho một số địa phương: thành phố Bắc Giang ")
# (its words after "chỉ tiêu" say who set it, when and for whom, and it was set: not "Chỉ tiêu cài đặt ứng dụng VssID năm
# 2025 là 80%", a measure of its own)
_TARGET_WITH_NO_MEASURE = re.compile(r"\s*(?:[^\W\d]+\s+){0,3}?(?:chỉ tiêu|mục tiêu)\s+(?=(?:được|do|của|năm|giao|ubnd|hđnd|chính phủ|"
                                     r"huyện|tỉnh|thành phố|tp|xã|bhxh|cho|đề ra|đặt ra)(?!\w))"
                                     r"(?=(?:[^.;:]|\.(?=\w))*?(?<!\w)(?:giao|đề ra|đặt ra)(?!\w))(?:[^\W\d]|\s|\d{4}|,|\.(?=\w))*?"
                                     r"(?:\s(?:là|ở mức)\s+|:\s*(?:[^\W\d]+\s+){1,5})(?:(?:khoảng|gần|hơn|trên)\s+)?")
_FRACTION_OPENING_PARENTHESIS = re.compile(r"\d/[\d.,]*\d(?:\s+[^\W\d]+){0,2}\s*\(\s*$")
_MONEY_NOUN_BEFORE = re.compile(r"(?<!\w)(?:lương hưu|lương|tiền|mức hưởng|mức đóng|mức trợ cấp|mỗi tháng nhận|nhận)"
                                r"(?:\s+(?:khoảng|hơn|gần|trên|chỉ|được|mỗi tháng|hằng tháng))*\s*$")
# (or those issued them: "1.487 người khuyết tật được cấp thẻ BHYT")
_ISSUED_RIGHT = re.compile(r"(?:\s+[^\s,.;()]+){0,6}?\s+(?:đã\s+|đều\s+)?được\s+cấp(?:\s+(?:mới|lại|đổi|phát))*\s+(?:thẻ|sổ)(?!\w)")
_ISSUED_TO_LEFT = re.compile(r"(?<!\w)cấp(?:\s+(?:mới|lại|đổi|phát))*\s+(?:thẻ|sổ)(?:\s+(?:bhyt|bhxh))?\s+cho"
                             r"(?:\s+(?:gần|hơn|khoảng|trên|tổng số|tổng cộng))*\s*$")


_START = itemgetter(0)   # an occurrence's start (occurrences are (start, end, phrase key))


def _any_in(items, lo: int, hi: int) -> bool:
    """True when one of ``items`` (occurrences, by start) lies inside ``[lo, hi)``."""
    if items is None or lo >= hi:
        return False
    i = bisect.bisect_left(items, lo, key=_START)
    n = len(items)
    while i < n:
        s, e, _k = items[i]
        if s >= hi:
            return False
        if e <= hi:
            return True
        i += 1
    return False


# the head of a subject that runs to its figure across commas ("Tỷ lệ nữ giữ chức vụ lãnh đạo, quản lý
# từ cấp phòng trở lên là 30%", "Số nữ trúng cử đại biểu HĐND tỉnh, nhiệm kỳ ... là 18 người")
_COPULA_WORD = re.compile(r"là|đạt|chiếm|lên|mức|có|được")   # in every _COPULA_END match
_SUBJECT_HEAD = re.compile(r"(?<!\w)(?:tỷ lệ|số lượng|tổng số|số)(?:\s+\w+){0,2}?\s+(?:nữ|phụ nữ)(?!\w)|(?<!\w)tỷ lệ(?!\w)")
_COPULA_END = re.compile(r"(?<!\w)(?:là|đạt|chiếm|lên tới|lên|ở mức|có|được)(?:\s+(?:khoảng|gần|hơn|trên|xấp xỉ|mức|tỷ lệ|được|"
                         r"từ|ít nhất|tối thiểu|không dưới|bình quân|trung bình))*\s*:?\s*$")
# _SUBJECT_HEAD's two alternatives without their leading (?<!\w), for fastre.finditer_at_word_start
_SUBJECT_HEAD_BODY = re.compile(r"(?:tỷ lệ|số lượng|tổng số|số)(?:\s+\w+){0,2}?\s+(?:nữ|phụ nữ)(?!\w)|tỷ lệ(?!\w)")
_SUBSET = re.compile(r"(?<!\w)(?:trong đó|trong số đó|trong số này|trong tổng số đó)(?:\s+có)?(?!\w)"
                     # "bầu được 323 đại biểu; nữ 96 người": a list line with the women after a ";"
                     # "Tổng số đại biểu HĐND tỉnh là 85 người, nữ chiếm 30,6%": a share of women right after it
                     # (or labelled: "Tổng số người ứng cử: 866 người; nữ: 393 người")
                     r"|[;,](?=\s*(?:nữ|phụ nữ)\s*(?::\s*|\s(?:là\s+|có\s+|chiếm\s+(?:tỷ lệ\s+)?)?)\d)")


# a subject of its own before a ranking ("Về số người lao động ở độ tuổi trên 60, huyện Mai Sơn dẫn đầu với 1.250 người")
_OWN_SUBJECT = re.compile(r"(?<!\w)(?:về|số|tỷ lệ)(?!\w)")
# a sentence opening with a unit's name the gazetteer may not know ("Huyện Cao Lãnh dẫn đầu với …")
_PLACE_NAMED_OPENING = re.compile(r"(?:Huyện|Quận|Thị xã|Thành phố|TP\.?|Xã|Phường|Thị trấn|Tỉnh)\s+[" + _UPPER + r"]")
_RANKED_WITH_LEFT = re.compile(r"(?<!\w)(?:dẫn đầu|đứng đầu|đứng thứ \w+|xếp thứ \w+|cao nhất|thấp nhất)"
                               r"(?:\s+(?:cả nước|toàn quốc|vùng|khu vực|toàn tỉnh|cụm))?\s+(?:với|là|đạt)"
                               r"(?:\s+(?:khoảng|gần|hơn|trên))?\s*$")
_LABELLED_ITEM = re.compile(r"\s*[-+•*–]\s*([^:\d;]{2,50}):")
# a list's header that only announces a breakdown of what the sentence before stated ("Cụ thể tại các địa bàn cũ:")
_BREAKDOWN_HEADER = re.compile(r"\s*(?:cụ thể|chi tiết|trong đó|phân theo|theo từng|tại từng)(?![^:\d]*\d)[^:\d]{0,60}:\s*")
_PARTS_IN_BRACKETS = re.compile(r"\(\s*[^()\d]{2,30}?\d[^()]*?[,;]\s*[^()\d]{2,30}?\d[^()]*\)")
_CHANGE_OR_COMPARISON = re.compile(r"(?<!\w)(?:tăng|giảm|so với(?!\s+(?:lực lượng lao động|lllđ|dân số)))(?!\w)")


def _subject_start(ct: str, lo: int, pos: int) -> int | None:
    """Start of a subject ("tỷ lệ nữ …", "số nữ …") whose predicate ends right before the figure."""
    lo30 = max(lo, pos - 30)
    if not _COPULA_WORD.search(ct, lo30, pos) or not _COPULA_END.search(ct, lo30, pos):
        return None   # (the literal scan first: most windows have no copula at all)
    head = None
    head_lo = max(lo, pos - 170)
    if ct.find("số", head_lo, pos) >= 0 or ct.find("tỷ lệ", head_lo, pos) >= 0:   # one is in every head
        for h in finditer_at_word_start(_SUBJECT_HEAD_BODY, ct, head_lo, pos):
            head = h
    # (a comparison between is no predicate of the rate's; its base is: "tỷ lệ người tham gia BHXH so với lực lượng lao
    # động trong độ tuổi của 14 tỉnh vùng trung du và miền núi phía Bắc đạt 24,1%")
    if head is None or ";" in ct[head.start():pos] or _CHANGE_OR_COMPARISON.search(ct, head.end(), pos):
        return None
    return head.start()


_CONTRAST_WITH_A_SUBJECT = re.compile(r"(?<!\w)trong khi(?:\s+đó)?\s*,?\s*(?=(?:tổng\s+)?số\s+(?:người|lao động|lượt|đơn vị)|tỷ lệ(?!\s+này))")
_OPEN_PARENTHESIS_END = re.compile(r"\s*\(\s*(?:(?:hơn|gần|khoảng|trên|xấp xỉ|gần như)\s+)?$")


def _place_before_parenthesis(doc: _Doc, m: NumberMention, lo: int) -> int:
    """Where the place ends that ``m`` follows in parentheses ("Thái Nguyên (24,5%)"): its start; else
    ``m``'s own start."""
    # (an approximation inside: "Thanh Hóa (hơn 138.000 người)")
    if m.start < 2 or doc.folded[m.start - 1] not in "( " or "(" not in doc.folded[max(lo, m.start - 12):m.start]:
        return m.start
    i = bisect.bisect_left(doc.geo_starts, m.start) - 1
    if i < 0:
        return m.start
    g = doc.geo[i]
    if g[0] < lo or g[2] not in ("province", "area", "main", "main_area") \
            or not _OPEN_PARENTHESIS_END.fullmatch(doc.folded, g[1], m.start):
        return m.start
    return g[0]


# the social-insurance office, not its scheme: "BHXH Việt Nam", "BHXH tỉnh", "ngành BHXH", "cơ quan BHXH"
_OFFICE_AFTER_SCHEME = re.compile(r"\s+(?:việt nam|tỉnh|thành phố|tp|huyện|quận|thị xã|khu vực|cơ sở|các tỉnh|các địa phương|"
                                  r"các cấp)(?!\w)")
_OFFICE_BEFORE_SCHEME = re.compile(r"(?<!\w)(?:ngành|cơ quan|giám đốc|lãnh đạo)\s+$")
_JOINED_BEFORE = re.compile(r"(?<!\w)(?:tham gia|đóng)\s+$")


_SOURCE_BEFORE = re.compile(r"(?<!\w)theo(?:\s+(?:số liệu|thống kê|báo cáo|dữ liệu))?(?:\s+của)?\s*$")


def _own_cue_of_the_part(cues, parent, lo: int, hi: int) -> bool:
    """Whether a part's clause ``[lo, hi)`` has a cue its whole's words (``parent``) do not: "… 1.250 cán bộ vào diện quy
    hoạch, trong đó 320 cán bộ nữ đã được bổ nhiệm giữ chức vụ lãnh đạo" (not "149 đại biểu dự, trong đó 45 đại biểu
    nữ", the whole's noun again)."""
    if not cues:
        return False
    whole = {key for cs, ce, key in cues if parent[0] <= cs < parent[1]}
    return any(lo <= cs < hi and key not in whole for cs, ce, key in cues)


def _names_an_office(doc: _Doc, key: str, cs: int, ce: int) -> bool:
    """Whether the cue at [cs, ce) is the word "BHXH" of an office's name rather than the scheme."""
    # (not the scheme one joins: "Số người tham gia BHXH tỉnh Sơn La năm 2024 đạt …")
    return key in ("bhxh", "bảo hiểm xã hội") and not _JOINED_BEFORE.search(doc.folded, max(0, cs - 12), cs) and (
        _OFFICE_AFTER_SCHEME.match(doc.folded, ce) is not None
        or _OFFICE_BEFORE_SCHEME.search(doc.folded, max(0, cs - 12), cs) is not None)


# an aside the country's figure opens: "(cả nước khoảng 32%)", "(bình quân cả nước là 94,29%)"
_COUNTRY_ASIDE_OPENING = re.compile(_ASIDE_SUBJECT_OPENING.pattern + r"(?:cả nước|toàn quốc)(?!\w)[^()\d]{0,25}$")


# (only where the whole is of a body or an election: not the unemployed or workers trained, whose women are no catalogue
# figure, "Số người thất nghiệp … là 12.000 người; 5.500 nữ, chiếm 45,8%")
_ELECTED_OR_COMMITTEE = re.compile(r"(?<!\w)(?:ban chấp hành|ban thường vụ|cấp ủy|hđnd|hội đồng nhân dân|quốc hội|đại biểu|"
                                   r"ứng cử|trúng cử|ủy viên|đồng chí)(?!\w)")
_WOMEN_OF_THE_CLAUSE_BEFORE = re.compile(r"\s*(?:\d[\d.]*\s+(?:nữ|đồng chí nữ|người là nữ)\s*(?:,\s*chiếm|\()\s*"
                                         # (or their share alone: "… đã bầu 4.290 đại biểu HĐND; tỷ lệ nữ đạt 31,72%")
                                         r"|tỷ lệ nữ\s+(?:đạt|là|chiếm)(?:\s+(?:khoảng|gần|hơn|trên))?\s*)?")
_WOMEN_NOUN_RIGHT = re.compile(r"\s*(?:nữ|đồng chí nữ|người là nữ)(?!\w)")


_OWN_PREDICATE_AFTER = re.compile(r"[^,;.()]{0,40}?\s(?:có|là|đạt|chưa|không)(?!\w)")
_ANOTHER_SHARE_OF_THE_SUBJECT = re.compile(r"(?<!\w)chiếm(?:\s+(?:khoảng|gần|hơn|trên|xấp xỉ))?\s+\d[\d.,]*\s*%[^\d;.,()%]{2,50}?"
                                           r"(?:\s(?:và|còn|nhưng|song)|\s*,)(?:\s+(?:mới|chỉ|lại))?\s+(?:(?:khoảng|gần|hơn|trên|xấp xỉ)\s+)?$")


def _classify(doc: _Doc, m: NumberMention, sent: Sentence, prev_end: int, next_start: int, parent=None,
              of_women: bool = False):
    """``parent``: (start, end) of the figure a "trong đó" subset belongs to and its noun phrase;
    ``of_women``: the figure is a part of a count of women ("… 1.100 nữ cán bộ. Trong đó, 57 đồng chí …")."""
    ct = doc.cuetext
    lo = max(sent.start, m.start - 220)
    semi = ct.rfind(";", lo, m.start)
    if semi >= 0 and not (_WOMEN_OF_THE_CLAUSE_BEFORE.fullmatch(ct, semi + 1, m.start)
                          and (m.is_percent or _WOMEN_NOUN_RIGHT.match(ct, m.after))
                          and ct.rfind(";", max(sent.start, m.start - 220), semi) < 0
                          and re.search(r"\d", ct[max(sent.start, semi - 40):semi])
                          and _ELECTED_OR_COMMITTEE.search(doc.folded, max(sent.start, semi - 160), semi)):
        # (but a count of women right after a ";" is the women of the clause before's whole: "- Ban Chấp hành Đảng bộ
        # huyện khóa XI: 41 đồng chí; 9 nữ, chiếm 21,95%")
        lo = semi + 1
    right_hi = min(sent.end, next_start, m.after + 120)
    semi = ct.find(";", m.after, right_hi)
    if semi >= 0:
        right_hi = semi
    if m.is_percent and _SET_BY_RIGHT.match(ct, m.after):
        # who set a target names no measure: not "Kế hoạch số 37/KH-UBBC" in "chưa đạt mục tiêu phấn đấu 35% mà Kế hoạch
        # số 37/KH-UBBC … đã đề ra", nor "Ban Thường vụ" in "vượt mục tiêu 30% mà Ban Thường vụ Tỉnh ủy đề ra"
        right_hi = m.after
    # the whole of a subset is named around its figure: after it ("4.812 cán bộ, viên chức; trong đó nữ …")
    # or before it, in its clause ("Số viên chức giáo dục là 19.108 người; trong đó nữ …")
    # (a whole that ends the sentence before: "… gồm 75 đồng chí. Trong đó, có 13 đồng chí nữ …")
    parent_lo = doc.clause_start(sent.start if parent[0] >= sent.start else doc.sentence_of(parent[0]).start, parent[0]) \
        if parent is not None else None
    if parent is not None and (colon := doc.folded.rfind(":", parent_lo, parent[0])) >= 0 \
            and len(doc.folded[colon + 1:parent[0]].split()) >= 3:
        # the whole's subject after a heading's colon: "Bầu cử đại biểu HĐND cấp huyện: số người ứng cử là 484 người,
        # trong đó nữ 168 người" counts candidates
        parent_lo = colon + 1
    scan_lo = min(lo, parent_lo) if parent is not None else lo
    # only an indicator of the figure's value type with a cue where the cue loops below look
    # ([scan_lo, m.start) on the left, [m.after, right_hi) on the right) can be chosen: the others
    # are skipped before any test, and the figure's context is read only when there is one
    candidates = doc.cue_codes_in(scan_lo, m.start) | doc.cue_codes_in(m.after, right_hi)
    if not candidates:
        return None
    order = _catalogue_order(_value_type(m))
    candidates = sorted(order[code] for code in candidates if code in order)   # in catalogue order
    if not candidates:
        return None
    lsp = max(prev_end, lo)                       # left text since the previous number
    # "… tỷ lệ nữ cấp ủy cao như Thái Nguyên (24,5%)": a figure in parentheses after a place is said of
    # that place, in the place's clause
    anchor = _place_before_parenthesis(doc, m, lsp)
    clause_lo = doc.clause_start(lsp, anchor)     # the clause that holds the number
    clause_hi = doc.clause_end(m.after, right_hi)
    # (the sentence before, in the paragraph before too: "… BHXH tỉnh tổ chức hội nghị tổng kết.¶ Theo báo cáo, tổng số thu …")
    psent = doc.sentences[sent.index - 1] if sent.index > 0 else None
    ranges = [(sent.start, sent.end)]
    if psent is not None:
        ranges.append((psent.start, psent.end))
    if doc.title_end:
        ranges.append((0, doc.title_end))
    # (and the lead, which sets the topic as the title does: "Kết quả bầu cử đại biểu HĐND cấp xã … đã được công bố." over
    # "- Xã Mường Xén: 20 đại biểu, nữ 6")
    ranges.append(doc.lead_span)
    if doc.text.startswith(("-", "+", "•", "*", "–"), sent.start):
        # a list item's context is its list's header and the line above it too ("- Số người tham gia BHXH: …" above
        # "Trong đó:" above "+ BHXH bắt buộc: 258.142 người")
        header = _list_header(doc, sent)
        if header is not None:
            ranges.append((header.start, header.end))
            if header.index > 0:
                above = doc.sentences[header.index - 1]
                ranges.append((above.start, above.end))
    occ = doc.occ
    best = None
    subj = _subject_start(ct, lsp, m.start)
    req_lo = min(clause_lo, subj) if subj is not None else clause_lo
    if subj is None and clause_lo > lo:
        req_lo = _subject_before_an_aside(doc, lo, clause_lo, m.start)
    if ct.rfind("(", lsp, m.start) >= 0 and (aside := _parenthesis_span(doc.folded, m.start)) is not None \
            and aside[0] >= lsp and _COUNTRY_ASIDE_OPENING.match(doc.folded, aside[0], m.start):
        # a figure in a short aside glosses the clause before it, whose words say who it counts: "Tỷ lệ bao phủ BHTN
        # của tỉnh cao nhất cả nước (cả nước khoảng 32%)" is the country's coverage of unemployment insurance
        req_lo = min(req_lo, doc.clause_start(lo, aside[0]))
    target_named = m.is_percent and ("chỉ tiêu" in ct[max(lo, m.start - 90):m.start] or "mục tiêu" in ct[
        max(lo, m.start - 90):m.start]) and _TARGET_NAMED_LEFT.search(ct, max(lo, m.start - 90), m.start) is not None
    if not target_named and not m.is_percent and (bracket := ct.rfind("(", max(lo, m.start - 10), m.start)) >= 0 \
            and _COUNT_AND_SHARE_IN_BRACKETS.match(ct, m.after) \
            and _COMPARED_TERM_LEVEL.search(ct, max(lo, bracket - 100), bracket + 1):
        # (and the count of the time compared with, its share beside it: "Tỷ lệ đại biểu nữ trong Quốc hội khóa XVI là
        # cao nhất từ trước tới nay, tăng 2,34 điểm phần trăm so với khóa XV (151 đại biểu, 30,26%)")
        target_named = True
    if target_named:
        # (the sentence's subject is the target's, past a change said before it: "Tỷ lệ nữ đại biểu HĐND tỉnh tăng 7,37%
        # so với nhiệm kỳ trước và vượt chỉ tiêu 30% mà …"; the last rate named before it, not an earlier one: "Tỷ lệ nữ …
        # đạt 32,7%, tỷ lệ đại biểu trẻ dưới 40 tuổi đạt 21,3%, chưa đạt chỉ tiêu phấn đấu 25% …")
        part_lo = _part_start(doc, sent, m.start)
        rates = [r.start() for r in _NEW_RATE.finditer(ct, part_lo, m.start)]
        req_lo = min(req_lo, rates[-1] if rates else part_lo)
    if ("nhưng" in (near := ct[max(lo, m.start - 40):m.start]) or "song" in near) \
            and _CONTRAST_WITHOUT_SUBJECT.search(ct, max(lo, m.start - 40), m.start):
        # the other side of a contrast, with no subject of its own, is its subject's too: "Phụ nữ chiếm khoảng 40% lực
        # lượng công chức, nhưng mới giữ 13% các vị trí lãnh đạo cấp cao" (of women: the leaders' share)
        req_lo = min(req_lo, lo)
    if m.is_percent and _ANOTHER_SHARE_OF_THE_SUBJECT.search(ct, max(lo, m.start - 80), m.start) \
            and not _OWN_PREDICATE_AFTER.match(ct, m.after):
        # (not a share with a predicate of its own: "…, trên 90% lãnh đạo có trình độ đại học")
        # a second share of one subject, of its own base: "nữ chiếm 65,2% tổng số lao động và 48% lãnh đạo cấp phòng"
        req_lo = min(req_lo, lo)
    if "lần lượt" in ct[lo:m.start]:
        # "Số người tham gia BHTN của Thái Bình và Hưng Yên lần lượt là 381.560 người và 349.020 người":
        # the subject named before "lần lượt" is every figure's, across the "và" of its list of places
        req_lo = min(req_lo, lo)
    left_clause = ct[clause_lo:m.start]
    part = _part_span(doc, sent, m)
    # (an office's "BHXH" is no scheme, unless its participants follow the figure: "BHXH huyện Bến Lức đã có 3.108 người
    # tham gia", not "Chỉ tiêu BHXH Việt Nam giao cho tỉnh năm 2024 là 52.600 người")
    # (but not when the participation names a scheme of its own: "- BHXH tỉnh Gia Lai: 1.325.604 người tham gia BHYT")
    joined = _PARTICIPATE_RIGHT.search(doc.folded, m.after, clause_hi)
    participants_named = joined is not None and not _SCHEME_NAMED_RIGHT.match(doc.folded, joined.end())

    own_rate_named = m.is_percent and _NEW_RATE.search(left_clause) is not None
    # a contrast whose side names a subject of its own: no cue before it is the figure's
    contrast = None
    if "trong khi" in ct[lsp:m.start]:
        contrast = next((c.end() for c in _CONTRAST_WITH_A_SUBJECT.finditer(ct, lsp, m.start)), None)

    def office_cue(code: str, key: str, cs: int, ce: int) -> bool:
        # (and never the office a figure is sourced from: "Theo thống kê của BHXH tỉnh, người Thái có 4.842 người tham
        # gia, …" in an article on the voluntary scheme)
        return code == "si_participants" and _names_an_office(doc, key, cs, ce) and (
            not participants_named or _SOURCE_BEFORE.search(doc.folded, max(0, cs - 30), cs) is not None)
    for _position, ind in candidates:
        code = ind.code
        if not _unit_fits(ind, m, left_clause, doc.folded):
            continue
        if code == "plan_completion_rate" and _OF_A_POPULATION_RIGHT.match(doc.folded, m.after):
            continue   # "phấn đấu tỷ lệ bao phủ BHYT đạt 92% dân số theo chỉ tiêu …": a rate of people, not of a plan
        if code in _PARTICIPANT_CODES and m.noun in _STAFF_NOUNS and not _PARTICIPATE_RIGHT.search(
                doc.folded, m.after, clause_hi):
            continue   # "BHXH tỉnh Tây Ninh có 512 công chức, viên chức": the office's staff, not the insured
        if ind.required_terms is not None:
            o = occ.get((code, "required_terms"))
            # ("5/12 lãnh đạo Sở và trưởng, phó phòng là nữ": who the fraction counts is said after its noun phrase)
            if not (of_women or _any_in(o, req_lo, m.start) or _any_in(o, m.end, clause_hi)
                    or (m.denominator and _ARE_WOMEN_AFTER.match(doc.folded, m.after))
                    or (parent is not None and _any_in(o, parent[0], parent[1]))):
                continue
        if ind.excluded_terms is not None:
            o = occ.get((code, "excluded_terms"))
            # an indicator whose cue follows its figure ("đạt 104,6% kế hoạch") has its subject in the
            # clauses before it: "giải quyết việc làm cho 78.450 lao động, đạt 104,6% kế hoạch"
            if _any_in(o, lo if ind.cue_side == "right" else clause_lo, m.start) or _any_in(o, m.after, clause_hi):
                continue
            if parent is not None and ind.required_terms is not None and _any_in(o, parent[0], parent[1]) \
                    and not (code.startswith("women_") and _own_cue_of_the_part(occ.get((code, "cues")), parent, clause_lo, clause_hi)):
                # (the whole a part belongs to: "1,07 triệu người thất nghiệp …, trong đó nữ …"; not a part of women that
                # names its own measure, "1.250 cán bộ vào diện quy hoạch, trong đó 320 cán bộ nữ đã được bổ nhiệm giữ
                # chức vụ lãnh đạo")
                continue
        if ind.context_terms is not None:
            o = occ.get((code, "context_terms"))
            if not any(_any_in(o, a, b) for a, b in ranges):
                continue
        if ind.context_excluded is not None and _any_in(occ.get((code, "context_excluded")), *part):
            continue   # (the part of the sentence between ";": "lao động nữ chiếm 45,2% …; tỷ lệ … giải quyết việc làm …")
        items = occ.get((code, "cues"))
        if items is None:
            continue
        if doc.mass_org_committees and code.startswith("women_party_committee"):
            # "Ban Chấp hành Hội LHPN tỉnh", "Ban Chấp hành LĐLĐ thành phố": a mass organisation's committee
            items = [item for item in items if item[0] not in doc.mass_org_committees]
        # an excluded term between a left cue and the figure names another body or population:
        # "Ban Chấp hành bầu Ủy ban Kiểm tra gồm 11 đồng chí, có 2 đồng chí nữ"
        excluded_at = occ.get((code, "excluded_terms")) if ind.excluded_terms is not None else None
        prio = ind.cue_priority
        if ind.cue_side in ("left", "both"):
            i = bisect.bisect_left(items, scan_lo, key=_START)
            while i < len(items):
                cs, ce, key = items[i]
                i += 1
                if cs >= m.start:
                    break
                if ce > m.start or _any_in(excluded_at, ce, m.start):
                    continue
                if office_cue(code, key, cs, ce):
                    continue
                if contrast is not None and cs < contrast:
                    continue   # "… 6.382 người hưởng BHXH một lần, trong khi số người tham gia mới …": the other side's
                if code == "hi_coverage_rate" and _OTHER_SCHEMES_COVERAGE_AFTER.match(doc.folded, ce):
                    continue   # "tỷ lệ bao phủ BHXH …": the coverage of another scheme
                if m.is_percent and code.startswith("women_deputy") and _SEAT_COUNT_BEFORE.search(doc.folded, max(0, cs - 30), cs):
                    continue   # "… 7.826 người ứng cử để bầu 4.612 đại biểu HĐND cấp xã; tỷ lệ nữ đạt 40,8%": the seats'
                               # noun, not the share's
                if parent is not None and parent_lo <= cs and ce <= parent[1]:
                    # the noun of the whole the subset belongs to: the head noun of a subject before the whole
                    # ("Tổng số người ứng cử đại biểu HĐND là 83 người, trong đó nữ …": the first cue), else the
                    # noun nearest after its figure ("4.812 cán bộ, viên chức; trong đó nữ …"); a noun before the
                    # whole only for an indicator of women (a part of women of another whole is no catalogue figure)
                    if cs < parent[0] and ind.required_terms is None:
                        continue
                    if _SEAT_COUNT_BEFORE.search(doc.folded, max(0, cs - 30), cs):
                        continue   # "có 11 người để bầu 7 đại biểu, trong đó 5 người là nữ": the seats, not the whole's noun
                    # (holders of posts first: "186 công chức giữ chức vụ lãnh đạo …, trong đó nữ 49" are leaders)
                    # ("1,02 triệu lao động giữ vị trí nhà lãnh đạo …, nữ chiếm 26,3%": the posts held, not who holds them)
                    holds = key.startswith("giữ ") or ct.find("giữ ", parent[0], cs) >= 0
                    # (the whole's own noun right after its figure first: "Bầu cử đại biểu HĐND tỉnh: danh sách chính
                    # thức có 85 người ứng cử, trong đó nữ 31 người" are candidates)
                    own_noun = parent[0] < cs <= parent[0] + 30
                    k = (1, -1 if holds else 0, cs - parent[0] - (10**6 if own_noun else 0), -(ce - cs))
                    if best is None or k < best[0]:
                        best = (k, ind, ct[cs:ce])
                    continue
                elif cs < lo:
                    continue
                elif subj is not None and cs >= subj:
                    crossings = 0
                else:
                    crossings = doc.breaks_between(ce, anchor) + (2 if cs < prev_end and not target_named else 0)
                k = (crossings, -prio.get(key, ind.priority), m.start - ce, -(ce - cs))
                if best is None or k < best[0]:
                    best = (k, ind, ct[cs:ce])
        if ind.cue_side in ("right", "both"):
            i = bisect.bisect_left(items, m.after, key=_START)
            while i < len(items):
                cs, ce, key = items[i]
                i += 1
                if cs >= right_hi:
                    break
                if ce > right_hi or office_cue(code, key, cs, ce):
                    continue
                crossings = doc.breaks_between(m.after, cs)
                if crossings == 1 and doc.folded.startswith(")", m.after) \
                        and _FRACTION_OPENING_PARENTHESIS.search(doc.folded, max(0, m.start - 40), m.start):
                    crossings = 0   # the share in brackets after its fraction: "đạt 38.460/40.000 người (96,15%) so với chỉ tiêu giao"
                if ind.cue_side == "right" and (crossings or cs - m.after > 30):
                    break
                if not m.is_percent and (opened := ct.find("(", m.after, cs)) >= 0 and ")" not in ct[opened:cs] \
                        and _PARTS_IN_BRACKETS.match(ct, opened):
                    break   # "… là 2.558 người (bắt buộc 1.946 người, tự nguyện 612 người)": the parts' words, not the whole's
                if crossings and own_rate_named and _NEW_RATE.search(ct, m.after, ce):
                    # "tỷ lệ lao động qua đào tạo đạt 71,5%, tỷ lệ bao phủ BHYT đạt trên 91%": a rate named in its
                    # own clause is no rate the next clause names
                    break
                k = (crossings, -prio.get(key, ind.priority), cs - m.after, -(ce - cs))
                if best is None or k < best[0]:
                    best = (k, ind, ct[cs:ce])
    return best


# a predicate alone ("…, đạt 41.260 người"), and an aside set off by dashes before one ("… (cũ) - địa bàn có đông
# đồng bào dân tộc thiểu số - đạt 41.260 người")
_ROUGHLY = r"(?:\s+(?:khoảng|hơn|gần|trên|xấp xỉ))?\s*$"
_PREDICATE_ONLY = re.compile(r"\s*(?:đã\s+|vẫn\s+)?(?:đạt|là|lên tới|có|(?:chỉ\s+)?còn|xuống còn|lên)" + _ROUGHLY)
# a subject and its change before the level ("Số người tham gia BHXH bắt buộc giảm mạnh, chỉ còn 1.012.450 người")
# (and its amount: "Số người tham gia BHXH tự nguyện tăng 96% so với năm 2019, đạt hơn 1,1 triệu người")
_SUBJECT_AND_CHANGE = re.compile(r"[^\d;()]{3,120}?\s(?:tăng|giảm)(?:\s+(?:mạnh|nhanh|nhẹ|sâu|đáng kể))?"
                                 r"(?:\s+(?:(?:khoảng|gần|hơn|trên)\s+)?\d[\d.,]*\s*(?:%|người|tỷ đồng|lần|điểm phần trăm)?)?"
                                 r"(?:\s+so với\s+[^\d;()]{0,30}?(?:(?:19|20)\d{2})?)?\s*,\s*$")
_DASH_ASIDE_PREDICATE = re.compile(r"\s*[-–]\s+[^\d;,()]{3,80}?\s+[-–]\s+(?:đã\s+|vẫn\s+)?(?:đạt|là|lên tới|có)" + _ROUGHLY)
# (an apposition names what the subject's place or body is: "…, địa bàn có đông đồng bào dân tộc thiểu số, …")
_ASIDE_CLAUSE = re.compile(r"\s*(?:là\s+)?(?:địa bàn|nơi|vùng|khu vực|địa phương|đơn vị|một trong)(?!\w)[^\d;()]{3,80}?\s*,\s*$")


def _subject_before_an_aside(doc: "_Doc", lo: int, clause_lo: int, pos: int) -> int:
    """Where a figure's subject may start when an aside stands between it and its predicate: "Số người tham gia
    BHXH tự nguyện tại khu vực Gia Lai, địa bàn có đông đồng bào dân tộc thiểu số, đạt 41.260 người" (the clause
    before the aside); ``clause_lo`` otherwise."""
    ct = doc.cuetext
    if _DASH_ASIDE_PREDICATE.match(ct, clause_lo, pos):
        # (past a place's "(cũ)" too: the brackets are a break of their own)
        before = ct.rfind("(", lo, clause_lo) if ct[lo:clause_lo].rstrip().endswith(")") else clause_lo - 1
        return doc.clause_start(lo, max(lo, before))
    if _PREDICATE_ONLY.fullmatch(ct, clause_lo, pos):
        aside_lo = doc.clause_start(lo, clause_lo - 1)
        if aside_lo > lo and _ASIDE_CLAUSE.fullmatch(ct, aside_lo, clause_lo) and ct[aside_lo - 1] == ",":
            return doc.clause_start(lo, aside_lo - 1)
        if _SUBJECT_AND_CHANGE.fullmatch(ct, aside_lo, clause_lo):
            return aside_lo
    return clause_lo


_OF_THE_POPULATION_RIGHT = re.compile(r"\s*dân số(?!\w)")
def _part_start(doc: "_Doc", sent: Sentence, pos: int) -> int:
    """Where the part of ``sent`` that holds ``pos`` starts: after the last ";" before it, or the sentence's start."""
    return max(sent.start, doc.folded.rfind(";", sent.start, pos) + 1)


def _part_span(doc: "_Doc", sent: Sentence, m: NumberMention) -> tuple[int, int]:
    """The part of ``sent`` between ";" that holds ``m``."""
    end = doc.folded.find(";", m.after, sent.end)
    return _part_start(doc, sent, m.start), sent.end if end < 0 else end


_TAKES_WORD_BEFORE = re.compile(r"(?<!\w)chiếm(?:\s+(?:khoảng|gần|hơn|trên|xấp xỉ))?\s*$")
# the debt is the last subject before the figure (no revenue named since: not "… chậm đóng giảm, tổng thu đạt …, chiếm …")
_LAST_SUBJECT_IS_DEBT = re.compile(r"(?<!\w)(?:chậm đóng|nợ đóng|nợ đọng|số nợ|tiền nợ|nợ bhxh)(?!\w)"
                                   r"(?:(?!(?<!\w)(?:tổng thu|số thu|thu được|thu đạt|tổng số thu)(?!\w)).)*$")
_PLANNED_CODES = ("insurance_revenue", "si_participants", "si_voluntary_participants", "si_compulsory_participants",
                  "hi_participants", "ui_participants")
_REACHED_SINCE = re.compile(r"\s*(?:đồng|người)?\s*,\s*(?:đến nay|tính đến nay|hiện|đến thời điểm này)?\s*(?:đã\s+)?(?:đạt|bằng)\s*"
                            r"(?:khoảng\s*|gần\s*|hơn\s*|trên\s*)?")
# a part opening with the plan a result is measured against, the result after it ("So với kế hoạch được giao, số người
# tham gia BHXH tự nguyện mới đạt 71,4%, …"): the completion of that plan, whatever the subject counts
_PLAN_COMPARED_OPENING = re.compile(r"\s*(?:[-+•*]\s*)?so với\s+(?:kế hoạch|dự toán|chỉ tiêu)(?:\s+(?:[^\s,;.\d]+|\d{4})){0,6}?\s*,")
# (the result is the clause right after the opening: not "So với dự toán chi khám, chữa bệnh BHYT … là 4.920 tỷ đồng, số
# chi 10 tháng đã bằng 87,8%, trong khi thời gian mới đi qua 83,3% của năm")
_CLAUSE_BREAK_OR_SHARE = re.compile(r"[,;:%]")
_STRIVING = re.compile(r"(?<!\w)(?:phấn đấu|sẽ|dự kiến|cần|phải|nhằm)(?!\w)")
_REACHED_RIGHT_BEFORE = re.compile(r"(?<!\w)(?:đạt|mới đạt|chỉ đạt|đã đạt|bằng)(?:\s+(?:khoảng|gần|hơn|trên))?\s*$")
_BARE_PLAN_OPENING = re.compile(r"\s*(?:kế hoạch|chỉ tiêu|dự toán)(?:\s+(?:được\s+)?giao)?(?:\s+năm\s+\d{4})?(?:\s+(?:của|cho)\s+"
                                r"(?:tỉnh|thành phố|huyện|xã|phường|ngành|đơn vị))?(?:\s+(?:được\s+)?giao)?"
                                r"(?:\s+(?:được\s+)?(?:ubnd|hđnd|bhxh việt nam|bhxh)(?:\s+(?:tỉnh|thành phố|huyện|xã))?\s+giao"
                                r"(?:\s+cho\s+(?:tỉnh|thành phố|huyện|xã|phường|ngành|đơn vị))?)?\s+(?:là|:)")
# a sentence of a bare target rate: "Chỉ tiêu năm 2026 tỉnh giao cho xã Mường Nhé là 99%.", "Tỉnh phấn đấu đến cuối năm
# 2025 đạt tỷ lệ 92%." (the rate the sentence before stated)
_BARE_TARGET_BEFORE_A_RATE = re.compile(
    r"\s*(?:(?:kế hoạch|chỉ tiêu)(?:\s+(?:được\s+)?giao)?(?:\s+năm\s+\d{4})?(?:\s+(?:tỉnh|thành phố|huyện)\s+giao)?"
    r"(?:\s+(?:của|cho)\s+(?:tỉnh|thành phố|huyện|xã|phường|ngành|đơn vị)(?:\s+[^\W\d]+){0,3}?)?\s*(?:là|:)"
    r"|(?:(?:tỉnh|thành phố|huyện|xã|phường|đơn vị|ngành)\s+)?(?:phấn đấu|đặt mục tiêu|đề ra mục tiêu)"
    r"(?:\s+(?:đến|trong)\s+(?:cuối\s+|hết\s+)?năm\s+\d{4})?,?\s+(?:đạt\s+)?(?:tỷ lệ\s+)?)"
    r"\s*(?:(?:khoảng|trên|từ|ít nhất)\s+)?")
# participants without their scheme ("số người tham gia vẫn tăng lên 1.112.406 người"), and a scheme's name
_BARE_PARTICIPANTS = re.compile(r"(?<!\w)(?:người|đối tượng|học sinh|sinh viên|hssv|lao động) tham gia(?!\s+(?:bhxh|bhyt|bhtn|bảo hiểm|đóng|ứng cử|bầu|lớp|tập huấn|"
                                r"hội|cuộc|ban|cấp ủy|đoàn|chương trình|giao thông))(?!\w)")
_OWN_BARE_PARTICIPANTS = re.compile(r"\s*(?:người|lao động|đối tượng)\s+tham gia(?!\s+(?:bhxh|bhyt|bhtn|bảo hiểm)(?!\w))(?!\w)")
_SCHEME_NAMED = re.compile(r"(?<!\w)(?:bhxh|bhyt|bhtn|bảo hiểm|tự nguyện|bắt buộc|thẻ)(?!\w)")
# (not the agency: "Theo số liệu của BHXH tỉnh, một số đơn vị có số người tham gia cao gồm:")
_SCHEME_NOT_AN_OFFICE = re.compile(r"(?<!\w)(?:(?:bhxh|bảo hiểm xã hội)(?!" + _OFFICE_AFTER_SCHEME.pattern + r")|bhyt|bhtn|"
                                   r"bảo hiểm(?! xã hội)|tự nguyện|bắt buộc|thẻ)(?!\w)")
_PARTICIPANT_CODES = ("insured_total", "si_participants", "si_compulsory_participants", "si_voluntary_participants",
                      "ui_participants", "hi_participants")
_STAFF_NOUNS = ("cán bộ", "công chức", "viên chức", "nhân viên", "cbcc", "cbccvc", "ccvc", "biên chế",
                # (members of a body: "Ban Chấp hành Đảng bộ BHXH tỉnh … gồm 11 đồng chí")
                "đồng chí", "ủy viên", "cấp ủy viên", "đảng viên", "đại biểu")
_PARTICIPATE_RIGHT = re.compile(r"(?<!\w)(?:tham gia|đóng|có thẻ|được cấp thẻ)(?!\w)")
_OTHER_SCHEMES_COVERAGE_AFTER = re.compile(r"\s*(?:bhxh|bảo hiểm xã hội|bhtn|bảo hiểm thất nghiệp)(?!\w)")
_SCHEME_NAMED_RIGHT = re.compile(r"\s*(?:bhyt|bhtn|bảo hiểm y tế|bảo hiểm thất nghiệp|(?:bhxh|bảo hiểm xã hội)\s+(?:tự nguyện|bắt buộc))(?!\w)")
_OF_A_POPULATION_RIGHT = re.compile(r"\s*(?:dân số|lực lượng lao động)(?!\w)")
_INSURANCE_WORD = re.compile(r"bhyt|bhxh|bảo hiểm|bao phủ|tham gia|thẻ")
# what commercial insurers and banks sell, pay and lend: their premiums, claims and loans are not social insurance's
_COMMERCIAL_INSURANCE_WORDS = ("nhân thọ", "bảo hiểm thương mại", "doanh nghiệp bảo hiểm", "công ty bảo hiểm", "phí bảo hiểm",
                               "tnds", "trách nhiệm dân sự", "xe cơ giới", "bồi thường", "dư nợ")
# (not "trao đổi", a conversation: "Trao đổi với báo chí, … cả nước mới có 18,26 triệu người tham gia BHXH")
_GIFT_LEFT = re.compile(r"(?<!\w)(?:trao tặng|trao(?!\s+đổi)|tặng(?: cho)?)(?!\w)(?!\s+(?:bằng khen|giấy khen|hoa|quà))")
_SOCIAL_INSURANCE = re.compile(r"bhxh|bhyt|bhtn|bảo hiểm xã hội|bảo hiểm y tế|bảo hiểm thất nghiệp|lương hưu|trợ cấp")
_COMMERCIAL_INSURANCE = re.compile(r"(?<!\w)(?:bảo hiểm (?:phi )?nhân thọ|bảo hiểm thương mại|(?:các )?(?:doanh nghiệp|công ty) bảo hiểm(?: nhân thọ| phi nhân thọ)?"
                                   r"|phí bảo hiểm|(?:bảo hiểm )?(?:bắt buộc )?tnds|trách nhiệm dân sự|chủ xe cơ giới|(?:chi |tiền )?bồi thường"
                                   r"|(?:tổng )?dư nợ(?! (?:bhxh|bhyt|bhtn|bảo hiểm)))(?!\w)")
# a literal every _EVENT match contains (one scan of literals rules most texts out before _EVENT is tried)
_EVENT_WORD = re.compile(r"dự|mít tinh|diễu hành|tôn vinh|biểu dương|tuyên dương|khen thưởng|vinh danh|đối thoại|tuyên truyền")
_EVENT = re.compile(r"(?<!\w)(?:tham dự|đến dự|dự (?:buổi|lễ|hội nghị|hội thảo|diễn đàn|họp mặt|gặp mặt|chương trình|lớp)|"
                    r"mít tinh|diễu hành|tôn vinh|biểu dương|tuyên dương|khen thưởng|vinh danh|đối thoại với|tuyên truyền cho)(?!\w)")
# (and both ends of its change: "mức lương cơ sở tăng từ 1,8 triệu đồng lên 2,34 triệu đồng")
_AMOUNT_PER_PERSON_LEFT = re.compile(r"(?<!\w)mức\s+(?:lương(?:\s+cơ sở|\s+tối thiểu(?:\s+vùng)?)?|trợ cấp|hưởng|đóng|hỗ trợ)"
                                     r"(?:\s+(?:mới|hiện hành|là|từ|bình quân|tăng|giảm|(?:được\s+)?điều chỉnh))*"
                                     r"(?:\s+[\d.,]+\s*(?:nghìn|triệu)?\s*(?:đồng)?(?:\s*/\s*tháng)?\s+(?:lên|thành|xuống)(?:\s+mức)?)?\s*$")
# a fund's balance is no money paid or collected: "Quỹ hiện kết dư hơn 59 nghìn tỷ đồng"
_BALANCE_LEFT = re.compile(r"(?<!\w)(?:kết dư|số dư|tồn quỹ|dư quỹ)(?:\s+(?:quỹ|của quỹ|khoảng|hơn|gần|trên|là|đạt|còn|lũy kế))*\s*$")
# "X% dân số là đồng bào dân tộc thiểu số": who the population are, not who is insured
_POPULATION_IS_RIGHT = re.compile(r"\s*dân số\s+(?:là|thuộc|sống)(?!\w)(?!\s+(?:vượt|đạt|cao|thấp|bằng|hoàn thành)(?!\w))")
_PER_PERSON_MAX = 1e8   # a wage, a benefit or a contribution per person is below 100 triệu đồng; a total is above
_DEBT_THRESHOLD_LEFT = re.compile(r"(?<!\w)(?:doanh nghiệp|đơn vị|chủ sử dụng lao động)[^,;]{0,40}?(?:nợ|số tiền)\s+(?:trên|dưới|từ)\s*$")
_RATE_FOR_A_GROUP_RIGHT = re.compile(r"\s*(?:mức đóng\s+)?(?:đối với|với\s+(?:người|đối tượng|hộ|các đối tượng|nhóm))(?!\w)")
# ("chiếm 52% số lao động là nữ" is a share of women; "khoảng 75% lao động là nữ", without its "số", women's share)
_WOMEN_BASE_RIGHT = re.compile(r"\s*(?:(?:(?:trong\s+)?(?:tổng\s+)?số\s+)?(?:lao động nữ|công nhân nữ|nữ công nhân|nữ lao động|"
                               r"phụ nữ|nữ giới|nữ công chức|nữ cán bộ|cán bộ nữ)|(?:trong\s+)?(?:tổng\s+)?số\s+lao động là nữ)(?!\w)")
# (but a body that has a share of women: "phấn đấu có ít nhất 30% nữ cán bộ lãnh đạo, quản lý các cấp")
_HAS_A_SHARE_LEFT = re.compile(r"(?<!\w)có(?:\s+(?:ít nhất|tối thiểu|khoảng|trên|hơn|gần|từ))?\s*$")
# (or of its staff: "phấn đấu đến năm 2025 có 40% nữ công chức cấp xã")
# (its clause ending there: not "… có 100% nữ cán bộ, giáo viên được tham gia BHXH", a share among the women)
_STAFF_BASE = re.compile(r"\s*(?:nữ công chức|nữ cán bộ|cán bộ nữ|nữ viên chức|công chức nữ)(?:\s+cấp\s+[^\W\d]+)?\s*(?:[.;)]|$)")
_ROLE_AFTER_THE_BASE = re.compile(r"\s*(?:lãnh đạo|quản lý|chủ chốt|giữ chức vụ)(?!\w)")   # (not "… công nhân nữ đang ở trọ")
_WOMEN_SUBGROUP_LEFT = re.compile(r"(?<!\w)(?:nữ|phụ nữ|lao động nữ|cán bộ nữ)\s+(?:là\s+)?(?:người\s+)?(?:dtts|dân tộc thiểu số|"
                                  r"đồng bào dân tộc|dân tộc|trẻ tuổi|trẻ|dưới \d+ tuổi|trên \d+ tuổi|đảng viên)(?!\w)"
                                  r"[^,;.%\d]{0,30}(?:chiếm|là|đạt)(?:\s+(?:khoảng|gần|hơn|trên|tới|xấp xỉ))*\s*$")
_AMONG_WOMEN_OPENING = re.compile(r"\s*(?:trong|so với)\s+(?:tổng\s+)?số\s+(?:nữ|phụ nữ|lao động nữ|cán bộ nữ|nữ cán bộ)(?!\w)")
# (a quality some of them have: "Tỷ lệ lao động nữ qua đào tạo đạt 54,3%", "… nữ nông thôn dưới 45 tuổi được tư vấn …")
_RATE_WITHIN_WOMEN_LEFT = re.compile(r"(?<!\w)tỷ lệ\s+(?:lao động nữ|phụ nữ|nữ lao động|công nhân nữ)\s+(?:làm việc|làm công|có|được|"
                                     r"không|chưa|đã|thất nghiệp|thiếu|qua|nông thôn|dưới|trên \d+|tìm được|biết|tiếp cận)(?!\w)[^;.%]*$")
_WOMEN_WHO_RIGHT = re.compile(r"\s+(?:nữ|phụ nữ|cán bộ nữ|lao động nữ|chị em)(?:\s+[^\s\d,;.]+){0,4}?\s+(?:đã\s+)?"
                              r"(?:được(?!\s+(?:bầu|bổ nhiệm|giới thiệu))|tham gia(?!\s+(?:bhxh|bhyt|bhtn|bảo hiểm|cấp ủy|ban))"
                              r"|có trình độ|có bằng)(?!\w)")
# a ratio of women's pay or income to men's ("Thu nhập bình quân của lao động nữ bằng 86% so với lao động nam")
_RATIO_TO_MEN_RIGHT = re.compile(r"\s*(?:so với|của)\s+(?:(?:lao động|người|cán bộ)\s+nam(?!\s+[A-ZĐ\w])|nam giới)(?!\w)")
# a gap to the men's ("thu nhập … của lao động nữ thấp hơn nam khoảng 11,6%")
_GAP_TO_MEN_LEFT = re.compile(r"(?<!\w)(?:cao|thấp|nhiều|ít) hơn\s+(?:so với\s+)?(?:lao động\s+|người\s+)?(?:nam giới|nam)(?!\w)"
                              r"(?:\s+(?:khoảng|gần|hơn|trên))?\s*$")
# a sentence opening with the insured or the paid as its whole ("Trong số người tham gia BHXH tự nguyện, …"; not the
# elected, "Trong số người được bầu, nữ chiếm 30%")
_AMONG_THE_INSURED_OPENING = re.compile(r"\s*(?:trong|trong tổng)\s+số\s+(?:những\s+)?(?:người|lao động)\s+(?:tham gia|hưởng)(?!\w)")
# an employer paying for its workers ("Công ty đóng đầy đủ BHXH, BHYT, BHTN cho 100% người lao động"): its compliance,
# not the coverage of a labour force or population
_EMPLOYER_PAYS_FOR_LEFT = re.compile(r"(?<!\w)đóng(?:\s+đầy đủ|\s+đủ)?(?:\s+(?:các\s+)?(?:bhxh|bhyt|bhtn|bảo hiểm)[^;.\d]{0,40}?)?"
                                     r"\s+cho(?:\s+(?:khoảng|gần|hơn|trên))?\s*$")
_MONEY_OF_THE_CHANGE_BETWEEN = re.compile(r"[^,;.\d]{0,40}?,?\s*tương đương(?:\s+(?:với|khoảng|gần|hơn|trên))*\s*")
# money paid back, not owed ("đã thu hồi số tiền chậm đóng 3.417 tỷ đồng", "các đơn vị đã nộp số tiền nợ 12,5 tỷ đồng"),
# and the units in debt and their share ("Số đơn vị chậm đóng là 1.312/4.870 đơn vị (26,9%)"), no share of what was due
_PAID_BACK_DEBT_LEFT = re.compile(r"(?<!\w)(?<!chưa )(?<!không )(?<!chậm )(?<!chưa thể )(?:thu hồi|truy thu|đã nộp|nộp trả|nộp)\s+(?:được\s+)?(?:số\s+)?(?:tiền\s+)?(?:nợ|chậm đóng)"
                                  r"(?:\s+(?:bhxh|bhyt|bhtn|đọng|kéo dài))*(?:\s+(?:là|khoảng|gần|hơn|trên))?\s*$")
_UNITS_IN_DEBT_LEFT = re.compile(r"(?<!\w)(?:số|tỷ lệ)\s+(?:các\s+)?(?:đơn vị|doanh nghiệp)\s+(?:chậm đóng|nợ|còn nợ)(?!\w)[^,;%]{0,40}$")
# a part of a whole named by something else than its women ("41 nữ Chủ tịch UBND cấp xã; trong đó người dân tộc thiểu
# số chiếm 78%", "… trong đó TP Hồ Chí Minh chiếm khoảng 20%" of the country's insured) or by what its members have or do
# ("trong đó 60% có trình độ thạc sĩ"), and the men's figure beside the women's ("… thấp hơn của nam (65,7%)"): no share
# of the catalogue (not "trong đó nữ chiếm 40%", "trong đó 35% là nữ", nor a rate of a population, "… chiếm 92% dân số")
_PART_SHARE_LEFT = re.compile(r"(?<!\w)(?:trong đó|trong số đó|trong số này)\s*,?\s*(?P<subject>[^,;%\d]{2,60}?)\s+chiếm"
                              r"(?:\s+(?:khoảng|gần|hơn|trên|tới|đến))*\s*$")
_BASE_OF_A_RATE_AFTER = re.compile(r"\s*(?:so với\s+)?(?:dân số|lực lượng lao động|lllđ|lao động trong độ tuổi)(?!\w)")
_PART_SHARE_WITH_A_TRAIT_LEFT = re.compile(r"(?<!\w)(?:trong đó|trong số đó|trong số này)\s*,?\s*(?:có\s+)?(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?$")
_TRAIT_RIGHT = re.compile(r"\s*(?:số\s+[^\s,;]+\s+)?(?:có|được|đã|thuộc|sống|làm|là người|là đảng viên|đạt|từ|dưới|trên)(?!\w)")
_MENS_FIGURE_LEFT = re.compile(r"(?<!\w)(?:của|ở|với)\s+(?:lao động\s+|người\s+)?nam(?:\s+giới)?\s*(?:\(\s*|là\s+|:\s*)$")
# the pool of cadres planned for future posts ("Trong quy hoạch Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2030 - 2035, cán bộ nữ
# chiếm 31,5%", "tỷ lệ cán bộ nữ trong quy hoạch cấp ủy đạt 30%"): candidates for promotion, no workforce, body or election
# (not "đã giới thiệu 215 cán bộ nữ vào quy hoạch, trong đó 76 người được bổ nhiệm": those appointed after it)
_IN_THE_PLANNING_POOL_LEFT = re.compile(r"(?<!\w)trong\s+(?:danh sách\s+|diện\s+|nguồn\s+)?quy hoạch(?!\w)"
                                        r"(?!\s*[-–]?\s*kiến trúc|\s+(?:tỉnh|chung|xây dựng|sử dụng đất|phát triển)(?!\w))[^;.]{0,90}$")
# people who came back to the scheme after a benefit ("gần 5,2 triệu người hưởng BHXH một lần, trong đó hơn 1,2 triệu
# người đã quay lại tham gia hệ thống"): a flow between two states, neither the recipients nor the insured
_RETURNED_RIGHT = re.compile(r"\s*(?:lượt\s+)?(?:người|lao động)?(?:\s+lao động)?\s*(?:sau đó\s+|sau khi (?:hưởng|rút)[^,;.\d]{0,30}?\s+)?"
                            r"(?:đã\s+|đã\s+có\s+)?(?:quay lại|quay trở lại|trở lại)\s+(?:tham gia|đóng)(?!\w)")
_SHARE_OF_PEOPLE_WHO_RIGHT = re.compile(r"\s*(?:tổng\s+)?số\s+(?:người|lượt người|lao động)\s+(?:đã\s+)?(?:tham gia|hưởng|được|bị|nhận|đăng ký|nộp)(?!\w)")
# a count of places, then what each of them has, for a count what _PLACES_COUNT_VERB_LEFT (below) is for a rate: "5/26 đơn
# vị bầu cử chỉ có 1 người ứng cử là nữ", "3 địa phương chỉ có 1 đại biểu nữ" (a part of them, or each "chỉ/đều có"; not
# the total of several, "trên địa bàn 3 tỉnh có 4,1 triệu người")
_PLACES_COUNT_HAVING_LEFT = re.compile(
    # (a pair of unit nouns: "14/16 sở, ngành có ít nhất 1 nữ lãnh đạo"; a delegation: "2 đoàn đại biểu chỉ có 1 đại biểu nữ")
    # (not the units a count is among: "trong 21 sở, ngành chỉ có 3 nữ giám đốc sở")
    r"(?<![\d.,])(?<!năm )(?<!địa bàn )(?<!trong )(?<!trong số )(?<!tổng số )(?:\d+/\d+\s+(?:đơn vị(?: bầu cử)?|địa phương|tỉnh|thành phố|xã|phường|huyện|cơ quan|"
    r"sở|bộ|trường|doanh nghiệp|đoàn(?: đại biểu)?)(?![\w/])(?:,\s*(?:ngành|đơn vị|địa phương|phường|cơ quan|thành phố))?"
    r"[^,;.\d]{0,30}?\s+(?:chỉ|đều|vẫn|mới|cũng)?|"
    r"\d+\s+(?:đơn vị(?: bầu cử)?|địa phương|tỉnh|thành phố|xã|phường|huyện|cơ quan|sở|bộ|trường|doanh nghiệp|đoàn(?: đại biểu)?)"
    r"(?![\w/])(?:,\s*(?:ngành|đơn vị|địa phương|phường|cơ quan|thành phố))?[^,;.\d]{0,30}?\s+(?:chỉ|đều|mới))"
    r"\s*có\s+(?:từ\s+|trên\s+|dưới\s+|ít nhất\s+)?$")
_PLACES_COUNT_VERB_LEFT = re.compile(r"(?<!\w)(?<![-–/]\s)(?!(?:19|20)\d{2}(?!\d))[\d.]+(?P<of>\s*/\s*[\d.]+)?\s+(?:\w+\s+)?(?:xã|phường|huyện|tỉnh|địa phương|đơn vị|cơ quan|doanh nghiệp|"
                                     r"trường|chi bộ|đảng bộ|sở|ngành|bộ|khu phố|thôn|ấp|bản|khóm|tổ dân phố|cơ sở giáo dục|cơ sở)"
                                     r"(?:,?\s*(?:xã|phường|thị trấn|thị xã|thành phố|huyện|quận))*(?:\s+trên địa bàn(?:\s+(?:tỉnh|thành phố|huyện))?)?"
                                     r"\s+(?:đã\s+|chưa\s+|không\s+)?(?:đạt|hoàn thành|vượt|(?(of)có|(?!)))(?:\s+(?!chiếm\b)[^\s\d,;.]+){0,8}?\s*$")
_POPULATION_LEFT = re.compile(r"(?<!\w)(?:quy mô\s+)?dân số(?:\s+(?:toàn tỉnh|của tỉnh|tỉnh|trung bình))?"
                              r"(?:\s+(?:là|có|khoảng|gần|hơn|trên|xấp xỉ|đạt|ước))*\s*$")
_REFUSAL_WORDS = ("từ chối", "xuất toán", "giảm trừ", "không thanh toán")
_REFUSED_BEFORE = re.compile(r"(?<!\w)(?:từ chối|xuất toán|giảm trừ|không thanh toán)(?!\w)"
                             r"(?:(?!(?<!\w)(?:chi|thu|đạt|là|tổng|được)(?!\w))(?:[^;.]|(?<=\d)\.(?=\d)))*$")
_PER_DAY_WORDS = ("ngày", "lúc", "thời điểm")
_PER_DAY_LEFT = re.compile(r"(?<!\w)(?:có ngày|có lúc|có thời điểm|mỗi ngày|một ngày|ngày cao điểm)(?!\w)[^,;.]{0,40}$")
_PART_OF_THE_DEBT_LEFT = re.compile(r"(?:(?<!\w)(?:trong đó|trong số[^,;]{0,30}?(?:này|đó)|riêng)\s*,?\s*|(?<=; )|(?<=: ))"
                                   r"(?:số\s+)?(?:tiền\s+)?nợ\s+"
                                   r"(?:kéo dài|khó thu|đọng|từ \d+ tháng|quá hạn|của (?:các |khối )?(?:doanh nghiệp|đơn vị|khu vực))"
                                   r"[^;,]{0,40}?\s+chiếm(?:\s+(?:tới|đến|khoảng|gần|hơn|trên))*\s*$")
_OF_WHAT_WAS_DUE_RIGHT = re.compile(r"\s*(?:so với\s+)?(?:(?:tổng\s+)?số\s+phải\s+(?:thu|đóng)|tổng (?:số )?thu|kế hoạch thu|dự toán thu|số thu)")
_ONE_IN_EVERY_LEFT = re.compile(r"(?<!\w)cứ\s+(?:\d+|[^\W\d]+)\s+[^.;]{0,60}?\s+thì(?:\s+(?:có|lại có))?(?:\s+(?:khoảng|gần|hơn|chừng))?\s*$")
_SHARE_OF_THE_DEBT_RIGHT = re.compile(r"\s*(?:tổng\s+)?(?:số\s+)?(?:tiền\s+)?(?:nợ|chậm đóng)(?!\w)")
_PER_TIME_RIGHT = re.compile(r"\s*/\s*(?:ngày|tháng|năm|người)(?!\w)")
# the interest charged is what the figure measures: not "Tổng số nợ (bao gồm cả tiền lãi chậm đóng) là …"
_INTEREST_LEFT = re.compile(r"(?<!\w)(?<!kể cả )(?<!bao gồm )(?<!bao gồm cả )(?<!tính cả )(?<!chưa tính )(?<!không tính )"
                            r"(?:tiền lãi|số lãi|lãi chậm đóng|lãi phạt|lãi suất)(?!\w)[^.;,()]{0,40}$")
_RECOVERED_LEFT = re.compile(r"(?<!\w)(?:thu hồi|truy thu|đã nộp|nộp|(?<!chi )(?:đã trả|trả được|trả nợ))"
                             r"(?:\s+(?:được|trả|nợ|số nợ|tiền nợ|nợ đọng))*\s*(?:được\s*)?(?:hơn\s*|gần\s*|khoảng\s*)?$")
_FINE_LEFT = re.compile(r"(?<!\w)(?:tiền phạt|bị phạt|xử phạt|phạt tiền|mức phạt|phạt)(?:\s+(?!nợ\b)[^\s\d,;.]+){0,3}?\s*$")
_RANGE_START_RIGHT = re.compile(r"\s*(?:nghìn|triệu|tỷ|tỉ)?\s*(?:đồng|người|%)?\s*(?:đến|tới)\s+(?:dưới\s+|không quá\s+)?\d")
# (not a change's levels: "đã tăng từ 12.000 người đến hơn 25.000 người")
_RANGE_END_LEFT = re.compile(r"(?<!\w)(?<!tăng )(?<!giảm )từ\s+[\d.,]+\s*(?:nghìn|triệu|tỷ|tỉ)?\s*(?:đồng|người|%)?\s*(?:đến|tới)\s+"
                             r"(?:dưới\s+|không quá\s+|hơn\s+|trên\s+|gần\s+|khoảng\s+)?$")
_DEBT_BEFORE_PAID = re.compile(r"(?<!\w)(?:chậm|trốn|nợ|dừng|ngừng)(?:\s+[^\W\d]+){0,2}?\s+đóng(?:\s+[^\W\d]+)?\s*$")   # ("tỷ lệ nợ phải đóng")
_CONTRIBUTES_LEFT = re.compile(r"(?<!\w)đóng(?:\s+(?:thêm|bằng|là|tối đa|tối thiểu))?\s*$")
_CONTRIBUTION_RATE_LEFT = re.compile(r"(?<!\w)mức đóng(?:\s+[^\s\d,;.]+){0,4}?\s*$")
_CAP_LEFT = re.compile(r"(?<!\w)(?:tối đa|không quá|mức phạt(?:\s+\w+){0,3}?|"
                       r"phạt(?:\s+tiền)?(?:\s+từ\s+[\d.,]+\s*(?:nghìn|triệu|tỷ|tỉ)?\s*(?:đồng)?)?\s+(?:đến|tới|lên đến))"
                       r"\s*(?:là\s*)?(?:không quá\s*)?$")
# (past the share in brackets: "có 7/41 (17,07%) ủy viên là nữ")
_ARE_WOMEN_AFTER = re.compile(r"(?:\s*\([\d.,\s%]{1,12}\))?[^.;:\d]{0,60}?\s(?:là|đều là)\s+(?:nữ|phụ nữ)(?!\w)")
_BASE_OF_A_RATE_RIGHT = re.compile(r"(?<=%)\s*(?:dân số|lực lượng lao động(?:\s+trong độ tuổi(?:\s+lao động)?)?)(?!\w)")
_WOMEN_OF_THE_POPULATION_LEFT = re.compile(r"(?<!\w)(?:phụ nữ|nữ giới|dân số nữ)(?!\w)[^,;.\d]{0,30}(?<!\w)chiếm(?:\s+(?:khoảng|gần|hơn|trên))?\s*$")
_PLACES_MEETING_LEFT = re.compile(r"(?<!\w)(?:nhiều|một số|các|những|hầu hết|đa số|(?!(?:19|20)\d\d\s)\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|"
                                  r"cả hai|cả ba)\s+(?:đoàn|tỉnh|địa phương|đơn vị|cơ quan|"
                                  r"bộ|sở|ngành|xã|phường|huyện|trường|doanh nghiệp|nơi)(?!\w)[^,;]{0,60}(?<!\w)(?:trên|dưới|từ|hơn|vượt)\s*$"
                                  r"|(?<!\w)có\s+nơi(?!\w)[^,;]{0,60}(?<!\w)(?:trên|dưới|từ|hơn)\s*$")   # ("Có những nơi đạt trên 30% …")
_PAID_BY_RIGHT = re.compile(r"\s*(?:là\s+|được\s+)?do\s+(?:ngân sách|nhà nước|người lao động|người sử dụng lao động|quỹ|chính quyền)(?!\w)")
_OPEN_PARENTHESIS_ONLY = re.compile(r"\s*(?:người|lượt người|lượt|thẻ|đồng|%)?\s*\(\s*")
_SERIES_NEXT = re.compile(r"\s*(?:người|%|tỷ đồng)?\s*\(?(?:năm|vào năm|cuối năm)\s+\d{4}\)?\s*(?:,|và|,\s*và)\s*")
# the next time of a series of levels, with nothing but its time before its figure ("…; hết tháng 8 là 96.730 người")
_NEXT_TIME_OF_A_SERIES = re.compile(r"\s*(?:người|%|tỷ đồng|lượt|thẻ)?\s*[;,]\s*(?:và\s+)?(?:(?:đến|tính đến)\s+)?(?:hết|cuối)?\s*"
                                    r"(?:tháng\s+\d{1,2}(?:/\d{4})?|quý\s+(?:[ivx]+|\d)(?:/\d{4})?|năm\s+\d{4}|"
                                    r"ngày\s+\d{1,2}/\d{1,2}(?:/\d{4})?|\d{1,2}/\d{4})\s*(?:,\s*)?(?:là|đạt|lên|tăng lên|còn)\s+"
                                    r"(?:(?:khoảng|gần|hơn|trên)\s+)?")
_FROM_TO_SAID = re.compile(r"(?<!\w)từ\s+\d[\d.,]*[^;.]{0,50}?(?<!\w)(?:lên|xuống)(?!\w)")
_FROM_TO = re.compile(r"(?<!\w)(?:tăng|giảm|nâng|đi)\s+(?:từ)\s*$|(?<!\w)từ\s*$")
_TO_LEVEL = re.compile(r"\s*(?:người|%)?\s*(?:\([^()]{0,30}\)|(?:năm|vào năm)\s+\d{4})?\s*(?:lên|xuống|thành|đến|tới)\s+(?:mức\s+)?")
# ("…, trong đó khám chữa bệnh BHYT là 2,84 triệu lượt", "…, trong đó có 932.800 lượt KCB BHYT")
_WOMEN_COUNT_NEXT = re.compile(r"[^\d;.]{0,25}?(?:\s[-–]|[(,;])\s*(?:trong đó\s+)?(?:có\s+)?(?:nữ|phụ nữ)\s*(?:là\s+|có\s+)?\d")
# a value someone proposes a measure be raised or lowered to (not a body striving for it: "đề nghị các địa phương phấn đấu
# nâng tỷ lệ bao phủ lên 95%" sets a target)
_PROPOSED_LEFT = re.compile(r"(?<!\w)(?:đề nghị|đề xuất|kiến nghị)(?:\s+(?!phấn đấu|đạt|hoàn thành)[^\s,;.\d]+){0,12}?\s+"
                            r"(?:lên|xuống|thành)(?:\s+(?:mức|khoảng|tối thiểu|ít nhất))?\s*$")
# "1.600 công nhân - phần lớn là nữ -": the whole, said to be mostly women, not a count of women
_MOSTLY_WOMEN_NEXT = re.compile(r"(?:(?!nữ)[^\d;.]){0,25}?(?:\s[-–]|[(,])\s*(?:mà\s+|trong đó\s+)?(?:phần lớn|phần đông|đa số|đại đa số|"
                                r"chủ yếu|hầu hết)(?:\s+(?:trong số đó|trong số này|trong đó|số đó))?\s+(?:đều\s+)?là\s+"
                                r"(?:nữ|phụ nữ|lao động nữ|chị em)(?!\w)")
_ALL_VISITS_RIGHT = re.compile(r"[^.;\d]{0,40}?trong đó(?:[^.;]|\.(?=\d)){0,45}?(?:bhyt|bảo hiểm y tế)(?!\w)")
_RATIO_BEFORE = re.compile(r"(?<!\w)cứ\s+\d[\d.,]*\s+[^;.]{0,60}?(?:thì|có)\s+(?:(?:hơn|gần|khoảng|chỉ|chưa đến|trên|có)\s+)*$")
_EACH_HAS_LEFT = re.compile(r"(?<!\w)mỗi\s+[^;.]{0,40}?(?:có|gồm|bố trí)\s+(?:(?:ít nhất|tối thiểu|từ|không dưới)\s+)?$")
_EVERY_RIGHT = re.compile(r"(?<!\w)thì(?!\w)")
# (and a threshold: "cao hơn ngưỡng 3% được coi là an toàn")
_RATE_LEVEL_LEFT = re.compile(r"(?<!\w)(?:mức\s+(?:tối thiểu|tối đa|quy định|sàn|trần|bình quân)|ngưỡng(?:\s+(?:an toàn|tối thiểu|tối đa))?)"
                              r"\s*(?:là\s*)?$")
# a rate's same figure in đồng after its base: "… 3,36% số phải thu, tương ứng 3.642 tỷ đồng"
# (or "…, với số tiền 78,6 tỷ đồng", "tương ứng số tiền …")
_EQUIVALENT_AMOUNT = re.compile(r"\s*(?:số phải thu|tổng số phải thu|số phải đóng)?(?:\s+[^\W\d]+){0,3}?\s*[,(]?\s*"
                                r"(?:(?:tương ứng|tương đương)(?:\s+(?:với|là))?(?:\s+số tiền)?|với số tiền)"
                                r"(?:\s+(?:khoảng|gần|hơn|trên))?\s*")
_EQUIVALENT_OF_A_CHANGE = re.compile(r"\s*(?:so với[^,;()\d]{0,30})?[,(]?\s*(?:tương ứng|tương đương|tức là|tức)(?:\s+(?:với|là))?"
                                     r"(?:\s+(?:khoảng|gần|hơn|trên|thêm))?\s*")
# (or a link to a level, "đạt", "chiếm", "là"; or a new rate's subject after a ";": "vượt 0,87% so với dự toán; tỷ lệ nợ
# chỉ còn 2,6% số phải thu")
_DIGIT_OR_LINK = re.compile(r"\d|(?<!\w)(?:đạt|chiếm|là)(?!\w)|;\s*(?:tỷ lệ|tỉ lệ|số)(?!\w)")
_AND_MORE_OF_THE_SAME = re.compile(r"[^,;.()\d]{0,60}?\s+và\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?$")
_OPEN_PAREN_END = re.compile(r"\(\s*$")
_UP_DOWN_RIGHT = re.compile(r"^[^,;.]{0,40}?(?<!\w)trở (?:lên|xuống)(?!\w)")
_TAKES_WORD_END = re.compile(r"(?<!\w)chiếm\s+\w+\s*$")


# (not "Nếu tính cả BHXH tự nguyện, …", a total, nor "Nếu như năm 2015 … thì đến nay …", a comparison)
# (and a speaker's example: "Ông lấy ví dụ: \"Nếu một đơn vị bầu cử có 5 người ứng cử …\"")
_HYPOTHESIS_OPENING = re.compile(r"[\s\"“”'(\-–]*(?:nếu|giả sử|giả định|chẳng hạn|ví dụ)(?!\s+như\s+(?:năm|trước|trước đây|nhiệm kỳ))"
                                 r"(?!\s+(?:tính|cộng|so))(?!\w)|[^.:;\d]{0,40}?(?<!\w)(?:lấy|nêu|đưa ra)\s+(?:một\s+)?ví dụ\s*:")
_SUPPOSED = re.compile(r"(?<!\w)(?:nếu|giả sử|giả định)(?!\w)")


def _real_example(doc: "_Doc", sent: Sentence, hypothesis: re.Match) -> bool:
    """An example of something that happened, which names its place ("Chẳng hạn, Đoàn đại biểu Quốc hội tỉnh Thái
    Nguyên có 4/7 đại biểu là nữ"), not a worked one ("Ví dụ, một người có mức lương 10 triệu đồng …")."""
    return hypothesis.group(0).lstrip(_OPENING_MARKS).startswith(("chẳng hạn", "ví dụ")) \
        and not _SUPPOSED.search(doc.folded, sent.start, sent.end) \
        and any(g[2] in ("province", "area") for g in _items_in(doc.geo_starts, doc.geo, sent.start, sent.end))


_CARRIED_ON = re.compile(r"(?<!\w)(?:duy trì|giữ nguyên|giữ vững|tiếp tục)\s+(?:tốc độ|đà|mức|xu hướng|nhịp)(?!\w)")
_FORECAST_WORDS = ("dự báo", "kịch bản", "mô hình", "có thể", "ước tính đến")
_FORECAST = re.compile(r"(?<!\w)(?:dự báo|kịch bản|theo mô hình|kết quả mô hình|có thể (?:lên (?:tới|đến)|đạt|vượt|tăng|giảm|chạm)|"
                       r"ước tính đến năm)(?!\w)")
_WILL = re.compile(r"(?<!\w)sẽ(?!\w)")
_OPENING_MARKS = " \"“”'(-–"
_COMMITMENT = re.compile(r"(?<!\w)(?:phấn đấu|chỉ tiêu|mục tiêu|được giao|giao cho|kế hoạch năm)(?!\w)")
# the units a criterion of "at least one" is set for: a share of them, or every level's or kind's
_UNITS_OF_A_CRITERION = re.compile(r"\d\s*%\s+(?:số\s+)?(?:các\s+)?(?:cơ quan|đơn vị|xã|phường|địa phương|cấp ủy|bộ|ngành|sở|huyện|tỉnh)(?!\w)"
                                   r"|(?<!\w)(?:các cấp|các (?:cơ quan|đơn vị|xã|phường|địa phương|bộ|ngành|sở|cấp ủy))(?!\w)")
_AT_LEAST_LEFT = re.compile(r"(?<!\w)(?:ít nhất|tối thiểu|không dưới)(?:\s+(?:là|bằng|đạt))?\s*$")
# (or an obligation: "danh sách … bắt buộc phải có tối thiểu 35% là nữ"; not "BHXH bắt buộc", compulsory insurance,
# nor a target's "phải có")
_BY_LAW = re.compile(r"(?<!\w)(?:theo quy định|quy định của|luật|yêu cầu|bắt buộc phải)(?!\w)")
_AGE_LEFT = re.compile(r"(?<!\w)(?<!độ )tuổi(?:\s+[^\s\d,;.]+){0,6}?\s+(?:là|từ|đủ)\s*$")
_FOR_EACH_RIGHT = re.compile(r"[^,;.]{0,40}?(?<!\w)(?:tại|ở|cho|trong)\s+mỗi(?!\w)")
_PER_UNIT_RIGHT = re.compile(r"\s*(?:đồng|đ|vnđ)?\s*/\s*(?:lượt|người|tháng|năm|ca|thẻ|bệnh nhân|hồ sơ|ngày|suất|học sinh)(?!\w)")
_PER_CASE_LEFT = re.compile(r"(?<!\w)(?:bình quân|trung bình)(?:\s+[^\s\d,;.]+){0,3}?\s+(?:một|mỗi|1)\s+"
                            r"(?:lượt|người|bệnh nhân|người bệnh|ca|thẻ|hồ sơ)(?!\w)"
                            r"|(?<!\w)(?:một|mỗi)\s+(?:bệnh nhân|người bệnh|ca bệnh|trường hợp)(?!\w)")


# an age with no noun of its own after a word of age: "… do hạ độ tuổi từ 80 xuống 75", "tuổi nghỉ hưu là 62"
_AGE_BEFORE = re.compile(r"(?<!\w)(?<!cao )tuổi[^\d,.;:]{0,25}?(?:\d+[^\d,.;:]{0,12})?$")


_REQUIREMENT_RIGHT = re.compile(r"\s*(?:là|được coi là|được xem là)\s+(?:yêu cầu|quy định|mức tối thiểu|mức sàn)(?!\w)")
_NUMBERED_THING_LEFT = re.compile(r"(?<!\w)(?:quốc lộ|tỉnh lộ|đường tỉnh|đường huyện|đường|tuyến|km|ql|dt|đt|"
                                  r"(?:điểm giao dịch|tổ dân phố|tổ|khu phố|khu|ấp|thôn|xóm|bản|lô|phòng|nhà|phiếu|mẫu)\s+số|"
                                  r"số nhà)\s*$")
# an operator of a worked calculation before or after a figure, and the number of an example or a case
_TIMES_LEFT = re.compile(r"(?:[×*]|(?<![^\W\d])x)\s*$")
_OPERATOR_RIGHT = re.compile(r"\s*(?:%|đồng|người)?\s*([=×*]|x(?![^\W\d]))")
_EQUALS_LEFT = re.compile(r"=\s*$")
_TIMES = re.compile(r"[×*]|(?<![^\W\d])x(?![^\W\d])")


def _in_a_formula(ct: str, m: NumberMention, left: str) -> bool:
    """Whether ``m`` is a term of a worked calculation: a factor of a product ("45% x 6.200.000"), or the result of one
    ("= 2.790.000 đồng"). Not a share worked out of a fraction, "9/53 = 16,98%", "802.512/842.980 người = 95,2%"."""
    if _TIMES_LEFT.search(left):
        return True
    op = _OPERATOR_RIGHT.match(ct, m.after)
    if op is not None and op.group(1) != "=":
        return True
    if op is not None or _EQUALS_LEFT.search(left):
        return bool(_TIMES.search(ct, max(0, m.start - 40), min(len(ct), m.after + 40)))
    return False


_EXAMPLE_LABEL_LEFT = re.compile(r"(?:^|[.:;\n]\s*)(?:ví dụ|trường hợp|bước|cách)\s*$")


# the debtors' share: of a count of them ("512/748 đơn vị nợ đã khắc phục (68,4%)") or among them ("Trong số các đơn vị
# nợ, khối doanh nghiệp ngoài quốc doanh chiếm tới 71%")
_DEBTORS_SHARE_LEFT = re.compile(r"(?:\d[\d.]*\s*/\s*\d[\d.]*\s+(?:đơn vị|doanh nghiệp)\s+(?:nợ|chậm đóng|còn nợ)[^.;()\d]{0,40}?\(\s*"
                                 r"|(?<!\w)trong số (?:các\s+)?(?:đơn vị|doanh nghiệp)\s+(?:nợ|chậm đóng)\s*,[^.;\d]{0,60}?"
                                 r"chiếm(?:\s+tới)?\s*)$")
# (not a rate of its own base after it: "… chiếm 1,9% kế hoạch giao", "… 3,2% số phải thu")
_DEBTS_OWN_BASE = re.compile(r"\s*%?\s*(?:\)\s*)?(?:so với\s+)?(?:kế hoạch|dự toán|chỉ tiêu|số phải thu|tổng số phải thu|tổng thu|số thu)(?!\w)")
_SURVEY_WORD = re.compile(r"(?<!\w)(?:khảo sát|điều tra|thăm dò|phỏng vấn|được hỏi)(?!\w)")
# the people a survey asked: "Một khảo sát nhanh của Hội LHPN tỉnh với 350 nữ cán bộ cấp xã", "khảo sát trên 500 phụ nữ"
# (its words no verb of a finding: not "khảo sát của BHXH tỉnh cho thấy toàn tỉnh có trên 126.000 người")
_SURVEY_SAMPLE_LEFT = re.compile(r"(?<!\w)(?:khảo sát|điều tra|thăm dò|phỏng vấn)"
                                 r"(?:\s+(?!(?:có|đạt|là|còn|cho|thấy)(?!\w))[^\s\d,;.]+){0,8}?\s+(?:với|trên|đối với)"
                                 r"(?:\s+(?:khoảng|gần|hơn|trên))?\s*$")
# what those asked said or feel: "64% lo ngại …", "41% cho biết …", "70% (số người được hỏi) chưa từng …"
_RESPONDENTS_SAY_RIGHT = re.compile(r"\s*(?:\(?(?:số\s+)?(?:người|ý kiến)\s+(?:được hỏi|trả lời)\)?\s*)?"
                                    r"(?:lo ngại|lo lắng|e ngại|cho biết|cho rằng|mong muốn|muốn|đồng ý|tán thành|ủng hộ|"
                                    r"thừa nhận|bày tỏ|chưa từng|không biết|chưa biết|biết|hài lòng|không hài lòng)(?!\w)")


# cards shown in an app, not issued (unless the clause says they were: "đã cấp 64,1 triệu thẻ BHYT điện tử được tích
# hợp trên ứng dụng VssID")
_IN_AN_APP = re.compile(r"(?<!\w)(?:được\s+|đã được\s+)?(?:đồng bộ|tích hợp|xác thực|hiển thị)(?!\w)")
_INTO_AN_APP_LEFT = re.compile(r"(?<!\w)(?:đồng bộ|tích hợp|xác thực)\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$")
_ISSUED_IN_CLAUSE = re.compile(r"(?<!\w)(?:cấp|phát hành|in)(?!\w)")


# a level a rule requires, before its figure ("… phải đạt từ 95% trở lên", "… phải trên 97%"), in a sentence about a
# standard or a rule, not one that sets a target ("phấn đấu …")
_MUST_LEFT = re.compile(r"(?<!\w)phải\s+(?:(?:đạt|bảo đảm|đảm bảo|có|là)\s+)?(?:(?:từ|trên|ít nhất|tối thiểu|không dưới)\s+)?$")
_CRITERION_WORD = re.compile(r"(?<!\w)(?:chuẩn|tiêu chí|điều kiện|quy định|hướng dẫn|luật|nghị định|thông tư|bắt buộc)(?!\w)")
_STRIVING_WORD = re.compile(r"(?<!\w)(?:phấn đấu|mục tiêu|chỉ tiêu|kế hoạch|quyết tâm)(?!\w)")


def _excluded(doc: _Doc, m: NumberMention, sent: Sentence, prev: "_Hit | None") -> str:
    ct = doc.cuetext
    left = ct[max(sent.start, m.start - 120):m.start]
    right = ct[m.after:min(sent.end, m.after + 60)]
    if not m.noun_class and not m.is_percent and not m.is_money and "tuổi" in left \
            and _AGE_BEFORE.search(doc.folded, max(sent.start, m.start - 45), m.start):
        return "threshold"   # an age (a legal threshold), not a count
    if m.is_percent and _REQUIREMENT_RIGHT.match(ct, m.after) and not _REACHED_RIGHT_BEFORE.search(left):
        return "threshold"   # "tỷ lệ 35% là yêu cầu bắt buộc đối với danh sách chính thức …": a legal floor
    if m.is_percent and "phải" in left and _MUST_LEFT.search(left) \
            and _CRITERION_WORD.search(doc.folded, sent.start, m.start) and not _STRIVING_WORD.search(doc.folded, sent.start, m.start):
        return "threshold"   # "Để đạt chuẩn nông thôn mới, tỷ lệ người dân tham gia BHYT phải đạt từ 95% trở lên": a criterion
    if not (m.noun_class or m.is_percent or m.is_money) and _NUMBERED_THING_LEFT.search(left):
        return "other"   # the number of a road, a counter or a hamlet: "tuyến đường tỉnh 538", "điểm giao dịch số 3"
    if ("khảo sát" in left or "điều tra" in left or "thăm dò" in left or "phỏng vấn" in left) \
            and not m.is_money and _SURVEY_SAMPLE_LEFT.search(left):
        return "other"   # "Một khảo sát nhanh … với 350 nữ cán bộ cấp xã cho thấy …": the survey's sample
    if m.is_percent and _RESPONDENTS_SAY_RIGHT.match(ct, m.after) \
            and _SURVEY_WORD.search(doc.folded, max(0, doc.paragraph_start(sent)), m.start):
        return "other"   # "… cho thấy 64% lo ngại về việc đi lại": a share of those asked, not of a population
    if m.is_percent and ("đơn vị" in left or "doanh nghiệp" in left) and _DEBTORS_SHARE_LEFT.search(left) \
            and not _DEBTS_OWN_BASE.match(doc.folded, m.after):
        return "places"   # "512/748 đơn vị nợ đã khắc phục (68,4%)", "Trong số các đơn vị nợ, khối doanh nghiệp … chiếm
        #                   tới 71%": a share of the debtors, not the debt's share of what was due
    if _in_a_formula(ct, m, left) or _EXAMPLE_LABEL_LEFT.search(left):
        return "other"   # a term of a worked formula ("= 45% x 6.200.000 = 2.790.000 đồng"), an example's number ("Ví dụ 1:")
    if doc.commercial_insurance and _COMMERCIAL_INSURANCE.search(doc.folded, sent.start, sent.end) and not _SOCIAL_INSURANCE.search(
            doc.folded, doc.clause_start(max(sent.start, m.start - 120), m.start), doc.clause_end(m.after, sent.end)):
        # a sentence about commercial insurance or loans, the figure's clause naming no social insurance ("… chi trả
        # quyền lợi bảo hiểm hơn 70.000 tỷ đồng", "quản lý tổng nguồn vốn 17.860 tỷ đồng, tổng dư nợ …")
        return "other"
    if m.noun_class == "card" and not m.is_percent and (
            _IN_AN_APP.search(doc.folded, m.after, doc.clause_end(m.after, sent.end))
            or _INTO_AN_APP_LEFT.search(doc.folded, max(sent.start, m.start - 30), m.start)) \
            and not _ISSUED_IN_CLAUSE.search(doc.folded, doc.clause_start(sent.start, m.start), m.start):
        return "other"   # "1.105.342 thẻ BHYT được đồng bộ", "… đã được tích hợp, hiển thị trên ứng dụng VNeID": in an app, not issued
    if m.noun_class in ("card", "person") and not m.is_percent and ("tặng" in left or "trao" in left):
        part_left = doc.folded[max(m.start - 120, _part_start(doc, sent, m.start)):m.start]
        if _GIFT_LEFT.search(part_left):
            return "other"   # "trao tặng 2.500 thẻ BHYT …", "mua thẻ BHYT tặng 1.800 học sinh nghèo": gifts, not cards issued or insured
    if m.is_percent and _PER_TIME_RIGHT.match(doc.folded, m.after):
        return "other_rate"   # "0,03%/ngày": an interest or a fee rate
    if m.is_money and (_PER_UNIT_RIGHT.match(doc.folded, m.end) or _PER_CASE_LEFT.search(
            doc.folded, _part_start(doc, sent, m.start), m.start)):
        # "có nơi lên tới 7,9 triệu đồng/lượt", "chi phí bình quân một lượt KCB … nội trú 8,26 triệu đồng", "một bệnh nhân
        # 82 tuổi … tổng chi phí hơn 60 triệu đồng": an amount per visit or person, or one patient's, not spending
        return "other_rate"
    if not m.is_percent and not m.is_money and "dân số" in left and _POPULATION_LEFT.search(left):
        return "other"   # "quản lý địa bàn 99 xã, phường với dân số trên 1,77 triệu người": the population, not the insured
    if m.is_money and any(w in left for w in _REFUSAL_WORDS) and _REFUSED_BEFORE.search(
            doc.folded, _part_start(doc, sent, m.start), m.start):
        return "other"   # "từ chối thanh toán 12,7 tỷ đồng trong quý I và hơn 48 tỷ đồng trong năm 2024": refused, each
    if not m.is_percent and not m.is_money and any(w in left for w in _PER_DAY_WORDS) and _PER_DAY_LEFT.search(left):
        return "other_rate"   # "có ngày tiếp nhận trên 300 lượt", "mỗi ngày khám 1.500 lượt": a day's, not a total
    if m.is_percent and _RATE_FOR_A_GROUP_RIGHT.match(doc.folded, m.after):
        return "other_rate"   # "hỗ trợ tiền đóng: 30% đối với người thuộc hộ nghèo": a rate by group
    if m.is_percent and _SHARE_OF_THE_DEBT_RIGHT.match(doc.folded, m.after):
        return "other"   # "chiếm tới 78% tổng số nợ": who owes it, not the arrears rate
    if m.is_percent and _PART_OF_THE_DEBT_LEFT.search(doc.folded, _part_start(doc, sent, m.start), m.start) \
            and not _OF_WHAT_WAS_DUE_RIGHT.match(doc.folded, m.after):
        return "other"   # "trong đó nợ kéo dài từ 3 tháng trở lên chiếm gần 60%": a part of the debt, not of what was due
    if ("đề" in left or "kiến nghị" in left) and _PROPOSED_LEFT.search(left):
        return "other"   # "Tôi đề nghị nâng tỷ lệ nữ ứng cử lên 40%": a speaker's proposal, neither a result nor a target set
    if not m.is_percent and _ONE_IN_EVERY_LEFT.search(doc.folded, _part_start(doc, sent, m.start), m.start):
        return "other"   # "Cứ mười người ứng cử thì có khoảng bốn người là chị em": a ratio said in words
    if m.is_percent and _WOMEN_WHO_RIGHT.match(doc.folded, m.after):
        return "other"   # "100% nữ CCVC được tuyên truyền …": a share of the women who did something, not of women
    if m.is_percent and _RATIO_TO_MEN_RIGHT.match(doc.folded, m.after):
        return "other_rate"   # "thu nhập của lao động nữ bằng 86% so với lao động nam": a ratio, no share of people
    if m.is_percent and "hơn" in left and _GAP_TO_MEN_LEFT.search(left):
        return "change"   # "thu nhập … của lao động nữ thấp hơn nam khoảng 11,6%": a gap to the men's
    if m.is_percent and _AMONG_THE_INSURED_OPENING.match(doc.folded, _part_start(doc, sent, m.start)):
        return "other"   # "Trong số người tham gia BHXH tự nguyện, lao động nữ chiếm 57%, …": shares among the insured
    if not m.is_percent and not m.is_money and "bầu" in left and _SEATS_BEFORE.search(doc.folded, max(sent.start, m.start - 30), m.start):
        return "other"   # "…, trong đó 8 người là nữ, để bầu 10 đại biểu": the seats to fill
    if m.is_money and prev is not None and prev.excluded == "change" and prev.sentence.index == sent.index \
            and _MONEY_OF_THE_CHANGE_BETWEEN.fullmatch(doc.folded, prev.mention.after, m.start):
        return "change"   # "… vượt 8,6% dự toán được giao, tương đương hơn 120 tỷ đồng": the change in money
    if m.is_money and _PAID_BACK_DEBT_LEFT.search(
            doc.folded, max(sent.start, m.start - 60), m.start):
        return "other"   # "đã thu hồi số tiền chậm đóng 3.417 tỷ đồng": paid back, no longer owed
    if m.is_percent and _UNITS_IN_DEBT_LEFT.search(doc.folded, _part_start(doc, sent, m.start), m.start):
        return "other"   # "Số đơn vị chậm đóng là 1.312/4.870 đơn vị (26,9%)": a share of units
    if m.is_percent and ("trong" in left or "nam" in left):
        part_left = doc.folded[_part_start(doc, sent, m.start):m.start]
        share = _PART_SHARE_LEFT.search(part_left)
        if share is not None and not _WOMEN_NEAR.search(share.group("subject")) \
                and not _BASE_OF_A_RATE_AFTER.match(doc.folded, m.after) \
                and not _OF_WHAT_WAS_DUE_RIGHT.match(doc.folded, m.after):
            return "other"   # "… trong đó người dân tộc thiểu số chiếm 78%": a part of the whole named otherwise than its women
        if _PART_SHARE_WITH_A_TRAIT_LEFT.search(part_left) and _TRAIT_RIGHT.match(doc.folded, m.after):
            return "other"   # "… trong đó 60% có trình độ thạc sĩ": what a share of the whole has
        if _MENS_FIGURE_LEFT.search(doc.folded, max(sent.start, m.start - 30), m.start):
            return "other"   # "… thấp hơn của nam (65,7%)": the men's
    if m.is_percent and "đóng" in left and _EMPLOYER_PAYS_FOR_LEFT.search(left):
        return "other"   # "đóng đầy đủ BHXH, BHYT, BHTN cho 100% người lao động": an employer's compliance
    if not m.is_money and "quy hoạch" in left and _IN_THE_PLANNING_POOL_LEFT.search(
            doc.folded, _part_start(doc, sent, m.start), m.start):
        return "other"   # "Trong quy hoạch Ban Chấp hành … nhiệm kỳ 2030 - 2035, cán bộ nữ chiếm 31,5%": the planned pool
    if not m.is_percent and not m.is_money and _RETURNED_RIGHT.match(doc.folded, m.after):
        return "other"   # "… hơn 1,2 triệu người đã quay lại tham gia hệ thống": returned to the scheme, a flow
    if m.is_percent and _SHARE_OF_PEOPLE_WHO_RIGHT.match(doc.folded, m.after):
        return "other"   # "lao động nữ chiếm 62% số người tham gia BHXH tự nguyện": a share of the insured, not coverage
    if m.is_percent and (((base := _WOMEN_BASE_RIGHT.match(doc.folded, m.after)) is not None
                          and not (_HAS_A_SHARE_LEFT.search(left) and (_ROLE_AFTER_THE_BASE.match(doc.folded, base.end())
                                                                        or _STAFF_BASE.match(doc.folded, m.after))))
                         or _RATE_WITHIN_WOMEN_LEFT.search(
            doc.folded, max(sent.start, m.start - 90), m.start) or _WOMEN_SUBGROUP_LEFT.search(
            doc.folded, max(sent.start, m.start - 90), m.start) or _AMONG_WOMEN_OPENING.match(
            doc.folded, _part_start(doc, sent, m.start))):
        # (a group of women, "trong đó nữ người DTTS chiếm 79,5%", or a share among them, "Trong tổng số nữ cán bộ, …")
        # "chiếm 52% số lao động nữ phi chính thức", "khoảng 8% lao động nữ … có hợp đồng", "Tỷ lệ lao động nữ làm việc phi
        # chính thức là 63,1%": shares within women, not women's share of a workforce
        return "other"
    if m.is_percent and search_last_words(_PLACES_COUNT_VERB_LEFT, left, 18):
        return "threshold"   # "Có 61/102 xã hoàn thành 100% chỉ tiêu": the criterion the counted places met
    if not m.is_percent and _PLACES_COUNT_HAVING_LEFT.search(doc.folded, _part_start(doc, sent, m.start), m.start):
        return "threshold"   # "vẫn có 5/26 đơn vị bầu cử chỉ có 1 người ứng cử là nữ": what each of those places has
    if m.is_percent and ("trên" in left or "dưới" in left or "từ" in left or "hơn" in left or "vượt" in left) \
            and _PLACES_MEETING_LEFT.search(_clause_left(left)):
        return "threshold"   # "Nhiều đoàn ĐBQH có tỷ lệ nữ trên 50%": the criterion places meet, not a level
    if not m.is_percent and ("mốc" in left or "con số" in left or "ngưỡng" in left) and search_last_words(_MILESTONE_LEFT, left, 5):
        return "threshold"   # "vượt mốc 20 triệu người": a milestone passed, not the level (rates: below)
    if m.is_percent and "do" in right[:30] and _PAID_BY_RIGHT.match(doc.folded, m.after):
        return "other"       # "… có thẻ BHYT, trong đó khoảng 85% do ngân sách đóng": who pays, not coverage
    if left.endswith(("cứ ", "cứ")) and _EVERY_RIGHT.search(doc.folded, m.after, sent.end):
        return "other"       # "cứ 10 phụ nữ ra ứng cử thì chưa đến 4 người trúng cử": a ratio
    if "cứ" in left and _RATIO_BEFORE.search(left):
        return "other"       # "… thì có hơn 6 người tham gia BHXH": the other term of the ratio
    if m.noun_class == "person" and not m.is_percent and _WOMEN_COUNT_NEXT.match(doc.folded, m.after) \
            and not _WOMEN_NEAR.search(doc.folded, max(sent.start, m.start - 12), m.start) \
            and not (m.noun and _WOMEN_NEAR.search(m.noun)):
        return "total"       # "Ban chấp hành: 2.316 ủy viên - nữ 396 (17,1%)": the whole beside its women
    if m.noun_class == "person" and not m.is_percent and _MOSTLY_WOMEN_NEXT.match(doc.folded, m.after):
        return "total"       # "hơn 1.600 công nhân - phần lớn là nữ - …": a whole that is mostly women
    if m.noun_class == "visit" and "trong đó" in right and _ALL_VISITS_RIGHT.match(doc.folded, m.after):
        return "total"       # "khám, chữa bệnh cho 3,6 triệu lượt người, trong đó khám chữa bệnh BHYT là 2,84 triệu lượt"
    if (hypothesis := _HYPOTHESIS_OPENING.match(doc.folded, sent.start)) and not _real_example(doc, sent, hypothesis) and (
            not (said := _items_in(doc.period_starts, doc.periods, sent.start, sent.end))
            # (an "if" whose times are ahead, or that carries a trend on: "Nếu duy trì tốc độ như 6 tháng đầu năm, đến
            # cuối năm số người tham gia … chỉ đạt khoảng 41.000 người"; not a year gone by it compares with, nor a
            # target it names, nor an example, "Chẳng hạn, tính đến 31/7/2025, …")
            or (hypothesis.group(0).lstrip(_OPENING_MARKS).startswith(("nếu", "giả")) and not _COMMITMENT.search(left)
                and ((doc.pub_year and all(p.year >= doc.pub_year and p.kind != "asof_date" for p in said))
                     or _CARRIED_ON.search(doc.folded, sent.start, sent.end)))):
        return "other"   # "Nếu một đơn vị bầu cử có 5 người ứng cử để chọn 3 mà hai chị nữ …": an example, no observation
    if any(doc.folded.find(w, sent.start, sent.end) >= 0 for w in _FORECAST_WORDS):   # (no slice per figure)
        lo, hi = _part_span(doc, sent, m)
        forecast = _FORECAST.search(doc.folded, lo, hi)
        # (a forecast that says what "sẽ" be is what the spec calls a target: "Dự báo đến cuối năm, số người hưởng TCTN
        # sẽ vào khoảng 47.000 người"; scenarios and what could be are not)
        if forecast and not _COMMITMENT.search(doc.folded, lo, m.start) and not (
                forecast.group(0) == "dự báo" and _WILL.search(doc.folded, lo, hi)):
            # "theo kịch bản cơ sở, số người hưởng lương hưu sẽ tăng lên khoảng 4,2 triệu người vào năm 2030", "BHXH
            # dự báo đến hết năm 2024 tổng thu chỉ đạt khoảng 83.400 tỷ đồng": a projection, neither a result nor a
            # target someone set
            return "other"
    if not m.is_percent and not m.is_money and not m.noun_class and "tuổi" in left and _AGE_LEFT.search(left):
        return "other"   # "trước khi đến tuổi nghỉ hưu là 62": an age, not a count
    if ("ít nhất" in left or "tối thiểu" in left or "không dưới" in left) and _AT_LEAST_LEFT.search(left) and (
            _BY_LAW.search(doc.folded, sent.start, sent.end) or _FOR_EACH_RIGHT.match(doc.folded, m.after)
            # ("danh sách … phải có ít nhất 35% là phụ nữ": a rule, unless someone strives for it, "phấn đấu … phải có")
            or ("phải có" in left and not _COMMITMENT.search(doc.folded, sent.start, m.start))):
        return "threshold"   # "bảo đảm ít nhất 35% … theo Luật Bầu cử", "ít nhất 2 nữ ứng cử viên tại mỗi đơn vị": a legal floor
    if "mỗi" in left and _EACH_HAS_LEFT.search(left):
        return "threshold"   # "mỗi cơ quan, đơn vị có ít nhất 1 nữ lãnh đạo chủ chốt": what each must have
    if m.value == 1 and not m.is_percent and ("ít nhất" in left or "tối thiểu" in left) and _AT_LEAST_LEFT.search(left) \
            and _UNITS_OF_A_CRITERION.search(doc.folded, sent.start, doc.clause_end(m.after, sent.end)):
        return "threshold"   # "100% cơ quan, đơn vị có ít nhất 01 nữ trong lãnh đạo chủ chốt", "… có ít nhất 1 lãnh đạo chủ
                             # chốt là nữ ở 60% số xã": what each unit must have (one body's, "Ban Thường vụ Tỉnh ủy có ít
                             # nhất 1 nữ", is a target)
    if not m.is_percent and not m.is_money and m.noun_class == "person":
        # who came to an event, or was honoured there: the event in the figure's part of the sentence
        # (since the last ";" before it, or in its own clause after it)
        lo = _part_start(doc, sent, m.start)
        hi = doc.clause_end(m.after, sent.end)
        if _EVENT_WORD.search(doc.folded, lo, hi) and _EVENT.search(doc.folded, lo, hi):
            return "event"   # "Tham dự có … hơn 150 nữ viên chức", "tôn vinh 10 nữ cán bộ"
    if m.is_percent and _OF_THE_POPULATION_RIGHT.match(doc.folded, m.after) and _WOMEN_OF_THE_POPULATION_LEFT.search(
            doc.folded, max(sent.start, m.start - 50), m.start):
        return "other"   # "phụ nữ Bắc Ninh chiếm hơn 50% dân số": women's share of the population, no coverage
    if m.is_percent and _OF_THE_POPULATION_RIGHT.match(doc.folded, m.after) and "chiếm" in (clause := _clause_left(left)) \
            and not _INSURANCE_WORD.search(clause) \
            and not (_BARE_SHARE_CLAUSE.fullmatch(clause) and _INSURANCE_WORD.search(left, max(0, len(left) - 120))):
        # (but a clause of "chiếm" alone shares the subject before it: "… có 1.388.456 người tham gia BHYT, chiếm 94,1% dân số")
        return "other"   # "Đồng bào dân tộc thiểu số chiếm 54% dân số": who lives there, not who is insured
    if m.is_percent and _POPULATION_IS_RIGHT.match(doc.folded, m.after):
        return "other"
    if m.is_money:
        money_left = doc.folded[max(sent.start, m.start - 60):m.start]
        if "dư" in money_left and _BALANCE_LEFT.search(money_left):
            return "other"
        # (each pattern is tried only when a word every match of it has is there)
        if "lãi" in money_left and _INTEREST_LEFT.search(money_left):
            return "other"    # late-payment interest is not the arrears it is charged on
        if ("thu" in money_left or "nộp" in money_left or "trả" in money_left) and _RECOVERED_LEFT.search(money_left):
            return "change"   # money recovered or paid back ("đã trả được 12 tỷ đồng") is a flow, not the arrears outstanding
        if ("tối đa" in money_left or "không quá" in money_left or "phạt" in money_left) and _CAP_LEFT.search(money_left):
            return "threshold"   # "tối đa không quá 75 triệu đồng", "phạt tiền đến 3 tỉ đồng": a cap
        if "nợ" in money_left and _DEBT_THRESHOLD_LEFT.search(money_left):
            return "threshold"   # "Có 35 doanh nghiệp nợ trên 1 tỷ đồng": a criterion on the debtors
        if money_left.endswith(("từ ", "từ")) and _UP_DOWN_RIGHT.match(doc.folded[m.after:m.after + 50]):
            return "threshold"   # "trốn đóng BHXH từ 50 triệu đồng trở lên": a legal threshold
        if "mức" in money_left and m.value < _PER_PERSON_MAX and _AMOUNT_PER_PERSON_LEFT.search(money_left):
            return "other_rate"  # "theo mức lương cơ sở 2,34 triệu đồng": an amount per person, not a total
        if "phạt" in money_left and _FINE_LEFT.search(money_left):
            return "other"       # "tổng số tiền phạt 1,26 tỷ đồng", "bị phạt 75 triệu đồng": fines, not arrears
    if ("từ" in left or "đến" in left or "tới" in left) and (
            (left.endswith(("từ ", "từ")) and _RANGE_START_RIGHT.match(doc.folded, m.after))
            or _RANGE_END_LEFT.search(doc.folded, max(sent.start, m.start - 60), m.start)):
        return "threshold"       # "trốn đóng từ 50 triệu đồng đến dưới 300 triệu đồng": a range in passing
    if m.is_percent and "mức đóng" in left and _CONTRIBUTION_RATE_LEFT.search(left):
        return "other_rate"      # "Mức đóng BHTN tối đa 1%": a contribution rate, not coverage
    if m.is_percent and "đóng" in left[-12:] and _CONTRIBUTES_LEFT.search(left) and not _DEBT_BEFORE_PAID.search(left):
        return "other_rate"      # "người sử dụng lao động đóng 21,5% (17,5% BHXH; …)": what is paid, not who is covered
    # each pattern below is tried only when a word it needs is there: a pattern that starts with a
    # look-behind and ends with $ is tried at every character of the window, a literal scan skips ahead
    if _CHANGE_WORD.search(left) and _CHANGE_LEFT.search(left) and not _LEVEL_AFTER_CHANGE.search(left) \
            and not _target_exceeded(doc, m, sent, left) and not _BASE_LEVEL_COMPARED_LEFT.search(left):
        return "change"
    if _CHANGE_RIGHT.search(right) or _NEW_RIGHT.search(right):
        return "change"
    if m.is_percent and _places_share(doc.folded, m.after, sent.end) and not (
            _one_elected_body_after(doc, m) and _WOMEN_NEAR.search(left)):
        return "places"   # (not women's share of one body: "nữ đại biểu chiếm 32,3% HĐND TP Hồ Chí Minh")
    if not m.is_money and any(w in doc.folded[m.after:m.after + 90] for w in _NOT_COVERED_WORDS) \
            and _NOT_COVERED_RIGHT.match(doc.folded, m.after, sent.end):
        return "other"   # "còn 9% dân số, tương đương 376.000 người chưa có thẻ BHYT": who is not covered
    if ("chưa" in left or "không" in left) and search_last_words(_NOT_REACHED_LEFT, left, 4):
        return "threshold"   # "đều chưa đạt 30%": a level not reached, not the level
    if m.is_percent and ("quá" in left or "tối đa" in left) and _PERCENT_CAP_LEFT.search(left) \
            and not (_DEBT_RATE_LEFT.search(left) and _COMMITMENT.search(doc.folded, sent.start, m.start)):
        # "không để tỷ lệ chi vượt quá 5% dự toán": a cap, not a level (but a debt's ceiling set as a goal is
        # its target: "phấn đấu đến cuối năm, tỷ lệ nợ không vượt quá 1,9%")
        return "threshold"
    if m.is_percent and search_last_words(_RATE_LEVEL_LEFT, left, 4) and not _BASE_LEVEL_COMPARED_LEFT.search(left):
        return "threshold"   # (but the average compared with is a level: "… so với mức bình quân 90,1% của cả nước")
    if m.is_percent and _OTHER_RATE_RIGHT.search(right):
        return "other_rate"
    if m.is_percent and ("lương" in left or "lãi" in left) and _OTHER_RATE_LEFT.search(left):
        return "other_rate"   # "tăng lương tối thiểu vùng 6% từ ngày 1/7/2024": a wage rise, not coverage
    if not m.is_percent and not m.is_money and search_last_words(_POSSESSIVE_LEFT, left, 2):
        return "possessive"
    if prev is not None and prev.excluded in ("other_rate", "change") and prev.mention.is_percent and m.is_percent:
        between = ct[prev.mention.after:m.start]
        if len(between) < 60 and not _DIGIT_OR_LINK.search(between) and not _target_exceeded(doc, m, sent, left):
            return prev.excluded
    if prev is not None and prev.excluded == "change" and prev.mention.is_percent and not m.is_percent \
            and _EQUIVALENT_OF_A_CHANGE.fullmatch(ct, prev.mention.after, m.start):
        return "change"   # "Số thu tăng 5%, tương ứng 120 tỷ đồng": the same change in đồng
    if prev is not None and prev.excluded == "change" and not m.is_percent and not prev.mention.is_percent \
            and prev.mention.is_money == m.is_money and _AND_MORE_OF_THE_SAME.match(ct, prev.mention.after, m.start):
        return "change"   # "phải phát triển thêm 1.458 người tham gia BHXH tự nguyện và khoảng 4.700 người tham gia BHYT"
    if prev is not None and prev.excluded == "change" and _OPEN_PAREN_END.search(ct[prev.mention.after:m.start]) and \
            len(ct[prev.mention.after:m.start]) < 20 and not _COMPARED_TERM_LEVEL.search(ct, prev.mention.after, m.start):
        return "change"   # (not the level compared with: "giảm 40% so với năm 2023 (6.482 người)")
    if m.is_percent and search_last_words(_MILESTONE_LEFT, left, 4):
        return "threshold"   # "vượt mốc 30%": a milestone passed, not the level
    if m.is_percent and search_last_words(_FROM_UP, left, 2) and _UP_DOWN_RIGHT.match(right):
        return "threshold"   # "cơ quan có từ 30% cán bộ nữ trở lên": a criterion
    if m.is_percent and search_last_words(_THRESHOLD_LEFT, left, 2) and not search_last_words(_TAKES_WORD_END, left, 2):
        # (in the figure's own ";"-clause: not "100% xã có trạm y tế đạt chuẩn; tỷ lệ bao phủ BHYT đạt trên 95%"; a bound
        # below is the criterion of the places counted before it: "Một số xã … cao như: …; riêng xã Trường Xuân, Hưng
        # Thạnh còn thấp, dưới 88%")
        own_clause = max(sent.start, doc.folded.rfind(";", sent.start, m.start) + 1)
        clause_left = doc.folded[sent.start if left.endswith(("dưới ", "dưới")) and _items_in(
            doc.geo_starts, doc.geo, own_clause, m.start) else own_clause:m.start]
        # a criterion on counted places ("38/86 chi bộ có tỷ lệ nữ cấp ủy trên 35%", "27/43 tỉnh đạt
        # trên 15%"), not a population described after the rate ("tỷ lệ nữ ... trong các cơ quan đạt trên 45%")
        rate = clause_left.rfind("tỷ lệ")
        own = max(clause_left.rfind(","), clause_left.rfind(";"))
        places = [p for p in _PLACES_CRITERION.finditer(clause_left) if rate < 0 or p.start() < rate or (p.start() > own > rate)]
        right_clause = doc.folded[m.after:min(sent.end, m.after + 40)].split(";", 1)[0]   # (not the next ";"-clause's)
        if places or _PLACES_CRITERION.search(right_clause):
            return "threshold"
    if not m.is_percent and left.endswith(("dưới ", "dưới")) and _BELOW_LEFT.search(left, max(0, len(left) - 8)):
        return "threshold"   # "xã Ia Dom, xã Krông mới có dưới 100 người tham gia": a bound, not a level
    if m.noun_class == "other":
        return "other"
    if m.is_percent and "trúng cử" in left and _ELECTED_OF_CANDIDATES_LEFT.search(doc.folded, max(sent.start, m.start - 120), m.start):
        return "other"   # "tỷ lệ nữ trúng cử trên số nữ ứng cử đã tăng lên 40,6%": a success rate, not a share of deputies
    if not m.is_percent and not m.is_money and "gia đình" in left and _FAMILY_SIZE_LEFT.search(left):
        return "other"   # "cả gia đình 5 người đều có thẻ BHYT hộ gia đình": a household's size, not a population
    if not m.is_percent and ("trong" in left or "/" in left or "trên" in left) and search_last_words(_TOTAL_LEFT, left, 3):
        return "total"
    window = ct[max(sent.start, m.start - 80):m.start]
    if not m.is_percent and ("bình quân" in window or "trung bình" in window or "mỗi" in window or "một lượt" in window) \
            and (average := _AVERAGE.search(clause := _clause_left(window))) \
            and not (m.is_money and m.value > _PER_PERSON_MAX and (each := _EACH_PERIOD_OPENING.match(clause))
                     and average.start() == each.start(1) and not _AVERAGE.search(clause, average.end())):
        # (an average rate, "đạt bình quân 16,4%", is the rate; and a total of each month said before its subject, "mỗi
        # tháng ngành BHXH chi trả trên 25.000 tỷ đồng", as with a comma after "mỗi tháng")
        return "average"
    return ""


# --- context --------------------------------------------------------------------------------

def _nearest(starts: list[int], items: list, sent: Sentence, pos: int, carry_from: int | None, after_ok=None):
    """The last item of ``sent`` that starts before ``pos``; else its first one from ``pos`` on that
    ``after_ok`` accepts; else the last one between ``carry_from`` and the sentence. ``starts`` are
    the items' starts, in order: each of these is found by bisection."""
    first = bisect.bisect_left(starts, sent.start)
    end = bisect.bisect_left(starts, sent.end, first)
    at_pos = bisect.bisect_left(starts, pos, first, end)
    if at_pos > first:
        return items[at_pos - 1]
    for i in range(at_pos, end):
        if after_ok is None or after_ok(items[i]):
            return items[i]
    if carry_from is not None and carry_from < sent.start and bisect.bisect_left(starts, carry_from) < first:
        return items[first - 1]
    return None


_LEVEL_FIRST = re.compile(r"(?:(?:ở|tại|đối với|còn|riêng)\s+)?cấp (?:xã|huyện|tỉnh|cơ sở)(?!\w)")   # opening its sentence
_FORMER = re.compile(r"\s*\(?\s*cũ(?!\w)")
# a new clause after the country compared with: its own figure's bracket passed ("cả nước (93,35%) và …", "cả nước; …")
_CLAUSE_AFTER_A_COMPARATOR = re.compile(r"(?:\s*\([^()]*\))?\s*(?:[,;]|và\s|trong khi|nhưng|song)")
_OF_THE_NATION_RIGHT_AFTER = re.compile(r"\s*%?\s*(?:dân số\s+|lực lượng lao động(?:\s+trong độ tuổi)?\s+)?của\s+")   # ("91,4% của cả nước")
# (a compared place's figure in an aside, then the clause's end: "tỉnh Bạc Liêu lân cận (89,9%);")
_ITS_OWN_FIGURE_IN_AN_ASIDE = re.compile(r"(?:\s+[^\W\d]+){0,3}?\s*\([^()]*\d[^()]*\)\s*[,;]")
_PART_BEFORE_PLACE = re.compile(r";|(?<!\w)trong (?:đó|số đó)(?!\w)")
# a place followed by a figure of its own heads the next item of a list, whatever the item before it was ("như xã Quỳnh
# Lương với 612 người, xã Quỳnh Bảng 540 người": 612 is not Quỳnh Bảng's, though the first commune is one the gazetteer
# does not know)
_PLACE_WITH_ITS_OWN_FIGURE = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?::\s*|(?:có|với|đạt|là)\s+)?"
                                        r"(?:(?:khoảng|gần|hơn|trên)\s+)?\d")


# ("các tỷ lệ tương ứng là 60% và 45%", and without its "là" before a list: "… tương ứng 15,6% và 17,3%"; not "tăng 5%,
# tương ứng 12.000 người", one figure)
_RESPECTIVELY = ("lần lượt", "tương ứng")
_RESPECTIVELY_AT = re.compile(r"(?<!\w)(?:lần lượt|tương ứng là|tương ứng(?:\s+(?:đạt|bằng|chiếm))?(?=\s+(?:(?:khoảng|gần|hơn|trên)\s+)?\d[\d.,]*\s*"
                              r"(?:%|người|tỷ đồng)?\s*(?:,|;|và)\s*\d))(?!\w)")


def _respective(doc: _Doc, m: NumberMention, sent: Sentence) -> tuple[int, int, list[NumberMention]] | None:
    """For ``m`` listed after "lần lượt" or "tương ứng là" ("… lần lượt là 29,09%; 28,26% và 30,91%"): where the list's
    subject starts and where that word is, and the figures of ``m``'s kind listed (up to the first that is not
    separated from the one before by a comma, a ";" or "và"); None when ``m`` is not one of them."""
    # (the word's look-ahead reads the list after it: the search ends at the sentence, not at the figure)
    said = [w.start() for w in _RESPECTIVELY_AT.finditer(doc.folded, sent.start, sent.end) if w.start() < m.start]
    if not said:
        return None
    at = said[-1]
    lo = max(sent.start, doc.folded.rfind(";", sent.start, at) + 1)
    figures, after = [], None
    for n in doc.numbers[bisect.bisect_left(doc.number_starts, at):]:
        if n.start >= sent.end or (after is not None and not _LIST_GAP.fullmatch(doc.folded, after, n.start)) \
                or (after is None and ";" in doc.folded[at:n.start]):
            break
        if n.is_percent == m.is_percent and n.is_money == m.is_money:
            figures.append(n)
        after = n.after
    return (lo, at, figures) if m in figures else None


def _respective_place(doc: _Doc, m: NumberMention, sent: Sentence):
    """The place of ``m`` in "… của Thái Bình và Hưng Yên lần lượt là 381.560 người và 349.020 người":
    the places before "lần lượt" and the figures after it, paired in order (None unless as many of each)."""
    respective = _respective(doc, m, sent)
    if respective is None:
        return None
    lo, at, figures = respective
    places = [g for g in _items_in(doc.geo_starts, doc.geo, lo, at) if g[2] in ("province", "area")]
    return places[figures.index(m)] if len(places) >= 2 and len(places) == len(figures) else None


_YEAR_LIST = re.compile(r"(?<!\w)năm\s+((?:19|20)\d{2}(?:\s*(?:,|;|và)\s*(?:năm\s+)?(?:19|20)\d{2})+)(?!\d)")


def _respective_year(doc: _Doc, m: NumberMention, sent: Sentence) -> str | None:
    """The year of ``m`` in "… các năm 2022, 2023, 2024 và 2025 lần lượt là 93,2%, 93,8%, 94,3% và 95%" (None
    unless the years and the figures are as many)."""
    respective = _respective(doc, m, sent)
    if respective is None:
        return None
    lo, at, figures = respective
    lists = list(_YEAR_LIST.finditer(doc.folded, lo, at))
    years = re.findall(r"(?:19|20)\d{2}", lists[-1].group(1)) if lists else []
    return years[figures.index(m)] if len(years) >= 2 and len(years) == len(figures) else None


# the two sexes a "lần lượt" list names ("lao động nam và lao động nữ", "nữ, nam"), in the order of its figures
_SEXES_LISTED = re.compile(r"(?<!\w)(?<!việt )(?<!hà )(?<!quảng )(?<!miền )(?<!phương )(nam|nữ)(?:\s+giới)?(?:\s+và\s+|\s*,\s*)"
                           r"(?:(?:lực lượng lao động|lao động|người|cán bộ|công chức|viên chức)\s+)?(nam|nữ)(?!\w)")


def _listed_as_mens(doc: _Doc, m: NumberMention, sent: Sentence) -> bool:
    """Whether ``m`` is the men's of two figures listed after "lần lượt" or "tương ứng" for the two sexes: "Lao động
    nam và lao động nữ lần lượt là 1.074,1 nghìn người và 969,5 nghìn người, chiếm tương ứng 52,56% và 47,44%"."""
    respective = _respective(doc, m, sent)
    if respective is None or len(respective[2]) != 2:
        return False
    lo, at, figures = respective
    sexes = None
    for sexes in _SEXES_LISTED.finditer(doc.folded, lo, at):
        pass
    return sexes is not None and sexes[1] != sexes[2] and sexes[figures.index(m) + 1] == "nam"


_LIST_GAP = re.compile(r"[^\d.;]{0,30}?(?:[,;]|(?<!\w)và(?!\w))[^\d.;]{0,5}|[^\d.]{0,30}?;[^\d.;]{0,5}")
_ADDRESS_IN_PARENTHESIS = re.compile(r"\(\s*(?:(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tp\.?)\s+[^(),;]{1,30},\s*)?"
                                     r"(?:tỉnh|thành phố|tp\.?)\s*$")
_SECTION_OPENING = re.compile(r"[\s*•+\-–#]*(?:(?:\d{1,2}|[ivx]{1,4}|[a-zđ])\s*[.)/]\s*)?(?:(?:địa bàn|khu vực|tại|đối với|kết quả (?:tại|của))\s+)?"
                              r"(?:tỉnh\s+|thành phố\s+|tp\.?\s*)?")
_SECTION_CLOSING = re.compile(r"\s*(?:\(\s*cũ\s*\)|cũ|trước đây|trước sáp nhập|trước hợp nhất)?\s*:?\s*")
_DIGEST_ITEM_OPENING = re.compile(r"[\s*•+\-–]*(?:tỉnh\s+|thành phố\s+|tp\.?\s*)?")
# a share of the country said right before it: "… chiếm gần 1/9 cả nước"
_SHARE_CLAUSE_OF_THE_NATION = re.compile(r"(?<!\w)chiếm(?:\s+(?:tới|đến|khoảng|gần|hơn|trên|xấp xỉ))*\s*\d[\d.,/]*\s*%?\s*(?:của\s+)?$")
# the whole country a figure is compared with ("cao hơn … so với mức bình quân cả nước"): the yardstick of
# its own sentence, not the place of the next ones
_OF_THE_NATION_BEFORE = re.compile(r"(?<!\w)(?:chiếm|so với|bằng)(?!\w)[^;()]{0,80}$")
# (further back in its clause: "… cao hơn mức bình quân chung của HĐND cấp tỉnh cả nước (29%)")
# (past another comparator's figure in brackets: "cao hơn bình quân chung của Cụm (91,2%) và của cả nước (93,35%)")
_COMPARED_IN_CLAUSE_BEFORE = re.compile(r"(?<!\w)(?:so với|cao hơn|thấp hơn|bình quân|trung bình)(?!\w)"
                                        r"(?:[^,;.()]|\([^()]{0,20}\)){0,60}$")
# a province ranked against or compared with ("… lớn nhất cả nước, chỉ sau TP. Hồ Chí Minh và Hà Nội"): the place of
# no figure of the sentences after it
_COMPARATOR_BEFORE_PLACE = re.compile(r"(?<!\w)(?:chỉ sau|đứng sau|xếp sau|so với|cao hơn|thấp hơn|nhiều hơn|ít hơn)(?!\w)"
                                      r"(?:tp\.|[^,;.]){0,40}$")
_COMPARED_WITH_BEFORE = re.compile(r"(?:so với|bình quân|trung bình|hơn|chung)(?:\s+(?:mức|tỷ lệ|bình quân|chung|của))*\s*$")


def _geo(doc: _Doc, m: NumberMention, sent: Sentence) -> tuple[str | None, str | None, bool]:
    """The figure's province and area, and whether the place is written as a former province ("X (cũ)")."""
    respective = _respective_place(doc, m, sent)
    if respective is not None:
        _s, _e, kind, province, area = respective
        return ((province, None) if kind == "province" else (province or doc.main_province, area)) + (False,)
    # a place after the figure names its population ("đạt 95% ở tỉnh B"), unless a ";" or "trong đó"
    # comes first: "Tổng thu đạt 2.134,5 tỷ đồng; trong đó Hà Giang (cũ) thu …" is not Hà Giang's
    # a sentence that opens with a level ("Ở cấp xã, …"), or speaks of the province's level ("các sở,
    # ngành cấp tỉnh"), is about the whole province: the district of the sentence before is not
    # carried into it
    if doc.national and (nation := next((g for g in _items_in(doc.geo_starts, doc.geo, m.end, min(sent.end, m.end + 40))
                                         if g[2] == "national"), None)) is not None \
            and _OF_THE_NATION_RIGHT_AFTER.fullmatch(doc.folded, m.end, nation[0]) \
            and not _TAKES_WORD_BEFORE.search(doc.folded, max(sent.start, m.start - 20), m.start):
        return NATIONAL, None, False   # "cao hơn tỷ lệ 91,4% của cả nước": the country's, whatever place the clause named
    province_level = _LEVEL_FIRST.match(doc.folded, sent.start) or doc.folded.find("cấp tỉnh", sent.start, m.start) >= 0
    carry = None if province_level else doc.paragraph_start(sent)
    body = _one_elected_body_after(doc, m) if m.is_percent else None
    # (the place of the body a share is of, named after it: "30,4% HĐND tỉnh Bình Dương")
    g = next((x for x in _items_in(doc.geo_starts, doc.geo, body.end(), min(sent.end, body.end() + 3))
              if x[2] in ("province", "area")), None) if body is not None else None
    g = g or _nearest(doc.geo_starts, doc.geo, sent, m.start, carry,
                 after_ok=lambda x: (x[2] not in ("national", "region", "foreign") or (
                     x[2] == "national" and _OF_THE_NATION_RIGHT_AFTER.fullmatch(doc.folded, m.end, x[0])))
                 and not _PART_BEFORE_PLACE.search(doc.folded, m.end, x[0])
                 and not _PLACE_WITH_ITS_OWN_FIGURE.match(doc.folded, x[1]))
    if g is not None and g[2] == "national" and sent.start <= g[0] < m.start \
            and _COMPARED_IN_CLAUSE_BEFORE.search(doc.folded, max(sent.start, g[0] - 60), g[0]) \
            and _CLAUSE_AFTER_A_COMPARATOR.match(doc.folded, g[1], m.start):
        # the country compared with is the place of its own figure only ("… thấp hơn bình quân chung cả nước (93,35%) và
        # thấp hơn chỉ tiêu tỉnh giao (90,5%)", "… cao hơn bình quân cả nước; trong khi đó tỷ lệ tham gia BHXH chỉ đạt 24,1%")
        before = [x for x in _items_in(doc.geo_starts, doc.geo, sent.start, g[0]) if x[2] in ("province", "area", "main", "main_area")]
        g = before[-1] if before else None
    if g is not None and g[2] in ("province", "area") and sent.start <= g[0] < m.start \
            and _COMPARATOR_BEFORE_PLACE.search(doc.folded, max(sent.start, g[0] - 60), g[0]) \
            and _ITS_OWN_FIGURE_IN_AN_ASIDE.match(doc.folded, g[1], m.start):
        # a province compared with, its figure in an aside, is the place of that figure only: "… đạt 92,1% dân số, cao
        # hơn tỉnh Bạc Liêu lân cận (89,9%); 117.853 người tham gia BHXH …" are still Cà Mau's
        before = [x for x in _items_in(doc.geo_starts, doc.geo, sent.start, g[0]) if x[2] in ("province", "area", "main", "main_area")]
        g = before[-1] if before else _nearest(doc.geo_starts, doc.geo, sent, sent.start, carry, after_ok=lambda x: False)
    if g is not None and g[2] == "national" and sent.start <= g[0] and (
            (doc.folded.find(";", g[1], m.start) >= 0 and _OF_THE_NATION_BEFORE.search(doc.folded, max(sent.start, g[0] - 90), g[0]))
            # (or a share's own clause before a comma: "… 112.305 người hưởng BHXH một lần, chiếm gần 1/9 cả nước, với số
            # tiền chi trả 3.714 tỷ đồng")
            or ("," in doc.folded[g[1]:m.start] and _SHARE_CLAUSE_OF_THE_NATION.search(doc.folded, max(sent.start, g[0] - 40), g[0]))):
        # ("… chiếm khoảng 23,8% tổng số người tham gia BHXH bắt buộc cả nước; tỷ lệ bao phủ BHYT đạt 92,3%": the
        # nation its share was of, not the place of the clauses after it)
        before = [x for x in _items_in(doc.geo_starts, doc.geo, sent.start, g[0]) if x[2] in ("province", "area", "main")]
        g = before[-1] if before else None
    if g is not None and g[0] < sent.start and (
            (g[2] == "national" and (_COMPARED_WITH_BEFORE.search(doc.folded, max(0, g[0] - 40), g[0])
                                     or _FIGURE_OF_BEFORE.search(doc.folded, max(0, g[0] - 40), g[0])   # ("… 91,4% của cả nước.")
                                     or _COMPARED_IN_CLAUSE_BEFORE.search(doc.folded, max(0, g[0] - 60), g[0])
                                     # (the nation's target quoted is of its own sentence)
                                     or doc.folded.startswith(_CENTRAL_DOCUMENTS, g[0])))
            or (g[2] == "province" and (_FORMER.match(doc.folded, g[1])
                                        or _COMPARATOR_BEFORE_PLACE.search(doc.folded, max(0, g[0] - 60), g[0])))):
        g = None   # (nor is a former province, "… khu vực Kiên Giang (cũ) 214.220 người.", the next sentences')
    if g is None:
        item = doc.digest_item(sent.start) if doc.digest_headings else None
        return (item[2] if item else doc.main_province), None, False
    if g[2] == "main":
        # "Tại Hà Nội, BHXH thành phố cho biết …": a bare "thành phố"/"tỉnh" after a named province in
        # the sentence is that province, not the article's
        named = [x for x in _items_in(doc.geo_starts, doc.geo, sent.start, g[0]) if x[2] == "province"]
        if not named:
            # "* Hà Tĩnh: … Toàn tỉnh có 35.120 người …": a digest's item is about the province it opens with
            opening = _items_in(doc.geo_starts, doc.geo, doc.paragraph_start(sent), sent.start)[:1]
            if opening and opening[0][2] == "province" and _DIGEST_ITEM_OPENING.fullmatch(
                    doc.folded, doc.paragraph_start(sent), opening[0][0]) and doc.folded.startswith(":", opening[0][1]):
                named = opening
        if named:
            g = named[-1]
        elif doc.digest_headings and (item := doc.digest_item(sent.start)) is not None:
            # "- Lào Cai: …¶ Hiện toàn tỉnh có 71.240 người …": a digest's bare "tỉnh" is its item's province
            g = (*g[:3], item[2], None)
        elif doc.focus_places:
            # "Riêng tại tỉnh Hà Nam, đến hết tháng 5 có 248.312 người … Số thu 5 tháng trên địa bàn tỉnh đạt …": a
            # province the paragraph turned to is the bare "tỉnh" of its next sentences
            focus = _items_in([x[0] for x in doc.focus_places], doc.focus_places, doc.paragraph_start(sent), sent.start)
            if focus:
                g = focus[-1]
    elif g[2] == "main_area":
        # likewise a bare "huyện" after a district named in the paragraph is that district
        named = [x for x in _items_in(doc.geo_starts, doc.geo, doc.paragraph_start(sent), g[0]) if x[2] == "area"]
        g = named[-1] if named else (*g[:2], "area", *g[3:])
    _s, _e, kind, province, area = g
    if kind == "region" and area == "economic":
        # a socio-economic region is the place of its own sentence's figures only ("… chuyển tuyến lên Bệnh viện vùng …
        # Mỗi tháng, bưu điện huyện chi trả …")
        return (None, None, False) if g[0] >= sent.start else (doc.main_province, None, False)
    if kind == "region":
        # "BHXH khu vực đã giải quyết cho 1.318 người … trên địa bàn tỉnh Quảng Bình": a province the figure's
        # clause names after it is the figure's, the region's office its reporter
        after = [x for x in _items_in(doc.geo_starts, doc.geo, m.end, doc.clause_end(m.after, sent.end) + 1)
                 if x[2] == "province" and doc.folded.find(";", m.end, x[0]) < 0]
        if after:
            return after[0][3], None, bool(_FORMER.match(doc.folded, after[0][1]))
        # ("Toàn khu vực có 142.580 người có thẻ BHYT" in a city's article after the 2025 merger, when the regional
        # offices of several provinces were gone: a part of the city)
        if doc.post_merger and doc.main_province and doc.main_province != NATIONAL \
                and not doc.folded.startswith("bhxh", g[0]):
            return doc.main_province, None, False
        return None, None, False
    if kind == "foreign":
        # another country is the subject of its own sentence only ("… cao hơn mức trung bình thế giới (khoảng 27%).
        # Trong bộ máy Chính phủ, hiện có 3 nữ Bộ trưởng …" are Việt Nam's)
        return (FOREIGN, None, False) if g[0] >= sent.start else (doc.main_province, None, False)
    if kind == "area":
        return province or doc.main_province, area, False
    if (merged := _merged_provinces_named(doc, g, sent)) is not None:
        return merged, None, False
    return province, None, bool(_FORMER.match(doc.folded, g[1]))


_EACH_AFTER = re.compile(r"\s*\(?\s*cũ\s*\)?\s*(?:,\s*)?(?:cùng|đều)(?!\w)")
# "hai tỉnh Khánh Hòa và Ninh Thuận (cũ)": the former provinces of one new province, named together
_JOINED_PROVINCE = re.compile(r"\s*(?:,|và)\s*(?:tỉnh\s+)?")


def _merged_provinces_named(doc: _Doc, g: tuple, sent: Sentence) -> str | None:
    """The new province of the former provinces named together before a figure ("trên địa bàn hai tỉnh Khánh Hòa và
    Ninh Thuận (cũ) có 1.876.540 người …": the merged province's figure, not the last one named)."""
    if not _FORMER.match(doc.folded, g[1]) or _EACH_AFTER.match(doc.folded, g[1]):
        return None   # (not "ba tỉnh Lâm Đồng, Bình Thuận và Đắk Nông (cũ) cùng đạt 93,5%": each its own)
    joined = [g]
    for x in reversed(_items_in(doc.geo_starts, doc.geo, sent.start, g[0])):
        if x[2] != "province" or not _JOINED_PROVINCE.fullmatch(doc.folded, x[1], joined[0][0]):
            break
        joined.insert(0, x)
    if len(joined) < 2:
        return None
    new = {current_province_of(x[3]) for x in joined}
    return new.pop() if len(new) == 1 and None not in new else None


_FIRST_HALF_OF_2025 = re.compile(r"2025-(?:H1|0[1-6])")


def _ended_before_the_merger(period: str | None) -> bool:
    """Whether a period ended before the provinces merged on 1 July 2025: a year to 2024, the first half or a month of
    2025 to June, a term that ended by 2025 ("2020/2025"); not the year 2025, which a report after the merger closes."""
    if not period or not period[:4].isdigit():
        return False
    if "/" in period:
        return period[-4:].isdigit() and int(period[-4:]) <= 2025
    return int(period[:4]) <= 2024 or _FIRST_HALF_OF_2025.match(period) is not None


_PREVIOUS_TERM = re.compile(r"(?<!\w)nhiệm kỳ (?:trước|qua|vừa qua)(?!\w)")


def _previous_term_if_said(doc: _Doc, m: NumberMention, sent: Sentence, ind: cat.Indicator | None, p) -> str:
    """``p``'s value; for a term of a body when the figure's part of the sentence says "nhiệm kỳ trước"
    ("…; nhiệm kỳ trước, Ban Chấp hành có 9/73 đồng chí nữ"), the term before it."""
    if p.kind in _TERM_KINDS and ind is not None and ind.code.startswith(_TERM_SCOPED) and _PREVIOUS_TERM.search(
            doc.folded, max(_part_start(doc, sent, m.start), p.end), m.start):
        start, end = (int(y) for y in p.value.split("/"))
        return f"{start - (end - start)}/{start}"
    return p.value


_CONGRESS_RESOLUTION = re.compile(r"nghị quyết đại hội(?:\s+[^\W\d]+){0,9}(?:\s*[(,]?\s*nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4}\)?)?")
_RESOLUTION_BEFORE_ITS_TERM = re.compile(r"nghị quyết đại hội(?:\s+[^\W\d]+){0,9}\s*[(,]?\s*$")
_ELECTION_WORDS = ("bầu", "cử", "đại hội", "nhiệm kỳ")   # a literal of every _ELECTION_WORD match
_ELECTION_WORD = re.compile(r"(?<!\w)(?:bầu|trúng cử|ứng cử|đại hội|nhiệm kỳ)(?!\w)")
_BEFORE_THE_MERGER = re.compile(r"(?<!\w)(?:" + BEFORE_THE_MERGER + r"|đầu năm 2025|6 tháng đầu năm 2025|"
                                r"quý (?:i|ii|1|2)(?:/| năm )2025)(?!\w)")
_CONTRAST = re.compile(r"(?<!\w)(?:trong khi|" + BEFORE_THE_MERGER + r")(?!\w)")
_TERM_KINDS = ("term", "qh", "tw")   # periods that are an elected body's term
_TERM_YEARS = re.compile(r"(\d{4})/(\d{4})")


def _term_fits(ind: cat.Indicator, period) -> bool:
    """Whether ``period``, if a local body's term, can be the term of the indicator's kind of body: since 2015 the
    provincial and local Party committees are elected by congresses in 2015, 2020, 2025 …, the People's Councils
    the year after (2016, 2021, 2026 …), so a local committee's term said beside a figure of a council is not the
    council's, nor the other way round. (The Central Committee's and the National Assembly's terms, "khóa XIII",
    are their own kinds; terms of other cycles, "2022 - 2025" of a unit's Party cell, fit either.)"""
    years = _TERM_YEARS.fullmatch(period.value) if period.kind == "term" else None
    if years is None or int(years.group(1)) < 2015:
        return True
    start = int(years.group(1))
    if ind.code.startswith("women_party_committee"):
        return start % 5 != 1
    return start % 5 != 0


_TERM_SCOPED = ("women_party_committee", "women_deputy", "women_candidate")
_EVENT_BEFORE = {
    "women_party_committee": re.compile(r"(?<!\w)(?:đại hội|ban chấp hành|cấp ủy|đảng bộ)(?!\w)[^.;]{0,80}$"),
    "women_deputy": re.compile(r"(?<!\w)(?:bầu cử|hđnd|hội đồng nhân dân|quốc hội|đại biểu)(?!\w)[^.;]{0,80}$"),
    "women_candidate": re.compile(r"(?<!\w)(?:bầu cử|hđnd|hội đồng nhân dân|quốc hội|ứng cử)(?!\w)[^.;]{0,80}$"),
}


# a sentence that goes on looking back ("Tại VKSND tỉnh Gia Lai (trước sắp xếp), tỷ lệ này là 16,9%", "Cùng thời điểm,
# tỉnh Tuyên Quang (cũ) đạt …")
_STILL_LOOKING_BACK = re.compile(r"(?<!\w)" + BEFORE_THE_MERGER + r"|"
                                 r"^[^,;]{0,12}?(?<!\w)(?:cùng thời điểm|cùng kỳ|khi đó|lúc đó|thời điểm đó|thời điểm này)(?!\w)")


_FROM_OR_TO = re.compile(r"(?<!\w)(từ|lên|xuống|đến|tới)(?!\w)")


def _visible_periods(doc: _Doc, periods: list, pos: int, sent: Sentence) -> tuple[list, list[int]]:
    """``periods`` a figure at ``pos`` in ``sent`` may take, and their starts: not those of asides that
    do not hold it, nor the sentence-only periods of other sentences."""
    looks_back = None
    kept = []
    for p in periods:
        if (span := doc.aside_periods.get(p.start)) is not None and not span[0] < pos < span[1]:
            continue
        if p.change_start and p.end <= pos and (last := _FROM_OR_TO.findall(doc.folded, p.end, pos)) and last[-1] != "từ":
            continue   # (the end of the rise: "… từ 1.340.215 người năm 2015 lên 1.726.930 người")
        if p.paragraph_only and doc.sentence_of(p.start).paragraph != sent.paragraph:
            continue   # (a year a paragraph looked back to: "Năm 2019, toàn tỉnh mới có …" is not the next paragraph's)
        if (p.local or p.look_back) and not sent.start <= p.start < sent.end:
            if p.local:
                continue
            if looks_back is None:
                looks_back = _STILL_LOOKING_BACK.search(doc.folded[sent.start:sent.end]) is not None
            if not looks_back:
                continue   # ("Trước sáp nhập, đến cuối năm 2024, tỉnh Ninh Thuận đạt 94,3%.¶ … toàn tỉnh có 14.200 ngư dân …")
        kept.append(p)
    return kept, [p.start for p in kept]


_COUNT_BEFORE_ITS_SHARE_IN_AN_ASIDE = re.compile(r"\s*\(\s*(?:[^()\d;]{0,30}?\s)?\d[\d.]*\s*[^\W\d]*(?:\s+[^\W\d]+){0,3}\s*,\s*"
                                                 r"(?:(?:chiếm|đạt|bằng|là)\s+)?")   # ("(133 đại biểu nữ, chiếm 26,72%)")


def _compared_period_of_aside(doc: _Doc, m: NumberMention, sent: Sentence):
    """The compared period a figure in parentheses right after it is the level of, or None."""
    before = _items_in(doc.period_starts, doc.periods, max(sent.start, m.start - 90), m.start)
    if not before or not before[-1].comparison:
        return None
    between = doc.folded[before[-1].end:m.start]
    if re.fullmatch(r"\s*[(:]\s*", between) or re.fullmatch(r"\s*\([^()\d;]{0,70}", between) \
            or _COUNT_BEFORE_ITS_SHARE_IN_AN_ASIDE.fullmatch(between):
        return before[-1]   # (or the share after its count there: "… so với khóa XIV (133 đại biểu nữ, 26,72%)")
    return None


# what a year accrues (money collected and paid, visits, cards issued), not a stock at a date
_FLOW_CODES = frozenset({"insurance_revenue", "benefit_expenditure", "hi_treatment_visits", "insurance_cards_issued"})
# a sentence opening with "Trong năm," or "Trong năm qua," (of the year the text reports on)
_IN_THE_YEAR_OPENING = re.compile(r"\s*(?:[-+•*]\s*)?trong\s+năm(?:\s+qua)?\s*,")


def _period(doc: _Doc, m: NumberMention, sent: Sentence, ind: cat.Indicator | None = None) -> tuple[str | None, bool]:
    """The figure's period and whether it was stated in the figure's own sentence."""
    said = _period_of(doc, m, sent, ind, True)
    if not doc.has_before_merger_periods:
        return said
    # "before the merger" dates a figure only as "2025", the least precise of times: a time the figure would take
    # without it that is itself before the merger (30/6/2025, 2025-H1, 2024) says more
    otherwise = _period_of(doc, m, sent, ind, False)
    return otherwise if otherwise[0] is not None and _before_the_merger(otherwise[0]) else said


def _before_the_merger(period: str) -> bool:
    year = int(period[:4]) if period[:4].isdigit() else 0
    return year < 2025 or (year == 2025 and (period[5:7] in ("01", "02", "03", "04", "05", "06", "H1")))


def _said_of_another_province(doc: _Doc, period) -> bool:
    """Whether the sentence of ``period`` is about a province other than the article's, named in it."""
    if not doc.main_province or doc.main_province == NATIONAL:
        return False
    sent = doc.sentence_of(period.start)
    named = [g for g in _items_in(doc.geo_starts, doc.geo, sent.start, sent.end) if g[2] == "province"]
    return bool(named) and all(g[3] != doc.main_province for g in named)


_COMING_TERM = re.compile(r"(?<!\w)nhiệm kỳ (?:này|mới|tới|tiếp theo|sắp tới|kế tiếp)(?!\w)")


def _coming_term(ind: cat.Indicator, published: date) -> str:
    """The term of the indicator's kind of body that a text published on ``published`` looks ahead to: a People's
    Council's or the Assembly's elected in the spring of 2016, 2021, 2026 …, a Party committee's at the congresses of
    2015, 2020, 2025 … (held through the year, so a text of that year still looks ahead to it)."""
    offset = 0 if ind.code.startswith("women_party_committee") else 1
    start = published.year + (offset - published.year) % 5
    if offset == 1 and start == published.year and published.month > 5:
        start += 5   # (the spring's election is past: the coming term is the next one)
    return f"{start}/{start + 5}"


_COMPARED_FIGURE_BETWEEN = re.compile(r"(?<!\w)(?:cao hơn|thấp hơn|so với|bình quân|trung bình)\s+(?:(?:mức|tỷ lệ|con số)\s+)?"
                                      r"(?:(?:chung\s+)?(?:của\s+)?(?:cả nước|toàn quốc|cụm|vùng|khu vực)\s+)?(?:là\s+)?\d")


# a People's Council's term by its number ("HĐND tỉnh khóa XVIII", "so với khóa XVIII (29,17%)"): each province numbers
# its own councils, so the article must tie one number to its years ("HĐND tỉnh khóa XIX, nhiệm kỳ 2026 - 2031", or the
# election whose results it reports); the council's other numbers are five years apart
_COUNCIL_NUMBER = re.compile(r"(?<!\w)khóa\s+([xvi]+)(?!\w)")
_COUNCIL_NAMED = re.compile(r"(?<!\w)(?:hđnd|hội đồng nhân dân)\s+(tỉnh|thành phố|tp|huyện|quận|thị xã|xã|phường)?"
                            r"[^.;\d]{0,30}?khóa\s+([xvi]+)(?!\w)")
_COUNCIL_NUMBER_WITH_YEARS = re.compile(_COUNCIL_NAMED.pattern + r"\s*,?\s*\(?\s*nhiệm kỳ\s*((?:19|20)\d{2})\s*[-–]\s*(?:19|20)\d{2}")
_NOT_A_COUNCIL_BEFORE = re.compile(r"(?:quốc hội|đbqh|trung ương|đảng bộ|ban chấp hành|bch|tỉnh ủy|thành ủy|huyện ủy|đảng ủy|"
                                   r"đại hội|công đoàn|hội liên hiệp|đoàn thanh niên)[^.;]{0,25}$")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}


def _roman(numeral: str) -> int:
    total = 0
    for a, b in zip(numeral, numeral[1:] + " "):
        v = _ROMAN_VALUES[a]
        total += -v if b != " " and _ROMAN_VALUES[b] > v else v
    return total


def _council_key(named: re.Match) -> str:
    """A council's name as the text writes it between "HĐND" and "khóa" ("tỉnh tuyên quang", "tỉnh", "")."""
    name = re.sub(r"^(?:hđnd|hội đồng nhân dân)\s*", "", named.group(0)[:named.start(2) - named.start(0)])
    return " ".join(name.split()[:-1])


def _council_anchors(doc: _Doc) -> dict[str, tuple[int, int]]:
    """For each council the article numbers (by its name, "tỉnh tuyên quang", "tỉnh" …), one (number, first year): one
    said with its years, else, in an article on an election's results, its highest number as that election's term."""
    if doc._council_anchors is not None:
        return doc._council_anchors
    anchors: dict[str, tuple[int, int]] = {}
    for said in _COUNCIL_NUMBER_WITH_YEARS.finditer(doc.folded):
        anchors.setdefault(_council_key(said), (_roman(said.group(2)), int(said.group(3))))
    elections = [p for p in doc.usable_periods if p.kind == "election" and p.year % 5 == 1 and doc.pub is not None
                 and p.year == doc.pub.year and p.start < doc.title_end + 1500]
    if elections and doc.pub.month >= 3:
        highest: dict[str, int] = {}
        for named in _COUNCIL_NAMED.finditer(doc.folded):
            key = _council_key(named)
            highest[key] = max(highest.get(key, 0), _roman(named.group(2)))
        for key, number in highest.items():
            anchors.setdefault(key, (number, elections[0].year))
    doc._council_anchors = anchors
    return anchors


def _council_term(doc: _Doc, m: NumberMention, sent: Sentence, starts: list[int], usable: list) -> str | None:
    """The term of a council named by its number before ``m`` in its sentence, with no time said in the sentence
    before the figure ("HĐND tỉnh khóa XIX có 27 đại biểu nữ, …, so với khóa XVIII (29,17%)"), from the article's
    anchor for that council."""
    numbers = list(_COUNCIL_NUMBER.finditer(doc.folded, sent.start, m.start))
    named = list(_COUNCIL_NAMED.finditer(doc.folded, sent.start, m.start))
    if not numbers or not named:
        return None
    last = numbers[-1]
    if _NOT_A_COUNCIL_BEFORE.search(doc.folded, max(sent.start, last.start() - 40), last.start()) \
            or any(q.kind != "election" for q in _items_in(starts, usable, sent.start, m.start)):
        return None   # (the Assembly's or a Party committee's number; or a time said in the sentence, which rules)
    anchors = _council_anchors(doc)
    key = _council_key(named[-1])
    anchor = anchors.get(key)
    if anchor is None:   # (a council named by its level only, "HĐND tỉnh khóa XVIII": the one of that level the article anchors)
        same_level = [a for k, a in anchors.items() if k.split()[:1] == key.split()[:1]]
        anchor = same_level[0] if len(same_level) == 1 and len(key.split()) <= 1 else None
    if anchor is None:
        return None
    start = anchor[1] + 5 * (_roman(last.group(1)) - anchor[0])
    return f"{start}/{start + 5}" if abs(start - anchor[1]) <= 10 else None


_SINCE_BEFORE = re.compile(r"(?<!\w)từ\s+$")
_UNTIL_NOW_AFTER = re.compile(r"\s*(?:đến|tới)\s+nay(?!\w)")


def _period_of(doc: _Doc, m: NumberMention, sent: Sentence, ind: cat.Indicator | None,
               before_merger: bool) -> tuple[str | None, bool]:
    """``_period``'s search, with or without the periods "before the merger"."""
    if before_merger:
        usable, starts = doc.usable_periods, doc.usable_period_starts
        non_term, non_term_starts = doc.non_term_periods, doc.non_term_period_starts
    else:
        (usable, starts), (non_term, non_term_starts) = doc.periods_without_the_merger

    @lru_cache(maxsize=1)
    def target_here() -> bool:   # (asked only where a target's own time may differ: most figures never need it)
        return kind_of(doc.folded[sent.start:m.start], None, None) == "target"

    if doc.aside_periods or doc.has_local_periods:
        usable, starts = _visible_periods(doc, usable, m.start, sent)
        non_term, non_term_starts = _visible_periods(doc, non_term, m.start, sent)
    if any(doc.folded.find(word, sent.start, m.start) >= 0 for word in _RESPECTIVELY) \
            and (year := _respective_year(doc, m, sent)) is not None:
        return year, True
    if ind is not None and ind.code.startswith(_TERM_SCOPED) and doc.pub is not None \
            and "nhiệm kỳ" in doc.folded[sent.start:m.start] \
            and _COMING_TERM.search(doc.folded, _part_start(doc, sent, m.start), m.start) and target_here():
        # "Nhiệm kỳ này, Ủy ban bầu cử tỉnh phấn đấu tỷ lệ nữ trúng cử … đạt từ 35% trở lên" in February 2026, "phấn đấu
        # tỷ lệ nữ cấp ủy nhiệm kỳ tới …": a target of the term to come, not of the term named in the sentence before
        return _coming_term(ind, doc.pub.date()), True
    # a level of the compared body or time in parentheses ("so với Quốc hội khóa XIV (26,72%)", "So với nhiệm kỳ
    # 2021 – 2026 (tỷ lệ nữ đại biểu HĐND tỉnh là 27,5%)")
    compared = _compared_period_of_aside(doc, m, sent)
    if compared is not None:
        return compared.value, True
    if ind is not None and ind.code.startswith(("women_deputy", "women_candidate")) \
            and "khóa" in doc.folded[sent.start:m.start] and (council := _council_term(doc, m, sent, starts, usable)):
        return council, True
    # a period right after the figure in the same clause ("93% được giao cho năm 2024")
    for p in _items_in(starts, usable, m.end, min(sent.end, m.after + 40)):
        if p.kind == "year" and _SINCE_BEFORE.search(doc.folded, max(0, p.start - 6), p.start) \
                and _UNTIL_NOW_AFTER.match(doc.folded, p.end):
            # "… 727.215 lượt người khám chữa bệnh BHYT từ năm 2020 đến nay": a running total up to now
            now = next((q for q in _items_in(starts, usable, p.end, p.end + 12) if q.now), None)
            if now is not None:
                return now.value, True
            continue
        # (or in parentheses right after it: "… lên 11.740 người (năm 2023)")
        if (not _CLAUSE_BREAK.search(doc.folded[m.after:p.start]) and " thì " not in doc.folded[m.after:p.start]) \
                or _OPEN_PARENTHESIS_ONLY.fullmatch(doc.folded, m.after, p.start):
            return p.value, True   # (not past "thì": "Nếu như năm 2015, … mới đạt 76,2% thì đến nay …")
    term_scoped = ind is not None and ind.code.startswith(_TERM_SCOPED)
    if term_scoped and any(q.kind == "term" for q in usable):
        # never another kind of body's term: "BCH Đảng bộ huyện nhiệm kỳ 2020 - 2025 …; HĐND huyện khóa XII có 10/35 đại
        # biểu là nữ" is of the council's term
        usable = [q for q in usable if _term_fits(ind, q)]
        starts = [q.start for q in usable]
    inside = _items_in(starts, usable, sent.start, m.start)
    if not term_scoped and any(q.kind in _TERM_KINDS for q in inside) and not target_here():
        # (nor the term of a congress's resolution being carried out: "Sau 4 năm thực hiện Nghị quyết Đại hội Đảng bộ
        # tỉnh lần thứ XIX (nhiệm kỳ 2015–2020), số người tham gia BHXH … đạt 198.730 người" is of today; but a target
        # the resolution set is of its term)
        inside = [q for q in inside if q.kind not in _TERM_KINDS
                  or not _RESOLUTION_BEFORE_ITS_TERM.search(doc.folded, max(sent.start, q.start - 90), q.start)]
    if term_scoped and inside:
        # (an elected body's figure "before the merger" is of its term: "Trước hợp nhất, HĐND thành phố có 15 đại biểu nữ")
        inside = [q for q in inside if q.kind != "before_merger"]
    if inside:
        p = inside[-1]
        if p.now and ind is not None and ind.code.startswith(_TERM_SCOPED):
            # "HĐND tỉnh nhiệm kỳ 2021 – 2026 hiện có 38 đại biểu nữ": the body's term, not today
            terms = [q for q in inside if q.kind in _TERM_KINDS and ";" not in doc.folded[q.end:m.start]]
            if terms:
                p = terms[-1]
        if p.kind == "election" and ind is not None and ind.code.startswith(("women_deputy", "women_party_committee")):
            # "Tại cuộc bầu cử ngày 15/3/2026, HĐND tỉnh khóa XVII có … 32 đại biểu nữ": the term the election began
            return f"{p.year}/{p.year + 5}", True
        if p.kind == "year":
            # an as-of date in the same sentence wins over a bare year ("Tính đến ngày 25/12/2024, kế hoạch năm 2024 ...")
            asof = [q for q in inside if q.kind in ("asof_date", "now", "month") and q.year == p.year]
            if asof:
                p = asof[-1]
        return _previous_term_if_said(doc, m, sent, ind, p), True
    if term_scoped:
        # a term stated earlier in the paragraph, or the term of the congress/election the article reports
        terms = [q for q in _items_in(starts, usable, doc.paragraph_start(sent), sent.start) if q.kind in _TERM_KINDS]
        if terms:
            return _previous_term_if_said(doc, m, sent, ind, terms[-1]), False
        # the term of the section's heading line ("1. Trước hợp nhất (nhiệm kỳ 2020 - 2025)" over its items)
        heading = doc.section_heading(sent)
        terms = [q for q in _items_in(starts, usable, heading.start, heading.end) if q.kind in _TERM_KINDS] if heading else []
        if terms:
            return _previous_term_if_said(doc, m, sent, ind, terms[-1]), False
        after = [q for q in _items_in(starts, usable, m.end, sent.end) if ";" not in doc.folded[m.end:q.start]]
        group = ind.code.rsplit("_", 1)[0]
        event = doc.event_term(group, future=target_here())
        if not after and event is not None:
            return _previous_term_if_said(doc, m, sent, ind, event), False
    if ind is not None and not term_scoped and not doc.about_an_election(sent):
        # a term is the period of an elected body or a party committee: carried to a figure of one
        # of those, or to one about an election ("9 đồng chí nữ được bầu giữ chức Bí thư"), never to
        # a staff count or an insurance figure in a later sentence
        usable, starts = non_term, non_term_starts
    # a future year after the figure is a later target's ("đạt khoảng 45%, đến năm 2030 đạt 60%"),
    # unless the figure is a target itself
    # (not across a contrast: "… có 8 nữ Chủ tịch UBND xã, trong khi trước sắp xếp, năm 2024 …")
    # (nor past another figure compared with it: "… đạt 87,6% dân số, thấp hơn mức 92,04% của cả nước năm 2022" is the
    # country's year; but "4 nữ giám đốc sở trên tổng số 19 sở (tính đến cuối năm 2024)" is the count's)
    p = _nearest(starts, usable, sent, m.start, doc.paragraph_start(sent),
                 after_ok=lambda q: (doc.pub_year is None or q.year <= doc.pub_year or target_here())
                 and not _CONTRAST.search(doc.folded, m.after, q.start)
                 and not (bisect.bisect_left(doc.number_starts, m.after) < bisect.bisect_left(doc.number_starts, q.start)
                          and _COMPARED_FIGURE_BETWEEN.search(doc.folded, m.after, q.start)))
    if p is not None and p.start < sent.start and doc.pub_year is not None and p.year > doc.pub_year \
            and not target_here():
        p = None   # a future year carried from an earlier sentence is a target's, not this (present) figure's
    if p is not None and p.now and p.start < sent.start and ind is not None and (
            ind.code in _FLOW_CODES or _IN_THE_YEAR_OPENING.match(doc.folded, sent.start)):
        # the present of an earlier sentence ("Hiện cơ quan BHXH đang chi trả cho hơn 3,4 triệu người …") is no time of
        # a year's flow after it ("Có 190,5 triệu lượt khám chữa bệnh BHYT …", "Trong năm, cấp mới 1,85 triệu thẻ BHYT"
        # in a January report on the year before): the time the sentences before it spoke of
        # (of the report's year: not a year long past the article's contrast names, "Năm 2015, toàn tỉnh mới có …")
        earlier = [q for q in _items_in(starts, usable, doc.title_end, p.start)
                   if not q.now and q.kind not in ("election", "term")
                   and (doc.pub_year is None or doc.pub_year - 1 <= q.year <= doc.pub_year)]
        if earlier:
            p = earlier[-1]
    if p is None:
        # (not an election's date, the time of that event's figures: "Tại cuộc bầu cử ngày 23/5/2021, …" does not date
        # the next paragraph's staff; nor a time said of another province, "Năm 2024, tỉnh Hải Dương có …", in an
        # article about the province it merged into)
        earlier = [q for q in _items_in(starts, usable, doc.title_end, sent.start)
                   if (doc.pub_year is None or q.year <= doc.pub_year) and q.kind != "election"
                   and (q.look_back or not _said_of_another_province(doc, q))]
        if earlier:
            p = earlier[-1]
    if p is None and doc.title_end:
        in_title = [q for q in usable if q.start < doc.title_end]
        if in_title:
            p = in_title[-1]
    # "Năm 2024, BHXH tỉnh thu 14.820 tỷ đồng.¶ 7 tháng, BHXH tỉnh đã chi …": the months so far of this year,
    # not the year carried from before
    running = _items_in(doc.running_month_starts, doc.running_months, sent.start, m.start) if doc.running_months else []
    if running and (p is None or p.year != running[-1].year):
        return running[-1].value, True
    if p is not None:
        return _previous_term_if_said(doc, m, sent, ind, p), False
    return (str(doc.pub_year) if doc.pub_year else None), False


# the organisation after a plan or target is the one that set it ("đạt 100,3% kế hoạch BHXH Việt
# Nam giao"), not the one the figure is about
_ASSIGNER_BEFORE = re.compile(r"(?<!\w)(?:kế hoạch|kh|chỉ tiêu|dự toán)\s*(?:do\s*|của\s*)?$")


def _organization(doc: _Doc, m: NumberMention, sent: Sentence, ind: cat.Indicator, province: str | None) -> str | None:
    if ind.org_scope == "population":
        return None
    carry = doc.paragraph_start(sent) if ind.org_scope == "organization" else None
    o = _nearest(doc.org_starts, doc.orgs, sent, m.start, carry,
                 after_ok=lambda o: not _ASSIGNER_BEFORE.search(doc.folded, max(0, o.start - 25), o.start))
    if o is None:
        return None
    if ind.org_scope == "collector" and o.head != "BHXH":
        return None
    name = o.name
    if o.bare_level:
        target = doc.main_province if doc.main_province and doc.main_province != NATIONAL else province
        if target and target != NATIONAL and o.bare_level in ("tỉnh", "thành phố"):
            name = f"{name} {target}"
    else:
        name = _trim_after_province(name)
    return name


@lru_cache(maxsize=4096)
def _trim_after_province(name: str) -> str:
    """Trim trailing capitalised words after a province name ("BHXH tỉnh Bình Phước Lê ...")."""
    for p in province_names_cached():
        idx = name.find(" " + p)
        if idx >= 0:
            return name[: idx + 1 + len(p)]
    return name


_PLAN_LEFT = re.compile(
    r"(?<!\w)(?:kế hoạch|dự toán|chỉ tiêu|mục tiêu|kh)(?:\s+(?:(?:cho|cuối|đến|đến hết|đến cuối)?\s*năm(?:\s+\d{4})?|được giao|giao|đề ra|đặt ra|"
    r"của [^,;()]{1,30}?|[^,;()\d]{1,30}?\s+giao)){0,2}"   # (… "kế hoạch BHXH Việt Nam giao năm 2026 (8.203 tỷ đồng)")
    r"\s*(?::|là|=|\()?\s*$")


_PLAN_WORD = re.compile(r"kế hoạch|dự toán|chỉ tiêu|mục tiêu|kh")   # in every _PLAN_LEFT match ("KH": kế hoạch)


def _plan_before(doc: _Doc, m: NumberMention, sent: Sentence) -> bool:
    if m.implied_percent:
        return False
    left = doc.cuetext[max(sent.start, m.start - 60):m.start]
    return _PLAN_WORD.search(left) is not None and _PLAN_LEFT.search(left) is not None


# the figure, its unit noun (up to three words: "412/1.295 người là nữ") and the end of its clause, or its
# share or a figure beside it, with or without a comma ("…, chiếm 36,2%", "… với 3,4 triệu lượt", "…, chi 356 tỷ")
# (or its money, as the clause before had: "…; tỉnh Tây Ninh (cũ) có 7.823 người, số tiền 118,4 tỷ đồng")
_CLAUSE_ENDS_AFTER = re.compile(r"(?:\s+[^\s\d,.;()]+){0,3}?\s*(?:$|[.;)]|,?\s*(?:chiếm|đạt|bằng|tăng|giảm|vượt|tỷ lệ|với|chi|tương đương|tương ứng|số tiền)(?!\w)|,?\s*\()")
_PARALLEL_CLAUSE = re.compile(r";\s*(?:ở\s+|tại\s+|đối với\s+|còn\s+|riêng\s+(?:tại\s+|ở\s+)?)?(?:cấp|huyện|xã|tỉnh|thành phố|quận|phường|thị xã|khối|khu vực|"
                              r"lũy kế|cộng dồn|tính chung|cả năm|năm \d{4}|\d+ tháng|khóa [ivx]+|nhiệm kỳ|"
                              # (the period before: "…; năm trước là 20,1 triệu người", "…; quý trước (30/6/2024) là …")
                              r"năm trước|năm ngoái|cùng kỳ|quý trước|năm học trước|"
                              # (a time alone: "…; năm học 2022-2023 là 1.058 người", "…; hiện nay có 1.093 người")
                              r"năm học|hiện nay|hiện tại|đến nay|đến|tới|thời điểm|tại thời điểm)(?!\w)"
                              r"[^;]{0,40}?(?:(?:là|có|đạt|với)\s*)?$")   # (the verb too may be left out: "…; cấp huyện 1.036 người")


# an item of a list: a dash or bullet, or the emoji bullets of social-media posts and newsletters ("✔️ …", "🔹 …")
_LIST_ITEM = re.compile(r"(?:[-+•*–▪▫◆◇●○✔✅☑➤➢►▶👉🔹🔸📌📍🎯⭐✨]|\d\ufe0f?\u20e3|\d{1,2}[.)]|[a-zđ]\))\ufe0f?\s")
_DEADLINE_BEFORE = re.compile(r"(?<!\w)(?:đến|tới)\s+$")
# (not a report's section on a strategy's numbered objective, "1. Mục tiêu 1: Tăng cường sự tham gia của phụ nữ …:")
_TASK_HEADER = re.compile(r"(?<!\w)(?:nhiệm vụ|phấn đấu|đề ra|mục tiêu(?!\s+\d)|chỉ tiêu(?!\s+\d)|định hướng|(?<!được )giao)(?!\w)")   # (not with _RESULTS_HEADER)
# (and the indicators of a strategy where a place stands: "Một số chỉ tiêu của Chiến lược quốc gia về bình đẳng giới … tại
# tỉnh:" over "- Tỷ lệ nữ đại biểu HĐND tỉnh nhiệm kỳ 2021 - 2026: 30,8%")
# (and a snapshot at a date, "Các chỉ tiêu chủ yếu tính đến 31/10/2025:", or a header that states its own completion,
# "- Số người tham gia BHXH: 389.412 người, đạt 101,3% kế hoạch UBND tỉnh giao; trong đó:")
_RESULTS_HEADER = re.compile(r"(?<!\w)(?:kết quả|đạt được|thực hiện được|hoàn thành|đã đạt|vượt)(?!\w)")
# (those of a header that sets no target of its own: not "Mục tiêu phấn đấu tính đến 31/12/2025 như sau:", "… đề ra một
# số chỉ tiêu phấn đấu của tỉnh:")
_RESULTS_UNLESS_STRIVING_HEADER = re.compile(
    r"(?<!\w)(?:tính đến(?:\s+(?:ngày|hết|cuối))?\s+\d[\d/.-]*|đạt\s+\d[\d.,]*\s*%\s+(?:kế hoạch|chỉ tiêu)|"
    r"chỉ tiêu[^:.;]{0,160}?\s(?:tại|ở|của)\s+(?:tỉnh|thành phố|địa phương|huyện|xã|phường)\s*:)")
_STRIVING_HEADER = re.compile(r"(?<!\w)(?:phấn đấu|mục tiêu|đề ra|kế hoạch năm|dự kiến)(?!\w)")
_OPEN_PARENTHESIS_BEFORE = re.compile(r"\([^()]*$")
_ACTUAL_WORD = re.compile(r"(?<!\w)(?:đã|đạt được|kết quả|thực hiện được|hiện)(?!\w)")


_AT_AN_EVENT = re.compile(r"(?<!\w)(?:buổi|lớp|hội nghị|hội thảo|tập huấn|giải chạy|giải đấu|cuộc thi|hội thi|lễ|ngày hội|"
                           r"diễn đàn|tọa đàm|sự kiện|chương trình)(?!\w)")


def _participants_of_the_topic(doc: _Doc, hits: list, topic: int) -> "_Hit | None":
    """The last count of participants of a scheme in paragraph ``topic`` or the one before; when the counts there are
    of several schemes, or of none, the last count anywhere before of the scheme the title names, if the title names
    one ("… người tham gia BHXH tự nguyện …, tổng số người tham gia BHXH … là 81.256 người" under "Hơn 22.000 người
    tham gia BHXH tự nguyện": the voluntary scheme's)."""
    counts = [h for h in hits if h.indicator is not None and not h.excluded and h.indicator.code in _PARTICIPANT_CODES]
    near = [h for h in counts if topic - 1 <= h.sentence.paragraph]
    if len({h.indicator.code for h in near}) != 1 and doc.title_end:
        # (none near: the scheme the title counts the participants of, when the article counted them before: "Gần 2,6
        # triệu người tham gia BHXH tự nguyện, …" over "Thanh Hóa tiếp tục dẫn đầu cả nước với 166.950 người tham gia"
        # two paragraphs after "… cả nước có 2.582.300 người tham gia BHXH tự nguyện …")
        titled = {_PARTICIPANTS_OF_SCHEME[" ".join(x.group(1).split())]
                  for x in _PARTICIPANTS_OF_A_SCHEME.finditer(doc.folded, 0, doc.title_end)}
        if len(titled) == 1:
            near = [h for h in counts if h.indicator.code in titled] or near
    return near[-1] if near else None


def _bare_participants_topic(doc: _Doc, sent: Sentence, m: NumberMention) -> int | None:
    """The paragraph that says whose participants ``m`` counts, when they are participants of no scheme named: that
    of ``m``'s sentence ("số người tham gia vẫn tăng lên 1.112.406 người"), or of the header of the list ``m`` is an
    item of ("Một số địa phương có số người tham gia cao:" above "- An Giang: 41.250 người"); else None."""
    if _AT_AN_EVENT.search(doc.folded, sent.start, m.start):
        return None   # those at an event ("Tại buổi tập huấn …, có 150 người tham gia", "Giải chạy … có 5.000 người tham gia")
    if _BARE_PARTICIPANTS.search(doc.folded, max(sent.start, m.start - 60), min(sent.end, m.end + 25)):
        return sent.paragraph
    header = _list_header(doc, sent)
    if header is not None and _BARE_PARTICIPANTS.search(doc.folded, header.start, header.end) \
            and not _SCHEME_NOT_AN_OFFICE.search(doc.folded, header.start, header.end):
        return header.paragraph
    return None


def _percents_under_their_header(doc: "_Doc") -> list[NumberMention]:
    """Bare figures of list items whose header gives their unit as "(%)" ("Tỷ lệ nữ đại biểu Quốc hội qua các khóa
    (%):" above "- Khóa XI (2002-2007): 27,31") are percentages."""
    out = []
    for n in doc.numbers:
        if not (n.is_percent or n.is_money or n.noun_class or n.scale != 1 or n.value > 100):
            sent = doc.sentences[bisect.bisect_right(doc.sent_starts, n.start) - 1]
            header = _list_header(doc, sent)
            if header is not None and "(%)" in doc.text[header.start:header.end] \
                    and _BARE_FIGURE_ENDS_ITEM.match(doc.folded, n.after):
                n = replace(n, is_percent=True, implied_percent=True)
        out.append(n)
    return out


_BARE_FIGURE_ENDS_ITEM = re.compile(r"[ \t]*(?:[;.]?[ \t]*(?:\n|$)|[;,(])")


_TITLES_NOTE = re.compile(r"\s*\((?:kèm theo|đơn vị tính|đvt|nguồn)[^()]{0,150}\)$")
_NOTE_LINE = re.compile(r"[ \t]*\([^()\n]{3,160}\)[ \t]*")


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _list_header(doc: _Doc, sent: Sentence) -> Sentence | None:
    """The line that introduces the list ``sent`` is an item of ("Tỷ lệ bao phủ BHYT một số địa
    phương (đến 31/8/2025):" above "- Xã Quỳnh Phụ: 91,7%"): the sentence ending with ":" right above
    the run of "- …" lines ``sent`` belongs to, or None when ``sent`` is not such an item."""
    if not _LIST_ITEM.match(doc.text, sent.start):
        return None
    i = sent.index - 1
    # (an item that ends with ":" heads the items under it: "a) Về tỷ lệ nữ tham gia cấp ủy nhiệm kỳ 2020 - 2025:")
    while i >= 0 and _LIST_ITEM.match(doc.text, doc.sentences[i].start) and not _is_heading(doc, doc.sentences[i]) \
            and doc.text[doc.sentences[i].end - 1] != ":" and not _is_section_title(doc, doc.sentences[i], sent):
        i -= 1
    # (past a note in brackets on a line of its own under a table's title: "(Kèm theo Báo cáo số 12/BC-UBND …)",
    # "(Đơn vị tính: triệu đồng)")
    while i > 0 and _NOTE_LINE.fullmatch(doc.text, doc.text.rfind("\n", 0, doc.sentences[i].start) + 1,
                                         _line_end(doc.text, doc.sentences[i].end)):
        i -= 1
    if i < 0 or sent.index - i > 30:
        return None
    header = doc.sentences[i]
    if doc.text.endswith(")", 0, header.end) and (note := _TITLES_NOTE.search(doc.folded, header.start, header.end)):
        header = replace(header, end=note.start())   # (a title over its note: "TỶ LỆ BAO PHỦ BHYT …\n(Kèm theo Báo cáo số …)")
    # (or a heading in capitals, as posts write one: "🎯 NĂM 2025 PHẤN ĐẤU", or a section's title)
    return header if doc.text[header.end - 1] == ":" or _is_heading(doc, header) or _is_section_title(doc, header, sent) \
        else None


# a numbered section's or table's title on a line of its own, with no figure: "2. Số người tham gia BHXH bắt buộc phân
# theo địa bàn"
# (or a table's: "Bảng 1. Tỷ lệ nữ đại biểu Quốc hội qua một số khóa (%)")
_SECTION_TITLE = re.compile(r"[ \t]*(?:(?:bảng|biểu)[ \t]+\d{1,2}[ \t]*[.:]?|\d{1,2}[.)]|[a-zđ][.)]|[ivx]{1,4}[.)])[ \t]+[^\W\d]"
                            r"(?:[^\d.:;\n]|(?<!\d)(?:19|20)\d\d(?!\d)){4,120}", re.IGNORECASE)   # (a year is no figure)


def _is_section_title(doc: _Doc, header: Sentence, item: Sentence) -> bool:
    """Whether ``header`` titles the items under it: a numbered line of its own with no figure, above items marked
    otherwise ("- Thành phố Thủ Dầu Một: 171.430 người")."""
    return doc.text.startswith(("-", "+", "•", "*", "–"), item.start) \
        and bool(_SECTION_TITLE.fullmatch(doc.text, doc.text.rfind("\n", 0, header.start) + 1, header.end)) \
        and doc.text.startswith("\n", header.end) if header.end < len(doc.text) else False


_NUMBERED_LINE = re.compile(r"\s*(?:\d{1,2}(?:\.\d{1,2})*|[ivx]{1,4}|[a-zđ])\s*[.)]\s")


def _is_section_heading(doc: _Doc, sent: Sentence, k: int) -> bool:
    """``sent`` (the k-th sentence) is a heading line: a paragraph of its own of at most 100 characters, numbered,
    in capitals or ending with a colon, and not closed as a sentence is."""
    sentences = doc.sentences
    if (k > 0 and sentences[k - 1].paragraph == sent.paragraph) or \
            (k + 1 < len(sentences) and sentences[k + 1].paragraph == sent.paragraph):
        return False
    line = doc.text[sent.start:sent.end].rstrip()
    if not line or len(line) > 100 or line.endswith((".", ";", ",", "!", "?")):
        return False
    return line.endswith(":") or _NUMBERED_LINE.match(doc.folded, sent.start) is not None or _is_heading(doc, sent)


def _is_heading(doc: _Doc, sent: Sentence) -> bool:
    """A line in capitals that is a whole paragraph line of its own ("📌 MỤC TIÊU CẢ NĂM 2025")."""
    line = doc.text[sent.start:sent.end]
    letters = [c for c in line if c.isalpha()]
    return 4 <= len(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters) and len(line) <= 80


# (and a subset's opening of its own: "… 4.812 công chức, viên chức, người lao động. Trong đó:" above "+ Nữ: 3.127 người")
_GENERIC_LIST_HEADER = re.compile(r"\s*(?:kết quả|số liệu|tình hình)?(?:\s+thực hiện)?\s*(?:cụ thể)?\s*(?:như sau|gồm|là)?\s*:\s*"
                                  r"|\s*(?:trong đó|trong số đó|trong số này)\s*:\s*")
# ("Trong số người tham gia BHXH bắt buộc, khu vực Bình Dương (cũ) có …"; not "Trong số này, …", which points back)
_FRONTED_TOPIC = re.compile(r"[\s\-+•*–]*(?:về|riêng về|xét về|đối với|ở lĩnh vực|trong lĩnh vực|(?P<among>trong số)(?!\s+(?:này|đó)(?!\w)))"
                            r"\s+(?=[^,;.]{3,90}?,)")
_TRAILING_TOPIC = re.compile(r"(?<!\w)(?:là|được xếp là|thuộc về)\s+(?:các\s+|những\s+|hai\s+|ba\s+|bốn\s+|năm\s+|\d+\s+)?"
                             r"(?:địa phương|tỉnh, thành phố|tỉnh|thành phố|đơn vị|nơi)\s+(?:có\s+)?"
                             r"(?P<topic>[^,;.()\d]{3,90}?)\s+(?:cao|thấp|lớn|nhỏ|nhiều|ít)\s+nhất")
_PLACE_ATTACHED = re.compile(r"\s*(?:\(cũ\)\s*)?(?:\(|dẫn đầu với|dẫn đầu cả nước với|với|đạt|có|:)?\s*$")   # ("Điện Biên 99,5%")


def _ranking_topic(doc: _Doc, sent: Sentence, m: NumberMention) -> tuple[int, int] | None:
    """The span of the topic a ranking sentence names for all its figures, before them ("Về …, A dẫn
    đầu với …") or after a figure said of a place ("A (12,08%), B (12,41%) là ba địa phương có …
    thấp nhất"); None when it names none."""
    folded = doc.folded
    fronted = _FRONTED_TOPIC.match(folded, sent.start, m.start)
    i = bisect.bisect_left(doc.geo_starts, m.start) - 1
    attached = i >= 0 and doc.geo[i][0] >= sent.start and _PLACE_ATTACHED.fullmatch(folded, doc.geo[i][1], m.start)
    # (a group "Trong số …," is the topic of the places' figures after it, not of its subgroups: "Trong số đại biểu
    # nữ, có 41 người là người dân tộc thiểu số")
    if fronted is not None and (attached or not fronted.group("among")) \
            and not re.search(r"\d", folded[fronted.end():folded.index(",", fronted.end())]):
        return fronted.end(), folded.index(",", fronted.end())
    if not attached:
        return None
    trailing = _TRAILING_TOPIC.search(folded, m.after, sent.end)
    if trailing is None or trailing.group("topic").startswith(("tỷ lệ", "tỉ lệ")) != m.is_percent:
        return None   # (a count before "… có tỷ lệ … cao nhất" is not the rate: "Bình Dương có 1,2 triệu lao động, là …")
    return trailing.span("topic")


def _same_place_in_previous_clause(doc: _Doc, sent: Sentence, mentions: list, k: int, hits: list) -> "_Hit | None":
    """The hit at ``mentions[k]``'s place in the ";"-clause before its own, when the two clauses open
    with figures of the same kinds in the same order up to it (and that one was classified); else None."""
    folded = doc.folded

    def clause(pos: int) -> int:
        return folded.count(";", sent.start, pos)

    mine = clause(mentions[k].start)
    ours = [i for i, n in enumerate(mentions[:k + 1]) if clause(n.start) == mine]
    theirs = [i for i, n in enumerate(mentions) if clause(n.start) == mine - 1][:len(ours)]
    if len(theirs) < len(ours) or theirs[-1] >= len(hits):
        return None

    def kind(n: NumberMention) -> tuple:
        return n.is_percent, n.is_money, n.noun_class, n.noun   # ("có 6 nữ; … có 12 đảng viên trẻ": not the same)

    if [kind(mentions[i]) for i in ours] != [kind(mentions[i]) for i in theirs]:
        return None
    twin = hits[theirs[-1]]
    return twin if twin.indicator is not None and not twin.excluded else None


_ANNOUNCES_THE_LIST_END = re.compile(r"\s+(?:cụ thể\s+)?(?:như sau|gồm|bao gồm)$")


def _header_end(doc: _Doc, header: Sentence) -> int:
    """Where a list header's own words end: before its ":" and a parenthesis that closes it."""
    end = header.end - 1 if doc.text[header.end - 1] == ":" else header.end   # (a title's has none)
    while end > header.start and doc.text[end - 1].isspace():
        end -= 1
    # (and before the words that only announce the list: "… số người tham gia BHYT trên địa bàn ba tỉnh (cũ) như sau:")
    if (announcing := _ANNOUNCES_THE_LIST_END.search(doc.folded, header.start, end)) is not None:
        end = announcing.start()
    if doc.text[end - 1:end] == ")":
        opening = doc.text.rfind("(", header.start, end)
        if opening > header.start:
            end = opening
    return end


_SAME_MEASURE = re.compile(r"(?<!\w)(?<!trong )(?:con số này|số này|tỷ lệ này|con số tương ứng|số liệu này)(?!\w)(?!\s+bao gồm)")
# a clause whose subject is a place, and its time, only ("năm 2024 tỉnh Lâm Đồng (cũ) đạt tỷ lệ …"; not "Công tác giải quyết
# hồ sơ … đạt tỷ lệ 99,8%")
_PLACE_SUBJECT_ONLY = re.compile(r"\s*(?:(?:năm\s+)?(?:19|20)\d{2}\s*,?\s*)?(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|xã|phường|"
                                 r"khu vực|đặc khu)\s+[^\d,;.]{2,40}?\s*")
_BARE_RATE_REACHED = re.compile(r"(?<!\w)đạt tỷ lệ(?:\s+(?:khoảng|gần|hơn|trên))?\s*$")
def _excluded_term_in_clause(doc: _Doc, ind: cat.Indicator, m: NumberMention, sent: Sentence, prev_end: int) -> bool:
    """Whether one of ``ind``'s excluded terms stands in the clause of ``m`` (as _classify tests its candidates)."""
    occurrences = doc.occ.get((ind.code, "excluded_terms"))
    clause_lo = doc.clause_start(max(prev_end, sent.start), m.start)
    return _any_in(occurrences, clause_lo, m.start) or _any_in(occurrences, m.after, doc.clause_end(m.after, sent.end))


# a change between two rates makes the second a change too ("…, tăng 2,1%"); a new level is not one
# ("nhiệm kỳ 2021-2026 tăng lên 32,29%")
_CHANGE_IN_CLAUSE = re.compile(r"(?<!\w)(?:(?:tăng|giảm)(?!\s+(?:lên|xuống|còn|thành)(?!\w))|so với|vượt|chỉ số|hài lòng)(?!\w)")
# another group than the previous rate's: "tỷ lệ nữ cấp ủy đạt 22,6%, cấp ủy viên trẻ tuổi 12,1%"
_OTHER_GROUP = re.compile(r"(?<!\w)(?:trẻ tuổi|dân tộc thiểu số|người dân tộc|tôn giáo|nam giới|trình độ|khuyết tật|"
                          r"đảng viên mới|tái cử|lần đầu|ngoài đảng|(?:dưới|trên|từ) \d+ tuổi)(?!\w)")
# a whole, not the women, when the women follow it: "cao hơn khóa XV (30 đại biểu, 11 nữ)"
_WOMEN_COUNTED_NEXT_IN_THE_ASIDE = re.compile(r"[^()\d;]{0,25},\s*(?:trong đó\s+)?(?:có\s+)?\d[\d.]*\s+(?:nữ|đại biểu nữ|người là nữ)(?!\w)")
# (a body's past term too: "so với Quốc hội khóa XIV (26,72%)")
# (or "cao hơn/thấp hơn" a term without "so với": "… chiếm 26,72%, cao hơn khóa XIII (122 đại biểu, 24,4%)")
_COMPARED_TERM_LEVEL = re.compile(r"(?<!\w)(?:so với|(?:cao|thấp|nhiều|ít) hơn(?=\s+(?:nhiệm kỳ|khóa)))\s+(?:cùng (?:kỳ|thời điểm|thời gian|giai đoạn)\s+)?(?:(?:quốc hội|hđnd(?:\s+[^\s();\d]+){0,3})\s+)?"
                                  r"(?:(?:(?:cuối|đầu|hết)\s+)?(?:nhiệm kỳ|khóa|năm|tháng|quý|giai đoạn|thời điểm)[^();]{0,30}?|"
                                  r"(?:mục tiêu|chỉ tiêu|kế hoạch)[^();]{0,60}?)\(\s*$"   # ("… so với mục tiêu Nghị quyết đề ra (20%)")
                                  # (or the earlier time named in the brackets: "tăng 3,8 điểm phần trăm (nhiệm kỳ trước là
                                  # 11,29%)", "thấp hơn 0,3 điểm phần trăm so với cùng kỳ (cùng kỳ năm 2022 là 92,9%)")
                                  r"|\(\s*(?:cùng kỳ(?:\s+năm\s+(?:trước|\d{4}))?|(?:nhiệm kỳ|khóa|năm)\s+(?:trước|\d{4}(?:\s*[-–]\s*\d{4})?|[xvi]+))"
                                  r"\s*(?:là|đạt|chỉ đạt|chỉ có|có|:)?\s*$"
                                  # (or the country's average: "thấp hơn 1,8 điểm phần trăm so với tỷ lệ chung của cả nước (90%)",
                                  # "… so với mức bình quân cả nước là 39,25%")
                                  r"|(?<!\w)so với\s+(?:(?:mức|tỷ lệ)\s+)?(?:(?:bình quân|trung bình)\s+)?(?:chung\s+)?(?:của\s+)?"
                                  r"(?:cả nước|toàn quốc)\s*(?:\(\s*|là\s+)$")
# an aside in parentheses between two rates ("28,3% (17/60 đại biểu); HĐND cấp huyện 29,6%")
_ASIDE = re.compile(r"\([^()]{0,60}\)")
# a share, then the count it stands for, whose noun names both ("tỷ lệ nữ lên tới 67% với 58 nữ viên chức")
_WITH_ITS_COUNT = re.compile(r"\s*,?\s*(?:với|gồm|tương đương|tương ứng)(?:\s+(?:với|là))?\s*(?:khoảng\s+|gần\s+|hơn\s+)?")
# between a share and the figure of the whole it is a share of: "38,5% (trên) tổng số 3.420 …"
_OF_A_TOTAL = re.compile(r"\s*(?:trên|trong|của|so với)?\s*tổng số\s*(?:là\s*)?$")
# words that end what a figure may inherit from the one before it: a change or a total in between
_CHANGE_OR_TOTAL = re.compile(r"(?<!\w)(?:tăng|giảm|so với|vượt|tổng)(?!\w)")
_SUBSET_NOT_OF_A_PLACE = re.compile(r"(?<!\w)trong đó(?!\s+(?:tỉnh|huyện|xã|thành phố|quận|thị xã|phường))(?!\w)")
# between a rate and the count it amounts to: "92,8% dân số, tương đương 1.196.300 người"
_EQUIVALENT_COUNT = re.compile(r"\s*(?:dân số|lực lượng lao động(?:\s+trong độ tuổi(?:\s+lao động)?)?)?\s*,?\s*"
                               r"(?:tương đương|tức là|tức(?!\w)|ứng với|với)(?:\s+(?:với|khoảng|gần|hơn|trên))*\s*"
                               # the count in brackets right after its share: "nữ chiếm 31,4% (1.076 người)"
                               r"|\s*\(\s*(?:tương đương|tức|với|gồm)?\s*")
# ("… của cả nước (94,2%)", "… mức bình quân của cả nước (khoảng 90%)")
_LEVEL_VERB_AFTER = re.compile(r"\s*(?:(?:là|đạt|chỉ đạt|mới đạt|chiếm|có|ở mức)\s|\(\s*(?:(?:khoảng|gần|hơn|trên|là|đạt)\s+)?\d)")
_WOMEN_NEAR = re.compile(r"(?<!\w)(?:nữ|phụ nữ)(?!\w)")
_WOMEN_ITEM = re.compile(r"\s*[-+•*–]?\s*(?:nữ|phụ nữ|trong đó nữ)\s*:")
# an item's own word for women before its figure ("- Cấp tỉnh: nữ chiếm 29,0%")
_WOMEN_LABEL_BEFORE = re.compile(r"(?<!\w)(?:nữ|phụ nữ)\s*(?:chiếm|là|:)(?:\s+(?:khoảng|gần|hơn|trên))?\s*$")
_TOTAL_ITEM = re.compile(r"\s*[-+•*–]?\s*(?:tổng số|tổng cộng)(?!\w)")
_OPENS_A_LIST_END = re.compile(r"(?:trong đó|gồm|cụ thể)\s*:?\s*$")
# (or a label of the whole's women: "Có 138 người ứng cử … Nữ: 57 người, chiếm 41,3%.")
_COMPOSITION_START = re.compile(r"\s*(?:(?:trong đó|trong số đó|trong số này|về cơ cấu|cơ cấu gồm|cơ cấu)(?!\w)|(?P<label>nữ\s*:))")
_SUBSET_START = re.compile(r"\s*(?:trong đó|trong số đó|trong số này)(?!\w)")
# (and "Cụ thể," over the places of the whole before: "… 3.512.944 người tham gia BHYT. Cụ thể, tỉnh Nam Định có
# 1.723.118 người, …")
# (also after the report it is drawn from, and as "trong tổng số … nêu trên", which names the whole again: "Theo báo
# cáo của BHXH tỉnh, trong tổng số người tham gia BHYT nêu trên, khu vực Bình Định (cũ) có 1.402.115 người")
_PART_START = re.compile(r"\s*(?:theo [^,;\d]{0,60},\s*)?(?P<part>trong đó|trong số đó|trong số này|riêng|cụ thể|"
                         r"trong tổng số[^,;\d]{0,60}?(?:nêu trên|trên|này|đó))(?!\w)")


# a photo's caption, a paragraph of its own set in the text: "Cán bộ BHXH huyện tư vấn cho người dân. Ảnh: Minh Thư"
_CAPTION_END = re.compile(r"(?:^|[\s.(])ảnh\s*:\s*[^\n:]{1,60}$")   # (a credit may hold dots: "Ảnh: T.L", "VGP/N.B.")


def _sentence_before(doc: _Doc, si: int) -> int:
    """The index of the sentence before sentence ``si``, passing over photo captions."""
    i = si - 1
    while i >= 0:
        sent = doc.sentences[i]
        last = i
        while last + 1 < len(doc.sentences) and doc.sentences[last + 1].paragraph == sent.paragraph:
            last += 1
        if sent.paragraph == doc.sentences[si].paragraph or not _CAPTION_END.search(
                doc.folded, doc.paragraph_start(sent), doc.sentences[last].end):
            return i
        i = doc.paragraph_start_index(sent) - 1
    return -1


def _part_of_previous(doc: _Doc, sent: Sentence, m: NumberMention, whole: "_Hit") -> bool:
    """True when ``m``, the first figure of a sentence that opens with "Trong đó"/"Riêng" and names a
    place, is that place's part of ``whole``, the last figure of the sentence before in its paragraph:
    of the same kind, with nothing between but words (no figure, change or total). (A part that is
    not a place, "Trong đó, 300 người là hộ nghèo", is a sub-population the catalogue does not count.)"""
    # (the whole may end the paragraph before: "… 26.842 người tham gia BHXH tự nguyện.¶ Trong đó, huyện
    # Hải Lăng có 3.214 người …"; _sentence_before has passed a photo caption between them over)
    opening = _PART_START.match(doc.folded, sent.start)
    if opening is None or whole.sentence.paragraph < sent.paragraph - 2:
        return False
    if whole.sentence.index != _sentence_before(doc, sent.index):
        # (unless the opening names the whole's measure again: "trong tổng số người tham gia BHYT nêu trên")
        named = opening.group("part")
        if not named.startswith("trong tổng số") or whole.sentence.paragraph < sent.paragraph - 1 \
                or not any(cue.pattern.search(named) for cue in whole.indicator.cues):
            return False
    if whole.mention.is_money != m.is_money or whole.mention.noun_class != m.noun_class:
        return False
    if whole.indicator.theme == "gender" and not opening.group("part").startswith("trong"):
        # "… 1.298 đại biểu nữ. Riêng HĐND TP Tân An bầu được 35 đại biểu": a part need not be women (but a subset
        # is: "… nữ có 187 người, chiếm 18,48%. Trong đó, khu vực Hà Giang (cũ) có 86 người")
        return False
    if not any(g[2] in ("province", "area") for g in _items_in(doc.geo_starts, doc.geo, sent.start, m.start)):
        return False
    between = doc.cuetext[opening.end():m.start]
    return len(between) < 90 and not re.search(r"\d", between) and not _CHANGE_OR_TOTAL.search(between) \
        and (m.noun != "người" or bool(_A_PLAIN_COUNT_ENDS.match(doc.folded, m.after)))


# a unit of a list of hospitals, offices or firms: "…; Trung tâm Y tế huyện Quảng Xương 97,2 tỷ đồng"
_UNIT_FIRST = re.compile(r"\s*(?:bệnh viện|trung tâm y tế|trung tâm|phòng khám|trạm y tế|bhxh|sở|công ty|trường)(?!\w)")


_BARE_ITEM_ENDS = re.compile(r"\s*(?:[;.]|$)")


def _place_led_clause(doc: _Doc, lo: int, hi: int) -> int | None:
    """The position of the last ";" of ``[lo, hi)`` when the clause after it starts with a place
    ("…; Hà Nội đạt 69.215 tỷ đồng") or a unit of a list of them (``_UNIT_FIRST``)."""
    semi = doc.cuetext.rfind(";", lo, hi)
    if semi < 0:
        return None
    if _UNIT_FIRST.match(doc.cuetext, semi + 1):
        return semi
    i = bisect.bisect_left(doc.geo_starts, semi)
    if i >= len(doc.geo_starts) or doc.geo_starts[i] >= hi \
            or not _PLACE_LEAD.fullmatch(doc.cuetext, semi + 1, doc.geo_starts[i]):
        return None
    return semi


# the words a clause may put before its place ("…; khu vực Tây Ninh (cũ) là 2.105 tỷ đồng")
_PLACE_LEAD = re.compile(r"\s*(?:(?:khu vực|địa bàn|tại|ở|riêng|còn|đối với)\s+)*"
                         # (or its body: "…; HĐND tỉnh Gia Lai có 19/60 (31,67%)")
                         r"(?:(?:hđnd|ubnd|bhxh|đảng bộ|ban chấp hành đảng bộ)\s+(?:tỉnh|thành phố|tp\.?)?\s*)?")


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# a change verb that leads to the level after it ("…, sang khóa XIII (2011-2016) giảm xuống 122 người"): no change amount
_TO_A_LEVEL_END = re.compile(r"(?<!\w)(?:tăng|giảm)(?:\s+(?:mạnh|nhanh|nhẹ))?\s*,?\s+(?:chỉ\s+)?(?:lên|xuống còn|xuống|còn)"
                             r"(?:\s+(?:mức|tới))?\s*$")
_TIME_SPAN = re.compile(r"(?:^|[;,])\s*(?:(?:ước\s+)?thực hiện\s+|kết quả\s+|riêng\s+)?(?:(?:đến|tới|sang|vào|cuối|hết|đầu)\s+)?"   # ("…; đến năm 2023 phục hồi lên …", "…, Thực hiện đến 30/9/2026 là …")
                        r"(?:(?:lũy kế|cộng dồn|tính chung|trong)\s+\d{1,2} tháng|(?:năm\s+)?(?:19|20)\d{2}|"
                        # "…; năm học 2022-2023 là 1.058 người", "…; đến 30/9/2023 là 1.197 tỷ đồng"
                        r"năm học\s+(?:19|20)\d{2}\s*[-–/]\s*(?:19|20)\d{2}|"
                        # (or the period before, dated in brackets: "…; quý trước (30/6/2024) là 586,9 tỷ đồng")
                        r"(?:(?:quý|năm|cùng kỳ năm)\s+trước\s*\(?\s*)?(?:ngày\s+)?\d{1,2}/\d{1,2}(?:/(?:19|20)\d{2})?\s*\)?|"
                        # a term: "…; khóa XIII (2011-2016) có 122 nữ", "…; nhiệm kỳ 2021-2026 có 38 người"
                        r"(?:khóa [ivx]+\s*)?(?:nhiệm kỳ\s*(?:trước\s*)?)?\(?\s*(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\s*\)?)(?!\d)")
# a report's time of months or a day between a plan and its result ("ước TH 6 tháng", "thực hiện đến 30/6"), not a
# duration that qualifies a group ("có thời gian đóng dưới 12 tháng chiếm 20%")
_MONTHS_OR_DAY = re.compile(r"(?<!\w)(?:(?<!dưới )(?<!đủ )(?<!trên )(?<!hơn )(?<!từ )(?<!mỗi )(?<!tối thiểu )(?<!ít nhất )"
                            r"\d{1,2}\s+tháng(?!\s+tuổi)"
                            r"|(?:đến|tới|hết|ngày)\s+\d{1,2}/\d{1,2}(?:/\d{4})?|\d{1,2}/\d{1,2}/(?:19|20)\d{2})(?!\w)"
                            # (and the fraction a share in brackets gives: "…; TP Hồ Chí Minh 12/30 (40%)", "… 8/25 đồng chí (32%)")
                            r"|\d[\d.]*/\d[\d.]*(?:\s+[^\W\d]+){0,3}\s*\(\s*$")
_NEW_RATE = re.compile(r"(?<!\w)(?<!có )(?<!với )tỷ lệ(?! này)(?! tương ứng)(?!\w)")   # ("các tỷ lệ tương ứng là …": the same)
_NEW_SUBJECT = re.compile(r"(?<!\w)(?:tỷ lệ|tăng|giảm|so với|vượt|thấp hơn|cao hơn|bình quân|trung bình|lãi|lương|giá)(?!\w)")


# a sentence that ranks places: "Top 10 địa phương …", "Dẫn đầu là …", "Đứng đầu cả nước là …", "Tiếp theo là …"
_RANKING_OPENING = re.compile(r"\s*(?:[-+•*–]\s*)?(?:top\s+\d+|\d+\s+(?:địa phương|tỉnh, thành phố|tỉnh)\s+(?:có|dẫn đầu)|"
                              # "Hai vị trí còn lại trong top 5 thuộc về Đồng Nai (1,07 triệu người) …", "Tiếp theo là …"
                              r"(?:hai|ba|bốn|năm|\d+)\s+vị trí\s+(?:còn lại|tiếp theo|kế tiếp)|"
                              # "Cụ thể, 6 tỉnh miền núi … gồm: Điện Biên 99,5%, …", "Hai thành phố lớn nhất được giao mức: …"
                              r"(?:cụ thể,?\s*)?(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d+)\s+(?:tỉnh|thành phố|địa phương)"
                              r"(?:,\s*thành phố)?[^:.;]{0,80}:|"
                              r"(?:tiếp theo|tiếp đến|kế đến|xếp sau|theo sau)\s+(?:là|gồm)|"
                              r"(?:dẫn đầu|đứng đầu)(?:\s+cả nước)?\s+(?:là|gồm)|(?:các|những)\s+(?:địa phương|tỉnh)\s+"
                              r"(?:dẫn đầu|có\s+(?:tỷ lệ|số)[^,;.:\d]{0,40}?(?:cao|thấp|lớn|nhiều|ít)\s+nhất))(?!\w)")


# between an item's count and the next item's place: "… 22.106 người, tỉnh Bình Phước …"
# (or "và" alone: "tỉnh Đồng Nai (cũ) có 39.117 người và tỉnh Bình Phước có 24.580 người tham gia BHXH tự nguyện")
_ITEM_LINK = re.compile(r"[^\S\n]*(?:người|lao động|lượt người)?\s*(?:,\s*(?:và\s+)?|\s+và\s+)"
                        r"(?:(?:tỉnh|thành phố|huyện|xã|phường|thị xã|quận|khu vực)\s+)?")


_SCHEME_COVERAGE = {"bhxh": "si_coverage_rate", "bảo hiểm xã hội": "si_coverage_rate", "bhtn": "ui_coverage_rate",
                    "bảo hiểm thất nghiệp": "ui_coverage_rate", "bhyt": "hi_coverage_rate", "bảo hiểm y tế": "hi_coverage_rate"}
# (not an office, "Theo BHXH tỉnh, …")
_SCHEME_NAME = re.compile(r"(?<!\w)(?:" + "|".join(_SCHEME_COVERAGE) + r")(?!\w)"
                          r"(?!\s+(?:tỉnh|thành phố|việt nam|huyện|khu vực|cơ sở|xã|phường)(?!\w))")
_COVERAGE_CODES = frozenset(_SCHEME_COVERAGE.values())
# a coverage rate's base, then the scheme it joins: "35% lực lượng lao động trong độ tuổi tham gia bảo hiểm thất nghiệp"
_JOINS_A_SCHEME_RIGHT = re.compile(r"\s*(?:lực lượng lao động|dân số)(?:\s+trong độ tuổi(?:\s+lao động)?)?\s+(?:có\s+)?tham gia\s+"
                                   r"(bhxh|bảo hiểm xã hội|bhtn|bảo hiểm thất nghiệp|bhyt|bảo hiểm y tế)(?!\w)")
_PARTICIPANTS_OF_SCHEME = {"bhxh bắt buộc": "si_compulsory_participants", "bhxh tự nguyện": "si_voluntary_participants",
                           "bhxh": "si_participants", "bhtn": "ui_participants", "bhyt": "hi_participants",
                           "bảo hiểm xã hội bắt buộc": "si_compulsory_participants",
                           "bảo hiểm xã hội tự nguyện": "si_voluntary_participants", "bảo hiểm xã hội": "si_participants",
                           "bảo hiểm thất nghiệp": "ui_participants", "bảo hiểm y tế": "hi_participants"}
# the schemes' names, the longer first ("bhxh bắt buộc" before "bhxh")
_SCHEME_NAMES = "|".join(_PARTICIPANTS_OF_SCHEME)
_PARTICIPANTS_SCHEME = re.compile(r"(?<!\w)(?:" + _SCHEME_NAMES + r")(?!\w)"
                                  r"(?!\s+(?:tỉnh|thành phố|việt nam|huyện|khu vực|cơ sở|xã|phường)(?!\w))")
# participants of a scheme named as such ("số người tham gia BHXH tự nguyện") or the scheme as a topic ("Với bảo hiểm xã
# hội, …"), not a scheme's policy ("tuyên truyền chính sách BHXH tự nguyện")
_PARTICIPANTS_OF_A_SCHEME = re.compile(r"(?<!\w)(?:tham gia|với|về|đối với)\s+(" + _SCHEME_NAMES + r")(?!\w)")
# a count of people that says no more of them than that they take part, then its clause ends ("… 948.317 người, …",
# "… 1.150 người tham gia."; not "2.150 người thuộc hộ nghèo", "320 người được hỗ trợ học nghề", "6.300 người chưa gia
# hạn thẻ": a group of its own)
_A_PLAIN_COUNT_ENDS = re.compile(r"\s*(?:người|lượt người)?(?:\s+tham gia(?:\s+(?:bhxh|bhyt|bhtn|bảo hiểm)[^\d,;.()]{0,25})?)?"
                                 r"\s*(?:$|[,;.:()]|(?:và|tăng|giảm|đạt|chiếm|bằng|tương đương|tương ứng)(?!\w))")
# a sentence that turns to one scheme: "Riêng BHXH tự nguyện, …", "Đối với BHTN, …"
_FRONTED_SCHEME = re.compile(r"\s*(?:riêng|về|đối với|còn|với)\s+(?:(?:số người tham gia|người tham gia)\s+)?"
                             r"(?P<scheme>" + _SCHEME_NAMES + r")\s*,\s*")
# (then nothing but a time, a target's word or a verb before its count: "chỉ tiêu là 131.000 người", "năm 2023 đạt …")
_PLAIN_COUNT_AFTER_THE_TOPIC = re.compile(r"(?:(?:toàn tỉnh|toàn thành phố|toàn huyện|cả nước|năm\s+\d{4}|chỉ tiêu(?:\s+(?:được\s+)?giao)?|"
                                          r"kế hoạch(?:\s+(?:được\s+)?giao)?|mục tiêu|hiện|đến nay|có|là|đạt|mới đạt|chỉ đạt|"
                                          r"khoảng|gần|hơn|trên)\s*,?\s*)*")
# a rate whose clause opens with its scheme's name alone: "- Năm 2023: BHXH đạt 22%; BHTN đạt 17%; BHYT đạt 92,5%." (the
# rows of a plan's table of coverage), "(BHXH 12,5% và BHYT 92%)"; not money collected or owed in the sentence ("thu BHXH đạt 100% kế hoạch, BHYT đạt 98%")
_SCHEME_OPENS_THE_CLAUSE = re.compile(r"(?:^|[.;:\n•+*–(-]|,|\svà)\s*(?:(?:tỷ lệ\s+)?(?:tham gia|bao phủ)\s+)?"
                                      r"(?P<scheme>bhxh|bảo hiểm xã hội|bhtn|bảo hiểm thất nghiệp|bhyt|bảo hiểm y tế)"
                                      r"(?:\s+(?:tự nguyện|bắt buộc))?\s*(?:đạt|là|:)?\s*(?:(?:khoảng|gần|hơn|trên|từ)\s+)?$")
# a list item labelled by a scheme alone, with its count of people: "+ BHYT: 1.648.905 người;" under "- Số người tham gia
# BHXH: …"
_SCHEME_LABELLED_ITEM = re.compile(r"\s*[-+•*–]\s*(?P<scheme>" + _SCHEME_NAMES + r")\s*:\s*")
# visits counted with their cost, in an article on medical treatment: "Bệnh viện II Lâm Đồng có 38.640 lượt, chi phí 51,3
# tỷ đồng"
_THEIR_COST_AFTER = re.compile(r"\s*(?:lượt\s*)?,\s*(?:với\s+)?(?:tổng\s+)?chi(?:\s+phí)?(?:\s+(?:là|khoảng|hơn|gần|trên))?\s*\d")
_TREATMENT_WORDS = ("khám chữa bệnh", "khám, chữa bệnh", "kcb")
# a count of women with no noun ("… có 8.904 nữ, chiếm 56,6%"), and the staff its paragraph speaks of
_BARE_WOMEN_RIGHT = re.compile(r"\s+nữ\s*(?:[,.;()]|$|(?:chiếm|trong đó|là)(?!\w))")
# (not the women of a body or its leaders: "Trong 9 người của Thường trực Đảng ủy, HĐND, UBND phường có 4 nữ", "Ủy ban
# Kiểm tra Tỉnh ủy gồm 15 đồng chí, có 3 nữ")
_LEADERS_OR_ELECTED = re.compile(r"(?<!\w)(?:thường trực|lãnh đạo|chủ chốt|ban thường vụ|ban chấp hành|đại biểu|ủy viên|cấp ủy|"
                                 r"ứng cử|trúng cử|quản lý|đồng chí|ủy ban|ban(?!\s+hành)|"
                                 # (nor those of a flow of staff: "… tinh giản 412 người …, trong đó có 186 nữ")
                                 r"tinh giản|giảm|nghỉ|thôi việc|tuyển dụng|tiếp nhận|tăng)(?!\w)")
_STAFF_WORD = re.compile(r"(?<!\w)(?:cán bộ|công chức|viên chức|người lao động|nhân viên|cbccvc|cbcc|ccvc|biên chế)(?!\w)")
_SCHEME_RATE_ENDS_AFTER = re.compile(r"\s*(?:trở lên\s*)?(?:$|[;.,)\n]|và\s|(?:so với\s+)?(?:dân số|lực lượng lao động|lllđ)(?!\w))")
_MONEY_NAMED = re.compile(r"(?<!\w)(?:thu|số thu|nợ|chậm đóng|chi|kinh phí|quỹ)(?!\w)")
_PLACE_AMONG_THE_COUNTED = re.compile(r"\s*,?\s*(?:trong đó|trong số đó|riêng|nhất là|đặc biệt là)\s+[^\d;.()]{2,40}?"
                                      r"(?:\s+(?:chỉ|chỉ có|có|là|đạt|với|ở mức|thấp nhất|cao nhất)(?:\s+(?:là|với))?)?\s*:?\s*")
_THESE_RATES = re.compile(r"(?<!\w)(?:các|những|hai|ba)\s+(?:tỷ lệ|chỉ tiêu|chỉ số)\s+(?:này|trên|đó|tương ứng)(?!\w)")
_RATE_WORD = re.compile(r"(?<!\w)(?:tỷ lệ|bao phủ)(?!\w)")


def _another_groups_rate_between(doc: _Doc, lo: int, hi: int) -> bool:
    """Whether a rate of a group other than the catalogue's is named in ``[lo, hi)``: "…; tỷ lệ đại biểu là người dân tộc
    thiểu số đạt 38,5%, …" (not "tỷ lệ nữ khóa này tăng … và lần đầu tiên vượt …")."""
    return any(_OTHER_GROUP.search(doc.folded, rate.end(), min(hi, rate.end() + 40))
               for rate in _NEW_RATE.finditer(doc.folded, lo, hi))


_PLAN_AFTER_THE_LIST = re.compile(r"\s*(?:so với\s+)?(?:kế hoạch|chỉ tiêu|dự toán)(?!\w)")


def _rates_named_before(doc: _Doc, sent: Sentence) -> list[str]:
    """The schemes whose rates the sentence before ``sent``, in its paragraph, names ("Tỷ lệ bao phủ BHXH và BHTN …")."""
    if sent.index == 0 or doc.sentences[sent.index - 1].paragraph != sent.paragraph:
        return []
    before = doc.sentences[sent.index - 1]
    if not _RATE_WORD.search(doc.folded, before.start, before.end):
        return []
    return [" ".join(x.split()) for x in _SCHEME_NAME.findall(doc.folded, before.start, before.end)]


def _respective_measures(doc: _Doc, sentence_hits: list, hits: list) -> None:
    """Rates listed after "lần lượt" take the measures named before it, in order: "tỷ lệ tham gia BHXH và BHTN lần
    lượt là 60% và 45%"; "… 45% … tham gia BHXH, 35% … tham gia BHTN; đến năm 2030, các tỷ lệ này lần lượt là 60%
    và 45%" (the rates just stated, of this sentence or the one before)."""
    for hit in sentence_hits:
        m = hit.mention
        if hit.excluded or not m.is_percent:
            continue
        respective = _respective(doc, m, hit.sentence)
        if respective is None:
            continue
        lo, at, figures = respective
        i = figures.index(m)
        if _PLAN_AFTER_THE_LIST.match(doc.folded, figures[-1].after):
            # a plan named after the last rate is every rate's: "… lần lượt đạt 97,2%, 98,1% và 96,4% kế hoạch giao"
            hit.indicator = cat.by_code()["plan_completion_rate"]
            hit.cue = hit.cue or "lần lượt … kế hoạch"
            continue
        if _THESE_RATES.search(doc.folded, lo, at + len("tương ứng")):   # (its own word: "các tỷ lệ tương ứng là …")
            stated = [h for h in hits if h.mention.is_percent and h.indicator is not None and not h.excluded
                      and h.mention.start < lo and h.sentence.index >= hit.sentence.index - 1]
            if len(stated) >= len(figures) and hit.indicator is not None:
                hit.indicator = stated[len(stated) - len(figures) + i].indicator
            elif len(stated) < len(figures) and (schemes := _rates_named_before(doc, hit.sentence)) \
                    and len(schemes) == len(figures):
                # (or the schemes' rates the sentence before named without their levels: "Tỷ lệ bao phủ BHXH và BHTN của
                # tỉnh vẫn thuộc nhóm cao nhất cả nước. Hai chỉ số này lần lượt đạt 72,3% và 70,1% …")
                hit.indicator, hit.cue = cat.by_code()[_SCHEME_COVERAGE[schemes[i]]], hit.cue or schemes[i]
            continue
        if hit.indicator is None:
            continue
        elif hit.indicator.code in _SCHEME_COVERAGE.values():
            schemes = _SCHEME_NAME.findall(doc.folded, lo, at)
            if len(schemes) == len(figures):
                hit.indicator = cat.by_code()[_SCHEME_COVERAGE[schemes[i]]]
    for hit in sentence_hits:
        # and the participants of each scheme listed: "số người tham gia BHXH bắt buộc, BHTN lần lượt là 8.316 người và
        # 7.954 người"
        m = hit.mention
        if hit.indicator is None or hit.excluded or m.is_percent or hit.indicator.code not in _PARTICIPANT_CODES:
            continue
        respective = _respective(doc, m, hit.sentence)
        if respective is None:
            continue
        lo, at, figures = respective
        schemes = [x.group(0) for x in _PARTICIPANTS_SCHEME.finditer(doc.folded, lo, at)]
        if len(schemes) == len(figures) > 1:
            hit.indicator = cat.by_code()[_PARTICIPANTS_OF_SCHEME[" ".join(schemes[figures.index(m)].split())]]
    for hit in sentence_hits:
        # and not the men's of the two sexes listed: "Lực lượng lao động nam và nữ lần lượt là 384,1 nghìn người và
        # 353,8 nghìn người" (after the list has lent its measure to each figure)
        if hit.indicator is not None and not hit.excluded and hit.indicator.code.startswith("women_") \
                and _listed_as_mens(doc, hit.mention, hit.sentence):
            hit.excluded = "other"


_SHARE_OF_THE_DEBT = re.compile(r"\s*(?:đồng)?\s*,\s*(?:chiếm|bằng)(?:\s+tỷ lệ)?\s*(?:(?:khoảng|gần|hơn|trên)\s+)?")
_FRACTIONS_SHARE_LINK = re.compile(r"\s*(?:người|đồng chí|đại biểu)?\s*,\s*(?:(?:đạt|chiếm|bằng)\s+)?(?:tỷ lệ\s+)?")
_RESPECTIVE_FIGURES_LINK = re.compile(r"\s*(?:người|lao động|đồng|tỷ đồng|lượt|thẻ)?\s*(?:,|và|,\s*và)\s*"
                                      r"(?:(?:khoảng|gần|hơn|trên)\s+)?")


def _items_before_the_cue(doc: _Doc, hits: list) -> None:
    """A list of places whose measure is named after its last item ("tỉnh Đồng Nai có 22.106 người, tỉnh Bình Phước
    có 2.874 người hưởng trợ cấp thất nghiệp"): the items before it, each a count said of its place and left without
    an indicator, take the last item's."""
    for k in range(len(hits) - 2, -1, -1):
        hit, nxt = hits[k], hits[k + 1]
        if hit.indicator is not None or hit.excluded or nxt.indicator is None or nxt.excluded:
            continue
        m, n = hit.mention, nxt.mention
        if m.is_percent or n.is_percent or m.is_money != n.is_money or m.noun_class != n.noun_class:
            continue
        if _RESPECTIVE_FIGURES_LINK.fullmatch(doc.folded, m.after, n.start) and hit.sentence is nxt.sentence \
                and _RESPECTIVELY_AT.search(doc.folded, hit.sentence.start, m.start):
            # "tỉnh Bạc Liêu và Hậu Giang mới có lần lượt 12.480 người và 10.215 người tham gia BHXH tự nguyện": the
            # figures listed "lần lượt" share the measure named after the last
            hit.indicator, hit.cue, hit.confidence = nxt.indicator, nxt.cue, CONFIDENCE["far_cue"]
            continue
        if not _after_a_place(doc, hit.sentence, m) or not _after_a_place(doc, nxt.sentence, n):
            continue
        i = bisect.bisect_left(doc.geo_starts, n.start) - 1   # (the next item's place)
        if _ITEM_LINK.fullmatch(doc.folded, m.end, doc.geo[i][0]):
            hit.indicator, hit.cue, hit.confidence = nxt.indicator, nxt.cue, CONFIDENCE["far_cue"]


def _after_a_place(doc: _Doc, sent: Sentence, m: NumberMention) -> bool:
    """True when ``m`` is said of the place just before it in its sentence ("Bắc Ninh đạt 17,2%", "Hà Nội (16,4%)")."""
    i = bisect.bisect_left(doc.geo_starts, m.start) - 1
    return i >= 0 and doc.geo[i][0] >= sent.start and doc.geo[i][2] in ("province", "area") \
        and bool(_PLACE_ATTACHED.fullmatch(doc.folded, doc.geo[i][1], m.start))


# between one place's figure and the next place of the list: its noun, then a separator and a word that goes on ("…
# 2,85 triệu người; Hà Nội có …", "… 1.247 người …, nhiều nhất tỉnh; tiếp đến là TP Đà Lạt với …", "… và Bắc Ninh với …")
# (the figure before may close an aside, "… (20,1% lực lượng lao động), tỉnh Gia Lai có …", and the place may follow
# its body, "…, HĐND tỉnh Ninh Bình có 15/51 (29,41%)")
_NEXT_PLACE_OF_A_LIST = re.compile(r"(?:[^\d;.()]{0,40}\))?[^\d;.()]{0,60}?(?:[;,]|\s+và)\s*(?:[^\d;.,()]{0,25}?,\s*)?"
                                   r"(?:(?:tiếp (?:đến|theo|sau) là|sau đó là|kế đến là|thứ hai là|còn|và|rồi đến)\s+)?"
                                   r"(?:(?:khu vực|địa bàn|hđnd|ubnd|bhxh|đảng bộ|ban chấp hành đảng bộ)\s+)?"
                                   r"(?:(?:tỉnh|thành phố|tp\.?|huyện|xã|phường|thị xã|tx\.?|quận|đặc khu)\s*)?$")
_PLACE_WITH_ITS_FIGURE = re.compile(r"\s*(?:\(cũ\)\s*)?(?:\(|dẫn đầu với|với|đạt|có|là|:)?\s*(?:(?:khoảng|gần|hơn|trên)\s+)?")
_NO_NEW_MEASURE = re.compile(r"(?<!\w)(?:tăng|giảm|so với|trong đó|bình quân|vượt)(?!\w)")


def _same_figure_of_the_item_before(doc: _Doc, sent: Sentence, m: NumberMention, sentence_hits: list) -> "_Hit | None":
    """For a list of places whose items each state two figures of different kinds ("A với 3.912 người, đạt 96,2%; B
    với 2.105 người, đạt 91,5%"), the figure of ``m``'s kind of the item before: for the first figure of an item, when
    the place before it follows the item before; for its second, when it follows the first as in the item before."""
    if len(sentence_hits) < 2:
        return None
    prev, same = sentence_hits[-1], sentence_hits[-2]
    if prev.mention.is_percent == m.is_percent or same.indicator is None or same.excluded or same.force_kind == "target" \
            or same.mention.is_percent != m.is_percent or same.mention.is_money != m.is_money \
            or not (m.is_percent or same.mention.noun_class == m.noun_class
                    or (m.denominator is not None and same.mention.denominator is not None and not m.noun_class)):
        return None   # (a fraction's noun said once: "… 19/64 đại biểu nữ (29,69%), HĐND tỉnh Ninh Bình có 15/51 (29,41%)")
    if _next_place_of_a_list(doc, sent, prev.mention, m):
        # the first figure of the next item: the place before it follows the item before (its unit at most after it:
        # not "thị xã Sa Pa có 2.105 người dân tộc Mông")
        return same if _RANKED_FIGURE_ENDS_AFTER.match(doc.folded, m.after) else None
    # the second: joined to the first as the item before's were ("…, đạt ")
    if prev.indicator is None or prev.excluded or len(sentence_hits) < 3 or sentence_hits[-3].mention.after > same.mention.start:
        return None
    link, link_before = doc.folded[prev.mention.after:m.start], doc.folded[sentence_hits[-3].mention.after:same.mention.start]
    if len(link) > 20 or any(c.isdigit() for c in link) or "," not in link or "," not in link_before \
            or link.rsplit(",", 1)[1].split() != link_before.rsplit(",", 1)[1].split():
        return None
    return same if _next_place_of_a_list(doc, sent, same.mention, prev.mention) else None


# a subset of the whole before it in its sentence, said of a place: "…; trong đó khu vực Đồng Nai (cũ) 948.317 người"
_PLACE_SUBSET_OPENING = re.compile(r"(?:[,;:]\s*|\s+)(?:trong đó|trong số đó|trong số này)\s*,?\s*(?:có\s+)?"
                                   r"(?:(?:khu vực|địa bàn|tại|ở)\s+)?"
                                   r"(?:(?:tỉnh|thành phố|tp\.?|huyện|xã|phường|thị xã|quận|đặc khu)\s*)?$")


def _place_part_of_the_whole_before(doc: _Doc, sent: Sentence, m: NumberMention, sentence_hits: list) -> "_Hit | None":
    """The whole ``m`` is a place's part of, when a subset of it opens right before that place ("Số người tham gia BHXH
    … là 1.106.482 người, đạt 44,3% …; trong đó khu vực Đồng Nai (cũ) 948.317 người, …"): the last count of the same
    unit stated before it in its sentence."""
    if m.is_percent:
        return None
    whole = next((h for h in reversed(sentence_hits) if not h.mention.is_percent), None)
    if whole is None or whole.indicator is None or whole.excluded or whole.force_kind == "target" \
            or whole.mention.is_money != m.is_money or whole.mention.noun_class != m.noun_class:
        return None
    i = bisect.bisect_left(doc.geo_starts, m.start) - 1
    if i < 0 or doc.geo[i][0] <= whole.mention.after or doc.geo[i][2] not in ("province", "area") \
            or not _PLACE_WITH_ITS_FIGURE.fullmatch(doc.folded, doc.geo[i][1], m.start):
        return None
    lead = doc.folded[whole.mention.after:doc.geo[i][0]]
    opening = _PLACE_SUBSET_OPENING.search(lead)
    if opening is None or len(lead) >= 160 or any(c.isdigit() for c in lead[opening.start():]):
        return None
    return whole if _A_PLAIN_COUNT_ENDS.match(doc.folded, m.after) else None   # (not the place's group of its own)


# a plan's figure, then what was done of it: "Kế hoạch giao 1.892 tỷ đồng; thực hiện đến 30/9/2020 là 1.372,5 tỷ đồng",
# "chỉ tiêu giao 23.900 người, thực hiện 24.371 người"
_RESULT_AFTER_ITS_PLAN = re.compile(r"[^\d;.]{0,12}?[;,]\s*(?:ước\s+)?(?:thực hiện|kết quả|đã thực hiện)"
                                    r"(?:\s+(?:đến|tính đến|đến hết|đến ngày|lũy kế đến)\s+(?:ngày\s+)?[\d/]+)?"
                                    r"(?:\s+(?:là|được|đạt))?\s*:?\s*(?:(?:khoảng|gần|hơn|trên)\s+)?$")
_PLAN_SET_BEFORE = re.compile(r"(?<!\w)(?:kế hoạch|chỉ tiêu|dự toán)(?:\s+[^\s\d;,.]+){0,5}?\s+(?:giao|được giao|là)"
                              r"(?:\s+(?:khoảng|gần|hơn|trên))?\s*:?\s*$")


_COMPLETION_AFTER_ITS_RESULT = re.compile(r"(?:\s+[^\W\d]+){0,2}?\s*,\s*(?:đạt|bằng)\s*")


def _plan_before_its_result(doc: _Doc, sent: Sentence, m: NumberMention, sentence_hits: list) -> "_Hit | None":
    """The plan ``m`` is the result or the completion of, in a plan-against-result clause ("Kế hoạch giao 1.892 tỷ
    đồng; thực hiện … là 1.372,5 tỷ đồng, đạt 72,54%"): the plan's hit, or None."""
    if not sentence_hits:
        return None
    if m.is_percent:
        if len(sentence_hits) < 2:
            return None
        result, plan = sentence_hits[-1], sentence_hits[-2]
        if result.force_kind != "actual" or result.mention.is_percent \
                or not _COMPLETION_AFTER_ITS_RESULT.fullmatch(doc.folded, result.mention.after, m.start):
            return None
        return plan if plan.indicator is not None and plan.indicator.code == result.indicator.code else None
    plan = sentence_hits[-1]
    if plan.indicator is None or plan.excluded or plan.mention.is_percent or plan.mention.is_money != m.is_money \
            or plan.mention.noun_class != m.noun_class:
        return None
    if not _RESULT_AFTER_ITS_PLAN.fullmatch(doc.folded, plan.mention.after, m.start) \
            or not _PLAN_SET_BEFORE.search(doc.folded, max(sent.start, plan.mention.start - 60), plan.mention.start):
        return None
    return plan


def _next_place_of_a_list(doc: _Doc, sent: Sentence, prev: NumberMention, m: NumberMention) -> bool:
    """Whether ``m`` is the figure of the next place of a list whose figure before, ``prev``, is another place's: the
    place right before ``m`` ("Hà Nội có 2,18 triệu người"), and nothing between but the list's separator."""
    i = bisect.bisect_left(doc.geo_starts, m.start) - 1
    if i < 0 or doc.geo[i][0] <= prev.after or doc.geo[i][2] not in ("province", "area"):
        return False
    place_start, place_end = doc.geo[i][0], doc.geo[i][1]
    if not _PLACE_WITH_ITS_FIGURE.fullmatch(doc.folded, place_end, m.start):
        return False
    if not any(g[2] in ("province", "area", "main", "main_area") for g in _items_in(doc.geo_starts, doc.geo, sent.start, prev.start)):
        return False   # (the figure before must be a place's too)
    between = doc.folded[prev.after:place_start]
    return bool(_NEXT_PLACE_OF_A_LIST.fullmatch(between)) and not _NO_NEW_MEASURE.search(between)


# (not a budget's yearly allowance: "… với kinh phí khoảng 45 tỷ đồng mỗi năm từ ngân sách tỉnh")
_FROM_A_BUDGET_RIGHT = re.compile(r"[^.;]{0,20}?(?<!\w)(?:mỗi năm|hằng năm|hàng năm|từ ngân sách|ngân sách)(?!\w)")
# the amount paid to the recipients counted before it in the sentence
_AMOUNT_OF_THEIR_BENEFITS_BEFORE = re.compile(r"(?:,|;|\s)\s*(?:với\s+)?(?:tổng\s+)?(?:số tiền|kinh phí)(?:\s+(?:chi trả|chi|được chi|là))?"
                                              r"(?:\s+(?:khoảng|gần|hơn|trên))?\s*$")


# candidates already put on a list ("danh sách sơ bộ", "hiệp thương", "đã giới thiệu")
_CANDIDATES_LISTED = re.compile(r"(?<!\w)(?:danh sách|hiệp thương|đã giới thiệu|đã được giới thiệu|có\s+\d[\d.]*\s+người\s+ứng cử)(?!\w)")


# a place ranked with its figure: "Lai Châu đứng đầu cả nước với 99,8%", "TP Tuy Hòa dẫn đầu với 4.512 người"
_PLACE_RANKED_BEFORE = re.compile(r"(?<!\w)(?:đứng đầu|dẫn đầu|cao nhất|thấp nhất|nhiều nhất|ít nhất|lớn nhất|đứng thứ \w+|"
                                  r"xếp thứ \w+)(?:\s+(?:cả nước|toàn quốc|khu vực|vùng|cụm|toàn tỉnh|tỉnh))?\s*"
                                  r"(?:,\s*)?(?:với|đạt|là)\s+(?:tỷ lệ\s+)?(?:(?:khoảng|gần|hơn|trên)\s+)?$")
# (and its figure with its unit at most, the clause ending there: not "Xã Phú An đứng đầu với 120 hội viên phụ nữ được tuyên
# truyền", a measure of its own)
_RANKED_FIGURE_ENDS_AFTER = re.compile(r"(?:\s+[^\W\d]+)?\s*(?:$|[,.;()])")


def _topic_of_the_sentence_before(doc: _Doc, sent: Sentence, m: NumberMention):
    """``_classify``'s choice for ``m`` as if it stood before its ranked place, when the sentence names the measure there
    ("Nhiều địa phương có số người tham gia BHXH tự nguyện cao, như Nghệ An dẫn đầu với …"); else as if it closed the
    sentence before, in its paragraph, when that sentence states no figure of ``m``'s kind (it names the measure the
    places are then ranked by), with no clause break in the way."""
    place = bisect.bisect_left(doc.geo_starts, m.start) - 1
    if place >= 0 and doc.geo[place][0] > sent.start:
        at = doc.geo[place][0]
        here = _classify(doc, replace(m, start=at, end=at, after=at), sent, sent.start, at)
        if here is not None:
            return here
        if _INSURANCE_WORD.search(doc.folded, sent.start, at) or _WOMEN_NEAR.search(doc.folded, sent.start, at):
            return None   # (a measure named in the sentence but not read: not the sentence before's)
    prev = doc.sentences[sent.index - 1]
    if prev.paragraph != sent.paragraph or any(
            n.is_percent == m.is_percent for n in _items_in(doc.number_starts, doc.numbers, prev.start, prev.end)):
        return None
    topic = _classify(doc, replace(m, start=prev.end, end=prev.end, after=prev.end), prev, prev.start, prev.end)
    return topic if topic is not None and topic[0][0] <= 1 else None


def _ranked_measure(doc: _Doc, sent: Sentence, m: NumberMention, levels: dict, criteria: dict) -> "_Hit | None":
    """The measure a ranking sentence's first figure ``m`` (said of a place) ranks places by: the last level of its
    kind stated in the two sentences before (or a rate a criterion was about), in its paragraph or the one before."""
    if not _after_a_place(doc, sent, m):
        return None
    for back in (1, 2):
        prev = levels.get(sent.index - back) or (criteria.get(sent.index - back) if m.is_percent else None)
        if prev is not None and prev.sentence.paragraph >= sent.paragraph - 1 and prev.mention.is_money == m.is_money \
                and (m.is_percent or prev.mention.noun_class == m.noun_class):
            return prev
    return None


# (its noun phrase at most, no predicate: "TP Thuận An có 268.412 người lao động, …"; not "… 1.200 người là nông dân")
_PLACES_FIGURE_ENDS = re.compile(r"(?:\s+(?!(?:là|thuộc|có|được|đã|đang)(?!\w))[^\s\d,.;()]+){0,3}?\s*(?:$|[.,;()])")
_OFFICE_AFTER_ITS_SCHEME = re.compile(r"\s+(?:tỉnh|thành phố|tp\.?|huyện|thị xã|quận|việt nam|khu vực|cơ sở)(?!\w)")
_PLACES_OF_A_MEASURE_OPENING = re.compile(r"\s*(?:trong đó|cụ thể|trong số đó|dẫn đầu(?:\s+(?:là|khu vực|vùng|toàn vùng))*)\s*,?")


def _measure_named_before(doc: _Doc, si: int, m: NumberMention) -> "_Hit | None":
    """The one measure of ``m``'s kind the sentence before names but states no level of ("… tỷ lệ bao phủ BHYT của các
    tỉnh trong vùng dao động từ 80-92%", "… số người tham gia BHTN tập trung chủ yếu ở các đô thị"), as the topic of a
    sentence that opens to list its places ("Trong đó, Bạc Liêu đạt 91,5%, Sóc Trăng 92,3%, …", "Trong đó, TP Thuận An
    có 268.412 người, …"); None otherwise. It comes as a topic hit of the sentence before, the form _carried_percent
    takes: its indicator and sentence are the measure's, its mention ``m`` itself (that sentence states no figure)."""
    sent = doc.sentences[si]
    if si == 0 or not _PLACES_OF_A_MEASURE_OPENING.match(doc.folded, sent.start):
        return None
    # (a place's own level, said with its noun at most: not a group's, "Trong đó, khu vực nông thôn chỉ đạt 12%", nor a
    # part of the place's people, "TP Hạ Long có 1.200 người là nông dân")
    if not _after_a_place(doc, sent, m) or not _PLACES_FIGURE_ENDS.match(doc.folded, m.after):
        return None
    before = doc.sentences[si - 1]
    if before.paragraph != sent.paragraph:
        return None
    # each measure's longest cue there (not an office's name: "Theo BHXH tỉnh, …")
    longest = {}
    for ind in _BY_VTYPE.get(_value_type(m), ()):
        if ind.code == "plan_completion_rate" or not (m.is_percent or m.is_money or ind.unit == "person") or not (
                ind.required_terms is None or _any_in(doc.occ.get((ind.code, "required_terms")), before.start, before.end)):
            continue
        lengths = [ce - cs for cs, ce, _key in doc.occ.get((ind.code, "cues")) or ()
                   if before.start <= cs < before.end and not _OFFICE_AFTER_ITS_SCHEME.match(doc.folded, ce)]
        if lengths:
            longest[ind] = max(lengths)
    # (several: the measure named at most length, "số người tham gia BHTN" over the office's "BHXH tỉnh")
    top = max(longest.values(), default=0)
    named = [ind for ind, length in longest.items() if length == top]
    if len(named) != 1:
        return None
    return _Hit(m, before, indicator=named[0], cue=f"({named[0].code})")


def _carried_percent(doc: _Doc, sent: Sentence, m: NumberMention, prev: "_Hit | None") -> "_Hit | None":
    """A percentage with no cue of its own in a sentence that follows one about a rate ("Tuy vậy, xã
    Quế Phong mới đạt 84,2%"): the previous sentence's topic, when nothing introduces a new one."""
    if prev is None or prev.sentence.index != sent.index - 1:
        return None
    left = doc.cuetext[sent.start:m.start]
    right = doc.cuetext[m.after:min(sent.end, m.after + 40)]
    if len(left) > 110 or _NEW_SUBJECT.search(left) or _NEW_SUBJECT.search(right):
        return None
    if prev.indicator is not None and prev.indicator.required_terms is not None and _OTHER_GROUP.search(doc.folded, sent.start, m.start):
        return None   # "+ Nữ: 742 đồng chí, chiếm 22,58%;¶+ Dưới 40 tuổi: 820 đồng chí, chiếm 24,95%": another group
    if not re.match(r"\s*(?:$|[,.;)(]|và(?!\w)|với\s+(?:khoảng\s+|gần\s+|hơn\s+)?\d)", right):
        return None  # "60% tổng số lượt ...", "100% ấp đạt chuẩn": the figure names its own population ("đạt 61,2% với
                     # 1,02 triệu người tham gia" names its count)
    if _any_cue_of(doc, "percent", sent.start, m.start):
        return None  # the sentence has a topic of its own
    return prev


def _another_measure_named_between(doc: _Doc, ref: "_Hit", m: NumberMention) -> bool:
    """Whether a catalogue measure other than ``ref``'s is named between ``ref`` and the plan ``m`` in its clause: "…
    chiếm khoảng 3,6% lực lượng lao động, tỷ lệ bao phủ BHYT vẫn còn thấp hơn chỉ tiêu … là 93%" is the plan of the
    coverage it names, not of the rate before."""
    lo = max(ref.mention.after, doc.clause_start(ref.sentence.start, m.start))
    return any(_any_in(doc.occ.get((ind.code, "cues")), lo, m.start)
               for ind in _BY_VTYPE.get(ref.indicator.value_type, ())
               if ind.code not in (ref.indicator.code, "plan_completion_rate"))   # ("chỉ tiêu" is a cue of completion)


# (not a part of the country's total: "Con số này chiếm khoảng 12% của cả nước")
_OF_THE_NATIONS_TOTAL_AFTER = re.compile(r"\s*(?:(?:tổng số|số)\s+[^,;.\d]{0,30}?)?(?:của|so với)\s+(?:cả nước|toàn quốc)(?!\w)")
# the level right after "tỷ lệ này" / "con số này" ("Tỷ lệ này đạt 15,09%", "Con số này chiếm 26,9%"; not a list of
# several, "Ba chỉ số này lần lượt đạt …")
_THIS_FIGURE_IS = re.compile(r"\s*(?:(?:ở|của|tại)\s+(?!(?:nhiệm kỳ|năm|khóa|giai đoạn|kỳ|thời điểm)(?!\w))[^,;.\d]{1,40}?\s*)?"
                             r"(?:(?:đạt|là|chiếm|bằng|ở mức)\s+)?"
                             r"(?:(?:khoảng|gần|hơn|trên|xấp xỉ)\s+)?")   # (or of a place or level: "Tỷ lệ này ở cấp sở là …")


@lru_cache(maxsize=None)
def _share_of_the_count(count: cat.Indicator) -> cat.Indicator | None:
    """The share indicator a count is the part of ("women_party_committee_count" → "…_share"), if there is one."""
    return next((ind for ind in _BY_VTYPE.get("percent", ()) if ind.share_of and ind.share_of[0] == count.code), None)


def _any_cue_of(doc: _Doc, vtype: str, lo: int, hi: int) -> bool:
    return any(_any_in(doc.occ.get((ind.code, "cues")), lo, hi) for ind in _BY_VTYPE.get(vtype, ()))


_SEATS_BEFORE = re.compile(r"(?<!\w)(?:để|sẽ)\s+bầu\s*(?:ra\s*|chọn\s*)?$")   # seats to fill
_SEAT_COUNT_BEFORE = re.compile(_SEATS_BEFORE.pattern[:-1] + r"\d[\d.]*\s*$")   # the noun of the seats: "để bầu 7 đại biểu"


_FOCUS_ON_PLACE_BEFORE = re.compile(r"(?:^|[.;:]\s*|\n)\s*(?:riêng\s+(?:tại\s+|ở\s+)?|(?:tại|ở)\s+)(?:tỉnh|thành phố)\s*$")
_PLACE_OPENING = re.compile(r"\s*(?:(?:tại|ở|còn|riêng|đối với)\s+)?(?:(?:huyện|xã|phường|thị xã|thị trấn|thành phố|quận|tỉnh|tp\.?)\s*)?")


# (a count, its unit at most after it, then the sentence's end or the next place's figure: "Kon Tum chỉ có khoảng 36.500
# người, Lai Châu 21.800 người"; not "Huyện Kỳ Sơn có hơn 80.000 người, chủ yếu là đồng bào Mông", its population)
_LIST_GOES_ON_OR_ENDS = re.compile(r"\s*(?:[^\W\d]+\s*)?(?:[.;]?\s*$|[,;]\s*[^,;.\d]{0,40}?\d)")
# a place's figure right after the place: "đạt", "mới đạt", "có", "là", "với", ":" at most
_PLACE_STATES_ITS_FIGURE = re.compile(r"\s*(?:\(cũ\)\s*)?(?:(?:mới|chỉ|cũng|đã)\s+)?(?:đạt|có|là|với|:)?\s*"
                                      r"(?:(?:khoảng|gần|hơn|trên)\s+)?")


def _place_opens_with_its_figure(doc: _Doc, sent: Sentence, m: NumberMention) -> bool:
    """True when the sentence of ``m`` opens with its only place and ``m`` follows it with nothing but a verb between:
    "Phường Quy Nhơn đạt 96,4%", "Huyện Hưng Hà có 28.917 người"."""
    places = [g for g in _items_in(doc.geo_starts, doc.geo, sent.start, m.start) if g[2] in ("province", "area")]
    return len(places) == 1 and bool(_PLACE_OPENING.fullmatch(doc.folded, sent.start, places[0][0])) \
        and bool(_PLACE_STATES_ITS_FIGURE.fullmatch(doc.folded, places[0][1], m.start))


# (its noun at most: "… với 6.215 người, tiếp đến …"; not "… với 4.512 người tham gia", bare participants, whose scheme the
# title may name)
_NOT_A_RANKING_BY_THE_LEVEL = re.compile(r"(?<!\w)(?:tăng|giảm|mới|thêm|về)(?!\w)")
_RANKED_FIGURE_ENDS = re.compile(r"(?:\s+[^\s\d,.;()]+)?\s*(?:$|[.,;()])")
_RANKING_WORD = re.compile(r"(?<!\w)(?:dẫn đầu|đứng đầu|cao nhất|nhiều nhất|lớn nhất|tiếp đến|kế đến|tiếp theo là|"
                           r"có kết quả (?:khá|tốt|cao))(?!\w)")


def _ranked_place_of_previous(doc: _Doc, sent: Sentence, m: NumberMention, level: "_Hit") -> bool:
    """True when ``m``, a sentence's first figure, is a place's in a ranking of places ("Huyện Di Linh dẫn đầu với 6.215
    người", "Dẫn đầu toàn tỉnh là huyện Hồng Dân với 4.812 người") by the measure ``level``, the sentence before's last
    figure (in its paragraph or the one before), stated; the sentence names no measure of its own."""
    if level.indicator is None or level.excluded or level.sentence.index != sent.index - 1 \
            or sent.paragraph - level.sentence.paragraph > 1:
        return False
    if m.is_percent or level.mention.is_percent or level.mention.is_money != m.is_money \
            or level.mention.noun_class != m.noun_class or m.denominator:
        return False
    # (not a ranking by a change or by another topic: "Tăng nhiều nhất là …", "Dẫn đầu về số người cao tuổi …", "Về công
    # tác tuyên truyền, dẫn đầu là …")
    if _NOT_A_RANKING_BY_THE_LEVEL.search(doc.folded, sent.start, m.start):
        return False
    return _RANKING_WORD.search(doc.folded, sent.start, m.start) is not None and _after_a_place(doc, sent, m) \
        and not _any_cue_of(doc, _value_type(m), sent.start, doc.clause_end(m.after, sent.end)) \
        and bool(_RANKED_FIGURE_ENDS.match(doc.folded, m.after))


def _sibling_of_previous(doc: _Doc, sent: Sentence, m: NumberMention, level: "_Hit") -> bool:
    """True when ``m``, the first figure of a sentence that opens with a place and says no more than the place
    and the figure, states for that place what ``level``, the last figure of the sentence before (about another
    place, in the same paragraph), stated: "Tại huyện Vũ Thư, số người tham gia BHYT hộ gia đình đạt 21.345
    người. Huyện Hưng Hà có 28.917 người; …"."""
    if level.sentence.index != sent.index - 1 or level.sentence.paragraph != sent.paragraph:
        return False
    if level.mention.is_money != m.is_money or level.mention.noun_class != m.noun_class or m.is_percent:
        return False
    places = [g for g in _items_in(doc.geo_starts, doc.geo, sent.start, m.start) if g[2] in ("province", "area")]
    if not places or not _PLACE_OPENING.fullmatch(doc.folded, sent.start, places[0][0]):
        return False
    if not any(g[2] in ("province", "area") for g in _items_in(doc.geo_starts, doc.geo, level.sentence.start, level.mention.start)):
        return False   # (the sentence before must be about a place too: this one is its sibling)
    between = doc.cuetext[places[0][1]:m.start]
    return len(between) < 40 and not re.search(r"\d", between) and not _CHANGE_OR_TOTAL.search(between) \
        and bool(_CLAUSE_ENDS_AFTER.match(doc.folded, m.after))


# a sentence opening with the whole again by its bare count, then its women: "Trong số 26 người, có 11 người là nữ"
_WHOLE_NAMED_AGAIN = re.compile(r"\s*trong (?:tổng )?số\s+")
_BARE_WHOLE_ENDS = re.compile(r"\s*(?:người|đồng chí|đại biểu)?\s*(?:nêu trên|này|trên)?\s*,")


def _whole_named_again(doc: _Doc, sent: Sentence, again: NumberMention, m: NumberMention, before: list[NumberMention]):
    """The whole of the sentence before that a sentence opening with "Trong số N người, …" names again by its bare
    count, when ``m``, the figure after, is of its women: "… gồm 26 người ứng cử đại biểu Quốc hội … Trong số 26
    người, có 11 người là nữ" (in _parent's form, or None)."""
    opening = _WHOLE_NAMED_AGAIN.match(doc.folded, sent.start)
    if opening is None or opening.end() != again.start or again.noun_class != "person" or m.noun_class != "person" \
            or m.is_percent or not _BARE_WHOLE_ENDS.match(doc.folded, again.after) \
            or not _WOMEN_NEAR.search(doc.folded, again.after, min(sent.end, m.after + 20)):
        return None
    whole = next((p for p in reversed(before) if p.value == again.value and p.noun_class == "person" and not p.is_percent), None)
    return (whole.start, sent.start) if whole is not None else None


def _whole_ending_sentence_before(doc: _Doc, sent: Sentence, before: list[NumberMention], m: NumberMention):
    """The whole a sentence opening with "Trong đó" draws its first figure ``m`` from, when the sentence before (in
    the same paragraph) ends with it: "… Ban Chấp hành Đảng bộ tỉnh khóa I gồm 75 đồng chí. Trong đó, có 13 đồng chí
    nữ …" (the form of _parent's result: the whole's start, where the subset's marker starts)."""
    p = before[-1]
    noun_end = None   # where the whole's noun phrase ends, when its places follow it
    if p.noun_class == "other" and len(before) > 1 and (where := _WHERE_BEFORE.search(doc.folded, max(0, p.start - 8), p.start)):
        # (the whole before the places it is in: "Có 138 người ứng cử đại biểu HĐND tỉnh ở 27 đơn vị bầu cử. Nữ: 57
        # người, chiếm 41,3%.")
        p, noun_end = before[-2], where.start()
    # (a bare count after a women's label is of the whole's noun: "85 đại biểu trúng cử. Nữ: 27 (31,76%).")
    labelled = (opening := _COMPOSITION_START.match(doc.folded, sent.start)) is not None and opening.group("label") is not None
    # (or the women's share of it: "… có 4.126 cán bộ, viên chức, người lao động. Trong đó, nữ chiếm 68,4%.")
    women_share = m.is_percent and _WOMEN_TAKE_THEIR_SHARE.search(doc.folded, sent.start, m.start) is not None
    if p.is_percent or p.is_money != m.is_money or p.noun_class != "person" \
            or not (p.noun_class == m.noun_class or (labelled and not m.noun_class) or women_share):
        return None
    if not _WOMEN_NEAR.search(doc.folded, sent.start, min(sent.end, m.after + 20)):
        return None   # (only the women of the whole: "Trong đó, 2.150 người là hộ nghèo" is another part, see _part_of_previous)
    prev = doc.sentence_of(p.start)
    # (the body it fills may follow the whole: "Đại hội đã bầu 33 đồng chí vào Ban Chấp hành Đảng bộ phường khóa I.")
    if prev.paragraph != sent.paragraph or len(doc.folded[p.after:noun_end or prev.end].split()) > 12:
        return None
    return (p.start, sent.start)


_WOMEN_TAKE_THEIR_SHARE = re.compile(r"(?:trong đó|trong số đó|trong số này)\s*,?\s*(?:lao động\s+)?(?:nữ|phụ nữ)\s+chiếm"
                                     r"(?:\s+(?:khoảng|gần|hơn|trên|xấp xỉ))?\s*$")
_BARE_COMPLETION = re.compile(r"\s*,\s*(?:đạt|bằng)\s*")
_COLLECTED_BEFORE = re.compile(r"(?<!\w)(?<!vượt )(?<!tăng )(?<!giảm )(?:thu|thu được|số thu|tổng thu)(?:\s+(?:đạt|là|được))?(?:\s+(?:khoảng|gần|hơn|trên))?\s*$")
# a reduction of a workforce, the whole a "trong đó" part may be of ("giảm 18.600 lao động, trong đó lao động nữ …"; not a
# rise beside a level, "… 14.215 người tham gia BHXH, tăng 1.072 người so với năm trước; trong đó BHXH bắt buộc …")
_REDUCED_BEFORE = re.compile(r"(?<!\w)(?:giảm|cắt giảm|tinh giản|giảm biên chế|cho thôi việc|mất việc)(?:\s+(?:khoảng|gần|hơn|trên))?\s*$")


def _level_of_the_time_compared_with(doc: _Doc, m: NumberMention, sent: Sentence, mentions: list[NumberMention], k: int,
                                     prev_hit: "_Hit | None", hit: "_Hit"):
    """``_classify``'s choice for a rate in brackets that is the level of the time a change is measured from, said after
    the change ("Tỷ lệ nữ lãnh đạo, quản lý đã tăng 3,1 điểm phần trăm so với năm 2021 (24,7%)") or before the rate
    that changed ("So với cuối năm 2024 (96,4%), tỷ lệ bao phủ BHYT tăng 0,8 điểm phần trăm"): the rate the change is
    of, found as if the figure stood at the change; None otherwise."""
    changes = []
    if prev_hit is not None and prev_hit.excluded == "change" and prev_hit.mention.value != m.value \
            and _COMPARED_TERM_LEVEL.search(doc.cuetext, prev_hit.mention.after, m.start):
        changes.append((prev_hit.mention, sent.start if k < 2 else mentions[k - 2].after))
    if k + 1 < len(mentions) and doc.folded.startswith(")", m.after) \
            and _COMPARED_TERM_LEVEL.search(doc.cuetext, max(sent.start, m.start - 90), m.start) \
            and _excluded(doc, mentions[k + 1], sent, hit) == "change":
        changes.append((mentions[k + 1], m.after))
    for change, lo in changes:
        topic = _classify(doc, replace(m, start=change.start, end=change.start, after=change.start), sent,
                          prev_end=lo, next_start=change.start)
        if topic is not None and topic[0][0] == 0:
            return topic
    return None


def _whole_hit(sentence_hits: list[_Hit], parent: tuple[int, int]) -> "_Hit | None":
    """The hit of the whole a "trong đó" part belongs to (see ``_parent``), in the sentence's hits so far."""
    return next((h for h in sentence_hits if h.mention.start == parent[0]), None)


def _insured_whole(sentence_hits: list[_Hit], parent: tuple[int, int]) -> bool:
    """Whether the whole a subset belongs to counts people by their insurance (the insured, the recipients)."""
    whole = _whole_hit(sentence_hits, parent)
    return whole is not None and whole.indicator is not None and not whole.excluded \
        and whole.indicator.theme == "social_insurance"


_WHERE_BEFORE = re.compile(r"(?<!\w)(?:tại|ở|trên)\s+$")


def _parent(doc: _Doc, mentions: list[NumberMention], k: int):
    """The whole a "trong đó" subset belongs to: (start of its figure, start of the marker), e.g.
    "4.812 cán bộ, viên chức; trong đó nữ 3.271 người", "có 20.713 nữ, chiếm 63,89%, trong đó 1.402 người ...".
    When the subset's share follows ("trong đó có 6 người là nữ, chiếm 42,86%"), the whole is the
    figure that share agrees with ("14 người ứng cử để bầu 8 đại biểu" → 14)."""
    m = mentions[k]
    cands = []
    seats_seen = False
    for j in range(k - 1, max(-1, k - 5), -1):
        p = mentions[j]
        if p.is_percent:
            continue
        if _SEATS_BEFORE.search(doc.folded, max(0, p.start - 20), p.start):
            # "30 người ứng cử tại 5 đơn vị bầu cử để bầu 12 đại biểu; trong đó 13 người là nữ": the
            # seats to fill are not the whole the subset is drawn from, nor are the places before them
            seats_seen = True
            continue
        if (seats_seen or _WHERE_BEFORE.search(doc.folded, max(0, p.start - 8), p.start)) and p.noun_class == "other":
            continue   # (or after them: "… gồm 95 người để bầu 57 đại biểu tại 16 đơn vị bầu cử; trong đó có 38 người là nữ")
        if j > 0 and _in_parenthesis(doc.folded, p.start) and not _in_parenthesis(doc.folded, m.start):
            continue   # (nor a part of the whole in brackets: "12 người ứng cử (5 người do Trung ương giới thiệu) để bầu …")
        if p.is_money != m.is_money or p.noun_class == "other":
            break
        # every _SUBSET match has "trong", ";" or "nữ" (a substring search costs less than the scan)
        # (up to the figure's end: the ";" marker looks ahead to the figure's digits)
        hits = list(_SUBSET.finditer(doc.cuetext, p.after, m.end)) if (
            doc.cuetext.find("trong", p.after, m.start) >= 0 or doc.cuetext.find(";", p.after, m.start) >= 0
            or doc.cuetext.find("nữ", p.after, m.start) >= 0) else []
        if not hits or m.start - hits[-1].end() > 60:
            break
        cands.append((p, hits[-1].start()))
    if not cands:
        return None
    if not m.is_percent and len(cands) > 1:
        share = re.match(r"[^.;\d]{0,40}?(?:chiếm|bằng|đạt|\()\s*(?:tỷ lệ\s*)?(\d+(?:[.,]\d+)?)\s*(?:%|phần trăm)",
                         doc.folded[m.after:m.after + 70])
        if share:
            pct = float(share.group(1).replace(",", "."))
            for p, marker in cands:
                if p.value and abs(m.value / p.value * 100 - pct) <= max(0.6, 0.01 * pct):
                    return (p.start, marker)
    p, marker = cands[0]
    return (p.start, marker)



# --- main -------------------------------------------------------------------------------------

def _is_level(hit: "_Hit") -> bool:
    """A stated level of a count or an amount (not a rate, a change or a target): what "con số này" points back to."""
    return hit.indicator is not None and not hit.excluded and not hit.mention.is_percent and hit.force_kind != "target"


def extract_observations(article: Article, version: str):
    from chiso.extraction import Observation

    doc = _Doc(article)
    hits: list[_Hit] = []
    by_sentence: dict[int, list[NumberMention]] = {}
    for m in doc.numbers:
        by_sentence.setdefault(doc.sentence_of(m.start).index, []).append(m)
    last_pct_of: dict[int, _Hit] = {}
    # the rate a criterion is about ("7/13 địa phương đạt tỷ lệ bao phủ BHYT trên 95%"), by sentence:
    # the next sentence's bare percentages ("Trong đó, TP Hạ Long đạt 96,2%") are levels of it
    criterion_of: dict[int, _Hit] = {}
    # the last count or amount of each sentence: "… có 112.907 người tham gia BHXH tự nguyện. Trong đó,
    # khu vực Kiên Giang (cũ) có 51.336 người" counts part of it
    level_of: dict[int, _Hit] = {}
    for si, mentions in by_sentence.items():
        sent = doc.sentences[si]
        prev_hit: _Hit | None = None
        last_count: _Hit | None = None
        last_pct: _Hit | None = None
        last_amount: _Hit | None = None
        sentence_hits: list[_Hit] = []
        # a sentence that opens with "Trong đó" after a count of women counts parts of them
        before = _sentence_before(doc, si)   # the sentence before, photo captions passed over
        whole_before = level_of.get(before)
        # (of women: not of the participants of a scheme, whose required terms are the scheme's)
        of_women = whole_before is not None and whole_before.indicator.code.startswith("women_") \
            and _SUBSET_START.match(doc.folded, sent.start) is not None
        for k, m in enumerate(mentions):
            # the figure before, counts of places left out ("… của 3 tỉnh A, B, C cũ lần lượt là 15,7%, …":
            # they do not stand between a figure and its cue)
            # and a total inside the figure's subject ("Tỷ lệ nữ trong tổng số 260 cán bộ chủ chốt … là 13,5%")
            prev_end = next((h.mention.after for h in reversed(sentence_hits)
                             if h.mention.noun_class != "other" and h.excluded != "total"), sent.start)
            if prev_end > sent.start and (base := _BASE_OF_A_RATE_RIGHT.match(doc.folded, prev_end)) is not None:
                prev_end = base.end()   # ("chiếm hơn 50% dân số thì … có 50% ghế": the base is the rate before's)
            next_start = mentions[k + 1].start if k + 1 < len(mentions) else sent.end
            if m.is_percent and k + 1 < len(mentions) and (_OF_A_TOTAL.match(doc.cuetext, m.after, next_start)
                                                            or _WITH_ITS_COUNT.fullmatch(doc.cuetext, m.after, next_start)):
                # "Nữ chiếm 38,5% tổng số 3.420 cán bộ, công chức": the total's noun names the share's
                # population, so the share's cue may stand past the total's figure
                next_start = mentions[k + 2].start if k + 2 < len(mentions) else sent.end
            hit = _Hit(m, sent)
            best = None   # _classify's choice for this figure, when it is asked
            hit.excluded = _excluded(doc, m, sent, prev_hit)
            if hit.excluded == "threshold" and m.is_percent and si not in criterion_of:
                topic = _classify(doc, m, sent, prev_end, next_start)
                if topic is not None:
                    criterion_of[si] = _Hit(m, sent, indicator=topic[1], cue=topic[2])
            if not hit.excluded and _plan_before(doc, m, sent):
                # a plan or assigned target written as a bare figure ("đạt 82% kế hoạch 3.902 tỷ đồng",
                # "(kế hoạch: 1.176.000 người)", "chỉ tiêu giao 95%"): a target of the figure it follows
                hit.force_kind = "target"
                if prev_hit is not None and prev_hit.excluded and prev_hit.mention.is_percent == m.is_percent \
                        and _OPEN_PARENTHESIS_BEFORE.search(doc.folded, max(sent.start, m.start - 40), m.start):
                    hit.excluded = prev_hit.excluded   # "… đạt 41,5% (chỉ tiêu năm 2022 là 40%)": the plan of no catalogue figure
                ref = last_pct if m.is_percent else last_amount
                # (not past another group's rate named between them: "Tỷ lệ nữ … đạt 32,7%; tỷ lệ đại biểu là người dân tộc
                # thiểu số đạt 38,5%, vượt chỉ tiêu 30% mà …" is the minorities' target)
                if ref is not None and ref.indicator is not None and ref.indicator.code != "plan_completion_rate" \
                        and ref.mention.is_money == m.is_money and (m.is_percent or ref.mention.noun_class == m.noun_class) \
                        and not (m.is_percent and _another_groups_rate_between(doc, ref.mention.after, m.start)) \
                        and not _another_measure_named_between(doc, ref, m):
                    hit.indicator, hit.cue, hit.confidence = ref.indicator, "kế hoạch", CONFIDENCE["far_cue"]
            if not hit.excluded and hit.indicator is None:
                parent = _parent(doc, mentions, k)
                if parent is None and k == 1 and si - 1 in by_sentence:
                    parent = _whole_named_again(doc, sent, mentions[0], m, by_sentence[si - 1])
                if parent is None and k == 0 and si - 1 in by_sentence and _COMPOSITION_START.match(doc.folded, sent.start):
                    parent = _whole_ending_sentence_before(doc, sent, by_sentence[si - 1], m)
                if parent is None and k == 0 and si - 1 in by_sentence and _WOMEN_ITEM.match(doc.folded, sent.start) \
                        and (_OPENS_A_LIST_END.search(doc.folded, doc.sentences[si - 1].start, doc.sentences[si - 1].end)
                             or _TOTAL_ITEM.match(doc.folded, doc.sentences[si - 1].start)):
                    # "- Tổng số cấp ủy viên được bầu: 3.286 đồng chí, trong đó:¶+ Nữ: 742 đồng chí, chiếm 22,58%", "- Tổng số
                    # người ứng cử: 208 người (số dư 83 người);¶- Nữ: 89 người": the women of the whole the line above counted
                    whole = by_sentence[si - 1][0 if _TOTAL_ITEM.match(doc.folded, doc.sentences[si - 1].start) else -1]
                    if whole.noun_class == "person" and not whole.is_percent and m.noun_class == "person":
                        parent = (whole.start, sent.start)
                best = _classify(doc, m, sent, prev_end, next_start, parent, of_women)
                if parent is not None and (whole := _whole_hit(sentence_hits, parent)) is not None and whole.excluded == "change" and _REDUCED_BEFORE.search(doc.folded, max(0, parent[0] - 30),
                                                                                        parent[0]) \
                        and doc.folded.find("so với", parent[0], m.start) < 0:
                    # "126 doanh nghiệp báo cáo giảm 18.600 lao động, trong đó lao động nữ chiếm gần 70%": a part of a change
                    hit.excluded, best = "change", None
                if parent is not None and best is not None and best[1].code.startswith("women_staff") \
                        and _insured_whole(sentence_hits, parent):
                    # "Số người tham gia BHXH bắt buộc là 101.300 người, trong đó lao động nữ 52.400 người": the insured
                    # women, of no catalogue figure (nor of the whole's: a part of its population)
                    hit.excluded, best = "other", None
                if parent is not None and (best is None or (best[0][0] == 1 and best[1].required_terms is None)):
                    # a part of the same measure ("số tiền chậm đóng là 734,6 tỷ đồng, chiếm 4,1% số phải thu;
                    # trong đó khu vực Hưng Yên (cũ) 498,2 tỷ đồng") measures what its whole measured
                    whole = _whole_hit(sentence_hits, parent)
                    if whole is not None and whole.indicator is not None and not whole.excluded \
                            and whole.indicator.required_terms is None and whole.mention.is_money == m.is_money \
                            and whole.mention.is_percent == m.is_percent and whole.mention.noun_class == m.noun_class \
                            and not _excluded_term_in_clause(doc, whole.indicator, m, sent, prev_end):
                        # (not a part the measure rules out: "… thanh toán 9,8 tỷ đồng, trong đó số tiền chiếm đoạt …")
                        best = ((1, 0, 0, 0), whole.indicator, whole.cue)
                own = best[1] if best else None
                if m.denominator and last_pct is not None and last_pct.indicator is not None \
                        and last_pct.indicator.share_of and m.noun_class in ("person", ""):
                    # "chiếm 33,1% (11/33 đồng chí)": the count behind a share stated first (its noun may be left
                    # out: "đạt 44,4% (4/9)")
                    between = doc.cuetext[last_pct.mention.after:m.start]
                    if len(between) < 80 and re.search(r"\(\s*$", between) and m.denominator and \
                            abs(m.value / m.denominator * 100 - last_pct.mention.value) <= max(0.6, 0.01 * last_pct.mention.value):
                        count_ind = cat.by_code().get(last_pct.indicator.share_of[0])
                        if count_ind is not None:
                            hit.indicator, hit.cue, hit.confidence = count_ind, f"({last_pct.cue})", CONFIDENCE["inherited"]
                            best = None
                if best is None and m.noun_class == "person" and last_pct is not None and last_pct.indicator is not None \
                        and last_pct.indicator.share_of and not last_pct.excluded and not m.denominator \
                        and _EQUIVALENT_COUNT.fullmatch(doc.cuetext, last_pct.mention.after, m.start):
                    # "tỷ lệ bao phủ BHYT đạt 92,8% dân số, tương đương 1.196.300 người": the count behind the rate
                    count_ind = cat.by_code().get(last_pct.indicator.share_of[0])
                    if count_ind is not None:
                        hit.indicator, hit.cue, hit.confidence = count_ind, f"tương đương ({last_pct.cue})", CONFIDENCE["inherited"]
                if hit.indicator is None and m.is_percent and k > 0 and mentions[k - 1].denominator \
                        and _FRACTIONS_SHARE_LINK.fullmatch(doc.folded, mentions[k - 1].after, m.start) \
                        and (counted := next((h for h in reversed(sentence_hits) if h.indicator is not None and not h.excluded
                                              and h.mention.value == mentions[k - 1].value and not h.mention.is_percent),
                                             None)) is not None \
                        and (share := next((i for i in _active() if counted.indicator.code in i.share_of), None)) is not None:
                    # "14 đồng chí nữ giữ chức Bí thư đảng ủy xã, phường (14/96, đạt 14,58%)": the share of the count the
                    # fraction restates
                    hit.indicator, hit.cue, hit.confidence = share, f"chiếm … ({counted.cue})", CONFIDENCE["inherited"]
                if m.is_percent and last_count is not None and last_count.indicator is not None:
                    between = doc.cuetext[last_count.mention.after:m.start]
                    # (a total's figure in between is a word of the link: "412 đại biểu nữ trúng cử trên tổng số 1.096
                    # đại biểu HĐND, đạt 37,59%")
                    # (an ellipsis ends no clause: "… quản lý (Phó Chánh án, Chánh tòa...), chiếm 20,4%")
                    link = _SHARE_LINK.search(_FIGURE.sub("0", between).replace("...", "…")) or (
                        last_count.mention.fraction_percent is not None and len(between) < 60) or (
                        # "… 2,6 triệu người tham gia BHXH; tỷ lệ bao phủ đạt 54,7%": a coverage rate that names no
                        # scheme is the rate of the participants just counted
                        _BARE_COVERAGE_AFTER_A_COUNT.match(between)) or (
                        # a count and its share in an aside: "cao hơn khóa XIII (122 đại biểu, 24,4%)"
                        _COUNT_THEN_ITS_SHARE.fullmatch(between)
                        and _OPEN_PARENTHESIS_BEFORE.search(doc.folded, max(sent.start, last_count.mention.start - 60),
                                                            last_count.mention.start))
                    if link:
                        right = doc.cuetext[m.after:min(sent.end, next_start, m.after + 80)]
                        # (a denominator said once for the list: "… 556.120 người tham gia BHXH, đạt 23,87% lực lượng lao
                        # động trong độ tuổi; 422.318 người tham gia BHTN, đạt 18,1%")
                        said = last_pct if last_pct is not None and last_pct.sentence is sent else None
                        if said is None:
                            # (the pair of the sentence before, for a count carried from it: "… 1.089.230 người tham gia
                            # BHYT, tỷ lệ bao phủ đạt 85,8% dân số. Năm 2020, số người tham gia tăng lên 1.112.406 người,
                            # đạt 87,2%", or of another scheme written the same way: "… 913.482 người tham gia BHXH, đạt
                            # 45,7% lực lượng lao động trong độ tuổi. Số người tham gia BHTN là 829.540 người, đạt 41,5%";
                            # not a part of the same scheme's participants: "Trong đó, nhóm hộ gia đình có 14.236 người,
                            # chiếm hơn 20%")
                            said = last_pct_of.get(before)
                            if said is not None and last_count.confidence != CONFIDENCE["carried"] and (
                                    said.inherited_from is None or said.inherited_from.indicator is last_count.indicator):
                                said = None
                        said_before = said is not None and said.indicator is not None and said.indicator.share_requires is not None
                        # (the base named earlier in the sentence: "Đắk Lắk – địa phương có lực lượng lao động đông nhất vùng
                        # … – hiện có 246.300 người tham gia BHXH, đạt 20,9%")
                        earlier = doc.folded[max(sent.start, last_count.mention.start - 200):last_count.mention.start]
                        cands = [i for i in _active() if last_count.indicator.code in i.share_of
                                 and (i.share_requires is None or i.share_requires.search(right) or i.share_requires.search(between)
                                      or (said_before and i.share_requires.pattern == said.indicator.share_requires.pattern)
                                      or i.share_requires.search(earlier))]
                        # (a cue of its own in its own clause, the count in the clause before: "… 360.000 người
                        # tham gia BHXH, tỷ lệ bao phủ BHYT đạt 93,2% dân số" is BHYT's coverage)
                        strong_own = best is not None and best[0][0] == 0 and own.code not in [c.code for c in cands] \
                            and best[2] not in ("tỷ lệ bao phủ", "bao phủ") \
                            and (own.priority >= 5 or not cands or doc.breaks_between(last_count.mention.after, m.start) > 0)
                        if cands and not strong_own:
                            hit.indicator, hit.cue, hit.inherited_from = cands[0], f"chiếm … ({last_count.cue})", last_count
                            hit.confidence = CONFIDENCE["inherited"]
                if best is not None and m.is_percent and best[0][0] > (2 if best[1].required_terms is not None else 1):
                    best = None
                if hit.indicator is None and best is None and m.is_percent \
                        and (opening := _SCHEME_OPENS_THE_CLAUSE.search(
                            # (its sentence's start a clause's too: "… như sau. BHXH đạt 22%.")
                            ("\n" if m.start - 40 <= sent.start else "") + doc.folded[max(sent.start, m.start - 40):m.start])) \
                        and _SCHEME_RATE_ENDS_AFTER.match(doc.folded, m.after) \
                        and not _MONEY_NAMED.search(doc.folded, sent.start, m.start):
                    # "- Năm 2023: BHXH đạt 22%; BHTN đạt 17%; BHYT đạt 92,5%.": each clause's rate is its scheme's coverage
                    hit.indicator = cat.by_code()[_SCHEME_COVERAGE[" ".join(opening.group("scheme").split())]]
                    hit.cue, hit.confidence = opening.group("scheme"), CONFIDENCE["far_cue"]
                if hit.indicator is None and best is None and not m.is_percent and not m.is_money and m.noun == "nữ" \
                        and _BARE_WOMEN_RIGHT.match(doc.folded, m.after) \
                        and _STAFF_WORD.search(doc.folded, max(doc.title_end, sent.start - 300), m.start) \
                        and not _LEADERS_OR_ELECTED.search(doc.folded, sent.start, m.start):
                    # "Kho bạc Nhà nước có 8.904 nữ, chiếm 56,6%" after a sentence on staff: the women of its workforce
                    hit.indicator, hit.cue, hit.confidence = cat.by_code()["women_staff_count"], "nữ", CONFIDENCE["far_cue"]
                if hit.indicator is None and best is None and m.noun_class == "visit" and m.noun == "lượt" \
                        and _THEIR_COST_AFTER.match(doc.folded, m.after) \
                        and any(word in doc.folded for word in _TREATMENT_WORDS):
                    # "… 38.640 lượt, chi phí 51,3 tỷ đồng": the visits of the treatment the article is about
                    hit.indicator, hit.cue, hit.confidence = cat.by_code()["hi_treatment_visits"], "lượt, chi", CONFIDENCE["far_cue"]
                if hit.indicator is None and best is None and not m.is_percent and m.noun_class == "person" and k == 0 \
                        and (label := _SCHEME_LABELLED_ITEM.fullmatch(doc.folded, sent.start, m.start)):
                    # "+ BHYT: 1.648.905 người": the item's scheme's participants
                    hit.indicator = cat.by_code()[_PARTICIPANTS_OF_SCHEME[" ".join(label.group("scheme").split())]]
                    hit.cue, hit.confidence = label.group("scheme"), CONFIDENCE["far_cue"]
                if hit.indicator is None and best is None and k <= 1 and (header := _list_header(doc, sent)) is not None \
                        and header.index > 0 and _BREAKDOWN_HEADER.fullmatch(doc.folded, header.start, header.end) \
                        and (label := _LABELLED_ITEM.match(doc.folded, sent.start)) \
                        and (any(g[2] in ("province", "area") for g in _items_in(doc.geo_starts, doc.geo, sent.start, label.end()))
                             or _PLACE_NAMED_OPENING.match(doc.text, label.start(1))) \
                        and (whole := next((h for h in reversed(hits) if h.sentence.index == header.index - 1
                                            and h.indicator is not None and not h.excluded and h.force_kind != "target"
                                            and h.mention.is_percent == m.is_percent and h.mention.is_money == m.is_money
                                            and (m.is_percent or h.mention.noun_class == m.noun_class)), None)) is not None:
                    # "… toàn xã có 13.187 người tham gia BHYT, đạt 93,4% dân số. Cụ thể tại các địa bàn cũ:¶- Thị trấn Bút
                    # Sơn: 5.102 người, đạt 95,6%;": each place's part of the whole the sentence above the list stated
                    hit.indicator, hit.cue, hit.confidence = whole.indicator, whole.cue, CONFIDENCE["far_cue"]
                if hit.indicator is None and best is None and not m.is_percent and k == 0 \
                        and (ranked := _RANKED_WITH_LEFT.search(doc.folded, max(sent.start, m.start - 40), m.start)) \
                        and not _OWN_SUBJECT.search(doc.folded, sent.start, ranked.start()) \
                        and (any(g[2] in ("province", "area") for g in _items_in(doc.geo_starts, doc.geo, sent.start, m.start))
                             or _PLACE_NAMED_OPENING.match(doc.text, sent.start)) \
                        and (named := next((h for h in reversed(hits) if h.sentence.index == before and h.indicator is not None
                                            and not h.excluded and h.force_kind != "target" and not h.mention.is_percent
                                            and h.mention.is_money == m.is_money
                                            and h.mention.noun_class == m.noun_class), None)) is not None \
                        and named.sentence.paragraph == sent.paragraph:
                    # "… toàn tỉnh có 10.482 người tham gia BHXH tự nguyện, …. Huyện Cao Lãnh dẫn đầu với 1.356 người": a
                    # place ranked by the count the sentence before stated
                    hit.indicator, hit.cue, hit.confidence = named.indicator, named.cue, CONFIDENCE["far_cue"]
                if hit.indicator is None and best is None and m.is_percent and k == 0 and last_pct is None \
                        and _RANKED_WITH_LEFT.search(doc.folded, max(sent.start, m.start - 40), m.start) \
                        and any(g[2] in ("province", "area") for g in _items_in(doc.geo_starts, doc.geo, sent.start, m.start)) \
                        and (named := next((last_pct_of[i] for i in (before, before - 1 if before else None)
                                            if i in last_pct_of), None)) is not None \
                        and sent.paragraph - named.sentence.paragraph <= 1:
                    # "… đạt 24,1%, thấp hơn … cả nước là 39,25%. …¶ Trong vùng, Bắc Giang dẫn đầu với 47,5%, tiếp theo là
                    # Thái Nguyên (40,2%)": a place ranked by the rate just stated
                    hit.indicator, hit.cue, hit.confidence = named.indicator, named.cue, CONFIDENCE["far_cue"]
                if hit.indicator is None and best is None and m.is_percent and last_pct is None \
                        and (named := last_pct_of.get(before)) is not None and named.indicator is not None \
                        and sent.paragraph - named.sentence.paragraph <= 1 and _RESULT_SUBJECT_OPENING.match(doc.folded, sent.start) \
                        and _COMPARED_TERM_LEVEL.search(doc.folded, max(sent.start, m.start - 120), m.start) \
                        and not re.search(r"\d", doc.folded[sent.start:m.start]):
                    # "… chiếm 30,26%. Kết quả này cao hơn đáng kể so với khóa XIV (26,72%)": the level of the time
                    # compared with, of the rate the sentence before stated
                    hit.indicator, hit.cue, hit.confidence = named.indicator, named.cue, CONFIDENCE["far_cue"]
                if hit.indicator is None and best is None and m.is_percent and last_pct is not None:
                    between = doc.cuetext[last_pct.mention.after:m.start]
                    compared = re.search(r"(?<!\w)so với\s+[^\d();]{1,40}\(\s*$", between)   # "thấp hơn so với cấp huyện (17,8%)"
                    # (a comparison before a ";" belongs to the clause it ends: "…, thấp hơn so với cả nước;
                    # tỉnh B đạt 92,9%"; after a ";" a new "tỷ lệ …" names a rate of its own: "…; tỷ lệ hộ nghèo
                    # còn 5%", but not "tỷ lệ này", "có tỷ lệ")
                    clause = between.rsplit(";", 1)[-1]
                    # (a year is not a figure between them: "khoảng 45%, đến năm 2030 đạt 60%")
                    # (an aside in between is not a figure between them: "28,3% (17/60 đại biểu); HĐND cấp huyện 29,6%")
                    # (the level of the term compared with, after a change: "đạt 21,72%, tăng 2,36 điểm phần trăm so
                    # với nhiệm kỳ 2020 - 2025 (19,36%)")
                    compared_term = len(between) < 120 and ";" not in between and (
                        _COMPARED_TERM_LEVEL.search(between)
                        # (or after "so với mức": "đạt 91%, tăng so với mức 88,4% của năm 2023")
                        or _BASE_LEVEL_COMPARED_LEFT.search(doc.folded, max(sent.start, m.start - 40), m.start))
                    # (nor a time: "Kế hoạch năm 2024 là 95,5%, ước thực hiện 6 tháng là 94,1%", "… đến 30/6 là …")
                    if compared_term or len(between) < 80 and not re.search(r"\d", _MONTHS_OR_DAY.sub("", _YEAR.sub("", _ASIDE.sub("", between)))) and \
                            (compared or not _CHANGE_IN_CLAUSE.search(clause)) and not _OTHER_GROUP.search(between) and \
                            not (";" in between and _NEW_RATE.search(clause)) and \
                            not (last_pct.indicator.theme != "gender" and _WOMEN_NEAR.search(clause)) and \
                            not _UNITS_AFTER_A_SHARE.match(doc.folded, m.after):
                        # (nor a share of units: "… đạt 30%; 100% khu công nghiệp có nhà trẻ")
                        # (not women's share of what the rate before measured: "… đạt 48,2% kế hoạch năm; trong đó nữ chiếm 58%")
                        hit.indicator, hit.cue, hit.confidence = last_pct.indicator, last_pct.cue, CONFIDENCE["far_cue"]
                if hit.indicator is None and m.is_percent and (best is None or best[0][0] > 1) and prev_hit is not None \
                        and prev_hit.excluded == "threshold" and prev_hit.mention.is_percent and prev_hit.sentence is sent \
                        and _PLACE_AMONG_THE_COUNTED.fullmatch(doc.folded, prev_hit.mention.after, m.start) \
                        and _items_in(doc.geo_starts, doc.geo, prev_hit.mention.after, m.start) \
                        and (criterion := _classify(doc, prev_hit.mention, sent, sent.start, m.start)) is not None:
                    # "có 18 tỉnh, thành phố có tỷ lệ nợ dưới 1%, trong đó Bắc Kạn chỉ 0,38%": a place's own level of
                    # the rate its counted places stay within
                    hit.indicator, hit.cue, hit.confidence = criterion[1], criterion[2], CONFIDENCE["far_cue"]
                if best is not None and m.is_percent and best[0][0] > 1:
                    best = None
                # the figure before of the same kind: a count, or an amount of money
                level_before = last_amount if m.is_money and last_amount is not None and last_amount.mention.is_money else last_count
                if hit.indicator is None and best is None and not m.is_percent and level_before is not None \
                        and (level_before.mention.noun_class == m.noun_class
                             # (a bare fraction after one of people: "… 612/1.458 công chức là nữ (41,98%); cấp huyện 498/1.306 (38,13%)")
                             or (m.denominator and not m.noun_class and level_before.mention.denominator
                                 and level_before.mention.noun_class == "person")
                             # (and a bare count, its noun said by the item before: "TP Hạ Long có 9 người; TP Uông Bí 7;
                             # TP Cẩm Phả 6")
                             or (not m.noun_class and not m.denominator and level_before.mention.noun_class == "person"
                                 and not level_before.mention.denominator and _BARE_ITEM_ENDS.match(doc.folded, m.after)
                                 and _place_led_clause(doc, level_before.mention.after, m.start) is not None)) \
                        and level_before.mention.is_money == m.is_money \
                        and not _WOMEN_COUNTED_NEXT_IN_THE_ASIDE.match(doc.folded, m.after):
                    between = doc.cuetext[level_before.mention.after:m.start]
                    # "…; cấp xã là 1.512 người", "…; Hà Nội đạt 69.215 tỷ đồng": a clause about another level
                    # or place, its subject left out, counts what the previous one counted; such a clause says
                    # no more than its figure ("…; cấp xã có 460 người được tập huấn", "…; Nghệ An còn 30 tỷ
                    # đồng vốn đầu tư" have predicates of their own)
                    own_predicate = ";" in between and not _CLAUSE_ENDS_AFTER.match(doc.folded, m.after)
                    if not own_predicate and len(between) < 140 and _COMPARED_TERM_LEVEL.search(between):
                        # the level of the time compared with, after a change: "… 206.114 người, tăng 3.231 người so
                        # với cuối năm 2024 (202.883 người)"
                        hit.indicator, hit.cue, hit.confidence = level_before.indicator, level_before.cue, CONFIDENCE["far_cue"]
                    elif not own_predicate and len(between) < 140:
                        parallel = _PARALLEL_CLAUSE.search(between)
                        semi = (level_before.mention.after + parallel.start() if parallel is not None
                                else _place_led_clause(doc, level_before.mention.after, m.start))
                        if semi is not None:
                            between = doc.cuetext[semi + 1:m.start]
                    # (a time is not a figure between them: "…; lũy kế 9 tháng đạt 7.436,2 tỷ đồng")
                    # (nor another group: "…; cấp ủy viên là người dân tộc thiểu số 37 đồng chí")
                    # (nor a figure whose own clause names another group: "7 người ứng cử là nữ, 3 người là dân tộc thiểu số")
                    if not own_predicate and len(between) < 90 and not re.search(r"\d", _TIME_SPAN.sub("", between)) \
                            and not (level_before.indicator.required_terms is not None and _OTHER_GROUP.search(
                                doc.folded, m.after, doc.clause_end(m.after, sent.end))) \
                            and not _CHANGE_OR_TOTAL.search(_TO_A_LEVEL_END.sub("", between)) \
                            and not _SUBSET_NOT_OF_A_PLACE.search(between) \
                            and not _OTHER_GROUP.search(between) and not _CONTRAST_WITH_A_SUBJECT.search(between):
                        hit.indicator, hit.cue, hit.confidence = level_before.indicator, level_before.cue, CONFIDENCE["far_cue"]
                if hit.indicator is None and best is None and not m.is_percent and k == 0:
                    whole = level_of.get(before)
                    if whole is not None and (_part_of_previous(doc, sent, m, whole) or _sibling_of_previous(doc, sent, m, whole)):
                        hit.indicator, hit.cue, hit.confidence = whole.indicator, whole.cue, CONFIDENCE["far_cue"]
                    elif whole is not None and _ranked_place_of_previous(doc, sent, m, whole):
                        # "Toàn tỉnh có 33.410 người tham gia BHXH tự nguyện. Huyện Di Linh dẫn đầu với 6.215 người, tiếp
                        # đến là …": the places ranked by the measure the sentence before stated
                        hit.indicator, hit.cue, hit.confidence = whole.indicator, whole.cue, CONFIDENCE["far_cue"]
                    elif whole is None and before == si - 1 and m.noun_class == "person" and not m.denominator \
                            and (named := _measure_named_before(doc, si, m)) is not None:
                        # "… số người tham gia BHTN tập trung chủ yếu ở các đô thị. Trong đó, TP Thuận An có 268.412
                        # người, …": the places of the measure the sentence before named
                        hit.indicator, hit.cue, hit.confidence = named.indicator, named.cue, CONFIDENCE["carried"]
                    elif (whole := next((level_of[j] for j in range(before - 1, max(before - 3, -1), -1) if j in level_of),
                                        None)) is not None and _part_of_previous(doc, sent, m, whole):
                        # (a whole a sentence or two further back, named again: "… 2.853.985 người tham gia BHYT, …. Đây
                        # là …¶ Theo báo cáo …, trong tổng số người tham gia BHYT nêu trên, khu vực Bình Định (cũ) có …")
                        hit.indicator, hit.cue, hit.confidence = whole.indicator, whole.cue, CONFIDENCE["far_cue"]
                if hit.indicator is None and best is None and m.is_percent and last_pct is None \
                        and (reached := _BARE_RATE_REACHED.search(doc.folded, max(sent.start, m.start - 25), m.start)) \
                        and _PLACE_SUBJECT_ONLY.fullmatch(doc.folded, doc.clause_start(sent.start, reached.start()), reached.start()) \
                        and (named := last_pct_of.get(before)) is not None and named.indicator is not None \
                        and named.sentence.paragraph == sent.paragraph:
                    # "… đạt tỷ lệ bao phủ 87,3% dân số. Trước khi hợp nhất, năm 2024 tỉnh Lâm Đồng (cũ) đạt tỷ lệ 90,1%":
                    # a bare "tỷ lệ" is the rate the sentence before stated
                    hit.indicator, hit.cue, hit.confidence = named.indicator, named.cue, CONFIDENCE["far_cue"]
                if hit.indicator is None and best is None and (same := _SAME_MEASURE.search(doc.folded, sent.start, m.start)):
                    # "Số này của tỉnh Bắc Giang là 49.870 người", "Ở huyện Mộc Châu, tỷ lệ này là 95,1%": the
                    # figure the sentence before stated, for another place or time (or its own sentence, before the
                    # phrase: "… đạt 2,4 triệu người, gấp 9 lần năm 2018, khi con số này mới khoảng 270.000 người")
                    stated = last_pct_of if m.is_percent else level_of
                    own_before = [h for h in hits if h.sentence is sent and h.mention.end <= same.start() and h.indicator is not None
                                  and not h.excluded and h.mention.is_percent == m.is_percent and h.force_kind != "target"]
                    named, asked = own_before[-1] if own_before else stated.get(si - 1), None
                    if named is None and si > 1 and si - 1 not in by_sentence and doc.text.endswith("?", 0, doc.sentences[si - 1].end):
                        # an interview's answer: "PV: … tỷ lệ tham gia BHXH của tỉnh mới khoảng 19% … Ông nghĩ sao?¶ Ông …:
                        # Đúng là tỷ lệ này hiện mới đạt 19,4% …" (the figure of the question before the question mark)
                        asked = named = stated.get(si - 2)
                    if named is not None and not m.is_percent and m.value:
                        # "… có 298.412 người tham gia BHXH, trong đó BHXH tự nguyện là 96.530 người. Đến hết quý I,
                        # con số này tăng lên 301.877 người": the level of the sentence before its own is nearest to
                        named = min((h for h in hits if h.sentence is named.sentence and _is_level(h)
                                     and h.mention.is_money == m.is_money and h.mention.value),
                                    key=lambda h: abs(math.log(m.value / h.mention.value)), default=named)
                    if named is not None and named.mention.is_money == m.is_money and named.mention.noun_class == m.noun_class \
                            and (named.sentence.paragraph == sent.paragraph or (
                                named is asked and sent.paragraph - named.sentence.paragraph == 1)):
                        hit.indicator, hit.cue, hit.confidence = named.indicator, named.cue, CONFIDENCE["far_cue"]
                    elif named is None and m.is_percent and (changed := next(
                            (h for h in hits if h.sentence.index == si - 1 and h.excluded == "change" and h.mention.is_percent
                             and h.sentence.paragraph == sent.paragraph), None)) is not None:
                        # ("… tỷ lệ nữ tham gia cấp ủy cấp xã tăng 3,1%. Trước khi sắp xếp, tỷ lệ này ở ba tỉnh … lần lượt
                        # là 19,6%, …": the rate whose change the sentence before stated)
                        at = changed.mention.start
                        topic = _classify(doc, replace(m, start=at, end=at, after=at), changed.sentence,
                                          changed.sentence.start, at)
                        if topic is not None and topic[0][0] <= 1:
                            hit.indicator, hit.cue, hit.confidence = topic[1], f"{topic[2]} (…)", CONFIDENCE["far_cue"]
                    elif named is None and m.is_percent and _THIS_FIGURE_IS.fullmatch(doc.folded, same.end(), m.start) \
                            and not _OF_THE_NATIONS_TOTAL_AFTER.match(doc.folded, m.after) \
                            and (count := level_of.get(si - 1)) is not None \
                            and count.indicator is not None and count.sentence.paragraph == sent.paragraph \
                            and (share := _share_of_the_count(count.indicator)) is not None:
                        # "… trong đó có 8 đồng chí nữ. Tỷ lệ này đạt 15,09%", "… 14 đại biểu nữ. Con số này chiếm
                        # 26,9%": the share the count before makes
                        hit.indicator, hit.cue, hit.confidence = share, f"({count.cue})", CONFIDENCE["far_cue"]
                if hit.indicator is None and best is None and m.is_percent and prev_hit is not None \
                        and prev_hit.indicator is not None and not prev_hit.mention.is_percent \
                        and prev_hit.indicator.code in _PLANNED_CODES \
                        and _REACHED_SINCE.fullmatch(doc.folded, prev_hit.mention.after, m.start) \
                        and (prev_hit.force_kind == "target"
                             or kind_of(doc.folded[sent.start:prev_hit.mention.start], None, None) == "target"):
                    # "được giao chỉ tiêu thu 2.145 tỷ đồng, đến nay đạt 49,8%": the completion of the plan just stated
                    hit.indicator, hit.cue, hit.confidence = cat.by_code()["plan_completion_rate"], "đạt (kế hoạch)", CONFIDENCE["inherited"]
                if hit.indicator is None and best is None and m.is_percent and k == 0 \
                        and _BARE_TARGET_BEFORE_A_RATE.fullmatch(doc.folded, sent.start, m.start) \
                        and (named := last_pct_of.get(before)) is not None and named.indicator is not None \
                        and named.sentence.paragraph == sent.paragraph:
                    # "Năm 2025, tỷ lệ bao phủ BHYT của xã đạt 97,2%. Chỉ tiêu năm 2026 tỉnh giao cho xã là 99%": the target
                    # of the rate the sentence before stated
                    hit.indicator, hit.cue, hit.confidence = named.indicator, named.cue, CONFIDENCE["far_cue"]
                    hit.force_kind = "target"
                if hit.indicator is None and best is None and not m.is_percent and k == 0 and _BARE_PLAN_OPENING.match(doc.folded, sent.start):
                    # "… có 189.600 người tham gia BHXH tự nguyện. Chỉ tiêu năm 2025 của tỉnh là 205.000 người": the plan
                    # of the level the sentence before stated
                    named = level_of.get(before)
                    if named is not None and named.mention.noun_class == m.noun_class and named.mention.is_money == m.is_money \
                            and named.sentence.paragraph == sent.paragraph:
                        hit.indicator, hit.cue, hit.confidence = named.indicator, named.cue, CONFIDENCE["far_cue"]
                        hit.force_kind = "target"
                if hit.indicator is None and best is None and k == 0 and m.noun == "người" and not m.is_percent \
                        and (fronted := _FRONTED_SCHEME.match(doc.folded, sent.start)) is not None \
                        and _PLAIN_COUNT_AFTER_THE_TOPIC.fullmatch(doc.folded, fronted.end(), m.start) \
                        and _A_PLAIN_COUNT_ENDS.match(doc.folded, m.after):
                    # "Riêng BHXH tự nguyện, chỉ tiêu là 131.000 người": people of the scheme the sentence turns to
                    hit.indicator = cat.by_code()[_PARTICIPANTS_OF_SCHEME[" ".join(fronted.group("scheme").split())]]
                    hit.cue, hit.confidence = fronted.group("scheme"), CONFIDENCE["far_cue"]
                if hit.indicator is None and best is None and m.noun_class == "person" and not m.is_percent \
                        and not _SCHEME_NOT_AN_OFFICE.search(doc.folded, max(sent.start, m.start - 60), min(sent.end, m.after + 30)) \
                        and (topic := _bare_participants_topic(doc, sent, m)) is not None:
                    # "Năm 2019, toàn tỉnh có 1.089.230 người tham gia BHYT … Năm 2020, số người tham gia vẫn tăng lên
                    # 1.112.406 người": participants of no scheme named are those of the scheme the paragraph (or the
                    # one before) is about; so are the items of a list they head ("Một số địa phương có số người tham
                    # gia cao:" above "- An Giang: 41.250 người")
                    earlier = _participants_of_the_topic(doc, hits, topic)
                    if earlier is not None:
                        hit.indicator, hit.cue, hit.confidence = earlier.indicator, earlier.cue, CONFIDENCE["carried"]
                    elif before is not None and _OWN_BARE_PARTICIPANTS.match(doc.folded, m.end) \
                            and not any(h.sentence.index == before for h in hits) \
                            and sent.paragraph - doc.sentences[before].paragraph <= 1 \
                            and (schemes := {" ".join(x.group(1).split()) for x in _PARTICIPANTS_OF_A_SCHEME.finditer(
                                doc.folded, doc.sentences[before].start, doc.sentences[before].end)}) \
                            and len({_PARTICIPANTS_OF_SCHEME[x] for x in schemes}) == 1:
                        # (or of the one scheme the sentence before names, with no figure of its own: "Năm 2023, số
                        # người tham gia BHXH tự nguyện của các tỉnh Bắc Trung Bộ tăng mạnh.¶ Thanh Hóa dẫn đầu với
                        # 87.216 người tham gia, …")
                        hit.indicator = cat.by_code()[_PARTICIPANTS_OF_SCHEME[schemes.pop()]]
                        hit.cue, hit.confidence = "tham gia", CONFIDENCE["carried"]
                if hit.indicator is None and best is not None and own.code == "plan_completion_rate" \
                        and _TAKES_WORD_BEFORE.search(doc.folded, max(sent.start, m.start - 20), m.start) \
                        and _LAST_SUBJECT_IS_DEBT.search(doc.folded, _part_start(doc, sent, m.start), m.start):
                    # "Số tiền chậm đóng: 286,9 tỷ đồng, chiếm 1,79% kế hoạch thu": a debt's share of what is due, not a result
                    best = (best[0], cat.by_code()["arrears_rate"], best[2])
                    own = best[1]
                if hit.indicator is None and m.is_percent and (best is None or own.code != "plan_completion_rate") \
                        and "so với" in doc.folded[sent.start:m.start] \
                        and (best is None or "tỷ lệ" not in doc.folded[sent.start:m.start]) \
                        and (opening := _PLAN_COMPARED_OPENING.match(doc.folded, _part_start(doc, sent, m.start))) \
                        and not _CLAUSE_BREAK_OR_SHARE.search(doc.folded, opening.end(), m.start) \
                        and _REACHED_RIGHT_BEFORE.search(doc.folded, max(sent.start, m.start - 20), m.start) \
                        and not _OF_A_POPULATION_RIGHT.match(doc.folded, m.after):
                    hit.indicator, hit.cue, hit.confidence = cat.by_code()["plan_completion_rate"], "so với kế hoạch", CONFIDENCE["far_cue"]
                    if not _STRIVING.search(doc.folded, sent.start, m.start):
                        hit.force_kind = "actual"   # (the plan it is compared with is no target set by the sentence)
                if hit.indicator is None and best is not None:
                    hit.indicator, hit.cue, hit.crossings = own, best[2], best[0][0]
                    hit.confidence = CONFIDENCE["base"] if best[0][0] == 0 else CONFIDENCE["far_cue"]
                    if own.code in _COVERAGE_CODES and best[2] in ("lực lượng lao động", "dân số") \
                            and (joined := _JOINS_A_SCHEME_RIGHT.match(doc.folded, m.after)) is not None:
                        # "… có khoảng 35% lực lượng lao động trong độ tuổi tham gia bảo hiểm thất nghiệp": the coverage of
                        # the scheme the base joins, not of one named before ("Nghị quyết … về cải cách chính sách BHXH")
                        hit.indicator = cat.by_code()[_SCHEME_COVERAGE[" ".join(joined.group(1).split())]]
                if m.is_money and (hit.indicator is None or hit.indicator.code == "insurance_revenue") and prev_hit is not None \
                        and prev_hit.sentence is sent and prev_hit.indicator is not None and not prev_hit.excluded \
                        and prev_hit.indicator.code == "arrears_rate" \
                        and _EQUIVALENT_AMOUNT.fullmatch(doc.folded, prev_hit.mention.after, m.start):
                    # "Tỷ lệ nợ đóng BHXH, BHYT, BHTN còn 3,36% số phải thu, tương ứng 3.642 tỷ đồng": the debt in đồng, not
                    # what was collected (the "thu" of "số phải thu")
                    hit.indicator, hit.cue, hit.confidence = cat.by_code()["contribution_arrears"], "nợ … tương ứng", CONFIDENCE["far_cue"]
                if hit.indicator is not None and hit.indicator.code == "plan_completion_rate" and prev_hit is not None \
                        and prev_hit.sentence is sent and prev_hit.indicator is not None and not prev_hit.excluded \
                        and prev_hit.indicator.code == "contribution_arrears" \
                        and _SHARE_OF_THE_DEBT.fullmatch(doc.folded, prev_hit.mention.after, m.start):
                    # "Nợ BHXH, BHYT, BHTN: 589 tỷ đồng, chiếm tỷ lệ 2,49% so với kế hoạch thu": the debt's share of
                    # what is to be collected, not a completion of the plan
                    hit.indicator, hit.cue = cat.by_code()["arrears_rate"], "nợ … chiếm"
                if hit.indicator is None and best is None and prev_hit is not None and prev_hit.sentence is sent \
                        and prev_hit.indicator is not None and not prev_hit.excluded and prev_hit.force_kind != "target" \
                        and prev_hit.mention.is_percent == m.is_percent and prev_hit.mention.is_money == m.is_money \
                        and (m.is_percent or prev_hit.mention.noun_class == m.noun_class) \
                        and _next_place_of_a_list(doc, sent, prev_hit.mention, m) \
                        and (not prev_hit.indicator.code.startswith("women_")   # (women named again: "…, 3 nữ; tỉnh B có 6
                             or _WOMEN_NEAR.search(doc.folded, m.start, doc.clause_end(m.after, sent.end))):   # đại biểu" is all)
                    # "TP Hồ Chí Minh … lớn nhất cả nước với 2,85 triệu người; Hà Nội có 2,18 triệu người, Bình Dương có
                    # 1,16 triệu người": the next places of a list, each with its figure of the same measure
                    hit.indicator, hit.cue, hit.confidence = prev_hit.indicator, prev_hit.cue, CONFIDENCE["carried"]
                if (plan := _plan_before_its_result(doc, sent, m, sentence_hits)) is not None \
                        and (hit.indicator is None or hit.indicator.code in ("plan_completion_rate", plan.indicator.code)):
                    # "Kế hoạch giao 1.892 tỷ đồng; thực hiện đến 30/9/2020 là 1.372,5 tỷ đồng, đạt 72,54%": what was done of
                    # the plan stated before it, then its completion; done, whatever target word the clause of the plan had
                    if hit.indicator is None and best is None:
                        hit.indicator = cat.by_code()["plan_completion_rate"] if m.is_percent else plan.indicator
                        hit.cue = "thực hiện …, đạt" if m.is_percent else plan.cue
                        hit.confidence = CONFIDENCE["far_cue"]
                    if hit.indicator is not None:
                        hit.force_kind = "actual"
                if hit.indicator is None and best is None and (whole := _place_part_of_the_whole_before(
                        doc, sent, m, sentence_hits)) is not None:
                    # "…; trong đó khu vực Đồng Nai (cũ) 948.317 người": a place's part of the whole before it
                    hit.indicator, hit.cue, hit.confidence = whole.indicator, whole.cue, CONFIDENCE["carried"]
                if hit.indicator is None and best is None and (same := _same_figure_of_the_item_before(
                        doc, sent, m, sentence_hits)) is not None:
                    # "… dẫn đầu với 3.912 người tham gia, đạt 96,2% kế hoạch; tiếp đến là thị xã Sa Pa với 2.105 người,
                    # đạt 91,5%": the items of a list of places, each with a pair of figures
                    hit.indicator, hit.cue, hit.confidence = same.indicator, same.cue, CONFIDENCE["carried"]
                if hit.indicator is None and best is None and k == 0 and sent.index > 0 \
                        and (_PLACE_RANKED_BEFORE.search(doc.folded, max(sent.start, m.start - 60), m.start)
                             or ((m.is_percent or _LIST_GOES_ON_OR_ENDS.match(doc.folded, m.after, sent.end))
                                 and _place_opens_with_its_figure(doc, sent, m))) \
                        and _RANKED_FIGURE_ENDS_AFTER.match(doc.folded, m.after) \
                        and (topic := _topic_of_the_sentence_before(doc, sent, m)) is not None:
                    # "Năm 2022, tỷ lệ bao phủ BHYT của các tỉnh miền núi phía Bắc đều ở mức cao. Lai Châu đứng đầu cả nước
                    # với 99,8%, tiếp theo là …": a ranking of places by the measure the sentence before named
                    # ("Mức độ bao phủ giữa các địa bàn còn chênh lệch lớn. Phường Quy Nhơn đạt 96,4%, …": a place's level
                    # of it, the sentence opening with the place)
                    hit.indicator, hit.cue, hit.confidence = topic[1], f"{topic[2]} (…)", CONFIDENCE["carried"]
                if hit.indicator is None and best is None and m.is_percent \
                        and _one_elected_body_after(doc, m) \
                        and _WOMEN_NEAR.search(doc.folded, _part_start(doc, sent, m.start), m.start):
                    # "nữ đại biểu chiếm 32,3% HĐND TP Hồ Chí Minh, 30,4% HĐND tỉnh Bình Dương": women's share of the
                    # elected body named right after it
                    hit.indicator, hit.cue, hit.confidence = cat.by_code()["women_deputy_share"], "hđnd", CONFIDENCE["far_cue"]
                if hit.indicator is None and best is None and m.is_money and (recipients := next(
                        (h for h in reversed(sentence_hits) if h.indicator is not None and not h.excluded
                         and h.indicator.code == "benefit_recipients"), None)) is not None \
                        and _AMOUNT_OF_THEIR_BENEFITS_BEFORE.search(doc.folded, max(recipients.mention.after, m.start - 40), m.start) \
                        and not _FROM_A_BUDGET_RIGHT.match(doc.folded, m.after):
                    # "… giải quyết cho 48.326 người hưởng BHXH một lần, tăng 11,3% so với cùng kỳ, với tổng số tiền hơn 2.100
                    # tỷ đồng", "… được hưởng trợ cấp hưu trí xã hội, với tổng kinh phí 114,6 tỷ đồng": what was paid them
                    hit.indicator, hit.cue, hit.confidence = cat.by_code()["benefit_expenditure"], "số tiền", CONFIDENCE["far_cue"]
                if hit.indicator is None and best is None and m.is_percent and si in criterion_of \
                        and criterion_of[si].mention.start < m.start and _after_a_place(doc, sent, m):
                    # "Có 12 địa phương đạt tỷ lệ thu trên 15% kế hoạch, trong đó Bắc Ninh đạt 17,2%, …": the places
                    # meeting the criterion, each with its level of the criterion's rate
                    hit.indicator, hit.cue, hit.confidence = criterion_of[si].indicator, criterion_of[si].cue, CONFIDENCE["carried"]
                if hit.indicator is None and best is None and m.is_percent and k > 0 and mentions[k - 1].is_money \
                        and _BARE_COMPLETION.fullmatch(doc.folded, mentions[k - 1].after, m.start) \
                        and _COLLECTED_BEFORE.search(doc.folded, max(sent.start, mentions[k - 1].start - 25), mentions[k - 1].start):
                    # "Quảng Bình thu 1.582 tỷ đồng, đạt 69,1%": the completion of the plan for what was collected
                    hit.indicator, hit.cue, hit.confidence = cat.by_code()["plan_completion_rate"], "thu …, đạt", CONFIDENCE["far_cue"]
                if hit.indicator is None and best is None and m.is_percent and last_pct is None:
                    carried = _carried_percent(doc, sent, m, last_pct_of.get(si - 1) or criterion_of.get(si - 1) or (
                        _measure_named_before(doc, si, m) if si - 1 not in last_pct_of else None))
                    if carried is not None:
                        hit.indicator, hit.cue, hit.confidence = carried.indicator, carried.cue, CONFIDENCE["carried"]
                if hit.indicator is None and best is None and prev_hit is not None and prev_hit.indicator is not None \
                        and not prev_hit.excluded and prev_hit.mention.is_percent == m.is_percent \
                        and prev_hit.mention.is_money == m.is_money and _FROM_TO.search(doc.folded, sent.start, prev_hit.mention.start) \
                        and _TO_LEVEL.fullmatch(doc.folded, prev_hit.mention.after, m.start):
                    # "tăng từ 3.105 người (năm 2019) lên 11.740 người (năm 2023)": both ends are levels of one measure
                    hit.indicator, hit.cue, hit.confidence = prev_hit.indicator, prev_hit.cue, CONFIDENCE["far_cue"]
                if hit.indicator is None and best is None and prev_hit is not None and prev_hit.indicator is not None \
                        and not prev_hit.excluded and prev_hit.mention.is_percent == m.is_percent \
                        and prev_hit.mention.is_money == m.is_money and _SERIES_NEXT.fullmatch(doc.folded, prev_hit.mention.after, m.start) \
                        and _FROM_TO_SAID.search(doc.folded, sent.start, prev_hit.mention.start):
                    # "… tăng từ 574.000 người năm 2019 lên 1.127.000 người năm 2020, 1.447.000 người năm 2021 và 1.457.000
                    # người năm 2022": a series goes on past its "lên", each level with its year
                    hit.indicator, hit.cue, hit.confidence = prev_hit.indicator, prev_hit.cue, CONFIDENCE["far_cue"]
                if hit.indicator is None and best is None and prev_hit is not None and prev_hit.indicator is not None \
                        and prev_hit.sentence is sent and not prev_hit.excluded and prev_hit.force_kind != "target" \
                        and prev_hit.mention.is_percent == m.is_percent and prev_hit.mention.is_money == m.is_money \
                        and (m.is_percent or prev_hit.mention.noun_class == m.noun_class) \
                        and _NEXT_TIME_OF_A_SERIES.fullmatch(doc.folded, prev_hit.mention.after, m.start) \
                        and _RANKED_FIGURE_ENDS_AFTER.match(doc.folded, m.after):
                    # "Đến hết tháng 6/2021, số người tham gia BHXH tự nguyện đạt 88.215 người; hết tháng 8 là 96.730
                    # người; hết tháng 9 là 101.058 người": the same measure at the series' next times
                    hit.indicator, hit.cue, hit.confidence = prev_hit.indicator, prev_hit.cue, CONFIDENCE["carried"]
                if hit.indicator is None and best is None and m.is_percent:
                    compared = _level_of_the_time_compared_with(doc, m, sent, mentions, k, prev_hit, hit)
                    if compared is not None:
                        hit.indicator, hit.cue, hit.confidence = compared[1], f"{compared[2]} (so với …)", CONFIDENCE["far_cue"]
                if hit.indicator is None and best is None and _RANKING_OPENING.match(doc.folded, sent.start) \
                        and not any(h.indicator is not None for h in sentence_hits):   # (the ranking's first: "Hai vị trí …")
                    # "Top 10 địa phương có tỷ lệ cao nhất gồm: Hà Giang (99,6%), …", "Dẫn đầu là Thanh Hóa với 152.300
                    # người, tiếp đến …": a ranking of places by the measure the sentences just before stated
                    ranked = _ranked_measure(doc, sent, m, last_pct_of if m.is_percent else level_of, criterion_of)
                    if ranked is not None:
                        hit.indicator, hit.cue, hit.confidence = ranked.indicator, ranked.cue, CONFIDENCE["carried"]
                if hit.indicator is None and best is None:
                    header = _list_header(doc, sent)
                    # the figure as if it closed the header's own words (before an "(đến 31/8/2025)")
                    at = _header_end(doc, header) if header is not None else None
                    # (an item of women, "- Nữ: 8 đồng chí (15,09%)", says who it counts itself: the header the population)
                    item_of_women = _WOMEN_ITEM.match(doc.folded, sent.start) is not None \
                        or _WOMEN_LABEL_BEFORE.search(doc.folded, sent.start, m.start) is not None
                    topic = _classify(doc, replace(m, start=at, end=at, after=at), header, header.start, at,
                                      of_women=item_of_women) if at else None
                    if topic is None and header is not None and header.index > 0 \
                            and _GENERIC_LIST_HEADER.fullmatch(doc.folded, header.start, header.end):
                        # "2. Cán bộ nữ giữ chức vụ lãnh đạo, quản lý" above "Kết quả cụ thể như sau:" above the items
                        above = doc.sentences[header.index - 1]
                        # (at its whole, before the whole's share: "… là 5.214 người, chiếm 41,8%. Trong đó:")
                        numbers = _items_in(doc.number_starts, doc.numbers, above.start, above.end)
                        pos = above.end
                        if len(numbers) > 1 and numbers[-1].is_percent and not numbers[-2].is_percent and not m.is_percent \
                                and m.noun_class == numbers[-2].noun_class:
                            pos = numbers[-2].after
                        topic = _classify(doc, replace(m, start=pos, end=pos, after=pos), above,
                                          above.start, pos, of_women=item_of_women)
                    if topic is not None:
                        hit.indicator, hit.cue, hit.confidence = topic[1], f"{topic[2]} (…:)", CONFIDENCE["far_cue"]
                if hit.indicator is None and best is None:
                    # "Về tỷ lệ hoàn thành kế hoạch thu, Bắc Ninh dẫn đầu với 108,7%; …", "Hà Giang (12,08%) …
                    # là ba địa phương có tỷ lệ tham gia BHXH thấp nhất": the topic of a ranking of places
                    span = _ranking_topic(doc, sent, m)
                    topic = _classify(doc, replace(m, start=span[0], end=span[0], after=span[0]), sent, sent.start,
                                      span[1]) if span is not None else None
                    if topic is not None:
                        hit.indicator, hit.cue, hit.confidence = topic[1], f"{topic[2]} (…)", CONFIDENCE["far_cue"]
                if hit.indicator is None and best is None and ";" in doc.folded[sent.start:m.start] \
                        and _place_led_clause(doc, sent.start, m.start) is not None \
                        and _CLAUSE_ENDS_AFTER.match(doc.folded, m.after):   # (no predicate of its own after it)
                    # "xã A bầu 31 đồng chí, có 6 nữ; phường B bầu 41 đồng chí, có 12 nữ": a ";"-clause led by a
                    # place, of the same shape as the one before, says the same of that place, figure by figure
                    twin = _same_place_in_previous_clause(doc, sent, mentions, k, sentence_hits)
                    if twin is not None:
                        hit.indicator, hit.cue, hit.confidence = twin.indicator, twin.cue, CONFIDENCE["far_cue"]
                if m.in_words:
                    hit.confidence = min(hit.confidence, CONFIDENCE["words"])
            if hit.indicator is None and not hit.excluded and k == 0 and best is None \
                    and (_PLAN_SENTENCE_OPENING.fullmatch(doc.folded, sent.start, m.start)
                         or (m.is_percent and _TARGET_WITH_NO_MEASURE.fullmatch(doc.cuetext, sent.start, m.start))):
                # "… chiếm 42,8% lực lượng lao động trong độ tuổi. Chỉ tiêu năm 2025 là 45%.": the plan for what the
                # sentence before measured
                measured = last_pct_of.get(before) if m.is_percent else level_of.get(before)
                if measured is not None and measured.indicator is not None and measured.mention.is_money == m.is_money \
                        and (m.is_percent or measured.mention.noun_class == m.noun_class) \
                        and doc.sentences[before].paragraph >= sent.paragraph - 1:
                    hit.indicator, hit.cue, hit.confidence = measured.indicator, "chỉ tiêu", CONFIDENCE["far_cue"]
            if hit.indicator is not None and hit.indicator.excluded_terms is not None and not hit.excluded \
                    and not (best is not None and best[1] is hit.indicator) \
                    and _excluded_term_in_clause(doc, hit.indicator, m, sent, prev_end):
                # an inherited indicator meets its excluded terms too ("… chưa được hưởng"; _classify's own
                # choice was tested already)
                hit.indicator = None
            hits.append(hit)
            sentence_hits.append(hit)
            prev_hit = hit
            if not m.is_percent and hit.indicator is not None and not hit.excluded and hit.force_kind != "target":
                last_amount = hit
            if m.is_percent and hit.indicator is not None and not hit.excluded:
                last_pct = hit
                if hit.force_kind != "target":
                    last_pct_of[si] = hit
            if hit.indicator is not None and hit.indicator.value_type == "count":
                last_count = hit
            elif not m.is_percent and not (m.is_money and hit.indicator is not None and not hit.excluded):
                # (a total, "… trên tổng số 241 người (61,4%)", leaves the count its share belongs to; and the money of
                # the people counted, "… có 24.906 người hưởng trợ cấp thất nghiệp, số tiền chi trả 421,7 tỷ đồng; tỉnh
                # Tây Ninh (cũ) có 7.823 người", the count the next clause's count is parallel to)
                last_count = None if hit.excluded not in ("change", "total") else last_count
            if _is_level(hit):
                level_of[si] = hit
        _items_before_the_cue(doc, sentence_hits)
        if any(doc.folded.find(word, sent.start, sent.end) >= 0 for word in _RESPECTIVELY):
            _respective_measures(doc, sentence_hits, hits)
    table_hits, in_tables = _table_hits(doc)
    if in_tables:
        hits = [h for h in hits if h.mention.start not in in_tables] + table_hits
    observations = []
    for hit in hits:
        if hit.indicator is None or hit.excluded:
            continue
        observations.extend(_observation(doc, hit, version, Observation))
    return _dedupe(observations, doc)


# --- tables ---------------------------------------------------------------------------------------

_ROW_RE = re.compile(r"(?m)^([^\d\n]{1,60}?)\s+(\d[\d.,]*(?:\s+\d[\d.,]*)+)\s*$")
_HEADER_SHARE = re.compile(r"(?<!\w)(?:tỷ lệ|%)")


def _table_hits(doc: _Doc):
    """Rows of a table flattened to lines ("Cấp  Số đại biểu  Đại biểu nữ  Tỷ lệ (%)" then "Tỉnh 55 16 29,09"):
    two or more consecutive rows with the same count of figures under a header line that names a catalogue
    population of women. A row's women count and share are the two of its figures that agree
    (share = count / total), so the columns are read from the figures, not guessed from the header."""
    text, folded = doc.text, doc.folded
    if "\n" not in text or not re.search(r"\n[^\d\n]{1,60}? \d[\d.,]* \d[\d.,]*", text):
        return [], set()
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    out, taken = [], set()
    i = 0
    while i < len(lines):
        rows = []
        j = i
        while j < len(lines):
            a, b = lines[j]
            rm = _ROW_RE.match(folded, a, b) if b > a else None
            if rm is None or (rows and len(rm.group(2).split()) != len(rows[0][1].group(2).split())):
                break
            rows.append((lines[j], rm))
            j += 1
        if len(rows) >= 2 and i > 0:
            ha, hb = lines[i - 1]
            header = folded[ha:hb]
            hits = _table_rows(doc, header, rows)
            if hits:
                out.extend(hits)
                for (a, b), _rm in rows:
                    taken.update(n.start for n in doc.numbers if a <= n.start < b)
        i = max(j, i + 1)
    return out, taken


def _table_rows(doc: _Doc, header: str, rows) -> list:
    if re.search(r"\d", header.replace("(%)", "")) or "nữ" not in header or not _HEADER_SHARE.search(header):
        return []
    counts = [ind for ind in _BY_VTYPE.get("count", ()) if ind.unit == "person" and ind.required_terms is not None
              and ind.cue_pattern is not None and ind.cue_pattern.search(header)]
    if not counts:
        return []
    context = doc.folded[:doc.title_end] + " " + header
    best = None
    for ind in counts:
        if ind.context_terms is not None:
            ctx_lo = max(0, rows[0][0][0] - 600)
            if not ind.context_terms.search(context) and not ind.context_terms.search(doc.folded[ctx_lo:rows[0][0][0]]):
                continue
        m = max((len(x.group(0)) for x in ind.cue_pattern.finditer(header)), default=0)
        key = (ind.priority, m)
        if best is None or key > best[0]:
            best = (key, ind)
    if best is None:
        return []
    count_ind = best[1]
    share_ind = next((i for i in _active() if count_ind.code in i.share_of), None)
    hits = []
    for (a, b), _rm in rows:
        nums = [n for n in doc.numbers if a <= n.start < b and not n.is_percent and n.denominator is None]
        vals = [n.value for n in nums]
        found = None
        for ti, t in enumerate(vals):
            for ci, c in enumerate(vals):
                if ci == ti or not t or c > t:
                    continue
                for si, sv in enumerate(vals):
                    if si in (ti, ci):
                        continue
                    if abs(c / t * 100 - sv) <= max(0.06, 0.005 * sv):
                        found = (ci, si)
                        break
                if found:
                    break
            if found:
                break
        if found is None:
            return []   # a row that does not read as total / women / share: not this kind of table
        sent = doc.sentence_of(a)
        ci, si = found
        hits.append(_Hit(nums[ci], sent, count_ind, cue="bảng: " + count_ind.code, confidence=CONFIDENCE["far_cue"]))
        if share_ind is not None:
            pm = nums[si]
            pct = NumberMention(pm.start, pm.end, pm.value, pm.text, is_percent=True, after=pm.after)
            hits.append(_Hit(pct, sent, share_ind, cue="bảng: " + share_ind.code, confidence=CONFIDENCE["far_cue"]))
    return hits


_PAREN_ASIDE = re.compile(r"\([^()]*\)")


def _blank(m: re.Match) -> str:
    return " " * len(m.group(0))


_WHOLE_UNITS = ("person", "visit", "card")
_HOUSEHOLD_SCALE_VND = 20_000_000
# the world's figure named after it ("22,9% số ghế bộ trưởng trên toàn thế giới", "mức 19% của toàn cầu"; not a rank,
# "cao thứ hai thế giới")
_WORLD_AFTER = re.compile(r"(?:(?!cao|thấp|thứ|nhất|hàng đầu|so với|đứng)[^,;.()]){0,40}?(?<!\w)"
                          r"(?:(?:của|trên)\s+(?:toàn\s+)?thế giới|(?:của\s+)?toàn cầu)(?!\w)")


def _observation(doc: _Doc, hit: _Hit, version: str, Observation):
    m, sent, ind = hit.mention, hit.sentence, hit.indicator
    if ind.unit in _WHOLE_UNITS and m.value != round(m.value):
        return []   # people, visits and cards come whole: "8 triệu đồng x 1,15 = 9,2 triệu đồng" is no count
    if ind.unit == "vnd" and m.value < _HOUSEHOLD_SCALE_VND:
        return []   # one person's or one family's money: "Tổng chi phí gần 10 triệu đồng, BHYT chi trả gần 9 triệu"
    province, area, former = _geo(doc, m, sent)
    said_place = (province, area)   # (before the merger's and the renaming's mapping below)
    if province == FOREIGN or (doc.foreign_sections and doc.in_foreign_section(sent)) \
            or _WORLD_AFTER.match(doc.folded, m.after, doc.clause_end(m.after, sent.end)):
        return []   # another country's figure, or the world's: outside the catalogue's populations
    period, explicit = _period(doc, m, sent, ind)
    left = doc.folded[sent.start:m.start]
    try:
        pyear = int(period[:4]) if period else None
    except ValueError:
        pyear = None
    # an aside in parentheses ("(mục tiêu 32%)", "(kế hoạch 221.300 người)") does not make later figures targets
    # (candidates for a term to come are counted before it begins: "danh sách sơ bộ … nhiệm kỳ 2026-2031 có 91 người là nữ"
    # in December 2025 is a result of the nominations, no target)
    kind = hit.force_kind or kind_of(_PAREN_ASIDE.sub(_blank, left) if "(" in left else left,
                                     None if ind.code.startswith("women_candidate") and _CANDIDATES_LISTED.search(left)
                                     else pyear, doc.pub_year)
    header = _list_header(doc, sent) if _LIST_ITEM.match(doc.text, sent.start) else None
    if kind == "actual" and not hit.force_kind and header is not None:
        # the items of a list of tasks or targets ("BHXH tỉnh đề ra:" above "- Tỷ lệ bao phủ BHYT đạt 94% dân số"), or of
        # a deadline ahead ("Trong đó đến năm 2030:")
        deadline = doc.pub_year and any(q.year > doc.pub_year and _DEADLINE_BEFORE.search(doc.folded, max(0, q.start - 6), q.start)
                                        for q in _items_in(doc.usable_period_starts, doc.usable_periods, header.start, header.end))
        # (not a figure of its own past or present year: "… đạt 96% trở lên (năm 2025 ước đạt 93,8%)")
        own_time_now = explicit and pyear is not None and doc.pub_year is not None and pyear <= doc.pub_year
        # (not a report's results of its objectives: "II. KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU CỦA CHIẾN LƯỢC")
        tasks = _TASK_HEADER.search(doc.folded, header.start, header.end) and not _RESULTS_HEADER.search(
            doc.folded, header.start, header.end) and not (
            _RESULTS_UNLESS_STRIVING_HEADER.search(doc.folded, header.start, header.end)
            and not _STRIVING_HEADER.search(doc.folded, header.start, header.end))
        if (deadline or tasks) and not _ACTUAL_WORD.search(left) \
                and not (own_time_now and _in_parenthesis(doc.folded, m.start)):
            kind = "target"
    if kind == "target" and header is not None and not explicit and doc.pub_year:
        # ("Phấn đấu đến năm 2030:" above "- Tỷ lệ dân số tham gia BHYT đạt 97,5%"): the header's year is the items'
        ahead = [q for q in _items_in(doc.usable_period_starts, doc.usable_periods, header.start, header.end)
                 if q.year > doc.pub_year]
        if ahead:
            period = ahead[-1].value
    if kind == "target" and (compared := _compared_period_of_aside(doc, m, sent)) is not None \
            and doc.pub_year is not None and compared.year < doc.pub_year:
        kind = "actual"   # "…, cao hơn nhiệm kỳ 2021 – 2026 (tỷ lệ … là 27,06%)": the level reached then, beside a target
    approx = is_approx(doc.folded[max(sent.start, m.start - 30):m.start])
    org = _organization(doc, m, sent, ind, province)
    published = doc.pub.date() if doc.pub else None
    # (the year 2025 stated in the sentence is the year so far, unless the sentence speaks of before the merger)
    stated = explicit and not _BEFORE_THE_MERGER.search(doc.folded, sent.start, sent.end)
    # ("Riêng khu vực Bình Định cũ có 22 nữ bí thư …" in October 2025: the text speaks from after the merger, of a
    # part of the new province, for the year 2025 too)
    if former and period == str(MERGER_DATE.year) and after_the_merger(None, published) \
            and not _BEFORE_THE_MERGER.search(doc.folded, sent.start, sent.end):
        stated = True
    if former and area is None and after_the_merger(period, published, stated):
        area = province   # "khu vực An Giang (cũ)" after the merger: the former province, a part of the new one
    if doc.former_province_of_the_subject and province == doc.main_province and not former and _ended_before_the_merger(period) \
            and not any(g[2] == "province" for g in _items_in(doc.geo_starts, doc.geo, doc.paragraph_start(sent), m.start)):
        # ("Đến hết năm 2024, tỷ lệ bao phủ BHYT trên địa bàn các phường, xã cũ đạt 93,4% dân số" in a report on a ward
        # formed from communes of "tỉnh Bình Phước cũ": that province's figure, by its name of the time)
        province = doc.former_province_of_the_subject
    merged_into = absorbed_province(province, period, published, stated)
    if merged_into is not None:
        # a figure of a former province after the merger belongs to the province it is part of, by
        # the name of that time; the former province, written "(cũ)" in such texts, is its area
        province, area = merged_into, area or province
    official = official_name(province, period, published)
    if official != province:
        if org and org.endswith(" " + province):
            org = org[: -len(province)] + official
        province = official
    confidence = hit.confidence
    out = []
    if m.denominator:
        if m.fraction_percent is not None and m.denominator:
            implied = m.value / m.denominator * 100
            if abs(implied - m.fraction_percent) > max(0.6, 0.01 * m.fraction_percent):
                confidence = min(confidence, CONFIDENCE["mismatch"])
    if hit.inherited_from is not None and hit.inherited_from.mention.fraction_percent is not None:
        src = hit.inherited_from.mention
        implied = src.value / src.denominator * 100 if src.denominator else None
        if implied is not None and abs(implied - m.value) > max(0.6, 0.01 * m.value):
            confidence = min(confidence, CONFIDENCE["mismatch"])
    sentence = doc.text[sent.start:sent.end]
    base = dict(unit=ind.unit, approx=approx, province=province, area=area, organization=org, period=period,
                sentence=sentence, extractor_version=version)
    out.append(Observation(indicator=ind.code, value=float(m.value), kind=kind, start=m.start, end=m.end,
                           cue=hit.cue, confidence=round(confidence, 3), **base))
    if not explicit:
        doc.implicit_period.add(id(out[-1]))
    # one figure several places share ("các tỉnh An Giang, Đồng Tháp và Vĩnh Long cùng đạt 92,4% kế hoạch"): each place's
    # (every shared figure has a "cùng" or "đều" before it: one scan of two literals rules most figures out)
    shared = _places_sharing(doc, m, sent) if (doc.folded.find("cùng", sent.start, m.start) >= 0
                                                or doc.folded.find("đều", sent.start, m.start) >= 0) else []
    if len(shared) >= 2 and said_place == shared[-1]:
        for other_province, other_area in shared[:-1]:
            # (each named as the figure's own place is: a former province after the merger is an area of the new one)
            merged_into = absorbed_province(other_province, period, published, stated)
            if merged_into is not None:
                other_province, other_area = merged_into, other_area or other_province
            out.append(Observation(indicator=ind.code, value=float(m.value), kind=kind, start=m.start, end=m.end,
                                   cue=hit.cue, confidence=round(confidence, 3),
                                   **{**base, "province": official_name(other_province, period, published),
                                      "area": other_area}))
            if not explicit:
                doc.implicit_period.add(id(out[-1]))
    # derived total: a count and its share of the same population
    if hit.inherited_from is not None and m.value > 0:
        count_ind = hit.inherited_from.indicator
        total_code = count_ind.total_code if count_ind else ""
        if total_code and not hit.inherited_from.mention.denominator:
            total = round(hit.inherited_from.mention.value / m.value * 100)
            tind = cat.by_code().get(total_code)
            if tind is not None:
                out.append(Observation(indicator=total_code, value=float(total), kind="derived", start=m.start, end=m.end,
                                       cue=f"{hit.inherited_from.mention.text} / {m.text}",
                                       confidence=CONFIDENCE["derived"], **{**base, "unit": tind.unit}))
    return out


_PLACE_LIST_GAP = re.compile(r"\s*(?:,|và|,\s*và)\s*(?:(?:tỉnh|thành phố|tp\.?|huyện|xã|phường|thị xã)\s+)?")
# ("… đều có 18 đại biểu nữ trúng cử, chiếm 36%": the share of the shared count too; not past "trong đó", "riêng")
# (right after the list, or after a comma: not "… An Giang và Đồng Tháp đã tổ chức hội nghị, các đại biểu đều thống nhất …")
_SHARED_PREDICATE = re.compile(r"\s*,?[^;.,]{0,30}?(?<!\w)(?:cùng|đều)(?!\w)(?:(?!trong đó|riêng|còn)[^;.]){0,90}$")


def _places_sharing(doc: _Doc, m: NumberMention, sent: Sentence) -> list[tuple[str, str | None]]:
    """The places of a list that one figure is said of, each ("Các tỉnh An Giang, Đồng Tháp và Vĩnh Long cùng đạt
    92,4%", "… Lai Châu, Điện Biên và Cao Bằng, cùng có 50 đại biểu, đều có 18 đại biểu nữ"): (province, area) of each
    place, in order; empty unless a list of two or more places ends before a "cùng"/"đều" predicate of the figure."""
    places = [g for g in _items_in(doc.geo_starts, doc.geo, sent.start, m.start) if g[2] in ("province", "area")]
    if len(places) < 2 or not _SHARED_PREDICATE.match(doc.folded, places[-1][1], m.start):
        return []
    run = [places[-1]]
    for g in reversed(places[:-1]):
        if not _PLACE_LIST_GAP.fullmatch(doc.folded, g[1], run[0][0]):
            break
        run.insert(0, g)
    if len(run) < 2:
        return []
    return [(g[3], None) if g[2] == "province" else (g[3] or doc.main_province, g[4]) for g in run]


# the word before a rounded figure, and the side of it the exact figure is on
_ROUNDED_BEFORE = re.compile(r"(?<!\w)(?:(hơn|trên)|(gần)|(khoảng|xấp xỉ))\s*$")   # (not "ước đạt": an estimate)


def _rounds_to(exact: float, rounded: float, folded: str, rounded_start: int, percent: bool = False,
               said_first: bool = False) -> bool:
    """Whether ``rounded`` (a figure starting at ``rounded_start``) is ``exact`` said roughly: "hơn 386 nghìn" for
    386.520, "gần 1,2 triệu" for 1.168.540, "khoảng 62%" for 61,8%, "hơn 80%" for 81,7%."""
    word = _ROUNDED_BEFORE.search(folded, max(0, rounded_start - 12), rounded_start)
    if not word:
        return False
    above, below, about = word.groups()
    # (a rate said to be over or under a round figure may be further from it: "hơn 80%" for 81,7%; and one said to be
    # about a whole percent, by half a point: "khoảng 15%" for 15,3%)
    unit = _rounding_unit(rounded)
    # (and a count said first with one or two digits, as a lead or a heading says it, further still: "hơn 700 nghìn
    # người" for the text's 712.306, "Hơn 1,1 triệu" for 1.126.583, within the digit it is said to; not a figure said
    # after the exact one, which may be another's: a plan of 2.050 people, then "sẽ đạt trên 2.000 người")
    coarse = said_first and not percent and abs(rounded) < 100 * unit
    if exact == rounded or abs(exact - rounded) > (0.03 if percent and not about else 0.05 if coarse else 0.015) * abs(exact) \
            and not (percent and about and abs(exact - rounded) <= 0.5):
        return False
    if above:
        return 0 < exact - rounded < unit
    if below:
        return 0 < rounded - exact < unit
    return abs(exact - rounded) <= unit / 2


def _rounding_unit(value: float) -> float:
    """The place of the last significant digit of a rounded figure: 386000 -> 1000, 1200000 -> 100000, 61.5 -> 0.1."""
    if value != int(value):
        return 10.0 ** -len(f"{value:.6f}".rstrip("0").split(".")[1])
    whole, unit = int(abs(value)), 1
    while whole and whole % 10 == 0:
        whole, unit = whole // 10, unit * 10
    return unit


def _caption_spans(doc: _Doc) -> list[tuple[int, int]]:
    """(start, end) of each photo caption below the title: a line that ends with its credit ("Ảnh: Minh Thư")."""
    spans = []
    if "ảnh" in doc.folded:
        for match in re.finditer(r"[^\n]+", doc.folded[doc.title_end:]):
            start, end = doc.title_end + match.start(), doc.title_end + match.end()
            if _CAPTION_END.search(doc.folded, start, end):
                spans.append((start, end))
    return spans


def _restating_spans(doc: _Doc) -> list[tuple[int, int, int, int]]:
    """(start, end) of each digest heading and photo caption, with the (start, end) of the text whose
    figures it may restate: its digest item, or the article's body."""
    spans = []
    for k, (start, end, _province) in enumerate(doc.digest_headings):
        item_end = doc.digest_headings[k + 1][0] if k + 1 < len(doc.digest_headings) else len(doc.text)
        spans.append((start, end, start, item_end))
    spans += [(start, end, doc.title_end, len(doc.text)) for start, end in doc.caption_spans]
    return spans


_BODY_NAMED = re.compile(r"(?<!\w)(?:hđnd|hội đồng nhân dân|quốc hội|đbqh|ban chấp hành|ban thường vụ|cấp ủy|tỉnh ủy|thành ủy|"
                         r"đảng ủy|ubnd|ủy ban nhân dân|sở|bhxh|cấp tỉnh|cấp huyện|cấp xã)(?!\w)")


def _other_clause_of_the_sentence(doc: _Doc, start: int, other: int) -> bool:
    """Whether the figures at ``start`` and ``other`` are in one sentence, in clauses a ";" parts, the later one naming
    a body of its own ("…; đối với HĐND các cấp …, phấn đấu … từ 35% trở lên"; not "…; với 45.000 người …")."""
    lo, hi = min(start, other), max(start, other)
    semi = doc.folded.rfind(";", lo, hi)
    return lo >= doc.title_end and semi >= 0 and doc.sentence_of(lo).index == doc.sentence_of(hi).index \
        and _BODY_NAMED.search(doc.folded, semi, hi) is not None


def _other_items_of_one_list(doc: _Doc, start: int, other: int) -> bool:
    """Whether the figures at ``start`` and ``other`` are in two items of one list, each led by its own label ("- Phường
    Tân Ninh: 28 đại biểu, nữ 9 người;" and "- Xã Cần Giuộc: 25 đại biểu, nữ 9 người"): a list states each item's
    figure once, so an equal one in another item is another place's."""
    a, b = doc.sentence_of(min(start, other)), doc.sentence_of(max(start, other))
    if a.index == b.index or a.start < doc.title_end:
        return False
    items = doc.sentences[a.index:b.index + 1]
    return all(_LIST_ITEM.match(doc.text, s.start) and _ITEM_LABEL.match(doc.text, s.start) for s in items)


_ITEM_LABEL = re.compile(r"\s*\S+\s+[^\d:;.\n]{2,60}:")   # ("- Phường Tân Ninh:", "+ Cấp tỉnh:")


_CURLY_QUOTE = re.compile(r"“[^”\n]{1,1500}”")
_STRAIGHT_QUOTE = re.compile(r"\"[^\"\n]{1,1500}\"")


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation in ``text``: curly marks, and straight ones in a paragraph whose marks pair up
    (not a stray inch mark, "màn hình 6\"", that would pair with the next quote's)."""
    spans = [m.span() for m in _CURLY_QUOTE.finditer(text)]
    pos = 0
    for line in text.split("\n"):
        if line.count('"') >= 2 and line.count('"') % 2 == 0:
            spans += [(pos + a, pos + b) for a, b in (m.span() for m in _STRAIGHT_QUOTE.finditer(line))]
        pos += len(line) + 1
    spans.sort()
    # (a quotation inside another, "“Qua đợt tập huấn "Nâng cao năng lực", tỷ lệ …”", is the outer one's)
    return [sp for sp in spans if not any(o != sp and o[0] <= sp[0] and sp[1] <= o[1] for o in spans)]


def _dedupe(observations, doc: _Doc):
    seen: dict[tuple, list[tuple[str | None, int]]] = {}
    out = []
    body = [o for o in observations if o.start >= doc.title_end and o.kind != "derived"]
    observations = [o for o in observations if o.start >= doc.title_end or not any(
        b.indicator == o.indicator and abs(b.value - o.value) <= 0.1 * max(abs(b.value), 1e-9) for b in body)]
    # a digest item's heading ("- NGHỆ AN: THU BHXH ĐẠT HƠN 3.950 TỶ ĐỒNG") and a photo's caption restate, often
    # rounded, a figure their text states: like the title's, such a figure is that one
    restating = _restating_spans(doc)
    if restating:
        def restated(o) -> bool:
            span = next((r for r in restating if r[0] <= o.start < r[1]), None)
            # (the same figure, or it rounded: not another level of the measure, "Hiện 98,1% dân số phường đã có thẻ
            # BHYT. Ảnh: …" beside the province's 95%)
            return span is not None and any(
                b is not o and b.indicator == o.indicator and span[2] <= b.start < span[3] and not span[0] <= b.start < span[1]
                and (abs(b.value - o.value) <= _rounding_unit(o.value) / 2
                     or _rounds_to(b.value, o.value, doc.folded, o.start, o.unit == "percent")) for b in body)
        observations = [o for o in observations if o.kind == "derived" or not restated(o)]
    # a rounded restatement ("hơn 386 nghìn người tham gia BHXH" in the lead, "386.520 người" in the body) is the
    # exact figure of the same measure, place and year rounded at its last significant digit, on the side its word
    # says (not "khoảng 1.175.000" at the end of the year beside 1.168.540 at the end of November)
    exact = [o for o in observations if not o.approx and o.kind != "derived"]
    if exact and any(o.approx for o in observations):
        observations = [o for o in observations if not (o.approx and o.kind != "derived" and any(
            x.indicator == o.indicator and x.province == o.province and x.area == o.area and x.kind == o.kind
            and (x.period or "")[:4] == (o.period or "")[:4]
            and _rounds_to(x.value, o.value, doc.folded, o.start, o.unit == "percent", o.start < x.start) for x in exact))]
    # a large figure said again with fewer digits ("94,25 triệu người" after a table's 94.248,7 nghìn) is that figure
    # (a rate or a round figure may be another's: "cấp tỉnh 29%, cấp huyện 29,08%")
    # (or with three when said with no time of its own, as a fact box or a list of key figures says it: "- 2,31 triệu
    # người tham gia BHXH" beside the text's 2.312.450 người)
    observations = [o for o in observations if not (o.kind != "derived" and o.unit != "percent"
                                                    and (_rounding_unit(o.value) <= 0.001 * o.value or (
                                                        id(o) in doc.implicit_period and _rounding_unit(o.value) <= 0.01 * o.value))
                                                    and any(
        x is not o and x.kind == o.kind and x.indicator == o.indicator and x.province == o.province and x.area == o.area
        and (x.period or "")[:4] == (o.period or "")[:4] and _rounding_unit(o.value) > _rounding_unit(x.value)
        # (rounded, or cut at its last digit: "Thu đạt 8.712 tỷ đồng" over the text's 8.712,6 tỷ đồng)
        and (abs(x.value - o.value) <= _rounding_unit(o.value) / 2 or 0 < x.value - o.value < _rounding_unit(o.value))
        for x in observations))]
    # a figure an official repeats in a quote ("Bà …, Chủ tịch Hội LHPN tỉnh cho biết: “Tỷ lệ 34,52% nữ đại biểu HĐND tỉnh
    # là kết quả …”) is the one the text stated before it, whatever organisation or time the quote's words suggest
    quotes = _quote_spans(doc.text) if ("“" in doc.text or '"' in doc.text) else []
    if quotes:
        def quote_of(pos: int) -> tuple[int, int] | None:
            i = bisect.bisect_right(quotes, (pos, float("inf"))) - 1
            return quotes[i] if i >= 0 and quotes[i][0] <= pos < quotes[i][1] else None

        def restated(o) -> bool:
            span = quote_of(o.start)
            # (the same year too when the quote names a time of its own: "“Năm 2024, tỷ lệ này tiếp tục đạt 92%”")
            own_time = span is not None and _YEAR.search(doc.folded, span[0], span[1]) is not None
            return span is not None and any(
                x is not o and doc.title_end <= x.start < o.start and x.kind == o.kind and x.indicator == o.indicator
                and x.province == o.province and (o.area is None or x.area == o.area)
                and (not own_time or (x.period or "")[:4] == (o.period or "")[:4]) and abs(x.value - o.value) < 1e-9
                for x in observations)
        observations = [o for o in observations if not (o.kind != "derived" and o.start >= doc.title_end and restated(o))]
    # a figure repeated without a time of its own (a headline repeated in the body, a lead paragraph)
    # is the same observation as the one stated with its time
    stated = {(o.indicator, round(o.value, 6), o.province, o.kind) for o in observations
              if id(o) not in doc.implicit_period and o.kind != "derived"}
    observations = [o for o in observations if not (id(o) in doc.implicit_period and o.kind != "derived" and
                    (o.indicator, round(o.value, 6), o.province, o.kind) in stated and
                    sum(1 for x in observations if x.indicator == o.indicator and abs(x.value - o.value) < 1e-6) > 1)]
    # stated twice: for the same place and area, and the same organisation where both name one (an
    # HĐND and the National Assembly delegation of a province may both reach 30%)
    # (not two clauses of one sentence, each with its body: "Quốc hội khóa XVI phấn đấu có khoảng 35% đại biểu là nữ;
    # đối với HĐND các cấp …, phấn đấu tỷ lệ nữ đại biểu từ 35% trở lên")
    for ob in sorted(observations, key=lambda o: (o.start < doc.title_end, o.start)):
        # (a level and a target of the same value and year are two observations: "Ban Giám đốc Sở hiện có 2/5 đồng chí
        # là nữ (40%). Năm 2020, ngành phấn đấu tỷ lệ nữ lãnh đạo, quản lý đạt 40%")
        key = (ob.indicator, round(ob.value, 6), ob.province, ob.area, ob.period[:4] if ob.period else None, ob.kind)
        kept = seen.setdefault(key, [])
        if any((org is None or ob.organization is None or org == ob.organization)
               and not _other_clause_of_the_sentence(doc, start, ob.start)
               and not _other_items_of_one_list(doc, start, ob.start) for org, start in kept):
            continue
        kept.append((ob.organization, ob.start))
        out.append(ob)
    out.sort(key=lambda o: (o.start, o.kind == "derived"))
    return out
