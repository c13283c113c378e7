from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    """Training courses and quizzes for officials (built in a later issue)."""

    name = "courses"
    verbose_name = _("Courses")
