"""
`make bench`, reports from the public: report submissions per second under gunicorn.

1. a SQLite database with the seeded demo (its report page at /gui-tin-bao/),
   production settings, the bench's own keys;
2. BODIES ready-made form submissions, each with its own signed form token
   and a solved proof of work, made in one process beforehand (the server
   checks a proof with one SHA-256 whatever the difficulty, so the bench sets
   PUBLIC_REPORT_POW_BITS to 8 to make them quickly) and the CSRF cookie's
   secret; the hourly limit per address is lifted (every request comes from
   127.0.0.1), and everything else is as in production: the form is
   validated, the token is spent in the cache, the report is encrypted and
   stored, and the page with its follow-up code is rendered;
3. gunicorn with 2 sync workers; wrk -t2 -c4 for DURATION, each connection
   posting submissions no other connection posts, in ROUNDS rounds. What is
   reported is reports *stored* per second (counted in the database after
   each round), beside wrk's requests per second: a submission the server
   refused would show as a difference between the two.

Results are added to bench/RESULTS.md, after its header. Run alone with
`.venv/bin/python bench/public_reports.py`.
"""

import base64
import datetime
import os
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import RESULTS, ensure_wrk, free_port, machine_description  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
DURATION = os.environ.get("BENCH_DURATION", "10s")
BODIES = int(os.environ.get("BENCH_REPORT_BODIES", "20000"))
POW_BITS = 8

# Form submissions made ahead, one per line, in the server's own settings (its secret key signs the tokens).
BODIES_SCRIPT = r"""
import sys, urllib.parse
from campaigns import reports
from casework import public_reports

count, csrf, path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
province = public_reports.provinces().first().pk
with open(path, "w") as out:
    for n in range(count):
        token = reports.issue_token()
        proof = 0
        while not reports.proof_of_work_holds(token, str(proof)):
            proof += 1
        out.write(urllib.parse.urlencode({
            "csrfmiddlewaretoken": csrf,
            "step": "report",
            "reporter_choice": "anonymous" if n % 3 else "contact",
            "urgent": "no",
            "text": f"Thử tải (dữ liệu giả) số {n}: một người lạ hứa việc làm lương cao ở nước ngoài, giữ hộ chiếu.",
            "province": province,
            "commune": "",
            "place": "Thôn Thử Tải",
            "name": "Người Thử Tải" if n % 3 == 0 else "",
            "contact": "0900 000 000" if n % 3 == 0 else "",
            "website": "",
            "token": token,
            "proof": str(proof),
        }) + "\n")
print("BODIES", count)
"""

COUNT = r"""
from casework.models import PublicReport
print("REPORTS", PublicReport.objects.count())
"""

# Each wrk thread posts its own share of the bodies (thread n takes lines n, n + threads, ...).
LUA = r"""
local threads, counter = {}, 1
function setup(thread)
    thread:set("id", counter)
    counter = counter + 1
end
function init(args)
    bodies = {}
    for line in io.lines("BODIES_PATH") do bodies[#bodies + 1] = line end
    index = id
    stride = 2
end
function request()
    local body = bodies[index] or bodies[1]
    index = index + stride
    return wrk.format("POST", "/gui-tin-bao/", {
        ["Content-Type"] = "application/x-www-form-urlencoded",
        ["Cookie"] = "csrftoken=CSRF",
    }, body)
end
"""


def environment(workdir):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "safereturn.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "FIELD_ENCRYPTION_KEYS": f"e1:{base64.urlsafe_b64encode(secrets.token_bytes(32)).decode()}",
        "FIELD_HASH_KEYS": f"h1:{base64.urlsafe_b64encode(secrets.token_bytes(32)).decode()}",
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"sqlite:///{workdir / 'bench.sqlite3'}",
        "STATIC_ROOT": str(workdir / "static"),
        "MEDIA_ROOT": str(workdir / "media"),
        "PRIVATE_MEDIA_ROOT": str(workdir / "uploads"),
        "CASEWORK_STORAGE_ROOT": str(workdir / "casework"),
        "CACHE_DIR": str(workdir / "cache"),
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "SAFERETURN_ALLOW_DEMO": "1",
        # Every request comes from 127.0.0.1: the hourly limit per address is lifted for the bench only.
        "PUBLIC_REPORTS_PER_HOUR": str(10**9),
        "PUBLIC_REPORT_POW_BITS": str(POW_BITS),
    }


def run(env, *args):
    done = subprocess.run([sys.executable, *args], cwd=REPO, env=env, capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"{' '.join(args[:2])} failed:\n{done.stderr[-3000:]}")
    return done.stdout


def script(env, code, *args):
    return run(env, "-c", "import django; django.setup()\n" + code, *args)


def tagged(output, tag):
    return next(line.split(" ", 1)[1] for line in output.splitlines() if line.startswith(tag + " "))


def stored(env):
    return int(tagged(script(env, COUNT), "REPORTS"))


def wrk(binary, url, lua):
    output = subprocess.run(
        [binary, "-t2", "-c4", f"-d{DURATION}", "--latency", "-s", str(lua), url],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    if "Non-2xx or 3xx responses" in output:
        sys.exit(f"{url} answered errors under load:\n{output}")
    rps = float(next(line for line in output.splitlines() if line.startswith("Requests/sec:")).split()[1])
    total = int(next(line for line in output.splitlines() if "requests in" in line).split()[0])
    return rps, total


def main():
    binary = ensure_wrk()
    workdir = Path(tempfile.mkdtemp(prefix="safereturn-bench-reports-"))
    env = environment(workdir)
    csrf = secrets.token_hex(16)  # a CSRF secret (32 characters), as the cookie holds it
    try:
        for command in (["migrate", "--no-input"], ["collectstatic", "--no-input"], ["seed_demo"]):
            run(env, "manage.py", *command)
        bodies = workdir / "bodies.txt"
        started = time.perf_counter()
        script(env, BODIES_SCRIPT, str(BODIES), csrf, str(bodies))
        print(f"  {BODIES} submissions made in {time.perf_counter() - started:.0f} s", flush=True)
        lua = workdir / "post.lua"
        port = free_port()
        server = subprocess.Popen(
            [
                str(Path(sys.executable).parent / "gunicorn"),
                "safereturn.wsgi:application",
                f"--bind=127.0.0.1:{port}",
                "--workers=2",
                "--log-level=warning",
            ],
            cwd=REPO,
            env=env,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(150):
                try:
                    with urllib.request.urlopen(base + "/gui-tin-bao/", timeout=10):  # loopback only
                        break
                except OSError:
                    time.sleep(0.2)
            else:
                sys.exit("gunicorn did not start")
            seconds = float(DURATION.rstrip("s"))
            rounds = []
            for round_number in range(1, ROUNDS + 1):
                # Each round posts bodies no earlier round posted (a token is accepted once); the margin
                # covers requests still in flight when wrk stopped counting.
                offset = sum(total + 50 for _rps, total, _kept in rounds)
                lua.write_text(
                    LUA.replace("BODIES_PATH", str(bodies))
                    .replace("CSRF", csrf)
                    .replace("index = id", f"index = id + {offset}")
                )
                before = stored(env)
                rps, total = wrk(binary, base + "/gui-tin-bao/", lua)
                kept = stored(env) - before
                rounds.append((rps, total, kept))
                print(f"round {round_number}/{ROUNDS}  {rps:7.1f} requests/s, {kept / seconds:7.1f} reports stored/s")
        finally:
            server.terminate()
            server.wait(timeout=30)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    requests = statistics.median(rps for rps, _total, _kept in rounds)
    reports = statistics.median(kept / seconds for _rps, _total, kept in rounds)
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"## {now}: reports from the public sent per second",
        "",
        f"Machine: {machine_description()}.",
        "bench/public_reports.py: gunicorn with 2 sync workers, production settings, SQLite, file-based cache; the "
        "seeded demo's report page; each request a new anonymous or named report with its own signed token and "
        f"solved proof of work (the hourly limit per address lifted); wrk -t2 -c4 -d{DURATION} on loopback, "
        f"{ROUNDS} rounds, medians shown. The load generator and the workers share the machine's cores.",
        "",
        "| requests/s | reports stored/s |",
        "|---:|---:|",
        f"| {requests:.1f} | {reports:.1f} |",
        "",
    ]
    report = "\n".join(lines)
    print("\n" + report)
    text = RESULTS.read_text()
    first = text.find("\n## ")
    RESULTS.write_text(text[: first + 1] + report + "\n" + text[first + 1 :] if first >= 0 else text + "\n" + report)
    if reports < 0.9 * requests:
        sys.exit(
            f"Only {reports:.1f} of {requests:.1f} submissions per second were stored: some were refused (a token "
            "used twice when the rounds outrun the ready-made submissions: raise BENCH_REPORT_BODIES)."
        )


if __name__ == "__main__":
    main()
