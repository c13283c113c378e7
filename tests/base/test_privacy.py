"""
Privacy of pages is decided exactly as Wagtail decides it, aliases included.

The hole: wagtail-localize translates a page whose parent has no English
version by creating an English *alias* of that parent. When the Vietnamese
section was later made private, the English page under the alias stayed
public: served, cached, searchable and in the sitemap.
"""

import ast
from pathlib import Path

import pytest
from wagtail.models import Page, PageViewRestriction
from wagtail.search.backends import get_search_backend
from wagtail_localize.models import TranslationSource

from campaigns import factories as pages

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def aliased_section(site_tree, locales, django_capture_on_commit_callbacks):
    """
    A Vietnamese section with one page; the section given an English alias,
    as wagtail-localize's tree synchronisation does (synctree.py), the page
    translated into English with wagtail-localize, then the Vietnamese
    section made private.
    """
    section = pages.CampaignIndexPageFactory(parent=site_tree["home"], title="Tài liệu nội bộ", slug="noi-bo")
    inner = pages.CampaignPageFactory(parent=section, title="Hướng dẫn nội bộ", slug="huong-dan-noi-bo")
    section.copy_for_translation(locales["en"], copy_parents=True, alias=True)
    source, _created = TranslationSource.get_or_create_from_instance(inner)
    inner_en, _created = source.create_or_update_translation(locales["en"], publish=True, fallback=True)
    inner_en = inner_en.specific
    inner_en.title = "Internal guidance"
    inner_en.save_revision().publish()
    section_en = inner_en.get_parent()
    for page in (section, inner, section_en, inner_en):
        get_search_backend().add(page.specific)
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    return {"section": section, "inner": inner, "section_en": section_en, "inner_en": inner_en}


@pytest.mark.django_db
def test_the_english_section_is_an_alias_of_the_vietnamese_one(aliased_section):
    # The premise of the hole: without it these tests would prove nothing.
    assert aliased_section["section_en"].alias_of_id == aliased_section["section"].pk
    assert not PageViewRestriction.objects.filter(page=aliased_section["section_en"]).exists()


@pytest.mark.django_db
def test_a_page_under_an_alias_of_a_private_section_is_not_served_to_the_public(client, aliased_section):
    for page in ("inner", "inner_en", "section_en"):
        response = client.get(aliased_section[page].url)
        assert response.status_code == 302, page
        assert "/dang-nhap/" in response["Location"] or "/sign-in/" in response["Location"]  # the staff door


@pytest.mark.django_db
def test_a_page_under_an_alias_of_a_private_section_is_not_cached(client, aliased_section):
    url = aliased_section["inner_en"].url
    client.get(url)
    assert client.get(url).status_code == 302


@pytest.mark.django_db
def test_a_page_under_an_alias_of_a_private_section_is_not_in_search(client, aliased_section):
    assert "Internal guidance" not in client.get("/en/search/", {"q": "internal guidance"}).content.decode()
    assert "Hướng dẫn nội bộ" not in client.get("/tim-kiem/", {"q": "huong dan noi bo"}).content.decode()


@pytest.mark.django_db
def test_a_page_under_an_alias_of_a_private_section_is_not_in_the_sitemap(client, aliased_section):
    content = client.get("/sitemap.xml").content.decode()
    assert aliased_section["inner_en"].full_url not in content
    assert aliased_section["section_en"].full_url not in content
    assert aliased_section["inner"].full_url not in content


@pytest.mark.django_db
def test_the_language_switch_does_not_reveal_it(client, aliased_section):
    assert client.get(f"/language/en/page/{aliased_section['inner'].pk}/").status_code == 404
    assert client.get(f"/language/vi/page/{aliased_section['inner_en'].pk}/").status_code == 404


@pytest.mark.django_db
def test_the_queryset_rule_agrees_with_wagtails_page_rule(aliased_section, site_tree):
    """public_pages() keeps exactly the pages for which Wagtail's own get_view_restrictions() is empty."""
    from safereturn.base.privacy import is_public, private_section_paths, public_pages  # noqa: F401

    expected = {page.pk for page in Page.objects.all() if not page.get_view_restrictions().exists()}
    assert set(public_pages(Page.objects.all()).values_list("pk", flat=True)) == expected
    assert aliased_section["inner_en"].pk not in expected


@pytest.mark.django_db
def test_an_alias_of_an_alias_is_private_too(aliased_section, site_tree, locales):
    from safereturn.base.privacy import is_public, private_section_paths, public_pages  # noqa: F401

    second = aliased_section["section"].create_alias(parent=site_tree["index"], update_slug="ban-sao")
    third = second.create_alias(parent=site_tree["index_en"], update_slug="copy", update_locale=locales["en"])
    assert not is_public(third) and not is_public(second)
    assert not public_pages(Page.objects.filter(pk__in=[second.pk, third.pk])).exists()


@pytest.mark.django_db
def test_a_restriction_on_an_alias_itself_is_ignored_as_wagtail_ignores_it(site_tree, locales):
    from safereturn.base.privacy import is_public, private_section_paths, public_pages  # noqa: F401

    alias = site_tree["campaign"].create_alias(parent=site_tree["index"], update_slug="ban-sao")
    PageViewRestriction.objects.create(page=alias, restriction_type=PageViewRestriction.LOGIN)
    assert is_public(alias)
    assert public_pages(Page.objects.filter(pk=alias.pk)).exists()


@pytest.mark.django_db
def test_a_moved_page_takes_the_privacy_of_its_new_section(client, aliased_section, site_tree):
    from safereturn.base.privacy import is_public, private_section_paths, public_pages  # noqa: F401

    campaign = site_tree["campaign"]
    assert is_public(campaign)
    campaign.move(aliased_section["section"], pos="last-child")
    campaign.refresh_from_db()
    assert not is_public(campaign)
    assert not public_pages(Page.objects.filter(pk=campaign.pk)).exists()
    assert private_section_paths() == [aliased_section["section"].path, aliased_section["section_en"].path]


@pytest.mark.django_db
def test_with_no_restriction_the_rule_costs_one_query(site_tree, django_assert_num_queries):
    from safereturn.base.privacy import is_public, private_section_paths, public_pages  # noqa: F401

    with django_assert_num_queries(1):
        assert private_section_paths() == []


def test_no_module_uses_wagtails_alias_blind_public_filter():
    """Every listing goes through public_pages(); `.public()` would list pages under private aliases."""
    offenders = []
    for folder in ("site", "campaigns", "courses", "casework"):
        for path in (REPO / folder).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "public":
                    offenders.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert offenders == []
