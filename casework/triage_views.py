"""
The triage queue: reports from the public (casework.public_reports), under
/casework/bao-tin/.

Reports reach a user through the permission layer only
(`permissions.visible_reports`, `get_report`): routed by the place the
reporter named to the posts of that jurisdiction that triage, and reports
naming no place to the provincial coordinators. A caseworker reads a report,
asks the reporter a question (read with their follow-up code), and closes
it: dismissed with a reason, linked to a case they can see, or a case
opened from it (for those who may register a person). Every read and every
action writes one audit event; refusals are audited by the permission layer.
"""

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, Q
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .audit import AuditEvent, record
from .decorators import casework_view, methods
from .forms import CaseFactsForm, IntakeForm, NoAutocompleteMixin, PersonForm
from .models import Case, Person, PublicReport, ReportMessage, ReportStatus, normalise_case_number
from .permissions import (
    Action,
    can,
    creatable_communes,
    get_report,
    limit_form,
    report_readable_groups,
    require,
    visible_cases,
    visible_reports,
    writable_groups,
)
from .views import open_case

PER_PAGE = 25


class QueueFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=gettext_lazy("Show"),
        required=False,
        choices=[
            ("", gettext_lazy("Reports waiting to be read")),
            ("closed", gettext_lazy("Closed reports")),
            ("all", gettext_lazy("All reports")),
        ],
    )


class QuestionForm(NoAutocompleteMixin, forms.Form):
    text = forms.CharField(
        label=gettext_lazy("Question to the reporter"),
        max_length=2000,
        widget=forms.Textarea,
        help_text=gettext_lazy("The reporter reads it with their follow-up code. Do not write anyone's name."),
    )


class DismissForm(NoAutocompleteMixin, forms.Form):
    reason = forms.CharField(label=gettext_lazy("Reason for dismissing"), max_length=2000, widget=forms.Textarea)


class LinkForm(forms.Form):
    number = forms.CharField(
        label=gettext_lazy("Case number"),
        max_length=20,
        help_text=gettext_lazy("For example HS-7K3M-Q9TX."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_number(self):
        number = normalise_case_number(self.cleaned_data["number"])
        case = visible_cases(self.user).filter(number=number).first() if number else None
        if case is None:
            raise forms.ValidationError(_("No case you can see has this number."))
        return case


def closed_error(form):
    form.add_error(None, _("This report is already closed."))


@casework_view
@methods("GET")
def report_list(request):
    require(request, Action.TRIAGE)
    filters = QueueFilterForm(request.GET or None)
    reports = visible_reports(request.user)
    wanted = filters.cleaned_data["status"] if filters.is_valid() else ""
    if wanted == "":
        reports = reports.open()
    elif wanted == "closed":
        reports = reports.exclude(status=ReportStatus.NEW)
    reports = reports.for_queue().annotate(
        answers=Count("messages", filter=Q(messages__direction=ReportMessage.Direction.ANSWER))
    )
    page = Paginator(reports, PER_PAGE).get_page(request.GET.get("page"))
    record(request, AuditEvent.Action.LIST, object_type=PublicReport, count=len(page.object_list))
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "casework/report_list.html", {"page": page, "filters": filters, "query": query.urlencode()})


def detail_page(request, report, status=200, **forms_):
    """The report's page, with its forms (blank, or the one just posted with its errors). Audited as a read."""
    user = request.user
    context = {
        "report": report,
        "groups": report_readable_groups(user, report),
        "report_messages": list(report.messages.all()),
        "question_form": forms_.get("question_form") or QuestionForm(),
        "dismiss_form": forms_.get("dismiss_form") or DismissForm(),
        "link_form": forms_.get("link_form") or LinkForm(user=user),
        "may_open_case": report.is_open and can(user, Action.CREATE),
        "case_visible": report.case_id is not None and visible_cases(user).filter(pk=report.case_id).exists(),
    }
    record(request, AuditEvent.Action.VIEW, obj=report)
    return render(request, "casework/report_detail.html", context, status=status)


@casework_view
@methods("GET")
def report_detail(request, report_id):
    require(request, Action.TRIAGE)
    return detail_page(request, get_report(request, report_id))


@casework_view
@methods("POST")
def report_ask(request, report_id):
    require(request, Action.TRIAGE)
    report = get_report(request, report_id)
    form = QuestionForm(request.POST)
    if not form.is_valid():
        return detail_page(request, report, question_form=form)
    message = ReportMessage.add(
        report, ReportMessage.Direction.QUESTION, form.cleaned_data["text"], author_id=request.user.pk
    )
    record(request, AuditEvent.Action.CREATE, obj=message, changed_fields=["text"])
    messages.success(request, _("The question was saved. The reporter reads it with their follow-up code."))
    return redirect("casework:report_detail", report.pk)


def locked_if_open(report):
    """
    The report again, its row locked until the transaction ends, or None when
    it is closed: of two caseworkers closing one report at once (two tabs,
    two people), the second is told it is closed instead of overwriting the first.
    """
    locked = PublicReport.objects.select_for_update().get(pk=report.pk)
    return locked if locked.is_open else None


@casework_view
@methods("POST")
def report_dismiss(request, report_id):
    require(request, Action.TRIAGE)
    report = get_report(request, report_id)
    form = DismissForm(request.POST)
    if form.is_valid():
        with transaction.atomic():
            locked = locked_if_open(report)
            if locked is not None:
                locked.dismissal_reason = form.cleaned_data["reason"]
                locked.close(ReportStatus.DISMISSED, request.user)
                locked.save()
                record(
                    request,
                    AuditEvent.Action.CHANGE,
                    obj=locked,
                    changed_fields=["status", "dismissal_reason", "closed_at"],
                )
                messages.success(request, _("The report was dismissed."))
                return redirect("casework:report_list")
        closed_error(form)
    return detail_page(request, report, dismiss_form=form)


@casework_view
@methods("POST")
def report_link(request, report_id):
    require(request, Action.TRIAGE)
    report = get_report(request, report_id)
    form = LinkForm(request.POST, user=request.user)
    if form.is_valid():
        with transaction.atomic():
            locked = locked_if_open(report)
            if locked is not None:
                locked.case = form.cleaned_data["number"]
                locked.close(ReportStatus.LINKED, request.user)
                locked.save()
                record(request, AuditEvent.Action.CHANGE, obj=locked, changed_fields=["case", "status", "closed_at"])
                messages.success(
                    request, _("The report was linked to case %(number)s.") % {"number": locked.case.display_number}
                )
                return redirect("casework:report_detail", report.pk)
        closed_error(form)
    return detail_page(request, report, link_form=form)


@casework_view
@methods("GET", "POST")
def report_open_case(request, report_id):
    require(request, Action.TRIAGE)
    report = get_report(request, report_id)
    require(request, Action.CREATE, obj=report)
    if not report.is_open:
        messages.error(request, _("This report is already closed."))
        return redirect("casework:report_detail", report.pk)
    user = request.user
    groups = writable_groups(user)
    communes = creatable_communes(user)
    data = request.POST if request.method == "POST" else None
    initial = {"received_on": timezone.localdate()}
    if report.commune_id and communes.filter(pk=report.commune_id).exists():
        initial["commune"] = report.commune_id
    intake_form = IntakeForm(data, communes=communes, prefix="intake", initial=initial)
    person_form = limit_form(PersonForm(data, prefix="person"), Person, groups)
    facts_form = limit_form(CaseFactsForm(data, prefix="facts", initial={"circumstances": report.text}), Case, groups)
    forms_ = [intake_form, person_form, facts_form]
    if data is not None and all(form.is_valid() for form in forms_):
        with transaction.atomic():
            locked = locked_if_open(report)
            if locked is not None:

                def close_report(case):
                    locked.case = case
                    locked.close(ReportStatus.CASE_OPENED, user)
                    locked.save()

                case = open_case(request, intake_form, person_form, facts_form, then=close_report)
                record(request, AuditEvent.Action.CHANGE, obj=locked, changed_fields=["case", "status", "closed_at"])
        if locked is None:
            # Someone closed it while this form was open: nothing was created.
            messages.error(request, _("This report is already closed."))
            return redirect("casework:report_detail", report.pk)
        messages.success(request, _("Case %(number)s was opened.") % {"number": case.display_number})
        return redirect("casework:case_detail", case.pk)
    record(request, AuditEvent.Action.VIEW, obj=report)  # the form shows the report's text: a read
    return render(
        request,
        "casework/report_open_case.html",
        {
            "report": report,
            "intake_form": intake_form,
            "person_form": person_form,
            "facts_form": facts_form,
            "cancel_url": reverse("casework:report_detail", args=[report.pk]),
        },
    )
