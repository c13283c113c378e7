"""
Emergency ("break-glass") access: refused without a reason; with one, the
case opens read-only for BREAK_GLASS_HOURS, is flagged at once to the
coordinators of its place and to the auditors (on their pages and by an
e-mail with no personal data), is in the audit log, and expires.
"""

import datetime

from django.core import mail
from django.urls import reverse
from django.utils import timezone

from casework import emergency
from casework.audit import AuditEvent
from casework.models import EmergencyAccess
from casework.permissions import Action, can, readable_groups, visible_cases

from .world import build_world

REASON = "Người đó vừa đến trụ sở xã lúc nửa đêm, cần biết đã được hỗ trợ những gì"


def open_case(client, user, number, reason=REASON):
    client.force_login(user)
    return client.post(reverse("casework:emergency_open"), {"number": number, "reason": reason})


def test_without_a_reason_nothing_opens(client, db):
    world = build_world()
    case, stranger = world.cases["inside"], world.users["officer_Q"]
    for reason in ("", "   ", "gấp"):
        response = open_case(client, stranger, case.display_number, reason)
        assert response.status_code == 200 and "reason" in response.context["form"].errors
    assert not EmergencyAccess.objects.exists() and not can(stranger, Action.VIEW, case)
    assert client.get(reverse("casework:case_detail", args=[case.pk])).status_code == 404
    assert mail.outbox == []


def test_with_a_reason_the_case_opens_read_only_flagged_and_audited(client, db, settings):
    settings.BREAK_GLASS_HOURS = 4
    world = build_world()
    case, stranger = world.cases["inside"], world.users["officer_Q"]
    for name in ("coordinator", "auditor"):
        world.users[name].email = f"{name}@example.org"
        world.users[name].save()
    with_commit = open_case  # the e-mail goes once the access is committed
    from django.test import TestCase

    with TestCase.captureOnCommitCallbacks(execute=True):
        response = with_commit(client, stranger, case.display_number)
    assert response.status_code == 302 and response.url == reverse("casework:case_detail", args=[case.pk])
    access = EmergencyAccess.objects.get()
    assert access.user == stranger and access.reason == REASON
    assert abs(access.expires_at - access.opened_at - datetime.timedelta(hours=4)) < datetime.timedelta(seconds=1)
    event = AuditEvent.objects.get(action=AuditEvent.Action.BREAK_GLASS)
    assert event.object_id == str(case.pk) and event.user_id == stranger.pk and event.purpose == REASON

    page = client.get(reverse("casework:case_detail", args=[case.pk])).content.decode()
    assert "Nguyễn Thị Mẫu Trong" in page and "data-emergency" in page
    assert can(stranger, Action.VIEW, case) and not can(stranger, Action.CHANGE, case)
    assert not can(stranger, Action.PRINT, case) and not can(stranger, Action.REFER, case)
    assert client.get(reverse("casework:case_edit", args=[case.pk])).status_code == 403
    assert readable_groups(stranger, case)  # their role's groups, to read

    # The e-mail: to the coordinator of the case's province and the auditor, with nothing personal in it.
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert sorted(message.to) == ["auditor@example.org", "coordinator@example.org"]
    for secret in ("Nguyễn Thị Mẫu Trong", case.display_number, REASON, stranger.username):
        assert secret not in message.subject + message.body

    # At once on the coordinators' and auditors' pages.
    for name, landing in (("coordinator", "casework:case_list"), ("auditor", "casework:audit_log")):
        client.force_login(world.users[name])
        assert "cw-message--warning" in client.get(reverse(landing)).content.decode(), name
        listing = client.get(reverse("casework:emergency_list")).content.decode()
        assert REASON in listing and case.display_number in listing, name
    # Not on a coordinator's of another province.
    assert emergency.open_count(world.users["coordinator"]) == 1
    assert not emergency.overseen(world.users["provincial_officer"]).exists()


def test_the_access_expires(client, db):
    world = build_world()
    case, stranger = world.cases["inside"], world.users["officer_Q"]
    open_case(client, stranger, case.display_number)
    assert visible_cases(stranger).filter(pk=case.pk).exists()
    EmergencyAccess.objects.update(expires_at=timezone.now() - datetime.timedelta(seconds=1))
    stranger = type(stranger).objects.get(pk=stranger.pk)  # a new request
    assert not visible_cases(stranger).filter(pk=case.pk).exists() and not can(stranger, Action.VIEW, case)
    client.force_login(stranger)
    assert client.get(reverse("casework:case_detail", args=[case.pk])).status_code == 404
    client.force_login(world.users["auditor"])
    listing = client.get(reverse("casework:emergency_list")).content.decode()
    assert "Không có truy cập khẩn cấp nào đang mở" in listing and REASON in listing


def test_an_unknown_number_is_refused_and_audited_and_a_reachable_case_needs_no_access(client, db):
    world = build_world()
    response = open_case(client, world.users["officer_Q"], "HS-0000-999999")
    assert response.status_code == 200 and "number" in response.context["form"].errors
    assert AuditEvent.objects.filter(action=AuditEvent.Action.DENIED, user_id=world.users["officer_Q"].pk).exists()
    response = open_case(client, world.users["commune_officer"], world.cases["inside"].display_number)
    assert response.status_code == 302 and not EmergencyAccess.objects.exists()


def test_only_the_working_posts_may_break_the_glass(client, db):
    world = build_world()
    for name in ("coordinator", "auditor", "administrator", "superuser", "no_role"):
        response = open_case(client, world.users[name], world.cases["outside"].display_number)
        assert response.status_code == 403, name
    assert not EmergencyAccess.objects.exists()


def test_numbers_that_match_no_case_stop_the_look_ups_for_an_hour_and_for_that_user_only(client, db, monkeypatch):
    """An insider cannot walk the case numbers through this form: after five misses, even a right number waits."""
    from safereturn.base import ratelimit

    clock = [ratelimit.time.time()]
    monkeypatch.setattr(ratelimit, "now", lambda: clock[0])
    world = build_world()
    case, stranger = world.cases["inside"], world.users["officer_Q"]
    denials = AuditEvent.objects.filter(action=AuditEvent.Action.DENIED, user_id=stranger.pk)
    for tried in range(emergency.MAX_MISSED_NUMBERS):
        response = open_case(client, stranger, f"HS-2026-{900000 + tried}")
        assert "number" in response.context["form"].errors
    response = open_case(client, stranger, case.display_number)
    assert response.status_code == 200 and not EmergencyAccess.objects.exists()
    assert "Hãy hỏi điều phối viên số hồ sơ" in " ".join(response.context["form"].non_field_errors())
    assert denials.count() == emergency.MAX_MISSED_NUMBERS + 1

    # Another officer is not held back by it.
    response = open_case(client, world.users["other_commune_officer"], "HS-2026-999999")
    assert "number" in response.context["form"].errors

    # A right number does not count as a miss; an hour later the stranger may look numbers up again.
    clock[0] += emergency.MISSED_NUMBERS_WINDOW + 1
    response = open_case(client, stranger, case.display_number)
    assert response.status_code == 302 and EmergencyAccess.objects.filter(user=stranger).count() == 1
    assert emergency.missed_numbers().get(stranger.pk).count == 0
