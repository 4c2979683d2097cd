"""Tables, as saved pages give them ("cell | cell" rows), read as the sentences of their rows."""

from datetime import datetime

from chiso.documents import make_article, parse_document
from chiso.extraction import extract
from chiso.extraction.tables import find_tables, rewrite_tables

PAGE = """<html><head><title>BHXH tỉnh Quảng Nam: kết quả 9 tháng</title></head><body>
<article class="article-content">
<p>Tính đến ngày 30/9/2024, toàn tỉnh có 1.380.217 người tham gia BHYT, tỷ lệ bao phủ đạt 91,25% dân số.</p>
<table><caption>Tỷ lệ bao phủ BHYT một số địa phương (tính đến 30/9/2024)</caption>
<tr><th>Địa phương</th><th>Số người tham gia BHYT (người)</th><th>Tỷ lệ bao phủ (%)</th><th>Tăng (+)/giảm (-) so với cùng kỳ (điểm %)</th></tr>
<tr><td>TP Tam Kỳ</td><td>118.402</td><td>95,12</td><td>+0,8</td></tr>
<tr><td>Huyện Nam Trà My</td><td>31.905</td><td>99,6</td><td>0</td></tr>
<tr><td>Toàn tỉnh</td><td>1.380.217</td><td>91,25</td><td>+0,54</td></tr>
</table>
<p>Nguồn: BHXH tỉnh Quảng Nam. Các địa phương tiếp tục rà soát đối tượng chưa tham gia BHYT trong quý IV.</p>
</article></body></html>"""


def test_a_page_s_table_is_read_row_by_row_with_its_caption_s_period():
    [article] = parse_document("bhxh-quang-nam-2024-10-08.html", PAGE.encode())
    found = [o for o in extract(article) if o.kind != "derived"]
    rows = {(o.indicator, o.value, o.area, o.period) for o in found}
    assert {("hi_participants", 118402, "Tam Kỳ", "2024-09-30"), ("hi_coverage_rate", 95.12, "Tam Kỳ", "2024-09-30"),
            ("hi_participants", 31905, "Nam Trà My", "2024-09-30"), ("hi_coverage_rate", 99.6, "Nam Trà My", "2024-09-30")} <= rows
    # the changes column is a change; the whole province's row is the figure of the text above it, once
    assert not any(o.value in (0.8, 0.54) for o in found)
    assert sum(o.value == 1380217 for o in found) == 1
    # every figure points at its cell, and its sentence is its row
    tam_ky = [o for o in found if o.area == "Tam Kỳ"]
    assert [article.text[o.start:o.end] for o in tam_ky] == ["118.402", "95,12"]
    assert {o.sentence for o in tam_ky} == {"TP Tam Kỳ | 118.402 | 95,12 | +0,8"}


def test_a_table_of_women_leaders_with_a_row_number_column():
    body = ("Số lượng, tỷ lệ nữ lãnh đạo, quản lý tại một số sở (đến 30/9/2025)\n\n"
            "STT | Đơn vị | Tổng số lãnh đạo, quản lý | Trong đó nữ | Tỷ lệ nữ (%)\n\n"
            "1 | Sở Y tế | 42 | 15 | 35,7\n\n2 | Sở Xây dựng | 40 | 5 | 12,5\n\nCác sở cần quan tâm đào tạo cán bộ nữ.")
    article = make_article("t.txt", "Lâm Đồng: kết quả 9 tháng", body, datetime(2025, 10, 14))
    found = {(o.indicator, o.value, o.organization) for o in extract(article) if o.kind != "derived"}
    assert found == {("women_leader_count", 15, "Sở Y tế"), ("women_leader_share", 35.7, "Sở Y tế"),
                     ("women_leader_count", 5, "Sở Xây dựng"), ("women_leader_share", 12.5, "Sở Xây dựng")}


def test_rows_without_figures_and_lines_without_cells_are_no_table():
    assert find_tables("Tin tức | Thời sự | Thể thao\n\nBài viết thường, 12 người.") == []
    assert find_tables("Không có bảng nào, 1.200 người tham gia BHXH.") == []


def test_the_rewritten_text_maps_back_to_the_original():
    text = "Mở đầu 2024.\n\nĐịa phương | Số người (người)\n\nXã A | 1.200\n\nKết thúc 7 người."
    [table] = find_tables(text)
    assert table.headings == ("Địa phương", "Số người (người)")
    rewritten, original = rewrite_tables(text, [table])
    assert rewritten == "Mở đầu 2024.\n\nXã A: Số người là 1.200 người. \n\nKết thúc 7 người."
    at = rewritten.index("1.200")
    assert original.span(at, at + 5) == (text.index("1.200"), text.index("1.200") + 5)
    assert original.row(at) == (text.index("Xã A"), text.index("1.200") + 5)
    after = rewritten.index("7 người")
    assert original.span(after, after + 1) == (text.index("7 người"), text.index("7 người") + 1)
    assert original.row(after) is None
    assert original.span(rewritten.index("Số người là"), rewritten.index("Số người là") + 3) is None


def _table_pairs(title, body):
    return {(o.indicator, o.value, o.kind, o.province, o.period)
            for o in extract(make_article("t.txt", title, body, datetime(2025, 3, 6))) if o.kind != "derived"}


def test_a_table_of_plan_and_result_rows():
    body = ("Kết quả thực hiện một số chỉ tiêu năm 2024:\n\nChỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ (%)\n\n"
            "Tổng thu (tỷ đồng) | 8.410 | 8.528 | 101,4\n\nBHXH tự nguyện (người) | 62.000 | 58.930 | 95,0\n\nNguồn: BHXH tỉnh.")
    assert _table_pairs("BHXH tỉnh Long An: kết quả năm 2024", body) == {
        ("insurance_revenue", 8410e9, "target", "Long An", "2024"), ("insurance_revenue", 8528e9, "actual", "Long An", "2024"),
        ("plan_completion_rate", 101.4, "actual", "Long An", "2024"),
        ("si_voluntary_participants", 62000, "target", "Long An", "2024"),
        ("si_voluntary_participants", 58930, "actual", "Long An", "2024"),
        ("plan_completion_rate", 95.0, "actual", "Long An", "2024")}


def test_a_table_by_year_with_the_units_in_its_row_labels():
    body = ("Kết quả qua các năm:\n\nChỉ tiêu | Năm 2023 | Năm 2024\n\nSố người tham gia BHXH tự nguyện (người) | 30.100 | 35.600"
            "\n\nTỷ lệ bao phủ BHYT (%) | 91,9 | 93,1\n\nNguồn: BHXH tỉnh.")
    found = {(code, value, period) for code, value, _kind, _province, period in _table_pairs("BHXH tỉnh Nghệ An", body)}
    assert found == {("si_voluntary_participants", 30100, "2023"), ("si_voluntary_participants", 35600, "2024"),
                     ("hi_coverage_rate", 91.9, "2023"), ("hi_coverage_rate", 93.1, "2024")}


def test_a_generic_heading_takes_the_caption_s_measure_and_the_country_s_row_is_the_country_s():
    body = ("Tỷ lệ bao phủ BHYT (tính đến 31/12/2024):\n\nĐịa phương | Tỷ lệ (%)\n\nNghệ An | 95,1\n\nHà Tĩnh | 94,2\n\n"
            "Toàn quốc | 93,35\n\nNguồn: BHXH Việt Nam.")
    assert {(code, value, province) for code, value, _k, province, _p in _table_pairs("Bao phủ BHYT một số tỉnh", body)} == {
        ("hi_coverage_rate", 95.1, "Nghệ An"), ("hi_coverage_rate", 94.2, "Hà Tĩnh"), ("hi_coverage_rate", 93.35, "Việt Nam")}


def test_rows_labelled_by_terms_and_a_caption_s_term_are_the_rows_periods():
    text = ("Hội thảo chuẩn bị cho cuộc bầu cử nhiệm kỳ 2026 - 2031.\n\n"
            "Bảng 1. Nữ đại biểu HĐND tỉnh qua các nhiệm kỳ\n\n"
            "Nhiệm kỳ | Tổng số đại biểu | Đại biểu nữ | Tỷ lệ (%)\n\n2011 - 2016 | 93 | 24 | 25,8\n\n2016 - 2021 | 95 | 27 | 28,4\n\n"
            "Bảng 2. Nữ đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026\n\n"
            "Cấp | Số đại biểu nữ | Tỷ lệ (%)\n\nCấp huyện | 312 | 31,4\n\nCấp xã | 4.215 | 26,9")
    found = [o for o in extract(make_article("t.txt", "Nâng cao tỷ lệ nữ đại biểu dân cử tỉnh Thanh Hóa", text,
                                             datetime(2025, 3, 5))) if o.kind != "derived"]
    assert {(o.value, o.kind, o.period) for o in found} == {
        (24, "actual", "2011/2016"), (25.8, "actual", "2011/2016"), (27, "actual", "2016/2021"), (28.4, "actual", "2016/2021"),
        (312, "actual", "2021/2026"), (31.4, "actual", "2021/2026"), (4215, "actual", "2021/2026"), (26.9, "actual", "2021/2026")}


def test_a_caption_s_unit_and_time_are_the_rows_and_a_plan_s_year_is_the_plan_s():
    text = ("Kết quả thu 6 tháng đầu năm 2025 của một số địa phương (đơn vị: tỷ đồng)\n\n"
            "STT | BHXH tỉnh, thành phố | Số thu | Kế hoạch giao năm 2025 | Số nợ\n\n1 | Bắc Ninh | 3.452 | 6.380 | 62\n\n"
            "2 | Hà Nam | 1.021 | 1.930 | 18")
    found = [o for o in extract(make_article("t.txt", "Kết quả thu BHXH 6 tháng đầu năm 2025", text, datetime(2025, 7, 8)))
             if o.kind != "derived"]
    assert {(o.indicator, o.value, o.kind, o.province, o.period) for o in found} == {
        ("insurance_revenue", 3452e9, "actual", "Bắc Ninh", "2025-H1"), ("insurance_revenue", 6380e9, "target", "Bắc Ninh", "2025-H1"),
        ("contribution_arrears", 62e9, "actual", "Bắc Ninh", "2025-H1"),
        ("insurance_revenue", 1021e9, "actual", "Hà Nam", "2025-H1"), ("insurance_revenue", 1930e9, "target", "Hà Nam", "2025-H1"),
        ("contribution_arrears", 18e9, "actual", "Hà Nam", "2025-H1")}


def test_a_report_s_table_laid_out_with_runs_of_spaces_is_read_row_by_row():
    raw = ("Báo cáo sơ kết Nghị quyết 28\n20/05/2024 08:00 AM\n\nBảng 1: Kết quả tham gia BHXH tỉnh Kon Tum giai đoạn 2019 - 2023\n"
           "Năm    Số người tham gia BHXH    Tỷ lệ so với LLLĐ trong độ tuổi (%)\n2019    34.512    10,21\n2020    36.208    10,62\n")
    [article] = parse_document("bao-cao-kon-tum-2024-05-20.txt", raw.encode())
    found = {(o.indicator, o.value, o.period) for o in extract(article) if o.kind != "derived"}
    assert found == {("si_participants", 34512, "2019"), ("si_coverage_rate", 10.21, "2019"),
                     ("si_participants", 36208, "2020"), ("si_coverage_rate", 10.62, "2020")}


def test_a_total_beside_its_women_is_the_row_s_whole_and_a_dash_marks_the_total_row_s_number():
    raw = ("Thống kê cán bộ nữ\n04/03/2025 08:00 AM\n\nBảng 1. Số lượng, tỷ lệ nữ trong đội ngũ cán bộ, công chức (tính đến 31/12/2024)\n"
           "TT\tĐối tượng\tTổng số\tTrong đó nữ\tTỷ lệ nữ (%)\n1\tCán bộ, công chức cấp tỉnh\t1.856\t712\t38,36\n"
           "\tTổng cộng\t7.726\t2.646\t34,25\n")
    [article] = parse_document("so-noi-vu-2025-03-04.txt", raw.encode())
    found = {(o.indicator, o.value) for o in extract(article) if o.kind != "derived"}
    assert {("women_staff_count", 712), ("women_staff_share", 38.36)} <= found
    # (the totals are no women's figures, and the dash row is no row "–")
    assert not {value for _code, value in found} & {1856, 1.856, 7726, 7.726}


def test_a_cell_s_own_percent_outweighs_the_unit_of_its_row():
    body = ("Kết quả thực hiện một số chỉ tiêu chủ yếu năm 2022:\n\nChỉ tiêu | Kế hoạch giao | Thực hiện | Tỷ lệ so với KH\n\n"
            "Số người tham gia BHXH bắt buộc (người) | 332.500 | 335.127 | 100,8%\n\nNguồn: BHXH tỉnh.")
    assert _table_pairs("BHXH tỉnh Hải Dương: kết quả năm 2022", body) == {
        ("si_compulsory_participants", 332500, "target", "Hải Dương", "2022"),
        ("si_compulsory_participants", 335127, "actual", "Hải Dương", "2022"),
        ("plan_completion_rate", 100.8, "actual", "Hải Dương", "2022")}


ELECTION_PAGE = """<html><head><title>Hà Tĩnh công bố kết quả bầu cử HĐND các cấp</title></head><body>
<article class="article-content">
<p>Ngày 4/6/2021, Ủy ban bầu cử tỉnh công bố kết quả bầu cử đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026.</p>
<table border="1">
<tr><td rowspan="2">Cấp HĐND</td><td colspan="3">Người ứng cử</td><td colspan="3">Đại biểu trúng cử</td></tr>
<tr><td>Tổng số</td><td>Nữ</td><td>Tỷ lệ nữ (%)</td><td>Tổng số</td><td>Nữ</td><td>Tỷ lệ nữ (%)</td></tr>
<tr><td>HĐND cấp huyện</td><td>578</td><td>204</td><td>35,29</td><td>348</td><td>105</td><td>30,17</td></tr>
<tr><td>HĐND cấp xã</td><td>7.152</td><td>2.091</td><td>29,24</td><td>4.312</td><td>1.142</td><td>26,48</td></tr>
</table>
<p>Các địa phương chuẩn bị kỳ họp thứ nhất của HĐND các cấp.</p>
</article></body></html>"""


def test_headings_merged_over_several_columns_name_each_column_under_them():
    [article] = parse_document("ha-tinh-bau-cu-2021-06-04.html", ELECTION_PAGE.encode())
    found = {(o.indicator, o.value) for o in extract(article) if o.kind != "derived"}
    assert found == {("women_candidate_count", 204), ("women_candidate_share", 35.29),
                     ("women_deputy_count", 105), ("women_deputy_share", 30.17),
                     ("women_candidate_count", 2091), ("women_candidate_share", 29.24),
                     ("women_deputy_count", 1142), ("women_deputy_share", 26.48)}


def test_a_unit_column_gives_each_row_its_unit():
    body = ("Bảng 1: Tình hình nợ đóng BHXH, BHYT, BHTN trên địa bàn tỉnh\n\n"
            "Chỉ tiêu | ĐVT | Năm 2023 | Năm 2024\n\nSố tiền chậm đóng | Tỷ đồng | 245,3 | 219,8\n\n"
            "Tỷ lệ bao phủ BHYT | % | 92,6 | 94,3\n\nSố người tham gia BHXH | Người | 396.512 | 421.877\n\nNguồn: BHXH tỉnh.")
    found = {(o.indicator, o.value, o.period) for o in extract(make_article("t.txt", "BHXH tỉnh Long An", body,
                                                                              datetime(2025, 2, 14)))
             if o.kind != "derived"}
    assert found == {("contribution_arrears", 245.3e9, "2023"), ("contribution_arrears", 219.8e9, "2024"),
                     ("hi_coverage_rate", 92.6, "2023"), ("hi_coverage_rate", 94.3, "2024"),
                     ("si_participants", 396512, "2023"), ("si_participants", 421877, "2024")}


def test_a_plan_s_table_of_places_takes_its_measure_from_the_caption():
    body = ("Kết quả thực hiện kế hoạch thu năm 2024 của một số đơn vị (Đơn vị: triệu đồng)\n\n"
            "TT | Đơn vị | Kế hoạch giao | Thực hiện | Tỷ lệ so với KH (%)\n\n"
            "1 | BHXH thị xã An Nhơn | 412.370 | 418.902 | 101,58\n\n2 | BHXH huyện Tuy Phước | 286.145 | 289.004 | 101,00\n\n"
            "Các đơn vị tiếp tục đôn đốc thu nợ.")
    article = make_article("t.txt", "BHXH tỉnh Bình Định", body, datetime(2025, 1, 10))
    found = [o for o in extract(article) if o.kind != "derived"]
    assert {(o.indicator, o.value, o.kind) for o in found} == {
        ("insurance_revenue", 412.37e9, "target"), ("insurance_revenue", 418.902e9, "actual"), ("plan_completion_rate", 101.58, "actual"),
        ("insurance_revenue", 286.145e9, "target"), ("insurance_revenue", 289.004e9, "actual"), ("plan_completion_rate", 101.0, "actual")}
    # (each figure still points at its own cell)
    assert {article.text[o.start:o.end] for o in found if o.area == "An Nhơn"} == {"412.370", "418.902", "101,58"}


def test_a_schemes_people_split_by_sex_under_a_title_and_a_unit_line():
    from datetime import datetime

    from chiso.documents import make_article
    from chiso.extraction import extract

    body = ("Số người tham gia BHXH tự nguyện chia theo giới tính\nĐơn vị tính: Người\n\n"
            "Năm | Tổng số | Nam | Nữ | Tỷ lệ nữ (%)\n2021 | 35.217 | 13.802 | 21.415 | 60,81\n2022 | 38.604 | 14.790 | 23.814 | 61,69")
    found = [(o.indicator, o.value, o.period) for o in extract(make_article("t.txt", "BHXH tỉnh Thái Bình", body,
                                                                              datetime(2024, 10, 5))) if o.kind != "derived"]
    # (the total is the scheme's; its men and women are no catalogue figures)
    assert found == [("si_voluntary_participants", 35217, "2021"), ("si_voluntary_participants", 38604, "2022")]


def _file_observations(name: str, text: str, *fields: str) -> list[tuple]:
    """The observations (not derived) of a text file read as the landing folder reads it."""
    from chiso.documents import parse_document
    from chiso.extraction import extract

    [article] = parse_document(name, text.encode())
    return [tuple(getattr(o, f) for f in fields) for o in extract(article) if o.kind != "derived"]


def test_a_wrapped_heading_women_of_the_captions_staff_and_the_sectors_whole():
    text = ("BHXH Nghệ An: nữ viên chức là lực lượng nòng cốt\n08/03/2024 09:00 AM\n\n"
            "Cơ cấu công chức, viên chức, người lao động theo giới tính tại một số đơn vị\n\n"
            "Đơn vị                         Tổng số     Nữ    Tỷ lệ nữ (%)    Trong đó: lãnh đạo,\n"
            "                                                                 quản lý là nữ\n"
            "Văn phòng BHXH tỉnh               142       79        55,63             11\n"
            "Toàn ngành                        612      354        57,84             41\n")
    assert _file_observations("bhxh-nghe-an-2024-03-08.txt", text, "indicator", "value", "province") == [("women_staff_count", 79, "Nghệ An"), ("women_staff_share", 55.63, "Nghệ An"),
                     ("women_leader_count", 11, "Nghệ An"), ("women_staff_count", 354, "Nghệ An"),
                     ("women_staff_share", 57.84, "Nghệ An"), ("women_leader_count", 41, "Nghệ An")]


def test_a_yearbook_table_with_parts_notes_wrapped_labels_and_units_in_captions():
    text = ("Số liệu người tham gia BHXH, BHYT giai đoạn 2022-2024\n20/02/2025 08:00 AM\n\n"
            "Bảng 1. Số người tham gia BHXH\n                                  Đơn vị tính: Nghìn người\n"
            "Chỉ tiêu                          2023        2024(*)\n"
            "1. Tham gia BHXH               18.260,0      19.426,3\n"
            "   - BHXH bắt buộc             16.440,1      17.106,5\n\n"
            "Bảng 2. Tỷ lệ bao phủ\n                                  Đơn vị tính: %\n"
            "Chỉ tiêu                                        2023    2024(*)\n"
            "Tỷ lệ tham gia BHXH so với lực lượng lao\nđộng trong độ tuổi                             39,25     42,73\n"
            "Tỷ lệ bao phủ BHYT so với dân số               93,35     94,29\n\n"
            "Bảng 3. Chỉ số phát triển số người tham gia (năm trước = 100)\n                                  Đơn vị tính: %\n"
            "Chỉ tiêu                          2023          2024\n"
            "BHXH tự nguyện                  118,78        126,02\n"
            "BHYT                            102,43        100,96\n\n"
            "(*) Số liệu năm 2024 là số ước thực hiện.\n\n"
            "Năm 2024, cả nước có 19,43 triệu người tham gia BHXH.\n")
    # (the year with its note is the year; a part's row is its own; an index is no level; the prose's rounded
    # restatement is the table's figure)
    assert _file_observations("so-lieu-2025-02-20.txt", text, "indicator", "value", "period") == [("si_participants", 18260000, "2023"), ("si_participants", 19426300, "2024"),
                     ("si_compulsory_participants", 16440100, "2023"), ("si_compulsory_participants", 17106500, "2024"),
                     ("si_coverage_rate", 39.25, "2023"), ("si_coverage_rate", 42.73, "2024"),
                     ("hi_coverage_rate", 93.35, "2023"), ("hi_coverage_rate", 94.29, "2024")]


def test_a_table_of_indices_gives_no_figures():
    text = ("Chỉ số phát triển\n20/02/2025 08:00 AM\n\n"
            "Bảng 3. Chỉ số phát triển số người tham gia (năm trước = 100)\n"
            "Chỉ tiêu                          2023          2024\n"
            "BHXH tự nguyện                  118           126\n"
            "BHYT                            102           101\n")
    assert _file_observations("chi-so-2025-02-20.txt", text, "indicator", "value") == []


def _found(body: str, title: str = "Tin tức tỉnh Thái Bình") -> list:
    [article] = parse_document("t.txt", f"{title}\n15/07/2022 09:00 AM\n\n{body}".encode())   # (a pasted table's tabs too)
    return [(o.indicator, o.value) for o in extract(article) if o.kind != "derived"]


def test_a_yearbook_table_of_deputies_by_sex_under_its_caption_with_spaced_thousands():
    body = ("Biểu 18. Số đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 - 2026 phân theo giới tính\n"
            "Đơn vị tính: Người; %\n\nCấp\tTổng số\tNam\tNữ\tTỷ lệ nữ (%)\nHĐND tỉnh\t65\t44\t21\t32,31\n"
            "HĐND cấp xã\t6 812\t4 915\t1 897\t27,85\n")
    assert set(_found(body)) >= {("women_deputy_count", 21), ("women_deputy_share", 32.31),
                                 ("women_deputy_count", 1897), ("women_deputy_share", 27.85)}


def test_a_completion_column_and_a_closing_border():
    body = ("Kết quả thực hiện các chỉ tiêu năm 2024:\n\n| Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ hoàn thành (%) |\n"
            "| Số người tham gia BHXH | 432.500 | 441.286 | 102,03 |\n")
    assert ("plan_completion_rate", 102.03) in _found(body)


def test_women_of_a_table_of_a_sectors_units_are_the_staff_the_text_above_names():
    body = ("Toàn ngành y tế tỉnh có 5.426 cán bộ, viên chức, người lao động, trong đó nữ 3.684 người.\n\n"
            "Số liệu tại một số đơn vị:\n\n| Đơn vị | Tổng số | Nữ | Tỷ lệ nữ (%) |\n"
            "| Bệnh viện Đa khoa tỉnh | 1.046 | 738 | 70,6 |\n| Trung tâm Y tế huyện Vũ Thư | 356 | 248 | 69,7 |\n")
    assert set(_found(body)) >= {("women_staff_count", 738), ("women_staff_share", 70.6), ("women_staff_count", 248)}
    # (not when the rows name a body of their own: its members, whatever the text above said)
    body = ("Toàn tỉnh có 5.426 cán bộ, công chức.\n\n| Đơn vị | Tổng số | Nữ | Tỷ lệ nữ (%) |\n"
            "| Ban Chấp hành Đảng bộ tỉnh | 53 | 8 | 15,09 |\n")
    assert ("women_staff_count", 8) not in _found(body)


def test_a_bare_women_column_under_a_caption_of_its_own_measure_is_no_staff():
    body = ("Năm 2024, các cán bộ y tế của tỉnh đã khám chữa bệnh BHYT cho hơn 1,2 triệu lượt người.\n\n"
            "Số lượt khám chữa bệnh BHYT tại một số bệnh viện:\n\n| Bệnh viện | Tổng số | Nữ |\n"
            "| Bệnh viện Đa khoa tỉnh | 412.500 | 221.300 |\n")
    assert ("women_staff_count", 221300) not in _found(body)
