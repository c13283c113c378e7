"""
Casework's models: the foundation (random ids, keyed hashes, the audit log),
the dated reference data of who acts at each legal step, people and cases, and
reports from the public.
"""

from ..audit import AuditEvent
from .cases import (
    Case,
    CaseAssignment,
    CaseDocument,
    CaseParticipant,
    ExploitationPurpose,
    IntakeChannel,
    ParticipantRole,
    Person,
    PersonStatus,
    Route,
    Sex,
    Stage,
    casework_storage,
    new_case_number,
    normalise_case_number,
)
from .consent import Consent, SharingPurpose, Signer
from .emergency import EmergencyAccess
from .exports import CaseExport
from .foundation import (
    HASH_BATCH,
    CaseworkModel,
    CaseworkQuerySet,
    KeyedHash,
    RandomIdModel,
    write_keyed_hashes,
)
from .reference import CalendarDay, LegalRegime, LegalStep, StepAuthority
from .referrals import LegalBasis, Referral, ReferralEvent
from .reports import PublicReport, ReporterChoice, ReportMessage, ReportStatus
from .steps import CaseStep
from .support import ProtectionMeasure, SupportRecord
from .tasks import CaseNote, CaseTask

__all__ = [
    "HASH_BATCH",
    "AuditEvent",
    "CalendarDay",
    "Case",
    "CaseAssignment",
    "CaseDocument",
    "CaseExport",
    "CaseNote",
    "CaseParticipant",
    "CaseStep",
    "CaseTask",
    "CaseworkModel",
    "Consent",
    "CaseworkQuerySet",
    "EmergencyAccess",
    "ExploitationPurpose",
    "IntakeChannel",
    "KeyedHash",
    "LegalBasis",
    "LegalRegime",
    "LegalStep",
    "ParticipantRole",
    "Person",
    "PersonStatus",
    "ProtectionMeasure",
    "PublicReport",
    "Referral",
    "ReferralEvent",
    "RandomIdModel",
    "ReportMessage",
    "ReportStatus",
    "ReporterChoice",
    "Route",
    "Sex",
    "SharingPurpose",
    "Signer",
    "Stage",
    "StepAuthority",
    "SupportRecord",
    "casework_storage",
    "new_case_number",
    "normalise_case_number",
    "write_keyed_hashes",
]
