"""
The province, its agencies and the demo accounts.

The agencies are the real public bodies of the province (their names are
public; no person is named). The Bắc Giang labour department is included as
a closed, historic record because cases opened before the 2025 reform still
point at it.
"""

import datetime

from safereturn.organisation.models import Agency

PROVINCE_CODE = "24"  # Bắc Ninh since the 2025 merger (official GSO code)
# The ward that hosts the provincial centre; any commune of the province would do.
PREFERRED_COMMUNE_CODE = "07210"

# Used only when `load_administrative_units` is unavailable, so agencies have a place to belong to.
FALLBACK_PROVINCE = {
    "name": "Bắc Ninh",
    "name_en": "Bac Ninh",
    "full_name": "Tỉnh Bắc Ninh",
    "full_name_en": "Bac Ninh Province",
    "code_name": "bac_ninh",
    "source": "seed_demo (placeholder until load_administrative_units runs)",
}

REFORM_DAY = datetime.date(2025, 7, 1)

# (key, name, name_en, type, valid_from, valid_until, parent key)
PROVINCIAL_AGENCIES = [
    (
        "health",
        "Sở Y tế tỉnh Bắc Ninh",
        "Bac Ninh Department of Health",
        Agency.Type.PROVINCIAL_HEALTH,
        REFORM_DAY,
        None,
        None,
    ),
    (
        "police",
        "Công an tỉnh Bắc Ninh",
        "Bac Ninh Provincial Police",
        Agency.Type.POLICE,
        REFORM_DAY,
        None,
        None,
    ),
    (
        "labour_bac_giang",
        "Sở Lao động – Thương binh và Xã hội tỉnh Bắc Giang",
        "Bac Giang Department of Labour, Invalids and Social Affairs",
        Agency.Type.PROVINCIAL_LABOUR,
        None,
        datetime.date(2025, 3, 1),
        None,
    ),
    (
        "shelter",
        "Cơ sở Bảo trợ xã hội tổng hợp tỉnh Bắc Ninh",
        "Bac Ninh General Social Protection Centre",
        Agency.Type.SOCIAL_ASSISTANCE_FACILITY,
        REFORM_DAY,
        None,
        "health",
    ),
]

# Development-only accounts. The command refuses to run outside DEBUG unless
# forced, and never resets the password of an account that already exists.
USERS = [
    {
        "username": "admin",
        "password": "safereturn-admin",  # noqa: S105  (development only, printed by the command)
        "email": "admin@example.invalid",
        "full_name": "Quản trị hệ thống (tài khoản demo)",
        "position": "Quản trị hệ thống",
        "superuser": True,
        "group": None,
    },
    {
        "username": "editor",
        "password": "safereturn-editor",  # noqa: S105  (development only, printed by the command)
        "email": "editor@example.invalid",
        "full_name": "Biên tập viên (tài khoản demo)",
        "position": "Biên tập viên trang tuyên truyền",
        "superuser": False,
        "group": "Editors",
    },
]
