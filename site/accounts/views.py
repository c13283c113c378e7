"""
The staff door and "My account": sign-in, second factor, sign-out, password
change and reset, invitations, preferences, devices and sessions.

Every page here lies under the "account/" restricted area (never cached,
no-store, noindex), works without JavaScript, and loads nothing but the
site's own files (no inline script or style: the CSP is the public one).
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, update_session_auth_hash
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import PasswordChangeForm, PasswordResetForm, SetPasswordForm
from django.contrib.auth.views import redirect_to_login
from django.db import transaction
from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils import timezone, translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from django_otp import devices_for_user, user_has_device, verify_token
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.users.models import UserProfile

from safereturn.base.client_address import client_ip
from safereturn.base.ratelimit import WindowCounter, address_subject

from . import policy, security_log, sessions
from .forms import CodeForm, EnrolForm, PreferencesForm, SignInForm
from .middleware import allow_without_second_factor, not_activity
from .models import Membership, SecurityEvent, StaffSession
from .second_factor import new_backup_codes, qr_svg, readable_secret

Kind = SecurityEvent.Kind


def address_failures():
    return WindowCounter("sign-in:address", settings.SIGN_IN_ADDRESS_LIMIT["window"])


def safe_next(request, default=None):
    """The `next` address of the request if it is on this site, else `default` ("My account")."""
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return default or reverse(settings.LOGIN_REDIRECT_URL)


def second_factor_step(request, user, next_url):
    """Where a user who has just given their password goes: a code, a new device, or on."""
    if not policy.requires_second_factor(user) or user.is_verified():
        return HttpResponseRedirect(next_url)
    step = "accounts:verify" if user_has_device(user) else "accounts:enrol"
    return redirect_to_login(next_url, login_url=reverse(step))


def refresh_otp_state(request):
    """After login(), request.user is a fresh object without django-otp's attributes."""
    user = request.user
    if not hasattr(user, "otp_device"):
        user.otp_device = None
        user.is_verified = lambda: user.otp_device is not None


# The door -----------------------------------------------------------------------


@allow_without_second_factor
def sign_in(request):
    user = request.user
    next_url = safe_next(request)
    if user.is_authenticated:
        return second_factor_step(request, user, next_url)
    form = SignInForm(request, data=request.POST or None)
    status, refusal = 200, ""
    if request.method == "POST":
        counter, subject = address_failures(), address_subject(client_ip(request))
        limit = settings.SIGN_IN_ADDRESS_LIMIT["failures"]
        if counter.get(subject).count >= limit:
            form = SignInForm(request, initial={"username": request.POST.get("username", "")})
            refusal = _("Too many failed sign-ins from your network. Please wait 15 minutes and try again.")
            status = 429
        else:
            tally = counter.add(subject)  # counted first, given back on success (ratelimit.py)
            if form.is_valid():
                counter.discard(subject)
                login(request, form.get_user())
                refresh_otp_state(request)
                return second_factor_step(request, request.user, next_url)
            if tally.count == limit:
                security_log.record(Kind.ADDRESS_LIMITED, request=request, detail=f"{limit} failures")
    return render(request, "account/sign_in.html", {"form": form, "next": next_url, "refusal": refusal}, status=status)


def legacy_sign_in(request):
    """Wagtail's own sign-in addresses: a visit goes to the door; a form posted there is the door's."""
    if request.method == "POST":
        return sign_in(request)
    url = reverse("accounts:sign_in")
    query = request.META.get("QUERY_STRING", "")
    return HttpResponseRedirect(f"{url}?{query}" if query else url)


legacy_sign_in.allow_without_second_factor = True


@allow_without_second_factor
@login_required
def verify(request):
    user = request.user
    next_url = safe_next(request)
    if user.is_verified():
        return HttpResponseRedirect(next_url)
    devices = list(devices_for_user(user))
    if not any(isinstance(device, TOTPDevice) for device in devices) and not devices:
        return redirect_to_login(next_url, login_url=reverse("accounts:enrol"))
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        code = form.cleaned_data["code"]
        kind = TOTPDevice if code.isdigit() else StaticDevice
        candidates = [device for device in devices if isinstance(device, kind)]
        throttled = [device for device in candidates if not device.verify_is_allowed()[0]]
        verified = None
        if not throttled:
            for device in candidates:
                verified = verify_token(user, device.persistent_id, code)
                if verified:
                    break
        if verified:
            otp_login(request, verified)
            security_log.record(Kind.SECOND_FACTOR_PASSED, user=user, request=request, detail=kind.__name__)
            if kind is StaticDevice:
                left = verified.token_set.count()
                messages.warning(
                    request,
                    ngettext(
                        "You used a backup code. %(count)d backup code is left: make new ones in My account.",
                        "You used a backup code. %(count)d backup codes are left: make new ones in My account.",
                        left,
                    )
                    % {"count": left},
                )
            return HttpResponseRedirect(next_url)
        security_log.record(Kind.SECOND_FACTOR_FAILED, user=user, request=request)
        if throttled:
            form.add_error("code", _("Too many wrong codes. Wait a few seconds, then try again."))
        else:
            form.add_error("code", _("This code is not right, or has already been used. Try the next code."))
    return render(request, "account/verify.html", {"form": form, "next": next_url})


@allow_without_second_factor
@login_required
def enrol(request):
    """Set up an authenticator app: scan the QR code (or type the key), confirm with a code; backup codes follow."""
    user = request.user
    next_url = safe_next(request)
    if user_has_device(user) and not user.is_verified():
        # Someone who knows only the password must not add a device of their own.
        return redirect_to_login(next_url, login_url=reverse("accounts:verify"))
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=_("Authenticator app"), confirmed=False)
    form = EnrolForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["code"]):
            with transaction.atomic():
                device.confirmed = True
                device.save(update_fields=["confirmed"])
                codes = new_backup_codes(user)
                otp_login(request, device)
                security_log.record(Kind.SECOND_FACTOR_ADDED, user=user, request=request, detail="TOTP")
                security_log.record(Kind.BACKUP_CODES_CREATED, user=user, request=request)
                sessions.end_all(user, StaffSession.EndReason.SECOND_FACTOR, keep=request.session.session_key)
            return render(request, "account/backup_codes.html", {"codes": codes, "next": next_url, "first_time": True})
        form.add_error("code", _("This code is not right. Check the time on your phone and try the next code."))
    context = {
        "form": form,
        "next": next_url,
        "qr": qr_svg(device),
        "secret": readable_secret(device),
        "must": policy.requires_second_factor(user),
    }
    return render(request, "account/enrol.html", context)


@login_required
@require_POST
def backup_codes(request):
    user = request.user
    codes = new_backup_codes(user)
    security_log.record(Kind.BACKUP_CODES_CREATED, user=user, request=request)
    sessions.end_all(user, StaffSession.EndReason.SECOND_FACTOR, keep=request.session.session_key)
    return render(request, "account/backup_codes.html", {"codes": codes, "next": reverse("accounts:home")})


@login_required
@require_POST
def remove_device(request, device_id):
    user = request.user
    deleted, _details = TOTPDevice.objects.filter(user=user, pk=device_id).delete()
    if deleted:
        security_log.record(Kind.SECOND_FACTOR_REMOVED, user=user, request=request, detail="TOTP")
        sessions.end_all(user, StaffSession.EndReason.SECOND_FACTOR, keep=request.session.session_key)
        messages.success(request, _("The authenticator app was removed."))
    return redirect("accounts:home")


class SignOutView(auth_views.LogoutView):
    """Sign out (POST only, as in Django), then the sign-in page."""

    http_method_names = ["post", "options"]


sign_out = allow_without_second_factor(SignOutView.as_view())


# My account ------------------------------------------------------------------------


@login_required
def home(request):
    user = request.user
    profile = UserProfile.get_for_user(user)
    can_reach_admin = policy.can_reach_admin(user)
    form = PreferencesForm(
        request.POST if request.method == "POST" else None, instance=profile, show_notifications=can_reach_admin
    )
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your preferences were saved."))
        with translation.override(form.cleaned_data["preferred_language"]):
            return redirect(reverse("accounts:home"))
    context = {
        "profile_form": form,
        "memberships": Membership.objects.filter(user=user)
        .current()
        .select_related("agency")
        .prefetch_related("administrative_units"),
        "totp_devices": TOTPDevice.objects.filter(user=user, confirmed=True).order_by("created_at"),
        "backup_codes_left": sum(device.token_set.count() for device in StaticDevice.objects.filter(user=user)),
        "staff_sessions": sessions.open_sessions(user),
        "this_session": request.session.session_key,
        "can_reach_admin": can_reach_admin,
        "requires_second_factor": policy.requires_second_factor(user),
    }
    return render(request, "account/home.html", context)


@login_required
@require_POST
def sign_out_others(request):
    ended = sessions.end_all(request.user, StaffSession.EndReason.BY_USER, keep=request.session.session_key)
    if ended:
        security_log.record(Kind.SESSION_ENDED, user=request.user, request=request, detail=f"{ended} by the user")
    messages.success(
        request,
        ngettext("%(count)d other session was signed out.", "%(count)d other sessions were signed out.", ended)
        % {"count": ended},
    )
    return redirect("accounts:home")


def keep_this_session(request, user):
    """After a password change: this session stays (new key, new hash), every other one ends."""
    old_key = request.session.session_key
    update_session_auth_hash(request, user)
    StaffSession.objects.filter(session_key=old_key).update(session_key=request.session.session_key)
    sessions.end_all(user, StaffSession.EndReason.PASSWORD, keep=request.session.session_key)


@login_required
def password_change(request):
    form = PasswordChangeForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        keep_this_session(request, user)
        security_log.record(Kind.PASSWORD_CHANGED, user=user, request=request)
        messages.success(request, _("Your password was changed. Your other sessions were signed out."))
        return redirect("accounts:home")
    return render(request, "account/password_change.html", {"form": form})


# Forgotten password ---------------------------------------------------------------------


class ResetRequestForm(PasswordResetForm):
    """
    Queues the e-mail (tasks.send_password_reset) instead of sending it in
    the request, so that the answer takes the same time whether or not the
    address belongs to an account. The page that follows is the same too.
    """

    def save(self, request=None, **kwargs):
        from .tasks import send_password_reset

        counter = WindowCounter("password-reset:address", settings.PASSWORD_RESET_ADDRESS_LIMIT["window"])
        subject = address_subject(client_ip(request)) if request is not None else "unknown"
        if counter.add(subject).count > settings.PASSWORD_RESET_ADDRESS_LIMIT["requests"]:
            return  # same answer, nothing sent
        for user in self.get_users(self.cleaned_data["email"]):
            security_log.record(Kind.PASSWORD_RESET_REQUESTED, user=user, request=request)
            user_id = user.pk
            transaction.on_commit(lambda user_id=user_id: send_password_reset.enqueue(user_id))


class PasswordResetView(auth_views.PasswordResetView):
    form_class = ResetRequestForm
    template_name = "account/password_reset_form.html"
    success_url = reverse_lazy("accounts:password_reset_done")

    def form_valid(self, form):
        form.save(request=self.request)
        return HttpResponseRedirect(self.get_success_url())


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "account/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "account/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")
    post_reset_login = False

    def form_valid(self, form):
        response = super().form_valid(form)
        user = form.user
        security_log.record(Kind.PASSWORD_CHANGED, user=user, request=self.request, detail="reset by e-mail")
        sessions.end_all(user, StaffSession.EndReason.PASSWORD)
        return response


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "account/password_reset_complete.html"


# Invitations -----------------------------------------------------------------------------


@allow_without_second_factor
def accept_invitation(request, invitation_id, token):
    from . import invitations

    invitation = invitations.find(invitation_id, token)
    if invitation is None:
        return render(request, "account/invitation_invalid.html", status=404)
    user = invitation.user
    form = SetPasswordForm(user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            form.save()
            invitation.accepted_at = timezone.now()
            invitation.save(update_fields=["accepted_at"])
            security_log.record(Kind.INVITATION_ACCEPTED, user=user, request=request)
            sessions.end_all(user, StaffSession.EndReason.PASSWORD)
        messages.success(request, _("Your password is set. Sign in with your username and your new password."))
        return redirect(reverse("accounts:sign_in"))
    return render(request, "account/invitation.html", {"form": form, "invited": user})


# The inactivity warning's two requests ---------------------------------------------------------


def _status(request):
    record = getattr(request, "staff_session", None)
    if record is None or not request.user.is_authenticated:
        return JsonResponse({"signed_in": False})
    idle = policy.idle_timeout(request.user)
    now = timezone.now()
    remaining = min(
        idle - (now - record.last_activity).total_seconds(),
        settings.SESSION_ABSOLUTE_SECONDS - (now - record.created_at).total_seconds(),
    )
    return JsonResponse(
        {
            "signed_in": True,
            "remaining": max(0, int(remaining)),
            "idle": idle,
            "warning": settings.SESSION_IDLE_WARNING_SECONDS,
        }
    )


@allow_without_second_factor
@not_activity
def session_status(request):
    """How long until this session ends for inactivity. Asking does not count as activity."""
    return _status(request)


@allow_without_second_factor
@require_POST
def session_extend(request):
    """ "Stay signed in": a request the person made (it counts, as any other)."""
    return _status(request)
