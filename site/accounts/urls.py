"""
The staff door and "My account", under the translated prefix "account/"
(Vietnamese "/tai-khoan/", English "/en/account/"): one restricted area
(settings.RESTRICTED_AREAS).
"""

from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "accounts"

urlpatterns = [
    path("", views.home, name="home"),
    path(_("sign-in/"), views.sign_in, name="sign_in"),
    path(_("sign-out/"), views.sign_out, name="sign_out"),
    path(_("second-factor/"), views.verify, name="verify"),
    path(_("second-factor/new/"), views.enrol, name="enrol"),
    path(_("second-factor/backup-codes/"), views.backup_codes, name="backup_codes"),
    path(_("second-factor/remove/"), include([path("<int:device_id>/", views.remove_device, name="remove_device")])),
    path(_("password/"), views.password_change, name="password_change"),
    path(_("password/forgotten/"), views.PasswordResetView.as_view(), name="password_reset"),
    path(_("password/forgotten/sent/"), views.PasswordResetDoneView.as_view(), name="password_reset_done"),
    path(
        _("password/new/"),
        include(
            [
                path("<uidb64>/<token>/", views.PasswordResetConfirmView.as_view(), name="password_reset_confirm"),
            ]
        ),
    ),
    path(_("password/changed/"), views.PasswordResetCompleteView.as_view(), name="password_reset_complete"),
    path(
        _("invitation/"),
        include([path("<int:invitation_id>/<str:token>/", views.accept_invitation, name="accept_invitation")]),
    ),
    path(_("sessions/sign-out-others/"), views.sign_out_others, name="sign_out_others"),
    path(_("session/status/"), views.session_status, name="session_status"),
    path(_("session/extend/"), views.session_extend, name="session_extend"),
]
