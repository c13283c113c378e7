"""
Casework's pages under /casework/ (no language prefix: they follow the
language the person chose in "My account").

Every view is wrapped by `casework_view` and starts from the permission
layer (casework.permissions): cases come from `visible_cases()` or
`get_case()`, each action is checked with `require()`/`can()`, forms are cut
by the field policy, and pages and prints show `person_sections()` and
`case_sections()` only. Each list, view, search, change, print, download and
refusal writes one audit event (casework.audit). Search words travel by POST
only, never in a URL. Plain HTML forms: everything works without JavaScript.
"""

import re
from pathlib import PurePosixPath

from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Prefetch, Q
from django.http import FileResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from safereturn.accounts.models import Membership
from safereturn.organisation.models import AdministrativeUnit

from . import concurrency, consents, emergency, staff, workflow
from .audit import AuditEvent, record
from .decorators import casework_view, methods
from .forms import (
    DOCUMENT_TYPES,
    AssignmentForm,
    CaseFactsForm,
    CaseFilterForm,
    DocumentForm,
    IntakeForm,
    ParticipantForm,
    PersonForm,
    SearchForm,
)
from .models import (
    Case,
    CaseAssignment,
    CaseDocument,
    CaseParticipant,
    Person,
    Stage,
    StepAuthority,
    normalise_case_number,
)
from .permissions import (
    Action,
    FieldGroup,
    actor,
    assignable_users,
    can,
    case_sections,
    creatable_communes,
    deny,
    get_case,
    limit_form,
    person_sections,
    readable_groups,
    require,
    visible_cases,
    writable_groups,
)
from .referrals import visible_referrals

PER_PAGE = 25


# Lists and search --------------------------------------------------------------------------------------------------


def jurisdiction_communes(user):
    """The communes of the places a user's case-reading posts cover (the list's commune filter)."""
    condition = Q(pk__in=[])
    for grant in actor(user).grants:
        if grant.role.reads_cases:
            condition |= Q(pk__in=grant.communes) | Q(parent_id__in=grant.provinces)
    return AdministrativeUnit.objects.filter(level=AdministrativeUnit.Level.COMMUNE).filter(condition).order_by("name")


def hide_unshared_names(user, cases):
    """
    Mark the listed cases on which `user` may not read the person's identity
    (a case referred to their agency without it): the list shows no name there.
    """
    cases = list(cases)
    if cases and FieldGroup.IDENTITY in list_groups(user):
        named = set(
            visible_cases(user, reading=FieldGroup.IDENTITY)
            .filter(pk__in=[case.pk for case in cases])
            .values_list("pk", flat=True)
        )
        for case in cases:
            case.name_hidden = case.pk not in named
    return cases


def list_groups(user):
    """The groups shown in lists: those every case-reading post of the user reads (identity, for names)."""
    groups = None
    for grant in actor(user).grants:
        if grant.role.reads_cases:
            groups = grant.role.reads if groups is None else groups & grant.role.reads
    return groups or frozenset()


@casework_view
@methods("GET")
def case_list(request):
    user = request.user
    who = actor(user)
    if not who.may(Action.LIST):
        # The oversight roles land on their own page; anyone else is refused.
        if who.may(Action.AUDIT_LOG):
            return redirect("casework:audit_log")
        if who.may(Action.MANAGE_STAFF):
            return redirect("casework:staff_list")
        deny(request, object_type=Case)
    communes = jurisdiction_communes(user)
    filters = CaseFilterForm(request.GET or None, communes=communes, stages=Stage.choices)
    cases = visible_cases(user).filter(merged_into__isnull=True)
    if filters.is_valid():
        data = filters.cleaned_data
        if data["stage"]:
            cases = cases.filter(stage=data["stage"])
        if data["channel"]:
            cases = cases.filter(intake_channel=data["channel"])
        if data["commune"]:
            cases = cases.filter(commune=data["commune"])
        if data["mine"]:
            cases = cases.filter(pk__in=CaseAssignment.objects.active().filter(user=user).values("case_id"))
    page = Paginator(cases.for_list().by_date(), PER_PAGE).get_page(request.GET.get("page"))
    page.object_list = hide_unshared_names(user, page.object_list)
    record(request, AuditEvent.Action.LIST, object_type=Case, count=len(page.object_list))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "casework/case_list.html",
        {
            "page": page,
            "filters": filters,
            "query": query.urlencode(),
            "shown_groups": list_groups(user),
            "search_form": SearchForm(),
            "emergency_open": emergency.open_count(user),
        },
    )


def _cases_of_people(people):
    matching = Person.objects.filter(people).values("pk")
    return Q(person__in=matching) | Q(pk__in=CaseParticipant.objects.filter(person__in=matching).values("case_id"))


def search_cases(user, text):
    """
    The visible cases whose number is `text`, or one of whose people bears every whole word typed (or the ID or
    phone number typed). Each field is searched only among the cases on which the user may read it.
    """
    number = normalise_case_number(text)
    by_number = Q(number=number) if number else Q(pk__in=[])
    names = Q(pk__in=Person.objects.matching("full_name", text).values("pk")) | Q(
        pk__in=Person.objects.matching("aliases", text).values("pk")
    )
    found = visible_cases(user).filter(by_number).values("pk")
    found = Q(pk__in=found) | Q(
        pk__in=visible_cases(user, reading=FieldGroup.IDENTITY).filter(_cases_of_people(names))
    )
    if len(re.sub(r"\D", "", text)) >= 9:
        id_numbers = Q(pk__in=Person.objects.matching("id_number", text).values("pk"))
        phones = Q(pk__in=Person.objects.matching("phone", text).values("pk"))
        found |= Q(pk__in=visible_cases(user, reading=FieldGroup.IDENTITY).filter(_cases_of_people(id_numbers)))
        found |= Q(pk__in=visible_cases(user, reading=FieldGroup.CONTACT).filter(_cases_of_people(phones)))
    return Case.objects.filter(found)


@casework_view
@methods("GET", "POST")
def search(request):
    require(request, Action.LIST)
    form = SearchForm(request.POST if request.method == "POST" else None)
    page = None
    if request.method == "POST" and form.is_valid():
        results = search_cases(request.user, form.cleaned_data["q"]).filter(merged_into__isnull=True)
        results = results.for_list().by_date()
        page = Paginator(results, PER_PAGE).get_page(form.cleaned_data.get("page") or 1)
        page.object_list = hide_unshared_names(request.user, page.object_list)
        # That a search happened and how much it found; never what was typed.
        record(request, AuditEvent.Action.SEARCH, object_type=Case, count=page.paginator.count)
    return render(
        request,
        "casework/search.html",
        {"search_form": form, "page": page, "shown_groups": list_groups(request.user)},
    )


# One case ------------------------------------------------------------------------------------------------------------


def case_context(request, case):
    """What the case page and its print show: only the sections the field policy lets this user read."""
    user = request.user
    groups = readable_groups(user, case)
    participants = list(case.participants.select_related("person").order_by("created_at", "id"))
    documents = list(case.documents.all()) if FieldGroup.DOCUMENTS in groups else []
    assignments = list(case.assignments.active().select_related("user").order_by("assigned_at"))
    return {
        "case": case,
        "groups": groups,
        "person_sections": person_sections(user, case, case.person),
        "case_sections": case_sections(user, case),
        "participants": [
            {
                "link": link,
                "relationship": link.relationship if FieldGroup.IDENTITY in groups else "",
                "sections": person_sections(user, case, link.person),
            }
            for link in participants
        ],
        "documents": documents,
        "assignments": assignments,
        "may": {action: can(user, action, case) for action in Action.CASE_ACTIONS},
        "writable": writable_groups(user, case),
    }


@casework_view
@methods("GET")
def case_detail(request, case_id):
    case = get_case(request, case_id, Action.VIEW)
    context = case_context(request, case)
    context["steps"] = workflow.history(case)
    context["deadline"] = workflow.current_deadline(case, context["steps"])
    context["next_steps"] = workflow.next_steps(request.user, case) if context["may"]["change"] else []
    context["notes"] = list(case.notes.all()[:50])
    context["tasks"] = list(case.tasks.select_related("assignee").order_by("done_at", "due_on")[:50])
    context["support_records"] = list(case.support_records.select_related("participant__person"))
    context["protection_measures"] = list(case.protection.select_related("participant__person"))
    consents_shown = case.consents.select_related("recipient")
    if not context["may"]["refer"]:
        # Who else the person agreed to share with is the keepers' to know: others see those naming their agency.
        consents_shown = consents_shown.filter(recipient_id__in=actor(request.user).receiving_agencies)
    context["consents"] = list(consents_shown)
    context["may_record_consent"] = consents.may_record(request.user, case)
    context["emergency_until"] = emergency.reading_until(request.user, case)
    context["merged_into_visible"] = bool(case.merged_into_id) and can(request.user, Action.VIEW, case.merged_into)
    context["merged_cases"] = list(case.merged_cases.all())
    context["referrals"] = list(
        visible_referrals(request.user).filter(case=case).select_related("from_agency", "to_agency")
    )
    context["step_authorities"] = list(
        StepAuthority.objects.current(case.received_on)
        .filter(legal_regime=case.legal_regime)
        .order_by("step", "-leads")
    )
    record(request, AuditEvent.Action.VIEW, obj=case)
    return render(request, "casework/case_detail.html", context)


@casework_view
@methods("GET")
def case_print(request, case_id):
    case = get_case(request, case_id, Action.PRINT)
    context = case_context(request, case)
    context["printed_at"] = timezone.now()
    record(request, AuditEvent.Action.PRINT, obj=case)
    return render(request, "casework/case_print.html", context)


def form_page(request, case, title, forms, submit_label, cancel_url, multipart=False, hidden=None, conflict=None):
    return render(
        request,
        "casework/form_page.html",
        {
            "case": case,
            "title": title,
            "forms": forms,
            "submit_label": submit_label,
            "cancel_url": cancel_url,
            "multipart": multipart,
            "hidden": hidden or {},
            "conflict": conflict,
        },
    )


def edit_page(request, case, build, obj, title, saved_message):
    """
    The edit form of `obj` (the case, or a person of it) and its saving:
    refused when the user may write none of its fields, audited as a read
    when shown and as a change when saved, and never overwriting someone
    else's save in between (casework.concurrency). `build(data, initial)`
    makes the form, limited to the fields the user may write.
    """
    form = build(request.POST if request.method == "POST" else None, None)
    if not form.fields:
        deny(request, obj=obj)
    status, conflict, shown = 200, None, obj
    if form.is_bound and form.is_valid():
        conflict = concurrency.save_unless_changed(
            form, request.POST.get("version", ""), request.POST.get(concurrency.BASE_FIELD, "")
        )
        if conflict is None:
            record(request, AuditEvent.Action.CHANGE, obj=obj, changed_fields=form.changed_data)
            messages.success(request, saved_message)
            return redirect("casework:case_detail", case.pk)
        # The merged values, in a form made from the record as saved now (its version and digests).
        status, shown = 409, conflict.current
        form = build(None, conflict.merged)
        form.instance = shown
        form.conflict_notes = {}
        for name, value in conflict.theirs.items():
            form.conflict_notes[name] = concurrency.shown_value(form.fields[name], value)
            # Read out with the field, after its help: "saved meanwhile by someone else: ...".
            auto_id = form[name].auto_id
            described = [f"{auto_id}_helptext"] if form.fields[name].help_text else []
            form.fields[name].widget.attrs["aria-describedby"] = " ".join([*described, f"{auto_id}_theirs"])
    record(request, AuditEvent.Action.VIEW, obj=obj)  # the form shows the stored values: a read
    response = form_page(
        request,
        case,
        title,
        [form],
        _("Save"),
        reverse("casework:case_detail", args=[case.pk]),
        hidden={
            "version": concurrency.version_of(shown),
            concurrency.BASE_FIELD: concurrency.base_of(form, shown),
        },
        conflict=conflict.changes if conflict else None,
    )
    response.status_code = status
    return response


@casework_view
@methods("GET", "POST")
def case_edit(request, case_id):
    case = get_case(request, case_id, Action.CHANGE)
    groups = writable_groups(request.user, case)

    def build(data, initial):
        return limit_form(CaseFactsForm(data, instance=case, initial=initial), Case, groups)

    return edit_page(request, case, build, case, _("Edit the case"), _("The case was saved."))


@casework_view
@methods("GET", "POST")
def person_edit(request, case_id, person_id):
    case = get_case(request, case_id, Action.CHANGE)
    linked = case.person_id == person_id or case.participants.filter(person_id=person_id).exists()
    if not linked:
        # Another case's person, reached by changing the id in the address.
        deny(request, object_type=Person, object_id=person_id, status=404)
    person = case.person if case.person_id == person_id else Person.objects.get(pk=person_id)
    groups = writable_groups(request.user, case)

    def build(data, initial):
        return limit_form(PersonForm(data, instance=person, initial=initial), Person, groups)

    return edit_page(request, case, build, person, _("Edit a person's details"), _("The person's details were saved."))


@casework_view
@methods("GET", "POST")
def participant_add(request, case_id):
    case = get_case(request, case_id, Action.CHANGE)
    groups = writable_groups(request.user, case)
    if FieldGroup.IDENTITY not in groups:
        deny(request, obj=case)
    data = request.POST if request.method == "POST" else None
    link_form = ParticipantForm(data, prefix="link")
    person_form = limit_form(PersonForm(data, prefix="person"), Person, groups)
    if data is not None and link_form.is_valid() and person_form.is_valid():
        with transaction.atomic():
            person = person_form.save()
            link = link_form.save(commit=False)
            link.case, link.person = case, person
            link.save()
        record(request, AuditEvent.Action.CREATE, obj=person, changed_fields=person_form.changed_data)
        record(request, AuditEvent.Action.CREATE, obj=link, changed_fields=link_form.changed_data)
        messages.success(request, _("The person was linked to the case."))
        return redirect("casework:case_detail", case.pk)
    return form_page(
        request,
        case,
        _("Link a person to the case"),
        [link_form, person_form],
        _("Link the person"),
        reverse("casework:case_detail", args=[case.pk]),
    )


@casework_view
@methods("GET", "POST")
def assign(request, case_id):
    case = get_case(request, case_id, Action.ASSIGN)
    current = list(case.assignments.active())
    data = request.POST if request.method == "POST" else None
    form = AssignmentForm(
        data, users=assignable_users(case), initial={"assignees": [assignment.user_id for assignment in current]}
    )
    if data is not None and form.is_valid():
        chosen = {user.pk for user in form.cleaned_data["assignees"]}
        before = {assignment.user_id for assignment in current}
        now = timezone.now()
        with transaction.atomic():
            CaseAssignment.objects.filter(pk__in=[a.pk for a in current if a.user_id not in chosen]).update(
                ended_at=now, ended_by_id=request.user.pk
            )
            CaseAssignment.objects.bulk_create(
                [
                    CaseAssignment(case=case, user_id=user_id, assigned_by_id=request.user.pk, assigned_at=now)
                    for user_id in sorted(chosen - before)
                ]
            )
        record(request, AuditEvent.Action.CHANGE, obj=case, changed_fields=["assignees"] if chosen != before else [])
        messages.success(request, _("The assignments were saved."))
        return redirect("casework:case_detail", case.pk)
    return form_page(
        request, case, _("Assign the case"), [form], _("Save"), reverse("casework:case_detail", args=[case.pk])
    )


# Registering a person -----------------------------------------------------------------------------------------------


@casework_view
@methods("GET", "POST")
def register(request):
    require(request, Action.CREATE, obj=None)
    user = request.user
    groups = writable_groups(user)
    communes = creatable_communes(user)
    data = request.POST if request.method == "POST" else None
    intake_form = IntakeForm(data, communes=communes, prefix="intake", initial={"received_on": timezone.localdate()})
    person_form = limit_form(PersonForm(data, prefix="person"), Person, groups)
    facts_form = limit_form(CaseFactsForm(data, prefix="facts"), Case, groups)
    forms = [intake_form, person_form, facts_form]
    if data is not None and all(form.is_valid() for form in forms):
        case = open_case(request, intake_form, person_form, facts_form)
        messages.success(request, _("Case %(number)s was opened.") % {"number": case.display_number})
        return redirect("casework:case_detail", case.pk)
    return render(
        request,
        "casework/register.html",
        {"intake_form": intake_form, "person_form": person_form, "facts_form": facts_form},
    )


def open_case(request, intake_form, person_form, facts_form, then=None):
    """
    Save a new case from valid registration forms (also used to open a case from a report from the public):
    the person, the case under the agency of the user's post for that commune, its first assignment (the user),
    and their audit events. `then(case)` runs in the same transaction.
    """
    user = request.user
    commune = intake_form.cleaned_data["commune"]
    agency_id = next(
        grant.agency_id
        for grant in actor(user).grants
        if Action.CREATE in grant.role.actions
        and (commune.pk in grant.communes or commune.parent_id in grant.provinces)
    )
    with transaction.atomic():
        person = person_form.save()
        case = facts_form.save(commit=False)
        case.intake_channel = intake_form.cleaned_data["intake_channel"]
        case.commune = commune
        case.received_on = intake_form.cleaned_data["received_on"]
        case.person = person
        case.receiving_agency_id = agency_id
        case.created_by_id = user.pk
        case.save()
        CaseAssignment.objects.create(case=case, user=user, assigned_by_id=user.pk)
        if then is not None:
            then(case)
    record(request, AuditEvent.Action.CREATE, obj=person, changed_fields=person_form.changed_data)
    record(
        request,
        AuditEvent.Action.CREATE,
        obj=case,
        changed_fields=[
            *(name for name in intake_form.changed_data if name != "received_on"),
            "received_on",
            *facts_form.changed_data,
        ],
    )
    return case


# Documents ---------------------------------------------------------------------------------------------------------


@casework_view
@methods("GET", "POST")
def document_upload(request, case_id):
    case = get_case(request, case_id, Action.DOCUMENT_UPLOAD)
    form = DocumentForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        document = form.save(commit=False)
        document.case = case
        document.original_name = PurePosixPath(upload.name or "").name[:255]
        document.content_type = upload.content_type
        document.size = upload.size
        document.uploaded_by_id = request.user.pk
        document.save()
        record(request, AuditEvent.Action.DOCUMENT_UPLOAD, obj=document)
        messages.success(request, _("The document was added."))
        return redirect("casework:case_detail", case.pk)
    return form_page(
        request,
        case,
        _("Add a document"),
        [form],
        _("Add the document"),
        reverse("casework:case_detail", args=[case.pk]),
        multipart=True,
    )


@casework_view
@methods("GET")
def document_download(request, case_id, document_id):
    case = get_case(request, case_id, Action.DOCUMENT_DOWNLOAD)
    document = CaseDocument.objects.filter(case=case, pk=document_id).first()
    if document is None:
        deny(request, object_type=CaseDocument, object_id=document_id, status=404)
    record(request, AuditEvent.Action.DOCUMENT_DOWNLOAD, obj=document)
    extension = DOCUMENT_TYPES.get(str(document.content_type), "")
    # A neutral file name: the original one may name the person, and downloads stay on the office PC.
    name = f"{case.display_number}-{document.pk.hex[:8]}{extension}"
    response = FileResponse(document.file.open("rb"), as_attachment=True, filename=name)
    response["Content-Type"] = str(document.content_type) or "application/octet-stream"
    return response


# Staff (casework posts and roles) -----------------------------------------------------------------------------------


@casework_view
@methods("GET")
def staff_list(request):
    require(request, Action.MANAGE_STAFF)
    posts = (
        staff.manageable_posts(request.user)
        .select_related("user", "agency")
        .prefetch_related(Prefetch("administrative_units", queryset=AdministrativeUnit.objects.order_by("code")))
    )
    page = Paginator(posts.order_by("-valid_from", "-pk"), 50).get_page(request.GET.get("page"))
    record(request, AuditEvent.Action.LIST, object_type=Membership, count=len(page.object_list))
    return render(request, "casework/staff_list.html", {"page": page, "today": timezone.localdate()})


@casework_view
@methods("GET", "POST")
def staff_add(request):
    require(request, Action.MANAGE_STAFF)
    return staff.edit_post(request, None)


@casework_view
@methods("GET", "POST")
def staff_edit(request, membership_id):
    require(request, Action.MANAGE_STAFF)
    membership = staff.manageable_posts(request.user).filter(pk=membership_id).first()
    if membership is None:
        deny(request, object_type=Membership, object_id=membership_id, status=404)
    if membership.user_id == request.user.pk:
        # Nobody changes their own post or role (a known failure of the reference).
        deny(request, obj=membership)
    return staff.edit_post(request, membership)


@casework_view
@methods("GET", "POST")
def staff_hand_over(request, membership_id):
    require(request, Action.MANAGE_STAFF)
    membership = staff.manageable_posts(request.user).filter(pk=membership_id).first()
    if membership is None or membership.user_id == request.user.pk:
        deny(request, object_type=Membership, object_id=membership_id, status=404)
    return staff.hand_over(request, membership)
