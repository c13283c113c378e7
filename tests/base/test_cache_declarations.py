"""
Caching by declaration: a response is stored only when its page or view
declared it shareable; restricted areas are one setting that the cache,
compression, headers, robots.txt and the sitemap all read.
"""

import pytest
from django.conf import settings
from django.test import override_settings
from django.utils.translation import gettext_lazy

from campaigns.models import CampaignPage
from safereturn.base.areas import is_restricted_path, restricted_prefixes
from safereturn.base.caching import PUBLIC_CONTENT_MODELS, current_generation, public_cache
from safereturn.base.models import Hotline, SafetySettings
from safereturn.organisation.factories import AgencyFactory
from tests.base.test_page_cache import cache_entry_count


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser(username="bien-tap", password="mat-khau-rat-dai-123")


def stored_pages():
    """How many whole pages the page cache holds (routes, sites and chrome are other entries)."""
    return cache_entry_count(public_cache(), containing=":page:")


@pytest.mark.django_db
def test_a_signed_in_users_response_is_never_stored(client, site_tree, editor):
    url = site_tree["campaign"].url
    client.force_login(editor)
    before = stored_pages()
    signed_in = client.get(url)
    assert signed_in.status_code == 200
    assert not getattr(signed_in, "may_share_publicly", False)
    assert stored_pages() == before
    client.logout()
    client.cookies.clear()
    anonymous = client.get(url)
    assert anonymous.content != signed_in.content
    assert 'class="wagtail-userbar' not in anonymous.content.decode()


@pytest.mark.django_db
def test_an_undeclared_view_is_never_stored(client, site_tree):
    client.get("/")  # the site, the chrome and a route are remembered; count from here
    before = stored_pages()
    for _ in range(2):
        assert client.get("/tim-kiem/").status_code == 200  # search: not declared shareable
    assert stored_pages() == before


@pytest.mark.django_db
def test_a_page_type_that_declines_to_share_is_never_stored(client, site_tree, monkeypatch):
    url = site_tree["campaign"].url
    client.get(site_tree["index"].url)
    monkeypatch.setattr(CampaignPage, "may_share", lambda self, request: False)
    before = stored_pages()
    client.get(url)
    client.get(url)
    assert stored_pages() == before
    assert client.get(url).status_code == 200
    monkeypatch.undo()
    client.get(url)
    assert stored_pages() > before


@pytest.mark.django_db
def test_sitemap_and_robots_are_declared_shareable(client, site_tree):
    for url in ("/sitemap.xml", "/robots.txt"):
        assert getattr(client.get(url), "may_share_publicly", False), url


@pytest.mark.django_db
def test_a_restricted_prefix_added_to_the_setting_is_at_once_uncached_no_store_and_unlisted(client, site_tree):
    index, campaign = site_tree["index"], site_tree["campaign"]
    assert client.get(campaign.url)["Cache-Control"] == "no-cache"  # public and cached so far
    assert campaign.full_url in client.get("/sitemap.xml").content.decode()

    with override_settings(RESTRICTED_AREAS=[*settings.RESTRICTED_AREAS, index.url]):
        before = stored_pages()
        response = client.get(campaign.url, HTTP_ACCEPT_ENCODING="gzip")
        assert response.status_code == 200
        assert "no-store" in response["Cache-Control"]
        assert response["X-Robots-Tag"] == "noindex, nofollow"
        assert not response.has_header("Content-Encoding")
        client.get(campaign.url)
        assert stored_pages() == before
        sitemap = client.get("/sitemap.xml").content.decode()
        assert campaign.full_url not in sitemap and index.full_url not in sitemap
        assert site_tree["campaign_en"].full_url in sitemap  # the English section is another address
        assert f"Disallow: {index.url}" in client.get("/robots.txt").content.decode()

    # And back, at once, when the line is removed.
    assert "no-store" not in client.get(campaign.url)["Cache-Control"]


@pytest.mark.django_db
def test_a_translated_area_covers_every_language(client, site_tree):
    area = gettext_lazy("campaigns/")  # not in the catalogue: the same in both languages
    with override_settings(RESTRICTED_AREAS=[*settings.RESTRICTED_AREAS, area]):
        assert "/campaigns/" in restricted_prefixes()
        assert "/en/campaigns/" in restricted_prefixes()
        response = client.get(site_tree["campaign_en"].url)
        assert site_tree["campaign_en"].url.startswith("/en/campaigns/")
        assert "no-store" in response["Cache-Control"]


def test_the_built_in_areas_cover_wagtails_forms_in_every_language():
    assert is_restricted_path("/admin/pages/")
    assert is_restricted_path("/_util/authenticate_with_password/1/2/")
    assert is_restricted_path("/en/_util/login/")
    assert is_restricted_path("/documents/authenticate_with_password/3/")
    assert is_restricted_path("/casework/")
    assert not is_restricted_path("/")
    assert not is_restricted_path("/en/")
    assert not is_restricted_path("/documents/1/to-roi.pdf")


@pytest.mark.django_db
def test_publishing_a_safety_settings_change_refreshes_every_cached_page(
    client, site_tree, django_capture_on_commit_callbacks
):
    urls = ["/", site_tree["index"].url, site_tree["campaign"].url]
    english = ["/en/", site_tree["index_en"].url, site_tree["campaign_en"].url]
    for url in urls + english:
        client.get(url)
    safety = SafetySettings.objects.get(pk=site_tree["safety"].pk)
    safety.banner_text = "Biểu ngữ an toàn đã được sửa."
    safety.banner_text_en = "The safety banner was changed."
    lines = list(safety.hotlines.all())
    next(line for line in lines if line.number == "111").number = "1800 1567"
    safety.hotlines = lines  # the form's way: the draft carries its lines (modelcluster)
    with django_capture_on_commit_callbacks(execute=True):
        revision = safety.save_revision()  # a draft: nothing public changes
    for url in urls + english:
        content = client.get(url).content.decode()
        assert "đã được sửa" not in content and "was changed" not in content and "1800 1567" not in content, url

    with django_capture_on_commit_callbacks(execute=True):
        revision.publish()
    for url in urls:
        content = client.get(url).content.decode()
        assert "Biểu ngữ an toàn đã được sửa." in content and 'href="tel:18001567"' in content, url
    for url in english:
        content = client.get(url).content.decode()
        assert "The safety banner was changed." in content and 'href="tel:18001567"' in content, url


@pytest.mark.django_db
def test_only_declared_models_refresh_public_pages(site_tree, django_capture_on_commit_callbacks):
    assert {SafetySettings, Hotline} <= PUBLIC_CONTENT_MODELS
    generation = current_generation()
    with django_capture_on_commit_callbacks(execute=True):
        AgencyFactory()  # shows on no public page
    assert current_generation() == generation
    with django_capture_on_commit_callbacks(execute=True):
        site_tree["safety"].hotlines.first().save()
    assert current_generation() != generation
