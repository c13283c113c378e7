"""
Merging a likely duplicate pair (casework.merging): a coordinator who sees
both cases confirms which to keep; every record of the other moves to it,
nothing is deleted, the merged case keeps its steps and audit entries and
leaves the lists; nobody else merges, and a second tab merges nothing twice.
"""

import datetime

from django.urls import reverse

from casework import merging
from casework.audit import AuditEvent
from casework.models import (
    Case,
    CaseNote,
    CaseParticipant,
    CaseStep,
    Consent,
    ParticipantRole,
    Person,
    SharingPurpose,
)
from casework.permissions import visible_cases

from .world import assign, build_world, new_case

BORN = datetime.date(1990, 1, 2)


def pair(world):
    a = world.agencies
    first = new_case(world.units["P1"], a["commune_P1"], "Nguyễn Thị Đào", person={"birth_date": BORN})
    again = new_case(
        world.units["P2"],
        a["commune_P2"],
        "NGUYEN THI DAO",
        person={"birth_date": BORN},
        received_on=first.received_on + datetime.timedelta(days=40),
    )
    CaseNote.objects.create(case=again, text="Ghi chú của lần tiếp nhận sau")
    child = Person.objects.create(full_name="Con Mẫu Sau")
    CaseParticipant.objects.create(case=again, person=child, role=ParticipantRole.ACCOMPANYING_MINOR)
    Consent.objects.create(
        case=again,
        purpose=SharingPurpose.SHELTER,
        recipient=a["facility_P"],
        field_groups=["identity"],
        given_on=again.received_on,
        expires_on=again.received_on + datetime.timedelta(days=30),
    )
    CaseStep.objects.create(
        case=again,
        transition="notify",
        from_stage="received_by_commune",
        to_stage="initial_verification",
        made_on=again.received_on,
    )
    assign(again, world.users["other_commune_officer"])
    return first, again


def post(client, user, first, second, keep="first", confirm=False):
    client.force_login(user)
    data = {"first": first.pk, "second": second.pk, "keep": keep}
    if confirm:
        data["confirm"] = "True"
    return client.post(reverse("casework:merge_cases"), data)


def test_a_coordinator_confirms_and_merges_and_every_record_is_kept(client, db):
    world = build_world()
    first, again = pair(world)
    coordinator = world.users["coordinator"]
    audit_before = AuditEvent.objects.filter(object_id=str(again.pk)).count()
    client.force_login(coordinator)
    listing = client.get(reverse("casework:duplicate_list")).content.decode()
    assert again.display_number in listing and reverse("casework:merge_cases") in listing
    confirm = post(client, coordinator, first, again)
    assert confirm.status_code == 200 and "Gộp" in confirm.content.decode()
    assert not Case.objects.filter(merged_into__isnull=False).exists()  # asking is not doing

    response = post(client, coordinator, first, again, confirm=True)
    assert response.status_code == 302 and response.url == reverse("casework:case_detail", args=[first.pk])
    again.refresh_from_db()
    assert again.merged_into == first and again.merged_by_id == coordinator.pk
    assert first.notes.filter(text__isnull=False).count() == 1 and first.consents.count() == 1
    assert first.participants.count() == 1 and not again.participants.exists()  # the later case's child
    assert again.steps.count() == 1  # its own history stays with it
    assert first.assignments.active().filter(user=world.users["other_commune_officer"]).exists()
    # Nothing deleted: the audit entries of the merged case are all there, and the merge is one more each.
    assert AuditEvent.objects.filter(object_id=str(again.pk)).count() >= audit_before + 1
    assert AuditEvent.objects.filter(object_id=str(first.pk), action=AuditEvent.Action.CHANGE).exists()
    # Out of the lists and of the likely duplicates; its page says where its records went.
    assert not visible_cases(coordinator).filter(merged_into__isnull=True, pk=again.pk).exists()
    client.get(reverse("casework:case_list"))  # (the message naming the merged case shows once)
    page = client.get(reverse("casework:case_list")).content.decode()
    assert again.display_number not in page
    assert again.display_number not in client.get(reverse("casework:duplicate_list")).content.decode()
    merged_page = client.get(reverse("casework:case_detail", args=[again.pk])).content.decode()
    assert "data-merged" in merged_page and first.display_number in merged_page
    kept_page = client.get(reverse("casework:case_detail", args=[first.pk])).content.decode()
    assert again.display_number in kept_page and "Ghi chú của lần tiếp nhận sau" in kept_page


def test_a_second_tab_merges_nothing_twice(client, db):
    world = build_world()
    first, again = pair(world)
    coordinator = world.users["coordinator"]
    post(client, coordinator, first, again, confirm=True)
    response = post(client, coordinator, again, first, keep="first", confirm=True)
    assert response.status_code == 403
    first.refresh_from_db()
    assert first.merged_into is None


def test_nobody_else_merges_and_a_case_out_of_sight_is_not_merged(client, db):
    world = build_world()
    first, again = pair(world)
    for name in ("commune_officer", "provincial_officer", "auditor", "administrator", "superuser"):
        assert post(client, world.users[name], first, again, confirm=True).status_code == 403, name
    outside = world.cases["outside"]
    assert post(client, world.users["coordinator"], first, outside, confirm=True).status_code == 404
    assert post(client, world.users["coordinator"], first, first, confirm=True).status_code == 403
    assert not Case.objects.filter(merged_into__isnull=False).exists()
    assert merging.merge_error(world.users["commune_officer"], first, again)


def test_an_emergency_access_to_the_merged_case_does_not_open_the_case_kept(client, db):
    from casework import emergency
    from casework.permissions import Action, can

    world = build_world()
    first, again = pair(world)
    stranger = world.users["officer_Q"]
    emergency.open_access(stranger, again, "Người đó vừa đến trụ sở xã lúc nửa đêm, cần tra cứu")
    post(client, world.users["coordinator"], first, again, confirm=True)
    stranger = type(stranger).objects.get(pk=stranger.pk)  # a new request
    assert can(stranger, Action.VIEW, again) and not can(stranger, Action.VIEW, first)
