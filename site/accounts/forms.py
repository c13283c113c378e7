"""Forms of the staff door, "My account", and Wagtail's user admin."""

import zoneinfo

from django import forms
from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.models import UserProfile

from safereturn.organisation.models import AdministrativeUnit, Agency

from . import invitations, policy
from .models import Membership


class SignInForm(AuthenticationForm):
    """Django's sign-in form (authenticate(), so django-axes counts every try), with the door's labels."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = _("Username or e-mail address")
        self.fields["username"].widget.attrs.update({"autocomplete": "username", "autocapitalize": "none"})
        self.fields["password"].label = _("Password")

    def clean(self):
        username = self.cleaned_data.get("username")
        if username and "@" in username:
            # Imported officials sign in with their e-mail address, which is also their username.
            self.cleaned_data["username"] = username.strip().lower()
        return super().clean()


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=16,
        help_text=_("The 6-digit code from your authenticator app, or one of your backup codes."),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autocapitalize": "none", "spellcheck": "false"}
        ),
    )

    def clean_code(self):
        return "".join(self.cleaned_data["code"].split()).lower()


class EnrolForm(forms.Form):
    code = forms.CharField(
        label=_("Code shown by the app"),
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split())
        if not code.isdigit():
            raise forms.ValidationError(_("Enter the digits the app shows."))
        return code


def time_zone_choices():
    zones = sorted(zoneinfo.available_timezones() - {"Factory", "localtime"})
    return [("", _("The site's time zone (%(zone)s)") % {"zone": settings.TIME_ZONE})] + [(z, z) for z in zones]


NOTIFICATION_FIELDS = (
    "submitted_notifications",
    "approved_notifications",
    "rejected_notifications",
    "updated_comments_notifications",
)


class PreferencesForm(forms.ModelForm):
    """
    The same fields as Wagtail's own account screen (language, time zone,
    notifications), stored where Wagtail keeps them (UserProfile), so that
    the admin and the door agree. Notifications only for admin users.
    """

    class Meta:
        model = UserProfile
        fields = ("preferred_language", "current_time_zone", *NOTIFICATION_FIELDS)

    def __init__(self, *args, show_notifications=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["preferred_language"] = forms.ChoiceField(
            label=_("Language"), choices=settings.LANGUAGES, required=True
        )
        self.initial.setdefault("preferred_language", self.instance.preferred_language or settings.LANGUAGE_CODE)
        self.fields["current_time_zone"] = forms.ChoiceField(
            label=_("Time zone"), choices=time_zone_choices(), required=False
        )
        if not show_notifications:
            for name in NOTIFICATION_FIELDS:
                del self.fields[name]


def current_units():
    return AdministrativeUnit.objects.current().exclude(level=AdministrativeUnit.Level.DISTRICT)


class InvitingUserCreationForm(UserCreationForm):
    """
    Wagtail's "Add user" form: no password (the new person chooses one
    through their invitation), a required full name, and the first post.
    Saving creates the post and queues the invitation e-mail for after the
    transaction commits.
    """

    post_agency = forms.ModelChoiceField(label=_("Agency"), queryset=Agency.objects.current())
    post_units = forms.ModelMultipleChoiceField(
        label=_("Administrative units"),
        queryset=current_units(),
        help_text=_("The province or communes this person answers for."),
    )
    post_position = forms.CharField(label=_("Position"), max_length=150, required=False)
    post_role = forms.ChoiceField(label=_("Role"), choices=())

    class Meta(UserCreationForm.Meta):
        fields = UserCreationForm.Meta.fields | {"full_name"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("first_name", "last_name"):
            if name in self.fields:
                self.fields[name].required = False
        self.fields["full_name"].required = True
        self.fields["email"].required = True
        self.fields["post_role"].choices = policy.role_choices()
        self.fields["post_role"].initial = "official"

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if type(self.instance).objects.filter(email__iexact=email).exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError(_("Another account already uses this e-mail address."))
        return email

    def save(self, commit=True):
        user = super().save(commit=False)
        user.set_unusable_password()
        if commit:
            with transaction.atomic():
                user.save()
                self.save_m2m()
                membership = Membership.objects.create(
                    user=user,
                    agency=self.cleaned_data["post_agency"],
                    position=self.cleaned_data["post_position"],
                    role=self.cleaned_data["post_role"],
                    is_primary=True,
                    valid_from=timezone.localdate(),
                )
                membership.administrative_units.set(self.cleaned_data["post_units"])
                invitations.invite(user, created_by=getattr(self, "request_user", None))
        return user


class ProfileUserEditForm(UserEditForm):
    """Wagtail's "Edit user" form: the full name is what counts; posts are edited on their own screen."""

    class Meta(UserEditForm.Meta):
        fields = UserEditForm.Meta.fields | {"full_name"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("first_name", "last_name"):
            if name in self.fields:
                self.fields[name].required = False
        self.fields["full_name"].required = True


class MembershipForm(forms.ModelForm):
    role = forms.ChoiceField(label=_("Role"), choices=())

    class Meta:
        model = Membership
        fields = (
            "user",
            "agency",
            "administrative_units",
            "position",
            "role",
            "is_primary",
            "valid_from",
            "valid_until",
        )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["role"].choices = policy.role_choices()
        self.fields["administrative_units"].queryset = AdministrativeUnit.objects.exclude(
            level=AdministrativeUnit.Level.DISTRICT
        )


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("File (CSV or XLSX)"),
        help_text=_(
            "One row per person, with the columns: full name, e-mail, agency code, administrative unit code, "
            "position, role. The first row holds the column names."
        ),
    )
    dry_run = forms.BooleanField(
        label=_("Check only (save nothing)"),
        required=False,
        initial=True,
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        name = upload.name.lower()
        if not name.endswith((".csv", ".xlsx")):
            raise forms.ValidationError(_("Choose a .csv or .xlsx file."))
        if upload.size > 5 * 1024 * 1024:
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        return upload
