"""
The field policy: every personal field belongs to a group, each role reads
and writes only its groups, and every page that shows a case (the case page,
its print) shows only what the role may read. Posting a field the role may
not write changes nothing.
"""

import pytest
from django.apps import apps
from django.urls import reverse

from casework.fields import encrypted_fields
from casework.models import Case, CaseworkModel, Person
from casework.permissions import FIELD_GROUPS, OVERSIGHT_ROLES, ROLES, Action, FieldGroup
from safereturn.accounts import policy

from .world import assign, build_world

# One distinctive value per group, planted on the inside case.
VALUES = {
    FieldGroup.IDENTITY: "Danhtínhqx",
    FieldGroup.CONTACT: "Liênlạcqx",
    FieldGroup.HEALTH: "Sứckhỏeqx",
    FieldGroup.TRAFFICKING: "Muabánqx",
    FieldGroup.SUPPORT: "Hỗtrợqx",
    FieldGroup.PROTECTION: "Bảovệqx",
    FieldGroup.DOCUMENTS: "Tàiliệuqx",
}

# What each role reads, written out by hand (the policy's table must agree).
READS = {
    "commune_officer": {"identity", "contact", "health", "trafficking", "support", "protection", "documents"},
    "provincial_officer": {"identity", "contact", "health", "trafficking", "support", "protection", "documents"},
    "police_verifier": {"identity", "trafficking", "protection", "documents"},
    "shelter_staff": {"identity", "contact", "health", "support", "protection", "documents"},
    "coordinator": {"identity", "contact", "trafficking", "support", "protection", "documents"},
}


def test_every_personal_field_of_every_casework_model_has_a_group():
    models = [
        model
        for model in apps.get_app_config("casework").get_models()
        if issubclass(model, CaseworkModel) and model.__module__.startswith("casework.")  # not the tests' own
    ]
    assert {"casework.person", "casework.case", "casework.caseparticipant", "casework.casedocument"} <= {
        model._meta.label_lower for model in models
    }
    for model in models:
        grouped = FIELD_GROUPS.get(model._meta.label_lower, {})
        personal = [field.name for field in encrypted_fields(model)]
        personal += [field.name for field in model._meta.concrete_fields if field.get_internal_type() == "FileField"]
        for name in personal:
            assert name in grouped, f"{model._meta.label}.{name} has no field group"
        for name, group in grouped.items():
            model._meta.get_field(name)  # names an existing field
            assert group in FieldGroup.ALL


def test_the_role_table_keeps_its_invariants():
    for code, role in ROLES.items():
        registered = policy.get_role(code)
        assert registered is not None and registered.requires_second_factor and registered.idle_timeout == "restricted"
        assert role.writes <= role.reads, code
        if Action.LIST in role.actions:
            # Lists show names: every role that lists reads identity.
            assert FieldGroup.IDENTITY in role.reads, code
    for code in OVERSIGHT_ROLES:
        assert not ROLES[code].reads and not ROLES[code].writes and not ROLES[code].reads_cases
    assert policy.requires_second_factor  # the area too:
    assert any(area.name == "casework" and area.requires_second_factor for area in policy.areas())


def plant(case):
    person = case.person
    person.full_name = f"Nguyễn {VALUES['identity']}"
    person.phone = "0900000001"
    person.current_address = VALUES["contact"]
    person.health_notes = VALUES["health"]
    person.save()
    case.circumstances = VALUES["trafficking"]
    case.support_notes = VALUES["support"]
    case.risk_notes = VALUES["protection"]
    case.save()


@pytest.fixture
def world(db):
    world = build_world(with_documents=True)
    case = world.cases["inside"]
    plant(case)
    document = world.documents["inside"]
    document.title = VALUES["documents"]
    document.save()
    for role in ("police_verifier", "shelter_staff"):
        assign(case, world.users[role])
    return world


@pytest.mark.parametrize("role", sorted(READS))
@pytest.mark.parametrize("page", ["case_detail", "case_print"])
def test_pages_and_prints_show_only_the_groups_the_role_reads(client, world, role, page):
    assert set(ROLES[f"casework_{role}"].reads) == READS[role]
    client.force_login(world.users[role])
    response = client.get(reverse(f"casework:{page}", args=[world.cases["inside"].pk]))
    assert response.status_code == 200
    html = response.content.decode()
    for group, value in VALUES.items():
        assert (value in html) == (group in READS[role]), f"{role} on {page}: {group}"


def test_a_field_the_role_may_not_write_is_ignored_when_posted(client, world):
    case = world.cases["inside"]
    client.force_login(world.users["shelter_staff"])
    response = client.post(
        reverse("casework:person_edit", args=[case.pk, case.person_id]),
        {"full_name": "Tên Đổi Trộm", "id_number": "001122334455", "health_notes": "Đã khám lại"},
    )
    assert response.status_code == 302
    person = Person.objects.get(pk=case.person_id)
    assert person.full_name == f"Nguyễn {VALUES['identity']}"
    assert person.id_number == ""
    assert person.health_notes == "Đã khám lại"

    client.force_login(world.users["police_verifier"])
    response = client.post(
        reverse("casework:case_edit", args=[case.pk]),
        {"circumstances": "Lời khai mới", "support_notes": "xóa", "risk_notes": "xóa"},
    )
    assert response.status_code == 302
    case = Case.objects.get(pk=case.pk)
    assert case.circumstances == "Lời khai mới"
    assert case.support_notes == VALUES["support"] and case.risk_notes == VALUES["protection"]


def test_forms_offer_only_writable_fields(client, world):
    case = world.cases["inside"]
    client.force_login(world.users["shelter_staff"])
    html = client.get(reverse("casework:person_edit", args=[case.pk, case.person_id])).content.decode()
    assert 'name="health_notes"' in html
    assert 'name="full_name"' not in html and 'name="phone"' not in html
    html = client.get(reverse("casework:case_edit", args=[case.pk])).content.decode()
    assert 'name="support_notes"' in html and 'name="circumstances"' not in html and 'name="risk_notes"' not in html
