"""Extraction over files and folders, and scoring of a corpus against its gold annotation."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Callable, Iterable, Iterator

from chiso import fingerprint
from chiso.documents import SUPPORTED_SUFFIXES, DocumentError, iter_input_files, read_articles
from chiso.progress import Progress

GOLD_SETS = {  # the project's own gold sets: (articles folder, glob of its gold files)
    "samples": ("samples/articles", "samples/articles.*.gold.jsonl"),
    "hard": ("samples/hard", "samples/hard.*.gold.jsonl"),
    # Written blind by someone who never saw the extractor, and never used to tune it: the
    # honest estimate of accuracy on unseen articles.
    "holdout": ("samples/holdout", "samples/holdout.gold.jsonl"),
    # Written and annotated blind by the reviews of the extractor (ten in session 5, more in session
    # 6), which was then corrected on the general rules they showed: no longer an estimate, a
    # regression set.
    "review": ("samples/review", "samples/review.gold.jsonl"),
}
TUNED_GOLD_SETS = ("samples", "hard", "review")  # the sets the precision/recall floors apply to
ACCEPTED_SCORES_FILE = "samples/accepted_scores.json"


def input_files(paths: Iterable[Path], on_error: Callable[[Path, str], None]) -> Iterator[Path]:
    for path in map(Path, paths):
        if not path.exists():
            on_error(path, "no such file or folder")
            continue
        for file in iter_input_files(path):
            if path.is_dir() and file.suffix.lower() not in SUPPORTED_SUFFIXES:
                continue
            yield file


def extract_records(paths: Iterable[Path], on_error: Callable[[Path, str], None],
                    progress: Progress | None = None) -> Iterator[dict]:
    """Observation records (the `chiso extract` contract) of every readable file."""
    from chiso.extraction import extract

    files = list(input_files(paths, on_error))
    progress = progress or Progress("extract", enabled=False)
    progress.total = len(files)
    for file in files:
        progress.advance()
        try:
            articles = read_articles(file)
        except (DocumentError, OSError) as error:
            on_error(file, str(error))
            continue
        for article in articles:
            for observation in extract(article):
                yield observation.to_record(file.name)
    progress.close()


def load_gold(paths: Iterable[Path]) -> list[dict]:
    rows = []
    for path in paths:
        with Path(path).open(encoding="utf-8") as handle:
            rows.extend(json.loads(line) for line in handle if line.strip())
    return rows


def evaluate_gold_set(root: Path, name: str):
    """Score the extractor on one of the project's gold sets; returns an EvaluationReport."""
    from chiso.extraction.evaluation import evaluate

    folder, gold_glob = GOLD_SETS[name]
    errors: list[str] = []
    predicted = list(extract_records([root / folder], lambda p, e: errors.append(f"{p}: {e}")))
    return evaluate(load_gold(sorted(root.glob(gold_glob))), predicted)


def accepted_scores(root: Path) -> dict:
    path = root / ACCEPTED_SCORES_FILE
    return json.loads(path.read_text()) if path.exists() else {}


def scoring_fingerprint(root: Path) -> str:
    """A hash of everything the gold-set scores depend on: the extractor's code and data (the whole
    ``chiso`` package, which it imports from), the gold sets, and every installed package (the
    HTML samples are read by trafilatura, legacy encodings by charset-normalizer, places by the
    gazetteer's data)."""
    root = Path(root)
    gold_sets = [path for folder, gold_glob in GOLD_SETS.values()
                 for path in [root / folder, *sorted(root.glob(gold_glob))]]
    return fingerprint.code_fingerprint([Path(__file__).resolve().parent, *gold_sets])


def gold_set_scores(root: Path, cache_dir: Path | None = None) -> tuple[dict[str, dict], bool]:
    """Precision, recall and F1 of every gold set (and the per-indicator table of the samples),
    and whether they came from the cache. The scores are a function of scoring_fingerprint's
    inputs alone, so they are computed once per version of those (0.7 s each time otherwise)."""
    version = scoring_fingerprint(root)
    cached = Path(cache_dir) / f"gold-set-scores-{version[:24]}.json" if cache_dir else None
    if cached:
        try:
            return json.loads(cached.read_text(encoding="utf-8")), True
        except (OSError, ValueError):   # not there yet, removed meanwhile, or unreadable: score again
            pass
    scores = {}
    for name in GOLD_SETS:
        report = evaluate_gold_set(root, name)
        scores[name] = {"precision": report.overall.precision, "recall": report.overall.recall,
                        "f1": report.overall.f1, "per_indicator": report.format_table()}
    if cached:
        cached.parent.mkdir(parents=True, exist_ok=True)
        for stale in [*cached.parent.glob("gold-set-scores-*.json"), *cached.parent.glob(".gold-set-scores-*")]:
            stale.unlink(missing_ok=True)   # older versions, and what a killed run left half-written
        partial = cached.with_name(f".{cached.name}.{os.getpid()}")
        partial.write_text(json.dumps(scores, ensure_ascii=False), encoding="utf-8")
        os.replace(partial, cached)   # a reader never sees half a file
    return scores, False
