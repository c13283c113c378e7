"""
The training menus of the admin: "Training" (the question bank, assignments,
and extra time or attempts) and "Training records" (importing questions,
marking, reports and certificates: admin_views.py).
"""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet, SnippetViewSetGroup

from . import access, admin_views
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


class AssignmentCreateView(CreateView):
    """Records who made the assignment."""

    def save_instance(self):
        self.form.instance.created_by = self.request.user
        return super().save_instance()


class AssignmentViewSet(SnippetViewSet):
    model = Assignment
    add_view_class = AssignmentCreateView
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


# Training records ---------------------------------------------------------------------------------------------------

admin_urlpatterns = [
    path("import/", admin_views.ImportQuestionsView.as_view(), name="import"),
    path("marking/", admin_views.MarkingListView.as_view(), name="marking"),
    path("attempts/<int:pk>/", admin_views.AttemptMarkingView.as_view(), name="attempt"),
    path("reports/", admin_views.ReportsIndexView.as_view(), name="reports"),
    path("reports/<uuid:course_key>/", admin_views.CourseReportView.as_view(), name="course_report"),
    path("statistics/<uuid:quiz_key>/", admin_views.QuizStatisticsView.as_view(), name="quiz_statistics"),
    path("certificates/", admin_views.CertificateListView.as_view(), name="certificates"),
    path("certificates/<int:pk>/revoke/", admin_views.RevokeCertificateView.as_view(), name="revoke"),
]


@hooks.register("register_admin_urls")
def training_records_urls():
    return [path("training/", include((admin_urlpatterns, "courses_admin"), namespace="courses_admin"))]


class ShownMenuItem(MenuItem):
    """A menu item shown to whoever `shown(user)` lets in."""

    def __init__(self, label, url_name, shown, **kwargs):
        self.url_name = url_name
        self.shown = shown
        super().__init__(label, "#", **kwargs)

    @property
    def url(self):
        return reverse(self.url_name)

    @url.setter
    def url(self, value):
        pass

    def is_shown(self, request):
        return self.shown(request.user)


@hooks.register("register_admin_menu_item")
def training_records_menu():
    items = [
        ShownMenuItem(
            _("Import questions"),
            "courses_admin:import",
            lambda user: user.has_perm("courses.add_question"),
            icon_name="upload",
            order=100,
        ),
        ShownMenuItem(
            _("Essays awaiting marking"), "courses_admin:marking", access.can_read_reports, icon_name="edit", order=200
        ),
        ShownMenuItem(
            _("Training reports"), "courses_admin:reports", access.can_read_reports, icon_name="table", order=300
        ),
        ShownMenuItem(
            _("Certificates"), "courses_admin:certificates", access.can_read_reports, icon_name="doc-full", order=400
        ),
    ]
    return SubmenuMenuItem(
        _("Training records"), Menu(items=items), icon_name="list-ul", name="training-records", order=310
    )
