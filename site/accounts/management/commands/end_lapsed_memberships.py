"""
Posts end by date: a post whose `valid_until` has come ends the person's
sessions and leaves their profile to their next current post. Saving a post
in the admin does this at once; this daily job does it for posts that end on
a date set in advance. Run twice on the same day, it ends again the sessions
begun in between (harmless: the post has ended).
"""

import datetime
from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from safereturn.accounts import security_log, sessions
from safereturn.accounts.models import Membership, SecurityEvent, StaffSession


class Command(BaseCommand):
    help = "Ends the sessions of people whose post ended today (or in the last two days) and updates their profile."

    def handle(self, *args, **options):
        now, today = timezone.now(), timezone.localdate()
        lapsed = Membership.objects.filter(valid_until__gt=today - timedelta(days=3), valid_until__lte=today)
        people = 0
        for membership in lapsed.select_related("user"):
            user = membership.user
            # A post that ends today ends every session begun so far; one that ended on an earlier
            # day (the timer was down) only those begun before it ended.
            cutoff = (
                now
                if membership.valid_until == today
                else timezone.make_aware(datetime.datetime.combine(membership.valid_until, datetime.time()))
            )
            stale = StaffSession.objects.filter(user=user, ended_at__isnull=True, created_at__lt=cutoff)
            if sessions.end(stale, StaffSession.EndReason.MEMBERSHIP):
                security_log.record(
                    SecurityEvent.Kind.MEMBERSHIP_ENDED, user=user, detail=f"role={membership.role} (by date)"
                )
            user.sync_profile()
            people += 1
        self.stdout.write(f"{people} post(s) ended in the last days were checked.")
