"""
PostgreSQL only (CI's second leg; README, "Casework data: keys, audit and backups"):

- the application's role may INSERT and SELECT on the audit log, and
  nothing more, both by its grants and, should a grant be too wide, by the
  table's trigger;
- one backup (pg_dump, a tar of the document storage, the keys kept apart)
  restored into a new database and a new folder reads back every value,
  and without the keys reads nothing.

On SQLite these tests are skipped with a message saying so; under CI with
PostgreSQL they must run (a missing pg_dump fails them there).
"""

import os
import shutil
import subprocess
import sys
import tarfile
import uuid
from io import StringIO
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.management import call_command
from django.db import connection

from casework.audit import AuditEvent, record

from .conftest import PLANTED, new_key

REPO = Path(__file__).resolve().parents[2]
ROLE = f"safereturn_casework_test_{os.getpid()}"
DOCUMENT = ("Quyết định hỗ trợ cho " + PLANTED["full_name"]).encode()

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip(
            "SKIPPED ON SQLITE: the audit role and backup/restore tests need PostgreSQL "
            "(DATABASE_URL=postgres://postgres@127.0.0.1:5432/...); CI runs them."
        )


def admin_sql(statement, params=None):
    with connection.cursor() as cursor:
        cursor.execute(statement, params)


def database_url(name=None, user=None):
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") and user is None else ""
    host = f"{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}"
    return f"postgres://{user or db['USER']}{password}@{host}/{name or db['NAME']}"


def run_python(code, env):
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=REPO,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=180,
    )
    return result


@pytest.fixture
def app_role():
    admin_sql(f'DROP ROLE IF EXISTS "{ROLE}"')
    admin_sql(f'CREATE ROLE "{ROLE}" LOGIN')
    try:
        yield ROLE
    finally:
        admin_sql(f'DROP OWNED BY "{ROLE}"')
        admin_sql(f'DROP ROLE IF EXISTS "{ROLE}"')


def command_output(*args):
    output = StringIO()
    call_command(*args, stdout=output)
    return output.getvalue()


def grant_everything(role):
    # What `grant_app_role` (safereturn.accounts) gives the application's role.
    admin_sql(f'GRANT USAGE ON SCHEMA public TO "{role}"')
    admin_sql(f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "{role}"')
    admin_sql(f'GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO "{role}"')


AS_THE_APP = """
from django.db import connection, transaction
from casework.audit import AuditEvent, record

with connection.cursor() as cursor:
    cursor.execute("SELECT current_user")
    assert cursor.fetchone()[0] == "{role}", "not connected as the application's role"
event = record(None, AuditEvent.Action.EXPORT, object_type="casework.keyedhash", count=2, purpose="Gửi Sở Y tế")
print("INSERT OK")
assert AuditEvent.objects.get(pk=event.pk).purpose == "Gửi Sở Y tế"
print("SELECT OK", AuditEvent.objects.count())
for statement in (
    "UPDATE casework_auditevent SET action = 'list'",
    "DELETE FROM casework_auditevent",
    "TRUNCATE casework_auditevent",
):
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(statement)
        print("ALLOWED", statement.split()[0])
    except Exception as error:
        print("REFUSED", statement.split()[0], str(error).splitlines()[0])
"""


def test_the_application_role_may_only_insert_and_select_on_the_audit_log(app_role):
    record(None, AuditEvent.Action.VIEW, object_type="casework.keyedhash")
    grant_everything(app_role)
    output = command_output("protect_casework_audit", app_role)
    assert f"{app_role} may only INSERT and SELECT" in output
    result = run_python(AS_THE_APP.format(role=app_role), {"DATABASE_URL": database_url(user=app_role)})
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.splitlines()
    assert "INSERT OK" in lines and "SELECT OK 2" in lines
    for verb in ("UPDATE", "DELETE", "TRUNCATE"):
        assert any(
            line.startswith(f"REFUSED {verb} permission denied for table casework_auditevent") for line in lines
        ), result.stdout
    assert AuditEvent.objects.count() == 2


def test_the_trigger_refuses_changes_even_when_the_grants_are_too_wide(app_role):
    grant_everything(app_role)
    admin_sql(f'GRANT ALL ON casework_auditevent TO "{app_role}"')  # the mistake the trigger guards against
    result = run_python(AS_THE_APP.format(role=app_role), {"DATABASE_URL": database_url(user=app_role)})
    assert result.returncode == 0, result.stderr[-3000:]
    for verb in ("UPDATE", "DELETE", "TRUNCATE"):
        assert (
            f"REFUSED {verb} The casework audit log is append-only ({verb} refused for {app_role})." in result.stdout
        )
    # The owner (here the superuser running the tests) still may: migrations, rotation, retention.
    admin_sql("UPDATE casework_auditevent SET item_count = 3")
    admin_sql("DELETE FROM casework_auditevent")
    assert not AuditEvent.objects.exists()


READ_BACK = """
from casework.audit import AuditEvent
from django.core.files.storage import storages
from tests.casework.models import PlantedPerson
from tests.casework.conftest import PLANTED

person = PlantedPerson.objects.get(pk="{person}")
for name, value in PLANTED.items():
    assert getattr(person, name) == value, name
assert list(PlantedPerson.objects.matching("full_name", "xuyenqwz")) == [person]
with storages["casework"].open("{document}") as document:
    assert document.read() == {content!r}
assert AuditEvent.objects.get(pk="{event}").purpose == "Sao lưu thử"
print("RESTORED OK")
"""


def test_a_backup_of_database_files_and_keys_restores_into_a_new_database(planted, settings, tmp_path):
    pg_dump, pg_restore = shutil.which("pg_dump"), shutil.which("pg_restore")
    if not (pg_dump and pg_restore):
        if os.environ.get("CI") == "true":
            pytest.fail("pg_dump and pg_restore are needed in CI (apt-get install postgresql-client)")
        pytest.skip("SKIPPED: pg_dump or pg_restore is not installed")
    settings.STORAGES = {
        **settings.STORAGES,
        "casework": {**settings.STORAGES["casework"], "OPTIONS": {"location": tmp_path / "live-files"}},
    }
    document = storages["casework"].save("x", ContentFile(DOCUMENT))
    event = record(None, AuditEvent.Action.EXPORT, object_type=type(planted), purpose="Sao lưu thử")

    # The backup: three parts, the keys kept apart from the other two.
    db = connection.settings_dict
    pg_env = {**os.environ, "PGPASSWORD": db.get("PASSWORD") or ""}
    connect = ["-h", db["HOST"] or "127.0.0.1", "-p", str(db["PORT"] or 5432), "-U", db["USER"]]
    backup = tmp_path / "backup"
    backup.mkdir()
    subprocess.run(
        [pg_dump, *connect, "--format=custom", "--no-owner", "--no-privileges", "-f", backup / "db.dump", db["NAME"]],
        check=True,
        env=pg_env,
    )
    with tarfile.open(backup / "casework-files.tar.gz", "w:gz") as archive:
        archive.add(tmp_path / "live-files", arcname="casework")
    keys = tmp_path / "keys-kept-elsewhere.env"
    keys.write_text(
        f"FIELD_ENCRYPTION_KEYS={','.join(settings.FIELD_ENCRYPTION_KEYS)}\nFIELD_HASH_KEYS={','.join(settings.FIELD_HASH_KEYS)}\n"
    )

    # The restore: a new database, a new folder, the keys from their own backup.
    restored_db = f"safereturn_casework_restore_{uuid.uuid4().hex[:12]}"
    admin_sql(f'CREATE DATABASE "{restored_db}"')
    try:
        subprocess.run(
            [
                pg_restore,
                *connect,
                "--no-owner",
                "--no-privileges",
                "--exit-on-error",
                "-d",
                restored_db,
                backup / "db.dump",
            ],
            check=True,
            env=pg_env,
        )
        restored_files = tmp_path / "restored"
        with tarfile.open(backup / "casework-files.tar.gz") as archive:
            archive.extractall(restored_files, filter="data")
        production = {
            "DJANGO_SETTINGS_MODULE": "safereturn.settings.production",
            "DJANGO_SECRET_KEY": "z" * 64 + "-restore-test",
            "ALLOWED_HOSTS": "safereturn.example.org",
            # A cache of its own: not the Redis database of this worker's suite, nor of another's.
            "REDIS_URL": "",
            "CACHE_DIR": str(tmp_path / "cache"),
            "DATABASE_URL": database_url(restored_db),
            "CASEWORK_STORAGE_ROOT": str(restored_files / "casework"),
        }
        restored_keys = dict(line.split("=", 1) for line in keys.read_text().split())
        code = READ_BACK.format(person=planted.pk, document=document, content=DOCUMENT, event=event.pk)

        result = run_python(code, {**production, **restored_keys})
        assert result.returncode == 0, result.stderr[-3000:]
        assert "RESTORED OK" in result.stdout

        # Without the keys (new ones, as after losing them) nothing reads.
        lost = {"FIELD_ENCRYPTION_KEYS": new_key("test-only-1"), "FIELD_HASH_KEYS": new_key("test-only-h1")}
        result = run_python(code, {**production, **lost})
        assert result.returncode != 0
        assert "DecryptionError" in result.stderr and "RESTORED OK" not in result.stdout
    finally:
        admin_sql(f'DROP DATABASE IF EXISTS "{restored_db}" WITH (FORCE)')
