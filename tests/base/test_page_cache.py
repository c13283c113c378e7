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
def test_publishing_replaces_cached_pages_once_committed(client, site_tree, django_capture_on_commit_callbacks):
    campaign = site_tree["campaign"]
    client.get(campaign.url)
    campaign.title = "Tiêu đề mới của chiến dịch"
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        campaign.save_revision().publish()
    # Until the change is committed, visitors still get the page as it was.
    assert "Tiêu đề mới của chiến dịch" not in client.get(campaign.url).content.decode()
    for callback in callbacks:
        callback()
    assert "Tiêu đề mới của chiến dịch" in client.get(campaign.url).content.decode()


@pytest.mark.django_db
def test_changing_a_hotline_replaces_cached_pages(client, site_tree, django_capture_on_commit_callbacks):
    client.get("/")
    line = site_tree["safety"].hotlines.get(number="111")
    line.label = "Nhãn mới của đường dây nóng"
    with django_capture_on_commit_callbacks(execute=True):
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
def test_unpublished_page_disappears_at_once(client, site_tree, django_capture_on_commit_callbacks):
    campaign = site_tree["campaign"]
    assert client.get(campaign.url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        campaign.unpublish()
    assert client.get(campaign.url).status_code == 404


@pytest.mark.django_db
def test_a_remembered_route_follows_a_slug_change(client, site_tree, django_capture_on_commit_callbacks):
    """Routes are remembered between requests, and forgotten when a page moves or is renamed."""
    campaign = site_tree["campaign"]
    old_url = campaign.url
    assert client.get(old_url + "?fresh=1").status_code == 200
    campaign.slug = "ten-moi"
    with django_capture_on_commit_callbacks(execute=True):
        campaign.save_revision().publish()
    campaign.refresh_from_db()
    # The old address now redirects (Wagtail creates the redirect) rather than serving a remembered route.
    response = client.get(old_url + "?fresh=2")
    assert response.status_code == 301
    assert response["Location"] == campaign.url
    assert client.get(campaign.url + "?fresh=3").status_code == 200


@pytest.mark.django_db
def test_a_remembered_route_costs_one_page_query(client, site_tree):
    url = site_tree["campaign_en"].url
    client.get(url + "?first=1")
    with CaptureQueriesContext(connection) as queries:
        client.get(url + "?second=1")
    page_queries = [query for query in queries if 'FROM "campaigns_campaignpage"' in query["sql"]]
    assert len(page_queries) == 1
    assert not [query for query in queries if 'FROM "wagtailcore_site"' in query["sql"]]


@pytest.mark.django_db
def test_english_and_vietnamese_pages_never_share_a_cached_copy(client, site_tree):
    """The cache key's language comes from the URL, not from the previous request."""
    vi, en = site_tree["campaign"].url, site_tree["campaign_en"].url
    client.get(vi)
    client.get(en)
    assert 'lang="vi"' in client.get(vi).content.decode()
    assert 'lang="en"' in client.get(en).content.decode()
    assert 'lang="vi"' in client.get(vi, HTTP_ACCEPT_LANGUAGE="en").content.decode()


@pytest.mark.django_db
def test_cached_pages_tell_browsers_to_check_back_and_vary_only_on_what_matters(client, site_tree):
    url = site_tree["campaign"].url
    for response in (client.get(url), client.get(url)):
        assert response["Cache-Control"] == "no-cache"
        assert "Accept-Language" not in response.get("Vary", "")
        assert "Cookie" not in response.get("Vary", "")  # anonymous pages never touch the session
        assert response.has_header("ETag")
    etag = client.get(url)["ETag"]
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304


@pytest.mark.django_db
def test_a_private_page_is_never_cached_nor_listed(client, site_tree, django_capture_on_commit_callbacks):
    from wagtail.models import PageViewRestriction

    campaign = site_tree["campaign"]
    client.get(campaign.url)  # cached while public
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=campaign, restriction_type=PageViewRestriction.PASSWORD, password="mat-khau-rieng"
        )
    response = client.get(campaign.url)
    assert response.status_code == 200
    assert campaign.title not in response.content.decode()  # the password form, not the page
    assert 'name="password"' in response.content.decode()
    assert campaign.title not in client.get(site_tree["index"].url).content.decode()
    assert campaign.full_url not in client.get("/sitemap.xml").content.decode()


def cache_entry_count(cache, containing=""):
    """How many entries a cache holds (whose key contains `containing`), in memory or in Redis (CI)."""
    if hasattr(cache, "_cache") and isinstance(cache._cache, dict):
        return sum(1 for key in cache._cache if containing in key)
    client = cache._cache.get_client()
    return sum(1 for _key in client.scan_iter(match=f"*{cache.key_prefix}*{containing}*"))


@pytest.mark.django_db
def test_junk_requests_cannot_fill_the_cache(client, site_tree):
    """
    An attacker varies everything a cache key might be made of: Accept-Encoding
    (invented codings, q-values, spacing, case), query strings that Django
    parses to nothing ("?", "?&&"), unused parameters, the host's case and
    percent-encoded paths. 240 such requests (every combination of the lists
    below, ten times over, each with its own numbers) add no page to the cache.
    """
    from safereturn.base.caching import public_cache

    url = site_tree["campaign"].url
    client.get(url)
    client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    before = cache_entry_count(public_cache())
    encodings = ["gzip, deflate, br", "br", "GZIP", "x-junk-%d", "gzip;q=0.%d", "identity, x-%d", "deflate;q=%d", ""]
    queries = ["?", "?&&", "?&" * 3, "?utm_source=%d", "?x=%d&y", "?%%%d", "?page=%d", "?&=&"]
    hosts = ["testserver", "TESTSERVER", "TestServer"]
    encoded_path = url.replace("m", "%6D", 1)
    statuses = set()
    for number in range(240):  # 240: a multiple of 24, the lists' combined period (8, 8, 3 and 2 long)
        encoding = encodings[number % len(encodings)].replace("%d", str(number))
        query = queries[number % len(queries)].replace("%d", str(number))
        path = (encoded_path if number % 2 else url) + query
        response = client.get(path, HTTP_ACCEPT_ENCODING=encoding, HTTP_HOST=hosts[number % len(hosts)])
        statuses.add(response.status_code)
    assert statuses == {200}
    assert cache_entry_count(public_cache()) == before


@pytest.mark.django_db
def test_the_same_page_is_stored_once_per_encoding_bucket(client, site_tree):
    from safereturn.base.caching import public_cache

    url = site_tree["campaign"].url
    client.get(url)  # the site, the route and the chrome are remembered too
    start = cache_entry_count(public_cache())
    client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    assert cache_entry_count(public_cache()) == start + 1
    gzipped = client.get(url, HTTP_ACCEPT_ENCODING="deflate, gzip;q=0.5")
    assert gzipped["Content-Encoding"] == "gzip"
    plain = client.get(url, HTTP_ACCEPT_ENCODING="br")
    assert not plain.has_header("Content-Encoding")
    assert cache_entry_count(public_cache()) == start + 1
