"""Forms of the training screens of the admin: importing questions, marking, revoking a certificate."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .importing.saving import MAX_FILE_BYTES
from .models import QuestionCategory

FORMAT_CHOICES = [("gift", _("GIFT (Moodle)")), ("aiken", _("Aiken"))]


class ImportUploadForm(forms.Form):
    file = forms.FileField(
        label=_("File"),
        help_text=_("A text file in UTF-8 (.txt or .gift), at most 1 MB. Nothing is saved before you confirm."),
    )
    file_format = forms.ChoiceField(label=_("Format"), choices=FORMAT_CHOICES)
    category = forms.ModelChoiceField(
        label=_("Into the category"), queryset=QuestionCategory.objects.order_by("path"), empty_label=None
    )
    publish = forms.BooleanField(
        label=_("Publish the questions at once"),
        required=False,
        initial=True,
        help_text=_("Quizzes draw only published questions. Untick to check them in the bank first."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_BYTES:
            raise forms.ValidationError(_("The file is larger than 1 MB."))
        raw = upload.read()
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise forms.ValidationError(_("The file is not in UTF-8: save it again as UTF-8 text.")) from None


class ImportConfirmForm(forms.Form):
    """The preview's form: the same file, sent back, and the trainer's choice."""

    source = forms.CharField(widget=forms.HiddenInput, strip=False, max_length=MAX_FILE_BYTES)
    file_format = forms.ChoiceField(choices=FORMAT_CHOICES, widget=forms.HiddenInput)
    category = forms.ModelChoiceField(queryset=QuestionCategory.objects.all(), widget=forms.HiddenInput)
    publish = forms.BooleanField(required=False, widget=forms.HiddenInput)


class MarkForm(forms.Form):
    slot = forms.IntegerField(widget=forms.HiddenInput)
    mark = forms.CharField(label=_("Mark"), max_length=12)
    comment = forms.CharField(
        label=_("Comment for the learner"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    reason = forms.CharField(
        label=_("Reason for the change"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Required when a mark is changed; kept in the attempt's history."),
    )


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        help_text=_("Kept with the certificate; the public page says only that it was revoked, and when."),
    )
