"""
The campaign site's demo for `manage.py seed_demo`: a believable bilingual
campaign site (see safereturn.base.demo for how app demos are found).

Everything here is invented for demonstration. Stories use obviously
fictional pseudonyms, and the images and leaflets are generated at seed
time, so nothing is fetched from the network and no real case data can ever
end up in a demo database.
"""

from .seeder import seed  # noqa: F401
