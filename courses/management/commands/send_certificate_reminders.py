"""manage.py send_certificate_reminders: e-mail the holders of certificates that expire soon (daily)."""

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from courses.certificates import expiring
from courses.models import Certificate
from courses.tasks import send_certificate_reminder


class Command(BaseCommand):
    help = (
        "Queue one e-mail to the holder of each valid certificate that expires within "
        "COURSES_CERTIFICATE_REMINDER_DAYS days. Each certificate is reminded once, however often this runs."
    )

    def handle(self, *args, **options):
        now = timezone.now()
        with transaction.atomic():
            ids = list(
                expiring(timezone.localdate())
                .filter(expiry_reminded_at__isnull=True)
                .select_for_update()
                .values_list("pk", flat=True)
            )
            for certificate_id in ids:
                send_certificate_reminder.enqueue(certificate_id)
            Certificate.objects.filter(pk__in=ids).update(expiry_reminded_at=now)
        self.stdout.write(f"Queued {len(ids)} certificate reminder(s).")
