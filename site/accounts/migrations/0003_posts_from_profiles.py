"""Each user whose profile names an agency gets that as their current primary post."""

from django.db import migrations


def profiles_to_posts(apps, schema_editor):
    User = apps.get_model("accounts", "User")
    Membership = apps.get_model("accounts", "Membership")
    for user in User.objects.filter(agency__isnull=False, memberships__isnull=True):
        membership = Membership.objects.create(
            user=user, agency_id=user.agency_id, position=user.position, role="official", is_primary=True
        )
        if user.administrative_unit_id:
            membership.administrative_units.add(user.administrative_unit_id)


class Migration(migrations.Migration):
    dependencies = [("accounts", "0002_memberships_sessions_invitations_security_log")]

    operations = [migrations.RunPython(profiles_to_posts, migrations.RunPython.noop)]
