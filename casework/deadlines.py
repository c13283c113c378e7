"""
Legal time limits, counted as the law counts them.

A limit is a number of days after a starting day, counted either as
calendar days or as working days (StepAuthority.DayCount). Which days are
working days is Viet Nam's rule, Monday to Friday, corrected by a dated
table an administrator keeps (CalendarDay): public holidays and the days
off given in lieu, and the weekend days that are worked instead.

How a limit is counted (Civil Code 2015, Art. 147–148, as domain.md §2.2
reads them; the law on each step only says "03 ngày" or "09 ngày làm việc"):
- the count starts on the day after the starting day;
- calendar days count every day; working days count only working days;
- when a calendar-day limit ends on a day that is not a working day, it
  moves to the next working day (CASEWORK_DEADLINES_MOVE_TO_WORKING_DAY,
  True by default, since that is the Civil Code's reading).

A day that the table does not know (beyond its last entry) is judged by
the weekday alone; `calendar_known_until()` says how far the table reaches,
so that the interface can warn when a limit falls beyond it.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .models import CalendarDay, StepAuthority

CALENDAR = StepAuthority.DayCount.CALENDAR
WORKING = StepAuthority.DayCount.WORKING
# Beyond this many days a limit is not a legal one but a mistake in the data.
LONGEST_LIMIT = 3660


class Calendar:
    """Working days and days off between two dates, read from CalendarDay in one query."""

    def __init__(self, exceptions):
        self.exceptions = exceptions  # {date: is a working day}

    @classmethod
    def around(cls, start, days):
        """The calendar from `start` to far enough past it for a limit of `days` (working days need more)."""
        end = start + datetime.timedelta(days=days * 3 + 60)
        rows = CalendarDay.objects.filter(date__gt=start, date__lte=end).values_list("date", "kind")
        return cls({date: kind == CalendarDay.Kind.WORKING_DAY for date, kind in rows})

    def is_working_day(self, day):
        if day in self.exceptions:
            return self.exceptions[day]
        return day.weekday() < 5

    def next_working_day(self, day):
        while not self.is_working_day(day):
            day += datetime.timedelta(days=1)
        return day


def due_date(start, days, day_count, calendar=None):
    """The last day of a limit of `days` days of `day_count` after `start` (see the module's docstring)."""
    if not 0 <= days <= LONGEST_LIMIT:
        raise ValueError(f"A time limit of {days} days is not one the law sets.")
    calendar = calendar or Calendar.around(start, days)
    one = datetime.timedelta(days=1)
    if day_count == WORKING:
        day, counted = start, 0
        while counted < days:
            day += one
            if calendar.is_working_day(day):
                counted += 1
        return day
    day = start + datetime.timedelta(days=days)
    if getattr(settings, "CASEWORK_DEADLINES_MOVE_TO_WORKING_DAY", True):
        day = calendar.next_working_day(day)
    return day


@dataclass(frozen=True)
class Deadline:
    """A step's time limit on one case: when it ends and why, or that the law sets none."""

    step_label: object
    due_on: datetime.date | None = None
    days: int | None = None
    day_count: str = ""
    legal_basis: str = ""
    source: str = ""

    @property
    def is_legal(self):
        return self.due_on is not None

    def overdue(self, today):
        return self.due_on is not None and today > self.due_on

    @property
    def description(self):
        if not self.is_legal:
            return _("no legal deadline")
        if self.days is None:  # a day set by a decision (an extension), not counted from the law
            return self.legal_basis
        unit = _("working days") if self.day_count == WORKING else _("calendar days")
        return _("%(days)d %(unit)s (%(basis)s)") % {"days": self.days, "unit": unit, "basis": self.legal_basis}


def deadline_for(step, label, start, regime, on=None):
    """
    The time limit of legal `step` counted from `start`, as the reference data
    in force on `on` (default: `start`) sets it for `regime`; a Deadline with
    no date when it sets none, so that nothing invents one.
    """
    rule = (
        StepAuthority.objects.for_step(step, regime, on or start)
        .filter(leads=True, deadline_days__isnull=False)
        .exclude(day_count="")
        .first()
    )
    if rule is None or start is None:
        return Deadline(step_label=label)
    return Deadline(
        step_label=label,
        due_on=due_date(start, rule.deadline_days, rule.day_count),
        days=rule.deadline_days,
        day_count=rule.day_count,
        legal_basis=rule.legal_basis,
        source=rule.source,
    )


def calendar_known_until():
    """The last day the table of working days and days off names, or None when it is empty."""
    return CalendarDay.objects.order_by("-date").values_list("date", flat=True).first()
