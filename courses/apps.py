from datetime import timedelta

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    """Training for officials: courses, lessons, the question bank, quizzes, assignments and progress."""

    name = "courses"
    verbose_name = _("Courses")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals  # noqa: F401  (trainers' page permissions, assignments reaching people)

        register_periodic_jobs()


def register_periodic_jobs():
    from safereturn.base import periodic

    periodic.register(
        "finalise_overdue_attempts",
        every=timedelta(minutes=1),
        description="Submits and scores quiz attempts whose time is up (they already count as submitted).",
    )
    periodic.register(
        "send_course_reminders",
        every=timedelta(days=1),
        description="Gives assigned courses to people who joined an agency or unit since, and e-mails reminders "
        "before and after a course's due date.",
    )
    periodic.register(
        "delete_old_essays",
        every=timedelta(days=1),
        description="Deletes the texts of essays marked more than COURSES_ESSAY_RETENTION_DAYS (180 by default) "
        "days ago, and of every essay whose attempt began more than COURSES_ESSAY_MAX_DAYS (365 by default) days "
        "ago; their marks and comments stay.",
    )
    periodic.register(
        "send_certificate_reminders",
        every=timedelta(days=1),
        description="E-mails the holders of certificates that expire within COURSES_CERTIFICATE_REMINDER_DAYS "
        "(30 by default) days, once per certificate.",
    )
