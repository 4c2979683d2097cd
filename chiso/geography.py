"""Gazetteer of Vietnamese provinces and districts, built from ``vietnamadminunits``.

Two eras of provinces exist: the 63 provinces that stood until 30 June 2025 and the 34 that
exist since 1 July 2025 (Resolution 202/2025/QH15). :func:`provinces` lists both with the
mapping from each old province to the one it merged into; :func:`find_provinces` and
:func:`find_areas` locate place names in running text (with or without accents, old- or
new-style tone marks, common abbreviations such as "TP.HCM" or "BR-VT").

The package's SQLite file is read once per process (``functools.lru_cache``), without importing
the package.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
import importlib.util
from pathlib import Path

from chiso.extraction.fastre import finditer_at_word_start
from chiso.text import fold, strip_accents

MERGER_DATE = date(2025, 7, 1)
LEGACY_END = date(2025, 6, 30)
NATIONAL = "Việt Nam"

# Extra spellings seen in news text, keyed by the canonical short name.
_EXTRA_ALIASES: dict[str, list[str]] = {
    "Hồ Chí Minh": ["TP.HCM", "TP. HCM", "TP HCM", "TPHCM", "Tp.HCM", "Thành phố HCM", "TP.Hồ Chí Minh",
                    "TP. Hồ Chí Minh", "TP Hồ Chí Minh", "Thành phố Hồ Chí Minh", "Sài Gòn", "HCMC"],
    "Bà Rịa - Vũng Tàu": ["Bà Rịa-Vũng Tàu", "Bà Rịa – Vũng Tàu", "Bà Rịa Vũng Tàu", "BR-VT", "BRVT",
                          "Bà Rịa - Vũng Tàu"],
    "Đắk Nông": ["Đác Nông", "Đăk Nông", "Đắc Nông", "Dak Nong", "Đắk Nông"],
    "Đắk Lắk": ["Đắc Lắc", "Đăk Lăk", "Đắk Lăk", "Đăk Lắk", "Đắc Lắk", "Daklak", "Dak Lak", "ĐắkLắk"],
    "Huế": ["Thừa Thiên Huế", "Thừa Thiên - Huế", "Thừa Thiên-Huế", "TT-Huế", "TT Huế", "Thừa Thiên – Huế",
            "Thành phố Huế", "TP Huế", "TP. Huế"],
    "Bắc Kạn": ["Bắc Cạn"],
    "Kon Tum": ["Kontum"],
    "Hà Nội": ["Thủ đô Hà Nội", "TP. Hà Nội", "TP Hà Nội"],
    "Cần Thơ": ["TP. Cần Thơ", "TP Cần Thơ"],
    "Đà Nẵng": ["TP. Đà Nẵng", "TP Đà Nẵng"],
    "Hải Phòng": ["TP. Hải Phòng", "TP Hải Phòng"],
}
# Short names that are also ordinary phrases or person names: accepted only in a province
# context ("tỉnh ...", "TP ...") - "Hồ Chí Minh" is far more often the President's name.
_NEEDS_UNIT = {"Hồ Chí Minh"}
# Words that, right before a name, make it a street, a commune or something else.
_NOT_PROVINCE_BEFORE = re.compile(
    r"(?<!\w)(?:xã|phường|thị trấn|thôn|ấp|bản|đường|(?<!thành )phố|khu phố|tổ|huyện|quận|thị xã|hẻm|ngõ|chợ|cầu|sông|núi|"
    r"bệnh viện|trường|tư tưởng|chủ tịch|bác|lăng|đoàn tncs|đội tntp|chiến dịch|hội nghị)\s*$")
_PROVINCE_UNIT_BEFORE = re.compile(r"(?:tỉnh|thành phố|tp\.?|tp)\s*$")
# (not the Pacific, "châu Á - Thái Bình Dương")
_AFTER_BLOCK = {"Điện Biên": re.compile(r"^\s*phủ"), "Huế": re.compile(r"^\s*(?:-|–)?\s*(?:đại học)"),
                "Thái Bình": re.compile(r"^\s*dương(?!\w)")}

# District/ward names that are ordinary Vietnamese words; matched only after a unit word.
_COMMON_WORD_NAMES = {fold(w) for w in [
    "Thống Nhất", "Bình Minh", "Hòa Bình", "Hoà Bình", "Độc Lập", "Đoàn Kết", "Hạnh Phúc", "Tân Tiến", "Quyết Thắng",
    "Tiến Bộ", "Thành Công", "Hợp Tác", "Thắng Lợi", "Quang Trung", "Trung Tâm", "Tân Phú", "Châu Thành",
    "Phú Tân", "Hòa Thành", "Thuận Lợi", "Tiến Thành", "Kiến Thành", "Vĩnh Hưng", "Phong Phú",
    "Thạnh Phú", "Bình Tân", "Tân Bình", "Hoàng Mai", "Sơn Tây", "Bảo Lâm", "Chợ Mới", "Tân Uyên",
    "Tam Nông", "An Lão", "Phong Điền", "Vĩnh Thạnh", "Phước Long", "Tân Châu", "Long Phú", "Mỹ Tú",
    "Đông Hà", "Trung Sơn", "Thái Hòa", "Hồng Ngự", "Long Hồ", "Tây Hòa", "Đông Hòa", "Mỹ Hào",
    "Vinh", "Ba Vì", "Kinh Môn", "Ninh Giang", "Bắc Hà", "Mường Tè", "Tuần Giáo",
]}
# (and a district's Party committee, "Huyện ủy Hải Hậu", "Thị ủy Hoài Nhơn": district portals name the district so)
_UNIT_WORDS = r"(?:huyện|thị|thành|quận)\s+(?:ủy|uỷ)|huyện|quận|thị xã|thành phố|tp\.?|thị trấn|xã|phường|tx\.?"
_PARTY_COMMITTEE_UNITS = {"huyện ủy": "huyện", "thị ủy": "thị xã", "thành ủy": "thành phố", "quận ủy": "quận"}

_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper() and c.isalpha())


_CAPITALISED_RUN = re.compile(r"[" + _UPPER + r"][\w.]*(?:[\s\-–.]+[" + _UPPER + r"][\w.]*)*")


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    name: str               # canonical short name ("Bình Phước", "Quế Sơn")
    kind: str               # 'province' | 'district' | 'ward'
    province: str           # the (pre-2025 when legacy) province it belongs to
    text: str


# --- data loading ------------------------------------------------------------------------------

def _data_path(name: str) -> Path:
    # The package's data files, found without importing the package: its __init__ loads an
    # address parser (and geopy) that the gazetteer never uses, 0.7 s of every process.
    spec = importlib.util.find_spec("vietnamadminunits")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("vietnamadminunits is not installed")
    return Path(spec.submodule_search_locations[0]) / "data" / name


@lru_cache(maxsize=1)
def _db_rows() -> dict:
    con = sqlite3.connect(f"file:{_data_path('dataset.db')}?mode=ro", uri=True)
    try:
        legacy = con.execute(
            "SELECT DISTINCT province, provinceShort, provinceCode, provinceKey FROM admin_units_legacy"
            " ORDER BY provinceCode").fetchall()
        current = con.execute(
            "SELECT DISTINCT province, provinceShort, provinceCode, provinceKey FROM admin_units"
            " ORDER BY provinceCode").fetchall()
        districts = con.execute(
            "SELECT DISTINCT provinceShort, districtShort, districtType FROM admin_units_legacy").fetchall()
        legacy_wards = con.execute(
            "SELECT DISTINCT provinceShort, wardShort, wardType FROM admin_units_legacy"
            " WHERE wardShort IS NOT NULL").fetchall()
        wards = con.execute("SELECT DISTINCT provinceShort, wardShort, wardType FROM admin_units").fetchall()
    finally:
        con.close()
    conv = json.loads(_data_path("converter_2025.json").read_text(encoding="utf-8"))["DICT_PROVINCE"]
    return {"legacy": legacy, "current": current, "districts": districts, "legacy_wards": legacy_wards,
            "wards": wards, "merge": conv}


@lru_cache(maxsize=1)
def provinces() -> list[dict]:
    """One row per province of either era, for the warehouse's province dimension."""
    data = _db_rows()
    current_by_key = {key: (code, short) for _full, short, code, key in data["current"]}
    old_to_new = {old: new for new, olds in data["merge"].items() for old in olds}
    rows: list[dict] = []
    for full, short, code, key in data["legacy"]:
        new_code, new_short = current_by_key[old_to_new[key]]
        rows.append({"province_code": code, "province_name": short, "full_name": full, "era": "pre_2025",
                     "valid_from": None, "valid_to": LEGACY_END,
                     "current_province_code": new_code, "current_province_name": new_short})
    for full, short, code, _key in data["current"]:
        rows.append({"province_code": code, "province_name": short, "full_name": full, "era": "current",
                     "valid_from": MERGER_DATE, "valid_to": None,
                     "current_province_code": code, "current_province_name": short})
    return rows


def province_names() -> set[str]:
    return {row["province_name"] for row in provinces()}


@lru_cache(maxsize=1)
def province_names_cached() -> set[str]:
    """:func:`province_names` built once (the extractor asks per figure). Do not mutate it; it is
    built exactly as :func:`province_names` builds its set, so it iterates in the same order."""
    return province_names()


@lru_cache(maxsize=1)
def _current_by_name() -> dict[str, str]:
    out: dict[str, str] = {}
    for row in provinces():
        out.setdefault(row["province_name"], row["current_province_name"])  # the first row wins, as in a scan
    return out


def current_province_of(name: str) -> str | None:
    """The post-2025 province a (pre- or post-2025) province name belongs to."""
    return _current_by_name().get(name)


# --- matching ----------------------------------------------------------------------------------

def _accentless_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xC0, 0x1EFA):
        ch = chr(code)
        stripped = strip_accents(ch)
        if len(stripped) == 1 and stripped != ch:
            table[code] = stripped
    table[ord("đ")] = "d"
    table[ord("Đ")] = "D"
    return table


_ACCENTLESS = _accentless_table()


def accentless(text: str) -> str:
    """Length-preserving accent removal (each precomposed letter to its base letter)."""
    return text.translate(_ACCENTLESS)


def _alias_pattern(alias: str) -> str:
    """Regex for an alias in folded text: flexible spaces/hyphens/dots."""
    parts = re.split(r"(\s*[-–.]\s*|\s+)", fold(alias))
    out = []
    for part in parts:
        if not part:
            continue
        if part.isspace():
            out.append(r"\s+")
        elif re.fullmatch(r"\s*[-–.]\s*", part):
            out.append(r"\s*[-–.]?\s*" if "." in part else r"\s*[-–]\s*")
        else:
            out.append(re.escape(part))
    return "".join(out)


@lru_cache(maxsize=1)
def _province_matcher():
    aliases: dict[str, str] = {}
    for short in province_names():
        aliases[fold(short)] = short
        for extra in _EXTRA_ALIASES.get(short, []):
            aliases[fold(extra)] = short
    accented = sorted(aliases, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(_alias_pattern(a) for a in accented) + r")(?!\w)")
    plain_aliases: dict[str, str] = {}
    for alias, short in aliases.items():
        plain = accentless(alias)
        if plain != alias and len(plain) >= 5:
            plain_aliases.setdefault(plain, short)
    plain_pattern = re.compile(r"(?<!\w)(?:" + "|".join(_alias_pattern(a) for a in sorted(plain_aliases, key=len, reverse=True)) + r")(?!\w)")
    lookup = {re.sub(r"[\s\-–.]+", "", k): v for k, v in aliases.items()}
    plain_lookup = {re.sub(r"[\s\-–.]+", "", k): v for k, v in plain_aliases.items()}
    return pattern, lookup, plain_pattern, plain_lookup


def province_pattern() -> re.Pattern:
    """A regex of every province's name and alias, folded (lowercase, NFC), as words."""
    return _province_matcher()[0]


_LEADING_LOOKBEHIND = r"(?<!\w)"


@lru_cache(maxsize=1)
def _province_bodies() -> tuple[re.Pattern, re.Pattern]:
    """The two patterns of :func:`_province_matcher` without their leading ``(?<!\\w)``, for
    :func:`chiso.extraction.fastre.finditer_at_word_start` (which finds the same matches faster)."""
    pattern, _lookup, plain_pattern, _plain_lookup = _province_matcher()
    return (re.compile(pattern.pattern[len(_LEADING_LOOKBEHIND):]),
            re.compile(plain_pattern.pattern[len(_LEADING_LOOKBEHIND):]))


_ALIAS_SEPARATORS = re.compile(r"[\s\-–.]+")


def _is_capitalised(span: str) -> bool:
    words = [w for w in re.split(r"[\s\-–.]+", span) if w]
    return bool(words) and all(w[0].isupper() or w[0].isdigit() for w in words)


@lru_cache(maxsize=8192)
def _alias_matches(window: str, start: int) -> tuple[tuple, tuple]:
    """The alias matches in ``window[start:]`` (``window[:start]`` is the character the look-behind
    reads) as ``(start, end, matched)`` relative to ``window``: first with accents, then in the
    accentless form of the window ("Binh Phuoc"). They depend on the window alone, and the same
    capitalised words ("BHXH", "Tỉnh", a province's name) recur from article to article."""
    body, plain_body = _province_bodies()
    accented = tuple((m.start(), m.end(), m.group(0)) for m in finditer_at_word_start(body, window, start))
    plain = tuple((m.start(), m.end(), m.group(0)) for m in finditer_at_word_start(plain_body, accentless(window), start))
    return accented, plain


def find_provinces(text: str, folded: str | None = None) -> list[PlaceMention]:
    """Province / centrally-run city mentions in ``text`` (normalised), in order."""
    folded = fold(text) if folded is None else folded
    _pattern, lookup, _plain_pattern, plain_lookup = _province_matcher()
    found: list[PlaceMention] = []
    taken: list[tuple[int, int]] = []

    def consider(start: int, end: int, matched: str, table: dict[str, str], accentless_only: bool) -> None:
        original = text[start:end]
        if accentless_only and accentless(original) != original:
            return
        key = _ALIAS_SEPARATORS.sub("", matched)
        short = table.get(key)
        if short is None:
            return
        is_abbrev = original.isupper() or "." in original or original.lower().startswith(("tp", "thành phố", "thủ đô"))
        if not is_abbrev and not _is_capitalised(original):
            return
        before = folded[max(0, start - 25):start]
        if _NOT_PROVINCE_BEFORE.search(before):
            return
        if (short in _NEEDS_UNIT and accentless(key) == accentless(re.sub(r"\s+", "", fold(short)))
                and not _PROVINCE_UNIT_BEFORE.search(before)):
            return
        block = _AFTER_BLOCK.get(short)
        if block and block.search(folded[end:end + 12]):
            return
        if any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        found.append(PlaceMention(start, end, short, "province", short, original))

    # every alias is written capitalised (or in capitals): only runs of capitalised words are searched
    regions = []
    for r in _CAPITALISED_RUN.finditer(text):
        s, e = r.span()
        s0 = max(0, s - 1)   # with the character before the region, which the look-behind reads
        regions.append((s0, _alias_matches(folded[s0:e], s - s0)))
    for s0, (accented, _plain) in regions:
        for start, end, matched in accented:
            consider(start + s0, end + s0, matched, lookup, False)
    for s0, (_accented, plain) in regions:
        for start, end, matched in plain:
            consider(start + s0, end + s0, matched, plain_lookup, True)
    found.sort(key=lambda p: p.start)
    return found


def _area_key(name: str) -> str:
    """The key of a district's or commune's name: folded, its apostrophe one character ("Cư M’gar" as "Cư M'gar")."""
    return fold(name).replace("’", "'").replace("ʼ", "'")


# the unit word a text writes, and the unit type of the reference data it names
_UNIT_TYPES = {"huyện": "Huyện", "quận": "Quận", "thị xã": "Thị xã", "tx": "Thị xã", "thành phố": "Thành phố", "tp": "Thành phố"}


@lru_cache(maxsize=1)
def _district_types() -> dict[tuple[str, str], str]:
    """(folded name, province) -> the district's unit type ("Thị xã Sơn Tây" is Hà Nội's, "huyện Sơn Tây" Quảng Ngãi's)."""
    return {(_area_key(short), prov): typ for prov, short, typ in _db_rows()["districts"] if short}


@lru_cache(maxsize=1)
def _area_index():
    data = _db_rows()
    districts: dict[str, list[tuple[str, str]]] = {}   # folded name -> [(short, province)]
    for prov, short, _typ in data["districts"]:
        if short:
            districts.setdefault(_area_key(short), []).append((short, prov))
    wards: dict[str, list[tuple[str, str]]] = {}
    for prov, short, _typ in data["legacy_wards"]:
        if short:
            wards.setdefault(_area_key(short), []).append((short, prov))
    current_wards: dict[str, list[tuple[str, str]]] = {}
    for prov, short, _typ in data["wards"]:
        if short:
            current_wards.setdefault(_area_key(short), []).append((short, prov))
    by_province: dict[str, list[str]] = {}
    for prov, short, _typ in data["districts"]:
        if short and not short[0].isdigit():
            by_province.setdefault(prov, []).append(short)
    return districts, wards, current_wards, by_province


# written without its leading (?<!\w): matched with fastre.finditer_at_word_start (same matches, faster)
# (the unit word capitalised too, as a sentence or a list item opens with it: "Phường Rạch Giá dẫn đầu với …")
_UNIT_NAME = re.compile(
    r"((?i:" + _UNIT_WORDS + r"))\s+((?:[" + _UPPER + r"0-9][\wÀ-ỹ'’]*)(?:\s+[" + _UPPER + r"][\wÀ-ỹ'’]*){0,3}(?:\s+\d{1,2}(?![\d.,]))?)")


@lru_cache(maxsize=256)
def _bare_district_pattern(province: str):
    _d, _w, _cw, by_province = _area_index()
    names = [n for n in by_province.get(province, []) if fold(n) not in _COMMON_WORD_NAMES
             and n not in province_names_cached()]
    if not names:
        return None
    # without a leading (?<!\w): matched with fastre.finditer_at_word_start (same matches, faster)
    return re.compile(r"(?:" + "|".join(re.escape(fold(n)) for n in sorted(names, key=len, reverse=True)) + r")(?!\w)")


_STREET_OR_COMMUNE_BEFORE = re.compile(r"(?:xã|phường|thị trấn|đường|phố|thôn|ấp)\s*$")
# a bare place name at the end of a company's or an institution's name ("Công ty CP Thủy sản Sa Đéc")
# names the body, not the district the figure is for
_BODY_NAME_BEFORE = re.compile(r"(?<!\w)(?:công ty|cty|nhà máy|xí nghiệp|tập đoàn|ngân hàng|hợp tác xã|htx|khách sạn|siêu thị|"
                               r"bệnh viện|trường (?:đại học|cao đẳng|trung cấp|thpt|thcs|tiểu học|mầm non|trung học))"
                               # the words of the name, none of which starts a place phrase ("doanh nghiệp ở Lai Vung")
                               r"(?:\s+(?!(?:ở|tại|thuộc|của|trên|trong)(?!\w))[^\s,;.()\d]+){0,6}\s+$")


def find_areas(text: str, folded: str | None = None, provinces_hint: tuple[str, ...] = (),
               current_first: bool = False) -> list[PlaceMention]:
    """District / commune mentions: after a unit word anywhere, bare (capitalised) for the hinted provinces."""
    folded = fold(text) if folded is None else folded
    districts, wards, current_wards, _ = _area_index()
    pnames = province_names_cached()
    found: list[PlaceMention] = []
    for m in finditer_at_word_start(_UNIT_NAME, text):
        unit = fold(m.group(1)).rstrip(".")
        unit = _PARTY_COMMITTEE_UNITS.get(" ".join(unit.split()), unit)
        words = m.group(2).split()
        # try the longest prefix of the capitalised words that is a known name
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n])
            key = _area_key(name)
            end = m.start(2) + len(name)
            if unit in ("thành phố", "tp") and name in pnames:
                break  # a province-level city
            table = districts if unit in ("huyện", "quận", "thị xã", "thành phố", "tp", "tx") else None
            if current_first and table is None:
                cands = current_wards.get(key) or wards.get(key) or districts.get(key)
            else:
                cands = (table or {}).get(key) or wards.get(key) or current_wards.get(key) or districts.get(key)
            if cands and table is not None and len({p for _s, p in cands}) > 1 and unit in _UNIT_TYPES \
                    and not any(p in provinces_hint for _s, p in cands):
                # a name two provinces' districts share, told apart by the unit the text writes (after the article's
                # province: "huyện Phong Điền" of Thừa Thiên Huế, a town since 2025)
                of_unit = [c for c in cands if _district_types().get((key, c[1])) == _UNIT_TYPES[unit]]
                cands = of_unit or cands
            if cands:
                prov_names = {p for _s, p in cands}
                hinted = [p for p in provinces_hint if p in prov_names]
                prov = hinted[0] if hinted else (next(iter(prov_names)) if len(prov_names) == 1 else "")
                kind = "district" if table is not None and key in districts else "ward"
                found.append(PlaceMention(m.start(), end, cands[0][0], kind, prov, text[m.start():end]))
                break
    taken = [(p.start, p.end) for p in found]
    for prov in provinces_hint:
        pat = _bare_district_pattern(prov)
        if pat is None:
            continue
        for m in finditer_at_word_start(pat, folded):
            s, e = m.span()
            if any(a < e and s < b for a, b in taken) or not _is_capitalised(text[s:e]):
                continue
            before = folded[max(0, s - 12):s]
            if _STREET_OR_COMMUNE_BEFORE.search(before) or _BODY_NAME_BEFORE.search(folded, max(0, s - 70), s):
                continue
            short = next((sh for sh, p in districts.get(fold(text[s:e]), []) if p == prov), text[s:e])
            taken.append((s, e))
            found.append(PlaceMention(s, e, short, "district", prov, text[s:e]))
    found.sort(key=lambda p: p.start)
    return found


def canonical_province(name: str | None) -> str | None:
    """Canonical short name for a province written in any accepted spelling."""
    if not name:
        return None
    mentions = find_provinces(name)
    if mentions:
        return mentions[0].name
    cleaned = re.sub(r"^(?:tỉnh|thành phố|tp\.?)\s+", "", name.strip(), flags=re.I)
    return cleaned or None


# Provinces whose official name changed at the 2025 reorganisation without a merger of names:
# the database keeps one short name for both eras, the text of the time used the old one.
_PRE_2025_NAMES = {"Huế": "Thừa Thiên Huế"}
# when each renamed province took its new name: Thừa Thiên Huế became the centrally-run city of Huế on 1 January
# 2025 (Nghị quyết 1314/NQ-UBTVQH15), half a year before the merger of provinces
_RENAMED_ON = {"Huế": date(2025, 1, 1)}


def official_name(province: str | None, period: str | None, published: date | None = None) -> str | None:
    """The province's official name at the time ``period`` refers to ("Thừa Thiên Huế" before
    1 January 2025, "Huế" since)."""
    old = _PRE_2025_NAMES.get(province or "")
    if old is None:
        return province
    when = _period_date(period) or (date(int(period[:4]), 12, 31) if period and period[:4].isdigit() else None) or published
    if when is None or when < _RENAMED_ON[province]:
        return old
    return province


def absorbed_province(province: str | None, period: str | None, published: date | None = None,
                      stated: bool = False) -> str | None:
    """The province ``province`` had become part of by the time ``period`` refers to, when it was merged
    into another on 1 July 2025 and both the figure and the text are of a later time ("khu vực Kiên
    Giang (cũ)" as of 30/9/2025 is part of An Giang); None otherwise. (A target for 2030 set by a
    province in 2023 is still that province's.)"""
    if not province or not after_the_merger(period, published, stated):
        return None
    current = current_province_of(province)
    return current if current is not None and current != province else None


def after_the_merger(period: str | None, published: date | None, stated: bool = False) -> bool:
    """Whether a figure of ``period`` in a text published on ``published`` is of the time after the
    1 July 2025 merger. The year 2025 is either side, unless its sentence states it in a text written
    after the merger ("Năm 2025, … 9 tháng đã thu được …": the year so far, named by its end); the
    year of a text that does not say when is not enough."""
    if published is None or published < MERGER_DATE:
        return False
    if stated and period == str(MERGER_DATE.year):
        return True
    when = _period_date(period) if period else published
    return when is not None and when >= MERGER_DATE


def _period_date(period: str | None) -> date | None:
    if not period:
        return None
    m = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-H([12])|/(\d{4}))?$", period)
    if not m:
        return None
    year = int(m.group(1))
    if m.group(3):
        return date(year, int(m.group(2)), int(m.group(3)))
    if m.group(2):
        return date(year, int(m.group(2)), 28)
    if m.group(4):
        return date(year, 6 if m.group(4) == "1" else 12, 30)
    if m.group(5):
        return date(year, 12, 31)  # a term is named by the name at its start
    return None if year == MERGER_DATE.year else date(year, 12, 31)
