"""
Exports of a filtered list of cases (casework.exports), at /casework/xuat/
(the form and one's own exports), /casework/xuat/<id>/ (its progress),
/casework/xuat/<id>/tai/ (the download) and /casework/xuat/<id>/xoa/ (delete).

Only the person who asked sees, downloads or deletes an export: anyone
else, a coordinator included, gets the 404 of an export that does not
exist. The request (with its purpose), each download and each deletion are
audited. The progress page refreshes itself without JavaScript while the
worker builds the file.
"""

from django import forms
from django.contrib import messages
from django.db import transaction
from django.http import FileResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import exports
from .audit import AuditEvent, record
from .decorators import casework_view, methods
from .forms import NoAutocompleteMixin
from .models import CaseExport, IntakeChannel, LegalBasis, SharingPurpose, Stage
from .permissions import Action, FieldGroup, deny, require
from .tasks import build_export
from .views import jurisdiction_communes

SHOWN = 20


class ExportForm(NoAutocompleteMixin, forms.Form):
    purpose = forms.CharField(
        label=gettext_lazy("Purpose of the export"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=gettext_lazy("What the list is for, and for whom. It is kept in the audit log."),
    )
    file_format = forms.ChoiceField(
        label=gettext_lazy("Format"), choices=CaseExport.Format.choices, widget=forms.RadioSelect
    )
    stage = forms.ChoiceField(label=gettext_lazy("Stage"), required=False)
    channel = forms.ChoiceField(label=gettext_lazy("Intake channel"), required=False)
    commune = forms.ModelChoiceField(label=gettext_lazy("Commune"), queryset=None, required=False)
    field_groups = forms.MultipleChoiceField(
        label=gettext_lazy("Personal fields to include"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy(
            "None: the list holds only case numbers, dates, stages and places. Each case's row holds only what "
            "your post reads on it and what the basis below allows."
        ),
    )
    basis = forms.ChoiceField(
        label=gettext_lazy("On what basis personal fields leave"),
        choices=LegalBasis.choices,
        initial=LegalBasis.CONSENT,
        widget=forms.RadioSelect,
    )
    recipient = forms.ModelChoiceField(
        label=gettext_lazy("For which agency (on consent)"), queryset=None, required=False
    )
    sharing_purpose = forms.ChoiceField(label=gettext_lazy("Shared for (on consent)"), required=False)
    legal_reference = forms.CharField(
        label=gettext_lazy("The request or provision relied on"),
        required=False,
        max_length=200,
        help_text=gettext_lazy("Without consent only: its number, date and issuing authority."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        from safereturn.organisation.models import Agency

        self.fields["file_format"].initial = CaseExport.Format.XLSX
        self.fields["stage"].choices = [("", _("All stages")), *Stage.choices]
        self.fields["channel"].choices = [("", _("All channels")), *IntakeChannel.choices]
        self.fields["commune"].queryset = jurisdiction_communes(user)
        self.fields["commune"].empty_label = _("All communes")
        self.fields["commune"].label_from_instance = lambda unit: unit.display_name
        self.fields["field_groups"].choices = [
            (group, FieldGroup.LABELS[group]) for group in exports.exportable_groups(user)
        ]
        self.fields["recipient"].queryset = Agency.objects.current().order_by("agency_type", "name")
        self.fields["recipient"].label_from_instance = lambda agency: agency.display_name
        self.fields["sharing_purpose"].choices = [("", "—"), *SharingPurpose.choices]

    def clean(self):
        data = super().clean()
        error = exports.basis_error(
            data.get("field_groups") or [],
            data.get("basis"),
            data.get("legal_reference") or "",
            data.get("recipient"),
            data.get("sharing_purpose"),
        )
        if error:
            raise forms.ValidationError(error)
        return data


def own_export(request, export_id):
    """The export, if `request.user` asked for it; otherwise 404, audited."""
    export = CaseExport.objects.filter(pk=export_id, requested_by=request.user).first()
    if export is None:
        deny(request, object_type=CaseExport, object_id=export_id, status=404)
    require(request, Action.EXPORT, obj=export)  # someone whose post ended downloads nothing more
    return export


@casework_view
@methods("GET", "POST")
def export_list(request):
    require(request, Action.EXPORT)
    form = ExportForm(request.POST if request.method == "POST" else None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        now = timezone.now()
        groups = data["field_groups"]
        export = CaseExport.objects.create(
            requested_by=request.user,
            requested_at=now,
            expires_at=exports.expiry(now),
            purpose=data["purpose"],
            file_format=data["file_format"],
            filters={
                "stage": data["stage"],
                "channel": data["channel"],
                "commune": data["commune"].pk if data["commune"] else None,
            },
            field_groups=groups,
            basis=data["basis"] if groups else LegalBasis.CONSENT,
            legal_reference=data["legal_reference"] if groups and data["basis"] != LegalBasis.CONSENT else "",
            recipient=data["recipient"] if groups else None,
            sharing_purpose=data["sharing_purpose"] if groups else "",
        )
        record(request, AuditEvent.Action.EXPORT, obj=export, changed_fields=["field_groups"], purpose=data["purpose"])
        transaction.on_commit(lambda: build_export.enqueue(str(export.pk)))
        return redirect("casework:export_detail", export.pk)
    mine = list(CaseExport.objects.filter(requested_by=request.user)[:SHOWN])
    record(request, AuditEvent.Action.LIST, object_type=CaseExport, count=len(mine))
    return render(request, "casework/exports.html", {"form": form, "exports": mine})


@casework_view
@methods("GET")
def export_detail(request, export_id):
    export = own_export(request, export_id)
    record(request, AuditEvent.Action.VIEW, obj=export)
    working = export.state in (CaseExport.State.QUEUED, CaseExport.State.RUNNING)
    return render(request, "casework/export_detail.html", {"export": export, "working": working})


@casework_view
@methods("GET")
def export_download(request, export_id):
    export = own_export(request, export_id)
    if not export.downloadable:
        messages.error(request, _("This export cannot be downloaded any more (expired or deleted)."))
        return redirect("casework:export_detail", export.pk)
    record(request, AuditEvent.Action.EXPORT_DOWNLOAD, obj=export)
    name = f"ho-so-{timezone.localtime(export.requested_at):%Y%m%d-%H%M}.{export.file_format}"
    return FileResponse(export.file.open("rb"), as_attachment=True, filename=name)


@casework_view
@methods("POST")
def export_delete(request, export_id):
    export = own_export(request, export_id)
    exports.delete_file(export)
    record(request, AuditEvent.Action.DELETE, obj=export, changed_fields=["file"])
    messages.success(request, _("The export's file was deleted."))
    return redirect("casework:export_list")
