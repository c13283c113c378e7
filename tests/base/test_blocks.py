"""Every block an editor can pick says what it is for and shows a preview in the block chooser."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from safereturn.base.blocks import BodyStreamBlock, LinkBlock

BLOCKS = list(BodyStreamBlock().child_blocks.items())
PREVIEWABLE = [(name, block) for name, block in BLOCKS if block.is_previewable]


@pytest.mark.parametrize(("name", "block"), BLOCKS, ids=[name for name, _block in BLOCKS])
def test_every_block_describes_itself(name, block):
    assert str(block.meta.description).strip(), name
    assert str(block.meta.label).strip(), name


def test_only_blocks_that_need_an_uploaded_file_have_no_preview():
    assert {name for name, _block in BLOCKS} - {name for name, _block in PREVIEWABLE} == {"image", "document"}


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "block"), PREVIEWABLE, ids=[name for name, _block in PREVIEWABLE])
def test_every_block_with_a_preview_value_renders_its_preview(admin_client, site_tree, name, block):
    response = admin_client.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})
    assert response.status_code == 200, name
    assert "css/site.css" in response.content.decode()


@pytest.mark.django_db
def test_a_link_says_what_is_wrong(site_tree):
    block = LinkBlock()
    with translation.override("en"):
        for value, message in (
            ({"page": None, "url": ""}, "Fill in one of the two"),
            ({"page": site_tree["campaign"].pk, "url": "https://example.org/"}, "not both"),
        ):
            with pytest.raises(ValidationError) as error:
                block.clean(block.to_python(value))
            assert message in str(error.value.block_errors["page"])
        assert block.clean(block.to_python({"page": None, "url": "https://example.org/"}))
