"""The training menu of the admin: the question bank, assignments, and extra time or attempts."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .forms import QuestionAdminForm, QuestionCategoryForm
from .models import Assignment, Question, QuestionCategory, QuizOverride


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Question bank")
    list_display = ["title", "category", "question_type", Column("locale", label=_("Language")), "live"]
    list_filter = ["category", "question_type", "locale", "live"]
    search_fields = ["title", "text"]
    edit_handler = ObjectList(Question.panels, base_form_class=QuestionAdminForm)


class QuestionCategoryViewSet(SnippetViewSet):
    model = QuestionCategory
    icon = "folder-open-inverse"
    menu_label = _("Question categories")
    list_display = ["__str__", "description"]
    ordering = ["path"]
    edit_handler = ObjectList(
        [FieldPanel("parent"), FieldPanel("name"), FieldPanel("name_en"), FieldPanel("description")],
        base_form_class=QuestionCategoryForm,
    )


class AssignmentViewSet(SnippetViewSet):
    model = Assignment
    icon = "calendar-alt"
    menu_label = _("Assignments")
    list_display = ["course", Column("target_name", label=_("Assigned to")), DateColumn("due_date"), "ends_on"]
    list_filter = ["course"]
    panels = [
        FieldPanel("course"),
        FieldPanel("user"),
        FieldPanel("agency"),
        FieldPanel("administrative_unit"),
        FieldRowPanel([FieldPanel("due_date"), FieldPanel("ends_on")]),
        FieldPanel("note"),
    ]


class QuizOverrideViewSet(SnippetViewSet):
    model = QuizOverride
    icon = "time"
    menu_label = _("Extra time and attempts")
    list_display = ["user", "quiz", "extra_minutes", "extra_attempts"]
    panels = [
        FieldPanel("quiz"),
        FieldPanel("user"),
        FieldRowPanel([FieldPanel("extra_minutes"), FieldPanel("extra_attempts")]),
        FieldPanel("reason"),
    ]


class TrainingViewSetGroup(SnippetViewSetGroup):
    items = (QuestionViewSet, QuestionCategoryViewSet, AssignmentViewSet, QuizOverrideViewSet)
    menu_icon = "graduation-cap"
    menu_label = _("Training")
    menu_name = "training"


register_snippet(TrainingViewSetGroup)
