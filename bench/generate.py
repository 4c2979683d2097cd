"""Generate a reproducible corpus of realistic synthetic articles for benchmarks.

Each article is a seed-format text file (title, dateline, body) drawn from templates of both
themes, with random provinces, organisations, dates, figures and number styles, padded with
the kind of prose real articles carry around their figures. The same seed gives the same files.

    python bench/generate.py OUT_DIR --count 1000 [--seed 7] [--paragraphs 6]
"""

from __future__ import annotations

import argparse
import random
from datetime import datetime, timedelta
from pathlib import Path

PROVINCES_PRE_2025 = ["Bình Phước", "Nghệ An", "Thanh Hóa", "Quảng Nam", "Đắk Nông", "Bà Rịa - Vũng Tàu",
                      "Hải Dương", "Nam Định", "Kiên Giang", "Lào Cai", "Bắc Giang", "Long An", "Phú Yên"]
PROVINCES_CURRENT = ["Đồng Nai", "Nghệ An", "Thanh Hóa", "Đà Nẵng", "Lâm Đồng", "Thành phố Hồ Chí Minh",
                     "Hải Phòng", "Ninh Bình", "An Giang", "Lào Cai", "Bắc Ninh", "Tây Ninh", "Đắk Lắk"]
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


def _count(rng: random.Random, low: int, high: int) -> str:
    value = rng.randint(low, high)
    style = rng.random()
    if style < 0.6:
        return f"{value:,}".replace(",", ".")  # 1.427.535
    if style < 0.8:
        return f"{value:,}"  # 1,427,535
    return str(value)


def _share(rng: random.Random, low: float = 5, high: float = 99) -> str:
    value = round(rng.uniform(low, high), rng.choice([1, 2]))
    return (f"{value}".replace(".", ",") if rng.random() < 0.8 else f"{value}") + "%"


def _money(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{_count(rng, 100, 9_000)} tỷ đồng"
    return f"{round(rng.uniform(1, 99), 1)}".replace(".", ",") + " tỷ đồng"


def _insurance(rng: random.Random, province: str, when: datetime) -> tuple[str, list[str]]:
    as_of = f"{rng.choice(['31/3', '30/6', '30/9', '31/12'])}/{when.year}"
    title = f"BHXH tỉnh {province}: kết quả thực hiện nhiệm vụ {rng.choice(['6 tháng', '9 tháng', 'năm'])} {when.year}"
    body = [
        f"Tính đến ngày {as_of}, toàn tỉnh {province} có {_count(rng, 20_000, 2_000_000)} người tham gia BHYT, "
        f"đạt tỷ lệ bao phủ {_share(rng, 80, 99)} dân số; số người tham gia BHXH bắt buộc là {_count(rng, 10_000, 400_000)} người, "
        f"BHXH tự nguyện là {_count(rng, 1_000, 90_000)} người, tăng {_share(rng, 1, 30)} so với cùng kỳ.",
        f"Tổng số thu BHXH, BHYT, BHTN đạt {_money(rng)}, đạt {_share(rng, 40, 105)} kế hoạch được giao. "
        f"Số nợ đóng BHXH, BHYT, BHTN là {_money(rng)}, chiếm {_share(rng, 1, 9)} số phải thu.",
        f"Trong kỳ, BHXH tỉnh đã giải quyết cho {_count(rng, 500, 90_000)} người hưởng các chế độ BHXH, "
        f"chi trả {_money(rng)}; phục vụ {_count(rng, 10_000, 3_000_000)} lượt khám chữa bệnh BHYT.",
    ]
    return title, body


def _gender(rng: random.Random, province: str, when: datetime) -> tuple[str, list[str]]:
    women, total = rng.randint(20, 900), 0
    total = women + rng.randint(10, 900)
    title = f"{province} nâng cao tỷ lệ cán bộ nữ tham gia lãnh đạo, quản lý"
    body = [
        f"Tính đến nay, toàn tỉnh {province} có {_count(rng, 1_000, 30_000)} nữ cán bộ, công chức, viên chức, "
        f"chiếm tỷ lệ {_share(rng, 30, 70)} trên tổng số cán bộ, công chức, viên chức toàn tỉnh.",
        f"Trong đó, có {women}/{total} nữ giữ chức vụ lãnh đạo, quản lý ({round(100 * women / total, 1)}%). "
        f"Nhiệm kỳ 2020-2025, có {rng.randint(5, 20)} nữ tham gia Ban Chấp hành Đảng bộ tỉnh, "
        f"chiếm {_share(rng, 5, 30)}.",
        f"Tại cuộc bầu cử đại biểu HĐND tỉnh nhiệm kỳ 2021-2026, có {rng.randint(10, 40)} đại biểu nữ trúng cử, "
        f"chiếm tỷ lệ {_share(rng, 15, 45)}; phấn đấu đến năm 2030 tỷ lệ nữ đại biểu đạt trên 35%.",
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
