"""manage.py seed_demo: load the bilingual demo site (idempotent)."""

import os
import random

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from safereturn.base.demo import DemoRun, app_demos
from safereturn.base.demo.deferred import indexing_deferred

ALLOW_ENV = "SAFERETURN_ALLOW_DEMO"
# Any library code that draws on the global generator gets the same sequence on every run.
SEED = 20250701  # the day Law 53/2024/QH15 took effect


class Command(BaseCommand):
    """
    Create the demo site from every app's demo (safereturn.base.demo finds
    them): places, agencies and accounts, then each app's own content.

    Safe to re-run: whatever already exists is left as it is, so a second run
    creates nothing and never overwrites an editor's changes or a password.
    Everything happens in one transaction: a failure leaves the database as
    it was. The accounts have well-known passwords, so the command refuses to
    run outside DEBUG unless it is explicitly allowed.
    """

    help = (
        "Load the bilingual demo site: places, agencies and demo accounts, then each app's own demo content. "
        f"Re-runnable. Outside DEBUG it needs --force or {ALLOW_ENV}=1, because it creates accounts with "
        "well-known passwords."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help=f"Run even though DEBUG is off (tests, throwaway review servers). Same as {ALLOW_ENV}=1.",
        )

    def handle(self, *args, force, **options):
        if not settings.DEBUG and not force and os.environ.get(ALLOW_ENV) != "1":
            raise CommandError(
                "Refusing to load demo data with DEBUG off: it creates accounts with well-known passwords. "
                f"Pass --force or set {ALLOW_ENV}=1 if this really is a throwaway database."
            )

        random.seed(SEED)
        run = DemoRun()
        with transaction.atomic(), indexing_deferred():
            for _app_config, demo in app_demos():
                demo.seed(run)
        self.print_summary(run)

    def print_summary(self, run):
        kinds = sorted(set(run.created) | set(run.existing))
        counts = ", ".join(f"{kind}: {run.created[kind]} new, {run.existing[kind]} kept" for kind in kinds)
        self.stdout.write(self.style.SUCCESS(f"Demo site ready ({counts})."))
        for note in run.notes:
            self.stdout.write(f"  {note}")
        for warning in run.warnings:
            self.stdout.write(self.style.WARNING(f"Warning: {warning}"))
