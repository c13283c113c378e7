"""manage.py delete_dismissed_reports: delete reports from the public dismissed long enough ago (the timer, daily)."""

from django.core.management.base import BaseCommand

from casework import public_reports


class Command(BaseCommand):
    help = (
        "Delete every report from the public dismissed more than PUBLIC_REPORTS_DISMISSED_RETENTION_DAYS days ago, "
        "with the questions and answers about it. Safe to run any number of times."
    )

    def handle(self, *args, **options):
        count = public_reports.delete_dismissed()
        self.stdout.write(f"Deleted {count} dismissed report(s).")
