"""Page factories for the campaign site (wagtail-factories)."""

import datetime

import factory
import wagtail_factories
from wagtail.rich_text import RichText

from . import models


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Trở về an toàn"
    intro = "Phòng, chống mua bán người: nhận biết, phòng tránh và tìm trợ giúp."

    class Meta:
        model = models.HomePage


class CampaignIndexPageFactory(wagtail_factories.PageFactory):
    title = "Chiến dịch"
    slug = "chien-dich"
    show_in_menus = True

    class Meta:
        model = models.CampaignIndexPage


class CampaignPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Chiến dịch {n}")
    intro = "Cảnh giác với lời mời việc nhẹ, lương cao."
    body = factory.LazyFunction(lambda: [("text", RichText("<p>Gọi 111 để được hỗ trợ miễn phí.</p>"))])

    class Meta:
        model = models.CampaignPage


class ArticleIndexPageFactory(wagtail_factories.PageFactory):
    title = "Tin tức và câu chuyện"
    slug = "tin-tuc"

    class Meta:
        model = models.ArticleIndexPage


class ArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Bài viết {n}")
    date = datetime.date(2026, 7, 30)
    intro = "Ngày Thế giới phòng, chống mua bán người."

    class Meta:
        model = models.ArticlePage


class ResourcesPageFactory(wagtail_factories.PageFactory):
    title = "Tài liệu"
    slug = "tai-lieu"

    class Meta:
        model = models.ResourcesPage


class SelfCheckPageFactory(wagtail_factories.PageFactory):
    title = "Kiểm tra lời mời việc làm"
    slug = "tu-kiem-tra"
    intro = "Trả lời vài câu hỏi để biết lời mời có dấu hiệu lừa đảo không."

    class Meta:
        model = models.SelfCheckPage


class InternetSafetyPageFactory(wagtail_factories.PageFactory):
    title = "An toàn khi lên mạng"
    slug = "an-toan-tren-mang"
    intro = "Cách xem trang này an toàn hơn, và những gì nút Thoát nhanh không làm được."

    class Meta:
        model = models.InternetSafetyPage


class AccessibilityStatementPageFactory(wagtail_factories.PageFactory):
    title = "Khả năng tiếp cận"
    slug = "kha-nang-tiep-can"
    intro = "Chúng tôi muốn mọi người đều dùng được trang web này."

    class Meta:
        model = models.AccessibilityStatementPage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Trang {n}")

    class Meta:
        model = models.ContentPage


class ReportPageFactory(wagtail_factories.PageFactory):
    title = "Gửi tin báo"
    slug = "gui-tin-bao"
    intro = "Báo cho cán bộ của tỉnh khi nghi ngờ có người bị mua bán."
    urgent_advice = "Có người đang gặp nguy hiểm: gọi 113 ngay. Tin báo được đọc trong giờ hành chính."
    privacy_notice = "Chúng tôi không lưu địa chỉ IP của bạn."

    class Meta:
        model = models.ReportPage
