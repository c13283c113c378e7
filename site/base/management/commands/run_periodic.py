"""manage.py run_periodic: run the periodic jobs that are due (safereturn.base.periodic)."""

import logging
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, close_old_connections

from safereturn.base import periodic

logger = logging.getLogger("safereturn.base.periodic")


class Command(BaseCommand):
    """
    Without options: run every due job once and exit, for cron or a systemd
    timer started every minute; exits with status 1 when a job failed, after
    running the others. With --loop: check every --interval seconds until
    stopped, for `make run` and simple deployments. Any number of timers may
    run at once: a job still runs once per period.
    """

    help = (
        "Run the periodic jobs that are due, then exit (start it every minute), or keep checking with --loop. "
        "--list prints README's table of jobs."
    )

    def add_arguments(self, parser):
        parser.add_argument("--loop", action="store_true", help="Keep running, checking every --interval seconds.")
        parser.add_argument(
            "--interval",
            type=int,
            default=30,
            help="Seconds between checks with --loop (default 30; below 60 so that no minute is missed).",
        )
        parser.add_argument(
            "--list", action="store_true", dest="list_jobs", help="Print the registered jobs as README's table."
        )

    def handle(self, *args, loop, interval, list_jobs, verbosity, **options):
        jobs = periodic.registry.jobs()
        if list_jobs:
            self.stdout.write(periodic.readme_table(jobs))
            return
        if interval < 1:
            raise CommandError("--interval must be at least 1 second.")
        if not loop:
            failed = self.run_once(jobs, verbosity)
            if failed:
                raise CommandError(f"Periodic jobs failed: {', '.join(failed)}.")
            return

        self.stdout.write(f"Checking {len(jobs)} periodic jobs every {interval} seconds; Ctrl-C stops.")
        try:
            while True:
                try:
                    self.run_once(jobs, verbosity)
                except DatabaseError as error:
                    # A locked or restarting database must not end the loop: try again next time.
                    logger.error("Periodic jobs not checked: %s.", type(error).__name__)
                close_old_connections()
                time.sleep(interval)
        except KeyboardInterrupt:
            self.stdout.write("Timer stopped.")

    def run_once(self, jobs, verbosity):
        """Run the due jobs, say what ran, and return the names of those that failed."""
        reports = periodic.run_due_jobs(jobs, output=self.stdout if verbosity >= 2 else None)
        for report in reports:
            outcome = report.outcome if not report.error else f"{report.outcome} ({report.error})"
            line = f"{report.job.name}: {outcome} in {report.seconds:.1f} s"
            self.stdout.write(self.style.ERROR(line) if report.error else line)
        if not reports and verbosity >= 2:
            self.stdout.write("No periodic job is due.")
        return [report.job.name for report in reports if report.error]
