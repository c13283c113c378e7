"""The demo's safety settings: the banner, the quick-exit address and the hotlines."""

QUICK_EXIT_URL = "https://www.google.com/"

SAFETY_SETTINGS = {
    "vi": {
        "banner_text": (
            "Nếu có người có thể đang xem máy của bạn, hãy bấm “Thoát nhanh” hoặc nhấn phím Shift ba lần."
        ),
    },
    "en": {
        "banner_text": (
            "If someone may be watching your screen, press “Exit this page” or press the Shift key three times."
        ),
    },
}

# Keyed by number so the English rows can be matched to the Vietnamese ones.
HOTLINES = [
    {
        "number": "111",
        "is_emergency": False,
        "show_in_header": True,
        "vi": ("Tổng đài quốc gia về phòng, chống mua bán người", "Miễn phí, 24/7"),
        "en": ("National hotline against human trafficking", "Free, 24/7"),
    },
    {
        "number": "113",
        "is_emergency": True,
        "show_in_header": True,
        "vi": ("Công an (khẩn cấp)", "Miễn phí, 24/7"),
        "en": ("Police emergency", "Free, 24/7"),
    },
    {
        "number": "0222 0 000 000",  # cannot be assigned: a local number never starts with 0
        "is_emergency": False,
        "show_in_header": False,
        "vi": ("Đường dây nóng của tỉnh (số minh hoạ, không gọi)", "Giờ hành chính"),
        "en": ("Provincial helpline (example number, do not call)", "Office hours"),
    },
]
