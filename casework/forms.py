"""
Casework's forms. Each is cut down by the field policy before it is shown or
read (casework.permissions.limit_form): a field of a group the user may not
write is not in the form at all, so it can be neither shown nor posted.

Dates are typed as dd/mm/yyyy (Vietnamese style) in a plain text box, which
every browser and phone handles alike.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Case, CaseDocument, CaseParticipant, IntakeChannel, Person

DATE_FORMAT = "%d/%m/%Y"
DATE_INPUT_FORMATS = [DATE_FORMAT, "%d-%m-%Y", "%Y-%m-%d"]
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
DOCUMENT_TYPES = {
    "application/pdf": ".pdf",
    "image/jpeg": ".jpg",
    "image/png": ".png",
}


class VietnameseDateInput(forms.DateInput):
    input_type = "text"

    def __init__(self, attrs=None):
        super().__init__(
            attrs={"inputmode": "numeric", "autocomplete": "off", "size": "10", **(attrs or {})}, format=DATE_FORMAT
        )


def vietnamese_date_field(**kwargs):
    return forms.DateField(
        input_formats=DATE_INPUT_FORMATS,
        widget=VietnameseDateInput(),
        help_text=_("Day/month/year, for example 05/06/1987."),
        **kwargs,
    )


class NoAutocompleteMixin:
    """Personal values are never remembered by the browser (a shared office PC)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field.widget, forms.TextInput | forms.Textarea | forms.DateInput):
                field.widget.attrs.setdefault("autocomplete", "off")
            if isinstance(field.widget, forms.Textarea):
                field.widget.attrs.update(rows=3, cols=40)


class PersonForm(NoAutocompleteMixin, forms.ModelForm):
    class Meta:
        model = Person
        fields = [
            "full_name",
            "aliases",
            "birth_date",
            "sex",
            "ethnicity",
            "nationality",
            "id_number",
            "phone",
            "other_contact",
            "permanent_address",
            "current_address",
            "health_notes",
            "psychological_notes",
        ]
        widgets = {"permanent_address": forms.Textarea, "current_address": forms.Textarea}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "birth_date" in self.fields:
            self.fields["birth_date"] = vietnamese_date_field(
                label=Person._meta.get_field("birth_date").verbose_name, required=False
            )


class CaseFactsForm(NoAutocompleteMixin, forms.ModelForm):
    """The case's own fields: trafficking facts, support, protection."""

    class Meta:
        model = Case
        fields = [
            "exploitation_purpose",
            "route",
            "destination_country",
            "trafficking_period",
            "recruitment_method",
            "circumstances",
            "support_wishes",
            "support_notes",
            "confidential_address",
            "risk_notes",
            "person_abroad",
        ]


class IntakeForm(forms.ModelForm):
    """How and where the person was received (plain case data: no field group)."""

    class Meta:
        model = Case
        fields = ["intake_channel", "commune", "received_on"]

    def __init__(self, *args, communes, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["commune"].queryset = communes.order_by("code")
        only = list(communes[:2])
        if len(only) == 1:
            # A commune officer of one commune: it is already chosen.
            self.fields["commune"].initial = only[0].pk
            self.fields["commune"].empty_label = None
        self.fields["commune"].label_from_instance = lambda unit: unit.display_full_name
        self.fields["intake_channel"].choices = IntakeChannel.choices
        self.fields["received_on"] = vietnamese_date_field(label=Case._meta.get_field("received_on").verbose_name)


class ParticipantForm(NoAutocompleteMixin, forms.ModelForm):
    class Meta:
        model = CaseParticipant
        fields = ["role", "relationship"]


class AssignmentForm(forms.Form):
    assignees = forms.ModelMultipleChoiceField(
        label=_("Assigned to"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("People whose post covers this case's commune or province."),
    )

    def __init__(self, *args, users, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignees"].queryset = users
        self.fields["assignees"].label_from_instance = lambda user: f"{user.get_full_name()} ({user.get_username()})"


class DocumentForm(forms.ModelForm):
    class Meta:
        model = CaseDocument
        fields = ["title", "file"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _("A PDF, JPEG or PNG file of at most 20 MB.")
        self.fields["file"].widget.attrs["accept"] = ",".join(DOCUMENT_TYPES)
        self.fields["title"].widget.attrs["autocomplete"] = "off"

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_DOCUMENT_BYTES:
            raise forms.ValidationError(_("The file is larger than 20 MB."))
        head = upload.read(8)
        upload.seek(0)
        kind = sniff(head)
        if kind is None:
            raise forms.ValidationError(_("Only PDF, JPEG and PNG files can be added."))
        upload.content_type = kind
        return upload


def sniff(head):
    """The type of a file from its first bytes, not from what the browser claims."""
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    return None


class CaseFilterForm(forms.Form):
    """The list's filters, read from the query string (no personal value can be typed here)."""

    stage = forms.ChoiceField(label=_("Stage"), required=False)
    channel = forms.ChoiceField(label=_("Intake channel"), required=False)
    commune = forms.ModelChoiceField(label=_("Commune"), queryset=None, required=False)
    mine = forms.BooleanField(label=_("Only cases assigned to me"), required=False)

    def __init__(self, *args, communes, stages, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["stage"].choices = [("", _("All stages")), *stages]
        self.fields["channel"].choices = [("", _("All channels")), *IntakeChannel.choices]
        self.fields["commune"].queryset = communes
        self.fields["commune"].empty_label = _("All communes")
        self.fields["commune"].label_from_instance = lambda unit: unit.display_name


class SearchForm(forms.Form):
    """Sent by POST only: the words never reach a URL, a log line or the browser's history."""

    q = forms.CharField(
        label=_("Case number, or any whole word of a name"),
        max_length=200,
        help_text=_("With or without accents: “dao” finds Đào. Whole words only. An ID number works too."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    page = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)
