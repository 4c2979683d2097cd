"""The `chiso` command as a user runs it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import duckdb

from chiso.settings import BUNDLED_ARTICLES_DIR

CHISO = str(Path(sys.executable).parent / "chiso")


def _run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([CHISO, *args], capture_output=True, text=True, timeout=600,
                          env={**os.environ, **(env or {})})


def test_chiso_build_publishes_safely_and_a_blocking_check_keeps_the_last_good_serving(tmp_path):
    """One warehouse through four builds: the first publishes; the second finds nothing new and
    leaves serving.duckdb as it is; the third, forced, publishes again while a BI reader holds
    serving.duckdb open; the fourth hits a blocking check and publishes nothing."""
    wh = tmp_path / "wh"
    args = ("build", "--articles", str(BUNDLED_ARTICLES_DIR), "--warehouse", str(wh))
    result = _run(*args, env={"DAGSTER_HOME": ""})
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[0].startswith(f"files: {len(list(BUNDLED_ARTICLES_DIR.iterdir()))} loaded")
    assert "build: ok" in result.stdout and "Completed successfully" not in result.stdout  # no dbt noise

    serving = wh / "serving.duckdb"
    published = serving.read_bytes()
    unchanged = _run(*args, env={"DAGSTER_HOME": ""})  # nothing new: no transform, nothing to publish
    assert unchanged.returncode == 0, unchanged.stdout + unchanged.stderr
    assert "serving: up to date" in unchanged.stdout and "build: ok" in unchanged.stdout
    assert "emitted no result" not in unchanged.stderr  # Dagster's warning for the skipped dbt tests
    assert serving.read_bytes() == published

    reader = duckdb.connect(str(serving), read_only=True)  # a BI tool, left open during the next build
    before = reader.execute("SELECT count(*) FROM marts.fct_indicator_observation").fetchone()[0]
    again = _run(*args, "--force", env={"DAGSTER_HOME": ""})
    assert again.returncode == 0, again.stdout + again.stderr
    assert "0 loaded" in again.stdout and "serving: published" in again.stdout
    assert reader.execute("SELECT count(*) FROM marts.fct_indicator_observation").fetchone()[0] == before
    reader.close()

    last_good = serving.read_bytes()
    # Loaded files whose articles vanished: the blocking check on raw_articles must stop the build.
    with duckdb.connect(str(wh / "chiso.duckdb")) as conn:
        conn.execute("DELETE FROM raw.articles WHERE file_path LIKE 'gender-%'")
    failed = _run(*args, env={"DAGSTER_HOME": ""})
    assert failed.returncode == 1
    assert "FAILED (blocking) raw_articles:every_landing_file_accounted_for" in failed.stdout
    assert "NOT published" in failed.stdout
    assert serving.read_bytes() == last_good


def test_chiso_extract_prints_jsonl_and_reports_unreadable_files(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("BHXH tỉnh Nam Định\n\n06/03/2025 04:52 PM\n\n"
                       "Tính đến nay, toàn tỉnh có 1.427.535 người tham gia BHYT.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("")
    result = _run("extract", str(tmp_path))
    assert result.returncode == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and set(records[0]) == {"file", "indicator", "value", "unit", "kind", "approx", "province",
                                           "area", "organization", "period", "sentence", "start", "end",
                                           "confidence"}
    assert any(r["indicator"] == "hi_participants" and r["value"] == 1427535 for r in records)
    assert "empty.txt" in result.stderr and "empty" in result.stderr


def test_chiso_misuse_exits_non_zero():
    assert _run("extract").returncode == 2


def _run_on_a_terminal(*args: str) -> str:
    """Run chiso with stdout and stderr on a pseudo-terminal, as a person at a shell would."""
    import pty

    output = bytearray()

    def read(fd):
        data = os.read(fd, 4096)
        output.extend(data)
        return data

    pid, fd = pty.fork()
    if pid == 0:
        os.execv(CHISO, [CHISO, *args])
    try:
        while True:
            try:
                if not read(fd):
                    break
            except OSError:  # the child closed the terminal
                break
    finally:
        os.waitpid(pid, 0)
    return output.decode("utf-8", errors="replace")


def test_chiso_extract_shows_progress_on_a_terminal_and_none_when_piped():
    on_terminal = _run_on_a_terminal("extract", str(BUNDLED_ARTICLES_DIR))
    files = len(list(BUNDLED_ARTICLES_DIR.iterdir()))
    assert f"\rextract: {files}/{files} files" in on_terminal and "/s" in on_terminal
    piped = _run("extract", str(BUNDLED_ARTICLES_DIR))
    assert "\r" not in piped.stdout and "\r" not in piped.stderr and "extract:" not in piped.stderr
    assert all(line.startswith("{") for line in piped.stdout.splitlines())


def test_chiso_build_shows_progress_on_a_terminal(tmp_path):
    landing = tmp_path / "landing"
    landing.mkdir()
    (landing / "a.txt").write_text("Tin\n\n06/03/2025 04:52 PM\n\nTính đến nay, tỉnh Nam Định có 120 nữ cán bộ.\n",
                                   encoding="utf-8")
    screen = _run_on_a_terminal("build", "--articles", str(landing), "--warehouse", str(tmp_path / "wh"))
    assert "\ringest: 1/1 files" in screen and "\rextract: 1/1 articles" in screen
    assert "build: ok" in screen


def test_chiso_docs_generates_and_serves_the_site_with_the_lineage_of_every_mart(tmp_path):
    import socket
    import time
    import urllib.request

    target = tmp_path / "docs"
    result = _run("docs", "--generate-only", "--target-path", str(target), "--warehouse", str(tmp_path / "wh"))
    assert result.returncode == 0, result.stdout + result.stderr
    manifest = json.loads((target / "manifest.json").read_text())
    assert (target / "index.html").exists() and (target / "catalog.json").exists()
    marts = {n["name"]: n for n in manifest["nodes"].values() if n["resource_type"] == "model"
             and n["name"].startswith(("dim_", "fct_", "mart_"))}
    assert {"fct_indicator_observation", "mart_indicator_observations", "dim_geography"} <= set(marts)
    # lineage: the wide mart depends on the fact, which depends on the staged observations
    assert "model.chiso.fct_indicator_observation" in marts["mart_indicator_observations"]["depends_on"]["nodes"]
    assert all(marts[name]["depends_on"]["nodes"] for name in marts)

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([CHISO, "docs", "--port", str(port), "--target-path", str(target),
                               "--warehouse", str(tmp_path / "wh")], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/manifest.json", timeout=5) as response:
                    served = json.load(response)
                break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, "dbt docs did not serve"
                time.sleep(1)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
            survivors = ""
        except subprocess.TimeoutExpired:
            # (seen once in CI, not reproduced in 3 reruns): say what was still running, then clean up
            survivors = subprocess.run(["ps", "-o", "pid,stat,wchan:20,etime,args", "-g", str(server.pid)],
                                       capture_output=True, text=True).stdout
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=30)
    assert not survivors, f"chiso docs outlived SIGTERM by 30 s:\n{survivors}"
    assert "model.chiso.fct_indicator_observation" in served["nodes"]
