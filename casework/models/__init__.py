"""
Casework's models: the foundation (random ids, keyed hashes, the audit log),
the dated reference data of who acts at each legal step, and people and cases.
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
from .foundation import (
    HASH_BATCH,
    CaseworkModel,
    CaseworkQuerySet,
    KeyedHash,
    RandomIdModel,
    write_keyed_hashes,
)
from .reference import LegalRegime, LegalStep, StepAuthority

__all__ = [
    "HASH_BATCH",
    "AuditEvent",
    "Case",
    "CaseAssignment",
    "CaseDocument",
    "CaseParticipant",
    "CaseworkModel",
    "CaseworkQuerySet",
    "ExploitationPurpose",
    "IntakeChannel",
    "KeyedHash",
    "LegalRegime",
    "LegalStep",
    "ParticipantRole",
    "Person",
    "PersonStatus",
    "RandomIdModel",
    "Route",
    "Sex",
    "Stage",
    "StepAuthority",
    "casework_storage",
    "new_case_number",
    "normalise_case_number",
    "write_keyed_hashes",
]
