"""manage.py finalise_overdue_attempts: submit and score quiz attempts whose time is up (the timer, every minute)."""

from django.core.management.base import BaseCommand

from courses.attempts import finalise_overdue


class Command(BaseCommand):
    help = (
        "Submit and score every quiz attempt whose time is up. Such attempts already count as submitted "
        "everywhere; this records their result. Safe to run any number of times."
    )

    def handle(self, *args, **options):
        count = finalise_overdue()
        self.stdout.write(f"Finalised {count} attempt(s) past their time.")
