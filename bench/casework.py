"""
`make bench`, casework: the case list and the case page with 100,000 cases.

For SQLite and for PostgreSQL (when one answers at BENCH_POSTGRES_URL, or at
DATABASE_URL when that is PostgreSQL, or at postgres://postgres@127.0.0.1:5432):

1. a database with the seeded demo and 100,000 more cases (fictional people,
   encrypted, with their keyed hashes, spread over the demo's six communes),
   made in bulk once and reused between runs: a cached SQLite file under
   var/bench/, and a PostgreSQL template database; each run works on a copy;
2. gunicorn with production settings and 2 sync workers, signed in as the
   demo coordinator (who sees every case) through a session verified by a
   second factor;
3. wrk -t2 -c4 for 10 s on the case list filtered by commune and stage at
   page 5, and on one case's page, in 3 interleaved rounds; the median p95
   is reported (target: under 300 ms), with the SQL queries each page costs
   at this size and on the demo alone (they must be the same).

Every request also writes its audit event and touches the session, as in
production. Results are appended to bench/RESULTS.md, after its header.
"""

import base64
import datetime
import json
import os
import shutil
import sqlite3
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
CACHE = REPO / "var" / "bench"
CASES = int(os.environ.get("BENCH_CASEWORK_CASES", "100000"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
DURATION = os.environ.get("BENCH_DURATION", "10s")
# Bump when the generated data changes shape: cached databases of another version are rebuilt.
VERSION = 1
BATCH = 2000
P95_TARGET_MS = 300
LUA = (
    'done = function(summary, latency, requests) io.write(string.format("P95_US %d\\n", latency:percentile(95))) end\n'
)


# The data, made once -----------------------------------------------------------------------------------------------

GENERATE = r"""
import datetime, random, secrets, sys, time
from django.contrib.auth import get_user_model
from casework.demo.seeder import SURNAMES, number_words
from casework.models import Case, CaseAssignment, IntakeChannel, Person, Sex, Stage
from casework.models.cases import NUMBER_ALPHABET, NUMBER_LENGTH
from safereturn.organisation.models import Agency

total = int(sys.argv[1])
rng = random.Random(20250701)
users = {user.username: user for user in get_user_model().objects.filter(username__startswith="hoso.")}
committees = list(Agency.objects.filter(agency_type="commune_committee", casework_cases__isnull=False).distinct())
stages, channels = list(Stage), list(IntakeChannel)
numbers = set(Case.objects.values_list("number", flat=True))
start = time.perf_counter()
made = 0
while made < total:
    size = min(1000, total - made)
    people, cases = [], []
    for n in range(made, made + size):
        sex = Sex.FEMALE if rng.random() < 0.8 else Sex.MALE
        middle = "Thị" if sex == Sex.FEMALE else "Văn"
        people.append(Person(
            full_name=f"{SURNAMES[n % 10]} {middle} Mẫu {number_words(n % 99 + 1)} Số{n}",
            birth_date=datetime.date(1970 + rng.randrange(35), 1 + rng.randrange(12), 1 + rng.randrange(28)),
            sex=sex,
            ethnicity="Kinh",
            nationality="Việt Nam",
        ))
    Person.objects.bulk_create(people)
    for n, person in enumerate(people, start=made):
        while True:
            number = "".join(secrets.choice(NUMBER_ALPHABET) for _ in range(NUMBER_LENGTH))
            if number not in numbers:
                numbers.add(number)
                break
        committee = committees[n % len(committees)]
        cases.append(Case(
            number=number,
            person=person,
            commune_id=committee.administrative_unit_id,
            province_id=committee.administrative_unit.parent_id,
            receiving_agency=committee,
            received_on=datetime.date(2025, 7, 1) + datetime.timedelta(days=rng.randrange(500)),
            stage=stages[n % len(stages)],
            intake_channel=channels[n % len(channels)],
            circumstances="Nhân vật hư cấu (dữ liệu thử tải).",
            created_by_id=users["hoso.xa"].pk,
        ))
    Case.objects.bulk_create(cases)
    CaseAssignment.objects.bulk_create(
        [CaseAssignment(case=case, user=users["hoso.congan"]) for case in cases[::10]]
    )
    made += size
    if made % 20000 == 0:
        print(f"  {made} cases ({time.perf_counter() - start:.0f} s)", flush=True)
print(f"GENERATED {made} {time.perf_counter() - start:.1f}")
"""

# A session of the demo coordinator, signed in and verified by their authenticator, as the door would leave it.
SESSION = r"""
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.contrib.sessions.backends.db import SessionStore
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

user = get_user_model().objects.get(username="hoso.dieuphoi")
session = SessionStore()
session[SESSION_KEY] = str(user.pk)
session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
session[HASH_SESSION_KEY] = user.get_session_auth_hash()
session[DEVICE_ID_SESSION_KEY] = TOTPDevice.objects.get(user=user).persistent_id
session.create()
print("SESSION", session.session_key)
"""

# The SQL queries of each page, counted in-process with the same session.
QUERIES = r"""
import json, sys
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

client = Client(HTTP_HOST="127.0.0.1")
client.cookies["sessionid"] = sys.argv[1]
counts = {}
for name, url in json.loads(sys.argv[2]).items():
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    counts[name] = len(captured)
print("QUERIES", json.dumps(counts))
"""

# Where the list and the case page are: a demo commune's filtered list, and one of its cases.
TARGETS = r"""
import json
from casework.models import Case
case = Case.objects.filter(person__full_name__isnull=False).order_by("-received_on", "id").first()
commune = case.commune_id
print("TARGETS", json.dumps({
    "case list (commune + stage, page 5)": f"/casework/?commune={commune}&stage=received_by_commune&page=5",
    "case page": f"/casework/ho-so/{case.pk}/",
}))
"""


def keys():
    """Keys of the bench's own, made once and kept with the cached databases (which they encrypt)."""
    path = CACHE / "keys.json"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        made = {
            "secret": base64.urlsafe_b64encode(os.urandom(40)).decode(),
            "enc": f"bench-e1:{base64.urlsafe_b64encode(os.urandom(32)).decode()}",
            "hash": f"bench-h1:{base64.urlsafe_b64encode(os.urandom(32)).decode()}",
        }
        path.write_text(json.dumps(made))
        path.chmod(0o600)
    return json.loads(path.read_text())


def environment(database_url, workdir):
    key = keys()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "safereturn.settings.production",
        "DJANGO_SECRET_KEY": key["secret"],
        "FIELD_ENCRYPTION_KEYS": key["enc"],
        "FIELD_HASH_KEYS": key["hash"],
        "ALLOWED_HOSTS": "127.0.0.1,testserver",
        "DATABASE_URL": database_url,
        "STATIC_ROOT": str(workdir / "static"),
        "MEDIA_ROOT": str(workdir / "media"),
        "PRIVATE_MEDIA_ROOT": str(workdir / "uploads"),
        "CASEWORK_STORAGE_ROOT": str(workdir / "casework"),
        "CACHE_DIR": str(workdir / "cache"),
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "SAFERETURN_ALLOW_DEMO": "1",
    }
    env.pop("REDIS_URL", None)
    return env


def manage(env, *command):
    done = subprocess.run([sys.executable, "manage.py", *command], cwd=REPO, env=env, capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"manage.py {' '.join(command)} failed:\n{done.stderr[-3000:]}")
    return done.stdout


def script(env, code, *args):
    done = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()\n" + code, *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode:
        sys.exit(f"A bench step failed:\n{done.stderr[-3000:]}")
    return done.stdout


def tagged(output, tag):
    return next(line.split(" ", 1)[1] for line in output.splitlines() if line.startswith(tag + " "))


def populate(env):
    """Migrate, seed the demo and add CASES cases; returns the seconds the cases took."""
    manage(env, "migrate", "--no-input")
    manage(env, "seed_demo")
    print(f"  generating {CASES} cases in bulk...", flush=True)
    output = script(env, GENERATE, str(CASES))
    return float(tagged(output, "GENERATED").split()[1])


# SQLite: a cached file, copied for each run ------------------------------------------------------------------------


def sqlite_database(workdir):
    cached = CACHE / f"casework-{CASES}-v{VERSION}.sqlite3"
    seconds = None
    if not cached.exists():
        print(f"Building the SQLite database of {CASES} cases (once; kept in {cached})...", flush=True)
        building = CACHE / f"building-{os.getpid()}.sqlite3"
        seconds = populate(environment(f"sqlite:///{building}", workdir))
        with sqlite3.connect(building) as connection:  # fold the write-ahead log into the file before keeping it
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        building.rename(cached)
    copy = workdir / "casework.sqlite3"
    shutil.copyfile(cached, copy)
    return f"sqlite:///{copy}", seconds, lambda: None


# PostgreSQL: a template database, copied for each run --------------------------------------------------------------


def postgres_base():
    url = os.environ.get("BENCH_POSTGRES_URL") or os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        url = "postgres://postgres@127.0.0.1:5432/postgres"
    return url.rsplit("/", 1)[0]


def postgres_admin(sql, base):
    import psycopg

    with psycopg.connect(base + "/postgres", autocommit=True, connect_timeout=3) as connection:
        cursor = connection.execute(sql)
        return cursor.fetchall() if sql.lstrip().upper().startswith("SELECT") else None


def postgres_database(workdir):
    base = postgres_base()
    try:
        postgres_admin("SELECT 1", base)
    except Exception as error:  # noqa: BLE001
        print(f"PostgreSQL not reachable at {base} ({type(error).__name__}): skipped.")
        return None, None, None
    template = f"safereturn_bench_casework_v{VERSION}_{CASES}"
    seconds = None
    if not postgres_admin(f"SELECT 1 FROM pg_database WHERE datname = '{template}'", base):  # noqa: S608
        print(f"Building the PostgreSQL template {template} (once)...", flush=True)
        building = f"{template}_building"
        postgres_admin(f'DROP DATABASE IF EXISTS "{building}" WITH (FORCE)', base)
        postgres_admin(f'CREATE DATABASE "{building}"', base)
        seconds = populate(environment(f"{base}/{building}", workdir))
        postgres_admin(f'ALTER DATABASE "{building}" RENAME TO "{template}"', base)
    run_database = f"safereturn_bench_casework_run_{os.getpid()}"
    postgres_admin(f'CREATE DATABASE "{run_database}" TEMPLATE "{template}"', base)
    return (
        f"{base}/{run_database}",
        seconds,
        lambda: postgres_admin(f'DROP DATABASE IF EXISTS "{run_database}" WITH (FORCE)', base),
    )


# Measuring ---------------------------------------------------------------------------------------------------------


def wrk(binary, url, session, lua):
    output = subprocess.run(
        [
            binary,
            "-t2",
            "-c4",
            f"-d{DURATION}",
            "--latency",
            "-s",
            str(lua),
            "-H",
            f"Cookie: sessionid={session}",
            url,
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    if "Non-2xx or 3xx responses" in output:
        sys.exit(f"{url} answered errors under load:\n{output}")
    rps = float(next(line for line in output.splitlines() if line.startswith("Requests/sec:")).split()[1])
    return {"rps": rps, "p95": int(tagged(output, "P95_US")) / 1000}


def measure(name, database, binary, workdir):
    url, generated_in, drop = database(workdir)
    if url is None:
        return None
    env = environment(url, workdir)
    try:
        manage(env, "migrate", "--no-input")  # whatever migrations came since the data was made
        manage(env, "collectstatic", "--no-input")
        session = tagged(script(env, SESSION), "SESSION")
        targets = json.loads(tagged(script(env, TARGETS), "TARGETS"))
        queries = json.loads(tagged(script(env, QUERIES, session, json.dumps(targets)), "QUERIES"))
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
        lua = workdir / "p95.lua"
        lua.write_text(LUA)
        try:
            request = urllib.request.Request(
                base + list(targets.values())[0], headers={"Cookie": f"sessionid={session}"}
            )
            for _ in range(150):
                try:
                    with urllib.request.urlopen(request, timeout=10):  # loopback only; an error status raises
                        break
                except OSError:
                    time.sleep(0.2)
            else:
                sys.exit("gunicorn did not start")
            runs = {target: [] for target in targets}
            for round_number in range(1, ROUNDS + 1):
                for target, path in targets.items():
                    runs[target].append(wrk(binary, base + path, session, lua))
                    last = runs[target][-1]
                    print(f"{name} round {round_number}/{ROUNDS}  {target:38s} p95 {last['p95']:7.1f} ms")
        finally:
            server.terminate()
            server.wait(timeout=30)
    finally:
        drop()
    return {
        "generated_in": generated_in,
        "queries": queries,
        "targets": {
            target: {key: statistics.median(run[key] for run in results) for key in ("rps", "p95")}
            for target, results in runs.items()
        },
    }


def demo_queries(workdir):
    """The same pages' queries on the demo alone (60 cases), to show they do not grow."""
    database = workdir / "demo.sqlite3"
    env = environment(f"sqlite:///{database}", workdir)
    manage(env, "migrate", "--no-input")
    manage(env, "seed_demo")
    manage(env, "collectstatic", "--no-input")
    session = tagged(script(env, SESSION), "SESSION")
    targets = json.loads(tagged(script(env, TARGETS), "TARGETS"))
    # The demo has a handful of cases per commune: its first page, unfiltered by stage, has rows to show.
    targets = {name: path.replace("&stage=received_by_commune&page=5", "&page=1") for name, path in targets.items()}
    return json.loads(tagged(script(env, QUERIES, session, json.dumps(targets)), "QUERIES"))


def main():
    binary = ensure_wrk()
    workdir = Path(tempfile.mkdtemp(prefix="safereturn-bench-casework-"))
    try:
        small = demo_queries(workdir)
        results = {}
        for name, database in (("sqlite", sqlite_database), ("postgresql", postgres_database)):
            result = measure(name, database, binary, workdir)
            if result is not None:
                results[name] = result
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"## {now}: casework with {CASES:,} cases",
        "",
        f"Machine: {machine_description()}.",
        f"bench/casework.py: gunicorn with 2 sync workers, production settings; the demo plus {CASES:,} fictional "
        "cases made in bulk (encrypted, with their keyed hashes) and reused between runs; signed in as the demo "
        f"coordinator (every case of the province); wrk -t2 -c4 -d{DURATION} on loopback, {ROUNDS} interleaved "
        "rounds, medians shown; each request also writes its audit event. The load generator and the workers share "
        f"the machine's cores. Target: p95 under {P95_TARGET_MS} ms, and the same number of SQL queries as with the "
        "demo's 60 cases.",
        "",
        "| database | page | requests/s | p95 ms | SQL queries | with 60 cases |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for name, result in results.items():
        for target, median in result["targets"].items():
            lines.append(
                f"| {name} | {target} | {median['rps']:.0f} | {median['p95']:.1f} | {result['queries'][target]} | "
                f"{small[target]} |"
            )
    built = [f"{name} in {result['generated_in']:.0f} s" for name, result in results.items() if result["generated_in"]]
    lines += [
        "",
        f"Cases generated this run: {', '.join(built)}." if built else "Databases reused from earlier runs.",
        "",
    ]
    report = "\n".join(lines)
    print("\n" + report)
    text = RESULTS.read_text()
    first = text.find("\n## ")
    RESULTS.write_text(text[: first + 1] + report + "\n" + text[first + 1 :] if first >= 0 else text + "\n" + report)
    slow = [
        (name, target)
        for name, result in results.items()
        for target, median in result["targets"].items()
        if median["p95"] >= P95_TARGET_MS
    ]
    grew = [target for result in results.values() for target in small if result["queries"][target] != small[target]]
    if slow or grew:
        sys.exit(f"Casework bench missed its targets: slow {slow}, queries grew on {grew}.")


if __name__ == "__main__":
    main()
