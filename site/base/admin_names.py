"""
Names that Wagtail stores as data and shows to editors: its groups, its
default workflow and task, the root collection. Wagtail creates them in
English; the project's data migration (base 0006) and the demo give them
their Vietnamese names, and code that looks one up uses these constants.
"""

EDITORS_GROUP = "Biên tập viên"
MODERATORS_GROUP = "Người kiểm duyệt"
DEFAULT_WORKFLOW = "Duyệt nội dung"
DEFAULT_WORKFLOW_TASK = "Người kiểm duyệt duyệt nội dung"
ROOT_COLLECTION = "Tất cả"

# Wagtail's English names, as its migrations create them.
WAGTAIL_NAMES = {
    "group": {"Editors": EDITORS_GROUP, "Moderators": MODERATORS_GROUP},
    "workflow": {"Moderators approval": DEFAULT_WORKFLOW},
    "task": {"Moderators approval": DEFAULT_WORKFLOW_TASK},
    "collection": {"Root": ROOT_COLLECTION},
}
