"""
A coordinator merges a likely duplicate pair in a real browser: a commune
officer registers the same person twice (the name typed without its
diacritics the second time), the pair shows among the likely duplicates,
the coordinator confirms which case to keep, and the kept case holds the
other's records while the merged one leaves the list.
"""

import re

from .casework_door import COORDINATOR, OFFICER

NAME = "Trịnh Thị Gộp Hồ Sơ"
TYPED_AGAIN = "TRINH THI GOP HO SO"
BORN = "03/04/1995"


def register(page, live_site, name, note):
    page.goto(f"{live_site}/casework/nguoi/moi/")
    page.select_option("#id_intake-intake_channel", "self_report")
    page.fill("#id_person-full_name", name)
    page.fill("#id_person-birth_date", BORN)
    page.get_by_role("button", name="Lập hồ sơ").click()
    page.wait_for_url(re.compile(r".*/casework/ho-so/[0-9a-f-]{36}/$"))
    url = page.url
    page.get_by_role("link", name="Thêm ghi chú").click()
    page.fill("#id_text", note)
    page.get_by_role("button", name="Thêm ghi chú này").click()
    page.wait_for_url(url)
    return url, page.locator("h1").inner_text().replace("Hồ sơ ", "").strip()


def test_a_coordinator_merges_a_likely_duplicate_pair(people, live_site):
    officer = people(OFFICER)
    first_url, first = register(officer, live_site, NAME, "Ghi chú lần đầu")
    second_url, second = register(officer, live_site, TYPED_AGAIN, "Ghi chú lần sau")

    coordinator = people(COORDINATOR)
    coordinator.goto(f"{live_site}/casework/trung-lap/")
    row = coordinator.locator("table.cw-table tbody tr", has_text=second)
    assert row.count() == 1 and first in row.inner_text()
    row.get_by_role("button").click()
    coordinator.wait_for_selector("form.cw-form input[name=confirm]", state="attached")
    # The case received first is kept (both came today here: the pair orders them by number then).
    coordinator.check("input[name=keep][value=first]")
    coordinator.get_by_role("button", name="Gộp hai hồ sơ").click()
    coordinator.wait_for_url(re.compile(f"^({re.escape(first_url)}|{re.escape(second_url)})$"))
    kept_url = coordinator.url
    merged_url, merged = (second_url, second) if kept_url == first_url else (first_url, first)
    main = coordinator.locator("main").inner_text()
    assert "Ghi chú lần sau" in main and "Ghi chú lần đầu" in main  # the merged case's note moved here
    assert merged in main
    coordinator.goto(f"{live_site}/casework/")
    assert merged not in coordinator.locator("table.cw-table").inner_text()
    coordinator.goto(merged_url)
    assert coordinator.locator("[data-merged]").count() == 1
