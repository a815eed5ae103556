"""Who is acting: every service call names its actor, and roles are enforced here, not in the UI."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.enums import Role


class PermissionDenied(Exception):
    """The actor's role does not allow this action; `code` is translated for the user."""

    def __init__(self, action: str, role: str) -> None:
        super().__init__(action)
        self.code = "permission.denied"
        self.params = {"action": action, "role": role}


# The smallest role that may do each action (intake < coordinator < admin).
_REQUIRED: dict[str, Role] = {
    "candidate.create": Role.INTAKE,
    "candidate.read": Role.INTAKE,
    "candidate.update": Role.INTAKE,
    "candidate.import": Role.COORDINATOR,
    "candidate.export": Role.COORDINATOR,
    "candidate.decide": Role.COORDINATOR,
    "candidate.delete": Role.COORDINATOR,
    # Intake staff print (a full dossier or the person's copy) only for people registered at
    # the device's current event; other events and the employer profile are for coordinators.
    "dossier.print": Role.INTAKE,
    "dossier.print_any_event": Role.COORDINATOR,
    "dossier.print_employer": Role.COORDINATOR,
    "workspace.read": Role.COORDINATOR,
    "workspace.edit": Role.COORDINATOR,
    "workspace.delete": Role.COORDINATOR,
    "programme.figures": Role.COORDINATOR,
    "event.manage": Role.INTAKE,
    "kiosk.run": Role.INTAKE,
    "candidate.verify": Role.INTAKE,
    "bundle.export": Role.ADMIN,
    "bundle.import": Role.ADMIN,
    "central.review": Role.ADMIN,
    "central.merge": Role.ADMIN,
    "device.enroll": Role.ADMIN,
    "device.revoke": Role.ADMIN,
    "staff.manage": Role.ADMIN,
    "audit.read": Role.ADMIN,
    "settings.manage": Role.ADMIN,
    "backup.create": Role.INTAKE,
    "backup.restore": Role.ADMIN,
    "consent.withdraw": Role.COORDINATOR,
    "candidate.erase": Role.ADMIN,
    "privacy.manage": Role.ADMIN,
}
_ORDER = [Role.INTAKE, Role.COORDINATOR, Role.ADMIN]


@dataclass(frozen=True)
class Actor:
    staff_id: str | None
    username: str
    role: Role

    def may(self, action: str) -> bool:
        needed = _REQUIRED.get(action, Role.ADMIN)
        return _ORDER.index(self.role) >= _ORDER.index(needed)

    def require(self, action: str) -> None:
        if not self.may(action):
            raise PermissionDenied(action, self.role.value)


SYSTEM = Actor(staff_id=None, username="system", role=Role.ADMIN)
"""The app itself (migrations, demo data): never used for a person's action."""
