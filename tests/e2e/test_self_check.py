"""
The job-offer self-check in a real browser, on the seeded demo: a single
ordinary "yes" is never told "no signs", a single serious "yes" gets the
strongest advice, the page still reads as a printed checklist without
JavaScript, and the page editor shows the scores each result covers.
"""

import re

import pytest
from playwright.sync_api import expect

from safereturn.base.demo.reference import USERS

from .staff_door import sign_in

SELF_CHECK = {"vi": "/tu-kiem-tra/", "en": "/en/check-a-job-offer/"}
ANSWER = {"vi": ("Có", "Không"), "en": ("Yes", "No")}
SUBMIT = {"vi": "Xem câu trả lời của tôi có ý nghĩa gì", "en": "Show what my answers mean"}
NO_SIGNS = {"vi": "Bạn chưa trả lời “có” với câu nào", "en": "You did not answer “yes” to any question"}
STRONGEST = {"vi": "Đừng đi khi chưa kiểm tra kỹ", "en": "Do not go until you have checked"}


def answer(page, language, yes_to):
    """Answer every question: "yes" to the question `yes_to` picks, "no" to all the others."""
    yes, no = ANSWER[language]
    questions = page.locator("fieldset[data-weight]")
    chosen = yes_to(questions)
    for index in range(questions.count()):
        question = questions.nth(index)
        question.get_by_label(yes if index == chosen else no, exact=True).check()
    page.get_by_role("button", name=SUBMIT[language]).click()
    matched = page.locator(".self-check__result[data-matched]")
    expect(matched).to_have_count(1)
    expect(matched).to_be_visible()
    return matched


def first_ordinary(questions):
    for index in range(questions.count()):
        question = questions.nth(index)
        if question.get_attribute("data-serious") is None and question.get_attribute("data-weight") == "1":
            return index
    raise AssertionError("The demo self-check has no ordinary question")


def first_serious(questions):
    for index in range(questions.count()):
        if questions.nth(index).get_attribute("data-serious") is not None:
            return index
    raise AssertionError("The demo self-check has no serious question")


@pytest.mark.parametrize("language", ["vi", "en"])
def test_one_ordinary_yes_is_a_warning_not_no_signs(page, live_site, language):
    page.goto(live_site + SELF_CHECK[language])
    matched = answer(page, language, first_ordinary)
    expect(matched).not_to_contain_text(NO_SIGNS[language])
    expect(matched).not_to_contain_text(STRONGEST[language])
    expect(matched).to_have_attribute("data-min-score", "1")
    expect(page.locator("[data-self-check-score]")).to_contain_text("1")
    # Every other band is hidden, the "no signs" one included.
    expect(page.get_by_text(NO_SIGNS[language])).to_be_hidden()


@pytest.mark.parametrize("language", ["vi", "en"])
def test_one_serious_yes_gets_the_strongest_advice(page, live_site, language):
    page.goto(live_site + SELF_CHECK[language])
    matched = answer(page, language, first_serious)
    expect(matched).to_contain_text(STRONGEST[language])
    expect(matched).to_have_attribute("data-last", "")
    # The score alone (3 points) would not reach the last band: the serious sign does.
    assert int(matched.get_attribute("data-min-score")) > 3
    expect(page.locator("[data-self-check-score]")).to_contain_text("3")
    # Whoever may be abroad is told what to do instead of 111 and 113.
    expect(matched).to_contain_text("Đại sứ quán" if language == "vi" else "embassy")
    assert page.context.offsite_guard.offsite == []


def test_without_javascript_the_page_is_a_checklist_with_every_band_and_the_serious_rule(chromium, live_site):
    context = chromium.new_context(java_script_enabled=False, viewport={"width": 360, "height": 740})
    page = context.new_page()
    try:
        page.goto(live_site + SELF_CHECK["vi"])
        results = page.locator(".self-check__result")
        expect(results).to_have_count(3)
        for index in range(3):
            expect(results.nth(index)).to_be_visible()
        # Each band says which scores it covers; "no signs" covers a score of 0 only.
        expect(results.nth(0)).to_contain_text("0 điểm:")
        expect(results.nth(1)).to_contain_text("1–4 điểm:")
        expect(results.nth(2)).to_contain_text("Từ 5 điểm trở lên, hoặc có bất kỳ dấu hiệu nghiêm trọng nào:")
        expect(page.locator("[data-self-check-serious-rule]")).to_be_visible()
        serious = page.locator("fieldset[data-serious] .self-check__weight")
        expect(serious).to_have_count(3)
        expect(serious.first).to_contain_text("dấu hiệu nghiêm trọng")
        expect(page.locator("[data-self-check-submit]")).to_be_hidden()
    finally:
        context.close()


@pytest.fixture
def editor_page(chromium, live_site):
    """The demo editor, signed in through the staff door (password and app code), as in test_editor_journey."""
    editor = next(user for user in USERS if user["username"] == "editor")
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    sign_in(page, live_site, "editor", editor["password"], secret=editor.get("totp"), next_path="/admin/")
    page.wait_for_url(live_site + "/admin/")
    yield page
    context.close()


def test_the_editor_sees_the_scores_each_result_covers_while_writing(editor_page, live_site):
    page = editor_page
    page.goto(live_site + SELF_CHECK["vi"])
    href = page.locator(".language-switch a").first.get_attribute("href")
    page_id = re.search(r"/page/(\d+)/", href).group(1)
    page.goto(f"{live_site}/admin/pages/{page_id}/edit/")

    scores = page.locator("input[name^='results-'][name$='-value-minimum_score']")
    expect(scores).to_have_count(3)
    notes = page.locator("[data-band-range]")
    expect(notes).to_have_count(3)
    expect(notes.nth(0)).to_have_text("Áp dụng cho 0 điểm.")
    expect(notes.nth(1)).to_have_text("Áp dụng cho 1–4 điểm.")
    expect(notes.nth(2)).to_contain_text("Áp dụng cho từ 5 điểm trở lên.")
    expect(notes.nth(2)).to_contain_text("dấu hiệu nghiêm trọng")

    # Moving the second band up to 2 makes the gap visible at once: "no signs" would now cover a score of 1.
    scores.nth(1).fill("2")
    expect(notes.nth(0)).to_have_text("Áp dụng cho 0–1 điểm.")
    expect(notes.nth(1)).to_have_text("Áp dụng cho 2–4 điểm.")
    # Nothing is saved: the editor leaves without publishing.
