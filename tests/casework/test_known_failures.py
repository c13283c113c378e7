"""
Known failures of the reference (Primero), each a test here:

1. a user editing their own privileged account fields or memberships;
2. an administrator's password change for another user signing the
   administrator in as that user;
3. an export or print path that skips the field policy (the print is checked
   role by role in test_field_policy.py; here, against a planted value);
4. a case reached by changing an id in a URL.
"""

import pytest
from django.contrib.auth import SESSION_KEY
from django.urls import reverse

from casework.audit import AuditEvent
from safereturn.accounts.models import Membership

from .world import assign, build_world


@pytest.fixture
def world(db):
    return build_world(with_documents=True)


# 1. Own privileged fields and posts --------------------------------------------------------------------------------


def test_my_account_ignores_privileged_fields_posted_by_the_user(client, world):
    user = world.users["commune_officer"]
    client.force_login(user)
    response = client.post(
        reverse("accounts:home"),
        {
            "preferred_language": "vi",
            "current_time_zone": "Asia/Ho_Chi_Minh",
            "is_superuser": "on",
            "is_staff": "on",
            "role": "casework_coordinator",
            "agency": world.agencies["health_P"].pk,
            "administrative_units": [world.units["P"].pk],
            "position": "Giám đốc",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert not user.is_superuser and not user.is_staff and user.position == "Cán bộ"
    assert list(Membership.objects.filter(user=user).values_list("role", flat=True)) == ["casework_commune_officer"]


def test_the_casework_administrator_cannot_change_their_own_post(client, world):
    admin = world.users["administrator"]
    own = world.posts["administrator"]
    client.force_login(admin)
    html = client.get(reverse("casework:staff_list")).content.decode()
    assert reverse("casework:staff_edit", args=[own.pk]) not in html
    for method in ("get", "post"):
        response = getattr(client, method)(
            reverse("casework:staff_edit", args=[own.pk]),
            {"role": "casework_coordinator", "agency": world.agencies["health_P"].pk, "valid_from": "01/01/2025"},
        )
        assert response.status_code == 403
    own.refresh_from_db()
    assert own.role == "casework_administrator"
    assert AuditEvent.objects.filter(action=AuditEvent.Action.DENIED, user_id=admin.pk).count() == 2


def test_nobody_reaches_casework_through_a_post_they_gave_themselves_in_casework(client, world):
    admin = world.users["administrator"]
    client.force_login(admin)
    client.post(
        reverse("casework:staff_add"),
        {
            "person": admin.username,
            "role": "casework_provincial_officer",
            "agency": world.agencies["health_P"].pk,
            "administrative_units": [world.units["P"].pk],
            "valid_from": "01/01/2025",
        },
    )
    assert client.get(reverse("casework:case_detail", args=[world.cases["inside"].pk])).status_code == 404


def test_no_admin_screen_or_import_grants_a_casework_role(client, world):
    """
    Settings › Posts, a new user's first post and the account import give no casework role, even to a superuser's
    own account; a casework post is neither listed nor reached by id there. Casework grants them (casework.staff).
    """
    import csv
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile

    from safereturn.accounts import importing

    root = world.users["superuser"]
    client.force_login(root)
    posts_before = Membership.objects.count()
    response = client.post(
        reverse("posts:add"),
        {
            "user": root.pk,
            "agency": world.agencies["health_P"].pk,
            "administrative_units": [world.units["P"].pk],
            "position": "Giám đốc",
            "role": "casework_provincial_officer",
            "valid_from": "2025-01-01",
        },
    )
    assert response.status_code == 200 and "casework_provincial_officer" not in dict(
        response.context["form"].fields["role"].choices
    )
    response = client.post(
        reverse("wagtailusers_users:add"),
        {
            "username": "new.person",
            "email": "new.person@example.invalid",
            "full_name": "Người Mới",
            "post_agency": world.agencies["health_P"].pk,
            "post_units": [world.units["P"].pk],
            "post_role": "casework_coordinator",
        },
    )
    assert response.status_code == 200 and "post_role" in response.context["form"].errors
    assert Membership.objects.count() == posts_before
    assert not Membership.objects.filter(user=root).exists()

    out = io.StringIO()
    csv.writer(out).writerows(
        [
            ["Full name", "E-mail", "Agency code", "Administrative unit code", "Position", "Role"],
            ["Người Nhập", "nhap@example.invalid", "", world.units["P"].code, "Cán bộ", "casework_coordinator"],
        ]
    )
    report = importing.check(SimpleUploadedFile("people.csv", out.getvalue().encode(), content_type="text/csv"))
    assert any(error.column.lower() == "role" for error in report.errors), report.errors

    casework_post = world.posts["coordinator"]
    assert casework_post.user.username not in client.get(reverse("posts:index")).content.decode()
    for name in ("edit", "delete", "history", "usage"):
        assert client.get(reverse(f"posts:{name}", args=[casework_post.pk])).status_code == 404, name
    response = client.post(
        reverse("posts:edit", args=[casework_post.pk]),
        {"user": root.pk, "agency": casework_post.agency_id, "role": "official", "valid_from": "2025-01-01"},
    )
    assert response.status_code == 404
    casework_post.refresh_from_db()
    assert casework_post.user == world.users["coordinator"] and casework_post.role == "casework_coordinator"


def test_a_refused_self_grant_is_audited(client, world):
    admin = world.users["administrator"]
    client.force_login(admin)
    response = client.post(
        reverse("casework:staff_add"),
        {
            "person": admin.username,
            "role": "casework_commune_officer",
            "agency": world.agencies["commune_P1"].pk,
            "administrative_units": [world.units["P1"].pk],
            "valid_from": "01/01/2025",
        },
    )
    assert response.status_code == 200 and response.context["form"].has_error("person", "self_grant")
    assert AuditEvent.objects.filter(action=AuditEvent.Action.DENIED, user_id=admin.pk).count() == 1


def test_separation_of_duties_counts_posts_that_start_later(client, world):
    """An auditor's post from tomorrow and a case-reading post today: the person would audit their own reads."""
    import datetime

    from django.utils import timezone

    from safereturn.accounts.factories import UserFactory

    person = UserFactory(username="hai.vai")
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    Membership.objects.create(
        user=person, agency=world.agencies["health_P"], role="casework_auditor", valid_from=tomorrow
    ).administrative_units.set([world.units["P"]])
    client.force_login(world.users["administrator"])
    response = client.post(
        reverse("casework:staff_add"),
        {
            "person": person.username,
            "role": "casework_provincial_officer",
            "agency": world.agencies["health_P"].pk,
            "administrative_units": [world.units["P"].pk],
            "valid_from": timezone.localdate().strftime("%d/%m/%Y"),
        },
    )
    assert response.status_code == 200 and response.context["form"].has_error("role", "separation_of_duties")
    assert not Membership.objects.filter(user=person, role="casework_provincial_officer").exists()
    # A post that ends before the auditor's begins does not overlap it, and is allowed.
    response = client.post(
        reverse("casework:staff_add"),
        {
            "person": person.username,
            "role": "casework_provincial_officer",
            "agency": world.agencies["health_P"].pk,
            "administrative_units": [world.units["P"].pk],
            "valid_from": "01/01/2025",
            "valid_until": tomorrow.strftime("%d/%m/%Y"),
        },
    )
    assert response.status_code == 302


# 2. Acting on another account never signs the administrator in as that person --------------------------------------


def test_an_administrator_acting_on_another_account_stays_signed_in_as_themselves(client, world):
    from django.contrib.auth.models import Permission

    admin = world.users["superuser"]
    target = world.users["commune_officer"]
    password_before = target.password
    client.force_login(admin)
    # Wagtail's user screen: administrators never set passwords here (invitations do), so a posted password is ignored.
    response = client.post(
        reverse("wagtailusers_users:edit", args=[target.pk]),
        {
            "username": target.username,
            "email": "officer@example.invalid",
            "full_name": "Cán bộ xã",
            "password1": "a new password for someone else 1",
            "password2": "a new password for someone else 1",
            "is_active": "on",
        },
    )
    assert response.status_code in (200, 302)
    target.refresh_from_db()
    assert target.password == password_before
    assert client.session[SESSION_KEY] == str(admin.pk)
    # Resetting their second factor and changing their casework post: still the administrator.
    client.post(reverse("wagtailusers_users:reset_second_factor", args=[target.pk]))
    assert client.session[SESSION_KEY] == str(admin.pk)
    client.force_login(world.users["administrator"])
    client.post(
        reverse("casework:staff_edit", args=[world.posts["colleague"].pk]),
        {
            "role": "casework_commune_officer",
            "agency": world.agencies["commune_P2"].pk,
            "administrative_units": [world.units["P2"].pk],
            "valid_from": "01/01/2025",
            "valid_until": "01/01/2026",
        },
    )
    assert client.session[SESSION_KEY] == str(world.users["administrator"].pk)
    assert Permission.objects.exists()  # the admin screens above were really reached (a sanity check)


# 3. No print path around the field policy --------------------------------------------------------------------------


def test_the_print_of_a_police_verifier_carries_no_health_or_contact_value(client, world):
    case = world.cases["inside"]
    person = case.person
    person.health_notes = "Bệnhánqz"
    person.current_address = "Thônbíqz"
    person.save()
    assign(case, world.users["police_verifier"])
    client.force_login(world.users["police_verifier"])
    response = client.get(reverse("casework:case_print", args=[case.pk]))
    html = response.content.decode()
    assert response.status_code == 200 and "Nguyễn Thị Mẫu Trong" in html
    assert "Bệnhánqz" not in html and "Thônbíqz" not in html
    event = AuditEvent.objects.get(action=AuditEvent.Action.PRINT)
    assert event.object_id == str(case.pk) and event.user_id == world.users["police_verifier"].pk


# 4. Changing an id in a URL ----------------------------------------------------------------------------------------


def test_changing_an_id_in_a_url_reaches_nothing_and_is_audited(client, world):
    inside, outside = world.cases["inside"], world.cases["outside"]
    officer = world.users["commune_officer"]
    client.force_login(officer)
    attempts = [
        reverse("casework:case_detail", args=[outside.pk]),
        reverse("casework:case_print", args=[outside.pk]),
        # Another case's person or document under a case the officer may open.
        reverse("casework:person_edit", args=[inside.pk, outside.person_id]),
        reverse("casework:document_download", args=[inside.pk, world.documents["outside"].pk]),
        # Ids that exist nowhere answer the same.
        reverse("casework:case_detail", args=["00000000-0000-4000-8000-000000000000"]),
    ]
    for url in attempts:
        response = client.get(url)
        assert response.status_code == 404, url
        assert "Trần Thị Mẫu Ngoài" not in response.content.decode()
    # Writing to another case's person through a case the officer may change: refused, the person unchanged.
    response = client.post(
        reverse("casework:person_edit", args=[inside.pk, outside.person_id]), {"full_name": "Đổi Tên", "sex": "male"}
    )
    assert response.status_code == 404
    outside.person.refresh_from_db()
    assert outside.person.full_name == "Trần Thị Mẫu Ngoài"
    denied = AuditEvent.objects.filter(action=AuditEvent.Action.DENIED, user_id=officer.pk)
    assert denied.count() == len(attempts) + 1
    assert {event.object_id for event in denied} >= {
        str(outside.pk),
        str(outside.person_id),
        str(world.documents["outside"].pk),
    }
