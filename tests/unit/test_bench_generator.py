"""The benchmark corpus states a province's figure for a period the same way in every article,
as the press does: contradictions stay the exception, so the benchmarks do not time a conflicts
mart swollen by the generator."""

from collections import defaultdict

from bench.generate import generate
from chiso.documents import read_articles
from chiso.extraction import extract


def test_generated_articles_rarely_contradict_each_other(tmp_path):
    values = defaultdict(set)
    for path in generate(tmp_path, count=600, seed=5):
        for article in read_articles(path):
            for obs in extract(article):
                if obs.kind == "actual" and obs.period:
                    values[(obs.indicator, obs.province, obs.period)].add(round(obs.value, 6))
    repeated = list(values.values())
    contradicted = sum(1 for figures in repeated if len(figures) > 1)
    assert len(repeated) > 1000
    assert contradicted / len(repeated) < 0.06, f"{contradicted} of {len(repeated)} figures contradicted"


def test_the_same_seed_gives_the_same_files(tmp_path):
    first = [p.read_bytes() for p in generate(tmp_path / "a", count=50, seed=9)]
    assert first == [p.read_bytes() for p in generate(tmp_path / "b", count=50, seed=9)]
