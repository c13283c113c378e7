"""Production refuses to start without its secrets, and passes Django's deployment checklist."""

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def run_manage(*args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env={"PATH": os.environ["PATH"], "DJANGO_SETTINGS_MODULE": "safereturn.settings.production", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def production_env(tmp_path):
    return {
        "DJANGO_SECRET_KEY": "x" * 64 + "-a-long-random-production-secret-for-the-test",
        "ALLOWED_HOSTS": "safereturn.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        # Casework's own keys (README, "Casework data: keys, audit and backups").
        "FIELD_ENCRYPTION_KEYS": f"e1:{base64.urlsafe_b64encode(os.urandom(32)).decode()}",
        "FIELD_HASH_KEYS": f"h1:{base64.urlsafe_b64encode(os.urandom(32)).decode()}",
    }


def test_deploy_check_is_clean_with_production_settings(production_env):
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=production_env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("missing", ["DJANGO_SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"])
def test_production_refuses_to_start_without_its_secrets(production_env, missing):
    del production_env[missing]
    result = run_manage("check", env=production_env)
    assert result.returncode != 0
    assert f"The environment variable {missing} must be set in production" in result.stderr


def read_settings(env, *names):
    """The values settings take in production with `env` (one fresh process, as a server would start)."""
    code = (
        "import json; from django.conf import settings; "
        f"print(json.dumps([getattr(settings, name) for name in {names!r}], default=str))"
    )
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=REPO,
        env={"PATH": os.environ["PATH"], "DJANGO_SETTINGS_MODULE": "safereturn.settings.production", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return dict(zip(names, json.loads(result.stdout), strict=True))


@pytest.mark.parametrize("value", ["", " ", "  \t"])
def test_an_empty_variable_means_the_default_not_off(production_env, value):
    names = ("DJANGO_SECURE_SSL_REDIRECT", "DJANGO_SECURE_HSTS_PRELOAD", "DJANGO_SECURE_HSTS_SECONDS")
    names += ("MEDIA_ROOT", "PRIVATE_MEDIA_ROOT")
    values = read_settings(
        {**production_env, **dict.fromkeys(names, value)},
        "SECURE_SSL_REDIRECT",
        "SECURE_HSTS_PRELOAD",
        "SECURE_HSTS_SECONDS",
        "MEDIA_ROOT",
        "PRIVATE_MEDIA_ROOT",
    )
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SECURE_HSTS_PRELOAD"] is True
    assert values["SECURE_HSTS_SECONDS"] == 60 * 60 * 24 * 365
    assert values["MEDIA_ROOT"].endswith("/media")
    assert values["PRIVATE_MEDIA_ROOT"].endswith("/var/uploads")


def test_an_unreadable_boolean_stops_the_server(production_env):
    result = run_manage("check", env={**production_env, "DJANGO_SECURE_SSL_REDIRECT": "maybe"})
    assert result.returncode != 0
    assert "DJANGO_SECURE_SSL_REDIRECT must be one of" in result.stderr


@pytest.mark.parametrize(("value", "expected"), [("0", False), ("off", False), ("No", False), ("TRUE", True)])
def test_booleans_are_read_in_any_case(monkeypatch, value, expected):
    from safereturn.settings.environment import env_bool

    monkeypatch.setenv("SOME_FLAG", value)
    assert env_bool("SOME_FLAG", not expected) is expected


@pytest.mark.django_db
@pytest.mark.parametrize("login_url", ["/admin/login/", "/_util/login/", "/en/_util/login/"])
def test_a_sign_in_without_next_lands_on_a_page_that_exists(client, django_user_model, login_url):
    """Wagtail's front-end login (for restricted pages) used Django's default, /accounts/profile/: a 404."""
    user = django_user_model.objects.create_superuser(username="quan-tri", password="mat-khau-rat-dai-123")
    response = client.post(login_url, {"username": user.username, "password": "mat-khau-rat-dai-123"})
    assert response.status_code == 302
    assert response["Location"] != "/accounts/profile/"
    assert client.get(response["Location"]).status_code == 200
