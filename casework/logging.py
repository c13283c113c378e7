"""
A logging filter that keeps personal data out of every log line.

LOGGING (site/settings/base.py and production.py) puts it on every handler,
and routes Django's own loggers ("django", "django.server") through those
handlers, so it sees every record whichever logger wrote it. It lives in
casework because it knows casework's values; settings name it by its path
and import nothing from here.

For each record it:
- replaces arguments that are decrypted casework values
  (casework.sensitive) with "[personal data]";
- formats the message and then blanks, wherever they appear:
  every value decrypted during the current request or task (and its
  folded form), the query string of any URL (search words, names, codes:
  the path stays), e-mail addresses, Vietnamese phone numbers (0… or +84…,
  with or without spaces, dots or dashes), runs of 9 to 12 digits (ID card
  numbers: 9-digit CMND, 12-digit CCCD) and passport numbers (a letter
  and 7 or 8 digits);
- does the same to the formatted traceback and stack of the record.

It errs towards blanking too much (a 10-digit number that was not a phone
number, say). A record it cannot check is replaced by a notice rather than
written as it was. Request bodies are never logged by Django or by this
project; casework requests' bodies, query strings and local variables are
also kept off error pages (casework.reporting).
"""

import functools
import logging
import re
from collections.abc import Mapping

from .sensitive import REDACTED, is_sensitive, recent_values

QUERY_STRING = re.compile(r"(/[^\s?#\"'<>]*)\?[^\s#\"'<>]+")
EMAIL = re.compile(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?<![\w+-])(?:\+84|0084|0)(?:[ .-]?\d){8,11}(?![\w-])")
DIGIT_RUN = re.compile(r"(?<![\w-])\d{9,12}(?![\w-])")
PASSPORT = re.compile(r"(?<![A-Za-z0-9])[A-Z]\d{7,8}(?![\w-])")
PATTERNS = (
    (EMAIL, "[e-mail]"),
    (PHONE, "[phone]"),
    (DIGIT_RUN, "[number]"),
    (PASSPORT, "[number]"),
)
WITHHELD = "[a log line was withheld: it could not be checked for personal data]"


@functools.lru_cache(maxsize=8)
def _values_pattern(values):
    return re.compile("|".join(re.escape(value) for value in values), re.IGNORECASE)


def scrub_text(text):
    """`text` with decrypted values, query strings, e-mail addresses, phone and ID numbers blanked."""
    if not text:
        return text
    # Patterns first: a value blanked first would break up a query string or
    # an address around it, and leave the rest of it in the line.
    text = QUERY_STRING.sub(r"\1?[query removed]", str(text))
    for pattern, replacement in PATTERNS:
        text = pattern.sub(replacement, text)
    values = recent_values()
    if values:
        text = _values_pattern(values).sub(REDACTED, text)
    return text


def _blank_sensitive(args):
    if isinstance(args, Mapping):
        return {name: REDACTED if is_sensitive(value) else value for name, value in args.items()}
    return tuple(REDACTED if is_sensitive(value) else value for value in args)


def scrub_record(record):
    if record.args:
        record.args = _blank_sensitive(record.args)
    record.msg = scrub_text(record.getMessage())
    record.args = ()
    if record.exc_info and not record.exc_text:
        record.exc_text = logging.Formatter().formatException(record.exc_info)
    if record.exc_text:
        record.exc_text = scrub_text(record.exc_text)
    if record.stack_info:
        record.stack_info = scrub_text(record.stack_info)


class PersonalDataFilter(logging.Filter):
    """Put on every handler: blanks personal data in each record (see the module's docstring)."""

    def filter(self, record):
        try:
            scrub_record(record)
        except Exception:
            # Never let an unchecked line through; never let logging break the request.
            record.msg, record.args = WITHHELD, ()
            record.exc_info = record.exc_text = record.stack_info = None
        return True
