"""
Signing in through the staff door in the browser tests: password, then a
code computed here from the account's authenticator key, as an app would
(django-otp's RFC 6238 function; nothing home-made).

django-otp accepts each 30-second code once per device, and one step ahead
(tolerance 1). `fresh_code` remembers the last step used for each key in
this process and waits for the next step only when both are used.
"""

import base64
import time

from django_otp.oath import totp

from safereturn.base.demo.reference import USERS

STEP = 30
_last_step = {}


def fresh_code(secret):
    """A code for `secret` (base32) that the server has not accepted yet from this test run."""
    key = base64.b32decode(secret.replace(" ", "").upper())
    while True:
        now = int(time.time() // STEP)
        target = max(now, _last_step.get(secret, -1) + 1)
        if target <= now + 1:
            _last_step[secret] = target
            return f"{totp(key, step=STEP, drift=target - now):06d}"
        time.sleep(STEP - time.time() % STEP + 0.2)


def submit(page):
    page.locator("form.account-form button[type=submit]").click()


def sign_in(page, base_url, username, password, secret=None, next_path=""):
    """Sign in at the door (with `next`), entering a fresh code when `secret` is given."""
    query = f"?next={next_path}" if next_path else ""
    page.goto(f"{base_url}/tai-khoan/dang-nhap/{query}")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    submit(page)
    if secret:
        page.wait_for_url("**/tai-khoan/xac-thuc/**")
        page.fill("#id_code", fresh_code(secret))
        submit(page)


def sign_in_to_admin(context, base_url, username):
    """A page of `context` signed in as the demo account `username` (password and code), on the dashboard."""
    account = next(user for user in USERS if user["username"] == username)
    page = context.new_page()
    sign_in(page, base_url, username, account["password"], secret=account["totp"], next_path="/admin/")
    page.wait_for_url(base_url + "/admin/")
    return page
