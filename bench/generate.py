"""Generate a reproducible corpus of realistic synthetic articles for benchmarks.

Each article is a seed-format text file (title, dateline, body) drawn from templates of both
themes, with random provinces (all 63 before the merger, all 34 after), dates and number styles,
padded with the kind of prose real articles carry around their figures. A province's figure for
a period is the same in every article that reports it (only its written form varies), as in the
press: contradictions between articles stay the exception they are. Insurance reports cover the
last reporting period (6 months, 9 months, the year) and count to its last day. The figures
without a date of their own ("Trong kỳ", revenue) then take the year as their period, as the
catalogue's period formats allow, so a province's 9-month and whole-year reports still
contradict each other there: about 4% of the observations are conflicts (20% before session 4,
when every article drew its own as-of date). The same seed gives the same files.

    python bench/generate.py OUT_DIR --count 1000 [--seed 7] [--paragraphs 6]
"""

from __future__ import annotations

import argparse
import random
from datetime import datetime, timedelta
from pathlib import Path

# Vietnam's 63 provinces and centrally-run cities before the merger of 2025-07-01, and its 34 after.
PROVINCES_PRE_2025 = [
    "An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre", "Bình Dương",
    "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Đắk Lắk", "Đắk Nông",
    "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương",
    "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu",
    "Lạng Sơn", "Lào Cai", "Lâm Đồng", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ",
    "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La",
    "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "Hồ Chí Minh",
    "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái"]
PROVINCES_CURRENT = [
    "Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An",
    "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên",
    "Hải Phòng", "Ninh Bình", "Quảng Trị", "Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng",
    "Đắk Lắk", "Hồ Chí Minh", "Đồng Nai", "Tây Ninh", "Cần Thơ", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang"]
CITIES = {"Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Hồ Chí Minh", "Huế"}
MERGER = datetime(2025, 7, 1)

FILLER = [
    "Xác định công tác an sinh xã hội là nhiệm vụ trọng tâm, thời gian qua các cấp ủy, chính quyền địa phương "
    "đã tập trung lãnh đạo, chỉ đạo quyết liệt, triển khai nhiều giải pháp đồng bộ, thiết thực.",
    "Công tác tuyên truyền được đổi mới về nội dung và hình thức, phối hợp chặt chẽ với Bưu điện, các tổ chức "
    "dịch vụ thu và chính quyền cơ sở để vận động người dân tham gia.",
    "Bên cạnh kết quả đạt được, công tác này vẫn còn một số khó khăn, hạn chế như nhận thức của một bộ phận "
    "người dân chưa đầy đủ, thu nhập còn thấp và chưa ổn định.",
    "Thực hiện Kế hoạch số {doc}/KH-UBND ngày {d}/{m}/{y}, các sở, ngành đã chủ động phối hợp, tổ chức nhiều "
    "hội nghị đối thoại, tập huấn cho đội ngũ cán bộ cơ sở; mọi thắc mắc xin liên hệ đường dây nóng 1900 9068.",
    "Ban Vì sự tiến bộ của phụ nữ thường xuyên được kiện toàn, bám sát các chương trình, kế hoạch của cấp trên, "
    "hưởng ứng Tháng hành động vì bình đẳng giới và kỷ niệm Ngày Quốc tế Phụ nữ 8/3.",
]


def _place(province: str) -> str:
    """How an article names the unit: "tỉnh Nghệ An", "thành phố Hải Phòng"."""
    return f"thành phố {province}" if province in CITIES else f"tỉnh {province}"


def _fact(province: str, statement: str, period: str) -> random.Random:
    """The source of one province's figures for one period: every article that reports them
    gets the same values (only the way they are written differs), as the press does."""
    return random.Random(f"{province}|{statement}|{period}")


def _count(rng: random.Random, low: int, high: int, style_rng: random.Random | None = None) -> str:
    value = rng.randint(low, high)
    style = (style_rng or rng).random()
    if style < 0.6:
        return f"{value:,}".replace(",", ".")  # 1.427.535
    if style < 0.8:
        return f"{value:,}"  # 1,427,535
    return str(value)


def _share(rng: random.Random, low: float = 5, high: float = 99, style_rng: random.Random | None = None) -> str:
    value = round(rng.uniform(low, high), rng.choice([1, 2]))
    return (f"{value}".replace(".", ",") if (style_rng or rng).random() < 0.8 else f"{value}") + "%"


def _money(rng: random.Random, style_rng: random.Random | None = None) -> str:
    if rng.random() < 0.5:
        return f"{_count(rng, 100, 9_000, style_rng)} tỷ đồng"
    return f"{round(rng.uniform(1, 99), 1)}".replace(".", ",") + " tỷ đồng"


def _as_of(rng: random.Random, when: datetime) -> datetime:
    """The day a report's figures are counted to: a day in the weeks before publication."""
    return when - timedelta(days=rng.randint(1, 60))


def _reporting_period(when: datetime) -> tuple[str, datetime]:
    """The last reporting period ended before publication, as titles name it, and its last day:
    insurance agencies report on the first 6 months, the first 9 months and the whole year."""
    ends = [(f"năm {when.year - 1}", datetime(when.year - 1, 12, 31)),
            (f"6 tháng {when.year}", datetime(when.year, 6, 30)), (f"9 tháng {when.year}", datetime(when.year, 9, 30))]
    return max((end for end in ends if end[1] < when), key=lambda end: end[1])


def _insurance(rng: random.Random, province: str, when: datetime) -> tuple[str, list[str]]:
    # A report covers a reporting period and counts its figures to the period's last day, so every
    # article on the same province and period states the same figures.
    period, as_of = _reporting_period(when)
    day = f"{as_of.day}/{as_of.month}/{as_of.year}"
    fact = _fact(province, "insurance", period)
    place = _place(province)
    title = f"BHXH {place}: kết quả thực hiện nhiệm vụ {period}"
    body = [
        f"Tính đến ngày {day}, toàn {place.split()[0]} {province} có {_count(fact, 20_000, 2_000_000, rng)} người tham gia BHYT, "
        f"đạt tỷ lệ bao phủ {_share(fact, 80, 99, rng)} dân số; số người tham gia BHXH bắt buộc là "
        f"{_count(fact, 10_000, 400_000, rng)} người, BHXH tự nguyện là {_count(fact, 1_000, 90_000, rng)} người, "
        f"tăng {_share(fact, 1, 30, rng)} so với cùng kỳ.",
        f"Tổng số thu BHXH, BHYT, BHTN đạt {_money(fact, rng)}, đạt {_share(fact, 40, 105, rng)} kế hoạch được giao. "
        f"Số nợ đóng BHXH, BHYT, BHTN là {_money(fact, rng)}, chiếm {_share(fact, 1, 9, rng)} số phải thu.",
        f"Trong kỳ, BHXH {place} đã giải quyết cho {_count(fact, 500, 90_000, rng)} người hưởng các chế độ BHXH, "
        f"chi trả {_money(fact, rng)}; phục vụ {_count(fact, 10_000, 3_000_000, rng)} lượt khám chữa bệnh BHYT.",
    ]
    return title, body


def _gender(rng: random.Random, province: str, when: datetime) -> tuple[str, list[str]]:
    as_of = _as_of(rng, when)
    day = f"{as_of.day}/{as_of.month}/{as_of.year}"
    staff, party, council = (_fact(province, "staff", day), _fact(province, "party", "2020-2025"),
                             _fact(province, "council", "2021-2026"))
    women = staff.randint(20, 900)
    total = women + staff.randint(10, 900)
    place = _place(province)
    title = f"{'TP. ' if province == 'Hồ Chí Minh' else ''}{province} nâng cao tỷ lệ cán bộ nữ tham gia lãnh đạo, quản lý"
    # "Trong đó" (of whom) follows the total it is part of, in the same paragraph, as in the press.
    body = [
        f"Tính đến ngày {day}, toàn {place.split()[0]} {province} có {_count(staff, 1_000, 30_000, rng)} nữ cán bộ, "
        f"công chức, viên chức, chiếm tỷ lệ {_share(staff, 30, 70, rng)} trên tổng số cán bộ, công chức, viên chức. "
        f"Trong đó, có {women}/{total} nữ giữ chức vụ lãnh đạo, quản lý ({round(100 * women / total, 1)}%).",
        f"Nhiệm kỳ 2020-2025, có {party.randint(5, 20)} nữ tham gia Ban Chấp hành Đảng bộ {place.split()[0]}, "
        f"chiếm {_share(party, 5, 30, rng)}.",
        f"Tại cuộc bầu cử đại biểu HĐND {place.split()[0]} nhiệm kỳ 2021-2026, có {council.randint(10, 40)} đại biểu nữ "
        f"trúng cử, chiếm tỷ lệ {_share(council, 15, 45, rng)}; phấn đấu đến năm 2030 tỷ lệ nữ đại biểu đạt trên 35%.",
    ]
    return title, body


def generate(out_dir: Path, count: int, seed: int = 7, paragraphs: int = 6) -> list[Path]:
    rng = random.Random(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    start = datetime(2023, 1, 1)
    written = []
    for index in range(count):
        when = start + timedelta(minutes=rng.randint(0, 60 * 24 * 365 * 3))
        province = rng.choice(PROVINCES_CURRENT if when >= MERGER else PROVINCES_PRE_2025)
        title, figures = (_insurance if rng.random() < 0.55 else _gender)(rng, province, when)
        filler = [rng.choice(FILLER).format(doc=rng.randint(10, 999), d=rng.randint(1, 28), m=rng.randint(1, 12),
                                            y=when.year - 1) for _ in range(max(0, paragraphs - len(figures)))]
        body = figures + filler
        rng.shuffle(body)
        text = f"{title}\n\n{when:%d/%m/%Y %I:%M %p}\n\n\n" + "\n\n".join(body) + "\n"
        path = out_dir / f"bench-{index:06d}-{when:%Y-%m-%d}.txt"
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--paragraphs", type=int, default=6)
    args = parser.parse_args()
    files = generate(args.out_dir, args.count, args.seed, args.paragraphs)
    print(f"wrote {len(files)} articles to {args.out_dir}")


if __name__ == "__main__":
    main()
