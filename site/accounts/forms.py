"""Wagtail's user forms with the profile fields added."""

from wagtail.users.forms import UserCreationForm, UserEditForm

PROFILE_FIELDS = ("full_name", "position", "agency", "administrative_unit")


class ProfileUserCreationForm(UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = UserCreationForm.Meta.fields | set(PROFILE_FIELDS)


class ProfileUserEditForm(UserEditForm):
    class Meta(UserEditForm.Meta):
        fields = UserEditForm.Meta.fields | set(PROFILE_FIELDS)
