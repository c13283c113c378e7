"""
Per-user sessions: listing them, and ending them at once.

Every signed-in session has a StaffSession record (made at sign-in by the
`user_logged_in` signal, or at the first request of a session made any other
way). Ending one marks the record ended and deletes the session from the
session store, so it stops at its next request even if the record check
were skipped; the middleware refuses a session whose record is ended.
"""

from importlib import import_module

from django.conf import settings
from django.utils import timezone

from .models import StaffSession


def session_store(session_key):
    return import_module(settings.SESSION_ENGINE).SessionStore(session_key=session_key)


def record_for(request, user):
    """The record of the request's session, made if the session has none."""
    key = request.session.session_key
    if not key:
        request.session.save()
        key = request.session.session_key
    record = StaffSession.objects.filter(session_key=key).first()
    if record is None:
        record, _created = StaffSession.objects.get_or_create(
            session_key=key,
            defaults={"user": user, "user_agent": request.headers.get("User-Agent", "")[:300]},
        )
    return record


def end(records, reason):
    """End each of `records` (StaffSession rows or a queryset) for `reason`; returns how many were open."""
    now = timezone.now()
    count = 0
    for record in list(records):
        if record.ended_at is not None:
            continue
        StaffSession.objects.filter(pk=record.pk, ended_at__isnull=True).update(ended_at=now, end_reason=reason)
        session_store(record.session_key).delete()
        count += 1
    return count


def end_all(user, reason, keep=None):
    """End every open session of `user`, except the one with key `keep` (the request's own, say)."""
    records = StaffSession.objects.filter(user=user, ended_at__isnull=True)
    if keep:
        records = records.exclude(session_key=keep)
    return end(records, reason)


def open_sessions(user):
    return StaffSession.objects.filter(user=user, ended_at__isnull=True).order_by("-last_activity")
