"""
Likely duplicates (casework.duplicates): the same person received again,
found from keyed hashes only (the same ID number, or the same birth date and
two name words), among the cases the coordinator sees, and nowhere else.
"""

import datetime

from django.urls import reverse

from casework.audit import AuditEvent
from casework.duplicates import likely_duplicates
from casework.permissions import visible_cases

from .world import build_world, new_case

BORN = datetime.date(1990, 1, 2)


def pairs_for(user):
    return {(pair.first.number, pair.second.number, pair.reasons) for pair in likely_duplicates(visible_cases(user))}


def test_the_same_name_typed_otherwise_with_the_same_birth_date_is_a_likely_duplicate(db):
    world = build_world()
    p1, p2, a = world.units["P1"], world.units["P2"], world.agencies
    first = new_case(p1, a["commune_P1"], "Nguyễn Thị Đào", person={"birth_date": BORN})
    again = new_case(
        p2,
        a["commune_P2"],
        "NGUYEN THI  DAO",
        person={"birth_date": BORN},
        received_on=first.received_on + datetime.timedelta(days=40),
    )
    # Two people who share a birth date and only one common word are not taken for one.
    new_case(p1, a["commune_P1"], "Nguyễn Văn Bình", person={"birth_date": BORN})
    assert pairs_for(world.users["coordinator"]) == {(first.number, again.number, ("birth_and_name",))}


def test_the_same_id_number_written_otherwise_is_a_likely_duplicate(db):
    world = build_world()
    a = world.agencies
    first = new_case(world.units["P1"], a["commune_P1"], "Lò Thị Mẫu", person={"id_number": "079 312.345-678"})
    again = new_case(
        world.units["P2"],
        a["commune_P2"],
        "Lò Thị Khác",
        person={"id_number": "079312345678", "birth_date": BORN},
        received_on=first.received_on + datetime.timedelta(days=1),
    )
    assert pairs_for(world.users["coordinator"]) == {(first.number, again.number, ("id_number",))}


def test_a_pair_with_a_case_out_of_sight_is_not_shown(db):
    world = build_world()
    a, u = world.agencies, world.units
    new_case(u["P1"], a["commune_P1"], "Hà Thị Mẫu", person={"birth_date": BORN, "id_number": "012345678901"})
    new_case(u["Q1"], a["commune_Q1"], "Hà Thị Mẫu", person={"birth_date": BORN, "id_number": "012345678901"})
    assert pairs_for(world.users["coordinator"]) == set()
    # The commune officer of P1 does not see the pair either way: one of its cases is in Q.
    assert pairs_for(world.users["commune_officer"]) == set()


def test_the_coordinator_s_page_lists_the_pair_and_the_listing_is_audited(client, db):
    world = build_world()
    a, u = world.agencies, world.units
    first = new_case(u["P1"], a["commune_P1"], "Đinh Thị Mẫu Lặp", person={"birth_date": BORN})
    again = new_case(u["P2"], a["commune_P2"], "Dinh Thi Mau", person={"birth_date": BORN})
    coordinator = world.users["coordinator"]
    client.force_login(coordinator)
    response = client.get(reverse("casework:duplicate_list"))
    page = response.content.decode()
    assert response.status_code == 200
    assert first.display_number in page and again.display_number in page and "cùng ngày sinh" in page
    event = AuditEvent.objects.filter(user_id=coordinator.pk, action=AuditEvent.Action.LIST).latest("occurred_at")
    assert event.item_count == 1
    client.force_login(world.users["commune_officer"])
    assert client.get(reverse("casework:duplicate_list")).status_code == 403
