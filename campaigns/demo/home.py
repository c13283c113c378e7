"""The home page and the resources page of the demo site."""

from campaigns.models import HomePage, ResourcesPage

from .specs import PageSpec
from .streams import call_to_action, document, h2, hotline, p, quote, stream, text, ul, warning_signs
from .wording import ABROAD_EN, ABROAD_VI, LAW_EN, LEGAL_CHECKED_ON, MAI_EN, MAI_VI


def home_vi(ctx):
    return {
        "title": "Trở về an toàn",
        "seo_title": "Phòng, chống mua bán người ở Bắc Ninh",
        "search_description": (
            "Nhận biết lời mời việc làm lừa đảo và thủ đoạn mua bán người, biết gọi ai khi cần và những hỗ trợ "
            "người bị mua bán trở về được hưởng. Tổng đài 111 miễn phí, 24/7."
        ),
        "intro": (
            "Mua bán người có thể bắt đầu bằng một lời hứa: việc nhẹ lương cao, một tấm vé đi nước ngoài, một cuộc "
            "hôn nhân đổi đời. Trang này giúp bạn và gia đình nhận ra cái bẫy trước khi quá muộn, và biết tìm ai khi "
            "cần giúp đỡ."
        ),
        "hero_image": ctx.image("road_home"),
        "hero_image_alt": (
            "Hình minh họa: con đường uốn lượn giữa những ngọn đồi dẫn về một ngôi nhà nhỏ có cửa sổ sáng đèn."
        ),
        "legal_checked_on": LEGAL_CHECKED_ON,
        "body": stream(
            text(
                h2("Mua bán người không chỉ xảy ra ở nơi khác"),
                p(
                    "Một lời mời làm việc đăng trên Facebook, Zalo hay Telegram có thể là cái bẫy. Người nhận lời có "
                    "thể bị đưa qua biên giới, bị giữ giấy tờ, bị ép làm việc không lương hoặc bị bán đi bán lại, và "
                    "gia đình ở nhà có thể bị đòi tiền chuộc."
                ),
                p(
                    "Kẻ mua bán người có thể là người quen, người cùng làng, hoặc một “nhà tuyển dụng” rất nhiệt tình "
                    "trên mạng. Chúng có thể không dùng vũ lực ngay từ đầu mà dựa vào lòng tin, vào món nợ, và vào sự "
                    "ngại ngần không dám hỏi của chúng ta."
                ),
            ),
            warning_signs(
                "Năm dấu hiệu cần dừng lại và hỏi thêm",
                "Chỉ một dấu hiệu cũng đủ để bạn kiểm tra thật kỹ trước khi nhận lời.",
                [
                    (
                        "Lương cao bất thường, không cần kinh nghiệm hay ngoại ngữ",
                        "Hãy hỏi vì sao một việc không cần kinh nghiệm lại trả cao hơn hẳn những việc tương tự.",
                    ),
                    (
                        "Người tuyển dụng chỉ liên lạc qua mạng xã hội",
                        "Không văn phòng, không tên công ty rõ ràng, không hợp đồng: bạn không có gì để kiểm tra.",
                    ),
                    (
                        "Được bao vé, bao ăn ở, “sang đến nơi sẽ ký hợp đồng”",
                        "Những khoản “bao” này có thể biến thành món nợ mà bạn phải làm không công để trả.",
                    ),
                    (
                        "Bị yêu cầu giao hộ chiếu hoặc căn cước",
                        "Đừng đưa giấy tờ tùy thân cho ai giữ. Mất giấy tờ là mất khả năng tự rời đi.",
                    ),
                    (
                        "Được dặn giữ bí mật, không cho gia đình biết",
                        "Người làm ăn đàng hoàng không cần bạn giấu người thân.",
                    ),
                ],
            ),
            call_to_action(
                "Bạn vừa nhận được một lời mời làm việc?",
                "Trả lời mười câu hỏi ngắn để xem lời mời có dấu hiệu lừa đảo hay không. Câu trả lời chỉ nằm trên "
                "máy của bạn, không được gửi đi đâu.",
                "Kiểm tra lời mời",
                ctx.page("self_check"),
            ),
            hotline(
                "Nghi ngờ có người bị mua bán? Gọi 111",
                "Tổng đài 111 miễn phí, trực 24 giờ mỗi ngày, tiếp nhận tin báo về mua bán người trên cả nước. Nếu "
                "có người đang gặp nguy hiểm ở Việt Nam ngay lúc này, hãy gọi 113. " + ABROAD_VI,
            ),
            quote("Giá mà hồi đó có ai dặn em: đừng bao giờ đưa hộ chiếu cho người khác giữ.", MAI_VI),
            call_to_action(
                "Người thân vừa trở về?",
                "Ngay cả khi chưa được xác định là nạn nhân, người trở về đã được hỗ trợ nhu cầu thiết yếu, y tế, "
                "phiên dịch, pháp luật, trợ giúp pháp lý, chi phí đi lại và tâm lý. Khi đã được xác định là nạn "
                "nhân, họ còn có thể được hỗ trợ học văn hóa, học nghề, trợ cấp khó khăn ban đầu và được xem xét cho "
                "vay vốn ưu đãi. Tìm hiểu cách báo tin và nhận hỗ trợ.",
                "Cách nhận hỗ trợ",
                ctx.page("report"),
            ),
        ),
    }


def home_en(ctx):
    return {
        "title": "Safe Return",
        "seo_title": "Preventing human trafficking in Bac Ninh",
        "search_description": (
            "Recognise fake job offers and traffickers' tricks, know whom to call, and learn what support people "
            "who return are entitled to. Hotline 111: free, 24/7."
        ),
        "intro": (
            "Trafficking can start with a promise: easy work and high pay, a ticket abroad, a marriage that will "
            "change everything. This site helps you and your family see the trap before it is too late, and know "
            "where to turn for help."
        ),
        "hero_image": ctx.image("road_home"),
        "hero_image_alt": "Illustration: a road winding between hills to a small house with a lit window.",
        "legal_checked_on": LEGAL_CHECKED_ON,
        "body": stream(
            text(
                h2("Trafficking does not only happen somewhere else"),
                p(
                    "A job offer posted on Facebook, Zalo or Telegram can be a trap. Someone who accepts may be taken "
                    "across the border, have their papers taken, be forced to work without pay or be sold on again "
                    "and again, and their family at home may be asked for ransom."
                ),
                p(
                    "Traffickers can be acquaintances, people from the same village, or a very friendly “recruiter” "
                    "online. They may not use force at first, relying instead on trust, on debt, and on our "
                    "reluctance to ask questions."
                ),
            ),
            warning_signs(
                "Five signs to stop and ask more",
                "A single sign is reason enough to check carefully before you accept.",
                [
                    (
                        "Unusually high pay, with no experience or language skills needed",
                        "Ask why a job that needs no experience pays far more than similar work.",
                    ),
                    (
                        "The recruiter is only reachable through social media",
                        "No office, no clear company name, no contract: nothing you can check.",
                    ),
                    (
                        "Travel, meals and housing paid, and “you'll sign the contract when you get there”",
                        "What is “paid for” can turn into a debt you have to work off for nothing.",
                    ),
                    (
                        "You are asked to hand over your passport or ID card",
                        "Do not let anyone keep your identity papers. Without them you cannot leave on your own.",
                    ),
                    (
                        "You are told to keep it secret from your family",
                        "An honest employer has no reason to want you to hide anything from your family.",
                    ),
                ],
            ),
            call_to_action(
                "Have you just received a job offer?",
                "Answer ten short questions to see whether the offer shows signs of a scam. Your answers stay on "
                "your device and are not sent anywhere.",
                "Check the offer",
                ctx.page("self_check"),
            ),
            hotline(
                "Think someone is being trafficked? Call 111",
                "The 111 hotline is free, open 24 hours a day, and takes reports about trafficking from anywhere "
                "in Viet Nam. If someone in Viet Nam is in danger right now, call 113. " + ABROAD_EN,
            ),
            quote("If only someone had told me back then: never let anyone else keep your passport.", MAI_EN),
            call_to_action(
                "Has someone in your family just come back?",
                "Even before they are identified as victims, people who return receive support with essential "
                "needs, medical care, interpretation, legal support, legal aid, travel costs and psychological help. "
                "Once identified as victims, they may also receive support for schooling, vocational training and "
                "an initial hardship allowance, and be considered for a preferential loan. Find out how to report "
                "and get support.",
                "How to get support",
                ctx.page("report"),
            ),
        ),
    }


def resources_vi(ctx):
    return {
        "title": "Tài liệu",
        "seo_title": "Tài liệu tuyên truyền phòng, chống mua bán người",
        "search_description": (
            "Tờ rơi dấu hiệu nhận biết mua bán người, bảng kiểm trước khi đi làm xa và hỏi – đáp về quyền được hỗ "
            "trợ, để tải về, in và chia sẻ miễn phí."
        ),
        "show_in_menus": True,
        "intro": (
            "Tờ rơi, bảng kiểm và tài liệu hỏi – đáp để in ra, dán ở nhà văn hóa thôn, hay gửi qua Zalo cho người "
            "thân. Các tài liệu được tự do sao chép và in lại."
        ),
        "legal_checked_on": LEGAL_CHECKED_ON,
        "documents": stream(
            document(
                ctx.document("signs"),
                "Dấu hiệu nhận biết mua bán người",
                "Tờ rơi một trang: những dấu hiệu cần để ý và số điện thoại cần nhớ.",
            ),
            document(
                ctx.document("checklist"),
                "Bảng kiểm trước khi đi làm xa",
                "Những điều cần hỏi và cần giữ trước khi nhận một lời mời làm việc ở tỉnh khác hay ở nước ngoài.",
            ),
            document(
                ctx.document("rights"),
                "Hỏi – đáp: quyền được hỗ trợ của người bị mua bán trở về",
                "Theo Luật Phòng, chống mua bán người năm 2024: ai được hỗ trợ, hỗ trợ gì, hỏi ở đâu.",
            ),
        ),
        "body": stream(
            text(
                h2("Sử dụng tài liệu"),
                ul(
                    "Các tài liệu là tệp văn bản (.txt), mở được trên mọi điện thoại và máy tính, nhẹ và dễ gửi.",
                    "Bạn có thể in, sao chép và chia sẻ tài liệu, miễn là không sửa nội dung số điện thoại.",
                    "Cán bộ xã, phường, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên có thể dùng các tài liệu này trong các "
                    "buổi sinh hoạt cộng đồng.",
                ),
                p(
                    "Nếu bạn gửi tài liệu cho một người có thể đang bị theo dõi điện thoại, hãy hỏi họ trước xem "
                    "có an toàn không."
                ),
            ),
            call_to_action(
                "Gửi tài liệu cho người đang gặp khó khăn?",
                "Đọc cách xem trang và nhận tin nhắn an toàn hơn khi người khác có thể xem máy của mình.",
                "An toàn khi lên mạng",
                ctx.page("internet_safety"),
            ),
        ),
    }


def resources_en(ctx):
    return {
        "title": "Resources",
        "seo_title": "Leaflets and guides on human trafficking",
        "search_description": (
            "A leaflet on the signs of human trafficking, a checklist before working away from home, and questions "
            "and answers on the right to support, free to download, print and share."
        ),
        "show_in_menus": True,
        "intro": (
            "Leaflets, checklists and questions and answers to print, pin up at the village hall, or send to "
            "someone in your family. You are free to copy and reprint them."
        ),
        "legal_checked_on": LEGAL_CHECKED_ON,
        "documents": stream(
            document(
                ctx.document("signs"),
                "The signs of human trafficking",
                "A one-page leaflet: the signs to watch for and the numbers to remember.",
            ),
            document(
                ctx.document("checklist"),
                "A checklist before working away from home",
                "What to ask and what to keep before accepting a job in another province or abroad.",
            ),
            document(
                ctx.document("rights"),
                "Questions and answers: support for people who return after being trafficked",
                f"Under the 2024 {LAW_EN}: who is supported, with what, and where to ask.",
            ),
        ),
        "body": stream(
            text(
                h2("Using these documents"),
                ul(
                    "The documents are plain text files (.txt): small, easy to send, and readable on any phone or "
                    "computer.",
                    "You may print, copy and share them, as long as you do not change the phone numbers.",
                    "Commune and ward officers, the Women's Union and the Youth Union are welcome to use them in "
                    "community meetings.",
                ),
                p(
                    "If you send a document to someone whose phone may be watched, ask them first whether it is "
                    "safe to do so."
                ),
            ),
            call_to_action(
                "Sending this to someone in a difficult situation?",
                "Read how to browse and receive messages more safely when someone else may look at your phone.",
                "Staying safe online",
                ctx.page("internet_safety"),
            ),
        ),
    }


HOME = PageSpec("home", HomePage, None, {"vi": "trang-chu", "en": "home"}, {"vi": home_vi, "en": home_en})

RESOURCES = PageSpec(
    "resources",
    ResourcesPage,
    "home",
    {"vi": "tai-lieu", "en": "resources"},
    {"vi": resources_vi, "en": resources_en},
)
