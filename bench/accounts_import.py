"""
`make bench`, part two: importing 1,000 officials from a CSV file (issue 9).

On a fresh SQLite database (test settings), in interleaved rounds:

- the dry run of a 1,000-row file with 20 bad rows (every row checked, all
  20 errors listed, nothing saved);
- the import of the corrected file: 1,000 accounts, posts and invitations in
  one transaction, and their e-mails queued (20 background tasks).

Medians are appended to bench/RESULTS.md, after its header.
"""

import datetime
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import RESULTS, machine_description  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))

SCRIPT = """
import csv, io, json, time
from django.core.files.uploadedfile import SimpleUploadedFile
from django_tasks_db.models import DBTaskResult
from safereturn.accounts import importing
from safereturn.accounts.models import User
from safereturn.organisation.models import AdministrativeUnit, Agency

province = AdministrativeUnit.objects.create(code="B1", level="province", name="Bench", full_name="Tỉnh Bench")
commune = AdministrativeUnit.objects.create(
    code="B2", level="commune", name="Xã", full_name="Xã Bench", parent=province
)
Agency.objects.create(code="BENCH", name="Sở Bench", agency_type="provincial_health", administrative_unit=province)

def upload(round_number, bad):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Họ và tên", "E-mail", "Agency code", "Administrative unit code", "Position", "Role"])
    for n in range(1000):
        email = "r%d.n%d@example.invalid" % (round_number, n)
        if bad and n % 50 == 0:
            email = "not-an-address"
        writer.writerow(["Cán bộ %d" % n, email, "BENCH", "B2", "Chuyên viên", "official"])
    return SimpleUploadedFile("people.csv", out.getvalue().encode())

results = {"check": [], "import": []}
for round_number in range(ROUNDS):
    start = time.perf_counter()
    report = importing.check(upload(round_number, bad=True))
    results["check"].append(time.perf_counter() - start)
    assert len(report.errors) == 20
    start = time.perf_counter()
    report = importing.import_rows(upload(round_number, bad=False))
    results["import"].append(time.perf_counter() - start)
    assert report.imported == 1000
results["users"] = User.objects.count()
results["tasks"] = DBTaskResult.objects.count()
print("RESULT" + json.dumps(results))
"""


def main():
    workdir = Path(tempfile.mkdtemp(prefix="safereturn-bench-import-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "safereturn.settings.test",
        "DATABASE_URL": f"sqlite:///{workdir / 'bench.sqlite3'}",
        "MEDIA_ROOT": str(workdir / "media"),
        "PRIVATE_MEDIA_ROOT": str(workdir / "uploads"),
    }
    python = sys.executable
    subprocess.run([python, "manage.py", "migrate", "--no-input"], cwd=REPO, env=env, check=True, capture_output=True)
    script = SCRIPT.replace("ROUNDS", str(ROUNDS))
    result = subprocess.run(
        [python, "manage.py", "shell", "-c", script], cwd=REPO, env=env, check=True, capture_output=True, text=True
    )
    data = json.loads(result.stdout.split("RESULT", 1)[1])
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"## {now}: importing 1,000 accounts",
        "",
        f"Machine: {machine_description()}.",
        f"bench/accounts_import.py: test settings, SQLite, {ROUNDS} interleaved rounds, medians shown; "
        f"{data['users']} accounts and {data['tasks']} invitation tasks were made in all.",
        "",
        "| step | seconds (median) | rows/s |",
        "|---|---:|---:|",
    ]
    for step, label in (("check", "dry run, 1,000 rows with 20 bad ones"), ("import", "import, 1,000 rows")):
        median = statistics.median(data[step])
        lines.append(f"| {label} | {median:.2f} | {1000 / median:.0f} |")
    lines.append("")
    report = "\n".join(lines)
    print("\n" + report)
    text = RESULTS.read_text() if RESULTS.exists() else "# Benchmark results\n\n"
    first_section = text.find("\n## ")
    head, rest = (text[: first_section + 1], text[first_section + 1 :]) if first_section >= 0 else (text, "")
    RESULTS.write_text(head + report + "\n" + rest)


if __name__ == "__main__":
    main()
