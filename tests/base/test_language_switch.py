"""
The language switch reveals nothing: page ids are sequential, so an attacker
can walk them; only live, public pages may answer with a redirect.
"""

import pytest
from wagtail.models import Page, PageViewRestriction

from campaigns import factories as pages


@pytest.fixture
def hidden_pages(site_tree, django_capture_on_commit_callbacks):
    draft = pages.CampaignPageFactory(parent=site_tree["index"], title="Bản nháp", slug="ban-nhap", live=False)
    private = pages.CampaignPageFactory(parent=site_tree["index"], title="Trang riêng", slug="trang-rieng")
    section = pages.CampaignIndexPageFactory(parent=site_tree["home"], title="Mục riêng", slug="muc-rieng")
    under_private = pages.CampaignPageFactory(parent=section, title="Trong mục riêng", slug="trong-muc-rieng")
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=private, restriction_type=PageViewRestriction.PASSWORD, password="mat-khau-rieng"
        )
        PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    return {"draft": draft, "private": private, "section": section, "under_private": under_private}


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["draft", "private", "section", "under_private"])
@pytest.mark.parametrize("language", ["vi", "en"])
def test_pages_the_public_cannot_see_are_404(client, hidden_pages, name, language):
    assert client.get(f"/language/{language}/page/{hidden_pages[name].pk}/").status_code == 404


@pytest.mark.django_db
def test_the_tree_root_and_unknown_ids_are_404_not_500(client, site_tree):
    root = Page.get_first_root_node()
    assert client.get(f"/language/vi/page/{root.pk}/").status_code == 404
    assert client.get("/language/vi/page/987654321/").status_code == 404


@pytest.mark.django_db
def test_a_page_outside_every_site_is_404(client, site_tree):
    orphan = pages.HomePageFactory(parent=Page.get_first_root_node(), slug="ngoai-site")
    assert client.get(f"/language/vi/page/{orphan.pk}/").status_code == 404


@pytest.mark.django_db
def test_a_private_translation_of_a_public_page_is_not_revealed(client, site_tree, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=site_tree["campaign_en"], restriction_type=PageViewRestriction.LOGIN)
    response = client.get(f"/language/en/page/{site_tree['campaign'].pk}/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


@pytest.mark.django_db
def test_walking_every_id_reveals_only_live_public_pages(client, hidden_pages):
    """
    What an attacker does: try every id in turn, in both languages. Every id
    a page has, and its neighbours on both sides, are tried; the ids between
    (PostgreSQL's sequences do not roll back, so after a long run they number
    thousands) answer as any unknown id does, tested above.
    """
    public_urls = {page.url for page in Page.objects.live().specific() if not page.get_view_restrictions().exists()}
    hidden_urls = {page.url for page in hidden_pages.values()}
    page_ids = set(Page.objects.values_list("pk", flat=True))
    walked = {near for page_id in page_ids for near in range(max(page_id - 2, 1), page_id + 3)}
    assert page_ids < walked
    for page_id in sorted(walked):
        for language in ("vi", "en"):
            response = client.get(f"/language/{language}/page/{page_id}/")
            assert response.status_code in (302, 404), (page_id, language, response.status_code)
            if response.status_code == 302:
                assert response["Location"] in public_urls
                assert response["Location"] not in hidden_urls
