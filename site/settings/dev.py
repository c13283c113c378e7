"""Development: works with no environment variables at all (`make run`)."""

from .base import *  # noqa: F403
from .base import STORAGES
from .environment import env_list, env_str

DEBUG = True
# Development only: a fixed key is fine because nothing real is ever signed with it.
SECRET_KEY = env_str("DJANGO_SECRET_KEY", "dev-only-insecure-key-never-used-in-production")  # noqa: S105
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Plain file names in development: no collectstatic step is needed.
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
