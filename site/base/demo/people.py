"""
The project package's own demo: the languages, the province and its
communes, the provincial agencies and the demo accounts that every app's
demo builds on (see __init__.py).
"""

import base64
from io import StringIO

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command, get_commands
from wagtail.models import Locale

from safereturn.organisation.models import AdministrativeUnit, Agency

from . import reference

LANGUAGES = ("vi", "en")


def seed(run):
    locales = ensure_locales(run)
    province, commune = ensure_administrative_units(run)
    agencies = ensure_agencies(run, province, commune)
    users = ensure_users(run, {"province": province, "commune": commune or province}, agencies)
    run.shared.update(locales=locales, province=province, commune=commune, agencies=agencies, users=users)
    # Printed on purpose: development-only accounts, and the command refuses to run outside DEBUG unless forced.
    for spec in reference.USERS:
        factor = f", authenticator key {spec['totp']}" if spec["totp"] else ""
        run.notes.append(f"Sign in as {spec['username']} / {spec['password']}{factor} ({spec['position']})")
    if run.existing["users"]:
        run.notes.append("Accounts that already existed were left unchanged, passwords included.")


def ensure_locales(run):
    locales = {}
    for code in LANGUAGES:
        locales[code], created = Locale.objects.get_or_create(language_code=code)
        run.count("locales", created)
    return locales


def ensure_administrative_units(run):
    if "load_administrative_units" in get_commands():
        # The loader reports what it did; keep its one-line summary for ours instead of printing it mid-run.
        output = StringIO()
        call_command("load_administrative_units", province=[reference.PROVINCE_CODE], verbosity=0, stdout=output)
        run.notes.extend(line.strip() for line in output.getvalue().splitlines() if line.strip())
    else:
        run.warnings.append(
            "The load_administrative_units command is not available: loaded a placeholder province "
            f"{reference.PROVINCE_CODE} only, and no communes."
        )
    province, created = AdministrativeUnit.objects.get_or_create(
        level=AdministrativeUnit.Level.PROVINCE, code=reference.PROVINCE_CODE, defaults=reference.FALLBACK_PROVINCE
    )
    if created:
        run.count("placeholder provinces", created)
    communes = AdministrativeUnit.objects.filter(level=AdministrativeUnit.Level.COMMUNE, parent=province)
    commune = communes.filter(code=reference.PREFERRED_COMMUNE_CODE).first() or communes.order_by("code").first()
    return province, commune


def ensure_agencies(run, province, commune):
    agencies = {}
    for key, name, name_en, agency_type, valid_from, valid_until, parent_key in reference.PROVINCIAL_AGENCIES:
        agencies[key] = _agency(
            run,
            name,
            agency_type,
            name_en=name_en,
            administrative_unit=province,
            valid_from=valid_from,
            valid_until=valid_until,
            parent=agencies.get(parent_key),
        )
    if commune is None:
        run.warnings.append("No commune of the province is loaded: skipped the commune People's Committee.")
        return agencies
    agencies["commune"] = _agency(
        run,
        f"Ủy ban nhân dân {commune.full_name[0].lower()}{commune.full_name[1:]}",
        Agency.Type.COMMUNE_COMMITTEE,
        name_en=f"People's Committee of {commune.full_name_en or commune.full_name}",
        administrative_unit=commune,
        valid_from=reference.REFORM_DAY,
    )
    return agencies


def _agency(run, name, agency_type, **defaults):
    agency, created = Agency.objects.get_or_create(name=name, agency_type=agency_type, defaults=defaults)
    run.count("agencies", created)
    return agency


def ensure_agency_codes(agencies):
    """The demo agencies' short codes (account imports name agencies by them); a code already set stays."""
    for key, agency in agencies.items():
        code = reference.AGENCY_CODES.get(key)
        if code and not agency.code and not Agency.objects.filter(code=code).exists():
            agency.code = code
            agency.save(update_fields=["code"])


def ensure_users(run, units, agencies):
    """The demo people, each with a current post and, when they can reach the admin, an authenticator app."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from safereturn.accounts.models import Membership

    ensure_agency_codes(agencies)
    users = {}
    user_model = get_user_model()
    for spec in reference.USERS:
        user = user_model.objects.filter(username=spec["username"]).first()
        if user is not None:
            # Never touch an account that exists: someone may have changed its password.
            users[spec["username"]] = user
            run.count("users", created=False)
            continue
        user = user_model(
            username=spec["username"],
            email=spec["email"],
            full_name=spec["full_name"],
            is_staff=spec["superuser"],
            is_superuser=spec["superuser"],
        )
        user.set_password(spec["password"])
        user.save()
        if spec["group"]:
            user.groups.add(_group(run, spec["group"]))
        agency = agencies.get(spec["agency"]) or agencies.get("health")
        if agency is not None:
            membership = Membership.objects.create(
                user=user,
                agency=agency,
                position=spec["position"],
                role="official",
                is_primary=True,
                valid_from=reference.REFORM_DAY,
            )
            membership.administrative_units.add(units[spec["unit"]])
        if spec["totp"]:
            key = base64.b32decode(spec["totp"]).hex()
            TOTPDevice.objects.create(user=user, name="Demo authenticator", key=key, confirmed=True)
        users[spec["username"]] = user
        run.count("users", created=True)
    return users


def _group(run, name):
    group, created = Group.objects.get_or_create(name=name)
    if created:
        permissions = reference.GROUPS.get(name)
        if permissions is None:
            run.warnings.append(f"Wagtail's {name!r} group was missing and has been created without permissions.")
        for label in permissions or []:
            app_label, codename = label.split(".")
            group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    return group
