"""
The campaign site's demo for `manage.py seed_demo`: a believable bilingual
campaign site (see safereturn.base.demo for how app demos are found).

Everything here is invented for demonstration. The story is fiction and
labelled so ("nhân vật hư cấu"), and the images and leaflets are generated at
seed time, so nothing is fetched from the network and no real case data can
ever end up in a demo database. Every fact the pages state rests on
docs/domain.md (docs/content.md is the rulebook); no telephone number other
than 111 and 113 appears anywhere.
"""

from .seeder import seed  # noqa: F401
