"""The one error the cleaners raise, carrying a message an editor can act on."""


class UncleanableFile(Exception):
    """
    A file whose metadata cannot be removed, so it must not be stored.

    `message` is a lazily translated, user-facing explanation with named
    `params`, rendered in the language active where it is shown: forms show
    it on the file field, the storage raises it as a last line of defence.
    """

    def __init__(self, message, code="uncleanable", params=None):
        super().__init__(message, code, params)
        self.message = message
        self.code = code
        self.params = params or {}

    def __str__(self):
        return str(self.message) % self.params if self.params else str(self.message)
