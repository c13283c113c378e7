"""The models of the training app, by part: the question bank, the pages, and what learners do."""

from .bank import Question, QuestionCategory, QuestionOption
from .learning import Assignment, Attempt, AttemptSlot, Enrolment, LessonRead, QuizOverride
from .pages import CourseIndexPage, CoursePage, LessonPage, QuizPage, QuizQuestionRule

__all__ = [
    "Assignment",
    "Attempt",
    "AttemptSlot",
    "CourseIndexPage",
    "CoursePage",
    "Enrolment",
    "LessonPage",
    "LessonRead",
    "Question",
    "QuestionCategory",
    "QuestionOption",
    "QuizOverride",
    "QuizPage",
    "QuizQuestionRule",
]
