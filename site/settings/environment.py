"""
Reading settings from environment variables, one rule for all of them:
a variable that is unset, empty or only spaces means "use the default".

`DJANGO_SECURE_SSL_REDIRECT=` in a service file must never turn HTTPS off,
and `MEDIA_ROOT=` must never mean the current folder. A value that cannot
be read (a boolean that is neither yes nor no, a number that is not one)
stops the process with a message, rather than being guessed at.
"""

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off"}


def env_str(name, default=""):
    """The variable's value without surrounding spaces, or `default` if it is unset or empty."""
    value = os.environ.get(name, "").strip()
    return value or default


def env_bool(name, default):
    """A yes/no variable: 1, true, yes, on or 0, false, no, off (any case)."""
    value = env_str(name).lower()
    if not value:
        return default
    if value in TRUE_WORDS:
        return True
    if value in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(
        f"{name} must be one of {sorted(TRUE_WORDS | FALSE_WORDS)}, or empty for the default ({default}); "
        f"it is {value!r}."
    )


def env_int(name, default):
    """A whole number."""
    value = env_str(name)
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, or empty for the default ({default}).") from None


def env_list(name, default=()):
    """A comma-separated list; empty items are dropped."""
    items = [item.strip() for item in env_str(name).split(",") if item.strip()]
    return items or list(default)


def env_path(name, default):
    """A folder or file path."""
    return Path(env_str(name) or default)
