import json
from datetime import datetime
from pathlib import Path

import pytest

from chiso.documents import DocumentError, parse_date_line, parse_document
from chiso.settings import REPO_ROOT

SEED_STYLE = (
    "BHXH tỉnh Nam Định tổng kết năm\n\n06/03/2025 04:52 PM\n\n\n"
    "Tính đến nay, toàn tỉnh có 1.427.535 người tham gia BHYT.\n\nĐoạn thứ hai.\n\nTH"
)


def test_seed_layout_title_date_body():
    [article] = parse_document("a.txt", SEED_STYLE.encode())
    assert article.title == "BHXH tỉnh Nam Định tổng kết năm"
    assert article.published_at == datetime(2025, 3, 6, 16, 52)
    assert article.text.startswith(article.title + "\n\nTính đến nay")
    assert article.text[article.body_start:].startswith("Tính đến nay")
    assert "06/03/2025" not in article.text


@pytest.mark.parametrize("line, expected", [
    ("06/03/2025 04:52 PM", datetime(2025, 3, 6, 16, 52)),
    ("12/01/2024 12:05 AM", datetime(2024, 1, 12, 0, 5)),
    ("Thứ Năm, 06/03/2025 - 16:52", datetime(2025, 3, 6, 16, 52)),
    ("06-03-2025", datetime(2025, 3, 6)),
    ("2025-03-06 16:52", datetime(2025, 3, 6, 16, 52)),
    # the time first, Vietnamese AM/PM (CH: chiều), a numbered weekday, the long form
    ("Cập nhật: 16:52 | 06/03/2025", datetime(2025, 3, 6, 16, 52)),
    ("6/3/2025 4:52:00 CH", datetime(2025, 3, 6, 16, 52)),
    ("Thứ 5, 06/03/2025, 09:15 (GMT+7)", datetime(2025, 3, 6, 9, 15)),
    ("Ngày 06 tháng 03 năm 2025", datetime(2025, 3, 6)),
])
def test_parse_date_line(line, expected):
    assert parse_date_line(line) == expected


def test_a_sentence_with_a_date_is_not_a_date_line():
    assert parse_date_line("Ngày 06/03/2025, BHXH tỉnh tổ chức hội nghị tổng kết công tác năm") is None
    assert parse_date_line("Ngày 6 tháng 3 năm 2025, BHXH tỉnh tổ chức hội nghị") is None


def test_no_title_and_no_date():
    body = "Tính đến ngày 30/6/2024, toàn tỉnh có 120 nữ cán bộ.\n\nĐoạn hai."
    [article] = parse_document("x.txt", body.encode())
    assert article.title is None and article.published_at is None
    assert article.text == body


def test_date_line_first_without_title():
    [article] = parse_document("x.txt", "15/07/2025 09:10 AM\n\nThân bài có 12 người.".encode())
    assert article.title is None
    assert article.published_at == datetime(2025, 7, 15, 9, 10)
    assert article.text == "Thân bài có 12 người."


def test_utf16_and_bom_and_crlf_give_the_same_text():
    clean = parse_document("a.txt", SEED_STYLE.encode())[0]
    for data in (SEED_STYLE.encode("utf-16"), b"\xef\xbb\xbf" + SEED_STYLE.replace("\n", "\r\n").encode()):
        assert parse_document("a.txt", data)[0].text == clean.text


def test_jsonl_records_convert_timezone_to_vietnam_local_time():
    records = [
        {"url": "https://example.vn/a", "title": "Tin A", "published_at": "2024-07-05T01:30:00+00:00", "body": "Có 5 người."},
        {"title": "Tin B", "published_at": "2024-07-06T08:00:00+07:00", "body": "Có 6 người."},
    ]
    data = "\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode()
    a, b = parse_document("dump.jsonl", data)
    assert a.published_at == datetime(2024, 7, 5, 8, 30) and a.url == "https://example.vn/a"
    assert b.text == "Tin B\n\nCó 6 người." and a.source == "dump.jsonl"


def test_html_page_keeps_the_article_and_drops_navigation():
    html = """<html><head><title>Tin BHXH</title></head><body>
    <nav><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a></nav>
    <article><h1>BHXH tỉnh Lào Cai đạt kết quả tốt</h1><time datetime="2024-05-02">02/05/2024</time>
    <p>Tính đến ngày 30/4/2024, toàn tỉnh có 520.123 người tham gia BHYT, đạt tỷ lệ bao phủ 94,1% dân số.</p>
    <p>Số thu đạt 1.234 tỷ đồng, bằng 30% kế hoạch được giao trong năm nay của tỉnh.</p></article>
    <footer>Đường dây nóng 1900 9068. Lượt truy cập: 1.234.567</footer></body></html>"""
    [article] = parse_document("page.html", html.encode())
    assert "520.123 người tham gia BHYT" in article.text
    assert "Lượt truy cập" not in article.text and "Trang chủ" not in article.text


def test_html_page_keeps_a_figures_caption():
    html = """<html><head><title>Tin BHXH</title></head><body><article><h1>Nghệ An dẫn đầu về BHXH tự nguyện</h1>
    <p>Năm 2024, toàn tỉnh có 100.436 người tham gia BHXH tự nguyện, dẫn đầu cả nước về loại hình bảo hiểm này.</p>
    <figure class="image"><img src="a.jpg"><figcaption>Năm 2024, huyện Quỳnh Lưu có 7.820 người tham gia BHXH tự nguyện.
    Ảnh: Thanh Nga</figcaption></figure>
    <p>Tổng thu BHXH, BHYT, BHTN đạt 11.216 tỷ đồng, bằng 101,2% kế hoạch được giao trong năm.</p></article></body></html>"""
    [article] = parse_document("page.html", html.encode())
    assert "huyện Quỳnh Lưu có 7.820 người" in article.text
    assert article.text.index("100.436") < article.text.index("7.820") < article.text.index("11.216")


def test_html_page_with_a_marked_article_body_leaves_the_sidebar_s_figures_out():
    # A page of the review gold set on which the generic main-text extraction keeps the "Số liệu thống
    # kê" box of the right column; the page marks its body as "journal-content-article", as the
    # Liferay portals of Vietnamese agencies do.
    page = REPO_ROOT / "samples" / "review" / "review-baohiemxahoi-thu-10-thang-2025-11-10.html"
    [article] = parse_document(page.name, page.read_bytes())
    assert "485.120 tỷ đồng" in article.text and "101,3 triệu người" in article.text
    assert "95.502.117" not in article.text and "20.112.430" not in article.text


def test_html_page_keeps_a_lead_paragraph_set_apart_from_the_marked_body():
    page = Path(__file__).parent / "pages" / "lead-outside-body.html"
    [article] = parse_document(page.name, page.read_bytes())
    assert "đạt 41,2% lực lượng lao động" in article.text and "93,3% dân số" in article.text
    assert "1,2 triệu đồng" not in article.text and "8.123.456" not in article.text


def test_html_page_keeps_its_lead_when_it_marks_no_article_body():
    # (a "sapo" beside a body of no known class; not another article's teaser in the "Đọc nhiều" box before it)
    page = Path(__file__).parent / "pages" / "lead-without-marked-body.html"
    [article] = parse_document(page.name, page.read_bytes())
    assert article.text.count("18.412 người tham gia BHYT") == 1 and "1.204 người" in article.text


def test_a_lead_under_the_headline_is_kept_and_a_teaser_in_a_sidebar_is_no_lead():
    # (a review page whose "sapo" beside a body of no known class the generic extractor dropped, with its main figure)
    page = REPO_ROOT / "samples" / "review" / "review111-vi-thanh-bhyt-hoc-sinh-2025-11-05.html"
    [article] = parse_document(page.name, page.read_bytes())
    assert article.text.count("9.846 học sinh tham gia BHYT") == 1
    body = "<p>Trong năm, toàn xã đã tổ chức 12 buổi tuyên truyền về chính sách BHYT hộ gia đình cho người dân các ấp.</p>" * 3
    page = (f'<html><body>\n<div class="article-detail">\n<h1>Xã An Bình tuyên truyền BHYT</h1>\n'
            f'<div class="body">{body}</div>\n</div>\n'
            f'<aside class="sidebar"><p class="description">Phường bên cạnh có 8.123.456 lượt truy cập trong tháng qua.</p></aside>\n'
            f'</body></html>')
    [article] = parse_document("an-binh.html", page.encode())
    assert "12 buổi" in article.text and "8.123.456" not in article.text


def test_a_marked_bodys_list_of_figures_is_kept():
    # (a review page whose "news-detail" body holds the yearly results as a <ul>, which the precise extraction dropped)
    page = REPO_ROOT / "samples" / "review" / "review132-thu-chi-bhxh-thai-binh-2025-01-14.html"
    [article] = parse_document(page.name, page.read_bytes())
    assert "Năm 2021: 3.642 tỷ đồng" in article.text and "Năm 2024: 4.561 tỷ đồng" in article.text
    assert "3.215.480" not in article.text and "Hưng Yên: Thu BHXH" not in article.text


def test_a_body_of_a_class_of_its_own_is_found_by_its_paragraphs_and_keeps_its_lists():
    # (a review page whose body no known class marks, "<div class="article-detail">": the element whose paragraphs hold
    # the text is read as a marked one, its <ul> of results kept, the other articles' box and the footer left out)
    page = REPO_ROOT / "samples" / "review" / "review147-bhyt-tuyen-quang-2025-11-12.html"
    [article] = parse_document(page.name, page.read_bytes())
    assert "Số người tham gia BHTN: 128.966 người" in article.text and "4.215 tỷ đồng" in article.text
    assert "Lâm Bình" not in article.text and "489/GP" not in article.text


@pytest.mark.parametrize("name, data, reason", [
    ("empty.txt", b"  \n\n ", "empty"),
    ("image.png", b"\x89PNG\r\n", "unsupported_format"),
    ("blob.txt", b"abc\x00\x01\x02def", "binary"),
    ("bad.jsonl", b"{not json", "bad_json"),
    ("nobody.jsonl", b'{"title": "x"}', "no_body"),
])
def test_unreadable_files_have_specific_reasons(name, data, reason):
    with pytest.raises(DocumentError) as error:
        parse_document(name, data)
    assert error.value.reason == reason


def _rglob_reference(root: Path) -> list[tuple[str, int]]:
    """What a pathlib walk gives: every non-hidden file, sorted as pathlib sorts paths."""
    if root.is_file():
        return [(root.name, root.stat().st_size)]
    paths = sorted(p for p in root.rglob("*") if p.is_file()
                   and not any(part.startswith(".") for part in p.relative_to(root).parts))
    return [(p.relative_to(root).as_posix(), p.stat().st_size) for p in paths]


def test_scanning_a_landing_folder_finds_what_a_pathlib_walk_finds_in_its_order(tmp_path):
    from chiso.documents import scan_input_files

    root = tmp_path / "landing"
    for rel in ["b.txt", "a/x.txt", "a-b/x.txt", "a/z/deep.html", "A.txt", "a b/y.jsonl", "tỉnh/bài 1.txt",
                ".hidden.txt", ".git/config", "a/.cache/x.txt", "10.txt", "9.txt"]:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(rel * 3)
    (root / "link-to-file.txt").symlink_to(root / "b.txt")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "outside.txt").write_text("not below the root")
    (root / "link-to-folder").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    (root / "dangling").symlink_to(tmp_path / "gone")
    (root / "loop").symlink_to(root / "loop")
    (root / "through-a-file").symlink_to(root / "b.txt" / "sub")

    scanned = scan_input_files(root)
    assert [(f.rel_path, f.stat.st_size) for f in scanned] == _rglob_reference(root)
    assert [f.rel_path for f in scanned][:3] == ["10.txt", "9.txt", "A.txt"]
    assert "a/x.txt" in [f.rel_path for f in scanned] and not any("hidden" in f.rel_path for f in scanned)
    assert {f.rel_path: f.path.read_text() for f in scanned}["a/z/deep.html"] == "a/z/deep.html" * 3
    assert {f.rel_path: f.path.read_text() for f in scanned}["link-to-file.txt"] == "b.txt" * 3
    assert [(f.rel_path, f.stat.st_size) for f in scan_input_files(root / "b.txt")] == [("b.txt", 15)]
    assert scan_input_files(tmp_path / "no-such-folder") == []


BODY = "Tính đến nay, toàn tỉnh có 1.427.535 người tham gia BHYT, đạt 93,1% dân số."


@pytest.mark.parametrize("record", [
    {"title": "Tin BHXH", "published_at": "2025-09-12T10:35:00+07:00", "content": BODY},
    {"headline": "Tin BHXH", "date": "12/09/2025 10:35", "text": BODY},
    {"title": {"rendered": "Tin BHXH"}, "date": "2025-09-12T10:35:00", "content": {"rendered": f"<p>{BODY}</p>"}},
    {"title": "Tin BHXH", "pubDate": "2025-09-12 10:35", "article_body": BODY},
])
def test_crawler_records_are_read_under_the_field_names_crawlers_use(record):
    [article] = parse_document("crawl.jsonl", json.dumps(record, ensure_ascii=False).encode())
    assert article.title == "Tin BHXH"
    assert article.published_at == datetime(2025, 9, 12, 10, 35)
    assert article.text[article.body_start:].strip() == BODY


def test_a_file_without_a_date_line_is_dated_by_its_name():
    [article] = parse_document("bhxh-binh-phuoc-2025-03-06.txt", f"BHXH tỉnh tổng kết\n\n{BODY}".encode())
    assert article.published_at == datetime(2025, 3, 6)
    [dated] = parse_document("bhxh-binh-phuoc-2025-03-06.txt", f"Tin\n07/03/2025 08:00\n{BODY}".encode())
    assert dated.published_at == datetime(2025, 3, 7, 8, 0)   # the date line wins
    [undated] = parse_document("bhxh-binh-phuoc.txt", BODY.encode())
    assert undated.published_at is None
    # (a record file's name dates the crawl, not its articles)
    [record] = parse_document("crawl-2025-10-16.jsonl", json.dumps({"content": BODY}).encode())
    assert record.published_at is None



def test_a_lead_paragraph_set_apart_inside_the_article_element_is_kept():
    # A page of the review gold set whose lead ("article-sapo", inside <article>) the generic main-text
    # extraction dropped, with the page's main figure and its date
    page = REPO_ROOT / "samples" / "review" / "review-nghe-an-hon-3-1-trieu-nguoi-tham-gia-bhyt-2024-07-16.html"
    [article] = parse_document(page.name, page.read_bytes())
    assert article.text.count("3.148.062 người tham gia BHYT") == 1


def test_a_crawler_record_s_first_date_that_reads_as_one_and_rss_dates():
    record = {"title": "Tin BHXH", "time": "5 phút đọc", "created_at": "2025-03-07T10:00:00", "content": BODY}
    [article] = parse_document("crawl.jsonl", json.dumps(record, ensure_ascii=False).encode())
    assert article.published_at == datetime(2025, 3, 7, 10, 0)
    record = {"title": "Tin BHXH", "pubDate": "Thu, 06 Mar 2025 09:00:00 +0700", "content": BODY}
    [article] = parse_document("crawl.jsonl", json.dumps(record, ensure_ascii=False).encode())
    assert article.published_at == datetime(2025, 3, 6, 9, 0)


def test_only_a_date_ending_the_file_name_dates_the_article():
    [article] = parse_document("nghi-quyet-2019-11-20-ve-bhxh.txt", f"Tin BHXH\n\n{BODY}".encode())
    assert article.published_at is None


def test_lines_broken_inside_a_sentence_are_joined():
    text = ("Báo cáo\n\n06/03/2025 04:52 PM\n\nTrong 9 tháng, BHXH tỉnh đã giải quyết cho 17.904\nngười hưởng BHXH một "
            "lần; lao động nữ chi-\nếm 63,1% tổng số cán bộ.\n- Tổng thu đạt 1.000 tỷ đồng\n- Nợ đóng 20 tỷ đồng\nẢnh: Hà An")
    [article] = parse_document("a.txt", text.encode())
    assert "cho 17.904 người hưởng" in article.text and "nữ chiếm 63,1%" in article.text
    assert "\n- Tổng thu đạt 1.000 tỷ đồng\n- Nợ đóng 20 tỷ đồng\nẢnh: Hà An" in article.text   # (list items and captions stay)


def test_a_line_broken_before_a_name_that_a_word_at_its_end_needs_is_joined():
    text = ("Báo cáo\n\n06/06/2021 04:52 PM\n\nTheo kết quả chính thức được công bố, cả nước có 151 nữ đại biểu\nQuốc hội "
            "khóa XV, chiếm 30,26% tổng số đại biểu, cao nhất từ trước đến nay.\nTỷ lệ nữ cấp ủy viên của Đảng bộ tỉnh Yên Bái đạt "
            "19,3%, của Đảng bộ tỉnh\nLào Cai đạt 16,4%.\nNăm 2025, tỉnh phấn đấu đạt kết quả cao hơn trong công tác cán bộ nữ\n"
            "Ảnh: Hà An")
    [article] = parse_document("a.txt", text.encode())
    assert "nữ đại biểu Quốc hội khóa XV" in article.text and "Đảng bộ tỉnh Lào Cai" in article.text
    assert "cán bộ nữ\nẢnh: Hà An" in article.text   # (a caption after a line that needs no name stays apart)
    # (nor after one that would: a caption, a source, a sentence opening with its time)
    text = ("Báo cáo\n\n06/06/2021 04:52 PM\n\nBHXH tỉnh tổ chức nhiều buổi tuyên truyền cho người dân tại các thôn bản của xã\n"
            "Ảnh: Hà An\nCông tác phát triển người tham gia được đẩy mạnh ở các xã vùng cao của tỉnh\nNăm 2024, toàn tỉnh có "
            "25.400 người tham gia BHXH tự nguyện.")
    [article] = parse_document("a.txt", text.encode())
    assert "của xã\nẢnh: Hà An" in article.text and "của tỉnh\nNăm 2024" in article.text


def test_a_pages_entities_left_in_saved_text_are_decoded():
    text = "Báo cáo\n\n08/03/2024 04:52 PM\n\nNữ chiếm 35,2&nbsp;% tổng số lãnh đạo; 41,3&#37; ở cấp xã; BHXH &amp; BHYT; A & B."
    [article] = parse_document("a.txt", text.encode())
    assert "35,2 % tổng số" in article.text and "41,3% ở cấp xã" in article.text and "BHXH & BHYT; A & B." in article.text
    # (and in a crawler's plain-text field)
    record = json.dumps({"title": "Tin", "published_at": "2024-03-08", "body": "Nữ chiếm 41,3&#37; tổng số cán bộ."})
    [article] = parse_document("a.jsonl", record.encode())
    assert "41,3% tổng số" in article.text


def test_a_table_laid_out_with_dashes_keeps_its_cells_and_prose_dashes_stay():
    raw = ("Báo cáo kết quả\n18/04/2024 04:52 PM\n\nĐắk Lắk – địa phương có đông đồng bào – đạt kết quả khá.\n\n"
           "TT. Đơn vị – Chỉ tiêu giao năm 2024 (người) – Thực hiện đến 31/3/2024 (người) – Tỷ lệ đạt (%)\n"
           "1. TP. Buôn Ma Thuột – 14,200 – 11,486 – 80.89\n2. TX. Buôn Hồ – 3,150 – 2,377 – 75.46\n")
    [article] = parse_document("bao-cao-2024-04-18.txt", raw.encode())
    assert "1. TP. Buôn Ma Thuột | 14,200 | 11,486 | 80.89\n2. TX. Buôn Hồ | 3,150 | 2,377 | 75.46" in article.text
    assert "Đắk Lắk – địa phương có đông đồng bào – đạt kết quả khá." in article.text   # (one line of prose is no table)


def test_a_table_laid_out_with_tabs_or_runs_of_spaces_keeps_its_cells():
    raw = ("Báo cáo kết quả\n06/03/2025 04:52 PM\n\nBảng 1: Kết quả tham gia BHXH\n"
           "Năm    Số người tham gia BHXH    Tỷ lệ so với LLLĐ (%)\n2019    34.512    10,21\n2020    36.208    10,62\n\n"
           "TT\tĐối tượng\tTổng số\tTrong đó nữ\n1\tCấp tỉnh\t1.856\t712\n\tTổng cộng\t40.363\t25.612\n\n"
           "Họ và tên:   Nguyễn Văn A\nChức vụ:   Giám đốc")
    [article] = parse_document("bao-cao-2025-03-06.txt", raw.encode())
    assert "Năm | Số người tham gia BHXH | Tỷ lệ so với LLLĐ (%)\n2019 | 34.512 | 10,21\n2020 | 36.208 | 10,62" in article.text
    assert "1 | Cấp tỉnh | 1.856 | 712\n– | Tổng cộng | 40.363 | 25.612" in article.text
    # (two cells a line, a label and its value, are no table)
    assert "Họ và tên: Nguyễn Văn A" in article.text


def test_a_social_media_api_s_post_is_an_article():
    raw = ('{"message": "BHXH tỉnh thông tin: Tính đến 31/10/2025, toàn tỉnh có 4.218.530 người tham gia BHYT.", '
           '"created_time": "2025-11-18T09:12:44+0000", "permalink_url": "https://facebook.com/bhxh/posts/1"}\n')
    [article] = parse_document("fanpage-2025-11-20.jsonl", raw.encode())
    assert article.published_at == datetime(2025, 11, 18, 16, 12, 44)
    assert article.url == "https://facebook.com/bhxh/posts/1" and "4.218.530" in article.text


def test_a_text_pasted_together_from_a_broken_source_and_a_sound_one_is_repaired_where_it_is_broken():
    broken = "Tỷ lệ".encode("utf-8").decode("cp1252") + " nữ đại biểu HĐND tỉnh đạt 32,7%, cao " + \
        "hơn".encode("utf-8").decode("cp1252") + " năm 2016."
    text = "Tin HĐND tỉnh\n\n06/03/2025 04:52 PM\n\n" + broken + "\n\nHà Nội là thủ đô – “đúng”, à."
    [article] = parse_document("a.txt", text.encode())
    assert "Tỷ lệ nữ đại biểu HĐND tỉnh đạt 32,7%, cao hơn năm 2016." in article.text
    assert "Hà Nội là thủ đô – “đúng”, à." in article.text   # (sound text is left as it is)


def test_a_line_broken_before_an_abbreviation_in_capitals_is_one_sentence():
    body = ("Báo cáo tình hình thực hiện chính sách BHXH 6 tháng đầu năm 2025 của tỉnh gửi các cơ quan liên quan\n"
            "06/07/2025\n\nTính đến 30/6/2025, toàn tỉnh có 452.318 người tham gia\nBHTN, chiếm 44,2% lực lượng lao động "
            "trong độ tuổi, tăng\nso với cùng kỳ năm trước; số người tham gia BHXH bắt buộc là 520.100 người.\n")
    [article] = parse_document("x.txt", body.encode())
    assert "452.318 người tham gia BHTN, chiếm 44,2%" in article.text


def test_a_syllable_split_by_a_hyphen_is_joined_however_short_the_lines():
    [article] = parse_document("x.txt", "Chi trả trợ cấp thất ngh-\niệp cho 14.216 người.\n".encode())
    assert "thất nghiệp cho 14.216 người" in article.text
