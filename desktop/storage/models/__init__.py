"""All tables; importing this package registers them on `Base.metadata`."""

from desktop.storage.models import dashboard_indexes  # noqa: F401  (registers its indexes)
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
from desktop.storage.models.privacy import (
    AccessRequestRow,
    ErasureRow,
    IncidentRow,
    NoticeVersionRow,
)
from desktop.storage.models.sync import (
    CentralAuditEventRow,
    CentralIdentityRow,
    FieldHeadRow,
    ImportedBundleRow,
    OpLogRow,
    OutboxOpRow,
    SyncAlarmRow,
    SyncClockRow,
    SyncConflictRow,
    SyncDeviceRow,
    SyncStateRow,
    TombstoneRow,
)
from desktop.storage.models.workspace import (
    EmployerContactRow,
    EmployerRow,
    FollowUpRow,
    IntroductionRow,
    JobOpeningRow,
    PlacementRow,
    SubsidyFileRow,
)

__all__ = [
    "AccessRequestRow",
    "AuditEventRow",
    "CandidateRow",
    "CentralAuditEventRow",
    "CentralIdentityRow",
    "ConsentRow",
    "DeviceRow",
    "DiplomaRow",
    "EligibilityRow",
    "EmployerContactRow",
    "EmployerRow",
    "ErasureRow",
    "EventRow",
    "ExperienceRow",
    "FieldHeadRow",
    "FollowUpRow",
    "ImmigrationProfileRow",
    "ImportedBundleRow",
    "IncidentRow",
    "IntakeEncounterRow",
    "IntroductionRow",
    "JobOpeningRow",
    "LanguageLevelRow",
    "NoticeVersionRow",
    "OpLogRow",
    "OutboxOpRow",
    "PlacementRow",
    "RegulationRow",
    "SettingRow",
    "StaffRow",
    "SubsidyFileRow",
    "SyncAlarmRow",
    "SyncClockRow",
    "SyncConflictRow",
    "SyncDeviceRow",
    "SyncStateRow",
    "TargetOccupationRow",
    "TombstoneRow",
]


def configure_models() -> None:
    """Resolve the relationships of every mapped class now (SQLAlchemy's `configure_mappers`):
    the first query otherwise pays it, a tenth of a second (desktop.ui.launch calls it while the
    sign-in window waits for the password)."""
    from sqlalchemy.orm import configure_mappers

    configure_mappers()
