"""
Counting events per subject in the shared cache, to slow down and stop guessing.

A WindowCounter counts events (wrong passwords, failed sign-ins, reports
sent) per subject (an address, a protected page, a pair of both) within a
window that opens at the subject's first event and closes `window` seconds
later. It lives in the "default" cache: Redis in production, so every server
sees the same counts. Every key expires with its window, so the cache holds
no more than the subjects active in the last window.

Subjects are hashed (SHA-256) before they become keys: the cache never holds
an address in the clear.

Counting is atomic (cache.add, then cache.incr: Redis INCR, or the lock of
the local-memory cache), so parallel requests each get their own number and
a burst cannot slip under a limit all at once. That is why callers count an
attempt *before* they know how it ends, and give it back with `discard` when
it turns out not to count.

Windows are judged by `now()`, not by the cache's expiry alone, so tests can
move time by replacing `now` (the cache's timeouts only clean up).
"""

import contextlib
import hashlib
import ipaddress
import math
import time
from dataclasses import dataclass

from django.core.cache import caches


def now():
    """The current time, in seconds since the epoch. Tests replace it to move time."""
    return time.time()


def address_subject(address):
    """
    The subject to count for a client address (from client_ip).

    An IPv6 client is counted by its /64 network: one subscriber is given a
    whole /64 and can pick a new address in it for every request. Unknown
    addresses (None) share one subject.
    """
    if not address:
        return "unknown"
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if parsed.version == 6:
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False))
    return str(parsed)


@dataclass(frozen=True)
class Tally:
    """A subject's count in its current window, and when the window opened and was last marked."""

    count: int
    started: float | None = None
    last_marked: float | None = None
    window: float = 0

    @property
    def ends(self):
        return None if self.started is None else self.started + self.window


class WindowCounter:
    """
    Events per subject in a fixed window opened by the subject's first event.

    `name` keeps counters apart (use one per purpose, e.g. "password:address").
    `add` counts one and returns the new Tally; `discard` gives one back;
    `mark` remembers the time of an event worth timing from (the last
    failure, say); `reset` forgets the subject.

    With `aligned=True` the windows are the clock's (each hour on the hour,
    for a window of an hour) rather than opened by the subject's first
    event: the cache then holds no time at all about the subject, only a
    count under the window's number. The public report form counts so,
    since when someone sent a report is itself worth hiding.
    """

    def __init__(self, name, window, cache_alias="default", aligned=False):
        self.name = name
        self.window = window
        self.cache_alias = cache_alias
        self.aligned = aligned

    @property
    def cache(self):
        # Looked up on each use: Django's cache handles belong to one thread.
        return caches[self.cache_alias]

    def get(self, subject):
        started = self._started(subject, open_window=False)
        if started is None:
            return Tally(count=0, window=self.window)
        keys = self._keys(subject, started)
        return Tally(
            count=self.cache.get(keys["count"], 0),
            started=started,
            last_marked=self.cache.get(keys["marked"]),
            window=self.window,
        )

    def add(self, subject):
        started = self._started(subject, open_window=True)
        keys = self._keys(subject, started)
        timeout = self._timeout(started)
        self.cache.add(keys["count"], 0, timeout)
        try:
            count = self.cache.incr(keys["count"])
        except ValueError:  # evicted between add and incr
            count = 1
            self.cache.set(keys["count"], count, timeout)
        # Only Redis and local memory keep a key's expiry through incr; the
        # file cache rewrites it with its default timeout.
        self.cache.touch(keys["count"], timeout)
        return Tally(count=count, started=started, last_marked=self.cache.get(keys["marked"]), window=self.window)

    def discard(self, subject):
        started = self._started(subject, open_window=False)
        if started is None:
            return
        with contextlib.suppress(ValueError):  # already gone with its window
            self.cache.decr(self._keys(subject, started)["count"])

    def mark(self, subject):
        started = self._started(subject, open_window=True)
        self.cache.set(self._keys(subject, started)["marked"], now(), self._timeout(started))

    def reset(self, subject):
        started = self._started(subject, open_window=False)
        keys = [] if self.aligned else [self._start_key(subject)]
        if started is not None:
            keys += self._keys(subject, started).values()
        self.cache.delete_many(keys)

    def _start_key(self, subject):
        digest = hashlib.sha256(repr(subject).encode()).hexdigest()
        return f"ratelimit:{self.name}:{digest}"

    def _keys(self, subject, started):
        # Each window has keys of its own, so opening a new one needs no
        # (non-atomic) reset of the old counts: they simply expire.
        window_key = f"{self._start_key(subject)}:{started:.6f}"
        return {"count": f"{window_key}:count", "marked": f"{window_key}:marked"}

    def _started(self, subject, open_window):
        """When the subject's window opened; None when it has none and `open_window` is false."""
        if self.aligned:
            return self._aligned_start(subject, open_window)
        start_key = self._start_key(subject)
        current = now()
        started = self.cache.get(start_key)
        if started is not None and current >= started + self.window:
            self.cache.delete(start_key)
            started = None
        if started is None and open_window:
            # add() is atomic: among parallel requests, the first one opens the window.
            self.cache.add(start_key, current, self._timeout(current))
            started = self.cache.get(start_key, current)
        return started

    def _aligned_start(self, subject, open_window):
        started = math.floor(now() / self.window) * self.window
        if open_window or self.cache.get(self._keys(subject, started)["count"]) is not None:
            return started
        return None

    def _timeout(self, started):
        """Seconds until the window closes, for the cache; at least one."""
        return max(1, math.ceil(started + self.window - now()))
