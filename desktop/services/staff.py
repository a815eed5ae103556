"""Staff management for admins, offline: list, add, disable/enable, reset a password, change a role.

Every change is checked here (`staff.manage`), never only in the screen, and audited with ids and
role codes only. Two rules keep a laptop administrable: an admin cannot disable or demote
themselves, and the last active admin can be neither disabled nor demoted.

Account rows and password hashing belong to `desktop.services.accounts`; this module adds the
admin's use cases around them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from desktop.domain.enums import Role
from desktop.domain.messages import register
from desktop.domain.passwords import password_problems
from desktop.services import accounts
from desktop.services.accounts import AccountError
from desktop.services.actor import Actor
from desktop.services.audit import record
from desktop.services.context import ServiceContext
from desktop.storage import staff_store

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.storage.models import StaffRow

# Audit actions of a sign-in; the latest one is the account's "last sign-in".
LOGIN_ACTIONS = ("auth.login", "auth.unlock", "session.login", "session.unlock")

register(
    {
        "password.repetitive": (
            "Le mot de passe doit contenir au moins {min} caractères différents.",
            "The password must contain at least {min} different characters.",
        ),
        "password.contains_username": (
            "Le mot de passe ne doit pas contenir le nom d'utilisateur.",
            "The password must not contain the user name.",
        ),
        "password.common": (
            "Ce mot de passe est trop courant : choisissez une phrase de passe de quelques mots.",
            "This password is too common: choose a passphrase of a few words.",
        ),
        "staff.not_found": ("Compte introuvable.", "No such account."),
        "staff.self_disable": (
            "Vous ne pouvez pas désactiver votre propre compte : demandez-le à un autre "
            "administrateur.",
            "You cannot disable your own account: ask another administrator.",
        ),
        "staff.self_role": (
            "Vous ne pouvez pas changer votre propre rôle : demandez-le à un autre administrateur.",
            "You cannot change your own role: ask another administrator.",
        ),
        "staff.last_admin": (
            "C'est le dernier compte administrateur actif : créez ou réactivez d'abord un autre "
            "administrateur.",
            "This is the last active administrator account: create or re-enable another "
            "administrator first.",
        ),
        "staff.role_invalid": (
            "Rôle inconnu : choisissez accueil, coordination ou administration.",
            "Unknown role: choose intake, coordinator or admin.",
        ),
        "staff.inactive": (
            "Ce compte est désactivé : réactivez-le d'abord.",
            "This account is disabled: enable it first.",
        ),
    }
)


@dataclass(frozen=True)
class StaffInfo:
    id: str
    username: str
    display_name: str
    role: Role
    active: bool
    created_at: datetime
    last_login: datetime | None


def check_strength(password: str, username: str = "") -> None:
    """Raise AccountError with the first rule the password breaks."""
    problems = password_problems(password, username)
    if problems:
        code, params = problems[0]
        raise AccountError(code, **params)


def _role(value: str) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise AccountError("staff.role_invalid") from None


def list_staff(ctx: ServiceContext, actor: Actor) -> list[StaffInfo]:
    actor.require("staff.manage")
    with ctx.store.read() as session:
        last = staff_store.last_events(session, LOGIN_ACTIONS)
        return [
            StaffInfo(
                row.id,
                row.username,
                row.display_name or row.username,
                Role(row.role),
                row.active,
                row.created_at,
                last.get(row.id),
            )
            for row in staff_store.all_staff(session)
        ]


def add_staff(
    ctx: ServiceContext,
    actor: Actor,
    username: str,
    display_name: str,
    role: str,
    password: str,
) -> str:
    """Create an account (its key slot comes with it in the accounts service); returns its id."""
    actor.require("staff.manage")
    kind = _role(role)
    if not username.strip():
        raise AccountError("username.missing")
    check_strength(password, username.strip())
    # The accounts service adds the key slot and records `staff.create`.
    return accounts.create_staff(
        ctx, actor, username, kind.value, password, display_name.strip() or None
    )


def _load(session: Session, staff_id: str) -> StaffRow:
    row = staff_store.staff_by_id(session, staff_id)
    if row is None:
        raise AccountError("staff.not_found")
    return row


def set_active(ctx: ServiceContext, actor: Actor, staff_id: str, active: bool) -> None:
    """Disable an account (its key slot is removed: that password no longer opens this laptop)
    or enable it again (it has no key slot until an admin resets its password)."""
    actor.require("staff.manage")
    if not active and staff_id == actor.staff_id:
        raise AccountError("staff.self_disable")
    with ctx.store.unit_of_work() as session:
        row = _load(session, staff_id)
        if row.active == active:
            return
        if not active and row.role == Role.ADMIN and staff_store.count_active_admins(session) <= 1:
            raise AccountError("staff.last_admin")
        row.active = active
        row.updated_at = datetime.now(UTC)
        action = "staff.enable" if active else "staff.disable"
        record(session, ctx, actor, action, "staff", [staff_id])
        if not active:
            accounts.remove_key_slot(ctx, staff_id)


def change_role(ctx: ServiceContext, actor: Actor, staff_id: str, role: str) -> None:
    actor.require("staff.manage")
    kind = _role(role)
    if staff_id == actor.staff_id:
        raise AccountError("staff.self_role")
    with ctx.store.unit_of_work() as session:
        row = _load(session, staff_id)
        if row.role == kind.value:
            return
        if row.role == Role.ADMIN and row.active and staff_store.count_active_admins(session) <= 1:
            raise AccountError("staff.last_admin")
        previous = row.role
        row.role = kind.value
        row.updated_at = datetime.now(UTC)
        record(
            session,
            ctx,
            actor,
            "staff.role_change",
            "staff",
            [staff_id],
            previous=previous,
            role=kind.value,
        )


def reset_password(ctx: ServiceContext, actor: Actor, staff_id: str, new_password: str) -> None:
    """An admin sets a new password for someone who forgot theirs (offline, no e-mail needed)."""
    actor.require("staff.manage")
    with ctx.store.read() as session:
        row = _load(session, staff_id)
        username, active = row.username, row.active
    if not active:
        raise AccountError("staff.inactive")
    check_strength(new_password, username)
    # The accounts service re-wraps (or creates) the key slot and records the reset.
    accounts.set_password(ctx, actor, username, new_password)
