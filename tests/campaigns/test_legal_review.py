"""
The "checked against the law" date: editors set it on pages that state legal
facts, the page shows it, and the admin's Reports menu lists the pages whose
check is older than LEGAL_REVIEW_MAX_AGE_DAYS.
"""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from campaigns import factories, models
from safereturn.base.admin_names import EDITORS_GROUP
from safereturn.base.legal_review import legal_review_models, pages_due_for_review, review_cutoff

pytestmark = pytest.mark.django_db


@pytest.fixture
def today():
    """The local date as the test starts: a constant taken at collection goes stale when a run crosses midnight."""
    return timezone.localdate()


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("editor", password="x", full_name="Biên Tập Viên")
    user.groups.add(Group.objects.get(name=EDITORS_GROUP))
    return user


@pytest.fixture
def checked_pages(site_tree, today):
    """The campaign checked long ago, its English translation recently, and a content page never."""
    campaign, campaign_en = site_tree["campaign"], site_tree["campaign_en"]
    campaign.legal_checked_on = today - datetime.timedelta(days=400)
    campaign.save_revision().publish()
    campaign_en.legal_checked_on = today - datetime.timedelta(days=10)
    campaign_en.save_revision().publish()
    never = factories.ContentPageFactory(parent=site_tree["home"], title="Giới thiệu", slug="gioi-thieu")
    return {"old": campaign, "recent": campaign_en, "never": never}


def report(client, **params):
    response = client.get(reverse("legal_review_report_results"), params)
    assert response.status_code == 200
    return response.content.decode()


def test_every_page_type_that_states_legal_facts_carries_the_date():
    # Other apps' page types (courses, say) may take part too.
    assert set(legal_review_models()) >= {
        models.HomePage,
        models.CampaignPage,
        models.ArticlePage,
        models.ResourcesPage,
        models.SelfCheckPage,
        models.InternetSafetyPage,
        models.ContentPage,
    }
    assert not {models.CampaignIndexPage, models.ArticleIndexPage, models.AccessibilityStatementPage} & set(
        legal_review_models()
    )


def test_the_page_shows_the_date_it_was_checked(client, site_tree):
    campaign = site_tree["campaign"]
    assert "Đã đối chiếu với quy định pháp luật" not in client.get(campaign.url).content.decode()
    campaign.legal_checked_on = datetime.date(2026, 3, 9)
    campaign.save_revision().publish()
    content = client.get(campaign.url + "?checked=1").content.decode()
    assert "Đã đối chiếu với quy định pháp luật: Ngày 09 tháng 3 năm 2026" in content


def test_a_check_cannot_be_dated_in_the_future(site_tree, today):
    campaign = site_tree["campaign"]
    campaign.legal_checked_on = today + datetime.timedelta(days=1)
    with pytest.raises(ValidationError) as error:
        campaign.full_clean()
    assert "legal_checked_on" in error.value.message_dict


def test_pages_due_for_review_follow_the_setting(settings, checked_pages, today):
    settings.LEGAL_REVIEW_MAX_AGE_DAYS = 365
    assert review_cutoff() == today - datetime.timedelta(days=365)
    assert {page.pk for page in pages_due_for_review()} == {checked_pages["old"].pk}
    assert {page.pk for page in pages_due_for_review(include_never_checked=True)} >= {
        checked_pages["old"].pk,
        checked_pages["never"].pk,
    }
    settings.LEGAL_REVIEW_MAX_AGE_DAYS = 5
    assert {page.pk for page in pages_due_for_review()} == {checked_pages["old"].pk, checked_pages["recent"].pk}


def test_the_review_period_defaults_to_a_year(settings):
    del settings.LEGAL_REVIEW_MAX_AGE_DAYS
    assert review_cutoff(datetime.date(2026, 11, 30)) == datetime.date(2025, 11, 30)


def test_editors_find_the_report_under_reports(client, settings, editor, checked_pages):
    settings.LEGAL_REVIEW_MAX_AGE_DAYS = 365
    client.force_login(editor)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("legal_review_report") in dashboard  # in the Reports submenu

    page = client.get(reverse("legal_review_report"))
    assert page.status_code == 200
    assert "Quá hạn đối chiếu pháp luật" in page.content.decode()

    listing = report(client)
    assert checked_pages["old"].title in listing
    assert checked_pages["recent"].title not in listing
    assert checked_pages["never"].title not in listing

    listing = report(client, include_never_checked="true")
    assert checked_pages["never"].title in listing

    settings.LEGAL_REVIEW_MAX_AGE_DAYS = 5
    assert checked_pages["recent"].title in report(client)


def test_the_report_exports_the_dates(client, settings, editor, checked_pages, today):
    settings.LEGAL_REVIEW_MAX_AGE_DAYS = 365
    client.force_login(editor)
    response = client.get(reverse("legal_review_report"), {"export": "csv"})
    csv = b"".join(response.streaming_content).decode()
    assert checked_pages["old"].title in csv
    assert (today - datetime.timedelta(days=400)).isoformat() in csv


def test_the_report_is_for_editors_only(client, django_user_model, site_tree):
    nobody = django_user_model.objects.create_user("nobody", password="x", full_name="Người Lạ")
    client.force_login(nobody)
    response = client.get(reverse("legal_review_report"))
    assert response.status_code in (302, 403)
