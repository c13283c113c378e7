"""manage.py seed_demo as a command: refused without DEBUG, idempotent, and working without the places loader."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.models import Page

from campaigns.models import HomePage
from safereturn.base.demo import people as people_demo
from safereturn.organisation.models import AdministrativeUnit, Agency

from .test_seed_demo import seed, snapshot

pytestmark = pytest.mark.django_db


def test_refuses_to_run_without_debug_unless_allowed(db, settings, monkeypatch):
    settings.DEBUG = False
    monkeypatch.delenv("SAFERETURN_ALLOW_DEMO", raising=False)
    with pytest.raises(CommandError, match="well-known passwords"):
        call_command("seed_demo", stdout=StringIO())
    assert not HomePage.objects.exists()
    assert not get_user_model().objects.filter(username="admin").exists()


def test_a_second_run_changes_nothing(db, settings, monkeypatch):
    # The first run is allowed by the environment variable, as on a throwaway review server.
    settings.DEBUG = False
    monkeypatch.setenv("SAFERETURN_ALLOW_DEMO", "1")
    call_command("seed_demo", stdout=StringIO())
    before = snapshot()
    revisions = dict(Page.objects.values_list("pk", "latest_revision_id"))
    admin = get_user_model().objects.get(username="admin")
    admin.set_password("changed-by-a-developer")
    admin.save()

    output = seed()

    assert snapshot() == before
    assert dict(Page.objects.values_list("pk", "latest_revision_id")) == revisions
    admin.refresh_from_db()
    assert admin.check_password("changed-by-a-developer")
    assert "pages: 0 new" in output


def test_works_without_the_administrative_units_loader(db, monkeypatch):
    monkeypatch.setattr(people_demo, "get_commands", dict)
    output = seed()
    assert "Warning" in output
    province = AdministrativeUnit.objects.get(level=AdministrativeUnit.Level.PROVINCE, code="24")
    assert province.name == "Bắc Ninh"
    assert Agency.objects.filter(administrative_unit=province).count() == 4
    assert not Agency.objects.filter(agency_type=Agency.Type.COMMUNE_COMMITTEE).exists()
