"""What happens when trainers change training records in the admin."""

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.search import index
from wagtail.signals import page_published

from .models import Assignment, CourseIndexPage, CoursePage
from .trainers import grant_course_pages


@receiver(post_save, sender=CourseIndexPage, dispatch_uid="courses-trainers-on-course-index")
def trainers_may_edit_new_course_index(sender, instance, created, raw=False, **kwargs):
    """Trainers edit and publish everything under every course index, as soon as one exists."""
    if created and not raw:
        grant_course_pages(instance)


@receiver(post_save, sender=Assignment, dispatch_uid="courses-assignment-reaches-people")
def assignment_reaches_people(sender, instance, raw=False, **kwargs):
    """Everyone an assignment reaches gets the course at once (and people who join later, daily)."""
    if raw:
        return
    from .assignments import sync_assignment

    transaction.on_commit(lambda: sync_assignment(instance))


@receiver(page_published, dispatch_uid="courses-reindex-lessons-on-course-publish")
def reindex_lessons_when_access_changes(sender, instance, **kwargs):
    """A course made open or staff-only shows or hides its lessons' text in the public search at once."""
    if not isinstance(instance, CoursePage):
        return
    for child in instance.get_children().live().specific():
        index.insert_or_update_object(child)
