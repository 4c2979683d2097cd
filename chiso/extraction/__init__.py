"""Indicator extraction from Vietnamese public-sector news.

Public API::

    from chiso.extraction import EXTRACTOR_VERSION, Observation, extract
    observations = extract(article)          # list[Observation], sorted by start offset
    record = observations[0].to_record("file.txt")

Modules: :mod:`.catalogue` (the indicator CSV), :mod:`.numbers` (number mentions),
:mod:`.sentences` (offset-keeping splitting), :mod:`.context` (period, kind, approximation,
organisations), :mod:`.engine` (classification and assembly), :mod:`.evaluation` (scoring).
"""

from __future__ import annotations

from dataclasses import dataclass

from chiso.documents import Article

EXTRACTOR_VERSION = "1.4.0"

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

    return extract_observations(article, EXTRACTOR_VERSION)


__all__ = ["EXTRACTOR_VERSION", "Observation", "extract", "RECORD_KEYS"]
