"""
The timer (safereturn.base.periodic, `manage.py run_periodic`): which jobs run
when, what a failure does, several timers at once, and the jobs the site
registers, with real management commands throughout.
"""

import logging
import re
import threading
from datetime import datetime, timedelta
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.sessions.models import Session
from django.core.exceptions import ImproperlyConfigured
from django.core.management import CommandError, call_command
from django.db import connection, transaction
from django.utils import timezone

from safereturn.base import periodic
from safereturn.base.periodic import PeriodicJobRun, PeriodicRegistry

README = Path(__file__).resolve().parents[2] / "README.md"
Outcome = PeriodicJobRun.Outcome


class SettableClock:
    """A clock for the timer that only moves when the test says so."""

    def __init__(self, now):
        self.now = now

    def __call__(self):
        return self.now

    def advance(self, **delta):
        self.now += timedelta(**delta)


@pytest.fixture
def clock():
    return SettableClock(timezone.make_aware(datetime(2026, 3, 10, 10, 0, 30)))


def expired_session():
    """A session row that `clearsessions` deletes: the visible side effect of a real job."""
    return Session.objects.create(
        session_key=f"expired{Session.objects.count()}", session_data="", expire_date=timezone.now() - timedelta(1)
    )


def names(reports):
    return [report.job.name for report in reports]


def test_a_due_job_runs_once_per_period_and_not_before(db, clock):
    registry = PeriodicRegistry()
    registry.register("clearsessions", every=timedelta(minutes=1), description="Each minute.")
    registry.register("clearsessions", every=timedelta(days=1), name="daily_clearsessions", description="Daily.")
    jobs = registry.jobs()

    session = expired_session()
    assert names(periodic.run_due_jobs(jobs, clock=clock)) == ["clearsessions", "daily_clearsessions"]
    assert not Session.objects.filter(pk=session.pk).exists()  # the command really ran

    session = expired_session()
    clock.advance(seconds=20)  # 10:00:50, same minute
    assert periodic.run_due_jobs(jobs, clock=clock) == []
    assert Session.objects.filter(pk=session.pk).exists()

    clock.advance(seconds=15)  # 10:01:05
    assert names(periodic.run_due_jobs(jobs, clock=clock)) == ["clearsessions"]
    assert names(periodic.run_due_jobs(jobs, clock=clock)) == []

    clock.now = timezone.make_aware(datetime(2026, 3, 11, 0, 0, 10))  # just after local midnight
    assert names(periodic.run_due_jobs(jobs, clock=clock)) == ["clearsessions", "daily_clearsessions"]

    daily = PeriodicJobRun.objects.get(name="daily_clearsessions")
    assert (daily.last_started, daily.last_finished, daily.last_outcome) == (clock.now, clock.now, Outcome.SUCCEEDED)


def test_a_failing_job_is_recorded_and_logged_and_the_others_still_run(db, clock, caplog):
    registry = PeriodicRegistry()
    registry.register("no_such_command", "--secret-ish", every=timedelta(minutes=1), description="Broken.")
    registry.register("clearsessions", every=timedelta(minutes=1), description="Works.")
    session = expired_session()

    with caplog.at_level(logging.ERROR, logger="safereturn.base.periodic"):
        reports = periodic.run_due_jobs(registry.jobs(), clock=clock)

    assert [(report.job.name, report.outcome, report.error) for report in reports] == [
        ("no_such_command", Outcome.FAILED, "CommandError"),
        ("clearsessions", Outcome.SUCCEEDED, ""),
    ]
    assert not Session.objects.filter(pk=session.pk).exists()
    broken = PeriodicJobRun.objects.get(name="no_such_command")
    assert (broken.last_outcome, broken.last_error, broken.last_finished) == (
        Outcome.FAILED,
        "CommandError",
        clock.now,
    )
    assert caplog.messages == ["Periodic job no_such_command failed with CommandError."]  # no exception message

    # A failure is not retried at once: the job waits for its next period, like a success.
    assert periodic.run_due_jobs(registry.jobs(), clock=clock) == []
    clock.advance(minutes=1)
    assert names(periodic.run_due_jobs(registry.jobs(), clock=clock)) == ["no_such_command", "clearsessions"]


def test_a_job_whose_timer_crashed_runs_again_in_its_next_period(db, clock):
    registry = PeriodicRegistry()
    job = registry.register("clearsessions", every=timedelta(hours=1), description="Hourly.")
    # What a timer killed mid-job leaves behind: a start, no finish.
    PeriodicJobRun.objects.create(name=job.name, last_started=clock.now, last_outcome=Outcome.RUNNING)

    clock.advance(minutes=30)
    assert periodic.run_due_jobs([job], clock=clock) == []
    clock.advance(minutes=30)
    assert names(periodic.run_due_jobs([job], clock=clock)) == ["clearsessions"]
    assert PeriodicJobRun.objects.get(name=job.name).last_outcome == Outcome.SUCCEEDED


def _skip_on_sqlite():
    if connection.vendor == "sqlite":
        pytest.skip("SQLite has no row locks: claims are serialised by IMMEDIATE transactions (see periodic._claim).")


def test_sqlite_transactions_begin_immediate_as_the_timer_relies_on(db):
    """On SQLite, two timers do not run a job twice only because a claim takes the write lock as it begins."""
    if connection.vendor != "sqlite":
        pytest.skip("Only SQLite needs this.")
    assert connection.settings_dict["OPTIONS"]["transaction_mode"] == "IMMEDIATE"


def test_a_job_another_timer_is_claiming_is_skipped_without_waiting(transactional_db, clock):
    _skip_on_sqlite()
    registry = PeriodicRegistry()
    job = registry.register("clearsessions", every=timedelta(minutes=1), description="Each minute.")
    PeriodicJobRun.objects.create(name=job.name)
    locked, release = threading.Event(), threading.Event()

    def other_timer_holding_the_row():
        try:
            with transaction.atomic():
                PeriodicJobRun.objects.select_for_update().get(name=job.name)
                locked.set()
                release.wait(10)
        finally:
            connection.close()

    other = threading.Thread(target=other_timer_holding_the_row)
    other.start()
    try:
        assert locked.wait(10)
        assert periodic.run_due_jobs([job], clock=clock) == []  # would block here without SKIP LOCKED
    finally:
        release.set()
        other.join(10)
    assert names(periodic.run_due_jobs([job], clock=clock)) == ["clearsessions"]


def test_two_timers_at_once_run_a_due_job_once(transactional_db, clock):
    _skip_on_sqlite()
    registry = PeriodicRegistry()
    jobs = [
        registry.register("clearsessions", every=timedelta(minutes=1), name=f"job{number}", description="Race.")
        for number in range(5)
    ]
    start = threading.Barrier(2)
    runs = []

    def timer():
        try:
            start.wait(10)
            runs.extend(names(periodic.run_due_jobs(jobs, clock=clock)))
        finally:
            connection.close()

    for _ in range(3):  # three periods, each raced by two timers
        timers = [threading.Thread(target=timer) for _ in range(2)]
        for thread in timers:
            thread.start()
        for thread in timers:
            thread.join(30)
        clock.advance(minutes=1)

    assert sorted(runs) == sorted([job.name for job in jobs] * 3)


def test_the_site_registers_its_jobs_and_readme_lists_every_registered_job(db):
    output = StringIO()
    call_command("run_periodic", "--list", stdout=output)
    table = output.getvalue().strip()

    registered = {job.command: job for job in periodic.registry.jobs()}
    assert registered["publish_scheduled"].every == timedelta(minutes=1)
    assert registered["prune_db_task_results"].every == timedelta(days=1)
    assert registered["clearsessions"].every == timedelta(days=1)
    assert "`prune_db_task_results --backend background --queue-name * --min-age-days 7` | every day |" in table

    section = re.search(r"<!-- periodic-jobs:start -->\n(.*?)\n<!-- periodic-jobs:end -->", README.read_text(), re.S)
    assert section, "README has lost its periodic-jobs markers"
    assert section.group(1).strip() == table, "README's list of periodic jobs differs from `run_periodic --list`"


def test_a_job_an_app_registers_is_run_and_listed(db, monkeypatch):
    monkeypatch.setattr(periodic, "registry", PeriodicRegistry())
    periodic.register("clearsessions", every=timedelta(hours=2), name="app_job", description="From an app.")

    listing = StringIO()
    call_command("run_periodic", "--list", stdout=listing)
    assert "| `clearsessions` | every 2 hours | From an app. |" in listing.getvalue()
    output = StringIO()
    call_command("run_periodic", stdout=output)
    assert re.fullmatch(r"app_job: succeeded in \d+\.\d s\n", output.getvalue())


def test_run_periodic_runs_every_job_then_fails_if_one_failed(db, monkeypatch):
    monkeypatch.setattr(periodic, "registry", PeriodicRegistry())
    periodic.register("no_such_command", every=timedelta(minutes=1), description="Broken.")
    periodic.register("clearsessions", every=timedelta(minutes=1), description="Works.")
    output = StringIO()

    with pytest.raises(CommandError, match="Periodic jobs failed: no_such_command"):
        call_command("run_periodic", stdout=output)

    assert "no_such_command: failed (CommandError)" in output.getvalue()
    assert "clearsessions: succeeded" in output.getvalue()


def test_run_periodic_loop_keeps_checking_until_interrupted(db, monkeypatch):
    monkeypatch.setattr(periodic, "registry", PeriodicRegistry())
    periodic.register("clearsessions", every=timedelta(minutes=1), description="Works.")
    sleeps = []

    def sleep(seconds):
        sleeps.append(seconds)
        if len(sleeps) == 2:
            raise KeyboardInterrupt  # Ctrl-C

    monkeypatch.setattr("safereturn.base.management.commands.run_periodic.time.sleep", sleep)
    output = StringIO()
    call_command("run_periodic", "--loop", "--interval", "7", stdout=output)

    assert sleeps == [7, 7]
    assert output.getvalue().count("clearsessions: succeeded") == 1  # checked twice, due once
    assert output.getvalue().endswith("Timer stopped.\n")


def test_publish_scheduled_publishes_a_page_whose_go_live_time_has_passed(site_tree):
    page = site_tree["campaign"]
    page.unpublish()
    page.go_live_at = timezone.now() + timedelta(hours=1)
    revision = page.save_revision()
    revision.publish()
    page.refresh_from_db()
    assert not page.live  # scheduled, not published

    # As if the hour had passed: the go-live time, approved and in the revision, is now in the past.
    past = timezone.now() - timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])
    call_command("run_periodic", stdout=StringIO())

    page.refresh_from_db()
    assert page.live
    assert PeriodicJobRun.objects.get(name="publish_scheduled").last_outcome == Outcome.SUCCEEDED


def test_a_job_must_run_in_whole_minutes_and_names_are_unique():
    registry = PeriodicRegistry()
    with pytest.raises(ImproperlyConfigured):
        registry.register("clearsessions", every=timedelta(seconds=90), description="Too fine.")
    job = registry.register("clearsessions", every=timedelta(minutes=5), description="Every five minutes.")
    assert job.schedule == "every 5 minutes"
    assert registry.register("clearsessions", every=timedelta(minutes=5), description="Every five minutes.") == job
    with pytest.raises(ImproperlyConfigured):
        registry.register("clearsessions", every=timedelta(minutes=10), description="Every ten minutes.")
