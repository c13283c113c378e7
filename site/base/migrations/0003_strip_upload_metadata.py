"""
Remove the metadata (GPS positions, device serials, author names) of every
image and document uploaded before the cleaning storage, and delete every
rendition, which Wagtail made with the originals' EXIF. Runs the same code
as `manage.py strip_upload_metadata` (safereturn.base.uploads.existing), once.

What cannot be cleaned (office documents, damaged files) is left untouched
and listed; `manage.py strip_upload_metadata` lists it again at any time.
"""

import sys

from django.db import migrations

from safereturn.base.uploads.existing import strip_upload_metadata


def strip(apps, schema_editor):
    report = strip_upload_metadata(
        apps.get_model("wagtailimages", "Image"),
        apps.get_model("wagtaildocs", "Document"),
        apps.get_model("wagtailimages", "Rendition"),
    )
    for problem in report.refused + report.missing:
        # The migration only warns: run `manage.py strip_upload_metadata` to see them again.
        sys.stdout.write(f"\n  Upload not cleaned: {problem.kind} {problem.pk} {problem.title!r} ({problem.name!r})")


class Migration(migrations.Migration):
    dependencies = [
        ("base", "0002_editors_publish_and_edit_safety_settings"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(strip, migrations.RunPython.noop)]
