"""`chiso build`: run the whole job in process with the same definitions the UI loads."""

from __future__ import annotations

import contextlib
import io
import logging
import os
from dataclasses import dataclass, field

import dagster as dg

from chiso.settings import Settings
from orchestration.automation import BUILD_JOB_NAME
from orchestration.signals import signal_handlers_kept


@dataclass
class BuildOutcome:
    success: bool
    materialized: list[str] = field(default_factory=list)
    ingest: dict = field(default_factory=dict)
    observations: int = 0
    checks_passed: list[str] = field(default_factory=list)
    checks_failed: list[tuple[str, bool]] = field(default_factory=list)  # (name, blocking)
    step_failures: list[str] = field(default_factory=list)
    serving_published: bool = False
    serving_up_to_date: bool = False  # nothing dbt reads changed: transform and publication skipped
    serving_path: str = ""

    @property
    def blocking_failures(self) -> list[str]:
        return [name for name, blocking in self.checks_failed if blocking]

    @property
    def ok(self) -> bool:
        return self.success and not self.blocking_failures and (self.serving_published or self.serving_up_to_date)

    def summary_text(self) -> str:
        i = self.ingest
        lines = [
            f"files: {i.get('files_loaded', 0)} loaded, {i.get('files_duplicate', 0)} duplicate, "
            f"{i.get('files_rejected', 0)} rejected, {i.get('files_unchanged', 0)} unchanged",
            f"observations: {self.observations}",
            f"checks: {len(self.checks_passed)} passed, {len(self.checks_failed)} failed "
            f"({len(self.blocking_failures)} blocking)",
        ]
        lines += [f"  FAILED {'(blocking) ' if blocking else '(warning) '}{name}" for name, blocking in self.checks_failed]
        lines += [f"step failed: {failure}" for failure in self.step_failures]
        if self.serving_published:
            lines.append(f"serving: published {self.serving_path}")
        elif self.serving_up_to_date:
            lines.append(f"serving: up to date, nothing dbt reads changed since {self.serving_path} was published")
        else:
            lines.append(f"serving: NOT published; the last good {self.serving_path or 'serving.duckdb'} is unchanged")
        lines.append("build: " + ("ok" if self.ok else "FAILED"))
        return "\n".join(lines)


class _HeldTransformCheckWarnings(logging.Filter):
    """Holds back Dagster's warnings that a blocking dbt test "emitted no result". When nothing dbt
    reads has changed, the transform yields no model on purpose (conditional materialisation),
    so it runs no test either, and publication is skipped rather than left ungated: the warnings
    say nothing then. In any other build they are let through once the run is over."""

    def __init__(self) -> None:
        super().__init__()
        self.held: list[logging.LogRecord] = []

    def filter(self, record: logging.LogRecord) -> bool:
        if "emitted no result in step 'chiso_dbt_models'" in record.getMessage():
            self.held.append(record)
            return False
        return True


def _instance() -> dg.DagsterInstance:
    # With DAGSTER_HOME set (make run does) the runs land where the UI reads them.
    return dg.DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else dg.DagsterInstance.ephemeral()


def run_build(settings: Settings, instance: dg.DagsterInstance | None = None, force_transform: bool = False) -> BuildOutcome:
    from orchestration.assets.transform import UP_TO_DATE
    from orchestration.definitions import build_definitions

    defs = build_definitions(settings)
    job = defs.resolve_job_def(BUILD_JOB_NAME)
    own_instance = instance is None
    instance = instance or _instance()
    plan_logger, held_warnings = logging.getLogger("dagster._core.execution.plan.active"), _HeldTransformCheckWarnings()
    plan_logger.addFilter(held_warnings)
    outcome = None
    try:
        # The console logger would print every Dagster event; the summary says what matters.
        run_config = {"loggers": {"console": {"config": {"log_level": "ERROR"}}},
                      "ops": {"chiso_dbt_models": {"config": {"force": force_transform}}}}
        # dagster-dbt echoes dbt's own log to stdout; keep stdout for the summary alone.
        with contextlib.redirect_stdout(io.StringIO()), signal_handlers_kept():
            result = job.execute_in_process(instance=instance, raise_on_error=False, run_config=run_config)
        outcome = BuildOutcome(success=result.success)
        asset_graph = defs.resolve_asset_graph()
        for event in result.all_events:
            if event.is_step_materialization:
                mat = event.event_specific_data.materialization
                name = mat.asset_key.to_user_string()
                outcome.materialized.append(name)
                meta = {k: v.value for k, v in mat.metadata.items()}
                if name == "raw_articles":
                    outcome.ingest = meta
                elif name == "indicator_observations":
                    outcome.observations = int(meta.get("dagster/row_count", 0))
                elif name == "serving_database":
                    outcome.serving_published = True
                    outcome.serving_path = str(meta.get("path", ""))
            elif event.is_step_failure:
                error = event.event_specific_data.error
                message = (error.cause.message if error and error.cause else error.message if error else "").strip()
                outcome.step_failures.append(f"{event.step_key}: {message.splitlines()[0] if message else 'unknown error'}")
            elif event.event_type_value == "ASSET_CHECK_EVALUATION":
                evaluation = event.event_specific_data
                label = f"{evaluation.asset_key.to_user_string()}:{evaluation.check_name}"
                if evaluation.passed:
                    outcome.checks_passed.append(label)
                else:
                    blocking = asset_graph.get_check_spec(evaluation.asset_check_key).blocking
                    outcome.checks_failed.append((label, blocking))
        # The transform said it skipped because nothing it reads changed (and Dagster skipped
        # publication): the published snapshot is current.
        outcome.serving_up_to_date = result.success and not outcome.serving_published and any(
            e.event_type_value == "ASSET_OBSERVATION"
            and e.event_specific_data.asset_observation.metadata.get(UP_TO_DATE, dg.MetadataValue.bool(False)).value
            for e in result.all_events)
        if not outcome.serving_published:
            outcome.serving_path = str(settings.warehouse_dir / "serving.duckdb")
        return outcome
    finally:
        plan_logger.removeFilter(held_warnings)
        if outcome is None or not outcome.serving_up_to_date:
            for record in held_warnings.held:
                plan_logger.handle(record)
        if own_instance:
            instance.dispose()
