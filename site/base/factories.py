"""Factories for the shared models (factory_boy)."""

import factory
from wagtail.models import Locale

from .models import Hotline, SafetySettings


class SafetySettingsFactory(factory.django.DjangoModelFactory):
    banner_text = "Nếu ai đó có thể đang theo dõi bạn, hãy dùng nút Thoát nhanh."
    quick_exit_url = "https://www.google.com/"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = SafetySettings


class HotlineFactory(factory.django.DjangoModelFactory):
    settings = factory.SubFactory(SafetySettingsFactory)
    locale = factory.SelfAttribute("settings.locale")
    number = "111"
    label = "Tổng đài quốc gia bảo vệ trẻ em và phòng, chống mua bán người"
    availability = "Miễn phí, 24/7"
    show_in_header = True

    class Meta:
        model = Hotline
