"""The whole job on the bundled samples, in process, into a temporary warehouse; then the real
Dagster webserver over the same instance, asked through its GraphQL API."""

from __future__ import annotations

import json
import shutil
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import dagster as dg
import duckdb
import pytest
from types import SimpleNamespace

from chiso.settings import BUNDLED_ARTICLES_DIR, Settings
from orchestration.build import run_build

REPO_ROOT = Path(__file__).resolve().parents[2]
CATALOGUE_CODES = {  # indicator catalogue v1
    "women_staff_count", "women_staff_share", "women_leader_count", "women_leader_share",
    "women_party_committee_count", "women_party_committee_share", "women_deputy_count", "women_deputy_share",
    "women_candidate_count", "women_candidate_share", "insured_total", "si_participants",
    "si_compulsory_participants", "si_voluntary_participants", "ui_participants", "hi_participants",
    "hi_coverage_rate", "si_coverage_rate", "ui_coverage_rate", "insurance_revenue", "plan_completion_rate",
    "contribution_arrears", "arrears_rate", "benefit_expenditure", "benefit_recipients", "hi_treatment_visits",
    "insurance_cards_issued"}


@pytest.fixture(scope="module")
def dagster_home(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("dagster_home")
    (home / "dagster.yaml").write_text((REPO_ROOT / "orchestration" / "dagster.yaml").read_text())
    return home


# Columns that record when something was seen or checked, not what it is.
VOLATILE = {"audit.ingestion_files": ["last_seen_at"], "audit.check_results": ["run_id", "evaluated_at"]}


# Columns that record when something was loaded or extracted: they differ between two warehouses.
WHEN_COLUMNS = ["extracted_at", "loaded_at", "first_seen_at", "last_seen_at", "evaluated_at", "run_id"]


def serving_snapshot(path: Path, also_exclude: list[str] = ()) -> dict[str, list[tuple]]:
    """Every row of every table of a serving database, sorted, without volatile columns."""
    with duckdb.connect(str(path), read_only=True) as conn:
        tables = conn.execute("SELECT schema_name || '.' || table_name FROM duckdb_tables() ORDER BY 1").fetchall()
        snapshot = {}
        for (table,) in tables:
            schema, name = table.split(".")
            present = {c for (c,) in conn.execute("SELECT column_name FROM duckdb_columns() WHERE schema_name = ? "
                                                  "AND table_name = ?", [schema, name]).fetchall()}
            excluded = [c for c in [*VOLATILE.get(table, []), *also_exclude] if c in present]
            columns = f"* EXCLUDE ({', '.join(dict.fromkeys(excluded))})" if excluded else "*"
            snapshot[table] = sorted(conn.execute(f"SELECT {columns} FROM {table}").fetchall(), key=repr)
    return snapshot


@pytest.fixture(scope="module")
def built(tmp_path_factory, dagster_home):
    warehouse_dir = tmp_path_factory.mktemp("warehouse")
    settings = Settings(articles_dir=BUNDLED_ARTICLES_DIR, warehouse_dir=warehouse_dir)
    with dg.instance_for_test(temp_dir=str(dagster_home)) as instance:
        first = run_build(settings, instance=instance)
        first_snapshot = serving_snapshot(warehouse_dir / "serving.duckdb")
        second = run_build(settings, instance=instance)
        second_snapshot = serving_snapshot(warehouse_dir / "serving.duckdb")
    return SimpleNamespace(settings=settings, first=first, second=second,
                           first_snapshot=first_snapshot, second_snapshot=second_snapshot)


def test_build_materialises_every_asset_and_passes_blocking_checks(built):
    first = built.first
    assert first.ok, first.summary_text()
    for key in ("raw_articles", "indicator_observations", "indicator_catalogue", "administrative_units",
                "marts/fct_indicator_observation", "marts/dim_geography", "marts/mart_indicator_observations",
                "serving_database", "indicator_report"):
        assert key in first.materialized
    assert not first.blocking_failures
    assert any(name.startswith("raw_articles:") for name in first.checks_passed)
    assert len(first.checks_passed) >= 20  # the dbt tests arrive as asset checks


def test_dbt_unit_tests_pass_against_the_built_warehouse(built, tmp_path):
    """The builds leave unit tests out (they test SQL, not data); they run here, on every change."""
    from orchestration.project import DBT_EXECUTABLE, dbt_project
    from orchestration.resources import LocalDbtCli

    dbt = LocalDbtCli(project_dir=dbt_project, profiles_dir=str(dbt_project.profiles_dir), dbt_executable=DBT_EXECUTABLE)
    duckdb_path = built.settings.warehouse_dir / "chiso.duckdb"
    invocation = dbt.cli(["test", "--select", "test_type:unit", "--vars", json.dumps({"duckdb_path": str(duckdb_path)})],
                         target_path=tmp_path / "target", raise_on_error=False).wait()
    results = invocation.get_artifact("run_results.json")["results"]
    assert invocation.is_successful(), [(r["unique_id"], r["message"]) for r in results if r["status"] != "pass"]
    assert len(results) >= 5 and all(r["unique_id"].startswith("unit_test.") for r in results)


def test_mart_columns_declared_not_null_are_enforced_by_duckdb(built):
    """Not-null on the marts is a contract constraint, checked by DuckDB as each table is written
    (a violation fails the model, so nothing downstream runs), not a test run afterwards."""
    from orchestration.project import dbt_project

    manifest = json.loads(dbt_project.manifest_path.read_text())
    declared = {(node["name"], column) for node in manifest["nodes"].values()
                if node["resource_type"] == "model" and node["config"]["contract"]["enforced"]
                for column, spec in node["columns"].items()
                if any(c["type"] == "not_null" for c in spec.get("constraints", []))}
    with duckdb.connect(str(built.settings.warehouse_dir / "chiso.duckdb"), read_only=True) as conn:
        nullable = set(conn.execute("SELECT table_name, column_name FROM duckdb_columns() "
                                    "WHERE schema_name = 'marts' AND is_nullable").fetchall())
    assert len(declared) >= 25
    assert declared.isdisjoint(nullable), declared & nullable


def test_row_counts_in_the_serving_database(built):
    settings, first = built.settings, built.first
    sample_files = [p for p in BUNDLED_ARTICLES_DIR.rglob("*") if p.is_file()]
    assert first.ingest["files_seen"] == len(sample_files)
    with duckdb.connect(str(settings.warehouse_dir / "serving.duckdb"), read_only=True) as conn:
        audit_rows = conn.execute("SELECT count(*) FROM audit.ingestion_files").fetchone()[0]
        loaded_without_article = conn.execute(
            "SELECT count(*) FROM audit.ingestion_files WHERE status <> 'rejected' AND article_id IS NULL").fetchone()[0]
        facts = conn.execute("SELECT count(*) FROM marts.fct_indicator_observation").fetchone()[0]
        provinces = dict(conn.execute(
            "SELECT era, count(*) FROM marts.dim_geography WHERE era IN ('pre_2025', 'current') GROUP BY 1").fetchall())
        indicators = {r[0] for r in conn.execute("SELECT code FROM marts.dim_indicator").fetchall()}
    assert audit_rows == len(sample_files) and loaded_without_article == 0
    assert facts == first.observations > 40
    assert provinces == {"pre_2025": 63, "current": 34}
    assert CATALOGUE_CODES <= indicators


def test_second_build_changes_no_row(built):
    first, second = built.first, built.second
    assert second.ok
    # Nothing dbt reads changed: no model was built, no test run, and serving.duckdb was left as
    # it was (conditional materialisation: publication and the report were skipped).
    assert second.serving_up_to_date and not second.serving_published
    assert not [name for name in second.materialized if name.startswith(("staging/", "intermediate/", "marts/"))]
    assert "serving_database" not in second.materialized and "indicator_report" not in second.materialized
    assert not [name for name in second.checks_passed if name.startswith(("staging/", "intermediate/", "marts/"))]
    assert second.ingest["files_unchanged"] == first.ingest["files_seen"]
    assert second.ingest["files_loaded"] == 0 and second.observations == first.observations
    assert set(built.second_snapshot) == set(built.first_snapshot)
    changed = [t for t in built.first_snapshot if built.first_snapshot[t] != built.second_snapshot[t]]
    assert changed == []


def test_a_build_that_adds_articles_equals_a_build_from_scratch(built, tmp_path, dagster_home):
    """The incremental models (by article) leave the marts exactly as one full build would."""
    landing, warehouse_dir = tmp_path / "landing", tmp_path / "warehouse"
    landing.mkdir()
    articles = sorted(p for p in BUNDLED_ARTICLES_DIR.iterdir() if p.is_file())
    settings = Settings(articles_dir=landing, warehouse_dir=warehouse_dir)
    with dg.instance_for_test(temp_dir=str(dagster_home)) as instance:
        for batch in (articles[: len(articles) // 2], articles[len(articles) // 2:]):
            for path in batch:
                shutil.copy(path, landing / path.name)
            assert run_build(settings, instance=instance).ok
        # A warehouse of the release before mart_indicator_observations had extracted_at (and before
        # the transform recorded its inputs) upgrades in place.
        with duckdb.connect(str(warehouse_dir / "chiso.duckdb")) as conn:
            conn.execute("ALTER TABLE marts.mart_indicator_observations DROP COLUMN extracted_at")
            conn.execute("ALTER TABLE raw.transform_state DROP COLUMN inputs_fingerprint")
        assert run_build(settings, instance=instance).ok
    # dbt's target folder is the warehouse's own: the builds after the first parsed only what
    # changed (dbt keys that cache on the profile, which names the DuckDB file).
    log = [json.loads(line) for line in (warehouse_dir / "dbt_target" / "dbt.log").read_text().splitlines()
           if line.startswith("{")]
    invocations = list(dict.fromkeys(event["info"]["invocation_id"] for event in log))
    assert len(invocations) == 3
    full_parses = [i for i in invocations
                   if any(e["info"]["invocation_id"] == i and e["info"]["name"] == "UnableToPartialParse" for e in log)]
    assert full_parses == [invocations[0]]   # the first: no cache yet
    run_results = json.loads((warehouse_dir / "dbt_target" / "run_results.json").read_text())
    assert run_results["args"]["vars"]["duckdb_path"] == str(warehouse_dir / "chiso.duckdb")
    grown, scratch = (serving_snapshot(warehouse_dir / "serving.duckdb", WHEN_COLUMNS),
                      serving_snapshot(built.settings.warehouse_dir / "serving.duckdb", WHEN_COLUMNS))
    marts = sorted(t for t in scratch if t.startswith("marts."))
    assert len(scratch["marts.fct_indicator_observation"]) > 300
    assert {t: grown[t] for t in marts} == {t: scratch[t] for t in marts}


def test_old_provinces_map_to_their_current_province(built):
    settings = built.settings
    with duckdb.connect(str(settings.warehouse_dir / "serving.duckdb"), read_only=True) as conn:
        mapping = dict(conn.execute(
            "SELECT province_name, current_province_name FROM marts.dim_geography WHERE era = 'pre_2025'").fetchall())
        current = {r[0] for r in conn.execute("SELECT province_name FROM marts.dim_geography WHERE era = 'current'").fetchall()}
    assert mapping["Bình Phước"] == "Đồng Nai" and mapping["Đắk Nông"] == "Lâm Đồng"
    assert mapping["Bà Rịa - Vũng Tàu"] == "Hồ Chí Minh" and mapping["Hà Nội"] == "Hà Nội"
    assert set(mapping.values()) == current and len(current) == 34


def test_every_fact_row_joins_every_dimension(built):
    settings = built.settings
    with duckdb.connect(str(settings.warehouse_dir / "serving.duckdb"), read_only=True) as conn:
        facts, joined = conn.execute("""
            SELECT (SELECT count(*) FROM marts.fct_indicator_observation), count(*)
            FROM marts.fct_indicator_observation f
            JOIN marts.dim_indicator i USING (indicator_key)
            JOIN marts.dim_geography g USING (geography_key)
            JOIN marts.dim_organization o USING (organization_key)
            JOIN marts.dim_article a USING (article_key)
            JOIN marts.dim_date d ON d.date_key = f.published_date_key
            JOIN marts.dim_date p ON p.date_key = f.period_date_key""").fetchone()
    assert facts == joined > 0


def test_bi_reads_serving_through_sqlalchemy_as_superset_does(built):
    import sqlalchemy

    settings, first = built.settings, built.first
    engine = sqlalchemy.create_engine(
        f"duckdb:///{settings.warehouse_dir / 'serving.duckdb'}", connect_args={"read_only": True})
    with engine.connect() as conn:
        rows = conn.execute(sqlalchemy.text(
            "SELECT indicator_code, count(*) AS n FROM marts.mart_indicator_observations GROUP BY 1")).fetchall()
        schemas = set(sqlalchemy.inspect(conn).get_schema_names())
    engine.dispose()
    assert sum(n for _, n in rows) == first.observations
    assert {"marts", "audit"} <= {s.split(".")[-1] for s in schemas}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _graphql(port: int, query: str) -> dict:
    request = urllib.request.Request(f"http://127.0.0.1:{port}/graphql", data=json.dumps({"query": query}).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        payload = json.load(response)
    assert "errors" not in payload, payload
    return payload["data"]


ASSETS_QUERY = """{ assetNodes { assetKey { path } groupName
  assetMaterializations(limit: 1) { runId }
  assetChecksOrError { ... on AssetChecks { checks { name blocking
    executionForLatestMaterialization { status } } } } } }"""


def test_webserver_lists_every_asset_as_materialised_with_checks(built, dagster_home):
    settings = built.settings
    port = _free_port()
    env = {**os.environ, "DAGSTER_HOME": str(dagster_home), "CHISO_WAREHOUSE_DIR": str(settings.warehouse_dir),
           "CHISO_ARTICLES_DIR": str(settings.articles_dir)}
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "dagster-webserver"), "-m", "orchestration.definitions",
         "-h", "127.0.0.1", "-p", str(port)],
        cwd=REPO_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/server_info", timeout=5):
                    break
            except OSError:
                assert server.poll() is None, "the webserver exited"
                assert time.monotonic() < deadline, "the webserver did not start"
                time.sleep(1)
        nodes = _graphql(port, ASSETS_QUERY)["assetNodes"]
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    by_key = {"/".join(n["assetKey"]["path"]): n for n in nodes}
    own = {k: n for k, n in by_key.items() if n["groupName"] in {"ingest", "extract", "transform", "serve"}}
    assert {"raw_articles", "indicator_observations", "marts/fct_indicator_observation", "serving_database"} <= set(own)
    unmaterialised = [k for k, n in own.items() if not n["assetMaterializations"]]
    assert unmaterialised == []
    checks = [c for n in own.values() for c in n["assetChecksOrError"]["checks"]]
    assert any(c["name"] == "every_landing_file_accounted_for" and c["blocking"] for c in checks)
    assert len(checks) >= 20
    assert all(c["executionForLatestMaterialization"] for c in checks)


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_report_renders_every_chart_in_headless_chromium(built, tmp_path):
    import functools
    import http.server
    import threading

    report_dir = built.settings.warehouse_dir / "report"
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(report_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/index.html"
    flags = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=10000"]
    try:
        dom = subprocess.run([*flags, "--dump-dom", url], capture_output=True, text=True, timeout=120).stdout
        shot = tmp_path / "report.png"
        subprocess.run([*flags, f"--screenshot={shot}", "--window-size=1200,2400", url],
                       capture_output=True, timeout=120)
    finally:
        server.shutdown()
        server.server_close()
    assert 'data-charts-rendered="3/3"' in dom
    for title in ("Tỷ lệ nữ theo tỉnh và cấp", "Bao phủ BHYT theo thời gian, so với mục tiêu", "Đối chiếu và mâu thuẫn"):
        assert title in dom
    assert "bhxh-" in dom  # the figures link back to their source articles
    png = shot.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 50_000  # a blank page compresses to a few KB


def test_a_build_leaves_the_signal_handlers_of_its_process_as_it_found_them(tmp_path, dagster_home):
    """As in a shell's background job (SIGINT ignored): Dagster's run would leave SIGTERM ignored
    too, for the process and every child it starts afterwards (the conftest restores both)."""
    landing = tmp_path / "landing"
    landing.mkdir()
    shutil.copy(sorted(BUNDLED_ARTICLES_DIR.iterdir())[0], landing)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    with dg.instance_for_test(temp_dir=str(dagster_home)) as instance:
        assert run_build(Settings(articles_dir=landing, warehouse_dir=tmp_path / "wh"), instance=instance).ok
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
    assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
