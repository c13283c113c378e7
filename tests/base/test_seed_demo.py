"""manage.py seed_demo: a complete bilingual demo site, built idempotently."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Revision, Site

from campaigns.models import (
    ArticleIndexPage,
    ArticlePage,
    CampaignIndexPage,
    CampaignPage,
    ContentPage,
    HomePage,
    InternetSafetyPage,
    ResourcesPage,
    SelfCheckPage,
)
from safereturn.base.admin_names import EDITORS_GROUP
from safereturn.base.models import Hotline, SafetySettings
from safereturn.organisation.models import AdministrativeUnit, Agency

PAGE_MODELS = [
    HomePage,
    CampaignIndexPage,
    CampaignPage,
    ArticleIndexPage,
    ArticlePage,
    ResourcesPage,
    SelfCheckPage,
    InternetSafetyPage,
    ContentPage,
]
STREAM_FIELDS = ("body", "documents", "questions", "results", "what_to_do")


def seed(**options):
    output = StringIO()
    call_command("seed_demo", force=True, stdout=output, **options)
    return output.getvalue()


@pytest.fixture
def seeded(demo_site, db):
    """The demo, seeded once for this module (tests/conftest.py): these tests only read it."""
    return demo_site


def demo_pages():
    return [page.specific for page in Page.objects.filter(depth__gte=2).order_by("path")]


def stream_blocks(page):
    """Every block of every StreamField of a page, nested blocks included, as (type, value) pairs."""
    for name in STREAM_FIELDS:
        for block in getattr(page, name, None) or []:
            yield block.block_type, block.value


def snapshot():
    """How many rows of each kind the demo touches: a second run must leave these unchanged."""
    models = [Page, Revision, get_image_model(), get_document_model(), Collection, Locale, Agency]
    models += [AdministrativeUnit, SafetySettings, Hotline, Site, get_user_model()]
    return {model.__name__: model.objects.count() for model in models}


# Seeding takes a couple of seconds, so each test below checks one aspect of a whole seeded site.


def test_page_tree_in_both_languages(seeded):
    for model in PAGE_MODELS:
        for language in ("vi", "en"):
            pages = model.objects.live().filter(locale__language_code=language)
            assert pages.exists(), f"{model.__name__} in {language}"
    for language in ("vi", "en"):
        assert CampaignPage.objects.live().filter(locale__language_code=language).count() >= 3
        assert ArticlePage.objects.live().filter(locale__language_code=language).count() >= 3
    assert not Page.objects.filter(depth__gte=2, live=False).exists()

    # The default site serves the Vietnamese home, and Wagtail's placeholder page is gone.
    home = Site.objects.get(is_default_site=True).root_page.specific
    assert isinstance(home, HomePage)
    assert home.locale.language_code == "vi"
    assert not Page.objects.filter(depth=2, title="Welcome to your new Wagtail site!").exists()

    # Each English page is the translation of a Vietnamese one, in the same place in the tree.
    english = Locale.objects.get(language_code="en")
    vietnamese_pages = Page.objects.filter(depth__gte=2, locale__language_code="vi")
    for page in vietnamese_pages:
        translation = page.get_translation(english)
        assert translation.translation_key == page.translation_key
        assert translation.specific_class is page.specific_class
        if page.depth > 2:
            assert translation.get_parent().translation_key == page.get_parent().translation_key
    assert Page.objects.filter(depth__gte=2, locale=english).count() == vietnamese_pages.count()

    # Buttons link to pages in the reader's own language.
    links = 0
    for page in demo_pages():
        for block_type, value in stream_blocks(page):
            if block_type == "call_to_action":
                assert value["link"]["page"].locale_id == page.locale_id, page.url
                links += 1
    assert links >= 10


def test_content_is_valid_described_and_safe(seeded):
    pages = demo_pages()
    for page in pages:
        # The same validation the admin runs, blocks included.
        page.full_clean()
        for name in STREAM_FIELDS:
            value = getattr(page, name, None)
            if value is not None:
                page._meta.get_field(name).stream_block.clean(value)
        assert page.search_description.strip(), page.url

    vietnamese = [page for page in pages if page.locale.language_code == "vi"]
    assert any("mua bán người" in page.title for page in vietnamese)
    assert any("Bắc Ninh" in page.search_description for page in vietnamese)

    stories = ArticlePage.objects.filter(kind=ArticlePage.Kind.STORY)
    assert stories.count() == 2
    assert all(story.identities_protected for story in stories)
    story_vi = stories.get(locale__language_code="vi")
    # The demo story is fiction, and labelled so: "name changed" would read as a real survivor.
    assert all(story.story_source == ArticlePage.StorySource.FICTION for story in stories)
    assert "nhân vật hư cấu" in str(list(stream_blocks(story_vi)))

    assert get_image_model().objects.count() >= 3
    heroes = image_blocks = 0
    for page in pages:
        if getattr(page, "hero_image", None):
            assert page.hero_image_alt.strip(), page.url
            heroes += 1
        for block_type, value in stream_blocks(page):
            if block_type == "image":
                assert value["alt_text"].strip(), page.url
                image_blocks += 1
    assert heroes >= 14  # home, 3 campaigns and 3 articles, in two languages
    assert image_blocks >= 2


def test_resources_and_self_check(seeded):
    for language in ("vi", "en"):
        resources = ResourcesPage.objects.get(locale__language_code=language)
        documents = [value["document"] for kind, value in stream_blocks(resources) if kind == "document"]
        assert len(documents) >= 2
        for document in documents:
            with document.open_file() as file:
                assert file.read().decode("utf-8").strip()

    for check in SelfCheckPage.objects.all():
        weights = [block.value["weight"] for block in check.questions]
        assert 8 <= len(weights) <= 10
        assert set(weights) == {"1", "3"}
        # Only a score of 0 is told "no signs"; one warning sign already reads as a warning.
        assert [block.value["minimum_score"] for block in check.sorted_results()] == [0, 1, 5]
        assert any(block.value["serious"] for block in check.questions)
        assert any(block.block_type == "hotline" for block in check.what_to_do)


def test_safety_settings_accounts_and_agencies(seeded):
    (safety,) = SafetySettings.objects.all()  # one record for every language
    assert safety.live and safety.latest_revision is not None
    lines = {line.number: line for line in safety.hotlines.all()}
    assert set(lines) == {"111", "113"}
    assert lines["113"].is_emergency and lines["113"].show_in_header
    assert lines["111"].show_in_header and not lines["111"].is_emergency
    assert lines["111"].label_for("en") == "National hotline against human trafficking"
    assert lines["111"].label_for("vi") == "Tổng đài quốc gia về phòng, chống mua bán người"
    assert safety.internet_safety_page.locale.language_code == "vi"
    assert safety.banner_for("vi") and safety.banner_for("en") != safety.banner_for("vi")

    users = get_user_model().objects
    admin = users.get(username="admin")
    assert admin.is_superuser and admin.check_password("safereturn-admin")
    editor = users.get(username="editor")
    assert not editor.is_superuser and editor.check_password("safereturn-editor")
    assert editor.groups.filter(name=EDITORS_GROUP).exists()
    assert editor.full_name and editor.position
    assert "safereturn-editor" in seeded  # the summary tells developers how to sign in

    province = AdministrativeUnit.objects.get(level=AdministrativeUnit.Level.PROVINCE, code="24")
    health = Agency.objects.get(agency_type=Agency.Type.PROVINCIAL_HEALTH)
    assert health.administrative_unit == province and health.is_current and health.name_en
    assert not Agency.objects.get(agency_type=Agency.Type.PROVINCIAL_LABOUR).is_current
    assert Agency.objects.get(agency_type=Agency.Type.SOCIAL_ASSISTANCE_FACILITY).parent == health
    assert Agency.objects.filter(agency_type=Agency.Type.POLICE).exists()
    # The shared demo's commune and the casework demo's communes: all of the province.
    commune_committees = Agency.objects.filter(agency_type=Agency.Type.COMMUNE_COMMITTEE)
    assert commune_committees.exists()
    assert {committee.administrative_unit.parent for committee in commune_committees} == {province}


def test_every_page_renders(seeded, client):
    urls = ["/", "/en/"] + [page.url for page in demo_pages()]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
    assert "National hotline against human trafficking" in client.get("/en/").content.decode()
    assert "Tổng đài quốc gia về phòng, chống mua bán người" in client.get("/").content.decode()
