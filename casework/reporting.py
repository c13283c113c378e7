"""
Error reports without personal data: Django's technical 500 page (DEBUG)
and the error e-mails built from it.

Settings (base.py, "Casework data") make these Django's exception reporter
and its filter, for every request:

- on every error page, the exception's message, its causes and notes,
  every variable shown and every request header are passed through the
  logging filter's scrubber (casework.logging.scrub_text): values
  decrypted during the request, query strings, e-mail addresses, phone and
  ID numbers are blanked; decrypted values (casework.sensitive) are hidden;
- on requests to PERSONAL_DATA_PATHS (casework), also every form field,
  query-string value and uploaded file name, and every local variable of
  every frame (only its type is shown), whatever DEBUG says: forms there
  hold what a caseworker typed, which is never a decrypted value yet.

SECRET_KEY, FIELD_ENCRYPTION_KEYS and FIELD_HASH_KEYS are hidden by Django's
own rule (setting names containing KEY or SECRET).
"""

from django.conf import settings
from django.views.debug import ExceptionReporter, SafeExceptionReporterFilter

from .logging import scrub_text
from .sensitive import REDACTED, is_sensitive

HIDDEN = "[hidden on casework pages]"
SHOWN_TYPES = (type(None), bool, int, float)


def carries_personal_data(request):
    """True for requests to the paths listed in PERSONAL_DATA_PATHS (casework)."""
    path = getattr(request, "path", "") or ""
    return any(path.startswith(prefix) for prefix in getattr(settings, "PERSONAL_DATA_PATHS", ()))


class PersonalDataExceptionReporterFilter(SafeExceptionReporterFilter):
    """Django's filter, active even with DEBUG, hiding more on casework requests."""

    def is_active(self, request):
        return True

    def get_post_parameters(self, request):
        if request is not None and carries_personal_data(request):
            cleansed = request.POST.copy()
            for name in cleansed:
                cleansed.setlist(name, [self.cleansed_substitute])
            return cleansed
        return super().get_post_parameters(request)

    def get_safe_request_meta(self, request):
        meta = super().get_safe_request_meta(request)
        hide = request is not None and carries_personal_data(request)
        for name, value in meta.items():
            if hide and name in ("QUERY_STRING", "HTTP_REFERER", "REQUEST_URI", "RAW_URI"):
                meta[name] = self.cleansed_substitute
            elif isinstance(value, str):
                meta[name] = scrub_text(value)
        return meta

    def get_traceback_frame_variables(self, request, tb_frame):
        hide = request is not None and carries_personal_data(request)
        variables = []
        for name, value in super().get_traceback_frame_variables(request, tb_frame):
            if is_sensitive(value):
                value = REDACTED
            elif hide and not isinstance(value, SHOWN_TYPES):
                value = f"<{type(value).__name__}> {HIDDEN}"
            variables.append((name, value))
        return variables


class PersonalDataExceptionReporter(ExceptionReporter):
    """Django's reporter, with every text it shows passed through the scrubber."""

    def get_traceback_data(self):
        data = super().get_traceback_data()
        hide = self.request is not None and carries_personal_data(self.request)
        for key in ("exception_value", "exception_notes", "unicode_hint", "request_insecure_uri"):
            if data.get(key):
                data[key] = HIDDEN if hide and key == "unicode_hint" else scrub_text(data[key])
        for frame in data.get("frames", ()):
            if frame.get("exc_cause") is not None:
                frame["exc_cause"] = scrub_text(str(frame["exc_cause"]))
            if "vars" in frame:
                frame["vars"] = [(name, scrub_text(value)) for name, value in frame["vars"]]
        if data.get("template_info"):
            data["template_info"] = {**data["template_info"], "message": scrub_text(data["template_info"]["message"])}
        if self.request is not None:
            if hide:
                data["request_GET_items"] = [(name, HIDDEN) for name in self.request.GET]
                data["request_FILES_items"] = [(name, HIDDEN) for name in self.request.FILES]
            else:
                data["request_GET_items"] = [(name, scrub_text(value)) for name, value in self.request.GET.items()]
        return data
