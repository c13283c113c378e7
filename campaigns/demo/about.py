"""
The pages a visitor expects on any public site: privacy (what the site stores
about them: nothing) and the accessibility statement.

The accessibility statement's contact for reporting a barrier is left empty:
an address or number nobody answers would be an invented contact. The page
then says honestly that none has been published yet (see
AccessibilityStatementPage); an editor fills the fields in when the province
has a real one.
"""

from campaigns.models import AccessibilityStatementPage, ContentPage

from .specs import PageSpec
from .streams import call_to_action, h2, p, stream, text, ul
from .wording import LEGAL_CHECKED_ON


def privacy_vi(ctx):
    return {
        "title": "Quyền riêng tư",
        "seo_title": "Trang web này lưu gì về bạn",
        "search_description": (
            "Trang web không lưu thông tin gì về người đọc: không tài khoản, không cookie, không công cụ thống kê. "
            "Phần tự kiểm tra lời mời việc làm không gửi câu trả lời đi đâu."
        ),
        "show_in_menus": True,
        "intro": (
            "Trang web này không lưu thông tin gì về bạn. Trang này giải thích điều đó có nghĩa là gì, và những gì "
            "vẫn có thể để lại dấu vết."
        ),
        "legal_checked_on": LEGAL_CHECKED_ON,
        "body": stream(
            text(
                h2("Trang web lưu gì về bạn"),
                p(
                    "Không có gì. Bạn không cần tài khoản để đọc. Trang không đặt cookie, không dùng công cụ thống kê "
                    "hay quảng cáo, và không tải gì từ trang web khác (phông chữ, video, nút mạng xã hội)."
                ),
                h2("Phần tự kiểm tra lời mời việc làm"),
                p(
                    "Điểm của bạn được tính ngay trên máy của bạn. Câu trả lời không được gửi đi đâu, và trang không "
                    "lưu chúng lại."
                ),
                h2("Những gì vẫn có thể để lại dấu vết"),
                ul(
                    "Lịch sử của trình duyệt trên máy bạn, nếu bạn không dùng chế độ ẩn danh.",
                    "Nhà mạng, hoặc người quản lý mạng Wi-Fi bạn đang dùng, có thể biết bạn đã vào trang web này.",
                    "Như mọi trang web, máy chủ phục vụ trang có thể ghi lại lượt truy cập ở mức kỹ thuật (thời "
                    "điểm, địa chỉ mạng), tùy cách đơn vị vận hành cài đặt.",
                ),
                h2("Khi bạn gọi 111"),
                p(
                    "Cuộc gọi đến Tổng đài 111 được ghi âm tự động, nên đừng coi đó là cuộc gọi ẩn danh. Tổng đài "
                    "chuyển "
                    "tin báo đến cơ quan công an, Bộ đội Biên phòng, Cảnh sát biển hoặc Ủy ban nhân dân cấp xã. Pháp "
                    "luật nghiêm cấm đe dọa, trả thù người tố giác, báo tin về mua bán người."
                ),
            ),
            call_to_action(
                "Xem trang này an toàn hơn",
                "Cách dùng chế độ ẩn danh, xóa lịch sử, và nút “Thoát nhanh” làm được gì.",
                "An toàn khi lên mạng",
                ctx.page("internet_safety"),
            ),
        ),
    }


def privacy_en(ctx):
    return {
        "title": "Privacy",
        "seo_title": "What this site keeps about you",
        "search_description": (
            "This site keeps nothing about its readers: no account, no cookie, no analytics. The job-offer "
            "self-check sends your answers nowhere."
        ),
        "show_in_menus": True,
        "intro": (
            "This site keeps nothing about you. This page explains what that means, and what can still leave a trace."
        ),
        "legal_checked_on": LEGAL_CHECKED_ON,
        "body": stream(
            text(
                h2("What the site keeps about you"),
                p(
                    "Nothing. You need no account to read it. The site sets no cookies, uses no analytics or "
                    "advertising, and loads nothing from other websites (fonts, videos, social media buttons)."
                ),
                h2("The job-offer self-check"),
                p(
                    "Your score is worked out on your own device. Your answers are not sent anywhere, and the site "
                    "does not store them."
                ),
                h2("What can still leave a trace"),
                ul(
                    "Your browser's history on your device, unless you use private browsing.",
                    "Your mobile network, or whoever runs the Wi-Fi network you are using, may be able to see that "
                    "you visited this site.",
                    "Like any website, the server that delivers the pages may record visits at a technical level "
                    "(time, network address), depending on how it is run.",
                ),
                h2("When you call 111"),
                p(
                    "Calls to the 111 hotline are recorded automatically, so do not think of a call as anonymous. The "
                    "hotline passes reports on to the police, the Border Guard, the Coast Guard or the commune "
                    "People's Committee. The law forbids threatening or retaliating against anyone who reports "
                    "trafficking."
                ),
            ),
            call_to_action(
                "Browse this site more safely",
                "How to use private browsing, clear your history, and what “Exit this page” can do.",
                "Staying safe online",
                ctx.page("internet_safety"),
            ),
        ),
    }


def accessibility_vi(ctx):
    return {
        "title": "Khả năng tiếp cận",
        "seo_title": "Tuyên bố về khả năng tiếp cận của trang web",
        "search_description": (
            "Trang web này làm gì để mọi người đều dùng được, kể cả người dùng trình đọc màn hình hay chỉ dùng bàn "
            "phím, những gì chưa làm được, và cách báo khi gặp khó khăn."
        ),
        "show_in_menus": True,
        "intro": (
            "Chúng tôi muốn mọi người đều dùng được trang web này: trên điện thoại cũ, khi mạng chậm, với trình đọc "
            "màn hình hay chỉ với bàn phím."
        ),
        "body": stream(
            text(
                h2("Trang web làm được gì"),
                ul(
                    "Mọi trang đều đọc được khi trình duyệt tắt JavaScript, và trên màn hình chỉ rộng 360 điểm ảnh.",
                    "Mọi ảnh đều có lời mô tả bằng chữ cho người không nhìn thấy ảnh.",
                    "Trang web được làm để dùng được bằng bàn phím. Ở đầu mỗi trang có liên kết “Chuyển đến nội dung "
                    "chính”.",
                    "Các trang được kiểm tra tự động theo tiêu chuẩn WCAG 2.2, mức AA, bằng công cụ axe-core.",
                    "Các tài liệu tải về là tệp văn bản thường, đọc được bằng trình đọc màn hình.",
                ),
                h2("Những gì chưa làm được"),
                p(
                    "Kiểm tra tự động không phát hiện được mọi khó khăn. Tài liệu mà biên tập viên tải lên sau này, "
                    "như tệp PDF, có thể chưa dễ đọc bằng trình đọc màn hình. Nếu phần nào của trang web không dùng "
                    "được với bạn, chúng tôi muốn được biết."
                ),
            ),
        ),
    }


def accessibility_en(ctx):
    return {
        "title": "Accessibility",
        "seo_title": "Accessibility statement",
        "search_description": (
            "What this site does so that everyone can use it, including people who use a screen reader or only a "
            "keyboard, what it does not do yet, and how to report a problem."
        ),
        "show_in_menus": True,
        "intro": (
            "We want everyone to be able to use this site: on an old phone, on a slow connection, with a screen "
            "reader or with a keyboard only."
        ),
        "body": stream(
            text(
                h2("What the site does"),
                ul(
                    "Every page can be read with JavaScript switched off, and on a screen only 360 pixels wide.",
                    "Every image has a text description for people who cannot see it.",
                    "The site is built to be used with a keyboard. Each page starts with a “Skip to main content” "
                    "link.",
                    "The pages are checked automatically against WCAG 2.2, level AA, with the axe-core tool.",
                    "The documents to download are plain text files, readable with a screen reader.",
                ),
                h2("What it does not do yet"),
                p(
                    "Automatic checks cannot find every problem. Documents that editors upload later, such as PDF "
                    "files, may not be easy to read with a screen reader. If any part of this site does not work for "
                    "you, we want to know."
                ),
            ),
        ),
    }


SPECS = [
    PageSpec(
        "privacy",
        ContentPage,
        "home",
        {"vi": "quyen-rieng-tu", "en": "privacy"},
        {"vi": privacy_vi, "en": privacy_en},
    ),
    PageSpec(
        "accessibility",
        AccessibilityStatementPage,
        "home",
        {"vi": "kha-nang-tiep-can", "en": "accessibility"},
        {"vi": accessibility_vi, "en": accessibility_en},
    ),
]
