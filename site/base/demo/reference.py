"""
The province, its agencies and the demo accounts.

The agencies are the real public bodies of the province (their names are
public; no person is named). The Bắc Giang labour department is included as
a closed, historic record because cases opened before the 2025 reform still
point at it.
"""

import datetime

from safereturn.base.admin_names import EDITORS_GROUP
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
    # The generic legal term (Decree 162/2025: "cơ sở trợ giúp xã hội"), not an
    # invented facility name that a province might copy as if it were real.
    (
        "shelter",
        "Cơ sở trợ giúp xã hội tỉnh Bắc Ninh",
        "Social assistance facility, Bac Ninh Province",
        Agency.Type.SOCIAL_ASSISTANCE_FACILITY,
        REFORM_DAY,
        None,
        "health",
    ),
]

# Short codes of the agencies above, as account imports name them (Agency.code).
AGENCY_CODES = {
    "health": "BN-SYT",
    "police": "BN-CA",
    "labour_bac_giang": "BG-SLDTBXH",
    "shelter": "BN-TGXH",
    "commune": "BN-UBND-XA",
}

# Development-only accounts (README's table of accounts). The command refuses
# to run outside DEBUG unless forced, and never touches an account that
# already exists. Everyone who can reach the admin must use a second factor:
# their authenticator-app keys (base32, as typed into an app) are fixed here
# so that developers and the browser tests can compute codes.
USERS = [
    {
        "username": "admin",
        "password": "safereturn-admin",  # noqa: S105  (development only, printed by the command)
        "email": "admin@example.invalid",
        "full_name": "Quản trị hệ thống (tài khoản demo)",
        "position": "Quản trị hệ thống",
        "superuser": True,
        "group": None,
        "agency": "health",
        "unit": "province",
        "totp": "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
    },
    {
        "username": "editor",
        "password": "safereturn-editor",  # noqa: S105  (development only, printed by the command)
        "email": "editor@example.invalid",
        "full_name": "Biên tập viên (tài khoản demo)",
        "position": "Biên tập viên trang tuyên truyền",
        "superuser": False,
        "group": EDITORS_GROUP,
        "agency": "health",
        "unit": "province",
        "totp": "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU",
    },
    {
        "username": "trainer",
        "password": "safereturn-trainer",  # noqa: S105  (development only, printed by the command)
        "email": "trainer@example.invalid",
        "full_name": "Giảng viên (tài khoản demo)",
        "position": "Giảng viên tập huấn phòng, chống mua bán người",
        "superuser": False,
        "group": "Giảng viên",  # courses.trainers.TRAINERS (site/ names it, never imports it)
        "agency": "health",
        "unit": "province",
        "totp": "ORZGC2LOMVZHI33UOBZGC2LOMVZHI33U",
    },
    {
        "username": "canbo.xa",
        "password": "safereturn-canbo-xa",  # noqa: S105  (development only, printed by the command)
        "email": "canbo.xa@example.invalid",
        "full_name": "Cán bộ xã (tài khoản demo)",
        "position": "Công chức văn hóa - xã hội",
        "superuser": False,
        "group": None,
        "agency": "commune",
        "unit": "commune",
        "totp": None,
    },
    {
        "username": "canbo.congan",
        "password": "safereturn-canbo-congan",  # noqa: S105  (development only, printed by the command)
        "email": "canbo.congan@example.invalid",
        "full_name": "Cán bộ công an (tài khoản demo)",
        "position": "Cán bộ phòng chống tội phạm",
        "superuser": False,
        "group": None,
        "agency": "police",
        "unit": "province",
        "totp": None,
    },
]

# Groups the demo makes when Wagtail has not: the name, and the permissions
# ("app_label.codename") it is given only when it is created.
GROUPS = {
    "Giảng viên": ["wagtailadmin.access_admin"],
}
