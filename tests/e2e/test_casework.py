"""
Casework in a real browser (a 360 px phone, no JavaScript needed), against
the seeded demo: a commune officer signs in with a code from their
authenticator, registers a person and finds the case by a name typed without
diacritics; an officer of another commune cannot find it by the list, the
search or its address; an auditor sees both officers' reads in the log.
Casework pages have no axe violation of any impact, and their strict
Content Security Policy holds (nothing is blocked on them).
"""

import datetime
import re

import pytest
from playwright.sync_api import expect

from .casework_door import (
    ADMINISTRATOR,
    AUDITOR,
    COORDINATOR,
    OFFICER,
    OTHER_OFFICER,
    PROVINCIAL,
    sign_in_to_casework,
    sign_out,
)
from .conftest import run_axe

NAME = "Khúc Thị Trình Duyệt"


def search(page, live_site, words):
    page.goto(f"{live_site}/casework/tim-kiem/")
    page.fill("#id_q", words)
    page.locator("form.cw-form button[type=submit]").click()
    page.wait_for_load_state()
    assert "tim-kiem" in page.url and words.split()[0] not in page.url  # posted, never in the address


@pytest.mark.smoke
def test_register_find_refuse_and_audit(page, live_site):
    # A commune officer signs in with their code and registers a person.
    sign_in_to_casework(page, live_site, OFFICER)
    page.get_by_role("link", name="Tiếp nhận người mới").click()
    page.select_option("#id_intake-intake_channel", "handed_over_at_border")
    page.fill("#id_person-full_name", NAME)
    page.fill("#id_person-birth_date", "09/10/2001")
    page.select_option("#id_person-sex", "female")
    page.fill("#id_facts-destination_country", "Trung Quốc")
    page.get_by_role("button", name="Lập hồ sơ").click()
    page.wait_for_url(re.compile(r".*/casework/ho-so/[0-9a-f-]{36}/$"))
    case_url = page.url
    assert NAME in page.content() and "09/10/2001" in page.content()
    number = page.locator("h1").inner_text().replace("Hồ sơ ", "").strip()
    assert re.fullmatch(r"HS-[0-9A-Z]{4}-[0-9A-Z]{4}", number)
    # The case page offers the next legal step; the officer notifies Sở Y tế and the time limit starts.
    assert "không có thời hạn luật định" in page.content()
    page.get_by_role("link", name="Thông báo cho Sở Y tế").click()
    page.fill("#id_decision_number", "01/TB-UBND")
    page.fill("#id_decision_date", page.input_value("#id_made_on"))
    page.get_by_role("button", name="Ghi nhận bước này").click()
    page.wait_for_url(case_url)
    workflow = page.locator("section[aria-labelledby=workflow]").inner_text()
    assert "Xác minh ban đầu" in page.content() and "3 ngày theo lịch" in workflow
    assert "Thời hạn:" in workflow and "Luật 53/2024/QH15" in workflow and "01/TB-UBND" in workflow
    # Found by a name typed without diacritics, and by one whole word of it.
    search(page, live_site, "khuc thi trinh duyet")
    assert page.get_by_role("link", name=number).count() == 1
    search(page, live_site, "duyet")
    assert page.get_by_role("link", name=number).count() == 1
    search(page, live_site, "duye")  # not a whole word
    assert page.get_by_role("link", name=number).count() == 0
    page.get_by_role("link", name="Hồ sơ", exact=True).click()
    assert page.get_by_role("link", name=number).count() == 1
    assert page.csp_violations == []
    sign_out(page)

    # An officer of another commune cannot find it: not by the list, the search or the address.
    sign_in_to_casework(page, live_site, OTHER_OFFICER)
    assert page.get_by_role("link", name=number).count() == 0 and NAME not in page.content()
    search(page, live_site, "khuc trinh duyet")
    assert page.get_by_role("link", name=number).count() == 0
    search(page, live_site, number)
    assert page.get_by_role("link", name=number).count() == 0
    response = page.goto(case_url)
    assert response.status == 404 and NAME not in page.content()
    sign_out(page)

    # The auditor sees both officers' reads of that case in the log.
    sign_in_to_casework(page, live_site, AUDITOR)
    assert page.url.startswith(f"{live_site}/casework/nhat-ky/")
    case_id = case_url.rstrip("/").rsplit("/", 1)[1]
    page.fill("#id_record_id", case_id)
    page.get_by_role("button", name="Lọc").click()
    rows = page.locator("table.cw-table tbody tr")
    seen = {(row.locator("td").nth(1).inner_text(), row.locator("td").nth(2).inner_text()) for row in rows.all()}
    assert ("hoso.xa", "Xem hồ sơ") in seen  # the officer's read
    assert ("hoso.xa2", "Bị từ chối quyền truy cập") in seen  # the other officer's attempt, refused
    assert page.csp_violations == []


def test_verify_support_plan_a_task_and_find_it_in_the_inbox(page, live_site):
    """A provincial case officer on a demo case in initial verification, from the list to their inbox."""
    sign_in_to_casework(page, live_site, PROVINCIAL)
    page.goto(f"{live_site}/casework/?stage=initial_verification")
    page.locator("table.cw-table tbody a").first.click()
    case_url = page.url
    # The commune notified already; verifying is Sở Y tế's step, offered to this officer with its legal basis.
    page.get_by_role("link", name="Xác minh ban đầu: chưa có giấy tờ, tài liệu xác nhận, cần xác minh thêm").click()
    page.fill("#id_decision_number", "07/BB-XM")
    page.fill("#id_decision_date", page.input_value("#id_made_on"))
    page.fill("#id_note", "Cán bộ Công an tỉnh Mẫu cùng xác minh")
    page.get_by_role("button", name="Ghi nhận bước này").click()
    page.wait_for_url(case_url)
    assert "không có thời hạn luật định" in page.locator("section[aria-labelledby=workflow]").inner_text()
    # Support: the person is still being identified, so vocational training (i) is not offered.
    page.get_by_role("link", name="Ghi nhận hỗ trợ cho người được tiếp nhận").click()
    offered = page.locator("#id_entitlement option").all_inner_texts()
    assert offered[0].startswith("a.") and not [text for text in offered if text.startswith("i.")]
    page.select_option("#id_entitlement", "b")
    page.fill("#id_decision_number", "12/QĐ-SYT")
    page.fill("#id_amount", "800000")
    page.get_by_role("button", name="Ghi nhận hỗ trợ").click()
    page.wait_for_url(case_url)
    assert "800.000 đ" in page.content()
    # A task for themselves, found in their inbox.
    page.get_by_role("link", name="Thêm việc cần làm").click()
    page.fill("#id_text", "Gửi văn bản đề nghị Công an tỉnh xác minh thêm")
    page.fill("#id_due_on", (datetime.date.today() + datetime.timedelta(days=5)).strftime("%d/%m/%Y"))
    page.get_by_role("button", name="Thêm việc này").click()
    page.wait_for_url(case_url)
    page.get_by_role("link", name="Việc của tôi").click()
    # A click does not wait for the page it opens: wait for the text rather than read a page in flight.
    expect(page.locator("main")).to_contain_text("Gửi văn bản đề nghị Công an tỉnh xác minh thêm")
    # The verification record prints what was recorded.
    page.goto(f"{case_url}in/xac-minh/")
    printed = page.locator("main").inner_text()
    assert "07/BB-XM" in printed, printed
    assert "Biên bản xác minh thông tin ban đầu" in printed, printed
    assert page.csp_violations == []


def visit(page, url):
    response = page.goto(url)
    assert response.status == 200, url


def test_casework_pages_have_no_axe_violation_of_any_impact(axe_context, live_site):
    page = axe_context.new_page()
    sign_in_to_casework(page, live_site, PROVINCIAL)
    pages = [f"{live_site}/casework/", f"{live_site}/casework/nguoi/moi/", f"{live_site}/casework/tim-kiem/"]
    visit(page, pages[0])
    case_url = page.locator("table.cw-table tbody a").first.get_attribute("href")
    pages += [f"{live_site}{case_url}", f"{live_site}{case_url}in/", f"{live_site}{case_url}sua/"]
    pages += [f"{live_site}{case_url}nguoi/them/", f"{live_site}{case_url}dong-y/them/"]
    # A step of the workflow the provincial officer may make on some demo case (initial verification).
    visit(page, f"{live_site}/casework/?stage=initial_verification")
    verifying = page.locator("table.cw-table tbody a").first.get_attribute("href")
    pages += [f"{live_site}{verifying}", f"{live_site}{verifying}buoc/further_verification/"]
    pages += [f"{live_site}{verifying}ho-tro/them/", f"{live_site}{verifying}bao-ve/them/"]
    pages += [f"{live_site}{verifying}viec/them/", f"{live_site}{verifying}in/de-nghi-ho-tro/"]
    pages.append(f"{live_site}/casework/hop-thu/")
    pages.append(f"{live_site}/casework/khan-cap/")
    # Referrals: the list, one referral, the form that sends one, and cancelling one still waiting.
    pages += [f"{live_site}/casework/chuyen-gui/", f"{live_site}{case_url}chuyen-gui/them/"]
    visit(page, f"{live_site}/casework/chuyen-gui/")
    pages.append(live_site + page.locator("table.cw-referrals tbody a").first.get_attribute("href"))
    waiting = page.locator("table.cw-referrals tbody tr.cw-waiting a").first.get_attribute("href")
    pages.append(f"{live_site}{waiting}cancel/")
    violations = {}
    for url in pages:
        visit(page, url)
        found = run_axe(page, min_impact="minor")
        if found:
            violations[url] = found
    # A search result page and a form with errors.
    visit(page, f"{live_site}/casework/tim-kiem/")
    page.fill("#id_q", "mau")
    page.locator("form.cw-form button[type=submit]").click()
    page.wait_for_load_state()
    violations["search results"] = run_axe(page, min_impact="minor")
    visit(page, f"{live_site}/casework/nguoi/moi/")
    page.locator("form.cw-form button[type=submit]").click()
    page.wait_for_load_state()
    violations["form with errors"] = run_axe(page, min_impact="minor")
    # A step refused with its reason (shelter staff admit), and an edit that met someone else's save.
    visit(page, f"{live_site}/casework/?stage=identified")
    identified = page.locator("table.cw-table tbody a").first.get_attribute("href")
    assert page.goto(f"{live_site}{identified}buoc/admit/").status == 403
    violations["refused step"] = run_axe(page, min_impact="minor")
    other_tab = axe_context.new_page()
    other_tab.goto(f"{live_site}{case_url}sua/")
    visit(page, f"{live_site}{case_url}sua/")
    page.fill("#id_circumstances", "Tab một")
    page.get_by_role("button", name="Lưu").click()
    page.wait_for_load_state()
    other_tab.fill("#id_circumstances", "Tab hai")
    other_tab.get_by_role("button", name="Lưu").click()
    other_tab.wait_for_load_state()
    assert other_tab.locator("#id_circumstances_theirs").count() == 1
    violations["edit conflict"] = run_axe(other_tab, min_impact="minor")
    other_tab.close()
    sign_out(page)
    sign_in_to_casework(page, live_site, ADMINISTRATOR)
    for url in (
        f"{live_site}/casework/nhan-su/",
        f"{live_site}/casework/nhan-su/them/",
        f"{live_site}/casework/ngay-nghi/",
    ):
        visit(page, url)
        violations[url] = run_axe(page, min_impact="minor")
    visit(page, f"{live_site}/casework/nhan-su/")
    hand_over = page.locator("a[href$='/ban-giao/']").first.get_attribute("href")
    visit(page, f"{live_site}{hand_over}")
    violations["hand-over"] = run_axe(page, min_impact="minor")
    sign_out(page)
    sign_in_to_casework(page, live_site, COORDINATOR)
    visit(page, f"{live_site}/casework/trung-lap/")
    assert page.locator("table.cw-table tbody tr").count() >= 1  # the demo's pair
    violations["likely duplicates"] = run_axe(page, min_impact="minor")
    # The merge's confirmation (not confirmed here) and the emergency accesses the coordinator oversees.
    page.locator("table.cw-table tbody tr").first.get_by_role("button").click()
    page.wait_for_selector("form.cw-form input[name=confirm]", state="attached")
    violations["merge confirmation"] = run_axe(page, min_impact="minor")
    visit(page, f"{live_site}/casework/khan-cap/danh-sach/")
    violations["emergency accesses"] = run_axe(page, min_impact="minor")
    assert {url: found for url, found in violations.items() if found} == {}
