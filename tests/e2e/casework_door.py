"""
The casework demo accounts (casework.demo.seeder.USERS) in the browser
tests: signing in with password and a fresh authenticator code, one
browser context per person, so that several people can work on one case
side by side without signing each other out.
"""

from casework.demo.seeder import USERS

from .conftest import watch_csp
from .staff_door import sign_in


def account(username):
    """(username, password, authenticator key) of a casework demo account."""
    user = next(user for user in USERS if user["username"] == username)
    return user["username"], user["password"], user["totp"]


OFFICER = account("hoso.xa")
OTHER_OFFICER = account("hoso.xa2")
PROVINCIAL = account("hoso.tinh")
POLICE = account("hoso.congan")
SHELTER = account("hoso.baotro")
COORDINATOR = account("hoso.dieuphoi")
AUDITOR = account("hoso.kiemtoan")
ADMINISTRATOR = account("hoso.quantri")


def sign_in_to_casework(page, live_site, who):
    username, password, secret = who
    sign_in(page, live_site, username, password, secret, next_path="/casework/")
    page.wait_for_url(f"{live_site}/casework/**")


def sign_out(page):
    page.locator("form.cw-signout button").click()
    page.wait_for_url("**/tai-khoan/dang-nhap/**")


def person_at_work(chromium, live_site, who):
    """A page on a 360 px phone, in a context of its own, signed in to casework as `who`."""
    context = chromium.new_context(viewport={"width": 360, "height": 740}, locale="vi-VN")
    page = watch_csp(context.new_page())
    sign_in_to_casework(page, live_site, who)
    return page
