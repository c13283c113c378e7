import pytest
from django.test import override_settings


@pytest.mark.django_db
def test_sitemap_lists_both_languages_with_hreflang_alternates(client, site_tree):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    campaign_vi = "http://localhost" + site_tree["campaign"].url
    campaign_en = "http://localhost" + site_tree["campaign_en"].url
    assert f"<loc>{campaign_vi}</loc>" in xml
    assert f"<loc>{campaign_en}</loc>" in xml
    assert f'hreflang="en" href="{campaign_en}"' in xml
    assert f'hreflang="vi" href="{campaign_vi}"' in xml
    assert f'hreflang="x-default" href="{campaign_vi}"' in xml


@pytest.mark.django_db
def test_robots_txt_points_at_the_sitemap_and_hides_private_areas(client, site_tree):
    body = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "expected"), [("/khong-co/", "Không tìm thấy trang"), ("/en/not-here/", "Page not found")]
)
def test_404_is_branded_and_in_the_visitors_language(client, site_tree, url, expected):
    response = client.get(url)
    assert response.status_code == 404
    content = response.content.decode()
    assert expected in content
    assert 'href="tel:111"' in content
    assert "data-quick-exit" in content


@pytest.mark.django_db
def test_500_page_is_bilingual_and_self_contained(client, site_tree):
    from safereturn.base.views import server_error

    response = server_error(None)
    content = response.content.decode()
    assert response.status_code == 500
    assert "Đã có lỗi xảy ra" in content
    assert "Something went wrong" in content
    assert 'href="tel:111"' in content


@pytest.mark.django_db
def test_language_switch_keeps_the_visitor_on_the_same_page(client, site_tree):
    campaign, campaign_en = site_tree["campaign"], site_tree["campaign_en"]
    response = client.get(f"/language/en/page/{campaign.pk}/")
    assert response.status_code == 302
    assert response["Location"] == campaign_en.url
    response = client.get(f"/language/vi/page/{campaign_en.pk}/")
    assert response["Location"] == campaign.url


@pytest.mark.django_db
def test_language_switch_without_translation_goes_to_that_languages_home(client, site_tree):
    from campaigns.factories import CampaignPageFactory

    only_vi = CampaignPageFactory(parent=site_tree["index"], slug="chi-tieng-viet")
    response = client.get(f"/language/en/page/{only_vi.pk}/")
    assert response["Location"] == "/en/"


@pytest.mark.django_db
def test_language_switch_for_views_translates_the_path(client, site_tree):
    response = client.get("/language/en/", {"next": "/tim-kiem/"})
    assert response["Location"] == "/en/search/"
    response = client.get("/language/en/", {"next": "//evil.example/"})
    assert response["Location"] == "/en/"
    # From a page that does not exist (the 404 page), to the other language's home.
    response = client.get("/language/en/", {"next": "/khong-co-trang-nay/"})
    assert response["Location"] == "/en/"
    response = client.get("/language/vi/", {"next": "/en/not-here/"})
    assert response["Location"] == "/"
    response = client.get("/language/vi/", {"next": "/en/search/?q=trafficking"})
    assert response["Location"] == "/tim-kiem/?q=trafficking"


@pytest.mark.django_db
def test_unknown_language_is_404(client, site_tree):
    assert client.get(f"/language/fr/page/{site_tree['home'].pk}/").status_code == 404


@override_settings(DEBUG=False)
@pytest.mark.django_db
def test_pages_link_hotlines_and_quick_exit_everywhere(client, site_tree):
    for url in ("/", "/en/", site_tree["campaign"].url, "/tim-kiem/"):
        content = client.get(url).content.decode()
        assert 'href="tel:111"' in content, url
        assert 'href="tel:113"' in content, url
        assert "data-quick-exit-button" in content, url
        assert 'id="main-content"' in content, url
