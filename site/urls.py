from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from django.views.static import serve as serve_static
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from safereturn.base import routing, views
from safereturn.base.sitemaps import MultilingualSitemap

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("language/<str:language_code>/page/<int:page_id>/", views.switch_language, name="switch_language"),
    path("language/<str:language_code>/", views.switch_language_for_path, name="switch_language_for_path"),
]

if settings.DEBUG or getattr(settings, "SERVE_MEDIA", False):
    # Image renditions only: originals (which may carry EXIF data such as a
    # GPS position) are never served, and documents go through Wagtail's own
    # view, which checks collection privacy. Casework files never live here.
    urlpatterns += [
        re_path(r"^media/(?P<path>images/.*)$", serve_static, {"document_root": settings.MEDIA_ROOT}),
    ]

# Wagtail's front-end URLs, with its page view swapped for our faster routing.
page_patterns = [pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"]
page_patterns.append(re_path(wagtail_urls.serve_pattern, routing.serve, name="wagtail_serve"))

# Vietnamese at "/", English at "/en/".
urlpatterns += i18n_patterns(
    path(_("search/"), views.search, name="search"),
    *page_patterns,
    prefix_default_language=False,
)

handler404 = "safereturn.base.views.page_not_found"
handler500 = "safereturn.base.views.server_error"
