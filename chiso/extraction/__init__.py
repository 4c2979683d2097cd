"""Indicator extraction from Vietnamese public-sector news.

Public API::

    from chiso.extraction import EXTRACTOR_VERSION, Observation, extract
    observations = extract(article)          # list[Observation], sorted by start offset
    record = observations[0].to_record("file.txt")

Modules: :mod:`.catalogue` (the indicator CSV), :mod:`.numbers` (number mentions),
:mod:`.sentences` (offset-keeping splitting), :mod:`.context` (period, kind, approximation,
organisations), :mod:`.tables` (tables read as sentences), :mod:`.engine` (classification and assembly),
:mod:`.evaluation` (scoring).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from chiso.documents import Article

EXTRACTOR_VERSION = "2.5.0"

RECORD_KEYS = ("file", "indicator", "value", "unit", "kind", "approx", "province", "area", "organization",
               "period", "sentence", "start", "end", "confidence")


@dataclass(frozen=True)
class Observation:
    indicator: str
    value: float
    unit: str
    kind: str                 # 'actual' | 'target' | 'derived'
    approx: bool
    province: str | None
    area: str | None
    organization: str | None
    period: str | None
    sentence: str
    start: int                # article.text[start:end] is the figure as written
    end: int
    cue: str
    confidence: float
    extractor_version: str = EXTRACTOR_VERSION

    def to_record(self, file: str) -> dict:
        value = self.value
        if float(value).is_integer():
            value = int(value)
        return {"file": file, "indicator": self.indicator, "value": value, "unit": self.unit, "kind": self.kind,
                "approx": self.approx, "province": self.province, "area": self.area,
                "organization": self.organization, "period": self.period, "sentence": self.sentence,
                "start": self.start, "end": self.end, "confidence": self.confidence}


def extract(article: Article) -> list[Observation]:
    """Every catalogue observation stated in ``article`` (plus derived totals), sorted by start."""
    from chiso.extraction.engine import extract_observations
    from chiso.extraction.tables import find_tables, rewrite_tables

    tables = find_tables(article.text)
    if not tables:
        return extract_observations(article, EXTRACTOR_VERSION)
    # tables are read as the sentences of their rows; every offset then goes back to the original text
    text, original = rewrite_tables(article.text, tables)
    observations = []
    for o in extract_observations(replace(article, text=text), EXTRACTOR_VERSION):
        span = original.span(o.start, o.end)
        if span is None:
            continue
        row = original.row(o.start)
        observations.append(replace(o, start=span[0], end=span[1],
                                    sentence=article.text[row[0]:row[1]] if row is not None else o.sentence))
    return sorted(observations, key=lambda o: o.start)


__all__ = ["EXTRACTOR_VERSION", "Observation", "extract", "RECORD_KEYS"]
