"""The loader of official administrative units: idempotent, history-keeping, all or nothing."""

import json
import unicodedata
from datetime import date
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from safereturn.organisation.factories import AdministrativeUnitFactory
from safereturn.organisation.loading import DEFAULT_DATA_FILE
from safereturn.organisation.models import AdministrativeUnit

Level = AdministrativeUnit.Level
FIRST_DAY = date(2026, 7, 25)
LATER_DAY = date(2026, 9, 1)


def ascii_name(name):
    name = name.replace("Đ", "D").replace("đ", "d")
    return "".join(char for char in unicodedata.normalize("NFD", name) if not unicodedata.combining(char))


def ward(code, name, province_code, kind="Xã", kind_en="Commune"):
    name_en = ascii_name(name)
    return {
        "Code": code,
        "Name": name,
        "NameEn": name_en,
        "FullName": f"{kind} {name}",
        "FullNameEn": f"{name_en} {kind_en}",
        "CodeName": name_en.lower().replace(" ", "_"),
        "ProvinceCode": province_code,
    }


def province(code, name, name_en, wards, kind="Tỉnh", kind_en="Province"):
    return {
        "Code": code,
        "Name": name,
        "NameEn": name_en,
        "FullName": f"{kind} {name}",
        "FullNameEn": f"{name_en} {kind_en}",
        "CodeName": name_en.lower().replace(" ", "_"),
        "Wards": wards,
    }


def country():
    """Two provinces with two communes each, as the official file shapes them."""
    return [
        province(
            "01",
            "Hà Nội",
            "Hanoi",
            [ward("00004", "Ba Đình", "01", "Phường", "Ward"), ward("00008", "Ngọc Hà", "01", "Phường", "Ward")],
            kind="Thành phố",
            kind_en="City",
        ),
        province("24", "Bắc Ninh", "Bac Ninh", [ward("07420", "Đồng Tâm", "24"), ward("07421", "Hoà Bình", "24")]),
    ]


@pytest.fixture
def write_file(tmp_path):
    """Write units to a file named like the official ones, so that the date comes from the name."""

    def write(data, day=FIRST_DAY, name=None):
        path = tmp_path / (name or f"vn_administrative_units_{day.isoformat()}.json")
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        return path

    return write


def load(*args, **options):
    out = StringIO()
    call_command("load_administrative_units", *[str(arg) for arg in args], stdout=out, **options)
    return out.getvalue()


def snapshot():
    """Every stored field of every unit, to prove that nothing changed."""
    return list(AdministrativeUnit.objects.order_by("pk").values())


def unit(code, level=Level.COMMUNE):
    return AdministrativeUnit.objects.get(level=level, code=code)


def remove_ward(data, code):
    for item in data:
        item["Wards"] = [entry for entry in item["Wards"] if entry["Code"] != code]
    return data


@pytest.mark.django_db
def test_creates_provinces_and_communes(write_file):
    path = write_file(country())

    output = load(path)

    assert "6 created, 0 updated, 0 closed, 0 reopened, 0 unchanged" in output
    assert AdministrativeUnit.objects.filter(level=Level.PROVINCE).count() == 2
    assert AdministrativeUnit.objects.filter(level=Level.COMMUNE).count() == 4
    hanoi = unit("01", Level.PROVINCE)
    assert hanoi.parent is None
    assert hanoi.full_name == "Thành phố Hà Nội"
    assert hanoi.full_name_en == "Hanoi City"
    assert hanoi.code_name == "hanoi"
    ba_dinh = unit("00004")
    assert ba_dinh.parent == hanoi
    assert ba_dinh.name == "Ba Đình"
    assert ba_dinh.name_en == "Ba Dinh"
    assert ba_dinh.full_name == "Phường Ba Đình"
    for created in AdministrativeUnit.objects.all():
        # The date in the file name is the default "as of" date.
        assert created.valid_from == FIRST_DAY
        assert created.valid_until is None
        assert created.source == path.name


@pytest.mark.django_db
def test_as_of_option_overrides_the_file_name(write_file):
    load(write_file(country()), as_of="2026-08-15")

    assert set(AdministrativeUnit.objects.values_list("valid_from", flat=True)) == {date(2026, 8, 15)}


@pytest.mark.django_db
def test_file_without_a_date_in_its_name_is_as_of_today(write_file):
    load(write_file(country(), name="units.json"))

    assert set(AdministrativeUnit.objects.values_list("valid_from", flat=True)) == {timezone.localdate()}


@pytest.mark.django_db
def test_second_run_changes_nothing(write_file):
    path = write_file(country())
    load(path)
    before = snapshot()

    output = load(path)

    assert "0 created, 0 updated, 0 closed, 0 reopened, 6 unchanged" in output
    assert snapshot() == before


@pytest.mark.django_db
def test_newer_file_with_the_same_units_only_records_the_new_source(write_file):
    load(write_file(country()))
    newer = write_file(country(), day=LATER_DAY)

    output = load(newer)

    assert "0 created, 0 updated, 0 closed, 0 reopened, 6 unchanged" in output
    assert set(AdministrativeUnit.objects.values_list("source", flat=True)) == {newer.name}
    assert set(AdministrativeUnit.objects.values_list("valid_from", flat=True)) == {FIRST_DAY}


@pytest.mark.django_db
def test_rename_updates_the_unit_in_place(write_file):
    load(write_file(country()))
    original_pk = unit("07420").pk
    data = country()
    data[1]["Wards"][0].update(
        Name="Đồng Tâm Mới",
        NameEn="Dong Tam Moi",
        FullName="Phường Đồng Tâm Mới",
        FullNameEn="Dong Tam Moi Ward",
    )

    output = load(write_file(data, day=LATER_DAY))

    assert "0 created, 1 updated, 0 closed, 0 reopened, 5 unchanged" in output
    renamed = unit("07420")
    assert renamed.pk == original_pk
    assert (renamed.name, renamed.name_en, renamed.full_name, renamed.full_name_en) == (
        "Đồng Tâm Mới",
        "Dong Tam Moi",
        "Phường Đồng Tâm Mới",
        "Dong Tam Moi Ward",
    )
    # A rename is the same unit: it keeps the day it started.
    assert renamed.valid_from == FIRST_DAY
    assert renamed.valid_until is None


@pytest.mark.django_db
def test_unit_missing_from_a_newer_file_is_closed_not_deleted(write_file):
    load(write_file(country()))

    output = load(write_file(remove_ward(country(), "07421"), day=LATER_DAY))

    assert "0 created, 0 updated, 1 closed, 0 reopened, 5 unchanged" in output
    assert AdministrativeUnit.objects.count() == 6
    closed = unit("07421")
    assert closed.valid_until == LATER_DAY
    assert closed.valid_from == FIRST_DAY
    current = AdministrativeUnit.objects.current
    assert current(on=date(2026, 8, 31)).filter(pk=closed.pk).exists()
    assert not current(on=LATER_DAY).filter(pk=closed.pk).exists()
    assert not current(on=date(2027, 1, 1)).filter(pk=closed.pk).exists()
    assert current(on=LATER_DAY).count() == 5


@pytest.mark.django_db
def test_closed_unit_stays_closed_on_later_runs(write_file):
    load(write_file(country()))
    load(write_file(remove_ward(country(), "07421"), day=LATER_DAY))

    output = load(write_file(remove_ward(country(), "07421"), day=date(2026, 12, 1)))

    assert "0 closed" in output
    assert unit("07421").valid_until == LATER_DAY


@pytest.mark.django_db
def test_unit_that_reappears_is_reopened(write_file):
    load(write_file(country()))
    load(write_file(remove_ward(country(), "07421"), day=LATER_DAY))
    later = write_file(country(), day=date(2026, 12, 1))

    output = load(later)

    assert "0 created, 0 updated, 0 closed, 1 reopened, 5 unchanged" in output
    reopened = unit("07421")
    assert reopened.valid_until is None
    assert reopened.valid_from == FIRST_DAY
    assert reopened.source == later.name
    assert AdministrativeUnit.objects.current(on=date(2026, 12, 1)).filter(pk=reopened.pk).exists()


@pytest.mark.django_db
def test_commune_that_moves_to_another_province_gets_its_new_parent(write_file):
    load(write_file(country()))
    data = country()
    moving = data[0]["Wards"].pop(1)
    moving["ProvinceCode"] = "24"
    data[1]["Wards"].append(moving)

    output = load(write_file(data, day=LATER_DAY))

    assert "0 created, 1 updated, 0 closed, 0 reopened, 5 unchanged" in output
    moved = unit("00008")
    assert moved.parent == unit("24", Level.PROVINCE)
    assert moved.valid_until is None
    assert list(unit("01", Level.PROVINCE).children.values_list("code", flat=True)) == ["00004"]


@pytest.mark.django_db
def test_province_option_loads_only_that_province(write_file):
    output = load(write_file(country()), province=["24"])

    assert "3 created" in output
    assert set(AdministrativeUnit.objects.values_list("code", flat=True)) == {"24", "07420", "07421"}


@pytest.mark.django_db
def test_province_option_leaves_other_provinces_untouched(write_file):
    load(write_file(country()))
    hanoi_before = list(AdministrativeUnit.objects.filter(code__in=["01", "00004", "00008"]).order_by("pk").values())
    # The newer file renames and drops units in both provinces.
    data = remove_ward(remove_ward(country(), "00008"), "07421")
    data[0]["Wards"][0]["Name"] = "Ba Đình Mới"
    data[1]["Wards"][0]["Name"] = "Đồng Tâm Mới"

    output = load(write_file(data, day=LATER_DAY), province=["24"])

    assert "0 created, 1 updated, 1 closed, 0 reopened, 1 unchanged" in output
    assert unit("07420").name == "Đồng Tâm Mới"
    assert unit("07421").valid_until == LATER_DAY
    hanoi_after = list(AdministrativeUnit.objects.filter(code__in=["01", "00004", "00008"]).order_by("pk").values())
    assert hanoi_after == hanoi_before


@pytest.mark.django_db
def test_province_scope_does_not_close_a_commune_that_moved_out_of_it(write_file):
    load(write_file(country()))
    data = country()
    moving = data[0]["Wards"].pop(1)
    moving["ProvinceCode"] = "24"
    data[1]["Wards"].append(moving)

    # Hà Nội alone: the commune is gone from Hà Nội but still exists (now in
    # Bắc Ninh, which is out of scope), so it must neither close nor move yet.
    output = load(write_file(data, day=LATER_DAY), province=["01"])

    assert "0 closed" in output
    moved = unit("00008")
    assert moved.valid_until is None
    assert moved.parent == unit("01", Level.PROVINCE)


@pytest.mark.django_db
def test_province_merged_away_can_be_closed_by_its_code(write_file):
    """After a merger the old province is only in the database; naming it closes it with its communes."""
    load(write_file(country()))
    bac_ninh_before = list(AdministrativeUnit.objects.filter(code__in=["24", "07420", "07421"]).values())

    output = load(write_file(country()[1:], day=LATER_DAY), province=["01"])

    assert "0 created, 0 updated, 3 closed, 0 reopened, 0 unchanged" in output
    closed = AdministrativeUnit.objects.filter(code__in=["01", "00004", "00008"])
    assert {closed_unit.valid_until for closed_unit in closed} == {LATER_DAY}
    assert list(AdministrativeUnit.objects.filter(code__in=["24", "07420", "07421"]).values()) == bac_ninh_before


@pytest.mark.django_db
def test_old_district_and_its_communes_are_closed_within_their_province(write_file):
    """Units from before the 2025 reform (province → district → commune) close when absent from the file."""
    load(write_file(country()))
    bac_ninh = unit("24", Level.PROVINCE)
    district = AdministrativeUnitFactory(code="213", level=Level.DISTRICT, parent=bac_ninh, valid_from=None)
    old_commune = AdministrativeUnitFactory(commune=True, code="07200", parent=district, valid_from=None)

    load(write_file(country(), day=LATER_DAY), province=["01"])
    assert AdministrativeUnit.objects.filter(valid_until__isnull=False).count() == 0

    output = load(write_file(country(), day=LATER_DAY), province=["24"])

    assert "2 closed" in output
    district.refresh_from_db()
    old_commune.refresh_from_db()
    assert district.valid_until == LATER_DAY
    assert old_commune.valid_until == LATER_DAY


@pytest.mark.django_db
def test_dry_run_reports_and_changes_nothing(write_file):
    load(write_file(country()))
    before = snapshot()
    data = remove_ward(country(), "07421")
    data[0]["Wards"][0]["Name"] = "Ba Đình Mới"
    data[1]["Wards"].append(ward("07500", "Tân Tiến", "24"))

    output = load(write_file(data, day=LATER_DAY), dry_run=True)

    assert "Dry run" in output
    assert "1 created, 1 updated, 1 closed, 0 reopened, 4 unchanged" in output
    assert snapshot() == before


@pytest.mark.django_db
def test_dry_run_on_an_empty_database_creates_nothing(write_file):
    output = load(write_file(country()), dry_run=True)

    assert "6 created" in output
    assert not AdministrativeUnit.objects.exists()


@pytest.mark.django_db
def test_verbose_run_lists_each_change(write_file):
    load(write_file(country()))

    output = load(write_file(remove_ward(country(), "07421"), day=LATER_DAY), verbosity=2)

    assert "closed: commune 07421 Xã Hoà Bình" in output


def _missing_name(data):
    del data[1]["Wards"][0]["Name"]
    return data


def _wards_not_a_list(data):
    data[0]["Wards"] = {"00004": "Ba Đình"}
    return data


def _duplicate_code(data):
    data[1]["Wards"][1]["Code"] = "07420"
    return data


def _province_code_mismatch(data):
    data[1]["Wards"][1]["ProvinceCode"] = "01"
    return data


def _name_too_long(data):
    data[0]["Name"] = "x" * 500
    return data


def _code_not_text(data):
    data[0]["Code"] = 1
    return data


BAD_FILES = {
    "top level is an object": lambda data: {"provinces": data},
    "empty list": lambda data: [],
    "province is not an object": lambda data: [*data, "Hà Giang"],
    "missing name": _missing_name,
    "wards not a list": _wards_not_a_list,
    "duplicate code": _duplicate_code,
    "ProvinceCode disagrees": _province_code_mismatch,
    "name too long": _name_too_long,
    "code not text": _code_not_text,
}


@pytest.mark.django_db
@pytest.mark.parametrize("spoil", BAD_FILES.values(), ids=BAD_FILES.keys())
def test_wrong_shape_is_refused_and_changes_nothing(write_file, spoil):
    load(write_file(country()))
    before = snapshot()
    # The bad file also renames and drops units, which must not happen.
    data = remove_ward(country(), "00004")
    data[1]["Name"] = "Bắc Ninh Mới"
    path = write_file(spoil(data), day=LATER_DAY)

    with pytest.raises(CommandError, match="Nothing was changed"):
        load(path)

    assert snapshot() == before


@pytest.mark.django_db
def test_missing_file_is_refused(tmp_path):
    with pytest.raises(CommandError, match="File not found"):
        load(tmp_path / "nowhere_2026-09-01.json")

    assert not AdministrativeUnit.objects.exists()


@pytest.mark.django_db
def test_invalid_json_is_refused_and_changes_nothing(write_file, tmp_path):
    load(write_file(country()))
    before = snapshot()
    path = tmp_path / "vn_administrative_units_2026-09-01.json"
    path.write_text('[{"Code": "01", ', encoding="utf-8")

    with pytest.raises(CommandError, match="not valid JSON"):
        load(path)

    assert snapshot() == before


@pytest.mark.django_db
def test_unknown_province_code_is_refused_and_changes_nothing(write_file):
    load(write_file(country()))
    before = snapshot()
    data = remove_ward(country(), "07421")

    with pytest.raises(CommandError, match="Unknown province code.*99"):
        load(write_file(data, day=LATER_DAY), province=["24", "99"])

    assert snapshot() == before


@pytest.mark.django_db
def test_bad_as_of_date_is_refused(write_file):
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        load(write_file(country()), as_of="25/07/2026")

    assert not AdministrativeUnit.objects.exists()


@pytest.mark.django_db
def test_closing_before_a_unit_started_is_refused_and_changes_nothing(write_file):
    """An older file loaded after a newer one would close units before they began."""
    load(write_file(country(), day=LATER_DAY))
    before = snapshot()

    with pytest.raises(CommandError, match="Cannot close"):
        load(write_file(remove_ward(country(), "07421"), day=FIRST_DAY))

    assert snapshot() == before


@pytest.mark.django_db
def test_shipped_file_for_bac_ninh():
    output = load(province=["24"])

    assert "100 created" in output
    assert DEFAULT_DATA_FILE.name in output
    bac_ninh = unit("24", Level.PROVINCE)
    assert bac_ninh.name == "Bắc Ninh"
    assert AdministrativeUnit.objects.filter(level=Level.PROVINCE).count() == 1
    assert AdministrativeUnit.objects.filter(level=Level.COMMUNE).count() == 99
    assert bac_ninh.children.count() == 99
    assert set(AdministrativeUnit.objects.values_list("valid_from", flat=True)) == {FIRST_DAY}


@pytest.mark.django_db
def test_shipped_file_loads_the_whole_country_in_few_queries(django_assert_max_num_queries):
    # Bulk writes: batches, not a query per unit (SQLite caps a batch at 999
    # parameters, so about 40 inserts here; PostgreSQL needs fewer).
    with django_assert_max_num_queries(100):
        output = load()

    assert "3355 created" in output
    assert AdministrativeUnit.objects.filter(level=Level.PROVINCE).count() == 34
    assert AdministrativeUnit.objects.filter(level=Level.COMMUNE).count() == 3321
    assert not AdministrativeUnit.objects.filter(level=Level.COMMUNE, parent__isnull=True).exists()
