"""What one `seed_demo` run shares between the apps' demos, and how they are found."""

import importlib
import importlib.util
from collections import Counter

from django.apps import apps


class DemoRun:
    """
    The state of one run, passed to each app's `seed(run)` in turn.

    `created` and `existing` count, per kind, what was made and what was
    already there, for the command's one-line summary; `notes` are lines to
    print after it (addresses, accounts) and `warnings` the steps that were
    skipped. `shared` holds what a later demo builds on, by name: "locales"
    (code → Locale), "users" (username → User), "agencies" (key → Agency),
    "province" and "commune" (AdministrativeUnit).
    """

    def __init__(self):
        self.created = Counter()
        self.existing = Counter()
        self.notes = []
        self.warnings = []
        self.shared = {}

    def count(self, kind, created):
        (self.created if created else self.existing)[kind] += 1


def app_demos():
    """(app config, demo module) for each installed app with a `demo.seed`, in INSTALLED_APPS order."""
    for app_config in apps.get_app_configs():
        name = f"{app_config.name}.demo"
        if importlib.util.find_spec(name) is None:
            continue
        module = importlib.import_module(name)
        if callable(getattr(module, "seed", None)):
            yield app_config, module
