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

import hashlib
import re
import struct
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

from chiso.text import fold, strip_accents

if TYPE_CHECKING:  # numpy takes a while to import: only ingestion pays for it
    import numpy as np

NUM_PERM = 128
SEED = 7
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


# The signature is datasketch's MinHash with the "affine32" scheme, bit for bit (a unit test
# compares them), computed here: importing datasketch loads its LSH module and, with it, scipy
# (1.3 s of every ingestion), for twenty lines of arithmetic.
_FMIX32 = (16, 0x85EBCA6B, 13, 0xC2B2AE35, 16)   # MurmurHash3's 32-bit finalizer


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The (a, b) of the NUM_PERM affine permutations h -> a*h + b mod 2**32 that datasketch draws
    for SEED: a odd, so each one is a bijection."""
    import numpy as np

    generator = np.random.RandomState(SEED)
    a = generator.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = generator.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _fmix32(hashes: np.ndarray) -> np.ndarray:
    shift1, multiplier1, shift2, multiplier2, shift3 = (hashes.dtype.type(c) for c in _FMIX32)
    hashes = hashes ^ (hashes >> shift1)
    hashes = hashes * multiplier1
    hashes = hashes ^ (hashes >> shift2)
    hashes = hashes * multiplier2
    return hashes ^ (hashes >> shift3)


def signature(text: str) -> np.ndarray:
    """The MinHash signature (NUM_PERM uint32 values) of the text's word 3-grams."""
    import numpy as np

    words = _WORD.findall(strip_accents(fold(text)))
    grams = {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    # datasketch's sha1_hash32: the first four bytes of the SHA-1, little-endian
    hashes = np.array([struct.unpack("<I", hashlib.sha1(g.encode("utf-8")).digest()[:4])[0] for g in grams],
                      dtype=np.uint32).reshape(-1, 1)
    a, b = _permutations()
    with np.errstate(over="ignore"):   # the wrap-around is the modulo 2**32
        return (_fmix32(hashes) * a + b).min(axis=0)


# Locality-sensitive hashing: two signatures are candidates when all rows of one band agree.
# 9 bands of 13 rows is datasketch's optimum for THRESHOLD over NUM_PERM permutations (its
# MinHashLSH picks the same; a unit test pins that), so candidates are the ones its index found.
LSH_BANDS, LSH_ROWS = 9, 13


def band_keys(hashvalues: np.ndarray) -> list[bytes]:
    return [hashvalues[b * LSH_ROWS:(b + 1) * LSH_ROWS].tobytes() for b in range(LSH_BANDS)]


def is_near_copy(hashvalues: np.ndarray, article_figures: frozenset[str],
                 other_hashvalues: "np.ndarray | list[int]", other_figures: frozenset[str]) -> bool:
    import numpy as np

    # the cheap test first; a signature read back from the warehouse is a list, compared as the
    # same unsigned type (numpy would read a list with values of 2**63 and more as floats)
    return (_overlap(other_figures, article_figures) >= FIGURES_THRESHOLD
            and float((np.asarray(other_hashvalues, dtype=hashvalues.dtype) == hashvalues).mean()) >= THRESHOLD)


class NearDuplicateIndex:
    """The articles of one load batch, in the order they were added.

    The archive is not held here: it can be far larger than memory allows and is already in the
    warehouse, which offers its candidates to :meth:`find` (see ``warehouse._archive_candidates``).
    """

    def __init__(self) -> None:
        self._buckets: list[dict[bytes, list[str]]] = [{} for _ in range(LSH_BANDS)]
        self._entries: dict[str, tuple[np.ndarray, frozenset[str]]] = {}
        self._order: dict[str, int] = {}

    def add(self, article_id: str, hashvalues: np.ndarray, article_figures: frozenset[str]) -> None:
        if article_id in self._entries:
            return
        self._entries[article_id] = (hashvalues, article_figures)
        self._order[article_id] = len(self._order)
        for bucket, key in zip(self._buckets, band_keys(hashvalues)):
            bucket.setdefault(key, []).append(article_id)

    def find(self, hashvalues: np.ndarray, article_figures: frozenset[str],
             earlier: Iterable[tuple[str, "np.ndarray | list[int]", frozenset[str]]] = ()) -> str | None:
        """The earliest near copy: first among ``earlier`` (candidates from before this batch, in
        their order), then among the articles added here."""
        for article_id, other_hashvalues, other_figures in earlier:
            if is_near_copy(hashvalues, article_figures, other_hashvalues, other_figures):
                return article_id
        candidates = {c for bucket, key in zip(self._buckets, band_keys(hashvalues)) for c in bucket.get(key, ())}
        for article_id in sorted(candidates, key=self._order.__getitem__):
            if is_near_copy(hashvalues, article_figures, *self._entries[article_id]):
                return article_id
        return None
