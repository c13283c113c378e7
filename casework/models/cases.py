"""
People and cases.

A case is one reception of one person (the principal), with the people
linked to it (accompanying under-18s, relatives, a legal representative),
its assignments and its documents. Every personal value is an encrypted
field (casework.fields); which of them a user may read or write is decided
by the field policy (casework.permissions.FIELD_GROUPS), which names every
one of them. Plain columns hold only what access, lists and sorting need:
the commune and province (jurisdiction), dates, stage, intake channel.
"""

import secrets

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from ..fields import EncryptedCharField, EncryptedDateField, EncryptedTextField
from .foundation import CaseworkModel, CaseworkQuerySet, RandomIdModel
from .reference import LegalRegime

# Case numbers: random, so that a number says nothing about how many cases
# there are or when one came in. Crockford's base32 without I, L, O, U:
# easy to read aloud and to copy from paper. 8 characters: 40 bits.
NUMBER_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
NUMBER_LENGTH = 8
NUMBER_PREFIX = "HS"


def new_case_number():
    return "".join(secrets.choice(NUMBER_ALPHABET) for _ in range(NUMBER_LENGTH))


def normalise_case_number(text):
    """The stored form of a typed case number ("hs-7k3m q9tx" → "7K3MQ9TX"), or "" if it cannot be one."""
    value = "".join(char for char in str(text or "").upper() if char.isalnum())
    if value.startswith(NUMBER_PREFIX) and len(value) == len(NUMBER_PREFIX) + NUMBER_LENGTH:
        value = value[len(NUMBER_PREFIX) :]
    value = value.replace("O", "0").replace("I", "1").replace("L", "1")
    if len(value) == NUMBER_LENGTH and all(char in NUMBER_ALPHABET for char in value):
        return value
    return ""


def casework_storage():
    return storages["casework"]


class IntakeChannel(models.TextChoices):
    """How the person came to the authorities (domain.md §2.1; tips are not cases, see issue 15)."""

    SELF_REPORT = "self_report", _("Reported by the person (including coming back on their own)")
    RESCUED = "rescued", _("Rescued")
    RETURN_VIA_EMBASSY = "return_via_embassy", _("Returned through a Vietnamese embassy or consulate")
    HANDED_OVER_AT_BORDER = "handed_over_at_border", _("Handed over at the border")


class Stage(models.TextChoices):
    """The states of domain.md §2.2 (part 2 moves cases between them)."""

    REPORTED = "reported", _("Reported")
    RECEIVED_BY_COMMUNE = "received_by_commune", _("Received by the commune")
    INITIAL_VERIFICATION = "initial_verification", _("Initial verification")
    FURTHER_VERIFICATION = "further_verification", _("Further verification")
    IDENTIFIED = "identified", _("Identified as a victim")
    NOT_IDENTIFIED = "not_identified", _("Not identified as a victim")
    SUPPORT_PLANNED = "support_planned", _("Support planned")
    SHELTERED = "sheltered", _("In a shelter")
    HANDED_OVER = "handed_over", _("Handed over")
    REINTEGRATION = "reintegration", _("Reintegration")
    CLOSED = "closed", _("Closed")


class PersonStatus(models.TextChoices):
    IN_IDENTIFICATION = "in_identification", _("Person in the process of being identified as a victim")
    VICTIM = "victim", _("Identified victim")
    NOT_IDENTIFIED = "not_identified", _("Not identified as a victim")


class ParticipantRole(models.TextChoices):
    ACCOMPANYING_MINOR = "accompanying_minor", _("Accompanying person under 18")
    RELATIVE = "relative", _("Relative")
    LEGAL_REPRESENTATIVE = "legal_representative", _("Legal representative")


class Sex(models.TextChoices):
    FEMALE = "female", _("Female")
    MALE = "male", _("Male")


class ExploitationPurpose(models.TextChoices):
    """The purposes of Law 53/2024 Art. 2 (domain.md §4)."""

    SEXUAL_EXPLOITATION = "sexual_exploitation", _("Sexual exploitation")
    FORCED_LABOUR = "forced_labour", _("Forced labour")
    ORGAN_REMOVAL = "organ_removal", _("Removal of organs")
    OTHER_INHUMANE = "other_inhumane", _("Other inhumane purpose")
    UNKNOWN = "unknown", _("Not known yet")


class Route(models.TextChoices):
    DOMESTIC = "domestic", _("Within Viet Nam")
    CROSS_BORDER = "cross_border", _("Across the border")
    UNKNOWN = "unknown", _("Not known yet")


class Person(CaseworkModel):
    """
    A person on a case: the person received, or someone linked to them.
    Each registration makes a new record (merging duplicates is part 3).
    """

    # Identity.
    full_name = EncryptedCharField(pgettext_lazy("person", "full name"), max_length=200)
    aliases = EncryptedCharField(
        _("other names"), max_length=300, blank=True, help_text=_("Other names the person is known by.")
    )
    birth_date = EncryptedDateField(_("date of birth"), null=True, blank=True)
    sex = EncryptedCharField(_("sex"), max_length=10, choices=Sex.choices, blank=True)
    ethnicity = EncryptedCharField(_("ethnicity"), max_length=60, blank=True)
    nationality = EncryptedCharField(_("nationality"), max_length=60, blank=True)
    id_number = EncryptedCharField(
        _("ID card or passport number"), max_length=20, blank=True, help_text=_("Citizen ID card or passport.")
    )
    # Contact.
    phone = EncryptedCharField(_("phone number"), max_length=30, blank=True)
    other_contact = EncryptedCharField(
        _("other contact"), max_length=200, blank=True, help_text=_("For example a relative who can pass a message.")
    )
    permanent_address = EncryptedTextField(_("permanent residence"), blank=True)
    current_address = EncryptedTextField(_("current residence"), blank=True)
    # Health.
    health_notes = EncryptedTextField(_("health"), blank=True, help_text=_("Health check, treatment, insurance card."))
    psychological_notes = EncryptedTextField(_("psychological care"), blank=True)

    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    keyed_hashes = {
        "full_name": "name",
        "aliases": "name",
        "id_number": "id_number",
        "phone": "phone",
        "birth_date": "birth_date",
    }

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")


class CaseQuerySet(CaseworkQuerySet):
    def for_list(self):
        """What a list shows, in a fixed number of queries: the case, its places and its person's name only."""
        return self.select_related("commune", "person").only(
            "id",
            "number",
            "stage",
            "intake_channel",
            "received_on",
            "due_on",
            "commune__id",
            "commune__name",
            "commune__name_en",
            "person__id",
            "person__full_name",
        )

    def by_date(self):
        """
        Overdue cases first (their time limit soonest passed first), then the
        newest reception: lists are never sorted by anything personal.
        """
        today = timezone.localdate()
        overdue = models.Case(models.When(due_on__lt=today, then=models.Value(0)), default=models.Value(1))
        return self.order_by(overdue, models.F("due_on").asc(nulls_last=True), "-received_on", "-created_at", "id")


class Case(CaseworkModel):
    """One reception of one person (see the module's docstring)."""

    number = models.CharField(_("case number"), max_length=12, unique=True, default=new_case_number, editable=False)
    legal_regime = models.CharField(
        _("legal regime"), max_length=8, choices=LegalRegime.choices, default=LegalRegime.LAW_2024
    )
    intake_channel = models.CharField(_("intake channel"), max_length=40, choices=IntakeChannel.choices)
    stage = models.CharField(_("stage"), max_length=40, choices=Stage.choices, default=Stage.RECEIVED_BY_COMMUNE)
    person = models.ForeignKey(
        Person, verbose_name=_("person received"), on_delete=models.PROTECT, related_name="principal_cases"
    )
    person_status = models.CharField(
        _("status of the person"), max_length=30, choices=PersonStatus.choices, default=PersonStatus.IN_IDENTIFICATION
    )
    # Jurisdiction: the commune that received the person, and its province
    # (kept here so that every access check is a plain indexed filter).
    commune = models.ForeignKey(
        "organisation.AdministrativeUnit",
        verbose_name=_("commune"),
        on_delete=models.PROTECT,
        related_name="casework_cases",
        help_text=_("The commune whose People's Committee received the person."),
    )
    province = models.ForeignKey(
        "organisation.AdministrativeUnit",
        verbose_name=_("province"),
        on_delete=models.PROTECT,
        related_name="casework_province_cases",
        editable=False,
    )
    receiving_agency = models.ForeignKey(
        "organisation.Agency",
        verbose_name=_("receiving agency"),
        on_delete=models.PROTECT,
        related_name="casework_cases",
    )
    received_on = models.DateField(_("received on"))
    # Where the case stands in the workflow (casework.workflow keeps these):
    # since when, and the end of the legal time limit now running, if any.
    stage_since = models.DateField(_("in this stage since"), null=True, blank=True, editable=False)
    due_on = models.DateField(_("time limit"), null=True, blank=True, editable=False, db_index=True)

    # Trafficking facts.
    exploitation_purpose = EncryptedCharField(
        _("purpose of exploitation"), max_length=30, choices=ExploitationPurpose.choices, blank=True
    )
    route = EncryptedCharField(
        _("within Viet Nam or across the border"), max_length=20, choices=Route.choices, blank=True
    )
    destination_country = EncryptedCharField(_("country where exploited"), max_length=100, blank=True)
    trafficking_period = EncryptedCharField(_("period"), max_length=100, blank=True, help_text=_("When it happened."))
    recruitment_method = EncryptedTextField(_("how the person was recruited"), blank=True)
    circumstances = EncryptedTextField(_("what happened"), blank=True)
    # Support.
    support_wishes = EncryptedTextField(
        _("the person's wishes"), blank=True, help_text=_("For example: to go home, or to stay in a shelter.")
    )
    support_notes = EncryptedTextField(_("support given or needed"), blank=True)
    # Protection.
    confidential_address = models.BooleanField(
        _("keep the address confidential"),
        default=False,
        help_text=_("The person's residence, workplace or place of study must be kept secret."),
    )
    risk_notes = EncryptedTextField(_("risks and threats"), blank=True)
    person_abroad = models.BooleanField(
        _("the person is still abroad"),
        default=False,
        help_text=_("While abroad, a person still being identified may receive support a to d only (Art. 37)."),
    )

    assignees = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        through="CaseAssignment",
        through_fields=("case", "user"),
        verbose_name=_("assigned to"),
        related_name="casework_cases",
        blank=True,
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    created_by_id = models.BigIntegerField(_("created by (id)"), null=True, blank=True, editable=False)
    # A likely duplicate merged into another case (casework.merging): its records moved there, its own steps
    # and audit entries stay with it, and lists leave it out.
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("merged into"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="merged_cases",
    )
    merged_at = models.DateTimeField(_("merged"), null=True, blank=True)
    merged_by_id = models.BigIntegerField(_("merged by (id)"), null=True, blank=True, editable=False)

    objects = CaseQuerySet.as_manager()

    class Meta:
        verbose_name = _("case")
        verbose_name_plural = _("cases")
        indexes = [
            models.Index(fields=["-received_on", "-created_at"], name="casework_case_by_date"),
            models.Index(fields=["province", "-received_on"], name="casework_case_province_date"),
            models.Index(fields=["commune", "-received_on"], name="casework_case_commune_date"),
            models.Index(fields=["stage", "-received_on"], name="casework_case_stage_date"),
            models.Index(fields=["intake_channel", "-received_on"], name="casework_case_channel_date"),
        ]

    def __str__(self):
        return self.display_number

    def save(self, *args, **kwargs):
        if self.commune_id and not self.province_id:
            self.province_id = self.commune.parent_id or self.commune_id
        super().save(*args, **kwargs)

    @property
    def display_number(self):
        return f"{NUMBER_PREFIX}-{self.number[:4]}-{self.number[4:]}"


class CaseParticipant(CaseworkModel):
    """A person linked to a case: an accompanying under-18, a relative, a legal representative."""

    case = models.ForeignKey(Case, verbose_name=_("case"), on_delete=models.CASCADE, related_name="participants")
    person = models.ForeignKey(Person, verbose_name=_("person"), on_delete=models.PROTECT, related_name="links")
    role = models.CharField(_("linked as"), max_length=30, choices=ParticipantRole.choices)
    relationship = EncryptedCharField(
        _("relationship"), max_length=100, blank=True, help_text=_("For example: daughter, mother, husband.")
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("linked person")
        verbose_name_plural = _("linked people")
        ordering = ["created_at", "id"]


class CaseAssignmentQuerySet(models.QuerySet):
    def active(self):
        return self.filter(ended_at__isnull=True)


class CaseAssignment(RandomIdModel):
    """A person assigned to a case, from when until when. Ended assignments are kept."""

    case = models.ForeignKey(Case, verbose_name=_("case"), on_delete=models.CASCADE, related_name="assignments")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned to"),
        on_delete=models.PROTECT,
        related_name="casework_assignments",
    )
    assigned_at = models.DateTimeField(_("assigned"), default=timezone.now)
    assigned_by_id = models.BigIntegerField(_("assigned by (id)"), null=True, blank=True)
    ended_at = models.DateTimeField(_("ended"), null=True, blank=True)
    ended_by_id = models.BigIntegerField(_("ended by (id)"), null=True, blank=True)

    objects = CaseAssignmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        indexes = [models.Index(fields=["user", "ended_at"], name="casework_assignment_user")]
        constraints = [
            models.UniqueConstraint(
                fields=["case", "user"],
                condition=models.Q(ended_at__isnull=True),
                name="casework_one_active_assignment",
            )
        ]


class CaseDocument(CaseworkModel):
    """
    A scanned decision, a photo...: the file is encrypted in
    STORAGES["casework"] under a random name; its title, file name and type
    (which may name the person) are encrypted fields here. Served only by
    the permission-checked, audited download view.
    """

    case = models.ForeignKey(Case, verbose_name=_("case"), on_delete=models.CASCADE, related_name="documents")
    file = models.FileField(_("file"), storage=casework_storage, max_length=100)
    title = EncryptedCharField(_("title"), max_length=200)
    original_name = EncryptedCharField(_("file name"), max_length=255, blank=True)
    content_type = EncryptedCharField(_("file type"), max_length=100, blank=True)
    size = models.PositiveIntegerField(_("size in bytes"), default=0)
    uploaded_at = models.DateTimeField(_("uploaded"), default=timezone.now, editable=False)
    uploaded_by_id = models.BigIntegerField(_("uploaded by (id)"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["-uploaded_at", "id"]
