"""The personal-details warning on essays (courses.pii): examples that must warn, and examples that must not."""

import pytest

from courses.pii import find_personal_details, warning_kinds

MUST_WARN = [
    ("Số CCCD của chị là 001203004567.", "citizen_id", "001203004567"),
    ("CCCD: 001 203 004 567", "citizen_id", "001 203 004 567"),
    ("CCCD 0012 0300 4567 cấp năm 2021", "citizen_id", "0012 0300 4567"),
    ("Chứng minh nhân dân số 123456789", "old_id", "123456789"),
    ("CMND 123 456 789", "old_id", "123 456 789"),
    ("Gọi cho anh ấy: 0912345678", "mobile", "0912345678"),
    ("Số 0912 345 678 của mẹ", "mobile", "0912 345 678"),
    ("Zalo 0987.654.321", "mobile", "0987.654.321"),
    ("Số 0358-123-456", "mobile", "0358-123-456"),
    ("điện thoại +84 912 345 678", "mobile", "+84 912 345 678"),
    ("điện thoại +84912345678", "mobile", "+84912345678"),
    ("Máy bàn 024 3825 1234", "landline", "024 3825 1234"),
    ("Máy bàn 02438251234", "landline", "02438251234"),
    ("Gọi 0236 3821 123", "landline", "0236 3821 123"),
    ("Nguyễn Văn An đã đến xã.", "name", "Nguyễn Văn An"),
    ("Chị Lê Thị Hồng Nhung kể lại.", "name", "Lê Thị Hồng Nhung"),
    ("Em Trần Bình bị giữ hộ chiếu.", "name", "Trần Bình"),
    ("Gặp ông Đặng Quốc Việt tại trạm.", "name", "Đặng Quốc Việt"),
    ("Bà Hồ Thị Mai ở Hà Tĩnh.", "name", "Hồ Thị Mai"),
]

MUST_NOT_WARN = [
    "Luật Phòng, chống mua bán người số 53/2024/QH15 có hiệu lực từ ngày 01/07/2025.",
    "Gọi 111 (miễn phí) hoặc 113 khi khẩn cấp.",
    "Ủy ban nhân dân cấp xã tiếp nhận và xác minh trong 3 ngày làm việc.",
    "Sở Y tế và Công an tỉnh phối hợp với Hội Liên hiệp Phụ nữ.",
    "Người đó được đưa về Thành phố Hồ Chí Minh rồi về Hà Nội.",
    "Khoản vay 1.000.000.000 đồng được Ngân hàng Chính sách xã hội xem xét.",
    "Mã hồ sơ 1234567890123 (13 chữ số) không phải số định danh.",
    "Năm 2024, 12 người được hỗ trợ; 9 người đã về nhà.",
    "Tôi không ghi tên. Người Nguyễn nào cũng vậy.",
    "NGUYỄN VĂN AN viết in hoa không phải là cách ghi tên trong bài.",
    "Số tiền 123.456.789 đồng là giả định.",
    "Lê là một họ phổ biến; trần nhà bị dột.",
    "Ngày 12/03/2024 lúc 10:30.",
    "",
]


@pytest.mark.parametrize(("text", "kind", "found"), MUST_WARN)
def test_real_persons_details_warn(text, kind, found):
    findings = find_personal_details(text)
    assert [(finding.kind, text[finding.start : finding.end]) for finding in findings] == [(kind, found)]


@pytest.mark.parametrize("text", MUST_NOT_WARN)
def test_ordinary_text_about_cases_does_not_warn(text):
    assert find_personal_details(text) == []


def test_several_details_are_each_named_once_in_a_fixed_order():
    text = "Nguyễn Thị Lan, CCCD 001203004567, số 0912345678, em gái Nguyễn Thị Hoa."
    assert warning_kinds(text) == ["citizen_id", "mobile", "name"]


def test_text_in_decomposed_unicode_is_read_like_composed_text():
    import unicodedata

    assert warning_kinds(unicodedata.normalize("NFD", "Chị Nguyễn Thị Lan")) == ["name"]
