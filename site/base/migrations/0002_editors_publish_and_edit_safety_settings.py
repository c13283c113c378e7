"""
Editors publish campaign pages and keep the hotlines, safety banner and
quick-exit address up to date without a developer or a moderator: a
hotline number must never wait for approval. Wagtail's own migrations give
its "Editors" group add and edit rights only.
"""

from django.db import migrations

SNIPPET_PERMISSIONS = ["add_safetysettings", "change_safetysettings", "view_safetysettings"]


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")

    editors = Group.objects.filter(name="Editors").first()
    root = Page.objects.filter(depth=1).first()
    if editors is None or root is None:
        return
    page_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="page")
    publish, _ = Permission.objects.get_or_create(
        content_type=page_type, codename="publish_page", defaults={"name": "Can publish any page"}
    )
    GroupPagePermission.objects.get_or_create(group=editors, page=root, permission=publish)

    settings_type, _ = ContentType.objects.get_or_create(app_label="base", model="safetysettings")
    for codename in SNIPPET_PERMISSIONS:
        permission, _ = Permission.objects.get_or_create(
            content_type=settings_type,
            codename=codename,
            defaults={"name": f"Can {codename.split('_')[0]} safety settings"},
        )
        editors.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    editors = Group.objects.filter(name="Editors").first()
    if editors is None:
        return
    GroupPagePermission.objects.filter(group=editors, permission__codename="publish_page").delete()
    editors.permissions.remove(*editors.permissions.filter(codename__in=SNIPPET_PERMISSIONS))


class Migration(migrations.Migration):
    dependencies = [
        ("base", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
