"""Sync tables: the laptop's outbox and enrolment, and the central store's op log and registers.

Laptop: `sync_state` (enrolment, keys, pinned central keys), `sync_clock` (gapless seq and hybrid
logical clock per device + incarnation), `outbox_ops` (one op per changed field, written in the
saving transaction). Central: `central_identity` (its key pairs, private keys passphrase-encrypted),
`sync_devices`, `op_log` (unique device + incarnation + seq, with the op hash), `field_heads` (each
device's latest op per field; the field's winning value, its *register*, is the head flagged
`wins`), `tombstones`, `sync_conflicts`, `imported_bundles` and `sync_alarms`. Aliases are
ordinary registers of the entity `alias` (loser id → survivor id), so merges and unmerges are
last-writer-wins writes.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Index, Integer, LargeBinary, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from desktop.storage.base import UUID_LEN, Base, utcnow

_ENTITY = 40
_FIELD = 60
_HASH = 64


class SyncStateRow(Base):
    """Laptop: this device's signing key and what it learnt from the central enrolment file."""

    __tablename__ = "sync_state"

    device_id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    signing_key: Mapped[bytes] = mapped_column(LargeBinary)  # raw Ed25519 private key
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    enrolment_id: Mapped[str | None] = mapped_column(String(UUID_LEN))
    enrolment_secret: Mapped[bytes | None] = mapped_column(LargeBinary)
    store_id: Mapped[str | None] = mapped_column(String(UUID_LEN))
    central_sign_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    central_enc_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    key_bound: Mapped[bool] = mapped_column(default=False)
    last_bundle_id: Mapped[str | None] = mapped_column(String(UUID_LEN))
    enrolled_at: Mapped[datetime | None]
    audit_acked_up_to: Mapped[int] = mapped_column(default=0)  # audit events central holds
    revoked_at: Mapped[datetime | None]  # central revoked this laptop (learnt from an ack)


class SyncClockRow(Base):
    """Laptop: last seq and hybrid logical clock of one device incarnation."""

    __tablename__ = "sync_clock"

    device_id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    incarnation: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_seq: Mapped[int] = mapped_column(default=0)
    hlc: Mapped[int] = mapped_column(BigInteger, default=0)
    acked_up_to: Mapped[int] = mapped_column(default=0)
    clock_warning: Mapped[str | None] = mapped_column(String(40))


class OutboxOpRow(Base):
    """Laptop: one op (a changed field or a removed row); `body` is its canonical JSON."""

    __tablename__ = "outbox_ops"

    device_id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    incarnation: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    hlc: Mapped[int] = mapped_column(BigInteger)
    candidate_id: Mapped[str] = mapped_column(String(UUID_LEN), index=True)
    body: Mapped[str] = mapped_column(Text)
    acked: Mapped[bool] = mapped_column(default=False)


class CentralIdentityRow(Base):
    """Central: the store id and its key pairs (private keys encrypted with the passphrase)."""

    __tablename__ = "central_identity"

    store_id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    sign_public: Mapped[bytes] = mapped_column(LargeBinary)
    enc_public: Mapped[bytes] = mapped_column(LargeBinary)
    sign_private: Mapped[bytes] = mapped_column(LargeBinary)  # PEM, passphrase-encrypted
    enc_private: Mapped[bytes] = mapped_column(LargeBinary)
    last_seq: Mapped[int] = mapped_column(default=0)  # central's own ops (merges, erasures)
    hlc: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # HMAC key of tombstones: an erased person's id is never kept in clear (S11).
    tombstone_key: Mapped[bytes | None] = mapped_column(LargeBinary)


class SyncDeviceRow(Base):
    """Central: an enrolled laptop; its signing key is bound on its first authenticated bundle."""

    __tablename__ = "sync_devices"

    enrolment_id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    device_id: Mapped[str | None] = mapped_column(String(UUID_LEN), unique=True)
    enrolment_secret: Mapped[bytes] = mapped_column(LargeBinary)
    public_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    enrolled_at: Mapped[datetime] = mapped_column(default=utcnow)
    bound_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]
    # After a revocation, ops up to (incarnation, seq) are still accepted; later ones quarantined.
    last_legit_incarnation: Mapped[int | None]
    last_legit_seq: Mapped[int | None]


class OpLogRow(Base):
    """Central: every op received, once; `body` is cleared when its target is erased."""

    __tablename__ = "op_log"

    device_id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    incarnation: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    op_hash: Mapped[str] = mapped_column(String(_HASH))
    hlc: Mapped[int] = mapped_column(BigInteger)
    candidate_id: Mapped[str] = mapped_column(String(UUID_LEN), index=True)
    entity: Mapped[str] = mapped_column(String(_ENTITY))
    row_id: Mapped[str] = mapped_column(String(UUID_LEN), index=True)
    bundle_id: Mapped[str | None] = mapped_column(String(UUID_LEN))
    outcome: Mapped[str] = mapped_column(String(20))  # applied | tombstone | erased
    body: Mapped[str | None] = mapped_column(Text)


class FieldHeadRow(Base):
    """Central: the latest op of one origin device for one field (conflicts are read from these).

    `wins`: this head is the field's register, the greatest by (hlc, device, incarnation, seq)."""

    __tablename__ = "field_heads"

    entity: Mapped[str] = mapped_column(String(_ENTITY), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True, index=True)
    field: Mapped[str] = mapped_column(String(_FIELD), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    incarnation: Mapped[int]
    seq: Mapped[int]
    hlc: Mapped[int] = mapped_column(BigInteger)
    candidate_id: Mapped[str] = mapped_column(String(UUID_LEN), index=True)
    value: Mapped[str] = mapped_column(Text)  # canonical JSON
    wins: Mapped[bool] = mapped_column(default=False, server_default=false())


class TombstoneRow(Base):
    """Central: a removed row or candidate; delete wins and nothing resurrects it.

    `row_id` and `candidate_id` are keyed hashes (HMAC with the store's tombstone key) of the
    ids, never the ids themselves: a late op is still recognised, the erased person is not named.
    """

    __tablename__ = "tombstones"

    entity: Mapped[str] = mapped_column(String(_ENTITY), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True, index=True)
    candidate_id: Mapped[str] = mapped_column(String(UUID_LEN), index=True)
    op_id: Mapped[str] = mapped_column(String(120))
    hlc: Mapped[int] = mapped_column(BigInteger)
    reason: Mapped[str] = mapped_column(String(20))


class SyncConflictRow(Base):
    """Central: one field two origins wrote differently without seeing each other (for review)."""

    __tablename__ = "sync_conflicts"

    id: Mapped[str] = mapped_column(String(_HASH), primary_key=True)
    entity: Mapped[str] = mapped_column(String(_ENTITY))
    row_id: Mapped[str] = mapped_column(String(UUID_LEN))
    field: Mapped[str] = mapped_column(String(_FIELD))
    candidate_id: Mapped[str] = mapped_column(String(UUID_LEN), index=True)
    winner_op: Mapped[str] = mapped_column(String(120))
    loser_op: Mapped[str] = mapped_column(String(120))
    winner_value: Mapped[str] = mapped_column(Text)
    loser_value: Mapped[str] = mapped_column(Text)
    resolved_at: Mapped[datetime | None]

    __table_args__ = (
        Index("ix_sync_conflicts_field", "entity", "row_id", "field"),
        Index("ix_sync_conflicts_row_id", "row_id"),
    )


class ImportedBundleRow(Base):
    """Central: a bundle fully imported (recorded after its last chunk), with its counts."""

    __tablename__ = "imported_bundles"

    bundle_id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    file_sha256: Mapped[str] = mapped_column(String(_HASH), unique=True)
    device_id: Mapped[str] = mapped_column(String(UUID_LEN), index=True)
    incarnation: Mapped[int]
    seq_from: Mapped[int]
    seq_to: Mapped[int]
    op_count: Mapped[int]
    manifest: Mapped[str] = mapped_column(Text)
    counts: Mapped[dict[str, Any]]
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)


class SyncAlarmRow(Base):
    """Central: a security incident or quarantined bundle (equivocation, future clock, …)."""

    __tablename__ = "sync_alarms"

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    kind: Mapped[str] = mapped_column(String(40), index=True)
    device_id: Mapped[str | None] = mapped_column(String(UUID_LEN))
    bundle_id: Mapped[str | None] = mapped_column(String(UUID_LEN))
    file_sha256: Mapped[str | None] = mapped_column(String(_HASH))
    details: Mapped[dict[str, Any]]
    at: Mapped[datetime] = mapped_column(default=utcnow)


class CentralAuditEventRow(Base):
    """Central: a laptop's audit event received in a bundle (ids only), kept to check its chain.

    `at` is the exact text the laptop hashed; the chain per device is re-verified on every import
    and by `central report` (a dropped, altered or rewritten event is reported as a break).
    """

    __tablename__ = "central_audit_events"

    device_id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    # A restored laptop starts a new incarnation whose chain forks from the backup: one chain each.
    incarnation: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    event_id: Mapped[str] = mapped_column(String(UUID_LEN))
    at: Mapped[str] = mapped_column(String(40))
    event_device_id: Mapped[str | None] = mapped_column(String(UUID_LEN))
    actor_id: Mapped[str | None] = mapped_column(String(UUID_LEN))
    action: Mapped[str] = mapped_column(String(40))
    entity_type: Mapped[str | None] = mapped_column(String(40))
    entity_ids: Mapped[list[str]]
    details: Mapped[dict[str, Any]]
    prev_hash: Mapped[str] = mapped_column(String(_HASH))
    hash: Mapped[str] = mapped_column(String(_HASH))
    bundle_id: Mapped[str | None] = mapped_column(String(UUID_LEN))
    # An erased person's ids were replaced by keyed hashes: the link is still checked, not the hash.
    redacted: Mapped[bool] = mapped_column(default=False)
