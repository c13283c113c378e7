"""The staff door: sign-in, second factor, enrolment, sign-out and Wagtail's old doors."""

import pytest
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from safereturn.accounts.models import SecurityEvent

from .conftest import code_for, sign_in

pytestmark = pytest.mark.django_db


def test_the_door_is_at_a_vietnamese_address_and_an_english_one():
    from django.utils import translation

    assert reverse("accounts:sign_in") == "/tai-khoan/dang-nhap/"
    with translation.override("en"):
        assert reverse("accounts:sign_in") == "/en/account/sign-in/"


def test_the_door_is_a_restricted_area(client):
    response = client.get(reverse("accounts:sign_in"))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "unsafe-inline" not in response["Content-Security-Policy"]


def test_an_official_without_second_factor_lands_on_my_account(client, official):
    response = sign_in(client, official.username)
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:home")
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert official.get_full_name() in page.content.decode()
    assert SecurityEvent.objects.filter(kind="signed_in", user_id=official.pk).exists()


def test_imported_officials_sign_in_with_their_email_address(client, official):
    official.username = "nguyen.thi.thu@example.invalid"
    official.save()
    response = sign_in(client, "Nguyen.Thi.Thu@example.invalid")
    assert response.status_code == 302


def test_an_editor_without_a_device_must_set_one_up_before_the_admin(client, editor):
    response = sign_in(client, editor.username, next_url="/admin/pages/")
    assert response["Location"].startswith(reverse("accounts:enrol"))
    # Any admin screen sends them back to the set-up.
    admin = client.get("/admin/")
    assert admin.status_code == 302
    assert admin["Location"].startswith(reverse("accounts:enrol"))

    client.get(reverse("accounts:enrol"))
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    page = client.post(reverse("accounts:enrol"), {"code": code_for(device), "next": "/admin/pages/"})
    assert page.status_code == 200
    codes = page.context["codes"]
    assert len(codes) == 10
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/admin/").status_code == 200
    kinds = set(SecurityEvent.objects.filter(user_id=editor.pk).values_list("kind", flat=True))
    assert {"signed_in", "second_factor_added", "backup_codes_created"} <= kinds


def test_the_qr_code_is_drawn_on_the_server_without_script_or_style(client, editor):
    sign_in(client, editor.username)
    html = client.get(reverse("accounts:enrol")).content.decode()
    assert "<svg" in html
    assert "style=" not in html
    assert "<script>" not in html


def test_an_editor_with_a_device_signs_in_with_a_code(client, editor_device):
    response = sign_in(client, editor_device.user.username, next_url="/admin/")
    assert response["Location"].startswith(reverse("accounts:verify"))
    assert client.get("/admin/").status_code == 302
    response = client.post(reverse("accounts:verify"), {"code": code_for(editor_device), "next": "/admin/"})
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_a_password_alone_cannot_add_a_device(client, editor_device):
    sign_in(client, editor_device.user.username)
    response = client.get(reverse("accounts:enrol"))
    assert response["Location"].startswith(reverse("accounts:verify"))


def test_a_wrong_code_is_refused_and_throttled(client, editor_device):
    sign_in(client, editor_device.user.username)
    right = code_for(editor_device)
    wrong = f"{(int(right) + 1) % 1000000:06d}"
    response = client.post(reverse("accounts:verify"), {"code": wrong})
    assert response.status_code == 200
    assert "code" in response.context["form"].errors
    # Straight after a failure django-otp makes the device wait, even for the right code.
    response = client.post(reverse("accounts:verify"), {"code": right})
    assert response.status_code == 200
    assert client.get("/admin/").status_code == 302
    assert SecurityEvent.objects.filter(kind="second_factor_failed").count() == 2


def test_a_backup_code_works_once(client, editor_device):
    from safereturn.accounts.second_factor import new_backup_codes

    user = editor_device.user
    code = new_backup_codes(user)[0]
    sign_in(client, user.username)
    assert client.post(reverse("accounts:verify"), {"code": code.upper()}).status_code == 302
    assert StaticDevice.objects.get(user=user).token_set.count() == 9
    client.post(reverse("accounts:sign_out"))

    sign_in(client, user.username)
    response = client.post(reverse("accounts:verify"), {"code": code})
    assert response.status_code == 200
    assert client.get("/admin/").status_code == 302


def test_wagtails_login_leads_to_the_door(client):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:sign_in") + "?next=/admin/pages/"
    assert client.get("/admin/").url.startswith(reverse("accounts:sign_in"))
    assert client.get("/_util/login/")["Location"].startswith(reverse("accounts:sign_in"))


def test_a_form_posted_to_wagtails_login_goes_through_the_door(client, editor_device):
    response = client.post(
        "/admin/login/", {"username": editor_device.user.username, "password": "correct horse battery staple"}
    )
    assert response["Location"].startswith(reverse("accounts:verify"))


def test_a_sign_in_refuses_a_next_address_on_another_site(client, official):
    response = sign_in(client, official.username, next_url="https://elsewhere.example/")
    assert response["Location"] == reverse("accounts:home")


def test_sign_out_ends_the_session(client, official):
    sign_in(client, official.username)
    response = client.post(reverse("accounts:sign_out"))
    assert response.status_code == 302
    assert client.get(reverse("accounts:home")).status_code == 302
    assert SecurityEvent.objects.filter(kind="signed_out", user_id=official.pk).exists()


def test_anonymous_public_pages_still_set_no_cookie(client, site_tree):
    response = client.get("/")
    assert not response.cookies
    assert "Cookie" not in response.get("Vary", "")
