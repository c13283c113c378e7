"""
Saving what a parser found as questions of the bank: each question with its
options in one transaction, a first revision, and published at once if the
trainer asks (questions are drawn into quizzes only when live).
"""

from decimal import Decimal

from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext

from ..models import Question, QuestionOption
from . import aiken, gift

PARSERS = {"gift": gift.parse, "aiken": aiken.parse}
MAX_FILE_BYTES = 1024 * 1024


def parse(file_format, text):
    return PARSERS[file_format](text)


def problems_in_bank_terms(parsed):
    """The bank's own checks on a parsed question's options (Question.validate_options)."""
    probe = Question(question_type=parsed.kind)
    return [str(message) for message in probe.validate_options([vars(option) for option in parsed.options])]


def check(result):
    """Move to `result.errors` the questions the bank itself would refuse; returns `result`."""
    kept = []
    for question in result.questions:
        problems = problems_in_bank_terms(question)
        if problems:
            result.add_error(question.line, " ".join(problems), question.text)
        else:
            kept.append(question)
    result.questions = kept
    result.errors.sort(key=lambda error: error.line)
    return result


def save_questions(parsed_questions, *, category, locale, user=None, publish=True):
    """Create the questions (all or none); returns them."""
    created = []
    with transaction.atomic(), translation.override(locale.language_code):
        for parsed in parsed_questions:
            question = Question(
                category=category,
                question_type=parsed.kind,
                title=parsed.title,
                text=parsed.text,
                explanation=parsed.explanation,
                penalty=parsed.penalty,
                locale=locale,
                live=False,
            )
            for order, option in enumerate(parsed.options):
                text = option.text
                if parsed.kind == Question.Type.TRUE_FALSE:
                    # The bank's language, whatever the trainer's: "Đúng" and "Sai" in a Vietnamese bank.
                    text = gettext("True") if order == 0 else gettext("False")
                question.options.add(
                    QuestionOption(
                        text=text,
                        is_correct=option.is_correct,
                        weight=option.weight if option.is_correct else Decimal("1"),
                        feedback=option.feedback,
                        sort_order=order,
                        locale=locale,
                    )
                )
            question.save()
            revision = question.save_revision(user=user)
            if publish:
                revision.publish(user=user)
            created.append(question)
    return created
