"""
Between agencies, in real browsers (each person on their own 360 px phone):
a commune officer records the person's consent and refers the case to the
shelter; the shelter reads nothing of it until it accepts, then exactly what
the consent allows, field by field, on the page and in a coordinator's
export for the shelter; the case is then transferred to the
person's home commune, whose officer accepts it, and the first commune keeps
only the referral's history. A referral without consent is refused with the
reason. (The referral pages' accessibility is checked with the other
casework pages, in test_casework.py.)
"""

import csv
import datetime
import io
import re
from zoneinfo import ZoneInfo

from playwright.sync_api import expect

from .casework_door import COORDINATOR, OFFICER, OTHER_OFFICER, SHELTER

NAME = "Đinh Thị Chuyển Gửi"
PHONE = "0987 654 321"
HEALTH = "Mất ngủ kéo dài, cần tư vấn tâm lý"
CIRCUMSTANCES = "Bị giữ hộ chiếu ở một xưởng may bên kia biên giới"
WISHES = "Muốn học nghề làm bánh"


def today():
    return datetime.datetime.now(ZoneInfo("Asia/Ho_Chi_Minh")).date()


def option_value(page, select, text):
    """The value of the first option of `select` whose label contains `text`."""
    return page.locator(f"{select} option", has_text=text).first.get_attribute("value")


def record_consent(page, case_url, recipient, purpose, groups):
    page.goto(case_url)
    page.get_by_role("link", name="Ghi nhận sự đồng ý chia sẻ thông tin của người đó").click()
    page.select_option("#id_purpose", purpose)
    page.select_option("#id_recipient", option_value(page, "#id_recipient", recipient))
    for group in groups:
        page.check(f"input[name=field_groups][value={group}]")
    page.get_by_role("button", name="Ghi nhận sự đồng ý").click()
    page.wait_for_url(case_url)


def refer(page, case_url, to, purpose, kind="referral"):
    page.goto(case_url)
    page.get_by_role("link", name="Chuyển gửi hoặc chuyển giao hồ sơ").click()
    page.check(f"input[name=kind][value={kind}]")
    page.select_option("#id_to_agency", option_value(page, "#id_to_agency", to))
    page.select_option("#id_purpose", purpose)
    page.fill("#id_message", "Đề nghị tiếp nhận và hỗ trợ")
    page.get_by_role("button", name="Gửi", exact=True).click()


def answer(page, live_site, number, label):
    """Open the referral of case `number` from the agency's list, and make the step `label`."""
    page.goto(f"{live_site}/casework/chuyen-gui/")
    page.locator("table.cw-referrals tbody tr", has_text=number).first.get_by_role("link").click()
    page.get_by_role("link", name=label, exact=True).click()
    page.get_by_role("button", name=label, exact=True).click()
    page.wait_for_url(re.compile(r".*/casework/chuyen-gui/[0-9a-f-]{36}/$"))


def test_refer_to_the_shelter_then_transfer_to_the_home_commune(people, live_site):
    officer = people(OFFICER)
    officer.goto(f"{live_site}/casework/nguoi/moi/")
    officer.select_option("#id_intake-intake_channel", "self_report")
    officer.fill("#id_person-full_name", NAME)
    officer.fill("#id_person-phone", PHONE)
    officer.fill("#id_person-health_notes", HEALTH)
    officer.fill("#id_facts-circumstances", CIRCUMSTANCES)
    officer.fill("#id_facts-support_wishes", WISHES)
    officer.get_by_role("button", name="Lập hồ sơ").click()
    officer.wait_for_url(re.compile(r".*/casework/ho-so/[0-9a-f-]{36}/$"))
    case_url = officer.url
    number = officer.locator("h1").inner_text().replace("Hồ sơ ", "").strip()

    # No consent yet: the referral is refused, with the reason, and nothing is sent.
    refer(officer, case_url, "Cơ sở trợ giúp xã hội", "shelter")
    expect(officer.locator(".errorlist")).to_contain_text("Không có sự đồng ý còn hiệu lực")
    # The person agrees to share who they are and their health with the shelter, for accommodation.
    record_consent(officer, case_url, "Cơ sở trợ giúp xã hội", "shelter", ["identity", "health"])
    refer(officer, case_url, "Cơ sở trợ giúp xã hội", "shelter")
    officer.wait_for_url(re.compile(r".*/casework/chuyen-gui/[0-9a-f-]{36}/$"))
    expect(officer.locator("[data-referral-state]")).to_have_text("Đang chờ trả lời")
    referral_url = officer.url

    # The shelter's staff (not assigned to the case) find it first in their referrals, and nothing personal.
    shelter = people(SHELTER)
    shelter.goto(f"{live_site}/casework/chuyen-gui/")
    first = shelter.locator("table.cw-referrals tbody tr").first
    assert number in first.inner_text() and "cw-waiting" in (first.get_attribute("class") or "")
    assert shelter.goto(case_url).status == 404
    shelter.goto(referral_url)
    assert NAME not in shelter.content() and PHONE not in shelter.content()
    answer(shelter, live_site, number, "Nhận")
    expect(shelter.locator("[data-referral-state]")).to_have_text("Đã nhận")
    shelter.get_by_role("link", name=f"Mở hồ sơ {number}").click()
    shelter.wait_for_url(case_url)
    main = shelter.locator("main").inner_text()
    # Field by field: identity and health, which the consent allows; not contact, facts or wishes.
    assert NAME in main and HEALTH in main
    for withheld in (PHONE, CIRCUMSTANCES, WISHES):
        assert withheld not in main, withheld
    assert shelter.locator("#section-contact, [aria-labelledby=section-contact]").count() == 0

    # And in an export for the shelter: the case's row holds the name the consent allows, not the phone.
    coordinator = people(COORDINATOR)
    coordinator.goto(f"{live_site}/casework/xuat/")
    coordinator.fill("#id_purpose", "Danh sách gửi cơ sở trợ giúp xã hội")
    coordinator.check("input[name=file_format][value=csv]")
    coordinator.check("input[name=field_groups][value=identity]")
    coordinator.check("input[name=field_groups][value=contact]")
    coordinator.select_option("#id_recipient", option_value(coordinator, "#id_recipient", "Cơ sở trợ giúp xã hội"))
    coordinator.select_option("#id_sharing_purpose", "shelter")
    coordinator.get_by_role("button", name="Xuất", exact=True).click()
    coordinator.wait_for_selector("[data-export-state=done]", timeout=60_000)
    with coordinator.expect_download() as download:
        coordinator.click("[data-download]")
    rows = {row[0]: row for row in csv.reader(io.StringIO(download.value.path().read_text(encoding="utf-8-sig")))}
    assert NAME in rows[number] and not any(PHONE.replace(" ", "") in cell.replace(" ", "") for cell in rows[number])

    # Reintegration at home: the person agrees to share with their home commune, and the case is transferred.
    other = people(OTHER_OFFICER)
    assert other.goto(case_url).status == 404
    other.goto(f"{live_site}/tai-khoan/")
    home_name = other.locator("ul.account-list li strong").first.inner_text().strip()
    record_consent(officer, case_url, home_name, "reintegration", ["identity", "contact", "support"])
    refer(officer, case_url, home_name, "reintegration", kind="transfer")
    officer.wait_for_url(re.compile(r".*/casework/chuyen-gui/[0-9a-f-]{36}/$"))
    transfer_url = officer.url
    answer(other, live_site, number, "Nhận")
    expect(other.locator("[data-referral-state]")).to_have_text("Đã nhận")
    other.goto(case_url)
    assert NAME in other.locator("main").inner_text() and PHONE in other.locator("main").inner_text()
    # The first commune no longer opens the case, and still reads the transfer's history.
    assert officer.goto(case_url).status == 404
    officer.goto(transfer_url)
    history = officer.locator("section[aria-labelledby=history]").inner_text()
    assert "Gửi" in history and "Nhận" in history and NAME not in officer.content()
