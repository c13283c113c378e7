"""
A coordinator exports the list of cases with a purpose, in a real browser:
the progress page refreshes by itself (no JavaScript needed) while the
background worker builds the file, then offers the download; the file holds
the cases and none of the personal fields asked for where no consent allows
them. The referral journey (test_casework_referrals.py) checks the page side
of what a receiver sees.
"""

import csv
import io

import pytest

from .casework_door import COORDINATOR, sign_in_to_casework


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_a_coordinator_exports_the_list_with_a_purpose(chromium, live_site, javascript):
    context = chromium.new_context(
        viewport={"width": 360, "height": 740}, locale="vi-VN", java_script_enabled=javascript, accept_downloads=True
    )
    page = context.new_page()
    sign_in_to_casework(page, live_site, COORDINATOR)
    page.goto(f"{live_site}/casework/xuat/")
    page.fill("#id_purpose", "Báo cáo quý cho Ban chỉ đạo tỉnh")
    page.check("input[name=file_format][value=csv]")
    page.check("input[name=field_groups][value=identity]")
    page.select_option(
        "#id_recipient",
        page.locator("#id_recipient option", has_text="Cơ sở trợ giúp xã hội").first.get_attribute("value"),
    )
    page.select_option("#id_sharing_purpose", "shelter")
    page.get_by_role("button", name="Xuất", exact=True).click()
    page.wait_for_url("**/casework/xuat/*/")
    # The page refreshes itself until the worker is done.
    page.wait_for_selector("[data-export-state=done]", timeout=60_000)
    assert "không đưa thông tin cá nhân" in page.locator("main").inner_text()
    with page.expect_download() as download_info:
        page.click("[data-download]")
    path = download_info.value.path()
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    assert rows[0][0] == "Số hồ sơ" and len(rows) > 10
    # Only the cases whose person consented to the shelter show a name; the others' name cells are empty.
    named = [row for row in rows[1:] if row[6]]
    assert 0 < len(named) < len(rows) - 1
    context.close()
