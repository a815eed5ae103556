"""One-time recovery of a laptop whose staff passwords are all forgotten.

Central opens the laptop's recovery slot (sealed to the central X25519 key at enrolment) and
re-wraps the database key under a fresh random recovery code: the recovery file travels on a USB
key, the code by another way (phone). Either alone is useless. On the laptop the code unwraps the
key, the store opens and one staff account gets a new password (a new key slot).
"""

from __future__ import annotations

import base64
import json
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.security import kdf
from desktop.security.keyslots import KeySlots, SlotError

FORMAT = "passerelle-recovery/1"
# The code is random (100 bits): Argon2id at the RFC floor is plenty against guessing.
_PARAMS = kdf.RFC_9106_LOW_MEMORY
_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read over the phone


def new_code() -> str:
    chars = "".join(secrets.choice(_ALPHABET) for _ in range(20))
    return "-".join(chars[i : i + 5] for i in range(0, 20, 5))


def _normalise(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def _aad(device_id: str) -> bytes:
    return f"{FORMAT}|{device_id}".encode()


def make_recovery_file(slots: KeySlots, central_private: X25519PrivateKey) -> tuple[bytes, str]:
    """(recovery file, code) for the laptop whose key-slot file is `slots`."""
    key = slots.open_recovery(central_private)
    code = new_code()
    salt, nonce = secrets.token_bytes(kdf.SALT_LENGTH), secrets.token_bytes(12)
    kek = kdf.derive(_normalise(code), salt, _PARAMS)
    wrapped = AESGCM(kek).encrypt(nonce, bytes(key), _aad(slots.device_id))
    body = {
        "format": FORMAT,
        "device_id": slots.device_id,
        "kdf": {**_PARAMS.to_json(), "salt": base64.b64encode(salt).decode("ascii")},
        "nonce": base64.b64encode(nonce).decode("ascii"),
        "wrapped": base64.b64encode(wrapped).decode("ascii"),
    }
    return json.dumps(body, indent=1, sort_keys=True).encode("utf-8"), code


def open_recovery_file(data: bytes, code: str, device_id: str) -> bytearray:
    """The database key, or SlotError (`recovery.bad_file`, `recovery.other_device`,
    `recovery.bad_code`)."""
    try:
        body = json.loads(data.decode("utf-8"))
        if body.get("format") != FORMAT:
            raise ValueError("format")
        params = kdf.KdfParams.from_json(body["kdf"])
        salt = base64.b64decode(body["kdf"]["salt"], validate=True)
        nonce = base64.b64decode(body["nonce"], validate=True)
        wrapped = base64.b64decode(body["wrapped"], validate=True)
        target = str(body["device_id"])
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        raise SlotError("recovery.bad_file") from None
    if target != device_id:
        raise SlotError("recovery.other_device")
    kek = kdf.derive(_normalise(code), salt, params)
    try:
        return bytearray(AESGCM(kek).decrypt(nonce, wrapped, _aad(device_id)))
    except InvalidTag:
        raise SlotError("recovery.bad_code") from None
