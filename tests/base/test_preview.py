"""
Previews: Wagtail renders them as fake requests for the page's public
address, through the whole middleware chain. The admin must be able to frame
them; the page cache must never answer or keep one.
"""

import pytest
from django.test import RequestFactory

from safereturn.base.caching import public_cache
from tests.base.test_page_cache import cache_entry_count


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser(username="bien-tap", password="mat-khau-rat-dai-123")


def preview(page, user=None):
    original = None
    if user is not None:
        original = RequestFactory().get(f"/admin/pages/{page.pk}/edit/preview/")
        original.user = user
    return page.make_preview_request(original, "")


@pytest.mark.django_db
def test_only_the_admins_own_origin_may_frame_a_preview(site_tree, editor):
    response = preview(site_tree["campaign"], editor)
    assert response.status_code == 200
    assert "frame-ancestors 'self'" in response["Content-Security-Policy"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]  # the public page's own policy otherwise
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_public_pages_still_refuse_every_frame(client, site_tree):
    response = client.get(site_tree["campaign"].url)
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
def test_a_preview_is_never_answered_from_nor_stored_in_the_page_cache(client, site_tree):
    campaign = site_tree["campaign"]
    client.get(campaign.url)  # the live page is cached now
    pages_before = cache_entry_count(public_cache(), ":page:")
    campaign.title = "Bản nháp chưa xuất bản"
    # No original request: no session cookie either, exactly what an anonymous visitor sends.
    response = preview(campaign)
    assert "Bản nháp chưa xuất bản" in response.content.decode()
    pages_after = cache_entry_count(public_cache(), ":page:")
    assert pages_after == pages_before
    assert "Bản nháp chưa xuất bản" not in client.get(campaign.url).content.decode()
