from wagtail.users.apps import WagtailUsersAppConfig


class SafeReturnUsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with the profile fields every official has."""

    user_viewset = "safereturn.accounts.viewsets.UserViewSet"
