"""
The Aiken format: single-choice questions, one block each, blocks separated
by a blank line::

    Ai tiếp nhận người tự trình báo là nạn nhân?
    A. Ủy ban nhân dân cấp xã
    B) Tòa án nhân dân
    ANSWER: A

The question (one or more lines), then two or more options lettered A, B,
C... in order (a full stop or a closing parenthesis, then a space), then
ANSWER: and the right option's letter. Each block that breaks a rule is
reported with its first line and the reason; the others are imported.
"""

import re
import string

from django.utils.translation import gettext_lazy as _

from .common import ParsedOption, ParsedQuestion, ParseResult, blocks, check_lengths

OPTION = re.compile(r"^([A-Z])[.)]\s+(.*\S)\s*$")
ANSWER = re.compile(r"^ANSWER\s*:\s*(.*?)\s*$", re.IGNORECASE)


def parse(text):
    """A ParseResult from the text of an Aiken file."""
    result = ParseResult()
    for start, lines in blocks(text):
        question = _parse_block(start, lines, result)
        if question is not None:
            problems = check_lengths(question)
            if problems:
                result.add_error(start, " ".join(str(problem) for problem in problems), lines[0][1])
            else:
                result.questions.append(question)
    return result


def _parse_block(start, lines, result):
    text_lines, options, answer = [], [], None
    for number, raw in lines:
        line = raw.strip()
        answer_match = ANSWER.match(line)
        option_match = OPTION.match(line)
        if answer is not None:
            result.add_error(number, _("Nothing may follow the ANSWER line: leave a blank line after it."), raw)
            return None
        if option_match and not options and not text_lines and option_match.group(1) == "A":
            result.add_error(start, _("The question's text is missing before its options."), raw)
            return None
        if answer_match:
            answer = (number, answer_match.group(1))
        elif option_match and (options or text_lines):
            letter = option_match.group(1)
            if len(options) == len(string.ascii_uppercase):
                result.add_error(number, _("A question has at most 26 options, A to Z."), raw)
                return None
            expected = string.ascii_uppercase[len(options)]
            if letter != expected:
                result.add_error(
                    number,
                    _("Options are lettered in order: %(expected)s was expected here, not %(letter)s.")
                    % {"expected": expected, "letter": letter},
                    raw,
                )
                return None
            options.append((letter, option_match.group(2)))
        elif options:
            result.add_error(
                number, _("This line is neither an option (A. …) nor the ANSWER line after the options."), raw
            )
            return None
        else:
            text_lines.append(line)
    if not text_lines:
        result.add_error(start, _("The question's text is missing before its options."), lines[0][1])
        return None
    if len(options) < 2:
        result.add_error(start, _("A question needs at least two options, lettered A. B. …"), lines[0][1])
        return None
    if answer is None:
        result.add_error(start, _("The line 'ANSWER: letter' is missing."), lines[0][1])
        return None
    number, letter = answer
    letters = [option_letter for option_letter, _text in options]
    if letter.upper() not in letters or len(letter) != 1:
        result.add_error(
            number,
            _("The answer must be the letter of one of the options (%(letters)s).") % {"letters": ", ".join(letters)},
            f"ANSWER: {letter}",
        )
        return None
    return ParsedQuestion(
        line=start,
        kind="single",
        text="\n".join(text_lines),
        options=[
            ParsedOption(text=text, is_correct=option_letter == letter.upper()) for option_letter, text in options
        ],
    )
