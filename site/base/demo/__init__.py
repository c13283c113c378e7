"""
Demo content for `manage.py seed_demo`, gathered from every app.

Each app owns its demo: an app whose package has a `demo` module with a
`seed(run)` function takes part, in the order of INSTALLED_APPS (so this
project package's own demo, the places, agencies and accounts every app
needs, comes first). The command finds them through the app registry, so
`safereturn` never imports an app.

Everything is invented for demonstration: fictional names that are
obviously fictional, generated images and leaflets, nothing fetched from the
network and no real case data. Every demo is idempotent: whatever exists is
looked up by a natural key and left alone.
"""

from .people import seed  # noqa: F401  (this package's own demo)
from .run import DemoRun, app_demos  # noqa: F401
