"""
Throwaway databases for the tests, and the one migrated database of a run.

Running the migrations is the slowest step of making a database (about a
minute: Wagtail's and ours, 250 of them). Under pytest-xdist the controller
migrates one database before the workers start (`build_migrated_template`,
from tests/conftest.py), and everything that needs a migrated database
copies it instead: each worker's test database (tests/conftest.py), the
browser tests' seeded template (tests/e2e/conftest.py) and the two-server
cluster (tests/multiserver/conftest.py). A PostgreSQL copy is
`CREATE DATABASE ... TEMPLATE`, a SQLite copy a file copy (or, into an
in-memory test database, SQLite's backup). A run in one process (`-n 0`)
has no template and migrates as Django does.
"""

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import dj_database_url

REPO = Path(__file__).resolve().parents[1]
# Where the run's migrated database is: set by the controller, inherited by the workers and their servers.
MIGRATED_URL = "SAFERETURN_TEST_MIGRATED_URL"


class ThrowawayDatabase:
    """
    A throwaway database for a server: SQLite by default, PostgreSQL when
    configured. `suffix` keeps the databases of one run apart (the seeded
    template, the browser tests' server, the staff-account servers...).
    """

    def __init__(self, workdir, suffix="e2e", base_url=None):
        self.base_url = os.environ.get("DATABASE_URL", "") if base_url is None else base_url
        self.config = dj_database_url.parse(self.base_url) if self.base_url else None
        self.is_postgres = bool(self.config) and "postgresql" in self.config["ENGINE"]
        if self.is_postgres:
            self.name = f"{self.config['NAME']}_{suffix}_{os.getpid()}"
            self.url = self.base_url.rsplit("/", 1)[0] + "/" + self.name
        else:
            self.path = workdir / f"{suffix}.sqlite3"
            self.url = f"sqlite:///{self.path}"

    @classmethod
    def at(cls, url):
        """The existing database at `url`."""
        database = cls.__new__(cls)
        database.base_url = database.url = url
        database.config = dj_database_url.parse(url)
        database.is_postgres = "postgresql" in database.config["ENGINE"]
        if database.is_postgres:
            database.name = database.config["NAME"]
        else:
            database.path = Path(database.config["NAME"])
        return database

    def _admin(self, sql):
        admin(self.config, sql)

    def create(self, template=None):
        """An empty database, or a copy of `template` (another ThrowawayDatabase nobody is connected to)."""
        if self.is_postgres:
            self._admin(f'DROP DATABASE IF EXISTS "{self.name}"')
            if template is None:
                self._admin(f'CREATE DATABASE "{self.name}"')
            else:
                copy_postgres(self.config, template.name, self.name)
        elif template is not None:
            shutil.copyfile(template.path, self.path)

    def drop(self):
        if self.is_postgres:
            self._admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def admin(config, sql):
    """Run `sql` on the PostgreSQL server of `config` (a Django database settings dict), outside any database."""
    import psycopg

    conninfo = {
        "host": config.get("HOST") or "127.0.0.1",
        "port": config.get("PORT") or 5432,
        "user": config.get("USER") or "postgres",
        "dbname": "postgres",
    }
    if config.get("PASSWORD"):
        conninfo["password"] = config["PASSWORD"]
    with psycopg.connect(**conninfo, autocommit=True) as connection:
        connection.execute(sql)


def copy_postgres(config, template, name):
    """
    CREATE DATABASE `name` as a copy of `template`. PostgreSQL refuses while
    another copy of the same template is being made ("being accessed by
    other users"), as when two workers start at once: wait and try again.
    """
    import psycopg

    deadline = time.monotonic() + 120
    while True:
        try:
            admin(config, f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
            return
        except psycopg.errors.ObjectInUse:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


# The run's migrated database ------------------------------------------------------------------------------------


def build_migrated_template():
    """Migrate a new database (under the test settings) and say where it is in the environment; returns it."""
    workdir = Path(tempfile.mkdtemp(prefix="safereturn-migrated-"))
    database = ThrowawayDatabase(workdir, suffix="migrated")
    database.create()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "safereturn.settings.test", "DATABASE_URL": database.url}
    result = subprocess.run(
        [sys.executable, "manage.py", "migrate", "--no-input"], cwd=REPO, env=env, capture_output=True, text=True
    )
    if result.returncode != 0:
        raise RuntimeError(f"Migrating the tests' template database failed:\n{result.stdout}\n{result.stderr}")
    os.environ[MIGRATED_URL] = database.url
    database.workdir = workdir
    return database


def remove_migrated_template(database):
    os.environ.pop(MIGRATED_URL, None)
    database.drop()
    shutil.rmtree(database.workdir, ignore_errors=True)


def migrated_template():
    """The run's migrated database, or None (a run in one process)."""
    url = os.environ.get(MIGRATED_URL)
    return ThrowawayDatabase.at(url) if url else None


def copy_into_test_database(template, connection):
    """
    Make `connection`'s (just created, empty) test database a copy of the
    migrated `template`, in place of running the migrations. False when the
    template is of another engine (the caller migrates then).
    """
    if connection.vendor == "postgresql" and template.is_postgres:
        connection.close()
        name = connection.settings_dict["NAME"]
        admin(connection.settings_dict, f'DROP DATABASE IF EXISTS "{name}"')
        copy_postgres(connection.settings_dict, template.name, name)
        return True
    if connection.vendor == "sqlite" and not template.is_postgres:
        connection.ensure_connection()
        source = sqlite3.connect(template.path)
        try:
            source.backup(connection.connection)
        finally:
            source.close()
        return True
    return False
