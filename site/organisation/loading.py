"""
Load Viet Nam's official administrative units from a JSON file, keeping history.

The logic lives here rather than in the management command so that it can be
tested and reused (for example by the demo-data command) without going
through `call_command`.

Units change by resolution, and old cases keep pointing at the unit that
existed when they were opened, so a load never deletes anything: a unit that
is no longer in the file is closed with a date, and one that comes back is
reopened.
"""

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from .models import AdministrativeUnit

Level = AdministrativeUnit.Level

DATA_DIR = Path(__file__).resolve().parent / "data"
DEFAULT_DATA_FILE = DATA_DIR / "vn_administrative_units_2026-07-25.json"

# The official files are named after the day their data is current on
# (vn_administrative_units_2026-07-25.json), which is the natural "as of" date.
FILE_DATE_RE = re.compile(r"_(\d{4}-\d{2}-\d{2})\.json$", re.IGNORECASE)

# What the loader compares and writes. `source` is bookkeeping: it is written on
# every unit seen in the file but is not a change of the unit itself.
COMPARED_FIELDS = ("name", "name_en", "full_name", "full_name_en", "code_name", "parent_id")


class LoadError(Exception):
    """The file or the options cannot be loaded; nothing has been written."""


@dataclass(frozen=True)
class UnitRecord:
    """One unit as the file describes it, already validated."""

    level: str
    code: str
    name: str
    name_en: str
    full_name: str
    full_name_en: str
    code_name: str
    province_code: str  # its own code for a province, its province's for a commune

    @property
    def key(self):
        return (self.level, self.code)


@dataclass
class LoadResult:
    """What a load did (or, in a dry run, would have done)."""

    source: str
    as_of: date
    dry_run: bool = False
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    closed: list = field(default_factory=list)
    reopened: list = field(default_factory=list)
    unchanged: int = 0

    @property
    def changed(self):
        return bool(self.created or self.updated or self.closed or self.reopened)

    def counts(self):
        return {
            "created": len(self.created),
            "updated": len(self.updated),
            "closed": len(self.closed),
            "reopened": len(self.reopened),
            "unchanged": self.unchanged,
        }


def as_of_from_filename(path):
    """The date in a file name ending in `_YYYY-MM-DD.json`, or None."""
    match = FILE_DATE_RE.search(Path(path).name)
    if not match:
        return None
    try:
        return date.fromisoformat(match.group(1))
    except ValueError:
        return None


def read_units(path):
    """
    Read and validate the file: return (provinces, communes) as lists of `UnitRecord`.

    Everything is checked before anything is written, so that a bad file
    raises `LoadError` and leaves the database as it was.
    """
    path = Path(path)
    try:
        with path.open(encoding="utf-8") as handle:
            data = json.load(handle)
    except FileNotFoundError as error:
        raise LoadError(f"File not found: {path}") from error
    except IsADirectoryError as error:
        raise LoadError(f"Not a file: {path}") from error
    except UnicodeDecodeError as error:
        raise LoadError(f"{path} is not UTF-8 text: {error}") from error
    except json.JSONDecodeError as error:
        raise LoadError(f"{path} is not valid JSON: {error}") from error

    if not isinstance(data, list) or not data:
        raise LoadError(f"{path}: expected a non-empty list of provinces at the top level.")

    provinces, communes = [], []
    seen = {}
    for index, item in enumerate(data):
        where = f"{path.name}: province #{index + 1}"
        province = _record(item, Level.PROVINCE, where, province_code=None)
        _check_unique(province, seen, where)
        provinces.append(province)

        wards = item.get("Wards")
        if not isinstance(wards, list):
            raise LoadError(f"{where} ({province.code}): 'Wards' must be a list.")
        for ward_index, ward in enumerate(wards):
            ward_where = f"{where} ({province.code}), ward #{ward_index + 1}"
            commune = _record(ward, Level.COMMUNE, ward_where, province_code=province.code)
            _check_unique(commune, seen, ward_where)
            communes.append(commune)
    return provinces, communes


def _max_length(name):
    return AdministrativeUnit._meta.get_field(name).max_length


def _text(item, key, where, *, required, field_name):
    value = item.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise LoadError(f"{where}: '{key}' must be text.")
    value = value.strip()
    if required and not value:
        raise LoadError(f"{where}: '{key}' is missing or empty.")
    if len(value) > _max_length(field_name):
        raise LoadError(f"{where}: '{key}' is longer than {_max_length(field_name)} characters.")
    return value


def _record(item, level, where, *, province_code):
    if not isinstance(item, dict):
        raise LoadError(f"{where}: expected an object.")
    code = _text(item, "Code", where, required=True, field_name="code")
    if province_code is not None:
        # The file repeats the province on each ward; a disagreement means the
        # file is corrupt, and guessing which one is right would misfile units.
        declared = _text(item, "ProvinceCode", where, required=False, field_name="code")
        if declared and declared != province_code:
            raise LoadError(f"{where} ({code}): ProvinceCode {declared} but listed under province {province_code}.")
    return UnitRecord(
        level=level,
        code=code,
        name=_text(item, "Name", where, required=True, field_name="name"),
        name_en=_text(item, "NameEn", where, required=False, field_name="name_en"),
        full_name=_text(item, "FullName", where, required=True, field_name="full_name"),
        full_name_en=_text(item, "FullNameEn", where, required=False, field_name="full_name_en"),
        code_name=_text(item, "CodeName", where, required=False, field_name="code_name"),
        province_code=province_code or code,
    )


def _check_unique(record, seen, where):
    if record.key in seen:
        raise LoadError(f"{where}: {record.level} code {record.code} appears twice (first at {seen[record.key]}).")
    seen[record.key] = where


def _province_code_of(unit, units_by_id):
    """Walk up to the province a unit belongs to (communes may hang under an old district)."""
    seen = set()
    while unit is not None and unit.pk not in seen:
        if unit.level == Level.PROVINCE:
            return unit.code
        seen.add(unit.pk)
        unit = units_by_id.get(unit.parent_id)
    return None


def _describe(unit):
    return f"{unit.level} {unit.code} {unit.full_name}"


def load_administrative_units(path=DEFAULT_DATA_FILE, *, provinces=None, as_of=None, dry_run=False):
    """
    Upsert provinces and communes from `path`, close what is gone, reopen what is back.

    `provinces` limits both loading and closing to those province codes (and
    their communes); every other unit is left untouched. `as_of` defaults to
    the date in the file name, else today. With `dry_run` everything is
    computed and written inside a transaction that is then rolled back.

    Raises `LoadError` (and writes nothing) on a bad file or option.
    """
    path = Path(path)
    as_of = as_of or as_of_from_filename(path) or timezone.localdate()
    file_provinces, file_communes = read_units(path)
    in_file = {record.key for record in file_provinces + file_communes}

    result = LoadResult(source=path.name, as_of=as_of, dry_run=dry_run)
    with transaction.atomic():
        existing = {(unit.level, unit.code): unit for unit in AdministrativeUnit.objects.all()}

        scope = _scope(provinces, file_provinces, existing)
        if scope is not None:
            file_provinces = [record for record in file_provinces if record.code in scope]
            file_communes = [record for record in file_communes if record.province_code in scope]

        # Provinces first: communes need their primary keys as parents.
        _upsert(file_provinces, existing, {}, result)
        province_ids = dict(
            AdministrativeUnit.objects.filter(level=Level.PROVINCE).values_list("code", "pk"),
        )
        _upsert(file_communes, existing, province_ids, result)
        _close(existing, in_file, scope, as_of, result)

        if dry_run:
            transaction.set_rollback(True)
    return result


def _scope(provinces, file_provinces, existing):
    """The set of province codes to work on, or None for the whole country."""
    if not provinces:
        return None
    known = {record.code for record in file_provinces}
    # A province that is only in the database is a valid scope too: loading it
    # closes it and its communes after a merger.
    known |= {code for level, code in existing if level == Level.PROVINCE}
    unknown = sorted(set(provinces) - known)
    if unknown:
        raise LoadError(f"Unknown province code(s): {', '.join(unknown)}. They are neither in the file nor loaded.")
    return set(provinces)


def _upsert(records, existing, province_ids, result):
    to_create, to_update = [], []
    for record in records:
        parent_id = province_ids[record.province_code] if record.level == Level.COMMUNE else None
        values = {
            "name": record.name,
            "name_en": record.name_en,
            "full_name": record.full_name,
            "full_name_en": record.full_name_en,
            "code_name": record.code_name,
            "parent_id": parent_id,
        }
        unit = existing.get(record.key)
        if unit is None:
            unit = AdministrativeUnit(
                level=record.level, code=record.code, source=result.source, valid_from=result.as_of, **values
            )
            unit.search_text = unit.folded_names()  # bulk_create does not call save()
            to_create.append(unit)
            existing[record.key] = unit
            result.created.append(_describe(unit))
            continue

        changed = any(getattr(unit, name) != value for name, value in values.items())
        reopened = unit.valid_until is not None
        if not (changed or reopened or unit.source != result.source):
            result.unchanged += 1
            continue
        for name, value in values.items():
            setattr(unit, name, value)
        unit.search_text = unit.folded_names()
        unit.source = result.source
        unit.valid_until = None
        to_update.append(unit)
        if reopened:
            result.reopened.append(_describe(unit))
        elif changed:
            result.updated.append(_describe(unit))
        else:
            # Only the file name moved on: the unit itself is the same.
            result.unchanged += 1

    AdministrativeUnit.objects.bulk_create(to_create, batch_size=500)
    AdministrativeUnit.objects.bulk_update(
        to_update, [*COMPARED_FIELDS, "search_text", "source", "valid_until"], batch_size=500
    )


def _close(existing, in_file, scope, as_of, result):
    units_by_id = {unit.pk: unit for unit in existing.values() if unit.pk is not None}
    to_close = []
    for key, unit in existing.items():
        # Absent from the whole file, not just from the scope: a commune that
        # moved to a province outside the scope still exists and must stay open.
        if key in in_file or unit.valid_until is not None:
            continue
        if scope is not None and _province_code_of(unit, units_by_id) not in scope:
            continue
        if unit.valid_from is not None and unit.valid_from >= as_of:
            # valid_until must come after valid_from (a database constraint):
            # closing on or before the day a unit started means the file is
            # older than the data already loaded.
            raise LoadError(
                f"Cannot close {_describe(unit)} on {as_of.isoformat()}: it is valid from "
                f"{unit.valid_from.isoformat()}. Is the file older than the data already loaded? Use a later --as-of."
            )
        unit.valid_until = as_of
        to_close.append(unit)
        result.closed.append(_describe(unit))
    AdministrativeUnit.objects.bulk_update(to_close, ["valid_until"], batch_size=500)
