"""
The timer: management commands that must run on a schedule, declared by each
app and run by one command, `manage.py run_periodic`.

Apps declare their jobs from `AppConfig.ready()`::

    from datetime import timedelta
    from safereturn.base import periodic

    periodic.register(
        "purge_reports", "--older-than-days", "90",
        every=timedelta(days=1),
        description="Deletes public reports closed more than 90 days ago.",
    )

so that site/ never imports an app. README's "Background work and timers"
lists every registered job; `manage.py run_periodic --list` prints that list
and a test fails when the two disagree.

Time is cut into periods of `every` (minutes, hours or days on the local wall
clock of TIME_ZONE), and a job runs at most once per period: at the first
check after the period begins. Whether it has run is kept in the database
(`PeriodicJobRun`), not in the timer's memory, so that:

- any number of timers may run at once, on one machine or several: a job is
  claimed by writing its start time in a short transaction before it runs, and
  a second timer sees the claim and leaves the job alone (see `_claim`);
- a timer that crashes or is killed mid-job leaves the claim without a finish:
  the job runs again in its next period, not at once (a job that crashes its
  process every time must not be retried every minute).

A job therefore has to be idempotent (run again after a crash, it must do no
harm) and should finish well within its period.
"""

import io
import logging
import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

# Periods are counted from this local midnight, so that daily jobs run soon
# after midnight on the wall clock and hourly ones on the hour.
_PERIOD_ORIGIN = datetime(2000, 1, 1)  # naive on purpose: a local wall-clock time


@dataclass(frozen=True)
class PeriodicJob:
    """One management command (with its arguments) that runs once in every period of `every`."""

    name: str
    command: str
    args: tuple[str, ...]
    every: timedelta
    description: str

    @property
    def command_line(self):
        return " ".join((self.command, *self.args))

    @property
    def schedule(self):
        """`every minute`, `every 5 minutes`, `every day`...: for README and the command's output."""
        seconds = int(self.every.total_seconds())
        for unit_seconds, unit in ((86400, "day"), (3600, "hour"), (60, "minute"), (1, "second")):
            if seconds % unit_seconds == 0:
                count = seconds // unit_seconds
                return f"every {unit}" if count == 1 else f"every {count} {unit}s"
        raise AssertionError("unreachable: every whole number of seconds is a multiple of 1")

    def period(self, moment):
        """The number of the period `moment` falls in; the job runs once per number."""
        wall_clock = timezone.localtime(moment).replace(tzinfo=None)
        return math.floor((wall_clock - _PERIOD_ORIGIN) / self.every)

    def is_due(self, last_started, now):
        return last_started is None or self.period(now) > self.period(last_started)


class PeriodicRegistry:
    """The jobs the timer knows, in the order they were registered (which is the order they run in)."""

    def __init__(self):
        self._jobs = {}

    def register(self, command, *args, every, description, name=None):
        """
        Declare that `manage.py <command> <args>` runs once in every period of
        `every`. `name` (by default the command's name) identifies the job in
        the database: give one when the same command is registered twice with
        different arguments. `description` is one line for README.

        Registering the same job twice (AppConfig.ready() running again in
        tests) changes nothing; two different jobs under one name are an error.
        """
        if every < timedelta(minutes=1) or every.total_seconds() % 60:
            # The timer is started every minute (cron, systemd), so no job can run more often.
            raise ImproperlyConfigured(f"Periodic job {name or command!r}: 'every' must be whole minutes.")
        job = PeriodicJob(
            name=name or command,
            command=command,
            args=tuple(str(arg) for arg in args),
            every=every,
            description=description,
        )
        existing = self._jobs.get(job.name)
        if existing is not None and existing != job:
            raise ImproperlyConfigured(f"Two different periodic jobs are registered as {job.name!r}.")
        self._jobs[job.name] = job
        return job

    def jobs(self):
        return list(self._jobs.values())


registry = PeriodicRegistry()


def register(command, *args, every, description, name=None):
    """Add a job to the timer's registry: see `PeriodicRegistry.register`. Call it from AppConfig.ready()."""
    return registry.register(command, *args, every=every, description=description, name=name)


def readme_table(jobs):
    """The Markdown table README shows between its `periodic-jobs` markers."""
    lines = ["| command | runs | what it does |", "|---|---|---|"]
    lines += [f"| `{job.command_line}` | {job.schedule} | {job.description} |" for job in jobs]
    return "\n".join(lines)


class PeriodicJobRun(models.Model):
    """
    When a periodic job last started and finished, and how it ended: the
    timer's memory, shared by every timer process. One row per job name.
    """

    class Outcome(models.TextChoices):
        RUNNING = "running", _("Running (or stopped by a crash)")
        SUCCEEDED = "succeeded", _("Succeeded")
        FAILED = "failed", _("Failed")

    name = models.CharField(_("name"), max_length=100, unique=True)
    last_started = models.DateTimeField(_("last started"), null=True, blank=True)
    last_finished = models.DateTimeField(_("last finished"), null=True, blank=True)
    last_outcome = models.CharField(_("last outcome"), max_length=20, choices=Outcome.choices, blank=True)
    # The exception's class only: its message could quote personal data.
    last_error = models.CharField(_("last error"), max_length=100, blank=True)

    class Meta:
        app_label = "base"
        verbose_name = _("periodic job run")
        verbose_name_plural = _("periodic job runs")

    def __str__(self):
        return self.name


@dataclass(frozen=True)
class JobReport:
    """What one run of one job did, for the command's output."""

    job: PeriodicJob
    outcome: str
    error: str
    seconds: float


def run_due_jobs(jobs, *, clock=timezone.now, output=None):
    """
    Run, one after the other, each of `jobs` that is due and that no other
    timer has claimed; return a report per job run. A failing job is recorded
    and logged and the next one runs. The jobs' own output goes to `output`
    (a text stream), or nowhere.
    """
    PeriodicJobRun.objects.bulk_create([PeriodicJobRun(name=job.name) for job in jobs], ignore_conflicts=True)
    return [_run(job, clock, output) for job in jobs if _claim(job, clock())]


def _claim(job, now):
    """
    Mark `job` as started at `now` if it is due; return whether this timer may run it.

    On PostgreSQL (and MySQL, Oracle) the row is locked with SELECT ... FOR
    UPDATE SKIP LOCKED: a second timer deciding about the same job at the
    same moment skips it instead of waiting, and once the claim is committed
    every timer sees the new start time and finds the job not due.

    SQLite has no row locks and Django leaves FOR UPDATE out. The project
    opens SQLite transactions IMMEDIATE (settings: "transaction_mode"), so
    this transaction takes the database's single write lock as it begins: a
    second timer waits for it (up to SQLite's busy timeout, 5 seconds) and then
    reads the new start time. Claims are therefore serialised on SQLite too,
    as long as every timer uses the same database file (SQLite is for one
    machine anyway).
    """
    with transaction.atomic():
        run = PeriodicJobRun.objects.select_for_update(skip_locked=True).filter(name=job.name).first()
        if run is None or not job.is_due(run.last_started, now):
            return False
        run.last_started = now
        run.last_outcome = PeriodicJobRun.Outcome.RUNNING
        run.last_error = ""
        run.save(update_fields=["last_started", "last_outcome", "last_error"])
    return True


def _run(job, clock, output):
    started = clock()
    stream = output if output is not None else io.StringIO()
    outcome, error = PeriodicJobRun.Outcome.SUCCEEDED, ""
    try:
        call_command(job.command, *job.args, stdout=stream, stderr=stream)
    except (Exception, SystemExit) as exc:  # one failing job must not stop the others
        outcome, error = PeriodicJobRun.Outcome.FAILED, type(exc).__name__
        # Name and class only: a message or traceback could quote personal data.
        logger.error("Periodic job %s failed with %s.", job.name, error)
    finished = clock()
    PeriodicJobRun.objects.filter(name=job.name).update(last_finished=finished, last_outcome=outcome, last_error=error)
    return JobReport(job=job, outcome=outcome, error=error, seconds=(finished - started).total_seconds())
