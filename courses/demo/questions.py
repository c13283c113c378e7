# ruff: noqa: E501  (demo texts: a sentence stays on one line, so that fact checks and translations read side by side)
"""
The demo question bank, in Vietnamese with its English translation.

Every fact rests on ../shared/docs/domain.md (Law 53/2024/QH15 as amended by
Law 86/2025/QH15; Decree 162/2025/NĐ-CP) and follows content.md: the law's
terms, the police investigate and the Procuracy prosecutes, entitlements by
status (Art. 37), no invented numbers. Options are (correct, weight,
Vietnamese text and feedback, English text and feedback).
"""

from dataclasses import dataclass

# Categories: key → (Vietnamese name, English name, parent key).
CATEGORIES = {
    "receiving": ("Tiếp nhận và xác minh", "Receiving and verifying", None),
    "support": ("Chế độ hỗ trợ", "Entitlements", None),
    "confidentiality": ("Bảo mật thông tin và an toàn", "Confidentiality and safety", None),
    "job_offers": ("Lời mời việc làm lừa đảo", "Fake job offers", None),
}


@dataclass(frozen=True)
class Option:
    correct: bool
    vi: str
    en: str
    feedback_vi: str = ""
    feedback_en: str = ""
    weight: str = "1"


@dataclass(frozen=True)
class DemoQuestion:
    key: str
    category: str
    kind: str
    title: str
    vi: str
    en: str
    options: tuple = ()
    explanation_vi: str = ""
    explanation_en: str = ""
    penalty: str = "0"
    ignore_diacritics: bool = False


TRUE_FALSE = ("Đúng", "True"), ("Sai", "False")


def true_false(answer, feedback_vi, feedback_en):
    """The two options of a true-or-false question, `answer` being the right one."""
    return (
        Option(
            answer is True,
            TRUE_FALSE[0][0],
            TRUE_FALSE[0][1],
            feedback_vi if answer else "",
            feedback_en if answer else "",
        ),
        Option(
            answer is False,
            TRUE_FALSE[1][0],
            TRUE_FALSE[1][1],
            "" if answer else feedback_vi,
            "" if answer else feedback_en,
        ),
    )


QUESTIONS = [
    # Receiving and verifying ------------------------------------------------------------------------------------
    DemoQuestion(
        key="self_report",
        category="receiving",
        kind="single",
        title="Người tự trình báo tại đồn công an",
        vi="Một người đến đồn công an tự trình báo mình bị mua bán. Theo luật, công an phải làm gì?",
        en="A person comes to a police station and reports that they were trafficked. What must the police do under the law?",
        options=(
            Option(
                True,
                "Đưa ngay người đó đến Ủy ban nhân dân cấp xã nơi người đó đang ở",
                "Bring the person at once to the commune People's Committee where they are",
                "Đúng. Công an, Bộ đội Biên phòng, Cảnh sát biển hay bất kỳ cơ quan, tổ chức nào nhận trình báo đều phải đưa ngay người đó đến Ủy ban nhân dân cấp xã.",
                "Right. The police, the Border Guard, the Coast Guard and any agency or organisation that takes a report must bring the person at once to the commune People's Committee.",
            ),
            Option(
                False,
                "Bảo người đó tự về xã nơi thường trú rồi trình báo lại",
                "Tell the person to go back to their home commune and report again",
                "Không. Người trình báo không phải tự đi; cơ quan nhận trình báo đưa họ đến Ủy ban nhân dân cấp xã.",
                "No. The person does not have to go on their own: whoever takes the report brings them to the commune People's Committee.",
            ),
            Option(
                False,
                "Chuyển người đó đến Tòa án nhân dân",
                "Send the person to the People's Court",
                "Không. Tòa án xét xử vụ án, không tiếp nhận người trình báo.",
                "No. Courts try cases; they do not receive people who report.",
            ),
            Option(
                False,
                "Chỉ tiếp nhận khi người đó có đủ giấy tờ chứng minh",
                "Receive the person only once they have papers to prove it",
                "Không. Việc tiếp nhận không chờ giấy tờ; xác minh là việc của cơ quan có thẩm quyền.",
                "No. Receiving does not wait for papers; verifying is the competent agencies' task.",
            ),
        ),
        explanation_vi="Luật Phòng, chống mua bán người năm 2024 (Điều 27, sửa đổi năm 2025): người trình báo được đưa ngay đến Ủy ban nhân dân cấp xã.",
        explanation_en="Law on Prevention and Combat of Human Trafficking 2024 (Art. 27, as amended in 2025): the person is brought at once to the commune People's Committee.",
    ),
    DemoQuestion(
        key="notify",
        category="receiving",
        kind="single",
        title="Cấp xã thông báo cho ai",
        vi="Sau khi tiếp nhận người trình báo, Ủy ban nhân dân cấp xã phải thông báo ngay cho cơ quan nào?",
        en="After receiving the person, whom must the commune People's Committee notify at once?",
        options=(
            Option(
                True,
                "Cơ quan chuyên môn về y tế cấp tỉnh (Sở Y tế)",
                "The provincial health department (Department of Health)",
                "Đúng. Từ ngày 1/7/2025, việc hỗ trợ nạn nhân thuộc ngành y tế.",
                "Right. Since 1 July 2025 victim support belongs to the health sector.",
            ),
            Option(
                False,
                "Sở Lao động – Thương binh và Xã hội",
                "The Department of Labour, Invalids and Social Affairs",
                "Không. Nhiệm vụ này đã chuyển sang ngành y tế từ năm 2025.",
                "No. This task passed to the health sector in 2025.",
            ),
            Option(
                False,
                "Ủy ban nhân dân cấp huyện",
                "The district People's Committee",
                "Không. Từ ngày 1/7/2025 không còn cấp huyện.",
                "No. There has been no district level since 1 July 2025.",
            ),
            Option(
                False,
                "Viện kiểm sát nhân dân",
                "The People's Procuracy",
                "Không. Viện kiểm sát truy tố người phạm tội; việc tiếp nhận và hỗ trợ thuộc ngành y tế.",
                "No. The Procuracy prosecutes offenders; receiving and supporting victims belongs to the health sector.",
            ),
        ),
    ),
    DemoQuestion(
        key="three_days",
        category="receiving",
        kind="single",
        title="Thời hạn xác minh ban đầu",
        vi="Chậm nhất bao lâu sau khi nhận thông báo của Ủy ban nhân dân cấp xã, Sở Y tế phải chủ trì xác minh ban đầu?",
        en="At the latest, how long after the commune People's Committee's notice must the Department of Health lead the initial verification?",
        options=(
            Option(True, "03 ngày", "3 days", "Đúng. Luật ghi 03 ngày.", "Right. The law says 3 days."),
            Option(
                False,
                "03 ngày làm việc",
                "3 working days",
                "Chưa đúng. Luật ghi “03 ngày”, không ghi “ngày làm việc”.",
                "Not quite. The law says “3 days”, not “working days”.",
            ),
            Option(False, "20 ngày", "20 days"),
            Option(
                False,
                "120 ngày",
                "120 days",
                "Không. 120 ngày là thời hạn tối đa hỗ trợ nhu cầu thiết yếu, không phải thời hạn xác minh.",
                "No. 120 days is the longest essential-needs support, not the verification deadline.",
            ),
        ),
    ),
    DemoQuestion(
        key="verify_with",
        category="receiving",
        kind="single",
        title="Cơ quan phối hợp xác minh",
        vi="Cơ quan nào phối hợp với Sở Y tế trong việc xác minh ban đầu?",
        en="Which body works with the Department of Health on the initial verification?",
        options=(
            Option(True, "Công an cấp tỉnh", "The provincial police", "Đúng.", "Right."),
            Option(False, "Tòa án nhân dân cấp tỉnh", "The provincial People's Court"),
            Option(False, "Ngân hàng Chính sách xã hội", "The Bank for Social Policies"),
            Option(False, "Hội Liên hiệp Phụ nữ xã", "The commune Women's Union"),
        ),
    ),
    DemoQuestion(
        key="prosecutes",
        category="receiving",
        kind="single",
        title="Ai truy tố",
        vi="Cơ quan nào truy tố người phạm tội mua bán người?",
        en="Which body prosecutes people who commit trafficking offences?",
        options=(
            Option(True, "Viện kiểm sát", "The Procuracy", "Đúng.", "Right."),
            Option(
                False, "Công an", "The police", "Chưa đúng. Công an điều tra.", "Not quite. The police investigate."
            ),
            Option(False, "Tòa án", "The courts", "Chưa đúng. Tòa án xét xử.", "Not quite. The courts try cases."),
            Option(False, "Ủy ban nhân dân cấp xã", "The commune People's Committee"),
        ),
    ),
    # Entitlements ---------------------------------------------------------------------------------------------
    DemoQuestion(
        key="support_before",
        category="support",
        kind="true_false",
        title="Hỗ trợ trước khi được xác định",
        vi="Người đang trong quá trình xác định là nạn nhân được hỗ trợ ngay cả trước khi được xác định là nạn nhân.",
        en="A person in the process of being identified as a victim is supported even before they are identified.",
        options=true_false(
            True,
            "Đúng. Luật năm 2024 quy định chế độ hỗ trợ riêng cho người đang trong quá trình xác định là nạn nhân.",
            "True. The 2024 law gives people being identified their own set of support.",
        ),
    ),
    DemoQuestion(
        key="no_loans_before",
        category="support",
        kind="true_false",
        title="Vay vốn trước khi được xác định",
        vi="Người đang trong quá trình xác định là nạn nhân được trợ cấp khó khăn ban đầu và hỗ trợ vay vốn.",
        en="A person in the process of being identified as a victim gets the initial hardship allowance and help with loans.",
        options=true_false(
            False,
            "Sai. Trợ cấp khó khăn ban đầu và vay vốn chỉ dành cho người đã được xác định là nạn nhân.",
            "False. The initial hardship allowance and loans are for identified victims only.",
        ),
    ),
    DemoQuestion(
        key="essential_needs",
        category="support",
        kind="true_false",
        title="Thời hạn hỗ trợ nhu cầu thiết yếu",
        vi="Hỗ trợ nhu cầu thiết yếu kéo dài tối đa 120 ngày và có thể được gia hạn.",
        en="Essential-needs support lasts up to 120 days and can be extended.",
        options=true_false(
            True,
            "Đúng, theo Nghị định 162/2025/NĐ-CP.",
            "True, under Decree 162/2025/NĐ-CP.",
        ),
    ),
    DemoQuestion(
        key="in_identification_set",
        category="support",
        kind="multiple",
        title="Chế độ của người đang được xác định",
        vi="Người đang trong quá trình xác định là nạn nhân, đang ở Việt Nam, được hưởng những chế độ nào dưới đây?",
        en="Which of these does a person in the process of being identified as a victim, in Viet Nam, get?",
        penalty="0.25",
        options=(
            Option(True, "Hỗ trợ nhu cầu thiết yếu", "Essential needs"),
            Option(True, "Hỗ trợ y tế", "Medical support"),
            Option(True, "Hỗ trợ chi phí đi lại", "Travel costs"),
            Option(True, "Hỗ trợ tâm lý", "Psychological support"),
            Option(
                False,
                "Hỗ trợ học nghề",
                "Vocational training",
                "Không. Học nghề chỉ dành cho người đã được xác định là nạn nhân.",
                "No. Vocational training is for identified victims only.",
            ),
            Option(
                False,
                "Trợ cấp khó khăn ban đầu",
                "Initial hardship allowance",
                "Không. Trợ cấp này chỉ dành cho người đã được xác định là nạn nhân.",
                "No. This allowance is for identified victims only.",
            ),
        ),
        explanation_vi="Điều 37: người đang trong quá trình xác định là nạn nhân, đang ở Việt Nam, được hưởng các chế độ từ điểm a đến điểm g (nhu cầu thiết yếu, y tế, phiên dịch, hỗ trợ pháp luật, trợ giúp pháp lý, chi phí đi lại, tâm lý).",
        explanation_en="Art. 37: a person being identified, in Viet Nam, gets points a to g (essential needs, medical, interpretation, legal support, legal aid, travel costs, psychological support).",
    ),
    DemoQuestion(
        key="accompanying_minor",
        category="support",
        kind="multiple",
        title="Người dưới 18 tuổi đi cùng nạn nhân",
        vi="Người dưới 18 tuổi đi cùng một người đã được xác định là nạn nhân được hưởng những chế độ nào dưới đây?",
        en="Which of these does an under-18 accompanying an identified victim get?",
        penalty="0.333",
        options=(
            Option(True, "Hỗ trợ học văn hóa", "Schooling (cultural education)"),
            Option(True, "Hỗ trợ nhu cầu thiết yếu", "Essential needs"),
            Option(True, "Hỗ trợ pháp luật", "Legal support"),
            Option(False, "Hỗ trợ học nghề", "Vocational training"),
            Option(False, "Hỗ trợ vay vốn", "Help with loans"),
        ),
        explanation_vi="Điều 37: người dưới 18 tuổi đi cùng nạn nhân được hưởng các chế độ từ điểm a đến điểm h; học nghề, trợ cấp khó khăn ban đầu và vay vốn không thuộc các chế độ này.",
        explanation_en="Art. 37: an under-18 accompanying a victim gets points a to h; vocational training, the initial hardship allowance and loans are not among them.",
    ),
    DemoQuestion(
        key="shelter_term",
        category="support",
        kind="short",
        title="Tên gọi theo luật của nơi chăm sóc tạm thời",
        vi="Theo luật hiện hành, cơ sở tiếp nhận và chăm sóc tạm thời nạn nhân được gọi là gì? (Viết tên gọi theo luật.)",
        en="Under the current law, what is the facility that takes in and cares for victims for a time called? (Write the legal term.)",
        ignore_diacritics=True,
        options=(
            Option(True, "cơ sở trợ giúp xã hội", "social assistance facility", "Đúng.", "Right."),
            Option(
                False,
                "nhà tạm lánh",
                "shelter",
                "Nhiều người gọi như vậy, nhưng luật dùng thuật ngữ “cơ sở trợ giúp xã hội”.",
                "Many people say so, but the law's term is “social assistance facility”.",
            ),
        ),
    ),
    # Confidentiality and safety ---------------------------------------------------------------------------------
    DemoQuestion(
        key="hotline_recorded",
        category="confidentiality",
        kind="true_false",
        title="Cuộc gọi 111",
        vi="Cuộc gọi đến Tổng đài 111 là ẩn danh và không được ghi âm.",
        en="Calls to the 111 hotline are anonymous and not recorded.",
        options=true_false(
            False,
            "Sai. Tổng đài 111 tự động ghi âm cuộc gọi. Đừng nói với người dân rằng cuộc gọi là ẩn danh.",
            "False. The 111 hotline records calls automatically. Never tell people that a call is anonymous.",
        ),
    ),
    DemoQuestion(
        key="hotline_number",
        category="confidentiality",
        kind="short",
        title="Số tổng đài quốc gia",
        vi="Tổng đài quốc gia tiếp nhận tin báo về mua bán người là số nào?",
        en="What is the number of the national hotline that takes reports of human trafficking?",
        options=(
            Option(
                True,
                "111",
                "111",
                "Đúng: miễn phí, 24/7. Từ nước ngoài không gọi được số này.",
                "Right: free, 24/7. It cannot be dialled from abroad.",
            ),
            Option(
                False,
                "113",
                "113",
                "113 là số khẩn cấp của công an. Tổng đài về mua bán người là 111.",
                "113 is the police emergency number. The trafficking hotline is 111.",
            ),
        ),
    ),
    DemoQuestion(
        key="prohibited",
        category="confidentiality",
        kind="multiple",
        title="Những hành vi bị cấm",
        vi="Theo Luật Phòng, chống mua bán người, những hành vi nào dưới đây bị cấm?",
        en="Under the Law on Prevention and Combat of Human Trafficking, which of these are prohibited?",
        penalty="0.333",
        options=(
            Option(
                True,
                "Tiết lộ thông tin về nạn nhân khi chưa có sự đồng ý của họ hoặc người đại diện hợp pháp",
                "Disclosing information about a victim without their or their legal representative's consent",
            ),
            Option(True, "Kỳ thị, phân biệt đối xử với nạn nhân", "Stigmatising or discriminating against a victim"),
            Option(
                True,
                "Đe dọa, trả thù nạn nhân, người thân của họ hoặc người tố giác",
                "Threatening or retaliating against a victim, their relatives or a person who reported",
            ),
            Option(
                False,
                "Giới thiệu người trở về đến trung tâm trợ giúp pháp lý",
                "Referring a returnee to a legal aid centre",
            ),
            Option(
                False,
                "Hỏi người trở về có muốn nhận hỗ trợ hay không",
                "Asking a returnee whether they want support",
                "Không bị cấm: người trở về có quyền nhận hoặc từ chối hỗ trợ.",
                "Not prohibited: a returnee has the right to accept or refuse support.",
            ),
        ),
    ),
    DemoQuestion(
        key="journalist",
        category="confidentiality",
        kind="essay",
        title="Nhà báo hỏi thông tin",
        vi="Một nhà báo đề nghị bạn cho biết tên và địa chỉ của một người vừa trở về để viết bài. Bạn trả lời thế nào, và vì sao? Viết 3 đến 5 câu.",
        en="A journalist asks you for the name and address of a person who has just returned, for an article. What do you answer, and why? Write 3 to 5 sentences.",
        explanation_vi="Không được tiết lộ thông tin khi chưa có sự đồng ý của người đó hoặc người đại diện hợp pháp (Điều 3). Nơi ở và nơi làm việc của họ phải được giữ bí mật. Có thể hướng dẫn nhà báo liên hệ cơ quan có thẩm quyền để có thông tin chung, không nêu danh tính.",
        explanation_en="Nothing may be disclosed without the person's or their legal representative's consent (Art. 3). Their residence and workplace are kept secret. You can refer the journalist to the competent body for general information that identifies no one.",
    ),
    # Fake job offers (the public course) ---------------------------------------------------------------------------
    DemoQuestion(
        key="passport_kept",
        category="job_offers",
        kind="true_false",
        title="Giữ hộ chiếu",
        vi="Người tuyển dụng nói sẽ giữ hộ chiếu của bạn “cho an toàn”. Chỉ riêng dấu hiệu này đã đủ để chưa đi cho đến khi kiểm tra kỹ.",
        en="The recruiter says they will keep your passport “for safety”. This sign alone is enough not to go until you have checked.",
        options=true_false(
            True,
            "Đúng. Giữ hộ chiếu của người lao động là một dấu hiệu nghiêm trọng.",
            "True. Keeping a worker's passport is a serious sign.",
        ),
    ),
    DemoQuestion(
        key="light_work",
        category="job_offers",
        kind="single",
        title="Việc nhẹ, lương cao",
        vi="Một lời mời “việc nhẹ, lương cao, không cần kinh nghiệm” ở nước ngoài. Nên làm gì trước tiên?",
        en="An offer of “light work, high pay, no experience needed” abroad. What should you do first?",
        options=(
            Option(
                True,
                "Chưa đi; kiểm tra kỹ và hỏi ý kiến gia đình, chính quyền địa phương",
                "Not go yet; check carefully and ask your family and the local authorities",
                "Đúng. Đừng vội, và đừng giữ bí mật với gia đình.",
                "Right. Do not rush, and keep no secrets from your family.",
            ),
            Option(False, "Nhận lời ngay vì cơ hội hiếm có", "Accept at once: such chances are rare"),
            Option(False, "Đặt cọc để giữ chỗ", "Pay a deposit to keep the place"),
        ),
    ),
    DemoQuestion(
        key="signs",
        category="job_offers",
        kind="multiple",
        title="Dấu hiệu lừa đảo",
        vi="Những dấu hiệu nào dưới đây cho thấy một lời mời việc làm có thể là lừa đảo?",
        en="Which of these signs show that a job offer may be a trap?",
        penalty="0.5",
        options=(
            Option(True, "Được dặn giữ bí mật với gia đình", "Being told to keep it secret from your family"),
            Option(True, "Được hướng dẫn vượt biên trái phép", "Being told to cross the border irregularly"),
            Option(
                False, "Có hợp đồng rõ ràng, được gia đình cùng xem", "A clear contract that your family has read too"
            ),
        ),
    ),
    DemoQuestion(
        key="abroad_call",
        category="job_offers",
        kind="single",
        title="Gọi giúp đỡ từ nước ngoài",
        vi="Một người đang ở nước ngoài và gặp nguy hiểm. Họ nên liên hệ ai?",
        en="Someone abroad is in danger. Whom should they contact?",
        options=(
            Option(
                True,
                "Số khẩn cấp của nước sở tại, Đại sứ quán hoặc Lãnh sự quán Việt Nam, hoặc nhờ gia đình ở nhà gọi 111",
                "The local emergency number, the Vietnamese embassy or consulate, or ask family at home to call 111",
                "Đúng. Từ nước ngoài không gọi được 111 và 113.",
                "Right. 111 and 113 cannot be dialled from abroad.",
            ),
            Option(
                False,
                "Tự gọi 111 từ nước ngoài",
                "Call 111 themselves from abroad",
                "Không. Từ nước ngoài không gọi được 111 và 113.",
                "No. 111 and 113 cannot be dialled from abroad.",
            ),
        ),
    ),
]
