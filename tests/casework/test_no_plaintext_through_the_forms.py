"""
Distinctive values typed into every personal field of the casework forms
(registration, a linked person, a document) are then looked for, in their
written and folded forms, in every column of every table (Wagtail's search
index included), in the document storage, and in what the configured log
handlers wrote while the values were registered, listed, searched, viewed,
printed and downloaded. None may be found.
"""

import logging
from pathlib import Path

from django.apps import apps
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.urls import reverse
from wagtail.search.index import Indexed

from casework.models import Case, CaseDocument
from safereturn.base.search import fold

from .test_no_plaintext import configured_log, every_value_in_the_database  # noqa: F401  (a fixture)
from .world import build_world

# Letters only a Vietnamese keyboard types, and made-up syllables, so that a find means a leak.
PERSON = {
    "full_name": "Lưu Thị Quỳnhxơk Đoànvyz",
    "aliases": "Bé Xuyếnkhq",
    "birth_date": "17/03/1991",
    "sex": "female",
    "ethnicity": "Dântộcqzv",
    "nationality": "Quốctịchqzv",
    "id_number": "038191004417",
    "phone": "0987 654 329",
    "other_contact": "Nhắn qua chị Thơmzyq",
    "permanent_address": "Thôn Đồngxqv, xã Ýqzk",
    "current_address": "Ngõ Hẻmqzx",
    "health_notes": "Viêm phổi Bệnhqzx",
    "psychological_notes": "Hoảng sợ Tâmlýqzx",
}
FACTS = {
    "exploitation_purpose": "forced_labour",
    "route": "cross_border",
    "destination_country": "Nướcngoàiqzx",
    "trafficking_period": "Mùa Khôqzx",
    "recruitment_method": "Lời mời Tuyểnqzx",
    "circumstances": "Bị giữ ở Khuqzx",
    "support_wishes": "Nguyệnvọngqzx",
    "support_notes": "Hỗtrợqzx",
    "confidential_address": "on",
    "risk_notes": "Đedọaqzx",
}
CHILD = {"full_name": "Lưu Văn Conqzx", "birth_date": "02/02/2014", "health_notes": "Sốt Trẻqzx"}
LINK = {"role": "accompanying_minor", "relationship": "Quanhệqzx"}
DOCUMENT_TITLE = "Quyết định Giấyqzx"
DOCUMENT_NAME = "Đoànvyz-quyet-dinh.pdf"
DOCUMENT = ("%PDF-1.4\n" + PERSON["full_name"] + " " + PERSON["id_number"]).encode()

TYPED = [
    *(value for name, value in PERSON.items() if name != "sex"),
    "1991-03-17",
    "19910317",
    "0987654329",
    *(value for name, value in FACTS.items() if name not in ("exploitation_purpose", "route", "confidential_address")),
    *CHILD.values(),
    LINK["relationship"],
    DOCUMENT_TITLE,
    DOCUMENT_NAME,
]


def needles():
    words = set()
    for text in TYPED:
        words.add(text)
        # Each distinctive word alone (the made-up ones), so that a value cut in pieces is found too.
        words.update(
            word
            for word in text.replace(",", " ").split()
            if any(mark in word for mark in ("qz", "xq", "vyz", "khq", "zyq", "xơk"))
        )
    return sorted({form.lower() for text in words for form in (text, fold(text))})


def found_in(text):
    text = text.lower()
    return [needle for needle in needles() if needle in text]


def test_no_value_typed_into_a_casework_form_is_stored_or_logged_in_clear(client, db, configured_log):  # noqa: F811
    world = build_world()
    client.force_login(world.users["commune_officer"])
    data = {
        "intake-intake_channel": "handed_over_at_border",
        "intake-commune": world.units["P1"].pk,
        "intake-received_on": "01/09/2025",
        **{f"person-{name}": value for name, value in PERSON.items()},
        **{f"facts-{name}": value for name, value in FACTS.items()},
    }
    response = client.post(reverse("casework:register"), data)
    assert response.status_code == 302, response.context and [f.errors for f in response.context["forms"]]
    case = Case.objects.get(confidential_address=True)
    response = client.post(
        reverse("casework:participant_add", args=[case.pk]),
        {**{f"link-{name}": value for name, value in LINK.items()}, **{f"person-{n}": v for n, v in CHILD.items()}},
    )
    assert response.status_code == 302
    upload = SimpleUploadedFile(DOCUMENT_NAME, DOCUMENT, content_type="application/pdf")
    response = client.post(
        reverse("casework:document_upload", args=[case.pk]), {"title": DOCUMENT_TITLE, "file": upload}
    )
    assert response.status_code == 302
    # Everything reads back where it belongs...
    document = CaseDocument.objects.get(case=case)
    pages = [
        client.get(reverse("casework:case_list")),
        client.post(reverse("casework:search"), {"q": "quynhxok"}),
        client.get(reverse("casework:case_detail", args=[case.pk])),
        client.get(reverse("casework:case_print", args=[case.pk])),
    ]
    for page in pages:
        assert page.status_code == 200
    html = pages[2].content.decode()
    for value in (*[v for k, v in PERSON.items() if k != "sex"], FACTS["circumstances"], CHILD["health_notes"]):
        assert value.replace(",", ",") in html or value in html.replace("<br>", " "), value
    download = client.get(reverse("casework:document_download", args=[case.pk, document.pk]))
    assert b"".join(download.streaming_content) == DOCUMENT
    # ... and a refusal and a missing page write their log lines.
    client.force_login(world.users["other_commune_officer"])
    client.get(reverse("casework:case_detail", args=[case.pk]))
    client.get("/casework/khong-co/?q=" + PERSON["full_name"])
    client.force_login(world.users["commune_officer"])
    person = case.person
    logging.getLogger("casework.views").warning("Opened %s living at %s", person.full_name, person.current_address)

    # Nowhere in clear: no column of any table (Wagtail's search index included)...
    tables = set()
    for table, column, text in every_value_in_the_database():
        tables.add(table)
        assert not found_in(text), f"{table}.{column} holds typed personal data: {found_in(text)}"
    assert {"casework_person", "casework_case", "casework_caseparticipant", "casework_casedocument"} <= tables
    assert "wagtailsearch_indexentry" in connection.introspection.table_names()  # scanned with the others
    # ... no casework model is indexed by Wagtail's search at all...
    assert not [model for model in apps.get_app_config("casework").get_models() if issubclass(model, Indexed)]
    # ... not in the document storage (names and contents)...
    root = Path(storages["casework"].location)
    for path in root.rglob("*"):
        assert not found_in(str(path.relative_to(root)))
        if path.is_file():
            stored = path.read_bytes().lower()
            assert not [needle for needle in needles() if needle.encode() in stored], path
    # ... and not in the log.
    written = configured_log.getvalue()
    assert "Not Found" in written and "Opened [personal data]" in written
    assert found_in(written) == []
