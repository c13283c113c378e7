"""The wrapper every casework view goes through (casework.views, casework.audit_views)."""

from functools import wraps

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponseNotAllowed
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from .permissions import Refused


def user_language(user):
    """The language the person chose in "My account" (stored where Wagtail keeps it), else the site's."""
    code = UserProfile.objects.filter(user=user).values_list("preferred_language", flat=True).first()
    return code if code in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def casework_view(view):
    """
    Sign-in first (the door asks for the second factor); the page in the
    user's own language; a refusal (already audited) answered with the
    casework refusal page; every response under casework's stricter
    Content Security Policy. The restricted-area middleware adds
    `no-store` and `noindex` (settings.RESTRICTED_AREAS lists /casework/),
    and keeps the page out of every cache and out of compression.
    """

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            next_url = request.get_full_path() if request.method == "GET" else reverse("casework:case_list")
            return redirect_to_login(next_url)
        language = user_language(request.user)
        with translation.override(language):
            request.LANGUAGE_CODE = language
            try:
                response = view(request, *args, **kwargs)
            except Refused as refusal:
                response = render(
                    request,
                    "casework/refused.html",
                    {"status": refusal.status, "reason": refusal.reason},
                    status=refusal.status,
                )
        response["Content-Language"] = language
        response._csp_config = settings.CASEWORK_CONTENT_SECURITY_POLICY
        return response

    wrapped.casework_view = True
    return wrapped


def methods(*allowed):
    """Answer 405 to any other method (before anything is read or audited)."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.method not in allowed:
                return HttpResponseNotAllowed(allowed)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
