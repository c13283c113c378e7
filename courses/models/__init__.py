"""The models of the training app, by part: the question bank, the pages, and what learners do."""

from .bank import Question, QuestionCategory, QuestionOption
from .learning import (
    Assignment,
    Attempt,
    AttemptSlot,
    Certificate,
    Enrolment,
    LessonRead,
    MarkChange,
    QuizOverride,
    QuizStatistics,
)
from .pages import CourseIndexPage, CoursePage, CourseTrainer, LessonPage, QuizPage, QuizQuestionRule

__all__ = [
    "Assignment",
    "Attempt",
    "AttemptSlot",
    "Certificate",
    "CourseIndexPage",
    "CoursePage",
    "CourseTrainer",
    "Enrolment",
    "LessonPage",
    "LessonRead",
    "MarkChange",
    "Question",
    "QuestionCategory",
    "QuestionOption",
    "QuizOverride",
    "QuizPage",
    "QuizStatistics",
    "QuizQuestionRule",
]
