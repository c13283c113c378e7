"""
The practical pages: the job-offer self-check, browsing safely, and how to
report and get support.

The self-check's weights follow the page model: 1 for a warning sign, 3 for
a sign of serious danger (documents taken, an irregular crossing, secrecy
from the family). The result bands start at 0, 2 and 5 points, so one
serious sign already reads as a warning and two read as danger.

Statements about the law follow docs/domain.md and stay general where the
sources are not settled (amounts, transitional rules).
"""

from campaigns.models import ContentPage, InternetSafetyPage, SelfCheckPage

from .specs import PageSpec
from .streams import call_to_action, document, faq, h2, hotline, image, ol, p, page_link, stream, text, ul

SERIOUS = "3"
WARNING = "1"


def _questions(items):
    return [{"type": "question", "value": {"question": q, "why": why, "weight": w}} for q, why, w in items]


def _results(items):
    return [
        {"type": "result", "value": {"minimum_score": score, "heading": heading, "advice": advice}}
        for score, heading, advice in items
    ]


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
            "hiệu cần cân nhắc. Kết quả chỉ để tham khảo: khi còn băn khoăn, hãy gọi 111."
        ),
        "questions": _questions(
            [
                (
                    "Mức lương được hứa cao hơn hẳn những việc tương tự, dù không cần kinh nghiệm hay ngoại ngữ?",
                    "Lương cao bất thường là mồi nhử phổ biến nhất của các đường dây lừa đảo.",
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
                    "Kẻ mua bán người hay tiếp cận qua những mối quan hệ như thế, vì chúng dễ tạo lòng tin.",
                    WARNING,
                ),
                (
                    "Bạn phải nộp tiền (phí giữ chỗ, phí hồ sơ, tiền vé) trước khi được xem hoặc ký hợp đồng?",
                    "Tiền đã chuyển mà không có hợp đồng thì gần như không thể đòi lại.",
                    WARNING,
                ),
                (
                    "Không có hợp đồng bằng văn bản, hoặc hợp đồng viết bằng thứ tiếng bạn không đọc được?",
                    "Không có hợp đồng rõ ràng, bạn không có gì để đòi lương hay đòi về.",
                    WARNING,
                ),
                (
                    "Người ta cho vay tiền đi đường hoặc trả trước chi phí, rồi sẽ trừ dần vào lương?",
                    "Món nợ là cách phổ biến để giữ chân người lao động và ép họ làm không công.",
                    WARNING,
                ),
                (
                    "Nơi làm việc hoặc nơi ở không rõ ràng, chỉ được bảo “sang đến nơi sẽ biết”?",
                    "Nếu không biết mình sẽ ở đâu, gia đình cũng không thể tìm bạn.",
                    WARNING,
                ),
                (
                    "Bạn sẽ đi bằng thị thực du lịch, hoặc được hướng dẫn qua biên giới không qua cửa khẩu?",
                    "Đi làm việc bằng thị thực du lịch hay qua đường mòn là bất hợp pháp, và bạn sẽ không được bảo "
                    "vệ khi bị bóc lột.",
                    SERIOUS,
                ),
                (
                    "Người ta nói sẽ giữ hộ chiếu hoặc căn cước của bạn “cho an toàn”?",
                    "Không ai có quyền giữ giấy tờ tuỳ thân của bạn. Đây là dấu hiệu rất điển hình của mua bán người.",
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
                    "Chưa thấy dấu hiệu rõ ràng, nhưng vẫn nên kiểm tra kỹ",
                    "Lời mời này chưa có dấu hiệu nào trong danh sách. Trước khi đi, hãy gặp người tuyển dụng trực "
                    "tiếp, đọc kỹ hợp đồng, tự giữ giấy tờ của mình và để lại cho gia đình địa chỉ, số điện thoại "
                    "nơi bạn sẽ làm việc.",
                ),
                (
                    2,
                    "Có dấu hiệu cảnh báo",
                    "Lời mời này có những điểm đáng ngờ. Đừng nộp tiền, đừng giao giấy tờ, đừng đi gấp. Hỏi thêm "
                    "thông tin, kiểm tra doanh nghiệp với cơ quan nhà nước và bàn với gia đình. Gọi 111 nếu bạn "
                    "muốn được tư vấn.",
                ),
                (
                    5,
                    "Nguy hiểm nghiêm trọng",
                    "Lời mời này có nhiều dấu hiệu của lừa đảo và mua bán người. Đừng đi. Đừng chuyển thêm tiền. "
                    "Lưu lại tin nhắn, số điện thoại, tài khoản của người tuyển dụng và gọi 111 để được tư vấn, "
                    "hoặc báo công an nơi bạn ở. Nếu bạn đã đi và đang gặp nguy hiểm, gọi 113.",
                ),
            ]
        ),
        "what_to_do": stream(
            hotline(
                "Còn băn khoăn? Gọi 111",
                "Tư vấn viên sẽ cùng bạn xem lại lời mời và bước tiếp theo. Miễn phí, 24/7.",
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
            "about. The result is only a guide: if you are still unsure, call 111."
        ),
        "questions": _questions(
            [
                (
                    "Is the pay much higher than for similar work, even though no experience or languages are needed?",
                    "Unusually high pay is the most common bait used by fraudulent recruiters.",
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
                    "Traffickers often approach people through relationships like these, because trust comes easily.",
                    WARNING,
                ),
                (
                    "Do you have to pay (a deposit, a file fee, a ticket) before you can see or sign a contract?",
                    "Money paid without a contract is almost impossible to get back.",
                    WARNING,
                ),
                (
                    "Is there no written contract, or is it in a language you cannot read?",
                    "Without a clear contract you have nothing to rely on to claim your wages or to come home.",
                    WARNING,
                ),
                (
                    "Will someone lend you the travel money or pay costs up front, to be deducted from your wages?",
                    "Debt is a common way to keep workers from leaving and to make them work for nothing.",
                    WARNING,
                ),
                (
                    "Are the workplace or the housing vague, with only “you'll see when you get there”?",
                    "If you do not know where you will be, your family cannot find you either.",
                    WARNING,
                ),
                (
                    "Will you travel on a tourist visa, or be guided across the border away from a border gate?",
                    "Working on a tourist visa, or crossing by forest paths, is illegal, and you will have no "
                    "protection if you are exploited.",
                    SERIOUS,
                ),
                (
                    "Have you been told someone will keep your passport or ID card “to keep it safe”?",
                    "Nobody has the right to keep your identity papers. This is a classic sign of trafficking.",
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
                    "No clear signs yet, but still check carefully",
                    "This offer shows none of the signs on the list. Before you go, meet the recruiter in person, "
                    "read the contract carefully, keep your own papers, and leave your family the address and "
                    "phone number of your workplace.",
                ),
                (
                    2,
                    "There are warning signs",
                    "Some things about this offer are suspicious. Do not pay, do not hand over your papers, do not "
                    "rush. Ask for more information, check the company with the authorities and talk it over with "
                    "your family. Call 111 if you would like advice.",
                ),
                (
                    5,
                    "Serious danger",
                    "This offer shows many signs of a scam and of trafficking. Do not go. Do not send any more "
                    "money. Keep the recruiter's messages, phone numbers and accounts, and call 111 for advice, or "
                    "report it to the police where you live. If you have already left and are in danger, call 113.",
                ),
            ]
        ),
        "what_to_do": stream(
            hotline(
                "Still unsure? Call 111",
                "An adviser will go through the offer with you and help you decide what to do next. Free, 24/7.",
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


def _link(ctx, key, label):
    return page_link(ctx.page(key), label)


def internet_safety_vi(ctx):
    return {
        "title": "An toàn khi lên mạng",
        "seo_title": "Xem trang này an toàn hơn",
        "search_description": (
            "Nút Thoát nhanh làm được gì và không làm được gì, cách duyệt web ẩn danh, xoá lịch sử, dùng điện "
            "thoại chung và nhắn tin Zalo, Facebook an toàn hơn."
        ),
        "show_in_menus": False,
        "intro": (
            "Nếu có người có thể xem điện thoại hoặc máy tính của bạn, vài thói quen nhỏ giúp bạn tìm thông tin an "
            "toàn hơn. Trang này cũng nói rõ nút “Thoát nhanh” làm được gì, và không làm được gì."
        ),
        "body": stream(
            text(
                h2("Nút “Thoát nhanh” làm được gì"),
                p(
                    "Khi bạn bấm nút “Thoát nhanh” ở đầu trang, hoặc nhấn phím Shift ba lần liên tiếp trên bàn phím "
                    "máy tính, trang này lập tức bị che đi và được thay bằng trang tìm kiếm Google. Trang của chúng "
                    "tôi bị thay thế trong lịch sử của thẻ đang mở, nên bấm nút “Quay lại” sẽ không đưa người khác "
                    "trở lại trang bạn vừa xem."
                ),
                h2("Những gì nút “Thoát nhanh” không làm được"),
                ul(
                    "Nút này <strong>không xoá lịch sử duyệt web</strong>. Ai mở phần Lịch sử của trình duyệt vẫn "
                    "có thể thấy bạn đã vào trang này.",
                    "Nút này không đóng các thẻ khác, không xoá tài liệu đã tải về, không xoá ảnh chụp màn hình.",
                    "Nút này không che giấu việc bạn vào trang với nhà mạng, hay với người quản lý mạng Wi-Fi bạn "
                    "đang dùng.",
                    "Nếu trình duyệt đã tắt JavaScript, nút chỉ là một liên kết thường: bạn vẫn được đưa sang "
                    "Google, nhưng nút “Quay lại” có thể đưa người khác về trang này.",
                ),
                h2("Duyệt web ẩn danh"),
                p(
                    "Hầu hết trình duyệt đều có chế độ ẩn danh hoặc riêng tư (trong Chrome và Cốc Cốc gọi là “ẩn "
                    "danh”, trong Safari gọi là “riêng tư”). Ở chế độ này, trình duyệt không lưu lịch sử sau khi bạn "
                    "đóng cửa sổ. Đây là cách đơn giản nhất để xem trang mà không để lại dấu vết trên máy. Nhớ đóng "
                    "hết các cửa sổ ẩn danh khi xem xong."
                ),
                h2("Xoá lịch sử"),
                p(
                    "Nếu bạn đã xem trang ở chế độ thường, có thể xoá riêng những trang này trong mục Lịch sử của "
                    "trình duyệt. Xoá toàn bộ lịch sử đôi khi lại gây chú ý, nếu người kia quen kiểm tra máy của "
                    "bạn; hãy cân nhắc chỉ xoá từng mục."
                ),
                h2("Điện thoại dùng chung"),
                p(
                    "Nếu điện thoại dùng chung với người khác, hoặc người khác biết mật khẩu của bạn, hãy nhớ rằng "
                    "lịch sử có thể được đồng bộ sang máy khác đăng nhập cùng tài khoản Google hoặc Apple. Khi có "
                    "thể, hãy dùng máy của một người bạn tin tưởng, hoặc máy tính ở nơi công cộng như thư viện."
                ),
                h2("Tin nhắn Zalo, Facebook, Messenger, Telegram"),
                p(
                    "Tin nhắn và cuộc gọi qua các ứng dụng này thường được lưu trên mọi thiết bị đăng nhập cùng tài "
                    "khoản, kể cả máy tính. Xoá tin nhắn ở máy này chưa chắc đã xoá ở máy kia. Nếu bạn nhắn tin cầu "
                    "cứu, hãy hẹn trước với người nhận một cách nói kín đáo, và cân nhắc xoá cuộc trò chuyện sau khi "
                    "gửi. Nếu cần giữ tin nhắn làm bằng chứng, hãy nhờ người nhận lưu lại giúp bạn."
                ),
            ),
            image(
                ctx.image("phone"),
                "Hình minh hoạ: chiếc điện thoại đầy bong bóng tin nhắn, một tin màu đỏ có dấu chấm than.",
                "Tin nhắn có thể được lưu trên nhiều thiết bị cùng lúc.",
            ),
            faq(
                "Câu hỏi thường gặp",
                [
                    (
                        "Trang này có lưu thông tin gì về tôi không?",
                        p(
                            "Trang không đặt cookie theo dõi và không tải gì từ trang web khác. Phần tự kiểm tra lời "
                            "mời việc làm chạy ngay trên máy của bạn và không gửi câu trả lời đi đâu. Tuy vậy, như "
                            "mọi trang web, máy chủ vẫn có thể ghi nhận lượt truy cập ở mức kỹ thuật."
                        ),
                    ),
                    (
                        "Tôi đang gặp nguy hiểm ngay lúc này.",
                        p(
                            "Gọi 113. Nếu không thể nói chuyện, hãy tìm cách đến nơi đông người, hoặc nhờ người xung "
                            "quanh gọi giúp."
                        ),
                    ),
                ],
            ),
            hotline("Cần nói chuyện với ai đó? Gọi 111", "Miễn phí, 24/7. Số 111 có thể hiện trong lịch sử cuộc gọi."),
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
        "body": stream(
            text(
                h2("What “Exit this page” does"),
                p(
                    "When you press “Exit this page” at the top of the page, or press the Shift key three times on a "
                    "computer keyboard, this page is covered at once and replaced by the Google search page. Our "
                    "page is replaced in the history of the open tab, so pressing “Back” does not bring anyone back "
                    "to what you were reading."
                ),
                h2("What “Exit this page” cannot do"),
                ul(
                    "It <strong>does not clear your browsing history</strong>. Anyone who opens the browser's "
                    "History can still see that you visited this site.",
                    "It does not close other tabs, delete downloaded documents or delete screenshots.",
                    "It does not hide your visit from your mobile network, or from whoever runs the Wi-Fi network "
                    "you are using.",
                    "If JavaScript is switched off in your browser, the button is an ordinary link: you still go to "
                    "Google, but “Back” may bring someone back to this page.",
                ),
                h2("Private browsing"),
                p(
                    "Most browsers have a private mode (Chrome and Cốc Cốc call it “incognito”, Safari calls it "
                    "“private”). In this mode the browser keeps no history once you close the window. It is the "
                    "simplest way to read this site without leaving traces on the device. Remember to close every "
                    "private window when you have finished."
                ),
                h2("Clearing your history"),
                p(
                    "If you visited in normal mode, you can delete just these pages from the browser's History. "
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
                    "Messages and calls in these apps are usually kept on every device signed in to the same "
                    "account, computers included. Deleting a message on one device does not always delete it on "
                    "another. If you are asking for help, agree a discreet way of speaking with the person you write "
                    "to, and think about deleting the conversation afterwards. If the messages are needed as "
                    "evidence, ask the other person to keep them for you."
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
                            "The site sets no tracking cookies and loads nothing from other sites. The job-offer "
                            "self-check runs on your own device and sends your answers nowhere. Even so, like any "
                            "website, the server may record visits at a technical level."
                        ),
                    ),
                    (
                        "I am in danger right now.",
                        p(
                            "Call 113. If you cannot speak, try to get to a place with other people around, or ask "
                            "someone nearby to call for you."
                        ),
                    ),
                ],
            ),
            hotline(
                "Need to talk to someone? Call 111",
                "Free, 24/7. The number 111 may appear in your call history.",
            ),
        ),
    }


def report_vi(ctx):
    return {
        "title": "Cách báo tin và nhận hỗ trợ",
        "seo_title": "Báo tin về mua bán người và quyền được hỗ trợ",
        "search_description": (
            "Gọi 111 hay 113, trình báo ở đâu, việc gì xảy ra sau đó và những hỗ trợ người bị mua bán trở về được "
            "hưởng theo Điều 37 Luật Phòng, chống mua bán người năm 2024."
        ),
        "show_in_menus": True,
        "intro": (
            "Ai cũng có thể báo tin khi nghi ngờ có người bị mua bán. Người bị mua bán trở về có quyền được hỗ trợ, "
            "được bảo vệ và được giữ bí mật thông tin. Trang này giải thích nên gọi ai, việc gì sẽ xảy ra sau đó, "
            "và những hỗ trợ theo Luật Phòng, chống mua bán người năm 2024."
        ),
        "body": stream(
            hotline(
                "Gọi ngay",
                "Có người đang gặp nguy hiểm: gọi 113. Báo tin hoặc hỏi tư vấn về mua bán người: gọi 111, miễn phí, "
                "24/7.",
            ),
            text(
                h2("Báo tin ở đâu"),
                ul(
                    "<strong>Tổng đài 111</strong>: miễn phí, 24/7, tiếp nhận tin báo và tư vấn trên cả nước.",
                    "<strong>113</strong>: khi có người đang bị khống chế, bị đe doạ hoặc cần giải cứu ngay.",
                    "<strong>Ủy ban nhân dân xã, phường</strong> nơi bạn ở, hoặc <strong>công an</strong>, "
                    "<strong>bộ đội biên phòng</strong> gần nhất.",
                ),
                p(
                    "Người bị mua bán đã tự trở về, hoặc người đại diện của họ, có thể đến thẳng Ủy ban nhân dân xã, "
                    "phường để trình báo. Nếu bạn trình báo với công an hay bộ đội biên phòng, họ sẽ đưa bạn đến Ủy "
                    "ban nhân dân cấp xã."
                ),
                h2("Sau khi trình báo"),
                ol(
                    "Ủy ban nhân dân cấp xã tiếp nhận, hỗ trợ những nhu cầu cấp thiết nếu cần, và báo ngay cho Sở Y "
                    "tế.",
                    "Trong vòng 3 ngày, Sở Y tế chủ trì, cùng Công an tỉnh xác minh ban đầu.",
                    "Trong thời gian xác minh, bạn là “người đang trong quá trình xác định là nạn nhân”: bạn đã được "
                    "hỗ trợ và được bảo vệ.",
                    "Khi được xác định là nạn nhân, bạn được hưởng các chế độ dưới đây, tuỳ theo nhu cầu của mình.",
                ),
                h2("Những hỗ trợ bạn có thể nhận"),
                p("Theo Điều 37 Luật Phòng, chống mua bán người năm 2024, nạn nhân được hỗ trợ:"),
                ul(
                    "nhu cầu thiết yếu: chỗ ở tạm thời, tiền ăn, đồ dùng cá nhân, tối đa 120 ngày và có thể gia hạn;",
                    "y tế: khám sức khoẻ, sơ cứu, cấp cứu, chữa bệnh; thẻ bảo hiểm y tế năm đầu nếu chưa có;",
                    "tâm lý: tư vấn, trị liệu, kể cả khi bạn không ở cơ sở trợ giúp xã hội;",
                    "pháp lý: tư vấn pháp luật, trợ giúp pháp lý miễn phí, giúp làm lại giấy tờ;",
                    "phiên dịch, khi bạn cần;",
                    "chi phí đi lại và tiền ăn trên đường về nơi cư trú;",
                    "học văn hoá cho trẻ em: miễn học phí, hỗ trợ sách giáo khoa và đồ dùng học tập;",
                    "học nghề, tư vấn và giới thiệu việc làm;",
                    "trợ cấp khó khăn ban đầu khi về nơi cư trú;",
                    "vay vốn ưu đãi tại Ngân hàng Chính sách xã hội để sản xuất, kinh doanh.",
                ),
                p(
                    "Bạn có quyền được biết về từng chế độ, và có quyền nhận hoặc từ chối từng hỗ trợ. Mức hỗ trợ cụ "
                    "thể do cơ quan có thẩm quyền quyết định theo quy định."
                ),
                h2("Ai làm gì ở Bắc Ninh"),
                ul(
                    "<strong>Ủy ban nhân dân xã, phường</strong>: tiếp nhận người trình báo, hỗ trợ cấp thiết, báo "
                    "cho Sở Y tế.",
                    "<strong>Sở Y tế tỉnh Bắc Ninh</strong>: tiếp nhận, chủ trì xác minh, giải quyết hỗ trợ học văn "
                    "hoá, học nghề, trợ cấp khó khăn ban đầu, và phối hợp hỗ trợ việc làm.",
                    "<strong>Công an tỉnh Bắc Ninh</strong>: cùng xác minh; điều tra, xử lý kẻ phạm tội; làm thủ tục "
                    "cho người được trao trả từ nước ngoài.",
                    "<strong>Cơ sở Bảo trợ xã hội tổng hợp tỉnh Bắc Ninh</strong>: chỗ ở tạm thời, chăm sóc sức "
                    "khoẻ và tư vấn tâm lý.",
                    "<strong>Trung tâm trợ giúp pháp lý nhà nước</strong>: trợ giúp pháp lý miễn phí.",
                ),
            ),
            image(
                ctx.image("support"),
                "Hình minh hoạ: nhiều người đứng thành vòng tròn quanh một ngôi nhà nhỏ.",
                "Nhiều cơ quan cùng hỗ trợ một người trở về.",
            ),
            text(
                h2("Thông tin của bạn được giữ bí mật"),
                p(
                    "Pháp luật nghiêm cấm tiết lộ thông tin về nạn nhân và người đang trong quá trình xác định là nạn "
                    "nhân khi chưa có sự đồng ý của họ. Nơi ở, nơi làm việc, nơi học tập của bạn được giữ kín. Nếu "
                    "bạn hoặc người thân bị đe doạ, bạn có thể đề nghị áp dụng biện pháp bảo vệ."
                ),
            ),
            faq(
                "Câu hỏi thường gặp",
                [
                    (
                        "Tôi chưa chắc mình có phải là nạn nhân hay không. Tôi có nên trình báo?",
                        p(
                            "Có. Xác định ai là nạn nhân là việc của cơ quan chức năng, không phải của bạn. Trong "
                            "thời gian xác minh, bạn vẫn được hỗ trợ và được bảo vệ."
                        ),
                    ),
                    (
                        "Làng xóm có biết chuyện của tôi không?",
                        p(
                            "Cán bộ tiếp nhận và hỗ trợ phải giữ bí mật thông tin của bạn. Chỉ những người trực tiếp "
                            "giải quyết mới được biết, và thông tin chỉ được chia sẻ khi bạn hoặc người đại diện hợp "
                            "pháp đồng ý, trừ trường hợp pháp luật có quy định khác."
                        ),
                    ),
                    (
                        "Tôi không muốn ở cơ sở bảo trợ xã hội. Tôi có bị bắt buộc không?",
                        p(
                            "Không. Bạn có quyền từ chối những hỗ trợ mình không cần. Nhiều hỗ trợ như khám chữa "
                            "bệnh, tư vấn tâm lý, trợ giúp pháp lý và học nghề vẫn nhận được khi bạn sống cùng gia "
                            "đình."
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
            "after being trafficked are entitled to under Article 37 of the 2024 Law on Prevention of Human "
            "Trafficking."
        ),
        "show_in_menus": True,
        "intro": (
            "Anyone can report a suspicion that someone is being trafficked. People who return after being "
            "trafficked have the right to support, to protection and to confidentiality. This page explains whom "
            "to call, what happens next, and the support available under the 2024 Law on Prevention of Human "
            "Trafficking."
        ),
        "body": stream(
            hotline(
                "Call now",
                "Someone in danger: call 113. To report or ask for advice about trafficking: call 111, free, 24/7.",
            ),
            text(
                h2("Where to report"),
                ul(
                    "<strong>The 111 hotline</strong>: free, 24/7, takes reports and gives advice nationwide.",
                    "<strong>113</strong>: when someone is being held, threatened or needs rescuing now.",
                    "<strong>The People's Committee of your commune or ward</strong>, or the nearest "
                    "<strong>police</strong> or <strong>Border Guard</strong> post.",
                ),
                p(
                    "Someone who has come back on their own, or their representative, can go straight to the "
                    "commune or ward People's Committee to report. If you report to the police or the Border Guard, "
                    "they will take you to the commune People's Committee."
                ),
                h2("After you report"),
                ol(
                    "The commune People's Committee receives you, helps with urgent needs if necessary, and informs "
                    "the provincial Department of Health at once.",
                    "Within 3 days, the Department of Health leads an initial verification with the provincial "
                    "police.",
                    "While this happens you are a “person in the process of being identified as a victim”: you are "
                    "already supported and protected.",
                    "Once you are identified as a victim, you are entitled to the support below, according to your "
                    "needs.",
                ),
                h2("The support you can receive"),
                p(
                    "Under Article 37 of the 2024 Law on Prevention of Human Trafficking, victims receive support "
                    "with:"
                ),
                ul(
                    "essential needs: temporary accommodation, food, personal items, for up to 120 days, extendable;",
                    "medical care: a health check, first aid, emergency care and treatment; a health insurance card "
                    "for the first year if you have none;",
                    "psychological help: counselling and therapy, even if you are not staying in a social assistance "
                    "facility;",
                    "legal help: legal advice, free legal aid, and help to replace your papers;",
                    "interpretation, when you need it;",
                    "travel costs and meals on the way home;",
                    "schooling for children: tuition fee exemption, textbooks and school supplies;",
                    "vocational training, job counselling and referral;",
                    "an initial hardship allowance when you return home;",
                    "preferential loans from the Vietnam Bank for Social Policies to start work or a business.",
                ),
                p(
                    "You have the right to be told about each entitlement, and to accept or refuse each form of "
                    "support. The exact amounts are decided by the competent authority under the regulations."
                ),
                h2("Who does what in Bac Ninh"),
                ul(
                    "<strong>Commune and ward People's Committees</strong>: receive people who report, help with "
                    "urgent needs, inform the Department of Health.",
                    "<strong>Bac Ninh Department of Health</strong>: receives people, leads the verification, "
                    "decides on support for schooling, vocational training and the initial hardship allowance, and "
                    "works with others on job support.",
                    "<strong>Bac Ninh Provincial Police</strong>: verifies jointly; investigates and prosecutes "
                    "offenders; handles the paperwork for people handed back from abroad.",
                    "<strong>Bac Ninh General Social Protection Centre</strong>: temporary accommodation, health care "
                    "and counselling.",
                    "<strong>State legal aid centres</strong>: free legal aid.",
                ),
            ),
            image(
                ctx.image("support"),
                "Illustration: people standing in a ring around a small house.",
                "Several agencies work together to support one person who comes back.",
            ),
            text(
                h2("Your information is kept confidential"),
                p(
                    "The law forbids disclosing information about victims, or about people being identified as "
                    "victims, without their consent. Where you live, work and study is kept private. If you or your "
                    "family are threatened, you can ask for protection measures."
                ),
            ),
            faq(
                "Common questions",
                [
                    (
                        "I'm not sure whether I am a victim. Should I still report?",
                        p(
                            "Yes. Deciding who is a victim is the authorities' job, not yours. While they verify, you "
                            "are supported and protected."
                        ),
                    ),
                    (
                        "Will people in my village find out?",
                        p(
                            "The officers who receive and support you must keep your information confidential. Only "
                            "those directly handling your case may know, and information is shared only with your "
                            "consent or your legal representative's, unless the law provides otherwise."
                        ),
                    ),
                    (
                        "I don't want to stay in a social protection centre. Do I have to?",
                        p(
                            "No. You have the right to refuse support you do not need. Much of the support, such as "
                            "medical care, counselling, legal aid and vocational training, is available while you "
                            "live with your family."
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
        "internet_safety",
        InternetSafetyPage,
        "home",
        {"vi": "an-toan-tren-mang", "en": "staying-safe-online"},
        {"vi": internet_safety_vi, "en": internet_safety_en},
    ),
]
