# ruff: noqa: E501  (demo texts: a sentence stays on one line, so that fact checks and translations read side by side)
"""
The demo courses, in Vietnamese with their English translation: the staff course "Receiving, verifying and
supporting returned victims of trafficking" and the public course "Recognising a fake job offer".

Every legal fact rests on ../shared/docs/domain.md and follows content.md (see questions.py). Lesson bodies are
lists of (block type, value) for the site's StreamField blocks; "text" values are HTML.
"""

import datetime

LEGAL_CHECK = datetime.date(2026, 1, 15)

INDEX = {
    "vi": {
        "title": "Đào tạo",
        "slug": "dao-tao",
        "intro": "Các khóa học cho cán bộ làm công tác phòng, chống mua bán người, và khóa học mở cho mọi người.",
    },
    "en": {
        "title": "Training",
        "slug": "training",
        "intro": "Courses for the officials who work against human trafficking, and courses open to everyone.",
    },
    "search_description": {
        "vi": "Khóa học về tiếp nhận, xác minh, hỗ trợ nạn nhân bị mua bán và nhận biết lời mời việc làm lừa đảo.",
        "en": "Courses on receiving, verifying and supporting trafficking victims, and on recognising fake job offers.",
    },
}

RECEIVING = {
    "key": "receiving",
    "access": "staff",
    "duration_minutes": 90,
    "vi": {
        "title": "Tiếp nhận, xác minh và hỗ trợ nạn nhân bị mua bán trở về",
        "slug": "tiep-nhan-xac-minh-ho-tro",
        "intro": "Cán bộ cần biết gì để tiếp nhận đúng người trở về, xác minh ban đầu đúng hạn, hỗ trợ đúng chế độ và giữ bí mật thông tin.",
        "search_description": "Khóa học cho cán bộ: tiếp nhận, xác minh ban đầu trong 03 ngày, chế độ hỗ trợ theo từng diện và giữ bí mật thông tin.",
        "audience": "Cán bộ Ủy ban nhân dân cấp xã, Sở Y tế, công an, Bộ đội Biên phòng và nhân viên cơ sở trợ giúp xã hội.",
        "objectives": (
            "Biết ai tiếp nhận người tự trình báo và phải đưa họ đến đâu.\n"
            "Áp dụng đúng thời hạn xác minh ban đầu: chậm nhất 03 ngày.\n"
            "Phân biệt chế độ hỗ trợ của nạn nhân và của người đang trong quá trình xác định là nạn nhân.\n"
            "Giữ bí mật thông tin của người trở về như luật quy định."
        ),
        "prerequisites": "Không bắt buộc. Nên đọc trước Luật Phòng, chống mua bán người số 53/2024/QH15.",
    },
    "en": {
        "title": "Receiving, verifying and supporting returned victims of trafficking",
        "slug": "receiving-verifying-supporting",
        "intro": "What officials need to know to receive returnees properly, verify on time, give the right support and keep information confidential.",
        "search_description": "A course for officials: receiving people, initial verification within 3 days, entitlements by status, and confidentiality.",
        "audience": "Officials of commune People's Committees, the Department of Health, the police, the Border Guard and staff of social assistance facilities.",
        "objectives": (
            "Know who receives a person who reports, and where they must bring them.\n"
            "Keep to the deadline for the initial verification: 3 days at the latest.\n"
            "Tell apart the support of identified victims and of people still being identified.\n"
            "Keep returnees' information confidential, as the law requires."
        ),
        "prerequisites": "None required. Reading Law 53/2024/QH15 on Prevention and Combat of Human Trafficking first helps.",
    },
}

LESSONS = [
    {
        "key": "law",
        "duration_minutes": 15,
        "vi": {
            "title": "Luật năm 2024 và việc tiếp nhận",
            "slug": "luat-2024-va-tiep-nhan",
            "intro": "Luật mới có hiệu lực từ ngày 1/7/2025, và ai tiếp nhận người tự trình báo.",
            "body": [
                (
                    "text",
                    (
                        "<h2>Luật mới</h2>"
                        "<p>Luật Phòng, chống mua bán người số 53/2024/QH15 được thông qua ngày 28/11/2024 và có hiệu lực từ ngày 1/7/2025. "
                        "Luật này thay thế Luật năm 2011. Luật số 86/2025/QH15 đã sửa đổi Điều 27 và Điều 28 cho phù hợp với chính quyền địa phương hai cấp. "
                        "Nghị định 162/2025/NĐ-CP quy định chi tiết luật.</p>"
                        "<p>Từ ngày 1/7/2025, không còn cấp huyện. Việc hỗ trợ nạn nhân thuộc ngành y tế: ở tỉnh là Sở Y tế.</p>"
                        "<h2>Khi một người tự trình báo</h2>"
                        "<p>Người đó có thể trình báo với Ủy ban nhân dân cấp xã, công an, Bộ đội Biên phòng, Cảnh sát biển hoặc cơ quan, tổ chức gần nhất. "
                        "Nơi nhận trình báo phải <strong>đưa ngay</strong> người đó đến Ủy ban nhân dân cấp xã nơi người đó đang ở.</p>"
                        "<p>Ủy ban nhân dân cấp xã tiếp nhận và <strong>thông báo ngay</strong> cho Sở Y tế. Khi cần, cấp xã hỗ trợ ngay các nhu cầu thiết yếu.</p>"
                        "<h2>Ai làm gì</h2>"
                        "<ul><li>Công an điều tra.</li><li>Viện kiểm sát truy tố.</li><li>Tòa án xét xử.</li></ul>"
                    ),
                ),
                (
                    "hotline",
                    {
                        "heading": "Tổng đài 111",
                        "text": "Tổng đài quốc gia 111 tiếp nhận tin báo về mua bán người, miễn phí, 24/7. Cuộc gọi được ghi âm tự động. Từ nước ngoài không gọi được 111 và 113.",
                        "include_emergency": True,
                    },
                ),
            ],
        },
        "en": {
            "title": "The 2024 law and receiving people",
            "slug": "2024-law-and-receiving",
            "intro": "The new law in force since 1 July 2025, and who receives a person who reports.",
            "body": [
                (
                    "text",
                    (
                        "<h2>The new law</h2>"
                        "<p>The Law on Prevention and Combat of Human Trafficking, No. 53/2024/QH15, was adopted on 28 November 2024 and has been in force since 1 July 2025. "
                        "It replaces the 2011 law. Law No. 86/2025/QH15 amended Articles 27 and 28 for two-tier local government. "
                        "Decree 162/2025/NĐ-CP details the law.</p>"
                        "<p>Since 1 July 2025 there is no district level. Victim support belongs to the health sector: in the province, the Department of Health.</p>"
                        "<h2>When a person reports</h2>"
                        "<p>They may report to the commune People's Committee, the police, the Border Guard, the Coast Guard or the nearest agency or organisation. "
                        "Whoever takes the report must <strong>bring the person at once</strong> to the commune People's Committee where they are.</p>"
                        "<p>The commune People's Committee receives the person and <strong>notifies the Department of Health at once</strong>. When needed, it gives essential-needs support straight away.</p>"
                        "<h2>Who does what</h2>"
                        "<ul><li>The police investigate.</li><li>The Procuracy prosecutes.</li><li>The courts try cases.</li></ul>"
                    ),
                ),
                (
                    "hotline",
                    {
                        "heading": "The 111 hotline",
                        "text": "The national hotline 111 takes reports of human trafficking, free, 24/7. Calls are recorded automatically. 111 and 113 cannot be dialled from abroad.",
                        "include_emergency": True,
                    },
                ),
            ],
        },
    },
    {
        "key": "verification",
        "duration_minutes": 15,
        "vi": {
            "title": "Xác minh ban đầu trong 03 ngày",
            "slug": "xac-minh-ban-dau",
            "intro": "Sở Y tế chủ trì, công an cấp tỉnh phối hợp, chậm nhất 03 ngày sau khi nhận thông báo.",
            "body": [
                (
                    "text",
                    (
                        "<h2>Thời hạn</h2>"
                        "<p>Sở Y tế tiếp nhận và hỗ trợ ngay. Chậm nhất <strong>03 ngày</strong> sau khi nhận thông báo của Ủy ban nhân dân cấp xã, "
                        "Sở Y tế chủ trì xác minh ban đầu, Công an cấp tỉnh phối hợp.</p>"
                        "<p>Luật ghi “03 ngày”, không ghi “ngày làm việc”. Nếu chưa rõ cách tính khi hạn rơi vào ngày nghỉ, hãy hỏi Sở Y tế.</p>"
                        "<h2>Trong khi xác minh</h2>"
                        "<p>Người đó là <strong>người đang trong quá trình xác định là nạn nhân</strong>. Họ được hỗ trợ và bảo vệ ngay, trước khi có kết quả xác định.</p>"
                        "<h2>Căn cứ xác định nạn nhân</h2>"
                        "<p>Điều 32 của Luật liệt kê các nguồn thông tin, ví dụ: thông tin của cơ quan tiến hành tố tụng, của cơ quan giải cứu, "
                        "của cơ quan đại diện Việt Nam ở nước ngoài, lời khai của chính người đó hoặc người thân, lời khai của người làm chứng.</p>"
                        "<p>Người được trao trả từ nước ngoài: cơ quan đại diện Việt Nam ở nước ngoài tiếp nhận, xác minh nhân thân và làm giấy tờ về nước.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "Initial verification within 3 days",
            "slug": "initial-verification",
            "intro": "Led by the Department of Health with the provincial police, at the latest 3 days after the notice.",
            "body": [
                (
                    "text",
                    (
                        "<h2>The deadline</h2>"
                        "<p>The Department of Health receives and supports the person at once. At the latest <strong>3 days</strong> after the commune People's Committee's notice, "
                        "the Department of Health leads the initial verification, with the provincial police.</p>"
                        "<p>The law says “3 days”, not “working days”. If you are unsure how to count when the deadline falls on a day off, ask the Department of Health.</p>"
                        "<h2>While verifying</h2>"
                        "<p>The person is <strong>a person in the process of being identified as a victim</strong>. They are supported and protected at once, before any decision.</p>"
                        "<h2>What identification rests on</h2>"
                        "<p>Article 32 of the Law lists the sources, for example: information from the bodies conducting proceedings, from the rescuing body, "
                        "from the Vietnamese mission abroad, the person's own or their relatives' statements, and witnesses' statements.</p>"
                        "<p>People returned from abroad: the Vietnamese mission abroad receives them, verifies their identity and issues papers to return.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "entitlements",
        "duration_minutes": 20,
        "vi": {
            "title": "Chế độ hỗ trợ theo từng diện",
            "slug": "che-do-ho-tro",
            "intro": "Điều 37 của Luật: ai được hưởng chế độ nào.",
            "body": [
                (
                    "text",
                    (
                        "<h2>Các chế độ (Điều 37, khoản 1)</h2>"
                        '<ol type="a"><li>Nhu cầu thiết yếu</li><li>Y tế</li><li>Phiên dịch</li><li>Hỗ trợ pháp luật</li>'
                        "<li>Trợ giúp pháp lý</li><li>Chi phí đi lại</li><li>Tâm lý</li><li>Học văn hóa</li>"
                        "<li>Học nghề, tư vấn và giới thiệu việc làm</li><li>Trợ cấp khó khăn ban đầu, vay vốn</li></ol>"
                        "<p>(Luật đánh số các điểm a, b, c, d, đ, e, g, h, i, k.)</p>"
                        "<h2>Ai được hưởng gì</h2>"
                        "<ul>"
                        "<li><strong>Nạn nhân</strong> (đã được xác định): mọi chế độ, từ điểm a đến điểm k.</li>"
                        "<li><strong>Người đang trong quá trình xác định là nạn nhân</strong>: từ điểm a đến điểm g khi ở Việt Nam; từ điểm a đến điểm d khi còn ở nước ngoài.</li>"
                        "<li><strong>Người dưới 18 tuổi đi cùng nạn nhân</strong>: từ điểm a đến điểm h. Người dưới 18 tuổi đi cùng người đang trong quá trình xác định là nạn nhân được hưởng như người đó.</li>"
                        "</ul>"
                        "<p>Đừng hứa học nghề, học văn hóa, trợ cấp khó khăn ban đầu hay vay vốn với người chưa được xác định là nạn nhân. "
                        "Vay vốn ưu đãi do Ngân hàng Chính sách xã hội <strong>xem xét</strong>, không phải chắc chắn được vay.</p>"
                        "<h2>Một vài chi tiết</h2>"
                        "<ul><li>Hỗ trợ nhu cầu thiết yếu tối đa 120 ngày, có thể được gia hạn.</li>"
                        "<li>Người chưa có bảo hiểm y tế được hỗ trợ mua bảo hiểm y tế trong năm đầu.</li>"
                        "<li>Trợ giúp pháp lý là miễn phí, do trung tâm trợ giúp pháp lý thực hiện.</li>"
                        "<li>Người trở về có quyền được biết các quyền của mình, và có quyền nhận hoặc từ chối hỗ trợ.</li></ul>"
                        "<p>Nơi tiếp nhận và chăm sóc tạm thời là <strong>cơ sở trợ giúp xã hội</strong>.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "Entitlements by status",
            "slug": "entitlements",
            "intro": "Article 37 of the Law: who gets which support.",
            "body": [
                (
                    "text",
                    (
                        "<h2>The support (Article 37, clause 1)</h2>"
                        '<ol type="a"><li>Essential needs</li><li>Medical support</li><li>Interpretation</li><li>Legal support</li>'
                        "<li>Legal aid</li><li>Travel costs</li><li>Psychological support</li><li>Schooling (cultural education)</li>"
                        "<li>Vocational training, job counselling and referral</li><li>Initial hardship allowance, loans</li></ol>"
                        "<p>(The Law numbers the points a, b, c, d, đ, e, g, h, i, k.)</p>"
                        "<h2>Who gets what</h2>"
                        "<ul>"
                        "<li><strong>Victims</strong> (identified): everything, points a to k.</li>"
                        "<li><strong>People in the process of being identified as victims</strong>: points a to g in Viet Nam; points a to d while still abroad.</li>"
                        "<li><strong>Under-18s accompanying a victim</strong>: points a to h. An under-18 accompanying a person still being identified gets that person's support.</li>"
                        "</ul>"
                        "<p>Never promise vocational training, schooling, the initial hardship allowance or loans to someone not yet identified as a victim. "
                        "Preferential loans are <strong>considered</strong> by the Bank for Social Policies, not guaranteed.</p>"
                        "<h2>Some details</h2>"
                        "<ul><li>Essential-needs support lasts up to 120 days and can be extended.</li>"
                        "<li>Someone without health insurance gets their health insurance paid for the first year.</li>"
                        "<li>Legal aid is free, from the legal aid centres.</li>"
                        "<li>Returnees have the right to be told their rights, and to accept or refuse support.</li></ul>"
                        "<p>The place that takes people in and cares for them for a time is the <strong>social assistance facility</strong>.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "confidentiality",
        "duration_minutes": 15,
        "vi": {
            "title": "Giữ bí mật thông tin và tôn trọng người trở về",
            "slug": "giu-bi-mat-thong-tin",
            "intro": "Điều luật cấm và việc cán bộ cần làm hằng ngày.",
            "body": [
                (
                    "text",
                    (
                        "<h2>Luật cấm</h2>"
                        "<ul><li>Tiết lộ thông tin về nạn nhân hoặc người đang trong quá trình xác định là nạn nhân khi chưa có sự đồng ý của họ hoặc người đại diện hợp pháp, trừ trường hợp luật có quy định khác.</li>"
                        "<li>Xúc phạm, kỳ thị, phân biệt đối xử với nạn nhân.</li>"
                        "<li>Đe dọa, trả thù nạn nhân, người thân của họ, người làm chứng hoặc người tố giác.</li></ul>"
                        "<h2>Quyền của người trở về</h2>"
                        "<p>Đời sống riêng tư, bí mật cá nhân và gia đình, nơi cư trú, nơi làm việc của họ được giữ bí mật. "
                        "Theo yêu cầu của nạn nhân hoặc người đại diện, Tòa án có thể xét xử kín.</p>"
                        "<h2>Trong công việc hằng ngày</h2>"
                        "<ul><li>Chỉ chia sẻ thông tin với người cần biết để giải quyết vụ việc.</li>"
                        "<li>Không đưa tên, ảnh, nơi ở của người trở về lên mạng xã hội hay nhóm trò chuyện.</li>"
                        "<li>Dân tộc, sức khỏe, đời sống tình dục và thông tin về tội phạm là dữ liệu cá nhân nhạy cảm.</li>"
                        "<li>Người trở về được hỗ trợ dù họ đã ra đi theo cách nào.</li></ul>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "Confidentiality and respect for returnees",
            "slug": "confidentiality",
            "intro": "What the law prohibits, and what officials do every day.",
            "body": [
                (
                    "text",
                    (
                        "<h2>What the law prohibits</h2>"
                        "<ul><li>Disclosing information about a victim or a person being identified without their or their legal representative's consent, unless the law provides otherwise.</li>"
                        "<li>Insulting, stigmatising or discriminating against victims.</li>"
                        "<li>Threatening or retaliating against victims, their relatives, witnesses or people who reported.</li></ul>"
                        "<h2>Returnees' rights</h2>"
                        "<p>Their private life, personal and family secrets, residence and workplace are kept confidential. "
                        "At the request of the victim or their representative, the court may hold a closed trial.</p>"
                        "<h2>In everyday work</h2>"
                        "<ul><li>Share information only with those who need it to handle the case.</li>"
                        "<li>Never put a returnee's name, photo or address on social media or in chat groups.</li>"
                        "<li>Ethnicity, health, sexual life and crime data are sensitive personal data.</li>"
                        "<li>Returnees are supported however they left.</li></ul>"
                    ),
                ),
            ],
        },
    },
]

QUIZ = {
    "key": "receiving_quiz",
    "settings": {
        "shuffle_questions": True,
        "shuffle_options": True,
        "questions_per_page": 4,
        "attempts_allowed": 3,
        "grading_method": "highest",
        "pass_mark": 70,
        "time_limit_minutes": 30,
        "show_category_scores": True,
        "review_after_feedback": True,
    },
    # (question key or None, category key or None, count)
    "rules": [
        (None, "receiving", 4),
        (None, "support", 4),
        ("shelter_term", None, 1),
        (None, "confidentiality", 2),
        ("hotline_number", None, 1),
        ("journalist", None, 1),
    ],
    "vi": {
        "title": "Bài kiểm tra: tiếp nhận, xác minh và hỗ trợ",
        "slug": "bai-kiem-tra",
        "intro": "13 câu hỏi, làm trong 30 phút. Cần đạt 70% để hoàn thành khóa học. Bạn được làm 3 lần; điểm cao nhất được tính.",
        "search_description": "Bài kiểm tra của khóa học tiếp nhận, xác minh và hỗ trợ nạn nhân bị mua bán trở về.",
        "success_text": "Bạn đã nắm được quy trình tiếp nhận, xác minh và hỗ trợ.",
        "fail_text": "Hãy đọc lại các bài học, nhất là thời hạn xác minh và chế độ theo từng diện, rồi làm lại.",
        "bands": [
            (0, "Nên đọc lại cả bốn bài học trước khi làm lại."),
            (70, "Bạn đã nắm được những điểm chính."),
            (90, "Rất tốt: bạn có thể hướng dẫn đồng nghiệp."),
        ],
    },
    "en": {
        "title": "Quiz: receiving, verifying and supporting",
        "slug": "quiz",
        "intro": "13 questions in 30 minutes. You need 70% to complete the course. You have 3 attempts; the highest grade counts.",
        "search_description": "The quiz of the course on receiving, verifying and supporting returned victims of trafficking.",
        "success_text": "You know how to receive, verify and support returnees.",
        "fail_text": "Read the lessons again, above all the verification deadline and the support by status, then try again.",
        "bands": [
            (0, "Read all four lessons again before your next attempt."),
            (70, "You know the main points."),
            (90, "Very good: you could guide your colleagues."),
        ],
    },
}

FAKE_JOBS = {
    "key": "fake_jobs",
    "access": "open",
    "duration_minutes": 20,
    "completion_rule": "lessons",
    "vi": {
        "title": "Nhận biết lời mời việc làm lừa đảo",
        "slug": "nhan-biet-loi-moi-viec-lam-lua-dao",
        "intro": "Khóa học ngắn, mở cho mọi người: những dấu hiệu cần dừng lại và kiểm tra trước khi nhận lời đi làm xa.",
        "search_description": "Khóa học ngắn: dấu hiệu của lời mời việc làm lừa đảo và cần gọi ai khi gặp nguy hiểm.",
        "audience": "Mọi người, nhất là người trẻ và gia đình có người định đi làm xa.",
        "objectives": "Nhận ra các dấu hiệu của lời mời việc làm lừa đảo.\nBiết cần gọi ai, ở trong nước và ở nước ngoài.",
        "prerequisites": "",
    },
    "en": {
        "title": "Recognising a fake job offer",
        "slug": "recognising-a-fake-job-offer",
        "intro": "A short course open to everyone: the signs that mean stop and check before accepting work far from home.",
        "search_description": "A short course: the signs of a fake job offer, and whom to call in danger.",
        "audience": "Everyone, above all young people and families with someone planning to work far from home.",
        "objectives": "Recognise the signs of a fake job offer.\nKnow whom to call, at home and abroad.",
        "prerequisites": "",
    },
}

FAKE_JOBS_LESSON = {
    "key": "fake_jobs_signs",
    "duration_minutes": 10,
    "vi": {
        "title": "Dấu hiệu cần dừng lại",
        "slug": "dau-hieu-can-dung-lai",
        "intro": "Chỉ một dấu hiệu nghiêm trọng cũng đủ để chưa đi cho đến khi kiểm tra kỹ.",
        "body": [
            (
                "warning_signs",
                {
                    "heading": "Dấu hiệu cảnh báo",
                    "intro": "Nếu gặp một trong các dấu hiệu nghiêm trọng dưới đây, đừng đi cho đến khi đã kiểm tra kỹ.",
                    "signs": [
                        {
                            "sign": "Việc nhẹ, lương cao, không cần kinh nghiệm",
                            "explanation": "Lời hứa quá tốt thường là mồi nhử.",
                        },
                        {
                            "sign": "Người tuyển dụng giữ hộ chiếu “cho an toàn”",
                            "explanation": "Đây là dấu hiệu nghiêm trọng: không ai được giữ giấy tờ của bạn.",
                        },
                        {"sign": "Được hướng dẫn vượt biên trái phép", "explanation": "Đây là dấu hiệu nghiêm trọng."},
                        {
                            "sign": "Được dặn giữ bí mật với gia đình",
                            "explanation": "Đây là dấu hiệu nghiêm trọng. Hãy bàn với gia đình trước khi quyết định.",
                        },
                    ],
                },
            ),
            (
                "text",
                (
                    "<h2>Khi ở nước ngoài</h2>"
                    "<p>Từ nước ngoài không gọi được 111 và 113. Hãy gọi số khẩn cấp của nước sở tại, liên hệ Đại sứ quán hoặc Lãnh sự quán Việt Nam, "
                    "hoặc nhờ gia đình ở nhà gọi 111 giúp.</p>"
                    "<p>Gia đình có người mất liên lạc: đừng đăng ảnh hay nơi ở của người đó lên mạng xã hội; hãy báo cho công an hoặc gọi 111.</p>"
                ),
            ),
            (
                "hotline",
                {
                    "heading": "Gọi 111: miễn phí, 24/7",
                    "text": "Cuộc gọi được ghi âm tự động, nên đừng coi đó là cuộc gọi ẩn danh. Bạn có thể đề nghị giữ bí mật danh tính của mình. Từ nước ngoài không gọi được 111 và 113: hãy gọi số khẩn cấp của nước sở tại hoặc Đại sứ quán, Lãnh sự quán Việt Nam.",
                    "include_emergency": True,
                },
            ),
        ],
    },
    "en": {
        "title": "Signs that mean stop",
        "slug": "signs-that-mean-stop",
        "intro": "A single serious sign is enough not to go until you have checked.",
        "body": [
            (
                "warning_signs",
                {
                    "heading": "Warning signs",
                    "intro": "If you meet one of the serious signs below, do not go until you have checked carefully.",
                    "signs": [
                        {
                            "sign": "Light work, high pay, no experience needed",
                            "explanation": "A promise that is too good is often the bait.",
                        },
                        {
                            "sign": "The recruiter keeps your passport “for safety”",
                            "explanation": "A serious sign: nobody may keep your papers.",
                        },
                        {"sign": "Being told to cross the border irregularly", "explanation": "A serious sign."},
                        {
                            "sign": "Being told to keep it secret from your family",
                            "explanation": "A serious sign. Talk it over with your family before you decide.",
                        },
                    ],
                },
            ),
            (
                "text",
                (
                    "<h2>When abroad</h2>"
                    "<p>111 and 113 cannot be dialled from abroad. Call the local emergency number, contact the Vietnamese embassy or consulate, "
                    "or ask your family at home to call 111 for you.</p>"
                    "<p>Families who have lost touch with someone: do not post their photo or whereabouts on social media; tell the police or call 111.</p>"
                ),
            ),
            (
                "hotline",
                {
                    "heading": "Call 111: free, 24/7",
                    "text": "Calls are recorded automatically, so do not take a call as anonymous. You can ask for your identity to be kept confidential. 111 and 113 cannot be dialled from abroad: call the local emergency number or the Vietnamese embassy or consulate.",
                    "include_emergency": True,
                },
            ),
        ],
    },
}

FAKE_JOBS_QUIZ = {
    "key": "fake_jobs_quiz",
    "settings": {
        "shuffle_questions": False,
        "shuffle_options": True,
        "questions_per_page": 4,
        "pass_mark": 75,
        "review_after_answers": True,
        "review_after_feedback": True,
    },
    "rules": [(None, "job_offers", 4)],
    "vi": {
        "title": "Tự kiểm tra: lời mời việc làm",
        "slug": "tu-kiem-tra",
        "intro": "4 câu hỏi ngắn, dành cho cán bộ đã đăng nhập.",
        "search_description": "Bài kiểm tra ngắn về lời mời việc làm lừa đảo.",
        "success_text": "Bạn nhận ra được các dấu hiệu chính.",
        "fail_text": "Hãy đọc lại bài học rồi làm lại.",
        "bands": [],
    },
    "en": {
        "title": "Check yourself: job offers",
        "slug": "check-yourself",
        "intro": "4 short questions, for staff who sign in.",
        "search_description": "A short quiz about fake job offers.",
        "success_text": "You recognise the main signs.",
        "fail_text": "Read the lesson again, then try again.",
        "bands": [],
    },
}
