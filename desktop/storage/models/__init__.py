"""All tables; importing this package registers them on `Base.metadata`."""

from desktop.storage.models.audit import AuditEventRow
from desktop.storage.models.candidate import (
    CandidateRow,
    ConsentRow,
    DiplomaRow,
    EligibilityRow,
    ExperienceRow,
    ImmigrationProfileRow,
    IntakeEncounterRow,
    LanguageLevelRow,
    RegulationRow,
    TargetOccupationRow,
)
from desktop.storage.models.device import DeviceRow, EventRow, SettingRow, StaffRow

__all__ = [
    "AuditEventRow",
    "CandidateRow",
    "ConsentRow",
    "DeviceRow",
    "DiplomaRow",
    "EligibilityRow",
    "EventRow",
    "ExperienceRow",
    "ImmigrationProfileRow",
    "IntakeEncounterRow",
    "LanguageLevelRow",
    "RegulationRow",
    "SettingRow",
    "StaffRow",
    "TargetOccupationRow",
]
