import subprocess
import sys

import numpy as np
from datasketch import MinHashLSH

from chiso import dedup

BODY = ("Tính đến hết tháng 6/2025, toàn tỉnh có 245.312 người tham gia BHXH bắt buộc, đạt 28,4% lực lượng "
        "lao động trong độ tuổi; số người tham gia BHXH tự nguyện là 41.205 người, tăng 3.120 người so với "
        "cùng kỳ năm trước. Tổng số thu BHXH, BHYT, BHTN đạt 2.315 tỷ đồng, bằng 48,7% kế hoạch được giao.")
COPY = BODY.replace("Tính đến hết tháng 6/2025", "Tính đến cuối tháng 6/2025")
NEXT_MONTH = BODY.replace("245.312", "251.870").replace("41.205", "42.011").replace("2.315", "2.780")


def _sign(text):
    return dedup.signature(text), dedup.figures(text)


def test_bands_are_the_ones_datasketch_chooses_for_the_threshold():
    lsh = MinHashLSH(threshold=dedup.THRESHOLD, num_perm=dedup.NUM_PERM)
    assert (lsh.b, lsh.r) == (dedup.LSH_BANDS, dedup.LSH_ROWS)


def test_a_syndicated_copy_is_found_and_next_months_report_is_not():
    index = dedup.NearDuplicateIndex()
    index.add("original", *_sign(BODY))
    assert index.find(*_sign(COPY)) == "original"
    assert index.find(*_sign(NEXT_MONTH)) is None


def test_the_earliest_copy_wins_and_archive_candidates_come_first():
    index = dedup.NearDuplicateIndex()
    index.add("second", *_sign(COPY))
    index.add("third", *_sign(BODY))
    assert index.find(*_sign(BODY)) == "second"
    hashvalues, figures = _sign(BODY)
    archived = [("not-a-copy", *_sign(NEXT_MONTH)), ("first", hashvalues.copy(), figures)]
    assert index.find(hashvalues, figures, archived) == "first"


def test_candidates_must_share_a_whole_band():
    hashvalues, figures = _sign(BODY)
    index = dedup.NearDuplicateIndex()
    # 95% of the values agree, but one value differs in each band: LSH never offers it.
    other = hashvalues.copy()
    other[[b * dedup.LSH_ROWS for b in range(dedup.LSH_BANDS)]] += np.uint64(1)
    index.add("other", other, figures)
    assert float(np.mean(other == hashvalues)) >= dedup.THRESHOLD
    assert index.find(hashvalues, figures) is None


def test_a_signature_equals_datasketchs_own_for_the_seed():
    from datasketch import MinHash

    for text in (BODY, NEXT_MONTH, "", "một"):
        words = dedup._WORD.findall(dedup.strip_accents(dedup.fold(text)))
        reference = MinHash(num_perm=dedup.NUM_PERM, seed=dedup.SEED, scheme=dedup.SCHEME)
        reference.update_batch([" ".join(words[i:i + 3]).encode() for i in range(max(1, len(words) - 2))])
        signature = dedup.signature(text)
        assert signature.dtype == reference.hashvalues.dtype and (signature == reference.hashvalues).all(), text


def test_signing_imports_neither_datasketch_nor_scipy():
    # datasketch's package loads its LSH module and scipy: 1.3 s of every ingestion, for arithmetic
    program = ("import sys; from chiso import dedup; dedup.signature('Tin tức'); "
               "print(sorted({m.split('.')[0] for m in sys.modules} & {'datasketch', 'scipy'}))")
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_a_signature_read_back_as_a_list_compares_as_its_unsigned_type():
    import numpy as np

    from chiso.dedup import is_near_copy

    ours = np.array([2**64 - 1, 5, 7, 9], dtype=np.uint64)
    figures = frozenset({"1.000"})
    # as floats, 2**64 - 2 and 2**64 - 1 are the same number: a list must not be read as floats
    assert not is_near_copy(ours, figures, [2**64 - 2, 5, 7, 9], figures)   # 3 of 4 agree: below 0.8
    assert is_near_copy(ours, figures, [2**64 - 1, 5, 7, 9], figures)
