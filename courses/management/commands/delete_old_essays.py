"""manage.py delete_old_essays: delete the texts of essays kept long enough (the timer, daily)."""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db.models import Q
from django.utils import timezone

from courses.models import Attempt, AttemptSlot


class Command(BaseCommand):
    help = (
        "Delete the text of every essay marked more than COURSES_ESSAY_RETENTION_DAYS days ago (or, if it never "
        "needed a mark, submitted that long ago), and of every essay, marked or not, submitted or not, in an "
        "attempt started more than COURSES_ESSAY_MAX_DAYS days ago. The mark and the trainer's comment stay. "
        "Safe to run any number of times."
    )

    def handle(self, *args, **options):
        now = timezone.now()
        before = now - timedelta(days=settings.COURSES_ESSAY_RETENTION_DAYS)
        essays = AttemptSlot.objects.filter(
            snapshot__type="essay", text_deleted_at__isnull=True, response__isnull=False
        )
        marked = essays.filter(needs_marking=False, attempt__state=Attempt.State.FINISHED).filter(
            Q(marked_at__lte=before) | Q(marked_at__isnull=True, attempt__finished_at__lte=before)
        )
        # An essay nobody marks, or an attempt never submitted, must not keep a text forever: it may name someone.
        abandoned = essays.filter(attempt__started_at__lte=now - timedelta(days=settings.COURSES_ESSAY_MAX_DAYS))
        count = essays.filter(Q(pk__in=marked.values("pk")) | Q(pk__in=abandoned.values("pk"))).update(
            response=None, text_deleted_at=now
        )
        self.stdout.write(f"Deleted the text of {count} essay(s).")
