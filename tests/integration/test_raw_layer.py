"""The raw layer on a real DuckDB file: idempotent ingestion, quarantine, atomic publication."""

import threading

import duckdb
import pytest

from chiso import warehouse
from tests.conftest import write_article

BODY = "Tính đến nay, toàn tỉnh có 1.427.535 người tham gia BHYT, đạt 93,2% dân số."


def _ingest(landing, wh):
    with warehouse.connect(wh / "chiso.duckdb") as conn:
        return warehouse.ingest_folder(conn, landing, wh / "quarantine")


def _table(wh, sql):
    with duckdb.connect(str(wh / "chiso.duckdb"), read_only=True) as conn:
        return conn.execute(sql).fetchall()


def test_ingest_loads_once_and_accounts_for_every_file(landing, tmp_path):
    wh = tmp_path / "wh"
    write_article(landing, "a.txt", "Tin A", "06/03/2025 04:52 PM", BODY)
    (landing / "sub").mkdir()
    write_article(landing / "sub", "copy-of-a.txt", "Tin A", "06/03/2025 04:52 PM", BODY)
    (landing / "empty.txt").write_bytes(b"")
    (landing / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 JFIF")

    first = _ingest(landing, wh)
    assert (first.loaded, first.duplicate, first.rejected, first.unchanged) == (1, 1, 2, 0)
    statuses = dict(_table(wh, "SELECT file_path, status FROM raw.ingested_files"))
    assert statuses == {"a.txt": "loaded", "sub/copy-of-a.txt": "duplicate", "empty.txt": "rejected",
                        "photo.jpg": "rejected"}
    reasons = dict(_table(wh, "SELECT file_path, reason FROM raw.ingested_files WHERE status = 'rejected'"))
    assert reasons["empty.txt"].startswith("empty") and reasons["photo.jpg"].startswith("unsupported_format")
    assert sorted(p.name.split("-", 1)[1] for p in (wh / "quarantine").iterdir()) == ["empty.txt", "photo.jpg"]

    snapshot = _table(wh, "SELECT * EXCLUDE (last_seen_at) FROM raw.ingested_files ORDER BY 1")
    second = _ingest(landing, wh)
    assert (second.loaded, second.duplicate, second.rejected, second.unchanged) == (0, 0, 0, 4)
    assert _table(wh, "SELECT * EXCLUDE (last_seen_at) FROM raw.ingested_files ORDER BY 1") == snapshot
    assert _table(wh, "SELECT count(*) FROM raw.articles") == [(1,)]


def test_changed_file_is_read_again(landing, tmp_path):
    wh = tmp_path / "wh"
    path = write_article(landing, "a.txt", "Tin A", None, BODY)
    _ingest(landing, wh)
    write_article(landing, "a.txt", "Tin A (cập nhật)", None, BODY)
    summary = _ingest(landing, wh)
    assert summary.loaded == 1
    assert _table(wh, "SELECT count(*) FROM raw.articles") == [(2,)]
    assert _table(wh, "SELECT count(DISTINCT sha256) FROM raw.ingested_files WHERE file_path = 'a.txt'") == [(2,)]
    assert path.exists()


def test_an_unchanged_file_is_known_by_its_stat_and_a_touched_one_by_its_hash(landing, tmp_path):
    import os

    wh = tmp_path / "wh"
    path = write_article(landing, "a.txt", "Tin A", None, BODY)
    _ingest(landing, wh)
    stat = path.stat()
    # Same size and mtime: taken as the recorded content without being read (the rsync rule), so a
    # rewrite that keeps both is not seen. This pins the rule; any other rewrite changes the stat.
    path.write_bytes(path.read_bytes().replace("BHYT".encode(), "BHXH".encode()))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert _ingest(landing, wh).unchanged == 1
    # A touch without a change of content: read, hashed, found unchanged, its new mtime recorded.
    write_article(landing, "a.txt", "Tin A", None, BODY)
    touched = path.stat().st_mtime_ns
    assert _ingest(landing, wh).unchanged == 1
    assert _table(wh, "SELECT modified_ns FROM raw.ingested_files") == [(touched,)]
    # Same mtime, other size: read again and loaded as new content.
    path.write_text(path.read_text(encoding="utf-8") + "Thêm một câu.\n", encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, touched))
    assert _ingest(landing, wh).loaded == 1
    assert _table(wh, "SELECT count(*) FROM raw.articles") == [(2,)]


def test_a_warehouse_from_before_modified_ns_is_upgraded_in_place(landing, tmp_path):
    wh = tmp_path / "wh"
    write_article(landing, "a.txt", "Tin A", None, BODY)
    _ingest(landing, wh)
    with duckdb.connect(str(wh / "chiso.duckdb")) as conn:
        conn.execute("ALTER TABLE raw.ingested_files DROP COLUMN modified_ns")
    assert _ingest(landing, wh).unchanged == 1
    assert _table(wh, "SELECT count(modified_ns) FROM raw.ingested_files") == [(1,)]


def test_the_raw_ddl_enforces_what_the_dbt_sources_no_longer_test(tmp_path):
    """Keys, NOT NULL and the status domain of the raw tables are DuckDB constraints, checked on
    every write (dbt_project/models/staging/_chiso__sources.yml relies on this)."""
    import pytest

    now = "TIMESTAMP '2025-03-06 16:52:00'"
    with warehouse.connect(tmp_path / "chiso.duckdb") as conn:
        def rejected(sql: str) -> bool:
            with pytest.raises(duckdb.ConstraintException):
                conn.execute(sql)
            return True

        file_row = f"'a.txt', 'ff', 10, 'loaded', NULL, 1, NULL, {now}, {now}, NULL"
        conn.execute(f"INSERT INTO raw.ingested_files VALUES ({file_row})")
        assert rejected(f"INSERT INTO raw.ingested_files VALUES ({file_row})")                  # (path, sha256) key
        assert rejected(f"INSERT INTO raw.ingested_files VALUES ('b.txt', 'ff', 10, 'lost', NULL, 1, NULL, {now}, {now}, NULL)")
        assert rejected(f"INSERT INTO raw.ingested_files VALUES (NULL, 'ff', 10, 'loaded', NULL, 1, NULL, {now}, {now}, NULL)")
        article = f"'id1', 'a.txt', 'ff', 0, 'a.txt', NULL, NULL, NULL, 'text', NULL, {now}"
        conn.execute(f"INSERT INTO raw.articles VALUES ({article})")
        assert rejected(f"INSERT INTO raw.articles VALUES ({article})")                            # article_id key
        assert rejected(f"INSERT INTO raw.articles VALUES ('id2', NULL, 'ff', 0, 'a.txt', NULL, NULL, NULL, 'text', NULL, {now})")
        observation = ("'o1', 'id1', 'hi_participants', 1.0, 'person', 'actual', false, NULL, NULL, NULL, NULL, "
                       f"'câu', 0, 1, NULL, 0.9, '1', {now}")
        conn.execute(f"INSERT INTO raw.indicator_observations VALUES ({observation})")
        assert rejected(f"INSERT INTO raw.indicator_observations VALUES ({observation})")          # observation_id key
        for column in ("article_id", "indicator_code", "value", "extracted_at"):
            assert rejected(f"INSERT INTO raw.indicator_observations BY NAME SELECT * REPLACE (NULL AS {column}, "
                            f"'o2' AS observation_id) FROM raw.indicator_observations")


def test_a_change_of_reference_data_is_noticed_once(tmp_path):
    with warehouse.connect(tmp_path / "chiso.duckdb") as conn:
        rows = warehouse.load_administrative_units(conn)
        warehouse.load_indicator_catalogue(conn)
        assert warehouse.reference_changed_since_last_transform(conn)        # never transformed
        warehouse.record_transform(conn, warehouse.transform_inputs_fingerprint(conn, "project"))
        assert not warehouse.reference_changed_since_last_transform(conn)
        warehouse.load_administrative_units(conn, list(reversed(rows)))     # same content, other order
        assert not warehouse.reference_changed_since_last_transform(conn)
        renamed = [tuple("Thừa Thiên - Huế" if v == "Thừa Thiên Huế" else v for v in row) for row in rows]
        warehouse.load_administrative_units(conn, renamed)
        assert warehouse.reference_changed_since_last_transform(conn)


def test_a_published_transform_is_current_until_something_dbt_reads_changes(landing, tmp_path):
    from chiso.extraction import EXTRACTOR_VERSION, extract

    wh = tmp_path / "wh"
    serving = wh / "serving.duckdb"
    write_article(landing, "a.txt", "Tin A", "06/03/2025 04:52 PM", BODY)
    _ingest(landing, wh)
    with warehouse.connect(wh / "chiso.duckdb") as conn:
        warehouse.load_administrative_units(conn)
        warehouse.load_indicator_catalogue(conn)
        warehouse.extract_pending(conn, extract, EXTRACTOR_VERSION, workers=1)
        inputs = warehouse.transform_inputs_fingerprint(conn, "code v1")
        assert not warehouse.transform_is_published(conn, inputs, serving)          # never transformed
        warehouse.record_transform(conn, inputs)
        assert not warehouse.transform_is_published(conn, inputs, serving)          # transformed, not published
        warehouse.stamp_publication(conn)
    warehouse.publish_serving(wh / "chiso.duckdb", serving)
    with warehouse.connect(wh / "chiso.duckdb") as conn:
        assert warehouse.transform_is_published(conn, inputs, serving)
        assert warehouse.transform_inputs_fingerprint(conn, "code v2") != inputs     # the code changed
        # the file seen again, a day later: only bookkeeping no model reads moves
        conn.execute("UPDATE raw.ingested_files SET last_seen_at = last_seen_at + INTERVAL 1 DAY, "
                     "modified_ns = modified_ns + 1")
        assert warehouse.transform_inputs_fingerprint(conn, "code v1") == inputs
        for change in ("UPDATE raw.articles SET title = 'Tin A (sửa)'",
                       "UPDATE raw.ingested_files SET reason = 'checked by hand'",
                       "UPDATE raw.indicator_observations SET value = value + 1",   # re-extracted
                       "DELETE FROM raw.indicator_catalogue WHERE code = 'hi_coverage_rate'",
                       "UPDATE raw.administrative_units SET full_name = full_name || ' '"):
            conn.execute("BEGIN TRANSACTION")
            conn.execute(change)
            assert warehouse.transform_inputs_fingerprint(conn, "code v1") != inputs, change
            conn.execute("ROLLBACK")
        assert warehouse.transform_is_published(conn, inputs, serving)
    # serving.duckdb says what it was built from: another file in its place is noticed
    with duckdb.connect(str(serving)) as conn:
        conn.execute("UPDATE audit.publication SET inputs_fingerprint = 'an older build'")
    with warehouse.connect(wh / "chiso.duckdb") as conn:
        assert not warehouse.transform_is_published(conn, inputs, serving)
        serving.unlink()
        assert not warehouse.transform_is_published(conn, inputs, serving)


def test_every_dbt_source_is_in_the_inputs_that_decide_a_transform():
    import json

    from orchestration.project import dbt_project

    manifest = json.loads(dbt_project.manifest_path.read_text())
    sources = {f"{s['schema']}.{s['name']}" for s in manifest["sources"].values()}
    assert sources and sources <= set(warehouse.TRANSFORM_INPUTS)


def test_oversized_file_is_rejected_with_its_size(landing, tmp_path):
    wh = tmp_path / "wh"
    write_article(landing, "big.txt", "Tin", None, BODY * 50)
    with warehouse.connect(wh / "chiso.duckdb") as conn:
        summary = warehouse.ingest_folder(conn, landing, wh / "quarantine", max_file_bytes=1000)
    assert summary.rejected == 1 and summary.rejections[0][1].startswith("too_large")


def test_publish_is_atomic_for_an_open_reader(tmp_path):
    working, serving = tmp_path / "chiso.duckdb", tmp_path / "serving.duckdb"
    with duckdb.connect(str(working)) as conn:
        conn.execute("CREATE SCHEMA marts; CREATE TABLE marts.t AS SELECT 1 AS v")
        conn.execute("CREATE SCHEMA staging; CREATE TABLE staging.hidden AS SELECT 1 AS v")
    assert warehouse.publish_serving(working, serving) == {"marts.t": 1}

    reader = duckdb.connect(str(serving), read_only=True)
    with duckdb.connect(str(working)) as conn:
        conn.execute("CREATE OR REPLACE TABLE marts.t AS SELECT * FROM range(5) r(v)")
    errors = []
    publisher = threading.Thread(target=lambda: errors.extend(
        [] if warehouse.publish_serving(working, serving) == {"marts.t": 5} else ["bad counts"]))
    publisher.start()
    publisher.join(timeout=60)
    assert not errors
    assert reader.execute("SELECT count(*) FROM marts.t").fetchone() == (1,)  # the old snapshot
    reader.close()
    with duckdb.connect(str(serving), read_only=True) as fresh:
        assert fresh.execute("SELECT count(*) FROM marts.t").fetchone() == (5,)
        assert fresh.execute("SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'staging'").fetchone() == (0,)


def test_publish_takes_only_the_difference_and_ends_an_exact_copy(tmp_path):
    working, serving = tmp_path / "chiso.duckdb", tmp_path / "serving.duckdb"

    def rows(path, table):
        with duckdb.connect(str(path), read_only=True) as conn:
            return sorted(conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr)

    with duckdb.connect(str(working)) as conn:
        conn.execute("CREATE SCHEMA marts; CREATE SCHEMA audit")
        conn.execute("CREATE TABLE marts.fact AS SELECT range AS id, 'câu ' || range AS sentence, range / 3 AS value "
                     "FROM range(1000)")
        conn.execute("CREATE TABLE marts.dropped AS SELECT 1 AS v")
        conn.execute("CREATE TABLE audit.dupes AS SELECT 1 AS v")
    warehouse.publish_serving(working, serving)
    with duckdb.connect(str(working)) as conn:
        conn.execute("DELETE FROM marts.fact WHERE id < 10")                       # rows gone
        conn.execute("UPDATE marts.fact SET value = -1 WHERE id = 500")             # a row changed
        conn.execute("INSERT INTO marts.fact SELECT range, 'mới', NULL FROM range(1000, 1010)")  # new rows
        conn.execute("DROP TABLE marts.dropped")
        conn.execute("INSERT INTO audit.dupes VALUES (1), (2)")                     # duplicate rows
        conn.execute("CREATE TABLE marts.added AS SELECT 'x' AS v")

    counts = warehouse.publish_serving(working, serving)

    assert counts == {"audit.dupes": 3, "marts.added": 1, "marts.fact": 1000}
    for table in counts:
        assert rows(serving, table) == rows(working, table), table
    serving.write_bytes(b"not a database")   # a damaged last publication is replaced, not a failure
    assert warehouse.publish_serving(working, serving) == counts
    assert rows(serving, "marts.fact") == rows(working, "marts.fact")
    with duckdb.connect(str(serving), read_only=True) as conn:
        assert conn.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'dropped'").fetchone() == (0,)


@pytest.mark.parametrize("original_loaded_before", [False, True], ids=["same-load", "original-in-archive"])
def test_near_duplicate_is_loaded_and_linked_but_next_months_report_is_not(landing, tmp_path, original_loaded_before):
    """In one load the copy is found in the load's own index; in a later load, among the archive's
    candidates that DuckDB offers (``_archive_candidates``)."""
    wh = tmp_path / "wh"
    story = ("Tính đến ngày 30/6/2024, toàn tỉnh Bình Phước có 1.427.535 người tham gia bảo hiểm y tế, đạt tỷ lệ "
             "bao phủ 93,2% dân số. Số người tham gia BHXH bắt buộc là 152.300 người. Những thành tích tiêu biểu "
             "của ngành đã góp phần cùng với BHXH tỉnh thực hiện thắng lợi các chỉ tiêu, nhiệm vụ được giao. "
             "Công tác tuyên truyền được đổi mới về nội dung và hình thức, phối hợp chặt chẽ với Bưu điện tỉnh, "
             "các tổ chức dịch vụ thu và chính quyền cơ sở để vận động người dân tham gia BHXH tự nguyện. "
             "Bên cạnh kết quả đạt được, công tác này vẫn còn một số khó khăn như nhận thức của một bộ phận "
             "người dân chưa đầy đủ, thu nhập còn thấp và chưa ổn định, nhất là ở các huyện biên giới.")
    write_article(landing, "1-original.txt", "BHXH Bình Phước: 6 tháng", "05/07/2024 08:00 AM", story)
    if original_loaded_before:
        assert _ingest(landing, wh).loaded == 1
    write_article(landing, "2-syndicated.txt", "Bình Phước: hơn 1,4 triệu người có BHYT", "06/07/2024 09:00 AM",
                  story.replace("Những thành tích tiêu biểu", "Các kết quả nổi bật") + " (Theo Báo Bình Phước)")
    write_article(landing, "3-next-month.txt", "BHXH Bình Phước: 7 tháng", "05/08/2024 08:00 AM",
                  story.replace("30/6/2024", "31/7/2024").replace("1.427.535", "1.431.002")
                  .replace("93,2", "93,4").replace("152.300", "153.120"))
    summary = _ingest(landing, wh)
    assert (summary.loaded, summary.near_duplicate) == ((2, 1) if original_loaded_before else (3, 1))
    rows = dict(_table(wh, "SELECT file_path, near_duplicate_of IS NOT NULL FROM raw.articles"))
    assert rows == {"1-original.txt": False, "2-syndicated.txt": True, "3-next-month.txt": False}
    original_id = _table(wh, "SELECT article_id FROM raw.articles WHERE file_path = '1-original.txt'")[0][0]
    assert _table(wh, "SELECT duplicate_of_article_id, reason FROM raw.ingested_files WHERE file_path = '2-syndicated.txt'")[0][0] == original_id


def test_process_pool_extraction_is_identical_to_one_process(tmp_path):
    from bench.generate import generate
    from chiso.extraction import EXTRACTOR_VERSION, extract

    landing = tmp_path / "landing"
    generate(landing, count=warehouse.POOL_MIN_ARTICLES + 50, seed=3)
    tables = {}
    for workers in (1, 2):
        wh = tmp_path / f"wh{workers}"
        with warehouse.connect(wh / "chiso.duckdb") as conn:
            warehouse.ingest_folder(conn, landing, wh / "quarantine")
            summary = warehouse.extract_pending(conn, extract, EXTRACTOR_VERSION, workers=workers)
            tables[workers] = conn.execute(
                "SELECT * EXCLUDE (extracted_at) FROM raw.indicator_observations ORDER BY observation_id").fetchall()
        assert summary.articles_extracted == warehouse.POOL_MIN_ARTICLES + 50
    assert tables[1] == tables[2] and len(tables[1]) > 1000
