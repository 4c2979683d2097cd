"""The landing-folder sensor and the daily schedule, evaluated by Dagster itself."""

import dagster as dg

from orchestration.automation import daily_build_schedule, landing_folder_sensor
from orchestration.resources import LandingFolder
from tests.conftest import write_article


def _tick(landing, cursor=None):
    with dg.instance_for_test() as instance:
        context = dg.build_sensor_context(instance=instance, cursor=cursor,
                                          resources={"landing": LandingFolder(path=str(landing))})
        result = landing_folder_sensor.evaluate_tick(context)
    return result


def test_sensor_requests_a_run_for_new_or_changed_files_only(landing):
    write_article(landing, "a.txt", "Tin A", None, "Có 12 nữ cán bộ.")
    first = _tick(landing)
    assert len(first.run_requests) == 1 and first.cursor
    assert first.run_requests[0].tags["chiso/changed_files"] == "1"

    unchanged = _tick(landing, first.cursor)
    assert unchanged.run_requests == [] and "no new or changed file" in unchanged.skip_message

    write_article(landing, "b.txt", "Tin B", None, "Có 13 nữ cán bộ.")
    write_article(landing, "a.txt", "Tin A (sửa)", None, "Có 14 nữ cán bộ.")
    changed = _tick(landing, unchanged.cursor or first.cursor)
    assert len(changed.run_requests) == 1
    assert changed.run_requests[0].tags["chiso/changed_files"] == "2"
    assert changed.run_requests[0].run_key != first.run_requests[0].run_key


def test_daily_schedule_launches_the_build_at_six_in_vietnam():
    import datetime

    with dg.instance_for_test() as instance:
        context = dg.build_schedule_context(instance=instance, scheduled_execution_time=datetime.datetime(
            2025, 3, 6, 6, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=7))))
        result = daily_build_schedule.evaluate_tick(context)
    assert len(result.run_requests) == 1
    assert daily_build_schedule.job_name == "build_warehouse"
    assert (daily_build_schedule.cron_schedule, daily_build_schedule.execution_timezone) == ("0 6 * * *",
                                                                                          "Asia/Ho_Chi_Minh")
