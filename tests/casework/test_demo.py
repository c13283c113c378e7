"""Casework's demo: the province's bodies, one account per role (in README), about 60 fictional cases."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from casework.demo.seeder import USERS
from casework.models import Case
from casework.permissions import ROLES, visible_cases
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


def test_the_demo_pages_answer_each_role(demo_site, db, client):
    for spec in USERS:
        client.force_login(get_user_model().objects.get(username=spec["username"]))
        response = client.get(reverse("casework:case_list"), follow=True)
        assert response.status_code == 200, spec["username"]
