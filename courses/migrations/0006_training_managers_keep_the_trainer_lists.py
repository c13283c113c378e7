"""
Training managers ("Quản lý đào tạo") change the list of a course's trainers; trainers do not, since the list
decides whose reports, marks and certificates they reach (courses.models.pages.CoursePageForm).
"""

from django.db import migrations

ACTIONS = ["add", "change", "delete", "view"]


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    managers = Group.objects.filter(name="Quản lý đào tạo").first()
    if managers is None:
        return
    content_type, _ = ContentType.objects.get_or_create(app_label="courses", model="coursetrainer")
    for action in ACTIONS:
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_coursetrainer",
            defaults={"name": f"Can {action} trainer of the course"},
        )
        managers.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    managers = Group.objects.filter(name="Quản lý đào tạo").first()
    if managers is not None:
        managers.permissions.remove(*managers.permissions.filter(codename__endswith="_coursetrainer"))


class Migration(migrations.Migration):
    dependencies = [("courses", "0005_vietnamese_group_names")]

    operations = [migrations.RunPython(grant, revoke)]
