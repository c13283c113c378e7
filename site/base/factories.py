"""Factories for the shared models (factory_boy)."""

import factory

from .models import Hotline, SafetySettings


class SafetySettingsFactory(factory.django.DjangoModelFactory):
    banner_text = "Nếu ai đó có thể đang theo dõi bạn, hãy dùng nút Thoát nhanh."
    banner_text_en = "If someone may be watching your device, use Exit this page."
    quick_exit_url = "https://www.google.com/"
    live = True

    class Meta:
        model = SafetySettings


class HotlineFactory(factory.django.DjangoModelFactory):
    settings = factory.SubFactory(SafetySettingsFactory)
    number = "111"
    label = "Tổng đài quốc gia về phòng, chống mua bán người"
    label_en = "National hotline against human trafficking"
    availability = "Miễn phí, 24/7"
    availability_en = "Free, 24/7"
    show_in_header = True

    class Meta:
        model = Hotline
