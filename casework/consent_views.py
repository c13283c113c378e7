"""
Recording the person's consent to share their data, and its withdrawal, at
/casework/ho-so/<case>/dong-y/them/ and /dong-y/<consent>/rut/.

Only posts that write the person's identity record consent (the commune
and provincial officers who keep the case): whoever hands data on is not
the one who says the person agreed. Both are audited; a withdrawal is
dated and never deleted, so the record shows what was allowed when.
"""

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import consents
from .audit import AuditEvent, record
from .decorators import casework_view, methods
from .forms import NoAutocompleteMixin, vietnamese_date_field
from .models import Consent, Signer
from .permissions import Action, FieldGroup, deny, get_case
from .views import form_page


class ConsentForm(NoAutocompleteMixin, forms.ModelForm):
    class Meta:
        model = Consent
        fields = ["purpose", "recipient", "field_groups", "signed_by", "given_on", "expires_on", "note"]
        widgets = {"note": forms.Textarea}

    def __init__(self, *args, case, **kwargs):
        super().__init__(*args, **kwargs)
        from safereturn.organisation.models import Agency

        self.case = case
        self.fields["recipient"].queryset = Agency.objects.current().order_by("name")
        self.fields["recipient"].label_from_instance = lambda agency: agency.display_name
        self.fields["field_groups"] = forms.MultipleChoiceField(
            label=Consent._meta.get_field("field_groups").verbose_name,
            choices=[(group, FieldGroup.LABELS[group]) for group in FieldGroup.ALL],
            widget=forms.CheckboxSelectMultiple,
            help_text=gettext_lazy("Only what the person agreed to, for this purpose."),
        )
        self.fields["given_on"] = vietnamese_date_field(label=Consent._meta.get_field("given_on").verbose_name)
        self.fields["expires_on"] = vietnamese_date_field(label=Consent._meta.get_field("expires_on").verbose_name)
        self.fields["expires_on"].help_text = gettext_lazy("The last day the consent is in force. Day/month/year.")

    def clean_given_on(self):
        day = self.cleaned_data["given_on"]
        if day > timezone.localdate():
            raise forms.ValidationError(_("A consent cannot be dated in the future."))
        return day

    def clean(self):
        data = super().clean()
        given, expires = data.get("given_on"), data.get("expires_on")
        if given and expires and expires < given:
            self.add_error("expires_on", _("The expiry cannot come before the day the consent was given."))
        if (
            given
            and data.get("signed_by") == Signer.PERSON
            and consents.needs_legal_representative(self.case.person, given)
        ):
            self.add_error(
                "signed_by", _("The person was under 18 on that day: their legal representative signs the consent.")
            )
        return data


class WithdrawalForm(NoAutocompleteMixin, forms.Form):
    withdrawn_on = vietnamese_date_field(label=gettext_lazy("Withdrawn on"))
    note = forms.CharField(
        label=gettext_lazy("How the person withdrew it"), required=False, max_length=2000, widget=forms.Textarea
    )

    def __init__(self, *args, consent, **kwargs):
        super().__init__(*args, **kwargs)
        self.consent = consent

    def clean_withdrawn_on(self):
        day = self.cleaned_data["withdrawn_on"]
        error = consents.withdrawal_error(self.consent, day)
        if error:
            raise forms.ValidationError(error)
        return day


def case_for_consent(request, case_id):
    """The case, if the user may record consent on it (consents.may_record)."""
    case = get_case(request, case_id, Action.CHANGE)
    if not consents.may_record(request.user, case):
        deny(request, obj=case)
    return case


@casework_view
@methods("GET", "POST")
def consent_add(request, case_id):
    case = case_for_consent(request, case_id)
    data = request.POST if request.method == "POST" else None
    today = timezone.localdate()
    form = ConsentForm(data, case=case, initial={"given_on": today, "expires_on": consents.default_expiry(today)})
    if data is not None and form.is_valid():
        consent = form.save(commit=False)
        consent.case, consent.recorded_by_id = case, request.user.pk
        consent.save()
        record(request, AuditEvent.Action.CREATE, obj=consent, changed_fields=form.changed_data)
        messages.success(request, _("The consent was recorded."))
        return redirect("casework:case_detail", case.pk)
    record(request, AuditEvent.Action.VIEW, obj=case)
    return form_page(
        request,
        case,
        _("Record the person's consent to share"),
        [form],
        _("Record the consent"),
        reverse("casework:case_detail", args=[case.pk]),
    )


@casework_view
@methods("GET", "POST")
def consent_withdraw(request, case_id, consent_id):
    case = case_for_consent(request, case_id)
    consent = case.consents.filter(pk=consent_id).first()
    if consent is None:
        # Another case's consent, reached by changing the id in the address.
        deny(request, object_type=Consent, object_id=consent_id, status=404)
    if consent.withdrawn_on is not None:
        messages.error(request, _("This consent was withdrawn already."))
        return redirect("casework:case_detail", case.pk)
    data = request.POST if request.method == "POST" else None
    form = WithdrawalForm(data, consent=consent, initial={"withdrawn_on": timezone.localdate()})
    if data is not None and form.is_valid():
        consent.withdrawn_on = form.cleaned_data["withdrawn_on"]
        consent.withdrawn_by_id = request.user.pk
        added = form.cleaned_data["note"].strip()
        if added:
            consent.note = f"{consent.note}\n{added}".strip()
        consent.save()
        changed = ["withdrawn_on", "note"] if added else ["withdrawn_on"]
        record(request, AuditEvent.Action.CHANGE, obj=consent, changed_fields=changed)
        messages.success(request, _("The withdrawal was recorded: nothing more is shared under this consent."))
        return redirect("casework:case_detail", case.pk)
    record(request, AuditEvent.Action.VIEW, obj=consent)
    return form_page(
        request,
        case,
        _("Record the withdrawal of a consent"),
        [form],
        _("Record the withdrawal"),
        reverse("casework:case_detail", args=[case.pk]),
    )
