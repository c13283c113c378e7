import pytest


@pytest.mark.django_db
def test_pages_render(client, site_tree):
    for url in ("/", "/en/", site_tree["campaign"].url, site_tree["campaign_en"].url):
        response = client.get(url)
        assert response.status_code == 200, url
