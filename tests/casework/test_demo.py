"""Casework's demo: the province's bodies, one account per role (in README), about 60 fictional cases."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from casework.demo.seeder import USERS
from casework.models import Case, Referral
from casework.permissions import ROLES, readable_groups, visible_cases
from safereturn.accounts import policy
from safereturn.organisation.models import Agency

README = Path(__file__).resolve().parents[2] / "README.md"


def test_readme_lists_every_casework_demo_account():
    text = README.read_text(encoding="utf-8")
    for spec in USERS:
        row = next(line for line in text.splitlines() if line.startswith(f"| `{spec['username']}` |"))
        assert f"`{spec['password']}`" in row and f"`{spec['totp']}`" in row
    assert {spec["role"] for spec in USERS} == set(ROLES)


def test_the_demo_has_a_person_per_role_and_sixty_fictional_cases(demo_site, db):
    users = {spec["username"]: get_user_model().objects.get(username=spec["username"]) for spec in USERS}
    for spec in USERS:
        user = users[spec["username"]]
        assert user.memberships.current().filter(role=spec["role"]).exists()
        assert TOTPDevice.objects.filter(user=user, confirmed=True).exists()
        assert policy.requires_second_factor(user) and not user.is_superuser
    cases = list(Case.objects.select_related("person"))
    assert 55 <= len(cases) <= 65
    assert len({case.commune_id for case in cases}) == 6
    assert all(" Mẫu " in case.person.full_name for case in cases)
    assert len({case.stage for case in cases}) >= 8 and len({case.intake_channel for case in cases}) == 4
    facility = Agency.objects.get(
        agency_type=Agency.Type.SOCIAL_ASSISTANCE_FACILITY, name__startswith="Cơ sở trợ giúp"
    )
    assert facility.name == "Cơ sở trợ giúp xã hội tỉnh Bắc Ninh"
    # Each commune officer sees only their commune's cases; the coordinator all; the auditor none.
    first, second = visible_cases(users["hoso.xa"]), visible_cases(users["hoso.xa2"])
    assert first.exists() and second.exists() and not first.filter(pk__in=second.values("pk")).exists()
    assert visible_cases(users["hoso.dieuphoi"]).count() == len(cases)
    assert not visible_cases(users["hoso.kiemtoan"]).exists()
    assert 0 < visible_cases(users["hoso.congan"]).count() < len(cases)


def test_the_demo_cases_went_through_the_workflow_and_some_are_overdue(demo_site, db):
    from django.utils import timezone

    from casework import workflow
    from casework.models import Stage

    cases = list(Case.objects.prefetch_related("steps"))
    assert {case.stage for case in cases} == set(Stage) - {Stage.REPORTED}
    for case in cases:
        steps = sorted(case.steps.all(), key=lambda step: (step.made_on, step.recorded_at))
        # Each history is a walk the workflow allows, ending at the case's stage, never dated in the future.
        stage = Stage.RECEIVED_BY_COMMUNE
        for step in steps:
            assert step.from_stage == stage and stage in workflow.BY_CODE[step.transition].sources
            assert case.received_on <= step.made_on <= timezone.localdate()
            stage = step.to_stage
        assert stage == case.stage
        assert case.due_on == workflow.current_deadline(case).due_on
    overdue = [case for case in cases if case.due_on and case.due_on < timezone.localdate()]
    assert overdue and {case.stage for case in overdue} <= {Stage.INITIAL_VERIFICATION, Stage.SHELTERED}
    assert any(step.transition == "extend_stay" for case in cases for step in case.steps.all())
    # Support within what Art. 37 opens to each person, and protection on some, one refused with a commitment.
    from casework import entitlements
    from casework.models import ProtectionMeasure, SupportRecord

    for support in SupportRecord.objects.select_related("case"):
        assert support.entitlement in entitlements.allowed(support.case)
    assert SupportRecord.objects.count() >= 20
    assert any(measure.commitment for measure in ProtectionMeasure.objects.filter(status="refused"))


def test_the_demo_has_one_caseload_handed_over(demo_site, db):
    from casework.models import CaseAssignment

    leaving = get_user_model().objects.get(username="hoso.xa.cu")
    assert not leaving.is_active and not leaving.has_usable_password()
    assert not leaving.memberships.current().exists()
    ended = CaseAssignment.objects.filter(user=leaving)
    assert ended.count() == 3 and not ended.filter(ended_at__isnull=True).exists()
    for assignment in ended:
        assert CaseAssignment.objects.active().filter(case=assignment.case, user__username="hoso.xa").exists()


def test_the_demo_has_consents_in_force_one_expired_and_some_withdrawn(demo_site, db):
    from casework.models import Consent

    states = [consent.state() for consent in Consent.objects.all()]
    assert states.count(Consent.State.EXPIRED) == 1
    assert states.count(Consent.State.WITHDRAWN) >= 1
    assert states.count(Consent.State.IN_FORCE) > states.count(Consent.State.WITHDRAWN)
    # To the shelter, but for the consents the demo's referrals to the legal aid centre and the transfer rest on.
    assert all(
        consent.recipient.agency_type == Agency.Type.SOCIAL_ASSISTANCE_FACILITY or consent.referrals.exists()
        for consent in Consent.objects.all()
    )


def test_the_demo_has_referrals_in_every_state_and_a_transfer_waiting(demo_site, db):
    assert set(Referral.objects.values_list("state", flat=True)) == set(Referral.State.values)
    transfer = Referral.objects.get(kind=Referral.Kind.TRANSFER)
    assert transfer.state == Referral.State.PENDING
    lawyer = get_user_model().objects.get(username="hoso.trogiup")
    seen = list(visible_cases(lawyer))
    assert len(seen) == 1 and readable_groups(lawyer, seen[0]) == {"identity", "trafficking"}
    for referral in Referral.objects.all():
        steps = list(referral.events.values_list("step", flat=True))
        assert steps[0] == "send" and len(steps) == {"pending": 1, "ended": 3}.get(referral.state, 2)


def test_the_demo_has_one_ended_emergency_access_the_coordinator_sees(demo_site, db):
    from casework import emergency

    coordinator = get_user_model().objects.get(username="hoso.dieuphoi")
    assert emergency.overseen(coordinator).count() == 1 and emergency.open_count(coordinator) == 0


def test_the_demo_has_a_likely_duplicate_pair_for_the_coordinator(demo_site, db):
    from casework.duplicates import likely_duplicates

    coordinator = get_user_model().objects.get(username="hoso.dieuphoi")
    pairs = likely_duplicates(visible_cases(coordinator))
    assert len(pairs) == 1 and pairs[0].reasons == ("birth_and_name",)
    assert pairs[0].first.person.birth_date == pairs[0].second.person.birth_date


def test_the_demo_pages_answer_each_role(demo_site, db, client):
    for spec in USERS:
        client.force_login(get_user_model().objects.get(username=spec["username"]))
        response = client.get(reverse("casework:case_list"), follow=True)
        assert response.status_code == 200, spec["username"]


def test_the_demo_queue_has_five_reports_one_urgent_one_linked(demo_site, db):
    from casework import public_reports
    from casework.demo.seeder import REPORTS
    from casework.models import PublicReport, ReportStatus

    reports = list(PublicReport.objects.all())
    assert len(reports) == 5
    assert sum(report.urgent for report in reports) == 1
    linked = [report for report in reports if report.status == ReportStatus.LINKED]
    assert len(linked) == 1 and linked[0].case is not None
    assert all("dữ liệu demo" in report.text for report in reports)
    # Their published demo codes open them.
    assert all(public_reports.find(spec["code"]) is not None for spec in REPORTS)
    coordinator = get_user_model().objects.get(username="hoso.dieuphoi")
    from casework.permissions import visible_reports

    assert visible_reports(coordinator).count() == 5
