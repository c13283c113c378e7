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


def index_all(*pages):
    backend = get_search_backend()
    for page in pages:
        backend.add(page.specific)


@pytest.mark.django_db
def test_a_results_page_costs_the_same_queries_whatever_it_finds(client, site_tree, django_assert_num_queries):
    """One result of one type, or a full page of results of five types: the same number of queries."""
    from campaigns import factories

    home, index = site_tree["home"], site_tree["index"]
    index_all(*(page for page in site_tree.values() if hasattr(page, "specific")))
    articles = factories.ArticleIndexPageFactory(parent=home)
    created = [articles]
    for number in range(4):
        title = f"Cảnh giác lừa đảo {number}"
        created.append(factories.CampaignPageFactory(parent=index, title=title, slug=f"c{number}"))
        created.append(
            factories.ArticlePageFactory(parent=articles, title=f"Cảnh giác bài {number}", slug=f"a{number}")
        )
    created.append(factories.InternetSafetyPageFactory(parent=home, title="Cảnh giác khi lên mạng"))
    created.append(factories.ContentPageFactory(parent=home, title="Cảnh giác: giới thiệu", slug="gioi-thieu"))
    index_all(*created)

    client.get("/tim-kiem/", {"q": "warm up"})  # the chrome and the site are remembered after the first page
    # The locale, the private sections, the count, the results and their introductions.
    with django_assert_num_queries(5) as few:
        response = client.get("/tim-kiem/", {"q": "mua ban nguoi qua mang"})
    assert response.context["results"].paginator.count == 1
    with django_assert_num_queries(len(few.captured_queries)):
        response = client.get("/tim-kiem/", {"q": "canh giac"})
    results = response.context["results"]
    assert results.paginator.count == 11
    assert len({type(page.specific) for page in results.object_list}) >= 4
    # Each result still shows its introduction.
    content = response.content.decode()
    campaign_intro = created[1].intro
    assert campaign_intro and campaign_intro[:30] in content
