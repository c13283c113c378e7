"""
The campaign site's demo: media, the page tree in Vietnamese and English,
and the safety settings. It runs after the project package's own demo
(safereturn.base.demo), whose languages and accounts it uses.

Idempotency: everything is looked up before it is created, by a natural key
(an image or document title in the demo collection, a page slug under its
parent, a settings record's locale). What exists is left alone, so a second
run creates nothing and overwrites nothing an editor may have changed since.

Pages are built in two passes. The first creates each missing page, as a
draft, in tree order (a parent before its children, Vietnamese before its
English translation); links to pages not created yet are left out. The
second pass, once every page exists, builds the content again with every
link resolved, saves it as a revision and publishes it, so each page is
published exactly once.
"""

import uuid
from io import BytesIO

from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from wagtail.coreutils import find_available_slug
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Site
from wagtail.utils.file import hash_filelike

from safereturn.base.models import Hotline, SafetySettings

from . import about, articles, campaigns, guidance, home, safety
from .documents import LEAFLETS
from .images import ILLUSTRATIONS
from .specs import LANGUAGES, DemoContext

# Drawn illustrations vary with this number, so every run draws the same ones.
SEED = 20250701  # the day Law 53/2024/QH15 took effect
COLLECTION_NAME = "Trở về an toàn (demo)"
BLOCK_ID_NAMESPACE = uuid.UUID("8a0c4f1e-2f7b-4c3e-9d6a-5b1e0c7d9f21")
WAGTAIL_PLACEHOLDER_TITLE = "Welcome to your new Wagtail site!"

# Tree order (every parent before its children), which is also the order of the main menu.
PAGE_SPECS = [home.HOME, *campaigns.SPECS, *articles.SPECS, home.RESOURCES, *guidance.SPECS, *about.SPECS]


def seed(run):
    """Create whatever part of the campaign site's demo is missing (see the module docstring)."""
    seeder = CampaignsDemo(run).run()
    home_pages = seeder.pages["home"]
    for language in LANGUAGES:
        page = home_pages[language]
        run.notes.append(f"{language}: {page.get_url() or '/'}  ({page.title})")
    run.notes.append("Admin: /admin/")


class CampaignsDemo:
    """The campaign site's demo, built on the languages and accounts of `run.shared`."""

    def __init__(self, run):
        self.run_state = run
        self.locales = run.shared["locales"]
        self.users = run.shared["users"]
        self.images = {}
        self.documents = {}
        self.pages = {}

    def run(self):
        collection = self.ensure_collection()
        self.ensure_images(collection)
        self.ensure_documents(collection)
        self.ensure_pages()
        self.ensure_safety_settings()
        return self

    def _count(self, kind, created):
        self.run_state.count(kind, created)

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
                self.run_state.created["placeholder pages removed"] += 1

    # Safety settings ------------------------------------------------------------

    def ensure_safety_settings(self):
        """The site's one safety record, live, with both languages side by side (left alone if it exists)."""
        if SafetySettings.objects.exists():
            self._count("safety settings", created=False)
            return
        record = SafetySettings(
            banner_text=safety.SAFETY_SETTINGS["vi"]["banner_text"],
            banner_text_en=safety.SAFETY_SETTINGS["en"]["banner_text"],
            internet_safety_page=self.pages["internet_safety"]["vi"],
            quick_exit_url=safety.QUICK_EXIT_URL,
            live=False,
        )
        record.hotlines = [
            Hotline(
                number=line["number"],
                label=line["vi"][0],
                availability=line["vi"][1],
                label_en=line["en"][0],
                availability_en=line["en"][1],
                is_emergency=line["is_emergency"],
                show_in_header=line["show_in_header"],
                sort_order=index,
            )
            for index, line in enumerate(safety.HOTLINES)
        ]
        record.save()
        # Published as an editor would: a first revision in the history, then live.
        record.save_revision(user=self.users.get("admin"), log_action=True).publish(user=self.users.get("admin"))
        self._count("safety settings", created=True)
