"""The slug shown while typing is the slug BasePage.clean saves: the JavaScript folds as the Python does."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from django.utils.text import slugify

from safereturn.base.search import fold

SCRIPT = Path(__file__).resolve().parents[2] / "site" / "static" / "js" / "admin" / "slug-preview.js"
WORDS = [
    "Cảnh giác đường dây",
    "ĐƯỜNG DÂY NÓNG 111",
    "Việc nhẹ, lương cao?!",
    "  khoảng   trắng  ",
    "Người dưới 18 tuổi (đi cùng)",
    "Thoát nhanh — an toàn",
    "Quỹ hỗ trợ: 2.000.000đ",
    "un_der_score--dash",
    "Ủy ban nhân dân xã",
    "ễ ữ ợ ỷ",
]


@pytest.mark.skipif(shutil.which("node") is None, reason="Node.js is needed to run the script")
def test_the_editor_shows_the_slug_that_will_be_saved():
    code = (
        f"const {{slugify}} = require({json.dumps(str(SCRIPT))});"
        f"console.log(JSON.stringify({json.dumps(WORDS)}.map(slugify)));"
    )
    result = subprocess.run(["node", "-e", code], capture_output=True, text=True, check=True, timeout=30)  # noqa: S607
    assert json.loads(result.stdout) == [slugify(fold(word)) for word in WORDS]


@pytest.mark.django_db
def test_the_page_editor_loads_the_script_with_a_translated_label(admin_client, site_tree):
    content = admin_client.get(f"/admin/pages/{site_tree['campaign'].pk}/edit/").content.decode()
    assert "js/admin/slug-preview.js" in content
    assert 'data-label="' in content
