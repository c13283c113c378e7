"""
E-mails sent by the background worker (django-tasks, backend "background").

Tasks take ids only (their arguments stay in the database until
`prune_db_task_results` deletes them); everything else is read again here.
"""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task

from .models import Enrolment

BEFORE = "before"
OVERDUE = "overdue"


def language_of(user):
    language = getattr(user, "preferred_language", "") or settings.LANGUAGE_CODE
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


@task(backend="background")
def send_course_reminder(enrolment_id, kind):
    """Remind the learner of a course due soon (`kind` "before") or overdue ("overdue"); returns whether sent."""
    enrolment = Enrolment.objects.select_related("user").filter(pk=enrolment_id).first()
    if enrolment is None or enrolment.completed_at or not enrolment.user.email or not enrolment.user.is_active:
        return False
    user = enrolment.user
    with translation.override(language_of(user)):
        context = {
            "user": user,
            "enrolment": enrolment,
            "overdue": kind == OVERDUE,
            "days_left": enrolment.days_left(timezone.localdate()),
            "url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("courses:my_learning"),
        }
        subject = " ".join(render_to_string("courses/email/reminder_subject.txt", context).split())
        body = render_to_string("courses/email/reminder.txt", context)
    return bool(send_mail(subject, body, None, [user.email]))


@task(backend="background")
def compute_quiz_statistics(quiz_key):
    """Compute a quiz's statistics and store them with the time they were computed (statistics.py)."""
    from .statistics import compute_and_store

    record = compute_and_store(quiz_key)
    return record.seconds


@task(backend="background")
def send_certificate_reminder(certificate_id):
    """Remind a certificate's holder that it expires soon; returns whether an e-mail was sent."""
    from .models import Certificate

    certificate = Certificate.objects.select_related("user").filter(pk=certificate_id).first()
    if certificate is None or certificate.revoked_at or not certificate.user.email or not certificate.user.is_active:
        return False
    user = certificate.user
    with translation.override(language_of(user)):
        context = {
            "user": user,
            "certificate": certificate,
            "days_left": certificate.days_to_expiry(timezone.localdate()),
            "url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("courses:my_learning"),
        }
        subject = " ".join(render_to_string("courses/email/certificate_expiry_subject.txt", context).split())
        body = render_to_string("courses/email/certificate_expiry.txt", context)
    return bool(send_mail(subject, body, None, [user.email]))
