"""
PostgreSQL: the application's database role may only INSERT and SELECT on
the security log, and the site still signs people in, records failures and
deletes users (README, "PostgreSQL roles").

Runs when the tests use PostgreSQL (CI's second leg); the roles are made here.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection

from safereturn.accounts.factories import UserFactory
from safereturn.accounts.models import SecurityEvent

REPO = Path(__file__).resolve().parents[2]
ROLE = f"safereturn_test_app_{os.getpid()}"

SCRIPT = """
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from safereturn.accounts.models import SecurityEvent

with connection.cursor() as cursor:
    cursor.execute("SELECT current_user")
    assert cursor.fetchone()[0] == "{role}", "not connected as the application's role"
client = Client(REMOTE_ADDR="192.0.2.77")
assert client.post("/tai-khoan/dang-nhap/", {{"username": "pg-official", "password": "wrong"}}).status_code == 200
assert client.post(
    "/tai-khoan/dang-nhap/", {{"username": "pg-official", "password": "correct horse battery staple"}}
).status_code == 302
get_user_model().objects.get(username="pg-official").delete()
try:
    with connection.cursor() as cursor:
        cursor.execute("UPDATE accounts_securityevent SET detail = 'changed'")
except Exception as error:
    print("UPDATE REFUSED", type(error).__name__)
try:
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM accounts_securityevent")
except Exception as error:
    print("DELETE REFUSED", type(error).__name__)
print("OK", SecurityEvent.objects.count())
"""


def admin_sql(statement):
    with connection.cursor() as cursor:
        cursor.execute(statement)


@pytest.mark.django_db(transaction=True)
def test_the_restricted_role_signs_in_fails_and_deletes_users_but_cannot_touch_the_log():
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only (DATABASE_URL=postgres://...)")
    UserFactory(username="pg-official")
    admin_sql(f'DROP ROLE IF EXISTS "{ROLE}"')
    admin_sql(f'CREATE ROLE "{ROLE}" LOGIN')
    try:
        call_command("grant_app_role", ROLE, stdout=None)
        db = connection.settings_dict
        url = f"postgres://{ROLE}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
        env = {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "safereturn.settings.test"}
        result = subprocess.run(
            [sys.executable, "manage.py", "shell", "-c", SCRIPT.format(role=ROLE)],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr[-3000:]
        assert "UPDATE REFUSED" in result.stdout
        assert "DELETE REFUSED" in result.stdout
        kinds = set(SecurityEvent.objects.filter(username="pg-official").values_list("kind", flat=True))
        assert {"sign_in_failed", "signed_in", "account_deleted"} <= kinds
    finally:
        admin_sql(f'DROP OWNED BY "{ROLE}"')
        admin_sql(f'DROP ROLE IF EXISTS "{ROLE}"')
