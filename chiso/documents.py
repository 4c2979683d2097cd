"""Reading input files into articles.

A landing folder holds plain-text articles in the seed's layout (title line, date line, body),
saved HTML pages and JSON / JSON-lines records from a crawler. Each is turned into one or more
:class:`Article` objects whose ``text`` is the canonical normalised text that the warehouse
stores and that every provenance offset refers to. A file that cannot be turned into an article
raises :class:`DocumentError` with a reason a person can act on.
"""

from __future__ import annotations

import hashlib
from email.utils import parsedate_to_datetime
from html import unescape as unescape_entities
import json
import os
import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import NamedTuple

from chiso.legacy_encodings import (decode_viscii, repair_legacy_fonts, vietnamese_syllable_count,
                                    windows_1252_text)
from chiso.text import normalize_text

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl")
# Below this, what an HTML extractor calls the main text is a menu or a caption, not an article.
MIN_HTML_BODY_WORDS = 12
VIETNAM_TZ = timezone(timedelta(hours=7), "Asia/Ho_Chi_Minh")


class DocumentError(ValueError):
    """A file that cannot be read as an article; ``reason`` is a short machine-friendly code."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class Article:
    """One news article in canonical form.

    ``text`` is the normalised title, a blank line, then the normalised body (or the body alone
    when there is no title). ``published_at`` is naive local time in Asia/Ho_Chi_Minh, the
    convention of every Vietnamese news site.
    """

    source: str
    text: str
    title: str | None
    published_at: datetime | None
    url: str | None = None

    @property
    def article_id(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def body_start(self) -> int:
        """Offset in ``text`` where the body begins (after the title and its blank line)."""
        return len(self.title) + 2 if self.title else 0


def make_article(source: str, title: str | None, body: str, published_at: datetime | None,
                 url: str | None = None) -> Article:
    """Build an article from its parts, normalising each."""
    title = normalize_text(title).replace("\n", " ") if title else None
    body = normalize_text(body)
    if not body.strip():
        raise DocumentError("no_body", "the file has no article body")
    text = f"{title}\n\n{body}" if title else body
    return Article(source=source, text=text, title=title or None, published_at=published_at, url=url)


# --- decoding --------------------------------------------------------------------------------

def decode_bytes(data: bytes) -> str:
    """Decode text bytes and repair mojibake.

    BOM-marked UTF-8/UTF-16 first, then strict UTF-8, then the legacy encodings (Windows-1258, the
    TCVN3 and VNI fonts, statistical detection), whichever reads most as Vietnamese. Lines typed in
    a legacy font and pasted into UTF-8 text are converted too. Text that was once decoded with the
    wrong codec and saved again ("Bá»™ trÆ°á»Ÿng") is repaired by ftfy, but only when it looks
    broken, so clean text is never touched.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="strict")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _decode_legacy(data)
    return _repair_mojibake(repair_legacy_fonts(text))


def _decode_legacy(data: bytes) -> str:
    """Bytes that are not UTF-8: Windows-1258, a legacy Vietnamese font (TCVN3, VNI: bytes as Windows-1252
    shows them), VISCII or whatever statistical detection finds, whichever reads most as Vietnamese."""
    from charset_normalizer import from_bytes

    readings = []
    try:
        readings.append(data.decode("cp1258"))
    except UnicodeDecodeError:
        pass
    readings.append(repair_legacy_fonts(windows_1252_text(data)))
    readings.append(decode_viscii(data))
    detected = from_bytes(data).best()
    if detected is not None:
        readings.append(str(detected))
    best = max(readings, key=vietnamese_syllable_count)
    if vietnamese_syllable_count(best) == 0:
        if detected is None:
            raise DocumentError("undecodable", "the bytes are not text in any known encoding")
        return str(detected)
    return best


def _repair_mojibake(text: str) -> str:
    from ftfy import fix_encoding
    from ftfy.badness import is_bad

    if not is_bad(text):
        return text
    fixed = fix_encoding(text)
    # ftfy repairs a text that was wholly decoded with the wrong codec; a text pasted together from a broken
    # source and a sound one ("Tá»· lệ nữ …": both in one line) is repaired character by character
    return _MOJIBAKE_RUN.sub(_decoded_run, fixed) if is_bad(fixed) else fixed


def _cp1252(byte: int) -> str:
    """The character Windows-1252 shows for ``byte`` (the C1 control of the same number where it shows none,
    as a decoder that mangled UTF-8 leaves it)."""
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


_CONTINUATION = "".join(map(_cp1252, range(0x80, 0xC0)))
_LEAD_OF_TWO = "".join(map(_cp1252, range(0xC2, 0xE0)))
_LEAD_OF_THREE = "".join(map(_cp1252, range(0xE0, 0xF0)))
# runs of UTF-8 sequences shown as Windows-1252 characters ("á»·" for "ỷ", "Æ°" for "ư")
_MOJIBAKE_RUN = re.compile(f"(?:[{re.escape(_LEAD_OF_TWO)}][{re.escape(_CONTINUATION)}]"
                           f"|[{re.escape(_LEAD_OF_THREE)}][{re.escape(_CONTINUATION)}]{{2}})+")
_VIETNAMESE_CHAR = re.compile(r"[\u00c0-\u024f\u0300-\u036f\u1e00-\u1eff\u2013\u2014\u2018-\u201d\u2026]+")


def _decoded_run(match: re.Match) -> str:
    """A run of mojibake decoded back, when it decodes to Vietnamese letters (or quotes and dashes): "à" before
    two symbols may be a sound letter, whose bytes would decode to something else."""
    run = match.group(0)
    try:
        # (a C1 control stands for its own byte: Windows-1252 shows nothing for it)
        decoded = b"".join(c.encode("cp1252") if ord(c) >= 0x100 or not 0x80 <= ord(c) < 0xA0 else bytes([ord(c)])
                           for c in run).decode("utf-8")
    except UnicodeError:
        return run
    return decoded if _VIETNAMESE_CHAR.fullmatch(decoded) else run


# --- plain text ------------------------------------------------------------------------------

# Datelines as sites print them: "06/03/2025 04:52 PM", "Thứ Năm, 06/03/2025 - 16:52", "Thứ 5, 6/3/2025,
# 16:52 (GMT+7)", "06-03-2025", "2025-03-06 16:52", the time first ("Cập nhật: 16:52 | 06/03/2025"),
# Vietnamese AM/PM ("4:52:00 CH": chiều, SA: sáng) and the long form ("Ngày 06 tháng 03 năm 2025").
# A label or weekday may lead ("Thứ 5" has a digit); the line must end with the date or time, so a
# sentence that opens with a date ("Ngày 06/03/2025, BHXH tỉnh …") is not a dateline.
_LEAD = r"(?:(?:[Tt]hứ\s*[2-7]|[^\d\n]){0,24}?[,:\s]\s*)?"
_DATE = (r"(?:(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})|(?P<y2>\d{4})-(?P<m2>\d{2})-(?P<d2>\d{2})|"
         r"(?:[Nn]gày\s+)?(?P<d3>\d{1,2})\s+tháng\s+(?P<m3>\d{1,2})\s+năm\s+(?P<y3>\d{4}))")
_CLOCK = r"(?P<H{n}>\d{{1,2}})[:h](?P<M{n}>\d{{2}})(?::\d{{2}})?\s*(?P<ampm{n}>[AaPp]\.?[Mm]\.?|SA|CH|sáng|chiều|tối)?"
_ZONE = r"(?:\s*\(?GMT\s*\+\s*7\)?)?"
_DATE_LINE = re.compile(rf"^{_LEAD}(?:{_CLOCK.format(n=1)}{_ZONE}\s*[-,|]?\s*(?:ngày\s*)?)?{_DATE}"
                        rf"(?:\s*[-,|]?\s*(?:lúc\s*)?{_CLOCK.format(n=2)})?{_ZONE}\s*$")
_PM, _AM = ("pm", "ch", "chiều", "tối"), ("am", "sa", "sáng")


def parse_date_line(line: str) -> datetime | None:
    """Parse a dateline such as ``06/03/2025 04:52 PM``; None when the line is not one."""
    match = _DATE_LINE.match(line.strip())
    if not match:
        return None
    g = match.groupdict()
    year, month, day = next((int(g[f"y{k}"]), int(g[f"m{k}"]), int(g[f"d{k}"])) for k in ("", "2", "3") if g[f"y{k}"])
    k = "1" if g["H1"] else "2"
    hour, minute = int(g[f"H{k}"] or 0), int(g[f"M{k}"] or 0)
    ampm = (g[f"ampm{k}"] or "").lower().replace(".", "")
    if ampm in _PM and hour < 12:
        hour += 12
    elif ampm in _AM and hour == 12:
        hour = 0
    try:
        return datetime(year, month, day, hour, minute)
    except ValueError:
        return None


_ENTITY = re.compile(r"&(?:#\d{2,6}|#[xX][0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});")


def _decode_entities(text: str) -> str:
    """``text`` with a page's character references left in it decoded, as text saved from a page or a crawler's
    plain-text field has them ("chiếm 35,2&nbsp;% tổng số", "35,2&#37;")."""
    return unescape_entities(text) if "&" in text and _ENTITY.search(text) else text


def parse_plain_text(source: str, raw: str) -> Article:
    """Split a text file into title, dateline and body.

    The seed layout is title, dateline, body; real files lack either or both, so the first two
    non-empty lines are inspected: a dateline is recognised by its shape, and a first line is a
    title only when it is followed by a dateline or is short and unpunctuated like a headline.
    """
    lines = normalize_text(_text_table_cells(_decode_entities(raw))).split("\n")
    if any(_TABLE_RULE.fullmatch(line.strip()) for line in lines if line.startswith(("|", ":", "-"))):
        # a Markdown table ("| Chỉ tiêu | Thực hiện 2024 |" above "|---|---|"): rows in the layout of a page's table
        lines = [_table_row(line) for line in lines]
    non_empty = [i for i, line in enumerate(lines) if line.strip()]
    if not non_empty:
        raise DocumentError("empty", "the file contains no text")
    title: str | None = None
    published_at: datetime | None = None
    first = non_empty[0]
    body_from = first
    if (published_at := parse_date_line(lines[first])) is not None:
        body_from = first + 1
    elif len(non_empty) > 1 and (published_at := parse_date_line(lines[non_empty[1]])) is not None:
        title, body_from = lines[first], non_empty[1] + 1
    elif _looks_like_headline(lines, first):
        title, body_from = lines[first], first + 1
    body = _unwrap_hard_line_breaks("\n".join(lines[body_from:]))
    return make_article(source, title, body, published_at)


# A table in plain text, as reports copied from a PDF or a spreadsheet lay one out: a row a line, its cells
# apart by tabs or by three or more spaces. Normalisation folds those runs into one space, which would
# run the cells together; a block of two or more such lines with the same count of cells (three or
# more), at least one of them with two figures, is written in the cell layout of a saved page's
# table ("cell | cell | …", read by ``chiso.extraction.tables``).
_CELL_GAP = re.compile(r"\t+ *| {3,}")
# (or dashes set between spaces, two or more to a line, as a table pasted from a PDF has them: "1. TP. Buôn Ma Thuột – 14,200
# – 11,486 – 80.89")
_DASH_GAP = re.compile(r" [–—] ")
_FIGURE_CELL = re.compile(r"[-+]?\d[\d.,]*\s*%?")


def _text_table_cells(raw: str) -> str:
    if "\t" not in raw and "   " not in raw and " – " not in raw and " — " not in raw:
        return raw
    lines = _join_wrapped_headings(raw.split("\n"))
    cells = [[cell.strip() for cell in _CELL_GAP.split(line.rstrip())] if _CELL_GAP.search(line.strip("\r\n ")) or
             line.startswith("\t") else [cell.strip() for cell in _DASH_GAP.split(line.rstrip())]
             if len(_DASH_GAP.findall(line)) >= 2 else None for line in lines]
    i = 0
    while i < len(lines):
        width = len(cells[i]) if cells[i] is not None else 0
        j = i
        while j < len(lines) and cells[j] is not None and width >= 3:
            if len(cells[j]) != width and cells[j][0] == "" and len(cells[j]) == width + 1:
                # (a row indented as a part of the one above, "   - BHXH bắt buộc   15.975,8 …": its indent is no
                # empty first cell, unlike a total's under an empty number column, "    Cộng   273.106 …")
                cells[j] = cells[j][1:]
            if len(cells[j]) != width:
                break
            j += 1
        figures = [sum(bool(_FIGURE_CELL.fullmatch(c)) for c in row) for row in cells[i:j]]
        if j - i >= 2 and max(figures, default=0) >= 2:
            for k in range(i, j):
                lines[k] = " | ".join(cell or "–" for cell in cells[k])   # (an empty cell keeps its column)
            i = j
        else:
            i += 1
    return "\n".join(lines)


# the rest of a heading wrapped under its column ("… Tỷ lệ nữ (%)    Trong đó: lãnh đạo," over "      quản lý là nữ"):
# a line indented far, of one cell of words, right under a line of three or more cells
_WRAPPED_HEADING = re.compile(r"(?: {10,}|\t+)([^\d\s][^\t]*?)\s*")


def _join_wrapped_headings(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        rest = _WRAPPED_HEADING.fullmatch(line)
        cells = _CELL_GAP.split(line.strip())
        if rest and out and len(_CELL_GAP.split(out[-1].strip())) >= 3 and not _CELL_GAP.search(rest.group(1)) \
                and not re.search(r"\d", out[-1]):
            out[-1] = out[-1].rstrip() + " " + rest.group(1)
        elif out and len(cells) >= 3 and cells[0][:1].islower() and out[-1].strip() \
                and not _CELL_GAP.search(out[-1].strip()) and not re.search(r"\d", out[-1]) and len(out[-1]) <= 80:
            # a row's label wrapped onto the line of its figures ("Tỷ lệ tham gia BHXH so với lực lượng lao" over
            # "động trong độ tuổi      38,08     39,25")
            out[-1] = out[-1].strip() + " " + line.strip()
        else:
            out.append(line)
    return out


# A line broken inside a sentence, as text copied from a PDF is ("… giải quyết cho 17.904⏎người hưởng …"):
# a long line without a closing mark, followed by one that goes on in lower case or with a figure (not a list
# item); a word hyphenated at the break ("chi-⏎ếm") is joined whole.
_HARD_BREAK = re.compile(r"(?<=[^\s.!?:;…)\]\"”])[ \t]*\n[ \t]*(?![-+•*–]\s)(?!\w\)\s)(?!\d+[.)]\s)(?=[\w(])")
_HYPHENATED_BREAK = re.compile(r"(?<=\w)-\n(?=\w)")
_ABBREVIATION_NEXT = re.compile(r"(?:BHXH|BHYT|BHTN|HĐND|UBND|KCB|NLĐ|CBCCVC|MTTQ|LHPN)(?!\w)")


# (a caption, a source or a sentence opening with its time is no name: "Ảnh: Hà An", "Năm 2024, toàn tỉnh có …")
_NO_NAME_NEXT = re.compile(r"(?:Ảnh|Nguồn|Năm|Ngày|Tháng|Quý|Theo|Trong|Tại|Sáng|Chiều|Tối|Hiện|Đến|Từ|Với|Về|Cùng|Các|Những|"
                           r"Một|Là|Để|Sau|Trước|Khi|Nhưng|Tuy|Do|Vì|Đây|Đó)(?!\w)|[^\n:]{1,15}:")
_WORD_BEFORE_A_NAME = re.compile(r"(?<!\w)(?:của|và|tại|ở|với|cho|trong|gồm|tỉnh|thành phố|huyện|xã|phường|đại biểu|"
                                 r"Đảng bộ|đảng bộ|HĐND|UBND|Ban Chấp hành|ban chấp hành)$")


def _unwrap_hard_line_breaks(body: str) -> str:
    if "\n" not in body:
        return body
    # (a syllable split by a hyphen at a line's end is one syllable however short the lines: "thất ngh-⏎iệp")
    body = _HYPHENATED_BREAK.sub(lambda m: "" if body[m.end()].islower() else m.group(0), body)
    if sum(len(line) > 40 for line in body.split("\n")) < 2:
        return body   # (short lines are a list or a poem, not a wrapped paragraph)

    def goes_on(m: re.Match) -> bool:
        nxt = body[m.end()]
        if " | " in body[body.rfind("\n", 0, m.start()) + 1:m.start()] or " | " in body[m.end():body.find("\n", m.end()) % (len(body) + 1)]:
            return False   # (a table's row, see _text_table_cells)
        # (or an abbreviation in capitals that goes on the sentence: "… người tham gia⏎BHTN, chiếm 44,2%")
        # (or a name after a word that needs one, on a long line: "… có 151 nữ đại biểu⏎Quốc hội khóa XV, chiếm 30,26%",
        # "…, của Đảng bộ tỉnh⏎Lào Cai (cũ) đạt 16,4%")
        line_start = body.rfind("\n", 0, m.start()) + 1
        return nxt.islower() or nxt.isdigit() or nxt == "(" or bool(_ABBREVIATION_NEXT.match(body, m.end())) or (
            nxt.isupper() and m.start() - line_start > 40
            and _WORD_BEFORE_A_NAME.search(body, max(line_start, m.start() - 20), m.start()) is not None
            and not _NO_NAME_NEXT.match(body, m.end()))

    return _HARD_BREAK.sub(lambda m: " " if goes_on(m) else m.group(0), body)


def _looks_like_headline(lines: list[str], index: int) -> bool:
    line = lines[index]
    followed_by_blank = index + 1 < len(lines) and not lines[index + 1].strip()
    return followed_by_blank and len(line) <= 200 and not line.rstrip().endswith((".", ":", ";"))


# --- HTML ------------------------------------------------------------------------------------

# A figure's caption ("<figcaption>Năm 2024, huyện Quỳnh Lưu có 7.820 người tham gia BHXH tự nguyện</figcaption>") is
# the article's text, which the HTML extractor drops with the figure: it is read as a paragraph, the figure as a block.
_FIGURE_CAPTION_TAG = re.compile(r"<(/?)figcaption(?=[\s>])", re.IGNORECASE)
_FIGURE_TAG = re.compile(r"<(/?)figure(?=[\s>])", re.IGNORECASE)


def parse_html(source: str, html: str, url: str | None = None) -> Article:
    """Extract the main text, title and date of a saved page, leaving menus and footers out."""
    import trafilatura

    html = _FIGURE_TAG.sub(r"<\1div", _FIGURE_CAPTION_TAG.sub(r"<\1p", html))
    extracted = trafilatura.bare_extraction(
        html, url=url, include_comments=False, include_tables=True, favor_precision=True,
        with_metadata=True,
    )
    if extracted is None or not (extracted.text or "").strip():
        raise DocumentError("no_body", "no article text could be found in the HTML page")
    title = normalize_text(extracted.title or "") or None
    text = extracted.text
    lead, body = _marked_article(html)
    if body is not None:
        # The page marks its article body: its text alone, so a sidebar's or a footer's figures
        # ("Số người tham gia BHYT: 95.502.117") that the generic extractor kept stay out.
        # (favouring recall inside it: the page's own element holds no menu, and the precise setting drops the lists
        # of figures a body may hold, "<ul><li>Năm 2021: 3.642 tỷ đồng;</li>…")
        in_body = trafilatura.bare_extraction(body, include_comments=False, include_tables=True,
                                              favor_recall=True)
        if in_body is not None and len((in_body.text or "").split()) >= MIN_HTML_BODY_WORDS:
            text = in_body.text
    lines = [line for line in map(_table_row, normalize_text(text).split("\n")) if line.strip()]
    # The page's <h1> repeats the title and a dateline often follows it: both are metadata.
    if title and lines and lines[0].rstrip(" .") == title.rstrip(" ."):
        lines.pop(0)
    published_at = parse_date_line(lines[0]) if lines else None
    if published_at is not None:
        lines.pop(0)
    elif extracted.date:
        published_at = _parse_iso_datetime(extracted.date)
    # The lead paragraph set apart from the body, which the generic extractor drops as page furniture
    # (whether or not the page marks its body): it states the article's main figures.
    if lead and " ".join(normalize_text(lead).split()) not in " ".join(" ".join(lines).split()):
        lines.insert(0, normalize_text(lead))
    words = sum(len(line.split()) for line in lines)
    if words < MIN_HTML_BODY_WORDS:
        raise DocumentError("no_body", f"the page's main text has {words} words: navigation, not an article")
    # One paragraph per block, separated by a blank line, as in the plain-text layout.
    return make_article(source, title, "\n\n".join(lines), published_at, url or extracted.url)


_TABLE_RULE = re.compile(r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*")


def _table_row(line: str) -> str:
    """A table row as the HTML extractor writes it ("| TP Tam Kỳ | 118.402 | 95,12 |") in the layout the
    extraction reads (cells joined by " | ", see ``chiso.extraction.tables``); its rule line ("|---|")
    goes, and a row of one cell (a caption) is that cell's text."""
    stripped = line.strip()
    if not stripped.startswith("|"):
        return line
    if _TABLE_RULE.fullmatch(stripped):
        return ""
    cells = [cell.strip() for cell in stripped.strip("|").split("|")]
    if not any(_FIGURE_CELL.fullmatch(cell) for cell in cells):
        while cells and not cells[-1]:
            cells.pop()
    # (a row of figures keeps its empty last cells, which hold their columns: "Số tiền chậm đóng | – | 214,6 | –")
    # (an empty cell keeps its column: the padding of a merged heading, "Người ứng cử | – | – | Đại biểu trúng cử";
    # the first one is written as the layout's leading "| ")
    return " | ".join(cell or ("" if k == 0 else "–") for k, cell in enumerate(cells))


# Elements that hold an article's body on Vietnamese news and government sites (and in common CMSs).
_ARTICLE_BODY_XPATH = " | ".join(
    ["//*[@itemprop='articleBody']", "//article"]
    + [f"//*[contains(concat(' ', normalize-space(@class), ' '), ' {name} ')]" for name in (
        "article-body", "article__body", "article-content", "articleBody", "journal-content-article", "detail-content",
        "detail__content", "content-detail", "news-content", "news-detail", "entry-content", "post-content",
        "fck_detail", "singular-content", "detail-body", "the-article-body")])


_LEAD_XPATH = " | ".join(f"//*[contains(concat(' ', normalize-space(@class), ' '), ' {name} ')]" for name in (
    "sapo", "description", "lead", "summary", "chapeau", "article-sapo", "detail-sapo", "article__sapo", "singular-sapo"))


def _marked_article(html: str) -> tuple[str | None, str | None]:
    """The text of the page's lead paragraph, and the HTML of the element the page marks as its article
    body (the largest, when several do); each None when the page has none."""
    import lxml.html
    from lxml.etree import ParserError

    try:
        tree = lxml.html.fromstring(html)
    except (ParserError, ValueError):
        return None, None
    candidates = tree.xpath(_ARTICLE_BODY_XPATH)
    best = max(candidates, key=lambda element: len(element.text_content())) if candidates else _paragraphs_container(tree)
    body = f"<html><body>{lxml.html.tostring(best, encoding='unicode')}</body></html>" if best is not None else None
    # the lead paragraph many sites set apart from the body ("<p class="description">" beside
    # "<article class="fck_detail">", "<div class="sapo">" beside "<div class="body">"): it states the
    # article's main figures (inside the body too: the generic extractor drops a lead set apart as a
    # teaser there as well; parse_html keeps it only when the text lacks it)
    for lead in tree.xpath(_LEAD_XPATH):
        if best is not None and (lead is best or lead in best.iterancestors()):
            continue
        if any(_is_page_furniture(el) for el in lead.iterancestors() if el.tag not in ("body", "html")):
            continue   # ("<div class="most-read"><p class="description">…": another article's teaser)
        if best is None and not _follows_the_headline(tree, lead):
            continue   # (without a marked body, the lead is the one under the page's headline)
        text = " ".join(lead.text_content().split())
        if 40 <= len(text) <= 1500:
            return text, body
    return None, body


def _paragraphs_container(tree):
    """The element whose own <p> children hold the most text: the article body of a page that marks it by a name of its
    own ("<div class="article-detail">"); None when no element but <body> holds two paragraphs, or the one that does is
    a piece of furniture."""
    best, most = None, 0
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("body", "html"):
            continue
        paragraphs = [child for child in element if child.tag == "p"]
        if len(paragraphs) < 2:
            continue
        size = sum(len(p.text_content()) for p in paragraphs)
        if size > most:
            best, most = element, size
    if best is None or any(_is_page_furniture(el) for el in (best, *best.iterancestors()) if el.tag not in ("body", "html")):
        return None
    return best


# Containers of other articles' teasers and of the site's furniture, whose "description" is no lead of
# the page's article: by tag, by a whole class or id, or by a class or id beginning so ("most-read", "box-most-read")
_FURNITURE_TAGS = ("aside", "nav", "footer")
_FURNITURE_NAMES = re.compile(r"(?i)(?:box-|list-|block-)?(?:most|related|relate|footer|menu|nav|sidebar|widget|other|"
                              r"tin-?khac|lien-?quan|doc-?nhieu|xem-?nhieu)(?:[-_].*)?")


def _is_page_furniture(element) -> bool:
    if element.tag in _FURNITURE_TAGS:
        return True
    names = element.get("class", "").split() + ([element.get("id")] if element.get("id") else [])
    # ("sidebar-1" is no name of furniture alone: a site's main column may be called so, and the digit tells it apart)
    return any(_FURNITURE_NAMES.fullmatch(name) and not re.search(r"\d", name) for name in names)


def _follows_the_headline(tree, lead) -> bool:
    """Whether ``lead`` comes after the page's first <h1>, within a few lines of it."""
    headline = next(iter(tree.iter("h1")), None)
    if headline is None or headline.sourceline is None or lead.sourceline is None:
        return headline is None
    return 0 <= lead.sourceline - headline.sourceline <= 12


# --- JSON records ----------------------------------------------------------------------------

def _parse_iso_datetime(value: str) -> datetime | None:
    value = value.strip()
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:   # RSS's "Thu, 06 Mar 2025 09:00:00 +0700"
            moment = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return parse_date_line(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone(VIETNAM_TZ).replace(tzinfo=None)
    return moment


# Crawlers name their fields differently; the first non-empty field of each list is used.
_TITLE_FIELDS = ("title", "headline", "name")
_DATE_FIELDS = ("published_at", "date", "published", "publish_date", "published_date", "pubDate", "created_time",
                "datePublished", "date_published", "time", "created_at")
# (a social-media API's post: "message", "created_time", "permalink_url")
_TEXT_FIELDS = ("body", "content", "text", "article_body", "articleBody", "content_text", "full_text", "fulltext", "message",
                "description")
_HTML_FIELDS = ("html", "content_html", "body_html", "raw_html", "page_html")
_URL_FIELDS = ("url", "link", "canonical_url", "source_url", "permalink_url")
_LOOKS_LIKE_HTML = re.compile(r"<(?:p|div|br|span|article|h[1-6]|table|ul|li|strong|em|a)[\s>/]", re.IGNORECASE)


def _field(record: dict, names: tuple[str, ...]) -> str | None:
    """The first of ``names`` with a value; a WordPress-style ``{"rendered": ...}`` is its rendering."""
    for name in names:
        value = record.get(name)
        if isinstance(value, dict):
            value = value.get("rendered")
        if value not in (None, "") and not isinstance(value, (dict, list)):
            return str(value)
    return None


def parse_record(source: str, record: object) -> Article:
    """A crawler record: a title, a publication date, the text (or the page's HTML) and a URL,
    under the field names crawlers commonly use (``title``/``headline``, ``published_at``/``date``/…,
    ``body``/``content``/``text``/…, ``html``/…, ``url``/``link``). Text that is HTML markup (a CMS's
    rendered content) is read as HTML."""
    if not isinstance(record, dict):
        raise DocumentError("bad_record", "a JSON record is not an object")
    # (the first date field that reads as a date: "time" may be "5 phút đọc")
    published_at = next((moment for name in _DATE_FIELDS if (value := _field(record, (name,)))
                         and (moment := _parse_iso_datetime(value)) is not None), None)
    title, url = _field(record, _TITLE_FIELDS), _field(record, _URL_FIELDS)
    text = _field(record, _TEXT_FIELDS)
    if text is not None and not _LOOKS_LIKE_HTML.search(text):
        return make_article(source, title and _decode_entities(title), _decode_entities(text), published_at, url)
    html = _field(record, _HTML_FIELDS) or text
    if html is not None:
        if not re.search(r"<(?:html|body)[\s>]", html, re.IGNORECASE):
            html = f"<html><body><article>{html}</article></body></html>"   # a fragment: the whole is the article
        article = parse_html(source, html, url)
        if title or published_at:
            return make_article(source, title or article.title, article.text[article.body_start:],
                                published_at or article.published_at, article.url)
        return article
    raise DocumentError("no_body", "the JSON record has no text field (body, content, text, html, …)")


def parse_json_records(source: str, raw: str, lines: bool) -> list[Article]:
    try:
        if lines:
            records = [json.loads(line) for line in raw.splitlines() if line.strip()]
        else:
            loaded = json.loads(raw)
            records = loaded if isinstance(loaded, list) else [loaded]
    except json.JSONDecodeError as error:
        raise DocumentError("bad_json", f"invalid JSON at line {error.lineno}: {error.msg}") from error
    if not records:
        raise DocumentError("empty", "the file holds no JSON records")
    return [parse_record(source, record) for record in records]


# --- entry points ----------------------------------------------------------------------------

def parse_document(name: str, data: bytes) -> list[Article]:
    """Turn one file's bytes into its articles. ``name`` decides the format by its suffix."""
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise DocumentError("unsupported_format", f"'{suffix or name}' files are not articles")
    if not data.strip():
        raise DocumentError("empty", "the file is empty")
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError("binary", "the file contains NUL bytes and is not text")
    raw = decode_bytes(data)
    source = Path(name).name
    if suffix in (".json", ".jsonl"):
        return parse_json_records(source, raw, lines=suffix == ".jsonl")
    article = parse_html(source, raw) if suffix in (".html", ".htm") else parse_plain_text(source, raw)
    if article.published_at is None:
        # One article per file: a date in its name ("bhxh-binh-phuoc-2025-03-06.txt") is when it was
        # published, as saved by the crawler or the person who kept it. (Not for files of records,
        # whose name dates the crawl.)
        article = replace(article, published_at=date_in_file_name(source))
    return [article]


# (at the end of the name, as crawlers and the seed write it: "bhxh-binh-phuoc-2025-03-06.txt"; a date
# inside the name, "nghi-quyet-2019-11-20-ve-bhxh.txt", is more often a document's)
_FILE_NAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-_.]?(\d{2})[-_.]?(\d{2})$")


def date_in_file_name(name: str) -> datetime | None:
    """The calendar date written as year, month, day at the end of a file's name, else None."""
    m = _FILE_NAME_DATE.search(Path(name).stem)
    try:
        return datetime(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
    except ValueError:
        return None


class InputFile(NamedTuple):
    """A file of a landing folder as one walk of the folder saw it."""

    location: str           # where to read it
    rel_path: str           # its path below the folder, '/'-separated (its name when the root is the file)
    stat: os.stat_result    # taken once, when the folder was walked

    @property
    def path(self) -> Path:
        return Path(self.location)


def scan_input_files(root: Path) -> list[InputFile]:
    """Every file below ``root`` (or ``root`` itself) but hidden ones (a name starting with "."
    anywhere in its path), in a stable order: that of their path parts, as pathlib sorts paths.
    Symbolic links to files are followed, those to folders are not (as ``Path.rglob``).

    One ``os.scandir`` walk with one ``stat`` per file: a build scans the whole archive every
    time, and ``rglob``, sorting ``Path`` objects, ``relative_to`` and three ``stat`` calls per
    file cost 5 s per 100,000 files (about 1 s now) before any new file was read."""
    root = Path(root)
    if root.is_file():
        return [InputFile(str(root), root.name, root.stat())]
    found: list[InputFile] = []
    folders = [(str(root), "")]
    while folders:
        folder, prefix = folders.pop()
        try:
            entries = list(os.scandir(folder))
        except (FileNotFoundError, NotADirectoryError, PermissionError):
            continue   # a root that does not exist, or a folder gone or closed since it was listed
        for entry in entries:
            if entry.name.startswith("."):
                continue
            rel_path = prefix + entry.name
            try:
                if entry.is_dir() and not entry.is_symlink():
                    folders.append((entry.path, rel_path + "/"))
                elif entry.is_file():
                    found.append(InputFile(entry.path, rel_path, entry.stat()))
            except OSError:
                # removed since the folder was listed, or a link that leads nowhere (a loop, a path
                # through a file): not a file to load, as pathlib's walk decides too
                continue
    found.sort(key=lambda file: file.rel_path.split("/"))
    return found


def iter_input_files(root: Path):
    """The paths of :func:`scan_input_files`."""
    for file in scan_input_files(root):
        yield file.path


def read_articles(path: Path) -> list[Article]:
    return parse_document(Path(path).name, Path(path).read_bytes())


def landing_fingerprint(root: Path) -> dict[str, list[int]]:
    """``{relative path: [mtime_ns, size]}`` of every file below ``root``: cheap to take (no
    reads), so a sensor can tell new and changed files apart from unchanged ones."""
    if not Path(root).is_dir():
        return {}
    return {file.rel_path: [file.stat.st_mtime_ns, file.stat.st_size] for file in scan_input_files(root)}


def changed_paths(before: dict[str, list[int]], after: dict[str, list[int]]) -> list[str]:
    """Paths that are new in ``after`` or whose fingerprint changed."""
    return sorted(path for path, print_ in after.items() if before.get(path) != print_)
