"""The dbt CLI resource runs dbt once per invocation: no `dbt --version` child, no in-process adapter."""

from pathlib import Path

from dbt.version import __version__ as dbt_core_version

from orchestration.project import DBT_EXECUTABLE, dbt_project
from orchestration.resources import LocalDbtCli


def test_one_dbt_child_per_invocation_and_no_in_process_adapter(tmp_path: Path):
    # A shim in front of the real dbt records each command line it is started with.
    calls = tmp_path / "calls.log"
    shim = tmp_path / "dbt"
    shim.write_text(f'#!/bin/sh\necho "$*" >> {calls}\nexec {DBT_EXECUTABLE} "$@"\n')
    shim.chmod(0o755)
    resource = LocalDbtCli(project_dir=dbt_project, profiles_dir=str(dbt_project.profiles_dir),
                           dbt_executable=str(shim))

    invocation = resource.cli(["parse", "--vars", f'{{"duckdb_path": "{tmp_path / "w.duckdb"}"}}'],
                              target_path=tmp_path / "target").wait()

    assert invocation.is_successful()
    commands = calls.read_text().splitlines()
    assert len(commands) == 1 and commands[0].startswith("parse"), commands
    assert invocation.adapter is None
    assert (tmp_path / "target" / "manifest.json").exists()


def test_the_version_it_reports_is_the_one_the_executable_runs(tmp_path: Path):
    import subprocess

    resource = LocalDbtCli(project_dir=dbt_project, profiles_dir=str(dbt_project.profiles_dir),
                           dbt_executable=DBT_EXECUTABLE)
    printed = subprocess.run([DBT_EXECUTABLE, "--version"], capture_output=True, text=True, check=True).stdout
    assert f"installed: {dbt_core_version}" in printed
    assert str(resource._cli_version) == dbt_core_version
