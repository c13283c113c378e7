"""
The learner area, inside the language prefixes: "/hoc-tap/" in Vietnamese,
"/en/learning/" in English (settings.RESTRICTED_AREAS lists it).
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "courses"

urlpatterns = [
    path("", views.my_learning, name="my_learning"),
    path(_("courses/<int:page_id>/enrol/"), views.enrol_view, name="enrol"),
    path(_("lessons/<int:page_id>/read/"), views.lesson_read, name="lesson_read"),
    path(_("quizzes/<int:page_id>/start/"), views.start_quiz, name="start_quiz"),
    path(_("attempts/<uuid:attempt_id>/"), views.attempt_view, name="attempt"),
    path(_("attempts/<uuid:attempt_id>/summary/"), views.attempt_summary, name="summary"),
    path(_("attempts/<uuid:attempt_id>/result/"), views.review_view, name="review"),
    path(_("transcript/"), views.transcript, name="transcript"),
    path(_("certificates/<str:code>/pdf/"), views.certificate_download, name="certificate_pdf"),
]
