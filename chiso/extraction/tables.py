"""Tables in an article's text, read as the sentences a reporter would have written.

A saved page's ``<table>`` reaches the article text one row per line, its cells separated by
" | " (``chiso.documents`` writes them so; a pasted Markdown table looks the same). The extraction
rules read prose, so each table is rewritten before extraction: every data row becomes one
sentence naming the row's place or body and each column's heading with its figure
("TP Tam Kỳ: Số người tham gia BHYT là 118.402 người, Tỷ lệ bao phủ là 95,12%, …"), in one
paragraph after the table's caption, whose period and topic the rows then share. The same rules
decide what each figure is (a heading "Tăng/giảm so với cùng kỳ" makes a change, "Trong đó nữ" a
subset); :class:`TextMap` takes every observation back to the original text: a figure to its cell,
its sentence to its row.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

CELL_SEPARATOR = " | "
_SEPARATOR = re.compile(r" \| ")
_YEAR = re.compile(r"(?:năm\s+)?((?:19|20)\d{2})", re.IGNORECASE)
# a heading that is a scheme's name alone counts its participants ("BHYT (người)")
_SCHEME_HEADING = re.compile(r"(?:bhxh(?: bắt buộc| tự nguyện)?|bhyt|bhtn)", re.IGNORECASE)
# a rate against the plan ("Tỷ lệ so với kế hoạch (%)", "% KH", "Tỷ lệ (%)" beside a "Kế hoạch" column)
# (and a rate of completion, "Tỷ lệ hoàn thành (%)", "% hoàn thành", "TH/KH (%)", "Thực hiện/Kế hoạch")
_PLAN_RATE_HEADING = re.compile(r"(?:tỷ lệ\s+)?(?:so với|đạt|hoàn thành|%(?:\s*so(?:\s+với)?)?)\s*(?:kế hoạch|kh|dự toán|chỉ tiêu)"
                                r"|(?:tỷ lệ|tỉ lệ|%)\s*hoàn thành|hoàn thành\s*\(\s*%\s*\)|(?:th|thực hiện)\s*/\s*(?:kh|kế hoạch|dt|dự toán)",
                                re.IGNORECASE)
_PLAN_HEADING = re.compile(r"(?<!\w)(?:kế hoạch|kh|dự toán|chỉ tiêu)(?!\w)", re.IGNORECASE)
_NUMBER_CELL = re.compile(r"[+\-−]?\s*(?:\d{1,3}(?: \d{3})+(?:,\d+)?|\d[\d.,]*)\s*%?")   # (a yearbook's "6 812")
_ROW_NUMBER = re.compile(r"\d{1,3}\.?|[IVXLivxl]{1,5}\.?")
# a heading's unit in parentheses ("Số người tham gia (người)", "Tỷ lệ (%)"): written after the figure instead
# (a scale with it, "(nghìn người)": the figures of the column are thousands)
_UNITS = (r"%|nghìn người|ngàn người|triệu người|nghìn lượt|triệu lượt|người|lượt người|lượt|thẻ|nghìn tỷ đồng|tỷ đồng|tỉ đồng|"
          r"triệu đồng|nghìn đồng|đồng")
# (a rate's unit with its base, "Tỷ lệ bao phủ BHYT (% dân số)", "Tỷ lệ tham gia BHTN (% lực lượng lao động trong độ tuổi)",
# is a rate's: the base named in the heading adds nothing the heading's measure does not say)
_UNIT_IN_HEADING = re.compile(rf"\s*\(\s*({_UNITS})(?:(?<=%)\s*(?:so với\s+|trên\s+)?(?:dân số|lllđ|"
                              rf"lực lượng lao động(?:\s+trong độ tuổi(?:\s+lao động)?)?))?\s*\)\s*", re.IGNORECASE)
_PERCENT_HEADING = re.compile(r"(?<!\w)(?:tỷ lệ|tỉ lệ)(?!\w)", re.IGNORECASE)
# a rate's heading names its base with "so với" ("Tỷ lệ so với LLLĐ trong độ tuổi"): not a comparison
_RATE_BASE = re.compile(r"^((?:tỷ lệ|tỉ lệ)(?:\s+[^\W\d]+){0,4}?)\s+so với\s+", re.IGNORECASE)
_ABBREVIATIONS = ((re.compile(r"(?<!\w)LLLĐ(?!\w)"), "lực lượng lao động"), (re.compile(r"(?<!\w)DS(?!\w)"), "dân số"))
_COUNTED_ROWS = re.compile(r"\s*\([^()]*\d[^()]*\)")
_BARE_RATE_HEADING = re.compile(r"(?:tỷ lệ|tỉ lệ)?\s*(?:\(%\)|%)", re.IGNORECASE)
_GENERIC_HEADING = re.compile(r"(?:tỷ lệ|tỉ lệ|số lượng|số người|tổng số|tổng cộng|tổng|cộng|số liệu|kết quả|giá trị)", re.IGNORECASE)
_TOTAL_HEADING = re.compile(r"(?:tổng số|tổng|cộng|số lượng|số người)", re.IGNORECASE)
_WOMEN_HEADING = re.compile(r"(?<!\w)(?:nữ|phụ nữ)(?!\w)", re.IGNORECASE)
# the people a caption counts, whose women a bare "Nữ" column holds: staff, and the members of elected or appointed
# bodies and their candidates ("Biểu 18. Số đại biểu Hội đồng nhân dân các cấp … phân theo giới tính")
_CAPTION_STAFF = re.compile(r"(?<!\w)(?:đại biểu (?:hội đồng nhân dân|hđnd|quốc hội)|"
                            r"ủy viên ban chấp hành|cấp ủy viên|lãnh đạo, quản lý|cán bộ lãnh đạo, quản lý|"
                            r"cán bộ, công chức, viên chức|công chức, viên chức(?:, người lao động)?|cbccvc|"
                            r"cán bộ|công chức|viên chức)(?!\w)", re.IGNORECASE)
_BARE_WOMEN_HEADING = re.compile(r"(?:số\s+)?(?:tỷ lệ\s+|tỉ lệ\s+)?(?:trong đó\s*:?\s*)?nữ", re.IGNORECASE)
_FOOTNOTE_IN_HEADING = re.compile(r"\s*(?:\(\s*(?:\*+|\d)\s*\)|\*+)\s*$")
_MEN_HEADING = re.compile(r"(?:nam|nam giới|số nam)", re.IGNORECASE)   # (the men of a table split by sex: no catalogue figure)
_UNIT_LINE = re.compile(r"\(?\s*(?:đơn vị tính|đơn vị|đvt)\s*:\s*[^\n]{1,30}?\)?", re.IGNORECASE)
_SCHEME_TOPIC = re.compile(r"(?<!\w)(?:tham gia|hưởng|thẻ|số thu|số chi)(?!\w)[^\n]*(?<!\w)(?:bhxh|bhyt|bhtn|bảo hiểm|chế độ|"
                           r"lương hưu|trợ cấp)(?!\w)", re.IGNORECASE)
_CAPTION_END = re.compile(r"\s*(?:\([^()]*\))?\s*:?\s*$")
# (not "Toàn ngành", the whole of the article's sector, whose place is the article's: a province's BHXH has one too)
_NATIONAL_LABEL = re.compile(r"(?:toàn quốc|cả nước)\s*:?", re.IGNORECASE)
_PROVINCE_LABEL = re.compile(r"(?:toàn tỉnh|toàn thành phố|toàn ngành)\s*:?", re.IGNORECASE)
_WHOLE_LABEL = re.compile(r"(?:tổng cộng|tổng số|tổng|cộng|chung)(?:\s+(?:các cấp|toàn tỉnh|toàn thành phố))?\s*:?",
                          re.IGNORECASE)


@dataclass(frozen=True)
class Cell:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Table:
    start: int                        # the first row's start in the text
    end: int                          # the last row's end
    headings: tuple[str, ...]         # one per column ("" where none)
    rows: tuple[tuple[Cell, ...], ...]  # the data rows, each with as many cells as there are headings
    label_column: int                 # the column naming each row's place or body (after a "STT" column)
    row_spans: tuple[tuple[int, int], ...]
    caption: str = ""                 # the line right above the table


# the staff a text names (not a bare "cán bộ", said of many people: "các cán bộ y tế đã khám cho …")
_TEXT_STAFF = re.compile(r"(?<!\w)(?:cán bộ, công chức, viên chức|công chức, viên chức(?:, người lao động)?|cbccvc|"
                         r"cán bộ, viên chức(?:, người lao động)?|viên chức, người lao động|công chức|viên chức)(?!\w)", re.IGNORECASE)
# a caption that names a measure of its own ("Số lượt khám chữa bệnh BHYT tại một số bệnh viện:")
_CAPTION_MEASURE = re.compile(r"(?<!\w)(?:lượt|khám|tham gia|số thu|số chi|bhyt|bhxh|bhtn|hưởng|thẻ|nợ)(?!\w)", re.IGNORECASE)


def _staff_just_above(text: str, table: "Table") -> re.Match | None:
    """The staff the paragraph just above a table names, for a bare "Nữ" column of a table whose caption names no measure
    and whose rows name no body (a sector's units: "… toàn ngành có 5.426 cán bộ, viên chức … ¶ Số liệu tại một số đơn
    vị trực thuộc:")."""
    if _CAPTION_MEASURE.search(table.caption) or not _has_a_bare_women_column(table):
        return None
    above = text[:table.start].rstrip()
    blocks = above.rsplit("\n\n", 2)   # (the caption's paragraph and the one before it)
    lo = max(len(above) - sum(len(b) + 2 for b in blocks[-2:]), len(above) - 600, 0)
    found = list(_TEXT_STAFF.finditer(text, lo, len(above)))
    return found[-1] if found else None


def _has_a_bare_women_column(table: "Table") -> bool:
    """Whether a column counts women of no population its table names: a bare "Nữ" heading, and no row naming a body
    ("Ban Chấp hành Đảng bộ tỉnh | 75 | 12 | 16,0")."""
    return any(_BARE_WOMEN_HEADING.fullmatch(_heading_words(h)) for h in table.headings) and not any(
        _BODY_NAMED.search(cell.text) for row in table.rows for cell in row[:table.label_column + 1])


_BODY_NAMED = re.compile(r"(?<!\w)(?:ban chấp hành|ban thường vụ|bch|btv|cấp ủy|đảng ủy|tỉnh ủy|thành ủy|huyện ủy|hđnd|"
                         r"hội đồng nhân dân|quốc hội|đbqh|đại biểu|lãnh đạo|ủy viên|ứng cử|chủ tịch|bí thư|giám đốc)(?!\w)",
                         re.IGNORECASE)


def _cells(text: str, start: int, end: int) -> list[Cell]:
    cells, pos = [], start
    line = text[start:end].rstrip()
    if line.endswith(" |"):   # a closing border ("| Bệnh viện II | 612 | 421 |"): no cell after it
        end = start + len(line) - 1
    if text.startswith("| ", start):   # an empty first cell ("| Cả nước | 18.340.512 | …")
        cells.append(Cell("", start, start))
        pos = start + 2
    for sep in [*_SEPARATOR.finditer(text, pos, end), None]:
        stop = sep.start() if sep is not None else end
        part = text[pos:stop]
        stripped = part.strip()
        lead = len(part) - len(part.lstrip())
        cells.append(Cell(stripped, pos + lead, pos + lead + len(stripped)))
        if sep is not None:
            pos = sep.end()
    return cells


def _is_number(cell: Cell) -> bool:
    return _NUMBER_CELL.fullmatch(cell.text) is not None


def find_tables(text: str) -> list[Table]:
    """The tables of ``text``: runs of " | " lines (blank lines between them allowed) with at least
    one data row (a figure in a cell after the first) under a heading row of as many cells."""
    if CELL_SEPARATOR not in text:
        return []
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    tables, i = [], 0
    while i < len(lines):
        a, b = lines[i]
        if not _SEPARATOR.search(text, a, b):
            i += 1
            continue
        block, j = [], i
        while j < len(lines):
            a, b = lines[j]
            if _SEPARATOR.search(text, a, b):
                block.append((a, b))
            elif text[a:b].strip():
                break
            j += 1
        table = _table(text, block)
        if table is not None:
            before = text[:block[0][0]].rstrip("\n").rsplit("\n", 2)
            above = before[-1].strip()
            if _UNIT_LINE.fullmatch(above) and len(before) > 1 and before[-2].strip():
                # (the title above a line of the unit alone: "Số người tham gia BHXH tự nguyện chia theo giới tính" over
                # "Đơn vị tính: Người"; the unit goes with it)
                above = f"{before[-2].strip()} ({above})"
            # (a caption, not a sentence of the text: "Tỷ lệ bao phủ BHYT (đến 31/12/2024):")
            is_caption = len(above) <= 200 and CELL_SEPARATOR not in above and not above.endswith((".", "!", "?"))
            tables.append(replace(table, caption=above if is_caption else ""))
        i = j
    return tables


def _table(text: str, block: list[tuple[int, int]]) -> Table | None:
    rows = [_cells(text, a, b) for a, b in block]
    # (a row of bare years is the heading of a table by year: "Chỉ tiêu | 2022 | 2023 | 2024")
    data = [k for k, row in enumerate(rows) if len(row) >= 2 and any(_is_number(c) for c in row[1:])
            and not all(_YEAR.fullmatch(c.text) for c in row[1:] if _is_number(c))]
    if not data:
        return None
    width = len(rows[data[0]])
    heading_rows = [row for row in rows[:data[0]] if len(row) == width]
    if not heading_rows:
        return None
    if len(heading_rows) > 1 or any(2 <= len(row) < width for row in rows[:data[0]]):
        heading_rows = _merged_headings([row for row in rows[:data[0]] if 2 <= len(row) <= width], width)
    headings = [" ".join(dict.fromkeys(row[col].text for row in heading_rows if row[col].text not in ("", "–")))
                for col in range(width)]
    body = [k for k in data if len(rows[k]) == width]
    # (a total row leaves the row-number cell empty, or marks it "–" as chiso.documents writes an empty cell)
    label = 1 if width > 2 and all(_ROW_NUMBER.fullmatch(rows[k][0].text) or rows[k][0].text in ("", "–", "-")
                                   for k in body) else 0
    if label:
        # a row whose label spans the row-number column too ("Cộng (6 sở) | 609 | 207 | 34,0")
        for k in data:
            if len(rows[k]) == width - 1 and not _is_number(rows[k][0]):
                rows[k] = [Cell("", rows[k][0].start, rows[k][0].start), *rows[k]]
                body.append(k)
        body.sort()
    return Table(block[0][0], block[-1][1], tuple(headings), tuple(tuple(rows[k]) for k in body), label,
                 tuple(block[k] for k in body))


def _merged_headings(heading_rows: list[list[Cell]], width: int) -> list[list[Cell]]:
    """Heading rows of a table whose upper headings span columns ("Cấp HĐND | Người ứng cử | – | – | Đại biểu
    trúng cử" above "– | Tổng số | Nữ | Tỷ lệ nữ (%) | Tổng số | …"): a page writes a merged cell once and pads
    the columns it spans with empty cells (the trailing ones dropped). Each empty cell of an upper row takes
    the text of the cell on its left, so that every column reads "Đại biểu trúng cử Nữ"; the first column
    (the rows' labels) and the lowest row are left as they are."""
    merged = []
    for k, row in enumerate(heading_rows):
        row = [*row, *(Cell("", row[-1].end, row[-1].end) for _ in range(width - len(row)))]
        if k < len(heading_rows) - 1:
            for col in range(2, width):
                if row[col].text in ("", "–") and row[col - 1].text not in ("", "–"):
                    row[col] = replace(row[col - 1])
        merged.append(row)
    return merged


@dataclass(frozen=True)
class _Piece:
    new_start: int
    new_end: int
    old_start: int
    old_end: int
    sentence: tuple[int, int] | None   # for a figure of a table: its row, in the original text


class TextMap:
    """Offsets of the rewritten text back to the original: stretches copied as they were, and
    each table figure to its cell."""

    def __init__(self, pieces: list[_Piece]) -> None:
        self._pieces = pieces
        self._starts = [p.new_start for p in pieces]

    def _piece(self, pos: int) -> _Piece | None:
        i = bisect.bisect_right(self._starts, pos) - 1
        if i < 0:
            return None
        piece = self._pieces[i]
        return piece if pos < piece.new_end or (piece.sentence is None and pos == piece.new_end) else None

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """The original span of ``[start, end)``, or None when it is not a figure of the original."""
        piece = self._piece(start)
        if piece is None:
            return None
        shift = piece.old_start - piece.new_start
        return start + shift, min(end + shift, piece.old_end)

    def row(self, start: int) -> tuple[int, int] | None:
        """The original row of a table figure at ``start`` (None outside tables)."""
        piece = self._piece(start)
        return piece.sentence if piece is not None else None


# a term in a caption (a year or a date there is carried to the rows anyway; a term only to an elected body's figures
# in its own paragraph)
_CAPTION_TIME = re.compile(r"(?:nhiệm kỳ|giai đoạn|năm học)\s*\(?(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}|"
                           r"(?:6|sáu)\s+tháng\s+(?:đầu|cuối)\s+năm\s+(?:19|20)\d{2}|(?:quý\s+[ivx1-4]+|\d{1,2}\s+tháng)(?:\s*(?:/|năm)\s*)(?:19|20)\d{2}",
                           re.IGNORECASE)
# the unit a caption gives every figure column without one of its own: "… (đơn vị: tỷ đồng)", "ĐVT: người"
_CAPTION_UNIT = re.compile(rf"(?:đơn vị(?:\s+tính)?|đvt)\s*:\s*({_UNITS})", re.IGNORECASE)
# a table of indices or growth ("Chỉ số phát triển … (năm trước = 100)"): its figures are no levels
_INDEX_CAPTION = re.compile(r"(?<!\w)(?:chỉ số|tốc độ (?:tăng|phát triển)|năm trước\s*=\s*100|so với cùng kỳ|so với năm trước)(?!\w)",
                            re.IGNORECASE)
_YEAR_IN_HEADING = re.compile(r"\s*(?:năm\s+)?(?:19|20)\d{2}(?!\d)", re.IGNORECASE)
_YEAR_SPAN = re.compile(r"(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}")
_SPAN_HEADING = re.compile(r"nhiệm kỳ|khóa|năm học|giai đoạn", re.IGNORECASE)


_TRAILING_YEAR = re.compile(r"(?<!năm)\s+((?:19|20)\d{2})$", re.IGNORECASE)


def _heading_words(heading: str) -> str:
    """A column heading as the words of a sentence: its unit goes after the figure, abbreviations are
    spelt out, a rate's base is its base, a bare year is a year, a scheme's name counts its participants."""
    heading = _FOOTNOTE_IN_HEADING.sub("", heading)   # ("2024(*)": the year, its note aside)
    unit = _UNIT_IN_HEADING.search(heading)
    words = _UNIT_IN_HEADING.sub(" ", heading).strip()
    for abbreviation, full in _ABBREVIATIONS:
        words = abbreviation.sub(full, words)
    if _YEAR.fullmatch(words):
        return "năm " + _YEAR.fullmatch(words).group(1)
    # ("Thực hiện 2024", "Kế hoạch 2025": the year of the figures under it)
    words = _TRAILING_YEAR.sub(r" năm \1", words)
    if _SCHEME_HEADING.fullmatch(words) and unit is not None and unit.group(1).lower() == "người":
        return "số người tham gia " + words
    return _RATE_BASE.sub(r"\1 trên ", words)


def _row_label(label: str, labels: list[str], heading: str = "") -> str:
    """A row's label as the subject of its sentence: a year is a year, a span of two years a term or a
    period ("2011 - 2016" under "Nhiệm kỳ"); the row of the whole is the province's ("Toàn tỉnh"), or the
    country's when the other rows are provinces."""
    unit = _UNIT_IN_HEADING.search(label)
    label = _COUNTED_ROWS.sub("", _UNIT_IN_HEADING.sub(" ", label)).strip()
    if _YEAR_SPAN.fullmatch(label):
        kind = _SPAN_HEADING.search(heading)
        return f"{kind.group(0).capitalize() if kind else 'Giai đoạn'} {label}"
    if _SCHEME_HEADING.fullmatch(label) and unit is not None and unit.group(1).lower() == "người":
        return "Số người tham gia " + label   # ("BHXH bắt buộc (người) | 268.500 | 270.112")
    if _YEAR.fullmatch(label):
        return "Năm " + _YEAR.fullmatch(label).group(1)
    if _NATIONAL_LABEL.fullmatch(label):
        return "Cả nước"
    if _PROVINCE_LABEL.fullmatch(label):
        return "Toàn tỉnh"
    if _WHOLE_LABEL.fullmatch(label):
        from chiso.geography import find_provinces
        from chiso.text import fold

        # (the total of provinces is the country's; of former provinces, "Bình Dương (cũ)", the new province's)
        provinces = sum(1 for other in labels if other != label and "(cũ)" not in other
                        and find_provinces(other, fold(other)))
        return "Cả nước" if provinces >= 2 else "Toàn tỉnh"
    return label


# a cell of a unit column ("Chỉ tiêu | ĐVT | Năm 2023 | Năm 2024" with "Tỷ đồng", "Người", "%" under "ĐVT")
_UNIT_CELL = re.compile(rf"({_UNITS}|đơn vị|doanh nghiệp|hồ sơ)(?:(?<=%)\s*(?:dân số|lllđ|lực lượng lao động(?:\s+trong độ tuổi)?))?",
                        re.IGNORECASE)   # ("% dân số": a rate's unit and its base)


# the measure a caption's plan names ("Kết quả thực hiện kế hoạch thu năm 2024 của một số đơn vị"), for a table of
# places whose columns say only "Kế hoạch giao | Thực hiện"
_CAPTION_PLAN_MEASURE = re.compile(r"kế hoạch\s+((?:thu|chi|phát triển|cấp)(?:\s+(?!năm|của|tính|đến|tại|trên)[^\W\d]+)*)",
                                   re.IGNORECASE)
_RESULT_HEADING = re.compile(r"(?:ước\s+)?(?:thực hiện|kết quả|th)(?:\s+(?:năm\s+)?(?:19|20)\d{2})?", re.IGNORECASE)


def _plan_result_columns(table: Table, names: list[str]) -> tuple[list[str], list[int]]:
    """Names and the writing order of the columns of a plan's table of places: the result first with the caption's
    measure ("Số thu thực hiện là …"), then the plan ("kế hoạch giao là …", a target of the figure before it),
    then the rate; the columns as they are otherwise."""
    order = list(range(len(table.headings)))
    measure = _CAPTION_PLAN_MEASURE.search(table.caption)
    plans = [col for col, h in enumerate(table.headings) if col > table.label_column and _PLAN_HEADING.search(h)
             and not _PLAN_RATE_HEADING.search(h) and not _BARE_RATE_HEADING.fullmatch(h.strip())]
    results = [col for col, h in enumerate(table.headings) if col > table.label_column
               and _RESULT_HEADING.fullmatch(_UNIT_IN_HEADING.sub(" ", h).strip())]
    if measure is None or len(plans) != 1 or len(results) != 1:
        return names, order
    words = measure.group(1).lower()
    names = list(names)
    names[results[0]] = f"Số {words} thực hiện" if words in ("thu", "chi") else f"{words[:1].upper()}{words[1:]} thực hiện"
    names[plans[0]] = "kế hoạch giao"
    if plans[0] < results[0]:
        order.remove(results[0])
        order.insert(order.index(plans[0]), results[0])
    return names, order


def _first_figure_column(table: Table) -> int:
    """The first column after the label's with a figure in some row: the columns before it name each row."""
    return min((col for row in table.rows for col in range(table.label_column + 1, len(row)) if _is_number(row[col])),
               default=table.label_column + 1)


def _row_labels(table: Table, first_figure_column: int, unit_column: int | None) -> list[str]:
    """Each row's label: the texts of its naming columns ("Cấp tỉnh | Lãnh đạo sở, ban, ngành | 142 | 27"), a cell
    merged over the rows below it ("– | Lãnh đạo cấp phòng thuộc sở | 486 | 139") standing for each of them (not
    a column of units, "ĐVT")."""
    last = first_figure_column
    carried: dict[int, str] = {}
    labels = []
    for row in table.rows:
        parts = []
        for col in range(table.label_column, last):
            if col == unit_column:
                continue
            text = row[col].text
            if text in ("", "–", "-"):
                text = carried.get(col, "") if last - table.label_column > 1 else text
            else:
                carried[col] = text
            if text:
                parts.append(text)
        labels.append(" ".join(parts))
    return labels


def _unit_column(table: Table) -> int | None:
    """The column that gives each row's unit, if the table has one (its heading is "ĐVT", "Đơn vị tính", or
    none at all): every row's cell there is a unit word (or empty)."""
    for col in range(table.label_column + 1, len(table.headings)):
        cells = [row[col].text for row in table.rows if row[col].text not in ("", "–", "-")]
        if len(cells) >= 2 and all(_UNIT_CELL.fullmatch(c) for c in cells):
            return col
    return None


def rewrite_tables(text: str, tables: list[Table]) -> tuple[str, TextMap]:
    """``text`` with each table replaced by one paragraph of sentences, and the map back."""
    out: list[str] = []
    pieces: list[_Piece] = []
    length, copied = 0, 0

    def copy(a: int, b: int) -> None:
        nonlocal length
        pieces.append(_Piece(length, length + b - a, a, b, None))
        out.append(text[a:b])
        length += b - a

    def write(s: str) -> None:
        nonlocal length
        out.append(s)
        length += len(s)

    for table in tables:
        copy(copied, table.start)
        units = [_UNIT_IN_HEADING.search(h) for h in table.headings]
        # a heading that names no measure ("Tỷ lệ (%)") takes the caption's ("Tỷ lệ bao phủ BHYT (đến 31/12/2024):")
        has_plan = any(_PLAN_HEADING.search(h) for h in table.headings)
        topic = _CAPTION_END.sub("", table.caption) if not has_plan else ""
        # (not a total beside a column of its women, "Tổng số | Trong đó nữ | Tỷ lệ nữ (%)": the row's whole, not the topic)
        has_women_column = any(_WOMEN_HEADING.search(h) for h in table.headings)
        # (but the whole of a scheme's people split by sex is the scheme's: "Số người tham gia BHXH tự nguyện chia theo
        # giới tính" above "Năm | Tổng số | Nam | Nữ")
        scheme_topic = bool(_SCHEME_TOPIC.search(topic))
        names = [topic if topic and _GENERIC_HEADING.fullmatch(name)
                 and not (has_women_column and _TOTAL_HEADING.fullmatch(name) and not scheme_topic)
                 # (a scheme's men and women are no catalogue figures: the catalogue counts women among staff and
                 # elected or appointed bodies, not among the insured)
                 else "" if _MEN_HEADING.fullmatch(name) or (scheme_topic and _WOMEN_HEADING.search(name)) else name
                 for name in map(_heading_words, table.headings)]
        # (a column of women in a table of staff whose caption names them: "Cơ cấu công chức, viên chức … theo giới
        # tính" above "Đơn vị | Tổng số | Nữ | Tỷ lệ nữ (%)": the women are of that staff)
        # (else the people the text just above names, a caption of no population over a table of a sector's units: "…
        # toàn ngành có 5.426 cán bộ, viên chức, trong đó nữ … ¶ Số liệu tại một số đơn vị trực thuộc:")
        staff = _CAPTION_STAFF.search(table.caption) or _staff_just_above(text, table)
        if staff is not None and "ứng cử" in table.caption.lower() and not staff.group(0).lower().startswith(("cán bộ", "công chức", "viên chức", "cbccvc")):
            staff = None   # (a table of both candidates and deputies: "Người ứng cử và đại biểu Quốc hội …"; its rows say which)
        if staff is not None:
            names = [f"{name} {staff.group(0)}" if _BARE_WOMEN_HEADING.fullmatch(name) else name for name in names]
        caption_time = _CAPTION_TIME.search(table.caption)
        caption_unit = _CAPTION_UNIT.search(table.caption)
        if _INDEX_CAPTION.search(table.caption):
            names = ["" for _ in names]   # (a table of indices or growth: no levels in it)
        if caption_time is not None:
            # (the year of a plan's heading, "Kế hoạch giao năm 2025", is the plan's: not the time of the figures
            # after it, which is the caption's)
            names = [_YEAR_IN_HEADING.sub("", name) if _PLAN_HEADING.search(heading) else name
                     for name, heading in zip(names, table.headings)]
        unit_column = _unit_column(table)
        first_figure_column = _first_figure_column(table)
        labels = _row_labels(table, first_figure_column, unit_column)
        parent_unit = None
        names, order = _plan_result_columns(table, names)
        for row, span, label_cell in zip(table.rows, table.row_spans, labels):
            label = _row_label(label_cell, labels, table.headings[table.label_column] if table.headings else "")
            label_unit = _UNIT_IN_HEADING.search(label_cell)   # ("Số người tham gia BHXH tự nguyện (người) | …")
            if label_unit is not None:
                parent_unit = label_unit
            elif label_cell.startswith(("-", "+", "–")) and parent_unit is not None:
                # ("Số người tham gia BHXH (người) | …" above "- BHXH bắt buộc | 178.215 | …": the part's unit is its whole's)
                label_unit = parent_unit
                label = _row_label(label_cell.lstrip("-+– ") + f" ({parent_unit.group(1)})", labels)
            if unit_column is not None and _UNIT_CELL.fullmatch(row[unit_column].text):
                label_unit = _UNIT_CELL.fullmatch(row[unit_column].text.lower())
            # (the time the caption gives is each row's: "Bảng 2. Nữ đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026")
            if caption_time is not None and not _YEAR.search(label):
                label = f"{label} {caption_time.group(0)}"
            if _SCHEME_HEADING.fullmatch(label) and caption_unit is not None and caption_unit.group(1).lower() == "người":
                label = "Số người tham gia " + label   # ("… (đơn vị: người)" above "BHXH bắt buộc | 168.500 | 160.214 | 95,1")
            label = label.lstrip("-+–•* ")   # (a part's mark: the row is a sentence of its own all the same)
            write(label[:1].upper() + label[1:] + ": ")   # (a capital: each row is a sentence of its own)
            first = True
            for col in order:
                cell = row[col]
                if col < first_figure_column or not _is_number(cell) or not names[col]:
                    continue
                value = cell.text.replace("−", "-").replace("%", "").strip()
                # (a rate beside a plan's column is the plan's completion: "Kế hoạch | Thực hiện | Tỷ lệ (%)")
                plan_rate = _PLAN_RATE_HEADING.search(table.headings[col]) or (
                    has_plan and _BARE_RATE_HEADING.fullmatch(table.headings[col].strip()))
                write(("" if first else ", ") + ("đạt " if plan_rate else f"{names[col]} là "))
                pieces.append(_Piece(length, length + len(value), cell.start, cell.start + len(value), span))
                write(value)
                # (a cell's own "%" and a plan's rate outweigh the row's unit: "Số người tham gia (người) | … | 100,8%")
                unit_match = None if plan_rate or cell.text.endswith("%") else units[col] or label_unit
                unit = unit_match.group(1) if unit_match else (
                    "%" if plan_rate or _PERCENT_HEADING.search(names[col]) or cell.text.endswith("%") else
                    caption_unit.group(1).lower() if caption_unit else "")
                if unit:
                    write(unit if unit == "%" else f" {unit}")
                if plan_rate:
                    write(" kế hoạch")
                first = False
            write(". ")
        copied = table.end
    copy(copied, len(text))
    return "".join(out), TextMap(pieces)
