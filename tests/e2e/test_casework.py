"""
Casework in a real browser (a 360 px phone, no JavaScript needed), against
the seeded demo: a commune officer signs in with a code from their
authenticator, registers a person and finds the case by a name typed without
diacritics; an officer of another commune cannot find it by the list, the
search or its address; an auditor sees both officers' reads in the log.
Casework pages have no axe violation of any impact, and their strict
Content Security Policy holds (nothing is blocked on them).
"""

import re

import pytest

from .conftest import run_axe
from .staff_door import sign_in

OFFICER = ("hoso.xa", "safereturn-hoso-xa", "NBXXG3ZNPBQS2ZDFNVXS223FPEWTAMBQ")
OTHER_OFFICER = ("hoso.xa2", "safereturn-hoso-xa2", "NBXXG3ZNPBQTELLEMVWW6LLLMV4S2MBQ")
AUDITOR = ("hoso.kiemtoan", "safereturn-hoso-kiemtoan", "NBXXG3ZNNNUWK3LUN5QW4LLEMVWW6LLL")
PROVINCIAL = ("hoso.tinh", "safereturn-hoso-tinh", "NBXXG3ZNORUW42BNMRSW23ZNNNSXSLJQ")
ADMINISTRATOR = ("hoso.quantri", "safereturn-hoso-quantri", "NBXXG3ZNOF2WC3TUOJUS2ZDFNVXS223F")
NAME = "Khúc Thị Trình Duyệt"


def sign_in_to_casework(page, live_site, account):
    username, password, secret = account
    sign_in(page, live_site, username, password, secret, next_path="/casework/")
    page.wait_for_url(f"{live_site}/casework/**")


def sign_out(page):
    page.locator("form.cw-signout button").click()
    page.wait_for_url("**/tai-khoan/dang-nhap/**")


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
    pages.append(f"{live_site}{case_url}nguoi/them/")
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
    sign_out(page)
    sign_in_to_casework(page, live_site, ADMINISTRATOR)
    for url in (f"{live_site}/casework/nhan-su/", f"{live_site}/casework/nhan-su/them/"):
        visit(page, url)
        violations[url] = run_axe(page, min_impact="minor")
    assert {url: found for url, found in violations.items() if found} == {}
