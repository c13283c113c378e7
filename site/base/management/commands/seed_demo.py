"""manage.py seed_demo: load the bilingual demo site (idempotent)."""

import os
import random

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from safereturn.base.demo.reference import USERS
from safereturn.base.demo.seeder import SEED, DemoSeeder
from safereturn.base.demo.specs import LANGUAGES

ALLOW_ENV = "SAFERETURN_ALLOW_DEMO"


class Command(BaseCommand):
    """
    Create the demo site: pages in Vietnamese and English, images, leaflets,
    agencies, two accounts and the safety settings.

    Safe to re-run: whatever already exists is left as it is, so a second run
    creates nothing and never overwrites an editor's changes or a password.
    Everything happens in one transaction: a failure leaves the database as
    it was. The accounts have well-known passwords, so the command refuses to
    run outside DEBUG unless it is explicitly allowed.
    """

    help = (
        "Load the bilingual demo site (pages, images, leaflets, agencies, demo accounts, safety settings). "
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

        # Any library code that draws on the global generator gets a fixed sequence too.
        random.seed(SEED)
        with transaction.atomic():
            seeder = DemoSeeder().run()
        self.print_summary(seeder)

    def print_summary(self, seeder):
        kinds = sorted(set(seeder.created) | set(seeder.existing))
        counts = ", ".join(f"{kind}: {seeder.created[kind]} new, {seeder.existing[kind]} kept" for kind in kinds)
        self.stdout.write(self.style.SUCCESS(f"Demo site ready ({counts})."))
        for note in seeder.notes:
            self.stdout.write(f"  {note}")
        for warning in seeder.warnings:
            self.stdout.write(self.style.WARNING(f"Warning: {warning}"))

        home = seeder.pages["home"]
        for language in LANGUAGES:
            page = home[language]
            self.stdout.write(f"  {language}: {page.get_url() or '/'}  ({page.title})")
        self.stdout.write("  Admin: /admin/")
        # Printed on purpose: development-only accounts, and the command refuses to run outside DEBUG unless forced.
        for user in USERS:
            self.stdout.write(f"  Sign in as {user['username']} / {user['password']} ({user['position']})")
        if seeder.existing["users"]:
            self.stdout.write("  Accounts that already existed were left unchanged, passwords included.")
