"""
The training demo for `manage.py seed_demo`: the question bank, the course index and two courses in Vietnamese
and English, and, for the demo people that exist, the trainer role, assignments and some progress.

It runs after the project's own demo and the campaign site's (INSTALLED_APPS order), whose languages, home
page, agencies and accounts it uses. Idempotent: everything is looked up by a natural key (a category's name, a
question's title in its category, a page's slug under its parent) and left alone when it exists.
"""

import datetime
from decimal import Decimal

from django.utils import timezone
from wagtail.models import Site
from wagtail.rich_text import RichText

from ..models import (
    Assignment,
    Attempt,
    CourseIndexPage,
    CoursePage,
    CourseTrainer,
    LessonPage,
    Question,
    QuestionCategory,
    QuestionOption,
    QuizPage,
    QuizQuestionRule,
)
from ..trainers import TRAINERS, trainers_group
from . import pages as specs
from .questions import CATEGORIES, QUESTIONS

# Demo people (safereturn.base.demo): used when they exist, skipped quietly otherwise.
TRAINER = "trainer"
OFFICIALS = ("canbo.xa", "canbo.congan")
ATTEMPT_SEED = 20250701  # the day Law 53/2024/QH15 took effect


def seed(run):
    demo = CoursesDemo(run)
    demo.run()
    course = demo.pages.get("receiving", {}).get("vi")
    if course is not None:
        run.notes.append(f"Training: {course.url}  (My learning: /hoc-tap/)")


class CoursesDemo:
    def __init__(self, run):
        self.run_state = run
        self.locales = run.shared["locales"]
        self.users = run.shared.get("users", {})
        self.agencies = run.shared.get("agencies", {})
        self.categories = {}
        self.questions = {}
        self.pages = {}

    def run(self):
        home = self.home()
        if home is None:
            self.run_state.warnings.append("No home page: skipped the training demo.")
            return
        self.ensure_categories()
        self.ensure_questions()
        index = self.ensure_page(
            "index", CourseIndexPage, home, specs.INDEX, {"intro": lambda lang: specs.INDEX[lang]["intro"]}
        )
        receiving = self.ensure_course(index, specs.RECEIVING)
        for lesson in specs.LESSONS:
            self.ensure_lesson(receiving, lesson)
        self.ensure_quiz(receiving, specs.QUIZ)
        fake_jobs = self.ensure_course(index, specs.FAKE_JOBS)
        self.ensure_lesson(fake_jobs, specs.FAKE_JOBS_LESSON)
        self.ensure_quiz(fake_jobs, specs.FAKE_JOBS_QUIZ)
        self.ensure_people()

    def count(self, kind, created):
        self.run_state.count(kind, created)

    def home(self):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            return None
        vi = site.root_page.specific
        return {"vi": vi, "en": vi.get_translation_or_none(self.locales["en"])}

    # Question bank ---------------------------------------------------------------------------------------------

    def ensure_categories(self):
        for key, (name, name_en, parent_key) in CATEGORIES.items():
            parent = self.categories.get(parent_key)
            siblings = parent.get_children() if parent else QuestionCategory.get_root_nodes()
            category = siblings.filter(name=name).first()
            created = category is None
            if created:
                category = QuestionCategory(name=name, name_en=name_en)
                category = (
                    parent.add_child(instance=category) if parent else QuestionCategory.add_root(instance=category)
                )
            self.categories[key] = category
            self.count("question categories", created)

    def ensure_questions(self):
        vi, en = self.locales["vi"], self.locales["en"]
        for spec in QUESTIONS:
            category = self.categories[spec.category]
            question = Question.objects.filter(locale=vi, category=category, title=spec.title).first()
            created = question is None
            if created:
                question = Question(
                    locale=vi,
                    category=category,
                    question_type=spec.kind,
                    title=spec.title,
                    text=spec.vi,
                    explanation=spec.explanation_vi,
                    penalty=Decimal(spec.penalty),
                    ignore_diacritics=spec.ignore_diacritics,
                )
                for order, option in enumerate(spec.options):
                    question.options.add(
                        QuestionOption(
                            locale=vi,
                            text=option.vi,
                            is_correct=option.correct,
                            weight=Decimal(option.weight),
                            feedback=option.feedback_vi,
                            sort_order=order,
                        )
                    )
                question.save()
                question.save_revision().publish()
            self.count("questions", created)
            self.questions[spec.key] = question
            translation = question.get_translation_or_none(en)
            if translation is None:
                translation = question.copy_for_translation(en)
                translation.text = spec.en
                translation.explanation = spec.explanation_en
                options = sorted(translation.options.all(), key=lambda option: option.sort_order)
                for option, option_spec in zip(options, spec.options, strict=True):
                    option.text = option_spec.en
                    option.feedback = option_spec.feedback_en
                translation.save()
                translation.save_revision().publish()
                self.count("questions", True)
            else:
                self.count("questions", False)

    # Pages -----------------------------------------------------------------------------------------------------

    def ensure_page(self, key, model, parents, spec, fields):
        """The page in both languages under `parents` ({"vi": page, "en": page}), created and published if missing."""
        self.pages[key] = {}
        vi_parent = parents["vi"]
        page = model.objects.child_of(vi_parent).filter(slug=spec["vi"]["slug"]).first()
        created = page is None
        if created:
            page = model(slug=spec["vi"]["slug"], locale=self.locales["vi"], live=False)
            self.apply(page, spec, "vi", fields)
            vi_parent.add_child(instance=page)
            page.save_revision(log_action=True).publish()
            page = model.objects.get(pk=page.pk)
        self.count("pages", created)
        self.pages[key]["vi"] = page
        translation = page.get_translation_or_none(self.locales["en"])
        created = translation is None
        if created and parents.get("en") is not None:
            translation = page.copy_for_translation(self.locales["en"], copy_parents=False).specific
            self.apply(translation, spec, "en", fields)
            translation.slug = spec["en"]["slug"]
            translation.save()
            translation.save_revision(log_action=True).publish()
            translation = model.objects.get(pk=translation.pk)
        self.count("pages", created)
        self.pages[key]["en"] = translation
        return self.pages[key]

    def apply(self, page, spec, language, fields):
        texts = spec[language]
        page.title = texts["title"]
        description = spec.get("search_description", {}).get(language) or texts.get("search_description", "")
        page.search_description = description or texts.get("intro", "")
        for name, value in fields.items():
            setattr(page, name, value(language) if callable(value) else value)

    def ensure_course(self, index, spec):
        def text(name):
            return lambda language: spec[language][name]

        fields = {name: text(name) for name in ("intro", "audience", "objectives", "prerequisites")}
        fields.update(
            access=spec["access"],
            duration_minutes=spec["duration_minutes"],
            completion_rule=spec.get("completion_rule", CoursePage.CompletionRule.LESSONS_AND_QUIZZES),
        )
        return self.ensure_page(spec["key"], CoursePage, index, spec, fields)

    def ensure_lesson(self, course, spec):
        fields = {
            "intro": lambda language: spec[language]["intro"],
            "body": lambda language: stream(spec[language]["body"]),
            "duration_minutes": spec["duration_minutes"],
            "legal_checked_on": specs.LEGAL_CHECK,
        }
        return self.ensure_page(spec["key"], LessonPage, course, spec, fields)

    def ensure_quiz(self, course, spec):
        vi_course = course["vi"]
        existing = QuizPage.objects.child_of(vi_course).filter(slug=spec["vi"]["slug"]).exists()
        fields = {
            "intro": lambda language: spec[language]["intro"],
            "success_text": lambda language: spec[language]["success_text"],
            "fail_text": lambda language: spec[language]["fail_text"],
            "feedback_bands": lambda language: [
                ("band", {"minimum_grade": grade, "text": text}) for grade, text in spec[language]["bands"]
            ],
            **spec["settings"],
        }
        if not existing:
            # Fresh rule objects for each language: one list given to two pages would move from one to the other.
            fields["question_rules"] = lambda language: [
                QuizQuestionRule(
                    question=self.questions.get(question_key),
                    category=self.categories.get(category_key),
                    count=count,
                    sort_order=order,
                )
                for order, (question_key, category_key, count) in enumerate(spec["rules"])
            ]
        return self.ensure_page(spec["key"], QuizPage, course, spec, fields)

    # People ----------------------------------------------------------------------------------------------------

    def ensure_people(self):
        trainer = self.users.get(TRAINER)
        if trainer is not None and not trainer.groups.filter(name=TRAINERS).exists():
            trainer.groups.add(trainers_group())
        course = self.pages["receiving"]["vi"]
        if trainer is not None:
            # The demo trainer trains both courses: marks their essays, reads their reports.
            for key in ("receiving", "fake_jobs"):
                page = self.pages.get(key, {}).get("vi")
                if page is not None:
                    _link, created = CourseTrainer.objects.get_or_create(course=page, user=trainer)
                    self.count("course trainers", created)
        today = timezone.localdate()
        commune = self.agencies.get("commune")
        if commune is not None:
            _assignment, created = Assignment.objects.get_or_create(
                course=course,
                agency=commune,
                defaults={"due_date": today + datetime.timedelta(days=30), "created_by": trainer},
            )
            self.count("assignments", created)
        police_officer = self.users.get(OFFICIALS[1])
        if police_officer is not None:
            _assignment, created = Assignment.objects.get_or_create(
                course=course,
                user=police_officer,
                defaults={"due_date": today + datetime.timedelta(days=5), "created_by": trainer},
            )
            self.count("assignments", created)
            self.ensure_progress(police_officer)
        commune_official = self.users.get(OFFICIALS[0])
        if commune_official is not None:
            from ..progress import mark_lesson_read

            for lesson_key in ("law", "verification"):
                mark_lesson_read(commune_official, self.pages[lesson_key]["vi"])

    def ensure_progress(self, user):
        """Two lessons read and one attempt that did not pass, for a demo official with none yet."""
        from .. import attempts as engine
        from ..progress import mark_lesson_read

        quiz = self.pages["receiving_quiz"]["vi"]
        for lesson_key in ("law", "verification"):
            mark_lesson_read(user, self.pages[lesson_key]["vi"])
        if Attempt.objects.filter(user=user, quiz_key=quiz.translation_key).exists():
            self.count("attempts", False)
            return
        attempt = engine.start_or_resume(user, quiz, seed=ATTEMPT_SEED)
        # Answers everything on the first page with its first option shown: a realistic, failing attempt.
        first_page = [slot for slot in attempt.slots.all() if slot.page == 0]
        data = {}
        for slot in first_page:
            if slot.option_order:
                data[f"q-{slot.pk}"] = [str(slot.option_order[0])]
        engine.save_page(attempt.uuid, user, page=0, version=attempt.version, data=data)
        engine.finalise(attempt, Attempt.FinishReason.SUBMITTED)
        self.count("attempts", True)


def stream(blocks):
    """Lesson blocks as StreamField data: HTML strings become rich text."""
    return [(kind, RichText(value) if kind == "text" else value) for kind, value in blocks]
