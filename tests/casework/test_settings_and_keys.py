"""Production refuses to start without casework's own keys; generate_field_keys prints usable ones."""

import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from casework.encryption import parse_keys

REPO = Path(__file__).resolve().parents[2]


def generated():
    output = StringIO()
    call_command("generate_field_keys", stdout=output, stderr=StringIO())
    return dict(line.split("=", 1) for line in output.getvalue().split())


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
        "DJANGO_SECRET_KEY": "y" * 64 + "-a-long-random-production-secret-for-the-test",
        "ALLOWED_HOSTS": "safereturn.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "CACHE_DIR": str(tmp_path / "cache"),
        **generated(),
    }


def test_generated_keys_parse_and_are_new_each_time():
    first, second = generated(), generated()
    assert set(first) == {"FIELD_ENCRYPTION_KEYS", "FIELD_HASH_KEYS"}
    encryption = parse_keys(first["FIELD_ENCRYPTION_KEYS"], "FIELD_ENCRYPTION_KEYS")
    hashing = parse_keys(first["FIELD_HASH_KEYS"], "FIELD_HASH_KEYS")
    assert encryption[0].secret != hashing[0].secret
    assert first["FIELD_ENCRYPTION_KEYS"] != second["FIELD_ENCRYPTION_KEYS"]
    assert encryption[0].id.startswith("e") and hashing[0].id.startswith("h")


def test_production_with_its_keys_passes_the_deployment_checklist(production_env, tmp_path):
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=production_env)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("missing", ["FIELD_ENCRYPTION_KEYS", "FIELD_HASH_KEYS"])
def test_production_refuses_to_start_without_casework_keys(production_env, missing):
    del production_env[missing]
    result = run_manage("check", env=production_env)
    assert result.returncode != 0
    assert f"The environment variable {missing} must be set in production" in result.stderr


@pytest.mark.parametrize("setting", ["FIELD_ENCRYPTION_KEYS", "FIELD_HASH_KEYS"])
def test_production_refuses_the_development_keys(production_env, setting):
    production_env[setting] = f"{production_env[setting]},{settings.DEVELOPMENT_ONLY_FIELD_ENCRYPTION_KEYS[0]}"
    result = run_manage("check", env=production_env)
    assert result.returncode != 0
    assert "must not use the development-only keys" in result.stderr


def test_a_malformed_key_stops_the_server_without_showing_the_key(production_env):
    key_id, secret = production_env["FIELD_ENCRYPTION_KEYS"].split(":")
    production_env["FIELD_ENCRYPTION_KEYS"] = f"{key_id}:{secret[:-6]}"
    result = run_manage("check", env=production_env)
    assert result.returncode != 0
    assert "must be 32 bytes" in result.stderr
    assert secret[:-6] not in result.stderr + result.stdout


def test_shared_keys_between_the_two_settings_stop_the_server(production_env):
    secret = production_env["FIELD_ENCRYPTION_KEYS"].split(":")[1]
    production_env["FIELD_HASH_KEYS"] = f"h1:{secret}"
    result = run_manage("check", env=production_env)
    assert result.returncode != 0 and "share a key" in result.stderr
