"""
The client's address: X-Forwarded-For is believed only as far as our own proxies wrote it.

Addresses are from the documentation ranges: 192.0.2.0/24, 198.51.100.0/24
and 203.0.113.0/24 are "clients", 10.0.0.0/8 and fd00::/8 are "our proxies".
"""

from pathlib import Path

import pytest
from axes.models import AccessAttempt
from django.core.exceptions import ImproperlyConfigured
from django.test import RequestFactory, override_settings

from safereturn.accounts.factories import UserFactory
from safereturn.base.client_address import client_ip, parse_address

PRODUCTION_SETTINGS = Path(__file__).resolve().parents[2] / "site" / "settings" / "production.py"


def request_from(remote_addr, *forwarded_for):
    """A request from `remote_addr`; each of `forwarded_for` is one X-Forwarded-For header, joined as WSGI does."""
    extra = {"REMOTE_ADDR": remote_addr}
    if forwarded_for:
        extra["HTTP_X_FORWARDED_FOR"] = ",".join(forwarded_for)
    return RequestFactory().get("/", **extra)


def test_a_direct_client_is_its_remote_address_whatever_it_forwards():
    assert client_ip(request_from("198.51.100.20", "203.0.113.99")) == "198.51.100.20"


@override_settings(TRUSTED_PROXIES=["10.0.0.1"])
def test_a_client_that_is_not_our_proxy_cannot_forge_its_address_even_when_proxies_are_trusted():
    assert client_ip(request_from("198.51.100.20", "203.0.113.99, 10.0.0.1")) == "198.51.100.20"


@override_settings(TRUSTED_PROXIES=["10.0.0.1"])
def test_behind_one_proxy_the_client_is_the_address_it_appended():
    assert client_ip(request_from("10.0.0.1", "203.0.113.7")) == "203.0.113.7"


@override_settings(TRUSTED_PROXIES=["10.0.0.1", "10.0.0.2"])
def test_behind_two_proxies_the_client_is_the_first_address_that_is_not_ours():
    # The load balancer (10.0.0.2) saw the client; nginx (10.0.0.1) saw the load balancer.
    assert client_ip(request_from("10.0.0.1", "203.0.113.7, 10.0.0.2")) == "203.0.113.7"


@override_settings(TRUSTED_PROXIES=["10.0.0.1"])
def test_a_forged_prefix_behind_the_proxy_is_ignored():
    # The client sent "X-Forwarded-For: 6.6.6.6"; nginx appended the address it saw.
    assert client_ip(request_from("10.0.0.1", "6.6.6.6, 203.0.113.7")) == "203.0.113.7"
    # A forged entry that names one of our proxies does not move the client either.
    assert client_ip(request_from("10.0.0.1", "10.0.0.1, 203.0.113.7")) == "203.0.113.7"


@override_settings(TRUSTED_PROXIES=["10.0.0.1"])
def test_several_forwarded_for_headers_read_as_one_list():
    assert client_ip(request_from("10.0.0.1", "6.6.6.6", " 203.0.113.7 ")) == "203.0.113.7"
    assert client_ip(request_from("10.0.0.1", "6.6.6.6,,", "203.0.113.7,")) == "203.0.113.7"


@override_settings(TRUSTED_PROXIES=["10.0.0.0/8"])
def test_trusted_proxies_may_be_whole_networks():
    assert client_ip(request_from("10.1.2.3", "203.0.113.7, 10.200.0.9")) == "203.0.113.7"
    # 11.0.0.1 is outside the network: a direct client.
    assert client_ip(request_from("11.0.0.1", "203.0.113.7")) == "11.0.0.1"


@override_settings(TRUSTED_PROXIES=["fd00::/8", "::1"])
def test_ipv6_clients_and_proxies():
    assert client_ip(request_from("fd00::1", "2001:db8::42")) == "2001:db8::42"
    assert client_ip(request_from("::1", "2001:db8::42, fd12::7")) == "2001:db8::42"
    # Bracketed, with a port, not compressed: one client, one spelling.
    assert client_ip(request_from("fd00::1", "[2001:0db8:0:0:0:0:0:42]:51000")) == "2001:db8::42"
    assert client_ip(request_from("2001:db8::99", "2001:db8::42")) == "2001:db8::99"


@override_settings(TRUSTED_PROXIES=["10.0.0.1"])
def test_ipv4_with_ports_and_ipv4_mapped_ipv6_become_plain_ipv4():
    assert client_ip(request_from("10.0.0.1", "203.0.113.7:40000")) == "203.0.113.7"
    assert client_ip(request_from("::ffff:10.0.0.1", "::ffff:203.0.113.7")) == "203.0.113.7"
    assert client_ip(request_from("::ffff:198.51.100.20", "203.0.113.7")) == "198.51.100.20"


@override_settings(TRUSTED_PROXIES=["10.0.0.1", "10.0.0.2"])
def test_garbage_where_the_client_should_be_falls_back_to_our_nearest_proxy():
    # Not whatever the client wrote further left: that would let it choose an identity per request.
    assert client_ip(request_from("10.0.0.1", "203.0.113.7, unknown, 10.0.0.2")) == "10.0.0.2"
    assert client_ip(request_from("10.0.0.1", "6.6.6.6, <script>")) == "10.0.0.1"
    assert client_ip(request_from("10.0.0.1", "[2001:db8::1")) == "10.0.0.1"


@override_settings(TRUSTED_PROXIES=["10.0.0.0/8"])
def test_when_every_hop_is_ours_the_furthest_one_is_the_client():
    assert client_ip(request_from("10.0.0.1", "10.9.9.9, 10.0.0.2")) == "10.9.9.9"
    assert client_ip(request_from("10.0.0.1")) == "10.0.0.1"  # the proxy's own health check


def test_without_a_usable_remote_address_there_is_no_client_address():
    assert client_ip(request_from("", "203.0.113.7")) is None


def test_parse_address_rejects_what_is_not_an_address():
    for text in ("", "unknown", "example.org", "1.2.3", "203.0.113.7:80:80", "[::1", "300.1.1.1"):
        assert parse_address(text) is None, text


def test_the_setting_is_read_again_when_it_changes():
    request = request_from("10.0.0.1", "203.0.113.7")
    assert client_ip(request) == "10.0.0.1"
    with override_settings(TRUSTED_PROXIES=["10.0.0.1"]):
        assert client_ip(request) == "203.0.113.7"
    assert client_ip(request) == "10.0.0.1"


def test_a_malformed_trusted_proxy_stops_loudly():
    with override_settings(TRUSTED_PROXIES=["10.0.0.300"]), pytest.raises(ImproperlyConfigured):
        client_ip(request_from("10.0.0.1", "203.0.113.7"))


def test_production_settings_no_longer_configure_ipware():
    """django-ipware is not installed: its settings would suggest a protection that is not there."""
    assert "AXES_IPWARE" not in PRODUCTION_SETTINGS.read_text(encoding="utf-8")


# django-axes, end to end ------------------------------------------------------

LOGIN_URL = "/admin/login/"
PASSWORD = "correct horse battery staple"  # UserFactory's


def sign_in(client, username, password, remote_addr, forwarded_for=None):
    extra = {"REMOTE_ADDR": remote_addr}
    if forwarded_for:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return client.post(LOGIN_URL, {"username": username, "password": password}, **extra)


def fail_five_times(client, username, remote_addr, forwarded_for=lambda attempt: None):
    for attempt in range(5):
        response = sign_in(client, username, "wrong password", remote_addr, forwarded_for(attempt))
        assert response.status_code in (200, 429)


@pytest.mark.django_db
@override_settings(AXES_CLIENT_IP_CALLABLE="safereturn.base.client_address.client_ip", TRUSTED_PROXIES=[])
def test_axes_locks_a_direct_clients_real_address_not_the_one_it_forges(client):
    official = UserFactory(is_staff=True)
    # The attacker claims to be the official's office, and a different office each time.
    fail_five_times(client, official.username, "198.51.100.66", lambda attempt: f"192.0.2.{attempt + 1}")

    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"198.51.100.66"}
    assert sign_in(client, official.username, PASSWORD, "198.51.100.66").status_code == 429
    # The official, from the office the attacker named, still signs in.
    assert sign_in(client, official.username, PASSWORD, "192.0.2.1").status_code == 302


@pytest.mark.django_db
@override_settings(AXES_CLIENT_IP_CALLABLE="safereturn.base.client_address.client_ip", TRUSTED_PROXIES=["10.0.0.1"])
def test_axes_behind_our_proxy_locks_the_client_not_the_proxy(client):
    official = UserFactory(is_staff=True)
    # nginx appends the attacker's real address to whatever the attacker sent.
    fail_five_times(client, official.username, "10.0.0.1", lambda attempt: f"192.0.2.{attempt + 1}, 198.51.100.66")

    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"198.51.100.66"}
    assert sign_in(client, official.username, PASSWORD, "10.0.0.1", "198.51.100.66").status_code == 429
    # The official, behind the same proxy, is not locked out.
    assert sign_in(client, official.username, PASSWORD, "10.0.0.1", "203.0.113.7").status_code == 302
