"""
Django's own messages that its Vietnamese catalogue lacks and the admin shows.

Django ships no Vietnamese for the units of `timesince` ("%(num)d minute"...),
which Wagtail's listings use for "updated 6 minutes ago": the admin read
"6 minutes trước". Repeated here with the same message ids, `make messages`
keeps them in the project's catalogue (site/locale), which Django reads before
its own; nothing imports this module.
"""

from django.utils.translation import ngettext_lazy

TIMESINCE_UNITS = [
    ngettext_lazy("%(num)d year", "%(num)d years", "num"),
    ngettext_lazy("%(num)d month", "%(num)d months", "num"),
    ngettext_lazy("%(num)d week", "%(num)d weeks", "num"),
    ngettext_lazy("%(num)d day", "%(num)d days", "num"),
    ngettext_lazy("%(num)d hour", "%(num)d hours", "num"),
    ngettext_lazy("%(num)d minute", "%(num)d minutes", "num"),
]
