"""
The learner area (a restricted area: never cached, `no-store`, `noindex`):
"My learning", enrolling, marking a lesson read, and taking a quiz.

Everything works with plain forms: one page of questions per request, each
POST answered with a redirect (303) to the page to show next. The attempt
page's script only adds saving as the learner answers: it sends the same
form and asks for JSON. Refusals (attempts.Refusal) are answered with their
message and the attempt as it is now, and change nothing.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import time_format
from django.utils.http import content_disposition_header
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from wagtail.images import get_image_model
from wagtail.models import Locale

from safereturn.base.search import fold

from . import attempts as engine
from .assignments import sync_for_user
from .certificates import certificate_pdf, course_title_for, verification_path
from .models import Attempt, Certificate, CoursePage, Enrolment, LessonPage, LessonRead, QuizPage
from .pii import warning_labels
from .progress import enrol, mark_lesson_read, quiz_grades, quiz_state
from .review import attempt_review, review_item

CHECKED_REVIEW = {"correctness": True, "marks": True, "feedback": True, "answers": False}


def wants_json(request):
    return request.headers.get("Accept", "").startswith("application/json")


def live_page(model, page_id):
    page = model.objects.live().filter(pk=page_id).first()
    if page is None:
        raise Http404
    return page


# My learning --------------------------------------------------------------------------------------------------------


@login_required
@require_GET
def my_learning(request):
    """The learner's courses: assigned ones with their due dates first, then the others, and courses to enrol in."""
    user = request.user
    today = timezone.localdate()
    sync_for_user(user, today)
    enrolments = list(Enrolment.objects.filter(user=user).order_by("completed_at", "due_date", "-enrolled_at"))
    keys = [enrolment.course_key for enrolment in enrolments]
    locale = Locale.get_active()
    courses = {}
    for course in CoursePage.objects.live().filter(translation_key__in=keys).select_related("locale"):
        current = courses.get(course.translation_key)
        if current is None or course.locale_id == locale.pk:
            courses[course.translation_key] = course
    # Lessons and quizzes of those courses in one query each (the children of each course page).
    lessons, quizzes = {}, {}
    course_paths = {course.path: course.translation_key for course in courses.values()}
    for lesson in (
        LessonPage.objects.live().filter(path__regex=_children_of(course_paths)).only("path", "translation_key")
    ):
        lessons.setdefault(course_paths[lesson.path[: -LessonPage.steplen]], []).append(lesson.translation_key)
    quiz_pages = list(QuizPage.objects.live().filter(path__regex=_children_of(course_paths)))
    for quiz in quiz_pages:
        quizzes.setdefault(course_paths[quiz.path[: -QuizPage.steplen]], []).append(quiz)
    grades = quiz_grades(user, quiz_pages) if quiz_pages else {}
    read = {}
    for enrolment_id, key in LessonRead.objects.filter(enrolment__in=enrolments).values_list(
        "enrolment_id", "lesson_key"
    ):
        read.setdefault(enrolment_id, set()).add(key)
    rows = []
    for enrolment in enrolments:
        course = courses.get(enrolment.course_key)
        course_lessons = lessons.get(enrolment.course_key, [])
        rows.append(
            {
                "enrolment": enrolment,
                "course": course,
                "title": course.title if course else enrolment.course_title,
                "lessons_total": len(course_lessons),
                "lessons_read": len(set(course_lessons) & read.get(enrolment.pk, set())),
                "quizzes": [
                    (quiz, *grades.get(quiz.translation_key, (None, False)))
                    for quiz in quizzes.get(enrolment.course_key, [])
                ],
                "overdue": enrolment.is_overdue(today),
                "days_left": enrolment.days_left(today),
            }
        )
    available = CoursePage.objects.live().filter(locale=locale).exclude(translation_key__in=keys).order_by("title")
    certificates = certificate_rows(user, today)
    context = {
        "certificates": certificates,
        "expiring": [
            row for row in certificates if row["expires_soon"] or row["status"] == Certificate.Status.EXPIRED
        ],
        "rows": rows,
        "assigned": [row for row in rows if row["enrolment"].due_date and not row["enrolment"].completed_at],
        "others": [row for row in rows if not row["enrolment"].due_date or row["enrolment"].completed_at],
        "available": list(available),
        "today": today,
    }
    return TemplateResponse(request, "courses/my_learning.html", context)


def certificate_rows(user, today):
    """The learner's certificates, newest first, with their state today and the course's title in this language."""
    reminder_days = settings.COURSES_CERTIFICATE_REMINDER_DAYS
    rows = []
    for certificate in Certificate.objects.filter(user=user).order_by("-issued_on", "-pk"):
        status = certificate.status(today)
        days = certificate.days_to_expiry(today)
        rows.append(
            {
                "certificate": certificate,
                "title": course_title_for(certificate),
                "status": status,
                "days_to_expiry": days,
                "expires_soon": status == Certificate.Status.VALID and days is not None and days <= reminder_days,
            }
        )
    return rows


@login_required
@require_GET
def transcript(request):
    """A printable record of the learner's completed courses and certificates."""
    today = timezone.localdate()
    enrolments = Enrolment.objects.filter(user=request.user, completed_at__isnull=False).order_by("completed_at")
    context = {"certificates": certificate_rows(request.user, today), "enrolments": enrolments, "today": today}
    return TemplateResponse(request, "courses/transcript.html", context)


@login_required
@require_GET
def certificate_download(request, code):
    """The learner's own certificate as a PDF (another person's code is not found)."""
    certificate = Certificate.objects.filter(code=code, user=request.user).first()
    if certificate is None:
        raise Http404
    url = request.build_absolute_uri(verification_path(certificate.code))
    response = HttpResponse(certificate_pdf(certificate, url), content_type="application/pdf")
    # An ASCII name ("giay-chung-nhan-…"): browsers read a plain header better than an encoded one.
    filename = f"{slugify(unidecode_vi(_('certificate')))}-{certificate.code}.pdf"
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


def unidecode_vi(text):
    """Vietnamese letters without their marks ("giấy" → "giay", "đ" → "d"), for file names."""
    return fold(text)


def _children_of(paths):
    """A regular expression matching the paths of the children of the pages at `paths` (one query for all)."""
    if not paths:
        return r"^$"
    step = LessonPage.steplen
    return "^(" + "|".join(paths) + ")" + f".{{{step}}}$"


# Enrolling and reading ----------------------------------------------------------------------------------------------


@login_required
@require_POST
def enrol_view(request, page_id):
    course = live_page(CoursePage, page_id)
    enrol(request.user, course)
    messages.success(request, _("You are enrolled in this course."))
    return redirect(course.url)


@login_required
@require_POST
def lesson_read(request, page_id):
    lesson = live_page(LessonPage, page_id)
    enrolment = mark_lesson_read(request.user, lesson)
    if enrolment.completed_at:
        messages.success(request, _("Lesson marked as read. You have completed the course."))
    else:
        messages.success(request, _("Lesson marked as read."))
    following = lesson.get_next_siblings().live().type(LessonPage).first()
    return redirect(following.url if following else lesson.course.url)


# Taking a quiz ------------------------------------------------------------------------------------------------------


@login_required
@require_POST
def start_quiz(request, page_id):
    quiz = live_page(QuizPage, page_id)
    try:
        attempt = engine.start_or_resume(request.user, quiz)
    except engine.Refusal as refusal:
        return refused(request, refusal)
    return redirect("courses:attempt", attempt_id=attempt.uuid)


def own_attempt(request, attempt_id):
    """The attempt, if it is the signed-in learner's; NotYours otherwise (as a refusal, with its message)."""
    attempt = Attempt.objects.select_related("quiz").filter(uuid=attempt_id).first()
    if attempt is None:
        raise Http404
    if attempt.user_id != request.user.pk:
        raise engine.NotYours(None)
    if attempt.state == Attempt.State.IN_PROGRESS and attempt.is_time_up():
        engine.finalise(attempt, Attempt.FinishReason.TIME_UP)
    return attempt


@login_required
def attempt_view(request, attempt_id):
    """GET: one page of the attempt. POST: save its answers, then go where the learner asked."""
    try:
        if request.method == "POST":
            return save_attempt_page(request, attempt_id)
        attempt = own_attempt(request, attempt_id)
    except engine.Refusal as refusal:
        return refused(request, refusal)
    if attempt.is_finished():
        return redirect("courses:review", attempt_id=attempt.uuid)
    page = attempt.current_page
    if not attempt.is_sequential and "page" in request.GET:
        try:
            page = min(max(int(request.GET["page"]), 0), attempt.page_count - 1)
        except ValueError:
            page = attempt.current_page
    return render_attempt_page(request, attempt, page)


def render_attempt_page(request, attempt, page, status=200, error=None):
    slots = list(attempt.slots.filter(page=page))
    images = _images([slot.snapshot.get("image_id") for slot in slots])
    context = {
        "attempt": attempt,
        "quiz": attempt.quiz,
        "page": page,
        "pages": range(attempt.page_count),
        "is_last": page == attempt.page_count - 1,
        "questions": [
            {
                "slot": slot,
                "image": images.get(slot.snapshot.get("image_id")),
                "options": slot.options_in_order(),
                "chosen": slot.chosen,
                # A checked question (feedback after each question) shows its feedback; its answer is final.
                "review": review_item(slot, CHECKED_REVIEW) if slot.checked else None,
                "warnings": warning_labels(slot.text_answer) if slot.question_type == "essay" else [],
            }
            for slot in slots
        ],
        "error": error,
        "seconds_left": attempt.seconds_left(),
    }
    return TemplateResponse(request, "courses/attempt.html", context, status=status)


def _images(ids):
    ids = [image_id for image_id in ids if image_id]
    if not ids:
        return {}
    return {image.pk: image for image in get_image_model().objects.filter(pk__in=ids)}


def save_attempt_page(request, attempt_id):
    action, target = parse_action(request.POST.get("action", "save"))
    try:
        page = int(request.POST.get("page", ""))
        version = int(request.POST.get("version", ""))
    except ValueError:
        raise engine.Tampered(None) from None
    data = {name: values for name, values in request.POST.lists() if name.startswith("q-")}
    try:
        attempt = engine.save_page(
            attempt_id, request.user, page=page, version=version, data=data, action=action, target_page=target
        )
    except Attempt.DoesNotExist:
        raise Http404 from None
    if wants_json(request):
        essays = attempt.slots.filter(page=page, snapshot__type="essay")
        return JsonResponse(
            {
                "version": attempt.version,
                "saved_at": time_format(timezone.localtime(), "H:i:s"),
                "message": _("Answers saved at %(time)s.") % {"time": time_format(timezone.localtime(), "H:i:s")},
                # What each essay of the page seems to hold (pii.py), for the warning next to it.
                "warnings": {
                    str(slot.pk): [str(label) for label in warning_labels(slot.text_answer)] for slot in essays
                },
            }
        )
    if action == "finish":
        return redirect("courses:summary", attempt_id=attempt.uuid)
    url = reverse("courses:attempt", kwargs={"attempt_id": attempt.uuid})
    return _see_other(f"{url}?page={attempt.current_page}")


def _see_other(url):
    response = redirect(url)
    response.status_code = 303
    return response


def parse_action(value):
    """("save" | "check" | "next" | "previous" | "finish" | "goto", target page or None) from the button pressed."""
    if value.startswith("goto-"):
        try:
            return "goto", int(value.removeprefix("goto-"))
        except ValueError:
            return "goto", None
    if value in ("save", "check", "next", "previous", "finish"):
        return value, None
    return "save", None


@login_required
def attempt_summary(request, attempt_id):
    """Before submitting: which questions are answered; the button that submits."""
    error = None
    try:
        attempt = own_attempt(request, attempt_id)
        if request.method == "POST":
            try:
                version = int(request.POST.get("version", ""))
            except ValueError:
                raise engine.Tampered(attempt) from None
            unchecked = not request.POST.get("personal_details_checked")
            if not attempt.is_finished() and unchecked and personal_details_warnings(attempt.slots.all()):
                # Checked here, not only in the browser: without JavaScript the learner is asked all the same.
                error = _(
                    "Your essay seems to hold a real person's details. Remove them, or tick the box to say that "
                    "you have checked, then submit again."
                )
            else:
                try:
                    engine.submit(attempt.uuid, request.user, version=version)
                except Attempt.DoesNotExist:
                    raise Http404 from None
                return _see_other(reverse("courses:review", kwargs={"attempt_id": attempt.uuid}))
    except engine.Refusal as refusal:
        return refused(request, refusal)
    if attempt.is_finished():
        return redirect("courses:review", attempt_id=attempt.uuid)
    slots = list(attempt.slots.all())
    context = {
        "attempt": attempt,
        "quiz": attempt.quiz,
        "slots": slots,
        "unanswered": sum(1 for slot in slots if not slot.is_answered),
        "seconds_left": attempt.seconds_left(),
        "warnings": personal_details_warnings(slots),
        "error": error,
    }
    return TemplateResponse(request, "courses/attempt_summary.html", context, status=400 if error else 200)


def personal_details_warnings(slots):
    """[(slot, [what it seems to hold])] for the essays of an attempt that look like they name a real person."""
    found = []
    for slot in slots:
        if slot.question_type == "essay":
            labels = warning_labels(slot.text_answer)
            if labels:
                found.append((slot, labels))
    return found


@login_required
@require_GET
def review_view(request, attempt_id):
    """The result of a submitted attempt, and as much of its review as the quiz allows now."""
    try:
        attempt = own_attempt(request, attempt_id)
    except engine.Refusal as refusal:
        return refused(request, refusal)
    if not attempt.is_finished():
        return redirect("courses:attempt", attempt_id=attempt.uuid)
    state = quiz_state(request.user, attempt.quiz) if attempt.quiz else None
    context = attempt_review(attempt, state)
    return TemplateResponse(request, "courses/attempt_review.html", context)


def refused(request, refusal):
    """A refusal, said clearly: JSON for the page's script, else a page with the message and the way on."""
    attempt = refusal.attempt
    if attempt is not None:
        attempt.refresh_from_db()
    if wants_json(request):
        return JsonResponse(
            {"error": str(refusal.message), "version": attempt.version if attempt else None}, status=refusal.status
        )
    context = {
        "message": refusal.message,
        "attempt": attempt if attempt and attempt.user_id == request.user.pk else None,
    }
    return TemplateResponse(request, "courses/refused.html", context, status=refusal.status)
