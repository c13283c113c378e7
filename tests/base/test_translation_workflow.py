"""
Translating a page never publishes it by itself; publishing one with
untranslated text asks first and lists it; the report lists translations
whose source changed since they were synced.
"""

import pytest
from django.urls import reverse
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from campaigns.factories import CampaignPageFactory
from campaigns.models import CampaignPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser(username="bien-tap", password="mat-khau-rat-dai-123")


@pytest.fixture
def translated(client, site_tree, editor, locales):
    """A campaign sent for translation into English through the admin's "Translate" action."""
    campaign = CampaignPageFactory(
        parent=site_tree["index"], title="Cảnh giác lừa đảo việc làm", slug="lua-dao-viec-lam", intro="Tóm tắt."
    )
    client.force_login(editor)
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[campaign.pk]), {"locales": [locales["en"].pk]}
    )
    assert response.status_code == 302
    source = TranslationSource.objects.get_for_instance(campaign)
    return {
        "campaign": campaign,
        "english": CampaignPage.objects.get(translation_key=campaign.translation_key, locale=locales["en"]),
        "source": source,
        "translation": Translation.objects.get(source=source, target_locale=locales["en"]),
    }


def translate_segments(translated, locale, only=None):
    for segment in translated["source"].stringsegment_set.select_related("string"):
        if only is None or segment.string.data in only:
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                data=segment.string.data + " (EN)",
            )


def test_translate_creates_a_draft_that_is_not_on_the_english_site(client, translated):
    english = translated["english"]
    assert not english.live
    client.logout()
    assert client.get("/en/").status_code == 200
    assert translated["campaign"].title not in client.get("/en/").content.decode()
    assert client.get(f"/en/campaigns/{english.slug}/").status_code == 404


def test_publishing_with_untranslated_text_asks_first_and_lists_it(
    client, translated, locales, django_capture_on_commit_callbacks
):
    english = translated["english"]
    translate_segments(translated, locales["en"], only={"Cảnh giác lừa đảo việc làm"})
    edit_url = reverse("wagtailadmin_pages:edit", args=[english.pk])
    response = client.post(edit_url, {"action": "publish"})
    content = response.content.decode()
    assert response.status_code == 200
    assert "Tóm tắt." in content  # the untranslated text is listed
    assert "Cảnh giác lừa đảo việc làm" not in content.split("<ol", 1)[1].split("</ol>")[0]
    english.refresh_from_db()
    assert not english.live  # nothing was published

    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        response = client.post(edit_url, {"action": "publish", "publish-untranslated": "yes"})
    assert response.status_code == 302
    english.refresh_from_db()
    assert english.live


def test_a_fully_translated_page_publishes_without_asking(
    client, translated, locales, django_capture_on_commit_callbacks
):
    english = translated["english"]
    translate_segments(translated, locales["en"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("wagtailadmin_pages:edit", args=[english.pk]), {"action": "publish"})
    assert response.status_code == 302
    english.refresh_from_db()
    assert english.live


def test_the_report_lists_translations_whose_source_changed(client, translated, locales):
    report = reverse("safereturn_translations_to_update")
    english = translated["english"]
    sync_url = reverse("wagtail_localize:update_translations", args=[translated["source"].pk])
    assert sync_url not in client.get(report).content.decode()

    campaign = translated["campaign"]
    campaign.title = "Cảnh giác lừa đảo việc làm ở nước ngoài"
    campaign.save_revision().publish()
    content = client.get(report).content.decode()
    assert str(english.get_admin_display_title()) in content
    assert sync_url in content

    # Syncing takes the new text: the translation is up to date again.
    translated["source"].update_from_db()
    assert sync_url not in client.get(report).content.decode()
