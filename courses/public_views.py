"""
The public certificate verification page: anyone with a certificate's code
(typed, or read from its QR code) learns whether it is valid, expired or
revoked, with the holder's name, the course and the dates, and nothing
more (no reason for a revocation, no agency, no result).

It lives under "/chung-chi/" ("/en/certificate/"), which the settings list
with the restricted areas (settings, "Courses"): never cached, `no-store`,
`noindex`, out of robots.txt and the sitemap; it is no page of the page
tree, so never in the site's search. Look-ups are limited per address
(COURSES_CERTIFICATE_LOOKUP_LIMIT, safereturn.base.ratelimit): the codes
cannot be guessed anyway; the limit keeps anyone from harvesting names.
The page takes a GET form and sets no cookie.
"""

from django.conf import settings
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.http import require_GET

from safereturn.base.client_address import client_ip
from safereturn.base.ratelimit import WindowCounter, address_subject

from .certificates import course_title_for, normalise_code
from .models import Certificate


def lookups_exceeded(request):
    """Count this look-up for the client's address; True when it is over the limit."""
    limit = settings.COURSES_CERTIFICATE_LOOKUP_LIMIT
    counter = WindowCounter("certificate-lookups:address", window=limit["window"])
    return counter.add(address_subject(client_ip(request))).count > limit["lookups"]


def too_many(request):
    response = TemplateResponse(request, "courses/verify.html", {"too_many": True}, status=429)
    response["Retry-After"] = str(settings.COURSES_CERTIFICATE_LOOKUP_LIMIT["window"])
    return response


@require_GET
def verify_form(request):
    """The form to type a code in; a typed code leads to its page."""
    typed = request.GET.get("code", "")
    if not typed:
        return TemplateResponse(request, "courses/verify.html", {})
    code = normalise_code(typed)
    if code:
        return redirect("certificates:verify", code=code)
    if lookups_exceeded(request):
        return too_many(request)
    return TemplateResponse(request, "courses/verify.html", {"typed": typed[:40], "not_a_code": True}, status=404)


@require_GET
def verify(request, code):
    if lookups_exceeded(request):
        return too_many(request)
    normalised = normalise_code(code)
    if normalised and normalised != code:
        return redirect("certificates:verify", code=normalised)
    certificate = Certificate.objects.filter(code=normalised).first() if normalised else None
    if certificate is None:
        return TemplateResponse(request, "courses/verify.html", {"typed": code[:40], "not_found": True}, status=404)
    today = timezone.localdate()
    context = {
        "certificate": certificate,
        "status": certificate.status(today),
        "course_title": course_title_for(certificate),
        "revoked_on": timezone.localdate(certificate.revoked_at) if certificate.revoked_at else None,
    }
    return TemplateResponse(request, "courses/verify.html", context)
