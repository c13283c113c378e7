"""
The three demo campaigns: labour-export fraud, "easy work, high pay" offers
that lead to scam compounds, and brokered cross-border marriage.

Each page is written twice, Vietnamese first: the English is a translation
for readers, not the other way round. Quotations come from the fictional
story in articles.py and are labelled as fiction.

Descriptions of traffickers' methods are written as what can happen, not as
statistics: docs/domain.md has no figures for them, so the pages warn and
advise rather than claim.
"""

from campaigns.models import CampaignIndexPage, CampaignPage

from .specs import PageSpec, published
from .streams import call_to_action, faq, h2, hotline, p, quote, stream, text, ul, warning_signs
from .wording import (
    ABROAD_EN,
    ABROAD_VI,
    LAW_EN,
    LAW_VI,
    LEGAL_CHECKED_ON,
    MAI_EN,
    MAI_VI,
    NO_POSTING_EN,
    NO_POSTING_VI,
)


def campaign_index_vi(ctx):
    return {
        "title": "Chiến dịch",
        "seo_title": "Các chiến dịch phòng, chống mua bán người",
        "search_description": (
            "Các chiến dịch phòng, chống mua bán người ở Bắc Ninh: lừa đảo đi làm việc ở nước ngoài, "
            "“việc nhẹ, lương cao” trên mạng và hôn nhân qua môi giới."
        ),
        "show_in_menus": True,
        "intro": (
            "Mỗi chiến dịch nói về một thủ đoạn mà kẻ mua bán người đang dùng: chúng tiếp cận ai, bằng cách nào, "
            "những dấu hiệu nào cần để ý và bạn có thể làm gì."
        ),
    }


def campaign_index_en(ctx):
    return {
        "title": "Campaigns",
        "seo_title": "Campaigns against human trafficking",
        "search_description": (
            "Campaigns against human trafficking in Bac Ninh: fraudulent jobs abroad, “easy work, high pay” "
            "offers online, and marriage through brokers."
        ),
        "show_in_menus": True,
        "intro": (
            "Each campaign looks at one trick that traffickers use: whom they approach and how, the signs to "
            "watch for, and what you can do."
        ),
    }


def labour_vi(ctx):
    return {
        "title": "Đi làm việc ở nước ngoài: đừng để ước mơ thành cái bẫy",
        "seo_title": "Cảnh giác lừa đảo đi làm việc ở nước ngoài",
        "search_description": (
            "Phân biệt đi làm việc ở nước ngoài theo hợp đồng hợp pháp với lừa đảo xuất khẩu lao động: "
            "doanh nghiệp có giấy phép, hợp đồng, chi phí, thị thực và dấu hiệu mua bán người."
        ),
        "intro": (
            "Đi làm việc ở nước ngoài theo hợp đồng là mong muốn chính đáng của nhiều gia đình. Nhưng ước mơ ấy cũng "
            "có thể bị kẻ xấu lợi dụng để lừa tiền và đưa người đi bất hợp pháp."
        ),
        "hero_image": ctx.image("suitcase"),
        "hero_image_alt": "Hình minh họa: chiếc va li màu vàng và một đường chấm dài bay về phía quả địa cầu.",
        "legal_checked_on": LEGAL_CHECKED_ON,
        "body": stream(
            text(
                p(
                    "Trước khi đi làm việc ở nước ngoài, bạn cần biết trước mình sẽ làm gì, ở đâu, lương bao nhiêu, "
                    "và có hợp đồng để đòi quyền lợi khi có tranh chấp."
                ),
                p(
                    "Kẻ lừa đảo có thể hứa “đi nhanh, không cần học tiếng, không cần thi tuyển”, thu một khoản tiền "
                    "lớn rồi cho người đi bằng thị thực du lịch, hoặc dẫn qua đường mòn, không qua cửa khẩu. Đến nơi, "
                    "người lao động không có hợp đồng để dựa vào và dễ bị bóc lột: làm việc quá sức, bị giữ giấy tờ, "
                    "bị trừ lương để “trả nợ”. Từ đó đến mua bán người chỉ còn một bước."
                ),
                h2("Những điều cần có trước khi đi"),
                ul(
                    "Bạn đã hỏi Sở Nội vụ xem doanh nghiệp có được phép đưa người lao động đi làm việc ở nước ngoài "
                    "hay không. Nếu chưa biết hỏi ở đâu, hãy hỏi Ủy ban nhân dân xã, phường nơi bạn ở.",
                    "Bạn ký hợp đồng bằng văn bản trước khi đi, ghi rõ công việc, nơi làm việc, thời hạn, tiền "
                    "lương, giờ làm và mọi khoản chi phí.",
                    "Mọi khoản tiền bạn nộp đều có biên lai mang tên doanh nghiệp, không chuyển vào tài khoản cá "
                    "nhân của “người giới thiệu”.",
                    "Bạn đi bằng thị thực lao động đúng với công việc, không phải thị thực du lịch.",
                    "Hộ chiếu luôn do chính bạn giữ.",
                ),
            ),
            warning_signs(
                "Dấu hiệu của một đường dây lừa đảo",
                "Gặp một trong những dấu hiệu dưới đây, hãy dừng lại và hỏi thêm trước khi nộp tiền hay ký giấy.",
                [
                    (
                        "Hứa đi nhanh, “bao đỗ”, không cần học tiếng hay thi tuyển",
                        "Hãy hỏi vì sao không cần học, không cần thi: lời hứa “bao đỗ” là lý do để kiểm tra thêm.",
                    ),
                    (
                        "Đòi đặt cọc lớn trước khi có hợp đồng, chuyển vào tài khoản cá nhân",
                        "Không có hợp đồng và biên lai, bạn không có giấy tờ gì để đòi lại tiền.",
                    ),
                    (
                        "Hướng dẫn đi bằng thị thực du lịch rồi “chuyển đổi” sau",
                        "Hãy hỏi vì sao không phải thị thực lao động. Đi bằng thị thực du lịch, bạn không có hợp đồng "
                        "lao động hay giấy phép lao động nào để dựa vào ở nơi đến.",
                    ),
                    (
                        "Không cho biết tên chủ sử dụng và địa chỉ nơi làm việc",
                        "Nếu không biết mình sẽ làm ở đâu, gia đình cũng không thể tìm bạn khi cần.",
                    ),
                    (
                        "Cho vay tiền đi đường, trừ dần vào lương",
                        "Món nợ có thể trở thành sợi dây trói: người lao động làm mãi mà nợ vẫn không hết.",
                    ),
                ],
            ),
            faq(
                "Câu hỏi thường gặp",
                [
                    (
                        "Tôi đã nộp tiền cho người môi giới nhưng mãi chưa được đi. Tôi nên làm gì?",
                        p(
                            "Giữ lại mọi tin nhắn, biên lai, số tài khoản đã chuyển tiền và thông tin của người nhận "
                            "tiền. Đừng nộp thêm khoản nào để “giữ suất”. Hãy trình báo với cơ quan công an nơi bạn "
                            "cư trú; nếu thấy có dấu hiệu mua bán người, gọi 111 để báo tin."
                        ),
                    ),
                    (
                        "Người thân đang làm việc ở nước ngoài bị giữ hộ chiếu, không được nghỉ. Đó có phải là mua "
                        "bán người không?",
                        p(
                            "Có thể. Bị giữ giấy tờ, bị ép làm việc, bị khống chế bằng nợ là những dấu hiệu cần báo "
                            "ngay. Gia đình ở Việt Nam hãy gọi 111 để báo tin: tổng đài chuyển thông tin đến cơ quan "
                            "có trách nhiệm. Người thân đang ở nước ngoài không gọi được 111 và 113: họ có thể gọi số "
                            "khẩn cấp của nước sở tại, hoặc liên hệ Đại sứ quán, Tổng Lãnh sự quán Việt Nam ở nước "
                            "đó. Gia đình cũng nên liên hệ Đại sứ quán, Tổng Lãnh sự quán ấy."
                        ),
                    ),
                    (
                        "Người môi giới gửi ảnh giấy phép của công ty. Như vậy đã đủ tin chưa?",
                        p(
                            "Chưa. Ảnh chụp giấy tờ có thể bị làm giả. Hãy tự hỏi Sở Nội vụ về tên, địa chỉ và mã số "
                            "của doanh nghiệp, và gặp trực tiếp doanh nghiệp tại trụ sở của họ."
                        ),
                    ),
                ],
            ),
            call_to_action(
                "Kiểm tra lời mời trước khi nhận",
                "Mười câu hỏi ngắn giúp bạn nhìn lại một lời mời làm việc. Không cần đăng nhập, câu trả lời không "
                "được lưu ở đâu cả.",
                "Bắt đầu kiểm tra",
                ctx.page("self_check"),
            ),
            hotline(
                "Nghi ngờ lừa đảo, mua bán người? Gọi 111",
                "Miễn phí, 24/7. Bạn không cần chắc chắn đó là mua bán người mới được báo tin. " + ABROAD_VI,
            ),
        ),
    }


def labour_en(ctx):
    return {
        "title": "Working abroad: don't let the dream become a trap",
        "seo_title": "Beware of fraudulent jobs abroad",
        "search_description": (
            "How to tell legal contract work abroad from labour-export fraud: licensed companies, contracts, "
            "fees, visas, and the signs of trafficking."
        ),
        "intro": (
            "Working abroad under a contract is a fair hope for many families. But that dream can also be exploited "
            "by fraudsters to take people's money and send them abroad illegally."
        ),
        "hero_image": ctx.image("suitcase"),
        "hero_image_alt": "Illustration: a yellow suitcase and a long dotted line curving towards a globe.",
        "legal_checked_on": LEGAL_CHECKED_ON,
        "body": stream(
            text(
                p(
                    "Before you go to work abroad, you need to know in advance what you will do, where, and for how "
                    "much, and to have a contract to rely on if something goes wrong."
                ),
                p(
                    "Fraudsters may promise a quick departure with no language classes and no selection tests, "
                    "collect a large sum, then send people on a tourist visa or lead them along forest paths instead "
                    "of through a border gate. On arrival the worker has no contract to rely on and is easy to "
                    "exploit: overwork, confiscated documents, wages withheld to “pay off the debt”. From there, "
                    "trafficking is one small step away."
                ),
                h2("What to have before you go"),
                ul(
                    "You have asked the provincial Department of Home Affairs whether the company may send workers "
                    "abroad. If you do not know where to ask, ask your commune or ward People's Committee.",
                    "You sign a written contract before you leave, stating the job, the workplace, the duration, "
                    "the wage, the working hours and every cost.",
                    "Every payment you make has a receipt in the company's name; nothing goes into the personal "
                    "account of an “introducer”.",
                    "You travel on a work visa for the job you will do, not on a tourist visa.",
                    "You keep your own passport at all times.",
                ),
            ),
            warning_signs(
                "Signs of a fraudulent operation",
                "If you see any of these signs, stop and ask more questions before you pay or sign anything.",
                [
                    (
                        "A quick departure, “guaranteed”, with no language classes or tests",
                        "Ask why no classes and no tests are needed: a “guaranteed” place is a reason to check more.",
                    ),
                    (
                        "A large deposit before any contract, paid into a personal account",
                        "Without a contract and a receipt, you have no paper to claim your money back with.",
                    ),
                    (
                        "Being told to travel on a tourist visa and “convert” it later",
                        "Ask why it is not a work visa. On a tourist visa you have no employment contract or work "
                        "permit to rely on where you arrive.",
                    ),
                    (
                        "No employer's name, no workplace address",
                        "If you do not know where you will work, your family cannot find you when it matters.",
                    ),
                    (
                        "A loan for the journey, repaid out of your wages",
                        "Debt can become a chain: people work and work and the debt never ends.",
                    ),
                ],
            ),
            faq(
                "Common questions",
                [
                    (
                        "I paid a broker but I still haven't left. What should I do?",
                        p(
                            "Keep every message, receipt and bank transfer, and everything you know about the person "
                            "who took the money. Do not pay anything more to “keep your place”. Report it to the "
                            "police where you live; if you see signs of trafficking, call 111 to report it."
                        ),
                    ),
                    (
                        "A relative working abroad has had their passport taken and gets no time off. Is that "
                        "trafficking?",
                        p(
                            "It may be. Confiscated documents, forced work and control through debt are signs to "
                            "report at once. The family in Viet Nam should call 111 to report it: the hotline passes "
                            "information on to the agencies responsible. A relative who is abroad cannot dial 111 or "
                            "113: they can call the local emergency number, or contact the Vietnamese embassy or "
                            "consulate in that country. The family should contact that embassy or consulate too."
                        ),
                    ),
                    (
                        "The broker sent me a photo of the company's licence. Is that enough?",
                        p(
                            "No. A photo of a document can be faked. Ask the Department of Home Affairs yourself "
                            "about "
                            "the company's name, address and registration number, and visit the company at its office."
                        ),
                    ),
                ],
            ),
            call_to_action(
                "Check an offer before you accept it",
                "Ten short questions help you look again at a job offer. No sign-in, and your answers are not "
                "stored anywhere.",
                "Start the check",
                ctx.page("self_check"),
            ),
            hotline(
                "Suspect a scam or trafficking? Call 111",
                "Free, 24/7. You do not need to be sure it is trafficking before you report it. " + ABROAD_EN,
            ),
        ),
    }


def scams_vi(ctx):
    return {
        "title": "“Việc nhẹ, lương cao” trên mạng: lối vào các trại lừa đảo",
        "seo_title": "Lừa đảo “việc nhẹ, lương cao” và các trại lừa đảo trực tuyến",
        "search_description": (
            "Thủ đoạn tuyển người qua Facebook, Zalo, Telegram rồi đưa ra nước ngoài, vào các khu lừa đảo trực "
            "tuyến; dấu hiệu nhận biết và việc gia đình cần làm."
        ),
        "intro": (
            "Một tin tuyển “nhân viên chăm sóc khách hàng”, lương nghìn đô, bao vé máy bay. Sau một lời mời như thế, "
            "người nhận lời có thể bị đưa sang nước khác, như Campuchia, Lào hay Myanmar, bị giữ trong các khu lừa "
            "đảo trực tuyến và bị ép đi lừa người khác."
        ),
        "hero_image": ctx.image("phone"),
        "hero_image_alt": (
            "Hình minh họa: chiếc điện thoại đầy bong bóng tin nhắn, một tin màu đỏ có dấu chấm than, "
            "bên cạnh là lưỡi câu thả xuống."
        ),
        "legal_checked_on": LEGAL_CHECKED_ON,
        "body": stream(
            text(
                h2("Thủ đoạn có thể diễn ra như thế nào"),
                p(
                    "Kẻ tuyển người có thể đăng tin trong các hội nhóm tìm việc, hoặc nhắn tin làm quen trực tiếp. "
                    "Công việc được mô tả rất đơn giản: trực mạng, nhập liệu, chăm sóc khách hàng, bán hàng online. "
                    "Lương được hứa rất cao, không cần kinh nghiệm, được bao vé máy bay và chỗ ở."
                ),
                p(
                    "Người nhận lời có thể được hẹn ở một điểm gần biên giới, rồi có “người đón” đưa đi tiếp, có khi "
                    "đi bộ qua đường mòn trong đêm. Đến nơi, họ có thể bị thu hộ chiếu và điện thoại, bị giữ trong "
                    "những khu nhà rào kín, có người canh. Công việc thực sự là dùng tài khoản mạng xã hội giả để dụ "
                    "người khác đầu tư, đánh bạc hoặc chuyển tiền, nhiều giờ liền mỗi ngày, với chỉ tiêu phải đạt."
                ),
                p(
                    "Ai không đạt chỉ tiêu có thể bị phạt, bị đánh, hoặc bị “bán” sang nơi khác. Gia đình ở nhà có "
                    "thể bị đòi tiền để “chuộc” người về."
                ),
            ),
            warning_signs(
                "Dấu hiệu của tin tuyển dụng lừa đảo",
                "Những tin tuyển dụng này có thể có nhiều dấu hiệu cùng lúc. Chỉ cần thấy một, hãy hỏi thêm.",
                [
                    (
                        "Lương rất cao cho việc rất dễ",
                        "“Chỉ cần biết dùng điện thoại”, “không cần bằng cấp” mà lương nghìn đô là lời mời đáng ngờ.",
                    ),
                    (
                        "Chỉ nói chuyện qua Telegram, Zalo hoặc Facebook",
                        "Hãy để ý những tài khoản mới lập, hay đổi tên, hoặc biến mất khi bạn hỏi nhiều.",
                    ),
                    (
                        "Nơi làm việc mơ hồ: “sang đến nơi sẽ biết”",
                        "Không có địa chỉ cụ thể, không có tên công ty để tra cứu.",
                    ),
                    (
                        "Được hướng dẫn né cửa khẩu, đi theo “người dẫn đường”",
                        "Đừng đi đường tắt qua biên giới: nếu có chuyện, không ai biết bạn đã đi đâu.",
                    ),
                    (
                        "Được dặn không cho gia đình biết, xóa tin nhắn sau khi đọc",
                        "Kẻ xấu muốn cắt đứt mọi đường cầu cứu của bạn.",
                    ),
                ],
            ),
            quote(
                "Họ bảo em chỉ cần ngồi máy tính trả lời tin nhắn. Sang đến nơi em mới biết những tin nhắn ấy là "
                "để lừa người ở quê mình.",
                MAI_VI,
            ),
            faq(
                "Nếu người thân đã đi",
                [
                    (
                        "Con tôi nhắn tin cầu cứu từ một khu lừa đảo. Gia đình nên làm gì trước tiên?",
                        p(
                            "Giữ bình tĩnh và lưu lại mọi thông tin: tin nhắn, số điện thoại, tài khoản mạng xã hội, "
                            "ảnh, vị trí mà con gửi về. Gọi 111 hoặc báo ngay cho cơ quan công an nơi gia đình cư "
                            "trú. Hạn chế trả lời kẻ đòi tiền khi chưa trao đổi với cơ quan chức năng. "
                            + NO_POSTING_VI
                            + " Nếu con còn liên lạc được, hãy nhắn con: ở nước ngoài không gọi được 111 và 113; con "
                            "có thể gọi số khẩn cấp của nước đó, hoặc liên hệ Đại sứ quán, Tổng Lãnh sự quán Việt Nam."
                        ),
                    ),
                    (
                        "Có nên chuyển tiền chuộc không?",
                        p(
                            "Chuyển tiền không bảo đảm người thân được thả, và kẻ xấu có thể đòi thêm hết lần này "
                            "đến lần khác. Hãy báo cho cơ quan công an trước khi quyết định bất cứ điều gì: ngành "
                            "công "
                            "an phối hợp với cơ quan đại diện Việt Nam ở nước ngoài để xác minh và đưa người về."
                        ),
                    ),
                    (
                        "Con tôi bị ép đi lừa người khác. Khi về có bị xử lý không?",
                        p(
                            "Người bị lừa, bị khống chế và bị ép buộc là người cần được bảo vệ. Khi trở về và trình "
                            "báo, họ được xác minh để xác định có phải là nạn nhân bị mua bán hay không, và được hỗ "
                            "trợ ngay trong thời gian xác minh. Hãy kể trung thực với cơ quan chức năng; từng trường "
                            "hợp do cơ quan có thẩm quyền xem xét theo quy định của pháp luật."
                        ),
                    ),
                ],
            ),
            call_to_action(
                "Chia sẻ cho người trẻ trong nhà",
                "Tải tờ rơi về dấu hiệu nhận biết mua bán người để in ra hoặc gửi cho con em, bạn bè.",
                "Xem tài liệu",
                ctx.page("resources"),
            ),
            hotline(
                "Gọi 111 hoặc 113",
                "111: tiếp nhận tin báo về mua bán người, miễn phí, 24/7. 113: khi có người ở Việt Nam đang gặp nguy "
                "hiểm ngay lúc này. " + ABROAD_VI,
            ),
        ),
    }


def scams_en(ctx):
    return {
        "title": "“Easy work, high pay” online: the way into scam compounds",
        "seo_title": "“Easy work, high pay” job scams and online scam compounds",
        "search_description": (
            "How recruiters on Facebook, Zalo and Telegram can lure people abroad into online scam compounds, the "
            "warning signs, and what families should do."
        ),
        "intro": (
            "A post looking for “customer service staff”, a thousand dollars a month, flights paid. After an offer "
            "like this, someone who accepts may be taken to another country, such as Cambodia, Laos or Myanmar, held "
            "in an online scam compound and forced to defraud others."
        ),
        "hero_image": ctx.image("phone"),
        "hero_image_alt": (
            "Illustration: a phone full of chat bubbles, one of them red with an exclamation mark, and a fishing "
            "hook dangling beside it."
        ),
        "legal_checked_on": LEGAL_CHECKED_ON,
        "body": stream(
            text(
                h2("How it can work"),
                p(
                    "Recruiters may post in job-seeking groups, or message people directly. The work sounds simple: "
                    "answering chats, data entry, customer service, online sales. The pay promised is very high, no "
                    "experience needed, with flights and housing paid."
                ),
                p(
                    "Those who accept may be told to meet somewhere near the border, where a “guide” takes them on, "
                    "sometimes on foot along forest paths at night. On arrival their passports and phones may be "
                    "taken and they may be kept in fenced, guarded compounds. The real job is to use fake "
                    "social-media accounts to lure people into investing, gambling or sending money, for many hours "
                    "a day, with targets to meet."
                ),
                p(
                    "Those who miss their targets may be fined, beaten or “sold” on to another place. Families at "
                    "home may be asked for money to “buy back” their relative."
                ),
            ),
            warning_signs(
                "Signs of a fake job advert",
                "These adverts may show several signs at once. If you see even one, ask more questions.",
                [
                    (
                        "Very high pay for very easy work",
                        "“All you need is a phone”, “no qualifications”, and a thousand dollars a month: that offer "
                        "deserves suspicion.",
                    ),
                    (
                        "Contact only through Telegram, Zalo or Facebook",
                        "Watch for accounts that are new, change names often, or vanish when you ask too much.",
                    ),
                    (
                        "A vague workplace: “you'll see when you get there”",
                        "No real address, no company name you can look up.",
                    ),
                    (
                        "Instructions to avoid border gates and follow a “guide”",
                        "Do not take a shortcut across the border: if something goes wrong, nobody knows where you "
                        "went.",
                    ),
                    (
                        "Being told not to tell your family, and to delete messages once read",
                        "The people behind it want to cut off every way you could ask for help.",
                    ),
                ],
            ),
            quote(
                "They told me I'd just sit at a computer answering messages. Only when I got there did I find out "
                "the messages were meant to cheat people back home.",
                MAI_EN,
            ),
            faq(
                "If someone has already gone",
                [
                    (
                        "My child has sent a message asking for help from a scam compound. What should we do first?",
                        p(
                            "Stay calm and save everything: messages, phone numbers, social-media accounts, photos, "
                            "any location your child sent. Call 111, or report it straight away to the police where "
                            "your family lives. Avoid answering anyone demanding money until you have spoken to the "
                            "authorities. "
                            + NO_POSTING_EN
                            + " If you can still reach your child, tell them: 111 and 113 cannot be dialled from "
                            "abroad; they can call the local emergency number, or contact the Vietnamese embassy or "
                            "consulate."
                        ),
                    ),
                    (
                        "Should we pay a ransom?",
                        p(
                            "Paying does not guarantee your relative will be released, and the people holding them "
                            "may ask for more again and again. Tell the police before you decide anything: the police "
                            "work with Viet Nam's missions abroad to verify and bring people home."
                        ),
                    ),
                    (
                        "My child was forced to scam other people. Will they be punished when they come back?",
                        p(
                            "People who were deceived, controlled and coerced need protection. When they return and "
                            "report, they are assessed to establish whether they are trafficking victims, and they "
                            "receive support while that happens. Tell the authorities the truth; each case is "
                            "considered by "
                            "the competent agency under the law."
                        ),
                    ),
                ],
            ),
            call_to_action(
                "Share this with the young people in your family",
                "Download the leaflet on the signs of trafficking to print, or to send to your children and friends.",
                "See the resources",
                ctx.page("resources"),
            ),
            hotline(
                "Call 111 or 113",
                "111: reports about trafficking, free, 24/7. 113: when someone in Viet Nam is in danger right now. "
                + ABROAD_EN,
            ),
        ),
    }


def marriage_vi(ctx):
    return {
        "title": "Lấy chồng nước ngoài qua môi giới: hỏi kỹ trước khi đi",
        "seo_title": "Hôn nhân qua môi giới và nguy cơ bị mua bán",
        "search_description": (
            "Dấu hiệu của môi giới hôn nhân trái phép và mua bán người qua con đường hôn nhân; cách kết hôn với "
            "người nước ngoài hợp pháp và gọi ai khi cần giúp đỡ."
        ),
        "intro": (
            "Kết hôn với người nước ngoài là lựa chọn của mỗi người. Nhưng những cuộc mai mối vội vàng, có tiền trao "
            "tay và lời hứa về cuộc sống sung túc có thể là cách kẻ mua bán người đưa phụ nữ và các em gái qua biên "
            "giới."
        ),
        "hero_image": ctx.image("river"),
        "hero_image_alt": (
            "Hình minh họa: hai ngôi nhà ở hai bên bờ sông, nối với nhau bằng một cây cầu vòm bị đứt ở giữa."
        ),
        "legal_checked_on": LEGAL_CHECKED_ON,
        "body": stream(
            text(
                p(
                    "Kẻ môi giới có thể tìm đến những gia đình khó khăn, hoặc những cô gái vừa đổ vỡ tình cảm, đang "
                    "cần việc làm. Chúng kể về một người chồng hiền lành, khá giả ở bên kia biên giới, về một đám "
                    "cưới nhanh gọn và một khoản tiền “cảm ơn” gửi bố mẹ."
                ),
                p(
                    "Người đi theo lời hứa ấy có thể không bao giờ có một cuộc hôn nhân thật: họ có thể bị đưa qua "
                    "biên giới không giấy tờ, bị giao cho người khác để lấy tiền, bị ép làm vợ, ép sinh con hoặc bị "
                    "bóc lột sức lao động. Không có đăng ký kết hôn, không có giấy tờ tùy thân, họ rất khó tự tìm "
                    "đường về."
                ),
                h2("Kết hôn thật khác với “mua vợ”"),
                p(
                    "Trước khi quyết định, hãy hỏi Ủy ban nhân dân xã, phường nơi bạn ở về thủ tục đăng ký kết hôn "
                    "với người nước ngoài. Hai người cần có thời gian tìm hiểu nhau, tự nguyện quyết định, và mỗi "
                    "người tự giữ giấy tờ của mình. Nếu có người nhận tiền để “gả” bạn hay người thân cho người khác, "
                    "hãy dừng lại, báo cho cơ quan công an hoặc gọi 111."
                ),
            ),
            warning_signs(
                "Dấu hiệu cần cảnh giác",
                "Nếu bạn hoặc người thân đang được mai mối, hãy để ý những điều sau.",
                [
                    (
                        "Mai mối gấp, gặp mặt vài lần là “chốt” đám cưới",
                        "Một cuộc hôn nhân thật cần thời gian để hai người và hai gia đình hiểu nhau.",
                    ),
                    (
                        "Gia đình được đưa một khoản tiền lớn",
                        "Tiền trao cho người môi giới hay cho bố mẹ cô dâu có thể là giá của một cuộc mua bán.",
                    ),
                    (
                        "Không đăng ký kết hôn, hứa “sang bên kia rồi làm giấy tờ”",
                        "Không có giấy đăng ký kết hôn, người phụ nữ không có giấy tờ gì chứng minh mình là vợ khi ở "
                        "nước ngoài.",
                    ),
                    (
                        "Người môi giới giữ hộ chiếu, căn cước",
                        "Giấy tờ tùy thân phải do chính bạn giữ.",
                    ),
                    (
                        "Cô dâu chưa đủ 18 tuổi",
                        "Một cuộc mai mối cho người chưa đủ 18 tuổi là lý do để dừng lại ngay và báo cho Ủy ban nhân "
                        "dân xã, phường hoặc cơ quan công an.",
                    ),
                ],
            ),
            quote(
                "Mẹ tôi nghĩ đó là may mắn của cả nhà. Tôi cũng nghĩ vậy, cho đến ngày đầu tiên ở bên ấy.",
                "Chị T., 31 tuổi (nhân vật hư cấu)",
            ),
            faq(
                "Câu hỏi thường gặp",
                [
                    (
                        "Tôi muốn kết hôn với người nước ngoài. Làm thủ tục ở đâu?",
                        p(
                            "Hãy hỏi Ủy ban nhân dân xã, phường nơi bạn cư trú về thủ tục đăng ký kết hôn với người "
                            "nước ngoài và giấy tờ cần chuẩn bị. Bạn có quyền tìm hiểu người kia, gặp gia đình họ, "
                            "và chỉ quyết định khi hoàn toàn tự nguyện."
                        ),
                    ),
                    (
                        "Con gái tôi đi theo người môi giới và giờ không liên lạc được. Tôi báo ở đâu?",
                        p(
                            "Báo ngay cho công an xã, phường hoặc gọi 111. Cung cấp mọi điều gia đình biết: ảnh, số "
                            "điện thoại, tên và số điện thoại của người môi giới, thời gian và nơi con đi. Mỗi giờ "
                            "đều quan trọng. " + NO_POSTING_VI
                        ),
                    ),
                ],
            ),
            call_to_action(
                "Quyền của người trở về",
                "Người bị mua bán trở về được hỗ trợ, và thông tin của họ được pháp luật bảo vệ. Xem những hỗ trợ "
                f"theo {LAW_VI}.",
                "Cách nhận hỗ trợ",
                ctx.page("report"),
            ),
            hotline("Gọi 111", "Tổng đài miễn phí, 24/7, tiếp nhận tin báo về mua bán người. " + ABROAD_VI),
        ),
    }


def marriage_en(ctx):
    return {
        "title": "Marriage abroad through a broker: ask first, go later",
        "seo_title": "Brokered marriage and the risk of trafficking",
        "search_description": (
            "The signs of illegal marriage brokering and of trafficking through marriage; how to marry a "
            "foreigner legally, and whom to call for help."
        ),
        "intro": (
            "Marrying a foreigner is everyone's own choice. But hurried matchmaking, money changing hands and "
            "promises of a comfortable life can be how traffickers take women and girls across the border."
        ),
        "legal_checked_on": LEGAL_CHECKED_ON,
        "hero_image": ctx.image("river"),
        "hero_image_alt": (
            "Illustration: two houses on opposite banks of a river, linked by an arched bridge that is broken in "
            "the middle."
        ),
        "body": stream(
            text(
                p(
                    "Brokers may seek out families in hardship, or young women just out of a relationship and "
                    "looking for work. They talk of a kind, well-off husband across the border, a quick wedding, and "
                    "a "
                    "“thank-you” payment for the parents."
                ),
                p(
                    "Someone who follows that promise may never have a real marriage: they may be taken across the "
                    "border without papers, handed over to others for money, forced into marriage or childbirth, or "
                    "exploited for their labour. With no marriage registration and no identity papers, they can "
                    "hardly find their own way home."
                ),
                h2("A real marriage is not “buying a wife”"),
                p(
                    "Before you decide, ask the People's Committee of your commune or ward about registering a "
                    "marriage with a foreigner. The two people need time to get to know each other, decide freely, "
                    "and each keep their own papers. If someone takes money to “give” you or a relative in marriage, "
                    "stop, and report it to the police or call 111."
                ),
            ),
            warning_signs(
                "Signs to watch for",
                "If you or someone in your family is being matched with a partner abroad, look out for these.",
                [
                    (
                        "A rushed match: a few meetings and the wedding is “settled”",
                        "A real marriage needs time for two people and two families to get to know each other.",
                    ),
                    (
                        "The family is handed a large sum of money",
                        "Money paid to a broker or to the bride's parents can be the price of a sale.",
                    ),
                    (
                        "No marriage registration, only a promise to “sort out the papers over there”",
                        "Without a marriage certificate, a woman has no paper to prove she is a wife in the other "
                        "country.",
                    ),
                    (
                        "The broker keeps the passport or ID card",
                        "Your identity papers must stay with you.",
                    ),
                    (
                        "The bride is under 18",
                        "A match for someone under 18 is a reason to stop at once and tell the commune or ward "
                        "People's Committee or the police.",
                    ),
                ],
            ),
            quote(
                "My mother thought it was our family's lucky break. So did I, until my first day over there.",
                "Ms T., 31 (a fictional character)",
            ),
            faq(
                "Common questions",
                [
                    (
                        "I want to marry a foreigner. Where do I register?",
                        p(
                            "Ask the People's Committee of the commune or ward where you live about registering a "
                            "marriage with a foreign national and the papers you need. You have every right to get "
                            "to know the other person and their family, and to decide only when you are entirely "
                            "willing."
                        ),
                    ),
                    (
                        "My daughter went with a broker and now we cannot reach her. Where do I report it?",
                        p(
                            "Report it at once to the commune or ward police, or call 111. Give everything the "
                            "family knows: photos, phone numbers, the broker's name and number, when and where she "
                            "left. Every hour matters. " + NO_POSTING_EN
                        ),
                    ),
                ],
            ),
            call_to_action(
                "The rights of those who return",
                "People who return after being trafficked are entitled to support, and the law protects their "
                f"information. See the support available under the {LAW_EN}.",
                "How to get support",
                ctx.page("report"),
            ),
            hotline("Call 111", "A free hotline, 24/7, for reports about human trafficking. " + ABROAD_EN),
        ),
    }


SPECS = [
    PageSpec(
        "campaigns",
        CampaignIndexPage,
        "home",
        {"vi": "chien-dich", "en": "campaigns"},
        {"vi": campaign_index_vi, "en": campaign_index_en},
    ),
    PageSpec(
        "campaign_labour",
        CampaignPage,
        "campaigns",
        {"vi": "di-lam-viec-o-nuoc-ngoai", "en": "working-abroad"},
        {"vi": labour_vi, "en": labour_en},
        published(2025, 8, 4),
    ),
    PageSpec(
        "campaign_marriage",
        CampaignPage,
        "campaigns",
        {"vi": "hon-nhan-qua-moi-gioi", "en": "brokered-marriage"},
        {"vi": marriage_vi, "en": marriage_en},
        published(2025, 10, 20),
    ),
    PageSpec(
        "campaign_scams",
        CampaignPage,
        "campaigns",
        {"vi": "viec-nhe-luong-cao", "en": "easy-work-high-pay"},
        {"vi": scams_vi, "en": scams_en},
        published(2026, 3, 9),
    ),
]
