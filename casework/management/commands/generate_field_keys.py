"""
Print new keys for casework's encryption at rest and keyed hashes.

    manage.py generate_field_keys

prints two lines, FIELD_ENCRYPTION_KEYS=<id>:<key> and FIELD_HASH_KEYS=<id>:<key>,
each key 32 bytes from the operating system's random source. It reads no
setting and writes nothing: copy the lines into the secrets store (README,
"Casework data: keys, audit and backups"), never into the repository.
"""

import base64
import secrets

from django.core.management.base import BaseCommand
from django.utils import timezone

from casework.encryption import KEY_BYTES


def new_entry(prefix):
    key_id = f"{prefix}{timezone.localdate():%Y%m%d}-{secrets.token_hex(2)}"
    return f"{key_id}:{base64.urlsafe_b64encode(secrets.token_bytes(KEY_BYTES)).decode('ascii')}"


class Command(BaseCommand):
    help = "Prints a new FIELD_ENCRYPTION_KEYS entry and a new FIELD_HASH_KEYS entry (id:key)."

    def handle(self, *args, **options):
        self.stdout.write(f"FIELD_ENCRYPTION_KEYS={new_entry('e')}")
        self.stdout.write(f"FIELD_HASH_KEYS={new_entry('h')}")
        self.stderr.write(
            "New setup: use these lines as they are. Rotation: put the new entry FIRST and keep the old ones after "
            "it (FIELD_ENCRYPTION_KEYS=new,old), restart, run `manage.py rotate_field_encryption`, then remove the "
            "old entry once `rotate_field_encryption --check` reports nothing under it. Back the keys up apart from "
            "the database: without them the data cannot be read."
        )
