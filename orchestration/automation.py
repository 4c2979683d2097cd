"""A sensor on the landing folder and a daily schedule, both switchable in the UI."""

import hashlib
import json

import dagster as dg

from chiso.documents import changed_paths, landing_fingerprint
from orchestration.resources import LandingFolder

BUILD_JOB_NAME = "build_warehouse"


@dg.sensor(job_name=BUILD_JOB_NAME, minimum_interval_seconds=60, default_status=dg.DefaultSensorStatus.STOPPED,
           description="Launches a build when files in the landing folder are new or changed. The cursor "
           "holds each file's modification time and size, so unchanged files never trigger a run.")
def landing_folder_sensor(context: dg.SensorEvaluationContext, landing: LandingFolder):
    before = json.loads(context.cursor) if context.cursor else {}
    after = landing_fingerprint(landing.root)
    changed = changed_paths(before, after)
    if not changed:
        return dg.SkipReason(f"no new or changed file among {len(after)} in {landing.root}")
    run_key = hashlib.sha256(json.dumps([(p, after[p]) for p in changed]).encode()).hexdigest()[:16]
    context.update_cursor(json.dumps(after))
    return dg.RunRequest(run_key=run_key, tags={"chiso/changed_files": str(len(changed))})


daily_build_schedule = dg.ScheduleDefinition(
    name="daily_build", job_name=BUILD_JOB_NAME, cron_schedule="0 6 * * *",
    execution_timezone="Asia/Ho_Chi_Minh", default_status=dg.DefaultScheduleStatus.STOPPED,
    description="Rebuilds every morning at 06:00 Vietnam time (a no-op when nothing changed).")
