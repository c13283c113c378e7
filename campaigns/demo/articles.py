"""
The news section: two articles on what changed in 2025 and one story.

The story is fiction, and says so at the top and in every attribution:
Mai is a fictional character ("nhân vật hư cấu"), not a survivor whose name
was changed, with no real place, employer or date that could point at a
person (ArticlePage.story_source). A real person's story needs their written
consent and the same protection of identities (ArticlePage.identities_protected).
"""

import datetime

from campaigns.models import ArticleIndexPage, ArticlePage

from .specs import PageSpec, published
from .streams import call_to_action, document, faq, h2, hotline, ol, p, quote, stream, text, ul
from .wording import ABROAD_EN, ABROAD_VI, LAW_EN, LAW_VI, LEGAL_CHECKED_ON, MAI_SHORT_EN, MAI_SHORT_VI

STORY_NOTE_VI = (
    "<em>Đây là câu chuyện hư cấu, được viết cho trang giới thiệu này. Mai là nhân vật hư cấu: mọi tên người, địa "
    "danh và chi tiết đều do người viết đặt ra; nếu có trùng hợp với người thật thì đó là ngẫu nhiên.</em>"
)
STORY_NOTE_EN = (
    "<em>This story is fiction, written for this demonstration site. Mai is a fictional character: every name, "
    "place and detail is invented; any resemblance to a real person is coincidental.</em>"
)


def article_index_vi(ctx):
    return {
        "title": "Tin tức và câu chuyện",
        "seo_title": "Tin tức về phòng, chống mua bán người",
        "search_description": (
            "Tin mới về phòng, chống mua bán người ở Bắc Ninh và cả nước, và những câu chuyện hư cấu giúp nhận ra "
            "thủ đoạn của kẻ mua bán người."
        ),
        "show_in_menus": True,
        "intro": (
            "Tin mới về phòng, chống mua bán người ở tỉnh và cả nước, cùng những câu chuyện hư cấu giúp nhận ra thủ "
            "đoạn của kẻ mua bán người."
        ),
    }


def article_index_en(ctx):
    return {
        "title": "News and stories",
        "seo_title": "News on preventing human trafficking",
        "search_description": (
            "News on preventing human trafficking in Bac Ninh and across Viet Nam, and fictional stories that help "
            "you recognise traffickers' tricks."
        ),
        "show_in_menus": True,
        "intro": (
            "News on preventing human trafficking in our province and across the country, and fictional stories "
            "that help you recognise traffickers' tricks."
        ),
    }


def hotline_111_vi(ctx):
    return {
        "kind": ArticlePage.Kind.ARTICLE,
        "date": datetime.date(2025, 9, 22),
        "title": "Từ 19/9/2025, gọi 111 để báo tin về mua bán người",
        "seo_title": "Tổng đài 111 tiếp nhận tin báo về mua bán người",
        "search_description": (
            "Từ ngày 19/9/2025, Tổng đài 111 miễn phí, hoạt động 24/7, tiếp nhận tin báo về mua bán người. Khi nào "
            "nên gọi, và thông tin được chuyển đi đâu."
        ),
        "intro": (
            "Tổng đài điện thoại quốc gia 111 nay có thêm chức năng tiếp nhận tin báo, tố giác về mua bán người. "
            "Cuộc gọi miễn phí, tổng đài trực 24 giờ mỗi ngày, 7 ngày mỗi tuần."
        ),
        "hero_image": ctx.image("phone"),
        "hero_image_alt": "Hình minh họa: chiếc điện thoại với nhiều bong bóng tin nhắn trên nền xanh đậm.",
        "legal_checked_on": LEGAL_CHECKED_ON,
        "body": stream(
            text(
                p(
                    "Từ ngày 19/9/2025, người dân trên cả nước có thể gọi số 111 để báo tin, tố giác về mua bán "
                    "người. Tổng đài do Bộ Y tế quản lý. Nhiệm vụ tiếp nhận tin báo về mua bán người được giao theo "
                    f"Nghị định 162/2025/NĐ-CP, văn bản quy định chi tiết {LAW_VI} năm 2024."
                ),
                h2("Khi nào nên gọi 111"),
                ul(
                    "Bạn nghi ngờ một lời mời làm việc hay một cuộc mai mối có dấu hiệu lừa đảo, đưa người đi bất "
                    "hợp pháp.",
                    "Người thân, bạn bè mất liên lạc sau khi đi làm xa, hoặc nhắn tin cầu cứu.",
                    "Bạn biết có người đang bị giữ giấy tờ, bị ép làm việc, bị khống chế.",
                    "Người thân của bạn đang ở nước ngoài và không gọi được về số 111: bạn có thể gọi thay họ.",
                ),
                p("Bạn không cần chắc chắn đó là mua bán người mới được gọi: hãy kể những gì bạn biết."),
                h2("Sau cuộc gọi, thông tin đi đâu"),
                p(
                    "Các cuộc gọi đến 111 được ghi âm tự động. Tổng đài chuyển tin báo đến cơ quan có trách nhiệm xử "
                    "lý: cơ quan công an, Bộ đội Biên phòng, Cảnh sát biển hoặc Ủy ban nhân dân cấp xã. Pháp luật "
                    "nghiêm cấm đe dọa, trả thù người tố giác, báo tin về mua bán người."
                ),
                p(
                    "<strong>Nếu có người ở Việt Nam đang gặp nguy hiểm ngay lúc này, hãy gọi 113 trước.</strong> "
                    + ABROAD_VI
                ),
            ),
            faq(
                "Hỏi nhanh về 111",
                [
                    (
                        "Gọi 111 có mất tiền không?",
                        p("Không. Cuộc gọi đến 111 miễn phí."),
                    ),
                    (
                        "Tôi có phải nói tên mình không?",
                        p(
                            "Cuộc gọi đến 111 được ghi âm tự động, nên đừng coi đó là cuộc gọi ẩn danh. Trước khi "
                            "kể, bạn có thể hỏi thông tin của mình sẽ được chuyển cho ai, và đề nghị giữ bí mật danh "
                            "tính của bạn. Pháp luật nghiêm cấm đe dọa, trả thù người tố giác, báo tin về mua bán "
                            "người, và nghiêm cấm tiết lộ thông tin của nạn nhân khi chưa có sự đồng ý của họ."
                        ),
                    ),
                    (
                        "Tôi ở Bắc Ninh, tin báo của tôi được chuyển đến ai?",
                        p(
                            "Tổng đài chuyển tin báo đến cơ quan có trách nhiệm xử lý: cơ quan công an, Bộ đội Biên "
                            "phòng, Cảnh sát biển hoặc Ủy ban nhân dân cấp xã."
                        ),
                    ),
                    (
                        "Tôi đang ở nước ngoài. Tôi có gọi được 111 không?",
                        p(
                            "Không. Không gọi được 111 và 113 từ nước ngoài. Hãy gọi số khẩn cấp của nước bạn đang "
                            "ở, liên hệ Đại sứ quán hoặc Tổng Lãnh sự quán Việt Nam, hoặc nhờ người nhà ở Việt Nam "
                            "gọi 111 giúp bạn."
                        ),
                    ),
                ],
            ),
            hotline(
                "Lưu số 111 vào danh bạ",
                "Miễn phí, 24/7. Nhắc người thân, nhất là những người sắp đi làm xa, cùng lưu số này, và lưu cả số "
                "của Đại sứ quán hoặc Tổng Lãnh sự quán Việt Nam ở nơi họ đến. " + ABROAD_VI,
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
            "Since 19 September 2025, the free 24/7 hotline 111 takes reports of human trafficking. When to call, "
            "and where the information goes."
        ),
        "intro": (
            "The national hotline 111 now also takes reports and denunciations of human trafficking. Calls are "
            "free, and the hotline is staffed 24 hours a day, 7 days a week."
        ),
        "hero_image": ctx.image("phone"),
        "hero_image_alt": "Illustration: a phone with several chat bubbles on a dark teal background.",
        "legal_checked_on": LEGAL_CHECKED_ON,
        "body": stream(
            text(
                p(
                    "Since 19 September 2025, anyone in Viet Nam can call 111 to report or denounce human "
                    "trafficking. The hotline is run by the Ministry of Health. Its task of taking reports about "
                    f"trafficking comes from Decree 162/2025/NĐ-CP, which details the 2024 {LAW_EN}."
                ),
                h2("When to call 111"),
                ul(
                    "You suspect that a job offer or a match with a partner abroad is a scam, or a way to take "
                    "someone out of the country illegally.",
                    "A relative or friend has lost contact after going away to work, or has sent a message asking "
                    "for help.",
                    "You know of someone whose papers have been taken, who is forced to work, or who is being "
                    "controlled.",
                    "Someone close to you is abroad and cannot dial 111: you can call for them.",
                ),
                p("You do not need to be sure it is trafficking before you call: tell them what you know."),
                h2("What happens to the information"),
                p(
                    "Calls to 111 are recorded automatically. The hotline passes reports on to the agency "
                    "responsible: "
                    "the police, the Border Guard, the Coast Guard or the commune People's Committee. The law forbids "
                    "threatening or retaliating against anyone who reports trafficking."
                ),
                p("<strong>If someone in Viet Nam is in danger right now, call 113 first.</strong> " + ABROAD_EN),
            ),
            faq(
                "Quick questions about 111",
                [
                    (
                        "Does calling 111 cost anything?",
                        p("No. Calls to 111 are free."),
                    ),
                    (
                        "Do I have to give my name?",
                        p(
                            "Calls to 111 are recorded automatically, so do not think of a call as anonymous. Before "
                            "you say anything, you can ask whom your information will be passed to, and ask for your "
                            "identity to be kept confidential. The law forbids threatening or retaliating against "
                            "anyone who reports trafficking, and forbids disclosing a victim's information without "
                            "their consent."
                        ),
                    ),
                    (
                        "I live in Bac Ninh. Whom does my report go to?",
                        p(
                            "The hotline passes reports to the agency responsible: the police, the Border Guard, the "
                            "Coast Guard or the commune People's Committee."
                        ),
                    ),
                    (
                        "I am abroad. Can I call 111?",
                        p(
                            "No. 111 and 113 cannot be dialled from abroad. Call the local emergency number, contact "
                            "the Vietnamese embassy or consulate, or ask your family at home to call 111 for you."
                        ),
                    ),
                ],
            ),
            hotline(
                "Save 111 in your contacts",
                "Free, 24/7. Remind your family, especially anyone about to go away for work, to save it too, "
                "together with the number of the Vietnamese embassy or consulate where they are going. " + ABROAD_EN,
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
        "hero_image_alt": "Hình minh họa: nhiều người đứng thành vòng tròn quanh một ngôi nhà nhỏ.",
        "legal_checked_on": LEGAL_CHECKED_ON,
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
                    "chức năng xác minh, người này đã được hỗ trợ và được bảo vệ, thay vì phải chờ có kết luận. Khi "
                    "ở Việt Nam, họ được hỗ trợ nhu cầu thiết yếu, y tế, phiên dịch, hỗ trợ pháp luật, trợ giúp pháp "
                    "lý, chi phí đi lại và hỗ trợ tâm lý; khi còn ở nước ngoài, được hỗ trợ nhu cầu thiết yếu, y tế, "
                    "phiên dịch và hỗ trợ pháp luật. Người dưới 18 tuổi đi cùng họ được hỗ trợ như họ."
                ),
                p(
                    "Học văn hóa, học nghề, trợ cấp khó khăn ban đầu và vay vốn ưu đãi chỉ dành cho người đã được xác "
                    "định là nạn nhân (riêng học văn hóa còn dành cho người dưới 18 tuổi đi cùng nạn nhân)."
                ),
                h2("Những hỗ trợ mới"),
                p(
                    "Luật mới bổ sung hỗ trợ phiên dịch; hỗ trợ pháp luật, tách riêng với trợ giúp pháp lý; tư vấn "
                    "việc làm và tiếp cận việc làm; và hỗ trợ cho người đang trong quá trình xác định là nạn nhân và "
                    "người dưới 18 tuổi đi cùng. Nạn nhân chưa có bảo hiểm y tế được hỗ trợ thẻ bảo hiểm y tế trong "
                    "năm đầu. Hỗ trợ tâm lý và y tế không còn chỉ dành cho người đang ở cơ sở trợ giúp xã hội."
                ),
                p(
                    "Trợ cấp khó khăn ban đầu và vay vốn ưu đãi thì không mới: luật năm 2011 đã có. Nạn nhân cần vốn "
                    "để sản xuất, kinh doanh được Ngân hàng Chính sách xã hội xem xét cho vay theo quy định của ngân "
                    "hàng."
                ),
                p(
                    "Hỗ trợ chỗ ở tạm thời và nhu cầu thiết yếu kéo dài tối đa 120 ngày, và có thể được xem xét gia "
                    "hạn."
                ),
                h2("Thông tin của người bị mua bán được bảo vệ"),
                p(
                    "Luật nghiêm cấm tiết lộ thông tin về nạn nhân và người đang trong quá trình xác định là nạn nhân "
                    "khi chưa có sự đồng ý của họ hoặc của người đại diện hợp pháp, trừ trường hợp pháp luật có quy "
                    "định khác. Kỳ thị, phân biệt đối xử với nạn "
                    "nhân cũng bị cấm. Người bị mua bán có quyền được biết về các chế độ dành cho mình, và có quyền "
                    "nhận hoặc từ chối hỗ trợ."
                ),
                h2("Ai tiếp nhận, ai xác minh"),
                p(
                    "Từ 1/7/2025, chính quyền địa phương tổ chức theo hai cấp, không còn cấp huyện. Luật được sửa đổi "
                    "năm 2025 cho phù hợp:"
                ),
                ol(
                    "Người bị mua bán trở về trình báo tại Ủy ban nhân dân cấp xã, hoặc với cơ quan công an, Bộ đội "
                    "Biên phòng, Cảnh sát biển; những nơi này đưa họ đến ngay Ủy ban nhân dân cấp xã.",
                    "Ủy ban nhân dân cấp xã báo ngay cho Sở Y tế.",
                    "Chậm nhất 3 ngày sau khi nhận được thông báo của xã, Sở Y tế chủ trì, phối hợp với Công an tỉnh "
                    "xác minh ban đầu.",
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
                            "Hãy hỏi Ủy ban nhân dân xã, phường nơi bạn cư trú hoặc Sở Y tế xem quy định nào áp dụng "
                            "cho trường hợp của bạn."
                        ),
                    ),
                    (
                        "Tôi có phải ở cơ sở trợ giúp xã hội mới được hỗ trợ không?",
                        p(
                            "Không. Hỗ trợ y tế và tâm lý nay không còn chỉ dành cho người ở cơ sở trợ giúp xã hội, "
                            "và hỗ trợ học văn hóa, học nghề, trợ cấp khó khăn ban đầu dành cho nạn nhân khi đã về "
                            "nơi cư trú."
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
                "Nơi trình báo, sau đó sẽ thế nào, và ở Bắc Ninh ai làm gì.",
                "Cách báo tin và nhận hỗ trợ",
                ctx.page("report"),
            ),
        ),
    }


def law_en(ctx):
    return {
        "kind": ArticlePage.Kind.ARTICLE,
        "date": datetime.date(2025, 7, 1),
        "title": f"The 2024 {LAW_EN}: what changes on 1 July 2025",
        "seo_title": "What the 2024 anti-trafficking law changes",
        "search_description": (
            f"Law 53/2024/QH15, the {LAW_EN}, takes effect on 1 July 2025: support for people still being "
            "identified, new forms of support, protection of personal information and a new intake procedure."
        ),
        "intro": (
            f"Law 53/2024/QH15, the {LAW_EN}, takes effect on 1 July 2025, replacing the 2011 law. People who are "
            "still being identified as victims receive support too, and their information is better protected."
        ),
        "hero_image": ctx.image("support"),
        "hero_image_alt": "Illustration: people standing in a ring around a small house.",
        "legal_checked_on": LEGAL_CHECKED_ON,
        "body": stream(
            text(
                p(
                    f"The National Assembly passed the 2024 {LAW_EN} on 28 November 2024, and it takes effect on 1 "
                    "July 2025. Decree 162/2025/NĐ-CP, which details several of its "
                    "articles, takes effect on the same day. These are the changes that matter most to people who "
                    "were trafficked and to their families."
                ),
                h2("Support even before someone is identified as a victim"),
                p(
                    "The new law recognises a “person in the process of being identified as a victim”. While the "
                    "authorities verify what happened, this person is already supported and protected, instead of "
                    "waiting for a decision. In Viet Nam they receive essential needs, medical care, interpretation, "
                    "legal support, legal aid, travel costs and psychological help; while still abroad, essential "
                    "needs, medical care, interpretation and legal support. A person under 18 who accompanies them "
                    "receives the same support."
                ),
                p(
                    "Schooling, vocational training, the initial hardship allowance and preferential loans are only "
                    "for people identified as victims (schooling also for a person under 18 who accompanies a "
                    "victim)."
                ),
                h2("What is new"),
                p(
                    "The new law adds interpretation; legal support, separate from legal aid; job counselling and "
                    "access to jobs; and support for people still being identified and for the under-18s who "
                    "accompany them. Victims without health insurance receive a health insurance card for the first "
                    "year. Psychological and medical help are no longer only for people staying in a social "
                    "assistance facility."
                ),
                p(
                    "The initial hardship allowance and preferential loans are not new: the 2011 law already had "
                    "them. Victims who need capital for work or a business can be considered for a loan by the "
                    "Vietnam Bank for Social Policies under the bank's rules."
                ),
                p(
                    "Temporary accommodation and essential needs are covered for up to 120 days, and an extension may "
                    "be considered."
                ),
                h2("Information about trafficked people is protected"),
                p(
                    "The law forbids disclosing information about victims, or about people being identified as "
                    "victims, without their consent or that of their legal representative, unless the law provides "
                    "otherwise. Stigmatising or "
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
                    "Border Guard or the Coast Guard, who bring them to the commune People's Committee at once.",
                    "The commune People's Committee informs the provincial Department of Health at once.",
                    "No later than 3 days after receiving the commune's notice, the Department of Health leads an "
                    "initial verification with the provincial police.",
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
                            "Ask the People's Committee of your commune or ward, or the Department of Health, which "
                            "rules apply in your case."
                        ),
                    ),
                    (
                        "Do I have to stay in a social assistance facility to receive support?",
                        p(
                            "No. Medical and psychological help are no longer only for people staying in a social "
                            "assistance facility, and support for schooling, vocational training and the initial "
                            "hardship allowance is for victims once they are back home."
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
        "story_source": ArticlePage.StorySource.FICTION,
        "identities_protected": True,
        "legal_checked_on": LEGAL_CHECKED_ON,
        "date": datetime.date(2026, 5, 14),
        "title": "Câu chuyện của Mai: “Em tưởng mình sang đó làm chăm sóc khách hàng”",
        "seo_title": "Câu chuyện của Mai: từ tin tuyển dụng trên Telegram đến ngày trở về",
        "search_description": (
            "Câu chuyện hư cấu về một cô gái nhận lời làm “chăm sóc khách hàng” qua Telegram, bị giữ trong khu "
            "lừa đảo trực tuyến và được hỗ trợ khi trở về. Mai là nhân vật hư cấu."
        ),
        "intro": (
            "Mai nhận lời làm “chăm sóc khách hàng” với mức lương 25 triệu đồng một tháng qua một tin nhắn trên "
            "Telegram. Ba tháng sau, cô mới được trở về nhà. Mai là nhân vật hư cấu."
        ),
        "hero_image": ctx.image("road_home"),
        "hero_image_alt": (
            "Hình minh họa: con đường uốn lượn giữa những ngọn đồi dẫn về một ngôi nhà nhỏ có cửa sổ sáng đèn."
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
            quote("Em không sợ làm vất vả. Em sợ nhất là không ai ở nhà biết em đang ở đâu.", MAI_SHORT_VI),
            text(
                h2("Một tin nhắn về nhà"),
                p(
                    "Một tối, Mai mượn được điện thoại của một người cùng phòng và nhắn cho anh trai vị trí khu nhà. "
                    "Ở bên ấy, Mai không gọi được 111. Anh trai cô gọi 111 từ nhà. Thông tin được chuyển đến cơ quan "
                    "công an, và sau nhiều tuần phối hợp với cơ quan đại diện Việt Nam ở nước ngoài, Mai cùng một số "
                    "người khác được giải cứu và đưa về nước. Gia đình không đăng ảnh hay vị trí của Mai lên mạng: họ "
                    "chỉ đưa những thông tin ấy cho cơ quan công an."
                ),
                p(
                    "Về đến quê, Mai được Ủy ban nhân dân xã tiếp nhận. Cán bộ Sở Y tế đến gặp cô, giải thích những "
                    "hỗ trợ cô được hưởng và hỏi cô muốn bắt đầu từ đâu. Mai được khám sức khỏe và được tư vấn tâm lý "
                    "trong mấy tháng. Sau khi được xác định là nạn nhân, cô được hỗ trợ học một khóa kế toán ngắn "
                    "hạn. Không ai được tiết lộ chuyện của cô khi chưa có sự đồng ý của cô."
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
                MAI_SHORT_VI,
            ),
            call_to_action(
                "Bạn vừa nhận được một lời mời giống như của Mai?",
                "Trả lời mười câu hỏi để xem lời mời có dấu hiệu lừa đảo hay không.",
                "Kiểm tra lời mời",
                ctx.page("self_check"),
            ),
            hotline("Gọi 111", "Miễn phí, 24/7. Gia đình Mai đã bắt đầu từ một cuộc gọi. " + ABROAD_VI),
        ),
    }


def story_en(ctx):
    return {
        "kind": ArticlePage.Kind.STORY,
        "story_source": ArticlePage.StorySource.FICTION,
        "identities_protected": True,
        "legal_checked_on": LEGAL_CHECKED_ON,
        "date": datetime.date(2026, 5, 14),
        "title": "Mai's story: “I thought I was going there to work in customer service”",
        "seo_title": "Mai's story: from a job advert on Telegram to the day she came home",
        "search_description": (
            "A fictional story of a young woman who took a “customer service” job through Telegram, was held in an "
            "online scam compound, and was supported when she came back. Mai is a fictional character."
        ),
        "intro": (
            "Mai accepted a “customer service” job paying 25 million dong a month through a message on Telegram. "
            "It was three months before she could come home. Mai is a fictional character."
        ),
        "hero_image": ctx.image("road_home"),
        "hero_image_alt": "Illustration: a road winding between hills to a small house with a lit window.",
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
                MAI_SHORT_EN,
            ),
            text(
                h2("A message home"),
                p(
                    "One evening Mai borrowed a roommate's phone and sent her brother the location of the compound. "
                    "Over there, Mai could not dial 111. Her brother called 111 from home. The information went to "
                    "the police and, after weeks of work with Viet Nam's diplomatic mission abroad, Mai and several "
                    "others were rescued and brought home. The family did not post Mai's photo or location online: "
                    "they gave that information to the police only."
                ),
                p(
                    "Back home, the commune People's Committee received her. An officer from the Department of "
                    "Health came to see her, explained the support she was entitled to and asked where she wanted to "
                    "start. Mai had a health check and counselling over several months. Once she was identified as a "
                    "victim, she had help to take a short accounting course. Nobody may disclose her story without "
                    "her consent."
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
                MAI_SHORT_EN,
            ),
            call_to_action(
                "Have you received an offer like Mai's?",
                "Answer ten questions to see whether the offer shows signs of a scam.",
                "Check the offer",
                ctx.page("self_check"),
            ),
            hotline("Call 111", "Free, 24/7. Mai's family started with one phone call. " + ABROAD_EN),
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
