"""Page-editor helpers for the campaign pages."""

from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail import hooks


@hooks.register("insert_editor_js")
def self_check_band_ranges():
    """
    Shows, next to each result of a self-check, the range of scores it covers
    (campaigns/static/campaigns/js/self-check-admin.js). The sentences travel
    translated in data attributes, so the script needs no catalogue of its own.
    """
    return format_html(
        '<script src="{}" defer data-range="{}" data-exact="{}" data-exact-one="{}" data-from="{}" '
        'data-from-one="{}" data-serious="{}" data-duplicate="{}" data-no-zero="{}"></script>',
        static("campaigns/js/self-check-admin.js"),
        _("Covers %(low)s–%(high)s points."),
        _("Covers %(score)s points."),
        _("Covers 1 point."),
        _("Covers %(low)s points or more."),
        _("Covers 1 point or more."),
        _("Also shown after any yes to a serious sign."),
        _("Another result starts at the same score: give each a different one."),
        _("No result starts at 0 yet: visitors with a lower score would see none."),
    )
