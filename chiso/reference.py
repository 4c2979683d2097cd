"""Reference tables for the warehouse, as (columns, rows) ready to load.

The indicator catalogue comes from the same data file that drives the extractor, and the
provinces from the gazetteer the extractor resolves places with, so the warehouse's dimensions
and the extractor can never disagree about a code or a name.
"""

from __future__ import annotations

from chiso.extraction.catalogue import CATALOGUE_COLUMNS, catalogue_rows

ADMINISTRATIVE_UNIT_TYPES = {"valid_from": "DATE", "valid_to": "DATE"}
ADMINISTRATIVE_UNIT_COLUMNS = ["province_code", "province_name", "full_name", "era", "valid_from",
                               "valid_to", "current_province_code", "current_province_name"]


def indicator_catalogue_rows() -> tuple[list[str], list[tuple]]:
    """The catalogue as the extractor loaded it, reduced to the columns of dim_indicator."""
    rows = [tuple(row.get(c) or None for c in CATALOGUE_COLUMNS) for row in catalogue_rows()]
    return list(CATALOGUE_COLUMNS), rows


def administrative_unit_rows() -> tuple[list[str], list[tuple]]:
    from chiso.geography import official_name, provinces

    rows = []
    for unit in provinces():
        record = dict(unit if isinstance(unit, dict) else vars(unit))
        if record["era"] == "pre_2025":
            # The gazetteer gives a renamed province its new name in both eras; the extractor
            # names a pre-2025 figure as texts of the time did ("Thừa Thiên Huế", not "Huế"),
            # and so must the pre-2025 unit, or such figures resolve to no province.
            old_name = official_name(record["province_name"], period=None)
            if old_name != record["province_name"]:
                record.update(province_name=old_name, full_name=f"Tỉnh {old_name}")
        rows.append(tuple(record[c] for c in ADMINISTRATIVE_UNIT_COLUMNS))
    return ADMINISTRATIVE_UNIT_COLUMNS, rows
