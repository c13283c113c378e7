"""
Page and collection passwords cannot be guessed without limit.

Per address and restriction, wrong passwords are slowed down and then
refused for a while; per restriction, many failures from everywhere only slow
every try down, never refuse one. Time is a clock the tests move
(ratelimit.now), and the slowdown's sleep is recorded, never slept.
"""

import pytest
import wagtail_factories
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.test import Client, override_settings
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from safereturn.base import passwords, ratelimit

PASSWORD = "mat-khau-dung"
ATTACKER = "198.51.100.66"
OFFICIAL = "203.0.113.7"
DOCUMENT_TEXT = b"Quy trinh tiep nhan (hu cau)."

# Small numbers, so that each limit is reached in a few tries.
LIMITS = {
    "free_failures": 3,
    "first_delay": 10,
    "max_delay": 40,
    "max_failures": 6,
    "window": 3600,
    "restriction_failures": 5,
    "restriction_delay": 2,
    "restriction_window": 900,
}


class Clock:
    def __init__(self, start):
        self.time = start

    def __call__(self):
        return self.time

    def advance(self, seconds):
        self.time += seconds


@pytest.fixture(autouse=True)
def clock(monkeypatch):
    clock = Clock(ratelimit.time.time())
    monkeypatch.setattr(ratelimit, "now", clock)
    return clock


@pytest.fixture(autouse=True)
def slept(monkeypatch):
    """Every sleep the slowdown asks for, in seconds; nothing actually sleeps."""
    calls = []
    monkeypatch.setattr(passwords, "sleep", calls.append)
    return calls


@pytest.fixture(autouse=True)
def limits(settings):
    settings.PASSWORD_GUESS_LIMITS = LIMITS
    return LIMITS


@pytest.fixture
def protected_page(site_tree):
    page = site_tree["campaign"]
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD
    )
    path = f"_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    return {"page": page, "restriction": restriction, "vi": f"/{path}", "en": f"/en/{path}", "return_url": page.url}


@pytest.fixture
def protected_document(db):
    collection = Collection.get_first_root_node().add_child(name="Tài liệu nội bộ")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password=PASSWORD
    )
    document = wagtail_factories.DocumentFactory(
        title="Hướng dẫn tiếp nhận",
        collection=collection,
        file=ContentFile(DOCUMENT_TEXT, name="huong-dan.txt"),
    )
    return {
        "document": document,
        "url": f"/documents/authenticate_with_password/{restriction.pk}/",
        "return_url": document.url,
    }


def guess(client, url, password, address, return_url="/", **headers):
    return client.post(url, {"password": password, "return_url": return_url}, REMOTE_ADDR=address, **headers)


def fail(client, url, address, times=1):
    """`times` wrong passwords from `address`, each of them checked and rejected."""
    for _ in range(times):
        response = guess(client, url, "doan-bua", address)
        assert response.status_code == 200, response.status_code
        assert "không chính xác" in response.content.decode() or "not correct" in response.content.decode()


@pytest.mark.django_db
def test_wrong_passwords_are_slowed_down_then_refused_until_the_window_ends(client, protected_page, clock):
    url = protected_page["vi"]
    fail(client, url, ATTACKER, times=3)  # free

    # Each further try waits longer since the last failure: 10 s, 20 s, 40 s (the most).
    for delay in (10, 20, 40):
        response = guess(client, url, "doan-bua", ATTACKER)
        assert response.status_code == 429
        assert response["Retry-After"] == str(delay)
        clock.advance(delay - 1)
        assert guess(client, url, "doan-bua", ATTACKER).status_code == 429
        clock.advance(1)
        fail(client, url, ATTACKER)

    # Six failures in the window: refused until it ends, an hour after the first.
    clock.advance(1000)
    response = guess(client, url, "doan-bua", ATTACKER)
    assert response.status_code == 429
    assert response["Retry-After"] == str(3600 - 10 - 20 - 40 - 1000)
    clock.advance(3600 - 10 - 20 - 40 - 1000 - 1)
    assert guess(client, url, PASSWORD, ATTACKER, protected_page["return_url"]).status_code == 429

    clock.advance(1)
    response = guess(client, url, PASSWORD, ATTACKER, protected_page["return_url"])
    assert response.status_code == 302
    assert protected_page["page"].title in client.get(protected_page["return_url"]).content.decode()


@pytest.mark.django_db
def test_a_refused_address_cannot_use_the_right_password_but_another_address_can(protected_page, clock):
    attacker, official = Client(), Client()
    url, page = protected_page["vi"], protected_page["page"]
    fail(attacker, url, ATTACKER, times=3)

    assert guess(attacker, url, PASSWORD, ATTACKER, page.url).status_code == 429
    assert page.title not in attacker.get(page.url).content.decode()

    response = guess(official, url, PASSWORD, OFFICIAL, page.url)
    assert response.status_code == 302
    assert response["Location"] == page.url
    assert page.title in official.get(page.url).content.decode()


@pytest.mark.django_db
def test_the_right_password_clears_the_count_of_its_address(client, protected_page):
    url = protected_page["vi"]
    fail(client, url, ATTACKER, times=3)
    assert guess(client, url, "doan-bua", ATTACKER).status_code == 429
    # The same address, later in the window, with the right password...
    ratelimit.now.advance(10)
    assert guess(client, url, PASSWORD, ATTACKER, protected_page["return_url"]).status_code == 302
    # ...starts again from nothing: three free tries, no wait.
    fail(client, url, ATTACKER, times=3)


@pytest.mark.django_db
def test_get_requests_are_never_counted(client, protected_page):
    url = protected_page["vi"]
    for _ in range(30):
        response = client.get(url, REMOTE_ADDR=ATTACKER)
        assert response.status_code == 200
        assert 'name="password"' in response.content.decode()
    fail(client, url, ATTACKER, times=3)  # all three free tries are left...
    assert guess(client, url, "doan-bua", ATTACKER).status_code == 429  # ...and only those


@pytest.mark.django_db
def test_many_failures_slow_every_try_on_that_restriction_but_never_refuse_one(client, protected_page, slept, clock):
    url = protected_page["vi"]
    for number in range(5):  # five addresses, one failure each: under every per-address limit
        fail(client, url, f"192.0.2.{number}")
    assert slept == []

    # From now on every try on this restriction is slowed, from any address...
    for number in range(40):
        fail(client, url, f"198.51.100.{number}")
    assert slept == [2] * 40
    # ...and the right password still gets in: slowed, never refused.
    response = guess(client, url, PASSWORD, OFFICIAL, protected_page["return_url"])
    assert response.status_code == 302
    assert len(slept) == 41

    # GETs are never slowed; another restriction is not slowed.
    client.get(url, REMOTE_ADDR=OFFICIAL)
    other = PageViewRestriction.objects.create(
        page=protected_page["page"].get_parent(), restriction_type=PageViewRestriction.PASSWORD, password="khac"
    )
    fail(client, f"/_util/authenticate_with_password/{other.pk}/{other.page_id}/", OFFICIAL)
    assert len(slept) == 41

    # When the restriction's window ends, tries are no longer slowed.
    clock.advance(900)
    fail(client, url, OFFICIAL)
    assert len(slept) == 41


@pytest.mark.django_db
def test_the_slowdown_is_bounded_whatever_the_settings_say(client, protected_page, slept, limits, settings):
    settings.PASSWORD_GUESS_LIMITS = {**limits, "restriction_failures": 1, "restriction_delay": 600}
    url = protected_page["vi"]
    fail(client, url, "192.0.2.1")
    fail(client, url, "192.0.2.2")
    assert slept == [passwords.MAX_RESTRICTION_DELAY]
    assert passwords.MAX_RESTRICTION_DELAY <= 5


@pytest.mark.django_db
def test_the_english_path_is_limited_too_and_answers_in_english(client, protected_page):
    url = protected_page["en"]
    fail(client, url, ATTACKER, times=3)
    response = guess(client, url, "doan-bua", ATTACKER)
    assert response.status_code == 429
    content = response.content.decode()
    assert 'lang="en"' in content
    assert "You have entered a wrong password too many times. Please wait 10 seconds, then try again." in content
    assert "Too many wrong passwords" in content


@pytest.mark.django_db
def test_both_languages_share_one_count_and_vietnamese_gets_vietnamese(client, protected_page, clock):
    fail(client, protected_page["en"], ATTACKER, times=3)
    response = guess(client, protected_page["vi"], "doan-bua", ATTACKER)
    assert response.status_code == 429
    content = response.content.decode()
    assert 'lang="vi"' in content
    assert "Bạn đã nhập sai mật khẩu quá nhiều lần. Vui lòng chờ 10 giây rồi thử lại." in content
    assert "Nhập sai mật khẩu quá nhiều lần" in content

    for delay in (10, 20, 40):
        clock.advance(delay)
        fail(client, protected_page["vi"], ATTACKER)
    clock.advance(1000)
    response = guess(client, protected_page["vi"], "doan-bua", ATTACKER)
    # A long wait is told in minutes, rounded up: 3600 - 1070 s is 42 min 10 s.
    assert "Vui lòng chờ 43 phút rồi thử lại." in response.content.decode()


@pytest.mark.django_db
def test_the_refusal_is_the_password_form_as_429_never_stored(client, protected_page):
    url, page = protected_page["vi"], protected_page["page"]
    fail(client, url, ATTACKER, times=3)
    response = guess(client, url, "doan-bua", ATTACKER, page.url)

    assert response.status_code == 429
    assert "no-store" in response["Cache-Control"]
    assert response["Retry-After"] == "10"
    content = response.content.decode()
    assert f'action="{url}"' in content
    assert 'name="password"' in content
    assert f'name="return_url" value="{page.url}"' in content
    assert 'role="alert"' in content
    assert '<meta name="robots" content="noindex">' in content
    assert "Thoát nhanh" in content  # the site's own page, quick exit included
    assert page.title not in content


@pytest.mark.django_db
def test_document_passwords_are_limited_per_address(protected_document, clock):
    attacker, official = Client(), Client()
    url, document = protected_document["url"], protected_document["document"]
    fail(attacker, url, ATTACKER, times=3)

    response = guess(attacker, url, PASSWORD, ATTACKER, document.url)
    assert response.status_code == 429
    assert "no-store" in response["Cache-Control"]
    assert "Vui lòng chờ 10 giây" in response.content.decode()
    assert 'name="password"' in attacker.get(document.url).content.decode()  # the form, not the file

    assert guess(official, url, PASSWORD, OFFICIAL, document.url).status_code == 302
    assert b"".join(official.get(document.url).streaming_content) == DOCUMENT_TEXT

    clock.advance(10)
    assert guess(attacker, url, PASSWORD, ATTACKER, document.url).status_code == 302
    assert b"".join(attacker.get(document.url).streaming_content) == DOCUMENT_TEXT


@pytest.mark.django_db
def test_pages_and_documents_are_counted_apart(client, protected_page, protected_document):
    fail(client, protected_page["vi"], ATTACKER, times=3)
    fail(client, protected_document["url"], ATTACKER, times=3)
    assert guess(client, protected_page["vi"], "doan-bua", ATTACKER).status_code == 429
    assert guess(client, protected_document["url"], "doan-bua", ATTACKER).status_code == 429


@pytest.mark.django_db
def test_a_restriction_that_does_not_exist_is_not_a_guess(client, db):
    """Not found, every time: never refused as if it had been guessed at."""
    for _ in range(10):
        assert guess(client, "/documents/authenticate_with_password/999999/", "x", ATTACKER).status_code == 404


@pytest.mark.django_db
def test_counters_expire_and_hold_no_address_in_the_clear(client, protected_page):
    fail(client, protected_page["vi"], ATTACKER, times=3)
    cache = caches["default"]
    if isinstance(getattr(cache, "_cache", None), dict):  # the memory cache
        keys = [key for key in cache._cache if "ratelimit" in key]
        expires = [cache._expire_info[key] for key in keys]
    else:  # Redis (CI's PostgreSQL leg)
        redis = cache._cache.get_client()
        keys = [key.decode() for key in redis.scan_iter(match="*ratelimit*")]
        expires = [redis.ttl(key) if redis.ttl(key) > 0 else None for key in keys]
    assert keys
    assert not [key for key in keys if ATTACKER in key]
    assert all(expiry is not None for expiry in expires)


@pytest.mark.django_db
@override_settings(TRUSTED_PROXIES=["10.0.0.1"])
def test_behind_our_proxy_each_client_is_counted_by_its_own_address(protected_page):
    attacker, official = Client(), Client()
    url = protected_page["vi"]
    for _ in range(3):
        assert guess(attacker, url, "x", "10.0.0.1", HTTP_X_FORWARDED_FOR=ATTACKER).status_code == 200
    assert guess(attacker, url, "x", "10.0.0.1", HTTP_X_FORWARDED_FOR=ATTACKER).status_code == 429
    assert guess(official, url, PASSWORD, "10.0.0.1", HTTP_X_FORWARDED_FOR=OFFICIAL).status_code == 302


@pytest.mark.django_db
def test_an_ipv6_client_is_counted_by_its_64_network(client, protected_page):
    url = protected_page["vi"]
    for number in range(3):
        fail(client, url, f"2001:db8:1:2::{number + 1}")
    assert guess(client, url, "doan-bua", "2001:db8:1:2::ffff").status_code == 429
    fail(client, url, "2001:db8:1:3::1")  # another network


@pytest.mark.django_db
def test_the_site_look_password_forms_are_translated_and_show_nothing_of_the_page(client, protected_page, settings):
    settings.WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "base/password_required.html"
    page = protected_page["page"]
    content = client.get(page.url).content.decode()
    assert "Cần có mật khẩu" in content
    assert "Bạn cần có mật khẩu để xem trang này." in content
    assert 'name="password"' in content
    assert page.title not in content
    assert '<meta name="robots" content="noindex">' in content


@pytest.mark.django_db
def test_the_site_look_document_password_form(client, protected_document, settings):
    settings.WAGTAILDOCS_PASSWORD_REQUIRED_TEMPLATE = "base/document_password_required.html"
    content = client.get(protected_document["document"].url).content.decode()
    assert "Bạn cần có mật khẩu để tải tài liệu này." in content
    assert 'name="password"' in content
