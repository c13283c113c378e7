"""manage.py send_course_reminders: give assigned courses to newcomers, and remind of due dates (daily)."""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from courses.assignments import sync_all
from courses.models import Enrolment
from courses.tasks import BEFORE, OVERDUE, send_course_reminder


class Command(BaseCommand):
    help = (
        "Enrol the people each open assignment reaches (newcomers to an agency or unit included), then queue "
        "one e-mail before a course's due date (COURSES_REMINDER_DAYS_BEFORE) and one once it is overdue. "
        "Each reminder is sent once, however often the command runs."
    )

    def handle(self, *args, **options):
        today = timezone.localdate()
        now = timezone.now()
        enrolled = sync_all(today)
        days = settings.COURSES_REMINDER_DAYS_BEFORE
        open_enrolments = Enrolment.objects.filter(completed_at__isnull=True, due_date__isnull=False)
        queued = 0
        with transaction.atomic():
            due_soon = open_enrolments.filter(
                reminded_before_due__isnull=True, due_date__gte=today, due_date__lte=today + timedelta(days=days)
            )
            overdue = open_enrolments.filter(reminded_overdue__isnull=True, due_date__lt=today)
            for queryset, kind, field in (
                (due_soon, BEFORE, "reminded_before_due"),
                (overdue, OVERDUE, "reminded_overdue"),
            ):
                ids = list(queryset.select_for_update().values_list("pk", flat=True))
                for enrolment_id in ids:
                    send_course_reminder.enqueue(enrolment_id, kind)
                Enrolment.objects.filter(pk__in=ids).update(**{field: now})
                queued += len(ids)
        self.stdout.write(f"Enrolled {enrolled} person(s) from assignments; queued {queued} reminder(s).")
