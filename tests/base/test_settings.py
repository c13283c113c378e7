"""Production refuses to start without its secrets, and passes Django's deployment checklist."""

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
