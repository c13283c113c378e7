"""
Small helps in Wagtail's page editor, registered from BaseConfig.ready().

- Under the slug field, the address part that will actually be saved
  (BasePage.clean folds Vietnamese letters to ASCII).
"""

from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext
from wagtail import hooks


def slug_preview_script():
    label = gettext("Will be saved as: %(slug)s")
    return format_html('<script src="{}" data-label="{}" defer></script>', static("js/admin/slug-preview.js"), label)


def register():
    hooks.register("insert_editor_js", slug_preview_script)
