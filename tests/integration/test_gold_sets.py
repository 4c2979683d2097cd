"""The extractor on the project's own gold sets: the floors the extraction issue sets."""

import pytest

from chiso import corpus
from chiso.settings import REPO_ROOT


@pytest.mark.parametrize("name", corpus.TUNED_GOLD_SETS)
def test_precision_and_recall_floors(name):
    report = corpus.evaluate_gold_set(REPO_ROOT, name)
    assert report.overall.precision >= 0.95, report.format_table()
    assert report.overall.recall >= 0.90, report.format_table()


@pytest.mark.parametrize("name", sorted(corpus.GOLD_SETS))
def test_no_regression_below_the_accepted_f1(name):
    accepted = corpus.accepted_scores(REPO_ROOT)[name]["f1"]
    assert round(corpus.evaluate_gold_set(REPO_ROOT, name).overall.f1, 4) >= accepted  # stored rounded
