"""
The competent agency at each legal step, as ../shared/docs/domain.md sources it
(casework.models.reference). Steps whose actor or time limit domain.md marks
UNSOURCED have no row or no limit.
"""

import datetime

from django.db import migrations

REFORM_DAY = datetime.date(2025, 7, 1)
LAW_2024 = "Luật 53/2024/QH15, Điều 27 (sửa đổi bởi Luật 86/2025/QH15)"
LAW_2011 = "Luật 66/2011/QH12, Điều 24"

# (regime, step, agency type, leads, days, day count, legal basis, source)
ROWS = [
    ("2024", "reception", "commune_committee", True, None, "", LAW_2024, "S5"),
    ("2024", "notification", "commune_committee", True, None, "", LAW_2024, "S5"),
    ("2024", "initial_verification", "provincial_health", True, 3, "calendar", LAW_2024, "S5"),
    ("2024", "initial_verification", "police", False, 3, "calendar", LAW_2024, "S5"),
    ("2024", "essential_needs", "social_assistance_facility", True, 120, "calendar", "Nghị định 162/2025/NĐ-CP, Điều 17", "S18"),
    (
        "2024",
        "support_claim",
        "provincial_health",
        True,
        9,
        "working",
        "Nghị định 162/2025/NĐ-CP (Mẫu số 07); thủ tục hành chính 112584",
        "S25",
    ),
    ("2011", "reception", "commune_committee", True, None, "", LAW_2011, "S29"),
    ("2011", "notification", "commune_committee", True, None, "", LAW_2011, "S29"),
    ("2011", "initial_verification", "district_labour", True, 3, "", LAW_2011, "S29"),
    ("2011", "initial_verification", "police", False, 3, "", LAW_2011, "S29"),
    ("2011", "further_verification", "police", True, 20, "", LAW_2011, "S29"),
]


def load(apps, schema_editor):
    StepAuthority = apps.get_model("casework", "StepAuthority")
    for regime, step, agency_type, leads, days, day_count, basis, source in ROWS:
        StepAuthority.objects.get_or_create(
            legal_regime=regime,
            step=step,
            agency_type=agency_type,
            defaults={
                "leads": leads,
                "deadline_days": days,
                "day_count": day_count,
                "legal_basis": basis,
                "source": source,
                "valid_from": REFORM_DAY if regime == "2024" else None,
                "valid_until": REFORM_DAY if regime == "2011" else None,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("casework", "0003_people_and_cases")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
