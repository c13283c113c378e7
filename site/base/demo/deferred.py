"""
While the demo is built, each page is saved several times (created, given a
revision, published, translated, moved), and every save asks, through a
background task, for the object to be indexed again for search and for
Wagtail's reference index. Under the immediate task backend those tasks run
at once, each time: about a third of the seeding. `indexing_deferred()`
collects them instead and runs each distinct one once at the end, when the
object is in its final state (each task reads the object afresh), so the
indexes come out exactly as the saves would have left them.
"""

import contextlib
from unittest import mock

import modelsearch.signal_handlers
import wagtail.signal_handlers
from django.core.exceptions import ObjectDoesNotExist

# The module-level names through which the save signals enqueue the indexing tasks.
INDEXING_TASKS = (
    (modelsearch.signal_handlers, "insert_or_update_object_task"),
    (wagtail.signal_handlers, "update_reference_index_task"),
)


class _Collector:
    """Stands in for a task at its call site: remembers what was asked, in order, once each."""

    def __init__(self, task, wanted):
        self.task = task
        self.wanted = wanted

    def enqueue(self, *args):
        self.wanted.setdefault((self.task, args), None)


@contextlib.contextmanager
def indexing_deferred():
    wanted = {}  # (task, args) -> None: an ordered set
    with contextlib.ExitStack() as stack:
        for module, name in INDEXING_TASKS:
            stack.enter_context(mock.patch.object(module, name, _Collector(getattr(module, name), wanted)))
        yield
    for task, args in wanted:
        try:
            task.call(*args)
        except ObjectDoesNotExist:
            continue  # saved, then deleted while the demo was built: nothing to index
