"""
Exports of a filtered list of cases: the rules and the writing, in one place.

- What a row holds: the case's plain data (number, dates, stage, place,
  channel) and, of the field groups asked for, those the requester reads on
  that case (permissions.readable_groups) and, for personal groups, that
  the basis allows: a legal basis cited on the export, or, on consent, a
  consent of that person in force for the purpose and the recipient named
  (casework.consents). A case without one has its personal cells withheld
  and is counted (`withheld`); aggregated figures are not consent-bound.
- `build(export_id)` runs in the background worker (casework.tasks): it
  reads the cases again through visible_cases(requester) (a post lost since
  the request takes its cases out), reports progress, and writes the file
  encrypted into casework's storage (casework.storage).
- Every cell is neutralised against spreadsheet formulas: a text starting
  with = + - @ or a tab or carriage return gets a leading apostrophe, the
  OWASP "CSV injection" advice, so that no cell runs when the file is opened.
- `delete_expired()` (the timer, hourly) deletes files past EXPORT_HOURS.
"""

import csv
import datetime
import io

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Case, CaseExport, LegalBasis, Person
from .permissions import FIELD_GROUPS, Action, FieldGroup, actor, field_rows, readable_groups, visible_cases

# What an export may hold: documents are files, never exported; health stays in the shelter's hands.
EXPORTABLE = (
    FieldGroup.IDENTITY,
    FieldGroup.CONTACT,
    FieldGroup.TRAFFICKING,
    FieldGroup.SUPPORT,
    FieldGroup.PROTECTION,
)
PERSON_GROUPS = (FieldGroup.IDENTITY, FieldGroup.CONTACT)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PROGRESS_EVERY = 200


def neutralise(value):
    """A cell's text, with a leading apostrophe when a spreadsheet would read it as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def exportable_groups(user):
    """The groups `user` may ask for: those any of their case-reading posts reads, within EXPORTABLE."""
    groups = set()
    for grant in actor(user).grants:
        if grant.role.reads_cases:
            groups |= grant.role.reads
    return [group for group in EXPORTABLE if group in groups]


def basis_error(groups, basis, legal_reference, recipient, sharing_purpose):
    """Why an export of `groups` cannot go on this basis, or ''. Without personal groups, none is needed."""
    if not groups:
        return ""
    if basis != LegalBasis.CONSENT:
        return "" if legal_reference.strip() else _("Cite the request or the provision of law the export rests on.")
    if recipient is None or not sharing_purpose:
        return _(
            "Personal fields leave only under the person's consent: name the agency and the purpose it was given "
            "for (or cite a legal basis)."
        )
    return ""


def headers(groups):
    columns = [_("Case number"), _("Received on"), _("Commune"), _("Stage"), _("Intake channel"), _("Deadline")]
    for group in groups:
        model = Person if group in PERSON_GROUPS else Case
        for name, field_group in FIELD_GROUPS[model._meta.label_lower].items():
            if field_group == group:
                columns.append(str(model._meta.get_field(name).verbose_name))
    return columns


def row(case, groups, allowed):
    """One case's cells: the groups in `allowed` filled, the others asked for left empty."""
    cells = [
        case.display_number,
        case.received_on.strftime("%d/%m/%Y") if case.received_on else "",
        case.commune.display_name if case.commune_id else "",
        case.get_stage_display(),
        case.get_intake_channel_display(),
        case.due_on.strftime("%d/%m/%Y") if case.due_on else "",
    ]
    for group in groups:
        owner = case.person if group in PERSON_GROUPS else case
        for _label, value in field_rows(owner, group):
            cells.append(value if group in allowed else "")
    return [neutralise(cell) for cell in cells]


def allowed_groups(export, case, groups, consented):
    """The asked-for groups this case's row may hold (policy, then basis)."""
    readable = readable_groups(export.requested_by, case)
    allowed = {group for group in groups if group in readable}
    if export.basis == LegalBasis.CONSENT:
        allowed &= consented.get(case.pk, set())
    return allowed


def consented_by_case(export, cases):
    """{case id: groups its consents in force allow the export's recipient, for its purpose} (one query)."""
    if export.basis != LegalBasis.CONSENT or export.recipient_id is None:
        return {}
    from .models import Consent

    found = {}
    rows = Consent.objects.in_force().filter(
        case__in=cases, purpose=export.sharing_purpose, recipient_id=export.recipient_id
    )
    for case_id, groups in rows.values_list("case_id", "field_groups"):
        found.setdefault(case_id, set()).update(groups)
    return found


def filtered_cases(user, filters):
    cases = visible_cases(user).filter(merged_into__isnull=True)
    if filters.get("stage"):
        cases = cases.filter(stage=filters["stage"])
    if filters.get("channel"):
        cases = cases.filter(intake_channel=filters["channel"])
    if filters.get("commune"):
        cases = cases.filter(commune_id=filters["commune"])
    return cases


def build(export_id):
    """Write the export's file (the background worker's task). Returns the state it ends in."""
    export = CaseExport.objects.select_related("requested_by").filter(pk=export_id).first()
    if export is None or export.state != CaseExport.State.QUEUED:
        return export.state if export else None
    if not actor(export.requested_by).may(Action.EXPORT) or not export.requested_by.is_active:
        # The post ended (or the account was closed) between the request and the build.
        CaseExport.objects.filter(pk=export.pk).update(state=CaseExport.State.FAILED, finished_at=timezone.now())
        return CaseExport.State.FAILED
    CaseExport.objects.filter(pk=export.pk).update(state=CaseExport.State.RUNNING)
    try:
        groups = [group for group in EXPORTABLE if group in export.field_groups]
        cases = filtered_cases(export.requested_by, export.filters).select_related("commune", "person")
        cases = list(cases.order_by("-received_on", "number"))
        CaseExport.objects.filter(pk=export.pk).update(total=len(cases))
        consented = consented_by_case(export, [case.pk for case in cases])
        rows, withheld = [headers(groups)], 0
        for index, case in enumerate(cases, start=1):
            allowed = allowed_groups(export, case, groups, consented)
            if set(groups) - allowed:
                withheld += 1
            rows.append(row(case, groups, allowed))
            if index % PROGRESS_EVERY == 0:
                CaseExport.objects.filter(pk=export.pk).update(done=index)
        content = write_xlsx(rows) if export.file_format == CaseExport.Format.XLSX else write_csv(rows)
        with transaction.atomic():
            export.file.save(f"export.{export.file_format}", ContentFile(content), save=False)
            CaseExport.objects.filter(pk=export.pk).update(
                file=export.file.name,
                state=CaseExport.State.DONE,
                done=len(cases),
                withheld=withheld,
                finished_at=timezone.now(),
            )
    except Exception:
        CaseExport.objects.filter(pk=export.pk).update(state=CaseExport.State.FAILED, finished_at=timezone.now())
        raise
    return CaseExport.State.DONE


def write_csv(rows):
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return ("\ufeff" + out.getvalue()).encode("utf-8")  # the byte-order mark: Excel then reads Vietnamese right


def write_xlsx(rows):
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet(_("Cases"))
    for cells in rows:
        sheet.append(cells)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def delete_file(export):
    """Delete the export's file (its record stays, as the audit trail's)."""
    if export.file:
        export.file.delete(save=False)
    CaseExport.objects.filter(pk=export.pk).update(file="", state=CaseExport.State.DELETED)


def delete_expired(now=None):
    """Delete the files of the exports past their time; returns how many."""
    expired = CaseExport.objects.filter(expires_at__lte=now or timezone.now()).exclude(file="")
    count = 0
    for export in expired:
        delete_file(export)
        count += 1
    return count


def expiry(now):
    """When an export asked for at `now` stops being downloadable."""
    return now + datetime.timedelta(hours=settings.EXPORT_HOURS)
