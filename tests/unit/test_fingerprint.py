"""Fingerprints of code: any edit changes them, what tools generate does not."""

import os

from chiso import fingerprint
from chiso.report import is_current


def _tree(root):
    (root / "models").mkdir(parents=True)
    (root / "models" / "fct.sql").write_text("select 1")
    (root / "dbt_project.yml").write_text("vars:\n  conflict_relative_tolerance: 0.0\n")
    return root


def test_an_edit_or_a_new_file_changes_it_and_generated_folders_do_not(tmp_path):
    root = _tree(tmp_path / "project")
    before = fingerprint.files_fingerprint([root])
    for generated in ("target", "__pycache__", "logs"):
        (root / generated).mkdir()
        (root / generated / "x").write_text("anything")
    assert fingerprint.files_fingerprint([root]) == before
    (root / "dbt_project.yml").write_text("vars:\n  conflict_relative_tolerance: 0.05\n")   # a dbt var
    edited = fingerprint.files_fingerprint([root])
    assert edited != before
    (root / "models" / "dim.sql").write_text("select 2")
    assert fingerprint.files_fingerprint([root]) != edited


def test_the_same_content_elsewhere_has_the_same_fingerprint(tmp_path):
    assert fingerprint.files_fingerprint([_tree(tmp_path / "a" / "project")]) == \
        fingerprint.files_fingerprint([_tree(tmp_path / "b" / "project")])


def test_the_environment_fingerprint_does_not_depend_on_the_order_packages_are_listed_in():
    # computed afresh (not from the per-process cache) it must come out the same every time
    uncached = fingerprint.environment_fingerprint.__wrapped__
    assert uncached() == uncached() == fingerprint.environment_fingerprint()


def test_a_report_is_current_only_when_rendered_after_the_last_publication(tmp_path):
    serving, report = tmp_path / "serving.duckdb", tmp_path / "report"
    serving.write_bytes(b"published")
    assert not is_current(report, serving)                      # never rendered
    report.mkdir()
    (report / "index.html").write_text("<html>")
    os.utime(report / "index.html", ns=(10**18, 10**18))
    os.utime(serving, ns=(10**18 - 1, 10**18 - 1))
    assert is_current(report, serving)
    os.utime(serving, ns=(10**18 + 1, 10**18 + 1))              # published again, the report failed
    assert not is_current(report, serving)
