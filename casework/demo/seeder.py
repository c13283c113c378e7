"""Casework's demo content (see __init__.py)."""

import base64
import datetime
import random

from django.contrib.auth import get_user_model
from django.utils import timezone

from safereturn.accounts.models import Membership
from safereturn.organisation.models import AdministrativeUnit, Agency

from ..models import (
    Case,
    CaseAssignment,
    CaseParticipant,
    ExploitationPurpose,
    IntakeChannel,
    ParticipantRole,
    Person,
    PersonStatus,
    Route,
    Sex,
    Stage,
)

REFORM_DAY = datetime.date(2025, 7, 1)
COMMUNE_COUNT = 6
CASE_COUNT = 60
SEED = 20250701

# Development-only accounts, one per casework role (and a second commune
# officer, in another commune). README's table of accounts lists them; the
# command refuses to run outside DEBUG unless forced, and never changes an
# account that exists. Authenticator keys are base32, as typed into an app.
USERS = [
    {
        "username": "hoso.xa",
        "password": "safereturn-hoso-xa",  # noqa: S105  (development only)
        "full_name": "Cán bộ tiếp nhận xã (tài khoản demo)",
        "role": "casework_commune_officer",
        "agency": "commune:0",
        "units": ["commune:0"],
        "position": "Công chức văn hóa - xã hội",
        "totp": "NBXXG3ZNPBQS2ZDFNVXS223FPEWTAMBQ",
    },
    {
        "username": "hoso.xa2",
        "password": "safereturn-hoso-xa2",  # noqa: S105
        "full_name": "Cán bộ tiếp nhận xã khác (tài khoản demo)",
        "role": "casework_commune_officer",
        "agency": "commune:1",
        "units": ["commune:1"],
        "position": "Công chức văn hóa - xã hội",
        "totp": "NBXXG3ZNPBQTELLEMVWW6LLLMV4S2MBQ",
    },
    {
        "username": "hoso.tinh",
        "password": "safereturn-hoso-tinh",  # noqa: S105
        "full_name": "Cán bộ hồ sơ Sở Y tế (tài khoản demo)",
        "role": "casework_provincial_officer",
        "agency": "health",
        "units": ["province"],
        "position": "Chuyên viên phòng, chống tệ nạn xã hội",
        "totp": "NBXXG3ZNORUW42BNMRSW23ZNNNSXSLJQ",
    },
    {
        "username": "hoso.congan",
        "password": "safereturn-hoso-congan",  # noqa: S105
        "full_name": "Cán bộ xác minh công an tỉnh (tài khoản demo)",
        "role": "casework_police_verifier",
        "agency": "police",
        "units": ["province"],
        "position": "Cán bộ xác minh",
        "totp": "NBXXG3ZNMNXW4Z3BNYWWIZLNN4WWWZLZ",
    },
    {
        "username": "hoso.baotro",
        "password": "safereturn-hoso-baotro",  # noqa: S105
        "full_name": "Nhân viên cơ sở trợ giúp xã hội (tài khoản demo)",
        "role": "casework_shelter_staff",
        "agency": "facility",
        "units": ["province"],
        "position": "Nhân viên công tác xã hội",
        "totp": "NBXXG3ZNMJQW65DSN4WWIZLNN4WWWZLZ",
    },
    {
        "username": "hoso.dieuphoi",
        "password": "safereturn-hoso-dieuphoi",  # noqa: S105
        "full_name": "Điều phối viên Sở Y tế (tài khoản demo)",
        "role": "casework_coordinator",
        "agency": "health",
        "units": ["province"],
        "position": "Điều phối viên",
        "totp": "NBXXG3ZNMRUWK5LQNBXWSLLEMVWW6LLL",
    },
    {
        "username": "hoso.kiemtoan",
        "password": "safereturn-hoso-kiemtoan",  # noqa: S105
        "full_name": "Kiểm tra viên nhật ký (tài khoản demo)",
        "role": "casework_auditor",
        "agency": "health",
        "units": ["province"],
        "position": "Thanh tra viên",
        "totp": "NBXXG3ZNNNUWK3LUN5QW4LLEMVWW6LLL",
    },
    {
        "username": "hoso.quantri",
        "password": "safereturn-hoso-quantri",  # noqa: S105
        "full_name": "Quản trị hồ sơ (tài khoản demo)",
        "role": "casework_administrator",
        "agency": "health",
        "units": ["province"],
        "position": "Quản trị hệ thống hồ sơ",
        "totp": "NBXXG3ZNOF2WC3TUOJUS2ZDFNVXS223F",
    },
]

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"]
UNITS = ["", "Một", "Hai", "Ba", "Bốn", "Năm", "Sáu", "Bảy", "Tám", "Chín"]
TENS = ["", "Mười", "Hai Mươi", "Ba Mươi", "Bốn Mươi", "Năm Mươi", "Sáu Mươi", "Bảy Mươi", "Tám Mươi", "Chín Mươi"]
DESTINATIONS = ["Campuchia", "Lào", "Trung Quốc", "Myanmar", ""]
ETHNICITIES = ["Kinh", "Kinh", "Kinh", "Tày", "Nùng", "Sán Dìu"]
STAGES = [
    Stage.RECEIVED_BY_COMMUNE,
    Stage.INITIAL_VERIFICATION,
    Stage.FURTHER_VERIFICATION,
    Stage.IDENTIFIED,
    Stage.SUPPORT_PLANNED,
    Stage.SHELTERED,
    Stage.HANDED_OVER,
    Stage.REINTEGRATION,
    Stage.CLOSED,
    Stage.NOT_IDENTIFIED,
]
STAFF_WORKING_POSTS = ("casework_police_verifier", "casework_shelter_staff")


def number_words(n):
    """Vietnamese words for 1..99, for obviously fictional names: 21 → "Hai Mươi Mốt"."""
    tens, units = divmod(n, 10)
    if tens == 0:
        return UNITS[units]
    unit = {1: "Mốt" if tens > 1 else "Một", 5: "Lăm"}.get(units, UNITS[units])
    return f"{TENS[tens]} {unit}".strip()


def fictional_name(n, sex):
    middle = "Thị" if sex == Sex.FEMALE else "Văn"
    return f"{SURNAMES[n % len(SURNAMES)]} {middle} Mẫu {number_words(n)}"


def demo_number(rng):
    from ..models.cases import NUMBER_ALPHABET, NUMBER_LENGTH

    return "".join(rng.choice(NUMBER_ALPHABET) for _ in range(NUMBER_LENGTH))


def seed(run):
    province = run.shared.get("province")
    if province is None:
        run.warnings.append("Casework demo skipped: the shared demo made no province.")
        return
    communes = list(
        AdministrativeUnit.objects.current()
        .filter(level=AdministrativeUnit.Level.COMMUNE, parent=province)
        .order_by("code")[:COMMUNE_COUNT]
    )
    if len(communes) < 2:
        run.warnings.append("Casework demo skipped: it needs the province's communes (load_administrative_units).")
        return
    agencies = ensure_agencies(run, province, communes)
    users = ensure_users(run, province, communes, agencies)
    ensure_cases(run, communes, agencies, users)
    run.shared["casework_users"] = users
    for spec in USERS:
        run.notes.append(
            f"Casework: sign in as {spec['username']} / {spec['password']}, authenticator key {spec['totp']}"
        )


def _agency(run, name, agency_type, **defaults):
    agency, created = Agency.objects.get_or_create(name=name, agency_type=agency_type, defaults=defaults)
    run.count("agencies", created)
    return agency


def ensure_agencies(run, province, communes):
    shared = run.shared.get("agencies", {})
    agencies = {
        "health": shared.get("health")
        or _agency(
            run,
            f"Sở Y tế {province.full_name[0].lower()}{province.full_name[1:]}",
            Agency.Type.PROVINCIAL_HEALTH,
            administrative_unit=province,
            valid_from=REFORM_DAY,
        ),
        "police": shared.get("police")
        or _agency(
            run,
            f"Công an {province.full_name[0].lower()}{province.full_name[1:]}",
            Agency.Type.POLICE,
            administrative_unit=province,
            valid_from=REFORM_DAY,
        ),
    }
    # The generic legal term only: no exact facility name is invented.
    agencies["facility"] = shared.get("shelter") or _agency(
        run,
        f"Cơ sở trợ giúp xã hội {province.full_name[0].lower()}{province.full_name[1:]}",
        Agency.Type.SOCIAL_ASSISTANCE_FACILITY,
        name_en=f"Social assistance facility, {province.full_name_en or province.full_name}",
        administrative_unit=province,
        valid_from=REFORM_DAY,
        parent=agencies["health"],
    )
    for index, commune in enumerate(communes):
        agencies[f"commune:{index}"] = _agency(
            run,
            f"Ủy ban nhân dân {commune.full_name[0].lower()}{commune.full_name[1:]}",
            Agency.Type.COMMUNE_COMMITTEE,
            name_en=f"People's Committee of {commune.full_name_en or commune.full_name}",
            administrative_unit=commune,
            valid_from=REFORM_DAY,
        )
    return agencies


def ensure_users(run, province, communes, agencies):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    places = {"province": province, **{f"commune:{index}": commune for index, commune in enumerate(communes)}}
    users = {}
    for spec in USERS:
        user = get_user_model().objects.filter(username=spec["username"]).first()
        if user is not None:
            users[spec["username"]] = user
            run.count("casework accounts", created=False)
            continue
        user = get_user_model()(
            username=spec["username"], email=f"{spec['username']}@example.invalid", full_name=spec["full_name"]
        )
        user.set_password(spec["password"])
        user.save()
        membership = Membership.objects.create(
            user=user,
            agency=agencies[spec["agency"]],
            position=spec["position"],
            role=spec["role"],
            is_primary=True,
            valid_from=REFORM_DAY,
        )
        membership.administrative_units.set([places[key] for key in spec["units"]])
        user.sync_profile()
        key = base64.b32decode(spec["totp"]).hex()
        TOTPDevice.objects.create(user=user, name="Demo authenticator", key=key, confirmed=True)
        users[spec["username"]] = user
        run.count("casework accounts", created=True)
    return users


def ensure_cases(run, communes, agencies, users):
    rng = random.Random(SEED)  # noqa: S311  (fictional demo data, the same on every run)
    today = timezone.localdate()
    span = max((today - REFORM_DAY).days, 1)
    officers = {0: users["hoso.xa"], 1: users["hoso.xa2"]}
    for n in range(1, CASE_COUNT + 1):
        number = demo_number(rng)
        sex = Sex.FEMALE if rng.random() < 0.8 else Sex.MALE
        commune_index = (n - 1) % len(communes)
        stage = STAGES[(n * 7) % len(STAGES)]
        channel = list(IntakeChannel)[n % len(IntakeChannel)]
        received = REFORM_DAY + datetime.timedelta(days=(n * span) // (CASE_COUNT + 1))
        birth = datetime.date(1975 + rng.randrange(30), 1 + rng.randrange(12), 1 + rng.randrange(28))
        destination = rng.choice(DESTINATIONS)
        purpose = rng.choice(
            [
                ExploitationPurpose.FORCED_LABOUR,
                ExploitationPurpose.SEXUAL_EXPLOITATION,
                ExploitationPurpose.OTHER_INHUMANE,
                ExploitationPurpose.UNKNOWN,
            ]
        )
        if Case.objects.filter(number=number).exists():
            run.count("cases", created=False)
            continue
        person = Person.objects.create(
            full_name=fictional_name(n, sex),
            birth_date=birth,
            sex=sex,
            ethnicity=rng.choice(ETHNICITIES),
            nationality="Việt Nam",
            health_notes="Nhân vật hư cấu (dữ liệu demo). Đã khám sức khỏe ban đầu." if n % 3 == 0 else "",
        )
        status = {
            Stage.IDENTIFIED: PersonStatus.VICTIM,
            Stage.SUPPORT_PLANNED: PersonStatus.VICTIM,
            Stage.SHELTERED: PersonStatus.VICTIM,
            Stage.HANDED_OVER: PersonStatus.VICTIM,
            Stage.REINTEGRATION: PersonStatus.VICTIM,
            Stage.NOT_IDENTIFIED: PersonStatus.NOT_IDENTIFIED,
        }.get(stage, PersonStatus.IN_IDENTIFICATION)
        case = Case.objects.create(
            number=number,
            intake_channel=channel,
            stage=stage,
            person=person,
            person_status=status,
            commune=communes[commune_index],
            receiving_agency=agencies[f"commune:{commune_index}"],
            received_on=received,
            exploitation_purpose=purpose,
            route=Route.CROSS_BORDER if destination else Route.DOMESTIC,
            destination_country=destination,
            circumstances="Nhân vật hư cấu (dữ liệu demo): được hứa việc làm lương cao, bị giữ giấy tờ.",
            support_wishes="Muốn về gia đình." if n % 2 else "Muốn ở lại cơ sở trợ giúp xã hội một thời gian.",
            created_by_id=officers.get(commune_index, users["hoso.tinh"]).pk,
        )
        run.count("cases", created=True)
        assignees = [officers.get(commune_index, users["hoso.tinh"])]
        if stage in (Stage.INITIAL_VERIFICATION, Stage.FURTHER_VERIFICATION) or n % 9 == 0:
            assignees.append(users["hoso.congan"])
        if stage in (Stage.SHELTERED, Stage.SUPPORT_PLANNED):
            assignees.append(users["hoso.baotro"])
        CaseAssignment.objects.bulk_create(
            [CaseAssignment(case=case, user=user, assigned_by_id=users["hoso.dieuphoi"].pk) for user in assignees]
        )
        if n % 5 == 0:
            child = Person.objects.create(
                full_name=f"{SURNAMES[n % len(SURNAMES)]} Văn Mẫu Con {number_words(n)}",
                birth_date=datetime.date(2012 + rng.randrange(6), 1 + rng.randrange(12), 1 + rng.randrange(28)),
                sex=Sex.MALE,
            )
            CaseParticipant.objects.create(
                case=case, person=child, role=ParticipantRole.ACCOMPANYING_MINOR, relationship="Con"
            )
        if n % 4 == 0:
            relative = Person.objects.create(full_name=f"Lê Thị Mẫu Người Thân {number_words(n)}", sex=Sex.FEMALE)
            CaseParticipant.objects.create(
                case=case, person=relative, role=ParticipantRole.RELATIVE, relationship="Mẹ"
            )
