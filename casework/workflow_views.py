"""
Making a step of the legal workflow on a case (casework.workflow), at
/casework/ho-so/<case>/buoc/<step>/.

The page shows the step's form, who may make it and why, and the time
limit it starts; a user whose post may not make it gets the refusal page
with the reason (audited). The form carries the stage it was made for: if
the case moved on meanwhile (another tab, another person), nothing is
written and the form comes back with what was typed and what changed.
"""

import datetime

from django import forms
from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import workflow
from .audit import AuditEvent, record
from .deadlines import deadline_for
from .decorators import casework_view, methods
from .forms import NoAutocompleteMixin, vietnamese_date_field
from .models import Stage
from .permissions import Action, deny, get_case

# An extension's end beyond this is a typing mistake (the law sets no length: domain.md §2.2, state 7).
MAX_EXTENSION_DAYS = 366


class StepForm(NoAutocompleteMixin, forms.Form):
    expected_stage = forms.ChoiceField(choices=Stage.choices, widget=forms.HiddenInput)

    def __init__(self, *args, transition, earliest, **kwargs):
        super().__init__(*args, **kwargs)
        self.transition = transition
        self.earliest = earliest
        self.fields["made_on"] = vietnamese_date_field(label=gettext_lazy("Date of the step"))
        if transition.needs_decision:
            self.fields["decision_number"] = forms.CharField(
                label=gettext_lazy("Number of the decision or record"), max_length=60
            )
            self.fields["decision_date"] = vietnamese_date_field(label=gettext_lazy("Date of the decision or record"))
        if transition.needs_until:
            self.fields["until"] = vietnamese_date_field(label=gettext_lazy("Until (the last day it decides)"))
        self.fields["note"] = forms.CharField(
            label=transition.note_label,
            required=transition.needs_note,
            max_length=5000,
            widget=forms.Textarea,
        )
        for name in ("made_on", "decision_date", "until", "note", "decision_number"):
            if name in self.fields:
                self.fields[name].widget.attrs.setdefault("autocomplete", "off")

    def clean_made_on(self):
        day = self.cleaned_data["made_on"]
        if day > timezone.localdate():
            raise forms.ValidationError(_("A step cannot be dated in the future."))
        if day < self.earliest:
            raise forms.ValidationError(
                _("A step cannot be dated before %(day)s (the reception or the last step).")
                % {"day": self.earliest.strftime("%d/%m/%Y")}
            )
        return day

    def clean_decision_date(self):
        day = self.cleaned_data["decision_date"]
        if day > timezone.localdate():
            raise forms.ValidationError(_("A decision cannot be dated in the future."))
        return day

    def clean(self):
        data = super().clean()
        until, made_on = data.get("until"), data.get("made_on")
        if until and made_on and until <= made_on:
            self.add_error("until", _("The end must come after the date of the step."))
        if until and made_on and until > made_on + datetime.timedelta(days=MAX_EXTENSION_DAYS):
            self.add_error("until", _("An extension longer than a year is not one this system records."))
        return data


def transition_or_404(code):
    transition = workflow.BY_CODE.get(code)
    if transition is None:
        raise Http404
    return transition


@casework_view
@methods("GET", "POST")
def case_step(request, case_id, step):
    transition = transition_or_404(step)
    case = get_case(request, case_id, Action.CHANGE)
    if case.stage not in transition.sources:
        messages.error(
            request,
            _("This step cannot be made at the case's stage (%(stage)s).") % {"stage": case.get_stage_display()},
        )
        return redirect("casework:case_detail", case.pk)
    allowed = workflow.permission(request.user, case, transition)
    if not allowed.allowed:
        deny(request, obj=case, reason=allowed.reason)
    earliest = workflow.earliest_step_day(case)
    data = request.POST if request.method == "POST" else None
    form = StepForm(
        data,
        transition=transition,
        earliest=earliest,
        initial={"expected_stage": case.stage, "made_on": timezone.localdate()},
    )
    status = 200
    conflict = None
    if data is not None and form.is_valid():
        values = form.cleaned_data
        try:
            made = workflow.make(
                case,
                transition,
                request.user,
                values["made_on"],
                values["expected_stage"],
                decision_number=values.get("decision_number", ""),
                decision_date=values.get("decision_date"),
                until=values.get("until"),
                note=values.get("note", ""),
            )
        except workflow.StageChanged as changed:
            conflict = str(changed)
            status = 409
        else:
            record(
                request,
                AuditEvent.Action.CREATE,
                obj=made,
                changed_fields=[
                    name
                    for name in ("made_on", "decision_number", "decision_date", "until", "note")
                    if values.get(name)
                ],
            )
            record(request, AuditEvent.Action.CHANGE, obj=case, changed_fields=made.changed_fields)
            messages.success(request, _("Step recorded: %(step)s.") % {"step": transition.label})
            return redirect("casework:case_detail", case.pk)
    record(request, AuditEvent.Action.VIEW, obj=case)
    starts = None
    if transition.starts:
        starts = deadline_for(transition.starts, transition.label, timezone.localdate(), case.legal_regime)
    return render(
        request,
        "casework/case_step.html",
        {
            "case": case,
            "transition": transition,
            "form": form,
            "permission": allowed,
            "starts": starts,
            "conflict": conflict,
        },
        status=status,
    )
