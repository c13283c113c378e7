"""Fixtures shared by the whole suite: a small bilingual site."""

from io import StringIO

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from campaigns import factories as pages
from safereturn.base.factories import HotlineFactory, SafetySettingsFactory


@pytest.fixture(autouse=True)
def clear_caches():
    """Each test starts with empty caches: cached pages must never leak between tests."""
    for alias in ("default", "pages"):
        caches[alias].clear()
    yield
    for alias in ("default", "pages"):
        caches[alias].clear()


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """
    The seeded demo, built once per test module and returned as the
    command's output. It lives in a transaction that is rolled back when the
    module ends; each test's own changes roll back to a savepoint inside it,
    as usual, so tests that only read it share one seeding (a few seconds).
    Tests that use it must also ask for `db`.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        output = StringIO()
        call_command("seed_demo", force=True, stdout=output)
        yield output.getvalue()
        transaction.set_rollback(True)


def publish(page):
    page.save_revision().publish()
    return page


def translate(page, locale, **fields):
    """Create the translation of `page` in `locale` with the given fields, published."""
    translation = page.copy_for_translation(locale, copy_parents=True)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return publish(translation)


@pytest.fixture
def locales(db):
    vi = Locale.objects.get_or_create(language_code="vi")[0]
    en = Locale.objects.get_or_create(language_code="en")[0]
    return {"vi": vi, "en": en}


@pytest.fixture
def site_tree(locales):
    """
    Root → HomePage (vi, the default site's root) → campaign index → one campaign,
    each translated into English, and the safety settings with two hotlines.
    """
    root = Page.get_first_root_node()
    home = pages.HomePageFactory(parent=root, slug="trang-chu", locale=locales["vi"])
    site = Site.objects.get(is_default_site=True)
    old_root = site.root_page
    site.root_page = home
    site.save()
    if old_root.pk != home.pk and old_root.depth == 2:
        old_root.delete()

    index = pages.CampaignIndexPageFactory(parent=home)
    campaign = pages.CampaignPageFactory(
        parent=index,
        title="Phòng chống mua bán người qua mạng",
        slug="mua-ban-nguoi-qua-mang",
        intro="Đường dây nóng 111 tiếp nhận tin báo về mua bán người.",
        body=[("text", RichText("<p>Cảnh giác với lời mời việc nhẹ, lương cao ở nước ngoài.</p>"))],
    )
    home_en = translate(home, locales["en"], title="Safe Return", slug="home", intro="Prevent human trafficking.")
    index_en = translate(index, locales["en"], title="Campaigns", slug="campaigns")
    campaign_en = translate(
        campaign,
        locales["en"],
        title="Online trafficking: stay alert",
        slug="online-trafficking",
        intro="Hotline 111 takes reports of human trafficking.",
    )

    safety = SafetySettingsFactory()
    HotlineFactory(settings=safety, number="111", sort_order=0)
    HotlineFactory(settings=safety, number="113", label="Công an", label_en="Police", is_emergency=True, sort_order=1)

    return {
        "home": home,
        "index": index,
        "campaign": campaign,
        "home_en": home_en,
        "index_en": index_en,
        "campaign_en": campaign_en,
        "safety": safety,
    }
