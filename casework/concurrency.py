"""
Two people editing one record never silently overwrite each other.

Every edit form carries the version of the record it was made from (its
`updated_at`, as text, in a hidden field) and a keyed digest of each value
it showed (`base`). Saving locks the record's row and compares versions: if
someone saved in between, nothing is written and the form comes back (409)
with who changed which fields since (read from the audit log) and the values
merged field by field, as a three-way merge would:

- a field only the other person changed shows their value (saving again
  must not put back the value they replaced);
- a field only this person changed keeps what they typed;
- a field both changed keeps what this person typed, with the other's value
  shown under it, so they choose knowingly.

The digests (HMAC under a key derived from FIELD_HASH_KEYS) tell whether a
posted value is the one shown, without putting anything but the values the
page already shows into it, and without trusting the browser with anything
that matters: a forged or missing digest only counts the field as typed.

A post without a version (a form from before this check) is saved as
before: the check protects people from each other's tabs, not the record
from its own editors.
"""

import datetime
import functools
import hashlib
import hmac
import json
from dataclasses import dataclass, field

from django.db import transaction
from django.forms.models import model_to_dict

from .audit import AuditEvent
from .encryption import derive, hash_keys

BASE_FIELD = "base"


def version_of(instance):
    return instance.updated_at.isoformat() if instance.updated_at else ""


@dataclass(frozen=True)
class Change:
    username: str
    occurred_at: datetime.datetime
    fields: list


def changes_since(instance, version):
    """Who changed `instance` after `version`, and which fields (by their labels), oldest first."""
    try:
        since = datetime.datetime.fromisoformat(version)
    except ValueError:
        since = None
    events = AuditEvent.objects.filter(
        object_type=instance._meta.label_lower, object_id=str(instance.pk), action=AuditEvent.Action.CHANGE
    )
    if since is not None:
        events = events.filter(occurred_at__gte=since)
    labels = {
        field.name: field.verbose_name for field in instance._meta.get_fields() if hasattr(field, "verbose_name")
    }
    return [
        Change(event.username, event.occurred_at, [labels.get(name, name) for name in event.changed_fields or []])
        for event in events.order_by("occurred_at")[:20]
    ]


@dataclass
class Conflict:
    """What a refused save shows: who changed what, the merged values, and where both changed a field."""

    changes: list
    current: object  # the record as saved now (its version goes into the form again)
    merged: dict = field(default_factory=dict)  # field name -> value to show
    theirs: dict = field(default_factory=dict)  # field name -> the other's value, where both changed it


@functools.cache
def _digest_key(key):
    return derive(key, b"safereturn edit form base")


def _normalised(value):
    """One comparable form of a model value and of a cleaned form value (a pk for a record, "" for nothing)."""
    if value is None:
        return ""
    if hasattr(value, "pk"):
        return str(value.pk)
    if isinstance(value, (list, tuple, set)) or hasattr(value, "model"):
        return sorted(_normalised(item) for item in value)
    return str(value)


def _digest(name, value):
    message = name.encode() + b"\0" + json.dumps(_normalised(value)).encode()
    return hmac.new(_digest_key(hash_keys()[0]), message, hashlib.sha256).hexdigest()[:24]


def _stored(instance, form):
    return model_to_dict(instance, fields=list(form.fields))


def base_of(form, instance):
    """The hidden `base` value for an edit form of `instance`: each field's digest, as shown."""
    return ";".join(f"{name}:{_digest(name, value)}" for name, value in _stored(instance, form).items())


def _parse_base(text):
    pairs = (item.partition(":") for item in (text or "").split(";"))
    return {name: digest for name, _sep, digest in pairs if name and digest}


def merge(form, current, base):
    """
    The values to show again after a conflict (see the module's docstring):
    returns ({name: value}, {name: their value where both changed it}).
    `form` is valid; `base` is the posted digests.
    """
    started = _parse_base(base)
    stored = _stored(current, form)
    merged, theirs = {}, {}
    for name in form.fields:
        mine = form.cleaned_data.get(name)
        if name not in stored or name not in started:
            merged[name] = mine  # nothing to compare with: what was typed wins
            continue
        they_changed = _digest(name, stored[name]) != started[name]
        i_changed = _digest(name, mine) != started[name]
        merged[name] = stored[name] if they_changed and not i_changed else mine
        if they_changed and i_changed and _normalised(mine) != _normalised(stored[name]):
            theirs[name] = stored[name]
    return merged, theirs


def save_unless_changed(form, version, base=""):
    """
    Save `form` (a ModelForm of an existing record) unless the record changed
    since `version`; returns None when saved, else a Conflict.
    """
    instance = form.instance
    with transaction.atomic():
        current = type(instance).objects.select_for_update().get(pk=instance.pk)
        if version and version_of(current) != version:
            merged, theirs = merge(form, current, base)
            changes = changes_since(current, version) or [Change("", current.updated_at, [])]
            return Conflict(changes, current, merged, theirs)
        form.save()
    return None


def shown_value(form_field, value):
    """A value as the page shows it beside a field: its choice's label, else as the `shown` filter shows values."""
    from .templatetags.casework import shown

    if value not in (None, ""):
        for key, label in getattr(form_field, "choices", ()):
            if str(getattr(key, "value", key)) == str(value):
                return str(label)
    return str(shown(value))
