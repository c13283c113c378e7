"""
Casework posts and roles, managed by the casework administrator (who reads
no case).

A casework post is a staff-accounts Membership whose role is a casework role.
The administrator manages the posts of the agencies of their own province,
never their own post, and keeps duties apart: whoever holds an oversight
role (auditor, administrator) holds no role that reads cases at the same
time, and the other way round. Every change is in the casework audit log
and, through the accounts signals, in the security log.
"""

import datetime

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from safereturn.accounts.models import Membership
from safereturn.organisation.models import AdministrativeUnit, Agency

from .audit import AuditEvent, record
from .forms import vietnamese_date_field
from .permissions import OVERSIGHT_ROLES, ROLES, Action, actor


def managed_provinces(user):
    provinces = set()
    for grant in actor(user).grants:
        if Action.MANAGE_STAFF in grant.role.actions:
            provinces |= grant.provinces
    return provinces


def managed_agencies(user):
    provinces = managed_provinces(user)
    return Agency.objects.filter(
        Q(administrative_unit_id__in=provinces) | Q(administrative_unit__parent_id__in=provinces)
    )


def manageable_posts(user):
    """The casework posts an administrator may see and change: those of their province's agencies."""
    return Membership.objects.filter(role__in=ROLES, agency__in=managed_agencies(user))


def _holds(user, roles, valid_from, valid_until, excluding=None):
    """
    Whether `user` holds one of `roles` at any time between `valid_from` and `valid_until` (the first day off;
    None: open-ended): a post that starts tomorrow counts, so that separation of duties cannot be dodged by dates.
    """
    posts = Membership.objects.filter(user=user, role__in=roles).filter(
        Q(valid_until__isnull=True) | Q(valid_until__gt=valid_from)
    )
    if valid_until is not None:
        posts = posts.filter(valid_from__lt=valid_until)
    if excluding is not None:
        posts = posts.exclude(pk=excluding.pk)
    return posts.exists()


# Errors that refuse what the person may not do (not mistakes in the form): they are audited as refusals.
REFUSALS = {"person": "self_grant", "role": "separation_of_duties"}


class PostForm(forms.ModelForm):
    person = forms.CharField(
        label=gettext_lazy("Person"),
        max_length=254,
        help_text=gettext_lazy("Their username or e-mail address. New people are added under Settings → Users."),
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    role = forms.ChoiceField(label=gettext_lazy("Role"), choices=())

    class Meta:
        model = Membership
        fields = ["agency", "administrative_units", "position", "role", "is_primary", "valid_from", "valid_until"]
        widgets = {"administrative_units": forms.SelectMultiple(attrs={"size": 8})}

    def __init__(self, *args, manager, **kwargs):
        super().__init__(*args, **kwargs)
        self.manager = manager
        provinces = managed_provinces(manager)
        self.fields["role"].choices = [(role.code, role.label) for role in ROLES.values()]
        self.fields["agency"].queryset = managed_agencies(manager).current().order_by("name")
        self.fields["administrative_units"].queryset = (
            AdministrativeUnit.objects.current()
            .filter(Q(pk__in=provinces) | Q(parent_id__in=provinces))
            .order_by("level", "code")
        )
        self.fields["administrative_units"].label_from_instance = lambda unit: unit.display_full_name
        self.fields["valid_from"] = vietnamese_date_field(label=_("Valid from"), required=True)
        self.fields["valid_until"] = vietnamese_date_field(label=_("Valid until"), required=False)
        self.fields["valid_until"].help_text = _("The first day on which the post no longer holds. Day/month/year.")
        if self.instance.pk:
            self.fields["person"].disabled = True
            self.initial["person"] = self.instance.user.get_username()
        else:
            self.initial.setdefault("valid_from", timezone.localdate())
        self.order_fields(["person", "role", "agency", "administrative_units", "position"])

    def clean_person(self):
        if self.instance.pk:
            return self.instance.user
        text = self.cleaned_data["person"].strip()
        user = (
            get_user_model()
            .objects.filter(is_active=True)
            .filter(Q(username__iexact=text) | Q(email__iexact=text))
            .first()
        )
        if user is None:
            raise forms.ValidationError(_("No active account has this username or e-mail address."))
        if user.pk == self.manager.pk:
            raise forms.ValidationError(
                _("Nobody can give themselves a post: ask another administrator."), code=REFUSALS["person"]
            )
        return user

    def clean(self):
        cleaned = super().clean()
        person, role_code, agency = cleaned.get("person"), cleaned.get("role"), cleaned.get("agency")
        if not (person and role_code and agency):
            return cleaned
        role = ROLES[role_code]
        if role.agency_types and agency.agency_type not in role.agency_types:
            self.add_error("agency", _("This role is held in another type of agency."))
        excluding = self.instance if self.instance.pk else None
        valid_from, valid_until = cleaned.get("valid_from"), cleaned.get("valid_until")
        if valid_from is not None:
            reading = [code for code, other in ROLES.items() if other.reads_cases]
            if role.code in OVERSIGHT_ROLES and _holds(person, reading, valid_from, valid_until, excluding):
                self.add_error(
                    "role",
                    forms.ValidationError(
                        _("This person holds a role that reads cases: they cannot audit or administer."),
                        code=REFUSALS["role"],
                    ),
                )
            if role.reads_cases and _holds(person, OVERSIGHT_ROLES, valid_from, valid_until, excluding):
                self.add_error(
                    "role",
                    forms.ValidationError(
                        _("This person audits or administers casework: they cannot read cases."),
                        code=REFUSALS["role"],
                    ),
                )
        units = cleaned.get("administrative_units") or []
        if role.scope == "commune" and any(unit.level != AdministrativeUnit.Level.COMMUNE for unit in units):
            self.add_error("administrative_units", _("A commune officer answers for communes only."))
        return cleaned


def edit_post(request, membership):
    data = request.POST if request.method == "POST" else None
    form = PostForm(data, instance=membership, manager=request.user)
    if data is not None and form.is_valid():
        with transaction.atomic():
            post = form.save(commit=False)
            post.user = form.cleaned_data["person"]
            post.save()
            form.save_m2m()
        record(
            request,
            AuditEvent.Action.CHANGE if membership else AuditEvent.Action.CREATE,
            obj=post,
            changed_fields=[name for name in form.changed_data if name != "person"] + ([] if membership else ["user"]),
        )
        messages.success(request, _("The post was saved."))
        return redirect("casework:staff_list")
    if data is not None and any(form.has_error(field, code) for field, code in REFUSALS.items()):
        # Giving oneself a post, or roles that must stay apart: a refusal the audit log keeps, not just a form error.
        record(request, AuditEvent.Action.DENIED, obj=membership, object_type=Membership)
    return render(request, "casework/staff_form.html", {"form": form, "membership": membership})


# Handing a caseload over ------------------------------------------------------------------------------------------


class HandOverForm(forms.Form):
    successor = forms.ModelChoiceField(
        label=gettext_lazy("Hand the cases and tasks over to"),
        queryset=get_user_model().objects.none(),
        help_text=gettext_lazy("Someone with a current post that may be assigned cases, in your province."),
    )
    last_day = vietnamese_date_field(label=gettext_lazy("Last day of the post (the post ends after it)"))

    def __init__(self, *args, manager, leaving, **kwargs):
        super().__init__(*args, **kwargs)
        from .permissions import ASSIGNABLE_ROLES

        self.leaving = leaving
        successors = (
            manageable_posts(manager)
            .current()
            .filter(role__in=ASSIGNABLE_ROLES, user__is_active=True)
            .exclude(user=leaving.user)
            .values("user_id")
        )
        self.fields["successor"].queryset = get_user_model().objects.filter(pk__in=successors).order_by("username")
        self.fields["successor"].label_from_instance = lambda person: (
            f"{person.get_full_name() or person.get_username()} ({person.get_username()})"
        )
        self.fields["last_day"].initial = timezone.localdate()

    def clean_last_day(self):
        day = self.cleaned_data["last_day"]
        if day < timezone.localdate() - datetime.timedelta(days=1):
            raise forms.ValidationError(_("A post cannot be ended in the past."))
        if self.leaving.valid_from and day < self.leaving.valid_from:
            raise forms.ValidationError(_("A post cannot end before it starts."))
        return day


def move_caseload(membership, successor, provinces, by, last_day, request=None):
    """
    End `membership` after `last_day` and, in one transaction, move every
    case assigned to its holder in `provinces`, and their open tasks there,
    to `successor`; each moved case's change is audited as made by `by`.
    Nothing is moved if anything fails. Returns (cases moved, tasks moved).
    """
    from .models import Case, CaseAssignment, CaseTask

    in_province = Case.objects.filter(province_id__in=provinces)
    now = timezone.now()
    with transaction.atomic():
        moving = list(
            CaseAssignment.objects.active()
            .filter(user=membership.user, case__in=in_province)
            .select_for_update()
            .select_related("case")
        )
        already = set(
            CaseAssignment.objects.active()
            .filter(user=successor, case_id__in=[item.case_id for item in moving])
            .values_list("case_id", flat=True)
        )
        for item in moving:
            item.ended_at, item.ended_by_id = now, by.pk
            item.save(update_fields=["ended_at", "ended_by_id"])
            if item.case_id not in already:
                CaseAssignment.objects.create(case=item.case, user=successor, assigned_by_id=by.pk)
            record(request, AuditEvent.Action.CHANGE, obj=item.case, changed_fields=["assignees"], user=by)
        moved_tasks = (
            CaseTask.objects.open().filter(assignee=membership.user, case__in=in_province).update(assignee=successor)
        )
        membership.valid_until = last_day + datetime.timedelta(days=1)
        membership.save(update_fields=["valid_until"])
        record(request, AuditEvent.Action.CHANGE, obj=membership, changed_fields=["valid_until"], user=by)
    return len(moving), moved_tasks


def hand_over(request, membership):
    """The hand-over page of `membership` (see move_caseload)."""
    from .models import Case, CaseAssignment

    data = request.POST if request.method == "POST" else None
    form = HandOverForm(data, manager=request.user, leaving=membership)
    provinces = managed_provinces(request.user)
    if data is not None and form.is_valid():
        last_day = form.cleaned_data["last_day"]
        cases, tasks = move_caseload(
            membership, form.cleaned_data["successor"], provinces, request.user, last_day, request=request
        )
        messages.success(
            request,
            _("%(cases)d case(s) and %(tasks)d task(s) were handed over; the post ends after %(day)s.")
            % {"cases": cases, "tasks": tasks, "day": last_day.strftime("%d/%m/%Y")},
        )
        return redirect("casework:staff_list")
    record(request, AuditEvent.Action.VIEW, obj=membership)
    assigned = CaseAssignment.objects.active().filter(
        user=membership.user, case__in=Case.objects.filter(province_id__in=provinces)
    )
    return render(
        request,
        "casework/staff_hand_over.html",
        {"form": form, "membership": membership, "case_count": assigned.count()},
    )
