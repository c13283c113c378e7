"""The personal-data filter on its own: what it blanks, and that it never lets an unchecked line through."""

import logging

import pytest

from casework.logging import PersonalDataFilter, scrub_text
from casework.sensitive import REDACTED, SensitiveStr, forget, remember


@pytest.fixture(autouse=True)
def nothing_remembered():
    forget()
    yield
    forget()


@pytest.mark.parametrize(
    ("line", "kept", "gone"),
    [
        ("GET /casework/tim/?q=nguyen+van+a HTTP/1.1", "/casework/tim/?[query removed]", "nguyen"),
        ("Referer http://x.example/casework/?ten=dao&page=2", "/casework/?[query removed]", "dao"),
        ("write to hoa.nguyen+1@mail.example.vn please", "write to [e-mail] please", "hoa.nguyen"),
        ("call 0912 345 678.", "call [phone].", "345"),
        ("call +84 912-345-678 now", "call [phone] now", "912"),
        ("landline 0203.3812.345", "landline [phone]", "3812"),
        ("CCCD 001099012345, CMND 123456789", "CCCD [phone], CMND [number]", "123456789"),
        ("passport B12345678 expired", "passport [number] expired", "B123"),
        (
            "case 5f0c1a2b-0123-4567-8901-234567890123 saved in 35 ms",
            "5f0c1a2b-0123-4567-8901-234567890123",
            "[phone]",
        ),
        ("at 2025-11-30 10:26:00, 3 rows", "at 2025-11-30 10:26:00, 3 rows", "[number]"),
    ],
)
def test_patterns(line, kept, gone):
    scrubbed = scrub_text(line)
    assert kept in scrubbed
    assert gone not in scrubbed


def test_values_decrypted_in_this_request_are_blanked_in_any_case_and_folded():
    remember("Đặng Thị Hương", "dang thi huong")
    scrubbed = scrub_text("failed for ĐẶNG THỊ HƯƠNG (dang thi huong), Hương again, Thị kept")
    assert scrubbed == f"failed for {REDACTED} ({REDACTED}), {REDACTED} again, Thị kept"  # words under 4 letters stay
    forget()
    assert scrub_text("Hương") == "Hương"


def record(msg, *args, exc_info=None):
    return logging.LogRecord("x", logging.WARNING, __file__, 1, msg, args, exc_info)


def test_sensitive_arguments_are_blanked_even_when_never_remembered():
    entry = record("name %s and %r", SensitiveStr("Lò Văn Páo"), SensitiveStr("Lò Văn Páo"))
    PersonalDataFilter().filter(entry)
    assert entry.getMessage() == f"name {REDACTED} and '{REDACTED}'"


def test_a_line_that_cannot_be_checked_is_withheld():
    entry = record("%d items", "not a number")
    assert PersonalDataFilter().filter(entry) is True
    assert "withheld" in entry.getMessage()
