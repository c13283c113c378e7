"""
The training screens of the admin (menu "Training records"): importing
questions, marking essays and changing marks, the reports, and the
certificates. Who may do what is decided in access.py.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale

from . import access, certificates, exports, marking
from .admin_forms import ImportConfirmForm, ImportUploadForm, MarkForm, RevokeForm
from .importing import saving
from .models import Attempt, Certificate, CoursePage, MarkChange, QuizPage
from .pii import warning_labels
from .reports import course_report, report_table
from .review import verdict
from .statistics import request_statistics

HOME = [{"url": reverse_lazy("wagtailadmin_home"), "label": gettext_lazy("Home")}]


class TrainingView(WagtailAdminTemplateMixin, TemplateView):
    """A training screen; `allowed(user)` says who may open it."""

    header_icon = "graduation-cap"

    def allowed(self, user):
        return access.can_read_reports(user)

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated or not self.allowed(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*HOME, *self.trail(), {"url": "", "label": self.get_page_title()}]

    def trail(self):
        return []


def course_titles(keys=None):
    """{course key: title} in the active language where a translation exists, for the courses of `keys`."""
    locale = Locale.get_active()
    titles = {}
    pages = CoursePage.objects.all().only("translation_key", "title", "locale_id")
    if keys is not access.ALL:
        pages = pages.filter(translation_key__in=keys)
    for page in pages.order_by("path"):
        if page.translation_key not in titles or page.locale_id == locale.pk:
            titles[page.translation_key] = page.title
    return titles


# Importing ----------------------------------------------------------------------------------------------------------


class ImportQuestionsView(TrainingView):
    """Upload, preview (each question to create, each line that cannot be), then import the valid ones or nothing."""

    page_title = gettext_lazy("Import questions")
    template_name = "courses/admin/import.html"

    def allowed(self, user):
        return user.has_perm("courses.add_question")

    def get(self, request):
        return self.render_to_response(self.get_context_data(form=ImportUploadForm()))

    def post(self, request):
        if "source" in request.POST:
            return self.confirm(request)
        form = ImportUploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        data = form.cleaned_data
        result = saving.check(saving.parse(data["file_format"], data["file"]))
        confirm = ImportConfirmForm(
            initial={
                "source": data["file"],
                "file_format": data["file_format"],
                "category": data["category"].pk,
                "publish": data["publish"],
            }
        )
        context = self.get_context_data(
            form=form, result=result, confirm=confirm, category=data["category"], publish=data["publish"]
        )
        return self.render_to_response(context)

    def confirm(self, request):
        form = ImportConfirmForm(request.POST)
        if request.POST.get("action") != "import":
            messages.info(request, _("Nothing was imported."))
            return redirect("courses_admin:import")
        if not form.is_valid():
            messages.error(request, _("The preview could not be read again: send the file once more."))
            return redirect("courses_admin:import")
        data = form.cleaned_data
        result = saving.check(saving.parse(data["file_format"], data["source"]))
        created = saving.save_questions(
            result.questions,
            category=data["category"],
            locale=Locale.get_default(),
            user=request.user,
            publish=data["publish"],
        )
        messages.success(
            request,
            ngettext(
                "%(count)d question was imported into %(category)s.",
                "%(count)d questions were imported into %(category)s.",
                len(created),
            )
            % {"count": len(created), "category": data["category"]},
        )
        return redirect("wagtailsnippets_courses_question:list")


# Marking ------------------------------------------------------------------------------------------------------------


class MarkingListView(TrainingView):
    page_title = gettext_lazy("Essays awaiting marking")
    template_name = "courses/admin/marking_list.html"

    def get_context_data(self, **kwargs):
        keys = access.readable_course_keys(self.request.user)
        slots = list(marking.awaiting_marking(None if keys is access.ALL else keys)[:500])
        titles = course_titles({slot.attempt.enrolment.course_key for slot in slots})
        rows = [
            {
                "slot": slot,
                "course": titles.get(slot.attempt.enrolment.course_key, slot.attempt.enrolment.course_title),
                "can_mark": access.can_mark_attempt(self.request.user, slot.attempt),
            }
            for slot in slots
        ]
        return super().get_context_data(rows=rows, **kwargs)


class AttemptMarkingView(TrainingView):
    """An attempt's answers with their marks: mark an essay with a comment, or change a mark with a reason."""

    template_name = "courses/admin/attempt.html"

    def dispatch(self, request, pk, *args, **kwargs):
        self.attempt = get_object_or_404(Attempt.objects.select_related("enrolment", "user"), pk=pk)
        self.course_key = self.attempt.enrolment.course_key
        return super().dispatch(request, *args, **kwargs)

    def allowed(self, user):
        return access.can_read_reports(user, self.course_key) or access.can_mark(user, self.course_key)

    def get_page_title(self):
        return _("Attempt %(number)s at %(quiz)s") % {"number": self.attempt.number, "quiz": self.attempt.quiz_title}

    def get_page_subtitle(self):
        return self.attempt.user.get_full_name()

    def trail(self):
        return [{"url": reverse("courses_admin:marking"), "label": _("Essays awaiting marking")}]

    def get_context_data(self, forms=None, **kwargs):
        forms = forms or {}
        can_mark = (
            access.can_mark_attempt(self.request.user, self.attempt) and self.attempt.state == Attempt.State.FINISHED
        )
        items = []
        for slot in self.attempt.slots.all():
            form = forms.get(slot.pk) or MarkForm(
                initial={"slot": slot.pk, "mark": "" if slot.needs_marking else slot.mark, "comment": slot.comment}
            )
            items.append(
                {
                    "slot": slot,
                    "verdict": verdict(slot),
                    "form": form if can_mark else None,
                    "essay_to_mark": slot.question_type == "essay" and slot.needs_marking,
                    "options": slot.options_in_order(),
                    "warnings": warning_labels(slot.text_answer) if slot.question_type == "essay" else [],
                }
            )
        history = MarkChange.objects.filter(attempt=self.attempt).select_related("slot")
        return super().get_context_data(
            attempt=self.attempt, items=items, history=history, can_mark=can_mark, **kwargs
        )

    def post(self, request, *args, **kwargs):
        if not access.can_mark_attempt(request.user, self.attempt):
            raise PermissionDenied
        form = MarkForm(request.POST)
        slot_id = request.POST.get("slot", "")
        slot = self.attempt.slots.filter(pk=slot_id).first() if slot_id.isdigit() else None
        if slot is None:
            raise Http404
        if not form.is_valid():  # an empty or overlong mark: the item again, with its errors
            return self.render_to_response(self.get_context_data(forms={slot.pk: form}), status=400)
        try:
            mark = marking.parse_mark(form.cleaned_data["mark"], slot.max_mark)
            marking.set_mark(
                slot.pk,
                mark=mark,
                by=request.user,
                comment=form.cleaned_data["comment"],
                reason=form.cleaned_data["reason"],
            )
        except marking.MarkingError as error:
            form.add_error(None, str(error))
            return self.render_to_response(self.get_context_data(forms={slot.pk: form}), status=400)
        self.attempt.refresh_from_db()
        messages.success(
            request,
            _("Mark saved. The attempt's grade is now %(grade)s%%.") % {"grade": self.attempt.percent.normalize()},
        )
        return redirect(reverse("courses_admin:attempt", args=[self.attempt.pk]) + f"#slot-{slot.pk}")


# Reports ------------------------------------------------------------------------------------------------------------


class ReportsIndexView(TrainingView):
    page_title = gettext_lazy("Training reports")
    template_name = "courses/admin/reports_index.html"

    def get_context_data(self, **kwargs):
        keys = access.readable_course_keys(self.request.user)
        titles = course_titles(keys)
        courses = sorted(titles.items(), key=lambda item: item[1])
        awaiting = marking.awaiting_marking(None if keys is access.ALL else keys).count()
        return super().get_context_data(courses=courses, awaiting=awaiting, **kwargs)


REPORT_COLUMNS = [
    gettext_lazy("Agency"),
    gettext_lazy("Administrative unit"),
    gettext_lazy("Enrolled"),
    gettext_lazy("Completed"),
    gettext_lazy("Took a quiz"),
    gettext_lazy("Passed"),
    gettext_lazy("Pass rate (%)"),
    gettext_lazy("Assigned"),
    gettext_lazy("Overdue"),
]


class CourseReportView(TrainingView):
    template_name = "courses/admin/course_report.html"

    def dispatch(self, request, course_key, *args, **kwargs):
        self.course_key = course_key
        self.title = course_titles({course_key}).get(course_key)
        if self.title is None:
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def allowed(self, user):
        return access.can_read_reports(user, self.course_key)

    def get_page_title(self):
        return self.title

    def trail(self):
        return [{"url": reverse("courses_admin:reports"), "label": _("Training reports")}]

    def get(self, request, *args, **kwargs):
        total, rows = course_report(self.course_key)
        export = request.GET.get("export")
        if export in ("csv", "xlsx"):
            header, body = report_table(rows, REPORT_COLUMNS)
            filename = f"{slugify(self.title)[:60] or 'course'}-{timezone.localdate():%Y%m%d}"
            if export == "csv":
                return exports.csv_response(filename, header, body)
            return exports.xlsx_response(filename, _("Report"), header, body)
        quizzes = {}
        for course in CoursePage.objects.filter(translation_key=self.course_key).order_by("pk"):
            for quiz in QuizPage.objects.child_of(course).order_by("path"):
                quizzes.setdefault(quiz.translation_key, quiz)
        return self.render_to_response(
            self.get_context_data(total=total, rows=rows, quizzes=list(quizzes.values()), columns=REPORT_COLUMNS)
        )


class QuizStatisticsView(TrainingView):
    template_name = "courses/admin/quiz_statistics.html"

    def dispatch(self, request, quiz_key, *args, **kwargs):
        self.quiz = QuizPage.objects.filter(translation_key=quiz_key).order_by("pk").first()
        if self.quiz is None:
            raise Http404
        self.quiz_key = quiz_key
        self.course = self.quiz.get_parent().specific
        return super().dispatch(request, *args, **kwargs)

    def allowed(self, user):
        return access.can_read_reports(user, self.course.translation_key)

    def get_page_title(self):
        return _("Statistics: %(quiz)s") % {"quiz": self.quiz.title}

    def trail(self):
        return [
            {"url": reverse("courses_admin:reports"), "label": _("Training reports")},
            {
                "url": reverse("courses_admin:course_report", args=[self.course.translation_key]),
                "label": self.course.title,
            },
        ]

    def post(self, request, *args, **kwargs):
        _record, queued = request_statistics(self.quiz_key, force=True)
        messages.info(request, _("The statistics are being computed: reload this page in a moment."))
        return redirect("courses_admin:quiz_statistics", quiz_key=self.quiz_key)

    def get(self, request, *args, **kwargs):
        record, pending = request_statistics(self.quiz_key)
        data = record.data or {}
        export = request.GET.get("export")
        if export in ("csv", "xlsx") and data:
            header, body = statistics_table(data)
            filename = f"{slugify(self.quiz.title)[:60] or 'quiz'}-{timezone.localdate():%Y%m%d}"
            if export == "csv":
                return exports.csv_response(filename, header, body)
            return exports.xlsx_response(filename, _("Item analysis"), header, body)
        distribution = data.get("distribution", [])
        return self.render_to_response(
            self.get_context_data(
                record=record,
                pending=pending,
                data=data,
                chart=distribution_chart(distribution),
                questions=data.get("questions", []),
            )
        )


def statistics_table(data):
    header = [
        _("Question"),
        _("Type"),
        _("Attempts"),
        _("Facility index (%)"),
        _("Discrimination index (%)"),
    ]
    body = [
        [
            question["title"],
            question["type"],
            question["count"],
            round(question["facility"], 2) if question["facility"] is not None else None,
            round(question["discrimination"], 2) if question["discrimination"] is not None else None,
        ]
        for question in data.get("questions", [])
    ]
    return header, body


def distribution_chart(distribution, width=600, height=240):
    """The bars of the grade distribution, in SVG coordinates, for the template (with the data table beside)."""
    if not distribution:
        return None
    left, bottom, top = 40, 30, 10
    biggest = max((band["count"] for band in distribution), default=0) or 1
    step = (width - left - 10) / len(distribution)
    bars = []
    for index, band in enumerate(distribution):
        bar_height = (height - bottom - top) * band["count"] / biggest
        bars.append(
            {
                **band,
                "x": round(left + index * step + 4, 1),
                "y": round(height - bottom - bar_height, 1),
                "width": round(step - 8, 1),
                "height": round(bar_height, 1),
                "label_x": round(left + index * step + step / 2, 1),
            }
        )
    return {"width": width, "height": height, "bars": bars, "axis_y": height - bottom, "biggest": biggest}


# Certificates -------------------------------------------------------------------------------------------------------


class CertificateListView(TrainingView):
    page_title = gettext_lazy("Certificates")
    template_name = "courses/admin/certificates.html"

    def get_context_data(self, **kwargs):
        keys = access.readable_course_keys(self.request.user)
        found = access.filter_courses(Certificate.objects.all(), keys).order_by("-issued_on", "-pk")
        # NUL is no name's letter, and PostgreSQL refuses it in a query: dropped, like the spaces around.
        query = self.request.GET.get("q", "").replace("\x00", "").strip()[:200]
        if query:
            code = certificates.normalise_code(query)
            found = found.filter(code=code) if code else found.filter(holder_name__icontains=query)
        today = timezone.localdate()
        rows = [
            {
                "certificate": certificate,
                "status": certificate.status(today),
                "can_revoke": certificate.revoked_at is None
                and access.can_revoke(self.request.user, certificate.course_key),
            }
            for certificate in found[:200]
        ]
        return super().get_context_data(rows=rows, query=query, **kwargs)


class RevokeCertificateView(TrainingView):
    template_name = "courses/admin/revoke.html"

    def dispatch(self, request, pk, *args, **kwargs):
        self.certificate = get_object_or_404(Certificate, pk=pk)
        return super().dispatch(request, *args, **kwargs)

    def allowed(self, user):
        return access.can_revoke(user, self.certificate.course_key)

    def get_page_title(self):
        return _("Revoke the certificate %(code)s") % {"code": self.certificate.code}

    def trail(self):
        return [{"url": reverse("courses_admin:certificates"), "label": _("Certificates")}]

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(form=RevokeForm(), certificate=self.certificate))

    def post(self, request, *args, **kwargs):
        form = RevokeForm(request.POST)
        if self.certificate.revoked_at is not None:
            messages.info(request, _("This certificate was already revoked."))
            return redirect("courses_admin:certificates")
        if not form.is_valid():
            context = self.get_context_data(form=form, certificate=self.certificate)
            return self.render_to_response(context, status=400)
        certificates.revoke(self.certificate, by=request.user, reason=form.cleaned_data["reason"])
        messages.success(
            request,
            _("The certificate %(code)s of %(name)s is revoked.")
            % {"code": self.certificate.code, "name": self.certificate.holder_name},
        )
        return redirect("courses_admin:certificates")
