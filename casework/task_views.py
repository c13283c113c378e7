"""
Notes and tasks on a case, and each caseworker's inbox (/casework/hop-thu/):
the cases assigned to them, overdue first, and their open tasks by due date.

Writing a note or a task needs the SUPPORT field group on the case (the
group their text belongs to); a task is for someone assigned to the case.
Every read and write is audited.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .audit import AuditEvent, record
from .decorators import casework_view, methods
from .forms import NoAutocompleteMixin, vietnamese_date_field
from .models import Case, CaseAssignment, CaseNote, CaseTask
from .permissions import Action, FieldGroup, deny, get_case, require, visible_cases, writable_groups
from .views import form_page, list_groups

# A task due further away than this is a typing mistake.
MAX_TASK_DAYS = 366


class NoteForm(NoAutocompleteMixin, forms.ModelForm):
    class Meta:
        model = CaseNote
        fields = ["text"]
        widgets = {"text": forms.Textarea}


class TaskForm(NoAutocompleteMixin, forms.ModelForm):
    class Meta:
        model = CaseTask
        fields = ["text", "due_on", "assignee"]
        widgets = {"text": forms.Textarea}

    def __init__(self, *args, case, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["due_on"] = vietnamese_date_field(label=gettext_lazy("Due on"))
        assigned = CaseAssignment.objects.active().filter(case=case).values("user_id")
        people = get_user_model().objects.filter(pk__in=assigned, is_active=True) | get_user_model().objects.filter(
            pk=user.pk
        )
        self.fields["assignee"].queryset = people.distinct().order_by("full_name", "username")
        self.fields["assignee"].label_from_instance = lambda person: person.get_full_name() or person.get_username()
        self.fields["assignee"].help_text = gettext_lazy("Someone assigned to the case, or yourself.")
        self.fields["assignee"].initial = user.pk

    def clean_due_on(self):
        day = self.cleaned_data["due_on"]
        today = timezone.localdate()
        if day < today:
            raise forms.ValidationError(_("A task cannot be due in the past."))
        if (day - today).days > MAX_TASK_DAYS:
            raise forms.ValidationError(_("A task cannot be due more than a year ahead."))
        return day


def case_for_writing(request, case_id):
    case = get_case(request, case_id, Action.CHANGE)
    if FieldGroup.SUPPORT not in writable_groups(request.user, case):
        deny(request, obj=case)
    return case


@casework_view
@methods("GET", "POST")
def note_add(request, case_id):
    case = case_for_writing(request, case_id)
    form = NoteForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        note = form.save(commit=False)
        note.case, note.author_id = case, request.user.pk
        note.save()
        record(request, AuditEvent.Action.CREATE, obj=note, changed_fields=["text"])
        messages.success(request, _("The note was added."))
        return redirect("casework:case_detail", case.pk)
    return form_page(
        request, case, _("Add a note"), [form], _("Add the note"), reverse("casework:case_detail", args=[case.pk])
    )


@casework_view
@methods("GET", "POST")
def task_add(request, case_id):
    case = case_for_writing(request, case_id)
    form = TaskForm(request.POST if request.method == "POST" else None, case=case, user=request.user)
    if form.is_bound and form.is_valid():
        task = form.save(commit=False)
        task.case, task.created_by_id = case, request.user.pk
        task.save()
        record(request, AuditEvent.Action.CREATE, obj=task, changed_fields=["text", "due_on", "assignee"])
        messages.success(request, _("The task was added."))
        return redirect("casework:case_detail", case.pk)
    return form_page(
        request, case, _("Add a task"), [form], _("Add the task"), reverse("casework:case_detail", args=[case.pk])
    )


@casework_view
@methods("POST")
def task_done(request, case_id, task_id):
    case = case_for_writing(request, case_id)
    task = CaseTask.objects.filter(case=case, pk=task_id).first()
    if task is None:
        deny(request, object_type=CaseTask, object_id=task_id, status=404)
    updated = CaseTask.objects.open().filter(pk=task.pk).update(done_at=timezone.now(), done_by_id=request.user.pk)
    if updated:
        record(request, AuditEvent.Action.CHANGE, obj=task, changed_fields=["done_at"])
        messages.success(request, _("The task is done."))
    if request.POST.get("next") == "inbox":
        return redirect("casework:inbox")
    return redirect("casework:case_detail", case.pk)


@casework_view
@methods("GET")
def inbox(request):
    require(request, Action.LIST)
    user = request.user
    mine = CaseAssignment.objects.active().filter(user=user).values("case_id")
    cases = list(visible_cases(user).filter(pk__in=mine).for_list().by_date()[:100])
    tasks = list(
        CaseTask.objects.open()
        .filter(assignee=user, case__in=visible_cases(user))
        .select_related("case")
        .order_by("due_on", "created_at")[:100]
    )
    record(request, AuditEvent.Action.LIST, object_type=Case, count=len(cases))
    record(request, AuditEvent.Action.LIST, object_type=CaseTask, count=len(tasks))
    # Lists show only what every case-reading post of the user reads: names (identity), task texts (support).
    shown = list_groups(user)
    return render(request, "casework/inbox.html", {"cases": cases, "tasks": tasks, "shown_groups": shown})
