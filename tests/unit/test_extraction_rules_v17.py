"""Rules added in extractor 1.7.0, each on a small inline text written for the test.

They came from six more blind reviews (Southern papers' number styles, arrears in depth, benefits and payments,
plans and mid-term reviews, human-interest features, Việt Nam in international reports), as those of 1.6.0 did: new
articles annotated by hand from the catalogue's rules before the extractor was run on them; these sentences are new
ones of the same kinds. Guard tests ("… still …", "… not …") say what a rule must leave alone."""

from datetime import datetime

from chiso.documents import make_article
from chiso.extraction import EXTRACTOR_VERSION, extract

PUB = datetime(2025, 3, 6, 9, 0)
BHXH_TITLE = "BHXH tỉnh Thanh Hóa tổng kết năm"


def obs(body, title="Tin tức tỉnh Thanh Hóa", published=PUB):
    return [o for o in extract(make_article("t.txt", title, body, published)) if o.kind != "derived"]


def found(body, *fields, **kw):
    return [tuple(getattr(o, f) for f in fields) for o in obs(body, **kw)]


def test_version():
    assert EXTRACTOR_VERSION == "1.7.0"


def test_survivors_and_veterans_are_people():
    assert found("Năm 2024, toàn tỉnh có 2.156 thân nhân hưởng trợ cấp tuất hằng tháng.", "indicator", "value",
                 title=BHXH_TITLE) == [("benefit_recipients", 2156)]


def test_people_visits_and_cards_come_whole():
    # (a factor in a worked example is no count of people)
    assert found("Ví dụ, lương hưu 8 triệu đồng/tháng, sau điều chỉnh ông nhận 8 triệu đồng x 1,15 = 9,2 triệu đồng/tháng; "
                 "năm 2024 toàn tỉnh có 2,5 người hưởng lương hưu.", "value", title=BHXH_TITLE) == []
    # (still: a scaled count)
    assert found("Năm 2024, toàn tỉnh có 2,5 triệu người hưởng lương hưu.", "value", title=BHXH_TITLE) == [(2.5e6,)]


def test_the_nations_targets_quoted_by_a_local_article_are_national():
    assert found("Nghị quyết 28-NQ/TW đặt mục tiêu đến năm 2025 có khoảng 45% lực lượng lao động trong độ tuổi tham gia "
                 "BHXH, đến năm 2030 khoảng 60%.", "value", "kind", "province", title=BHXH_TITLE) == [
        (45, "target", "Việt Nam"), (60, "target", "Việt Nam")]
    assert found("So với mục tiêu của Nghị quyết số 28-NQ/TW, phấn đấu đến năm 2025 đạt khoảng 45% lực lượng lao động tham "
                 "gia BHXH, tỉnh còn thấp.", "value", "province", title=BHXH_TITLE) == [(45, "Việt Nam")]
    assert found("Chỉ thị 35-CT/TW yêu cầu phấn đấu đạt tỷ lệ cấp ủy viên nữ từ 15% trở lên.", "value", "province") == [
        (15, "Việt Nam")]
    # (not what a province does to carry a resolution out)
    assert found("Năm 2025, thực hiện hiệu quả Nghị quyết số 28-NQ/TW, tỉnh phấn đấu có 45% lực lượng lao động trong độ "
                 "tuổi tham gia BHXH.", "value", "province", title=BHXH_TITLE) == [(45, "Thanh Hóa")]
