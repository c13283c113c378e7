"""
What the training browser tests need from the live server (tests/e2e/conftest.py `live_site`): its database, to
prepare learners and to run the timer's commands, and signing in.

Learners sign in through the real door (`sign_in`): officials need no second factor, so a password is enough
(tests/e2e/staff_door.py does the same for staff, with a code). Every learner made here gets LEARNER_PASSWORD.
"""

import atexit
import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[2]
LEARNER_PASSWORD = "e2e-hoc-vien-mat-khau-dai"


def server_env(base_url):
    """The environment the live server runs with (its DATABASE_URL above all), read from its process."""
    port = urlsplit(base_url).port
    marker = f"--bind=127.0.0.1:{port}".encode()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if marker not in (entry / "cmdline").read_bytes().split(b"\0"):
                continue
            environ = (entry / "environ").read_bytes()
        except OSError:
            continue
        env = dict(item.split("=", 1) for item in environ.decode().split("\0") if "=" in item)
        return {
            **os.environ,
            **{key: env[key] for key in ("DATABASE_URL", "MEDIA_ROOT", "PRIVATE_MEDIA_ROOT") if key in env},
        }
    raise RuntimeError(f"No server process listens on port {port}.")


# One Django process per live server runs every snippet in turn (`run_python`): a fresh `manage.py shell` for each
# would set Django up again, three seconds a time, thirty-odd times a run. Between snippets the process keeps
# nothing a fresh one would not have: its database connections are closed (so the next snippet reads what the
# server wrote meanwhile, and the database can be dropped at the end), its in-memory caches are emptied and the
# language is the default again.
SHELL_LOOP = """
import contextlib, io, json, sys, traceback
import django
django.setup()
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import connections
from django.utils import translation
replies = sys.stdout
for line in sys.stdin:
    printed = io.StringIO()
    try:
        with contextlib.redirect_stdout(printed):
            exec(json.loads(line), {"__name__": "__main__"})
        reply = {"printed": printed.getvalue()}
    except BaseException:
        reply = {"printed": printed.getvalue(), "error": traceback.format_exc()}
    finally:
        connections.close_all()
        translation.deactivate()
        for cache in caches.all():
            if isinstance(cache, LocMemCache):
                cache.clear()
    replies.write(json.dumps(reply) + "\\n")
    replies.flush()
"""
_shells = {}


def _shell(base_url):
    shell = _shells.get(base_url)
    if shell is None or shell.poll() is not None:
        env = {**server_env(base_url), "DJANGO_SETTINGS_MODULE": "safereturn.settings.test"}
        shell = subprocess.Popen(
            [sys.executable, "-c", SHELL_LOOP],
            cwd=REPO,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        atexit.register(shell.kill)
        _shells[base_url] = shell
    return shell


def run_python(base_url, code):
    """Run `code` with Django set up against the live server's database; returns what it printed."""
    shell = _shell(base_url)
    shell.stdin.write(json.dumps(code) + "\n")
    shell.stdin.flush()
    line = shell.stdout.readline()
    if not line:
        raise RuntimeError(f"The Django shell of {base_url} ended (exit code {shell.wait()}).")
    reply = json.loads(line)
    if "error" in reply:
        raise RuntimeError(reply["error"][-3000:])
    return reply["printed"].strip()


def manage(base_url, *args):
    env = {**server_env(base_url), "DJANGO_SETTINGS_MODULE": "safereturn.settings.test"}
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=REPO, env=env, capture_output=True, text=True, check=True
    ).stdout


def sign_in(context, base_url, username, password=None):
    """
    Sign `username` in at the door, in the browser context `context`, and wait for "My account". Whoever was
    signed in there before is forgotten first (the axe context signs in several learners in turn).
    """
    from tests.e2e.staff_door import sign_in as door

    context.clear_cookies()
    page = context.new_page()
    door(page, base_url, username, password or LEARNER_PASSWORD)
    page.wait_for_url(lambda url: "/dang-nhap/" not in url)
    page.close()
    context.signed_in_as = username


def make_learner(base_url, username, *, assigned=True, extra_minutes=0):
    """
    A learner in the demo's commune People's Committee, with the demo's staff course assigned (due in ten days)
    and, if asked, extra time on its quiz.
    """
    run_python(
        base_url,
        "import datetime\n"
        "from django.utils import timezone\n"
        "from safereturn.accounts.models import User\n"
        "from safereturn.organisation.models import Agency\n"
        "from courses.models import Assignment, CoursePage, QuizOverride, QuizPage\n"
        "from safereturn.accounts.models import Membership\n"
        "agency = Agency.objects.filter(agency_type='commune_committee').first() or Agency.objects.first()\n"
        f"user = User.objects.create_user(username={username!r}, password={LEARNER_PASSWORD!r},"
        " full_name='Học viên thử (e2e)')\n"
        "Membership.objects.create(user=user, agency=agency, role='official', position='Công chức')\n"
        "course = CoursePage.objects.get(slug='tiep-nhan-xac-minh-ho-tro', locale__language_code='vi')\n"
        f"if {assigned!r}:\n"
        "    due = timezone.localdate() + datetime.timedelta(days=10)\n"
        "    Assignment.objects.create(course=course, user=user, due_date=due)\n"
        f"if {extra_minutes!r}:\n"
        "    quiz = QuizPage.objects.child_of(course).get()\n"
        f"    QuizOverride.objects.create(quiz=quiz, user=user, extra_minutes={extra_minutes!r}, reason='e2e')\n",
    )


def move_attempts_back(base_url, username, minutes):
    """Move the start and deadline of the learner's attempts `minutes` into the past, as if that time had passed."""
    run_python(
        base_url,
        "import datetime\n"
        "from django.db.models import F\n"
        "from courses.models import Attempt\n"
        f"delta = datetime.timedelta(minutes={minutes!r})\n"
        f"attempts = Attempt.objects.filter(user__username={username!r})\n"
        "attempts.update(started_at=F('started_at') - delta, deadline=F('deadline') - delta)\n",
    )


def attempts_of(base_url, username):
    """[(number, state, finish_reason, passed)] of the learner's attempts."""
    output = run_python(
        base_url,
        "from courses.models import Attempt\n"
        f"for a in Attempt.objects.filter(user__username={username!r}).order_by('number'):\n"
        "    print(a.number, a.state, a.finish_reason or '-', a.passed)\n",
    )
    return [tuple(line.split()) for line in output.splitlines() if line and line[0].isdigit()]
