"""Wagtail's user forms with the profile fields added."""

from wagtail.users.forms import UserCreationForm, UserEditForm

PROFILE_FIELDS = ("full_name", "position", "agency", "administrative_unit")


class ProfileFormMixin:
    """
    Vietnamese names do not split into a "first" and a "last" name the way
    Wagtail's form expects, so those two are optional and `full_name` is the
    name that counts (certificates, reports).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("first_name", "last_name"):
            if name in self.fields:
                self.fields[name].required = False
        self.fields["full_name"].required = True


class ProfileUserCreationForm(ProfileFormMixin, UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = UserCreationForm.Meta.fields | set(PROFILE_FIELDS)


class ProfileUserEditForm(ProfileFormMixin, UserEditForm):
    class Meta(UserEditForm.Meta):
        fields = UserEditForm.Meta.fields | set(PROFILE_FIELDS)
