"""Search finds Vietnamese text whether or not the query has its marks."""

import pytest
from wagtail.search.backends import get_search_backend

from safereturn.base.search import fold


def test_fold_removes_marks_and_folds_d():
    assert fold("Phòng, chống MUA BÁN NGƯỜI") == "phong, chong mua ban nguoi"
    assert fold("Đường dây nóng") == "duong day nong"
    assert fold("") == ""
    assert fold(None) == ""


@pytest.fixture
def indexed_site(site_tree):
    backend = get_search_backend()
    for page in site_tree.values():
        if hasattr(page, "folded_title"):
            backend.add(page)
    return site_tree


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    ["mua bán người", "mua ban nguoi", "MUA BAN NGUOI", "duong day nong", "Đường dây nóng", "viec nhe luong cao"],
)
def test_search_finds_page_with_or_without_diacritics(client, indexed_site, query):
    response = client.get("/tim-kiem/", {"q": query})
    assert response.status_code == 200
    assert indexed_site["campaign"].title in response.content.decode()


@pytest.mark.django_db
def test_search_stays_in_the_active_language(client, indexed_site):
    response = client.get("/en/search/", {"q": "trafficking"})
    content = response.content.decode()
    assert indexed_site["campaign_en"].title in content
    assert indexed_site["campaign"].title not in content


@pytest.mark.django_db
def test_search_without_results_says_so(client, indexed_site):
    response = client.get("/en/search/", {"q": "zzzz-nothing"})
    assert "0 results" in response.content.decode()


@pytest.mark.django_db
def test_search_rejects_overlong_query_with_translated_error(client, indexed_site):
    response = client.get("/tim-kiem/", {"q": "a" * 201})
    assert response.status_code == 200
    assert "quá dài" in response.content.decode()


@pytest.mark.django_db
def test_search_results_are_never_cached(client, indexed_site):
    response = client.get("/en/search/", {"q": "trafficking"})
    assert response["Cache-Control"] == "no-store"
