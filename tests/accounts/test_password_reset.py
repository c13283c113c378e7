"""Forgotten password: the same answer for known and unknown addresses; the e-mail goes by the background worker."""

import re

import pytest
from django.core import mail
from django.test import override_settings
from django.urls import reverse

from safereturn.accounts.models import SecurityEvent, StaffSession

from .conftest import PASSWORD, sign_in

pytestmark = pytest.mark.django_db
IMMEDIATE = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}


def without_tokens(html):
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


@override_settings(TASKS=IMMEDIATE)
def test_the_answer_is_the_same_for_known_and_unknown_addresses(client, official, django_capture_on_commit_callbacks):
    url = reverse("accounts:password_reset")
    with django_capture_on_commit_callbacks(execute=True):
        known = client.post(url, {"email": official.email}, follow=True)
    with django_capture_on_commit_callbacks(execute=True):
        unknown = client.post(url, {"email": "nobody@example.invalid"}, follow=True)
    assert known.redirect_chain == unknown.redirect_chain == [(reverse("accounts:password_reset_done"), 302)]
    assert without_tokens(known.content.decode()) == without_tokens(unknown.content.decode())
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [official.email]


@override_settings(TASKS=IMMEDIATE)
def test_the_reset_link_sets_a_password_and_ends_every_session(client, official, django_capture_on_commit_callbacks):
    from django.test import Client

    other = Client()
    sign_in(other, official.username)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("accounts:password_reset"), {"email": official.email})
    message = mail.outbox[0]
    assert "Xin chào" in message.body  # the site's language: the user chose none
    link = re.search(r"http://[^\s]+", message.body).group(0).replace("http://127.0.0.1:8000", "")
    form = client.get(link, follow=True)
    new = "Một mật khẩu mới rất dài 2026"
    done = client.post(form.redirect_chain[-1][0], {"new_password1": new, "new_password2": new})
    assert done.status_code == 302
    official.refresh_from_db()
    assert official.check_password(new)
    assert other.get(reverse("accounts:home")).status_code == 302
    assert not StaffSession.objects.filter(user=official, ended_at__isnull=True).exists()
    assert SecurityEvent.objects.filter(kind="password_changed", user_id=official.pk).exists()
    assert not official.check_password(PASSWORD)


@override_settings(TASKS=IMMEDIATE)
def test_the_reset_email_is_in_the_persons_language(client, official, django_capture_on_commit_callbacks):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(official)
    profile.preferred_language = "en"
    profile.save()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("accounts:password_reset"), {"email": official.email})
    assert mail.outbox[0].body.startswith("Hello")
    assert "/en/account/password/new/" in mail.outbox[0].body
