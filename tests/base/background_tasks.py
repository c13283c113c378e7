"""
Tasks for the background-work tests, in a module the worker started by a test
can import (it runs from the repository's root, where `tests` is a package).
"""

from pathlib import Path

from django_tasks import task


@task(backend="background")
def write_marker(path, text):
    """Write `text` to the file at `path`: a side effect the test can see from outside the worker."""
    Path(path).write_text(text, encoding="utf-8")
    return text
