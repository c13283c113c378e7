"""
The practical pages: the job-offer self-check, browsing safely, and how to
report and get support.

The self-check's weights follow the page model: 1 point for a warning sign,
3 for a serious one. The three serious signs of docs/content.md (a passport
kept "for safety", an irregular border crossing, secrecy from the family) are
marked serious, so a single "yes" to any of them leads to the strongest
advice, "do not go until you have checked". The results start at 0, 1 and 5
points: 0 points is the only score told that no sign was found, any single
warning sign already reads as a warning, and five warning signs read like a
serious one.

Statements about the law follow docs/domain.md (Law 53/2024 Art. 37 for who
is entitled to what) and stay general where the sources are not settled
(amounts, transitional rules).
"""

from campaigns.models import ContentPage, InternetSafetyPage, ReportPage, SelfCheckPage

from .specs import PageSpec
from .streams import call_to_action, document, faq, h2, hotline, image, ol, p, page_link, stream, text, ul
from .wording import ABROAD_EN, ABROAD_VI, LAW_EN, LAW_VI, LEGAL_CHECKED_ON

WARNING = ("1", False)
SERIOUS = ("3", True)


def _questions(items):
    return [
        {"type": "question", "value": {"question": q, "why": why, "weight": kind[0], "serious": kind[1]}}
        for q, why, kind in items
    ]


def _results(items):
    return [
        {"type": "result", "value": {"minimum_score": score, "heading": heading, "advice": advice}}
        for score, heading, advice in items
    ]


def _link(ctx, key, label):
    return page_link(ctx.page(key), label)


def self_check_vi(ctx):
    return {
        "title": "Kiểm tra lời mời việc làm",
        "seo_title": "Tự kiểm tra một lời mời việc làm",
        "search_description": (
            "Mười câu hỏi có hoặc không giúp bạn nhận ra dấu hiệu lừa đảo, mua bán người trong một lời mời việc "
            "làm. Câu trả lời không được gửi đi hay lưu lại."
        ),
        "show_in_menus": True,
        "intro": (
            "Trả lời “có” hoặc “không” cho từng câu hỏi về lời mời bạn nhận được. Mỗi câu trả lời “có” là một dấu "
            "hiệu cần cân nhắc, và có những dấu hiệu nghiêm trọng mà chỉ một cũng đủ để dừng lại. Kết quả chỉ để "
            "tham khảo: khi còn băn khoăn, hãy gọi 111."
        ),
        "legal_checked_on": LEGAL_CHECKED_ON,
        "questions": _questions(
            [
                (
                    "Mức lương được hứa cao hơn hẳn những việc tương tự, dù không cần kinh nghiệm hay ngoại ngữ?",
                    "Lương cao bất thường có thể là mồi nhử của một đường dây lừa đảo.",
                    WARNING,
                ),
                (
                    "Người tuyển dụng chỉ liên lạc qua Facebook, Zalo hoặc Telegram, không có văn phòng hay tên công "
                    "ty để kiểm tra?",
                    "Khi có chuyện, bạn không biết tìm ai và ở đâu.",
                    WARNING,
                ),
                (
                    "Người giới thiệu là người mới quen trên mạng, hoặc người quen lâu không gặp bỗng nhiên rủ đi?",
                    "Kẻ mua bán người có thể tiếp cận qua những mối quan hệ như thế, vì chúng dễ tạo lòng tin.",
                    WARNING,
                ),
                (
                    "Bạn phải nộp tiền (phí giữ chỗ, phí hồ sơ, tiền vé) trước khi được xem hoặc ký hợp đồng?",
                    "Tiền đã chuyển mà không có hợp đồng thì bạn không có giấy tờ gì để đòi lại.",
                    WARNING,
                ),
                (
                    "Không có hợp đồng bằng văn bản, hoặc hợp đồng viết bằng thứ tiếng bạn không đọc được?",
                    "Không có hợp đồng rõ ràng, bạn không có gì để đòi lương hay đòi về.",
                    WARNING,
                ),
                (
                    "Người ta cho vay tiền đi đường hoặc trả trước chi phí, rồi sẽ trừ dần vào lương?",
                    "Món nợ có thể bị dùng để giữ chân người lao động và ép họ làm không công.",
                    WARNING,
                ),
                (
                    "Nơi làm việc hoặc nơi ở không rõ ràng, chỉ được bảo “sang đến nơi sẽ biết”?",
                    "Nếu không biết mình sẽ ở đâu, gia đình cũng không thể tìm bạn.",
                    WARNING,
                ),
                (
                    "Bạn sẽ đi bằng thị thực du lịch, hoặc được hướng dẫn qua biên giới không qua cửa khẩu?",
                    "Một công việc thật không cần bạn đi bằng thị thực du lịch hay qua đường mòn. Đi như vậy, không "
                    "ai biết bạn đang ở đâu. Nếu chuyện đã xảy ra: người bị mua bán vẫn được hỗ trợ, dù đã đi bằng "
                    "cách nào.",
                    SERIOUS,
                ),
                (
                    "Người ta nói sẽ giữ hộ chiếu hoặc căn cước của bạn “cho an toàn”?",
                    "Ai giữ giấy tờ tùy thân của bạn thì có thể giữ cả bạn: không có giấy tờ, bạn không thể tự rời "
                    "đi.",
                    SERIOUS,
                ),
                (
                    "Bạn được dặn không nói cho gia đình biết bạn đi đâu, làm cho ai?",
                    "Bắt bạn giữ bí mật là cách kẻ xấu cắt đứt mọi đường cầu cứu của bạn.",
                    SERIOUS,
                ),
            ]
        ),
        "results": _results(
            [
                (
                    0,
                    "Bạn chưa trả lời “có” với câu nào",
                    "Lời mời này chưa có dấu hiệu nào trong danh sách. Danh sách không kể hết mọi thủ đoạn, nên "
                    "trước khi đi, hãy gặp người tuyển dụng trực tiếp, đọc kỹ hợp đồng, tự giữ giấy tờ của mình và "
                    "để lại cho gia đình địa chỉ, số điện thoại nơi bạn sẽ làm việc.",
                ),
                (
                    1,
                    "Có dấu hiệu cảnh báo: đừng vội",
                    "Lời mời này có điểm đáng ngờ. Đừng nộp tiền, đừng giao giấy tờ, đừng đi gấp. Hỏi thêm thông "
                    "tin; nếu là việc ở nước ngoài, hỏi Sở Nội vụ xem doanh nghiệp có được phép đưa người lao động "
                    "đi làm việc ở nước ngoài không; và bàn với gia đình. Nếu nghi ngờ có dấu hiệu mua bán người, hãy "
                    "gọi 111 để báo tin.",
                ),
                (
                    5,
                    "Đừng đi khi chưa kiểm tra kỹ",
                    "Lời mời này có dấu hiệu nghiêm trọng của lừa đảo và mua bán người. Đừng đi cho đến khi bạn đã "
                    "kiểm tra kỹ. Đừng chuyển thêm tiền, đừng giao giấy tờ. Lưu lại tin nhắn, số điện thoại, tài "
                    "khoản của người tuyển dụng, rồi gọi 111 để báo tin hoặc báo cơ quan công an nơi bạn ở. "
                    + ABROAD_VI,
                ),
            ]
        ),
        "what_to_do": stream(
            hotline(
                "Còn băn khoăn? Gọi 111",
                "Tổng đài 111 tiếp nhận tin báo về mua bán người, miễn phí, 24/7. Bạn không cần chắc chắn mới được "
                "gọi: hãy kể về lời mời bạn nhận được. " + ABROAD_VI,
            ),
            text(
                p(
                    "Dù kết quả thế nào, hãy luôn tự giữ hộ chiếu và căn cước, để lại cho gia đình tên, địa chỉ, số "
                    "điện thoại của nơi làm việc, và hẹn một lịch liên lạc đều đặn với người thân."
                ),
                p(f"Muốn hiểu thêm về các thủ đoạn? Xem {_link(ctx, 'campaigns', 'các chiến dịch')}."),
            ),
        ),
    }


def self_check_en(ctx):
    return {
        "title": "Check a job offer",
        "seo_title": "Check a job offer yourself",
        "search_description": (
            "Ten yes-or-no questions to help you spot the signs of a scam or of trafficking in a job offer. Your "
            "answers are never sent or stored."
        ),
        "show_in_menus": True,
        "intro": (
            "Answer “yes” or “no” to each question about the offer you received. Each “yes” is a sign to think "
            "about, and some signs are so serious that one alone is reason enough to stop. The result is only a "
            "guide: if you are still unsure, call 111."
        ),
        "legal_checked_on": LEGAL_CHECKED_ON,
        "questions": _questions(
            [
                (
                    "Is the pay much higher than for similar work, even though no experience or languages are needed?",
                    "Unusually high pay can be the bait of a fraudulent recruiter.",
                    WARNING,
                ),
                (
                    "Is the recruiter only reachable through Facebook, Zalo or Telegram, with no office or company "
                    "name you can check?",
                    "If something goes wrong, you will not know whom to look for, or where.",
                    WARNING,
                ),
                (
                    "Is the person offering the job someone you met online recently, or an old acquaintance who "
                    "suddenly got in touch?",
                    "Traffickers can approach people through relationships like these, because trust comes easily.",
                    WARNING,
                ),
                (
                    "Do you have to pay (a deposit, a file fee, a ticket) before you can see or sign a contract?",
                    "Money paid without a contract leaves you with no paper to claim it back.",
                    WARNING,
                ),
                (
                    "Is there no written contract, or is it in a language you cannot read?",
                    "Without a clear contract you have nothing to rely on to claim your wages or to come home.",
                    WARNING,
                ),
                (
                    "Will someone lend you the travel money or pay costs up front, to be deducted from your wages?",
                    "Debt can be used to keep workers from leaving and to make them work for nothing.",
                    WARNING,
                ),
                (
                    "Are the workplace or the housing vague, with only “you'll see when you get there”?",
                    "If you do not know where you will be, your family cannot find you either.",
                    WARNING,
                ),
                (
                    "Will you travel on a tourist visa, or be guided across the border away from a border gate?",
                    "A real job does not need you to travel on a tourist visa or along forest paths. Travelling that "
                    "way, nobody knows where you are. If it has already happened: people who were trafficked are "
                    "supported, however they left.",
                    SERIOUS,
                ),
                (
                    "Have you been told someone will keep your passport or ID card “to keep it safe”?",
                    "Whoever keeps your identity papers can keep you: without them you cannot leave on your own.",
                    SERIOUS,
                ),
                (
                    "Have you been told not to tell your family where you are going or whom you will work for?",
                    "Secrecy lets the people behind the offer cut off every way you could ask for help.",
                    SERIOUS,
                ),
            ]
        ),
        "results": _results(
            [
                (
                    0,
                    "You did not answer “yes” to any question",
                    "This offer shows none of the signs on the list. The list cannot cover every trick, so before you "
                    "go, meet the recruiter in person, read the contract carefully, keep your own papers, and leave "
                    "your family the address and phone number of your workplace.",
                ),
                (
                    1,
                    "There are warning signs: do not rush",
                    "Something about this offer is suspicious. Do not pay, do not hand over your papers, do not rush. "
                    "Ask for more information; if the job is abroad, ask the provincial Department of Home Affairs "
                    "whether the company may send workers abroad; and talk it over with your family. If you suspect "
                    "trafficking, call 111 to "
                    "report it.",
                ),
                (
                    5,
                    "Do not go until you have checked",
                    "This offer shows serious signs of a scam and of trafficking. Do not go until you have checked it "
                    "thoroughly. Do not send any more money or hand over your papers. Keep the recruiter's messages, "
                    "phone numbers and accounts, then call 111 to report it, or report it to the police where you "
                    "live. " + ABROAD_EN,
                ),
            ]
        ),
        "what_to_do": stream(
            hotline(
                "Still unsure? Call 111",
                "The 111 hotline takes reports about trafficking, free, 24/7. You do not need to be sure before you "
                "call: tell them about the offer you received. " + ABROAD_EN,
            ),
            text(
                p(
                    "Whatever the result, always keep your own passport and ID card, leave your family the name, "
                    "address and phone number of your workplace, and agree on regular times to be in touch."
                ),
                p(f"Want to know more about the tricks used? See {_link(ctx, 'campaigns', 'our campaigns')}."),
            ),
        ),
    }


def internet_safety_vi(ctx):
    return {
        "title": "An toàn khi lên mạng",
        "seo_title": "Xem trang này an toàn hơn",
        "search_description": (
            "Nút Thoát nhanh làm được gì và không làm được gì, cách duyệt web ẩn danh, xóa lịch sử, dùng điện "
            "thoại chung và nhắn tin Zalo, Facebook an toàn hơn."
        ),
        "show_in_menus": False,
        "intro": (
            "Nếu có người có thể xem điện thoại hoặc máy tính của bạn, vài thói quen nhỏ giúp bạn tìm thông tin an "
            "toàn hơn. Trang này cũng nói rõ nút “Thoát nhanh” làm được gì, và không làm được gì."
        ),
        "legal_checked_on": LEGAL_CHECKED_ON,
        "body": stream(
            text(
                h2("Nút “Thoát nhanh” làm được gì"),
                p(
                    "Khi bạn bấm nút “Thoát nhanh” ở đầu trang, trang bạn đang xem lập tức bị che đi, rồi thẻ đang mở "
                    "chuyển sang một trang web khác, không liên quan (trang tìm kiếm Google). Trên máy tính có bàn "
                    "phím, nhấn phím Shift ba lần liên tiếp cũng có tác dụng như vậy."
                ),
                p(
                    "Trong lịch sử của thẻ, chỉ <strong>trang bạn đang xem</strong> bị thay bằng trang kia. Nếu trước "
                    "đó bạn đã mở những trang khác của trang web này trong cùng thẻ, các trang ấy vẫn còn trong lịch "
                    "sử: bấm nút “Quay lại” vài lần vẫn có thể mở lại chúng."
                ),
                h2("Những gì nút “Thoát nhanh” không làm được"),
                ul(
                    "Nút này <strong>không xóa lịch sử duyệt web</strong>. Ai mở phần Lịch sử của trình duyệt vẫn "
                    "có thể thấy bạn đã vào trang này.",
                    "Nút này không xóa những trang trước đó của trang web này trong cùng thẻ (xem ở trên).",
                    "Nút này không đóng các thẻ khác, không xóa tài liệu đã tải về, không xóa ảnh chụp màn hình.",
                    "Nút này không che giấu việc bạn vào trang với nhà mạng, hay với người quản lý mạng Wi-Fi bạn "
                    "đang dùng.",
                    "Nếu trình duyệt đã tắt JavaScript, nút chỉ là một liên kết thường: bạn vẫn được đưa sang trang "
                    "kia, nhưng trang bạn vừa xem vẫn nằm trong lịch sử, và nút “Quay lại” có thể mở lại nó.",
                ),
                h2("Duyệt web ẩn danh"),
                p(
                    "Hầu hết trình duyệt đều có chế độ ẩn danh hoặc riêng tư (trong Chrome và Cốc Cốc gọi là “ẩn "
                    "danh”, trong Safari gọi là “riêng tư”). Ở chế độ này, trình duyệt không lưu lịch sử sau khi bạn "
                    "đóng cửa sổ. Đây là cách đơn giản nhất để xem trang mà không để lại dấu vết trong lịch sử của "
                    "máy. Nhớ đóng hết các cửa sổ ẩn danh khi xem xong."
                ),
                h2("Xóa lịch sử"),
                p(
                    "Nếu bạn đã xem trang ở chế độ thường: mở trình đơn của trình duyệt, chọn “Lịch sử”, tìm những "
                    "trang của trang web này và xóa từng trang. Trình duyệt nào cũng có mục này, dù cách mở có khác "
                    "nhau đôi chút."
                ),
                p(
                    "Xóa toàn bộ lịch sử đôi khi lại gây chú ý, nếu người kia quen kiểm tra máy của bạn; hãy cân nhắc "
                    "chỉ xóa từng mục."
                ),
                h2("Điện thoại dùng chung"),
                p(
                    "Nếu điện thoại dùng chung với người khác, hoặc người khác biết mật khẩu của bạn, hãy nhớ rằng "
                    "lịch sử có thể được đồng bộ sang máy khác đăng nhập cùng tài khoản Google hoặc Apple. Khi có "
                    "thể, hãy dùng máy của một người bạn tin tưởng, hoặc máy tính ở nơi công cộng như thư viện."
                ),
                h2("Tin nhắn Zalo, Facebook, Messenger, Telegram"),
                p(
                    "Tin nhắn và cuộc gọi qua các ứng dụng này có thể được lưu trên mọi thiết bị đăng nhập cùng tài "
                    "khoản, kể cả máy tính. Xóa tin nhắn ở máy này chưa chắc đã xóa ở máy kia. Nếu bạn nhắn tin cầu "
                    "cứu, hãy hẹn trước với người nhận một cách nói kín đáo, và cân nhắc xóa cuộc trò chuyện sau khi "
                    "gửi. Nếu cần giữ tin nhắn làm bằng chứng, hãy nhờ người nhận lưu lại giúp bạn."
                ),
            ),
            image(
                ctx.image("phone"),
                "Hình minh họa: chiếc điện thoại đầy bong bóng tin nhắn, một tin màu đỏ có dấu chấm than.",
                "Tin nhắn có thể được lưu trên nhiều thiết bị cùng lúc.",
            ),
            faq(
                "Câu hỏi thường gặp",
                [
                    (
                        "Trang này có lưu thông tin gì về tôi không?",
                        p(
                            "Không. Trang không đặt cookie và không tải gì từ trang web khác, và phần tự kiểm tra lời "
                            "mời việc làm không gửi câu trả lời của bạn đi đâu. Xem thêm trang "
                            f"{_link(ctx, 'privacy', 'Quyền riêng tư')}."
                        ),
                    ),
                    (
                        "Tôi đang gặp nguy hiểm ngay lúc này.",
                        p(
                            "Nếu bạn đang ở Việt Nam: gọi 113. " + ABROAD_VI + " Nếu không thể nói chuyện, hãy tìm "
                            "cách đến nơi đông người, hoặc nhờ người xung quanh gọi giúp."
                        ),
                    ),
                ],
            ),
            hotline(
                "Muốn báo tin về mua bán người? Gọi 111",
                "Miễn phí, 24/7. Số 111 sẽ hiện trong lịch sử cuộc gọi của điện thoại: nếu cần, hãy xóa mục này sau "
                "khi gọi. " + ABROAD_VI,
            ),
        ),
    }


def internet_safety_en(ctx):
    return {
        "title": "Staying safe online",
        "seo_title": "Browsing this site more safely",
        "search_description": (
            "What the Exit this page button can and cannot do, and how to use private browsing, clear your history, "
            "share a phone and use Zalo or Facebook messages more safely."
        ),
        "show_in_menus": False,
        "intro": (
            "If someone else may look at your phone or computer, a few small habits help you look for information "
            "more safely. This page also explains what the “Exit this page” button can do, and what it cannot."
        ),
        "legal_checked_on": LEGAL_CHECKED_ON,
        "body": stream(
            text(
                h2("What “Exit this page” does"),
                p(
                    "When you press “Exit this page” at the top of the page, the page you are reading is covered at "
                    "once, then the open tab moves to another, unrelated website (the Google search page). On a "
                    "computer with a keyboard, pressing the Shift key three times in a row does the same."
                ),
                p(
                    "In the tab's history, only <strong>the page you are reading</strong> is replaced by the other "
                    "one. If you opened other pages of this site in the same tab before it, they stay in the history: "
                    "pressing “Back” a few times can still open them."
                ),
                h2("What “Exit this page” cannot do"),
                ul(
                    "It <strong>does not clear your browsing history</strong>. Anyone who opens the browser's "
                    "History can still see that you visited this site.",
                    "It does not remove the earlier pages of this site in the same tab (see above).",
                    "It does not close other tabs, delete downloaded documents or delete screenshots.",
                    "It does not hide your visit from your mobile network, or from whoever runs the Wi-Fi network "
                    "you are using.",
                    "If JavaScript is switched off in your browser, the button is an ordinary link: you still go to "
                    "the other site, but the page you were reading stays in the history, and “Back” can open it "
                    "again.",
                ),
                h2("Private browsing"),
                p(
                    "Most browsers have a private mode (Chrome and Cốc Cốc call it “incognito”, Safari calls it "
                    "“private”). In this mode the browser keeps no history once you close the window. It is the "
                    "simplest way to read this site without leaving traces in the device's history. Remember to close "
                    "every private window when you have finished."
                ),
                h2("Clearing your history"),
                p(
                    "If you visited in normal mode: open the browser's menu, choose “History”, find the pages of this "
                    "site and delete them one by one. Every browser has this, although the way to open it differs a "
                    "little."
                ),
                p(
                    "Clearing all of your history can itself draw attention if someone checks your device "
                    "regularly; consider deleting single entries instead."
                ),
                h2("Shared phones"),
                p(
                    "If you share a phone, or someone else knows your passcode, remember that history can be synced "
                    "to other devices signed in to the same Google or Apple account. If you can, use the phone of "
                    "someone you trust, or a public computer such as one in a library."
                ),
                h2("Zalo, Facebook, Messenger and Telegram messages"),
                p(
                    "Messages and calls in these apps can be kept on every device signed in to the same account, "
                    "computers included. Deleting a message on one device does not always delete it on another. If "
                    "you are asking for help, agree a discreet way of speaking with the person you write to, and "
                    "think about deleting the conversation afterwards. If the messages are needed as evidence, ask "
                    "the other person to keep them for you."
                ),
            ),
            image(
                ctx.image("phone"),
                "Illustration: a phone full of chat bubbles, one of them red with an exclamation mark.",
                "Messages can be stored on several devices at once.",
            ),
            faq(
                "Common questions",
                [
                    (
                        "Does this site keep any information about me?",
                        p(
                            "No. The site sets no cookies and loads nothing from other sites, and the job-offer "
                            "self-check sends your answers nowhere. See the "
                            f"{_link(ctx, 'privacy', 'Privacy')} page."
                        ),
                    ),
                    (
                        "I am in danger right now.",
                        p(
                            "If you are in Viet Nam: call 113. " + ABROAD_EN + " If you cannot speak, try to get to a "
                            "place with other people around, or ask someone nearby to call for you."
                        ),
                    ),
                ],
            ),
            hotline(
                "Want to report trafficking? Call 111",
                "Free, 24/7. The number 111 will appear in your phone's call history: delete that entry after the "
                "call if you need to. " + ABROAD_EN,
            ),
        ),
    }


def report_vi(ctx):
    return {
        "title": "Cách báo tin và nhận hỗ trợ",
        "seo_title": "Báo tin về mua bán người và quyền được hỗ trợ",
        "search_description": (
            "Gọi 111 hay 113, trình báo ở đâu, sau đó sẽ thế nào và những hỗ trợ người bị mua bán trở về được hưởng "
            f"theo Điều 37 {LAW_VI} năm 2024."
        ),
        "show_in_menus": True,
        "intro": (
            "Ai cũng có thể báo tin khi nghi ngờ có người bị mua bán. Người bị mua bán trở về có quyền được hỗ trợ, "
            "được bảo vệ và được giữ bí mật thông tin. Trang này giải thích nên gọi ai, sau đó sẽ thế nào, và những "
            f"hỗ trợ theo {LAW_VI} năm 2024."
        ),
        "legal_checked_on": LEGAL_CHECKED_ON,
        "body": stream(
            hotline(
                "Gọi ngay",
                "Có người đang gặp nguy hiểm ở Việt Nam: gọi 113. Báo tin về mua bán người: gọi 111, miễn phí, 24/7. "
                + ABROAD_VI,
            ),
            text(
                h2("Báo tin ở đâu"),
                ul(
                    "<strong>Tổng đài 111</strong>: miễn phí, 24/7, tiếp nhận tin báo, tố giác về mua bán người trên "
                    "cả nước.",
                    "<strong>113</strong>: khi có người đang bị khống chế, bị đe dọa hoặc cần giải cứu ngay.",
                    "<strong>Ủy ban nhân dân xã, phường</strong> nơi bạn ở, hoặc cơ quan công an, "
                    "<strong>Bộ đội Biên phòng</strong>, <strong>Cảnh sát biển</strong> gần nhất.",
                    "<strong>Ở nước ngoài</strong>: Đại sứ quán hoặc Tổng Lãnh sự quán Việt Nam, hoặc số khẩn cấp "
                    "của nước bạn đang ở. Người nhà ở Việt Nam có thể gọi 111 giúp bạn.",
                ),
                p(
                    "Người bị mua bán đã tự trở về, hoặc người đại diện hợp pháp của họ, có thể đến thẳng Ủy ban nhân "
                    "dân xã, phường để trình báo. Nếu bạn trình báo với cơ quan công an, Bộ đội Biên phòng hay Cảnh "
                    "sát biển, họ sẽ đưa bạn đến ngay Ủy ban nhân dân cấp xã."
                ),
                h2("Sau khi trình báo"),
                ol(
                    "Ủy ban nhân dân cấp xã tiếp nhận, hỗ trợ những nhu cầu cấp thiết nếu cần, và báo ngay cho Sở Y "
                    "tế.",
                    "Chậm nhất 3 ngày sau khi nhận được thông báo, Sở Y tế chủ trì, phối hợp với Công an tỉnh xác "
                    "minh ban đầu.",
                    "Trong thời gian xác minh, bạn là “người đang trong quá trình xác định là nạn nhân”: bạn đã được "
                    "hỗ trợ (xem dưới đây) và có thể đề nghị được bảo vệ.",
                    "Khi đã được xác định là nạn nhân, bạn được hưởng thêm những hỗ trợ dành cho nạn nhân, tùy theo "
                    "nhu cầu của mình.",
                ),
                h2("Những hỗ trợ bạn có thể nhận"),
                p(
                    f"Theo Điều 37 {LAW_VI} năm 2024, <strong>ngay trong thời gian xác minh</strong>, người đang "
                    f"trong "
                    "quá trình xác định là nạn nhân được hỗ trợ khi ở Việt Nam:"
                ),
                ul(
                    "nhu cầu thiết yếu: chỗ ở tạm thời, tiền ăn, đồ dùng cá nhân, tối đa 120 ngày và có thể được xem "
                    "xét gia hạn;",
                    "y tế: khám sức khỏe, sơ cứu, cấp cứu, chữa bệnh;",
                    "phiên dịch, khi bạn cần;",
                    "hỗ trợ pháp luật: tư vấn để phòng tránh bị mua bán lại, giúp làm lại giấy tờ;",
                    "trợ giúp pháp lý miễn phí;",
                    "chi phí đi lại và tiền ăn trên đường về nơi cư trú;",
                    "hỗ trợ tâm lý, kể cả khi bạn không ở cơ sở trợ giúp xã hội.",
                ),
                p(
                    "Khi còn ở nước ngoài, người đang trong quá trình xác định là nạn nhân được hỗ trợ nhu cầu thiết "
                    "yếu, y tế, phiên dịch và hỗ trợ pháp luật."
                ),
                p("<strong>Khi đã được xác định là nạn nhân</strong>, bạn còn được hỗ trợ:"),
                ul(
                    "thẻ bảo hiểm y tế năm đầu, nếu chưa có;",
                    "học văn hóa cho nạn nhân dưới 18 tuổi: miễn học phí, hỗ trợ sách giáo khoa và đồ dùng học tập;",
                    "hỗ trợ học nghề; tư vấn, giới thiệu việc làm miễn phí;",
                    "trợ cấp khó khăn ban đầu khi về nơi cư trú;",
                    "được xem xét cho vay vốn ưu đãi tại Ngân hàng Chính sách xã hội, nếu cần vốn để sản xuất, kinh "
                    "doanh.",
                ),
                p(
                    "Người dưới 18 tuổi đi cùng bạn được hỗ trợ như bạn trong thời gian xác minh. Khi bạn đã được xác "
                    "định là nạn nhân, người dưới 18 tuổi đi cùng bạn được hỗ trợ cả học văn hóa."
                ),
                p(
                    "Sở Y tế giải quyết đề nghị hỗ trợ học văn hóa, học nghề và trợ cấp khó khăn ban đầu trong 9 "
                    "ngày làm việc kể từ khi nhận hồ sơ. Bạn có quyền được biết về từng chế độ, và có quyền nhận "
                    "hoặc từ chối từng hỗ trợ. Mức hỗ trợ cụ thể do cơ quan có thẩm quyền quyết định theo quy định."
                ),
                h2("Ai làm gì ở Bắc Ninh"),
                ul(
                    "<strong>Ủy ban nhân dân xã, phường</strong>: tiếp nhận người trình báo, hỗ trợ cấp thiết, báo "
                    "cho Sở Y tế.",
                    "<strong>Sở Y tế tỉnh Bắc Ninh</strong>: tiếp nhận và hỗ trợ, chủ trì xác minh, giải quyết hỗ trợ "
                    "học văn hóa, học nghề, trợ cấp khó khăn ban đầu, và chủ trì tư vấn, giới thiệu việc làm cùng các "
                    "trung tâm dịch vụ việc làm.",
                    "<strong>Công an tỉnh Bắc Ninh</strong>: cùng xác minh; điều tra tội phạm mua bán người; cấp giấy "
                    "chứng nhận về nước cho nạn nhân được trả về từ nước ngoài.",
                    "<strong>Viện kiểm sát</strong> truy tố và <strong>Tòa án</strong> xét xử kẻ phạm tội. Bạn hoặc "
                    "người đại diện có thể đề nghị Tòa án xét xử kín.",
                    "<strong>Cơ sở trợ giúp xã hội</strong>: chỗ ở tạm thời, nhu cầu thiết yếu, chăm sóc sức khỏe và "
                    "hỗ trợ tâm lý.",
                    "<strong>Trung tâm Trợ giúp pháp lý nhà nước</strong> (thuộc Sở Tư pháp): trợ giúp pháp lý miễn "
                    "phí.",
                    "<strong>Ngân hàng Chính sách xã hội</strong>: xem xét cho nạn nhân vay vốn ưu đãi.",
                    "<strong>Đại sứ quán, Tổng Lãnh sự quán Việt Nam</strong>: tiếp nhận người bị mua bán ở nước "
                    "ngoài, xác minh nhân thân, cấp giấy tờ đi lại và giúp họ về nước.",
                ),
            ),
            image(
                ctx.image("support"),
                "Hình minh họa: nhiều người đứng thành vòng tròn quanh một ngôi nhà nhỏ.",
                "Nhiều cơ quan cùng hỗ trợ một người trở về.",
            ),
            text(
                h2("Thông tin của bạn được pháp luật bảo vệ"),
                p(
                    "Pháp luật nghiêm cấm tiết lộ thông tin về nạn nhân và người đang trong quá trình xác định là nạn "
                    "nhân khi chưa có sự đồng ý của họ hoặc của người đại diện hợp pháp, trừ trường hợp pháp luật có "
                    "quy định khác. Bạn có quyền được giữ bí mật về đời sống riêng tư, nơi ở và nơi làm việc. Nếu bạn "
                    "hoặc người thân bị đe dọa, bạn có thể đề nghị áp dụng biện pháp bảo vệ."
                ),
            ),
            faq(
                "Câu hỏi thường gặp",
                [
                    (
                        "Tôi chưa chắc mình có phải là nạn nhân hay không. Tôi có nên trình báo?",
                        p(
                            "Có. Xác định ai là nạn nhân là việc của cơ quan chức năng, không phải của bạn. Trong "
                            "thời gian xác minh, bạn đã được hỗ trợ và có thể đề nghị được bảo vệ."
                        ),
                    ),
                    (
                        "Làng xóm có biết chuyện của tôi không?",
                        p(
                            "Pháp luật nghiêm cấm tiết lộ thông tin về bạn khi chưa có sự đồng ý của bạn hoặc của "
                            "người đại diện hợp pháp, trừ trường hợp pháp luật có quy định khác. Nếu thấy thông tin "
                            "của mình bị tiết lộ, hãy báo cho Sở Y tế hoặc cơ quan công an."
                        ),
                    ),
                    (
                        "Tôi không muốn ở cơ sở trợ giúp xã hội. Tôi có bị bắt buộc không?",
                        p(
                            "Không. Bạn có quyền từ chối những hỗ trợ mình không cần. Hỗ trợ y tế và tâm lý nay không "
                            "còn chỉ dành cho người ở cơ sở trợ giúp xã hội, và hỗ trợ học văn hóa, học nghề, trợ cấp "
                            "khó khăn ban đầu dành cho nạn nhân khi đã về nơi cư trú."
                        ),
                    ),
                    (
                        "Tôi đang ở nước ngoài. Tôi báo tin ở đâu?",
                        p(
                            "Không gọi được 111 và 113 từ nước ngoài. Hãy liên hệ Đại sứ quán hoặc Tổng Lãnh sự quán "
                            "Việt Nam ở nước bạn đang ở, gọi số khẩn cấp của nước đó nếu đang gặp nguy hiểm, hoặc "
                            "nhờ người nhà ở Việt Nam gọi 111 giúp bạn."
                        ),
                    ),
                ],
            ),
            document(
                ctx.document("rights"),
                "Hỏi – đáp: quyền được hỗ trợ của người bị mua bán trở về",
                "Bản tóm tắt để in hoặc gửi cho người thân.",
            ),
            call_to_action(
                "Xem trang này an toàn hơn",
                "Nếu có người có thể xem điện thoại của bạn, hãy đọc cách duyệt web và nhắn tin an toàn hơn.",
                "An toàn khi lên mạng",
                ctx.page("internet_safety"),
            ),
        ),
    }


def report_en(ctx):
    return {
        "title": "How to report and get support",
        "seo_title": "Reporting trafficking and the right to support",
        "search_description": (
            "Whether to call 111 or 113, where to report, what happens next, and the support people who return "
            f"after being trafficked are entitled to under Article 37 of the 2024 {LAW_EN}."
        ),
        "show_in_menus": True,
        "intro": (
            "Anyone can report a suspicion that someone is being trafficked. People who return after being "
            "trafficked have the right to support, to protection and to confidentiality. This page explains whom "
            f"to call, what happens next, and the support available under the 2024 {LAW_EN}."
        ),
        "legal_checked_on": LEGAL_CHECKED_ON,
        "body": stream(
            hotline(
                "Call now",
                "Someone in Viet Nam in danger: call 113. To report trafficking: call 111, free, 24/7. " + ABROAD_EN,
            ),
            text(
                h2("Where to report"),
                ul(
                    "<strong>The 111 hotline</strong>: free, 24/7, takes reports and denunciations of trafficking "
                    "nationwide.",
                    "<strong>113</strong>: when someone is being held, threatened or needs rescuing now.",
                    "<strong>The People's Committee of your commune or ward</strong>, or the nearest police, "
                    "<strong>Border Guard</strong> or <strong>Coast Guard</strong> post.",
                    "<strong>Abroad</strong>: the Vietnamese embassy or consulate, or the local emergency number. "
                    "Your family in Viet Nam can call 111 for you.",
                ),
                p(
                    "Someone who has come back on their own, or their legal representative, can go straight to the "
                    "commune or ward People's Committee to report. If you report to the police, the Border Guard or "
                    "the Coast Guard, they will take you to the commune People's Committee at once."
                ),
                h2("After you report"),
                ol(
                    "The commune People's Committee receives you, helps with urgent needs if necessary, and informs "
                    "the provincial Department of Health at once.",
                    "No later than 3 days after receiving that notice, the Department of Health leads an initial "
                    "verification with the provincial police.",
                    "While this happens you are a “person in the process of being identified as a victim”: you are "
                    "already supported (see below) and can ask for protection.",
                    "Once you are identified as a victim, you receive the further support for victims, according to "
                    "your needs.",
                ),
                h2("The support you can receive"),
                p(
                    f"Under Article 37 of the 2024 {LAW_EN}, <strong>while verification is under way</strong>, a "
                    f"person "
                    "in the process of being identified as a victim receives, in Viet Nam:"
                ),
                ul(
                    "essential needs: temporary accommodation, food, personal items, for up to 120 days, which may "
                    "be extended;",
                    "medical care: a health check, first aid, emergency care and treatment;",
                    "interpretation, when you need it;",
                    "legal support: advice to avoid being trafficked again, help to replace your papers;",
                    "free legal aid;",
                    "travel costs and meals on the way home;",
                    "psychological help, even if you are not staying in a social assistance facility.",
                ),
                p(
                    "While still abroad, a person in the process of being identified as a victim receives essential "
                    "needs, medical care, interpretation and legal support."
                ),
                p("<strong>Once you are identified as a victim</strong>, you also receive:"),
                ul(
                    "a health insurance card for the first year, if you have none;",
                    "schooling for victims under 18: tuition fee exemption, textbooks and school supplies;",
                    "vocational training, and free job counselling and referral;",
                    "an initial hardship allowance when you return home;",
                    "consideration for a preferential loan from the Vietnam Bank for Social Policies, if you need "
                    "capital to start work or a business.",
                ),
                p(
                    "A person under 18 who accompanies you receives the same support as you while you are being "
                    "identified. Once you are identified as a victim, a person under 18 who accompanies you also "
                    "receives support for schooling."
                ),
                p(
                    "The Department of Health decides on support for schooling, vocational training and the initial "
                    "hardship allowance within 9 working days of receiving the application. You have the right "
                    "to be told about each entitlement, and to accept or refuse each form of support. The exact "
                    "amounts are decided by the competent authority under the regulations."
                ),
                h2("Who does what in Bac Ninh"),
                ul(
                    "<strong>Commune and ward People's Committees</strong>: receive people who report, help with "
                    "urgent needs, inform the Department of Health.",
                    "<strong>Bac Ninh Department of Health</strong>: receives and supports people, leads the "
                    "verification, decides on support for schooling, vocational training and the initial hardship "
                    "allowance, and leads job counselling and referral with the employment service centres.",
                    "<strong>Bac Ninh Provincial Police</strong>: verifies jointly; investigates trafficking "
                    "offences; "
                    "issues the certificate of return to victims sent back from abroad.",
                    "<strong>The Procuracy</strong> prosecutes offenders and <strong>the courts</strong> try them. "
                    "You "
                    "or your representative can ask the court to hold a closed trial.",
                    "<strong>Social assistance facilities</strong>: temporary accommodation, essential needs, health "
                    "care and psychological help.",
                    "<strong>State legal aid centres</strong> (under the Department of Justice): free legal aid.",
                    "<strong>The Vietnam Bank for Social Policies</strong>: considers victims for preferential loans.",
                    "<strong>Viet Nam's embassies and consulates</strong>: receive people trafficked abroad, verify "
                    "their identity, issue travel papers and help them return home.",
                ),
            ),
            image(
                ctx.image("support"),
                "Illustration: people standing in a ring around a small house.",
                "Several agencies work together to support one person who comes back.",
            ),
            text(
                h2("Your information is protected by law"),
                p(
                    "The law forbids disclosing information about victims, or about people being identified as "
                    "victims, without their consent or that of their legal representative, unless the law provides "
                    "otherwise. You have the right to confidentiality of your private life, where you live and where "
                    "you work. If you or your family are threatened, you can ask for protection measures."
                ),
            ),
            faq(
                "Common questions",
                [
                    (
                        "I'm not sure whether I am a victim. Should I still report?",
                        p(
                            "Yes. Deciding who is a victim is the authorities' job, not yours. While they verify, you "
                            "are already supported and can ask for protection."
                        ),
                    ),
                    (
                        "Will people in my village find out?",
                        p(
                            "The law forbids disclosing information about you without your consent or your legal "
                            "representative's, unless the law provides otherwise. If you find that your information "
                            "has been disclosed, tell the Department of Health or the police."
                        ),
                    ),
                    (
                        "I don't want to stay in a social assistance facility. Do I have to?",
                        p(
                            "No. You have the right to refuse support you do not need. Medical and psychological help "
                            "are no longer only for people staying in a social assistance facility, and support for "
                            "schooling, vocational training and the initial hardship allowance is for victims once "
                            "they are back home."
                        ),
                    ),
                    (
                        "I am abroad. Where do I report?",
                        p(
                            "111 and 113 cannot be dialled from abroad. Contact the Vietnamese embassy or consulate "
                            "in "
                            "the country where you are, call that country's emergency number if you are in danger, "
                            "or ask your family in Viet Nam to call 111 for you."
                        ),
                    ),
                ],
            ),
            document(
                ctx.document("rights"),
                "Questions and answers: support for people who return after being trafficked",
                "A summary to print, or to send to someone in your family.",
            ),
            call_to_action(
                "Browse this site more safely",
                "If someone else may look at your phone, read how to browse and send messages more safely.",
                "Staying safe online",
                ctx.page("internet_safety"),
            ),
        ),
    }


# The report form (campaigns.reports). What happens to a report is what casework.public_reports does:
# routed to the commune's or the province's caseworkers, read in office hours, dismissed reports deleted
# after PUBLIC_REPORTS_DISMISSED_RETENTION_DAYS (90 by default).


def report_form_vi(ctx):
    return {
        "title": "Gửi tin báo",
        "show_in_menus": True,
        "search_description": "Báo cho cán bộ của tỉnh khi nghi ngờ có người bị mua bán: ẩn danh, bảo mật hoặc để lại "
        "cách liên lạc.",
        "intro": (
            "Nếu bạn nghi ngờ có người bị lừa đi làm, bị giữ lại hoặc bị mua bán, bạn có thể báo cho cán bộ của tỉnh "
            "qua mẫu dưới đây. Bạn không cần cho biết tên mình. Tin báo được gửi đến cán bộ của xã, phường bạn nêu, "
            "hoặc đến điều phối viên của tỉnh."
        ),
        "urgent_advice": (
            "Nếu có người đang gặp nguy hiểm ngay lúc này ở Việt Nam, hãy gọi 113 ngay, đừng chờ gửi mẫu này. "
            "Nếu bạn đang ở nước ngoài: không gọi được 113 từ nước ngoài. Hãy gọi số khẩn cấp của nước bạn đang ở, "
            "hoặc liên hệ Đại sứ quán hoặc Tổng Lãnh sự quán Việt Nam.\n\n"
            "Tin báo gửi qua trang này chỉ được đọc trong giờ hành chính, nên có thể nhiều giờ sau mới có người đọc."
        ),
        "privacy_notice": (
            "Chúng tôi lưu những gì bạn viết trong mẫu, và tên, cách liên lạc nếu bạn chọn cho biết. Chúng tôi không "
            "lưu địa chỉ IP hay thông tin về điện thoại, máy tính của bạn. Để chống gửi tin hàng loạt, một dạng mã "
            "hóa của địa chỉ mạng được giữ nhiều nhất một giờ rồi tự xóa. Mọi tin báo đều được mã hóa.\n\n"
            "Chỉ cán bộ tiếp nhận tin báo của xã, phường và của tỉnh đọc được tin báo. Nếu bạn chọn “bảo mật”, họ "
            "không cho người khác biết bạn là ai.\n\n"
            "Tin báo không cần xử lý thêm bị xóa 90 ngày sau khi đóng. Tin báo dẫn đến một hồ sơ được giữ cùng hồ sơ "
            "đó. Mã theo dõi hết hiệu lực 90 ngày sau khi tin báo được đóng."
        ),
        "legal_checked_on": LEGAL_CHECKED_ON,
    }


def report_form_en(ctx):
    return {
        "title": "Send a report",
        "show_in_menus": True,
        "search_description": "Tell the province's caseworkers when you suspect trafficking: anonymously, "
        "confidentially or with your contact details.",
        "intro": (
            "If you suspect that someone has been tricked into a job, is being held or has been trafficked, you can "
            "tell the province's caseworkers with the form below. You do not have to give your name. The report goes "
            "to the caseworkers of the commune or ward you name, or to the province's coordinators."
        ),
        "urgent_advice": (
            "If someone is in danger right now in Viet Nam, call 113 now: do not wait to send this form. If you are "
            "abroad: 113 cannot be dialled from outside Viet Nam. Call the local emergency number, or contact the "
            "Vietnamese embassy or consulate.\n\n"
            "Reports sent through this page are read during office hours only, so it may be many hours before anyone "
            "reads yours."
        ),
        "privacy_notice": (
            "We keep what you write in the form, and your name and contact details if you choose to give them. We do "
            "not keep your IP address or anything about your phone or computer. To stop mass sending, a scrambled "
            "form of your network address is held for at most one hour, then deleted by itself. Every report is "
            "encrypted.\n\n"
            "Only the caseworkers who handle reports in the commune or ward and in the province can read your report. "
            "If you choose confidential, they do not tell anyone else who you are.\n\n"
            "Reports that need no further action are deleted 90 days after they are closed. A report that leads to a "
            "case is kept with that case. Your follow-up code stops working 90 days after your report is closed."
        ),
        "legal_checked_on": LEGAL_CHECKED_ON,
    }


SPECS = [
    PageSpec(
        "self_check",
        SelfCheckPage,
        "home",
        {"vi": "tu-kiem-tra", "en": "check-a-job-offer"},
        {"vi": self_check_vi, "en": self_check_en},
    ),
    PageSpec(
        "report",
        ContentPage,
        "home",
        {"vi": "bao-tin-va-ho-tro", "en": "report-and-get-support"},
        {"vi": report_vi, "en": report_en},
    ),
    PageSpec(
        "report_form",
        ReportPage,
        "home",
        {"vi": "gui-tin-bao", "en": "send-a-report"},
        {"vi": report_form_vi, "en": report_form_en},
    ),
    PageSpec(
        "internet_safety",
        InternetSafetyPage,
        "home",
        {"vi": "an-toan-tren-mang", "en": "staying-safe-online"},
        {"vi": internet_safety_vi, "en": internet_safety_en},
    ),
]
