"""
The public report page (ReportPage.serve): the form, what is shown once a
report is sent, and the follow-up with a code. The report itself is stored
by casework's one public service, `casework.public_reports` (the only module
of casework that campaigns imports: pyproject.toml's import-linter contract).

Nothing here identifies the sender:
- no address, device or browser detail is stored or logged; the limits below
  count a keyed hash (HMAC under SECRET_KEY) of the address's subject
  (safereturn.base.ratelimit.address_subject), in the cache, in clock-hour
  windows (PUBLIC_REPORT_LIMITS["window"]) that keep no time of their own
  and expire when the hour ends; the cache hashes it again before it
  becomes a key;
- the page is a restricted area (settings.RESTRICTED_AREAS: never cached or
  compressed, `no-store`, `noindex`) and sets no cookie but CSRF's;
- the follow-up code travels only in POST bodies, never in an address or a
  cookie.

Bots are slowed three ways, so that the form never needs a third-party
CAPTCHA and still works without JavaScript:
- a honeypot field that people never see (hidden by the style sheet);
- a signed, time-stamped token in every form (`issue_token`), good for
  TOKEN_MAX_AGE and accepted once (its nonce is remembered in the cache);
- with JavaScript, a proof of work over that token (report-form.js finds a
  counter whose SHA-256 with the token starts with PUBLIC_REPORT_POW_BITS zero
  bits: about 16,000 hashes by default, well under a second on a cheap phone,
  one hash to check here); without it, the form must have been open at
  least PUBLIC_REPORT_MIN_FILL_SECONDS, and a stricter hourly limit applies.

The follow-up code page resists guessing. A code is 80 random bits
(casework.public_reports); one address may try PUBLIC_REPORT_LIMITS
["follow_up_lookups"] (20) codes an hour. An attacker with a million
addresses tries 20 * 24 * 365 * 10**6 ≈ 1.8 * 10**11 codes a year; with
100,000 live codes, the chance that any guess opens any report is about
1.8 * 10**11 * 10**5 / 2**80 ≈ 1.5 * 10**-8 a year. A wrong code and an
expired one get the same page, with the same status.

Production needs Redis (REDIS_URL) for these counts and tokens to hold
exactly: Redis counts and spends atomically, and forgets each key when it
expires. The file cache a single machine falls back to without it reads and
then writes, so two requests in the same instant may both spend one token or
both slip under a limit (the hourly limits still bound a burst); it removes
expired entries only when it reads or culls them.
"""

import hashlib
import secrets
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from casework import public_reports
from safereturn.base.client_address import client_ip
from safereturn.base.ratelimit import WindowCounter, address_subject

TOKEN_SALT = "campaigns.reports.form-token"  # noqa: S105  (a signing salt, not a secret)
TOKEN_MAX_AGE = 2 * 60 * 60
# A report of 5,000 characters, percent-encoded, stays well under this; anything bigger is not read.
MAX_BODY_BYTES = 64 * 1024

CHOICES = [
    (
        "anonymous",
        _("Anonymous: I do not give my name. I hear back only with the follow-up code."),
    ),
    (
        "confidential",
        _("Confidential: I give my name and how to reach me. Only the caseworkers see them."),
    ),
    (
        "contact",
        _("With contact details: a caseworker may call or write to me."),
    ),
]


# Tokens and proof of work ------------------------------------------------------------------------------------------


def issue_token():
    """A signed token naming a random nonce and the time the form was made."""
    return signing.dumps({"n": secrets.token_hex(16), "t": int(time.time())}, salt=TOKEN_SALT)


def read_token(token):
    """(nonce, seconds since the form was made), or None for a token that is not ours or is too old."""
    try:
        data = signing.loads(token or "", salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE)
    except signing.BadSignature:
        return None
    return data["n"], time.time() - data["t"]


def leading_zero_bits(data):
    bits = 0
    for byte in data:
        if byte:
            return bits + 8 - byte.bit_length()
        bits += 8
    return bits


def proof_of_work_holds(token, proof):
    """Whether SHA-256 of "token:proof" starts with PUBLIC_REPORT_POW_BITS zero bits (one hash to check)."""
    if not proof or len(proof) > 20 or not proof.isdigit():
        return False
    hashed = hashlib.sha256(f"{token}:{proof}".encode()).digest()
    return leading_zero_bits(hashed) >= settings.PUBLIC_REPORT_POW_BITS


def spend_token(nonce):
    """Accept a token once: False when its nonce was spent already (kept in the cache while the token lives)."""
    return cache.add(f"public-report-token:{hashlib.sha256(nonce.encode()).hexdigest()}", 1, TOKEN_MAX_AGE)


# Limits ------------------------------------------------------------------------------------------------------------


def sender_subject(request):
    """A keyed hash of the client's address (never the address itself): what the limits count."""
    return salted_hmac("campaigns.reports.sender", address_subject(client_ip(request))).hexdigest()


def over_limit(request, purpose):
    """Count one event of `purpose` for this sender; True when it is over the hourly limit."""
    limits = settings.PUBLIC_REPORT_LIMITS
    counter = WindowCounter(f"public-report:{purpose}", window=limits["window"], aligned=True)
    return counter.add(sender_subject(request)).count > limits[purpose]


# Forms -------------------------------------------------------------------------------------------------------------


class ReportForm(forms.Form):
    """The report. Every box is optional but "what happened"; the sizes are casework.public_reports'."""

    reporter_choice = forms.ChoiceField(
        label=_("How do you want to send this report?"),
        choices=CHOICES,
        initial="anonymous",
        widget=forms.RadioSelect,
    )
    urgent = forms.ChoiceField(
        label=_("Is someone in danger right now?"),
        choices=[("no", _("No")), ("yes", _("Yes, someone is in danger now"))],
        initial="no",
        widget=forms.RadioSelect,
    )
    text = forms.CharField(
        label=_("What happened?"),
        max_length=public_reports.MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "Who, what, when and where, as far as you know. Write it in your own words. At most 5,000 characters."
        ),
    )
    province = forms.TypedChoiceField(label=_("Province or city"), coerce=int, required=False, empty_value=None)
    commune = forms.CharField(
        label=_("Commune or ward"),
        max_length=100,
        required=False,
        help_text=_("If you know it. The report then goes to the caseworkers there."),
    )
    place = forms.CharField(
        label=_("More about the place"),
        max_length=200,
        required=False,
        help_text=_("For example a village, a street, or the country if it happened abroad."),
    )
    name = forms.CharField(
        label=_("Your name"),
        max_length=public_reports.MAX_NAME,
        required=False,
        help_text=_("Only if you chose confidential or with contact details. Leave it empty to stay anonymous."),
    )
    contact = forms.CharField(
        label=_("How to reach you"),
        max_length=public_reports.MAX_CONTACT,
        required=False,
        help_text=_(
            "A phone number, an e-mail address or a social network account. Only if you chose confidential or "
            "with contact details."
        ),
    )
    # The honeypot: hidden from people by the style sheet, filled in by form-filling robots.
    website = forms.CharField(label=_("Leave this box empty"), required=False, max_length=200)
    token = forms.CharField(widget=forms.HiddenInput)
    proof = forms.CharField(widget=forms.HiddenInput, required=False, max_length=20)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["province"].choices = [("", _("I don't know, or it is abroad"))] + [
            (unit.pk, unit.display_full_name) for unit in public_reports.provinces()
        ]
        for name in ("text", "commune", "place", "name", "contact", "website"):
            self.fields[name].widget.attrs["autocomplete"] = "off"
        self.fields["website"].widget.attrs["tabindex"] = "-1"

    def clean(self):
        data = super().clean()
        if data.get("website"):
            raise forms.ValidationError(_("The report could not be sent. Please try again."), code="honeypot")
        choice = data.get("reporter_choice")
        if choice == "confidential" and not (data.get("name") or "").strip():
            self.add_error("name", _("Write your name, or choose to send the report anonymously."))
        if choice == "contact" and not (data.get("contact") or "").strip():
            self.add_error("contact", _("Write how we can reach you, or choose another way to send the report."))
        return data


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Your follow-up code"),
        max_length=40,
        help_text=_(
            "16 letters and numbers, for example 7K3M-Q9TX-4HZP-2W8D. Small letters and spaces do not matter."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false", "autocapitalize": "characters"}),
    )


class AnswerForm(forms.Form):
    code = forms.CharField(widget=forms.HiddenInput, max_length=40)
    text = forms.CharField(
        label=_("Your answer"),
        max_length=public_reports.MAX_ANSWER,
        widget=forms.Textarea(attrs={"rows": 5, "autocomplete": "off"}),
    )


# The page ----------------------------------------------------------------------------------------------------------


def render(page, request, status=200, **extra):
    context = page.get_context(request)
    context.setdefault("report_form", None)
    context.setdefault("code_form", CodeForm(prefix="followup"))
    context.update(extra)
    if context["report_form"] is None:
        context["report_form"] = ReportForm(initial={"token": issue_token()})
    context["pow_bits"] = settings.PUBLIC_REPORT_POW_BITS
    response = TemplateResponse(request, page.get_template(request), context, status=status)
    # The restricted-area middleware says the same; this page must never be stored, even if its address moves.
    add_never_cache_headers(response)
    response["Cache-Control"] = "no-store, private"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def serve(page, request):
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponse(status=405)
    if request.method != "POST":
        return render(page, request)
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return render(page, request, status=400)
    if length > MAX_BODY_BYTES:
        return render(page, request, status=413, too_big=True)
    step = request.POST.get("step")
    if step == "report":
        return send_report(page, request)
    if step in ("follow-up", "answer"):
        return follow_up(page, request, step)
    return render(page, request, status=400)


def send_report(page, request):
    form = ReportForm(request.POST)
    if not form.is_valid():
        if "token" in form.errors:
            form = ReportForm(initial={"token": issue_token()})
        return render(page, request, report_form=form)
    token = form.cleaned_data["token"]
    read = read_token(token)
    if read is None:
        form = ReportForm(request.POST)
        form.data = form.data.copy()
        form.data["token"] = issue_token()
        form.add_error(None, _("The form was open for a long time. Check what you wrote, then send it again."))
        return render(page, request, report_form=form)
    nonce, age = read
    with_proof = proof_of_work_holds(token, form.cleaned_data.get("proof"))
    if not with_proof and age < settings.PUBLIC_REPORT_MIN_FILL_SECONDS:
        form.add_error(None, _("Please read what you wrote once more, then send it again."))
        return render(page, request, report_form=form)
    if over_limit(request, "with_proof_of_work" if with_proof else "without_javascript"):
        return render(page, request, status=429, too_many_reports=True, report_form=form)
    if not spend_token(nonce):
        form = ReportForm(request.POST)
        form.data = form.data.copy()
        form.data["token"] = issue_token()
        form.add_error(None, _("This form was sent already. If you want to send another report, send it again."))
        return render(page, request, report_form=form)
    data = form.cleaned_data
    _report, code = public_reports.submit(
        public_reports.ReportInput(
            text=data["text"],
            urgent=data["urgent"] == "yes",
            reporter_choice=data["reporter_choice"],
            province_id=data["province"],
            commune_name=data["commune"],
            place=data["place"],
            reporter_name=data["name"],
            reporter_contact=data["contact"],
        )
    )
    return render(page, request, sent=True, code=code, urgent=data["urgent"] == "yes")


def follow_up(page, request, step):
    """The report a code opens (or, for a wrong or expired code alike, the same "not found" page)."""
    code_form = CodeForm(request.POST, prefix="followup") if step == "follow-up" else None
    answer_form = AnswerForm(request.POST, prefix="answer") if step == "answer" else None
    form = code_form or answer_form
    if not form.is_valid() and "code" in form.errors:
        return render(page, request, code_form=code_form or CodeForm(prefix="followup"), follow_up_open=True)
    if over_limit(request, "follow_up_lookups"):
        return render(page, request, status=429, too_many_lookups=True, follow_up_open=True)
    code = form.cleaned_data["code"] if form.is_valid() else form.data.get(form.add_prefix("code"), "")
    report = public_reports.find(code)
    if report is None:
        return render(page, request, code_form=CodeForm(prefix="followup"), not_found=True, follow_up_open=True)
    answered = False
    if answer_form is not None and answer_form.is_valid():
        answered = public_reports.answer(report, answer_form.cleaned_data["text"]) is not None
        answer_form = None
    status = public_reports.follow_up(report)
    return render(
        page,
        request,
        follow_up=status,
        answer_form=answer_form or AnswerForm(prefix="answer", initial={"code": public_reports.normalise_code(code)}),
        answered=answered,
        follow_up_open=True,
    )
