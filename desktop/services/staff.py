"""Staff management for admins, offline: list, add, disable/enable, reset a password, change a role.

Every change is checked here (`staff.manage`), never only in the screen, and audited with ids and
role codes only. Two rules keep a laptop administrable: an admin cannot disable or demote
themselves, and the last active admin can be neither disabled nor demoted.

Account rows, key slots and their audit events belong to `desktop.services.accounts` (a password
*is* the person's key slot); this module adds the admin's rules around them: password strength,
no change of one's own role, and the last sign-in read from the audit trail.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.domain.enums import Role
from desktop.domain.messages import register
from desktop.domain.passwords import password_problems
from desktop.services import accounts
from desktop.services.accounts import AccountError
from desktop.services.actor import Actor
from desktop.services.context import ServiceContext
from desktop.storage import accounts_store, staff_store

# Audit actions of a sign-in; the latest one is the account's "last sign-in".
LOGIN_ACTIONS = ("auth.login", "auth.unlock")

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
        "staff.self_role": (
            "Vous ne pouvez pas changer votre propre rôle : demandez-le à un autre administrateur.",
            "You cannot change your own role: ask another administrator.",
        ),
        "staff.role_invalid": (
            "Rôle inconnu : choisissez accueil, coordination ou administration.",
            "Unknown role: choose intake, coordinator or admin.",
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
    accounts_list = accounts.list_staff(ctx, actor)  # checks staff.manage
    with ctx.store.read() as session:
        last = staff_store.last_events(session, LOGIN_ACTIONS)
    return [
        StaffInfo(a.id, a.username, a.display_name, a.role, a.active, a.created_at, last.get(a.id))
        for a in sorted(accounts_list, key=lambda a: a.username)
    ]


def _username(ctx: ServiceContext, staff_id: str) -> str:
    with ctx.store.read() as session:
        row = accounts_store.staff_by_id(session, staff_id)
        if row is None:
            raise AccountError("staff.not_found", username=staff_id)
        return row.username


def add_staff(
    ctx: ServiceContext,
    actor: Actor,
    username: str,
    display_name: str,
    role: str,
    password: str,
) -> str:
    """Create an account and its key slot (audited by the accounts service); returns its id."""
    actor.require("staff.manage")
    kind = _role(role)
    if not username.strip():
        raise AccountError("username.missing")
    check_strength(password, username.strip())
    return accounts.create_staff(
        ctx, actor, username, kind.value, password, display_name.strip() or None
    )


def disable(ctx: ServiceContext, actor: Actor, staff_id: str) -> None:
    """The person can no longer sign in; their key slot is removed (audited)."""
    actor.require("staff.manage")
    if staff_id == actor.staff_id:
        raise AccountError("staff.self_disable")
    accounts.disable_staff(ctx, actor, _username(ctx, staff_id))


def enable(ctx: ServiceContext, actor: Actor, staff_id: str, new_password: str) -> None:
    """Re-enable an account with a new password (its old key slot was removed when disabled)."""
    actor.require("staff.manage")
    username = _username(ctx, staff_id)
    check_strength(new_password, username)
    accounts.enable_staff(ctx, actor, username, new_password)


def change_role(ctx: ServiceContext, actor: Actor, staff_id: str, role: str) -> None:
    """Takes effect at that person's next sign-in; audited with both role codes."""
    actor.require("staff.manage")
    kind = _role(role)
    if staff_id == actor.staff_id:
        raise AccountError("staff.self_role")
    accounts.set_role(ctx, actor, _username(ctx, staff_id), kind.value)


def reset_password(ctx: ServiceContext, actor: Actor, staff_id: str, new_password: str) -> None:
    """An admin sets a new password for someone who forgot theirs (offline, no e-mail needed)."""
    actor.require("staff.manage")
    username = _username(ctx, staff_id)
    check_strength(new_password, username)
    accounts.set_password(ctx, actor, username, new_password)
