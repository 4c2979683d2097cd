"""The extractor on the project's own gold sets: the floors the extraction issue sets."""

import functools
import json
import shutil

import pytest

from chiso import corpus
from chiso.settings import REPO_ROOT


@functools.lru_cache(maxsize=None)
def _report(name: str):
    """One scoring of a gold set for this module's tests (the review set alone takes tens of seconds)."""
    return corpus.evaluate_gold_set(REPO_ROOT, name)


@pytest.mark.parametrize("name", corpus.TUNED_GOLD_SETS)
def test_precision_and_recall_floors(name):
    report = _report(name)
    assert report.overall.precision >= 0.95, report.format_table()
    assert report.overall.recall >= 0.90, report.format_table()


@pytest.mark.parametrize("name", sorted(corpus.GOLD_SETS))
def test_no_regression_below_the_accepted_f1(name):
    accepted = corpus.accepted_scores(REPO_ROOT)[name]["f1"]
    assert round(_report(name).overall.f1, 4) >= accepted  # stored rounded


def test_gold_set_scores_are_cached_by_what_they_depend_on(tmp_path):
    root, cache = tmp_path / "repo", tmp_path / "cache"
    # (the big blind sets cut to a few articles with their gold: what is tested is the cache, not the scores)
    shutil.copytree(REPO_ROOT / "samples", root / "samples", ignore=shutil.ignore_patterns("holdout", "review"))
    for big in ("holdout", "review"):
        kept = sorted(p.name for p in (REPO_ROOT / "samples" / big).iterdir())[:5]
        (root / "samples" / big).mkdir()
        for name in kept:
            shutil.copy2(REPO_ROOT / "samples" / big / name, root / "samples" / big / name)
        lines = (REPO_ROOT / "samples" / f"{big}.gold.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
        (root / "samples" / f"{big}.gold.jsonl").write_text(
            "".join(line for line in lines if line.strip() and json.loads(line)["file"] in kept), encoding="utf-8")
    fresh, from_cache = corpus.gold_set_scores(root, cache)
    assert not from_cache
    assert fresh["hard"]["f1"] == _report("hard").overall.f1
    again, from_cache = corpus.gold_set_scores(root, cache)
    assert from_cache and again == fresh

    gold = sorted(root.glob("samples/articles.*.gold.jsonl"))[0]   # an annotation is dropped
    gold.write_text("".join(gold.read_text(encoding="utf-8").splitlines(keepends=True)[:-1]), encoding="utf-8")
    changed, from_cache = corpus.gold_set_scores(root, cache)
    assert not from_cache and changed["samples"] != fresh["samples"] and changed["hard"] == fresh["hard"]
    assert len(list(cache.glob("gold-set-scores-*.json"))) == 1   # the stale entry is gone
