"""Admin forms of the question bank: options checked against the type, and categories placed in their tree."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .models import Question, QuestionCategory


class QuestionAdminForm(WagtailAdminModelForm):
    """Checks the inline options against the question's type before anything is saved."""

    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get("options") if hasattr(self, "formsets") else None
        if formset is None or not formset.is_valid():
            return cleaned
        options = [
            {"text": form.cleaned_data.get("text", ""), "is_correct": form.cleaned_data.get("is_correct", False)}
            for form in formset.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        probe = Question(question_type=cleaned.get("question_type") or Question.Type.SINGLE)
        for message in probe.validate_options(options):
            self.add_error(None, ValidationError(message))
        return cleaned


class QuestionCategoryForm(WagtailAdminModelForm):
    """A category with its place in the tree: under another category, or at the top."""

    parent = forms.ModelChoiceField(
        queryset=QuestionCategory.objects.all(),
        required=False,
        label=_("Inside the category"),
        help_text=_("Leave empty for a category at the top of the bank."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        instance = self.instance
        if instance.pk:
            self.fields["parent"].initial = instance.get_parent()
            # A category cannot go inside itself or its own subcategories.
            self.fields["parent"].queryset = QuestionCategory.objects.exclude(path__startswith=instance.path)

    def save(self, commit=True):
        parent = self.cleaned_data.get("parent")
        instance = self.instance
        if instance.pk is None:
            return parent.add_child(instance=instance) if parent else QuestionCategory.add_root(instance=instance)
        instance.save()
        current = instance.get_parent()
        if (current.pk if current else None) != (parent.pk if parent else None):
            if parent:
                instance.move(parent, pos="sorted-child")
            else:
                instance.move(QuestionCategory.get_first_root_node(), pos="sorted-sibling")
            instance.refresh_from_db()
        return instance
