"""
The three demo campaigns: labour-export fraud, "easy work, high pay" offers
that lead to scam compounds, and brokered cross-border marriage.

Each page is written twice, Vietnamese first: the English is a translation
for readers, not the other way round. Quotations come from the fictional
story in articles.py and carry its pseudonym.
"""

from campaigns.models import CampaignIndexPage, CampaignPage

from .specs import PageSpec, published
from .streams import call_to_action, faq, h2, hotline, p, quote, stream, text, ul, warning_signs

MAI_VI = "Mai, 24 tuổi (tên nhân vật đã được thay đổi)"
MAI_EN = "Mai, 24 (not her real name)"


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
            "Đi làm việc ở nước ngoài theo hợp đồng là con đường hợp pháp đã giúp nhiều gia đình đổi đời. "
            "Nhưng chính ước mơ ấy cũng bị kẻ xấu lợi dụng để lừa tiền và đưa người đi bất hợp pháp."
        ),
        "hero_image": ctx.image("suitcase"),
        "hero_image_alt": "Hình minh hoạ: chiếc va li màu vàng và một đường chấm dài bay về phía quả địa cầu.",
        "body": stream(
            text(
                p(
                    "Mỗi năm có rất nhiều người lao động Việt Nam ra nước ngoài làm việc qua những doanh nghiệp "
                    "được Nhà nước cấp phép. Họ biết trước mình sẽ làm gì, ở đâu, lương bao nhiêu, và có hợp đồng "
                    "để đòi quyền lợi khi có tranh chấp."
                ),
                p(
                    "Kẻ lừa đảo thì chọn đường tắt. Chúng hứa “đi nhanh, không cần học tiếng, không cần thi tuyển”, "
                    "thu một khoản tiền lớn rồi cho người đi bằng thị thực du lịch, hoặc dẫn qua đường mòn, không qua "
                    "cửa khẩu. Đến nơi, người lao động không có giấy phép lao động, không có hợp đồng, và rất dễ bị "
                    "bóc lột: làm việc quá sức, bị giữ giấy tờ, bị trừ lương để “trả nợ”. Từ đó đến mua bán người "
                    "chỉ còn một bước."
                ),
                h2("Con đường hợp pháp trông như thế nào"),
                ul(
                    "Doanh nghiệp có giấy phép đưa người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng. "
                    "Bạn có thể hỏi Sở Nội vụ hoặc Ủy ban nhân dân xã, phường nơi mình cư trú để kiểm tra.",
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
                        "Các chương trình hợp pháp đều có quy trình tuyển chọn và thời gian chuẩn bị.",
                    ),
                    (
                        "Đòi đặt cọc lớn trước khi có hợp đồng, chuyển vào tài khoản cá nhân",
                        "Khi có chuyện, bạn không có căn cứ gì để đòi lại tiền.",
                    ),
                    (
                        "Hướng dẫn đi bằng thị thực du lịch rồi “chuyển đổi” sau",
                        "Làm việc bằng thị thực du lịch là bất hợp pháp ở hầu hết các nước: bạn có thể bị bắt, bị "
                        "trục xuất, và không được pháp luật nước đó bảo vệ.",
                    ),
                    (
                        "Không cho biết tên chủ sử dụng và địa chỉ nơi làm việc",
                        "Nếu không biết mình sẽ làm ở đâu, gia đình cũng không thể tìm bạn khi cần.",
                    ),
                    (
                        "Cho vay tiền đi đường, trừ dần vào lương",
                        "Món nợ là sợi dây trói phổ biến nhất: người lao động làm mãi mà nợ vẫn không hết.",
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
                            "tiền. Đừng nộp thêm khoản nào để “giữ suất”. Hãy trình báo với công an nơi bạn cư trú; "
                            "nếu thấy có dấu hiệu mua bán người, gọi 111."
                        ),
                    ),
                    (
                        "Người thân đang làm việc ở nước ngoài bị giữ hộ chiếu, không được nghỉ. Đó có phải là mua "
                        "bán người không?",
                        p(
                            "Có thể. Bị giữ giấy tờ, bị ép làm việc, bị khống chế bằng nợ là những dấu hiệu của bóc "
                            "lột lao động và mua bán người. Hãy gọi 111 để được tư vấn; tổng đài sẽ chuyển thông tin "
                            "đến cơ quan có trách nhiệm. Gia đình cũng nên liên hệ cơ quan đại diện Việt Nam (đại "
                            "sứ quán, tổng lãnh sự quán) ở nước đó."
                        ),
                    ),
                    (
                        "Người môi giới gửi ảnh giấy phép của công ty. Như vậy đã đủ tin chưa?",
                        p(
                            "Chưa. Ảnh chụp giấy tờ rất dễ làm giả. Hãy tự đối chiếu tên, địa chỉ và mã số doanh "
                            "nghiệp với cơ quan nhà nước, và gặp trực tiếp doanh nghiệp tại trụ sở của họ."
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
                "Cần tư vấn? Gọi 111",
                "Miễn phí, 24/7. Bạn không cần chắc chắn đó là mua bán người mới được gọi.",
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
            "Working abroad under a contract is a legal path that has changed many families' lives. That same "
            "dream is what fraudsters exploit to take people's money and send them abroad illegally."
        ),
        "hero_image": ctx.image("suitcase"),
        "hero_image_alt": "Illustration: a yellow suitcase and a long dotted line curving towards a globe.",
        "body": stream(
            text(
                p(
                    "Every year a great many Vietnamese workers go abroad through companies licensed by the state. "
                    "They know in advance what they will do, where, and for how much, and they have a contract to "
                    "rely on if something goes wrong."
                ),
                p(
                    "Fraudsters take shortcuts. They promise a quick departure with no language classes and no "
                    "selection tests, collect a large sum, then send people on a tourist visa or lead them along "
                    "forest paths instead of through a border gate. On arrival the worker has no work permit and no "
                    "contract, and is easy to exploit: overwork, confiscated documents, wages withheld to “pay off "
                    "the debt”. From there, trafficking is one small step away."
                ),
                h2("What the legal route looks like"),
                ul(
                    "The company holds a licence to send Vietnamese workers abroad under contract. You can ask the "
                    "provincial Department of Home Affairs or your commune or ward People's Committee to check.",
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
                        "Legal programmes always have a selection process and time to prepare.",
                    ),
                    (
                        "A large deposit before any contract, paid into a personal account",
                        "If something goes wrong, you have nothing to claim your money back with.",
                    ),
                    (
                        "Being told to travel on a tourist visa and “convert” it later",
                        "Working on a tourist visa is illegal in most countries: you can be arrested or deported, "
                        "and that country's law will not protect you.",
                    ),
                    (
                        "No employer's name, no workplace address",
                        "If you do not know where you will work, your family cannot find you when it matters.",
                    ),
                    (
                        "A loan for the journey, repaid out of your wages",
                        "Debt is the most common chain: people work and work and the debt never ends.",
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
                            "police where you live; if you see signs of trafficking, call 111."
                        ),
                    ),
                    (
                        "A relative working abroad has had their passport taken and gets no time off. Is that "
                        "trafficking?",
                        p(
                            "It may be. Confiscated documents, forced work and control through debt are signs of "
                            "labour exploitation and trafficking. Call 111 for advice; the hotline passes "
                            "information on to the agencies responsible. The family should also contact Viet Nam's "
                            "embassy or consulate in that country."
                        ),
                    ),
                    (
                        "The broker sent me a photo of the company's licence. Is that enough?",
                        p(
                            "No. A photo of a document is easy to fake. Check the company's name, address and "
                            "registration number with the authorities yourself, and visit the company at its office."
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
                "Need advice? Call 111",
                "Free, 24/7. You do not need to be sure it is trafficking before you call.",
            ),
        ),
    }


def scams_vi(ctx):
    return {
        "title": "“Việc nhẹ, lương cao” trên mạng: lối vào các trại lừa đảo",
        "seo_title": "Lừa đảo “việc nhẹ, lương cao” và các trại lừa đảo trực tuyến",
        "search_description": (
            "Thủ đoạn tuyển người qua Facebook, Zalo, Telegram rồi đưa sang các khu lừa đảo trực tuyến ở "
            "Campuchia, Myanmar; dấu hiệu nhận biết và việc gia đình cần làm."
        ),
        "intro": (
            "Một tin tuyển “nhân viên chăm sóc khách hàng”, lương nghìn đô, bao vé máy bay. Sau những lời mời như "
            "thế, nhiều người trẻ đã bị đưa sang Campuchia, Myanmar, bị giữ trong các khu lừa đảo trực tuyến và bị "
            "ép đi lừa người khác."
        ),
        "hero_image": ctx.image("phone"),
        "hero_image_alt": (
            "Hình minh hoạ: chiếc điện thoại đầy bong bóng tin nhắn, một tin màu đỏ có dấu chấm than, "
            "bên cạnh là lưỡi câu thả xuống."
        ),
        "body": stream(
            text(
                h2("Thủ đoạn diễn ra như thế nào"),
                p(
                    "Kẻ tuyển người đăng tin trong các hội nhóm tìm việc, hoặc nhắn tin làm quen trực tiếp. Công "
                    "việc được mô tả rất đơn giản: trực mạng, nhập liệu, chăm sóc khách hàng, bán hàng online. Lương "
                    "thường từ 1.000 đến 2.000 đô la Mỹ một tháng, không cần kinh nghiệm, được bao vé máy bay và chỗ "
                    "ở."
                ),
                p(
                    "Người nhận lời được hẹn ở một điểm gần biên giới, rồi có “người đón” đưa đi tiếp, có khi đi bộ "
                    "qua đường mòn trong đêm. Đến nơi, họ bị thu hộ chiếu và điện thoại, bị giữ trong những khu nhà "
                    "rào kín, có người canh. Công việc thực sự là dùng tài khoản mạng xã hội giả để dụ người khác "
                    "đầu tư, đánh bạc hoặc chuyển tiền, mỗi ngày mười mấy tiếng, với chỉ tiêu phải đạt."
                ),
                p(
                    "Ai không đạt chỉ tiêu thì bị phạt, bị đánh, hoặc bị “bán” sang khu khác. Gia đình ở nhà có thể "
                    "nhận được tin nhắn đòi hàng chục, thậm chí hàng trăm triệu đồng để “chuộc” người về."
                ),
            ),
            warning_signs(
                "Dấu hiệu của tin tuyển dụng lừa đảo",
                "Những tin tuyển dụng này thường có nhiều dấu hiệu cùng lúc. Chỉ cần thấy một, hãy hỏi thêm.",
                [
                    (
                        "Lương rất cao cho việc rất dễ",
                        "“Chỉ cần biết dùng điện thoại”, “không cần bằng cấp” mà lương nghìn đô là lời mời đáng ngờ.",
                    ),
                    (
                        "Chỉ nói chuyện qua Telegram, Zalo hoặc Facebook",
                        "Tài khoản thường mới lập, hay đổi tên, và biến mất khi bạn hỏi nhiều.",
                    ),
                    (
                        "Nơi làm việc mơ hồ: “sang đến nơi sẽ biết”",
                        "Không có địa chỉ cụ thể, không có tên công ty để tra cứu.",
                    ),
                    (
                        "Được hướng dẫn né cửa khẩu, đi theo “người dẫn đường”",
                        "Người đi làm hợp pháp không bao giờ phải đi đường tắt qua biên giới.",
                    ),
                    (
                        "Được dặn không cho gia đình biết, xoá tin nhắn sau khi đọc",
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
                            "ảnh, vị trí mà con gửi về. Gọi 111 hoặc báo ngay cho công an nơi gia đình cư trú. Hạn "
                            "chế trả lời kẻ đòi tiền khi chưa trao đổi với cơ quan chức năng."
                        ),
                    ),
                    (
                        "Có nên chuyển tiền chuộc không?",
                        p(
                            "Chuyển tiền không bảo đảm người thân được thả, và nhiều gia đình đã bị đòi tiền hết lần "
                            "này đến lần khác. Hãy báo cho công an trước khi quyết định bất cứ điều gì: công an phối "
                            "hợp với cơ quan đại diện Việt Nam ở nước ngoài để xác minh và giải cứu."
                        ),
                    ),
                    (
                        "Con tôi bị ép đi lừa người khác. Khi về có bị xử lý không?",
                        p(
                            "Người bị lừa, bị khống chế và bị ép buộc là người cần được bảo vệ. Khi trở về, họ được "
                            "xác minh để xác định có phải là nạn nhân bị mua bán hay không, và được hỗ trợ ngay trong "
                            "thời gian xác minh. Hãy kể trung thực với cơ quan chức năng; từng trường hợp do cơ quan "
                            "có thẩm quyền xem xét theo quy định của pháp luật."
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
                "111: tư vấn và tiếp nhận tin báo về mua bán người, miễn phí, 24/7. 113: khi có người đang gặp "
                "nguy hiểm ngay lúc này.",
            ),
        ),
    }


def scams_en(ctx):
    return {
        "title": "“Easy work, high pay” online: the way into scam compounds",
        "seo_title": "“Easy work, high pay” job scams and online scam compounds",
        "search_description": (
            "How recruiters on Facebook, Zalo and Telegram lure young people to online scam compounds in "
            "Cambodia and Myanmar, the warning signs, and what families should do."
        ),
        "intro": (
            "A post looking for “customer service staff”, a thousand dollars a month, flights paid. After offers "
            "like this, many young people have been taken to Cambodia or Myanmar, held in online scam compounds "
            "and forced to defraud others."
        ),
        "hero_image": ctx.image("phone"),
        "hero_image_alt": (
            "Illustration: a phone full of chat bubbles, one of them red with an exclamation mark, and a fishing "
            "hook dangling beside it."
        ),
        "body": stream(
            text(
                h2("How it works"),
                p(
                    "Recruiters post in job-seeking groups, or message people directly. The work sounds simple: "
                    "answering chats, data entry, customer service, online sales. The pay is usually 1,000 to 2,000 "
                    "US dollars a month, no experience needed, with flights and housing paid."
                ),
                p(
                    "Those who accept are told to meet somewhere near the border, where a “guide” takes them on, "
                    "sometimes on foot along forest paths at night. On arrival their passports and phones are taken "
                    "and they are kept in fenced, guarded compounds. The real job is to use fake social-media "
                    "accounts to lure people into investing, gambling or sending money, for twelve hours a day or "
                    "more, with targets to meet."
                ),
                p(
                    "Those who miss their targets are fined, beaten or “sold” on to another compound. Families at "
                    "home may receive messages demanding tens or even hundreds of millions of dong to “buy back” "
                    "their relative."
                ),
            ),
            warning_signs(
                "Signs of a fake job advert",
                "These adverts usually show several signs at once. If you see even one, ask more questions.",
                [
                    (
                        "Very high pay for very easy work",
                        "“All you need is a phone”, “no qualifications”, and a thousand dollars a month: that offer "
                        "deserves suspicion.",
                    ),
                    (
                        "Contact only through Telegram, Zalo or Facebook",
                        "The accounts are usually new, change names often, and vanish when you ask too much.",
                    ),
                    (
                        "A vague workplace: “you'll see when you get there”",
                        "No real address, no company name you can look up.",
                    ),
                    (
                        "Instructions to avoid border gates and follow a “guide”",
                        "People who work abroad legally never have to take a shortcut across the border.",
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
                            "authorities."
                        ),
                    ),
                    (
                        "Should we pay a ransom?",
                        p(
                            "Paying does not guarantee your relative will be released, and many families have been "
                            "asked for money again and again. Tell the police before you decide anything: they work "
                            "with Viet Nam's embassies abroad to verify and rescue people."
                        ),
                    ),
                    (
                        "My child was forced to scam other people. Will they be punished when they come back?",
                        p(
                            "People who were deceived, controlled and coerced need protection. When they return, "
                            "they are assessed to establish whether they are trafficking victims, and they receive "
                            "support while that happens. Tell the authorities the truth; each case is considered by "
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
                "111: advice and reports about trafficking, free, 24/7. 113: when someone is in danger right now.",
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
            "Kết hôn với người nước ngoài là quyền của mỗi người. Nhưng những cuộc mai mối vội vàng, có tiền trao "
            "tay và lời hứa về cuộc sống sung túc có thể là cách kẻ mua bán người đưa phụ nữ và trẻ em gái qua "
            "biên giới."
        ),
        "hero_image": ctx.image("river"),
        "hero_image_alt": (
            "Hình minh hoạ: hai ngôi nhà ở hai bên bờ sông, nối với nhau bằng một cây cầu vòm bị đứt ở giữa."
        ),
        "body": stream(
            text(
                p(
                    "Kẻ môi giới thường tìm đến những gia đình khó khăn, hoặc những cô gái vừa đổ vỡ tình cảm, đang "
                    "cần việc làm. Chúng kể về một người chồng hiền lành, khá giả ở bên kia biên giới, về một đám "
                    "cưới nhanh gọn và một khoản tiền “cảm ơn” gửi bố mẹ."
                ),
                p(
                    "Nhiều người đã đi theo lời hứa ấy mà không bao giờ có một cuộc hôn nhân thật. Họ bị đưa qua biên "
                    "giới không giấy tờ, bị giao cho người khác để lấy tiền, bị ép làm vợ, ép sinh con hoặc bị bóc "
                    "lột sức lao động. Không có đăng ký kết hôn, không có giấy tờ tuỳ thân, họ gần như không thể tự "
                    "tìm đường về."
                ),
                h2("Kết hôn hợp pháp khác với “mua vợ”"),
                p(
                    "Kết hôn với người nước ngoài phải được đăng ký tại cơ quan nhà nước có thẩm quyền. Hai người cần "
                    "có thời gian tìm hiểu nhau, tự nguyện quyết định, và mỗi người tự giữ giấy tờ của mình. Không ai "
                    "được nhận tiền để “gả” một người cho người khác: môi giới kết hôn để kiếm lời là vi phạm pháp "
                    "luật."
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
                        "Không có đăng ký kết hôn, người phụ nữ không có quyền gì với tư cách người vợ ở nước ngoài.",
                    ),
                    (
                        "Người môi giới giữ hộ chiếu, căn cước",
                        "Giấy tờ tuỳ thân phải do chính bạn giữ.",
                    ),
                    (
                        "Cô dâu chưa đủ 18 tuổi",
                        "Tảo hôn là vi phạm pháp luật, và trẻ em gái đặc biệt dễ bị mua bán.",
                    ),
                ],
            ),
            quote(
                "Mẹ tôi nghĩ đó là may mắn của cả nhà. Tôi cũng nghĩ vậy, cho đến ngày đầu tiên ở bên ấy.",
                "Chị T., 31 tuổi (nhân vật hư cấu, tên đã thay đổi)",
            ),
            faq(
                "Câu hỏi thường gặp",
                [
                    (
                        "Tôi muốn kết hôn với người nước ngoài. Làm thủ tục ở đâu?",
                        p(
                            "Hãy hỏi Ủy ban nhân dân xã, phường nơi bạn cư trú về thủ tục đăng ký kết hôn có yếu tố "
                            "nước ngoài và giấy tờ cần chuẩn bị. Bạn có quyền tìm hiểu người kia, gặp gia đình họ, "
                            "và chỉ quyết định khi hoàn toàn tự nguyện."
                        ),
                    ),
                    (
                        "Con gái tôi đi theo người môi giới và giờ không liên lạc được. Tôi báo ở đâu?",
                        p(
                            "Báo ngay cho công an xã, phường hoặc gọi 111. Cung cấp mọi điều gia đình biết: ảnh, số "
                            "điện thoại, tên và số điện thoại của người môi giới, thời gian và nơi con đi. Mỗi giờ "
                            "đều quan trọng."
                        ),
                    ),
                ],
            ),
            call_to_action(
                "Quyền của người trở về",
                "Phụ nữ và trẻ em bị mua bán trở về được hỗ trợ và được giữ bí mật thông tin. Xem những hỗ trợ theo "
                "Luật Phòng, chống mua bán người.",
                "Cách nhận hỗ trợ",
                ctx.page("report"),
            ),
            hotline("Gọi 111", "Tổng đài miễn phí, 24/7, tiếp nhận tin báo và tư vấn về mua bán người."),
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
            "Everyone has the right to marry a foreigner. But hurried matchmaking, money changing hands and "
            "promises of a comfortable life can be how traffickers take women and girls across the border."
        ),
        "hero_image": ctx.image("river"),
        "hero_image_alt": (
            "Illustration: two houses on opposite banks of a river, linked by an arched bridge that is broken in "
            "the middle."
        ),
        "body": stream(
            text(
                p(
                    "Brokers seek out families in hardship, or young women just out of a relationship and looking "
                    "for work. They talk of a kind, well-off husband across the border, a quick wedding, and a "
                    "“thank-you” payment for the parents."
                ),
                p(
                    "Many who followed that promise never had a real marriage. They were taken across the border "
                    "without papers, handed over to others for money, forced into marriage or childbirth, or "
                    "exploited for their labour. With no marriage registration and no identity papers, they can "
                    "hardly find their own way home."
                ),
                h2("A legal marriage is not “buying a wife”"),
                p(
                    "A marriage with a foreigner must be registered with the competent Vietnamese authority. The two "
                    "people need time to get to know each other, decide freely, and each keep their own papers. "
                    "Nobody may take money to “give” a person in marriage: brokering marriages for profit is against "
                    "the law."
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
                        "Without a registered marriage, a woman has no rights as a wife in the other country.",
                    ),
                    (
                        "The broker keeps the passport or ID card",
                        "Your identity papers must stay with you.",
                    ),
                    (
                        "The bride is under 18",
                        "Child marriage is against the law, and girls are especially at risk of being trafficked.",
                    ),
                ],
            ),
            quote(
                "My mother thought it was our family's lucky break. So did I, until my first day over there.",
                "Ms T., 31 (a fictional character; name changed)",
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
                            "left. Every hour matters."
                        ),
                    ),
                ],
            ),
            call_to_action(
                "The rights of those who return",
                "Women and children who return after being trafficked are entitled to support and to "
                "confidentiality. See the support available under the Law on Prevention of Human Trafficking.",
                "How to get support",
                ctx.page("report"),
            ),
            hotline("Call 111", "A free hotline, 24/7, for reports and advice about human trafficking."),
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
