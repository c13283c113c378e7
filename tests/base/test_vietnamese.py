"""The law's tone-mark style: "hóa", "khỏe", "tùy", "Ủy", never "hoá", "khoẻ", "tuỳ", "Uỷ"."""

import pytest

from safereturn.base.vietnamese import law_tone_marks, tone_mark_violations


@pytest.mark.parametrize(
    ("written", "law"),
    [
        ("hoá", "hóa"),
        ("Hoá", "Hóa"),
        ("khoẻ", "khỏe"),
        ("tuỳ", "tùy"),
        ("Uỷ ban", "Ủy ban"),
        ("UỶ BAN", "ỦY BAN"),
        ("thuỷ", "thủy"),
        ("huỷ", "hủy"),
        ("xoá bỏ", "xóa bỏ"),
        ("doạ", "dọa"),
        ("toà án", "tòa án"),
        ("hoà bình, khoẻ mạnh", "hòa bình, khỏe mạnh"),
    ],
)
def test_the_mark_moves_to_the_first_vowel_of_an_open_oa_oe_uy(written, law):
    assert law_tone_marks(written) == law
    assert tone_mark_violations(written)
    assert not tone_mark_violations(law)


@pytest.mark.parametrize(
    "word",
    ["quý", "quả", "hoàn", "khoản", "thuyền", "khuya", "ngoẹo", "đoàn", "lòe loẹt", "hóa", "ý", "Quỳnh", "hoạt"],
)
def test_other_syllables_are_left_alone(word):
    assert law_tone_marks(word) == word
    assert tone_mark_violations(word) == []


def test_text_without_vietnamese_is_unchanged():
    assert law_tone_marks("Publish %(count)s pages <b>now</b>") == "Publish %(count)s pages <b>now</b>"
    assert law_tone_marks("") == ""
