"""
More than one machine: what one server does, the other sees at once.

Server A and server B share one PostgreSQL database and one Redis (see
conftest.py). Editors act on one server; an anonymous visitor checks the
result on the other, over HTTP, right away: no stale page from the shared
page cache, no stale navigation, and a session that holds on both.
"""

import json
import secrets

import pytest

from .conftest import redis_client

pytestmark = pytest.mark.multiserver

# A page in the main navigation with no subpages: unpublishing it changes its
# own address and the navigation of every other page (the cached "chrome").
FIND_MENU_PAGE = """
import json
from wagtail.models import Page
page = (
    Page.objects.live().filter(locale__language_code="vi", show_in_menus=True, numchild=0)
    .order_by("path").first().specific
)
print(json.dumps({"id": page.pk, "url": page.url, "title": page.title}))
"""

SAVE_DRAFT_TITLE = """
from wagtail.models import Page
page = Page.objects.get(pk=%(id)d).specific
page.title = %(title)r
page.save_revision()
"""


@pytest.fixture(scope="module")
def menu_page(cluster):
    return json.loads(cluster.manage("shell", "-c", FIND_MENU_PAGE).strip().splitlines()[-1])


def bulk_action(cluster, editor, server, action, page):
    """An editor's publish or unpublish from the admin's page listing, confirmed on its form."""
    answer = editor.post_form(server, f"/admin/bulk/wagtailcore/page/{action}/?id={page['id']}&next=/admin/", {})
    assert answer.status == 302, f"{action} on server {server.name}: {answer.status}\n{cluster.logs()}"


def links_to(answer, page):
    return f'href="{page["url"]}"' in answer.text


def page_cache_keys(cluster):
    return redis_client(cluster.redis_url).keys("*safereturn-pages*page*")


def test_both_servers_answer_the_health_probe(cluster, visitor):
    for server in cluster.servers:
        for method in ("GET", "HEAD"):
            answer = visitor.request(server, "/health/", method=method)
            assert answer.status == 200, f"{method} /health/ on {server.name}: {answer.status}"
            assert answer.text == ("ok\n" if method == "GET" else "")
            assert "no-store" in answer.headers["Cache-Control"]
            assert "noindex" in answer.headers["X-Robots-Tag"]
            assert "Set-Cookie" not in answer.headers
        assert visitor.request(server, "/health/", data={}).status == 405
    assert not list(visitor.cookies)


def test_the_health_probe_is_answered_over_plain_http(cluster, visitor):
    """
    A load balancer probes each server directly over HTTP, without the
    proxy's X-Forwarded-Proto: /health/ must answer it, while every other
    address still redirects to HTTPS.
    """
    for server in cluster.servers:
        page = visitor.get(server, "/", proxied=False)
        assert page.status == 301
        assert page.headers["Location"].startswith("https://")
        probe = visitor.get(server, "/health/", proxied=False)
        assert probe.status == 200
        assert probe.text == "ok\n"


def test_a_session_started_on_one_server_holds_on_the_other(cluster, editor):
    server_a, server_b = cluster.servers
    assert editor.get(server_a, "/admin/").status == 200
    assert editor.get(server_b, "/admin/").status == 200
    # Without the session, the same address on B asks for a sign-in.
    stranger = type(editor)()
    assert stranger.get(server_b, "/admin/").status == 302
    # Signing out on B ends the session on A too.
    assert editor.sign_out(server_b).status == 302
    signed_out = editor.get(server_a, "/admin/")
    assert signed_out.status == 302
    assert signed_out.headers["Location"].startswith(("/admin/login/", "/tai-khoan/dang-nhap/"))


def test_unpublish_and_publish_on_a_show_at_once_on_b(cluster, editor, visitor, menu_page):
    server_a, server_b = cluster.servers
    # Anonymous visits on both servers fill the shared page cache.
    for server in (server_a, server_b):
        for _ in range(2):
            assert visitor.get(server, menu_page["url"]).status == 200
            assert links_to(visitor.get(server, "/"), menu_page)

    bulk_action(cluster, editor, server_a, "unpublish", menu_page)
    assert visitor.get(server_b, menu_page["url"]).status == 404
    assert not links_to(visitor.get(server_b, "/"), menu_page)

    bulk_action(cluster, editor, server_a, "publish", menu_page)
    assert visitor.get(server_b, menu_page["url"]).status == 200
    assert links_to(visitor.get(server_b, "/"), menu_page)
    # What B served came from, or went into, the page cache both servers share.
    assert page_cache_keys(cluster), "anonymous pages should be cached in the shared Redis"


def test_an_edit_published_on_b_shows_at_once_on_a(cluster, editor, visitor, menu_page):
    server_a, server_b = cluster.servers
    new_title = f"Tài liệu cập nhật {secrets.token_hex(4)}"
    assert new_title not in visitor.get(server_a, menu_page["url"]).text

    # A draft, saved from a third process, changes nothing public.
    cluster.manage("shell", "-c", SAVE_DRAFT_TITLE % {"id": menu_page["id"], "title": new_title})
    assert new_title not in visitor.get(server_a, menu_page["url"]).text
    assert new_title not in visitor.get(server_a, "/").text

    # The editor signed in on A publishes it on B.
    bulk_action(cluster, editor, server_b, "publish", menu_page)
    for server in (server_a, server_b):
        assert new_title in visitor.get(server, menu_page["url"]).text
        assert new_title in visitor.get(server, "/").text
