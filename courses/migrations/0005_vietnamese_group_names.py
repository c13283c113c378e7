"""
The trainers' and training managers' groups get their Vietnamese names: editors read group names in the admin
(Settings › Groups, a user's groups), and every other group there is Vietnamese (safereturn.base.admin_names).
Code finds them by courses.trainers.TRAINERS and TRAINING_MANAGERS.
"""

from django.db import migrations

NAMES = {"Trainers": "Giảng viên", "Training managers": "Quản lý đào tạo"}


def _rename(apps, names):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    for old, new in names.items():
        group = Group.objects.filter(name=old).first()
        if group is None:
            continue
        existing = Group.objects.filter(name=new).first()
        if existing is None:
            group.name = new
            group.save(update_fields=["name"])
            continue
        # A group of the new name already exists (made by hand): fold the old one into it, losing no one.
        existing.permissions.add(*group.permissions.all())
        for user in group.user_set.all():
            user.groups.add(existing)
        for grant in GroupPagePermission.objects.filter(group=group):
            GroupPagePermission.objects.get_or_create(group=existing, page_id=grant.page_id, permission=grant.permission)
        group.delete()


def forwards(apps, schema_editor):
    _rename(apps, NAMES)


def backwards(apps, schema_editor):
    _rename(apps, {new: old for old, new in NAMES.items()})


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0004_training_managers"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
