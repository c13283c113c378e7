"""
Staff accounts in the browser: invitations, the second factor, idle sessions,
password changes and lock-outs, and the door's pages audited with axe-core.

These journeys change accounts, so they run against servers of their own: one
database seeded with the demo and a few people made for these tests, served
twice, once with the usual limits and once with an idle limit of a few
seconds (for the inactivity journey).
"""

import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect

from .conftest import REPO, _free_port, run_axe, seeded_copy
from .staff_door import fresh_code, sign_in, submit

IDLE_SECONDS = 20
PASSWORD = "correct horse battery staple"

SETUP = """
import json
from django.contrib.auth.models import Group
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import Page
from safereturn.accounts import invitations
from safereturn.accounts.models import User
from safereturn.accounts.second_factor import new_backup_codes
from campaigns.models import CampaignPage
from safereturn.base.admin_names import EDITORS_GROUP

editors = Group.objects.get(name=EDITORS_GROUP)
out = {}
def person(username, editor=False, device=False):
    user = User.objects.create_user(username, f"{username}@example.invalid", "correct horse battery staple",
                                    full_name=f"Người thử {username}")
    if editor:
        user.groups.add(editors)
    if device:
        device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
        out[username + ":secret"] = __import__("base64").b32encode(device.bin_key).decode()
    return user

address = "moi.xa@example.invalid"
invited = User.objects.create(username=address, email=address, full_name="Cán bộ mới")
invited.set_unusable_password(); invited.save()
out["invitation"] = invitations.invite(invited, send=False).get_absolute_url()
person("bientap.moi", editor=True)
coder = person("bientap.ma", editor=True, device=True)
out["backup"] = new_backup_codes(coder)
person("bientap.nhap", editor=True, device=True)
person("canbo.doimk")
person("canbo.khoa")
out["page_id"] = CampaignPage.objects.live().filter(locale__language_code="vi").first().pk
print("SETUP" + json.dumps(out))
"""


class Server:
    def __init__(self, env, log_path):
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = open(log_path, "w")  # noqa: SIM115  (closed in stop)
        self.process = subprocess.Popen(
            [str(Path(sys.executable).parent / "gunicorn"), "safereturn.wsgi:application",
             f"--bind=127.0.0.1:{self.port}", "--workers=1", "--threads=4"],
            cwd=REPO, env=env, stdout=self.log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(self.url + "/robots.txt", timeout=2)  # noqa: S310  (loopback)
                return
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("The test server did not start:\n" + Path(log_path).read_text()) from None
                time.sleep(0.2)

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)
        self.log.close()


@pytest.fixture(scope="module")
def staff_site(seeded_template):
    workdir = Path(tempfile.mkdtemp(prefix="safereturn-staff-"))
    database, env = seeded_copy(seeded_template, workdir, "staff")
    setup = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", SETUP],
        cwd=REPO,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    people = json.loads(setup.stdout.split("SETUP", 1)[1])
    usual = Server(env, workdir / "usual.log")
    brief = Server(
        {**env, "SESSION_IDLE_SECONDS_RESTRICTED": str(IDLE_SECONDS), "SESSION_IDLE_WARNING_SECONDS": "8"},
        workdir / "brief.log",
    )
    yield {"url": usual.url, "brief_url": brief.url, **people}
    usual.stop()
    brief.stop()
    database.drop()
    shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture
def new_page(chromium):
    contexts = []

    def make(**options):
        context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN", **options)
        contexts.append(context)
        page = context.new_page()
        page.csp_violations = []
        page.on(
            "console",
            lambda message: (
                page.csp_violations.append(message.text) if "Content Security Policy" in message.text else None
            ),
        )
        return page

    yield make
    for context in contexts:
        context.close()


def audit(page):
    """No axe violation of any impact on the door's own page (a copy of it in a CSP-bypassing context)."""
    assert page.csp_violations == []
    violations = run_axe(page, min_impact="minor")
    assert violations == [], violations


@pytest.mark.smoke
def test_an_invited_official_sets_a_password_signs_in_and_changes_language(staff_site, new_page):
    base = staff_site["url"]
    page = new_page()
    page.goto(base + staff_site["invitation"])
    expect(page.locator("h1")).to_have_text("Đặt mật khẩu của bạn")
    new_password = "Mật khẩu đầu tiên của tôi 2026"
    page.fill("#id_new_password1", new_password)
    page.fill("#id_new_password2", new_password)
    submit(page)
    page.wait_for_url("**/tai-khoan/dang-nhap/")
    expect(page.locator(".account-messages")).to_contain_text("Đã đặt mật khẩu")

    sign_in(page, base, "moi.xa@example.invalid", new_password)
    page.wait_for_url(base + "/tai-khoan/")
    expect(page.locator("h1")).to_have_text("Tài khoản của tôi")
    page.select_option("#id_preferred_language", "en")
    page.get_by_role("button", name="Lưu lựa chọn").click()
    page.wait_for_url(base + "/en/account/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("h1")).to_have_text("My account")
    assert page.csp_violations == []

    # The invitation works once only.
    page.goto(base + staff_site["invitation"])
    expect(page.locator("h1")).to_have_text("Đường liên kết mời này không dùng được")


def test_an_editor_without_a_device_sets_one_up_before_the_admin(staff_site, new_page):
    base = staff_site["url"]
    page = new_page()
    page.goto(base + "/admin/pages/")
    sign_in(page, base, "bientap.moi", PASSWORD, next_path="/admin/pages/")
    page.wait_for_url("**/tai-khoan/xac-thuc/thiet-lap/**")
    page.goto(base + "/admin/")  # no way round it
    page.wait_for_url("**/tai-khoan/xac-thuc/thiet-lap/**")
    expect(page.locator(".qr-code svg")).to_be_visible()
    secret = page.locator("code.secret").inner_text()
    page.fill("#id_code", fresh_code(secret))
    submit(page)
    expect(page.locator("h1")).to_have_text("Mã dự phòng của bạn")
    expect(page.locator(".backup-codes li")).to_have_count(10)
    page.get_by_role("link", name="Tôi đã lưu các mã: tiếp tục").click()
    page.wait_for_url(base + "/admin/")

    # Next time: password, then a code from the app.
    again = new_page()
    sign_in(again, base, "bientap.moi", PASSWORD, secret=secret, next_path="/admin/")
    again.wait_for_url(base + "/admin/")


def test_a_backup_code_works_once_and_a_wrong_code_is_refused_without_javascript(staff_site, new_page):
    base = staff_site["url"]
    code = staff_site["backup"][0]
    page = new_page(java_script_enabled=False)
    sign_in(page, base, "bientap.ma", PASSWORD, next_path="/admin/")
    page.wait_for_url("**/tai-khoan/xac-thuc/**")
    page.fill("#id_code", "000000")
    submit(page)
    expect(page.locator(".errorlist")).to_contain_text("Mã không đúng")
    time.sleep(1.2)  # django-otp's throttle: one second after the first failure
    page.fill("#id_code", code)
    submit(page)
    page.wait_for_url(base + "/admin/")

    again = new_page(java_script_enabled=False)
    sign_in(again, base, "bientap.ma", PASSWORD, next_path="/admin/")
    again.wait_for_url("**/tai-khoan/xac-thuc/**")
    again.fill("#id_code", code)
    submit(again)
    expect(again.locator(".errorlist")).to_be_visible()
    assert "/admin/" not in again.url.split("?")[0]


def test_an_idle_editor_is_signed_out_and_finds_the_draft_after_signing_in(staff_site, new_page):
    base = staff_site["brief_url"]
    secret = staff_site["bientap.nhap:secret"]
    edit_path = f"/admin/pages/{staff_site['page_id']}/edit/"
    page = new_page()
    sign_in(page, base, "bientap.nhap", PASSWORD, secret=secret, next_path=edit_path)
    page.wait_for_url(base + edit_path)
    title = page.locator("#id_title")
    draft = title.input_value() + " (bản nháp)"
    title.click()
    title.press("End")
    title.press_sequentially(" (bản nháp)")
    # Saved as a draft (Wagtail's autosave does the same on its own; in these headless runs it did not fire).
    page.locator("footer button[name='action-save'], footer button:has-text('Lưu bản nháp')").first.click()
    expect(page.locator(".messages")).to_be_visible()
    # Wagtail's editing-session pings (every 10 s) keep nobody signed in: the warning shows, then the sign-in page.
    expect(page.get_by_role("alertdialog")).to_be_visible(timeout=IDLE_SECONDS * 1000)
    page.wait_for_url(re.compile(r"/tai-khoan/dang-nhap/\?next="), timeout=(IDLE_SECONDS + 10) * 1000)
    expect(page.locator(".account-messages")).to_be_visible()

    page.fill("#id_username", "bientap.nhap")
    page.fill("#id_password", PASSWORD)
    submit(page)
    page.wait_for_url("**/tai-khoan/xac-thuc/**")
    page.fill("#id_code", fresh_code(secret))
    submit(page)
    page.wait_for_url(base + edit_path)
    expect(page.locator("#id_title")).to_have_value(draft)


def test_stay_signed_in_keeps_the_session(staff_site, new_page):
    base = staff_site["brief_url"]
    page = new_page()
    sign_in(page, base, "bientap.ma", PASSWORD, secret=staff_site["bientap.ma:secret"], next_path="/admin/")
    page.wait_for_url(base + "/admin/")
    dialog = page.get_by_role("alertdialog")
    expect(dialog).to_be_visible(timeout=IDLE_SECONDS * 1000)
    dialog.get_by_role("button", name="Tiếp tục đăng nhập").click()
    expect(dialog).to_be_hidden()
    time.sleep(IDLE_SECONDS / 2 + 1)  # past the moment the session would have ended
    page.reload()
    expect(page).to_have_url(base + "/admin/")


def test_a_password_change_ends_the_other_session(staff_site, new_page):
    base = staff_site["url"]
    first, second = new_page(), new_page()
    for page in (first, second):
        sign_in(page, base, "canbo.doimk", PASSWORD)
        page.wait_for_url(base + "/tai-khoan/")
    first.get_by_role("link", name="Đổi mật khẩu").click()
    new_password = "Mật khẩu thứ hai rất dài 2026"
    first.fill("#id_old_password", PASSWORD)
    first.fill("#id_new_password1", new_password)
    first.fill("#id_new_password2", new_password)
    submit(first)
    first.wait_for_url(base + "/tai-khoan/")
    expect(first.locator(".account-messages")).to_contain_text("Đã đổi mật khẩu")

    second.reload()
    expect(second).to_have_url(re.compile(r"/tai-khoan/dang-nhap/"))


def test_a_locked_out_user_sees_why(staff_site, new_page):
    base = staff_site["url"]
    page = new_page()
    for _ in range(5):
        sign_in(page, base, "canbo.khoa", "a wrong password")
    expect(page.locator("h1")).to_have_text("Đăng nhập sai quá nhiều lần")
    expect(page.locator("main")).to_contain_text("thử lại sau một giờ")
    sign_in(page, base, "canbo.khoa", PASSWORD)  # even the right password, from this address, for now
    expect(page.locator("h1")).to_have_text("Đăng nhập sai quá nhiều lần")


def test_the_doors_pages_have_no_accessibility_violation(staff_site, chromium):
    base = staff_site["url"]
    context = chromium.new_context(viewport={"width": 360, "height": 740}, bypass_csp=True)
    page = context.new_page()
    page.csp_violations = []
    try:
        for path in ("/tai-khoan/dang-nhap/", "/tai-khoan/mat-khau/quen/", "/en/account/sign-in/"):
            page.goto(base + path)
            audit(page)
        page.goto(base + "/tai-khoan/dang-nhap/")
        page.fill("#id_username", "canbo.xa")
        page.fill("#id_password", "wrong")
        submit(page)
        audit(page)  # with errors shown
        sign_in(page, base, "canbo.congan", "safereturn-canbo-congan")
        page.wait_for_url(base + "/tai-khoan/")
        audit(page)
        page.goto(base + "/tai-khoan/mat-khau/")
        audit(page)
        page.goto(base + "/tai-khoan/xac-thuc/thiet-lap/")
        audit(page)
        page.fill("#id_code", "123")
        submit(page)
        audit(page)
    finally:
        context.close()
