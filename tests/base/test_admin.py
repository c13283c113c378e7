"""Editors work in the Wagtail admin: pages, translations and safety settings."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from campaigns.factories import CampaignPageFactory
from campaigns.models import CampaignPage
from safereturn.base.admin_names import EDITORS_GROUP
from safereturn.base.models import SafetySettings

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("editor", password="x", full_name="Biên Tập Viên")
    user.groups.add(Group.objects.get(name=EDITORS_GROUP))
    return user


def test_admin_screens_open_for_an_editor(client, site_tree, editor):
    client.force_login(editor)
    for url in (
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_pages:edit", args=[site_tree["campaign"].pk]),
        reverse("wagtailadmin_pages:add", args=["campaigns", "campaignpage", site_tree["index"].pk]),
    ):
        response = client.get(url)
        assert response.status_code == 200, url


def test_safety_settings_are_edited_under_settings(client, site_tree, admin_user):
    client.force_login(admin_user)
    list_url = reverse("wagtailsnippets_base_safetysettings:list")
    assert client.get(list_url).status_code == 200
    edit_url = reverse("wagtailsnippets_base_safetysettings:edit", args=[site_tree["safety"].pk])
    response = client.get(edit_url)
    assert response.status_code == 200
    assert "Đường dây nóng" in response.content.decode()


def test_a_second_safety_settings_record_is_refused(site_tree):
    duplicate = SafetySettings(banner_text="Thêm một bản nữa")
    with pytest.raises(Exception) as error:
        duplicate.full_clean()
    assert "đã có cài đặt an toàn" in str(error.value)


def test_editor_translates_a_campaign_with_wagtail_localize(
    client, site_tree, editor, locales, django_capture_on_commit_callbacks
):
    campaign = CampaignPageFactory(
        parent=site_tree["index"], title="Cảnh giác lừa đảo việc làm", slug="lua-dao-viec-lam", intro="Tóm tắt."
    )
    client.force_login(editor)
    url = reverse("wagtail_localize:submit_page_translation", args=[campaign.pk])
    response = client.post(url, {"locales": [locales["en"].pk]})
    assert response.status_code == 302
    translated = campaign.get_translation(locales["en"])
    assert translated.get_parent().pk == site_tree["index_en"].pk

    # The translator fills in every segment, then the translation is published.
    source = TranslationSource.objects.get_for_instance(campaign)
    translation = Translation.objects.get(source=source, target_locale=locales["en"])
    english = {"Cảnh giác lừa đảo việc làm": "Beware of job scams", "Tóm tắt.": "Summary."}
    for segment in source.stringsegment_set.select_related("string"):
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=locales["en"],
            context=segment.context,
            data=english.get(segment.string.data, segment.string.data + " (EN)"),
        )
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        translation.save_target(publish=True)
    published = CampaignPage.objects.get(pk=translated.pk)
    assert published.live
    assert published.title == "Beware of job scams"
    assert client.get(published.url).status_code == 200


def test_page_tree_has_one_home_per_language(site_tree, locales):
    homes = Page.objects.filter(depth=2)
    assert {page.locale.language_code for page in homes} == {"vi", "en"}
