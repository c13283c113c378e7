"""
E-mails sent by the background worker (django-tasks, backend "background").

Each task takes ids only: a task's arguments stay in the database until
`prune_db_task_results` deletes them, so no link, token or address goes
there. The links are recomputed here from the database and the secret key.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django_tasks import task

from . import emails, security_log
from .models import Invitation, SecurityEvent


@task(backend="background")
def send_invitations(invitation_ids):
    """E-mail each pending invitation of `invitation_ids`; returns how many were sent."""
    sent = 0
    for invitation in Invitation.objects.select_related("user").filter(pk__in=invitation_ids):
        sent += send_invitation_email(invitation)
    return sent


def send_invitation_email(invitation):
    if not invitation.is_pending:
        return False
    user = invitation.user
    with translation.override(emails.language_of(user)):
        url = emails.absolute(invitation.get_absolute_url())
    sent = emails.send(user, "invitation", {"url": url, "expires_at": invitation.expires_at})
    if sent:
        security_log.record(SecurityEvent.Kind.INVITATION_SENT, user=user)
    return sent


@task(backend="background")
def send_password_reset(user_id):
    """The reset link, computed now (Django's tokens are valid PASSWORD_RESET_TIMEOUT from when they are made)."""
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if user is None or not user.has_usable_password():
        return False
    with translation.override(emails.language_of(user)):
        path = reverse(
            "accounts:password_reset_confirm",
            kwargs={
                "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
                "token": default_token_generator.make_token(user),
            },
        )
    return emails.send(user, "password_reset", {"url": emails.absolute(path)})


@task(backend="background")
def send_second_factor_reset_notice(user_id):
    user = get_user_model().objects.filter(pk=user_id).first()
    if user is None:
        return False
    with translation.override(emails.language_of(user)):
        path = reverse("accounts:sign_in")
    return emails.send(user, "second_factor_reset", {"url": emails.absolute(path)})
