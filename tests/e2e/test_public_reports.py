"""
A report from the public in a real browser, against the seeded demo: a
visitor on a 360 px phone sends an anonymous report (with JavaScript off: the
signed form and its minimum fill time; with it on: the proof of work), gets
a follow-up code; a provincial case officer opens a case from the report and
asks a question; the visitor reads it with the code and answers; the officer
reads the answer. An urgent report comes first in the coordinator's queue.
The form and follow-up pages have no axe violation of any impact, load
nothing from another site and set no cookie but CSRF's; the triage pages
have no axe violation either.
"""

import re
import uuid

import pytest
from playwright.sync_api import expect

from .conftest import OffSiteGuard, run_axe
from .staff_door import sign_in

FORM = "/gui-tin-bao/"
PROVINCIAL = ("hoso.tinh", "safereturn-hoso-tinh", "NBXXG3ZNORUW42BNMRSW23ZNNNSXSLJQ")
COORDINATOR = ("hoso.dieuphoi", "safereturn-hoso-dieuphoi", "NBXXG3ZNMRUWK5LQNBXWSLLEMVWW6LLL")
MIN_FILL_SECONDS = 5  # PUBLIC_REPORT_MIN_FILL_SECONDS's default


def visitor_context(chromium, live_site, javascript):
    context = chromium.new_context(
        viewport={"width": 360, "height": 740}, locale="vi-VN", java_script_enabled=javascript
    )
    guard = OffSiteGuard(live_site)
    context.route("**/*", guard.handle)
    context.offsite_guard = guard
    return context


def new_phone(context):
    """A page of the visitor's context that records Content Security Policy violations."""
    page = context.new_page()
    page.csp_violations = []
    page.on(
        "console",
        lambda message: (
            page.csp_violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return page


def send_report(page, live_site, text, *, javascript, urgent=False):
    """Fill the form as a visitor would and return the follow-up code shown."""
    page.goto(live_site + FORM)
    assert page.locator("#id_reporter_choice_0").is_checked()  # anonymous unless chosen otherwise
    if urgent:
        page.get_by_label("Có, có người đang gặp nguy hiểm").check()
    page.fill("#id_text", text)
    page.select_option("#id_province", label="Tỉnh Bắc Ninh")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360  # nothing wider than the phone
    if not javascript:
        page.wait_for_timeout(MIN_FILL_SECONDS * 1000 + 500)
    page.get_by_role("button", name="Gửi tin báo").click()
    page.wait_for_selector("[data-report-code]", timeout=20_000)
    code = page.locator("[data-report-code]").inner_text().strip()
    assert re.fullmatch(r"[0-9A-Z]{4}(-[0-9A-Z]{4}){3}", code)
    assert code not in page.url
    return code


def sign_in_to_casework(page, live_site, account):
    username, password, secret = account
    sign_in(page, live_site, username, password, secret, next_path="/casework/")
    page.wait_for_url(f"{live_site}/casework/**")


def find_report(page, live_site, text):
    """The address of the open report whose text is `text`, opened from the queue."""
    page.goto(f"{live_site}/casework/bao-tin/")
    links = [link.get_attribute("href") for link in page.locator("table.cw-reports tbody a").all()]
    for href in links:
        page.goto(live_site + href)
        if text in page.content():
            return live_site + href
    raise AssertionError(f"no report with {text!r} among {len(links)}")


@pytest.mark.parametrize(
    "javascript",
    [pytest.param(False, id="without-javascript"), pytest.param(True, id="with-javascript")],
)
def test_a_visitor_reports_a_caseworker_opens_a_case_and_asks_and_the_visitor_answers(
    chromium, live_site, page, javascript
):
    text = f"Người hàng xóm bị giữ ở xưởng may, mã thử {uuid.uuid4().hex[:8]}"
    visitor = visitor_context(chromium, live_site, javascript)
    phone = new_phone(visitor)
    code = send_report(phone, live_site, text, javascript=javascript)
    assert "113" in phone.content()

    # A provincial case officer finds it in the queue, opens a case from it, and asks a question.
    sign_in_to_casework(page, live_site, PROVINCIAL)
    report_url = find_report(page, live_site, text)
    page.get_by_role("link", name="Lập hồ sơ từ tin báo này").click()
    page.fill("#id_person-full_name", "Chưa rõ tên (thử)")
    page.select_option("#id_intake-commune", index=1)
    page.get_by_role("button", name="Lập hồ sơ").click()
    page.wait_for_url(re.compile(r".*/casework/ho-so/[0-9a-f-]{36}/$"))
    assert text in page.content()  # the report's text, copied into "what happened"
    page.goto(report_url)
    assert "Đã lập hồ sơ" in page.content()
    question = "Người đó bị giữ từ khi nào?"
    page.fill("#id_text", question)
    page.get_by_role("button", name="Hỏi người báo tin").click()
    page.wait_for_load_state()
    assert question in page.content()
    assert page.csp_violations == []

    # The visitor comes back with the code (typed in small letters), reads the question and answers.
    phone.goto(live_site + FORM)
    phone.fill("#id_followup-code", code.lower())
    phone.get_by_role("button", name="Xem tin báo của tôi").click()
    phone.wait_for_selector("[data-follow-up]")
    assert question in phone.content() and "Đã đọc và chuyển xử lý" in phone.content()
    assert code not in phone.url and code.lower() not in phone.url
    phone.fill("#id_answer-text", "Từ tháng trước")
    phone.get_by_role("button", name="Gửi câu trả lời").click()
    phone.wait_for_selector("text=Câu trả lời của bạn đã được gửi.")
    assert {cookie["name"] for cookie in visitor.cookies()} <= {"csrftoken"}
    assert visitor.offsite_guard.offsite == [] and phone.csp_violations == []
    visitor.close()

    page.goto(report_url)
    assert "Từ tháng trước" in page.content()


def test_an_urgent_report_comes_first_in_the_queue(chromium, live_site, page):
    text = f"Có người đang bị nhốt, mã thử {uuid.uuid4().hex[:8]}"
    visitor = visitor_context(chromium, live_site, javascript=True)
    phone = new_phone(visitor)
    send_report(phone, live_site, text, javascript=True, urgent=True)
    assert phone.locator(".report-urgent--again").count() == 1  # "call 113 now", again, after sending
    visitor.close()
    sign_in_to_casework(page, live_site, COORDINATOR)
    page.goto(f"{live_site}/casework/bao-tin/")
    first = page.locator("table.cw-reports tbody tr").first
    assert "cw-urgent" in (first.get_attribute("class") or "")
    first.locator("a").click()
    # A click does not wait for the page it opens (CI once read an empty page here).
    expect(page.locator("main")).to_contain_text(text)


def test_the_form_and_follow_up_pages_are_accessible_and_stay_on_the_site(axe_context, live_site):
    guard = OffSiteGuard(live_site)
    axe_context.route("**/*", guard.handle)
    page = axe_context.new_page()
    violations = {}
    page.goto(live_site + FORM)
    violations["form"] = run_axe(page, min_impact="minor")
    page.goto(live_site + "/en/send-a-report/")
    violations["form in English"] = run_axe(page, min_impact="minor")
    page.goto(live_site + FORM)
    page.get_by_role("button", name="Gửi tin báo").click()  # empty: the form with its errors
    page.wait_for_load_state()
    violations["form with errors"] = run_axe(page, min_impact="minor")
    # The demo's report with a question and an answer (its code is published in README, development only).
    page.goto(live_site + FORM)
    page.fill("#id_followup-code", "DEM0-0000-0000-0002")
    page.get_by_role("button", name="Xem tin báo của tôi").click()
    page.wait_for_selector("[data-follow-up]")
    violations["follow-up"] = run_axe(page, min_impact="minor")
    page.goto(live_site + FORM)
    page.fill("#id_followup-code", "0000-0000-0000-0000")
    page.get_by_role("button", name="Xem tin báo của tôi").click()
    page.wait_for_selector("[data-code-not-found]")
    violations["code not found"] = run_axe(page, min_impact="minor")
    page.goto(live_site + FORM)
    page.fill("#id_text", "Thử trang đã gửi")
    page.get_by_role("button", name="Gửi tin báo").click()
    page.wait_for_selector("[data-report-code]", timeout=20_000)
    violations["sent"] = run_axe(page, min_impact="minor")
    assert {name: found for name, found in violations.items() if found} == {}
    assert guard.offsite == []


def test_the_triage_pages_are_accessible(axe_context, live_site):
    page = axe_context.new_page()
    sign_in_to_casework(page, live_site, PROVINCIAL)
    violations = {}
    page.goto(f"{live_site}/casework/bao-tin/")
    violations["queue"] = run_axe(page, min_impact="minor")
    href = page.locator("table.cw-reports tbody a").first.get_attribute("href")
    page.goto(live_site + href)
    violations["report"] = run_axe(page, min_impact="minor")
    page.get_by_role("button", name="Bỏ qua tin báo").click()  # no reason: the form with its errors
    page.wait_for_load_state()
    violations["report with errors"] = run_axe(page, min_impact="minor")
    page.goto(live_site + href + "mo-ho-so/")
    violations["open a case"] = run_axe(page, min_impact="minor")
    assert {name: found for name, found in violations.items() if found} == {}
