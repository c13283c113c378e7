"""System checks: casework's keys and its storage are sound before anything starts."""

from pathlib import Path

from django.conf import settings
from django.core import checks
from django.core.exceptions import ImproperlyConfigured

from .encryption import encryption_keys, hash_keys


@checks.register()
def check_keys(app_configs=None, **kwargs):
    errors = []
    for read in (encryption_keys, hash_keys):
        try:
            read()
        except ImproperlyConfigured as error:
            errors.append(checks.Error(str(error), id="casework.E001"))
    return errors


@checks.register()
def check_storage(app_configs=None, **kwargs):
    storage = getattr(settings, "STORAGES", {}).get("casework")
    if storage is None:
        return [checks.Error('STORAGES has no "casework" entry.', id="casework.E002")]
    location = storage.get("OPTIONS", {}).get("location")
    if not location:
        return []
    location = Path(location).resolve()
    errors = []
    for name in ("MEDIA_ROOT", "PRIVATE_MEDIA_ROOT", "STATIC_ROOT"):
        other = getattr(settings, name, None)
        if not other:
            continue
        other = Path(other).resolve()
        if location == other or other in location.parents or location in other.parents:
            errors.append(
                checks.Error(
                    f"Casework files ({location}) must live outside {name} ({other}) and not contain it.",
                    id="casework.E003",
                )
            )
    return errors
