"""A messy landing folder: every encoding and format variant of a clean article gives the clean
article's observations; junk is rejected with its own reason; nothing is lost or counted twice,
even when a load is killed half-way."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import duckdb
import pytest

from chiso import warehouse
from chiso.documents import read_articles
from chiso.extraction import EXTRACTOR_VERSION, extract


TITLE = "BHXH tỉnh Hoà Bình: hơn 92% dân số tham gia bảo hiểm y tế"
DATE_LINE = "14/08/2024 03:20 PM"
BODY = [
    "Theo BHXH tỉnh Hoà Bình, tính đến ngày 31/7/2024, toàn tỉnh có 786.412 người tham gia BHYT, "
    "đạt tỷ lệ bao phủ 92,4% dân số, tăng 1,2% so với cùng kỳ năm 2023.",
    "Số người tham gia BHXH bắt buộc là 71.905 người; BHXH tự nguyện là 24.318 người. "
    "Tổng số thu BHXH, BHYT, BHTN đạt 1.254,6 tỷ đồng, bằng 58,3% kế hoạch được giao.",
    "Mọi thắc mắc xin liên hệ đường dây nóng 1900 9068 hoặc theo Công văn số 1125/BHXH-QLT ngày 23.11.2021.",
]
CLEAN = f"{TITLE}\n\n{DATE_LINE}\n\n\n" + "\n\n".join(BODY) + "\n"

_TONES = "\u0300\u0301\u0303\u0309\u0323"


def windows_1258(text: str) -> bytes:
    """Windows-1258 keeps base letters precomposed and writes the tone as a combining mark."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in _TONES)
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES)) + tones)
    return "".join(out).encode("cp1258")


def iconv(text: str, encoding: str) -> bytes:
    """``text`` in a legacy encoding, by glibc's converter (independent of the reader's tables)."""
    return subprocess.run(["iconv", "-f", "UTF-8", "-t", encoding], input=text.encode(), capture_output=True,
                          check=True).stdout


def tcvn3(text: str) -> bytes:
    """The TCVN3 (".VnTime") font's bytes."""
    return iconv(text, "TCVN5712-1")


_VNI_KEYS = {  # the key typed after the base letter, by the letter's mark and tone
    "": dict(zip(["\u0301", "\u0300", "\u0309", "\u0303", "\u0323"], "ùøûõï")),
    "\u0302": dict(zip(["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"], "âáàåãä")),
    "\u0306": dict(zip(["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"], "êéèúüë")),
}
_VNI_I = dict(zip(["\u0301", "\u0300", "\u0309", "\u0303", "\u0323"], "íìæóò"))


def vni(text: str) -> bytes:
    """The VNI font's bytes: a base letter and one key for its marks ("Bình Phước" -> "Bình Phöôùc")."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        base, marks = parts[0], parts[1:]
        tone = "".join(c for c in marks if c in _TONES)
        modifier = "".join(c for c in marks if c not in _TONES)
        if ch in "đĐ":
            keys = "ñ"
        elif not marks:
            keys = base
        elif modifier == "\u031b":  # ơ, ư
            keys = {"o": "ô", "u": "ö"}[base.lower()] + _VNI_KEYS[""].get(tone, "")
        elif base.lower() == "i":
            keys = _VNI_I[tone]
        elif base.lower() == "y" and tone == "\u0323":
            keys = "î"
        else:
            keys = base.lower() + _VNI_KEYS[modifier][tone]
        out.append(keys.upper() if ch.isupper() else keys)
    return "".join(out).encode("cp1252")


def mojibake(text: str) -> bytes:
    """UTF-8 bytes once read as Windows-1252 and saved again as UTF-8."""
    import ftfy.bad_codecs  # noqa: F401 - registers sloppy-windows-1252

    return text.encode("utf-8").decode("sloppy-windows-1252").encode("utf-8")


HTML_PAGE = f"""<!doctype html><html><head><meta charset="utf-8"><title>{TITLE} | Báo Hoà Bình</title></head>
<body><nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/xa-hoi">Xã hội</a></li><li>Kinh tế</li></ul></nav>
<aside class="sidebar"><h3>Tin liên quan</h3><ul><li><a href="/a">Lạng Sơn có 95.210 người tham gia BHXH tự nguyện</a></li>
<li><a href="/b">Tỷ lệ bao phủ BHYT của Sơn La đạt 97,1%</a></li></ul></aside>
<article><h1>{TITLE}</h1><p class="date">{DATE_LINE}</p>
{''.join(f'<p>{paragraph}</p>' for paragraph in BODY)}
</article>
<footer>Báo Hoà Bình điện tử. Điện thoại: 0218.3852.215. Lượt truy cập: 12.345.678</footer></body></html>"""

VARIANTS = {  # name -> bytes of a file that must read as the clean article
    "nfd.txt": unicodedata.normalize("NFD", CLEAN).encode("utf-8"),
    "windows-1258.txt": windows_1258(CLEAN),
    "utf-16.txt": CLEAN.encode("utf-16"),
    "bom-crlf.txt": b"\xef\xbb\xbf" + CLEAN.replace("\n", "\r\n").encode("utf-8"),
    "mojibake.txt": mojibake(CLEAN),
    "tcvn3.txt": tcvn3(CLEAN),
    "vni.txt": vni(CLEAN),
    "viscii.txt": iconv(CLEAN, "VISCII"),
    # typed in a legacy font and pasted into a UTF-8 page, as Windows shows it
    "tcvn3-pasted.html": HTML_PAGE.replace("".join(f'<p>{paragraph}</p>' for paragraph in BODY), "".join(
        f'<p>{tcvn3(paragraph).decode("cp1252")}</p>' for paragraph in BODY)).encode("utf-8"),
    "nbsp-tabs.txt": CLEAN.replace("toàn tỉnh có", "toàn tỉnh\u00a0 có").replace("Số người", "\tSố  người").encode(),
    "page.html": HTML_PAGE.encode("utf-8"),
}
JUNK = {  # name -> (bytes, reason the file must be rejected with)
    "empty.txt": (b"", "empty"),
    "blank.txt": (b"  \r\n\t\n", "empty"),
    "binary.txt": (bytes(range(256)) * 4, "binary"),
    "photo.jpg": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(200), "unsupported_format"),
    "oversized.txt": (("Tin dài. " * 800_000).encode(), "too_large"),
    "menu-only.html": (b"<html><body><nav><a href='/'>Trang ch\xe1\xbb\xa7</a></nav></body></html>", "no_body"),
}


def _key(observations):
    return sorted((o.indicator, o.value, o.kind, o.province, o.period) for o in observations)


@pytest.fixture(scope="module")
def clean_observations(tmp_path_factory):
    path = tmp_path_factory.mktemp("clean") / "clean.txt"
    path.write_bytes(CLEAN.encode())
    [article] = read_articles(path)
    observations = extract(article)
    assert len(observations) >= 6  # participants, coverage, compulsory, voluntary, revenue, plan
    return _key(observations)


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_each_decoded_variant_gives_the_clean_observations(name, tmp_path, clean_observations):
    path = tmp_path / name
    path.write_bytes(VARIANTS[name])
    [article] = read_articles(path)
    assert "Lượt truy cập" not in article.text and "Tin liên quan" not in article.text
    assert _key(extract(article)) == clean_observations


def _messy_landing(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "clean.txt").write_bytes(CLEAN.encode())
    (folder / "exact-copy.txt").write_bytes(CLEAN.encode())
    syndicated = CLEAN.replace(TITLE, "Hoà Bình: 786 nghìn người có thẻ BHYT") + "\n(Theo Báo Hoà Bình)\n"
    (folder / "near-copy.txt").write_bytes(syndicated.encode())
    for name, data in VARIANTS.items():
        (folder / "variants").mkdir(exist_ok=True)
        (folder / "variants" / name).write_bytes(data)
    for name, (data, _) in JUNK.items():
        (folder / "junk").mkdir(exist_ok=True)
        (folder / "junk" / name).write_bytes(data)


def _load(landing: Path, wh: Path):
    with warehouse.connect(wh / "chiso.duckdb") as conn:
        summary = warehouse.ingest_folder(conn, landing, wh / "quarantine")
        warehouse.extract_pending(conn, extract, EXTRACTOR_VERSION)
    return summary


def _audit(wh: Path) -> dict[str, tuple]:
    with duckdb.connect(str(wh / "chiso.duckdb"), read_only=True) as conn:
        return {r[0]: r[1:] for r in conn.execute(
            "SELECT file_path, status, reason, duplicate_of_article_id FROM raw.ingested_files").fetchall()}


def test_messy_landing_folder_is_accounted_for_and_stable(tmp_path):
    landing, wh = tmp_path / "landing", tmp_path / "wh"
    _messy_landing(landing)
    first = _load(landing, wh)
    audit = _audit(wh)
    files = sorted(p.relative_to(landing).as_posix() for p in landing.rglob("*") if p.is_file())
    assert sorted(audit) == files  # one row per file, none missing, none twice
    for name, (_, reason) in JUNK.items():
        status, why, _ = audit[f"junk/{name}"]
        assert status == "rejected" and why.startswith(reason), (name, why)
    assert sorted(p.name.split("-", 1)[1] for p in (wh / "quarantine").iterdir()) == sorted(JUNK)
    assert audit["exact-copy.txt"][0] == "duplicate"
    # Every clean-text variant normalises to the clean article: duplicates of it, not new articles.
    assert {audit[f"variants/{name}"][0] for name in VARIANTS if name != "page.html"} == {"duplicate"}
    assert audit["near-copy.txt"][0] == "loaded" and audit["near-copy.txt"][1].startswith("near_duplicate")
    assert first.rejected == len(JUNK)

    with duckdb.connect(str(wh / "chiso.duckdb"), read_only=True) as conn:
        before = conn.execute("SELECT * EXCLUDE (last_seen_at) FROM raw.ingested_files ORDER BY ALL").fetchall()
        observations = conn.execute("SELECT * FROM raw.indicator_observations ORDER BY ALL").fetchall()
    second = _load(landing, wh)
    assert (second.loaded, second.duplicate, second.rejected) == (0, 0, 0)
    with duckdb.connect(str(wh / "chiso.duckdb"), read_only=True) as conn:
        assert conn.execute("SELECT * EXCLUDE (last_seen_at) FROM raw.ingested_files ORDER BY ALL").fetchall() == before
        assert conn.execute("SELECT * FROM raw.indicator_observations ORDER BY ALL").fetchall() == observations


LOADER = """
import sys
from pathlib import Path
from chiso import warehouse
from chiso.extraction import EXTRACTOR_VERSION, extract
landing, wh = Path(sys.argv[1]), Path(sys.argv[2])
warehouse.INGEST_BATCH = warehouse.EXTRACTION_BATCH = 37  # many commits, so a kill lands between two
with warehouse.connect(wh / "chiso.duckdb") as conn:
    warehouse.ingest_folder(conn, landing, wh / "quarantine")
    warehouse.extract_pending(conn, extract, EXTRACTOR_VERSION)
"""


def _counts(wh: Path) -> tuple:
    with duckdb.connect(str(wh / "chiso.duckdb"), read_only=True) as conn:
        return conn.execute("""SELECT (SELECT count(*) FROM raw.ingested_files),
                                      (SELECT count(*) FROM raw.articles),
                                      (SELECT count(*) FROM raw.indicator_observations),
                                      (SELECT count(*) FROM raw.article_extractions)""").fetchone()


def test_a_load_killed_half_way_ends_where_an_uninterrupted_one_does(tmp_path):
    from bench.generate import generate

    landing = tmp_path / "landing"
    generate(landing, count=400, seed=11)
    _messy_landing(landing / "messy")
    reference, interrupted = tmp_path / "reference", tmp_path / "interrupted"
    subprocess.run([sys.executable, "-c", LOADER, str(landing), str(reference)], check=True, timeout=600)

    victim = subprocess.Popen([sys.executable, "-c", LOADER, str(landing), str(interrupted)])
    deadline = time.monotonic() + 120
    while not (interrupted / "chiso.duckdb").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(1.0)  # well inside the load
    os.kill(victim.pid, signal.SIGKILL)
    victim.wait()
    assert victim.returncode == -signal.SIGKILL
    subprocess.run([sys.executable, "-c", LOADER, str(landing), str(interrupted)], check=True, timeout=600)
    assert _counts(interrupted) == _counts(reference)
