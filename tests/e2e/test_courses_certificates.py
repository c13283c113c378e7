"""
Training part 2 in a real browser against the seeded demo (tests/e2e/conftest.py): an official completes the staff
course, downloads the certificate and verifies it on the public page, which has no axe violation of any impact; a
revoked certificate shows as revoked; a trainer imports a GIFT file with a bad line, sees the preview with the
line's error, imports the valid questions, and marks an essay; the personal-details warning appears with and without
JavaScript. Everyone signs in through the real door (officials with a password, the trainer with a code too).
"""

import re
import unicodedata

import pytest
from pypdf import PdfReader

from tests.courses.browser import make_learner, run_python, sign_in
from tests.e2e.conftest import run_axe
from tests.e2e.staff_door import sign_in as staff_sign_in
from tests.e2e.test_courses import answer_all, learner_name, no_axe_violations, open_quiz, read_course

TRAINER_KEY = "ORZGC2LOMVZHI33UOBZGC2LOMVZHI33U"
PERSONAL = "Chị Nguyễn Thị Lan gọi cho tôi từ số 0912 345 678."
PHONE_OPTIONS = {"viewport": {"width": 360, "height": 740}, "locale": "vi-VN"}


def certificate_code(page, base_url):
    page.goto(base_url + "/hoc-tap/")
    return page.locator(".certificate-table .certificate-code").first.inner_text().strip()


def test_an_official_completes_a_course_downloads_and_verifies_the_certificate(chromium, live_site, axe_context):
    username = learner_name("certificate")
    make_learner(live_site, username)
    context = chromium.new_context(**PHONE_OPTIONS, accept_downloads=True)
    sign_in(context, live_site, username)
    page = context.new_page()
    read_course(page, live_site)
    open_quiz(page, live_site)
    page.get_by_role("button", name="Bắt đầu làm bài").click()
    assert "Bạn đã đạt" in answer_all(page, correct=True)

    code = certificate_code(page, live_site)
    assert re.fullmatch(r"[A-Z2-9]{4}(-[A-Z2-9]{4}){3}", code)
    main = page.locator("main").inner_text()
    assert "Giấy chứng nhận của bạn" in main and "Còn hiệu lực" in main
    with page.expect_download() as download_info:
        page.get_by_role("link", name=re.compile("Tải giấy chứng nhận")).first.click()
    pdf = download_info.value
    text = unicodedata.normalize("NFC", "".join(p.extract_text() for p in PdfReader(pdf.path()).pages))
    assert "Học viên thử (e2e)" in text and code in text
    assert unicodedata.normalize("NFC", "Tiếp nhận, xác minh và hỗ trợ nạn nhân bị mua bán trở về") in text.replace(
        "\n", " "
    )
    no_axe_violations(axe_context, live_site, "/hoc-tap/", username)
    no_axe_violations(axe_context, live_site, "/hoc-tap/bang-ket-qua/", username)
    context.close()

    # Anyone checks it, with no account: typed in lower case without hyphens.
    visitor = chromium.new_context(**PHONE_OPTIONS)
    public = visitor.new_page()
    public.goto(live_site + "/chung-chi/")
    public.get_by_label("Mã giấy chứng nhận").fill(code.lower().replace("-", ""))
    public.get_by_role("button", name="Kiểm tra").click()
    public.wait_for_url(f"**/chung-chi/{code}/")
    result = public.locator("main").inner_text()
    assert "Giấy chứng nhận này còn hiệu lực." in result and "Học viên thử (e2e)" in result
    assert visitor.cookies() == []
    response = public.request.get(f"{live_site}/chung-chi/{code}/")
    assert response.headers["cache-control"] == "no-store, private"
    assert "noindex" in response.headers["x-robots-tag"]
    visitor.close()
    audit = axe_context.new_page()
    audit.goto(f"{live_site}/chung-chi/{code}/")
    assert run_axe(audit, min_impact="minor") == []
    audit.close()


def test_a_revoked_certificate_shows_as_revoked(chromium, live_site, axe_context):
    username = learner_name("revoked")
    make_learner(live_site, username)
    code = run_python(
        live_site,
        "from django.utils import timezone\n"
        "from courses.models import CoursePage, Enrolment\n"
        "from courses.certificates import issue_certificate, revoke\n"
        "from safereturn.accounts.models import User\n"
        f"user = User.objects.get(username={username!r})\n"
        "course = CoursePage.objects.get(slug='tiep-nhan-xac-minh-ho-tro', locale__language_code='vi')\n"
        "from courses.progress import enrol\n"
        "enrolment = enrol(user, course)\n"
        "enrolment.completed_at = timezone.now()\n"
        "enrolment.save()\n"
        "certificate = issue_certificate(enrolment, course)\n"
        "revoke(certificate, by=User.objects.get(username='trainer'), reason='Cấp nhầm người (e2e).')\n"
        "print(certificate.code)\n",
    ).splitlines()[-1]
    page = chromium.new_context(**PHONE_OPTIONS).new_page()
    page.goto(f"{live_site}/chung-chi/{code}/")
    text = page.locator("main").inner_text()
    assert "Giấy chứng nhận này đã bị thu hồi." in text and "Ngày thu hồi" in text
    assert "Cấp nhầm người" not in text  # the reason stays with the trainers
    page.context.close()
    audit = axe_context.new_page()
    audit.goto(f"{live_site}/chung-chi/{code}/")
    assert run_axe(audit, min_impact="minor") == []
    audit.goto(f"{live_site}/chung-chi/")
    assert run_axe(audit, min_impact="minor") == []


GIFT = """// Nhập từ Moodle (e2e)
::E2E đúng sai:: Thời hạn xác minh ban đầu là 3 ngày làm việc (e2e)? {T#Chưa đúng.#Đúng.}

::E2E ghép đôi:: Ghép cơ quan với việc (e2e) {=Công an -> điều tra =Tòa án -> xét xử}

::E2E một lựa chọn:: [plain]Ai điều tra <b>vụ án</b> (e2e)? {=Công an ~Tòa án ~Viện kiểm sát}
"""


def test_a_trainer_imports_gift_questions_and_marks_an_essay(chromium, live_site, tmp_path):
    # A learner's essay waits for marking in the demo's staff course, which the demo trainer trains.
    learner = learner_name("essay")
    make_learner(live_site, learner)
    attempt_id = run_python(
        live_site,
        "from courses import attempts as engine\n"
        "from courses.models import Attempt, QuizPage\n"
        "from safereturn.accounts.models import User\n"
        f"user = User.objects.get(username={learner!r})\n"
        "quiz = QuizPage.objects.get(slug='bai-kiem-tra', locale__language_code='vi')\n"
        "attempt = engine.start_or_resume(user, quiz, seed=7)\n"
        "slot = attempt.slots.get(snapshot__type='essay')\n"
        "slot.response = {'text': 'Bài tự luận của học viên e2e: chỉ báo cho cán bộ được giao.'}\n"
        "slot.save()\n"
        "engine.finalise(attempt, Attempt.FinishReason.SUBMITTED)\n"
        "print(attempt.pk)\n",
    ).splitlines()[-1]
    # A category of its own, which no quiz draws from: the other journeys' quizzes stay as they are.
    run_python(
        live_site,
        "from courses.models import QuestionCategory\n"
        "if not QuestionCategory.objects.filter(name='E2E nhập').exists():\n"
        "    QuestionCategory.add_root(instance=QuestionCategory(name='E2E nhập'))\n",
    )
    gift_file = tmp_path / "cau-hoi.gift"
    gift_file.write_text(GIFT, encoding="utf-8")
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    page = context.new_page()
    staff_sign_in(page, live_site, "trainer", "safereturn-trainer", secret=TRAINER_KEY, next_path="/admin/")
    page.wait_for_url("**/admin/")

    page.goto(live_site + "/admin/training/import/")
    page.set_input_files("#id_file", str(gift_file))
    page.select_option("#id_file_format", "gift")
    page.locator("#id_category").select_option(label="E2E nhập")
    page.get_by_role("button", name="Xem trước").click()
    errors = page.locator("table.import-errors")
    assert "Chưa hỗ trợ câu hỏi ghép đôi" in errors.inner_text()
    assert errors.locator("tr.import-error td").first.inner_text() == "4"
    questions = page.locator("table.import-questions").inner_text()
    assert "Thời hạn xác minh ban đầu là 3 ngày làm việc (e2e)?" in questions
    assert "Ai điều tra <b>vụ án</b> (e2e)?" in questions  # HTML in a plain question is text
    page.get_by_role("button", name="Nhập 2 câu hỏi hợp lệ").click()
    page.wait_for_url("**/admin/snippets/courses/question/**")
    assert "Đã nhập 2 câu hỏi" in page.locator("body").inner_text()
    imported = run_python(
        live_site,
        "from courses.models import Question\n"
        "print(sorted(Question.objects.filter(title__startswith='E2E').values_list('title', flat=True)))\n",
    )
    assert imported.splitlines()[-1] == "['E2E một lựa chọn', 'E2E đúng sai']"

    page.goto(live_site + "/admin/training/marking/")
    page.locator(f"a[href*='/admin/training/attempts/{attempt_id}/']").first.click()
    section = page.locator("section.marking-item", has_text="Bài tự luận của học viên e2e")
    section.get_by_label(re.compile("^Điểm")).fill("1")
    section.get_by_label("Nhận xét cho học viên").fill("Đúng hướng; nêu thêm việc lưu hồ sơ (e2e).")
    # The mark posts and comes back to the same attempt (at the item's anchor): wait for that page, not this one.
    with page.expect_navigation():
        section.get_by_role("button", name="Lưu điểm").click()
    assert "Đã lưu điểm" in page.locator("body").inner_text()
    assert "Đúng hướng; nêu thêm việc lưu hồ sơ (e2e)." in page.locator("body").inner_text()
    assert "Lịch sử chấm điểm" in page.locator("body").inner_text()
    context.close()


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_the_personal_details_warning_appears_with_and_without_javascript(
    chromium, live_site, axe_context, javascript
):
    username = learner_name("pii-js" if javascript else "pii-nojs")
    make_learner(live_site, username)
    context = chromium.new_context(**PHONE_OPTIONS, java_script_enabled=javascript)
    sign_in(context, live_site, username)
    page = context.new_page()
    open_quiz(page, live_site)
    page.get_by_role("button", name="Bắt đầu làm bài").click()
    while not page.locator("textarea").count():
        page.get_by_role("button", name="Trang sau").click()
    assert page.locator("[data-pii-warning]").inner_text().strip() == ""
    page.locator("textarea").fill(PERSONAL)
    if javascript:
        page.wait_for_selector("form[data-save-state=saved]")
    else:
        page.get_by_role("button", name="Lưu", exact=True).click()
    warning = page.locator("[data-pii-warning]")
    warning.wait_for(state="visible")
    text = warning.inner_text()
    assert "Hãy kiểm tra trước khi nộp" in text
    assert "một số điện thoại di động" in text and "họ tên đầy đủ của một người" in text
    no_axe_violations(axe_context, live_site, page.url.removeprefix(live_site), username)

    # The summary asks again, and refuses to submit until the learner confirms.
    page.get_by_role("button", name="Kết thúc bài làm").first.click()
    page.get_by_role("button", name="Nộp bài và kết thúc").click()
    assert "có vẻ chứa thông tin của người thật" in page.locator("main").inner_text()
    page.get_by_label("Tôi đã kiểm tra: câu trả lời của tôi không chứa thông tin của người thật.").check()
    page.get_by_role("button", name="Nộp bài và kết thúc").click()
    page.wait_for_url(re.compile(r"/ket-qua/$"))
    context.close()
