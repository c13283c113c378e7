"""manage.py notify_urgent_reports: tell the on-call coordinator about new urgent reports (the timer)."""

from django.core.management.base import BaseCommand

from casework import public_reports


class Command(BaseCommand):
    help = (
        "E-mail PUBLIC_REPORTS_ON_CALL_EMAIL how many urgent reports from the public came in since the last e-mail "
        "(no text, no place, nothing about the reporter). Safe to run any number of times."
    )

    def handle(self, *args, **options):
        count = public_reports.notify_urgent_reports()
        self.stdout.write(f"Announced {count} urgent report(s).")
