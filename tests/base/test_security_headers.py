"""Every response carries the security headers; private areas are never cached or compressed."""

import pytest

PUBLIC_URLS = ["/", "/en/", "/tim-kiem/?q=111", "/sitemap.xml", "/robots.txt", "/khong-co-trang-nay/"]


@pytest.mark.django_db
@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_public_responses_carry_security_headers(client, site_tree, url):
    response = client.get(url)
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert "unsafe-eval" not in csp
    assert "frame-ancestors 'none'" in csp
    assert "object-src 'none'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()"):
        assert feature in permissions


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/", "/en/", "/tim-kiem/?q=mua+ban"])
def test_public_pages_set_no_cookie(client, site_tree, url):
    response = client.get(url)
    assert not response.cookies


@pytest.mark.django_db
def test_admin_is_never_cached_and_never_compressed(client, site_tree, admin_user):
    client.force_login(admin_user)
    response = client.get("/admin/", HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert "Content-Encoding" not in response
    # The admin's inline chooser scripts are allowed there and nowhere else; no other origin is.
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "frame-ancestors 'self'" in csp  # Wagtail's live preview
    assert "http" not in csp


@pytest.mark.django_db
def test_public_html_is_compressed(client, site_tree):
    response = client.get("/", HTTP_ACCEPT_ENCODING="gzip")
    assert response["Content-Encoding"] == "gzip"


@pytest.mark.django_db
def test_pages_with_a_session_are_not_compressed(client, site_tree, admin_user):
    """An editor's page view carries their session (BREACH): no compression."""
    client.force_login(admin_user)
    response = client.get("/", HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert "Content-Encoding" not in response


@pytest.mark.django_db
def test_admin_sign_in_is_rate_limited(client, site_tree, django_user_model):
    django_user_model.objects.create_user("official", password="the-right-password-123")
    statuses = [
        client.post("/admin/login/", {"username": "official", "password": "wrong"}).status_code for _ in range(5)
    ]
    # Four failures show the form again; the fifth locks the account out from this address.
    assert statuses == [200, 200, 200, 200, 429]
    response = client.post("/admin/login/", {"username": "official", "password": "the-right-password-123"})
    assert response.status_code == 429
    assert "Đăng nhập sai quá nhiều lần" in response.content.decode()
