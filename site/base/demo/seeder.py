"""
Builds the demo site: locales, places, agencies, accounts, media, the page
tree in Vietnamese and English, and the safety settings.

Idempotency: everything is looked up before it is created, by a natural key
(a locale code, a unit code, an agency name, a username, an image or
document title in the demo collection, a page slug under its parent, a
settings record's locale). What exists is left alone, so a second run
creates nothing and overwrites nothing an editor may have changed since.

Pages are built in two passes. The first creates each missing page, as a
draft, in tree order (a parent before its children, Vietnamese before its
English translation); links to pages not created yet are left out. The
second pass, once every page exists, builds the content again with every
link resolved, saves it as a revision and publishes it, so each page is
published exactly once.
"""

import uuid
from collections import Counter
from io import BytesIO, StringIO

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management import call_command, get_commands
from wagtail.coreutils import find_available_slug
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site
from wagtail.utils.file import hash_filelike

from safereturn.base.models import Hotline, SafetySettings
from safereturn.organisation.models import AdministrativeUnit, Agency

from . import articles, campaigns, guidance, home, reference
from .documents import LEAFLETS
from .images import ILLUSTRATIONS
from .specs import LANGUAGES, DemoContext

SEED = 20250701  # the day Law 53/2024/QH15 took effect
COLLECTION_NAME = "Trở về an toàn (demo)"
BLOCK_ID_NAMESPACE = uuid.UUID("8a0c4f1e-2f7b-4c3e-9d6a-5b1e0c7d9f21")
WAGTAIL_PLACEHOLDER_TITLE = "Welcome to your new Wagtail site!"

# Tree order (every parent before its children), which is also the order of the main menu.
PAGE_SPECS = [home.HOME, *campaigns.SPECS, *articles.SPECS, home.RESOURCES, *guidance.SPECS]


class DemoSeeder:
    """
    Creates whatever part of the demo site is missing.

    `created` and `existing` count, per kind, what was made and what was
    already there, so the command can print a short summary; `notes` holds
    what other commands reported, and `warnings` the steps that were skipped
    (for example when the administrative-units loader is missing).
    """

    def __init__(self):
        self.created = Counter()
        self.existing = Counter()
        self.warnings = []
        self.notes = []
        self.locales = {}
        self.images = {}
        self.documents = {}
        self.pages = {}
        self.agencies = {}
        self.users = {}

    def run(self):
        self.ensure_locales()
        province, commune = self.ensure_administrative_units()
        self.ensure_agencies(province, commune)
        self.ensure_users(province)
        collection = self.ensure_collection()
        self.ensure_images(collection)
        self.ensure_documents(collection)
        self.ensure_pages()
        self.ensure_safety_settings()
        return self

    def _count(self, kind, created):
        (self.created if created else self.existing)[kind] += 1

    # Locales, places, agencies and accounts -----------------------------------

    def ensure_locales(self):
        for code in LANGUAGES:
            self.locales[code], created = Locale.objects.get_or_create(language_code=code)
            self._count("locales", created)

    def ensure_administrative_units(self):
        if "load_administrative_units" in get_commands():
            # The loader reports what it did; keep its one-line summary for ours instead of printing it mid-run.
            output = StringIO()
            call_command("load_administrative_units", province=[reference.PROVINCE_CODE], verbosity=0, stdout=output)
            self.notes.extend(line.strip() for line in output.getvalue().splitlines() if line.strip())
        else:
            self.warnings.append(
                "The load_administrative_units command is not available: loaded a placeholder province "
                f"{reference.PROVINCE_CODE} only, and no communes."
            )
        province, created = AdministrativeUnit.objects.get_or_create(
            level=AdministrativeUnit.Level.PROVINCE, code=reference.PROVINCE_CODE, defaults=reference.FALLBACK_PROVINCE
        )
        if created:
            self._count("placeholder provinces", created)
        communes = AdministrativeUnit.objects.filter(level=AdministrativeUnit.Level.COMMUNE, parent=province)
        commune = communes.filter(code=reference.PREFERRED_COMMUNE_CODE).first() or communes.order_by("code").first()
        return province, commune

    def ensure_agencies(self, province, commune):
        for key, name, name_en, agency_type, valid_from, valid_until, parent_key in reference.PROVINCIAL_AGENCIES:
            self.agencies[key] = self._agency(
                name,
                agency_type,
                name_en=name_en,
                administrative_unit=province,
                valid_from=valid_from,
                valid_until=valid_until,
                parent=self.agencies.get(parent_key),
            )
        if commune is None:
            self.warnings.append("No commune of the province is loaded: skipped the commune People's Committee.")
            return
        self.agencies["commune"] = self._agency(
            f"Ủy ban nhân dân {commune.full_name[0].lower()}{commune.full_name[1:]}",
            Agency.Type.COMMUNE_COMMITTEE,
            name_en=f"People's Committee of {commune.full_name_en or commune.full_name}",
            administrative_unit=commune,
            valid_from=reference.REFORM_DAY,
        )

    def _agency(self, name, agency_type, **defaults):
        agency, created = Agency.objects.get_or_create(name=name, agency_type=agency_type, defaults=defaults)
        self._count("agencies", created)
        return agency

    def ensure_users(self, province):
        user_model = get_user_model()
        for spec in reference.USERS:
            user = user_model.objects.filter(username=spec["username"]).first()
            if user is not None:
                # Never touch an account that exists: someone may have changed its password.
                self.users[spec["username"]] = user
                self._count("users", created=False)
                continue
            user = user_model(
                username=spec["username"],
                email=spec["email"],
                full_name=spec["full_name"],
                position=spec["position"],
                agency=self.agencies.get("health"),
                administrative_unit=province,
                is_staff=spec["superuser"],
                is_superuser=spec["superuser"],
            )
            user.set_password(spec["password"])
            user.save()
            if spec["group"]:
                group, group_created = Group.objects.get_or_create(name=spec["group"])
                if group_created:
                    self.warnings.append(
                        f"Wagtail's {spec['group']!r} group was missing and has been created without permissions."
                    )
                user.groups.add(group)
            self.users[spec["username"]] = user
            self._count("users", created=True)

    # Media --------------------------------------------------------------------

    def ensure_collection(self):
        root = Collection.get_first_root_node()
        collection = root.get_children().filter(name=COLLECTION_NAME).first()
        if collection is None:
            collection = root.add_child(name=COLLECTION_NAME)
            self._count("collections", created=True)
        else:
            self._count("collections", created=False)
        return collection

    def ensure_images(self, collection):
        image_model = get_image_model()
        for illustration in ILLUSTRATIONS:
            image = image_model.objects.filter(collection=collection, title=illustration.title).first()
            created = image is None
            if created:
                data = illustration.render(SEED)
                image = image_model(
                    title=illustration.title,
                    collection=collection,
                    file=ImageFile(BytesIO(data), name=illustration.filename),
                    file_size=len(data),
                    file_hash=hash_filelike(BytesIO(data)),
                )
                image.save()
            self.images[illustration.key] = image
            self._count("images", created)

    def ensure_documents(self, collection):
        document_model = get_document_model()
        for leaflet in LEAFLETS:
            document = document_model.objects.filter(collection=collection, title=leaflet.title).first()
            created = document is None
            if created:
                content = leaflet.content
                document = document_model(
                    title=leaflet.title,
                    collection=collection,
                    file=ContentFile(content, name=leaflet.filename),
                    file_size=len(content),
                    file_hash=hash_filelike(BytesIO(content)),
                )
                document.save()
            self.documents.setdefault(leaflet.key, {})[leaflet.language] = document
            self._count("documents", created)

    # Pages --------------------------------------------------------------------

    def context(self, language):
        return DemoContext(language, self.images, self.documents, self.pages)

    def ensure_pages(self):
        english = self.locales["en"]
        new_pages = []
        for spec in PAGE_SPECS:
            page = self._find_vietnamese(spec)
            created = page is None
            if created:
                page = self._create_vietnamese(spec)
                new_pages.append((spec, "vi", page))
            self._count("pages", created)
            self.pages.setdefault(spec.key, {})["vi"] = page
            if spec.parent is None:
                self._make_site_root(page)

            translation = page.get_translation_or_none(english)
            created = translation is None
            if created:
                translation = self._create_english(spec, page)
                new_pages.append((spec, "en", translation))
            self._count("pages", created)
            self.pages[spec.key]["en"] = translation.specific

        # Second pass: every page exists now, so every link can be written.
        publisher = self.users.get("admin")
        for spec, language, created_page in new_pages:
            # A fresh copy: the one in memory has stale tree fields (numchild) once children were added under it,
            # and publishing would write them back.
            page = created_page.specific_class.objects.get(pk=created_page.pk)
            self.pages[spec.key][language] = page
            self._apply(page, spec, language)
            page.first_published_at = spec.first_published_at
            page.save_revision(user=publisher, log_action=True).publish(user=publisher)

    def _find_vietnamese(self, spec):
        vi = self.locales["vi"]
        if spec.parent is None:
            # The home page: any HomePage directly under the root, whatever its slug.
            page = spec.model.objects.filter(depth=2, locale=vi).first()
        else:
            parent = self.pages[spec.parent]["vi"]
            page = spec.model.objects.child_of(parent).filter(locale=vi, slug=spec.slugs["vi"]).first()
        return page

    def _create_vietnamese(self, spec):
        page = spec.model(locale=self.locales["vi"], slug=spec.slugs["vi"], live=False)
        self._apply(page, spec, "vi")
        parent = Page.get_first_root_node() if spec.parent is None else self.pages[spec.parent]["vi"]
        parent.add_child(instance=page)
        return page

    def _create_english(self, spec, source):
        translation = source.copy_for_translation(self.locales["en"], copy_parents=True)
        translation = translation.specific
        self._apply(translation, spec, "en")
        translation.slug = find_available_slug(
            translation.get_parent(), spec.slugs["en"], ignore_page_id=translation.pk
        )
        translation.save()
        return translation

    def _apply(self, page, spec, language):
        """Set the page's fields from its content function, with stable ids for every block."""
        values = spec.build[language](self.context(language))
        for name, value in values.items():
            if isinstance(value, list):
                value = self._with_block_ids(value, f"{spec.key}:{language}:{name}")
            setattr(page, name, value)

    def _with_block_ids(self, blocks, prefix):
        # Stable ids (rather than random ones) keep revisions comparable between two fresh runs.
        return [
            {**block, "id": str(uuid.uuid5(BLOCK_ID_NAMESPACE, f"{prefix}:{index}"))}
            for index, block in enumerate(blocks)
        ]

    def _make_site_root(self, home_page):
        """Point the default site at the Vietnamese home, then remove Wagtail's placeholder page."""
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            site = Site(hostname="localhost", port=80, is_default_site=True, root_page=home_page)
        if site.root_page_id != home_page.pk or not site.site_name:
            site.root_page = home_page
            site.site_name = site.site_name or "Trở về an toàn"
            site.save()

        # Wagtail's migration creates a plain Page with this title. Only that page is removed, and only while it
        # is empty and serves no other site: anything else at the top of the tree is someone's content.
        placeholder_type = ContentType.objects.get_for_model(Page)
        placeholders = Page.objects.filter(
            depth=2, content_type=placeholder_type, numchild=0, title=WAGTAIL_PLACEHOLDER_TITLE
        )
        for page in placeholders:
            if not Site.objects.filter(root_page=page).exists():
                page.delete()
                self.created["placeholder pages removed"] += 1

    # Safety settings ------------------------------------------------------------

    def ensure_safety_settings(self):
        vi, en = self.locales["vi"], self.locales["en"]
        settings_vi = SafetySettings.objects.filter(locale=vi).first()
        if settings_vi is None:
            settings_vi = SafetySettings(
                locale=vi,
                banner_text=reference.SAFETY_SETTINGS["vi"]["banner_text"],
                internet_safety_page=self.pages["internet_safety"]["vi"],
                quick_exit_url=reference.QUICK_EXIT_URL,
            )
            settings_vi.hotlines = [
                Hotline(
                    locale=vi,
                    number=line["number"],
                    label=line["vi"][0],
                    availability=line["vi"][1],
                    is_emergency=line["is_emergency"],
                    show_in_header=line["show_in_header"],
                    sort_order=index,
                )
                for index, line in enumerate(reference.HOTLINES)
            ]
            settings_vi.save()
            self._count("safety settings", created=True)
        else:
            self._count("safety settings", created=False)

        if settings_vi.get_translation_or_none(en) is not None:
            self._count("safety settings", created=False)
            return
        # A translation, not a second record: it shares the translation key, and so do its hotlines.
        settings_en = settings_vi.copy_for_translation(en)
        settings_en.banner_text = reference.SAFETY_SETTINGS["en"]["banner_text"]
        settings_en.internet_safety_page = self.pages["internet_safety"]["en"]
        english = {line["number"]: line["en"] for line in reference.HOTLINES}
        for hotline in settings_en.hotlines.all():
            if hotline.number in english:
                hotline.label, hotline.availability = english[hotline.number]
        settings_en.save()
        self._count("safety settings", created=True)
