"""
PostgreSQL only: the application's role may only INSERT and SELECT on the
casework audit log (README, "Casework data: keys, audit and backups").

Run by the database owner after every `migrate` and after `grant_app_role`
(which grants every table in full): `manage.py protect_casework_audit safereturn_app`.
Safe to run again. The table's trigger refuses changes to any role but the
owner even without it (casework/migrations/0002).
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from casework.audit import AuditEvent


class Command(BaseCommand):
    help = "Leaves the application's PostgreSQL role only INSERT and SELECT on the casework audit log."

    def add_arguments(self, parser):
        parser.add_argument("role", help="The application's role, e.g. safereturn_app.")

    def handle(self, *args, **options):
        if connection.vendor != "postgresql":
            raise CommandError("protect_casework_audit is for PostgreSQL only.")
        role = connection.ops.quote_name(options["role"])
        table = connection.ops.quote_name(AuditEvent._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(f"REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON {table} FROM {role}")
            cursor.execute(f"GRANT SELECT, INSERT ON {table} TO {role}")
        self.stdout.write(f"{options['role']} may only INSERT and SELECT on {AuditEvent._meta.db_table}.")
