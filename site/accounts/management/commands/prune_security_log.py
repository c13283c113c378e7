"""
The security log's retention: events older than SECURITY_LOG_RETENTION_DAYS
are deleted, and so are the records of sessions that ended (or were left)
more than 30 days ago.

The application's database role may not delete from the log (README,
"PostgreSQL roles"), so this runs as the database owner: the timer is
started with the owner's DATABASE_URL.
"""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db.models import Q
from django.utils import timezone

from safereturn.accounts.models import SecurityEvent, StaffSession


class Command(BaseCommand):
    help = "Deletes security log events older than SECURITY_LOG_RETENTION_DAYS and old session records."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="Keep this many days (default: the setting).")

    def handle(self, *args, **options):
        days = options["days"] if options["days"] is not None else settings.SECURITY_LOG_RETENTION_DAYS
        now = timezone.now()
        events = SecurityEvent.objects.prune_before(now - timedelta(days=days))
        month_ago = now - timedelta(days=30)
        stale_sessions, _by_model = StaffSession.objects.filter(
            Q(ended_at__lt=month_ago) | Q(ended_at__isnull=True, last_activity__lt=month_ago)
        ).delete()
        self.stdout.write(f"Deleted {events} security log event(s) and {stale_sessions} session record(s).")
