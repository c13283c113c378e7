"""
Browser tests: a real server (gunicorn) on loopback, seeded with the demo
site, driven by Playwright in Debian's headless Chromium.

The server runs in its own process with its own database (a fresh SQLite
file, or a fresh PostgreSQL database when DATABASE_URL points at one), so the
tests see the site exactly as a visitor would: whitenoise, middleware,
caching and all.
"""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

from tests.databases import REPO, ThrowawayDatabase, migrated_template

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
AXE_SCRIPT = REPO / "node_modules" / "axe-core" / "axe.min.js"

# Playwright's sync API runs an event loop in this thread; the tests never
# touch Django's ORM from it, so Django's async-safety guard does not apply.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "e2e" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


def _browser_missing_reason():
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} is missing (install Debian's chromium package)"
    if not AXE_SCRIPT.exists():
        return f"{AXE_SCRIPT} is missing (run `npm ci`)"
    return None


@pytest.fixture(scope="session")
def browser_available():
    reason = _browser_missing_reason()
    if reason:
        if os.environ.get("CI") == "true":
            pytest.fail(f"Browser tests cannot run in CI: {reason}", pytrace=False)
        sys.stderr.write(f"\n\n*** BROWSER TESTS SKIPPED: {reason} ***\n\n")
        pytest.skip(reason)


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# The folders a server writes uploads and casework documents to, by setting.
FILE_ROOTS = {"MEDIA_ROOT": "media", "PRIVATE_MEDIA_ROOT": "uploads", "CASEWORK_STORAGE_ROOT": "casework"}


def server_env(database, workdir, **extra):
    """The environment of a test-settings server on `database`, with its files under `workdir`."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "safereturn.settings.test",
        "DATABASE_URL": database.url,
        **{setting: str(workdir / folder) for setting, folder in FILE_ROOTS.items()},
        "PYTHONUNBUFFERED": "1",
        **extra,
    }


@pytest.fixture(scope="session")
def seeded_template(browser_available):
    """
    A database migrated and seeded with the demo once per test session, with
    its files. Every server of the browser tests starts on a copy of it
    (`seeded_copy`): seeding is the slowest step, and copies are independent.
    """
    workdir = Path(tempfile.mkdtemp(prefix="safereturn-seeded-"))
    database = ThrowawayDatabase(workdir, suffix="seeded")
    migrated = migrated_template()  # the run's migrated database, when there is one (tests/databases.py)
    database.create(template=migrated)
    env = server_env(database, workdir)
    commands = [["seed_demo", "--force"]] if migrated else [["migrate", "--no-input"], ["seed_demo", "--force"]]
    for command in commands:
        subprocess.run([sys.executable, "manage.py", *command], cwd=REPO, env=env, check=True, capture_output=True)
    yield database, workdir
    database.drop()
    shutil.rmtree(workdir, ignore_errors=True)


def seeded_copy(template, workdir, suffix):
    """A database (and files) of its own for one server, copied from the seeded template: (database, env)."""
    template_database, template_dir = template
    database = ThrowawayDatabase(workdir, suffix=suffix)
    database.create(template=template_database)
    for folder in FILE_ROOTS.values():
        if (template_dir / folder).exists():
            shutil.copytree(template_dir / folder, workdir / folder)
    return database, server_env(database, workdir)


@pytest.fixture(scope="session")
def live_site(seeded_template):
    """Base URL of a gunicorn server running the seeded demo site."""
    workdir = Path(tempfile.mkdtemp(prefix="safereturn-e2e-"))
    database, env = seeded_copy(seeded_template, workdir, "e2e")
    python = sys.executable
    port = _free_port()
    log = open(workdir / "server.log", "w")  # noqa: SIM115  (closed in teardown)
    server = subprocess.Popen(
        [
            str(Path(python).parent / "gunicorn"),
            "safereturn.wsgi:application",
            f"--bind=127.0.0.1:{port}",
            # One process, so that its memory caches are the ones every
            # request sees (an editor's change clears them for the next page).
            "--workers=1",
            "--threads=4",
        ],
        cwd=REPO,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    # The background worker beside it, as `make serve` runs them (exports of cases are built there).
    worker = subprocess.Popen(
        [python, "manage.py", "db_worker", "--backend", "background", "--queue-name", "*", "--interval", "1"]
        + ["--no-reload", "--no-startup-delay"],
        cwd=REPO,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(base_url + "/robots.txt", timeout=2)  # noqa: S310  (loopback)
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                log.flush()
                raise RuntimeError("The test server did not start:\n" + (workdir / "server.log").read_text()) from None
            time.sleep(0.2)
    yield base_url
    worker.terminate()
    worker.wait(timeout=30)
    server.terminate()
    server.wait(timeout=30)
    log.close()
    database.drop()
    shutil.rmtree(workdir, ignore_errors=True)


# Playwright's sync API keeps its event loop running in this thread for as
# long as it is started, and while a loop runs Django gives the thread other
# database connections (asgiref keeps thread-critical locals per context
# then): a test run after it in the same process, as under pytest-xdist where
# a worker goes on with other files, would use a connection without the copy
# of the migrated database that transactional tests restore (tests/conftest.py),
# and leave one open that stops the test database from being dropped. So
# Playwright and its browser last one test module, and the process is as it
# was for whatever follows (a second or two per module).
@pytest.fixture(scope="module")
def playwright_instance(browser_available):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="module")
def chromium(playwright_instance):
    browser = playwright_instance.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


class OffSiteGuard:
    """Records every request that leaves the site's own origin, and answers it locally."""

    def __init__(self, base_url):
        self.base_url = base_url
        self.offsite = []

    def handle(self, route):
        url = route.request.url
        if url.startswith(self.base_url) or url.startswith("data:") or url.startswith("blob:"):
            route.continue_()
            return
        self.offsite.append(url)
        # The network is closed anyway; answer with a neutral page so navigations complete.
        route.fulfill(status=200, content_type="text/html", body="<!doctype html><title>elsewhere</title>")


@pytest.fixture
def browser_context(chromium, live_site):
    """A fresh browsing context (no cookies, no history) on a 360 px wide phone."""
    context = chromium.new_context(viewport={"width": 360, "height": 740}, locale="vi-VN")
    guard = OffSiteGuard(live_site)
    context.route("**/*", guard.handle)
    context.offsite_guard = guard
    yield context
    context.close()


def watch_csp(page):
    """Collect in `page.csp_violations` what the Content Security Policy blocked (Chromium logs it)."""
    page.csp_violations = []
    page.on(
        "console",
        lambda message: (
            page.csp_violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return page


@pytest.fixture
def page(browser_context):
    return watch_csp(browser_context.new_page())


@pytest.fixture
def axe_context(chromium, live_site):
    """A context that lets the test inject axe-core despite the strict CSP (only for the audit)."""
    context = chromium.new_context(viewport={"width": 360, "height": 740}, bypass_csp=True)
    yield context
    context.close()


AXE_IMPACTS = ("minor", "moderate", "serious", "critical")


def run_axe(page, min_impact="serious"):
    """Run axe-core on the page and return the violations of `min_impact` or worse ("minor" for all)."""
    page.add_script_tag(path=str(AXE_SCRIPT))
    result = page.evaluate(
        """async () => await axe.run(document, {
            runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}
        })"""
    )
    return [
        {
            "id": violation["id"],
            "impact": violation["impact"],
            "help": violation["help"],
            "nodes": [node["target"] for node in violation["nodes"]][:5],
        }
        for violation in result["violations"]
        if AXE_IMPACTS.index(violation["impact"] or "minor") >= AXE_IMPACTS.index(min_impact)
    ]


@pytest.fixture
def people(chromium, live_site):
    """
    Casework pages signed in as each person of a journey (casework_door's
    accounts), each on a 360 px phone in a context of its own, opened on
    first use; none may have met a CSP violation when they are closed.
    """
    from .casework_door import person_at_work

    pages = {}

    def at_work(who):
        if who not in pages:
            pages[who] = person_at_work(chromium, live_site, who)
        return pages[who]

    yield at_work
    for page in pages.values():
        assert page.csp_violations == []
        page.context.close()
