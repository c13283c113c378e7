"""
The news section: two articles on what changed in 2025 and one story.

The story is fiction, and says so at the top: a composite of situations the
press has reported, told under a pseudonym with no real place, employer or
date that could point at a person. That is the standard a real story must
meet too (ArticlePage.identities_protected).
"""

import datetime

from campaigns.models import ArticleIndexPage, ArticlePage

from .specs import PageSpec, published
from .streams import call_to_action, document, faq, h2, hotline, ol, p, quote, stream, text, ul

STORY_NOTE_VI = (
    "<em>Đây là câu chuyện hư cấu, được viết cho trang giới thiệu này dựa trên những tình huống thường gặp. Mọi "
    "tên người, địa danh và chi tiết đều đã được thay đổi; nếu có trùng hợp với người thật thì đó là ngẫu nhiên."
    "</em>"
)
STORY_NOTE_EN = (
    "<em>This story is fiction, written for this demonstration site from situations that are often reported. "
    "Every name, place and detail has been changed; any resemblance to a real person is coincidental.</em>"
)


def article_index_vi(ctx):
    return {
        "title": "Tin tức và câu chuyện",
        "seo_title": "Tin tức về phòng, chống mua bán người",
        "search_description": (
            "Tin mới về phòng, chống mua bán người ở Bắc Ninh và cả nước, và những câu chuyện đã được thay đổi tên "
            "và chi tiết để bảo vệ người trong cuộc."
        ),
        "show_in_menus": True,
        "intro": (
            "Tin mới về phòng, chống mua bán người ở tỉnh và cả nước, cùng những câu chuyện đã được thay đổi tên và "
            "chi tiết để bảo vệ người trong cuộc."
        ),
    }


def article_index_en(ctx):
    return {
        "title": "News and stories",
        "seo_title": "News on preventing human trafficking",
        "search_description": (
            "News on preventing human trafficking in Bac Ninh and across Viet Nam, and stories with names and "
            "details changed to protect the people in them."
        ),
        "show_in_menus": True,
        "intro": (
            "News on preventing human trafficking in our province and across the country, and stories with names "
            "and details changed to protect the people in them."
        ),
    }


def hotline_111_vi(ctx):
    return {
        "kind": ArticlePage.Kind.ARTICLE,
        "date": datetime.date(2025, 9, 22),
        "title": "Từ 19/9/2025, gọi 111 để báo tin về mua bán người",
        "seo_title": "Tổng đài 111 tiếp nhận tin báo về mua bán người",
        "search_description": (
            "Từ ngày 19/9/2025, Tổng đài 111 miễn phí, hoạt động 24/7, tiếp nhận tin báo và tư vấn về mua bán "
            "người. Khi nào nên gọi, và thông tin được chuyển đi đâu."
        ),
        "intro": (
            "Tổng đài điện thoại quốc gia 111 nay tiếp nhận cả tin báo về mua bán người, bên cạnh các cuộc gọi về "
            "bảo vệ trẻ em. Cuộc gọi miễn phí, tổng đài trực 24 giờ mỗi ngày, 7 ngày mỗi tuần."
        ),
        "hero_image": ctx.image("phone"),
        "hero_image_alt": "Hình minh hoạ: chiếc điện thoại với nhiều bong bóng tin nhắn trên nền xanh đậm.",
        "body": stream(
            text(
                p(
                    "Từ ngày 19/9/2025, người dân trên cả nước có thể gọi số 111 để báo tin, tố giác hoặc hỏi tư vấn "
                    "về mua bán người. Trước đây, 111 được biết đến là tổng đài bảo vệ trẻ em. Nay tổng đài do Bộ Y "
                    "tế quản lý và mở rộng sang phòng, chống mua bán người, theo các quy định hướng dẫn Luật Phòng, "
                    "chống mua bán người năm 2024."
                ),
                h2("Khi nào nên gọi 111"),
                ul(
                    "Bạn nghi ngờ một lời mời làm việc hay một cuộc mai mối có dấu hiệu lừa đảo, đưa người đi bất "
                    "hợp pháp.",
                    "Người thân, bạn bè mất liên lạc sau khi đi làm xa, hoặc nhắn tin cầu cứu.",
                    "Bạn biết có người đang bị giữ giấy tờ, bị ép làm việc, bị khống chế.",
                    "Bạn hoặc người thân vừa trở về và muốn biết mình được hỗ trợ những gì.",
                ),
                p(
                    "Bạn không cần chắc chắn đó là mua bán người mới được gọi. Tư vấn viên sẽ lắng nghe, hỏi thêm "
                    "những điều cần thiết và hướng dẫn bạn bước tiếp theo."
                ),
                h2("Sau cuộc gọi, thông tin đi đâu"),
                p(
                    "Các cuộc gọi đến 111 được ghi âm tự động. Khi có dấu hiệu mua bán người, tổng đài chuyển "
                    "thông tin đến cơ quan có trách nhiệm xử lý: công an, bộ đội biên phòng, cảnh sát biển hoặc Ủy "
                    "ban nhân dân cấp xã nơi xảy ra sự việc. Pháp luật nghiêm cấm đe doạ, trả thù người tố giác, báo "
                    "tin về mua bán người."
                ),
                p("<strong>Nếu có người đang gặp nguy hiểm ngay lúc này, hãy gọi 113 trước.</strong>"),
            ),
            faq(
                "Hỏi nhanh về 111",
                [
                    (
                        "Gọi 111 có mất tiền không?",
                        p("Không. Cuộc gọi đến 111 miễn phí, từ cả điện thoại cố định và điện thoại di động."),
                    ),
                    (
                        "Tôi có phải nói tên mình không?",
                        p(
                            "Bạn có thể hỏi tư vấn viên về việc giữ bí mật thông tin của mình trước khi kể. Thông "
                            "tin về người báo tin và về người bị mua bán được pháp luật bảo vệ: tiết lộ thông tin "
                            "của nạn nhân khi chưa có sự đồng ý của họ là hành vi bị nghiêm cấm."
                        ),
                    ),
                    (
                        "Tôi ở Bắc Ninh, gọi 111 có được chuyển về tỉnh không?",
                        p(
                            "Có. Tổng đài chuyển tin báo đến cơ quan có trách nhiệm nơi xảy ra sự việc, kể cả công an "
                            "và Ủy ban nhân dân xã, phường trong tỉnh."
                        ),
                    ),
                ],
            ),
            hotline(
                "Lưu số 111 vào danh bạ",
                "Miễn phí, 24/7. Nhắc người thân, nhất là những người sắp đi làm xa, cùng lưu số này.",
            ),
            call_to_action(
                "Người thân vừa trở về?",
                "Tìm hiểu các bước báo tin và những hỗ trợ người trở về được hưởng.",
                "Cách báo tin và nhận hỗ trợ",
                ctx.page("report"),
            ),
        ),
    }


def hotline_111_en(ctx):
    return {
        "kind": ArticlePage.Kind.ARTICLE,
        "date": datetime.date(2025, 9, 22),
        "title": "Since 19 September 2025, call 111 to report human trafficking",
        "seo_title": "Hotline 111 now takes reports of human trafficking",
        "search_description": (
            "Since 19 September 2025, the free 24/7 hotline 111 takes reports of, and gives advice about, human "
            "trafficking. When to call, and where the information goes."
        ),
        "intro": (
            "The national hotline 111 now takes reports about human trafficking as well as calls about child "
            "protection. Calls are free, and the hotline is staffed 24 hours a day, 7 days a week."
        ),
        "hero_image": ctx.image("phone"),
        "hero_image_alt": "Illustration: a phone with several chat bubbles on a dark teal background.",
        "body": stream(
            text(
                p(
                    "Since 19 September 2025, anyone in Viet Nam can call 111 to report, denounce or ask for advice "
                    "about human trafficking. 111 used to be known as the child protection hotline. It is now run by "
                    "the Ministry of Health and covers trafficking too, under the rules implementing the 2024 Law on "
                    "Prevention of Human Trafficking."
                ),
                h2("When to call 111"),
                ul(
                    "You suspect that a job offer or a match with a partner abroad is a scam, or a way to take "
                    "someone out of the country illegally.",
                    "A relative or friend has lost contact after going away to work, or has sent a message asking "
                    "for help.",
                    "You know of someone whose papers have been taken, who is forced to work, or who is being "
                    "controlled.",
                    "You or someone close to you has just come back and wants to know what support is available.",
                ),
                p(
                    "You do not need to be sure it is trafficking before you call. The adviser will listen, ask what "
                    "they need to know and explain what to do next."
                ),
                h2("What happens to the information"),
                p(
                    "Calls to 111 are recorded automatically. Where there are signs of trafficking, the hotline "
                    "passes the information on to the agency responsible: the police, the Border Guard, the Coast "
                    "Guard, or the People's Committee of the commune where it happened. The law forbids threatening "
                    "or retaliating against anyone who reports trafficking."
                ),
                p("<strong>If someone is in danger right now, call 113 first.</strong>"),
            ),
            faq(
                "Quick questions about 111",
                [
                    (
                        "Does calling 111 cost anything?",
                        p("No. Calls to 111 are free from both landlines and mobile phones."),
                    ),
                    (
                        "Do I have to give my name?",
                        p(
                            "You can ask the adviser how your information will be kept confidential before you "
                            "say anything. The law protects information about people who report and about people "
                            "who were trafficked: disclosing a victim's information without their consent is "
                            "forbidden."
                        ),
                    ),
                    (
                        "I live in Bac Ninh. Will a call to 111 reach the province?",
                        p(
                            "Yes. The hotline passes reports to the agency responsible where it happened, including "
                            "the police and the commune or ward People's Committees in the province."
                        ),
                    ),
                ],
            ),
            hotline(
                "Save 111 in your contacts",
                "Free, 24/7. Remind your family, especially anyone about to go away for work, to save it too.",
            ),
            call_to_action(
                "Has someone in your family just come back?",
                "Find out how to report and what support people who return are entitled to.",
                "How to report and get support",
                ctx.page("report"),
            ),
        ),
    }


def law_vi(ctx):
    return {
        "kind": ArticlePage.Kind.ARTICLE,
        "date": datetime.date(2025, 7, 1),
        "title": "Luật Phòng, chống mua bán người năm 2024: những thay đổi từ 1/7/2025",
        "seo_title": "Luật Phòng, chống mua bán người 2024 có gì mới",
        "search_description": (
            "Luật Phòng, chống mua bán người số 53/2024/QH15 có hiệu lực từ 1/7/2025: hỗ trợ cả người đang trong "
            "quá trình xác định là nạn nhân, thêm chế độ hỗ trợ, bảo vệ thông tin và cách tiếp nhận mới."
        ),
        "intro": (
            "Luật Phòng, chống mua bán người số 53/2024/QH15 có hiệu lực từ ngày 1/7/2025, thay thế luật năm 2011. "
            "Người đang trong quá trình xác định là nạn nhân cũng được hỗ trợ, và thông tin của họ được bảo vệ chặt "
            "chẽ hơn."
        ),
        "hero_image": ctx.image("support"),
        "hero_image_alt": "Hình minh hoạ: nhiều người đứng thành vòng tròn quanh một ngôi nhà nhỏ.",
        "body": stream(
            text(
                p(
                    "Luật Phòng, chống mua bán người năm 2024 được Quốc hội thông qua ngày 28/11/2024 và có hiệu lực "
                    "từ ngày 1/7/2025. Cùng ngày, Nghị định 162/2025/NĐ-CP quy định chi tiết một số điều của Luật "
                    "cũng bắt đầu có hiệu lực. Dưới đây là những thay đổi quan trọng nhất với người bị mua bán và gia "
                    "đình họ."
                ),
                h2("Được hỗ trợ cả khi chưa được xác định là nạn nhân"),
                p(
                    "Luật mới có khái niệm “người đang trong quá trình xác định là nạn nhân”. Trong thời gian cơ quan "
                    "chức năng xác minh, người này đã được hưởng một số chế độ hỗ trợ và được bảo vệ, thay vì phải "
                    "chờ có kết luận. Trẻ em dưới 18 tuổi đi cùng họ cũng được hỗ trợ."
                ),
                h2("Nhiều hình thức hỗ trợ hơn"),
                p(
                    "Bên cạnh hỗ trợ nhu cầu thiết yếu, y tế, tâm lý, pháp lý, học văn hoá, học nghề và trợ cấp khó "
                    "khăn ban đầu, luật mới bổ sung hỗ trợ phiên dịch, tư vấn và giới thiệu việc làm, vay vốn ưu "
                    "đãi. Người chưa có bảo hiểm y tế được hỗ trợ thẻ bảo hiểm y tế trong năm đầu. Hỗ trợ tâm lý và "
                    "y tế không còn chỉ dành cho người đang ở cơ sở trợ giúp xã hội."
                ),
                p(
                    "Hỗ trợ chỗ ở tạm thời và nhu cầu thiết yếu kéo dài tối đa 120 ngày, và có thể được gia hạn khi "
                    "cần."
                ),
                h2("Thông tin của người bị mua bán được bảo vệ"),
                p(
                    "Luật nghiêm cấm tiết lộ thông tin về nạn nhân và người đang trong quá trình xác định là nạn nhân "
                    "khi chưa có sự đồng ý của họ hoặc của người đại diện hợp pháp. Kỳ thị, phân biệt đối xử với nạn "
                    "nhân cũng bị cấm. Người bị mua bán có quyền được biết về các chế độ dành cho mình, và có quyền "
                    "nhận hoặc từ chối hỗ trợ."
                ),
                h2("Ai tiếp nhận, ai xác minh"),
                p(
                    "Từ 1/7/2025, chính quyền địa phương tổ chức theo hai cấp, không còn cấp huyện. Luật được sửa đổi "
                    "năm 2025 cho phù hợp:"
                ),
                ol(
                    "Người bị mua bán trở về trình báo tại Ủy ban nhân dân cấp xã, hoặc với công an, bộ đội biên "
                    "phòng, cảnh sát biển; những nơi này đưa họ đến Ủy ban nhân dân cấp xã.",
                    "Ủy ban nhân dân cấp xã báo ngay cho Sở Y tế.",
                    "Trong vòng 3 ngày, Sở Y tế chủ trì, phối hợp với Công an tỉnh xác minh ban đầu.",
                ),
                p(
                    "Việc hỗ trợ nạn nhân nay thuộc ngành y tế, thay cho ngành lao động – thương binh và xã hội trước "
                    "đây. Ở Bắc Ninh, sau khi hai tỉnh Bắc Giang và Bắc Ninh hợp nhất, các đầu mối là Sở Y tế tỉnh "
                    "Bắc Ninh và Công an tỉnh Bắc Ninh."
                ),
            ),
            faq(
                "Câu hỏi thường gặp",
                [
                    (
                        "Tôi trở về trước ngày 1/7/2025 thì áp dụng quy định nào?",
                        p(
                            "Hãy hỏi Ủy ban nhân dân xã, phường nơi bạn cư trú hoặc Sở Y tế: cơ quan tiếp nhận sẽ "
                            "hướng dẫn quy định áp dụng cho trường hợp của bạn. Bạn cũng có thể gọi 111 để được tư "
                            "vấn."
                        ),
                    ),
                    (
                        "Tôi có phải ở cơ sở bảo trợ xã hội mới được hỗ trợ không?",
                        p(
                            "Không. Nhiều hình thức hỗ trợ, như khám chữa bệnh, tư vấn tâm lý, trợ giúp pháp lý và "
                            "học nghề, vẫn nhận được khi bạn sống cùng gia đình."
                        ),
                    ),
                ],
            ),
            document(
                ctx.document("rights"),
                "Hỏi – đáp: quyền được hỗ trợ của người bị mua bán trở về",
                "Bản tóm tắt dễ đọc để in hoặc gửi qua Zalo cho người thân.",
            ),
            call_to_action(
                "Xem từng bước báo tin và nhận hỗ trợ",
                "Nơi trình báo, việc gì xảy ra sau đó, và ai ở Bắc Ninh làm việc gì.",
                "Cách báo tin và nhận hỗ trợ",
                ctx.page("report"),
            ),
        ),
    }


def law_en(ctx):
    return {
        "kind": ArticlePage.Kind.ARTICLE,
        "date": datetime.date(2025, 7, 1),
        "title": "The 2024 Law on Prevention of Human Trafficking: what changes on 1 July 2025",
        "seo_title": "What the 2024 anti-trafficking law changes",
        "search_description": (
            "Law 53/2024/QH15 on prevention of human trafficking takes effect on 1 July 2025: support for people "
            "still being identified, new forms of support, protection of personal information and a new intake "
            "procedure."
        ),
        "intro": (
            "Law 53/2024/QH15 on Prevention of Human Trafficking takes effect on 1 July 2025, replacing the 2011 "
            "law. People who are still being identified as victims receive support too, and their information is "
            "better protected."
        ),
        "hero_image": ctx.image("support"),
        "hero_image_alt": "Illustration: people standing in a ring around a small house.",
        "body": stream(
            text(
                p(
                    "The National Assembly passed the 2024 Law on Prevention of Human Trafficking on 28 November "
                    "2024, and it takes effect on 1 July 2025. Decree 162/2025/NĐ-CP, which details several of its "
                    "articles, takes effect on the same day. These are the changes that matter most to people who "
                    "were trafficked and to their families."
                ),
                h2("Support even before someone is identified as a victim"),
                p(
                    "The new law recognises a “person in the process of being identified as a victim”. While the "
                    "authorities verify what happened, this person already receives some support and protection, "
                    "instead of waiting for a decision. Children under 18 who are with them are supported too."
                ),
                h2("More forms of support"),
                p(
                    "Alongside essential needs, medical care, psychological help, legal help, schooling, vocational "
                    "training and an initial hardship allowance, the new law adds interpretation, job counselling "
                    "and referral, and preferential loans. People without health insurance receive a health "
                    "insurance card for the first year. Psychological and medical help are no longer only for people "
                    "staying in a social assistance facility."
                ),
                p("Temporary accommodation and essential needs are covered for up to 120 days, extendable if needed."),
                h2("Information about trafficked people is protected"),
                p(
                    "The law forbids disclosing information about victims, or about people being identified as "
                    "victims, without their consent or that of their legal representative. Stigmatising or "
                    "discriminating against victims is forbidden too. People who were trafficked have the right to "
                    "be told what support they are entitled to, and to accept or refuse it."
                ),
                h2("Who receives people, and who verifies"),
                p(
                    "Since 1 July 2025, local government has two tiers, with no districts. The law was amended in "
                    "2025 to match:"
                ),
                ol(
                    "A person who comes back reports to the commune People's Committee, or to the police, the "
                    "Border Guard or the Coast Guard, who bring them to the commune People's Committee.",
                    "The commune People's Committee informs the provincial Department of Health at once.",
                    "Within 3 days, the Department of Health leads an initial verification with the provincial "
                    "police.",
                ),
                p(
                    "Victim support is now the responsibility of the health sector, instead of the former "
                    "labour, invalids and social affairs sector. In Bac Ninh, since the provinces of Bac Giang and "
                    "Bac Ninh merged, the agencies to contact are the Bac Ninh Department of Health and the Bac Ninh "
                    "Provincial Police."
                ),
            ),
            faq(
                "Common questions",
                [
                    (
                        "I came back before 1 July 2025. Which rules apply to me?",
                        p(
                            "Ask the People's Committee of your commune or ward, or the Department of Health: the "
                            "agency that receives you will explain which rules apply in your case. You can also call "
                            "111 for advice."
                        ),
                    ),
                    (
                        "Do I have to stay in a social assistance facility to receive support?",
                        p(
                            "No. Many forms of support, such as medical care, counselling, legal aid and vocational "
                            "training, are available while you live with your family."
                        ),
                    ),
                ],
            ),
            document(
                ctx.document("rights"),
                "Questions and answers: support for people who return after being trafficked",
                "An easy-to-read summary to print, or to send to someone in your family.",
            ),
            call_to_action(
                "Step by step: reporting and getting support",
                "Where to report, what happens next, and who does what in Bac Ninh.",
                "How to report and get support",
                ctx.page("report"),
            ),
        ),
    }


def story_vi(ctx):
    return {
        "kind": ArticlePage.Kind.STORY,
        "identities_protected": True,
        "date": datetime.date(2026, 5, 14),
        "title": "Câu chuyện của Mai: “Em tưởng mình sang đó làm chăm sóc khách hàng”",
        "seo_title": "Câu chuyện của Mai: từ tin tuyển dụng trên Telegram đến ngày trở về",
        "search_description": (
            "Câu chuyện hư cấu về một cô gái nhận lời làm “chăm sóc khách hàng” qua Telegram, bị giữ trong khu "
            "lừa đảo trực tuyến và được hỗ trợ khi trở về. Tên và chi tiết đã được thay đổi."
        ),
        "intro": (
            "Mai nhận lời làm “chăm sóc khách hàng” với mức lương 25 triệu đồng một tháng qua một tin nhắn trên "
            "Telegram. Ba tháng sau, cô mới được trở về nhà. Tên và chi tiết trong câu chuyện đã được thay đổi."
        ),
        "hero_image": ctx.image("road_home"),
        "hero_image_alt": (
            "Hình minh hoạ: con đường uốn lượn giữa những ngọn đồi dẫn về một ngôi nhà nhỏ có cửa sổ sáng đèn. "
            "Ảnh không phải của nhân vật."
        ),
        "body": stream(
            text(
                p(STORY_NOTE_VI),
                p(
                    "Năm ấy Mai 24 tuổi, vừa nghỉ việc ở một công ty điện tử trong khu công nghiệp. Trong một nhóm "
                    "tìm việc trên Telegram, cô thấy tin tuyển “nhân viên chăm sóc khách hàng, làm việc tại "
                    "Campuchia, lương 25 triệu, bao vé, bao ăn ở”. Người tuyển dụng xưng là “chị quản lý”, trả lời "
                    "tin nhắn rất nhanh và rất nhiệt tình."
                ),
                p(
                    "“Chị ấy gửi ảnh văn phòng, ảnh các bạn nhân viên đi ăn, đi biển. Em nghĩ cùng lắm làm vài tháng, "
                    "không hợp thì về,” Mai kể."
                ),
                h2("Ba tháng không có ngày nghỉ"),
                p(
                    "Mai được hẹn ở một bến xe, rồi có người đưa đi tiếp bằng ô tô. Qua biên giới, điện thoại và hộ "
                    "chiếu của cô bị thu lại “để làm thủ tục”. Khu nhà nơi cô ở có tường cao, cổng lúc nào cũng có "
                    "người canh. Công việc là dùng những tài khoản mạng xã hội giả để làm quen, rồi dụ người khác nạp "
                    "tiền vào một ứng dụng đầu tư."
                ),
                p(
                    "Cô làm mười bốn tiếng mỗi ngày. Không đạt chỉ tiêu thì bị trừ lương, bị phạt đứng. Sang tháng "
                    "thứ hai, Mai được thông báo rằng cô đang nợ “công ty” ba nghìn đô la Mỹ tiền vé và tiền môi giới."
                ),
            ),
            quote(
                "Em không sợ làm vất vả. Em sợ nhất là không ai ở nhà biết em đang ở đâu.",
                "Mai (tên nhân vật đã được thay đổi)",
            ),
            text(
                h2("Một tin nhắn về nhà"),
                p(
                    "Một tối, Mai mượn được điện thoại của một người cùng phòng và nhắn cho anh trai vị trí khu nhà. "
                    "Gia đình gọi 111. Thông tin được chuyển đến cơ quan công an, và sau nhiều tuần phối hợp với cơ "
                    "quan đại diện Việt Nam ở nước ngoài, Mai cùng một số người khác được giải cứu và đưa về nước."
                ),
                p(
                    "Về đến quê, Mai được Ủy ban nhân dân xã tiếp nhận. Cán bộ Sở Y tế đến gặp cô, giải thích những "
                    "hỗ trợ cô được hưởng và hỏi cô muốn bắt đầu từ đâu. Mai được khám sức khoẻ, được tư vấn tâm lý "
                    "trong mấy tháng, và được hỗ trợ học một khoá kế toán ngắn hạn. Chỉ những người trực tiếp giúp "
                    "cô mới biết chuyện của cô."
                ),
                h2("Điều Mai muốn nói"),
                p(
                    "Giờ Mai làm ở một cửa hàng gần nhà. Cô vẫn vào những nhóm tìm việc trên mạng, nhưng là để nhắn "
                    "riêng cho những bạn trẻ đang hỏi về “việc nhẹ, lương cao”."
                ),
            ),
            quote(
                "Nếu ai hứa lương cao mà dặn bạn đừng nói với gia đình, thì đó chính là lúc bạn phải nói với gia "
                "đình.",
                "Mai (tên nhân vật đã được thay đổi)",
            ),
            call_to_action(
                "Bạn vừa nhận được một lời mời giống như của Mai?",
                "Trả lời mười câu hỏi để xem lời mời có dấu hiệu lừa đảo hay không.",
                "Kiểm tra lời mời",
                ctx.page("self_check"),
            ),
            hotline("Gọi 111", "Miễn phí, 24/7. Gia đình Mai đã bắt đầu từ một cuộc gọi."),
        ),
    }


def story_en(ctx):
    return {
        "kind": ArticlePage.Kind.STORY,
        "identities_protected": True,
        "date": datetime.date(2026, 5, 14),
        "title": "Mai's story: “I thought I was going there to work in customer service”",
        "seo_title": "Mai's story: from a job advert on Telegram to the day she came home",
        "search_description": (
            "A fictional story of a young woman who took a “customer service” job through Telegram, was held in an "
            "online scam compound, and was supported when she came back. Names and details changed."
        ),
        "intro": (
            "Mai accepted a “customer service” job paying 25 million dong a month through a message on Telegram. "
            "It was three months before she could come home. Names and details in this story have been changed."
        ),
        "hero_image": ctx.image("road_home"),
        "hero_image_alt": (
            "Illustration: a road winding between hills to a small house with a lit window. It is not a picture "
            "of anyone in the story."
        ),
        "body": stream(
            text(
                p(STORY_NOTE_EN),
                p(
                    "Mai was 24 and had just left her job at an electronics company in an industrial park. In a "
                    "job-seeking group on Telegram she saw an advert: “customer service staff, working in Cambodia, "
                    "25 million a month, flights, meals and housing paid”. The recruiter called herself “the "
                    "manager” and answered every message quickly and warmly."
                ),
                p(
                    "“She sent photos of the office, of the staff out for dinner and at the beach. I thought, at "
                    "worst I'll work a few months and come back if I don't like it,” Mai says."
                ),
                h2("Three months without a day off"),
                p(
                    "Mai was told to meet at a bus station, and someone drove her on from there. Across the border, "
                    "her phone and passport were taken “for the paperwork”. The compound where she lived had high "
                    "walls and a gate that was always guarded. The job was to use fake social-media accounts to "
                    "befriend people, then talk them into putting money into an investment app."
                ),
                p(
                    "She worked fourteen hours a day. Missing a target meant lost wages, or being made to stand for "
                    "hours. In the second month, Mai was told she owed “the company” three thousand US dollars for "
                    "her ticket and the recruitment fee."
                ),
            ),
            quote(
                "I wasn't afraid of hard work. What scared me most was that nobody at home knew where I was.",
                "Mai (not her real name)",
            ),
            text(
                h2("A message home"),
                p(
                    "One evening Mai borrowed a roommate's phone and sent her brother the location of the compound. "
                    "The family called 111. The information went to the police and, after weeks of work with "
                    "Viet Nam's diplomatic mission abroad, Mai and several others were rescued and brought home."
                ),
                p(
                    "Back home, the commune People's Committee received her. An officer from the Department of "
                    "Health came to see her, explained the support she was entitled to and asked where she wanted to "
                    "start. Mai had a health check, counselling over several months, and help to take a short "
                    "accounting course. Only the people directly helping her know her story."
                ),
                h2("What Mai wants to say"),
                p(
                    "Mai now works in a shop near home. She still joins job-seeking groups online, but now it is to "
                    "message young people who ask about “easy work, high pay”."
                ),
            ),
            quote(
                "If someone promises you high pay and tells you not to tell your family, that is exactly when you "
                "should tell your family.",
                "Mai (not her real name)",
            ),
            call_to_action(
                "Have you received an offer like Mai's?",
                "Answer ten questions to see whether the offer shows signs of a scam.",
                "Check the offer",
                ctx.page("self_check"),
            ),
            hotline("Call 111", "Free, 24/7. Mai's family started with one phone call."),
        ),
    }


SPECS = [
    PageSpec(
        "articles",
        ArticleIndexPage,
        "home",
        {"vi": "tin-tuc", "en": "news"},
        {"vi": article_index_vi, "en": article_index_en},
    ),
    PageSpec(
        "article_law",
        ArticlePage,
        "articles",
        {"vi": "luat-phong-chong-mua-ban-nguoi-2024", "en": "anti-trafficking-law-2024"},
        {"vi": law_vi, "en": law_en},
        published(2025, 7, 1),
    ),
    PageSpec(
        "article_hotline",
        ArticlePage,
        "articles",
        {"vi": "goi-111-de-bao-tin-mua-ban-nguoi", "en": "call-111-to-report-trafficking"},
        {"vi": hotline_111_vi, "en": hotline_111_en},
        published(2025, 9, 22),
    ),
    PageSpec(
        "article_story",
        ArticlePage,
        "articles",
        {"vi": "cau-chuyen-cua-mai", "en": "mais-story"},
        {"vi": story_vi, "en": story_en},
        published(2026, 5, 14),
    ),
]
