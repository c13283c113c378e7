"""
The GIFT format (Moodle's), as far as the bank's question types go. One
question per block, blocks separated by blank lines; `//` starts a comment
line. A question is an optional `::title::`, an optional format marker, its
text, and its answers in braces::

    ::Thời hạn::[plain] Thời hạn xác minh là 3 ngày làm việc? {T#Sai rồi.#Đúng.}
    Ai xác minh? {=Công an cấp xã #Đúng ~Tòa án #Tòa án xét xử ####Luật 53/2024}
    Chọn các cơ quan: {~%50%Sở Y tế ~%50%Công an tỉnh ~%-50%Tòa án}
    Tên gọi theo luật? {=cơ sở trợ giúp xã hội =cơ sở trợ giúp}
    Nêu cách giữ bí mật thông tin. {}

- `{T}`/`{TRUE}`/`{F}`/`{FALSE}`: true or false (feedback: `#if wrong#if right`);
- one `=` among `~`: single choice; `~%n%` weights: multiple choice (the
  positive weights are the right answers; a negative weight is the penalty,
  the same for every wrong option, as the bank has one penalty per question);
- only `=` answers: short answer (accepted answers); `{}`: essay;
- `#` after an answer is its feedback, `####` before the closing brace the
  question's explanation (Moodle's general feedback).

Format markers: `[plain]` and `[moodle]` keep the text as it is written
(HTML in it is shown as text, never as markup); `[html]` is turned into
plain text (paragraphs and line breaks kept), and an image, table, link,
frame or script in it is reported, since the bank shows text only;
`[markdown]` keeps the words and drops the emphasis marks.

`\\~ \\= \\# \\{ \\} \\:` and `\\\\` are read literally, `\\n` as a new line.

Reported by line, never skipped in silence: matching (`->`), numerical
(`{#...}`), missing word (text after the answers), several answer groups,
`$CATEGORY:` lines (every question goes to the category chosen), partial
credit on short answers, different penalties per wrong option, and
anything malformed.
"""

import html
import re
from decimal import Decimal, InvalidOperation

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from .common import ParsedOption, ParsedQuestion, ParseResult, blocks, check_lengths

# Escaped characters become private-use characters while parsing, and come back as themselves at the end.
ESCAPES = {
    "\\\\": "\ue000",
    "\\~": "\ue001",
    "\\=": "\ue002",
    "\\#": "\ue003",
    "\\{": "\ue004",
    "\\}": "\ue005",
    "\\:": "\ue006",
}
RESTORE = {placeholder: escaped[1] for escaped, placeholder in ESCAPES.items()}
ESCAPE_PATTERN = re.compile(r"\\[\\~=#{}:]")
FORMATS = {"plain", "moodle", "html", "markdown"}
FORMAT_MARKER = re.compile(r"^\[([a-zA-Z]+)\]")
TRUE_FALSE = re.compile(r"^(T|TRUE|F|FALSE)(?=\s*(#|$))", re.IGNORECASE)
WEIGHT = re.compile(r"^%(-?\d+(?:[.,]\d+)?)%")
UNSAFE_HTML = re.compile(r"<\s*(img|table|a|iframe|script|object|embed|video|audio|svg|math)\b", re.IGNORECASE)
BLOCK_BREAKS = re.compile(r"<\s*(br|/p|/div|/li|/h[1-6])\s*/?\s*>", re.IGNORECASE)


class GiftError(Exception):
    """A question that cannot be imported; `message` says why."""

    def __init__(self, message, line=None):
        super().__init__(str(message))
        self.message = message
        self.line = line


def parse(text):
    """A ParseResult from the text of a GIFT file."""
    result = ParseResult()
    for _start, lines in blocks(text):
        content = [(number, line) for number, line in lines if not line.lstrip().startswith("//")]
        if not content:
            continue
        first_number, first_line = content[0]
        if first_line.lstrip().startswith("$CATEGORY:"):
            result.add_error(
                first_number,
                _("Categories in the file are not used: every question goes to the category you chose."),
                first_line,
            )
            content = content[1:]
            if not content:
                continue
            first_number, first_line = content[0]
        try:
            question = parse_question(first_number, content)
        except GiftError as error:
            result.add_error(error.line or first_number, error.message, first_line)
            continue
        problems = check_lengths(question)
        if problems:
            result.add_error(first_number, " ".join(str(problem) for problem in problems), first_line)
            continue
        result.questions.append(question)
    return result


def hide_escapes(text):
    return ESCAPE_PATTERN.sub(lambda match: ESCAPES[match.group(0)], text).replace("\\n", "\n")


def restore(text):
    for placeholder, char in RESTORE.items():
        text = text.replace(placeholder, char)
    return text


def parse_question(line, content):
    """One ParsedQuestion from the (line number, text) lines of a block; GiftError if it cannot be imported."""
    source = hide_escapes("\n".join(text for _number, text in content)).strip()
    title = ""
    if source.startswith("::"):
        end = source.find("::", 2)
        if end < 0:
            raise GiftError(_("The title is not closed: write ::title:: before the question."), line)
        title = source[2:end].strip()
        source = source[end + 2 :].lstrip()
    text_format = "moodle"
    marker = FORMAT_MARKER.match(source)
    if marker:
        text_format = marker.group(1).lower()
        if text_format not in FORMATS:
            raise GiftError(
                _("The format [%(format)s] is not known: use [plain], [html], [markdown] or [moodle].")
                % {"format": marker.group(1)},
                line,
            )
        source = source[marker.end() :].lstrip()
    opening = source.find("{")
    if opening < 0:
        raise GiftError(_("The answers are missing: put them between braces { } after the question."), line)
    closing = source.find("}", opening)
    if closing < 0:
        raise GiftError(_("The braces are not closed: a } is missing after the answers."), line)
    if "{" in source[opening + 1 : closing]:
        raise GiftError(_("A { is not closed before the next one: write \\{ for a brace in a text."), line)
    before, answers, after = source[:opening].strip(), source[opening + 1 : closing], source[closing + 1 :].strip()
    if "{" in after or "}" in after:
        raise GiftError(_("Questions with several answer groups (embedded answers) are not supported."), line)
    if after:
        raise GiftError(
            _("'Missing word' questions (text after the answers) are not supported: put the answers at the end."),
            line,
        )
    if not before:
        raise GiftError(_("The question's text is missing before its answers."), line)
    convert = _converter(text_format, line)
    question = _answers(line, answers, convert)
    question.text = convert(before)
    question.title = restore(title).strip() or ""
    question.text_format = "plain" if text_format == "moodle" else text_format
    if not question.title:
        question.__post_init__()
    return question


def _converter(text_format, line):
    def plain(text):
        return restore(text).strip()

    def from_html(text):
        text = restore(text)
        if UNSAFE_HTML.search(text):
            raise GiftError(
                _(
                    "This [html] question holds an image, table, link or media, which the bank cannot show: "
                    "import it as text and add the figure in the bank."
                ),
                line,
            )
        text = BLOCK_BREAKS.sub("\n", text)
        text = html.unescape(strip_tags(text))
        return "\n".join(" ".join(part.split()) for part in text.split("\n")).strip()

    def from_markdown(text):
        text = restore(text)
        text = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r"\1 (\2)", text)
        text = re.sub(r"(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1", r"\2", text)
        return re.sub(r"^\s{0,3}#{1,6}\s+", "", text, flags=re.MULTILINE).strip()

    return {"html": from_html, "markdown": from_markdown}.get(text_format, plain)


def _split_feedback(text):
    """(answer, feedback) of "answer #feedback"."""
    answer, _hash, feedback = text.partition("#")
    return answer, feedback


def _answers(line, answers, convert):
    explanation = ""
    if "####" in answers:
        answers, _sep, explanation = answers.partition("####")
        explanation = convert(explanation)
    body = answers.strip()
    if not body:
        return ParsedQuestion(line=line, kind="essay", text="", explanation=explanation)
    if body.startswith("#"):
        raise GiftError(_("Numerical questions ({#…}) are not supported."), line)
    true_false = TRUE_FALSE.match(body)
    if true_false:
        is_true = true_false.group(1).upper().startswith("T")
        feedback = body[true_false.end() :].strip()
        parts = feedback.split("#")[1:] if feedback else []
        if len(parts) > 2 or (feedback and not feedback.startswith("#")):
            raise GiftError(_("A true-or-false answer takes at most two feedbacks: {T#if wrong#if right}."), line)
        if_wrong = convert(parts[0]) if parts else ""
        if_right = convert(parts[1]) if len(parts) > 1 else ""
        options = [
            ParsedOption(text=str(_("True")), is_correct=is_true, feedback=if_right if is_true else if_wrong),
            ParsedOption(text=str(_("False")), is_correct=not is_true, feedback=if_wrong if is_true else if_right),
        ]
        return ParsedQuestion(line=line, kind="true_false", text="", options=options, explanation=explanation)
    if body[0] not in "=~":
        raise GiftError(_("Each answer starts with = (right) or ~ (wrong)."), line)
    if "->" in body:
        raise GiftError(_("Matching questions (=… -> …) are not supported."), line)
    raw = re.split(r"(?=[=~])", body)
    entries = []
    for piece in raw:
        piece = piece.strip()
        if not piece:
            continue
        marker, rest = piece[0], piece[1:].strip()
        weight = None
        match = WEIGHT.match(rest)
        if match:
            try:
                weight = Decimal(match.group(1).replace(",", "."))
            except InvalidOperation:
                raise GiftError(_("A weight %n% must be a number."), line) from None
            rest = rest[match.end() :].strip()
        answer, feedback = _split_feedback(rest)
        if not answer.strip():
            raise GiftError(_("An answer is empty."), line)
        entries.append((marker, weight, convert(answer), convert(feedback)))
    right = [entry for entry in entries if entry[0] == "="]
    wrong = [entry for entry in entries if entry[0] == "~"]
    weighted = any(entry[1] is not None for entry in entries)
    if not wrong:
        if any(entry[1] is not None and entry[1] != 100 for entry in right):
            raise GiftError(_("Short answers with partial credit (=%n%…) are not supported."), line)
        options = [ParsedOption(text=answer, is_correct=True, feedback=feedback) for _m, _w, answer, feedback in right]
        return ParsedQuestion(line=line, kind="short", text="", options=options, explanation=explanation)
    if weighted:
        return _multiple(line, entries, explanation)
    if len(right) != 1:
        raise GiftError(
            _("A single-choice question has exactly one right answer (=); for several, give weights: ~%50%…"), line
        )
    options = [
        ParsedOption(text=answer, is_correct=marker == "=", feedback=feedback)
        for marker, _weight, answer, feedback in entries
    ]
    if len(options) < 2:
        raise GiftError(_("A choice question needs at least two answers."), line)
    return ParsedQuestion(line=line, kind="single", text="", options=options, explanation=explanation)


def _multiple(line, entries, explanation):
    options, penalties = [], set()
    for marker, weight, answer, feedback in entries:
        if weight is None:
            weight = Decimal(100) if marker == "=" else Decimal(0)
        if weight < -100 or weight > 100:
            raise GiftError(_("A weight must be between -100% and 100%."), line)
        if weight > 0:
            options.append(ParsedOption(text=answer, is_correct=True, weight=weight, feedback=feedback))
        else:
            if weight < 0:
                penalties.add(-weight)
            options.append(ParsedOption(text=answer, is_correct=False, feedback=feedback))
    if not any(option.is_correct for option in options):
        raise GiftError(_("No answer has a positive weight: at least one must be right."), line)
    if len(penalties) > 1:
        raise GiftError(
            _("Wrong answers have different negative weights; the bank takes one penalty for every wrong answer."),
            line,
        )
    penalty = (penalties.pop() / 100) if penalties else Decimal(0)
    return ParsedQuestion(
        line=line, kind="multiple", text="", options=options, explanation=explanation, penalty=penalty
    )
