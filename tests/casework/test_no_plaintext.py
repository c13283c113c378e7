"""
Planted personal data is found nowhere it must not be: not in any column of
any table, not in the document storage, not in the log lines the configured
handlers write, not on error pages.
"""

import json
import logging
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.db import connection
from django.test import RequestFactory
from django.views.debug import get_exception_reporter_class, technical_500_response

from casework.audit import AuditEvent, record
from casework.logging import PersonalDataFilter

from .conftest import PLANTED, needles

# Built here, far from the tests, so that the debug page's source excerpts
# (seven lines around each frame's line) do not show them.
QUERY = "?q=xuyenqwz&cccd=" + PLANTED["id_number"]
REFERER_QUERY = "?ten=xuyenqwz"
DOCUMENT = (
    "Giấy xác nhận: " + PLANTED["full_name"] + ", CCCD " + PLANTED["id_number"] + ", " + PLANTED["notes"]
).encode()


def as_text(value):
    if value is None:
        return ""
    if isinstance(value, memoryview):
        value = value.tobytes()
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="ignore")
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def every_value_in_the_database():
    """(table, column, text) for every column of every row of every table."""
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608  (introspected names)
            columns = [column[0] for column in cursor.description]
            for row in cursor.fetchall():
                for column, value in zip(columns, row, strict=True):
                    yield table, column, as_text(value)


def found_in(text):
    text = text.lower()
    return [needle for needle in needles() if needle in text]


@pytest.fixture
def casework_storage(settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "casework": {**settings.STORAGES["casework"], "OPTIONS": {"location": tmp_path / "cw"}},
    }
    return storages["casework"]


@pytest.fixture
def everything_planted(planted, casework_storage, django_user_model):
    user = django_user_model.objects.create_user(username="canbo.scan", password="a long enough password")
    request = RequestFactory().get("/casework/", REMOTE_ADDR="192.0.2.20")
    request.user = user
    record(request, AuditEvent.Action.CHANGE, obj=planted, changed_fields=list(PLANTED))
    record(request, AuditEvent.Action.EXPORT, object_type=type(planted), count=1, purpose=PLANTED["notes"])
    name = casework_storage.save(PLANTED["full_name"] + ".pdf", ContentFile(DOCUMENT))
    return {"person": planted, "document": name}


def test_the_scan_would_find_a_planted_value_in_clear(person_model):
    # The scan itself can fail: a value written without encryption is found.
    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE casework_scan_probe (note text)")
        cursor.execute("INSERT INTO casework_scan_probe VALUES (%s)", ["ghi chú về xuyenqwz"])
    try:
        assert [(table, column) for table, column, text in every_value_in_the_database() if found_in(text)] == [
            ("casework_scan_probe", "note")
        ]
    finally:
        with connection.cursor() as cursor:
            cursor.execute("DROP TABLE casework_scan_probe")


def test_no_planted_value_is_in_any_column_of_any_table(everything_planted):
    tables = set()
    for table, column, text in every_value_in_the_database():
        tables.add(table)
        assert not found_in(text), f"{table}.{column} holds planted personal data"
    assert {"casework_plantedperson", "casework_keyedhash", "casework_auditevent"} <= tables


def test_no_planted_value_is_in_the_document_storage(everything_planted, casework_storage):
    files = [path for path in Path(casework_storage.location).rglob("*") if path.is_file()]
    assert len(files) == 1
    assert everything_planted["document"] == files[0].relative_to(casework_storage.location).as_posix()
    stored = files[0].read_bytes()
    for needle in needles():
        assert needle.encode() not in stored.lower()
    with casework_storage.open(everything_planted["document"]) as document:
        assert document.read() == DOCUMENT  # and it is all there


@pytest.fixture
def configured_log():
    """What the handlers configured by LOGGING write, whichever logger is used."""
    handlers = {
        handler
        for logger in (logging.getLogger(), logging.getLogger("django"), logging.getLogger("django.server"))
        for handler in logger.handlers
        if any(isinstance(f, PersonalDataFilter) for f in handler.filters)
    }
    assert len(handlers) >= 2, "LOGGING no longer puts the personal-data filter on its handlers"
    stream = StringIO()
    previous = {handler: handler.setStream(stream) for handler in handlers}
    yield stream
    for handler, old in previous.items():
        handler.setStream(old)


def test_no_planted_value_reaches_the_configured_log_handlers(everything_planted, person_model, configured_log):
    person = person_model.objects.get(pk=everything_planted["person"].pk)
    logging.getLogger("casework.views").warning(
        "Opened %s (%r), born %s", person.full_name, person.full_name, person.birth_date
    )
    logging.getLogger("some.library").error(
        f"Could not index {person.full_name.upper()} at {person.address['street']}"
    )
    logging.getLogger("django.request").warning("Not Found: %s", "/casework/tim-kiem/?q=Xuy%E1%BA%BFnqwz&ten=xuyenqwz")
    logging.getLogger("django.server").info('"%s" %s %s', "GET /casework/?cccd=079312345678 HTTP/1.1", "200", "512")
    logging.getLogger("casework").warning(
        "Call %s or %s, write to %s, CCCD %s, old ID %s, passport %s",
        "0912 345 678",
        "+84 912345678",
        "xuyenqwz.hoang@example.com",
        "079 312 345 678",
        "123456789",
        "C1234567",
    )
    try:
        raise ValueError(f"cannot save notes {person.notes}")
    except ValueError:
        logging.getLogger("django.request").exception("Internal Server Error: /casework/")
    written = configured_log.getvalue()
    assert "Opened [personal data]" in written and "Internal Server Error" in written and "Traceback" in written
    assert found_in(written) == []
    for leaked in ("0912", "912345678", "@example.com", "079 312", "123456789", "C1234567", "?q=", "?cccd"):
        assert leaked not in written, leaked


def raise_in_a_view(request, person):
    name = person.full_name  # noqa: F841  (a local variable the debug page would list)
    folded = person.full_name.upper()  # noqa: F841
    typed = request.POST.get("full_name")  # noqa: F841
    data = {"notes": str(person.notes), "address": dict(person.address)}  # noqa: F841
    raise ValueError(f"cannot save {person.id_number} for {person.full_name}")


@pytest.mark.parametrize("path", ["/casework/nguoi/moi/", "/en/some-public-page/"])
def test_error_pages_show_no_planted_value(everything_planted, person_model, settings, path):
    settings.DEBUG = True
    person = person_model.objects.get(pk=everything_planted["person"].pk)
    is_casework = path.startswith("/casework/")
    form = {"full_name": PLANTED["full_name"], "id_number": PLANTED["id_number"]} if is_casework else {"page": "2"}
    request = RequestFactory().post(path + QUERY, form, HTTP_REFERER=f"http://testserver{path}{REFERER_QUERY}")
    try:
        raise_in_a_view(request, person)
    except ValueError:
        exc_info = sys.exc_info()
    page = technical_500_response(request, *exc_info).content.decode()
    mail = get_exception_reporter_class(request)(request, *exc_info, is_email=True).get_traceback_text()
    for shown in (page, mail):
        assert "raise_in_a_view" in shown and "ValueError" in shown  # still a useful report
        assert found_in(shown) == []
        assert PLANTED["id_number"] not in shown
    assert "test-only-1:" not in page  # the keys are hidden with the other settings
