"""
Importing many officials at once from a CSV or XLSX file (the admin's
Users area, "Import").

Columns (the first row names them, in English or Vietnamese, in any order):
full name, e-mail, agency code, administrative unit code, position, role.
An agency or unit may be given by its name instead of its code when exactly
one current record has that name; otherwise the error lists the candidates.

`check()` reads the whole file and returns every row's errors (row, column,
reason) without saving anything; `import_rows()` saves all the rows in one
transaction, or none of them when any row has an error. Each new account has
no usable password and gets an invitation, e-mailed after the commit.
"""

import csv
import io
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy

from safereturn.base.client_address import client_ip
from safereturn.organisation.models import AdministrativeUnit, Agency

from . import invitations, policy, security_log
from .models import Invitation, Membership, SecurityEvent

COLUMNS = {
    "full_name": ("full name", "name", "họ và tên", "họ tên"),
    "email": ("e-mail", "email", "e-mail address", "thư điện tử", "địa chỉ thư điện tử"),
    "agency": ("agency code", "agency", "mã cơ quan", "cơ quan"),
    "unit": (
        "administrative unit code",
        "administrative unit",
        "unit code",
        "mã đơn vị hành chính",
        "đơn vị hành chính",
    ),
    "position": ("position", "chức vụ"),
    "role": ("role", "vai trò"),
}
REQUIRED_COLUMNS = ("full_name", "email", "agency", "unit")
MAX_ROWS = 5000
CANDIDATES_SHOWN = 5


def column_label(name):
    return {
        "full_name": pgettext_lazy("person", "full name"),
        "email": _("e-mail"),
        "agency": _("agency code"),
        "unit": _("administrative unit code"),
        "position": _("position"),
        "role": _("role"),
        "file": _("file"),
    }[name]


@dataclass
class RowError:
    row: int
    column: str
    reason: str

    @property
    def column_label(self):
        return column_label(self.column)


@dataclass
class Row:
    number: int
    full_name: str
    email: str
    agency: Agency | None = None
    unit: AdministrativeUnit | None = None
    position: str = ""
    role: str = "official"


@dataclass
class Report:
    rows: list = field(default_factory=list)
    errors: list = field(default_factory=list)
    imported: int = 0

    @property
    def ok(self):
        return not self.errors


def read_table(upload):
    """The file's rows as lists of strings (CSV in UTF-8, with or without BOM, or the first sheet of an XLSX)."""
    name = upload.name.lower()
    if name.endswith(".xlsx"):
        from openpyxl import load_workbook

        workbook = load_workbook(upload, read_only=True, data_only=True)
        sheet = workbook.worksheets[0]
        rows = [
            ["" if cell is None else str(cell).strip() for cell in row] for row in sheet.iter_rows(values_only=True)
        ]
        workbook.close()
        return rows
    raw = upload.read()
    text = raw.decode("utf-8-sig")
    dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t") if text.strip() else csv.excel
    return [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text), dialect)]


def _normalise(text):
    return " ".join(str(text).strip().lower().replace("_", " ").split())


class Lookup:
    """Current agencies and units, by code and by name, loaded once per file."""

    def __init__(self):
        self.agencies_by_code, self.agencies_by_name = {}, {}
        for agency in Agency.objects.current().only("pk", "code", "name", "name_en"):
            if agency.code:
                self.agencies_by_code[agency.code.lower()] = agency
            for name in {agency.name, agency.name_en} - {""}:
                self.agencies_by_name.setdefault(_normalise(name), []).append(agency)
        self.units_by_code, self.units_by_name = {}, {}
        units = AdministrativeUnit.objects.current().exclude(level=AdministrativeUnit.Level.DISTRICT)
        for unit in units.only("pk", "code", "name", "full_name", "level"):
            self.units_by_code.setdefault(unit.code.lower(), []).append(unit)
            for name in {unit.name, unit.full_name} - {""}:
                self.units_by_name.setdefault(_normalise(name), []).append(unit)
        self.roles = {}
        for role in policy.roles_granted_in_accounts():  # a casework role is granted in casework only
            self.roles[role.code.lower()] = role.code
            self.roles[_normalise(str(role.label))] = role.code

    @staticmethod
    def _candidates(records, describe):
        shown = ", ".join(describe(record) for record in records[:CANDIDATES_SHOWN])
        if len(records) > CANDIDATES_SHOWN:
            shown += ", …"
        return shown

    def agency(self, value):
        """(agency, error)."""
        found = self.agencies_by_code.get(value.lower())
        if found:
            return found, None
        by_name = list({agency.pk: agency for agency in self.agencies_by_name.get(_normalise(value), [])}.values())
        if len(by_name) == 1:
            return by_name[0], None
        if by_name:
            candidates = self._candidates(by_name, lambda a: f"{a.name} ({a.code or _('no code')})")
            return None, _("Several agencies have this name: %(candidates)s. Use the agency's code.") % {
                "candidates": candidates
            }
        return None, _("No current agency has this code or name.")

    def unit(self, value):
        found = self.units_by_code.get(value.lower(), [])
        if len(found) == 1:
            return found[0], None
        if not found:
            found = list({unit.pk: unit for unit in self.units_by_name.get(_normalise(value), [])}.values())
            if len(found) == 1:
                return found[0], None
        if found:
            candidates = self._candidates(found, lambda u: f"{u.full_name} ({u.code})")
            return None, _("Several administrative units match: %(candidates)s. Use the official code.") % {
                "candidates": candidates
            }
        return None, _("No current administrative unit has this code or name.")

    def role(self, value):
        if not value:
            return "official", None
        code = self.roles.get(value.lower()) or self.roles.get(_normalise(value))
        if code:
            return code, None
        choices = ", ".join(role.code for role in policy.roles_granted_in_accounts())
        return None, _("Unknown role. Use one of: %(roles)s.") % {"roles": choices}


def check(upload):
    """Read and check every row; nothing is saved. The report's `rows` are the rows that passed."""
    report = Report()
    try:
        table = read_table(upload)
    except Exception:  # noqa: BLE001  (any unreadable file gets the same message)
        report.errors.append(RowError(1, "file", _("This file cannot be read as CSV (UTF-8) or XLSX.")))
        return report
    table = [row for row in table if any(cell for cell in row)]
    if not table:
        report.errors.append(RowError(1, "file", _("The file is empty.")))
        return report
    header = [_normalise(cell) for cell in table[0]]
    positions = {}
    for name, spellings in COLUMNS.items():
        for index, cell in enumerate(header):
            if cell in spellings:
                positions[name] = index
                break
    missing = [name for name in REQUIRED_COLUMNS if name not in positions]
    if missing:
        for name in missing:
            report.errors.append(RowError(1, name, _("This column is missing from the first row.")))
        return report
    if len(table) - 1 > MAX_ROWS:
        report.errors.append(
            RowError(1, "file", _("The file has more than %(count)d rows: split it.") % {"count": MAX_ROWS})
        )
        return report

    def cell(row, name):
        index = positions.get(name)
        return row[index].strip() if index is not None and index < len(row) else ""

    lookup = Lookup()
    emails = [cell(row, "email").lower() for row in table[1:]]
    user_model = get_user_model()
    taken = set(
        user_model.objects.annotate(address=Lower("email"))
        .filter(address__in=emails)
        .values_list("address", flat=True)
    ) | set(user_model.objects.annotate(name=Lower("username")).filter(name__in=emails).values_list("name", flat=True))
    first_seen = {}
    for number, row in enumerate(table[1:], start=2):
        errors = []
        full_name, email = cell(row, "full_name"), cell(row, "email").lower()
        if not full_name:
            errors.append(RowError(number, "full_name", _("The full name is missing.")))
        if not email:
            errors.append(RowError(number, "email", _("The e-mail address is missing.")))
        else:
            try:
                validate_email(email)
            except ValidationError:
                errors.append(RowError(number, "email", _("This is not a valid e-mail address.")))
            else:
                if email in first_seen:
                    errors.append(
                        RowError(
                            number,
                            "email",
                            _("This e-mail address is already on row %(row)d.") % {"row": first_seen[email]},
                        )
                    )
                elif email in taken:
                    errors.append(RowError(number, "email", _("An account with this e-mail address already exists.")))
                first_seen.setdefault(email, number)
        agency, problem = (
            (None, _("The agency is missing.")) if not cell(row, "agency") else lookup.agency(cell(row, "agency"))
        )
        if problem:
            errors.append(RowError(number, "agency", problem))
        unit, problem = (
            (None, _("The administrative unit is missing."))
            if not cell(row, "unit")
            else lookup.unit(cell(row, "unit"))
        )
        if problem:
            errors.append(RowError(number, "unit", problem))
        role, problem = lookup.role(cell(row, "role"))
        if problem:
            errors.append(RowError(number, "role", problem))
        position = cell(row, "position")
        if len(position) > 150:
            errors.append(RowError(number, "position", _("The position is longer than 150 characters.")))
        if len(full_name) > 150:
            errors.append(RowError(number, "full_name", _("The full name is longer than 150 characters.")))
        if errors:
            report.errors.extend(errors)
        else:
            report.rows.append(Row(number, full_name, email, agency, unit, position, role))
    return report


def import_rows(upload, created_by=None):
    """Check the file, then create every account in one transaction, or nothing when any row has an error."""
    report = check(upload)
    if not report.ok:
        return report
    user_model = get_user_model()
    now, today = timezone.now(), timezone.localdate()
    with transaction.atomic():
        users = user_model.objects.bulk_create(
            [
                user_model(
                    username=row.email,
                    email=row.email,
                    full_name=row.full_name,
                    position=row.position,
                    agency=row.agency,
                    administrative_unit=row.unit,
                    password=make_password(None),  # unusable until the invitation is accepted
                    date_joined=now,
                )
                for row in report.rows
            ]
        )
        memberships = Membership.objects.bulk_create(
            [
                Membership(
                    user=user,
                    agency=row.agency,
                    position=row.position,
                    role=row.role,
                    is_primary=True,
                    valid_from=today,
                )
                for user, row in zip(users, report.rows, strict=True)
            ]
        )
        Membership.administrative_units.through.objects.bulk_create(
            [
                Membership.administrative_units.through(membership_id=membership.pk, administrativeunit_id=row.unit.pk)
                for membership, row in zip(memberships, report.rows, strict=True)
            ]
        )
        sent_by = getattr(created_by, "pk", None)
        expires_at = now + timedelta(days=settings.INVITATION_DAYS)
        pending = Invitation.objects.bulk_create(
            [Invitation(user=user, created_at=now, expires_at=expires_at, created_by_id=sent_by) for user in users]
        )
        request = security_log.current_request()
        actor = {
            "actor_id": sent_by,
            "actor_username": created_by.get_username() if created_by else "",
            "ip_address": client_ip(request) if request is not None else None,
        }
        SecurityEvent.objects.bulk_create(
            [
                SecurityEvent(kind=kind, user_id=user.pk, username=user.username, occurred_at=now, **actor)
                for user in users
                for kind in (SecurityEvent.Kind.ACCOUNT_CREATED, SecurityEvent.Kind.INVITATION_CREATED)
            ]
            + [
                SecurityEvent(
                    kind=SecurityEvent.Kind.ACCOUNTS_IMPORTED,
                    occurred_at=now,
                    detail=f"{len(users)} accounts",
                    **actor,
                )
            ]
        )
        invitations.queue_emails([invitation.pk for invitation in pending])
    report.imported = len(users)
    return report
