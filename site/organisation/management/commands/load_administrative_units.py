"""manage.py load_administrative_units: load or refresh the official list of provinces and communes."""

from datetime import date

from django.core.management.base import BaseCommand, CommandError

from safereturn.organisation.loading import DEFAULT_DATA_FILE, LoadError, load_administrative_units


class Command(BaseCommand):
    """
    Load the General Statistics Office's administrative units, keeping history.

    Safe to re-run, and meant to be re-run on each newer official file: units
    are matched by level and code, renamed and moved in place, closed with a
    date when they disappear and reopened if they come back. Nothing is ever
    deleted, because old cases point at the units that existed at the time.
    """

    help = (
        "Load or refresh provinces and communes from the official JSON file. Re-runnable: units missing from a "
        "newer file are closed with the --as-of date, never deleted."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "path",
            nargs="?",
            default=str(DEFAULT_DATA_FILE),
            help=f"The JSON file to load (default: the shipped {DEFAULT_DATA_FILE.name}).",
        )
        parser.add_argument(
            "--province",
            action="append",
            dest="provinces",
            metavar="CODE",
            help="Load and close only this province (official code, e.g. 24) and its communes. Repeatable.",
        )
        parser.add_argument(
            "--as-of",
            dest="as_of",
            metavar="YYYY-MM-DD",
            help="The date the file is current on: new units start and missing ones end on it "
            "(default: the date in the file name, else today).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Report what would change, then roll everything back.",
        )

    def handle(self, *args, path, provinces, as_of, dry_run, verbosity, **options):
        if as_of:
            try:
                as_of = date.fromisoformat(as_of)
            except ValueError as error:
                raise CommandError(f"--as-of must be a date as YYYY-MM-DD, not {as_of!r}.") from error
        try:
            result = load_administrative_units(path, provinces=provinces, as_of=as_of, dry_run=dry_run)
        except LoadError as error:
            raise CommandError(f"{error} Nothing was changed.") from error

        if verbosity >= 2:
            for action in ("created", "updated", "reopened", "closed"):
                for description in getattr(result, action):
                    self.stdout.write(f"  {action}: {description}")

        # Fixed order and wording, so that scripts and people can read it alike.
        summary = ", ".join(f"{count} {action}" for action, count in result.counts().items())
        scope = f"provinces {', '.join(provinces)}" if provinces else "all provinces"
        context = f"from {result.source} as of {result.as_of.isoformat()}, {scope}"
        if dry_run:
            self.stdout.write(self.style.WARNING(f"Dry run, nothing saved. Would have: {summary} ({context})."))
        else:
            self.stdout.write(self.style.SUCCESS(f"Administrative units: {summary} ({context})."))
