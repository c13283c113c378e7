"""
The training demo for `manage.py seed_demo` (see safereturn.base.demo for how app demos are found): a question
bank, the course "Receiving, verifying and supporting returned victims of trafficking" for staff and the public
course "Recognising a fake job offer", in Vietnamese and English, and progress for the demo people that exist.
Every fact rests on ../shared/docs/domain.md; nothing here is real case data.
"""

from .seeder import seed  # noqa: F401
