"""
A small province for casework's tests: two provinces (ours, "P", and
another, "Q"), their communes and agencies, one person per casework role
with a current post, and a case (and a report from the public) inside and
one outside every jurisdiction.

    world = build_world()
    world.users["commune_officer"], world.cases["inside"], world.cases["outside"]

Built by plain ORM calls (no fixture magic), so each test can make as many
as it needs.
"""

import datetime
from dataclasses import dataclass, field

from django.core.files.base import ContentFile
from django.utils import timezone

from casework import public_reports
from casework.models import (
    Case,
    CaseAssignment,
    CaseDocument,
    CaseExport,
    CaseParticipant,
    CaseTask,
    Consent,
    IntakeChannel,
    LegalBasis,
    ParticipantRole,
    Person,
    Referral,
    SharingPurpose,
)
from safereturn.accounts.factories import UserFactory
from safereturn.accounts.models import Membership
from safereturn.organisation.models import AdministrativeUnit, Agency

DAY = datetime.date(2025, 8, 1)
PASSWORD = "correct horse battery staple"  # UserFactory's

# Short names of the roles in the tests, and the role codes they hold.
ROLE_CODES = {
    "commune_officer": "casework_commune_officer",
    "provincial_officer": "casework_provincial_officer",
    "police_verifier": "casework_police_verifier",
    "shelter_staff": "casework_shelter_staff",
    "coordinator": "casework_coordinator",
    "auditor": "casework_auditor",
    "administrator": "casework_administrator",
}


@dataclass
class World:
    units: dict = field(default_factory=dict)
    agencies: dict = field(default_factory=dict)
    users: dict = field(default_factory=dict)
    posts: dict = field(default_factory=dict)
    cases: dict = field(default_factory=dict)
    documents: dict = field(default_factory=dict)
    reports: dict = field(default_factory=dict)
    codes: dict = field(default_factory=dict)
    tasks: dict = field(default_factory=dict)
    consents: dict = field(default_factory=dict)
    referrals: dict = field(default_factory=dict)
    exports: dict = field(default_factory=dict)


def unit(code, level, name, parent=None):
    full = {"province": f"Tỉnh {name}", "commune": f"Xã {name}"}[level]
    return AdministrativeUnit.objects.create(
        code=code, level=level, name=name, full_name=full, name_en=name, full_name_en=full, parent=parent
    )


def agency(name, agency_type, place, **extra):
    return Agency.objects.create(name=name, agency_type=agency_type, administrative_unit=place, **extra)


def post(user, role, agency_, units, valid_from=datetime.date(2025, 1, 1)):
    membership = Membership.objects.create(
        user=user, agency=agency_, role=role, position="Cán bộ", is_primary=True, valid_from=valid_from
    )
    membership.administrative_units.set(units)
    user.sync_profile()
    return membership


def new_case(commune, receiving, full_name, **extra):
    person = Person.objects.create(full_name=full_name, **extra.pop("person", {}))
    return Case.objects.create(
        person=person,
        commune=commune,
        receiving_agency=receiving,
        received_on=extra.pop("received_on", DAY),
        intake_channel=extra.pop("intake_channel", IntakeChannel.SELF_REPORT),
        **extra,
    )


def build_world(with_documents=False):
    world = World()
    u = world.units
    u["P"] = unit("91", "province", "Mẫu Tây")
    u["P1"] = unit("91001", "commune", "Mẫu Một", u["P"])
    u["P2"] = unit("91002", "commune", "Mẫu Hai", u["P"])
    u["Q"] = unit("92", "province", "Mẫu Đông")
    u["Q1"] = unit("92001", "commune", "Mẫu Ba", u["Q"])
    a = world.agencies
    a["commune_P1"] = agency("UBND xã Mẫu Một", Agency.Type.COMMUNE_COMMITTEE, u["P1"])
    a["commune_P2"] = agency("UBND xã Mẫu Hai", Agency.Type.COMMUNE_COMMITTEE, u["P2"])
    a["health_P"] = agency("Sở Y tế Mẫu Tây", Agency.Type.PROVINCIAL_HEALTH, u["P"])
    a["police_P"] = agency("Công an Mẫu Tây", Agency.Type.POLICE, u["P"])
    a["facility_P"] = agency("Cơ sở trợ giúp xã hội Mẫu Tây", Agency.Type.SOCIAL_ASSISTANCE_FACILITY, u["P"])
    a["commune_Q1"] = agency("UBND xã Mẫu Ba", Agency.Type.COMMUNE_COMMITTEE, u["Q1"])
    a["health_Q"] = agency("Sở Y tế Mẫu Đông", Agency.Type.PROVINCIAL_HEALTH, u["Q"])

    places = {
        "commune_officer": ("commune_P1", ["P1"]),
        "provincial_officer": ("health_P", ["P"]),
        "police_verifier": ("police_P", ["P"]),
        "shelter_staff": ("facility_P", ["P"]),
        "coordinator": ("health_P", ["P"]),
        "auditor": ("health_P", ["P"]),
        "administrator": ("health_P", ["P"]),
    }
    for name, code in ROLE_CODES.items():
        agency_key, unit_keys = places[name]
        user = UserFactory(username=name.replace("_", "."))
        world.users[name] = user
        world.posts[name] = post(user, code, a[agency_key], [u[key] for key in unit_keys])
    world.users["other_commune_officer"] = UserFactory(username="other.commune.officer")
    world.posts["other_commune_officer"] = post(
        world.users["other_commune_officer"], "casework_commune_officer", a["commune_P2"], [u["P2"]]
    )
    world.users["superuser"] = UserFactory(username="root", is_superuser=True, is_staff=True)
    world.users["no_role"] = UserFactory(username="official")
    post(world.users["no_role"], "official", a["commune_P1"], [u["P1"]])
    # Posts in the other province: what an administrator of P may not touch.
    world.users["officer_Q"] = UserFactory(username="officer.q")
    world.posts["officer_Q"] = post(world.users["officer_Q"], "casework_commune_officer", a["commune_Q1"], [u["Q1"]])
    world.users["colleague"] = UserFactory(username="colleague")
    world.posts["colleague"] = post(world.users["colleague"], "casework_commune_officer", a["commune_P2"], [u["P2"]])

    world.cases["inside"] = new_case(u["P1"], a["commune_P1"], "Nguyễn Thị Mẫu Trong")
    world.cases["outside"] = new_case(u["Q1"], a["commune_Q1"], "Trần Thị Mẫu Ngoài")
    for key, case in world.cases.items():
        link_person = Person.objects.create(full_name=f"Con Mẫu {key}")
        CaseParticipant.objects.create(case=case, person=link_person, role=ParticipantRole.ACCOMPANYING_MINOR)
        if with_documents:
            document = CaseDocument(case=case, title=f"Quyết định {key}", content_type="application/pdf", size=9)
            document.file.save("x.pdf", ContentFile(b"%PDF-1.4\n"), save=False)
            document.save()
            world.documents[key] = document
    # A task on each case, for the commune officer of its commune.
    for key, officer in (("inside", "commune_officer"), ("outside", "officer_Q")):
        world.tasks[key] = CaseTask.objects.create(
            case=world.cases[key], text=f"Gọi lại Mẫu {key}", due_on=DAY, assignee=world.users[officer]
        )
    # A consent on each case: to the province's shelter, for accommodation, identity and health only.
    for key, shelter in (("inside", "facility_P"), ("outside", "health_Q")):
        world.consents[key] = Consent.objects.create(
            case=world.cases[key],
            purpose=SharingPurpose.SHELTER,
            recipient=a[shelter],
            field_groups=["identity", "health"],
            given_on=DAY,
            expires_on=DAY + datetime.timedelta(days=364),
        )
    # A referral of each case waiting for an answer: the inside one from P1's commune to P's shelter, the
    # outside one from Q1's commune to Q's health department (on a police request, so that no consent's
    # dates matter).
    for key, sender, receiver in (("inside", "commune_P1", "facility_P"), ("outside", "commune_Q1", "health_Q")):
        world.referrals[key] = Referral.objects.create(
            case=world.cases[key],
            from_agency=a[sender],
            to_agency=a[receiver],
            purpose=SharingPurpose.SHELTER,
            basis=LegalBasis.CRIMINAL_PROCEDURE,
            legal_reference="Công văn 1/CSHS",
            field_groups=["identity"],
        )
    # An export the coordinator asked for (not built): the same one whatever the case.
    export = CaseExport.objects.create(
        requested_by=world.users["coordinator"],
        expires_at=timezone.now() + datetime.timedelta(hours=24),
        purpose="Báo cáo quý",
    )
    world.exports = {"inside": export, "outside": export}
    # A report from the public naming a commune inside P, and one naming a commune of Q.
    for key, province, commune in (("inside", "P", "Mẫu Một"), ("outside", "Q", "Mẫu Ba")):
        world.reports[key], world.codes[key] = public_reports.submit(
            public_reports.ReportInput(text=f"Tin báo Mẫu {key}", province_id=u[province].pk, commune_name=commune)
        )
    return world


def assign(case, user):
    return CaseAssignment.objects.create(case=case, user=user)
