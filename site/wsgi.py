"""WSGI entry point (gunicorn safereturn.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "safereturn.settings.production")

application = get_wsgi_application()
