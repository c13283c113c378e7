"""manage.py strip_upload_metadata: remove metadata from every image and document already stored."""

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from safereturn.base.uploads.existing import strip_upload_metadata


class Command(BaseCommand):
    """
    Re-write every stored original image and document through the cleaning
    storage, update their width, height, size and hash, and delete every
    rendition (Wagtail makes them again from the clean originals).

    Safe to re-run. Nothing is deleted but renditions: a document that
    cannot be cleaned (an office format, a damaged file) is listed, with its
    id and title, for an editor to replace with a PDF; a missing file is listed
    too. The command fails (exit status 1) when it lists anything, so that a
    deployment script notices.
    """

    help = (
        "Remove EXIF, XMP, author names and other metadata from every stored image and document, and delete "
        "every rendition. Re-runnable. Lists, and never deletes, the files it cannot clean."
    )

    def handle(self, *args, **options):
        image_model = get_image_model()
        try:
            report = strip_upload_metadata(image_model, get_document_model(), image_model.get_rendition_model())
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from error

        self.stdout.write(
            f"Cleaned {report.images} images and {report.documents} documents; deleted {report.renditions} "
            f"renditions and {report.rendition_files} rendition files."
        )
        with translation.override("en"):
            for problem in report.refused:
                self.stdout.write(
                    self.style.WARNING(
                        f"  Not cleaned, left as it was: {problem.kind} {problem.pk} {problem.title!r} "
                        f"({problem.name}): {problem.reason}"
                    )
                )
        for problem in report.missing:
            self.stdout.write(
                self.style.WARNING(f"  File missing: {problem.kind} {problem.pk} {problem.title!r} ({problem.name!r})")
            )
        if report.refused or report.missing:
            raise CommandError(
                f"{len(report.refused)} files could not be cleaned and {len(report.missing)} are missing (listed "
                "above). Replace or delete them in the admin, then run the command again."
            )
        self.stdout.write(self.style.SUCCESS("Every stored upload is free of metadata."))
