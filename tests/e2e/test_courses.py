"""
Training journeys in a real browser against the seeded demo (tests/e2e/conftest.py): an official is assigned the
staff course, reads it, fails the quiz, retakes it, loses the browser mid-attempt, resumes and passes, with and
without JavaScript; an attempt left open past its time is submitted by the timer's command; a learner with extra
time finishes after the others' limit; an anonymous visitor reads the open course and is offered no quiz. Learner
pages have no axe violation of any impact.

Each test makes its own learners, so the tests do not depend on each other's order.
"""

import itertools
import os
import re

import pytest

from courses.demo.questions import QUESTIONS
from tests.courses.browser import attempts_of, make_learner, manage, move_attempts_back, sign_in
from tests.e2e.conftest import run_axe

# The right answers, by the Vietnamese text of each question of the demo bank.
ANSWERS = {question.vi: question for question in QUESTIONS}
ESSAY = "Tôi không cung cấp tên và địa chỉ. Luật cấm tiết lộ thông tin khi chưa có sự đồng ý của người đó."
_counter = itertools.count()


def learner_name(prefix):
    return f"e2e.{prefix}.{os.getpid()}.{next(_counter)}"


def no_axe_violations(axe_context, base_url, path, username):
    """Load `path` as `username` in the axe context (CSP bypassed for the audit only) and check every impact."""
    if getattr(axe_context, "signed_in_as", None) != username:  # a journey audits several pages as one learner
        sign_in(axe_context, base_url, username)
    page = axe_context.new_page()
    page.goto(base_url + path)
    violations = run_axe(page, min_impact="minor")
    page.close()
    assert violations == [], violations


def answer_page(page, correct):
    """Answer every question on the attempt page shown, rightly or wrongly."""
    for fieldset in page.locator("fieldset.question").all():
        text = fieldset.locator(".question__text").inner_text().strip()
        question = ANSWERS[text]
        if question.kind in ("single", "multiple", "true_false"):
            right = [option.vi for option in question.options if option.correct]
            wrong = [option.vi for option in question.options if not option.correct]
            chosen = right if correct else wrong[:1]
            for label in chosen:
                fieldset.get_by_label(label, exact=True).check()
        elif question.kind == "short":
            right = next(option.vi for option in question.options if option.correct)
            fieldset.get_by_label("Câu trả lời của bạn").fill(right if correct else "không biết")
        else:
            fieldset.get_by_label("Câu trả lời của bạn").fill(ESSAY)


def wait_until_saved(page):
    """Wait until the page's autosave has saved every answer given (its form says so in data-save-state)."""
    page.wait_for_selector("form[data-save-state=saved]")


def answer_all(page, correct):
    """Answer every page of the attempt and submit it; returns the result page's text."""
    while True:
        answer_page(page, correct)
        finish = page.get_by_role("button", name="Kết thúc bài làm").first
        if page.get_by_role("button", name="Trang sau").count():
            # A click does not wait for the page it opens: without this, the next round answers this page again.
            with page.expect_navigation():
                page.get_by_role("button", name="Trang sau").click()
            continue
        finish.click()
        break
    page.get_by_role("button", name="Nộp bài và kết thúc").click()
    page.wait_for_url(re.compile(r"/ket-qua/$"))
    return page.locator("main").inner_text()


def open_quiz(page, base_url):
    page.goto(base_url + "/dao-tao/tiep-nhan-xac-minh-ho-tro/bai-kiem-tra/")


def read_course(page, base_url):
    page.goto(base_url + "/hoc-tap/")
    assigned = page.locator("section", has=page.get_by_role("heading", name="Được giao cho bạn"))
    assert "Hạn hoàn thành" in assigned.inner_text()
    assigned.get_by_role("link", name="Tiếp nhận, xác minh và hỗ trợ nạn nhân bị mua bán trở về").click()
    lessons = page.locator(".course-outline").first.get_by_role("link").all()
    urls = [link.get_attribute("href") for link in lessons]
    assert len(urls) == 4
    for url in urls:
        page.goto(base_url + url)
        page.get_by_role("button", name="Tôi đã đọc xong bài này").click()
        assert "Đã đánh dấu đọc xong bài học" in page.locator("main").inner_text()


def journey(chromium, live_site, axe_context, javascript):
    username = learner_name("js" if javascript else "nojs")
    make_learner(live_site, username)
    options = {"viewport": {"width": 360, "height": 740}, "locale": "vi-VN", "java_script_enabled": javascript}
    context = chromium.new_context(**options)
    sign_in(context, live_site, username)
    page = context.new_page()
    read_course(page, live_site)
    no_axe_violations(axe_context, live_site, "/hoc-tap/", username)

    # First attempt: every answer wrong.
    open_quiz(page, live_site)
    page.get_by_role("button", name="Bắt đầu làm bài").click()
    no_axe_violations(axe_context, live_site, urlpath(page.url), username)
    result = answer_all(page, correct=False)
    assert "Bạn chưa đạt" in result
    no_axe_violations(axe_context, live_site, urlpath(page.url), username)

    # Second attempt: the first page answered, then the browser is gone.
    open_quiz(page, live_site)
    page.get_by_role("button", name="Làm lại bài kiểm tra").click()
    answer_page(page, correct=True)
    if javascript:
        wait_until_saved(page)
        assert "Đã lưu câu trả lời" in page.locator("[data-autosave-status]").inner_text()
    else:
        # Wait for the redirect after the save: closing the browser while the POST is in flight would lose it.
        with page.expect_navigation():
            page.get_by_role("button", name="Lưu").click()
    first_page_answers = checked_labels(page)
    context.close()

    context = chromium.new_context(**options)
    sign_in(context, live_site, username)
    page = context.new_page()
    open_quiz(page, live_site)
    page.get_by_role("button", name="Làm tiếp bài đang làm").click()
    assert checked_labels(page) == first_page_answers  # nothing was lost
    result = answer_all(page, correct=True)
    assert "Bạn đã đạt" in result
    page.goto(live_site + "/hoc-tap/")
    assert "Đã hoàn thành" in page.locator("main").inner_text()
    context.close()
    assert [row[1:] for row in attempts_of(live_site, username)] == [
        ("finished", "submitted", "False"),
        ("finished", "submitted", "True"),
    ]


def urlpath(url):
    return re.sub(r"^https?://[^/]+", "", url)


def checked_labels(page):
    labels = []
    for field in page.locator("input:checked, input[type=text], textarea").all():
        if field.get_attribute("type") in ("radio", "checkbox"):
            labels.append(page.locator(f"label[for='{field.get_attribute('id')}']").inner_text())
        else:
            labels.append(field.input_value())
    return sorted(labels)


@pytest.mark.smoke
def test_an_official_fails_resumes_and_passes_with_javascript(chromium, live_site, axe_context):
    journey(chromium, live_site, axe_context, javascript=True)


def test_the_same_journey_without_javascript(chromium, live_site, axe_context):
    journey(chromium, live_site, axe_context, javascript=False)


def test_an_attempt_left_open_past_its_time_is_submitted_by_the_timer(chromium, live_site, browser_context):
    username = learner_name("timer")
    make_learner(live_site, username)
    sign_in(browser_context, live_site, username)
    page = browser_context.new_page()
    open_quiz(page, live_site)
    page.get_by_role("button", name="Bắt đầu làm bài").click()
    assert page.locator("[role=timer]").is_visible()
    answer_page(page, correct=True)
    wait_until_saved(page)
    page.close()  # left open

    move_attempts_back(live_site, username, 31)  # the quiz allows 30 minutes
    assert attempts_of(live_site, username) == [("1", "in_progress", "-", "None")]
    assert "Finalised 1 attempt" in manage(live_site, "finalise_overdue_attempts")
    assert attempts_of(live_site, username)[0][1:3] == ("finished", "time_up")

    page = browser_context.new_page()
    open_quiz(page, live_site)
    page.locator("table a").first.click()
    assert "Đã hết giờ" in page.locator("main").inner_text()


def test_a_learner_with_extra_time_finishes_after_the_others_limit(chromium, live_site, axe_context):
    others, extra = learner_name("limit"), learner_name("extra")
    make_learner(live_site, others)
    make_learner(live_site, extra, extra_minutes=20)
    contexts = {}
    for username in (others, extra):
        contexts[username] = chromium.new_context(viewport={"width": 360, "height": 740}, locale="vi-VN")
        sign_in(contexts[username], live_site, username)
        page = contexts[username].new_page()
        open_quiz(page, live_site)
        limit = "50 phút" if username == extra else "30 phút"
        assert limit in page.locator("main").inner_text()
        page.get_by_role("button", name="Bắt đầu làm bài").click()

    for username in (others, extra):
        move_attempts_back(live_site, username, 35)  # past the 30 minutes, within 30 + 20

    late = contexts[others].pages[0]
    late.reload()
    assert "Đã hết giờ" in late.locator("main").inner_text()  # counted as submitted at once

    page = contexts[extra].pages[0]
    page.reload()
    result = answer_all(page, correct=True)
    assert "Bạn đã đạt" in result and "Đã hết giờ" not in result
    assert attempts_of(live_site, extra)[0][1:] == ("finished", "submitted", "True")
    for context in contexts.values():
        context.close()


def test_an_anonymous_visitor_reads_the_open_course_and_is_offered_no_quiz(page, live_site, axe_context):
    page.goto(live_site + "/dao-tao/")
    page.get_by_role("link", name="Nhận biết lời mời việc làm lừa đảo").click()
    course = page.locator("main")
    assert "Mở cho mọi người" in course.inner_text()
    assert page.get_by_role("link", name="Tự kiểm tra: lời mời việc làm").count() == 0
    page.get_by_role("link", name="Dấu hiệu cần dừng lại").click()
    assert "Người tuyển dụng giữ hộ chiếu" in page.locator("main").inner_text()
    assert page.get_by_role("button", name="Tôi đã đọc xong bài này").count() == 0

    page.goto(live_site + "/dao-tao/nhan-biet-loi-moi-viec-lam-lua-dao/tu-kiem-tra/")
    assert page.get_by_role("button").filter(has_text=re.compile("Bắt đầu|Làm")).count() == 0
    assert page.context.cookies() == []

    page.goto(live_site + "/dao-tao/tiep-nhan-xac-minh-ho-tro/che-do-ho-tro/")
    text = page.locator("main").inner_text()
    assert "dành cho cán bộ" in text and "Ngân hàng Chính sách xã hội" not in text  # a staff-only lesson: no content

    audit = axe_context.new_page()
    audit.goto(live_site + "/dao-tao/nhan-biet-loi-moi-viec-lam-lua-dao/dau-hieu-can-dung-lai/")
    assert run_axe(audit, min_impact="minor") == []
