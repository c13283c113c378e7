"""
Training records in the admin: the GIFT import's preview and its two choices, the course report by agency and
unit (from the enrolments' snapshots), its exports, who may read what; assignments and enrolment snapshots read
the learner's primary post (accounts' Membership); the admin records who made an assignment; the personal-details
warning is checked on the server.
"""

import csv
import datetime
import io
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from courses import attempts as engine
from courses.assignments import assignments_for, people_reached, sync_assignment
from courses.models import Assignment, Attempt, CourseTrainer, Enrolment, Question
from courses.posts import snapshot_post
from courses.progress import enrol
from courses.reports import course_report
from courses.trainers import TRAINING_MANAGERS, trainers_group
from safereturn.accounts.factories import UserFactory
from safereturn.accounts.models import Membership
from safereturn.organisation.factories import AdministrativeUnitFactory, AgencyFactory

pytestmark = pytest.mark.django_db

GIFT = """// Câu hỏi nhập từ Moodle
::Tiếp nhận:: Ai tiếp nhận người tự trình báo? {=Ủy ban nhân dân cấp xã ~Tòa án}

Ghép đôi {=a -> b =c -> d}

Thời hạn xác minh là 3 ngày làm việc? {T}

Nêu cách giữ bí mật thông tin. {}
"""


@pytest.fixture
def trainer(course_tree):
    user = UserFactory(username="giang-vien", full_name="Giảng viên (thử)")
    user.groups.add(trainers_group())
    CourseTrainer.objects.create(course=course_tree["course"], user=user)
    return user


def test_a_gift_import_previews_then_imports_the_valid_questions(client, trainer, bank):
    client.force_login(trainer)
    url = reverse("courses_admin:import")
    upload = io.BytesIO(GIFT.encode())
    upload.name = "cau-hoi.gift"
    before = Question.objects.count()
    preview = client.post(url, {"file": upload, "file_format": "gift", "category": bank["root"].pk, "publish": "on"})
    html = preview.content.decode()
    assert preview.status_code == 200 and Question.objects.count() == before
    assert "Ai tiếp nhận người tự trình báo?" in html and "Nêu cách giữ bí mật thông tin." in html
    assert "Chưa hỗ trợ câu hỏi ghép đôi" in html and "<td>4</td>" in html
    form = {
        "source": GIFT,
        "file_format": "gift",
        "category": bank["root"].pk,
        "publish": "True",
    }
    nothing = client.post(url, {**form, "action": "nothing"})
    assert nothing.status_code == 302 and Question.objects.count() == before
    done = client.post(url, {**form, "action": "import"})
    assert done.status_code == 302 and Question.objects.count() == before + 3
    imported = Question.objects.get(title="Tiếp nhận")
    assert imported.live and imported.category == bank["root"]
    true_false = Question.objects.get(question_type="true_false", text__startswith="Thời hạn xác minh là 3")
    assert [o.text for o in true_false.options.all()] == ["Đúng", "Sai"]


def test_people_without_the_permission_cannot_import(client, learner):
    client.force_login(learner)
    assert client.get(reverse("courses_admin:import")).status_code in (302, 403)


def test_the_course_report_counts_by_agency_and_unit_as_they_were_at_enrolment(course_tree, learner):
    course = course_tree["course"]
    quiz = course_tree["quiz"]
    other_agency = AgencyFactory(name="Công an tỉnh (thử)")
    people = [learner] + [UserFactory(agency=other_agency) for _ in range(3)]
    for number, person in enumerate(people):
        due = timezone.localdate() - datetime.timedelta(days=1) if number % 2 else None
        enrol(person, course, due_date=due, source=Enrolment.Source.ASSIGNED if due else Enrolment.Source.SELF)
    # The first learner moves to the police afterwards: the report still counts them where they enrolled.
    learner.agency = other_agency
    learner.save()
    for number, person in enumerate(people[:3]):
        attempt = engine.start_or_resume(person, quiz, seed=number)
        for slot in attempt.slots.all():
            if slot.question_type in ("single", "true_false", "multiple"):
                right = number != 2
                slot.response = {"choices": [o["id"] for o in slot.snapshot["options"] if o["is_correct"] == right]}
                slot.save()
        engine.finalise(attempt, Attempt.FinishReason.SUBMITTED)
    total, rows = course_report(course.translation_key)
    assert (total.enrolled, total.attempted, total.passed, total.assigned, total.overdue) == (4, 3, 2, 2, 2)
    by_agency = {row.agency: row for row in rows}
    assert by_agency[people[0].enrolments.get().agency_name].enrolled == 1
    assert by_agency["Công an tỉnh (thử)"].enrolled == 3
    assert by_agency["Công an tỉnh (thử)"].pass_rate == 50.0


def test_reports_are_read_by_the_courses_trainers_and_training_managers(client, course_tree, trainer, learner):
    key = course_tree["course"].translation_key
    url = reverse("courses_admin:course_report", args=[key])
    other = UserFactory(username="giang-vien-khac")
    other.groups.add(trainers_group())
    client.force_login(other)
    assert client.get(url).status_code == 302  # not a trainer of this course: refused
    manager = UserFactory(username="quan-ly-dao-tao")
    manager.groups.add(Group.objects.get(name=TRAINING_MANAGERS))
    for user in (trainer, manager):
        client.force_login(user)
        assert client.get(url).status_code == 200
        assert course_tree["course"].title in client.get(reverse("courses_admin:reports")).content.decode()
    # A training manager reads, but neither marks nor revokes.
    assert not manager.has_perm("courses.mark_attempt") and not manager.has_perm("courses.revoke_certificate")


def test_the_report_exports_neutralise_formulas(client, course_tree, trainer):
    agency = AgencyFactory(name='=HYPERLINK("http://example.invalid")')
    enrol(UserFactory(agency=agency), course_tree["course"])
    client.force_login(trainer)
    url = reverse("courses_admin:course_report", args=[course_tree["course"].translation_key])
    content = client.get(url, {"export": "csv"}).content.decode().lstrip("\ufeff")
    rows = list(csv.reader(io.StringIO(content)))
    assert rows[0][0] == "Cơ quan" and rows[1][0].startswith("'=HYPERLINK")
    xlsx = client.get(url, {"export": "xlsx"})
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")


def test_quiz_statistics_page_shows_when_they_were_computed(client, course_tree, trainer):
    from courses.statistics import compute_and_store

    quiz = course_tree["quiz"]
    client.force_login(trainer)
    url = reverse("courses_admin:quiz_statistics", args=[quiz.translation_key])
    first = client.get(url).content.decode()
    assert "đang được tính ở chế độ nền" in first
    compute_and_store(quiz.translation_key)
    page = client.get(url).content.decode()
    assert "Được tính lúc" in page and "<svg" in page and "Phân tích câu hỏi" in page


# Posts (memberships) ---------------------------------------------------------------------------------------------


def post(user, agency, units, position="Công chức", **fields):
    membership = Membership.objects.create(user=user, agency=agency, position=position, role="official", **fields)
    membership.administrative_units.set(units)
    return membership


def test_enrolment_snapshots_and_assignments_read_the_primary_post(course_tree):
    province = AdministrativeUnitFactory()
    commune = AdministrativeUnitFactory(commune=True, parent=province)
    agency = AgencyFactory(administrative_unit=province)
    other_agency = AgencyFactory()
    person = UserFactory(agency=other_agency)  # a profile that disagrees: the post wins
    membership = post(person, agency, [commune], position="Cán bộ tư pháp")
    post(person, other_agency, [], is_primary=False)
    snapshot = snapshot_post(person)
    assert snapshot["agency"] == agency and snapshot["administrative_unit"] == commune
    assert snapshot["position"] == "Cán bộ tư pháp" and snapshot["membership_id"] == membership.pk
    due = timezone.localdate() + datetime.timedelta(days=7)
    to_province = Assignment.objects.create(course=course_tree["course"], administrative_unit=province, due_date=due)
    to_other = Assignment.objects.create(course=course_tree["course"], agency=other_agency, due_date=due)
    assert list(assignments_for(person)) == [to_province]
    assert person in people_reached(to_province) and person not in people_reached(to_other)
    # An ended post no longer counts; the new primary one does.
    Membership.objects.filter(pk=membership.pk).update(valid_until=timezone.localdate())
    post(person, other_agency, [], valid_from=timezone.localdate())
    assert list(assignments_for(person)) == [to_other]
    sync_assignment(to_other)
    assert Enrolment.objects.get(user=person).agency == other_agency


def test_the_admin_records_who_made_an_assignment(admin_client, admin_user, course_tree, learner):
    url = reverse("wagtailsnippets_courses_assignment:add")
    due = (timezone.localdate() + datetime.timedelta(days=5)).isoformat()
    response = admin_client.post(url, {"course": course_tree["course"].pk, "user": learner.pk, "due_date": due})
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Assignment.objects.get().created_by == admin_user


# The personal-details warning, on the server ------------------------------------------------------------------------


def test_the_summary_asks_before_submitting_an_essay_that_names_someone(client, course_tree, learner):
    client.force_login(learner)
    attempt = engine.start_or_resume(learner, course_tree["quiz"], seed=1)
    essay = attempt.slots.get(snapshot__type="essay")
    response = client.post(
        reverse("courses:attempt", args=[attempt.uuid]),
        {
            "page": essay.page,
            "version": attempt.version,
            "action": "save",
            f"q-{essay.pk}": ["Chị Nguyễn Thị Lan, 0912345678"],
        },
        HTTP_ACCEPT="application/json",
    )
    body = response.json()
    assert body["warnings"][str(essay.pk)] == ["một số điện thoại di động", "họ tên đầy đủ của một người"]
    page = client.get(reverse("courses:attempt", args=[attempt.uuid]) + f"?page={essay.page}").content.decode()
    assert "Hãy kiểm tra trước khi nộp" in page
    summary_url = reverse("courses:summary", args=[attempt.uuid])
    attempt.refresh_from_db()
    assert "Tôi đã kiểm tra" in client.get(summary_url).content.decode()
    refused = client.post(summary_url, {"version": attempt.version})
    assert refused.status_code == 400 and "có vẻ chứa thông tin của người thật" in refused.content.decode()
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.IN_PROGRESS
    done = client.post(summary_url, {"version": attempt.version, "personal_details_checked": "1"})
    assert done.status_code == 303
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.FINISHED and attempt.needs_marking
    assert Decimal(attempt.max_score) > 0
