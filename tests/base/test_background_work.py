"""
Background work for real: a task queued by a test is run by a worker process
(`manage.py db_worker`), and `make serve` (what `make run` ends with) starts
the web server, the worker and the timer, and Ctrl-C stops all three.
"""

import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from contextlib import closing
from pathlib import Path
from urllib.parse import quote

import pytest
from django.db import connection
from django_tasks import TaskResultStatus

from .background_tasks import write_marker

REPO = Path(__file__).resolve().parents[2]


class SharedDatabase:
    """
    The test's database, handed to a subprocess through DATABASE_URL.

    On PostgreSQL the test database is a real one: the subprocess connects to
    it and sees what the test committed (hence `transactional_db`). SQLite's
    test database lives in this process's memory, out of a subprocess's reach:
    `hand_over()` copies it to a file for the subprocess, and `take_back()`
    copies the file back, so that the test reads what the subprocess did with
    the ORM, as on PostgreSQL.
    """

    def __init__(self, workdir):
        self.workdir = workdir
        self.copy = workdir / "shared.sqlite3" if connection.vendor == "sqlite" else None
        if connection.vendor not in ("sqlite", "postgresql"):
            pytest.skip(f"No way to share a {connection.vendor} test database with a subprocess.")

    def hand_over(self):
        """Environment for a subprocess that works on the test's database as it is now."""
        connection.ensure_connection()
        if self.copy is not None:
            self.copy.unlink(missing_ok=True)
            with closing(sqlite3.connect(self.copy)) as target:
                connection.connection.backup(target)
            url = f"sqlite:///{self.copy}"
        else:
            settings = connection.settings_dict
            credentials = quote(settings["USER"] or "postgres", safe="")
            if settings["PASSWORD"]:
                credentials += ":" + quote(settings["PASSWORD"], safe="")
            host = settings["HOST"] or "127.0.0.1"
            url = f"postgres://{credentials}@{host}:{settings['PORT'] or 5432}/{settings['NAME']}"
        return {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "safereturn.settings.test",
            "DATABASE_URL": url,
            "MEDIA_ROOT": str(self.workdir / "media"),
            "PRIVATE_MEDIA_ROOT": str(self.workdir / "uploads"),
            "PYTHONUNBUFFERED": "1",
        }

    def take_back(self):
        """Make what the subprocess wrote visible to the test."""
        if self.copy is not None:
            with closing(sqlite3.connect(self.copy)) as source:
                source.backup(connection.connection)


@pytest.fixture
def shared_database(transactional_db, tmp_path):
    return SharedDatabase(tmp_path)


def manage(*args):
    return [sys.executable, "manage.py", *args]


def test_a_queued_task_is_run_by_a_worker_process(shared_database, tmp_path):
    marker = tmp_path / "marker.txt"
    result = write_marker.enqueue(str(marker), "chạy nền")
    assert result.status == TaskResultStatus.READY

    worker = subprocess.run(
        manage("db_worker", "--backend", "background", "--batch", "--no-startup-delay", "--no-reload"),
        cwd=REPO,
        env=shared_database.hand_over(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    shared_database.take_back()

    assert worker.returncode == 0, worker.stdout + worker.stderr
    result.refresh()
    assert result.status == TaskResultStatus.SUCCESSFUL, worker.stdout + worker.stderr
    assert result.return_value == "chạy nền"
    assert marker.read_text(encoding="utf-8") == "chạy nền"


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _processes_in_group(group):
    """Command lines of the live processes in process group `group` (Linux /proc)."""
    found = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            cmdline = (stat.parent / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue  # ended meanwhile
        state, pgrp = fields[0], int(fields[2])
        if pgrp == group and state != "Z":
            found[int(stat.parent.name)] = cmdline
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists() or not shutil.which("make"), reason="needs Linux and make")
def test_make_serve_starts_server_worker_and_timer_and_ctrl_c_stops_them(shared_database):
    port = _free_port()
    # A session of its own, like a terminal's foreground job: Ctrl-C is SIGINT to the whole group.
    make = subprocess.Popen(
        [
            shutil.which("make"),
            "--no-print-directory",
            "serve",
            "HOST=127.0.0.1",
            f"PORT={port}",
            f"PY={sys.executable}",
        ],
        cwd=REPO,
        env=shared_database.hand_over(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        # As from a terminal, Ctrl-C must be deliverable. A suite started in the background (`nohup … &`) inherits
        # SIGINT ignored, and Python then installs no KeyboardInterrupt handler in runserver or the timer.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/robots.txt", timeout=2)  # noqa: S310  (loopback)
                break
            except OSError:
                assert make.poll() is None, "make serve ended before the server answered"
                assert time.monotonic() < deadline, "the server did not answer within a minute"
                time.sleep(0.3)
        commands = " | ".join(_processes_in_group(make.pid).values())
        assert "db_worker --backend background" in commands
        assert "run_periodic --loop" in commands
        assert f"runserver 127.0.0.1:{port}" in commands

        os.killpg(make.pid, signal.SIGINT)
        # The worker stops gracefully (it finishes a task it holds first): usually within a second or two.
        try:
            make.wait(timeout=60)
        except subprocess.TimeoutExpired:
            pytest.fail(f"make serve outlived Ctrl-C by 60 s; still running: {_processes_in_group(make.pid)}")
        deadline = time.monotonic() + 30
        while _processes_in_group(make.pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert _processes_in_group(make.pid) == {}, "processes outlived Ctrl-C"
    finally:
        for pid in _processes_in_group(make.pid):
            os.kill(pid, signal.SIGKILL)
