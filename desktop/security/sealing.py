"""Small AES-256-GCM helpers for files the application writes beside the database (drafts).

Each purpose gets its own key, derived from the database key with HKDF-SHA256, so a draft key
never opens the database and vice versa. A sealed blob is `magic ‖ nonce ‖ ciphertext+tag`; the
associated data names what the blob is (e.g. the draft id), so a file renamed to another id fails.
"""

from __future__ import annotations

import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

NONCE = 12


class SealError(Exception):
    """The blob is not ours, was damaged, or belongs to another key."""


def subkey(master: bytes | bytearray, purpose: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=f"passerelle/{purpose}".encode()
    ).derive(bytes(master))


def seal(key: bytes, magic: bytes, plaintext: bytes, aad: bytes) -> bytes:
    nonce = secrets.token_bytes(NONCE)
    return magic + nonce + AESGCM(key).encrypt(nonce, plaintext, magic + aad)


def open_sealed(key: bytes, magic: bytes, blob: bytes, aad: bytes) -> bytes:
    if not blob.startswith(magic) or len(blob) < len(magic) + NONCE + 16:
        raise SealError("format")
    nonce = blob[len(magic) : len(magic) + NONCE]
    try:
        return AESGCM(key).decrypt(nonce, blob[len(magic) + NONCE :], magic + aad)
    except InvalidTag:
        raise SealError("tag") from None
