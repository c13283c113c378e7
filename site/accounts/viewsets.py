from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from .forms import ProfileUserCreationForm, ProfileUserEditForm


class UserViewSet(WagtailUserViewSet):
    def get_form_class(self, for_update=False):
        return ProfileUserEditForm if for_update else ProfileUserCreationForm
