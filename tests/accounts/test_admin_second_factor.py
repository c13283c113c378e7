"""
No screen of the admin answers a session that has only a password, for a
user who must use a second factor: every URL pattern under /admin/ is tried.
"""

import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RegexPattern, RoutePattern

from safereturn.accounts.factories import UserFactory

PLACEHOLDERS = {"int": "1", "str": "x", "slug": "x", "path": "x/y", "uuid": "00000000-0000-0000-0000-000000000001"}


def route_to_path(pattern):
    """A concrete path for one pattern piece, with placeholder arguments."""
    if isinstance(pattern, RoutePattern):
        text = str(pattern)
        return re.sub(r"<(?:(\w+):)?\w+>", lambda match: PLACEHOLDERS.get(match.group(1) or "str", "x"), text)
    assert isinstance(pattern, RegexPattern)
    text = pattern.regex.pattern.lstrip("^").rstrip("$").replace("\\Z", "")
    text = re.sub(r"\(\?P<\w+>[^)]*\)", "1", text)
    text = re.sub(r"\([^)]*\)", "1", text)
    return text.replace(".*", "x").replace(".+", "x").replace("\\d+", "1").replace("\\", "")


def admin_paths():
    """One path per URL pattern (leaf) under /admin/, in the project's URLconf."""
    paths = []

    def walk(patterns, prefix):
        for entry in patterns:
            piece = route_to_path(entry.pattern)
            if isinstance(entry, URLResolver):
                walk(entry.url_patterns, prefix + piece)
            elif isinstance(entry, URLPattern):
                paths.append(prefix + piece)

    for entry in get_resolver().url_patterns:
        if isinstance(entry, URLResolver) and str(entry.pattern) == "admin/":
            walk(entry.url_patterns, "/admin/")
    return paths


def count_admin_patterns():
    def count(patterns):
        return sum(count(entry.url_patterns) if isinstance(entry, URLResolver) else 1 for entry in patterns)

    return sum(
        count(entry.url_patterns)
        for entry in get_resolver().url_patterns
        if isinstance(entry, URLResolver) and str(entry.pattern) == "admin/"
    )


@pytest.mark.django_db
def test_no_admin_url_answers_a_password_only_session(client):
    superuser = UserFactory(is_superuser=True, is_staff=True)
    # A session as a sign-in with the password alone leaves it (not the test client's trusted backend).
    client.force_login(superuser, backend="django.contrib.auth.backends.ModelBackend")

    paths = admin_paths()
    checked, answered = 0, []
    for path in paths:
        for method in ("get", "post"):
            response = getattr(client, method)(path)
            if 200 <= response.status_code < 300:
                answered.append((method, path, response.status_code))
        checked += 1

    assert checked == len(paths) == count_admin_patterns()
    assert len(paths) > 200  # Wagtail's admin, its apps and ours
    assert answered == []


@pytest.mark.django_db
def test_the_same_user_with_a_second_factor_reaches_the_admin(client):
    superuser = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(superuser)  # the test settings' trusted backend: as if verified
    assert client.get("/admin/").status_code == 200
