"""GET /health/ for the load balancer: 200 or 503, two words, never cached, nothing leaked."""

import logging
from unittest import mock

import pytest
from django.core.cache.backends.base import BaseCache
from django.core.cache.backends.locmem import LocMemCache
from django.db import OperationalError, connections
from django.test import Client, override_settings

HEALTH_URL = "/health/"
# What a failing backend says about itself: none of it may reach the response.
SECRET_DETAILS = ("db.internal", "10.0.0.5", "5432", "cache.internal", "6379", "Error", "Traceback")


class UnreachableCache(BaseCache):
    """A cache whose server does not answer, as redis-py reports it."""

    def __init__(self, location, params):
        super().__init__(params)

    def _fail(self, *args, **kwargs):
        raise ConnectionError("Error 111 connecting to cache.internal:6379. Connection refused.")

    get = set = add = delete = touch = incr = has_key = clear = get_many = set_many = delete_many = _fail


class ReadOnlyCache(LocMemCache):
    """A cache that still answers reads but refuses writes, like a Redis replica left read-only by a failover."""

    def set(self, *args, **kwargs):
        raise ConnectionError("READONLY You can't write against a read only replica (cache.internal:6379).")


def caches_with(alias, backend):
    caches = {
        name: {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": f"health-{name}"}
        for name in ("default", "pages", "renditions")
    }
    caches[alias] = {"BACKEND": f"{__name__}.{backend.__name__}", "LOCATION": f"health-broken-{alias}"}
    return override_settings(CACHES=caches)


def database_down():
    error = OperationalError('connection to server at "db.internal" (10.0.0.5), port 5432 failed: Connection refused')
    return mock.patch.object(connections["default"], "cursor", side_effect=error)


def assert_reveals_nothing(response):
    exposed = response.content.decode() + "\n".join(f"{name}: {value}" for name, value in response.items())
    for detail in SECRET_DETAILS:
        assert detail not in exposed


def assert_health_headers(response):
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "no-store" in response["Cache-Control"]
    assert "noindex" in response["X-Robots-Tag"]
    # No session, no CSRF cookie, nothing that varies per visitor, nothing to revalidate against.
    assert not response.cookies
    assert "Cookie" not in response.get("Vary", "")
    assert "ETag" not in response
    assert "Last-Modified" not in response


@pytest.mark.django_db
def test_healthy_server_answers_200_ok(client):
    response = client.get(HEALTH_URL)
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert_health_headers(response)


@pytest.mark.django_db
def test_head_answers_like_get_without_a_body(client):
    response = client.head(HEALTH_URL)
    assert response.status_code == 200
    assert response.content == b""
    assert_health_headers(response)


@pytest.mark.django_db
def test_database_failure_answers_503_and_is_logged_without_detail(client, caplog):
    with database_down(), caplog.at_level(logging.ERROR, logger="safereturn.base.health"):
        response = client.get(HEALTH_URL)
    assert response.status_code == 503
    assert response.content == b"unavailable\n"
    assert_health_headers(response)
    assert_reveals_nothing(response)
    # The server's log names the component and the kind of error, not the message (host names, ports).
    assert "database unreachable (OperationalError)" in caplog.text
    assert "db.internal" not in caplog.text


@pytest.mark.django_db
def test_unreachable_default_cache_answers_503(client, caplog):
    with caches_with("default", UnreachableCache), caplog.at_level(logging.ERROR, logger="safereturn.base.health"):
        response = client.get(HEALTH_URL)
    assert response.status_code == 503
    assert response.content == b"unavailable\n"
    assert_health_headers(response)
    assert_reveals_nothing(response)
    assert "cache 'default' unreachable (ConnectionError)" in caplog.text
    assert "cache.internal" not in caplog.text


@pytest.mark.django_db
def test_page_cache_refusing_writes_answers_503(client, caplog):
    with caches_with("pages", ReadOnlyCache), caplog.at_level(logging.ERROR, logger="safereturn.base.health"):
        response = client.get(HEALTH_URL)
    assert response.status_code == 503
    assert_health_headers(response)
    assert_reveals_nothing(response)
    assert "cache 'pages' unreachable (ConnectionError)" in caplog.text


@pytest.mark.django_db
def test_unreachable_page_cache_is_never_reported_healthy():
    """
    The page cache middleware looks every anonymous GET up in the "pages"
    cache before any view runs, so with that cache down the request fails
    there (500, from the site's generic error page) before the health view
    can answer 503. Either way the load balancer sees a failure and learns
    nothing else.
    """
    client = Client(raise_request_exception=False)
    with caches_with("pages", UnreachableCache):
        response = client.get(HEALTH_URL)
    assert response.status_code in (500, 503)
    assert_reveals_nothing(response)


@pytest.mark.django_db
def test_an_earlier_healthy_answer_is_never_served_again(client):
    """Neither the page cache nor a conditional request can replay a 200 once the database is gone."""
    assert client.get(HEALTH_URL).status_code == 200
    assert client.get(HEALTH_URL).status_code == 200
    with database_down():
        assert client.get(HEALTH_URL).status_code == 503
        assert client.get(HEALTH_URL, HTTP_IF_NONE_MATCH="*").status_code == 503
        assert client.get(HEALTH_URL, HTTP_IF_MODIFIED_SINCE="Thu, 01 Jan 2099 00:00:00 GMT").status_code == 503


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["verbose=1", "format=json", "debug=true&detail=all", "", "&&"])
def test_query_strings_change_nothing(client, query):
    healthy = client.get(f"{HEALTH_URL}?{query}")
    assert healthy.status_code == 200
    assert healthy.content == b"ok\n"
    assert_health_headers(healthy)
    with database_down():
        failing = client.get(f"{HEALTH_URL}?{query}")
    assert failing.status_code == 503
    assert failing.content == b"unavailable\n"
    assert_reveals_nothing(failing)


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete", "options", "trace"])
def test_other_methods_are_refused_with_405_even_without_a_csrf_token(method):
    client = Client(enforce_csrf_checks=True)
    response = client.generic(method.upper(), HEALTH_URL, data=b"check=all", content_type="text/plain")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    assert response.content == b""
    assert_health_headers(response)


@pytest.mark.django_db
def test_method_override_headers_are_ignored(client):
    response = client.get(HEALTH_URL, HTTP_X_HTTP_METHOD_OVERRIDE="DELETE", HTTP_X_METHOD_OVERRIDE="POST")
    assert response.status_code == 200
    assert response.content == b"ok\n"


@pytest.mark.django_db
def test_health_is_not_in_the_sitemap(client, site_tree):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert b"/health/" not in response.content


@pytest.mark.django_db
def test_health_is_not_language_prefixed(client):
    assert client.get("/en/health/").status_code == 404
