"""
Recording support (Law 53/2024 Art. 37) and protection measures on a case,
at /casework/ho-so/<case>/ho-tro/them/ and /bao-ve/them/.

The support form offers only the entitlements the chosen person may
receive (casework.entitlements: by the status of the person received, and
for an accompanying under-18 by the status of the person they accompany);
anything else posted is refused with the reason. Each form needs the
field group it writes (SUPPORT, PROTECTION) and is audited.
"""

import uuid

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from . import entitlements
from .audit import AuditEvent, record
from .decorators import casework_view, methods
from .forms import NoAutocompleteMixin, vietnamese_date_field
from .models import CaseParticipant, ProtectionMeasure, SupportRecord
from .permissions import Action, FieldGroup, deny, get_case, writable_groups
from .views import form_page


def person_label(case, participant, may_read_identity):
    """How a form names a person: by name only for those who may read identities."""
    if participant is None:
        return case.person.full_name if may_read_identity else _("The person received")
    role = participant.get_role_display()
    return f"{participant.person.full_name} ({role})" if may_read_identity else role


def chosen_participant(request, case):
    """The linked person named by ?for= (a random id), or None for the person received; 404 for anything else."""
    wanted = request.GET.get("for") or request.POST.get("for") or ""
    if not wanted:
        return None
    participant = CaseParticipant.objects.filter(case=case, pk=wanted if _is_uuid(wanted) else None).first()
    if participant is None:
        deny(request, obj=case, status=404)
    return participant


def _is_uuid(value):
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True


class DecisionFields(NoAutocompleteMixin, forms.ModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["decision_date"] = vietnamese_date_field(
            label=self._meta.model._meta.get_field("decision_date").verbose_name, required=False
        )


class SupportForm(DecisionFields):
    class Meta:
        model = SupportRecord
        fields = ["entitlement", "status", "decision_number", "decision_date", "amount", "note"]
        widgets = {"note": forms.Textarea}

    def __init__(self, *args, offered, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["entitlement"] = forms.ChoiceField(
            label=SupportRecord._meta.get_field("entitlement").verbose_name,
            choices=[(value.value, value.label) for value in offered],
        )
        self.fields["amount"].widget.attrs.update(inputmode="numeric", min="0")

    def clean(self):
        data = super().clean()
        if data.get("status") == SupportRecord.Status.GRANTED and not data.get("decision_number"):
            self.add_error("decision_number", _("Support granted needs the number of the decision that grants it."))
        return data


class ProtectionForm(DecisionFields):
    class Meta:
        model = ProtectionMeasure
        fields = ["measure", "status", "decision_number", "decision_date", "commitment", "note"]
        widgets = {"note": forms.Textarea, "commitment": forms.Textarea}

    def clean(self):
        data = super().clean()
        if data.get("status") == ProtectionMeasure.Status.REFUSED and not (data.get("commitment") or "").strip():
            self.add_error(
                "commitment", _("A refusal is recorded with the written commitment the protected person made.")
            )
        return data


@casework_view
@methods("GET", "POST")
def support_add(request, case_id):
    case = get_case(request, case_id, Action.CHANGE)
    groups = writable_groups(request.user, case)
    if FieldGroup.SUPPORT not in groups:
        deny(request, obj=case)
    participant = chosen_participant(request, case)
    offered = entitlements.allowed(case, participant)
    name = person_label(case, participant, FieldGroup.IDENTITY in groups)
    if not offered:
        messages.error(
            request,
            _("Article 37 gives no support to %(person)s at the case's present status.") % {"person": name},
        )
        return redirect("casework:case_detail", case.pk)
    data = request.POST if request.method == "POST" else None
    form = SupportForm(data, offered=offered)
    if data is not None and form.is_valid():
        support = form.save(commit=False)
        support.case, support.participant, support.recorded_by_id = case, participant, request.user.pk
        support.save()
        record(request, AuditEvent.Action.CREATE, obj=support, changed_fields=form.changed_data)
        messages.success(request, _("The support was recorded."))
        return redirect("casework:case_detail", case.pk)
    record(request, AuditEvent.Action.VIEW, obj=case)
    return form_page(
        request,
        case,
        _("Record support for %(person)s") % {"person": name},
        [form],
        _("Record the support"),
        reverse("casework:case_detail", args=[case.pk]),
        hidden={"for": participant.pk if participant else ""},
    )


@casework_view
@methods("GET", "POST")
def protection_add(request, case_id):
    case = get_case(request, case_id, Action.CHANGE)
    groups = writable_groups(request.user, case)
    if FieldGroup.PROTECTION not in groups:
        deny(request, obj=case)
    participant = chosen_participant(request, case)
    name = person_label(case, participant, FieldGroup.IDENTITY in groups)
    data = request.POST if request.method == "POST" else None
    form = ProtectionForm(data)
    if data is not None and form.is_valid():
        measure = form.save(commit=False)
        measure.case, measure.participant, measure.recorded_by_id = case, participant, request.user.pk
        measure.save()
        record(request, AuditEvent.Action.CREATE, obj=measure, changed_fields=form.changed_data)
        messages.success(request, _("The protection measure was recorded."))
        return redirect("casework:case_detail", case.pk)
    record(request, AuditEvent.Action.VIEW, obj=case)
    return form_page(
        request,
        case,
        _("Record a protection measure for %(person)s") % {"person": name},
        [form],
        _("Record the measure"),
        reverse("casework:case_detail", args=[case.pk]),
        hidden={"for": participant.pk if participant else ""},
    )
