"""
Wagtail's groups, default workflow and task, and root collection get their
Vietnamese names (safereturn.base.admin_names), so that editors never read
"Moderators approval" or "Root" in an otherwise Vietnamese admin. Only the
names Wagtail gave them are changed: a site that renamed one keeps its name.
"""

from django.db import migrations

NAMES = {
    ("auth", "Group", "name"): {"Editors": "Biên tập viên", "Moderators": "Người kiểm duyệt"},
    ("wagtailcore", "Workflow", "name"): {"Moderators approval": "Duyệt nội dung"},
    ("wagtailcore", "Task", "name"): {"Moderators approval": "Người kiểm duyệt duyệt nội dung"},
    ("wagtailcore", "Collection", "name"): {"Root": "Tất cả"},
}


def rename(apps, mapping_direction):
    for (app_label, model_name, field), mapping in NAMES.items():
        model = apps.get_model(app_label, model_name)
        for old, new in mapping.items():
            source, target = (old, new) if mapping_direction == "forward" else (new, old)
            # Never two groups of one name: skip if the target name is taken.
            if not model.objects.filter(**{field: target}).exists():
                model.objects.filter(**{field: source}).update(**{field: target})


def to_vietnamese(apps, schema_editor):
    rename(apps, "forward")


def to_english(apps, schema_editor):
    rename(apps, "backward")


class Migration(migrations.Migration):
    # After every migration that looks these names up in English to give
    # them permissions (Wagtail's admin, images, documents; wagtail-localize).
    dependencies = [
        ("base", "0005_one_safety_record"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(to_vietnamese, to_english)]
