"""Sessions: listed per user, ended at once, idle and absolute limits, activity that does not count."""

from datetime import timedelta

import pytest
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone

from safereturn.accounts import policy
from safereturn.accounts.factories import UserFactory
from safereturn.accounts.models import Membership, SecurityEvent, StaffSession
from safereturn.organisation.factories import AdministrativeUnitFactory, AgencyFactory

from .conftest import PASSWORD, code_for, sign_in

pytestmark = pytest.mark.django_db


def signed_in(user, device=None):
    client = Client()
    sign_in(client, user.username)
    if device is not None:
        client.post(reverse("accounts:verify"), {"code": code_for(device)})
    return client


def record_of(client):
    return StaffSession.objects.get(session_key=client.session.session_key)


def test_each_sign_in_has_a_record_listed_in_my_account(official):
    first, second = signed_in(official), signed_in(official)
    assert StaffSession.objects.filter(user=official, ended_at__isnull=True).count() == 2
    page = first.get(reverse("accounts:home"))
    assert len(page.context["staff_sessions"]) == 2
    assert second.get(reverse("accounts:home")).status_code == 200


def test_sign_out_of_all_others(official):
    first, second = signed_in(official), signed_in(official)
    first.post(reverse("accounts:sign_out_others"))
    assert first.get(reverse("accounts:home")).status_code == 200
    assert second.get(reverse("accounts:home")).status_code == 302


def test_a_password_change_ends_the_other_sessions_and_keeps_this_one(official):
    first, second = signed_in(official), signed_in(official)
    new = "Một mật khẩu mới rất dài 2026"
    response = first.post(
        reverse("accounts:password_change"),
        {"old_password": PASSWORD, "new_password1": new, "new_password2": new},
    )
    assert response.status_code == 302
    assert first.get(reverse("accounts:home")).status_code == 200
    assert second.get(reverse("accounts:home")).status_code == 302
    assert StaffSession.objects.filter(user=official, ended_at__isnull=True).count() == 1
    assert SecurityEvent.objects.filter(kind="password_changed", user_id=official.pk).exists()


def test_a_second_factor_change_ends_the_other_sessions(editor_device):
    user = editor_device.user
    first = signed_in(user, editor_device)
    editor_device.refresh_from_db()
    editor_device.last_t -= 1  # let the same 30-second step's code be used again by the second sign-in
    editor_device.save()
    second = signed_in(user, editor_device)
    assert second.get("/admin/").status_code == 200
    first.post(reverse("accounts:backup_codes"))
    assert first.get("/admin/").status_code == 200
    assert second.get("/admin/").status_code == 302


def test_disabling_an_account_ends_its_sessions(official):
    client = signed_in(official)
    official.is_active = False
    official.save()
    assert client.get(reverse("accounts:home")).status_code == 302
    assert SecurityEvent.objects.filter(kind="account_disabled", user_id=official.pk).exists()


def test_ending_a_post_ends_the_sessions_and_updates_the_profile(official):
    commune = AdministrativeUnitFactory(commune=True)
    agency = AgencyFactory(administrative_unit=commune.parent)
    membership = Membership.objects.create(user=official, agency=agency, role="official", position="Cán bộ")
    membership.administrative_units.add(commune)
    official.refresh_from_db()
    assert (official.agency, official.administrative_unit, official.position) == (agency, commune, "Cán bộ")
    client = signed_in(official)
    membership.valid_until = timezone.localdate()
    membership.save()
    assert client.get(reverse("accounts:home")).status_code == 302
    official.refresh_from_db()
    assert official.agency is None
    kinds = list(SecurityEvent.objects.filter(user_id=official.pk).values_list("kind", flat=True))
    assert "membership_added" in kinds and "membership_ended" in kinds


def test_a_post_ending_by_date_ends_sessions_in_the_daily_job(official):
    from django.core.management import call_command

    agency = AgencyFactory()
    membership = Membership.objects.create(
        user=official, agency=agency, role="official", valid_until=timezone.localdate() + timedelta(days=1)
    )
    client = signed_in(official)
    Membership.objects.filter(pk=membership.pk).update(valid_until=timezone.localdate())  # the date arrives
    call_command("end_lapsed_memberships", stdout=None)
    assert client.get(reverse("accounts:home")).status_code == 302


@override_settings(SESSION_IDLE_TIMEOUTS={"restricted": 60, "learner": 600})
def test_the_idle_limit_is_that_of_the_most_sensitive_area(official, editor):
    assert policy.idle_timeout(official) == 600
    assert policy.idle_timeout(editor) == 60
    assert policy.requires_second_factor(editor)
    assert not policy.requires_second_factor(official)


@override_settings(SESSION_IDLE_TIMEOUTS={"restricted": 60, "learner": 600})
def test_an_idle_session_is_signed_out_and_returns_to_the_same_screen(editor_device):
    client = signed_in(editor_device.user, editor_device)
    StaffSession.objects.update(last_activity=timezone.now() - timedelta(seconds=61))
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:sign_in") + "?next=/admin/pages/"
    page = client.get(response["Location"])
    assert "without activity" in page.content.decode() or "không có thao tác" in page.content.decode()
    assert SecurityEvent.objects.filter(kind="session_ended", detail="reason=idle").exists()


@override_settings(SESSION_IDLE_TIMEOUTS={"restricted": 60, "learner": 600})
def test_background_requests_do_not_count_as_activity(editor_device):
    client = signed_in(editor_device.user, editor_device)
    earlier = timezone.now() - timedelta(seconds=30)
    StaffSession.objects.update(last_activity=earlier)
    client.post("/admin/editing-sessions/release/1/")
    client.post("/admin/pages/1/edit/preview/", HTTP_ACCEPT="application/json")
    client.post("/admin/pages/1/edit/", {}, HTTP_ACCEPT="application/json")  # an autosave
    client.get(reverse("accounts:session_status"))
    assert StaffSession.objects.get().last_activity == earlier
    client.get("/admin/pages/")
    assert StaffSession.objects.get().last_activity > earlier


def test_the_warning_asks_without_counting_and_stay_signed_in_counts(official):
    client = signed_in(official)
    earlier = timezone.now() - timedelta(seconds=120)
    StaffSession.objects.update(last_activity=earlier)
    status = client.get(reverse("accounts:session_status")).json()
    assert status["signed_in"] and 0 < status["remaining"] <= status["idle"] - 119
    client.post(reverse("accounts:session_extend"))
    assert StaffSession.objects.get().last_activity > earlier


@override_settings(SESSION_ABSOLUTE_SECONDS=3600)
def test_a_session_ends_after_its_absolute_lifetime(official):
    client = signed_in(official)
    StaffSession.objects.update(created_at=timezone.now() - timedelta(seconds=3601))
    assert client.get(reverse("accounts:home")).status_code == 302


def test_a_session_made_without_the_door_gets_a_record(client):
    user = UserFactory()
    client.force_login(user)
    assert client.get(reverse("accounts:home")).status_code == 200
    assert StaffSession.objects.filter(user=user).count() == 1
