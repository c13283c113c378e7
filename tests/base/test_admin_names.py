"""Names Wagtail stores as data read in Vietnamese in the admin: groups, the default workflow, the root collection."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Collection, Task, Workflow

from safereturn.base import admin_names


@pytest.mark.django_db
def test_wagtails_data_names_are_vietnamese_after_migrating():
    assert set(Group.objects.values_list("name", flat=True)) >= {
        admin_names.EDITORS_GROUP,
        admin_names.MODERATORS_GROUP,
    }
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()
    assert Workflow.objects.filter(name=admin_names.DEFAULT_WORKFLOW).exists()
    assert Task.objects.filter(name=admin_names.DEFAULT_WORKFLOW_TASK).exists()
    assert Collection.get_first_root_node().name == admin_names.ROOT_COLLECTION


@pytest.mark.django_db
def test_the_editors_group_keeps_its_permissions(admin_client):
    editors = Group.objects.get(name=admin_names.EDITORS_GROUP)
    assert editors.permissions.filter(codename="access_admin").exists()
    assert editors.permissions.filter(codename="publish_safetysettings").exists()
