"""
PostgreSQL only: give the application's database role what it needs, and on
the security log only INSERT and SELECT (README, "PostgreSQL roles").

Run by the owner after each `migrate` (new tables need their grants):
`manage.py grant_app_role safereturn_app`. Safe to run again.
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from safereturn.accounts.models import SecurityEvent


class Command(BaseCommand):
    help = "Grants the application's PostgreSQL role its privileges; on the security log only INSERT and SELECT."

    def add_arguments(self, parser):
        parser.add_argument("role", help="The application's role, e.g. safereturn_app.")

    def handle(self, *args, **options):
        if connection.vendor != "postgresql":
            raise CommandError("grant_app_role is for PostgreSQL only.")
        role = connection.ops.quote_name(options["role"])
        log = connection.ops.quote_name(SecurityEvent._meta.db_table)
        statements = [
            f"GRANT USAGE ON SCHEMA public TO {role}",
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
            f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {role}",
            f"REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON {log} FROM {role}",
            f"GRANT SELECT, INSERT ON {log} TO {role}",
        ]
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
        self.stdout.write(f"Granted {options['role']} its privileges; the security log is INSERT and SELECT only.")
