"""
Removal of hidden metadata (GPS positions, device serials, author names) from
everything editors upload.

The default storage is the one choke point (storage.py): every file written
under `original_images/`, `documents/` or `wagtail_uploads/` is cleaned by its
extension (cleaning.py) before it is stored, whichever path wrote it. The
admin forms (forms.py) run the same cleaner first, so that a file it refuses
is a validation error rather than a server error, and the model signals
(signals.py) make Wagtail's width, height, size and hash describe the clean
file. Files stored before this existed are cleaned by the
`strip_upload_metadata` command and migration base 0003 (existing.py).
"""
