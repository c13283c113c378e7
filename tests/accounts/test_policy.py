"""One function decides who must use a second factor, from a registry apps fill; the demo's people and README."""

from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from safereturn.accounts import policy
from safereturn.accounts.factories import UserFactory
from safereturn.accounts.models import Membership
from safereturn.base.demo.reference import USERS
from safereturn.organisation.factories import AgencyFactory

pytestmark = pytest.mark.django_db
README = Path(__file__).resolve().parents[2] / "README.md"


@pytest.fixture
def sensitive_role():
    role = policy.register_role(
        "test_caseworker", "Test caseworker", requires_second_factor=True, idle_timeout="restricted"
    )
    yield role
    policy._ROLES.pop("test_caseworker")


def test_a_role_marked_so_requires_a_second_factor_while_its_post_is_current(sensitive_role, settings):
    from datetime import timedelta

    from django.utils import timezone

    user = UserFactory()
    assert not policy.requires_second_factor(user)
    membership = Membership.objects.create(user=user, agency=AgencyFactory(), role="test_caseworker")
    user = type(user).objects.get(pk=user.pk)
    assert policy.requires_second_factor(user)
    assert policy.idle_timeout(user) == settings.SESSION_IDLE_TIMEOUTS["restricted"]
    membership.valid_until = timezone.localdate() - timedelta(days=1)
    membership.save()
    user = type(user).objects.get(pk=user.pk)
    assert not policy.requires_second_factor(user)


def test_an_area_an_app_registers_counts_too():
    policy.register_area(
        "test_area",
        reaches=lambda user: user.username == "reacher",
        idle_timeout="restricted",
        requires_second_factor=True,
    )
    try:
        assert policy.requires_second_factor(UserFactory(username="reacher"))
        assert not policy.requires_second_factor(UserFactory(username="someone"))
    finally:
        policy._AREAS.pop("test_area")


def test_registering_a_different_role_under_a_used_code_is_an_error():
    with pytest.raises(ImproperlyConfigured):
        policy.register_role("official", "Someone else", requires_second_factor=True)


def test_superusers_and_editors_must_use_a_second_factor(editor):
    assert policy.requires_second_factor(UserFactory(is_superuser=True))
    assert policy.requires_second_factor(editor)
    assert not policy.requires_second_factor(UserFactory())


def test_readme_lists_every_demo_account_with_its_password_and_key():
    text = README.read_text(encoding="utf-8")
    for user in USERS:
        row = next(line for line in text.splitlines() if line.startswith(f"| `{user['username']}` |"))
        assert f"`{user['password']}`" in row
        if user["totp"]:
            assert f"`{user['totp']}`" in row


def test_the_demo_gives_its_people_posts_and_admin_users_an_app(demo_site, db):
    from django.contrib.auth import get_user_model
    from django_otp.plugins.otp_totp.models import TOTPDevice

    for spec in USERS:
        user = get_user_model().objects.get(username=spec["username"])
        assert user.memberships.current().exists(), spec["username"]
        assert user.agency is not None
        assert TOTPDevice.objects.filter(user=user, confirmed=True).exists() == bool(spec["totp"])
        assert policy.requires_second_factor(user) == bool(spec["totp"]), spec["username"]
