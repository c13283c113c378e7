from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from safereturn.accounts import wagtail_doors
from safereturn.base import media, passwords, routing, views
from safereturn.base.caching import shareable
from safereturn.base.sitemaps import MultilingualSitemap

# Wagtail's document URLs, with its views wrapped: private documents are kept
# out of caches, and document passwords cannot be guessed without limit. The
# wrapped patterns keep Wagtail's names and paths, and come first.
document_patterns = [
    re_path(r"^(\d+)/(.*)$", media.serve_document, name="wagtaildocs_serve"),
    path(
        "authenticate_with_password/<int:restriction_id>/",
        passwords.authenticate_with_document_password,
        name="wagtaildocs_authenticate_with_password",
    ),
    *wagtaildocs_urls.urlpatterns,
]

urlpatterns = [
    # Wagtail's sign-in and account screen lead to the staff door (safereturn.accounts).
    path("admin/", include(wagtail_doors.admin_urlpatterns)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(document_patterns)),
    path("sitemap.xml", shareable(sitemap), {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("health/", include("safereturn.base.health")),
    path("casework/", include("casework.urls")),  # restricted casework, in the user's language (no prefix)
    path("language/<str:language_code>/page/<int:page_id>/", views.switch_language, name="switch_language"),
    path("language/<str:language_code>/", views.switch_language_for_path, name="switch_language_for_path"),
]

if settings.DEBUG or getattr(settings, "SERVE_MEDIA", False):
    # Image renditions only, one file name at a time (safereturn.base.media).
    # A front server or bucket can take this over (README, "Deployment").
    urlpatterns += [path("media/images/<str:filename>", media.serve_rendition, name="rendition")]

# Wagtail's front-end URLs, with its page view swapped for our faster routing
# and its page-password view for one that limits guessing.
WRAPPED_PAGE_VIEWS = {"wagtail_serve", "wagtailcore_authenticate_with_password"}
page_patterns = [pattern for pattern in wagtail_urls.urlpatterns if pattern.name not in WRAPPED_PAGE_VIEWS]
page_patterns += [
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        passwords.authenticate_with_page_password,
        name="wagtailcore_authenticate_with_password",
    ),
    re_path(wagtail_urls.serve_pattern, routing.serve, name="wagtail_serve"),
]

# Vietnamese at "/", English at "/en/".
urlpatterns += i18n_patterns(
    path(_("search/"), views.search, name="search"),
    path(_("learning/"), include("courses.urls")),  # training: "My learning" and quiz attempts (a restricted area)
    path(_("certificate/"), include("courses.public_urls")),  # certificate verification (public, never cached)
    path(_("account/"), include("safereturn.accounts.urls")),  # the staff door and "My account"
    path("", include(wagtail_doors.frontend_urlpatterns)),  # Wagtail's front-end sign-in leads to the door
    *page_patterns,
    prefix_default_language=False,
)

handler404 = "safereturn.base.views.page_not_found"
handler500 = "safereturn.base.views.server_error"
