"""The campaign page types: where they may live, what they require, how they render."""

import datetime

import pytest
import wagtail_factories
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.blocks import StreamValue
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.rich_text import RichText
from wagtail.test.utils import WagtailPageTestCase

from campaigns import factories, models
from safereturn.base.blocks import VideoBlock
from tests.base.upload_files import small_mp4

pytestmark = pytest.mark.django_db


class TestPageTree(WagtailPageTestCase):
    def test_home_takes_the_public_sections(self):
        from courses.models import CourseIndexPage

        self.assertAllowedSubpageTypes(
            models.HomePage,
            {
                models.CampaignIndexPage,
                models.ArticleIndexPage,
                models.ResourcesPage,
                models.SelfCheckPage,
                models.InternetSafetyPage,
                models.AccessibilityStatementPage,
                models.ContentPage,
                models.ReportPage,
                CourseIndexPage,
            },
        )

    def test_campaigns_live_under_their_index_only(self):
        self.assertAllowedParentPageTypes(models.CampaignPage, {models.CampaignIndexPage})
        self.assertAllowedSubpageTypes(models.CampaignPage, set())

    def test_articles_live_under_their_index_only(self):
        self.assertAllowedParentPageTypes(models.ArticlePage, {models.ArticleIndexPage})


def test_story_requires_protected_identities(site_tree):
    index = factories.ArticleIndexPageFactory(parent=site_tree["home"])
    story = factories.ArticlePageFactory.build(kind=models.ArticlePage.Kind.STORY, identities_protected=False)
    with pytest.raises(ValidationError) as error:
        index.add_child(instance=story)  # Wagtail validates the page before saving it
    assert "identities_protected" in error.value.message_dict
    story.identities_protected = True
    index.add_child(instance=story)
    assert story.pk


def test_main_image_needs_alternative_text(site_tree):
    campaign = site_tree["campaign"]
    campaign.hero_image = wagtail_factories.ImageFactory()
    campaign.hero_image_alt = "  "
    with pytest.raises(ValidationError) as error:
        campaign.full_clean()
    assert "hero_image_alt" in error.value.message_dict


def test_video_block_needs_a_file_or_a_link():
    block = VideoBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"title": "Video", "description": "Lời thoại"}))
    value = block.clean(
        block.to_python({"title": "Video", "description": "Lời thoại", "external_url": "https://example.org/v"})
    )
    assert value["external_url"] == "https://example.org/v"


def test_article_and_story_render(client, site_tree):
    index = factories.ArticleIndexPageFactory(parent=site_tree["home"])
    story = factories.ArticlePageFactory(
        parent=index,
        title="Câu chuyện của chị Lan",
        kind=models.ArticlePage.Kind.STORY,
        identities_protected=True,
        date=datetime.date(2026, 3, 1),
        body=[("quote", {"quote": "Tôi đã về nhà.", "attribution": "Chị Lan (tên đã thay đổi)"})],
    )
    content = client.get(story.url).content.decode()
    assert "Tôi đã về nhà." in content
    # A story is fiction unless its subject consented in writing, and the page says which.
    assert "Đây là câu chuyện hư cấu" in content
    assert "đã được thay đổi" not in content.split("</blockquote>")[-1]
    assert story.title in client.get(index.url).content.decode()

    story.story_source = models.ArticlePage.StorySource.CONSENT
    story.save_revision().publish()
    content = client.get(story.url + "?consented=1").content.decode()
    assert "sự đồng ý bằng văn bản" in content
    assert "Tên và các chi tiết trong câu chuyện này đã được thay đổi" in content


def test_self_check_renders_questions_and_results_in_score_order(client, site_tree):
    page = factories.SelfCheckPageFactory(
        parent=site_tree["home"],
        questions=[
            ("question", {"question": "Bạn phải nộp phí trước?", "why": "Phí trước là dấu hiệu lừa.", "weight": "3"}),
            ("question", {"question": "Lương cao bất thường?", "why": "", "weight": "1"}),
        ],
        results=[
            ("result", {"minimum_score": 4, "heading": "Nguy hiểm", "advice": "Gọi 111 ngay."}),
            ("result", {"minimum_score": 0, "heading": "Ít rủi ro", "advice": "Vẫn nên cẩn thận."}),
        ],
        what_to_do=[("hotline", {"heading": "Gọi 111", "text": "", "include_emergency": True})],
    )
    content = client.get(page.url).content.decode()
    assert content.count('data-weight="3"') == 1
    assert content.index('data-min-score="0"') < content.index('data-min-score="4"')
    assert "<form" not in content.split('<main id="main-content"')[1]  # nothing could be submitted
    assert 'href="tel:111"' in content.split("self-check__next")[1]


def test_all_blocks_render(client, site_tree):
    document = wagtail_factories.DocumentFactory(title="Tờ rơi", file__filename="to-roi.txt")
    image = wagtail_factories.ImageFactory()
    campaign = site_tree["campaign"]
    campaign.body = StreamValue(
        campaign.body.stream_block,
        [
            ("text", RichText("<p>Văn bản</p>")),
            ("image", {"image": image, "alt_text": "Mô tả ảnh", "caption": "Chú thích"}),
            ("video", {"title": "Video", "video": document, "description": "Lời thoại", "external_url": ""}),
            ("hotline", {"heading": "Gọi ngay", "text": "Miễn phí", "include_emergency": False}),
            ("warning_signs", {"heading": "Dấu hiệu", "intro": "", "signs": [{"sign": "Giữ hộ chiếu"}]}),
            ("quote", {"quote": "Trích dẫn", "attribution": "Anh T."}),
            ("faq", {"heading": "Hỏi đáp", "items": [{"question": "Hỏi?", "answer": RichText("<p>Đáp.</p>")}]}),
            ("document", {"document": document, "title": "", "description": "Tải về"}),
            (
                "call_to_action",
                {"heading": "Hành động", "text": "", "button_label": "Đi", "link": {"page": site_tree["home"]}},
            ),
        ],
        is_lazy=False,
    )
    campaign.save_revision().publish()
    content = client.get(campaign.url).content.decode()
    for expected in ("Mô tả ảnh", "<picture>", 'preload="none"', "Gọi ngay", "Giữ hộ chiếu", "<details>", "Tờ rơi"):
        assert expected in content
    # The call-out leaves the emergency number out when asked to.
    callout = content.split('class="block-hotline"')[1].split("</section>")[0]
    assert "tel:111" in callout
    assert "tel:113" not in callout


@pytest.mark.parametrize("key", ["campaign", "campaign_en"])
def test_uncached_campaign_page_needs_at_most_eight_queries(client, site_tree, key):
    """
    A campaign page with a main image and an image in its body, rendered in
    full (the page cache bypassed by a query string), once the shared chrome
    (hotlines, navigation) is cached as it is in steady state.
    """
    page = site_tree[key]
    page.hero_image = wagtail_factories.ImageFactory()
    page.hero_image_alt = "Ảnh minh hoạ"
    page.body = StreamValue(
        page.body.stream_block,
        [
            ("text", RichText("<p>Văn bản</p>")),
            ("image", {"image": wagtail_factories.ImageFactory(), "alt_text": "Ảnh", "caption": ""}),
        ],
        is_lazy=False,
    )
    page.save_revision().publish()
    client.get(page.url + "?warm=1")  # builds the chrome and the image renditions once
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url + "?uncached=1")
    assert response.status_code == 200
    assert len(queries) <= 8, "\n".join(query["sql"] for query in queries)


def test_vietnamese_slugs_are_folded_to_plain_ascii(site_tree):
    campaign = factories.CampaignPageFactory.build(title="Cảnh giác đường dây", slug="cảnh-giác-đường-dây")
    site_tree["index"].add_child(instance=campaign)
    assert campaign.slug == "canh-giac-duong-day"
    assert campaign.url.endswith("/chien-dich/canh-giac-duong-day/")


def test_self_check_needs_a_result_from_score_zero(site_tree):
    page = factories.SelfCheckPageFactory.build(
        questions=[("question", {"question": "Phí trước?", "why": "", "weight": "3"})],
        results=[("result", {"minimum_score": 2, "heading": "Cảnh giác", "advice": "Gọi 111."})],
        what_to_do=[],
    )
    with pytest.raises(ValidationError) as error:
        site_tree["home"].add_child(instance=page)
    assert "results" in error.value.message_dict


def test_video_with_captions_renders_a_track(client, site_tree):
    video = wagtail_factories.DocumentFactory(title="Video", file=ContentFile(small_mp4(), name="clip.mp4"))
    captions = wagtail_factories.DocumentFactory(title="Phụ đề", file__filename="phu-de.vtt", file__data=b"WEBVTT\n")
    campaign = site_tree["campaign"]
    campaign.body = StreamValue(
        campaign.body.stream_block,
        [
            (
                "video",
                {
                    "title": "Video",
                    "video": video,
                    "poster": None,
                    "captions": captions,
                    "captions_language": "vi",
                    "description": "Lời thoại",
                    "external_url": "",
                },
            )
        ],
        is_lazy=False,
    )
    campaign.save_revision().publish()
    content = client.get(campaign.url + "?fresh=1").content.decode()
    assert f'<track kind="captions" src="{captions.url}" srclang="vi"' in content


def test_original_images_are_never_served(client, site_tree):
    image = wagtail_factories.ImageFactory()
    assert client.get("/media/" + image.file.name).status_code == 404
    rendition = image.get_rendition("width-100")
    assert client.get(rendition.url).status_code == 200


def test_cold_campaign_page_needs_a_bounded_number_of_queries(client, site_tree):
    """
    Right after a publish every cache starts empty: the first visitor's
    request also builds the chrome (hotlines, banner, navigation) and the
    site and route memories. That is still a small, fixed number of queries.
    """
    url = site_tree["campaign_en"].url
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    assert len(queries) <= 16, "\n".join(query["sql"] for query in queries)


def self_check_page(site_tree, results, questions=None):
    return factories.SelfCheckPageFactory(
        parent=site_tree["home"],
        questions=questions
        or [
            ("question", {"question": "Lương cao bất thường?", "why": "", "weight": "1", "serious": False}),
            ("question", {"question": "Giữ hộ chiếu “cho an toàn”?", "why": "", "weight": "3", "serious": True}),
        ],
        results=[
            ("result", {"minimum_score": score, "heading": heading, "advice": "…"}) for score, heading in results
        ],
        what_to_do=[],
    )


def test_self_check_bands_cover_ranges_of_scores(site_tree):
    page = self_check_page(site_tree, [(5, "Đừng đi"), (0, "Không có dấu hiệu"), (1, "Cảnh báo")])
    bands = [(band["low"], band["high"], band["last"]) for band in page.result_bands()]
    assert bands == [(0, 0, False), (1, 4, False), (5, None, True)]
    assert page.has_serious_questions()


def test_self_check_prints_every_band_with_its_range_and_the_serious_sign_rule(client, site_tree):
    page = self_check_page(site_tree, [(0, "Không có dấu hiệu"), (1, "Cảnh báo"), (5, "Đừng đi")])
    content = client.get(page.url).content.decode()
    # Printed, every band says which scores it covers, so a gap shows: "0 points" is only ever 0.
    assert "0 điểm:" in content
    assert "1–4 điểm:" in content
    assert "Từ 5 điểm trở lên, hoặc có bất kỳ dấu hiệu nghiêm trọng nào:" in content
    assert "Nếu bạn trả lời “có” với bất kỳ dấu hiệu nghiêm trọng nào" in content
    assert content.count("data-serious") == 2  # the serious question, and the score line's message
    assert "data-last" in content.split('data-min-score="5"')[1].split(">")[0]


def test_self_check_results_need_distinct_starting_scores(site_tree):
    page = factories.SelfCheckPageFactory.build(
        questions=[("question", {"question": "Phí trước?", "why": "", "weight": "1", "serious": False})],
        results=[
            ("result", {"minimum_score": 0, "heading": "Ít rủi ro", "advice": "Cẩn thận."}),
            ("result", {"minimum_score": 0, "heading": "Cảnh giác", "advice": "Gọi 111."}),
        ],
        what_to_do=[],
    )
    with pytest.raises(ValidationError) as error:
        site_tree["home"].add_child(instance=page)
    assert "results" in error.value.message_dict


def test_the_page_editor_shows_each_bands_range_while_writing(client, site_tree, admin_user):
    page = self_check_page(site_tree, [(0, "Không có dấu hiệu"), (1, "Cảnh báo")])
    client.force_login(admin_user)
    content = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    script = content.split("campaigns/js/self-check-admin.js")[1].split("</script>")[0]
    assert 'data-range="Áp dụng cho %(low)s–%(high)s điểm."' in script
    assert "data-serious=" in script


def test_accessibility_statement_shows_a_contact_only_when_an_editor_sets_one(client, site_tree):
    page = factories.AccessibilityStatementPageFactory(parent=site_tree["home"])
    content = client.get(page.url).content.decode()
    assert "Chưa có đầu mối tiếp nhận phản ánh" in content
    assert "mailto:" not in content
    assert 'href="tel:' not in content.split('id="main-content"')[1].split("</main>")[0]

    page.barrier_email = "tiepcan@example.gov.vn"
    page.barrier_phone = "0222 3 123 456"
    page.save_revision().publish()
    content = client.get(page.url + "?contact=1").content.decode()
    assert 'href="mailto:tiepcan@example.gov.vn"' in content
    assert 'href="tel:02223123456"' in content
    assert "Chưa có đầu mối tiếp nhận phản ánh" not in content


def test_trainers_can_add_a_course_index_under_the_home_page(site_tree):
    from courses.models import CourseIndexPage

    assert CourseIndexPage.can_create_at(site_tree["home"])
