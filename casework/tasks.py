"""
Casework's work for the background worker (django-tasks, backend "background").

Tasks take ids only: their arguments stay in the database until
`prune_db_task_results` deletes them, so nothing personal goes there.
"""

from django_tasks import task

from . import exports


@task(backend="background")
def build_export(export_id):
    """Build one export's encrypted file (casework.exports.build); returns the state it ends in."""
    return exports.build(export_id)
