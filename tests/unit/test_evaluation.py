"""Scoring arithmetic (spec: How extraction is scored)."""

import json

import pytest

from chiso.extraction.evaluation import evaluate, load_jsonl, normalize_province, values_match


def g(indicator, value, file="a.txt", **kw):
    row = {"file": file, "indicator": indicator, "value": value, "kind": "actual", "province": "Bình Phước",
           "period": "2025-03-06"}
    row.update(kw)
    return row


def test_an_ambiguous_gold_row_is_optional():
    gold = [g("women_staff_count", 122), g("women_candidate_share", 40, kind="target", ambiguous=True),
            g("hi_participants", 5400, ambiguous=True)]
    # found: the certain row and one of the two optional ones; and a wrong value of the other
    pred = [g("women_staff_count", 122), g("women_candidate_share", 40, kind="target"), g("hi_participants", 9999)]
    r = evaluate(gold, pred)
    assert (r.overall.tp, r.overall.fp, r.overall.fn) == (1, 1, 0)
    assert r.false_positives == [g("hi_participants", 9999)]


def test_value_tolerance():
    assert values_match(100, 100.4)          # 0.4% relative
    assert not values_match(100, 101)        # 1%
    assert values_match(0.005, 0.0)          # 0.01 absolute
    assert values_match(1427535, 1427535.0)


def test_counts_precision_recall_f1():
    gold = [g("women_staff_count", 122), g("women_staff_share", 61.3), g("women_leader_count", 16)]
    pred = [g("women_staff_count", 122), g("women_staff_share", 61.3), g("women_leader_share", 13.1)]
    r = evaluate(gold, pred)
    assert (r.overall.tp, r.overall.fp, r.overall.fn) == (2, 1, 1)
    assert r.precision == pytest.approx(2 / 3)
    assert r.recall == pytest.approx(2 / 3)
    assert r.f1 == pytest.approx(2 / 3)
    assert r.per_indicator["women_leader_share"].fp == 1
    assert r.per_indicator["women_leader_count"].fn == 1


def test_file_and_indicator_must_agree():
    r = evaluate([g("women_staff_count", 122)], [g("women_staff_count", 122, file="b.txt"), g("women_leader_count", 122)])
    assert (r.overall.tp, r.overall.fp, r.overall.fn) == (0, 2, 1)


def test_one_to_one_greedy_by_closeness():
    gold = [g("hi_coverage_rate", 93.5), g("hi_coverage_rate", 93.6)]
    pred = [g("hi_coverage_rate", 93.6)]
    r = evaluate(gold, pred)
    assert (r.overall.tp, r.overall.fp, r.overall.fn) == (1, 0, 1)
    assert r.false_negatives[0]["value"] == 93.5   # the exact one was matched


def test_duplicate_predictions_count_as_false_positives():
    r = evaluate([g("women_staff_count", 122)], [g("women_staff_count", 122), g("women_staff_count", 122)])
    assert (r.overall.tp, r.overall.fp) == (1, 1)


def test_derived_predictions_ignored():
    r = evaluate([g("women_staff_count", 122)], [g("women_staff_count", 122), g("staff_total", 199, kind="derived")])
    assert r.overall.fp == 0 and r.precision == 1.0


def test_context_accuracies():
    gold = [g("women_staff_count", 122), g("women_staff_share", 61.3)]
    pred = [g("women_staff_count", 122, province="Tỉnh  Bình-Phước", period="2025"),
            g("women_staff_share", 61.3, kind="target", province="Đồng Nai", period="2024-12-31")]
    r = evaluate(gold, pred)
    assert r.overall.accuracy("kind") == 0.5
    assert r.overall.accuracy("province") == 0.5
    assert r.overall.accuracy("period") == 0.5
    d = r.to_dict()
    assert d["overall"]["kind_accuracy"] == 0.5
    assert "OVERALL" in r.format_table()


def test_province_normalisation():
    assert normalize_province("Thành phố Hồ Chí Minh") == normalize_province("hồ chí minh")
    assert normalize_province("Tỉnh Bà Rịa - Vũng Tàu") == normalize_province("Bà Rịa-Vũng Tàu")
    assert normalize_province("Hoà Bình".replace("à", "a\u0300")) == normalize_province("Hoà Bình")  # NFC
    assert normalize_province(None) == ""


def test_empty_sets():
    r = evaluate([], [])
    assert r.precision == 0.0 and r.recall == 0.0 and r.f1 == 0.0


def test_load_jsonl(tmp_path):
    p = tmp_path / "gold.jsonl"
    p.write_text(json.dumps(g("women_staff_count", 122)) + "\n\n" + json.dumps(g("women_staff_share", 61.3)) + "\n",
                 encoding="utf-8")
    rows = load_jsonl(p)
    assert [r["value"] for r in rows] == [122, 61.3]
