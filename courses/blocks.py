"""Blocks of the course pages. Lessons use the site's own blocks (safereturn.base.blocks)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class FeedbackBandBlock(blocks.StructBlock):
    """Overall feedback for the grades from `minimum_grade` up to the next band's minimum."""

    minimum_grade = blocks.IntegerBlock(
        label=_("From grade (%)"),
        min_value=0,
        max_value=100,
        default=0,
        help_text=_("This text is shown for grades from this percentage up to the next band's."),
    )
    text = blocks.TextBlock(label=_("Feedback"))

    class Meta:
        icon = "comment"
        label = _("Grade band")
        template = "courses/blocks/feedback_band_block.html"
        description = _("Feedback shown with the result to learners whose grade falls in this band.")
        preview_value = {"minimum_grade": 80, "text": "Bạn đã nắm vững quy trình tiếp nhận."}
