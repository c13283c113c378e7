"""The time zones offered to editors: Viet Nam first, then UTC, each one a name every browser knows."""

import json
import shutil
import subprocess
import zoneinfo

import pytest
from django.conf import settings


def test_viet_nam_comes_first_then_utc():
    assert settings.WAGTAIL_USER_TIME_ZONES[:2] == ["Asia/Ho_Chi_Minh", "UTC"]
    assert len(set(settings.WAGTAIL_USER_TIME_ZONES)) == len(settings.WAGTAIL_USER_TIME_ZONES)


def test_every_zone_is_known_to_python():
    for name in settings.WAGTAIL_USER_TIME_ZONES:
        zoneinfo.ZoneInfo(name)


@pytest.mark.skipif(shutil.which("node") is None, reason="Node.js stands in for a browser's Intl here")
def test_every_zone_is_known_to_the_browser():
    code = (
        f"const zones = {json.dumps(settings.WAGTAIL_USER_TIME_ZONES)};"
        "const bad = zones.filter(z => { try { new Intl.DateTimeFormat('vi', {timeZone: z}); return false; }"
        " catch (e) { return true; } });"
        "console.log(JSON.stringify(bad));"
    )
    result = subprocess.run(["node", "-e", code], capture_output=True, text=True, check=True, timeout=30)  # noqa: S607
    assert json.loads(result.stdout) == []
