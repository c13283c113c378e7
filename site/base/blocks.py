"""
The reusable StreamField blocks that editors build public pages from.

Each block renders with its own template under templates/blocks/ and works
without JavaScript. Nothing a block renders fetches anything from another
origin: videos are uploaded files that load only when played, and links to
other sites are plain links.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class RichTextBlock(blocks.RichTextBlock):
    """Paragraphs, headings, lists and links; no embeds or images (use their own blocks)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "blocks/rich_text_block.html"
        description = _(
            "Paragraphs with headings, lists and links. For images, videos and hotlines, use their blocks."
        )
        preview_value = "<h2>Cảnh giác</h2><p>Mua bán người là tội phạm. Gọi 111 để được hỗ trợ miễn phí.</p>"


class ImageBlock(blocks.StructBlock):
    """An image with required alternative text, so every image is described to screen readers."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it. Required."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image_block.html"
        description = _("One image with the text read aloud to people who cannot see it, and an optional caption.")


class VideoBlock(blocks.StructBlock):
    """
    A video that costs nothing until the visitor presses play.

    The file is uploaded to the site (so no third party learns who watched
    it) and the player uses preload="none": on a slow or metered line only the
    poster image is loaded. A link to the same video elsewhere is optional.
    """

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    video = DocumentChooserBlock(
        label=_("Video file"), required=False, help_text=_("An MP4 or WebM file uploaded as a document.")
    )
    poster = ImageChooserBlock(label=_("Poster image"), required=False)
    captions = DocumentChooserBlock(
        label=_("Captions"),
        required=False,
        help_text=_("A WebVTT (.vtt) file of captions, for people who cannot hear the video."),
    )
    captions_language = blocks.ChoiceBlock(
        label=_("Language of the captions"),
        choices=[("vi", "Tiếng Việt"), ("en", "English")],
        default="vi",
    )
    description = blocks.TextBlock(
        label=_("Description or transcript"),
        help_text=_("What the video says, for people who cannot hear or play it. Required."),
    )
    external_url = blocks.URLBlock(
        label=_("Link to the video on another site"),
        required=False,
        help_text=_("Shown as a plain link; the other site is only contacted if the visitor follows it."),
    )

    class Meta:
        icon = "media"
        label = _("Video (loads on click)")
        template = "blocks/video_block.html"
        description = _(
            "A video uploaded as a document, which loads only when the visitor presses play, with captions and a "
            "transcript."
        )
        preview_value = {
            "title": "Câu chuyện của một lao động trở về",
            "description": "Bản ghi lời nói trong video, cho người không nghe hoặc không mở được video.",
            "external_url": "https://example.org/video",
        }

    def clean(self, value):
        value = super().clean(value)
        if not value.get("video") and not value.get("external_url"):
            raise StructBlockValidationError(
                block_errors={"video": ValidationError(_("Choose a video file or give a link to the video."))}
            )
        return value


class HotlineCalloutBlock(blocks.StructBlock):
    """A prominent box with the hotline numbers from the site's safety settings."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    include_emergency = blocks.BooleanBlock(label=_("Also show the emergency number"), required=False, default=True)

    class Meta:
        icon = "mobile-alt"
        label = _("Hotline call-out")
        template = "blocks/hotline_callout_block.html"
        description = _(
            "A box with the hotline numbers. The numbers come from Settings › Hotlines and safety, so they are the "
            "same on every page and change everywhere at once."
        )
        preview_value = {
            "heading": "Gọi 111: miễn phí, 24/7",
            "text": "Tổng đài quốc gia tiếp nhận thông tin về mua bán người.",
            "include_emergency": True,
        }


class WarningSignBlock(blocks.StructBlock):
    sign = blocks.CharBlock(label=_("Sign"), max_length=200)
    explanation = blocks.TextBlock(label=_("Why it matters"), required=False)


class WarningSignsBlock(blocks.StructBlock):
    """A checklist of the signs of trafficking or of a fraudulent offer."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    intro = blocks.TextBlock(label=_("Introduction"), required=False)
    signs = blocks.ListBlock(WarningSignBlock(), label=_("Signs"), min_num=1)

    class Meta:
        icon = "warning"
        label = _("Warning signs checklist")
        template = "blocks/warning_signs_block.html"
        description = _("A list of signs that an offer or a situation may be trafficking, each with why it matters.")
        preview_value = {
            "heading": "Dấu hiệu cảnh báo",
            "intro": "",
            "signs": [{"sign": "Việc nhẹ, lương cao, không cần kinh nghiệm", "explanation": ""}],
        }


class QuoteBlock(blocks.StructBlock):
    """A quotation. Stories use pseudonyms only: never a real victim's name."""

    quote = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(
        label=_("Attribution"),
        required=False,
        max_length=120,
        help_text=_("A fictional character's name and role (\"a fictional character\"), never a real victim's name."),
    )

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote_block.html"
        description = _("A quotation set apart from the text. Stories are fiction unless a person agreed in writing.")
        preview_value = {"quote": "Tôi đã không biết hỏi ai.", "attribution": "Chị H. (nhân vật hư cấu)"}


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=250)
    answer = RichTextBlock(label=_("Answer"))


class FAQBlock(blocks.StructBlock):
    """Questions and answers that open one at a time (native <details>, no script)."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120, required=False)
    items = blocks.ListBlock(FAQItemBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "help"
        label = _("Frequently asked questions")
        template = "blocks/faq_block.html"
        description = _("Questions that open one at a time to show their answer; works without JavaScript.")
        preview_value = {
            "heading": "Câu hỏi thường gặp",
            "items": [{"question": "Gọi 111 có mất tiền không?", "answer": "<p>Không. Cuộc gọi miễn phí.</p>"}],
        }


class DocumentDownloadBlock(blocks.StructBlock):
    """A document to download, with its format and size shown before the download."""

    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Title"), required=False, max_length=200, help_text=_("Leave empty to use the document's title.")
    )
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Document download")
        template = "blocks/document_download_block.html"
        description = _(
            "A leaflet or form to download, with its format and size shown before the visitor downloads it."
        )


class LinkBlock(blocks.StructBlock):
    """A link to a page of this site or to another address: exactly one of the two."""

    page = blocks.PageChooserBlock(
        label=_("Page"),
        required=False,
        help_text=_("A page of this site. An English page links to the English version of it when there is one."),
    )
    url = blocks.URLBlock(label=_("Or an address"), required=False, help_text=_("A page on another site."))

    def clean(self, value):
        value = super().clean(value)
        if value.get("page") and value.get("url"):
            message = _("Choose a page or give an address, not both.")
        elif not value.get("page") and not value.get("url"):
            message = _("Fill in one of the two: choose a page, or give an address.")
        else:
            return value
        raise StructBlockValidationError(block_errors={"page": ValidationError(message)})


class CallToActionBlock(blocks.StructBlock):
    """A short message with one button."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)
    link = LinkBlock(label=_("Link"))

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "blocks/call_to_action_block.html"
        description = _("A short message with one button that leads to a page of this site or to another address.")
        preview_value = {
            "heading": "Bạn nghi ngờ một lời mời làm việc?",
            "text": "Trả lời vài câu hỏi để biết lời mời có dấu hiệu lừa đảo không.",
            "button_label": "Tự kiểm tra",
            "link": {"page": None, "url": "https://example.org/"},
        }


class BodyStreamBlock(blocks.StreamBlock):
    """The set of blocks every public content page offers."""

    text = RichTextBlock()
    image = ImageBlock()
    video = VideoBlock()
    hotline = HotlineCalloutBlock()
    warning_signs = WarningSignsBlock()
    quote = QuoteBlock()
    faq = FAQBlock()
    document = DocumentDownloadBlock()
    call_to_action = CallToActionBlock()
