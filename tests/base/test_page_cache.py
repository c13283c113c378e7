"""Whole-page caching for anonymous visitors, cleared the moment an editor publishes."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext


@pytest.mark.django_db
def test_second_anonymous_request_is_served_from_cache(client, site_tree):
    url = site_tree["campaign"].url
    first = client.get(url)
    with CaptureQueriesContext(connection) as queries:
        second = client.get(url)
    assert second.status_code == 200
    assert len(queries) == 0
    assert second.content == first.content
    assert "Content-Security-Policy" in second


@pytest.mark.django_db
def test_publishing_clears_the_cache(client, site_tree):
    campaign = site_tree["campaign"]
    client.get(campaign.url)
    campaign.title = "Tiêu đề mới của chiến dịch"
    campaign.save_revision().publish()
    assert "Tiêu đề mới của chiến dịch" in client.get(campaign.url).content.decode()


@pytest.mark.django_db
def test_changing_a_hotline_clears_the_cache(client, site_tree):
    client.get("/")
    line = site_tree["settings_vi"].hotlines.get(number="111")
    line.label = "Nhãn mới của đường dây nóng"
    line.save()
    assert "Nhãn mới của đường dây nóng" in client.get("/").content.decode()


@pytest.mark.django_db
def test_requests_with_a_session_are_never_served_from_cache(client, site_tree, admin_user):
    url = site_tree["campaign"].url
    client.get(url)  # cached for anonymous visitors
    client.force_login(admin_user)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    assert len(queries) > 0


@pytest.mark.django_db
def test_unpublished_page_disappears_at_once(client, site_tree):
    campaign = site_tree["campaign"]
    assert client.get(campaign.url).status_code == 200
    campaign.unpublish()
    assert client.get(campaign.url).status_code == 404


@pytest.mark.django_db
def test_a_remembered_route_follows_a_slug_change(client, site_tree):
    """Routes are remembered between requests, and forgotten when a page moves or is renamed."""
    campaign = site_tree["campaign"]
    old_url = campaign.url
    assert client.get(old_url + "?fresh=1").status_code == 200
    campaign.slug = "ten-moi"
    campaign.save_revision().publish()
    campaign.refresh_from_db()
    assert client.get(old_url + "?fresh=2").status_code == 404
    assert client.get(campaign.url + "?fresh=3").status_code == 200


@pytest.mark.django_db
def test_a_remembered_route_costs_one_page_query(client, site_tree):
    url = site_tree["campaign_en"].url
    client.get(url + "?first=1")
    with CaptureQueriesContext(connection) as queries:
        client.get(url + "?second=1")
    page_queries = [query for query in queries if '"wagtailcore_page"' in query["sql"]]
    assert len(page_queries) == 1
    assert not [query for query in queries if 'FROM "wagtailcore_site"' in query["sql"]]
