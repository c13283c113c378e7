"""
`make bench`, training: quiz answers saved per second under gunicorn.

Serves the seeded demo with production settings (two gunicorn workers,
SQLite), gives each of CONNECTIONS learners an attempt at the demo quiz, and
has each save an answer on the first page again and again for DURATION
seconds, as the attempt page's autosave does: a POST of the page's form that
asks for JSON and carries the version the previous save returned. A second
measurement does the same without JavaScript: the form's POST and the GET of
the page its redirect leads to, counted as one submission.

The load comes from threads of this process (the answers depend on each
reply, which wrk cannot do without a script). Machines here are shared and
noisy: rounds are interleaved and medians reported. Results are appended to
bench/RESULTS.md under their own heading.
"""

import base64
import datetime
import http.client
import json
import os
import re
import secrets
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import RESULTS, free_port, machine_description  # noqa: E402  (bench/ is not a package)

REPO = Path(__file__).resolve().parents[1]
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
SECONDS = float(os.environ.get("BENCH_SECONDS", "10"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "8"))
WORKERS = os.environ.get("BENCH_WORKERS", "2")
HEADING = "Training: quiz answers saved per second"

PREPARE = """
import json
from django.conf import settings
from django.test import Client
from courses import attempts as engine
from courses.models import QuizPage
from safereturn.accounts.models import User
quiz = QuizPage.objects.get(slug="bai-kiem-tra", locale__language_code="vi")
learners = []
for number in range({count}):
    user, _ = User.objects.get_or_create(username=f"bench.{{number}}", defaults={{"full_name": "Bench learner"}})
    attempt = engine.start_or_resume(user, quiz)
    slot = next(slot for slot in attempt.slots.filter(page=0) if slot.option_order)
    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    learners.append({{
        "session": client.cookies[settings.SESSION_COOKIE_NAME].value,
        "path": f"/hoc-tap/bai-lam/{{attempt.uuid}}/",
        "field": f"q-{{slot.pk}}",
        "options": slot.option_order[:2],
    }})
print(json.dumps(learners))
"""


class Learner:
    """One learner's keep-alive connection, saving answers in turn as their attempt page would."""

    def __init__(self, port, spec):
        self.port = port
        self.spec = spec
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        self.cookies = {"sessionid": spec["session"]}
        self.version, self.token = self.open_page()
        self.turn = 0

    def request(self, method, path, body=None, headers=None):
        cookie = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        self.connection.request(method, path, body=body, headers={"Cookie": cookie, **(headers or {})})
        response = self.connection.getresponse()
        data = response.read()
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name] = rest.split(";", 1)[0]
        return response.status, data

    def open_page(self):
        status, html = self.request("GET", self.spec["path"] + "?page=0")
        if status != 200:
            sys.exit(f"The attempt page answered {status}.")
        html = html.decode()
        version = int(re.search(r'name="version" value="(\d+)"', html).group(1))
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        return version, token

    def form(self):
        self.turn += 1
        option = self.spec["options"][self.turn % len(self.spec["options"])]
        fields = {
            "csrfmiddlewaretoken": self.token,
            "page": "0",
            "version": str(self.version),
            "action": "save",
            self.spec["field"]: str(option),
        }
        return "&".join(f"{key}={value}" for key, value in fields.items())

    def save_with_javascript(self):
        status, body = self.request(
            "POST",
            self.spec["path"],
            self.form(),
            {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"},
        )
        if status != 200:
            raise RuntimeError(f"autosave answered {status}: {body[:200]!r}")
        self.version = json.loads(body)["version"]

    def save_without_javascript(self):
        status, body = self.request(
            "POST", self.spec["path"], self.form(), {"Content-Type": "application/x-www-form-urlencoded"}
        )
        if status != 303:
            raise RuntimeError(f"the form's POST answered {status}: {body[:200]!r}")
        self.version, self.token = self.open_page()


def measure(learners, method):
    """Run every learner's `method` in a loop for SECONDS; returns (submissions per second, latencies in ms)."""
    latencies = []
    lock = threading.Lock()
    stop = time.monotonic() + SECONDS
    errors = []

    def work(learner):
        mine = []
        try:
            while time.monotonic() < stop:
                started = time.perf_counter()
                getattr(learner, method)()
                mine.append((time.perf_counter() - started) * 1000)
        except Exception as error:  # noqa: BLE001  (reported below, the benchmark stops)
            errors.append(error)
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=work, args=(learner,)) for learner in learners]
    begun = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        sys.exit(f"{method} failed under load: {errors[0]}")
    return len(latencies) / (time.monotonic() - begun), latencies


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main():
    workdir = Path(tempfile.mkdtemp(prefix="safereturn-bench-courses-"))
    python = sys.executable
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "safereturn.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"sqlite:///{workdir / 'bench.sqlite3'}",
        "STATIC_ROOT": str(workdir / "static"),
        "MEDIA_ROOT": str(workdir / "media"),
        "PRIVATE_MEDIA_ROOT": str(workdir / "uploads"),
        "CACHE_DIR": str(workdir / "cache"),
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "SAFERETURN_ALLOW_DEMO": "1",
    }
    # Throwaway keys for the settings production requires of the casework app (never used here).
    for name in ("FIELD_ENCRYPTION_KEYS", "FIELD_HASH_KEYS"):
        env.setdefault(name, "bench:" + base64.urlsafe_b64encode(secrets.token_bytes(32)).decode().rstrip("="))
    env.pop("REDIS_URL", None)
    for command in (["migrate", "--no-input"], ["collectstatic", "--no-input"], ["seed_demo"]):
        subprocess.run([python, "manage.py", *command], cwd=REPO, env=env, check=True, capture_output=True)
    prepared = subprocess.run(
        [python, "manage.py", "shell", "--no-imports", "-c", PREPARE.format(count=CONNECTIONS)],
        cwd=REPO,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    specs = json.loads(prepared.stdout.strip().splitlines()[-1])

    port = free_port()
    server = subprocess.Popen(
        [
            str(Path(python).parent / "gunicorn"),
            "safereturn.wsgi:application",
            f"--bind=127.0.0.1:{port}",
            f"--workers={WORKERS}",
            "--log-level=warning",
        ],
        cwd=REPO,
        env=env,
    )
    runs = {"with JavaScript (autosave, JSON)": [], "without JavaScript (form POST + next page)": []}
    methods = dict(zip(runs, ("save_with_javascript", "save_without_javascript"), strict=True))
    try:
        for _ in range(100):
            try:
                http.client.HTTPConnection("127.0.0.1", port, timeout=2).request("GET", "/robots.txt")
                break
            except OSError:
                time.sleep(0.2)
        learners = [Learner(port, spec) for spec in specs]
        measure(learners, "save_with_javascript")  # warm the workers
        for round_number in range(1, ROUNDS + 1):
            for name, method in methods.items():
                rate, latencies = measure(learners, method)
                runs[name].append({"rps": rate, "p50": percentile(latencies, 0.5), "p99": percentile(latencies, 0.99)})
                print(f"round {round_number}/{ROUNDS}  {name:44s} {rate:8.1f} submissions/s")
    finally:
        server.terminate()
        server.wait(timeout=30)

    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"## {now}: {HEADING}",
        "",
        f"Machine: {machine_description()}.",
        f"gunicorn with {WORKERS} sync workers, production settings, SQLite; {CONNECTIONS} learners, each with its "
        f"own attempt at the demo quiz and one keep-alive connection, saving an answer on the first page in turn "
        f"(each request carries the version the previous one returned) for {SECONDS:.0f} s; {ROUNDS} interleaved "
        "rounds, medians shown. The load comes from threads of one Python process on the same machine, which "
        "shares the cores with the workers and caps every figure. bench/courses_answers.py.",
        "",
        "| submission | per second | p50 ms | p99 ms |",
        "|---|---:|---:|---:|",
    ]
    for name, results in runs.items():
        median = {key: statistics.median(result[key] for result in results) for key in ("rps", "p50", "p99")}
        lines.append(f"| {name} | {median['rps']:.0f} | {median['p50']:.1f} | {median['p99']:.1f} |")
    lines.append("")
    report = "\n".join(lines)
    print("\n" + report)
    text = RESULTS.read_text() if RESULTS.exists() else "# Benchmark results\n\n"
    heading_end = text.find("\n## ")
    if heading_end == -1:
        RESULTS.write_text(text.rstrip("\n") + "\n\n" + report + "\n")
    else:
        RESULTS.write_text(text[: heading_end + 1] + report + "\n" + text[heading_end + 1 :])


if __name__ == "__main__":
    main()
