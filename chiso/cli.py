"""`chiso`: build the warehouse, extract observations from files, score against a gold set."""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import replace
from pathlib import Path

from chiso.corpus import extract_records, load_gold
from chiso import progress
from chiso.progress import Progress
from chiso.settings import DBT_PROJECT_DIR, Settings


def _report_error(path: Path, reason: str) -> None:
    print(f"{path}: {reason}", file=sys.stderr)


def cmd_extract(args: argparse.Namespace) -> int:
    for record in extract_records(args.paths, _report_error, Progress("extract")):
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from chiso.extraction.evaluation import evaluate

    gold = load_gold([Path(args.gold)])
    predicted = list(extract_records(args.paths, _report_error))
    report = evaluate(gold, predicted)
    print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) if args.json else report.format_table())
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    from orchestration.build import run_build

    settings = Settings.from_env()
    settings = replace(
        settings,
        articles_dir=Path(args.articles).resolve() if args.articles else settings.articles_dir,
        warehouse_dir=Path(args.warehouse).resolve() if args.warehouse else settings.warehouse_dir,
    )
    if sys.stderr.isatty():  # the run's steps have their stderr captured: draw on the terminal
        os.environ[progress.TTY_ENV] = "1"
    outcome = run_build(settings, force_transform=args.force)
    print(outcome.summary_text())
    return 0 if outcome.ok else 1


def dbt_command(settings: Settings, *args: str) -> list[str]:
    """A dbt invocation on the project, pointed at the warehouse in ``settings``."""
    dbt = Path(sys.executable).parent / "dbt"
    return [str(dbt), *args, "--project-dir", str(DBT_PROJECT_DIR), "--profiles-dir", str(DBT_PROJECT_DIR),
            "--vars", json.dumps({"duckdb_path": str(settings.warehouse_dir / "chiso.duckdb")})]


def cmd_docs(args: argparse.Namespace) -> int:
    """Generate the dbt documentation site (models, columns, tests, lineage) and serve it."""
    import subprocess

    settings = Settings.from_env()
    if args.warehouse:
        settings = replace(settings, warehouse_dir=Path(args.warehouse).resolve())
    from chiso import warehouse

    # The catalogue step reads the database; on a fresh checkout create the (empty) raw layer so
    # the site still documents every model and its lineage.
    warehouse.connect(settings.warehouse_dir / "chiso.duckdb").close()
    generated = subprocess.run(dbt_command(settings, "docs", "generate", "--target-path", args.target_path))
    if generated.returncode != 0 or args.generate_only:
        return generated.returncode
    print(f"dbt docs on http://{args.host}:{args.port} (Ctrl-C to stop)", flush=True)
    return subprocess.run(dbt_command(settings, "docs", "serve", "--host", args.host, "--port", str(args.port),
                                      "--no-browser", "--target-path", args.target_path)).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="chiso", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    build = sub.add_parser("build", help="materialise every asset and check, then publish serving.duckdb")
    build.add_argument("--articles", help="landing folder of articles (default: $CHISO_ARTICLES_DIR or the bundled samples)")
    build.add_argument("--warehouse", help="warehouse folder (default: $CHISO_WAREHOUSE_DIR or ./warehouse)")
    build.add_argument("--force", action="store_true",
                       help="run dbt and publish even when nothing dbt reads changed since the last publication")
    build.set_defaults(func=cmd_build)

    extract = sub.add_parser("extract", help="print the observations of files or folders as JSON lines")
    extract.add_argument("paths", nargs="+", metavar="PATH")
    extract.set_defaults(func=cmd_extract)

    evaluate = sub.add_parser("eval", help="score extraction against a gold JSONL file")
    evaluate.add_argument("gold", metavar="GOLD.jsonl")
    evaluate.add_argument("paths", nargs="+", metavar="PATH")
    evaluate.add_argument("--json", action="store_true", help="print the report as JSON")
    evaluate.set_defaults(func=cmd_eval)

    docs = sub.add_parser("docs", help="generate and serve the dbt documentation site (lineage of every mart)")
    docs.add_argument("--warehouse", help="warehouse folder whose chiso.duckdb describes the columns")
    docs.add_argument("--host", default="127.0.0.1")
    docs.add_argument("--port", type=int, default=int(os.environ.get("CHISO_DOCS_PORT", "8080")))
    docs.add_argument("--target-path", default=str(DBT_PROJECT_DIR / "target" / "docs"),
                      help="where the site is written")
    docs.add_argument("--generate-only", action="store_true", help="write the site, do not serve it")
    docs.set_defaults(func=cmd_docs)

    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:  # `chiso extract ... | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
