"""
Decrypted personal data, marked so that it does not travel by accident.

Encrypted fields (casework.fields) hand back their values as these types.
They behave as `str`, `date`, `dict` and `list` everywhere (forms,
templates, JSON, comparisons), except that:

- `repr()` never shows the value, so it stays out of the variables that
  Django's technical 500 page, debuggers and `%r` in log messages print;
- they refuse to be pickled, so a casework value (or a model instance
  holding one) can never be put in a cache, a pickled session or a queue.
  Copying (`copy.copy`, `copy.deepcopy`) still works.

Anything derived from them (`value.upper()`, an f-string) is a plain
value again. For that case the values decrypted during the current request
or task are also remembered here (a bounded list, forgotten when the next
request starts), and the logging filter (casework.logging) blanks any of
them it finds in a log line, however it got there.

This module imports nothing from Django's models: the logging filter loads
it while settings are being configured.
"""

import contextvars
import copy
import datetime
from collections import OrderedDict

REDACTED = "[personal data]"
# Values shorter than this are too common to look for in a log line.
MIN_REMEMBERED_LENGTH = 4
# A request that reads more than this keeps the most recent ones.
MAX_REMEMBERED = 512
# Values no longer than this are also remembered word by word (names,
# addresses, places), so that a log line naming one word of them is caught.
WORDS_OF_VALUES_UP_TO = 120

_PICKLE_REFUSED = (
    "Personal data from casework is never pickled: it must not be cached, queued as a task argument "
    "or stored in a session. Store the record's id instead."
)


class SensitiveStr(str):
    """A decrypted text value: a `str` whose repr hides it and which cannot be pickled."""

    __slots__ = ()

    def __repr__(self):
        return f"<{REDACTED}>"

    def __reduce_ex__(self, protocol):
        raise TypeError(_PICKLE_REFUSED)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class SensitiveDate(datetime.date):
    """A decrypted date (a birth date, say)."""

    __slots__ = ()

    def __repr__(self):
        return f"<{REDACTED}>"

    def __reduce_ex__(self, protocol):
        raise TypeError(_PICKLE_REFUSED)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class SensitiveDict(dict):
    """A decrypted JSON object. Its members are plain values."""

    __slots__ = ()

    def __repr__(self):
        return f"<{REDACTED}>"

    def __reduce_ex__(self, protocol):
        raise TypeError(_PICKLE_REFUSED)

    def __copy__(self):
        return SensitiveDict(self)

    def __deepcopy__(self, memo):
        return SensitiveDict(copy.deepcopy(dict(self), memo))


class SensitiveList(list):
    """A decrypted JSON array. Its members are plain values."""

    __slots__ = ()

    def __repr__(self):
        return f"<{REDACTED}>"

    def __reduce_ex__(self, protocol):
        raise TypeError(_PICKLE_REFUSED)

    def __copy__(self):
        return SensitiveList(self)

    def __deepcopy__(self, memo):
        return SensitiveList(copy.deepcopy(list(self), memo))


SENSITIVE_TYPES = (SensitiveStr, SensitiveDate, SensitiveDict, SensitiveList)


def is_sensitive(value):
    return isinstance(value, SENSITIVE_TYPES)


# Values decrypted recently, for the logging filter -----------------------------

_recent = contextvars.ContextVar("casework_recent_values", default=None)


def remember(*texts):
    """Note texts (and their words, for short ones) as personal data to blank in log lines."""
    recent = _recent.get()
    if recent is None:
        recent = OrderedDict()
        _recent.set(recent)
    for text in texts:
        if not isinstance(text, str):
            continue
        text = text.strip()
        candidates = [text]
        if len(text) <= WORDS_OF_VALUES_UP_TO:
            candidates += text.split()
        for candidate in candidates:
            if len(candidate) >= MIN_REMEMBERED_LENGTH:
                recent[candidate] = None
                recent.move_to_end(candidate)
    while len(recent) > MAX_REMEMBERED:
        recent.popitem(last=False)


def recent_values():
    """The remembered texts, longest first (so that a whole value is blanked before its words)."""
    recent = _recent.get()
    if not recent:
        return ()
    return tuple(sorted(recent, key=len, reverse=True))


def forget(**kwargs):
    """Forget every remembered value (at the start and end of each request)."""
    _recent.set(None)
