"""The auditor's view of the audit log, and the casework administrator's posts and roles."""

import datetime

import pytest
from django.urls import reverse

from casework.audit import AuditEvent
from safereturn.accounts.models import Membership, SecurityEvent

from .world import build_world


@pytest.fixture
def world(db):
    return build_world()


def test_the_auditor_reads_every_officers_reads_with_filters_and_is_audited_too(client, world):
    inside = world.cases["inside"]
    client.force_login(world.users["commune_officer"])
    client.get(reverse("casework:case_detail", args=[inside.pk]))
    client.force_login(world.users["coordinator"])
    client.get(reverse("casework:case_detail", args=[inside.pk]))
    client.get(reverse("casework:case_detail", args=[world.cases["outside"].pk]))  # refused

    client.force_login(world.users["auditor"])
    html = client.get(reverse("casework:audit_log")).content.decode()
    assert "commune.officer" in html and "coordinator" in html
    html = client.get(reverse("casework:audit_log"), {"record_id": str(inside.pk)}).content.decode()
    assert html.count("<tr>") - 1 == 2  # the two views, not the refusal
    html = client.get(reverse("casework:audit_log"), {"action": "denied"}).content.decode()
    assert str(world.cases["outside"].pk) in html and str(inside.pk) not in html
    html = client.get(reverse("casework:audit_log"), {"username": "coordinator", "action": "view"}).content.decode()
    assert html.count("<tr>") - 1 == 1
    today = datetime.date.today()
    tomorrow = today + datetime.timedelta(days=1)
    html = client.get(reverse("casework:audit_log"), {"since": f"{tomorrow:%d/%m/%Y}"}).content.decode()
    assert "commune.officer" not in html
    reads = AuditEvent.objects.filter(user_id=world.users["auditor"].pk, action=AuditEvent.Action.LIST)
    assert reads.count() == 5 and {event.object_type for event in reads} == {"casework.auditevent"}


def test_the_administrator_adds_and_changes_posts_in_their_province(client, world):
    admin = world.users["administrator"]
    client.force_login(admin)
    html = client.get(reverse("casework:staff_list")).content.decode()
    assert "colleague" in html and "officer.q" not in html
    newcomer = type(admin).objects.create_user(username="newcomer", email="newcomer@example.invalid")
    response = client.post(
        reverse("casework:staff_add"),
        {
            "person": "newcomer@example.invalid",
            "role": "casework_police_verifier",
            "agency": world.agencies["police_P"].pk,
            "administrative_units": [world.units["P"].pk],
            "position": "Điều tra viên",
            "is_primary": "on",
            "valid_from": "01/09/2025",
        },
    )
    assert response.status_code == 302
    post = Membership.objects.get(user=newcomer)
    assert post.role == "casework_police_verifier" and post.valid_from == datetime.date(2025, 9, 1)
    event = AuditEvent.objects.get(action=AuditEvent.Action.CREATE, object_type="accounts.membership")
    assert "role" in event.changed_fields and event.user_id == admin.pk
    assert SecurityEvent.objects.filter(kind=SecurityEvent.Kind.MEMBERSHIP_ADDED, user_id=newcomer.pk).exists()
    # Ending a post.
    response = client.post(
        reverse("casework:staff_edit", args=[post.pk]),
        {
            "role": "casework_police_verifier",
            "agency": world.agencies["police_P"].pk,
            "administrative_units": [world.units["P"].pk],
            "valid_from": "01/09/2025",
            "valid_until": "01/10/2025",
        },
    )
    assert response.status_code == 302
    post.refresh_from_db()
    assert post.valid_until == datetime.date(2025, 10, 1)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"role": "casework_police_verifier"}, "agency"),  # a commune committee holds no police post
        ({"person": "auditor"}, "role"),  # an auditor reads no case
        ({"person": "administrator"}, "person"),  # nobody gives themselves a post
        ({"administrative_units": "P"}, "administrative_units"),  # a commune officer answers for communes only
    ],
)
def test_posts_that_would_break_a_rule_are_refused(client, world, changes, field):
    client.force_login(world.users["administrator"])
    data = {
        "person": "newcomer",
        "role": "casework_commune_officer",
        "agency": world.agencies["commune_P1"].pk,
        "administrative_units": [world.units["P1"].pk],
        "valid_from": "01/09/2025",
    }
    type(world.users["administrator"]).objects.create_user(username="newcomer")
    data.update(changes)
    if changes.get("administrative_units") == "P":
        data["administrative_units"] = [world.units["P"].pk]
    response = client.post(reverse("casework:staff_add"), data)
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not Membership.objects.filter(created_at__date=datetime.date.today(), valid_from="2025-09-01").exists()


def test_an_administrator_cannot_give_a_case_reading_role_to_an_auditor_or_to_themselves(client, world):
    client.force_login(world.users["administrator"])
    response = client.post(
        reverse("casework:staff_add"),
        {
            "person": "administrator",
            "role": "casework_coordinator",
            "agency": world.agencies["health_P"].pk,
            "administrative_units": [world.units["P"].pk],
            "valid_from": "01/09/2025",
        },
    )
    assert response.status_code == 200
    assert not Membership.objects.filter(user=world.users["administrator"], role="casework_coordinator").exists()
