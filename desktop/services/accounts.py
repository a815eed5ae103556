"""Staff accounts: first-run setup of the device and its first admin, sign-in, and staff changes.

Passwords are hashed with Argon2id (argon2-cffi); nothing else about a password is stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from desktop.domain.candidate import new_id
from desktop.domain.enums import Role
from desktop.services.actor import Actor
from desktop.services.context import ServiceContext
from desktop.storage import accounts_store

MIN_PASSWORD_LENGTH = 8
_hasher = PasswordHasher()


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


def device_info(ctx: ServiceContext) -> DeviceInfo | None:
    with ctx.store.read() as session:
        row = accounts_store.device_row(session)
        return DeviceInfo(row.id, row.name, row.incarnation) if row else None


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError("password.too_short", min=MIN_PASSWORD_LENGTH)


def initialise(
    ctx: ServiceContext, device_name: str, admin_username: str, admin_password: str
) -> DeviceInfo:
    """Create this device's identity and its first admin; refuse if already done."""
    device_name = device_name.strip()
    admin_username = admin_username.strip()
    if not device_name:
        raise AccountError("device.name_missing")
    if not admin_username:
        raise AccountError("username.missing")
    check_password(admin_password)
    now = datetime.now(UTC)
    with ctx.store.unit_of_work() as session:
        if accounts_store.device_row(session) is not None:
            raise AccountError("device.already_initialised")
        device = accounts_store.add_device(session, new_id(), device_name, now)
        accounts_store.add_staff(
            session,
            new_id(),
            admin_username,
            admin_username,
            Role.ADMIN.value,
            _hasher.hash(admin_password),
            now,
        )
    ctx.device_id, ctx.device_name = device.id, device.name
    return DeviceInfo(device.id, device.name, device.incarnation)


def authenticate(ctx: ServiceContext, username: str, password: str) -> Actor:
    """The actor for these credentials; `auth.failed` for any wrong name or password."""
    with ctx.store.read() as session:
        row = accounts_store.staff_by_username(session, username.strip())
        if row is None or not row.active:
            _hasher.hash(password)  # same cost whether or not the name exists
            raise AccountError("auth.failed")
        try:
            _hasher.verify(row.password_hash, password)
        except (VerificationError, InvalidHashError):
            raise AccountError("auth.failed") from None
        return Actor(staff_id=row.id, username=row.username, role=Role(row.role))


def sole_username(ctx: ServiceContext) -> str | None:
    """The only active account's name, when there is exactly one (CLI convenience)."""
    with ctx.store.read() as session:
        names = accounts_store.active_usernames(session, limit=2)
        return names[0] if len(names) == 1 else None


def create_staff(
    ctx: ServiceContext,
    actor: Actor,
    username: str,
    role: str,
    password: str,
    display_name: str | None = None,
) -> str:
    actor.require("staff.manage")
    username = username.strip()
    if not username:
        raise AccountError("username.missing")
    Role(role)
    check_password(password)
    now = datetime.now(UTC)
    with ctx.store.unit_of_work() as session:
        if accounts_store.staff_by_username(session, username) is not None:
            raise AccountError("username.taken", username=username)
        staff_id = new_id()
        accounts_store.add_staff(
            session, staff_id, username, display_name or username, role, _hasher.hash(password), now
        )
    return staff_id
