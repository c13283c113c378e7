"""
The legal workflow in a real browser, each person in their own browser (a
360 px phone): a case from reception to closure, every step made by the
post the law (or, where the law names nobody, this system) gives it and
refused to another with the reason; an overdue verification first in the
lists and flagged; the verification record printed by a police verifier
without what their post may not read; two tabs editing one case.
"""

import datetime
import re
from zoneinfo import ZoneInfo

from .casework_door import COORDINATOR, OFFICER, POLICE, PROVINCIAL, SHELTER

NAME = "Lương Thị Hành Trình"
PHONE = "0912 345 678"
HEALTH = "Đau lưng, cần khám lại"
VERIFIER_NOTE = "Cùng xác minh: cán bộ Công an tỉnh Mẫu; còn thiếu lời khai của chủ cơ sở"


def today():
    """The site's today (Viet Nam's), which can be a day ahead of this machine's."""
    return datetime.datetime.now(ZoneInfo("Asia/Ho_Chi_Minh")).date()


def typed(day):
    return day.strftime("%d/%m/%Y")


def make_step(page, case_url, label, *, decision=None, note=None, until=None, made_on=None):
    """Make a step offered on the case page, by its link, and come back to the case."""
    page.goto(case_url)
    page.get_by_role("link", name=label, exact=True).click()
    if made_on:
        page.fill("#id_made_on", typed(made_on))
    if decision:
        page.fill("#id_decision_number", decision)
        page.fill("#id_decision_date", page.input_value("#id_made_on"))
    if until:
        page.fill("#id_until", typed(until))
    if note:
        page.fill("#id_note", note)
    page.get_by_role("button", name="Ghi nhận bước này").click()
    page.wait_for_url(case_url)


def workflow_text(page):
    return page.locator("section[aria-labelledby=workflow]").inner_text()


def refused(page, case_url, code, label):
    """`page`'s person sees the step without a link, with the reason, and its address refuses them (403)."""
    page.goto(case_url)
    assert page.get_by_role("link", name=label, exact=True).count() == 0
    shown = page.locator(".cw-next-steps li", has_text=label)
    assert shown.count() == 1 and shown.locator(".cw-step-refused").count() == 1
    reason = shown.locator(".cw-help").inner_text()
    response = page.goto(f"{case_url}buoc/{code}/")
    assert response.status == 403
    assert reason in page.locator("main").inner_text()  # the same reason, on the refusal page
    return reason


def case_rows(page):
    """(case number, flagged overdue) for each row of the list shown, top first."""
    rows = page.locator("table.cw-table tbody tr")
    return [(row.locator("td").first.inner_text(), row.locator(".cw-overdue").count() == 1) for row in rows.all()]


def overdue_first(rows):
    flags = [flagged for _number, flagged in rows]
    return flags == sorted(flags, reverse=True)


def test_a_case_from_reception_to_closure_each_step_by_its_own_post(people, live_site):
    officer = people(OFFICER)
    # The commune officer registers a person received three weeks ago, and notifies Sở Y tế twelve days ago:
    # the three days of the initial verification are long past.
    officer.goto(f"{live_site}/casework/nguoi/moi/")
    officer.fill("#id_intake-received_on", typed(today() - datetime.timedelta(days=20)))
    officer.select_option("#id_intake-intake_channel", "self_report")
    officer.fill("#id_person-full_name", NAME)
    officer.fill("#id_person-phone", PHONE)
    officer.fill("#id_person-health_notes", HEALTH)
    officer.get_by_role("button", name="Lập hồ sơ").click()
    officer.wait_for_url(re.compile(r".*/casework/ho-so/[0-9a-f-]{36}/$"))
    case_url = officer.url
    number = officer.locator("h1").inner_text().replace("Hồ sơ ", "").strip()
    make_step(
        officer,
        case_url,
        "Thông báo cho Sở Y tế",
        decision="15/TB-UBND",
        made_on=today() - datetime.timedelta(days=12),
    )
    assert "Quá hạn:" in workflow_text(officer) and "3 ngày theo lịch" in workflow_text(officer)

    # Overdue: flagged, and with every other overdue case before the cases still in time, in the list...
    officer.goto(f"{live_site}/casework/?stage=initial_verification")
    rows = case_rows(officer)
    assert (number, True) in rows and rows[0][1] and overdue_first(rows)

    # The coordinator assigns the provincial officer, the police verifier and the shelter's staff.
    coordinator = people(COORDINATOR)
    coordinator.goto(case_url)
    assert coordinator.locator(".cw-next-steps").count() == 0  # a coordinator moves no case on
    coordinator.get_by_role("link", name="Giao việc").click()
    for username in ("hoso.tinh", "hoso.congan", "hoso.baotro"):
        coordinator.get_by_label(re.compile(rf"\({re.escape(username)}\)$")).check()
    coordinator.get_by_role("button", name="Lưu").click()
    coordinator.wait_for_url(case_url)

    # ...and in the provincial officer's inbox, where it comes first.
    provincial = people(PROVINCIAL)
    provincial.goto(f"{live_site}/casework/hop-thu/")
    rows = case_rows(provincial)
    assert (number, True) in rows and rows[0][1] and overdue_first(rows)

    # Initial verification is Sở Y tế's step (with the police): refused to the police verifier, with the reason.
    verify_further = "Xác minh ban đầu: chưa có giấy tờ, tài liệu xác nhận, cần xác minh thêm"
    police = people(POLICE)
    reason = refused(police, case_url, "further_verification", verify_further)
    assert reason.startswith("Theo luật, chỉ")
    make_step(provincial, case_url, verify_further, decision="22/BB-XM", note=VERIFIER_NOTE)
    assert "Xác minh thêm" in provincial.locator("section[aria-labelledby=case-summary]").inner_text()

    # The verification record as the police verifier prints it: the record, not the note, phone or health.
    police.goto(f"{case_url}in/xac-minh/")
    printed = police.locator("main").inner_text()
    assert "22/BB-XM" in printed and NAME in printed
    assert VERIFIER_NOTE not in printed and PHONE not in printed and HEALTH not in printed
    # As the provincial officer prints it: their post reads the note and the contact.
    provincial.goto(f"{case_url}in/xac-minh/")
    printed = provincial.locator("main").inner_text()
    assert VERIFIER_NOTE in printed and PHONE in printed

    # The decision: identified. Then the shelter's steps, refused to the provincial officer.
    make_step(provincial, case_url, "Đã xác định là nạn nhân", decision="31/QĐ-SYT")
    reason = refused(provincial, case_url, "admit", "Tiếp nhận vào cơ sở trợ giúp xã hội")
    assert reason.startswith("Theo luật, chỉ")
    shelter = people(SHELTER)
    make_step(shelter, case_url, "Tiếp nhận vào cơ sở trợ giúp xã hội", decision="05/QĐ-CSTG")
    assert "120 ngày" in workflow_text(shelter)
    make_step(
        shelter,
        case_url,
        "Gia hạn thời gian ở (theo quyết định)",
        decision="09/QĐ-CSTG",
        until=today() + datetime.timedelta(days=150),
    )
    assert typed(today() + datetime.timedelta(days=150)) in workflow_text(shelter)
    make_step(
        shelter,
        case_url,
        "Cho rời cơ sở và bàn giao",
        decision="12/BB-BG",
        note="Bàn giao cho gia đình tại xã",
    )

    # Reintegration and closure: the commune's steps, refused to the shelter.
    reason = refused(shelter, case_url, "reintegrate", "Bắt đầu hỗ trợ tái hòa nhập tại nơi cư trú")
    assert reason.startswith("Luật không quy định ai thực hiện")
    make_step(officer, case_url, "Bắt đầu hỗ trợ tái hòa nhập tại nơi cư trú")
    make_step(officer, case_url, "Đóng hồ sơ", note="Đã hỗ trợ xong, người đó ổn định tại địa phương")
    summary = officer.locator("section[aria-labelledby=case-summary]").inner_text()
    assert "Đã đóng" in summary

    # Every step is dated and attributed, in order.
    steps = officer.locator("ol.cw-steps li").all_inner_texts()
    makers = [
        "Cán bộ tiếp nhận xã",
        "Cán bộ hồ sơ Sở Y tế",
        "Cán bộ hồ sơ Sở Y tế",
        "Nhân viên cơ sở trợ giúp xã hội",
        "Nhân viên cơ sở trợ giúp xã hội",
        "Nhân viên cơ sở trợ giúp xã hội",
        "Cán bộ tiếp nhận xã",
        "Cán bộ tiếp nhận xã",
    ]
    assert len(steps) == len(makers)
    for text, maker in zip(steps, makers, strict=True):
        assert re.match(r"\d{2}/\d{2}/\d{4}: ", text) and f"ghi nhận: {maker}" in text, text

    # A step the closed case cannot take is refused, and nothing changes.
    officer.goto(f"{case_url}buoc/admit/")
    officer.wait_for_url(case_url)
    assert "Không thể thực hiện bước này" in officer.locator("main").inner_text()
    assert len(officer.locator("ol.cw-steps li").all()) == len(makers)


def test_two_tabs_editing_one_case_get_a_conflict_and_lose_nothing(people, live_site):
    first = people(OFFICER)
    first.goto(f"{live_site}/casework/")
    case_url = live_site + first.locator("table.cw-table tbody a").first.get_attribute("href")
    edit_url = f"{case_url}sua/"
    # The same officer in a second tab, and a provincial officer: both open the form of the same case.
    second = first.context.new_page()
    second.goto(edit_url)
    first.goto(edit_url)
    before = first.input_value("#id_trafficking_period")
    first.fill("#id_circumstances", "Lời kể ghi trong tab thứ nhất")
    first.fill("#id_destination_country", "Lào")
    first.get_by_role("button", name="Lưu").click()
    first.wait_for_url(case_url)

    second.fill("#id_trafficking_period", "Từ tháng 3 đến tháng 9")
    second.fill("#id_circumstances", "Lời kể ghi trong tab thứ hai")
    second.get_by_role("button", name="Lưu").click()
    second.wait_for_load_state()
    alert = second.get_by_role("alert").inner_text()
    assert "Chưa lưu gì" in alert and "hoso.xa" in alert
    # What only the first tab changed now shows there; what the second typed is kept; where both changed a
    # field, the first's value is shown under it.
    assert second.input_value("#id_destination_country") == "Lào"
    assert second.input_value("#id_trafficking_period") == "Từ tháng 3 đến tháng 9" != before
    assert second.input_value("#id_circumstances") == "Lời kể ghi trong tab thứ hai"
    assert "Lời kể ghi trong tab thứ nhất" in second.locator("#id_circumstances_theirs").inner_text()
    second.get_by_role("button", name="Lưu").click()
    second.wait_for_url(case_url)
    facts = second.locator("main").inner_text()
    assert "Lào" in facts and "Từ tháng 3 đến tháng 9" in facts and "Lời kể ghi trong tab thứ hai" in facts
