"""
Two app servers, one database, one cache: the site as it runs on more than
one machine (README, "Deploying").

Two gunicorn servers run the production settings, unchanged, against one
throwaway PostgreSQL database seeded with the demo and one Redis database of
their own (flushed before and after). Each server has two worker processes,
so anything kept in one process's memory shows up as a difference between
requests. The servers sit, as in production, behind a TLS-terminating proxy:
the tests play that proxy by adding `X-Forwarded-Proto: https` to what a
visitor sends (and to nothing a load balancer's health probe sends).

These tests need DATABASE_URL pointing at PostgreSQL and a reachable Redis
(REDIS_URL, or 127.0.0.1:6379). Without them they are skipped loudly, except
under CI=true with PostgreSQL configured, where they must run.
"""

import base64
import http.cookiejar
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

from safereturn.base.demo.reference import USERS
from safereturn.settings.test import redis_database_below, xdist_worker
from tests.databases import REPO, ThrowawayDatabase, migrated_template
from tests.e2e.conftest import _free_port
from tests.e2e.staff_door import fresh_code

DEFAULT_REDIS_URL = "redis://127.0.0.1:6379"
START_TIMEOUT = 60
# How long the servers took to set up, for the summary at the end of the run.
TIMINGS = {}


def pytest_terminal_summary(terminalreporter):
    if TIMINGS:
        steps = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in TIMINGS.items())
        terminalreporter.write_line(f"two-server set-up: {steps}")


# Requirements -----------------------------------------------------------------


def postgres_configured():
    return os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://", "pgsql://"))


def servers_redis_url():
    """
    The suite's Redis (host, port, credentials) with a database of the servers' own, flushed before and
    after: never one that a worker's suite uses. Those count down from REDIS_URL's (/15 in CI), one per
    pytest-xdist worker (safereturn/settings/test.py); the servers' count down from below them, one per
    worker too, so that two workers' clusters never share one (/14 outside xdist, /13 and /12 with two).
    """
    worker, workers = xdist_worker()
    return redis_database_below(os.environ.get("REDIS_URL") or DEFAULT_REDIS_URL, workers + worker)


def redis_client(url):
    import redis

    return redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=5)


def missing_requirement():
    if not postgres_configured():
        return "DATABASE_URL does not point at PostgreSQL"
    try:
        redis_client(servers_redis_url()).ping()
    except Exception as error:  # any failure at all means "not reachable"
        return f"Redis is not reachable ({type(error).__name__}); set REDIS_URL or start redis-server"
    return None


@pytest.fixture(scope="session")
def multiserver_available():
    reason = missing_requirement()
    if reason:
        if os.environ.get("CI") == "true" and postgres_configured():
            pytest.fail(f"Two-server tests cannot run in CI: {reason}", pytrace=False)
        sys.stderr.write(f"\n\n*** TWO-SERVER TESTS SKIPPED: {reason} ***\n\n")
        pytest.skip(reason)


# Servers ----------------------------------------------------------------------


class SharedDatabase(ThrowawayDatabase):
    """The browser tests' throwaway PostgreSQL database, under a name of its own (both may run in one session)."""

    def __init__(self, workdir):
        super().__init__(workdir)
        self.name = f"{self.config['NAME']}_multiserver_{os.getpid()}"
        self.url = self.base_url.rsplit("/", 1)[0] + "/" + self.name


@dataclass
class Server:
    name: str
    port: int
    log_path: Path
    process: subprocess.Popen = None

    @property
    def base_url(self):
        return f"http://127.0.0.1:{self.port}"

    @property
    def origin(self):
        """The origin a visitor sees: HTTPS, through the proxy."""
        return f"https://127.0.0.1:{self.port}"

    def __repr__(self):
        return f"server {self.name} ({self.base_url})"

    def log(self):
        return self.log_path.read_text(errors="replace")


@dataclass
class Cluster:
    servers: list
    env: dict
    redis_url: str

    def __repr__(self):
        return f"cluster of {self.servers}"

    def manage(self, *args):
        """Run a management command against the shared database and Redis, as a third machine would."""
        result = subprocess.run(
            [sys.executable, "manage.py", *args], cwd=REPO, env=self.env, capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, f"manage.py {' '.join(args[:1])} failed:\n{result.stdout}\n{result.stderr}"
        return result.stdout

    def logs(self):
        return "\n".join(f"--- server {server.name} ---\n{server.log()[-4000:]}" for server in self.servers)


def start_server(name, workdir, env):
    server = Server(name=name, port=_free_port(), log_path=workdir / f"server-{name}.log")
    with open(server.log_path, "w") as log:
        server.process = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "gunicorn"),
                "safereturn.wsgi:application",
                f"--bind=127.0.0.1:{server.port}",
                # More than one process per server too: whatever one process
                # keeps in memory differs between requests.
                "--workers=2",
                "--graceful-timeout=5",
            ],
            cwd=REPO,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    return server


def wait_until_up(server, deadline):
    while True:
        try:
            Visitor().get(server, "/robots.txt")
            return
        except OSError:
            if server.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"Server {server.name} did not start:\n{server.log()}") from None
            time.sleep(0.2)


def stop(server):
    if server.process and server.process.poll() is None:
        server.process.terminate()
        try:
            server.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.process.kill()
            server.process.wait(timeout=10)


@pytest.fixture(scope="session")
def cluster(multiserver_available):
    """Two gunicorn servers (A and B) of the production settings on one PostgreSQL database and one Redis."""
    timings = TIMINGS
    started = time.monotonic()
    workdir = Path(tempfile.mkdtemp(prefix="safereturn-multiserver-"))
    database = SharedDatabase(workdir)
    redis_url = servers_redis_url()
    redis = redis_client(redis_url)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "safereturn.settings.production",
        # One secret for every server (sessions and CSRF tokens are signed with it), new for each run.
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        # Casework's keys, the same for both servers like the secret key.
        "FIELD_ENCRYPTION_KEYS": f"e1:{base64.urlsafe_b64encode(secrets.token_bytes(32)).decode()}",
        "FIELD_HASH_KEYS": f"h1:{base64.urlsafe_b64encode(secrets.token_bytes(32)).decode()}",
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": database.url,
        "REDIS_URL": redis_url,
        # Behind a TLS-terminating proxy (played by the tests), HTTPS stays required.
        "DJANGO_SECURE_PROXY_SSL_HEADER": "1",
        "DJANGO_SECURE_SSL_REDIRECT": "1",
        # One folder for both servers stands for the shared object storage of a real deployment.
        "MEDIA_ROOT": str(workdir / "media"),
        "PRIVATE_MEDIA_ROOT": str(workdir / "uploads"),
        "CASEWORK_STORAGE_ROOT": str(workdir / "casework"),
        "STATIC_ROOT": str(workdir / "static"),
        "PYTHONUNBUFFERED": "1",
    }
    for name in ("TEST_USE_REDIS", "CACHE_DIR"):
        env.pop(name, None)
    cluster = Cluster(servers=[], env=env, redis_url=redis_url)
    redis.flushdb()
    collectstatic = None
    try:
        # A copy of the run's migrated database when there is one (tests/databases.py); `migrate` then only
        # checks that the production settings need nothing more.
        database.create(template=migrated_template())
        # Static files need no database: collected while the database is built.
        step = time.monotonic()
        with open(workdir / "collectstatic.log", "w") as log:
            collectstatic = subprocess.Popen(
                [sys.executable, "manage.py", "collectstatic", "--no-input"],
                cwd=REPO,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        cluster.manage("migrate", "--no-input")
        cluster.manage("seed_demo", "--force")
        timings["migrate + seed_demo"] = time.monotonic() - step
        if collectstatic.wait(timeout=120) != 0:
            raise RuntimeError("collectstatic failed:\n" + (workdir / "collectstatic.log").read_text())
        timings["static files ready"] = time.monotonic() - step
        step = time.monotonic()
        cluster.servers = [start_server(name, workdir, env) for name in ("A", "B")]
        deadline = time.monotonic() + START_TIMEOUT
        for server in cluster.servers:
            wait_until_up(server, deadline)
        timings["start two servers"] = time.monotonic() - step
        timings["set-up in all"] = time.monotonic() - started
        yield cluster
    finally:
        if collectstatic and collectstatic.poll() is None:
            collectstatic.kill()
            collectstatic.wait()
        for server in cluster.servers:
            stop(server)
        database.drop()
        redis.flushdb()
        shutil.rmtree(workdir, ignore_errors=True)


# A visitor ----------------------------------------------------------------------


class BehindTLSProxy(http.cookiejar.DefaultCookiePolicy):
    """The visitor speaks HTTPS to the proxy, so the site's Secure cookies are sent back."""

    def return_ok_secure(self, cookie, request):
        return True


@dataclass
class Response:
    status: int
    headers: dict
    text: str

    def __repr__(self):
        return f"<response {self.status}, {len(self.text)} characters>"


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Visitor:
    """
    One browser: its own cookie jar, shared by every server as a browser's is
    behind one load balancer (cookies belong to a host name, not a port).
    Redirects are not followed, so that each answer can be checked.
    """

    def __init__(self):
        self.cookies = http.cookiejar.CookieJar(policy=BehindTLSProxy())
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies), _NoRedirects())

    def request(self, server, path, data=None, method=None, proxied=True):
        headers = {"X-Forwarded-Proto": "https"} if proxied else {}
        body = None
        if data is not None:
            body = urllib.parse.urlencode(data).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            # What a browser sends with a form: CSRF protection checks it against the host.
            headers["Origin"] = server.origin
        request = urllib.request.Request(  # noqa: S310  (always http://127.0.0.1)
            server.base_url + path, data=body, headers=headers, method=method
        )
        try:
            with self.opener.open(request, timeout=30) as answer:
                return Response(answer.status, dict(answer.headers), answer.read().decode())
        except urllib.error.HTTPError as error:
            with error:
                return Response(error.code, dict(error.headers), error.read().decode(errors="replace"))

    def get(self, server, path, **kwargs):
        return self.request(server, path, **kwargs)

    def post_form(self, server, path, data):
        """GET the form at `path`, then POST it with its CSRF token and `data`."""
        form = self.get(server, path)
        assert form.status == 200, f"GET {path} on {server.name}: {form.status}"
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text)
        assert token, f"no CSRF token in the form at {path}"
        return self.request(server, path, data={"csrfmiddlewaretoken": token.group(1), **data})

    def sign_in(self, server, username, password, secret):
        """Through the staff door: password, then a code from the account's authenticator key."""
        answer = self.post_form(
            server,
            "/tai-khoan/dang-nhap/?next=/admin/",
            {"username": username, "password": password, "next": "/admin/"},
        )
        assert answer.status == 302, f"sign-in on {server.name} failed"
        answer = self.post_form(server, answer.headers["Location"], {"code": fresh_code(secret)})
        assert answer.status == 302 and answer.headers["Location"] == "/admin/", (
            f"second factor on {server.name} failed"
        )
        return answer

    def cookie(self, name):
        return next((cookie.value for cookie in self.cookies if cookie.name == name), None)

    def sign_out(self, server):
        # The CSRF cookie holds the unmasked secret, which Django accepts as the form's token too.
        return self.request(server, "/admin/logout/", data={"csrfmiddlewaretoken": self.cookie("csrftoken")})


@pytest.fixture
def visitor():
    return Visitor()


@pytest.fixture
def editor(cluster):
    """A browser signed in to the admin as the demo superuser, on server A."""
    browser = Visitor()
    admin = next(user for user in USERS if user["username"] == "admin")
    browser.sign_in(cluster.servers[0], "admin", admin["password"], admin["totp"])
    return browser
