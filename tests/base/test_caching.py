"""The public cache's generations, and pages whose translation is still a draft."""

import pytest

from safereturn.base.caching import public_cache, public_key, start_new_generation


def test_a_new_generation_hides_everything_cached_before_it():
    key = public_key("route", "vi", "/chien-dich/")
    public_cache().set(key, "old route")
    start_new_generation()
    assert public_key("route", "vi", "/chien-dich/") != key
    # A slow request that read the database before the change writes under the old key: nobody reads it again.
    public_cache().set(key, "written late")
    assert public_cache().get(public_key("route", "vi", "/chien-dich/")) is None


@pytest.mark.django_db
def test_english_site_keeps_working_while_its_home_is_a_draft(client, site_tree, django_capture_on_commit_callbacks):
    home_en = site_tree["home_en"]
    home_en.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        home_en.unpublish()
    response = client.get("/en/")
    # Like Wagtail's own routing: the untranslated home stands in until the translation is published.
    assert response.status_code == 200
    assert 'href="/en/"' not in response.content.decode().split('class="site-header__brand"')[1][:80]
