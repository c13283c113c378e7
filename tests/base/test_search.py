"""Search finds Vietnamese text whether or not the query has its marks."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
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
def test_a_long_query_is_cut_with_a_visible_translated_note(client, indexed_site):
    response = client.get("/tim-kiem/", {"q": "x" * 2000})
    content = response.content.decode()
    assert response.status_code == 200
    assert 'id="search-shortened"' in content
    assert "chỉ 200 ký tự đầu" in content
    # What was searched for is shown, cut.
    assert f'value="{"x" * 200}"' in content
    english = client.get("/en/search/", {"q": "a" * 201}).content.decode()
    assert "only its first 200 characters" in english
    assert 'id="search-shortened"' not in client.get("/tim-kiem/", {"q": "a" * 200}).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        "'",
        "*",
        "(",
        ")",
        "[a]",
        "a AND",
        "OR",
        "NOT x",
        "NEAR(a b)",
        "a:b",
        "^",
        "-",
        "%",
        "%s",
        "\\",
        "\x00",
        "a\x00b",
        "\x1b[31m",
        "🙂",
        "  ",
    ],
)
def test_any_text_gets_a_results_page(client, indexed_site, query):
    for url in ("/tim-kiem/", "/en/search/"):
        response = client.get(url, {"q": query})
        assert response.status_code == 200, (url, query)


@pytest.mark.django_db
def test_operators_are_searched_for_as_words_only(client, indexed_site):
    content = client.get("/tim-kiem/", {"q": '"mua" (ban) nguoi*'}).content.decode()
    assert indexed_site["campaign"].title in content


@pytest.mark.django_db
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=2100))
def test_property_any_text_of_any_length_gets_a_results_page(client, indexed_site, query):
    response = client.get("/en/search/", {"q": query, "page": "2"})
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"


@pytest.mark.django_db
def test_search_results_are_never_cached(client, indexed_site):
    response = client.get("/en/search/", {"q": "trafficking"})
    assert response["Cache-Control"] == "no-store"
