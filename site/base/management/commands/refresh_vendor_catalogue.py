"""manage.py refresh_vendor_catalogue: list every message the admin's packages use in site/locale_vendor/."""

from django.core.management.base import BaseCommand

from safereturn.base.vendor_catalogue import VENDOR_LOCALE_DIR, refresh


class Command(BaseCommand):
    help = (
        "Rewrite site/locale_vendor/vi/ from the installed packages' English catalogues (Wagtail, wagtail-localize "
        "and the others in safereturn.base.vendor_catalogue): keep our translations, start new messages from the "
        "package's Vietnamese (fuzzy where it breaks the glossary), drop messages no package has any more. Run it "
        "after upgrading one of them, then translate what it reports."
    )

    def handle(self, *args, **options):
        for domain, counts in refresh().items():
            described = ", ".join(f"{count} {what}" for what, count in counts.items())
            self.stdout.write(f"{domain}: {described}")
        self.stdout.write(f"Written to {VENDOR_LOCALE_DIR}. Translate the untranslated and fuzzy messages there.")
