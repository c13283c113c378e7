"""A link chosen with a page chooser follows the page's live translation, resolved when the page is shown."""

import pytest
from wagtail.blocks import StreamValue

from campaigns import factories as pages
from tests.conftest import publish, translate


def with_call_to_action(page, target):
    page.body = StreamValue(
        page.body.stream_block,
        [
            (
                "call_to_action",
                {"heading": "Đọc thêm", "text": "", "button_label": "Xem", "link": {"page": target, "url": ""}},
            )
        ],
    )
    return publish(page)


@pytest.mark.django_db
def test_an_english_page_links_to_the_english_version_once_it_is_published(
    client, site_tree, locales, django_capture_on_commit_callbacks
):
    index, campaign_en = site_tree["index"], site_tree["campaign_en"]
    target = pages.CampaignPageFactory(parent=index, title="Dấu hiệu", slug="dau-hieu")
    # As wagtail-localize leaves it when the target had no English version yet: the link points at Vietnamese.
    with_call_to_action(campaign_en, target)
    assert f'href="{target.url}"' in client.get(campaign_en.url).content.decode()

    with django_capture_on_commit_callbacks(execute=True):  # publishing refreshes the cached page
        target_en = translate(target, locales["en"], title="Warning signs", slug="warning-signs")
    assert f'href="{target_en.url}"' in client.get(campaign_en.url).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        target_en.refresh_from_db()
        target_en.unpublish()
    assert f'href="{target.url}"' in client.get(campaign_en.url).content.decode()


@pytest.mark.django_db
def test_a_vietnamese_page_keeps_its_vietnamese_link(client, site_tree):
    campaign, campaign_en = site_tree["campaign"], site_tree["campaign_en"]
    with_call_to_action(site_tree["index"].get_children().exclude(pk=campaign.pk).first() or campaign, campaign)
    assert f'href="{campaign.url}"' in client.get(campaign.url).content.decode()
    assert campaign_en.url not in client.get(campaign.url).content.decode()
