"""Open the central store, create its identity and key pairs, and enrol laptops.

The central store uses the same migrations as a laptop (candidate tables + sync tables); its
private keys are PKCS#8 PEM encrypted with the passphrase (PASSERELLE_CENTRAL_PASSPHRASE or a
prompt), so a copy of the database alone cannot decrypt bundles nor sign acknowledgements.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select

from desktop.domain.candidate import new_id
from desktop.storage.engine import engine_for_url
from desktop.storage.migrate import upgrade
from desktop.storage.models import CentralIdentityRow, SyncDeviceRow
from desktop.storage.store import Store
from desktop.sync import keys
from desktop.sync.enrolment_file import Enrolment, build_enrolment
from desktop.sync.errors import SyncError

MIN_PASSPHRASE = 12


def open_central(url: str) -> Store:
    engine = engine_for_url(url)
    upgrade(engine)
    return Store(engine)


@dataclass(frozen=True)
class CentralKeys:
    store_id: str
    sign_private: bytes
    sign_public: bytes
    enc_private: X25519PrivateKey
    enc_public: bytes


def init_central(store: Store, passphrase: str) -> str:
    """Create the store identity and key pairs; refuse if done already. Returns the store id."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise SyncError("central.passphrase_short", min=MIN_PASSPHRASE)
    with store.unit_of_work() as session:
        if session.scalar(select(CentralIdentityRow)) is not None:
            raise SyncError("central.already_initialised")
        sign = Ed25519PrivateKey.generate()
        enc = X25519PrivateKey.generate()
        row = CentralIdentityRow(
            store_id=new_id(),
            sign_public=sign.public_key().public_bytes_raw(),
            enc_public=enc.public_key().public_bytes_raw(),
            sign_private=keys.encrypt_private(sign, passphrase),
            enc_private=keys.encrypt_private(enc, passphrase),
            last_seq=0,
            hlc=0,
            created_at=datetime.now(UTC),
            tombstone_key=secrets.token_bytes(32),
        )
        session.add(row)
        return row.store_id


def load_keys(store: Store, passphrase: str) -> CentralKeys:
    with store.read() as session:
        row = session.scalar(select(CentralIdentityRow))
        if row is None:
            raise SyncError("central.not_initialised")
        return CentralKeys(
            store_id=row.store_id,
            sign_private=keys.load_ed25519(row.sign_private, passphrase),
            sign_public=row.sign_public,
            enc_private=keys.load_x25519(row.enc_private, passphrase),
            enc_public=row.enc_public,
        )


def enroll_device(store: Store, central: CentralKeys, name: str) -> bytes:
    """Register a laptop to come and return its enrolment file (keys, ids, one-time secret)."""
    name = name.strip()
    if not name:
        raise SyncError("device.name_missing")
    secret = secrets.token_bytes(32)
    enrolment_id = new_id()
    with store.unit_of_work() as session:
        session.add(
            SyncDeviceRow(
                enrolment_id=enrolment_id,
                name=name,
                enrolment_secret=secret,
                enrolled_at=datetime.now(UTC),
            )
        )
    return build_enrolment(
        central.sign_private,
        Enrolment(
            store_id=central.store_id,
            enrolment_id=enrolment_id,
            device_name=name,
            central_sign_key=central.sign_public,
            central_enc_key=central.enc_public,
            secret=secret,
        ),
    )
