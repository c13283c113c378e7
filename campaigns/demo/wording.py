"""
Sentences and facts the demo pages share, written once so that they stay the
same everywhere (docs/content.md is the rulebook, docs/domain.md the source
of every fact).
"""

import datetime

# The day the demo's legal facts were last checked against docs/domain.md. A
# fixed date keeps the demo idempotent; once it is older than
# LEGAL_REVIEW_MAX_AGE_DAYS, the demo pages appear in the "Legal check
# overdue" report, as a real site's pages would.
LEGAL_CHECKED_ON = datetime.date(2026, 11, 30)

# 111 and 113 cannot be dialled from abroad (domain.md section 7): whoever may
# be abroad is told what to do instead.
ABROAD_VI = (
    "Nếu bạn đang ở nước ngoài: không gọi được 111 và 113 từ nước ngoài. Hãy gọi số khẩn cấp của nước bạn đang ở, "
    "liên hệ Đại sứ quán hoặc Tổng Lãnh sự quán Việt Nam, hoặc nhờ người nhà ở Việt Nam gọi 111 giúp bạn."
)
ABROAD_EN = (
    "If you are abroad: 111 and 113 cannot be dialled from outside Viet Nam. Call the local emergency number, "
    "contact the Vietnamese embassy or consulate, or ask your family at home to call 111 for you."
)

# Families who post a relative's photo or whereabouts can put them in more danger (content.md, Safety).
NO_POSTING_VI = (
    "Đừng đăng ảnh, tên hay nơi người thân có thể đang ở lên mạng xã hội: kẻ xấu cũng đọc được. Hãy đưa những "
    "thông tin ấy cho cơ quan công an."
)
NO_POSTING_EN = (
    "Do not post your relative's photo, name or possible whereabouts on social media: the people holding them can "
    "read it too. Give that information to the police instead."
)

LAW_VI = "Luật Phòng, chống mua bán người"
LAW_EN = "Law on Prevention and Combat of Human Trafficking"

# Fiction is labelled as fiction: "name changed" would read as a real survivor (content.md, Safety).
MAI_VI = "Mai, 24 tuổi (nhân vật hư cấu)"
MAI_EN = "Mai, 24 (a fictional character)"
MAI_SHORT_VI = "Mai (nhân vật hư cấu)"
MAI_SHORT_EN = "Mai (a fictional character)"
