"""
The public report page (campaigns.reports): a report sent without JavaScript
(a signed, time-stamped form) and with it (a proof of work), the honeypot,
the limits, what the page keeps out of caches and cookies, and the follow-up
with a code, which answers a wrong code and an expired one alike and stops
guessing.
"""

import datetime
import hashlib
import re
import secrets
import time
from io import StringIO

import pytest
from django.core import mail, signing
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from campaigns import reports
from campaigns.factories import ReportPageFactory
from casework import public_reports
from casework.models import PublicReport, ReportMessage, ReportStatus
from safereturn.base.areas import is_restricted_path

URL = "/gui-tin-bao/"


@pytest.fixture
def report_page(site_tree):
    return ReportPageFactory(parent=site_tree["home"])


def token(age=60):
    """A form token made `age` seconds ago."""
    return signing.dumps({"n": secrets.token_hex(16), "t": int(time.time()) - age}, salt=reports.TOKEN_SALT)


def solve(value, bits):
    counter = 0
    while reports.leading_zero_bits(hashlib.sha256(f"{value}:{counter}".encode()).digest()) < bits:
        counter += 1
    return str(counter)


def report(**extra):
    return {
        "step": "report",
        "reporter_choice": "anonymous",
        "urgent": "no",
        "text": "Hàng xóm bị giữ ở nhà máy",
        "province": "",
        "commune": "",
        "place": "",
        "name": "",
        "contact": "",
        "website": "",
        "token": token(),
        "proof": "",
        **extra,
    }


def code_in(response):
    match = re.search(r"data-report-code>([0-9A-Z-]+)<", response.content.decode())
    return match and match.group(1)


def test_the_page_is_a_restricted_area_that_keeps_no_copy_and_sets_only_the_csrf_cookie(client, report_page):
    assert is_restricted_path(URL) and is_restricted_path("/en/send-a-report/")
    assert not is_restricted_path("/bao-tin-va-ho-tro/")  # the demo's page about reporting stays public
    response = client.get(URL)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "noindex" in response["X-Robots-Tag"]
    assert set(response.cookies) <= {"csrftoken"}
    html = response.content.decode()
    assert 'name="token"' in html and 'name="website"' in html and 'class="report-trap"' in html
    assert "113" in html  # the page's advice for someone in danger now comes first
    assert "Content-Encoding" not in response


def test_the_slug_must_be_the_restricted_one(report_page):
    report_page.slug = "bao-cao"
    with pytest.raises(ValidationError):
        report_page.full_clean()


def test_without_javascript_a_report_is_accepted_after_the_minimum_fill_time(client, report_page):
    too_fast = client.post(URL, report(token=token(age=0)))
    assert too_fast.status_code == 200 and not PublicReport.objects.exists()
    assert code_in(too_fast) is None
    response = client.post(URL, report(token=token(age=30)))
    assert response.status_code == 200
    code = code_in(response)
    assert code and public_reports.normalise_code(code)
    stored = PublicReport.objects.get()
    assert stored.text == "Hàng xóm bị giữ ở nhà máy" and stored.status == ReportStatus.NEW
    assert stored.received_at.minute == 0 and stored.received_at.second == 0  # the hour only
    assert public_reports.find(code) == stored
    # Shown once: the page itself never shows it again.
    assert code not in client.get(URL).content.decode()


@override_settings(PUBLIC_REPORT_POW_BITS=8)
def test_with_javascript_a_proof_of_work_is_enough_at_once(client, report_page):
    fresh = token(age=0)
    response = client.post(URL, report(token=fresh, proof=solve(fresh, 8)))
    assert code_in(response) and PublicReport.objects.count() == 1
    # A wrong proof is a form without JavaScript: too fast.
    other = token(age=0)
    client.post(URL, report(token=other, proof="1" if solve(other, 8) != "1" else "2"))
    assert PublicReport.objects.count() == 1


def test_a_token_is_accepted_once_and_a_forged_one_never(client, report_page):
    used = token(age=30)
    assert code_in(client.post(URL, report(token=used)))
    assert code_in(client.post(URL, report(token=used))) is None
    forged = signing.dumps({"n": "x", "t": 0}, salt="another-salt")
    assert code_in(client.post(URL, report(token=forged))) is None
    assert PublicReport.objects.count() == 1


def test_the_honeypot_stops_a_robot(client, report_page):
    response = client.post(URL, report(website="http://spam.example"))
    assert code_in(response) is None and not PublicReport.objects.exists()


def test_a_report_too_big_is_not_read(client, report_page):
    response = client.post(URL, report(text="x" * 70_000))
    assert response.status_code == 413 and not PublicReport.objects.exists()
    response = client.post(URL, report(text="x" * 5_001))
    assert code_in(response) is None and not PublicReport.objects.exists()


@override_settings(PUBLIC_REPORT_POW_BITS=4)
def test_reports_are_limited_per_address_more_strictly_without_javascript(client, report_page, settings):
    limits = settings.PUBLIC_REPORT_LIMITS
    for _n in range(limits["without_javascript"]):
        assert code_in(client.post(URL, report()))
    refused = client.post(URL, report())
    assert refused.status_code == 429 and code_in(refused) is None
    # Another address is not held back.
    assert code_in(client.post(URL, report(), REMOTE_ADDR="198.51.100.7"))
    # With a proof of work the limit is higher.
    fresh = token(age=0)
    assert code_in(client.post(URL, report(token=fresh, proof=solve(fresh, 4))))
    assert PublicReport.objects.count() == limits["without_javascript"] + 2


def test_the_rate_limit_keeps_only_a_keyed_hash_of_the_address(client, report_page):
    from django.core.cache import cache

    client.post(URL, report(), REMOTE_ADDR="203.0.113.9")
    if hasattr(cache._cache, "keys"):  # LocMemCache (the SQLite leg)
        keys = list(cache._cache.keys())
    else:  # Django's RedisCache (CI's PostgreSQL leg, TEST_USE_REDIS)
        keys = [key.decode() for key in cache._cache.get_client().keys("*")]
    assert keys and not [key for key in keys if "203.0.113.9" in key]
    # The counter's subject is an HMAC under the secret key, not a plain hash anyone could recompute.
    assert hashlib.sha256(b"203.0.113.9").hexdigest() not in " ".join(keys)


def test_an_anonymous_report_keeps_no_name_even_if_typed(client, report_page):
    client.post(URL, report(name="Tên Gõ Nhầm", contact="0900000000"))
    stored = PublicReport.objects.get()
    assert stored.reporter_name == "" and stored.reporter_contact == ""


def test_a_confidential_report_needs_a_name_and_keeps_it(client, report_page):
    assert code_in(client.post(URL, report(reporter_choice="confidential"))) is None
    assert code_in(client.post(URL, report(reporter_choice="confidential", name="Người Báo Mẫu")))
    assert PublicReport.objects.get().reporter_name == "Người Báo Mẫu"


def test_an_urgent_report_tells_to_call_113_and_the_timer_tells_the_on_call_coordinator_nothing_personal(
    client, report_page, settings, django_capture_on_commit_callbacks
):
    settings.PUBLIC_REPORTS_ON_CALL_EMAIL = "truc@example.invalid"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, report(urgent="yes", text="Em Xuyếnqz đang bị nhốt"))
        client.post(URL, report(urgent="yes", text="Lần thứ hai"))
    html = response.content.decode()
    assert code_in(response) and html.count("113") >= 2  # above the form, and again after sending
    assert PublicReport.objects.filter(urgent=True).count() == 2
    # Nothing is sent at the second a report arrives: the timer's beat sends one e-mail for both.
    assert mail.outbox == []
    call_command("notify_urgent_reports", stdout=StringIO())
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["truc@example.invalid"]
    assert "Xuyếnqz" not in message.body + message.subject and "/casework/bao-tin/" in message.body
    assert "2" in message.body
    # The next beat has nothing new to say.
    call_command("notify_urgent_reports", stdout=StringIO())
    assert len(mail.outbox) == 1


def test_an_on_call_e_mail_that_fails_is_sent_on_the_next_beat(client, report_page, settings, monkeypatch):
    settings.PUBLIC_REPORTS_ON_CALL_EMAIL = "truc@example.invalid"
    client.post(URL, report(urgent="yes"))

    def refuse(*args, **kwargs):
        raise ConnectionRefusedError("the mail server is down")

    monkeypatch.setattr(public_reports, "send_mail", refuse)
    assert public_reports.notify_urgent_reports() == 0
    monkeypatch.undo()
    assert public_reports.notify_urgent_reports() == 1
    assert len(mail.outbox) == 1


def send(client):
    return code_in(client.post(URL, report()))


def look_up(client, code, **extra):
    return client.post(URL, {"step": "follow-up", "followup-code": code}, **extra)


def without_csrf(response):
    """The page without its random parts (the CSRF token and the new form's token)."""
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", response.content.decode())
    return re.sub(r'name="token" value="[^"]+"', "", html)


def test_the_follow_up_shows_the_status_and_the_questions_and_takes_an_answer(client, report_page):
    code = send(client)
    stored = PublicReport.objects.get()
    ReportMessage.add(stored, "question", "Người đó ở đâu?")
    response = look_up(client, code.lower().replace("-", " "))
    html = response.content.decode()
    assert "Người đó ở đâu?" in html and 'name="answer-text"' in html
    assert code not in response.request.get("PATH_INFO", "") and set(response.cookies) <= {"csrftoken"}
    answered = client.post(URL, {"step": "answer", "answer-code": code, "answer-text": "Ở quán nước đầu thôn"})
    assert "Ở quán nước đầu thôn" in answered.content.decode()
    question, answer = stored.messages.all()
    assert (question.sequence, answer.sequence) == (1, 2) and answer.text == "Ở quán nước đầu thôn"
    # The reporter's answer keeps only its hour, like the report itself.
    assert (answer.written_at.minute, answer.written_at.second, answer.written_at.microsecond) == (0, 0, 0)
    assert answer.written_at <= timezone.now() and answer.author_id is None


def test_a_wrong_code_and_an_expired_code_get_the_same_answer(client, report_page):
    code = send(client)
    stored = PublicReport.objects.get()
    stored.status = ReportStatus.DISMISSED
    stored.closed_at = timezone.now() - datetime.timedelta(days=89)
    stored.save()
    assert "data-follow-up" in look_up(client, code).content.decode()  # still open 89 days after closing
    stored.closed_at = timezone.now() - datetime.timedelta(days=91)
    stored.save()
    expired = look_up(client, code)
    wrong = look_up(client, public_reports.new_code())
    nonsense = look_up(client, "not a code")
    assert expired.status_code == wrong.status_code == nonsense.status_code == 200
    assert without_csrf(expired) == without_csrf(wrong) == without_csrf(nonsense)
    assert "data-code-not-found" in without_csrf(wrong)
    # An answer sent with an expired code is not kept.
    client.post(URL, {"step": "answer", "answer-code": code, "answer-text": "muộn"})
    assert not stored.messages.exists()


def test_codes_cannot_be_guessed_without_limit(client, report_page, settings):
    code = send(client)
    limit = settings.PUBLIC_REPORT_LIMITS["follow_up_lookups"]
    for _n in range(limit - 1):
        assert look_up(client, public_reports.new_code()).status_code == 200
    assert "data-follow-up" in look_up(client, code).content.decode()  # the last one allowed
    refused = look_up(client, code)
    assert refused.status_code == 429 and "data-follow-up" not in refused.content.decode()
    # Answers count too: they carry a code.
    assert client.post(URL, {"step": "answer", "answer-code": code, "answer-text": "x"}).status_code == 429
    # Another address still may.
    assert "data-follow-up" in look_up(client, code, REMOTE_ADDR="198.51.100.8").content.decode()


def test_the_code_is_never_in_the_address_or_a_cookie(client, report_page):
    response = client.post(URL, report())
    assert response.status_code == 200 and not response.has_header("Location")
    assert set(response.cookies) <= {"csrftoken"}


def test_error_pages_hide_what_a_reporter_typed(rf):
    from casework.reporting import carries_personal_data
    from safereturn.base.areas import restricted_prefixes

    for path in ("/gui-tin-bao/", "/en/send-a-report/"):
        assert path in restricted_prefixes()
        assert carries_personal_data(rf.post(path, {"text": "x"}))


def test_the_english_page_has_its_own_restricted_address(client, report_page, locales):
    from tests.conftest import translate

    english = translate(report_page, locales["en"], title="Send a report", slug="send-a-report")
    english.full_clean()
    response = client.get("/en/send-a-report/")
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert "Write your report" in html and "Already sent a report? Check it with your code" in html
    english.slug = "gui-tin-bao"  # the Vietnamese address in English: refused
    with pytest.raises(ValidationError):
        english.full_clean()


def test_nothing_on_the_page_comes_from_another_site(client, report_page):
    html = client.get(URL).content.decode()
    # What the browser fetches or sends to by itself: scripts, images, style sheets, icons, form targets (links a
    # visitor may follow, such as quick exit's, are not requests).
    fetched = re.findall(r'(?:src|action)="(?:https?:)?//([^/"]+)', html)
    fetched += re.findall(r'<link[^>]*href="(?:https?:)?//([^/"]+)', html)
    assert set(fetched) <= {"testserver"}
    assert '<script src="/static/' in html and "<script>" not in html  # our own script file, nothing inline


def test_a_body_length_that_is_not_a_number_is_refused_plainly(client, report_page):
    response = client.post(URL, report(), CONTENT_LENGTH="many")
    assert response.status_code == 400 and not PublicReport.objects.exists()


def test_the_csrf_cookie_ends_with_the_browser(client, report_page):
    """A year-long cookie from this page would tell whoever holds the phone later that it was opened."""
    response = client.get(URL)
    cookie = response.cookies["csrftoken"]
    assert cookie["max-age"] == "" and cookie["expires"] == ""


def test_the_limits_count_in_clock_hours_and_keep_no_time(client, report_page, monkeypatch, rf):
    from django.core.cache import cache

    from safereturn.base import ratelimit

    hour = 3600 * 500_000
    monkeypatch.setattr(ratelimit, "now", lambda: hour + 3599.5)
    assert code_in(client.post(URL, report()))
    if hasattr(cache._cache, "keys"):
        keys = list(cache._cache.keys())
        values = [cache.get(key.split(":", 2)[-1]) for key in keys]
    else:
        keys = [key.decode() for key in cache._cache.get_client().keys("*")]
        values = []
    limit_keys = [key for key in keys if "public-report:" in key]
    # One count, under the hour's number: no key and no value holds the second the report was sent.
    assert limit_keys and all(f"{hour}." in key for key in limit_keys)
    assert not [value for value in values if isinstance(value, float)]
    # The next hour starts a new count.
    counters = [
        ratelimit.WindowCounter(f"public-report:{purpose}", window=3600, aligned=True)
        for purpose in ("with_proof_of_work", "without_javascript")
    ]
    subject = reports.sender_subject(rf.get("/"))  # the test client's address, as the page saw it
    assert sum(counter.get(subject).count for counter in counters) == 1
    monkeypatch.setattr(ratelimit, "now", lambda: hour + 3600.5)
    assert sum(counter.get(subject).count for counter in counters) == 0
