from datetime import timedelta

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BaseConfig(AppConfig):
    name = "safereturn.base"
    label = "base"
    verbose_name = _("Site")

    def ready(self):
        from . import signals  # noqa: F401  (connects cache invalidation)
        from .uploads import signals as upload_signals

        upload_signals.connect()
        register_periodic_jobs()
        from . import editor_hooks, translation_workflow

        translation_workflow.register()
        editor_hooks.register()


def register_periodic_jobs():
    """The site-wide jobs of the timer (`manage.py run_periodic`); each app registers its own."""
    from . import periodic  # defines a model: importable only once the app registry is ready

    periodic.register(
        "publish_scheduled",
        every=timedelta(minutes=1),
        description="Publishes pages and snippets whose scheduled go-live time has passed and unpublishes "
        "those whose expiry time has passed.",
    )
    periodic.register(
        "prune_db_task_results",
        *("--backend", "background", "--queue-name", "*", "--min-age-days", "7"),
        every=timedelta(days=1),
        description="Deletes the results of background tasks that finished (succeeded or failed) more than "
        "7 days ago; their arguments may name people.",
    )
    periodic.register(
        "clearsessions",
        every=timedelta(days=1),
        description="Deletes expired sign-in sessions from the database.",
    )
