"""
Demo content for `manage.py seed_demo`: a believable bilingual campaign site.

Everything here is invented for demonstration. Stories use obviously
fictional pseudonyms, the provincial hotline is an example number, and the
images and leaflets are generated at seed time, so nothing is fetched from
the network and no real case data can ever end up in a demo database.
"""
