"""
Invitations: how a new person gets their first password.

`invite(user)` revokes any earlier pending link, makes a new one and queues
its e-mail for when the transaction commits (a rolled-back import sends
nothing). The e-mail is sent by the background worker (tasks.py).
"""

from django.db import transaction
from django.utils import timezone

from . import security_log
from .models import Invitation, SecurityEvent


def invite(user, created_by=None, send=True):
    """A new pending invitation for `user` (earlier pending ones are revoked)."""
    if created_by is None:
        request = security_log.current_request()
        created_by = getattr(request, "user", None) if request is not None else None
    now = timezone.now()
    Invitation.objects.filter(user=user, accepted_at__isnull=True, revoked_at__isnull=True).update(revoked_at=now)
    invitation = Invitation.objects.create(
        user=user, created_at=now, created_by_id=getattr(created_by, "pk", None) if created_by else None
    )
    security_log.record(SecurityEvent.Kind.INVITATION_CREATED, user=user)
    if send:
        queue_email(invitation.pk)
    return invitation


def queue_email(invitation_id):
    queue_emails([invitation_id])


def queue_emails(invitation_ids, batch=50):
    """After the commit, one background task per `batch` invitations (each e-mail is sent on its own)."""
    from .tasks import send_invitations

    for start in range(0, len(invitation_ids), batch):
        ids = list(invitation_ids[start : start + batch])
        transaction.on_commit(lambda ids=ids: send_invitations.enqueue(ids))


def find(invitation_id, token):
    """The pending invitation the link names, or None (unknown, wrong token, used, revoked or expired)."""
    invitation = Invitation.objects.select_related("user").filter(pk=invitation_id).first()
    if invitation is None or not invitation.check_token(token) or not invitation.is_pending:
        return None
    if not invitation.user.is_active:
        return None
    return invitation
