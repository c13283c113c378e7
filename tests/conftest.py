"""Fixtures shared by the whole suite: a small bilingual site."""

from io import StringIO
from unittest import mock

import pytest
from django.core import management
from django.core.cache import caches
from django.core.management import call_command
from django.core.management.sql import emit_post_migrate_signal
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.backends.base.creation import BaseDatabaseCreation
from django.utils import translation
from pytest_django.fixtures import validate_django_db
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from campaigns import factories as pages
from safereturn.base.factories import HotlineFactory, SafetySettingsFactory
from tests.databases import (
    build_migrated_template,
    copy_into_test_database,
    migrated_template,
    remove_migrated_template,
)

MIGRATED_TEMPLATE = pytest.StashKey[object]()


@pytest.hookimpl(tryfirst=True)
def pytest_sessionstart(session):
    """
    Under pytest-xdist, migrate one database before the workers start (they
    inherit where it is): each worker copies it instead of migrating its own
    (tests/databases.py). tryfirst: before xdist starts the workers.
    """
    config = session.config
    if hasattr(config, "workerinput") or not getattr(config.option, "numprocesses", None):
        return
    if migrated_template() is None:
        config.stash[MIGRATED_TEMPLATE] = build_migrated_template()


def pytest_sessionfinish(session):
    template = session.config.stash.get(MIGRATED_TEMPLATE, None)
    if template is not None:
        remove_migrated_template(template)


@pytest.fixture(autouse=True, scope="session")
def _test_database_from_the_migrated_template():
    """
    Django makes the test database by running `migrate` in it
    (BaseDatabaseCreation.create_test_db); with a migrated template, that
    call copies the template instead. Everything else Django does to make
    it (the serialized copy for rollbacks, the cache table) stays its own,
    and the post_migrate signal is sent as a migration sends it.
    """
    template = migrated_template()
    if template is None:
        yield
        return
    real_create_test_db = BaseDatabaseCreation.create_test_db
    real_call_command = management.call_command

    def migrate_by_copy(name, *args, **options):
        connection = connections[options.get("database", DEFAULT_DB_ALIAS)]
        if name == "migrate" and copy_into_test_database(template, connection):
            # As after a migration: this process's post_migrate receivers run (the test-only tables).
            emit_post_migrate_signal(verbosity=0, interactive=False, db=connection.alias)
            return None
        return real_call_command(name, *args, **options)

    def create_test_db(self, *args, **kwargs):
        # create_test_db imports call_command when it runs: patched only meanwhile.
        with mock.patch.object(management, "call_command", migrate_by_copy):
            return real_create_test_db(self, *args, **kwargs)

    with mock.patch.object(BaseDatabaseCreation, "create_test_db", create_test_db):
        yield


# Transactional tests (`transactional_db`, `django_db(transaction=True)`) commit
# for real, so Django empties every table after each one: the rows the
# migrations made go too (Wagtail's root page and default site, the groups and
# their permissions, casework's step authorities). Django's runner and
# pytest-django run such tests after all the others so that no test sees the
# emptied database; under pytest-xdist that order no longer holds, since each
# worker runs whole files (`--dist loadfile`) in the order it is handed them.
# So a transactional test puts the migrated rows back once it has emptied the
# tables: it runs with Django's serialized rollback, which keeps a copy of the
# freshly migrated database (made once, when the test database is created),
# and the copy is loaded again right after the test (a fifth of a second).
EMPTIES_THE_DATABASE = pytest.StashKey[bool]()
DB_BLOCKER = pytest.StashKey[object]()


def empties_the_database(item):
    """Whether pytest-django runs `item` as Django's TransactionTestCase, which empties every table after it."""
    marker = item.get_closest_marker("django_db")
    transactional, reset_sequences = validate_django_db(marker)[:2] if marker else (False, False)
    fixtures = getattr(item, "fixturenames", ())
    return bool(transactional or reset_sequences or "transactional_db" in fixtures or "live_server" in fixtures)


# The browser tests and the two-server tests take minutes per file; the unit tests seconds. Under pytest-xdist
# (--dist loadfile) each worker takes the next file in collection order when it is free, so the long files go
# first and the short ones fill the gaps: otherwise a long file collected last keeps one worker busy alone at
# the end while the others wait.
LONG_FILES = ("/e2e/", "/multiserver/")


def runs_long(item):
    return any(part in str(item.fspath) for part in LONG_FILES)


def demo_order(items):
    """
    The order of the short files' tests: the files that use the seeded demo (HeldDemo) come first, one after the
    other, and within each, the tests that use the database without the demo run before the others (the tests
    that use no database may run while the demo is held). Then the demo is seeded and rolled back about once per
    process. The demo's files that hold such tests come first, so that they roll back no demo seeded for another.
    """
    first_index, releases = {}, set()
    for index, item in enumerate(items):
        path = str(item.fspath)
        first_index.setdefault(path, index)
        if rolls_the_demo_back(item):
            releases.add(path)
    demo_files = {str(item.fspath) for item in items if uses_the_demo(item)}

    def key(item):
        path = str(item.fspath)
        if runs_long(item) or path not in demo_files:
            return (1, False, 0, False)
        return (0, path not in releases, first_index[path], not rolls_the_demo_back(item))

    return key


def pytest_collection_modifyitems(items):
    by_demo = demo_order(items)
    # Stable: the order of the other files, and within each file otherwise, stays.
    items.sort(key=lambda item: (not runs_long(item), *by_demo(item)))
    for item in items:
        if not empties_the_database(item):
            continue
        item.stash[EMPTIES_THE_DATABASE] = True
        marker = item.get_closest_marker("django_db")
        _, reset_sequences, databases, _, available_apps = validate_django_db(marker) if marker else (None,) * 5
        item.add_marker(
            pytest.mark.django_db(
                transaction=True,
                reset_sequences=bool(reset_sequences),
                databases=databases,
                serialized_rollback=True,
                available_apps=available_apps,
            ),
            append=False,  # before the test's own marker: get_closest_marker() finds this one
        )


@pytest.fixture(autouse=True, scope="session")
def _remember_db_blocker(request, django_db_blocker):
    request.config.stash[DB_BLOCKER] = django_db_blocker


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    try:
        return (yield)
    finally:
        # Every fixture of the test is gone by now, pytest-django's flush included (and after the last
        # test, nextitem None, the test database itself).
        held = item.config.stash.get(HELD_DEMO, None)
        if held is not None and nextitem is not None and rolls_the_demo_back(nextitem):
            held.release()
        blocker = item.config.stash.get(DB_BLOCKER, None)
        if item.stash.get(EMPTIES_THE_DATABASE, False) and blocker is not None and nextitem is not None:
            with blocker.unblock():
                for connection in connections.all():
                    if hasattr(connection, "_test_serialized_contents"):
                        connection.creation.deserialize_db_from_string(connection._test_serialized_contents)


@pytest.fixture(autouse=True)
def default_language():
    """
    Each test starts in the site's default language. LocaleMiddleware activates
    each request's language in this thread and nothing puts it back, so a test
    that asked for an English page would leave English to whichever test comes
    next (reverse() would give it /en/ addresses).
    """
    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def clear_caches():
    """Each test starts with empty caches: cached pages must never leak between tests."""
    for alias in ("default", "pages"):
        caches[alias].clear()
    yield
    for alias in ("default", "pages"):
        caches[alias].clear()


class HeldDemo:
    """
    The seeded demo (seeding takes seconds), held in one open transaction
    from the first test module that asks for it until a test that uses the
    database without it comes next (`pytest_runtest_teardown`), then rolled
    back. The demo's test modules are collected one after the other
    (`pytest_collection_modifyitems`), so each process seeds it about once
    instead of once per module. Each test's own changes roll back to a
    savepoint inside it, as usual.
    """

    def __init__(self, blocker):
        self.blocker = blocker
        self.atomic = None
        self.output = None

    def ensure(self):
        if self.atomic is None:
            with self.blocker.unblock():
                self.atomic = transaction.atomic()
                self.atomic.__enter__()
                output = StringIO()
                try:
                    call_command("seed_demo", force=True, stdout=output)
                except BaseException:
                    self.release()
                    raise
            self.output = output.getvalue()
        return self.output

    def release(self):
        if self.atomic is None:
            return
        with self.blocker.unblock():
            transaction.set_rollback(True)
            self.atomic.__exit__(None, None, None)
        self.atomic = None
        self.output = None


HELD_DEMO = pytest.StashKey[HeldDemo]()


def uses_the_demo(item):
    return "demo_site" in getattr(item, "fixturenames", ())


def uses_the_database(item):
    return "_django_db_helper" in getattr(item, "fixturenames", ()) or item.get_closest_marker("django_db") is not None


def rolls_the_demo_back(item):
    """Whether the held demo must be rolled back before `item`: it uses the database, and not the demo."""
    return uses_the_database(item) and not uses_the_demo(item)


@pytest.fixture(scope="session")
def _held_demo(request, django_db_setup, django_db_blocker):
    held = request.config.stash[HELD_DEMO] = HeldDemo(django_db_blocker)
    yield held
    held.release()  # before the test database goes (a session fixture set up before this one)


@pytest.fixture(scope="module")
def _demo_seeded_for_the_module(_held_demo):
    # Module scope: set up before any test's own transaction (function scope), so that the demo's is the outer one.
    return _held_demo.ensure()


@pytest.fixture
def demo_site(_held_demo, _demo_seeded_for_the_module):
    """
    The seeded demo, returned as the command's output (see HeldDemo). Tests
    that use it must also ask for `db`.
    """
    assert _held_demo.atomic is not None, "The demo was rolled back within its module: see demo_order()."
    return _held_demo.output


def publish(page):
    page.save_revision().publish()
    return page


def translate(page, locale, **fields):
    """Create the translation of `page` in `locale` with the given fields, published."""
    translation = page.copy_for_translation(locale, copy_parents=True)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return publish(translation)


@pytest.fixture
def locales(db):
    vi = Locale.objects.get_or_create(language_code="vi")[0]
    en = Locale.objects.get_or_create(language_code="en")[0]
    return {"vi": vi, "en": en}


@pytest.fixture
def site_tree(locales):
    """
    Root → HomePage (vi, the default site's root) → campaign index → one campaign,
    each translated into English, and the safety settings with two hotlines.
    """
    root = Page.get_first_root_node()
    home = pages.HomePageFactory(parent=root, slug="trang-chu", locale=locales["vi"])
    site = Site.objects.get(is_default_site=True)
    old_root = site.root_page
    site.root_page = home
    site.save()
    if old_root.pk != home.pk and old_root.depth == 2:
        old_root.delete()

    index = pages.CampaignIndexPageFactory(parent=home)
    campaign = pages.CampaignPageFactory(
        parent=index,
        title="Phòng chống mua bán người qua mạng",
        slug="mua-ban-nguoi-qua-mang",
        intro="Đường dây nóng 111 tiếp nhận tin báo về mua bán người.",
        body=[("text", RichText("<p>Cảnh giác với lời mời việc nhẹ, lương cao ở nước ngoài.</p>"))],
    )
    home_en = translate(home, locales["en"], title="Safe Return", slug="home", intro="Prevent human trafficking.")
    index_en = translate(index, locales["en"], title="Campaigns", slug="campaigns")
    campaign_en = translate(
        campaign,
        locales["en"],
        title="Online trafficking: stay alert",
        slug="online-trafficking",
        intro="Hotline 111 takes reports of human trafficking.",
    )

    safety = SafetySettingsFactory()
    HotlineFactory(settings=safety, number="111", sort_order=0)
    HotlineFactory(settings=safety, number="113", label="Công an", label_en="Police", is_emergency=True, sort_order=1)

    return {
        "home": home,
        "index": index,
        "campaign": campaign,
        "home_en": home_en,
        "index_en": index_en,
        "campaign_en": campaign_en,
        "safety": safety,
    }
