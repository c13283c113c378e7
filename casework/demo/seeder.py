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
    CaseStep,
    Consent,
    EmergencyAccess,
    ExploitationPurpose,
    IntakeChannel,
    ParticipantRole,
    Person,
    PersonStatus,
    ProtectionMeasure,
    PublicReport,
    Referral,
    ReferralEvent,
    ReporterChoice,
    ReportMessage,
    ReportStatus,
    Route,
    Sex,
    SharingPurpose,
    Stage,
    SupportRecord,
)
from ..referrals import PURPOSE_GROUPS

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
        "username": "hoso.trogiup",
        "password": "safereturn-hoso-trogiup",  # noqa: S105
        "full_name": "Trợ giúp viên pháp lý (tài khoản demo)",
        "role": "casework_partner_staff",
        "agency": "legal_aid",
        "units": ["province"],
        "position": "Trợ giúp viên pháp lý",
        "totp": "NBXXG3ZNORZG6Z3JOVYC2ZDFNVXS22ZB",
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
# The steps that bring a case to each stage (casework.workflow's codes), and who of the demo makes each.
HISTORY = {
    Stage.RECEIVED_BY_COMMUNE: [],
    Stage.INITIAL_VERIFICATION: ["notify"],
    Stage.FURTHER_VERIFICATION: ["notify", "further_verification"],
    Stage.IDENTIFIED: ["notify", "identified_at_once"],
    Stage.NOT_IDENTIFIED: ["notify", "further_verification", "not_identified"],
    Stage.SUPPORT_PLANNED: ["notify", "identified_at_once", "plan_support"],
    Stage.SHELTERED: ["notify", "further_verification", "identified", "plan_support", "admit"],
    Stage.HANDED_OVER: ["notify", "identified_at_once", "plan_support", "hand_over"],
    Stage.REINTEGRATION: ["notify", "identified_at_once", "plan_support", "hand_over", "reintegrate"],
    Stage.CLOSED: ["notify", "identified_at_once", "plan_support", "hand_over", "reintegrate", "close"],
}
STEP_MAKERS = {
    "further_verification": "hoso.tinh",
    "identified_at_once": "hoso.tinh",
    "identified": "hoso.tinh",
    "not_identified": "hoso.tinh",
    "admit": "hoso.baotro",
    "extend_stay": "hoso.baotro",
}
STEP_NOTES = {
    "identified_at_once": "Xác minh cùng cán bộ Công an tỉnh (dữ liệu demo); đã có giấy xác nhận.",
    "further_verification": "Xác minh cùng cán bộ Công an tỉnh (dữ liệu demo); chưa có giấy tờ xác nhận.",
    "not_identified": "Công an tỉnh kết luận không phải nạn nhân (dữ liệu demo).",
    "plan_support": "Nguyện vọng và kế hoạch hỗ trợ (dữ liệu demo).",
    "hand_over": "Bàn giao cho gia đình (dữ liệu demo).",
    "close": "Đã hỗ trợ xong (dữ liệu demo).",
}


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
    ensure_hand_over(run, province, communes, agencies, users)
    ensure_referrals(run, agencies, users)
    ensure_emergency_access(run, communes, users)
    ensure_reports(run, province, communes, users)
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
    agencies["legal_aid"] = _agency(
        run,
        f"Trung tâm Trợ giúp pháp lý nhà nước {province.full_name[0].lower()}{province.full_name[1:]}",
        Agency.Type.LEGAL_AID_CENTRE,
        name_en=f"State legal aid centre, {province.full_name_en or province.full_name}",
        administrative_unit=province,
        valid_from=REFORM_DAY,
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
    first_person = None
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
        full_name = fictional_name(n, sex)
        if n == 1:
            first_person = (full_name, birth, sex)
        elif n == CASE_COUNT and first_person:
            # The first case's person received again, the middle name left out: a likely duplicate pair.
            surname, _middle, rest = first_person[0].split(" ", 2)
            full_name, birth, sex = f"{surname} {rest}", first_person[1], first_person[2]
        person = Person.objects.create(
            full_name=full_name,
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
        write_history(case, n, officers.get(commune_index, users["hoso.tinh"]), users, today)
        write_consents(case, n, officers.get(commune_index, users["hoso.tinh"]), agencies, today)
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


def ensure_hand_over(run, province, communes, agencies, users):
    """
    One hand-over, as the administrator makes it when someone leaves: a
    former commune officer (who can no longer sign in) whose three cases went
    to hoso.xa in one step, with the audit events that step writes.
    """
    from ..staff import move_caseload

    username = "hoso.xa.cu"
    if get_user_model().objects.filter(username=username).exists():
        run.count("caseload hand-overs", created=False)
        return
    leaving = get_user_model()(
        username=username, email=f"{username}@example.invalid", full_name="Đỗ Thị Mẫu Nghỉ Việc", is_active=False
    )
    leaving.set_unusable_password()
    leaving.save()
    membership = Membership.objects.create(
        user=leaving,
        agency=agencies["commune:0"],
        position="Công chức văn hóa - xã hội (đã nghỉ việc)",
        role="casework_commune_officer",
        is_primary=True,
        valid_from=REFORM_DAY,
    )
    membership.administrative_units.set([communes[0]])
    cases = Case.objects.filter(commune=communes[0]).order_by("received_on", "number")[:3]
    CaseAssignment.objects.bulk_create(
        [CaseAssignment(case=case, user=leaving, assigned_by_id=users["hoso.dieuphoi"].pk) for case in cases]
    )
    last_day = REFORM_DAY + datetime.timedelta(days=90)
    move_caseload(membership, users["hoso.xa"], {province.pk}, users["hoso.quantri"], last_day)
    run.count("caseload hand-overs", created=True)


# The demo's referrals, one in each state, on cases whose person consented to share with the shelter (in the
# order they were received); one to the legal aid centre, accepted, on the person's consent to it; and a
# transfer, for reintegration, from the first commune to the second (the person's home) waiting for its answer.
REFERRAL_STATES = [
    (Referral.State.PENDING, ""),
    (Referral.State.ACCEPTED, ""),
    (Referral.State.DECLINED, "Cơ sở đã hết chỗ trong tháng này (dữ liệu demo)."),
    (Referral.State.CANCELLED, "Người đó đổi ý, muốn về gia đình ngay (dữ liệu demo)."),
    (Referral.State.ENDED, "Đã hoàn thành thời gian lưu trú (dữ liệu demo)."),
]
STEP_OF_STATE = {
    Referral.State.ACCEPTED: "accept",
    Referral.State.DECLINED: "decline",
    Referral.State.CANCELLED: "cancel",
    Referral.State.ENDED: "end",
}


def ensure_referrals(run, agencies, users):
    if Referral.objects.exists():
        run.count("referrals", created=False)
        return
    consents = list(
        Consent.objects.in_force()
        .filter(recipient=agencies["facility"], purpose=SharingPurpose.SHELTER)
        .exclude(case__stage=Stage.CLOSED)
        .select_related("case")
        .order_by("case__received_on", "case__number")
    )
    sender = {agencies["commune:0"].pk: users["hoso.xa"], agencies["commune:1"].pk: users["hoso.xa2"]}
    for (state, reason), consent in zip(REFERRAL_STATES, consents, strict=False):
        case = consent.case
        from_agency = case.receiving_agency
        referral = _demo_referral(
            case,
            from_agency,
            agencies["facility"],
            SharingPurpose.SHELTER,
            consent,
            sender.get(from_agency.pk, users["hoso.tinh"]),
        )
        _demo_answer(referral, state, reason, users["hoso.baotro"], sender.get(from_agency.pk, users["hoso.tinh"]))
    # Legal aid, accepted: hoso.trogiup reads this one case, its identity and trafficking facts only.
    if len(consents) > len(REFERRAL_STATES):
        case = consents[len(REFERRAL_STATES)].case
        legal = Consent.objects.create(
            case=case,
            purpose=SharingPurpose.LEGAL_AID,
            recipient=agencies["legal_aid"],
            field_groups=["identity", "trafficking"],
            given_on=timezone.localdate() - datetime.timedelta(days=7),
            expires_on=timezone.localdate() + datetime.timedelta(days=180),
            note="Người đó muốn được tư vấn pháp lý để yêu cầu bồi thường (dữ liệu demo).",
        )
        referral = _demo_referral(
            case, case.receiving_agency, agencies["legal_aid"], SharingPurpose.LEGAL_AID, legal, users["hoso.tinh"]
        )
        _demo_answer(referral, Referral.State.ACCEPTED, "", users["hoso.trogiup"], None)
    # A transfer from the first commune to the second (the person's home), waiting for hoso.xa2.
    case = (
        Case.objects.filter(commune=agencies["commune:0"].administrative_unit, stage=Stage.REINTEGRATION)
        .order_by("received_on", "number")
        .first()
    )
    if case is not None:
        home = agencies["commune:1"]
        given = Consent.objects.create(
            case=case,
            purpose=SharingPurpose.REINTEGRATION,
            recipient=home,
            field_groups=["identity", "contact", "support", "protection"],
            given_on=timezone.localdate() - datetime.timedelta(days=3),
            expires_on=timezone.localdate() + datetime.timedelta(days=365),
        )
        referral = _demo_referral(
            case,
            agencies["commune:0"],
            home,
            SharingPurpose.REINTEGRATION,
            given,
            users["hoso.xa"],
            kind=Referral.Kind.TRANSFER,
        )
    run.count("referrals", created=True)


def ensure_emergency_access(run, communes, users):
    """One emergency access, ended: the second commune's officer opened a case of the first, one night."""
    if EmergencyAccess.objects.exists():
        run.count("emergency accesses", created=False)
        return
    case = Case.objects.filter(commune=communes[0]).order_by("received_on", "number").last()
    opened = timezone.now() - datetime.timedelta(days=2, hours=5)
    EmergencyAccess.objects.create(
        case=case,
        user=users["hoso.xa2"],
        reason="Người đó đến trụ sở xã lúc nửa đêm, cần biết đã được hỗ trợ những gì (dữ liệu demo).",
        opened_at=opened,
        expires_at=opened + datetime.timedelta(hours=4),
    )
    run.count("emergency accesses", created=True)


def _demo_referral(case, from_agency, to_agency, purpose, consent, sender, kind=Referral.Kind.REFERRAL):
    referral = Referral.objects.create(
        case=case,
        kind=kind,
        from_agency=from_agency,
        to_agency=to_agency,
        purpose=purpose,
        consent=consent,
        field_groups=sorted(set(consent.field_groups) & PURPOSE_GROUPS[purpose]),
        message="Đề nghị phối hợp hỗ trợ (dữ liệu demo).",
        from_commune_id=case.commune_id if kind == Referral.Kind.TRANSFER else None,
        sent_by_id=sender.pk,
        sent_at=timezone.now() - datetime.timedelta(days=10),
    )
    ReferralEvent.objects.create(
        referral=referral, step="send", made_by_id=sender.pk, agency=from_agency, made_at=referral.sent_at
    )
    return referral


def _demo_answer(referral, state, reason, receiver, sender):
    """Bring a demo referral to `state`, with the events that take it there."""
    if state == Referral.State.PENDING:
        return
    day = referral.sent_at + datetime.timedelta(days=1)
    if state in (Referral.State.ACCEPTED, Referral.State.ENDED):
        ReferralEvent.objects.create(
            referral=referral, step="accept", made_by_id=receiver.pk, agency=referral.to_agency, made_at=day
        )
    if state == Referral.State.ENDED:
        ReferralEvent.objects.create(
            referral=referral,
            step="end",
            made_by_id=receiver.pk,
            agency=referral.to_agency,
            reason=reason,
            made_at=day + datetime.timedelta(days=5),
        )
    elif state != Referral.State.ACCEPTED:
        by, agency = (
            (sender, referral.from_agency) if state == Referral.State.CANCELLED else (receiver, referral.to_agency)
        )
        ReferralEvent.objects.create(
            referral=referral, step=STEP_OF_STATE[state], made_by_id=by.pk, agency=agency, reason=reason, made_at=day
        )
    Referral.objects.filter(pk=referral.pk).update(state=state)


def write_history(case, n, officer, users, today):
    """
    The steps that brought `case` to its stage, a few days apart from its
    reception (never after today), and its running time limit: older cases
    still in verification or in a shelter are overdue, as on a real caseload.
    """
    from .. import workflow

    day = case.received_on
    stage = Stage.RECEIVED_BY_COMMUNE
    codes = list(HISTORY[case.stage])
    if case.stage == Stage.SHELTERED and n % 20 == 5:  # every other sheltered case (n = 5, 25, 45)
        codes.append("extend_stay")
    for index, code in enumerate(codes):
        transition = workflow.BY_CODE[code]
        day = min(day + datetime.timedelta(days=1 + (n + index) % 3), today)
        until = day + datetime.timedelta(days=60) if transition.needs_until else None
        CaseStep.objects.create(
            case=case,
            transition=code,
            from_stage=stage,
            to_stage=transition.target,
            made_on=day,
            made_by_id=users.get(STEP_MAKERS.get(code), officer).pk,
            decision_number=f"{n}{index}/QĐ-DEMO" if transition.needs_decision else "",
            decision_date=day if transition.needs_decision else None,
            until=until,
            note=STEP_NOTES.get(code, ""),
        )
        stage = transition.target
    Case.objects.filter(pk=case.pk).update(
        stage_since=day if codes else case.received_on, due_on=workflow.current_deadline(case).due_on
    )
    write_support(case, n, officer, day)


def write_support(case, n, officer, day):
    """Support given on cases past verification (within what Art. 37 opens), and protection on some."""
    from .. import entitlements

    if case.stage in (Stage.RECEIVED_BY_COMMUNE, Stage.NOT_IDENTIFIED):
        return
    case.person_status = Case.objects.values_list("person_status", flat=True).get(pk=case.pk)
    offered = entitlements.allowed(case)
    for index, entitlement in enumerate(offered[: 1 + n % 3]):
        SupportRecord.objects.create(
            case=case,
            entitlement=entitlement,
            status=SupportRecord.Status.GRANTED,
            decision_number=f"{n}{index}/QĐ-SYT-DEMO",
            decision_date=day,
            amount=1_500_000 if entitlement == entitlements.Entitlement.ESSENTIAL_NEEDS else None,
            recorded_by_id=officer.pk,
        )
    if n % 4 == 0:
        refused = n % 8 == 0
        ProtectionMeasure.objects.create(
            case=case,
            measure=ProtectionMeasure.Measure.CONFIDENTIALITY if not refused else ProtectionMeasure.Measure.GUARD,
            status=ProtectionMeasure.Status.REFUSED if refused else ProtectionMeasure.Status.ACTIVE,
            decision_number="" if refused else f"{n}/QĐ-BV-DEMO",
            decision_date=None if refused else day,
            commitment="Tự giữ liên lạc với cán bộ xã, báo ngay khi bị đe dọa (dữ liệu demo)." if refused else "",
            recorded_by_id=officer.pk,
        )


def write_consents(case, n, officer, agencies, today):
    """
    The person's consent to share with the shelter on every third case: in force on most (until half a year or so
    from today), withdrawn on one in four of those (n = 9, 21, ...) and expired after a month on the case
    received first among them (n = 3).
    """
    if n % 3:
        return
    given = case.received_on + datetime.timedelta(days=1)
    withdrawn = n % 12 == 9
    expired = n == 3
    Consent.objects.create(
        case=case,
        purpose=SharingPurpose.SHELTER,
        recipient=agencies["facility"],
        field_groups=["identity", "health", "support"],
        given_on=given,
        expires_on=given + datetime.timedelta(days=30) if expired else today + datetime.timedelta(days=180 + n),
        withdrawn_on=min(given + datetime.timedelta(days=20), today) if withdrawn else None,
        note="Người đó đồng ý sau khi được giải thích (dữ liệu demo)." + (" Đã rút lại." if withdrawn else ""),
        recorded_by_id=officer.pk,
        withdrawn_by_id=officer.pk if withdrawn else None,
    )


# Five reports from the public in the triage queue: one urgent, one linked to a case, one dismissed, one that
# names no place (the coordinators'), one with a question and its answer. Their follow-up codes are fixed and
# published here (development only), so that the demo's follow-up page can be tried; they are looked up by
# code, so running the demo again adds nothing.
REPORTS = [
    {
        "code": "DEM0-0000-0000-0001",
        "commune": 0,
        "urgent": True,
        "choice": ReporterChoice.ANONYMOUS,
        "text": "Nhân vật hư cấu (dữ liệu demo): em gái hàng xóm nhắn tin cầu cứu, nói đang bị nhốt ở một khu nhà "
        "gần biên giới và bị giữ điện thoại.",
    },
    {
        "code": "DEM0-0000-0000-0002",
        "commune": 1,
        "choice": ReporterChoice.CONFIDENTIAL,
        "name": "Trần Thị Mẫu Người Báo",
        "text": "Nhân vật hư cấu (dữ liệu demo): một người lạ hứa việc làm lương cao ở nước ngoài cho nhiều thanh "
        "niên trong thôn, yêu cầu nộp hộ chiếu trước.",
        "question": "Người đó thường gặp các bạn trẻ ở đâu và vào lúc nào?",
        "answer": "Ở quán nước đầu thôn, buổi tối (dữ liệu demo).",
    },
    {
        "code": "DEM0-0000-0000-0003",
        "commune": None,
        "choice": ReporterChoice.ANONYMOUS,
        "text": "Nhân vật hư cấu (dữ liệu demo): người thân đi làm ở nước ngoài đã ba tháng không liên lạc được.",
    },
    {
        "code": "DEM0-0000-0000-0004",
        "commune": 0,
        "choice": ReporterChoice.CONTACT,
        "name": "Lê Văn Mẫu Liên Lạc",
        "contact": "Nhắn qua trưởng thôn (dữ liệu demo)",
        "text": "Nhân vật hư cấu (dữ liệu demo): cô gái trong xóm đã trở về, cần được hỗ trợ.",
        "status": ReportStatus.LINKED,
    },
    {
        "code": "DEM0-0000-0000-0005",
        "commune": 1,
        "choice": ReporterChoice.ANONYMOUS,
        "text": "Nhân vật hư cấu (dữ liệu demo): quảng cáo tuyển dụng trên mạng có vẻ đáng ngờ.",
        "status": ReportStatus.DISMISSED,
        "reason": "Tin tuyển dụng đã được kiểm tra, là doanh nghiệp có giấy phép (dữ liệu demo).",
    },
]


def ensure_reports(run, province, communes, users):
    from .. import public_reports

    coordinator = users["hoso.dieuphoi"]
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    for index, spec in enumerate(REPORTS):
        digests = [value for _key, value in public_reports.code_digests(public_reports.normalise_code(spec["code"]))]
        if PublicReport.objects.filter(code_digest__in=digests).exists():
            run.count("reports from the public", created=False)
            continue
        key_id, digest = public_reports.code_digests(public_reports.normalise_code(spec["code"]))[0]
        commune = communes[spec["commune"]] if spec["commune"] is not None else None
        status = spec.get("status", ReportStatus.NEW)
        report = PublicReport(
            received_at=now - datetime.timedelta(hours=3 * index + 1),
            reporter_choice=spec["choice"],
            urgent=spec.get("urgent", False),
            province=province if commune is not None else None,
            commune=commune,
            text=spec["text"],
            reporter_name=spec.get("name", ""),
            reporter_contact=spec.get("contact", ""),
            code_digest=digest,
            code_key_id=key_id,
            status=status,
            dismissal_reason=spec.get("reason", ""),
        )
        if status != ReportStatus.NEW:
            report.closed_at = now
            report.triaged_by_id = coordinator.pk
        if status == ReportStatus.LINKED:
            report.case = Case.objects.filter(commune=commune).order_by("received_on", "number").first()
        report.save()
        if spec.get("question"):
            ReportMessage.add(report, ReportMessage.Direction.QUESTION, spec["question"], author_id=coordinator.pk)
            ReportMessage.add(report, ReportMessage.Direction.ANSWER, spec["answer"])
        run.count("reports from the public", created=True)
