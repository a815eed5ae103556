"""Staff accounts and the laptop's key slots: first run, sign-in checks, staff changes.

On a laptop the database key is wrapped once per active staff member in the key-slot file
(`desktop.security.keyslots`): a password *is* that person's slot, nothing else about it is stored
(the `password_hash` column holds only the marker `keyslot`). So creating a staff member adds a
slot, changing or resetting a password re-wraps it, disabling removes it — the database file is
never re-encrypted for that. Every change is audited with ids only. These functions need an
unlocked context (`ctx.keyslots` set by `desktop.app.Application`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from desktop.domain.candidate import new_id
from desktop.domain.enums import Role
from desktop.security.keyslots import KeySlots, SlotError
from desktop.services import security_messages  # noqa: F401  (registers the texts)
from desktop.services.actor import Actor
from desktop.services.audit import record
from desktop.services.context import ServiceContext
from desktop.storage import accounts_store

MIN_PASSWORD_LENGTH = 12
PASSWORD_MARKER = "keyslot"


class AccountError(Exception):
    """A sign-in or account change that cannot be done; `code` is translated for the user."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class DeviceInfo:
    id: str
    name: str
    incarnation: int


@dataclass(frozen=True)
class StaffInfo:
    """A staff account as admins see it (no secret of any kind)."""

    id: str
    username: str
    display_name: str
    role: Role
    active: bool
    created_at: datetime
    updated_at: datetime


def device_info(ctx: ServiceContext) -> DeviceInfo | None:
    with ctx.store.read() as session:
        row = accounts_store.device_row(session)
        return DeviceInfo(row.id, row.name, row.incarnation) if row else None


def check_password(password: str) -> None:
    """At least MIN_PASSWORD_LENGTH characters: on a stolen laptop only length and the KDF cost
    protect the data (an offline attacker bypasses any attempt limit)."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError("password.too_short", min=MIN_PASSWORD_LENGTH)


def check_new_account(device_name: str, username: str, password: str) -> None:
    """The first-run fields, checked before any file is created."""
    if not device_name.strip():
        raise AccountError("device.name_missing")
    if not username.strip():
        raise AccountError("username.missing")
    check_password(password)


def _slots(ctx: ServiceContext) -> KeySlots:
    slots = ctx.keyslots
    if not isinstance(slots, KeySlots):
        raise AccountError("app.locked")
    return slots


def _key(ctx: ServiceContext) -> bytearray:
    value = ctx.database_key() if ctx.database_key is not None else None
    if not value:
        raise AccountError("app.locked")
    return bytearray(value)


def initialise(
    ctx: ServiceContext, device_name: str, admin_username: str, admin_password: str
) -> tuple[DeviceInfo, Actor]:
    """Create this device's identity and its first admin (with their key slot) in a new store.

    Called by `Application.initialise`, which creates the key and the encrypted store first."""
    check_new_account(device_name, admin_username, admin_password)
    device_name, admin_username = device_name.strip(), admin_username.strip()
    slots = _slots(ctx)
    now = datetime.now(UTC)
    staff_id = new_id()
    with ctx.store.unit_of_work() as session:
        if accounts_store.device_row(session) is not None:
            raise AccountError("device.already_initialised")
        device = accounts_store.add_device(session, new_id(), device_name, now)
        accounts_store.add_staff(
            session,
            staff_id,
            admin_username,
            admin_username,
            Role.ADMIN.value,
            PASSWORD_MARKER,
            now,
        )
        ctx.device_id, ctx.device_name = device.id, device.name
        slots.device_id = device.id
        slots.set_slot(staff_id, admin_username, admin_password, _key(ctx))
        slots.save()
        # The first admin is created by the person setting the laptop up: that admin.
        actor = Actor(staff_id=staff_id, username=admin_username, role=Role.ADMIN)
        record(session, ctx, actor, "staff.create", "staff", [staff_id], role=Role.ADMIN.value)
    return DeviceInfo(device.id, device.name, device.incarnation), actor


def actor_for_slot(ctx: ServiceContext, staff_id: str) -> Actor:
    """The actor whose slot was just unwrapped; `auth.failed` if the account is gone or disabled."""
    with ctx.store.read() as session:
        row = accounts_store.staff_by_id(session, staff_id)
        if row is None or not row.active:
            raise AccountError("auth.failed")
        return Actor(staff_id=row.id, username=row.username, role=Role(row.role))


def authenticate(ctx: ServiceContext, username: str, password: str) -> Actor:
    """Check a staff member's password while the application is unlocked (kiosk exit, a second
    person confirming, tests). A failure is audited; the store stays open either way."""
    slots = _slots(ctx)
    try:
        staff_id, key, _weaker = slots.unwrap(username, password)
    except SlotError as exc:
        slot_id = exc.params.get("slot_id")
        with ctx.store.unit_of_work() as session:
            record(session, ctx, None, "auth.failed", "staff", [str(slot_id)] if slot_id else None)
        raise AccountError("auth.failed") from None
    if bytes(key) != bytes(_key(ctx)):
        raise AccountError("auth.failed")
    return actor_for_slot(ctx, staff_id)


def verify_password(ctx: ServiceContext, actor: Actor, password: str) -> bool:
    """True when `password` is `actor`'s own (e.g. to leave kiosk mode); failures are audited."""
    try:
        return authenticate(ctx, actor.username, password).staff_id == actor.staff_id
    except AccountError:
        return False


def list_staff(ctx: ServiceContext, actor: Actor) -> list[StaffInfo]:
    actor.require("staff.manage")
    with ctx.store.read() as session:
        return [
            StaffInfo(
                r.id,
                r.username,
                r.display_name or r.username,
                Role(r.role),
                r.active,
                r.created_at,
                r.updated_at,
            )
            for r in accounts_store.all_staff(session)
        ]


def create_staff(
    ctx: ServiceContext,
    actor: Actor,
    username: str,
    role: str,
    password: str,
    display_name: str | None = None,
) -> str:
    """Add a staff member and their key slot; returns their id."""
    actor.require("staff.manage")
    username = username.strip()
    if not username:
        raise AccountError("username.missing")
    Role(role)
    check_password(password)
    slots = _slots(ctx)
    now = datetime.now(UTC)
    staff_id = new_id()
    with ctx.store.unit_of_work() as session:
        if accounts_store.staff_by_username(session, username) is not None or (
            slots.username_taken(username)
        ):
            raise AccountError("username.taken", username=username)
        accounts_store.add_staff(
            session, staff_id, username, display_name or username, role, PASSWORD_MARKER, now
        )
        record(session, ctx, actor, "staff.create", "staff", [staff_id], role=role)
        slots.set_slot(staff_id, username, password, _key(ctx))
        _save_or_undo(slots, staff_id)
    return staff_id


def set_password(
    ctx: ServiceContext,
    actor: Actor,
    username: str,
    new_password: str,
    current_password: str | None = None,
) -> None:
    """Change one's own password (`current_password` required) or, as an admin, reset another
    staff member's. Re-wraps that person's slot; other slots and the database are untouched."""
    check_password(new_password)
    slots = _slots(ctx)
    with ctx.store.unit_of_work() as session:
        row = _staff(session, username)
        own = row.id == actor.staff_id
        if own:
            slot = slots.slot_by_id(row.id)
            try:
                if slot is None or current_password is None:
                    raise SlotError("auth.failed")
                slots.unwrap_slot(slot, current_password)
            except SlotError:
                record(session, ctx, actor, "auth.failed", "staff", [row.id], during="password")
                raise AccountError("password.wrong_current") from None
        else:
            actor.require("staff.manage")
        if not row.active:
            raise AccountError("staff.inactive", username=row.username)
        row.updated_at = datetime.now(UTC)
        action = "staff.password_change" if own else "staff.password_reset"
        record(session, ctx, actor, action, "staff", [row.id])
        slots.set_slot(row.id, row.username, new_password, _key(ctx))
        slots.save()


def disable_staff(ctx: ServiceContext, actor: Actor, username: str) -> None:
    """Disable an account and remove its key slot: that password no longer opens this laptop."""
    actor.require("staff.manage")
    slots = _slots(ctx)
    with ctx.store.unit_of_work() as session:
        row = _staff(session, username)
        if row.id == actor.staff_id:
            raise AccountError("staff.self_disable")
        if (
            row.role == Role.ADMIN.value
            and row.active
            and accounts_store.count_admins(session) <= 1
        ):
            raise AccountError("staff.last_admin")
        row.active = False
        row.updated_at = datetime.now(UTC)
        record(session, ctx, actor, "staff.disable", "staff", [row.id])
        slots.remove_slot(row.id)
        slots.save()


def remove_key_slot(ctx: ServiceContext, staff_id: str) -> None:
    """Remove one staff member's key slot (after their account was disabled)."""
    slots = _slots(ctx)
    if slots.remove_slot(staff_id):
        slots.save()


def enable_staff(ctx: ServiceContext, actor: Actor, username: str, password: str) -> None:
    """Enable a disabled account again with a new password (its old slot is gone)."""
    actor.require("staff.manage")
    check_password(password)
    slots = _slots(ctx)
    with ctx.store.unit_of_work() as session:
        row = _staff(session, username)
        row.active = True
        row.updated_at = datetime.now(UTC)
        record(session, ctx, actor, "staff.enable", "staff", [row.id])
        slots.set_slot(row.id, row.username, password, _key(ctx))
        _save_or_undo(slots, row.id)


def set_role(ctx: ServiceContext, actor: Actor, username: str, role: str) -> None:
    actor.require("staff.manage")
    new_role = Role(role)
    with ctx.store.unit_of_work() as session:
        row = _staff(session, username)
        if row.role == new_role.value:
            return
        if (
            row.role == Role.ADMIN.value
            and row.active
            and accounts_store.count_admins(session) <= 1
        ):
            raise AccountError("staff.last_admin")
        record(
            session,
            ctx,
            actor,
            "staff.role_change",
            "staff",
            [row.id],
            old_role=row.role,
            new_role=new_role.value,
        )
        row.role = new_role.value
        row.updated_at = datetime.now(UTC)


def recover_account(ctx: ServiceContext, username: str, new_password: str) -> Actor:
    """After a central recovery opened the store: `username` (an active account; enabled again if
    it was disabled) gets `new_password` as a new key slot."""
    check_password(new_password)
    slots = _slots(ctx)
    with ctx.store.unit_of_work() as session:
        row = _staff(session, username)
        row.active = True
        row.updated_at = datetime.now(UTC)
        actor = Actor(staff_id=row.id, username=row.username, role=Role(row.role))
        record(session, ctx, actor, "keys.recovered", "staff", [row.id])
        slots.set_slot(row.id, row.username, new_password, _key(ctx))
        slots.save()
    return actor


def add_recovery_slot(
    ctx: ServiceContext, actor: Actor, central_public: bytes, store_id: str
) -> None:
    """Seal the database key to the central store's X25519 key (done at enrolment)."""
    actor.require("settings.manage")
    slots = _slots(ctx)
    slots.set_recovery(central_public, store_id, _key(ctx))
    with ctx.store.unit_of_work() as session:
        record(session, ctx, actor, "keys.recovery_slot", "device", [ctx.device_id or ""])
        slots.save()


def _staff(session: Any, username: str) -> Any:
    row = accounts_store.staff_by_username(session, username.strip())
    if row is None:
        raise AccountError("staff.not_found", username=username.strip())
    return row


def _save_or_undo(slots: KeySlots, staff_id: str) -> None:
    try:
        slots.save()
    except OSError:
        slots.remove_slot(staff_id)
        raise
