"""manage.py delete_expired_exports: delete the files of exports past EXPORT_HOURS (the timer, hourly)."""

from django.core.management.base import BaseCommand

from casework import exports


class Command(BaseCommand):
    help = "Delete the files of the exports of cases older than EXPORT_HOURS hours. Safe to run any number of times."

    def handle(self, *args, **options):
        count = exports.delete_expired()
        self.stdout.write(f"Deleted {count} export file(s).")
