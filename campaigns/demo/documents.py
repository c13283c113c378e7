"""
The downloadable leaflets, written at seed time as UTF-8 text files.

Plain text opens on any phone, weighs a few kilobytes on a metered line and
needs no PDF library; a real deployment would replace these with designed
PDFs through the admin.
"""

from dataclasses import dataclass

FOOTER_VI = """
----------------------------------------------------------------
Tổng đài quốc gia về phòng, chống mua bán người: 111 (miễn phí, 24/7)
Khi có người ở Việt Nam đang gặp nguy hiểm: gọi 113
Ở nước ngoài không gọi được 111 và 113: hãy gọi số khẩn cấp của nước
sở tại, liên hệ Đại sứ quán hoặc Tổng Lãnh sự quán Việt Nam, hoặc nhờ
người nhà ở Việt Nam gọi 111 giúp bạn.
Tài liệu minh họa của trang Trở về an toàn. Được tự do sao chép và in lại.
"""

FOOTER_EN = """
----------------------------------------------------------------
National hotline against human trafficking: 111 (free, 24/7)
If someone in Viet Nam is in danger right now: call 113
111 and 113 cannot be dialled from abroad: call the local emergency
number, contact the Vietnamese embassy or consulate, or ask your family
at home to call 111 for you.
A sample document from the Safe Return site. Free to copy and reprint.
"""

SIGNS_VI = """DẤU HIỆU NHẬN BIẾT MUA BÁN NGƯỜI

Kẻ mua bán người có thể không dùng vũ lực ngay từ đầu, mà bắt đầu bằng một lời hứa.

LỜI MỜI ĐÁNG NGỜ
- Việc nhẹ, lương cao, không cần kinh nghiệm, không cần ngoại ngữ.
- Người tuyển dụng chỉ liên lạc qua Facebook, Zalo, Telegram; không có văn phòng, không có tên công
  ty.
- Được bao vé, bao ăn ở, "sang đến nơi sẽ ký hợp đồng".
- Phải nộp tiền trước khi có hợp đồng; chuyển tiền vào tài khoản cá nhân.
- Đi bằng thị thực du lịch, hoặc được dẫn qua biên giới không qua cửa khẩu.
- Mai mối kết hôn gấp, có tiền trao tay, không đăng ký kết hôn.

NGƯỜI CÓ THỂ ĐANG BỊ MUA BÁN
- Bị giữ hộ chiếu, căn cước, điện thoại.
- Không được tự do đi lại, luôn có người đi kèm hoặc canh giữ.
- Làm việc rất nhiều giờ, không được trả lương, bị trừ lương để "trả nợ".
- Bị đe dọa, bị đánh, hoặc gia đình bị đòi tiền chuộc.
- Không biết mình đang ở đâu, không được liên lạc với gia đình.

BẠN CÓ THỂ LÀM GÌ
- Tự giữ giấy tờ tùy thân của mình. Không đưa cho ai giữ hộ.
- Để lại cho gia đình tên, địa chỉ, số điện thoại nơi làm việc.
- Hẹn lịch liên lạc đều đặn với người thân.
- Lưu số của Đại sứ quán hoặc Tổng Lãnh sự quán Việt Nam ở nơi mình đến.
- Khi nghi ngờ, hãy gọi 111 để báo tin. Bạn không cần chắc chắn mới được gọi.
- Nếu người thân mất tích, đừng đăng ảnh hay nơi họ có thể đang ở lên mạng
  xã hội: hãy đưa những thông tin ấy cho cơ quan công an.
"""

SIGNS_EN = """THE SIGNS OF HUMAN TRAFFICKING

Traffickers may not use force at first, but start with a promise.

SUSPICIOUS OFFERS
- Easy work, high pay, no experience and no languages needed.
- The recruiter is only reachable through Facebook, Zalo or Telegram; no office, no company name.
- Travel, meals and housing paid, and "you'll sign the contract when you get there".
- Money to pay before any contract, into a personal bank account.
- Travel on a tourist visa, or being guided across the border away from a border gate.
- A rushed marriage match, with money handed over and no marriage registration.

SOMEONE WHO MAY BE TRAFFICKED
- Their passport, ID card or phone has been taken.
- They cannot move about freely; someone always goes with them or watches them.
- They work very long hours without pay, or their wages are withheld to "pay off a debt".
- They are threatened or beaten, or their family is asked for ransom.
- They do not know where they are and are not allowed to contact their family.

WHAT YOU CAN DO
- Keep your own identity papers. Do not let anyone keep them for you.
- Leave your family the name, address and phone number of your workplace.
- Agree on regular times to be in touch with your family.
- Save the number of the Vietnamese embassy or consulate where you are going.
- If in doubt, call 111 to report it. You do not need to be sure before you call.
- If a relative goes missing, do not post their photo or possible whereabouts on
  social media: give that information to the police.
"""

CHECKLIST_VI = """BẢNG KIỂM TRƯỚC KHI ĐI LÀM XA

Đánh dấu từng mục trước khi nhận lời. Thiếu mục nào, hãy hỏi thêm hoặc dừng lại.

VỀ NGƯỜI TUYỂN DỤNG
[ ] Tôi biết tên đầy đủ, địa chỉ trụ sở và số điện thoại của doanh nghiệp.
[ ] Tôi đã gặp người tuyển dụng trực tiếp, không chỉ nói chuyện qua mạng.
[ ] Nếu đi nước ngoài: tôi đã tự hỏi Sở Nội vụ xem doanh nghiệp có được phép đưa người lao
    động đi làm việc ở nước ngoài không.

VỀ CÔNG VIỆC
[ ] Tôi có hợp đồng bằng văn bản, bằng tiếng Việt hoặc thứ tiếng tôi đọc được.
[ ] Hợp đồng ghi rõ công việc, nơi làm, giờ làm, tiền lương, thời hạn và các khoản chi phí.
[ ] Mức lương hợp lý so với công việc.

VỀ TIỀN VÀ GIẤY TỜ
[ ] Mọi khoản tiền tôi nộp đều có biên lai mang tên doanh nghiệp.
[ ] Tôi không vay tiền của người tuyển dụng để đi.
[ ] Tôi sẽ tự giữ hộ chiếu, căn cước của mình.
[ ] Tôi đi bằng thị thực đúng với công việc, qua cửa khẩu chính thức.

VỀ GIA ĐÌNH
[ ] Gia đình tôi biết tôi đi đâu, làm cho ai, ở địa chỉ nào.
[ ] Tôi đã hẹn lịch liên lạc với người thân và một câu nói kín để báo khi gặp nguy hiểm.
[ ] Tôi và gia đình đã lưu số 111 và 113 (chỉ gọi được ở Việt Nam).
[ ] Nếu đi nước ngoài: tôi đã lưu số của Đại sứ quán hoặc Tổng Lãnh sự quán Việt Nam và số
    khẩn cấp của nước tôi đến.
"""

CHECKLIST_EN = """A CHECKLIST BEFORE WORKING AWAY FROM HOME

Tick each item before you accept. If anything is missing, ask more or stop.

THE RECRUITER
[ ] I know the company's full name, office address and phone number.
[ ] I have met the recruiter in person, not only online.
[ ] If the job is abroad: I have asked the Department of Home Affairs myself whether the company
    may send workers abroad.

THE JOB
[ ] I have a written contract, in Vietnamese or a language I can read.
[ ] The contract states the job, workplace, hours, wage, duration and all costs.
[ ] The pay is reasonable for the work.

MONEY AND PAPERS
[ ] Every payment I make has a receipt in the company's name.
[ ] I am not borrowing money from the recruiter to travel.
[ ] I will keep my own passport and ID card.
[ ] I will travel on the right visa for the job, through an official border gate.

FAMILY
[ ] My family knows where I am going, whom I will work for, and the address.
[ ] I have agreed regular times to call home, and a code phrase to signal danger.
[ ] My family and I have saved the numbers 111 and 113 (only from within Viet Nam).
[ ] If the job is abroad: I have saved the number of the Vietnamese embassy or consulate and the
    emergency number of the country I am going to.
"""

RIGHTS_VI = """HỎI - ĐÁP: QUYỀN ĐƯỢC HỖ TRỢ CỦA NGƯỜI BỊ MUA BÁN TRỞ VỀ
(theo Luật Phòng, chống mua bán người số 53/2024/QH15, có hiệu lực từ 1/7/2025)

1. Tôi trình báo ở đâu?
Tại Ủy ban nhân dân xã, phường nơi bạn ở, hoặc với cơ quan công an, Bộ đội Biên phòng,
Cảnh sát biển; những nơi này đưa bạn đến ngay Ủy ban nhân dân cấp xã. Bạn cũng có thể
gọi 111 (miễn phí, 24/7) để báo tin. Ở nước ngoài: liên hệ Đại sứ quán hoặc Tổng Lãnh
sự quán Việt Nam.

2. Trình báo xong thì sau đó sẽ thế nào?
Ủy ban nhân dân cấp xã báo ngay cho Sở Y tế. Chậm nhất 3 ngày sau khi nhận được thông
báo, Sở Y tế chủ trì, phối hợp với Công an tỉnh xác minh ban đầu.

3. Chưa được xác định là nạn nhân thì có được hỗ trợ không?
Có. "Người đang trong quá trình xác định là nạn nhân" được hỗ trợ ngay trong thời gian
xác minh:
- khi ở Việt Nam: nhu cầu thiết yếu, y tế, phiên dịch, hỗ trợ pháp luật, trợ giúp pháp
  lý, chi phí đi lại và hỗ trợ tâm lý;
- khi còn ở nước ngoài: nhu cầu thiết yếu, y tế, phiên dịch và hỗ trợ pháp luật.
Người dưới 18 tuổi đi cùng họ được hỗ trợ như họ.

4. Người đã được xác định là nạn nhân được hỗ trợ những gì?
- Nhu cầu thiết yếu: chỗ ở tạm thời, tiền ăn, đồ dùng cá nhân (tối đa 120 ngày, có thể
  được xem xét gia hạn).
- Y tế, kể cả thẻ bảo hiểm y tế năm đầu nếu chưa có.
- Tư vấn, trị liệu tâm lý.
- Hỗ trợ pháp luật, trợ giúp pháp lý miễn phí.
- Phiên dịch.
- Chi phí đi lại, tiền ăn trên đường về.
- Học văn hóa cho nạn nhân dưới 18 tuổi (và người dưới 18 tuổi đi cùng nạn nhân).
- Học nghề; tư vấn, giới thiệu việc làm.
- Trợ cấp khó khăn ban đầu.
- Được Ngân hàng Chính sách xã hội xem xét cho vay vốn ưu đãi nếu cần vốn sản xuất,
  kinh doanh.
Sở Y tế giải quyết đề nghị hỗ trợ học văn hóa, học nghề và trợ cấp khó khăn ban đầu
trong 9 ngày làm việc kể từ khi nhận hồ sơ.

5. Tôi có phải nhận mọi hỗ trợ không?
Không. Bạn có quyền được biết về từng chế độ, và có quyền nhận hoặc từ chối từng hỗ trợ.

6. Thông tin của tôi có bị lộ không?
Pháp luật nghiêm cấm tiết lộ thông tin về nạn nhân và người đang trong quá trình xác định
là nạn nhân khi chưa có sự đồng ý của họ hoặc người đại diện hợp pháp, trừ trường hợp
pháp luật có quy định khác.

7. Ở Bắc Ninh, tôi hỏi ai?
Ủy ban nhân dân xã, phường nơi bạn ở; Sở Y tế tỉnh Bắc Ninh; Công an tỉnh Bắc Ninh.
Mức hỗ trợ cụ thể do cơ quan có thẩm quyền quyết định theo quy định.
"""

RIGHTS_EN = """QUESTIONS AND ANSWERS: SUPPORT FOR PEOPLE WHO RETURN AFTER BEING TRAFFICKED
(under Law 53/2024/QH15 on Prevention and Combat of Human Trafficking, in force since 1 July 2025)

1. Where do I report?
At the People's Committee of the commune or ward where you live, or to the police, the Border
Guard or the Coast Guard, who take you to the commune People's Committee at once. You can also
call 111 (free, 24/7) to report. Abroad: contact the Vietnamese embassy or consulate.

2. What happens after I report?
The commune People's Committee informs the provincial Department of Health at once. No later
than 3 days after receiving that notice, the Department of Health leads an initial verification
with the provincial police.

3. Am I supported before I am identified as a victim?
Yes. A "person in the process of being identified as a victim" is supported while the
verification takes place:
- in Viet Nam: essential needs, medical care, interpretation, legal support, legal aid, travel
  costs and psychological help;
- while still abroad: essential needs, medical care, interpretation and legal support.
A person under 18 who accompanies them receives the same support.

4. What support do identified victims receive?
- Essential needs: temporary accommodation, food, personal items (up to 120 days; an extension
  may be considered).
- Medical care, including a health insurance card for the first year if you have none.
- Counselling and psychological therapy.
- Legal support and free legal aid.
- Interpretation.
- Travel costs and meals on the way home.
- Schooling for victims under 18 (and for a person under 18 who accompanies a victim).
- Vocational training; job counselling and referral.
- An initial hardship allowance.
- Consideration for a preferential loan from the Vietnam Bank for Social Policies, if you need
  capital for work or a business.
The Department of Health decides on support for schooling, vocational training and the initial
hardship allowance within 9 working days of receiving the application.

5. Do I have to accept all of it?
No. You have the right to be told about each entitlement, and to accept or refuse each form of
support.

6. Will my information be disclosed?
The law forbids disclosing information about victims, or about people being identified as
victims, without their consent or that of their legal representative, unless the law provides
otherwise.

7. Whom do I ask in Bac Ninh?
The People's Committee of your commune or ward; the Bac Ninh Department of Health; the Bac Ninh
Provincial Police.
The exact amounts of support are decided by the competent authority under the regulations.
"""


@dataclass(frozen=True)
class Leaflet:
    """One leaflet in one language: the title shown in the admin, the file name and the text."""

    key: str
    language: str
    title: str
    filename: str
    body: str

    @property
    def content(self):
        footer = FOOTER_VI if self.language == "vi" else FOOTER_EN
        # With a byte-order mark, because the document view serves text/plain without a charset, and browsers
        # then guess a legacy encoding and garble Vietnamese; a BOM overrides that guess.
        return (self.body + footer).encode("utf-8-sig")


LEAFLETS = [
    Leaflet("signs", "vi", "Dấu hiệu nhận biết mua bán người", "dau-hieu-nhan-biet-mua-ban-nguoi.txt", SIGNS_VI),
    Leaflet("signs", "en", "The signs of human trafficking", "signs-of-human-trafficking.txt", SIGNS_EN),
    Leaflet("checklist", "vi", "Bảng kiểm trước khi đi làm xa", "bang-kiem-truoc-khi-di-lam-xa.txt", CHECKLIST_VI),
    Leaflet(
        "checklist",
        "en",
        "A checklist before working away from home",
        "checklist-before-working-away.txt",
        CHECKLIST_EN,
    ),
    Leaflet(
        "rights",
        "vi",
        "Hỏi – đáp: quyền được hỗ trợ của người bị mua bán trở về",
        "hoi-dap-quyen-duoc-ho-tro.txt",
        RIGHTS_VI,
    ),
    Leaflet(
        "rights",
        "en",
        "Questions and answers: support for people who return after being trafficked",
        "support-for-people-who-return.txt",
        RIGHTS_EN,
    ),
]
