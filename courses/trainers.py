"""
The trainer role: the Django group "Giảng viên" (made by a data migration,
named in Vietnamese by migration 0005),
which may use the admin, keep the question bank, assign courses, give extra
time or attempts, and add, edit and publish the pages under every course
index (granted when an index is created: signals.py).
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission

TRAINERS = "Giảng viên"
# Reads the reports of every course (courses.access).
TRAINING_MANAGERS = "Quản lý đào tạo"
PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")


def trainers_group():
    group, _created = Group.objects.get_or_create(name=TRAINERS)
    return group


def grant_course_pages(course_index):
    """Let trainers add, edit and publish `course_index` and every page under it."""
    group = trainers_group()
    permissions = Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=PAGE_PERMISSIONS)
    for permission in permissions:
        GroupPagePermission.objects.get_or_create(group=group, page=course_index, permission=permission)
