"""The key-slot file: the laptop database key, stored only wrapped, next to the database.

One slot per active staff member: Argon2id(password) → key-encryption key → AES-256-GCM(database
key), the associated data binding the slot to this device and this staff member (a slot copied to
another entry or another laptop does not open). One optional recovery slot: the database key
sealed with HPKE to the central store's X25519 public key, so an admin holding the central private
key can give a laptop back to its staff when every password is forgotten.

A wrong password is told by the AEAD tag failing here, before SQLCipher is ever given a key; so the
database itself is never opened with a wrong key, and "wrong password" and "damaged database" are
different errors. The file is written atomically (temporary file, fsync, rename). Staff are found by
a keyed hash of their user name, so the file names nobody. Failed attempts are noted here (time and
slot id only) because the database is closed when they happen; they enter the audit trail at the
next successful unlock.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.security import kdf
from desktop.security.kdf import KdfParams

FORMAT = "passerelle-keyslots"
VERSION = 1
DB_KEY_LENGTH = 32
MAX_FAILED_NOTES = 200
_HPKE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)


class SlotError(Exception):
    """A key slot cannot be used; `code` is a message code (`auth.failed`, `keyslots.damaged`…)."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def new_database_key() -> bytearray:
    return bytearray(secrets.token_bytes(DB_KEY_LENGTH))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def normalise_username(username: str) -> str:
    return username.strip().casefold()


@dataclass
class Slot:
    slot_id: str  # the staff member's id
    user_tag: str
    params: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes

    def to_json(self) -> dict[str, Any]:
        return {
            "slot_id": self.slot_id,
            "user": self.user_tag,
            "kdf": {**self.params.to_json(), "salt": _b64(self.salt)},
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Slot:
        return cls(
            slot_id=str(data["slot_id"]),
            user_tag=str(data["user"]),
            params=KdfParams.from_json(data["kdf"]),
            salt=_unb64(data["kdf"]["salt"]),
            nonce=_unb64(data["nonce"]),
            wrapped=_unb64(data["wrapped"]),
        )


@dataclass
class KeySlots:
    """The parsed key-slot file of one laptop; `save()` writes it back atomically."""

    path: Path
    device_id: str
    tag_salt: bytes
    policy: KdfParams
    slots: list[Slot] = field(default_factory=list)
    recovery: dict[str, Any] | None = None
    failed: list[dict[str, Any]] = field(default_factory=list)

    # File ----------------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, device_id: str, policy: KdfParams) -> KeySlots:
        if path.exists():
            raise SlotError("keyslots.exists")
        return cls(path, device_id, secrets.token_bytes(16), policy)

    @classmethod
    def load(cls, path: Path) -> KeySlots:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise SlotError("keyslots.missing") from None
        except OSError:
            raise SlotError("keyslots.damaged") from None
        try:
            body = json.loads(raw.decode("utf-8"))
            if body.get("format") != FORMAT:
                raise ValueError("format")
            if int(body.get("version", 0)) > VERSION:
                raise SlotError("keyslots.too_new")
            return cls(
                path=path,
                device_id=str(body["device_id"]),
                tag_salt=_unb64(body["tag_salt"]),
                policy=KdfParams.from_json(body["policy"]),
                slots=[Slot.from_json(s) for s in body["slots"]],
                recovery=body.get("recovery"),
                failed=list(body.get("failed_attempts", [])),
            )
        except SlotError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError):
            raise SlotError("keyslots.damaged") from None

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "device_id": self.device_id,
            "tag_salt": _b64(self.tag_salt),
            "policy": self.policy.to_json(),
            "slots": [s.to_json() for s in self.slots],
            "recovery": self.recovery,
            "failed_attempts": self.failed[-MAX_FAILED_NOTES:],
        }

    def save(self) -> None:
        data = json.dumps(self.to_json(), indent=1, sort_keys=True).encode("utf-8")
        with _atomic_file(self.path) as handle:
            handle.write(data)

    # Staff slots -------------------------------------------------------------------------

    def _tag(self, username: str) -> str:
        digest = hmac.new(self.tag_salt, normalise_username(username).encode("utf-8"), "sha256")
        return digest.hexdigest()

    def _aad(self, slot_id: str) -> bytes:
        return f"{FORMAT}/{VERSION}|{self.device_id}|{slot_id}".encode()

    def slot_for(self, username: str) -> Slot | None:
        tag = self._tag(username)
        return next((s for s in self.slots if hmac.compare_digest(s.user_tag, tag)), None)

    def slot_by_id(self, slot_id: str) -> Slot | None:
        return next((s for s in self.slots if s.slot_id == slot_id), None)

    def staff_ids(self) -> list[str]:
        return [s.slot_id for s in self.slots]

    def username_taken(self, username: str, except_slot: str | None = None) -> bool:
        slot = self.slot_for(username)
        return slot is not None and slot.slot_id != except_slot

    def set_slot(self, slot_id: str, username: str, password: str, key: bytes | bytearray) -> None:
        """Add or replace `slot_id`'s slot (under the device policy). Call `save()` after."""
        params = self.policy
        salt = secrets.token_bytes(kdf.SALT_LENGTH)
        nonce = secrets.token_bytes(12)
        kek = kdf.derive(password, salt, params)
        wrapped = AESGCM(kek).encrypt(nonce, bytes(key), self._aad(slot_id))
        slot = Slot(slot_id, self._tag(username), params, salt, nonce, wrapped)
        self.slots = [s for s in self.slots if s.slot_id != slot_id] + [slot]

    def remove_slot(self, slot_id: str) -> bool:
        before = len(self.slots)
        self.slots = [s for s in self.slots if s.slot_id != slot_id]
        return len(self.slots) != before

    def unwrap(self, username: str | None, password: str) -> tuple[str, bytearray, bool]:
        """(staff id, database key, slot weaker than the policy) or `SlotError('auth.failed')`.

        No name: the only slot, when there is exactly one (command-line convenience). An unknown
        name costs one derivation too, so timing does not tell names apart."""
        if username is None or not username.strip():
            if len(self.slots) != 1:
                raise SlotError("auth.user_required")
            slot: Slot | None = self.slots[0]
        else:
            slot = self.slot_for(username)
        if slot is None:
            kdf.derive(password, secrets.token_bytes(kdf.SALT_LENGTH), self.policy)
            raise SlotError("auth.failed")
        assert slot is not None
        return slot.slot_id, self.unwrap_slot(slot, password), slot.params.weaker_than(self.policy)

    def unwrap_slot(self, slot: Slot, password: str) -> bytearray:
        kek = kdf.derive(password, slot.salt, slot.params)
        try:
            key = AESGCM(kek).decrypt(slot.nonce, slot.wrapped, self._aad(slot.slot_id))
        except InvalidTag:
            raise SlotError("auth.failed", slot_id=slot.slot_id) from None
        return bytearray(key)

    # Recovery slot ------------------------------------------------------------------------

    def set_recovery(self, central_public: bytes, store_id: str, key: bytes | bytearray) -> None:
        info = self._aad("recovery") + f"|{store_id}".encode()
        sealed = _HPKE.encrypt(
            bytes(key), X25519PublicKey.from_public_bytes(central_public), info=info
        )
        self.recovery = {
            "store_id": store_id,
            "central_key_id": hashlib.sha256(central_public).hexdigest()[:16],
            "sealed": _b64(sealed),
        }

    def open_recovery(self, central_private: X25519PrivateKey) -> bytearray:
        if not self.recovery:
            raise SlotError("keyslots.no_recovery")
        info = self._aad("recovery") + f"|{self.recovery['store_id']}".encode()
        try:
            key = _HPKE.decrypt(_unb64(self.recovery["sealed"]), central_private, info=info)
        except (InvalidTag, ValueError, KeyError):
            raise SlotError("keyslots.recovery_failed") from None
        return bytearray(key)

    # Failed attempts ------------------------------------------------------------------------

    def note_failed(self, slot_id: str | None, at: datetime | None = None) -> None:
        moment = (at or datetime.now(UTC)).isoformat()
        self.failed.append({"at": moment, "slot_id": slot_id})

    def take_failed(self) -> list[dict[str, Any]]:
        taken, self.failed = self.failed, []
        return taken


@dataclass
class PasswordCheck:
    """A password tried on the key-slot file ahead of `Application.unlock(..., checked=)`.

    Deriving the key (Argon2id, a quarter of a second) lets go of the interpreter: the sign-in
    window runs it while the application still loads in the background (desktop.ui.launch)."""

    slots: KeySlots
    username: str | None
    outcome: tuple[str, bytearray, bool] | SlotError

    def result(self) -> tuple[str, bytearray, bool]:
        """What `KeySlots.unwrap` returned, or the `SlotError` it raised, raised again."""
        if isinstance(self.outcome, SlotError):
            raise self.outcome
        return self.outcome

    def forget(self) -> None:
        """Wipe the unwrapped key of a check that will not be used."""
        if not isinstance(self.outcome, SlotError):
            wipe(self.outcome[1])


def check_password(path: Path, username: str | None, password: str) -> PasswordCheck | None:
    """Try `password` on the key-slot file at `path`; None when the file cannot be read (the
    unlock then reports why)."""
    try:
        slots = KeySlots.load(path)
    except SlotError:
        return None
    try:
        return PasswordCheck(slots, username, slots.unwrap(username, password))
    except SlotError as exc:
        return PasswordCheck(slots, username, exc)


@contextmanager
def _atomic_file(target: Path) -> Iterator[Any]:
    """Write to a temporary file beside `target`, fsync, rename, fsync the folder."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        with temporary.open("wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if os.name == "posix":
            os.chmod(temporary, 0o600)
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
    if os.name == "posix":
        fd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def wipe(key: bytearray | None) -> None:
    """Overwrite a key held in memory (Python keeps no other copy we made; see SECURITY.md)."""
    if key is not None:
        for index in range(len(key)):
            key[index] = 0
