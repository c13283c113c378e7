"""
Wagtail's own doors lead to ours: its admin sign-in and account screen, and
its front-end sign-in for private pages. A visit is sent to the staff door
(keeping `next`); a sign-in form posted to an old address is handled by the
door itself, with the same limits, so nothing signs in with a password alone
past the second-factor step. site/urls.py includes these before Wagtail's.
"""

from django.urls import path
from django.views.generic import RedirectView

from . import views

admin_urlpatterns = [
    path("login/", views.legacy_sign_in),
    path("account/", RedirectView.as_view(pattern_name="accounts:home")),
]

frontend_urlpatterns = [
    path("_util/login/", views.legacy_sign_in),
]
