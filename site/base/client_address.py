"""
The address of the client behind a request, for limits keyed by address.

Behind a reverse proxy, REMOTE_ADDR is the proxy's address and the client's
is in X-Forwarded-For. That header is written by whoever sent the request,
so it is only worth anything for the entries our own proxies added: nginx's
`$proxy_add_x_forwarded_for` keeps what the client sent and appends the
address it saw. Reading the header from the right and skipping our own
proxies therefore gives the first address that no client can choose.

TRUSTED_PROXIES lists those proxies (addresses or CIDR networks, IPv4 and
IPv6). It is empty by default: X-Forwarded-For is then never read, and a
client that forges it gains nothing.

`client_ip` is also django-axes' AXES_CLIENT_IP_CALLABLE, so sign-in
lock-outs and the project's own limits agree on who a client is.
"""

import ipaddress
from functools import cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.signals import setting_changed
from django.dispatch import receiver


def client_ip(request):
    """
    The client's address as a normalised string, or None when the request
    carries no usable address (REMOTE_ADDR empty, as over a Unix socket).

    REMOTE_ADDR, unless it is a trusted proxy: then the right-most entry of
    X-Forwarded-For that is not a trusted proxy.
    """
    remote = parse_address(request.META.get("REMOTE_ADDR", ""))
    if remote is None:
        return None
    if not is_trusted_proxy(remote):
        # A direct client: whatever headers it sent are its own invention.
        return str(remote)
    # Several X-Forwarded-For headers reach Django joined by commas (the WSGI
    # server does that), which is the same list as one header would carry.
    entries = [entry.strip() for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    nearest = remote  # the last hop we know to be ours
    for entry in reversed([entry for entry in entries if entry]):
        address = parse_address(entry)
        if address is None:
            # Our outermost proxy wrote something that is not an address
            # ("unknown", a host name): it could not say who connected to it.
            # Use that proxy's address rather than anything further left,
            # which the client wrote: everyone in this case then shares one
            # limit (too strict) instead of choosing a new identity per
            # request (no limit at all). It only happens when a proxy is
            # misconfigured.
            return str(nearest)
        if not is_trusted_proxy(address):
            return str(address)
        nearest = address
    # Every hop is one of ours (a health check, a machine on the internal
    # network) or the header is missing: the furthest of them made the request.
    return str(nearest)


def parse_address(text):
    """
    An ip_address from one header entry, or None if it is not one.

    Accepts "1.2.3.4", "1.2.3.4:5678", "2001:db8::1", "[2001:db8::1]" and
    "[2001:db8::1]:443"; an IPv4-mapped IPv6 address ("::ffff:1.2.3.4", as a
    dual-stack socket reports IPv4 clients) becomes the IPv4 address, so one
    client has one spelling.
    """
    text = text.strip()
    if text.startswith("["):
        text, bracket, _port = text[1:].partition("]")
        if not bracket:
            return None
    elif text.count(":") == 1:
        # One colon is an IPv4 address with a port; IPv6 has at least two.
        text = text.partition(":")[0]
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    if address.version == 6 and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


def is_trusted_proxy(address):
    return any(address in network for network in trusted_networks())


@cache
def trusted_networks():
    """
    TRUSTED_PROXIES parsed once per process (and again whenever a test
    changes the setting). A malformed entry stops the request loudly: a
    silently ignored proxy would put every visitor behind it under one address.
    """
    networks = []
    for entry in getattr(settings, "TRUSTED_PROXIES", ()):
        try:
            network = ipaddress.ip_network(str(entry).strip(), strict=False)
        except ValueError as error:
            raise ImproperlyConfigured(
                f"TRUSTED_PROXIES: {entry!r} is not an IP address or network ({error})."
            ) from error
        networks.append(network)
    return tuple(networks)


@receiver(setting_changed)
def forget_trusted_networks(setting, **kwargs):
    if setting == "TRUSTED_PROXIES":
        trusted_networks.cache_clear()
