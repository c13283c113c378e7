"""
`make bench`, training reports: a course report and a quiz's statistics for 5,000 learners and 50,000 attempts.

Generates the data in bulk (learners, their enrolments in agencies and units, ten finished attempts each at a quiz
of ten questions: 500,000 answers) in a fresh database, then times, in the same process:

- `courses.reports.course_report` (what the report page and its exports compute): target under 1 second;
- `courses.statistics.compute` (what the background task computes): target under 10 seconds;

on SQLite and, when one answers, on PostgreSQL (DATABASE_URL, or the local server at 127.0.0.1 as `postgres`),
each in a database of its own that is deleted afterwards. Each measurement is repeated and the median reported;
results are appended to bench/RESULTS.md under their own heading.

    python bench/courses_reports.py            # both databases
    python bench/courses_reports.py --worker   # (internal) one database, from DATABASE_URL
"""

import datetime
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import RESULTS, machine_description  # noqa: E402  (bench/ is not a package)

REPO = Path(__file__).resolve().parents[1]
LEARNERS = int(os.environ.get("BENCH_LEARNERS", "5000"))
ATTEMPTS_EACH = int(os.environ.get("BENCH_ATTEMPTS_EACH", "10"))
QUESTIONS = int(os.environ.get("BENCH_QUESTIONS", "10"))
REPORT_ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))
HEADING = "Training: course report and quiz statistics"


def worker():
    """Generate the data in the database of DATABASE_URL, time both computations, print the result as JSON."""
    import random

    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.db import connection, transaction
    from django.utils import timezone

    from courses.models import Attempt, AttemptSlot, Enrolment
    from courses.reports import course_report
    from courses.statistics import compute

    rng = random.Random(20250701)  # noqa: S311  (test data, not secrets)
    course_key, quiz_key = uuid.uuid4(), uuid.uuid4()
    question_keys = [uuid.uuid4() for _ in range(QUESTIONS)]
    difficulty = [0.35 + 0.06 * index for index in range(QUESTIONS)]  # some questions easier than others
    agencies = [f"Ủy ban nhân dân xã Thử {index}" for index in range(40)] + [
        f"Công an tỉnh Thử {i}" for i in range(10)
    ]
    units = [f"Xã Thử {index}" for index in range(60)]
    now = timezone.now()
    today = timezone.localdate()
    started = time.monotonic()
    User = get_user_model()
    with transaction.atomic():
        User.objects.bulk_create(
            [User(username=f"bench.report.{n}", full_name=f"Học viên {n}") for n in range(LEARNERS)], batch_size=2000
        )
        users = list(User.objects.filter(username__startswith="bench.report.").values_list("pk", flat=True))
        Enrolment.objects.bulk_create(
            [
                Enrolment(
                    user_id=user_id,
                    course_key=course_key,
                    course_title="Khóa học thử",
                    agency_name=rng.choice(agencies),
                    administrative_unit_name=rng.choice(units),
                    due_date=today + datetime.timedelta(days=rng.randint(-30, 30)) if rng.random() < 0.7 else None,
                    completed_at=now if rng.random() < 0.5 else None,
                )
                for user_id in users
            ],
            batch_size=2000,
        )
    enrolments = list(Enrolment.objects.filter(course_key=course_key).values_list("pk", "user_id"))
    for chunk_start in range(0, len(enrolments), 500):
        with transaction.atomic():
            attempts = []
            marks = []
            for enrolment_id, user_id in enrolments[chunk_start : chunk_start + 500]:
                ability = rng.random()
                for number in range(1, ATTEMPTS_EACH + 1):
                    answer_marks = [
                        1 if rng.random() < min(0.95, ability * 0.6 + difficulty[index] * 0.6) else 0
                        for index in range(QUESTIONS)
                    ]
                    score = sum(answer_marks)
                    attempts.append(
                        Attempt(
                            user_id=user_id,
                            enrolment_id=enrolment_id,
                            quiz_key=quiz_key,
                            quiz_title="Bài kiểm tra thử",
                            number=number,
                            state=Attempt.State.FINISHED,
                            finished_at=now,
                            seed=number,
                            rules={"pass_mark": "80", "navigation": "free"},
                            max_score=QUESTIONS,
                            score=score,
                            percent=100 * score / QUESTIONS,
                            passed=score * 100 >= 80 * QUESTIONS,
                        )
                    )
                    marks.append(answer_marks)
            Attempt.objects.bulk_create(attempts, batch_size=2000)
            by_key = {
                (enrolment_id, number): pk
                for pk, enrolment_id, number in Attempt.objects.filter(
                    quiz_key=quiz_key, enrolment_id__in={a.enrolment_id for a in attempts}
                ).values_list("pk", "enrolment_id", "number")
            }
            slots = []
            for attempt, answer_marks in zip(attempts, marks, strict=True):
                attempt_id = by_key[(attempt.enrolment_id, attempt.number)]
                for position, (question_key, mark) in enumerate(zip(question_keys, answer_marks, strict=True)):
                    slots.append(
                        AttemptSlot(
                            attempt_id=attempt_id,
                            position=position,
                            page=position,
                            question_key=question_key,
                            snapshot={"type": "single", "title": f"Câu {position + 1}", "mark": "1", "options": []},
                            fraction=mark,
                            mark=mark,
                        )
                    )
            AttemptSlot.objects.bulk_create(slots, batch_size=5000)
    generated = time.monotonic() - started
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")

    def timed(function, rounds):
        times = []
        for _ in range(rounds):
            begin = time.perf_counter()
            result = function()
            times.append(time.perf_counter() - begin)
        return statistics.median(times), result

    report_seconds, (total, rows) = timed(lambda: course_report(course_key), REPORT_ROUNDS)
    statistics_seconds, data = timed(lambda: compute(quiz_key), 3)
    print(
        json.dumps(
            {
                "vendor": connection.vendor,
                "learners": total.enrolled,
                "attempts": Attempt.objects.filter(quiz_key=quiz_key).count(),
                "answers": AttemptSlot.objects.filter(attempt__quiz_key=quiz_key).count(),
                "groups": len(rows),
                "generated_seconds": round(generated, 1),
                "report_seconds": report_seconds,
                "statistics_seconds": statistics_seconds,
                "questions": len(data["questions"]),
            }
        )
    )


def postgres_url():
    """A server URL (without the database) for PostgreSQL, or None when none answers."""
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith("postgres"):
        return url.rsplit("/", 1)[0]
    try:
        import psycopg

        with psycopg.connect("host=127.0.0.1 user=postgres dbname=postgres connect_timeout=2"):
            return "postgres://postgres@127.0.0.1:5432"
    except Exception:  # noqa: BLE001  (no server: SQLite only)
        return None


def run_worker(database_url):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "safereturn.settings.test", "DATABASE_URL": database_url}
    env.pop("REDIS_URL", None)
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--no-input"], cwd=REPO, env=env, check=True, capture_output=True
    )
    result = subprocess.run(
        [sys.executable, __file__, "--worker"], cwd=REPO, env=env, check=True, capture_output=True, text=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def main():
    results = []
    with tempfile.TemporaryDirectory(prefix="safereturn-bench-reports-") as workdir:
        print("Training reports: SQLite...")
        results.append(run_worker(f"sqlite:///{Path(workdir) / 'bench.sqlite3'}"))
    server = postgres_url()
    if server:
        import psycopg

        name = f"safereturn_courses_bench_{os.getpid()}"
        admin = "host=127.0.0.1 user=postgres dbname=postgres" if server.endswith("@127.0.0.1:5432") else None
        conninfo = admin or server + "/postgres"
        with psycopg.connect(conninfo, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        try:
            print("Training reports: PostgreSQL...")
            results.append(run_worker(f"{server}/{name}"))
        finally:
            with psycopg.connect(conninfo, autocommit=True) as connection:
                connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    else:
        print("No PostgreSQL server answered: SQLite only.")
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    first = results[0]
    lines = [
        f"## {now}: {HEADING.lower().removeprefix('training: ')}",
        "",
        f"Machine: {machine_description()}.",
        f"bench/courses_reports.py: test settings; {first['learners']:,} learners in {first['groups']} agency and "
        f"unit groups, {first['attempts']:,} finished attempts with {first['answers']:,} answers to "
        f"{first['questions']} questions, made in bulk. Medians of {REPORT_ROUNDS} runs (report) and 3 runs "
        "(statistics), in one process. Targets: the report under 1 s, the statistics under 10 s.",
        "",
        "| database | course report (s) | quiz statistics (s) | data generated in (s) |",
        "|---|---:|---:|---:|",
    ]
    for result in results:
        lines.append(
            f"| {result['vendor']} | {result['report_seconds']:.3f} | {result['statistics_seconds']:.2f} | "
            f"{result['generated_seconds']:.0f} |"
        )
    lines.append("")
    report = "\n".join(lines)
    print("\n" + report)
    text = RESULTS.read_text()
    heading_end = text.index("\n## ")
    RESULTS.write_text(text[: heading_end + 1] + report + "\n" + text[heading_end + 1 :])
    failed = [r for r in results if r["report_seconds"] >= 1 or r["statistics_seconds"] >= 10]
    if failed:
        sys.exit(f"Over the targets: {failed}")


if __name__ == "__main__":
    if "--worker" in sys.argv:
        worker()
    else:
        main()
