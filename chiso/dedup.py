"""Near-duplicate detection: the same story syndicated by two sites with small edits.

Exact copies share a content hash and never reach this module. Near copies differ by a
byline, a photo caption or a re-worded sentence; their figures must not be counted twice.
Articles are compared by MinHash over word 3-grams of their folded, unaccented text, with an
LSH index so that a new article is compared only with plausible candidates (sub-linear in the
archive), then confirmed by the estimated Jaccard similarity. Monthly reports of one office share most
of their wording but not their figures, so two texts are one story only when their sets of
figures agree too.
"""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

from chiso.text import fold, strip_accents

import numpy as np

if TYPE_CHECKING:  # datasketch takes seconds to import: only ingestion pays for it
    from datasketch import MinHash

NUM_PERM = 128
SCHEME = "affine32"  # stored signatures are only comparable within one scheme
SHINGLE_WORDS = 3
# Estimated Jaccard similarity of word 3-gram sets above which two texts are one story. A
# syndicated copy with an edited sentence scores ~0.83; articles written from one template with
# other figures score up to ~0.77, and a lower threshold makes every such article a candidate of
# every other (quadratic work on a large archive).
THRESHOLD = 0.8
FIGURES_THRESHOLD = 0.8  # and the share of figures they have in common
_WORD = re.compile(r"\w+")
_FIGURE = re.compile(r"\d[\d.,]*\d|\d")


def figures(text: str) -> frozenset[str]:
    """The digit groups of a text: syndicated copies keep them, next month's report does not."""
    return frozenset(_FIGURE.findall(text))


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def signature(text: str) -> MinHash:
    from datasketch import MinHash

    words = _WORD.findall(strip_accents(fold(text)))
    grams = {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    minhash = MinHash(num_perm=NUM_PERM, seed=7, scheme=SCHEME)
    minhash.update_batch([g.encode("utf-8") for g in grams])
    return minhash


def to_list(minhash: MinHash) -> list[int]:
    return [int(v) for v in minhash.hashvalues]


def from_list(values: list[int]) -> MinHash:
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=7, scheme=SCHEME, hashvalues=np.array(values, dtype=np.uint64))


class NearDuplicateIndex:
    """Articles seen so far; ``find`` returns the earliest-added near copy of a text, if any."""

    def __init__(self) -> None:
        from datasketch import MinHashLSH

        self._lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        self._order: dict[str, int] = {}
        # Only the hash values (1 KB each), not MinHash objects: the index lives in memory for the
        # whole archive during ingestion.
        self._entries: dict[str, tuple[np.ndarray, frozenset[str]]] = {}

    def add(self, article_id: str, minhash: MinHash, article_figures: frozenset[str]) -> None:
        if article_id in self._order:
            return
        self._order[article_id] = len(self._order)
        self._entries[article_id] = (minhash.hashvalues, article_figures)
        self._lsh.insert(article_id, minhash)

    def find(self, minhash: MinHash, article_figures: frozenset[str]) -> str | None:
        candidates = [
            c for c in self._lsh.query(minhash)
            if _overlap(self._entries[c][1], article_figures) >= FIGURES_THRESHOLD  # cheap test first
            and float(np.mean(self._entries[c][0] == minhash.hashvalues)) >= THRESHOLD  # MinHash.jaccard
        ]
        return min(candidates, key=self._order.__getitem__) if candidates else None
