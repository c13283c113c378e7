"""
Support and protection: the Art. 37 matrix checked against domain.md §3,
written out here by hand (the table's ticks, column by column); the form
offers only what the person's status opens and refuses anything else
posted; protection refusals need the written commitment; all audited.
"""

import pytest
from django.urls import reverse

from casework import entitlements
from casework.audit import AuditEvent
from casework.entitlements import Beneficiary
from casework.models import Case, CaseParticipant, ParticipantRole, PersonStatus, ProtectionMeasure, SupportRecord

from .world import build_world

# domain.md §3, "Eligibility matrix from Law 2024 Art. 37": the letters ticked in each column.
DOMAIN_MD = {
    Beneficiary.VICTIM: "a b c d đ e g h i k",
    Beneficiary.MINOR_OF_VICTIM: "a b c d đ e g h",
    Beneficiary.IN_IDENTIFICATION: "a b c d đ e g",
    Beneficiary.IN_IDENTIFICATION_ABROAD: "a b c d",
}


def letters(values):
    return " ".join(value.label.split(".")[0] for value in values)


@pytest.mark.parametrize("line", list(Beneficiary))
def test_the_matrix_is_domain_mds(line):
    assert letters(entitlements.MATRIX[line]) == DOMAIN_MD[line]


def case_with(status, abroad=False):
    return Case(person_status=status, person_abroad=abroad)


def test_who_gets_which_line():
    minor = CaseParticipant(role=ParticipantRole.ACCOMPANYING_MINOR)
    relative = CaseParticipant(role=ParticipantRole.RELATIVE)
    victim, verifying = case_with(PersonStatus.VICTIM), case_with(PersonStatus.IN_IDENTIFICATION)
    abroad = case_with(PersonStatus.IN_IDENTIFICATION, abroad=True)
    assert entitlements.beneficiary(victim) == Beneficiary.VICTIM
    assert entitlements.beneficiary(victim, minor) == Beneficiary.MINOR_OF_VICTIM
    # An under-18 accompanying someone still being identified gets that person's set (Art. 37 k3).
    assert entitlements.beneficiary(verifying, minor) == Beneficiary.IN_IDENTIFICATION
    assert entitlements.beneficiary(abroad, minor) == Beneficiary.IN_IDENTIFICATION_ABROAD
    assert entitlements.beneficiary(victim, relative) is None
    assert entitlements.allowed(case_with(PersonStatus.NOT_IDENTIFIED)) == []


def support_url(case, participant=None):
    url = reverse("casework:support_add", args=[case.pk])
    return f"{url}?for={participant.pk}" if participant else url


def test_the_support_form_offers_only_what_the_status_opens(client, db):
    world = build_world()
    case = world.cases["inside"]  # a person still being identified, in Viet Nam: a to g
    client.force_login(world.users["commune_officer"])
    offered = [
        value for value, _label in client.get(support_url(case)).context["forms"][0].fields["entitlement"].choices
    ]
    assert offered == ["a", "b", "c", "d", "dd", "e", "g"]
    # Vocational training (i) is not open yet: posted anyway, it is refused and nothing is kept.
    response = client.post(support_url(case), {"entitlement": "i", "status": "granted", "decision_number": "1/QĐ"})
    assert response.status_code == 200 and response.context["forms"][0].errors["entitlement"]
    granted = {"entitlement": "a", "status": "granted", "decision_number": "5/QĐ-SYT", "decision_date": "03/09/2025"}
    without_decision = client.post(support_url(case), {**granted, "decision_number": ""})
    assert without_decision.context["forms"][0].errors["decision_number"]
    assert client.post(support_url(case), {**granted, "amount": "1500000", "note": "Tiền ăn"}).status_code == 302
    record = SupportRecord.objects.get()
    assert (record.entitlement, record.amount, record.participant, record.note) == ("a", 1_500_000, None, "Tiền ăn")
    assert AuditEvent.objects.filter(action="create", object_id=str(record.pk)).exists()
    page = client.get(reverse("casework:case_detail", args=[case.pk])).content.decode()
    assert "1.500.000 đ" in page and "5/QĐ-SYT" in page
    # Once identified, the same person may be given i and k.
    Case.objects.filter(pk=case.pk).update(person_status=PersonStatus.VICTIM)
    offered = client.get(support_url(case)).context["forms"][0].fields["entitlement"].choices
    assert [value for value, _label in offered][-2:] == ["i", "k"]


def test_an_accompanying_minor_gets_the_set_of_the_person_they_accompany(client, db):
    world = build_world()
    case = world.cases["inside"]
    minor = case.participants.get(role=ParticipantRole.ACCOMPANYING_MINOR)
    client.force_login(world.users["commune_officer"])
    Case.objects.filter(pk=case.pk).update(person_status=PersonStatus.VICTIM)
    offered = client.get(support_url(case, minor)).context["forms"][0].fields["entitlement"].choices
    assert [value for value, _label in offered] == ["a", "b", "c", "d", "dd", "e", "g", "h"]
    assert client.post(support_url(case, minor), {"entitlement": "h", "status": "requested"}).status_code == 302
    assert SupportRecord.objects.get().participant == minor


def test_support_for_someone_else_s_linked_person_or_nonsense_is_not_found(client, db):
    world = build_world()
    client.force_login(world.users["commune_officer"])
    inside, outside = world.cases["inside"], world.cases["outside"]
    other = outside.participants.first()
    for wanted in (str(other.pk), "not-a-uuid", "00000000-0000-0000-0000-000000000000", "1 OR 1=1"):
        response = client.get(reverse("casework:support_add", args=[inside.pk]), {"for": wanted})
        assert response.status_code == 404
    assert not SupportRecord.objects.exists()


def test_not_identified_people_are_offered_nothing(client, db):
    world = build_world()
    case = world.cases["inside"]
    Case.objects.filter(pk=case.pk).update(person_status=PersonStatus.NOT_IDENTIFIED)
    client.force_login(world.users["commune_officer"])
    response = client.get(support_url(case))
    assert response.status_code == 302 and not SupportRecord.objects.exists()


def test_a_refused_protection_needs_the_written_commitment(client, db):
    world = build_world()
    case = world.cases["inside"]
    relative = case.participants.first()
    client.force_login(world.users["provincial_officer"])
    url = reverse("casework:protection_add", args=[case.pk]) + f"?for={relative.pk}"
    refused = {"measure": "guard", "status": "refused"}
    assert client.post(url, refused).context["forms"][0].errors["commitment"]
    assert client.post(url, {**refused, "commitment": "Tự bảo đảm an toàn, báo ngay khi bị đe dọa"}).status_code == 302
    measure = ProtectionMeasure.objects.get()
    assert measure.participant == relative and measure.commitment.startswith("Tự bảo đảm")
    assert AuditEvent.objects.filter(action="create", object_id=str(measure.pk)).exists()
    # Shelter staff do not write protection: refused, audited.
    client.force_login(world.users["shelter_staff"])
    from .world import assign

    assign(case, world.users["shelter_staff"])
    assert client.get(reverse("casework:protection_add", args=[case.pk])).status_code == 403


@pytest.mark.parametrize("name", ["tiep-nhan", "xac-minh", "de-nghi-ho-tro"])
def test_each_printed_record_keeps_to_the_field_policy_and_is_audited(client, db, name):
    from .world import assign

    world = build_world()
    case = world.cases["inside"]
    url = reverse("casework:case_record", args=[case.pk, name])
    client.force_login(world.users["commune_officer"])
    page = client.get(url).content.decode()
    assert "Nguyễn Thị Mẫu Trong" in page
    assert [event.purpose for event in AuditEvent.objects.filter(action="print", object_id=str(case.pk))] == [name]
    # A police verifier reads identities but no support: the request for support shows none of it.
    verifier = world.users["police_verifier"]
    assign(case, verifier)
    client.force_login(verifier)
    response = client.get(url)
    assert response.status_code == 200 and "support" not in response.context["groups"]


def test_an_unknown_record_is_not_found(client, db):
    world = build_world()
    client.force_login(world.users["commune_officer"])
    for name in ("khac", "..", "tiep-nhan%2F..%2F"):
        assert client.get(f"/casework/ho-so/{world.cases['inside'].pk}/in/{name}/").status_code == 404
