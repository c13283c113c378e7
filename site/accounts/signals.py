"""
What follows from sign-ins, sign-outs, accounts and posts, whatever code
caused them: session records, the security log, the profile's copy of the
primary post, and ending sessions when access ends.
"""

from axes.signals import user_locked_out
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.utils import timezone

from . import security_log, sessions
from .models import Membership, SecurityEvent, StaffSession

Kind = SecurityEvent.Kind


def signed_in(sender, request, user, **kwargs):
    if request is None or not hasattr(request, "session"):
        return
    sessions.record_for(request, user)
    security_log.record(Kind.SIGNED_IN, user=user, request=request)


def signed_out(sender, request, user, **kwargs):
    if request is None or user is None or not getattr(request, "session", None):
        return
    key = request.session.session_key
    ended = sessions.end(StaffSession.objects.filter(session_key=key), StaffSession.EndReason.SIGNED_OUT) if key else 0
    if ended:
        security_log.record(Kind.SIGNED_OUT, user=user, request=request)


def sign_in_failed(sender, credentials, request=None, **kwargs):
    if request is None or getattr(request, "axes_locked_out", False):
        return  # a locked-out attempt is logged once, as a lock-out
    user = _known_user(credentials.get("username"))
    security_log.record(Kind.SIGN_IN_FAILED, user=user, request=request, detail="" if user else "unknown account")


def locked_out(sender, request, username, ip_address, **kwargs):
    user = _known_user(username)
    security_log.record(Kind.LOCKED_OUT, user=user, request=request, detail="" if user else "unknown account")


def _known_user(username):
    """The account a typed name belongs to; an unknown name is not logged (it may be a mistyped password)."""
    if not username:
        return None
    return get_user_model().objects.filter(username=username).first()


def user_changing(sender, instance, raw=False, **kwargs):
    if raw or instance.pk is None:
        instance._was_active = None
        return
    instance._was_active = sender.objects.filter(pk=instance.pk).values_list("is_active", flat=True).first()


def user_saved(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    if created:
        security_log.record(Kind.ACCOUNT_CREATED, user=instance)
    elif getattr(instance, "_was_active", None) and not instance.is_active:
        sessions.end_all(instance, StaffSession.EndReason.ACCOUNT)
        security_log.record(Kind.ACCOUNT_DISABLED, user=instance)


def user_deleted(sender, instance, **kwargs):
    security_log.record(Kind.ACCOUNT_DELETED, user=instance)


def membership_changing(sender, instance, raw=False, **kwargs):
    instance._before = None
    if not raw and instance.pk:
        instance._before = (
            Membership.objects.filter(pk=instance.pk)
            .values("agency_id", "position", "role", "is_primary", "valid_from", "valid_until")
            .first()
        )


def membership_saved(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    before = getattr(instance, "_before", None)
    detail = f"role={instance.role} agency={instance.agency_id}"
    today = timezone.localdate()
    ends_now = instance.valid_until is not None and instance.valid_until <= today
    ended_before = before is not None and before["valid_until"] is not None and before["valid_until"] <= today
    if ends_now and not ended_before:
        security_log.record(Kind.MEMBERSHIP_ENDED, user=instance.user, detail=detail)
        sessions.end_all(instance.user, StaffSession.EndReason.MEMBERSHIP)
    elif created:
        security_log.record(Kind.MEMBERSHIP_ADDED, user=instance.user, detail=detail)
    else:
        security_log.record(Kind.MEMBERSHIP_CHANGED, user=instance.user, detail=detail)
        if before and before["role"] != instance.role:
            # A role may have given access that the new one does not.
            sessions.end_all(instance.user, StaffSession.EndReason.MEMBERSHIP)
    instance.user.sync_profile()


def membership_units_changed(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and isinstance(instance, Membership):
        instance.user.sync_profile()


def membership_deleted(sender, instance, **kwargs):
    user = get_user_model().objects.filter(pk=instance.user_id).first()
    if user is None:
        return  # the user is being deleted
    security_log.record(Kind.MEMBERSHIP_ENDED, user=user, detail=f"role={instance.role} deleted")
    sessions.end_all(user, StaffSession.EndReason.MEMBERSHIP)
    user.sync_profile()


def connect():
    user_model = get_user_model()
    user_logged_in.connect(signed_in, dispatch_uid="accounts_signed_in")
    user_logged_out.connect(signed_out, dispatch_uid="accounts_signed_out")
    user_login_failed.connect(sign_in_failed, dispatch_uid="accounts_sign_in_failed")
    user_locked_out.connect(locked_out, dispatch_uid="accounts_locked_out")
    pre_save.connect(user_changing, sender=user_model, dispatch_uid="accounts_user_changing")
    post_save.connect(user_saved, sender=user_model, dispatch_uid="accounts_user_saved")
    post_delete.connect(user_deleted, sender=user_model, dispatch_uid="accounts_user_deleted")
    pre_save.connect(membership_changing, sender=Membership, dispatch_uid="accounts_membership_changing")
    post_save.connect(membership_saved, sender=Membership, dispatch_uid="accounts_membership_saved")
    post_delete.connect(membership_deleted, sender=Membership, dispatch_uid="accounts_membership_deleted")
    m2m_changed.connect(
        membership_units_changed, sender=Membership.administrative_units.through, dispatch_uid="accounts_units"
    )
