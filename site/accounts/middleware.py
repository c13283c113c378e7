"""
Signed-in sessions: their records, idle and absolute limits, and the second
factor. settings.MIDDLEWARE explains where these sit.

Both classes return at once for a request without a session cookie, so that
anonymous pages never load the session (which would add `Vary: Cookie`).
"""

from datetime import timedelta

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import BACKEND_SESSION_KEY, logout
from django.contrib.auth.views import redirect_to_login
from django.http import JsonResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django_otp import user_has_device

from safereturn.base.caching import is_anonymous_request

from . import policy, security_log, sessions
from .models import SecurityEvent, StaffSession


def not_activity(view):
    """Mark a view whose requests do not count as the person's activity (the warning's status check)."""
    view.not_activity = True
    return view


def allow_without_second_factor(view):
    """Mark a view that a signed-in user who still owes a second factor may open (the door's own steps)."""
    view.allow_without_second_factor = True
    return view


def is_background_request(request):
    """
    Requests that the admin's scripts make on their own: Wagtail's
    editing-session pings and releases (every 10 s), autosaves (a POST that
    asks for JSON), and preview refreshes. They keep no one signed in.
    """
    path = request.path_info
    if not path.startswith("/admin/"):
        return False
    if path.startswith("/admin/editing-sessions/") or "/preview/" in path:
        return True
    return request.method != "GET" and request.headers.get("Accept", "").startswith("application/json")


def expects_html(request):
    return request.headers.get("x-requested-with") != "XMLHttpRequest" and request.accepts("text/html")


class StaffSessionMiddleware:
    """
    Check each signed-in request's session against its record: a session
    ended elsewhere (sign out of all others, a password or factor change, an
    account disabled or a post ended), idle for longer than the user's limit,
    or older than SESSION_ABSOLUTE_SECONDS is signed out before the view
    runs, which then answers as for anyone signed out (the sign-in page, with
    `next` set to where they were). Requests the person makes move the
    activity time on; background requests do not (`is_background_request`).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if is_anonymous_request(request) or not request.user.is_authenticated:
            return self.get_response(request)
        user = request.user
        record = sessions.record_for(request, user)
        reason = self.reason_to_end(record, user)
        if reason:
            self.sign_out(request, record, reason)
            return self.get_response(request)
        request.staff_session = record
        with security_log.acting(request):
            return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        record = getattr(request, "staff_session", None)
        if record is None or getattr(view_func, "not_activity", False) or is_background_request(request):
            return None
        now = timezone.now()
        # Written at most every few seconds: enough for limits in minutes.
        granularity = timedelta(seconds=min(30, policy.idle_timeout(request.user) / 20))
        if now - record.last_activity >= granularity:
            StaffSession.objects.filter(pk=record.pk).update(last_activity=now)
            record.last_activity = now
        return None

    @staticmethod
    def reason_to_end(record, user):
        if record.ended_at is not None or record.user_id != user.pk:
            return record.end_reason or StaffSession.EndReason.ACCOUNT
        now = timezone.now()
        if now - record.created_at > timedelta(seconds=settings.SESSION_ABSOLUTE_SECONDS):
            return StaffSession.EndReason.EXPIRED
        if now - record.last_activity > timedelta(seconds=policy.idle_timeout(user)):
            return StaffSession.EndReason.IDLE
        return None

    @staticmethod
    def sign_out(request, record, reason):
        user = request.user
        if sessions.end([record], reason):
            security_log.record(
                SecurityEvent.Kind.SESSION_ENDED,
                user=user,
                request=request,
                detail=f"reason={reason}",
            )
        request._signed_out_by_limit = True
        logout(request)
        if reason == StaffSession.EndReason.IDLE:
            messages.info(request, _("You were signed out after a time without activity. Sign in to go on."))
        elif reason == StaffSession.EndReason.EXPIRED:
            messages.info(request, _("Your session reached its maximum length. Sign in again to go on."))
        else:
            messages.info(request, _("Your session was ended. Sign in again to go on."))


class SecondFactorMiddleware:
    """
    A signed-in user who must use a second factor (policy.requires_second_factor)
    and has not confirmed one in this session reaches only the door's own
    steps: anything else sends them to enter a code, or to set up an
    authenticator app when they have none.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if is_anonymous_request(request):
            return None
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        if getattr(view_func, "allow_without_second_factor", False):
            return None
        if request.session.get(BACKEND_SESSION_KEY) in settings.SECOND_FACTOR_TRUSTED_BACKENDS:
            return None
        if not policy.requires_second_factor(user):
            return None
        if not expects_html(request):
            return JsonResponse({"error": "second_factor_required"}, status=403)
        step = "accounts:verify" if user_has_device(user) else "accounts:enrol"
        next_url = request.get_full_path() if request.method == "GET" else ""
        return redirect_to_login(next_url, login_url=reverse(step)) if next_url else _redirect(reverse(step))


def _redirect(url):
    from django.shortcuts import redirect

    return redirect(url)
