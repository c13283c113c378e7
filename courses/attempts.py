"""
The quiz engine: starting an attempt (drawing its questions), saving the
answers as they are given, checking a question, submitting, and finalising
an attempt whose time is up.

Every change goes through `save_page` or `submit` and is refused, with
nothing changed, when it should not happen (a `Refusal`): the attempt is
someone else's, already submitted, past its time, changed since the page was
shown (another tab moved on), or the answers name a question or an option
that is not on the page. The views turn a refusal into a message and the
attempt as it is now.

Scoring happens here, on the server, from the slots' snapshots
(scoring.py); the browser only ever receives the texts of the questions and
options until the attempt is submitted (or, with feedback after each
question, until that question is checked and its answer final).
"""

import functools
import random
import secrets
from datetime import timedelta
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import Attempt, AttemptSlot, Question, QuestionCategory
from .progress import enrol, quiz_state, update_completion
from .scoring import fraction_for, mark_for, percent

MAX_SHORT_ANSWER = 500
# True and false keep their order: shuffled, they read oddly.
SHUFFLED_TYPES = (Question.Type.SINGLE, Question.Type.MULTIPLE)
MAX_ESSAY = 20000


class Refusal(Exception):
    """A change to an attempt that is refused; nothing was changed. `message` says why, to the learner."""

    status = 400
    message = _("This was refused. Nothing was saved.")

    def __init__(self, attempt=None):
        super().__init__(str(self.message))
        self.attempt = attempt


class NotYours(Refusal):
    status = 403
    message = _("This attempt belongs to someone else. Nothing was saved.")


class AlreadySubmitted(Refusal):
    status = 409
    message = _("This attempt has already been submitted. Nothing was changed.")


class TimeUp(Refusal):
    status = 409
    message = _(
        "The time for this attempt is up, so it has been submitted. The answers saved before the end were kept; "
        "what was sent after the end was not saved."
    )


class StalePage(Refusal):
    status = 409
    message = _(
        "This page was out of date: the attempt had moved on in another tab or window. Nothing was saved from it. "
        "Here is the attempt as it is now."
    )


class Tampered(Refusal):
    status = 400
    message = _("The answers sent do not match the questions on this page. Nothing was saved.")


class AlreadyChecked(Refusal):
    status = 409
    message = _("A question on this page was already checked: its answer cannot change. Nothing was saved.")


class OutOfOrder(Refusal):
    status = 409
    message = _("This quiz is answered in order: earlier pages cannot be opened again. Nothing was saved.")


class NoAttemptLeft(Refusal):
    status = 403
    message = _("You have no attempt left at this quiz.")


# Drawing ------------------------------------------------------------------------------------------------------------


def draw_questions(quiz, rng):
    """
    The questions of a new attempt at `quiz`, in order: each rule's question
    or random questions of its category (never the same question twice),
    shuffled if the quiz says so, then cut to its maximum. Each question is
    the translation in the quiz's language where there is a live one, else
    the live question in whichever language it exists. `rng` is a
    random.Random, so a seed gives the same draw.
    """
    rules = list(quiz.question_rules.all())
    fixed_ids = [rule.question_id for rule in rules if rule.question_id]
    fixed_keys = dict(Question.objects.filter(pk__in=fixed_ids).values_list("pk", "translation_key"))
    # A question the quiz asks by name is never also drawn at random.
    taken = set(fixed_keys.values())
    keys = []
    for rule in rules:
        if rule.question_id:
            key = fixed_keys.get(rule.question_id)
            if key is not None and key not in keys:
                keys.append(key)
            continue
        category = QuestionCategory.objects.filter(pk=rule.category_id).first() if rule.category_id else None
        if category is None:
            continue
        in_category = Question.objects.filter(live=True)
        if rule.include_subcategories:
            in_category = in_category.filter(category__path__startswith=category.path)
        else:
            in_category = in_category.filter(category=category)
        candidates = sorted(set(in_category.values_list("translation_key", flat=True)) - taken, key=str)
        drawn = rng.sample(candidates, min(rule.count, len(candidates)))
        taken.update(drawn)
        keys.extend(drawn)
    if quiz.shuffle_questions:
        rng.shuffle(keys)
    if quiz.max_questions:
        keys = keys[: quiz.max_questions]
    questions = Question.objects.filter(live=True, translation_key__in=keys).prefetch_related("options")
    chosen = {}
    for question in questions:
        current = chosen.get(question.translation_key)
        if current is None or (question.locale_id == quiz.locale_id and current.locale_id != quiz.locale_id):
            chosen[question.translation_key] = question
    return [chosen[key] for key in keys if key in chosen]


# Starting -----------------------------------------------------------------------------------------------------------


def start_or_resume(user, quiz, now=None, seed=None):
    """
    The learner's attempt in progress at `quiz`, or a new one. Refuses
    (NoAttemptLeft) when they have used every attempt allowed, extra ones
    included. Enrols the learner in the quiz's course if needed.
    """
    now = now or timezone.now()
    course = quiz.course
    with transaction.atomic():
        enrolment = enrol(user, course)
        # One start at a time per learner and course: a double click cannot start two attempts.
        enrolment = type(enrolment).objects.select_for_update().get(pk=enrolment.pk)
        state = quiz_state(user, quiz, now=now)
        if state.open_attempt is not None:
            return state.open_attempt
        if not state.can_start:
            raise NoAttemptLeft()
        seed = seed if seed is not None else secrets.randbits(48)
        # Not for secrets: a seeded, repeatable draw (the seed is kept with the attempt).
        rng = random.Random(seed)  # noqa: S311
        questions = draw_questions(quiz, rng)
        per_page = max(1, quiz.questions_per_page)
        limit = state.time_limit_minutes
        try:
            attempt = Attempt.objects.create(
                user=user,
                enrolment=enrolment,
                quiz=quiz,
                quiz_key=quiz.translation_key,
                quiz_title=quiz.title,
                number=(state.attempts[-1].number + 1) if state.attempts else 1,
                started_at=now,
                deadline=now + timedelta(minutes=limit) if limit else None,
                seed=seed,
                rules=quiz.rules(),
                page_count=max(1, -(-len(questions) // per_page)),
                max_score=sum((question.mark for question in questions), Decimal("0")),
            )
        except IntegrityError:  # started at the same moment in another request
            return quiz_state(user, quiz, now=now).open_attempt
        slots = []
        for position, question in enumerate(questions):
            snapshot = question.snapshot()
            option_ids = [option["id"] for option in snapshot["options"]]
            if quiz.shuffle_options and question.question_type in SHUFFLED_TYPES:
                rng.shuffle(option_ids)
            slots.append(
                AttemptSlot(
                    attempt=attempt,
                    position=position,
                    page=position // per_page,
                    question=question,
                    question_key=question.translation_key,
                    question_revision_id=question.live_revision_id or question.latest_revision_id,
                    snapshot=snapshot,
                    option_order=option_ids,
                )
            )
        AttemptSlot.objects.bulk_create(slots)
    return attempt


# Answering ----------------------------------------------------------------------------------------------------------


def load_for_change(attempt_uuid, user, now):
    """The attempt, locked for this transaction, after the checks every change makes."""
    attempt = Attempt.objects.select_for_update().filter(uuid=attempt_uuid).first()
    if attempt is None:
        raise Attempt.DoesNotExist
    if attempt.user_id != user.pk:
        raise NotYours(attempt)
    if attempt.state == Attempt.State.FINISHED:
        raise AlreadySubmitted(attempt)
    if attempt.is_time_up(now):
        raise TimeUp(attempt)
    return attempt


def finalise_when_time_is_up(change):
    """
    Decorator of the functions that change an attempt: a change refused
    because the time is up has rolled back, so the attempt is then submitted
    (in a transaction of its own) before the refusal goes on to the learner.
    """

    @functools.wraps(change)
    def wrapper(*args, **kwargs):
        try:
            return change(*args, **kwargs)
        except TimeUp as refusal:
            finalise(refusal.attempt, Attempt.FinishReason.TIME_UP, now=kwargs.get("now"))
            raise

    return wrapper


def parse_answers(slots, data):
    """
    {slot: response} from submitted form data (a dict of lists, as
    QueryDict.lists() gives), for the slots of one page. Raises Tampered for
    a field that is not a question of the page, an option that is not one of
    its question's, or two choices to a single-choice question. A question of
    the page that is absent from the data was left unanswered (or cleared).
    """
    by_name = {f"q-{slot.pk}": slot for slot in slots}
    unknown = [name for name in data if name.startswith("q-") and name not in by_name]
    if unknown:
        raise Tampered()
    responses = {}
    for name, slot in by_name.items():
        values = [value for value in data.get(name, []) if value != ""]
        kind = slot.question_type
        if kind in ("short", "essay"):
            if len(values) > 1:
                raise Tampered()
            text = values[0] if values else ""
            if len(text) > (MAX_ESSAY if kind == "essay" else MAX_SHORT_ANSWER):
                raise Tampered()
            responses[slot] = {"text": text} if text.strip() else None
            continue
        allowed = {option["id"] for option in slot.snapshot["options"]}
        try:
            choices = [int(value) for value in values]
        except ValueError:
            raise Tampered() from None
        if any(choice not in allowed for choice in choices) or len(set(choices)) != len(choices):
            raise Tampered()
        if kind != "multiple" and len(choices) > 1:
            raise Tampered()
        responses[slot] = {"choices": choices} if choices else None
    return responses


@finalise_when_time_is_up
def save_page(attempt_uuid, user, *, page, version, data, action="save", target_page=None, now=None):
    """
    Save the answers given on `page` of an attempt, then act: "save" (stay),
    "check" (score the answered questions of the page and make them final,
    when the quiz gives feedback after each question), "next", "previous" or
    "goto" (`target_page`), "finish" (go to the summary before submitting).
    `version` is the attempt's version the page was shown at. Returns the
    attempt; raises a Refusal, with nothing changed, when the change is not
    allowed.
    """
    now = now or timezone.now()
    with transaction.atomic():
        attempt = load_for_change(attempt_uuid, user, now)
        if version != attempt.version or not 0 <= page < attempt.page_count:
            raise StalePage(attempt)
        if attempt.is_sequential and page != attempt.current_page:
            raise StalePage(attempt)
        slots = list(attempt.slots.filter(page=page))
        responses = parse_answers(slots, data)
        changed = []
        for slot, response in responses.items():
            if slot.checked:
                # A checked question's inputs are disabled and not sent; sending a different answer is refused.
                if response is not None and response != slot.response:
                    raise AlreadyChecked(attempt)
                continue
            if response != slot.response:
                slot.response = response
                slot.answered_at = now
                changed.append(slot)
        if action == "check" and attempt.feedback_each:
            for slot in slots:
                if not slot.checked and slot.response is not None:
                    grade_slot(slot)
                    slot.checked = True
                    if slot not in changed:
                        changed.append(slot)
        destination = navigate(attempt, page, action, target_page)
        if changed:
            AttemptSlot.objects.bulk_update(
                changed, ["response", "answered_at", "checked", "fraction", "mark", "needs_marking"]
            )
        attempt.current_page = destination
        attempt.version += 1
        attempt.save(update_fields=["current_page", "version"])
    return attempt


def navigate(attempt, page, action, target_page):
    """The page to show next after `action` on `page`; OutOfOrder for going back in a sequential quiz."""
    last = attempt.page_count - 1
    if action == "next":
        return min(page + 1, last)
    if action == "previous":
        if attempt.is_sequential:
            raise OutOfOrder(attempt)
        return max(page - 1, 0)
    if action == "goto":
        if target_page is None or not 0 <= target_page <= last:
            raise Tampered(attempt)
        if attempt.is_sequential and target_page != page:
            raise OutOfOrder(attempt)
        return target_page
    return page


# Submitting and scoring ---------------------------------------------------------------------------------------------


@finalise_when_time_is_up
def submit(attempt_uuid, user, *, version, now=None):
    """Submit the attempt (from its summary page): score it and record the result. Refused if stale or done."""
    now = now or timezone.now()
    with transaction.atomic():
        attempt = load_for_change(attempt_uuid, user, now)
        if version != attempt.version:
            raise StalePage(attempt)
        finalise(attempt, Attempt.FinishReason.SUBMITTED, now=now)
    return attempt


def grade_slot(slot):
    """Score one slot from its snapshot and response (essays wait for a trainer when answered)."""
    fraction = fraction_for(slot.snapshot, slot.response)
    slot.fraction = fraction
    slot.mark = mark_for(slot.snapshot, fraction)
    slot.needs_marking = fraction is None and slot.is_answered
    if fraction is None and not slot.is_answered:
        slot.fraction, slot.mark = Decimal("0"), Decimal("0")


def grade_attempt(attempt, slots):
    """
    The attempt's totals from its slots' marks. With an essay still to mark,
    the percentage counts it as 0, so it is the least the learner will get:
    if that already reaches the pass mark the attempt has passed; if even
    full marks on every essay could not reach it, it has not; otherwise
    whether it passed waits for the marking (None).
    """
    attempt.max_score = sum((slot.max_mark for slot in slots), Decimal("0"))
    attempt.score = sum((slot.mark or Decimal("0") for slot in slots), Decimal("0"))
    attempt.percent = percent(attempt.score, attempt.max_score)
    attempt.needs_marking = any(slot.needs_marking for slot in slots)
    pending = sum((slot.max_mark for slot in slots if slot.needs_marking), Decimal("0"))
    if attempt.percent >= attempt.pass_mark:
        attempt.passed = True
    elif percent(attempt.score + pending, attempt.max_score) < attempt.pass_mark:
        attempt.passed = False  # even full marks on the essays could not reach the pass mark
    else:
        attempt.passed = None


def finalise(attempt, reason, now=None):
    """
    Score every question and close the attempt (safe to call twice: a
    finished attempt is left alone). An attempt past its time is closed at
    its deadline. Then the course's completion is checked.
    """
    now = now or timezone.now()
    with transaction.atomic():
        updated = Attempt.objects.filter(pk=attempt.pk, state=Attempt.State.IN_PROGRESS).update(
            state=Attempt.State.FINISHED
        )
        if not updated:
            attempt.refresh_from_db()
            return attempt
        slots = list(attempt.slots.all())
        for slot in slots:
            # A checked answer is final; a trainer's mark is kept whatever grading would say (marking.py).
            if not slot.checked and not slot.marked_by_trainer:
                grade_slot(slot)
        AttemptSlot.objects.bulk_update(slots, ["fraction", "mark", "needs_marking"])
        grade_attempt(attempt, slots)
        attempt.state = Attempt.State.FINISHED
        attempt.finish_reason = reason
        attempt.finished_at = min(now, attempt.deadline) if attempt.deadline else now
        attempt.version += 1
        attempt.save(
            update_fields=[
                "state",
                "finish_reason",
                "finished_at",
                "version",
                "max_score",
                "score",
                "percent",
                "needs_marking",
                "passed",
            ]
        )
        update_completion(attempt.enrolment, now=now)
    return attempt


def finalise_overdue(now=None):
    """Finalise every attempt whose time is up (the timer's job); returns how many."""
    now = now or timezone.now()
    count = 0
    for attempt in Attempt.objects.overdue(now).select_related("enrolment").iterator():
        finalise(attempt, Attempt.FinishReason.TIME_UP, now=now)
        count += 1
    return count
