"""
The Aiken and GIFT parsers (courses.importing): pure functions of a file's text. Good files, broken files, and
every construct the importer documents: each question that can be imported, and each line that cannot, with its
number and the reason; nothing skipped in silence.
"""

from decimal import Decimal

import pytest
from django.utils import translation

from courses.importing import aiken, gift
from courses.importing.saving import check


@pytest.fixture(autouse=True)
def in_english():
    """The messages are checked in English (the catalogue's source language)."""
    with translation.override("en"):
        yield


# Aiken ---------------------------------------------------------------------------------------------------------------

AIKEN_GOOD = """\ufeffAi tiếp nhận người tự trình báo là nạn nhân?
A. Ủy ban nhân dân cấp xã
B) Tòa án nhân dân
C. Ngân hàng
ANSWER: A

Thời hạn xác minh
là bao lâu?
A. 3 ngày làm việc
B. 30 ngày
ANSWER: b
"""


def test_aiken_reads_single_choice_questions_with_their_answer():
    result = aiken.parse(AIKEN_GOOD)
    assert result.errors == []
    first, second = result.questions
    assert first.line == 1 and first.kind == "single"
    assert first.text == "Ai tiếp nhận người tự trình báo là nạn nhân?"
    assert [(o.text, o.is_correct) for o in first.options] == [
        ("Ủy ban nhân dân cấp xã", True),
        ("Tòa án nhân dân", False),
        ("Ngân hàng", False),
    ]
    assert second.line == 7 and second.text == "Thời hạn xác minh\nlà bao lâu?"
    assert [o.is_correct for o in second.options] == [False, True]  # "ANSWER: b" in lower case


def test_aiken_reports_each_broken_question_by_line_and_keeps_the_others():
    text = "\r\n".join(
        [
            "Không có đáp án?",  # 1
            "A. Một",
            "B. Hai",
            "",
            "Đáp án sai chữ?",  # 5
            "A. Một",
            "B. Hai",
            "ANSWER: C",  # 8
            "",
            "Chỉ một phương án?",  # 10
            "A. Một",
            "ANSWER: A",
            "",
            "Thứ tự sai?",  # 14
            "A. Một",
            "C. Hai",  # 16
            "ANSWER: A",
            "",
            "Dòng thừa?",  # 19
            "A. Một",
            "B. Hai",
            "ANSWER: A",
            "Thêm",  # 23
            "",
            "A. Thiếu câu hỏi",  # 25
            "B. Hai",
            "ANSWER: A",
            "",
            "Lẫn dòng?",  # 29
            "A. Một",
            "không phải phương án",  # 31
            "ANSWER: A",
            "",
            "Câu tốt?",  # 34
            "A. Có",
            "B. Không",
            "ANSWER: A",
        ]
    )
    result = aiken.parse(text)
    assert [question.line for question in result.questions] == [34]
    lines = {error.line: error.message for error in result.errors}
    assert sorted(lines) == [1, 8, 10, 16, 23, 25, 31]
    assert "ANSWER" in lines[1]
    assert "A, B" in lines[8]
    assert "two options" in lines[10]
    assert "B was expected" in lines[16]
    assert "Nothing may follow" in lines[23]
    assert "text is missing" in lines[25]
    assert "neither an option" in lines[31]


# GIFT ----------------------------------------------------------------------------------------------------------------


def parse_one(text):
    result = gift.parse(text)
    assert result.errors == [], result.errors
    (question,) = result.questions
    return question


def test_gift_true_false_with_feedback_and_title():
    question = parse_one("::Thời hạn:: Thời hạn xác minh là 3 ngày làm việc? {T#Sai rồi.#Đúng.}")
    assert question.kind == "true_false" and question.title == "Thời hạn"
    assert question.text == "Thời hạn xác minh là 3 ngày làm việc?"
    true, false = question.options
    assert true.is_correct and not false.is_correct
    assert true.feedback == "Đúng." and false.feedback == "Sai rồi."
    for answer in ("{TRUE}", "{f}", "{FALSE}"):
        assert parse_one(f"Câu hỏi? {answer}").kind == "true_false"
    assert parse_one("Câu hỏi? {F}").options[1].is_correct


def test_gift_single_choice_with_feedback_and_general_feedback():
    question = parse_one("Ai xác minh? {=Công an cấp xã #Đúng. ~Tòa án #Tòa án xét xử. ####Luật 53/2024, Điều 24.}")
    assert question.kind == "single"
    assert [(o.text, o.is_correct, o.feedback) for o in question.options] == [
        ("Công an cấp xã", True, "Đúng."),
        ("Tòa án", False, "Tòa án xét xử."),
    ]
    assert question.explanation == "Luật 53/2024, Điều 24."
    assert question.title == "Ai xác minh?"  # no ::title:: : the first words


def test_gift_multiple_choice_from_weights_with_one_penalty():
    question = parse_one(
        "Chọn các cơ quan hỗ trợ:\n{\n~%50%Sở Y tế\n~%50%Công an tỉnh\n~%-25%Tòa án\n~%-25%Ngân hàng thương mại\n}"
    )
    assert question.kind == "multiple"
    assert [(o.text, o.is_correct, o.weight) for o in question.options if o.is_correct] == [
        ("Sở Y tế", True, Decimal(50)),
        ("Công an tỉnh", True, Decimal(50)),
    ]
    assert question.penalty == Decimal("0.25")
    assert question.text == "Chọn các cơ quan hỗ trợ:"


def test_gift_short_answer_and_essay():
    short = parse_one("Tên gọi theo luật? {=cơ sở trợ giúp xã hội =cơ sở trợ giúp xã hội #Đúng}")
    assert short.kind == "short"
    assert [o.text for o in short.options] == ["cơ sở trợ giúp xã hội", "cơ sở trợ giúp xã hội"]
    assert all(o.is_correct for o in short.options) and short.options[1].feedback == "Đúng"
    essay = parse_one("Nêu cách giữ bí mật thông tin. {}")
    assert essay.kind == "essay" and essay.options == []
    assert parse_one("Viết suy nghĩ. {####Gợi ý: nêu Điều 4.}").explanation == "Gợi ý: nêu Điều 4."


def test_gift_escapes_are_read_literally():
    question = parse_one(r"1 \= 1, \{x\}, a\:b, \~ và \# \\ ? {=đáp \= án #phản \# hồi ~sai \~ thật}")
    assert question.text == r"1 = 1, {x}, a:b, ~ và # \ ?"
    assert question.options[0].text == "đáp = án" and question.options[0].feedback == "phản # hồi"
    assert question.options[1].text == "sai ~ thật"
    assert parse_one(r"::Tiêu đề\: phụ::Câu? {T}").title == "Tiêu đề: phụ"
    assert parse_one(r"Dòng một\ndòng hai {T}").text == "Dòng một\ndòng hai"


def test_gift_plain_and_moodle_formats_keep_html_as_text():
    plain = parse_one("[plain]<b>Không</b> in đậm? {=có ~không}")
    assert plain.text == "<b>Không</b> in đậm?" and plain.text_format == "plain"
    moodle = parse_one("[moodle]<i>Câu</i>? {T}")
    assert moodle.text == "<i>Câu</i>?" and moodle.text_format == "plain"


def test_gift_html_format_becomes_plain_text_and_unsafe_html_is_reported():
    question = parse_one("[html]<p>Một <b>câu</b> &amp; hỏi</p><p>dòng hai<br>dòng ba</p> {=<b>đúng</b> ~sai}")
    assert question.text == "Một câu & hỏi\ndòng hai\ndòng ba"
    assert question.options[0].text == "đúng" and question.text_format == "html"
    result = gift.parse('[html]<p>Xem ảnh <img src="a.png"></p> {T}')
    assert result.questions == [] and "image" in result.errors[0].message


def test_gift_markdown_format_drops_the_marks():
    question = parse_one("[markdown]**Đậm** và *nghiêng*, `mã`, [luật](https://example.org) {T}")
    assert question.text == "Đậm và nghiêng, mã, luật (https://example.org)"
    assert question.text_format == "markdown"


def test_gift_unsupported_and_broken_questions_are_reported_by_line():
    text = "\n".join(
        [
            "// Một chú thích: bỏ qua",  # 1
            "$CATEGORY: $course$/Tiếp nhận",  # 2
            "",
            "Ghép đôi {=Hà Nội -> Thủ đô =Huế -> Cố đô}",  # 4
            "",
            "Số? {#3:1}",  # 6
            "",
            "Từ còn thiếu {=có ~không} ở giữa câu.",  # 8
            "",
            "Không có đáp án",  # 10
            "",
            "Ngoặc chưa đóng {=a ~b",  # 12
            "",
            "[latex]Định dạng lạ {T}",  # 14
            "",
            "Hai nhóm {=a ~b} và {=c ~d}",  # 16
            "",
            "Điểm một phần {=%50%a =b}",  # 18
            "",
            "Hai phạt khác nhau {~%100%a ~%-50%b ~%-25%c}",  # 20
            "",
            "Hai đáp án đúng {=a =b ~c}",  # 22
            "",
            "::Tiêu đề chưa đóng Câu? {T}",  # 24
            "",
            "{=a ~b}",  # 26
            "",
            "Không có trọng số dương {~%-50%a ~%0%b}",  # 28
            "",
            "Câu tốt? {T}",  # 30
        ]
    )
    result = gift.parse(text)
    assert [question.line for question in result.questions] == [30]
    messages = {error.line: error.message for error in result.errors}
    assert sorted(messages) == [2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28]
    assert "Categories" in messages[2]
    assert "Matching" in messages[4]
    assert "Numerical" in messages[6]
    assert "Missing word" in messages[8]
    assert "missing" in messages[10]
    assert "not closed" in messages[12]
    assert "[latex]" in messages[14]
    assert "several answer groups" in messages[16]
    assert "partial credit" in messages[18]
    assert "different negative weights" in messages[20]
    assert "exactly one right answer" in messages[22]
    assert "title is not closed" in messages[24]
    assert "text is missing" in messages[26]
    assert "positive weight" in messages[28]
    assert all(error.excerpt for error in result.errors)


def test_gift_comments_between_questions_and_windows_line_ends():
    text = "// chú thích\r\nCâu một? {T}\r\n\r\n// chú thích\r\n\r\nCâu hai? {F}\r\n"
    result = gift.parse(text)
    assert [(q.line, q.text) for q in result.questions] == [(2, "Câu một?"), (6, "Câu hai?")]


def test_the_banks_own_rules_apply_to_parsed_questions():
    # Aiken and GIFT allow a "single choice" whose options the bank accepts; a question longer than the bank keeps
    # is reported instead of being cut.
    long_answer = "x" * 501
    result = check(gift.parse(f"Quá dài? {{={long_answer} ~b}}\n\nĐược? {{=a ~b}}"))
    assert [q.text for q in result.questions] == ["Được?"]
    assert result.errors[0].line == 1 and "500" in result.errors[0].message


def test_aiken_reports_a_27th_option_instead_of_failing():
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    options = "\n".join(f"{letter}. Phương án {letter}" for letter in letters)
    result = aiken.parse(f"Câu hỏi có quá nhiều phương án?\n{options}\nA. Thêm một\nANSWER: A\n")
    assert result.questions == []
    assert [error.line for error in result.errors] == [28]
