"""
The demo's safety settings: the banner, the quick-exit address and the hotlines.

Only the two national numbers: 111 (the national hotline that takes reports
of trafficking) and 113 (police emergency). No provincial line is invented:
an editor adds one under Settings → Hotlines and safety when it exists. Both
numbers work only from within Viet Nam, and their availability says so.

The banner does not mention the Shift shortcut: that hint belongs to the
quick-exit script, which shows it only where it works.
"""

QUICK_EXIT_URL = "https://www.google.com/"

SAFETY_SETTINGS = {
    "vi": {
        "banner_text": "Nếu có người có thể đang xem máy của bạn, hãy bấm “Thoát nhanh” để rời trang này ngay.",
    },
    "en": {
        "banner_text": "If someone may be watching your screen, press “Exit this page” to leave this page at once.",
    },
}

# Each line in both languages: (label, availability).
HOTLINES = [
    {
        "number": "111",
        "is_emergency": False,
        "show_in_header": True,
        "vi": ("Tổng đài quốc gia về phòng, chống mua bán người", "Miễn phí, 24/7; chỉ gọi được ở Việt Nam"),
        "en": ("National hotline against human trafficking", "Free, 24/7; only from within Viet Nam"),
    },
    {
        "number": "113",
        "is_emergency": True,
        "show_in_header": True,
        "vi": ("Công an (khẩn cấp)", "Khi có người đang gặp nguy hiểm; chỉ gọi được ở Việt Nam"),
        "en": ("Police emergency", "When someone is in danger; only from within Viet Nam"),
    },
]
