"""What the parsers return: the questions they can import and the lines they cannot, each with its line number."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext_lazy as _

MAX_TITLE = 200
MAX_OPTION = 500
MAX_TEXT = 10000


@dataclass
class ParsedOption:
    text: str
    is_correct: bool
    weight: Decimal = Decimal("1")
    feedback: str = ""


@dataclass
class ParsedQuestion:
    """A question a file describes, in the bank's terms (courses.models.Question.Type values)."""

    line: int
    kind: str
    text: str
    title: str = ""
    options: list[ParsedOption] = field(default_factory=list)
    explanation: str = ""
    penalty: Decimal = Decimal("0")
    text_format: str = "plain"

    def __post_init__(self):
        if not self.title:
            self.title = title_from(self.text)


@dataclass
class ParseError:
    """A line (the first of its question) that cannot be imported, and why, for the trainer."""

    line: int
    message: str
    excerpt: str = ""


@dataclass
class ParseResult:
    questions: list[ParsedQuestion] = field(default_factory=list)
    errors: list[ParseError] = field(default_factory=list)

    def add_error(self, line, message, excerpt=""):
        self.errors.append(ParseError(line=line, message=message, excerpt=shorten(excerpt, 120)))


def shorten(text, length):
    text = " ".join(str(text).split())
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def title_from(text):
    """A title for the bank from the question's first words."""
    return shorten(text, 80) or "?"


def check_lengths(question):
    """Messages for texts longer than the bank keeps, [] when everything fits."""
    messages = []
    if len(question.title) > MAX_TITLE:
        messages.append(_("The title is longer than %(count)s characters.") % {"count": MAX_TITLE})
    if len(question.text) > MAX_TEXT:
        messages.append(_("The question is longer than %(count)s characters.") % {"count": MAX_TEXT})
    if any(len(option.text) > MAX_OPTION for option in question.options):
        messages.append(_("An answer is longer than %(count)s characters.") % {"count": MAX_OPTION})
    return messages


def blocks(text):
    """
    (first line number, [lines]) of each block of `text`: blocks are
    separated by blank lines. Lines are numbered from 1; a byte-order mark
    and Windows or old Mac line ends are accepted.
    """
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    current, start = [], None
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            if start is None:
                start = number
            current.append((number, line))
        elif current:
            yield start, current
            current, start = [], None
    if current:
        yield start, current
