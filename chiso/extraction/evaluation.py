"""Scoring an extractor against a gold set (spec: "How extraction is scored").

A prediction matches a gold observation when ``file`` and ``indicator`` are equal and the values
agree within 0.5% (relative) or 0.01 (absolute), one-to-one (greedy by closeness). Derived
predictions are ignored. Precision, recall and F1 are counted over all files together and per
indicator; among matched pairs, the share with the right kind, province (normalised) and period
year is reported.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REL_TOL = 0.005
ABS_TOL = 0.01


def load_jsonl(path) -> list[dict]:
    rows = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line:
            rows.append(json.loads(line))
    return rows


def values_match(a, b) -> bool:
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    diff = abs(a - b)
    return diff <= ABS_TOL or diff <= REL_TOL * max(abs(a), abs(b))


def normalize_province(name) -> str:
    if name is None:
        return ""
    s = unicodedata.normalize("NFC", str(name)).strip().casefold()
    s = re.sub(r"^(?:tỉnh|thành phố|tp\.?)\s*", "", s)
    return re.sub(r"[\s\-–—_.]+", "", s)


def period_year(period) -> str | None:
    if period is None:
        return None
    m = re.match(r"\s*(\d{4})", str(period))
    return m.group(1) if m else None


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    matched: int = 0
    kind_ok: int = 0
    province_ok: int = 0
    period_ok: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, name: str) -> float | None:
        return getattr(self, f"{name}_ok") / self.matched if self.matched else None

    def to_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "kind_accuracy": _r(self.accuracy("kind")), "province_accuracy": _r(self.accuracy("province")),
                "period_year_accuracy": _r(self.accuracy("period"))}


def _r(x):
    return None if x is None else round(x, 4)


@dataclass
class EvaluationReport:
    overall: Score
    per_indicator: dict[str, Score]
    false_positives: list[dict] = field(default_factory=list)
    false_negatives: list[dict] = field(default_factory=list)
    mismatches: list[tuple[dict, dict]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.overall.precision

    @property
    def recall(self) -> float:
        return self.overall.recall

    @property
    def f1(self) -> float:
        return self.overall.f1

    def to_dict(self) -> dict:
        return {"overall": self.overall.to_dict(),
                "per_indicator": {k: v.to_dict() for k, v in sorted(self.per_indicator.items())}}

    def format_table(self) -> str:
        head = f"{'indicator':32} {'tp':>4} {'fp':>4} {'fn':>4} {'prec':>6} {'rec':>6} {'f1':>6} {'kind':>6} {'prov':>6} {'year':>6}"
        lines = [head, "-" * len(head)]

        def fmt(name: str, s: Score) -> str:
            acc = [s.accuracy(x) for x in ("kind", "province", "period")]
            acc_s = " ".join(f"{a:6.2f}" if a is not None else "     -" for a in acc)
            return f"{name:32} {s.tp:4d} {s.fp:4d} {s.fn:4d} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {acc_s}"

        for name, s in sorted(self.per_indicator.items()):
            lines.append(fmt(name, s))
        lines.append("-" * len(head))
        lines.append(fmt("OVERALL", self.overall))
        return "\n".join(lines)


def evaluate(gold: list[dict], predicted: list[dict]) -> EvaluationReport:
    """Precision, recall and F1 as the catalogue's scoring rules define them. A gold row marked
    ``"ambiguous": true`` (the annotator could not tell from the rules) is optional: a prediction
    that matches one counts neither for nor against, and missing one is not a miss."""
    optional = [g for g in gold if g.get("ambiguous") and g.get("kind") != "derived"]
    gold = [g for g in gold if g.get("kind") != "derived" and not g.get("ambiguous")]
    predicted = [p for p in predicted if p.get("kind") != "derived"]
    groups_g: dict[tuple, list[int]] = defaultdict(list)
    groups_p: dict[tuple, list[int]] = defaultdict(list)
    for i, g in enumerate(gold):
        groups_g[(g.get("file"), g.get("indicator"))].append(i)
    for i, p in enumerate(predicted):
        groups_p[(p.get("file"), p.get("indicator"))].append(i)
    groups_o: dict[tuple, list[dict]] = defaultdict(list)
    for o in optional:
        groups_o[(o.get("file"), o.get("indicator"))].append(o)
    overall = Score()
    per: dict[str, Score] = defaultdict(Score)
    fps, fns, mism = [], [], []
    for key in set(groups_g) | set(groups_p):
        gi, pi = groups_g.get(key, []), groups_p.get(key, [])
        pairs = []
        for a in gi:
            for b in pi:
                if values_match(gold[a].get("value"), predicted[b].get("value")):
                    gv, pv = float(gold[a]["value"]), float(predicted[b]["value"])
                    pairs.append((abs(gv - pv) / max(abs(gv), abs(pv), 1e-9), a, b))
        pairs.sort()
        used_g, used_p = set(), set()
        for _d, a, b in pairs:
            if a in used_g or b in used_p:
                continue
            used_g.add(a)
            used_p.add(b)
            g, p = gold[a], predicted[b]
            for s in (overall, per[key[1]]):
                s.tp += 1
                s.matched += 1
                s.kind_ok += g.get("kind") == p.get("kind")
                s.province_ok += normalize_province(g.get("province")) == normalize_province(p.get("province"))
                s.period_ok += period_year(g.get("period")) == period_year(p.get("period"))
            if (g.get("kind") != p.get("kind") or normalize_province(g.get("province")) != normalize_province(p.get("province"))
                    or period_year(g.get("period")) != period_year(p.get("period"))):
                mism.append((g, p))
        for a in gi:
            if a not in used_g:
                overall.fn += 1
                per[key[1]].fn += 1
                fns.append(gold[a])
        unused_optional = list(groups_o.get(key, []))
        for b in pi:
            if b in used_p:
                continue
            o = next((o for o in unused_optional if values_match(o.get("value"), predicted[b].get("value"))), None)
            if o is not None:
                unused_optional.remove(o)
                continue
            overall.fp += 1
            per[key[1]].fp += 1
            fps.append(predicted[b])
    return EvaluationReport(overall, dict(per), fps, fns, mism)


__all__ = ["evaluate", "load_jsonl", "EvaluationReport", "Score", "values_match", "normalize_province"]
