"""Key pairs: Ed25519 for signatures, X25519 for bundle encryption; key ids and private-key files.

A key id is the first 16 hex digits of the SHA-256 of the raw public key. Central private keys are
kept as PKCS#8 PEM encrypted with a passphrase (`BestAvailableEncryption`).
"""

from __future__ import annotations

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from desktop.sync.canonical import sha256_hex

_RAW = serialization.Encoding.Raw
_RAW_PUB = serialization.PublicFormat.Raw


class KeyFileError(Exception):
    """A key cannot be used (wrong passphrase, damaged); `code` is translated for the user."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code
        self.params: dict[str, object] = {}


def key_id(public_raw: bytes) -> str:
    return sha256_hex(public_raw)[:16]


def new_signing_key() -> tuple[bytes, bytes]:
    """(raw private, raw public) of a new Ed25519 key."""
    private = Ed25519PrivateKey.generate()
    raw = private.private_bytes(_RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    return raw, private.public_key().public_bytes(_RAW, _RAW_PUB)


def sign(private_raw: bytes, data: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private_raw).sign(data)


def verify(public_raw: bytes, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def public_of_x25519(private: X25519PrivateKey) -> bytes:
    return private.public_key().public_bytes(_RAW, _RAW_PUB)


def x25519_public(raw: bytes) -> X25519PublicKey:
    return X25519PublicKey.from_public_bytes(raw)


def encrypt_private(private: Ed25519PrivateKey | X25519PrivateKey, passphrase: str) -> bytes:
    return private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
    )


def _load(pem: bytes, passphrase: str) -> object:
    try:
        return serialization.load_pem_private_key(pem, passphrase.encode("utf-8"))
    except (ValueError, TypeError):
        raise KeyFileError("central.bad_passphrase") from None


def load_ed25519(pem: bytes, passphrase: str) -> bytes:
    key = _load(pem, passphrase)
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError("central.bad_passphrase")
    return key.private_bytes(_RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption())


def load_x25519(pem: bytes, passphrase: str) -> X25519PrivateKey:
    key = _load(pem, passphrase)
    if not isinstance(key, X25519PrivateKey):
        raise KeyFileError("central.bad_passphrase")
    return key
