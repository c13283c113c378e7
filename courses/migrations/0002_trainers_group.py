"""
The trainer role: a group "Trainers" that may use the admin, keep the
question bank (and publish questions), assign courses and give extra time or
attempts. Page permissions on each course index are granted when the index
is created (courses/signals.py), and here on any index that already exists.
"""

from django.db import migrations

MODEL_PERMISSIONS = {
    "question": ["add", "change", "delete", "view", "publish"],
    "questioncategory": ["add", "change", "delete", "view"],
    "assignment": ["add", "change", "delete", "view"],
    "quizoverride": ["add", "change", "delete", "view"],
}
PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    CourseIndexPage = apps.get_model("courses", "CourseIndexPage")

    trainers, _ = Group.objects.get_or_create(name="Trainers")
    admin_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access, _ = Permission.objects.get_or_create(
        content_type=admin_type, codename="access_admin", defaults={"name": "Can access Wagtail admin"}
    )
    trainers.permissions.add(access)
    for model, actions in MODEL_PERMISSIONS.items():
        content_type, _ = ContentType.objects.get_or_create(app_label="courses", model=model)
        for action in actions:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type, codename=f"{action}_{model}", defaults={"name": f"Can {action} {model}"}
            )
            trainers.permissions.add(permission)
    page_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="page")
    for index in CourseIndexPage.objects.all():
        for codename in PAGE_PERMISSIONS:
            permission, _ = Permission.objects.get_or_create(
                content_type=page_type, codename=codename, defaults={"name": codename}
            )
            GroupPagePermission.objects.get_or_create(group=trainers, page_id=index.pk, permission=permission)


def revoke(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Trainers").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
