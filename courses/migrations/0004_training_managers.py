"""
Marking, reports and certificates: trainers may mark the essays, read the reports and revoke the certificates of
the courses they train (courses.access); a new group "Training managers" reads the reports of every course.
"""

from django.db import migrations

TRAINER_PERMISSIONS = {
    "attempt": ["mark_attempt", "view_training_reports"],
    "certificate": ["revoke_certificate", "view_certificate"],
}
MANAGER_PERMISSIONS = {
    "attempt": ["view_training_reports", "view_all_training_reports"],
    "certificate": ["view_certificate"],
}


def _permission(apps, model, codename):
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label="courses", model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ")}
    )
    return permission


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    trainers, _ = Group.objects.get_or_create(name="Trainers")
    for model, codenames in TRAINER_PERMISSIONS.items():
        for codename in codenames:
            trainers.permissions.add(_permission(apps, model, codename))
    managers, _ = Group.objects.get_or_create(name="Training managers")
    admin_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access, _ = Permission.objects.get_or_create(
        content_type=admin_type, codename="access_admin", defaults={"name": "Can access Wagtail admin"}
    )
    managers.permissions.add(access)
    for model, codenames in MANAGER_PERMISSIONS.items():
        for codename in codenames:
            managers.permissions.add(_permission(apps, model, codename))


def revoke(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Training managers").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0003_certificates_marking_statistics"),
        ("courses", "0002_trainers_group"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
