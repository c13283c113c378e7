"""
PostgreSQL: the audit log refuses UPDATE, DELETE and TRUNCATE to every role
but the table's owner (and superusers), whatever the grants say.

The application's role is also granted only INSERT and SELECT on the table
(`manage.py protect_casework_audit`, README); this trigger keeps the log
append-only even if a broad grant (GRANT ... ON ALL TABLES) is run after that.
"""

from django.db import migrations

FUNCTION = """
CREATE OR REPLACE FUNCTION casework_audit_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    owner name;
BEGIN
    SELECT tableowner INTO owner FROM pg_tables WHERE schemaname = TG_TABLE_SCHEMA AND tablename = TG_TABLE_NAME;
    IF pg_has_role(current_user, owner, 'MEMBER') THEN
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        IF TG_OP = 'UPDATE' THEN RETURN NEW; END IF;
        RETURN NULL;
    END IF;
    RAISE EXCEPTION 'The casework audit log is append-only (% refused for %).', TG_OP, current_user
        USING ERRCODE = 'insufficient_privilege';
END
$$;
"""
TRIGGERS = [
    "CREATE TRIGGER casework_auditevent_no_change BEFORE UPDATE OR DELETE ON casework_auditevent"
    " FOR EACH ROW EXECUTE FUNCTION casework_audit_append_only()",
    "CREATE TRIGGER casework_auditevent_no_truncate BEFORE TRUNCATE ON casework_auditevent"
    " FOR EACH STATEMENT EXECUTE FUNCTION casework_audit_append_only()",
]
DROP = [
    "DROP TRIGGER IF EXISTS casework_auditevent_no_change ON casework_auditevent",
    "DROP TRIGGER IF EXISTS casework_auditevent_no_truncate ON casework_auditevent",
    "DROP FUNCTION IF EXISTS casework_audit_append_only()",
]


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        # params=None: the function's text has % signs that are not placeholders.
        for statement in [FUNCTION, *TRIGGERS]:
            schema_editor.execute(statement, params=None)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in DROP:
            schema_editor.execute(statement, params=None)


class Migration(migrations.Migration):
    dependencies = [("casework", "0001_initial")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
