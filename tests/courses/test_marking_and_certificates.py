"""
Marking essays and overriding marks (courses.marking), then certificates (courses.certificates): issued when the
course completes, a PDF whose Vietnamese text reads back intact, the public verification page, revocation, and
reminders of expiry. Essay texts are deleted after the retention period, their marks and comments kept.
"""

import datetime
import io
import unicodedata
from decimal import Decimal

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from courses import attempts as engine
from courses import certificates, marking
from courses.models import Attempt, Certificate, CourseTrainer, MarkChange
from courses.progress import mark_lesson_read
from courses.trainers import trainers_group
from safereturn.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db

ESSAY = "Không ghi tên, không ghi số điện thoại; chỉ báo cho cán bộ được giao."


def answer_everything(attempt, essay_text=ESSAY, right=True):
    """Give every slot of the attempt the right (or a wrong) answer directly, then submit."""
    for slot in attempt.slots.all():
        options = slot.snapshot["options"]
        if slot.question_type in ("single", "true_false", "multiple"):
            slot.response = {"choices": [o["id"] for o in options if o["is_correct"] == right][:3]}
        elif slot.question_type == "short":
            slot.response = {"text": options[0]["text"] if right else "không biết"}
        else:
            slot.response = {"text": essay_text}
        slot.save()
    return engine.finalise(attempt, Attempt.FinishReason.SUBMITTED)


@pytest.fixture
def trainer(course_tree):
    user = UserFactory(username="giang-vien", full_name="Giảng viên (thử)")
    user.groups.add(trainers_group())
    CourseTrainer.objects.create(course=course_tree["course"], user=user)
    return user


@pytest.fixture
def submitted(course_tree, learner):
    for lesson in course_tree["lessons"]:
        mark_lesson_read(learner, lesson)
    attempt = engine.start_or_resume(learner, course_tree["quiz"], seed=1)
    answer_everything(attempt, right=False)
    attempt.refresh_from_db()
    return attempt


def essay_slot(attempt):
    return attempt.slots.get(snapshot__type="essay")


# Marking -------------------------------------------------------------------------------------------------------------


def test_marking_the_essay_regrades_completes_the_course_and_issues_the_certificate(course_tree, learner, trainer):
    attempt = engine.start_or_resume(learner, course_tree["quiz"], seed=1)
    for lesson in course_tree["lessons"]:
        mark_lesson_read(learner, lesson)
    answer_everything(attempt, right=True)
    attempt.refresh_from_db()
    assert attempt.needs_marking and attempt.passed is True  # 4 of 5 already pass the 60 % mark
    slot = essay_slot(attempt)
    change = marking.set_mark(slot.pk, mark=Decimal("0.5"), by=trainer, comment="Thiếu cách lưu hồ sơ.")
    attempt.refresh_from_db()
    slot.refresh_from_db()
    assert not attempt.needs_marking and attempt.percent == Decimal("90.00")
    assert slot.marked_by_trainer and slot.comment == "Thiếu cách lưu hồ sơ."
    assert change.kind == MarkChange.Kind.ESSAY and change.old_percent == Decimal("80.00")
    assert change.new_percent == Decimal("90.00") and change.changed_by_name == "Giảng viên (thử)"
    certificate = Certificate.objects.get(user=learner)
    assert certificate.holder_name == learner.full_name and certificate.status() == "valid"


def test_an_essay_brings_a_learner_over_the_pass_mark(course_tree, submitted, trainer):
    assert submitted.passed is False or submitted.passed is None
    slot = essay_slot(submitted)
    assert slot.needs_marking
    marking.set_mark(slot.pk, mark=Decimal("1"), by=trainer)
    submitted.refresh_from_db()
    assert submitted.percent == Decimal("20.00") and submitted.passed is False


def test_an_override_needs_a_reason_is_logged_and_survives_a_regrade(course_tree, submitted, trainer):
    single = submitted.slots.get(snapshot__type="single")
    with pytest.raises(marking.MarkingError):
        marking.set_mark(single.pk, mark=Decimal("1"), by=trainer, reason="  ")
    marking.set_mark(single.pk, mark=Decimal("1"), by=trainer, reason="Đáp án cũ bị sai.")
    single.refresh_from_db()
    assert single.mark == Decimal("1.000") and single.marked_by_trainer
    change = MarkChange.objects.get(kind=MarkChange.Kind.OVERRIDE)
    assert change.reason == "Đáp án cũ bị sai." and change.old_mark == Decimal("0.000")
    # Grading the slots again (as finalising does) keeps the trainer's mark.
    slots = list(submitted.slots.all())
    for slot in slots:
        if not slot.marked_by_trainer:
            engine.grade_slot(slot)
    assert next(slot for slot in slots if slot.pk == single.pk).mark == Decimal("1.000")


def test_marks_outside_the_range_and_unsubmitted_attempts_are_refused(course_tree, learner, trainer):
    with pytest.raises(marking.MarkingError):
        marking.parse_mark("2", Decimal("1"))
    with pytest.raises(marking.MarkingError):
        marking.parse_mark("một", Decimal("1"))
    assert marking.parse_mark("0,5", Decimal("1")) == Decimal("0.500")
    attempt = engine.start_or_resume(learner, course_tree["quiz"], seed=1)
    with pytest.raises(marking.MarkingError):
        marking.set_mark(essay_slot(attempt).pk, mark=Decimal("1"), by=trainer)


def test_a_trainer_marks_in_the_admin_and_others_may_not(client, course_tree, submitted, trainer):
    slot = essay_slot(submitted)
    url = reverse("courses_admin:attempt", args=[submitted.pk])
    stranger = UserFactory(username="giang-vien-khac")
    stranger.groups.add(trainers_group())  # a trainer, but not of this course
    client.force_login(stranger)
    # Wagtail's admin answers a refusal with its home page and a message.
    assert client.get(url)["Location"] == "/admin/"
    assert client.post(url, {"slot": slot.pk, "mark": "1"})["Location"] == "/admin/"
    slot.refresh_from_db()
    assert slot.needs_marking and not slot.marked_by_trainer
    client.force_login(trainer)
    listing = client.get(reverse("courses_admin:marking")).content.decode()
    assert submitted.quiz_title in listing
    response = client.post(url, {"slot": slot.pk, "mark": "0,75", "comment": "Khá tốt."})
    assert response.status_code == 302
    slot.refresh_from_db()
    assert slot.mark == Decimal("0.750") and slot.comment == "Khá tốt."
    page = client.get(url).content.decode()
    assert "Khá tốt." in page and "Giảng viên (thử)" in page
    refused = client.post(url, {"slot": slot.pk, "mark": "1", "reason": ""})
    assert refused.status_code == 400


def test_the_learner_sees_the_trainers_comment(client, course_tree, submitted, trainer, learner):
    marking.set_mark(essay_slot(submitted).pk, mark=Decimal("1"), by=trainer, comment="Nhận xét của giảng viên.")
    client.force_login(learner)
    review = client.get(reverse("courses:review", args=[submitted.uuid])).content.decode()
    assert "Nhận xét của giảng viên." in review


# Essays are deleted after a while ----------------------------------------------------------------------------------


def test_old_essay_texts_are_deleted_and_their_mark_and_comment_stay(course_tree, submitted, trainer, settings):
    settings.COURSES_ESSAY_RETENTION_DAYS = 30
    slot = essay_slot(submitted)
    marking.set_mark(slot.pk, mark=Decimal("1"), by=trainer, comment="Tốt.")
    call_command("delete_old_essays", stdout=io.StringIO())
    slot.refresh_from_db()
    assert slot.text_answer == ESSAY  # marked today: kept
    type(slot).objects.filter(pk=slot.pk).update(marked_at=timezone.now() - datetime.timedelta(days=31))
    output = io.StringIO()
    call_command("delete_old_essays", stdout=output)
    assert "1 essay" in output.getvalue()
    slot.refresh_from_db()
    assert slot.response is None and slot.text_deleted_at is not None
    assert slot.mark == Decimal("1.000") and slot.comment == "Tốt." and slot.is_answered
    # An essay still awaiting its mark is kept past the retention period...
    call_command("delete_old_essays", stdout=io.StringIO())
    assert type(slot).objects.filter(text_deleted_at__isnull=False).count() == 1


def test_an_essay_nobody_marks_loses_its_text_after_the_longest_period(course_tree, submitted, settings):
    settings.COURSES_ESSAY_RETENTION_DAYS, settings.COURSES_ESSAY_MAX_DAYS = 30, 365
    slot = essay_slot(submitted)
    assert slot.needs_marking
    type(submitted).objects.filter(pk=submitted.pk).update(started_at=timezone.now() - datetime.timedelta(days=364))
    call_command("delete_old_essays", stdout=io.StringIO())
    slot.refresh_from_db()
    assert slot.text_answer == ESSAY  # awaiting its mark, within the longest period
    type(submitted).objects.filter(pk=submitted.pk).update(started_at=timezone.now() - datetime.timedelta(days=366))
    call_command("delete_old_essays", stdout=io.StringIO())
    slot.refresh_from_db()
    assert slot.response is None and slot.text_deleted_at is not None


# Certificates --------------------------------------------------------------------------------------------------------


@pytest.fixture
def certificate(course_tree, learner):
    for lesson in course_tree["lessons"]:
        mark_lesson_read(learner, lesson)
    attempt = engine.start_or_resume(learner, course_tree["quiz"], seed=1)
    answer_everything(attempt, right=True)
    return Certificate.objects.get(user=learner)


def test_codes_are_random_grouped_and_typed_back_in_any_case():
    codes = {certificates.new_code() for _ in range(200)}
    assert len(codes) == 200
    code = codes.pop()
    assert len(code) == 19 and code.count("-") == 3
    assert set(code.replace("-", "")) <= set(certificates.CODE_ALPHABET)
    assert certificates.normalise_code(code.lower().replace("-", " ")) == code
    assert certificates.normalise_code("ABCD-EFGH-JKMN-PQR0") == ""  # 0 is not in the alphabet
    assert certificates.normalise_code("short") == ""


def test_expiry_follows_the_course_setting(course_tree, learner):
    course = course_tree["course"]
    course.certificate_valid_months = 24
    course.save()
    for lesson in course_tree["lessons"]:
        mark_lesson_read(learner, lesson)
    attempt = engine.start_or_resume(learner, course_tree["quiz"], seed=1)
    answer_everything(attempt, right=True)
    certificate = Certificate.objects.get(user=learner)
    assert certificate.expires_on == certificates.add_months(certificate.issued_on, 24)
    assert certificates.add_months(datetime.date(2024, 1, 31), 1) == datetime.date(2024, 2, 29)
    # Valid until its date, that day included: expired the day after.
    assert certificate.status(certificate.expires_on) == "valid"
    assert certificate.status(certificate.expires_on + datetime.timedelta(days=1)) == "expired"


def test_the_pdf_reads_back_with_its_vietnamese_diacritics(certificate, client, learner):
    client.force_login(learner)
    response = client.get(reverse("courses:certificate_pdf", args=[certificate.code]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response["Cache-Control"].startswith("no-store")
    text = unicodedata.normalize(
        "NFC", "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    )
    for expected in (
        "GIẤY CHỨNG NHẬN HOÀN THÀNH",
        "Chứng nhận",
        "Cán bộ Xã (thử)",
        "đã hoàn thành khóa học",
        "Tiếp nhận nạn nhân",
        "Mã xác minh",
        certificate.code,
        "Không có thời hạn",
    ):
        assert unicodedata.normalize("NFC", expected) in text, expected
    assert "/chung-chi/" + certificate.code in text.replace("\n", "")


def test_nobody_downloads_another_persons_certificate(certificate, client, other_learner):
    client.force_login(other_learner)
    assert client.get(reverse("courses:certificate_pdf", args=[certificate.code])).status_code == 404


def test_my_learning_lists_certificates_and_the_transcript_prints_them(certificate, client, learner):
    client.force_login(learner)
    page = client.get(reverse("courses:my_learning")).content.decode()
    assert certificate.code in page and "Tải giấy chứng nhận" in page
    transcript = client.get(reverse("courses:transcript")).content.decode()
    assert certificate.code in transcript and "Tiếp nhận nạn nhân" in transcript


def test_the_verification_page_says_valid_expired_or_revoked_and_nothing_more(certificate, client, trainer):
    url = reverse("certificates:verify", args=[certificate.code])
    assert url == f"/chung-chi/{certificate.code}/"
    response = client.get(url)
    page = response.content.decode()
    assert response.status_code == 200 and "Giấy chứng nhận này còn hiệu lực." in page
    assert "Cán bộ Xã (thử)" in page and "Tiếp nhận nạn nhân" in page
    assert response["Cache-Control"] == "no-store, private" and "noindex" in response["X-Robots-Tag"]
    assert response.cookies == {} and "Set-Cookie" not in response
    for private in (certificate.enrolment.agency_name, "Công chức", "@"):
        assert private not in page.split('id="main-content"')[1].split("</main>")[0] or not private
    certificates.revoke(certificate, by=trainer, reason="Cấp nhầm người.")
    page = client.get(url).content.decode()
    assert "Giấy chứng nhận này đã bị thu hồi." in page and "Cấp nhầm người." not in page
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    Certificate.objects.filter(pk=certificate.pk).update(revoked_at=None, expires_on=yesterday)
    assert "Giấy chứng nhận này đã hết hiệu lực." in client.get(url).content.decode()


def test_a_typed_code_leads_to_its_page_and_unknown_codes_are_not_found(certificate, client):
    typed = certificate.code.lower().replace("-", "")
    response = client.get(reverse("certificates:verify_form"), {"code": typed})
    assert response.status_code == 302 and response["Location"].endswith(f"/{certificate.code}/")
    assert client.get(reverse("certificates:verify", args=["AAAA-BBBB-CCCC-DDDD"])).status_code == 404
    assert client.get(reverse("certificates:verify_form"), {"code": "xyz"}).status_code == 404
    robots = client.get("/robots.txt").content.decode()
    assert "Disallow: /chung-chi/" in robots and "Disallow: /en/certificate/" in robots


def test_look_ups_are_rate_limited_per_address(certificate, client, settings):
    settings.COURSES_CERTIFICATE_LOOKUP_LIMIT = {"lookups": 3, "window": 600}
    url = reverse("certificates:verify", args=[certificate.code])
    assert [client.get(url).status_code for _ in range(3)] == [200, 200, 200]
    response = client.get(url)
    assert response.status_code == 429 and response["Retry-After"] == "600"
    other = client.get(url, REMOTE_ADDR="10.1.2.3")
    assert other.status_code == 200


def test_a_trainer_revokes_with_a_reason(certificate, client, trainer):
    client.force_login(trainer)
    url = reverse("courses_admin:revoke", args=[certificate.pk])
    assert client.post(url, {"reason": ""}).status_code == 400
    assert client.post(url, {"reason": "Cấp nhầm."}).status_code == 302
    certificate.refresh_from_db()
    assert certificate.status() == "revoked" and certificate.revoked_by_name == "Giảng viên (thử)"
    listing = client.get(reverse("courses_admin:certificates"), {"q": certificate.code}).content.decode()
    assert "Cấp nhầm." in listing
    # Odd input is a search like any other (PostgreSQL refuses NUL in a query; a long one is cut).
    for odd in ("\x00", "Nguy\x00ễn", "%" * 5000):
        assert client.get(reverse("courses_admin:certificates"), {"q": odd}).status_code == 200


def test_expiring_certificates_are_reminded_once(certificate, learner, settings):
    settings.COURSES_CERTIFICATE_REMINDER_DAYS = 30
    Certificate.objects.filter(pk=certificate.pk).update(expires_on=timezone.localdate() + datetime.timedelta(days=10))
    from courses.tasks import send_certificate_reminder

    for _ in range(2):
        call_command("send_certificate_reminders", stdout=io.StringIO())
    certificate.refresh_from_db()
    assert certificate.expiry_reminded_at is not None
    assert send_certificate_reminder.call(certificate.pk) is True
    assert len(mail.outbox) == 1 and "Tiếp nhận nạn nhân" in mail.outbox[0].subject


def test_a_trainer_never_marks_their_own_attempt(client, course_tree, trainer):
    """A trainer enrolled in the course they train: their essay waits for another trainer."""
    for lesson in course_tree["lessons"]:
        mark_lesson_read(trainer, lesson)
    attempt = engine.start_or_resume(trainer, course_tree["quiz"], seed=1)
    answer_everything(attempt, right=True)
    slot = essay_slot(attempt)
    client.force_login(trainer)
    url = reverse("courses_admin:attempt", args=[attempt.pk])
    page = client.get(url)
    assert page.status_code == 200 and not page.context["can_mark"]
    response = client.post(url, {"slot": slot.pk, "mark": "1", "comment": "Tự chấm."})
    assert (response.status_code, response.url) == (302, "/admin/")  # Wagtail's answer to PermissionDenied
    slot.refresh_from_db()
    assert slot.needs_marking and slot.mark is None and not slot.comment


def test_a_mark_form_with_an_error_comes_back_with_it_not_a_404(client, submitted, trainer):
    client.force_login(trainer)
    slot = essay_slot(submitted)
    url = reverse("courses_admin:attempt", args=[submitted.pk])
    response = client.post(url, {"slot": slot.pk, "mark": "", "comment": "Chưa cho điểm."})
    assert response.status_code == 400
    assert response.context["items"][[item["slot"].pk for item in response.context["items"]].index(slot.pk)][
        "form"
    ].errors
    slot.refresh_from_db()
    assert slot.needs_marking
    assert client.post(url, {"slot": "999999", "mark": "1"}).status_code == 404
