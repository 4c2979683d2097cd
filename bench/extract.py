"""Extraction throughput, against a floor and against the first step of an NLP pipeline.

Prints, on one generated corpus and in one run (so the ratios compare like with like on a
shared, noisy machine):
- extraction: articles/s and MB/s (one process, and the process pool used for large batches);
- floor: read, NFC, one number regex — the least any extractor must do;
- underthesea's word_tokenize: what a user building on a Vietnamese NLP toolkit pays first;
- linearity: time per article as articles grow 1x, 2x, 4x, 8x longer.

    .venv/bin/python bench/extract.py [--count 500] [--seed 7]
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import generate  # noqa: E402
from bench.timing import best_in_turns, best_of  # noqa: E402
from chiso.documents import read_articles  # noqa: E402
from chiso.extraction import extract  # noqa: E402
from chiso.warehouse import extract_in_pool, extraction_pool  # noqa: E402

NUMBER = re.compile(r"\d[\d.,]*")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        files = generate(Path(tmp) / "corpus", args.count, args.seed)
        raw = [f.read_bytes() for f in files]
        articles = [a for f in files for a in read_articles(f)]
    megabytes = sum(map(len, raw)) / 1e6
    texts = [a.text for a in articles]

    def floor() -> None:
        for data in raw:
            NUMBER.findall(unicodedata.normalize("NFC", data.decode("utf-8")))

    def extraction() -> None:
        for article in articles:
            extract(article)

    from underthesea import word_tokenize

    sample = texts[: max(20, len(texts) // 5)]  # word_tokenize is slow: time a fifth, scale up
    word_tokenize(sample[0])   # its model loads on the first call
    # The floor takes milliseconds: ten passes per timing keep the timer's and the machine's jitter small.
    t_floor, t_extract, t_tokenize = best_in_turns(5, lambda: [floor() for _ in range(10)], extraction,
                                                   lambda: [word_tokenize(t) for t in sample])
    t_floor /= 10
    t_tokenize *= len(texts) / len(sample)
    observations = sum(len(extract(a)) for a in articles)

    print(f"corpus: {len(articles)} articles, {megabytes:.2f} MB, {observations} observations")
    print(f"extraction:            {len(articles) / t_extract:9.1f} articles/s  {megabytes / t_extract:7.2f} MB/s")
    print(f"floor (NFC + regex):   {len(articles) / t_floor:9.1f} articles/s  {megabytes / t_floor:7.2f} MB/s")
    print(f"underthesea tokenize:  {len(articles) / t_tokenize:9.1f} articles/s  {megabytes / t_tokenize:7.2f} MB/s")
    print(f"ratio extraction / floor time:       {t_extract / t_floor:6.1f}x  (target <= 20x)")
    print(f"ratio tokenize / extraction time:    {t_tokenize / t_extract:6.1f}x  (target >= 20x)")

    # The process pool of large batches, as extraction runs them (spawned workers, their start-up
    # included), on the corpus four times over.
    workers = os.cpu_count() or 1
    batch = articles * 4
    start = time.perf_counter()
    with extraction_pool(workers) as pool:
        pooled = extract_in_pool(pool, workers, extract, batch)
    t_pool = time.perf_counter() - start
    assert pooled == [extract(a) for a in batch], "the pool's output differs from one process's"
    print(f"extraction, pool of {workers} workers (start-up included, {len(batch)} articles): "
          f"{len(batch) / t_pool:9.1f} articles/s  {4 * megabytes / t_pool:7.2f} MB/s")

    print("linearity (article length x -> seconds per article, and per 1x of length):")
    base = articles[:50]
    for factor in (1, 2, 4, 8):
        longer = [type(a)(source=a.source, title=a.title, published_at=a.published_at,
                          text=a.text + ("\n\n" + a.text[a.body_start:]) * (factor - 1)) for a in base]
        seconds = best_of(3, lambda: [extract(a) for a in longer]) / len(longer)
        print(f"  {factor}x: {seconds * 1000:8.3f} ms/article  {seconds * 1000 / factor:8.3f} ms per unit length")


if __name__ == "__main__":
    main()
