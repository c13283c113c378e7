"""
The quiz engine: random draws (seeded), attempts, answers saved as given, time limits on the server with extra
time, and every refusal, each leaving the attempt exactly as it was.
"""

import random
from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from courses import attempts as engine
from courses import factories as f
from courses.models import Attempt, AttemptSlot, Enrolment, QuizOverride

pytestmark = pytest.mark.django_db


def state_of(attempt):
    """Everything about an attempt a refusal must leave unchanged."""
    attempt = Attempt.objects.get(pk=attempt.pk)
    slots = list(AttemptSlot.objects.filter(attempt=attempt).order_by("position").values())
    fields = ("state", "version", "current_page", "score", "percent", "finished_at", "passed")
    return {name: getattr(attempt, name) for name in fields}, slots


def slot_of(attempt, kind):
    return next(slot for slot in attempt.slots.all() if slot.question_type == kind)


def choice(slot, text):
    return next(option["id"] for option in slot.snapshot["options"] if option["text"] == text)


def answer_page(attempt, user, page, data, action="save", **kwargs):
    attempt.refresh_from_db()
    return engine.save_page(attempt.uuid, user, page=page, version=attempt.version, data=data, action=action, **kwargs)


# Drawing --------------------------------------------------------------------------------------------------------


def test_a_category_rule_draws_distinct_random_questions_and_the_same_seed_the_same_draw(course_tree):
    quiz, bank = course_tree["quiz"], course_tree["bank"]
    quiz.question_rules.all().delete()
    extra = [
        f.question(bank["root"], "true_false", [("Đúng", True), ("Sai", False)], text=f"Câu {n}?") for n in range(8)
    ]
    f.rule(quiz, question=extra[0])
    f.rule(quiz, category=bank["root"], count=4)
    quiz.shuffle_questions = True

    first = [q.pk for q in engine.draw_questions(quiz, random.Random(7))]
    again = [q.pk for q in engine.draw_questions(quiz, random.Random(7))]
    other = [q.pk for q in engine.draw_questions(quiz, random.Random(8))]
    assert first == again
    assert first != other
    assert len(first) == 5 == len(set(first))
    assert extra[0].pk in first  # a fixed question is never drawn twice

    quiz.max_questions = 3
    assert len(engine.draw_questions(quiz, random.Random(7))) == 3


def test_subcategories_are_included_or_not(course_tree):
    quiz, bank = course_tree["quiz"], course_tree["bank"]
    quiz.question_rules.all().delete()
    f.rule(quiz, category=bank["root"], count=50, include_subcategories=False)
    drawn = {q.question_type for q in engine.draw_questions(quiz, random.Random(1))}
    assert drawn == {"single", "multiple", "essay"}
    quiz.question_rules.all().delete()
    f.rule(quiz, category=bank["root"], count=50)
    assert len(engine.draw_questions(quiz, random.Random(1))) == 5


def test_draft_questions_are_never_drawn(course_tree):
    quiz, bank = course_tree["quiz"], course_tree["bank"]
    quiz.question_rules.all().delete()
    f.question(bank["sub"], "true_false", [("Đúng", True), ("Sai", False)], text="Bản nháp?", publish=False)
    f.rule(quiz, category=bank["sub"], count=10)
    drawn = {q.text for q in engine.draw_questions(quiz, random.Random(1))}
    assert drawn == {bank["true_false"].text, bank["short"].text}


def test_answer_order_is_shuffled_once_and_kept(course_tree, learner):
    quiz = course_tree["quiz"]
    quiz.shuffle_options = True
    quiz.save()
    attempt = engine.start_or_resume(learner, quiz, seed=3)
    slot = slot_of(attempt, "multiple")
    assert sorted(slot.option_order) == sorted(o["id"] for o in slot.snapshot["options"])
    assert engine.start_or_resume(learner, quiz).pk == attempt.pk  # resumed, not drawn again
    assert slot_of(attempt, "true_false").option_order == [
        o["id"] for o in slot_of(attempt, "true_false").snapshot["options"]
    ]


# Attempts -------------------------------------------------------------------------------------------------------


def test_an_attempt_keeps_the_question_as_it_was_and_its_revision(course_tree, learner):
    quiz, bank = course_tree["quiz"], course_tree["bank"]
    attempt = engine.start_or_resume(learner, quiz)
    single = slot_of(attempt, "single")
    question = bank["single"]
    assert single.question_revision_id == question.live_revision_id
    assert Enrolment.objects.get(user=learner).agency_name == learner.agency.name

    question.text = "Câu hỏi đã sửa"
    for option in question.options.all():
        option.is_correct = not option.is_correct
    question.save_revision().publish()

    answer_page(attempt, learner, single.page, {f"q-{single.pk}": [str(choice(single, "Ủy ban nhân dân cấp xã"))]})
    engine.finalise(attempt, Attempt.FinishReason.SUBMITTED)
    single.refresh_from_db()
    assert single.snapshot["text"] == "Ai tiếp nhận người tự trình báo?"
    assert single.fraction == Decimal("1")


def test_answers_are_saved_as_given_and_scored_on_submission(course_tree, learner):
    quiz = course_tree["quiz"]
    attempt = engine.start_or_resume(learner, quiz)
    answers = {
        "single": ["Ủy ban nhân dân cấp xã"],
        "multiple": ["Sở Y tế", "Tòa án"],
        "true_false": ["Đúng"],
    }
    for kind, texts in answers.items():
        slot = slot_of(attempt, kind)
        answer_page(attempt, learner, slot.page, {f"q-{slot.pk}": [str(choice(slot, t)) for t in texts]}, "next")
    short = slot_of(attempt, "short")
    answer_page(attempt, learner, short.page, {f"q-{short.pk}": ["Co so tro giup xa hoi"]})
    short.refresh_from_db()
    assert short.response == {"text": "Co so tro giup xa hoi"}
    assert short.fraction is None  # nothing is scored before submission

    attempt.refresh_from_db()
    engine.submit(attempt.uuid, learner, version=attempt.version)
    attempt.refresh_from_db()
    # 1 + (0.5 - 0.5 penalty = 0) + 1 + 1 + essay unanswered 0, of 5
    assert attempt.score == Decimal("3")
    assert attempt.percent == Decimal("60.00")
    assert attempt.passed is True
    assert not attempt.needs_marking


def test_an_answered_essay_waits_for_marking_and_passing_waits_unless_already_certain(course_tree, learner):
    quiz = course_tree["quiz"]
    attempt = engine.start_or_resume(learner, quiz)
    essay = slot_of(attempt, "essay")
    answer_page(attempt, learner, essay.page, {f"q-{essay.pk}": ["Không nói tên, địa chỉ của nạn nhân."]})
    attempt.refresh_from_db()
    engine.submit(attempt.uuid, learner, version=attempt.version)
    attempt.refresh_from_db()
    # 0 of 5 so far, 1 of 5 at best with the essay: the pass mark (60%) cannot be reached.
    assert attempt.needs_marking and attempt.passed is False and attempt.percent == Decimal("0.00")

    quiz.pass_mark = 20
    quiz.save()
    second = engine.start_or_resume(learner, quiz)
    essay = slot_of(second, "essay")
    answer_page(second, learner, essay.page, {f"q-{essay.pk}": ["Giữ bí mật nơi ở của họ."]})
    second.refresh_from_db()
    engine.submit(second.uuid, learner, version=second.version)
    second.refresh_from_db()
    assert second.needs_marking and second.passed is None  # 20% is reached only if the essay earns its mark


def test_attempts_allowed_with_an_override(course_tree, learner):
    quiz = course_tree["quiz"]
    quiz.attempts_allowed = 1
    quiz.save()
    attempt = engine.start_or_resume(learner, quiz)
    engine.finalise(attempt, Attempt.FinishReason.SUBMITTED)
    with pytest.raises(engine.NoAttemptLeft):
        engine.start_or_resume(learner, quiz)
    QuizOverride.objects.create(quiz=quiz, user=learner, extra_attempts=1, reason="Mất kết nối")
    second = engine.start_or_resume(learner, quiz)
    assert second.number == 2


# Time limits ----------------------------------------------------------------------------------------------------


def test_an_attempt_past_its_time_counts_as_submitted_at_once_and_the_job_records_it(course_tree, learner):
    quiz = course_tree["quiz"]
    quiz.time_limit_minutes = 10
    quiz.save()
    start = timezone.now() - timedelta(minutes=11)
    attempt = engine.start_or_resume(learner, quiz, now=start)
    single = slot_of(attempt, "single")
    answer_page(
        attempt,
        learner,
        single.page,
        {f"q-{single.pk}": [str(choice(single, "Ủy ban nhân dân cấp xã"))]},
        now=start + timedelta(minutes=5),
    )
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.IN_PROGRESS and attempt.is_finished()  # on read, before any job ran
    assert list(Attempt.objects.overdue()) == [attempt]

    assert engine.finalise_overdue() == 1
    assert engine.finalise_overdue() == 0
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.FINISHED
    assert attempt.finish_reason == Attempt.FinishReason.TIME_UP
    assert attempt.finished_at == attempt.deadline
    assert attempt.score == Decimal("1")


def test_extra_time_moves_the_deadline(course_tree, learner, other_learner):
    quiz = course_tree["quiz"]
    quiz.time_limit_minutes = 10
    quiz.save()
    QuizOverride.objects.create(quiz=quiz, user=learner, extra_minutes=15, reason="Hỗ trợ tiếp cận")
    now = timezone.now()
    mine = engine.start_or_resume(learner, quiz, now=now)
    theirs = engine.start_or_resume(other_learner, quiz, now=now)
    assert mine.deadline == now + timedelta(minutes=25)
    assert theirs.deadline == now + timedelta(minutes=10)
    later = now + timedelta(minutes=12)
    assert theirs.is_finished(later) and not mine.is_finished(later)
    slot = slot_of(mine, "true_false")
    answer_page(mine, learner, slot.page, {f"q-{slot.pk}": [str(choice(slot, "Đúng"))]}, now=later)
    mine.refresh_from_db()
    assert engine.submit(mine.uuid, learner, version=mine.version, now=later).state == Attempt.State.FINISHED


# Refusals: each leaves the attempt exactly as it was ------------------------------------------------------------


@pytest.fixture
def started(course_tree, learner):
    attempt = engine.start_or_resume(learner, course_tree["quiz"])
    single = slot_of(attempt, "single")
    answer_page(attempt, learner, single.page, {f"q-{single.pk}": [str(choice(single, "Tòa án"))]})
    attempt.refresh_from_db()
    return attempt


def refused(attempt, error, call):
    before = state_of(attempt)
    with pytest.raises(error):
        call()
    assert state_of(attempt) == before


def test_a_double_submission_is_refused(started, learner):
    engine.submit(started.uuid, learner, version=started.version)
    started.refresh_from_db()
    refused(started, engine.AlreadySubmitted, lambda: engine.submit(started.uuid, learner, version=started.version))
    refused(started, engine.AlreadySubmitted, lambda: answer_page(started, learner, 0, {}))


def test_answers_after_the_time_is_up_are_refused(started, learner):
    started.deadline = timezone.now() - timedelta(seconds=1)
    started.save()
    single = slot_of(started, "single")
    data = {f"q-{single.pk}": [str(choice(single, "Ủy ban nhân dân cấp xã"))]}
    with pytest.raises(engine.TimeUp):
        answer_page(started, learner, single.page, data)
    single.refresh_from_db()
    assert single.response == {"choices": [choice(single, "Tòa án")]}  # the late answer was not saved
    started.refresh_from_db()
    assert started.state == Attempt.State.FINISHED  # and the attempt was submitted
    refused(started, engine.AlreadySubmitted, lambda: answer_page(started, learner, single.page, data))


@pytest.mark.parametrize(
    "tamper",
    [
        lambda slots, other: {"q-999999": ["1"]},  # a question that does not exist
        lambda slots, other: {f"q-{other.pk}": ["1"]},  # a question of another page
        lambda slots, other: {f"q-{slots[0].pk}": ["999999"]},  # an option of no question
        lambda slots, other: {f"q-{slots[0].pk}": [str(other.snapshot["options"][0]["id"])]},  # another question's
        lambda slots, other: {f"q-{slots[0].pk}": ["abc"]},
        lambda slots, other: {f"q-{slots[0].pk}": [str(o["id"]) for o in slots[0].snapshot["options"]]},  # two
    ],
)
def test_tampered_question_or_option_ids_are_refused(started, learner, tamper):
    single = slot_of(started, "single")
    other = slot_of(started, "multiple")
    refused(started, engine.Tampered, lambda: answer_page(started, learner, single.page, tamper([single], other)))


def test_answers_to_another_users_attempt_are_refused(started, other_learner):
    single = slot_of(started, "single")
    data = {f"q-{single.pk}": [str(choice(single, "Ủy ban nhân dân cấp xã"))]}
    refused(started, engine.NotYours, lambda: answer_page(started, other_learner, single.page, data))
    refused(started, engine.NotYours, lambda: engine.submit(started.uuid, other_learner, version=started.version))


def test_a_page_that_is_no_longer_current_is_refused(started, learner):
    single = slot_of(started, "single")
    stale_version = started.version
    answer_page(started, learner, single.page, {}, "next")  # another tab moved on
    started.refresh_from_db()
    data = {f"q-{single.pk}": [str(choice(single, "Ủy ban nhân dân cấp xã"))]}
    call = lambda: engine.save_page(  # noqa: E731
        started.uuid, learner, page=single.page, version=stale_version, data=data, action="save"
    )
    refused(started, engine.StalePage, call)
    refused(started, engine.StalePage, lambda: engine.submit(started.uuid, learner, version=stale_version))


def test_sequential_quizzes_refuse_going_back(course_tree, learner):
    quiz = course_tree["quiz"]
    quiz.navigation = "sequential"
    quiz.save()
    attempt = engine.start_or_resume(learner, quiz)
    answer_page(attempt, learner, 0, {}, "next")
    attempt.refresh_from_db()
    refused(attempt, engine.OutOfOrder, lambda: answer_page(attempt, learner, 1, {}, "previous"))
    refused(attempt, engine.StalePage, lambda: answer_page(attempt, learner, 0, {}))


def test_a_checked_answer_is_final_when_feedback_comes_after_each_question(course_tree, learner):
    quiz = course_tree["quiz"]
    quiz.feedback_timing = "each"
    quiz.save()
    attempt = engine.start_or_resume(learner, quiz)
    single = slot_of(attempt, "single")
    answer_page(attempt, learner, single.page, {f"q-{single.pk}": [str(choice(single, "Tòa án"))]}, "check")
    single.refresh_from_db()
    assert single.checked and single.fraction == Decimal("0")
    attempt.refresh_from_db()
    data = {f"q-{single.pk}": [str(choice(single, "Ủy ban nhân dân cấp xã"))]}
    refused(attempt, engine.AlreadyChecked, lambda: answer_page(attempt, learner, single.page, data))
    answer_page(attempt, learner, single.page, {})  # a disabled input sends nothing: that changes nothing
    single.refresh_from_db()
    assert single.response == {"choices": [choice(single, "Tòa án")]}
