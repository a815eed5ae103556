"""Bundles (sync-security.md §1.4): a ZIP of manifest.json, manifest.sig and payload.bin.

- `manifest.json`: canonical JSON with ids, ranges, sizes and hashes only — never personal data;
- `manifest.sig`: the device's Ed25519 signature of the exact manifest bytes;
- `payload.bin`: HPKE (X25519, HKDF-SHA256, AES-256-GCM) sealed to the central key, `info` bound to
  the bundle id, device, incarnation and seq range; the plaintext starts with a header line that
  repeats them (checked after decryption, so payloads cannot be swapped between bundles), then one
  op per line (JSON Lines), then (format 2) the laptop's audit events, one per line.

Format 2 adds the audit events (`audit_from`, `audit_count` in the manifest and the binding) and
allows a bundle of audit events only; format 1 bundles (older laptops) are still read: they are
upcast on reading (no audit events), see `desktop.sync.upcast` for older op versions.
"""

from __future__ import annotations

import hmac
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from desktop.sync import keys
from desktop.sync.canonical import b64, dump_bytes, loads, sha256_hex, unb64
from desktop.sync.errors import SyncError
from desktop.sync.ops import Op, OpFormatError
from desktop.sync.upcast import op_from_line

FORMAT_V1 = "passerelle-bundle/1"
FORMAT = "passerelle-bundle/2"
MANIFEST, SIGNATURE, PAYLOAD = "manifest.json", "manifest.sig", "payload.bin"
MEMBERS = (MANIFEST, SIGNATURE, PAYLOAD)
MAX_MANIFEST = 64 * 1024
MAX_PAYLOAD = 2 * 1024 * 1024 * 1024
ENROL_PURPOSE = "passerelle-enrol-v1"
_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
_ZIP_TIME = (2026, 1, 1, 0, 0, 0)

# Every manifest key, and nothing else (X9: a whitelist of non-personal fields).
MANIFEST_FIELDS = frozenset(
    {
        "format",
        "bundle_id",
        "store_id",
        "device_id",
        "incarnation",
        "device_key_id",
        "recipient_key_id",
        "app_version",
        "schema_version",
        "seq_from",
        "seq_to",
        "op_count",
        "created_hlc",
        "payload_size",
        "payload_sha256",
        "audit_head",
        "previous_bundle_id",
        "enrolment",
        "audit_from",
        "audit_count",
    }
)
_V2_ONLY = frozenset({"audit_from", "audit_count"})
MANIFEST_FIELDS_V1 = MANIFEST_FIELDS - _V2_ONLY
_INTS = ("incarnation", "seq_from", "seq_to", "op_count", "created_hlc", "payload_size")
_STRS = ("bundle_id", "store_id", "device_id", "device_key_id", "recipient_key_id")


def binding(manifest: dict[str, Any]) -> dict[str, Any]:
    """What the HPKE `info` and the payload header bind the payload to."""
    bound = {
        "format": manifest["format"],
        "bundle_id": manifest["bundle_id"],
        "device_id": manifest["device_id"],
        "incarnation": manifest["incarnation"],
        "seq_from": manifest["seq_from"],
        "seq_to": manifest["seq_to"],
        "op_count": manifest["op_count"],
    }
    if manifest["format"] != FORMAT_V1:
        bound["audit_from"] = manifest["audit_from"]
        bound["audit_count"] = manifest["audit_count"]
    return bound


def enrolment_mac(secret: bytes, enrolment_id: str, device_id: str, public_key: bytes) -> str:
    body = dump_bytes(
        {
            "purpose": ENROL_PURPOSE,
            "enrolment_id": enrolment_id,
            "device_id": device_id,
            "public_key": b64(public_key),
        }
    )
    return hmac.new(secret, body, "sha256").hexdigest()


def seal(
    manifest: dict[str, Any],
    op_bodies: Sequence[str | bytes],
    recipient_public: bytes,
    audit_lines: list[str] | None = None,
) -> bytes:
    """The encrypted payload: the binding header, one op per line, then the audit events.

    Op bodies may be given as UTF-8 bytes (as the laptop's store holds them) or as text."""
    header = dump_bytes(binding(manifest))
    ops = [b if isinstance(b, bytes) else b.encode("utf-8") for b in op_bodies]
    audit = [line.encode("utf-8") for line in audit_lines or []]
    plaintext = b"\n".join([header, *ops, *audit]) + b"\n"
    info = dump_bytes(binding(manifest))
    return _SUITE.encrypt(plaintext, keys.x25519_public(recipient_public), info=info)


def write_zip(manifest_bytes: bytes, signature: bytes, payload: bytes) -> bytes:
    buffer = io.BytesIO()
    write_zip_to(buffer, manifest_bytes, signature, payload)
    return buffer.getvalue()


def write_zip_to(handle: BinaryIO, manifest_bytes: bytes, signature: bytes, payload: bytes) -> None:
    """The bundle file's bytes, written straight into `handle` (no copy of a large payload)."""
    with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_STORED) as archive:
        for name, data in ((MANIFEST, manifest_bytes), (SIGNATURE, signature), (PAYLOAD, payload)):
            archive.writestr(zipfile.ZipInfo(name, _ZIP_TIME), data)


@dataclass(frozen=True)
class ParsedBundle:
    manifest_bytes: bytes
    manifest: dict[str, Any]
    signature: bytes
    payload: bytes


def _check_manifest(manifest: object) -> dict[str, Any]:
    if not isinstance(manifest, dict):
        raise SyncError("bundle.manifest")
    version = manifest.get("format")
    if version not in (FORMAT, FORMAT_V1):
        raise SyncError("bundle.format_version", version=str(version)[:40])
    if set(manifest) != (MANIFEST_FIELDS if version == FORMAT else MANIFEST_FIELDS_V1):
        raise SyncError("bundle.manifest")
    for name in _INTS + (("audit_from", "audit_count") if version == FORMAT else ()):
        value = manifest[name]
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise SyncError("bundle.manifest")
    for name in _STRS:
        if not isinstance(manifest[name], str) or not manifest[name]:
            raise SyncError("bundle.manifest")
    if not isinstance(manifest["payload_sha256"], str):
        raise SyncError("bundle.manifest")
    seq_from, seq_to = manifest["seq_from"], manifest["seq_to"]
    # Format 2 may carry audit events only: then seq_to = seq_from - 1 and op_count = 0.
    lowest = seq_from - 1 if version == FORMAT and manifest["audit_count"] > 0 else seq_from
    if seq_from < 1 or seq_to < lowest or manifest["op_count"] != seq_to - seq_from + 1:
        raise SyncError("bundle.seq_range")
    enrolment = manifest["enrolment"]
    if enrolment is not None and (
        not isinstance(enrolment, dict)
        or set(enrolment) != {"enrolment_id", "public_key", "mac"}
        or not all(isinstance(v, str) for v in enrolment.values())
    ):
        raise SyncError("bundle.manifest")
    return manifest


def parse(data: bytes) -> ParsedBundle:
    """Structure and manifest schema; raises `SyncError` with a precise code, never anything else."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if tuple(i.filename for i in infos) != MEMBERS:
                raise SyncError("bundle.structure")
            if any(i.compress_type != zipfile.ZIP_STORED for i in infos):
                raise SyncError("bundle.structure")
            if infos[0].file_size > MAX_MANIFEST or infos[1].file_size != 64:
                raise SyncError("bundle.structure")
            if infos[2].file_size > MAX_PAYLOAD:
                raise SyncError("bundle.structure")
            manifest_bytes = archive.read(MANIFEST)
            signature = archive.read(SIGNATURE)
            payload = archive.read(PAYLOAD)
    except SyncError:
        raise
    except Exception:  # any damage zipfile may report (BadZipFile, CRC, EOF, overflow…)
        raise SyncError("bundle.structure") from None
    try:
        manifest = loads(manifest_bytes.decode("utf-8"))
    except ValueError:
        raise SyncError("bundle.manifest") from None
    if dump_bytes(manifest) != manifest_bytes:
        raise SyncError("bundle.manifest")  # not canonical: something was edited
    if write_zip(manifest_bytes, signature, payload) != data:
        raise SyncError("bundle.structure")  # any byte outside the members changed, or added
    return ParsedBundle(manifest_bytes, _check_manifest(manifest), signature, payload)


def check_signature_and_payload(bundle: ParsedBundle, device_public: bytes) -> None:
    """Signature by this device key, then payload size and hash (truncation, corruption)."""
    if bundle.manifest["device_key_id"] != keys.key_id(device_public):
        raise SyncError("bundle.key_mismatch")
    if not keys.verify(device_public, bundle.signature, bundle.manifest_bytes):
        raise SyncError("bundle.signature")
    if len(bundle.payload) != bundle.manifest["payload_size"]:
        raise SyncError("bundle.payload_size")
    if sha256_hex(bundle.payload) != bundle.manifest["payload_sha256"]:
        raise SyncError("bundle.payload_hash")


@dataclass(frozen=True)
class Payload:
    ops: list[Op]
    audit: list[dict[str, Any]]  # the laptop's audit events (ids only), checked at central


def open_payload(bundle: ParsedBundle, recipient: X25519PrivateKey) -> list[Op]:
    """The ops of a bundle (see `open_contents` for the audit events too)."""
    return open_contents(bundle, recipient).ops


def open_contents(bundle: ParsedBundle, recipient: X25519PrivateKey) -> Payload:
    """Decrypt, check the header binding and every op's identity and range."""
    manifest = bundle.manifest
    try:
        plaintext = _SUITE.decrypt(bundle.payload, recipient, info=dump_bytes(binding(manifest)))
    except (InvalidTag, ValueError):
        raise SyncError("bundle.decrypt") from None
    lines = plaintext.split(b"\n")
    if lines[-1] != b"":
        raise SyncError("bundle.header")
    lines = lines[:-1]
    if not lines or lines[0] != dump_bytes(binding(manifest)):
        raise SyncError("bundle.header")
    count = manifest["op_count"]
    audit_count = manifest.get("audit_count", 0)
    if len(lines) != 1 + count + audit_count:
        raise SyncError("bundle.op_count")
    ops: list[Op] = []
    for line in lines[1 : 1 + count]:
        try:
            op = op_from_line(line)
        except OpFormatError:
            raise SyncError("bundle.op_format") from None
        if op.device != manifest["device_id"] or op.incarnation != manifest["incarnation"]:
            raise SyncError("bundle.foreign_op")
        ops.append(op)
    expected = range(manifest["seq_from"], manifest["seq_to"] + 1)
    if [op.seq for op in ops] != list(expected):
        raise SyncError("bundle.seq_range")
    audit: list[dict[str, Any]] = []
    for line in lines[1 + count :]:
        try:
            event = loads(line)
        except ValueError:
            raise SyncError("bundle.audit_format") from None
        if not isinstance(event, dict) or set(event) != AUDIT_KEYS or dump_bytes(event) != line:
            raise SyncError("bundle.audit_format")
        audit.append(event)
    return Payload(ops, audit)


AUDIT_KEYS = frozenset(
    {
        "seq",
        "id",
        "at",
        "device_id",
        "actor_id",
        "action",
        "entity_type",
        "entity_ids",
        "details",
        "prev_hash",
        "hash",
    }
)


def enrolment_block(
    enrolment_id: str, secret: bytes, device_id: str, public_key: bytes
) -> dict[str, str]:
    return {
        "enrolment_id": enrolment_id,
        "public_key": b64(public_key),
        "mac": enrolment_mac(secret, enrolment_id, device_id, public_key),
    }


def enrolled_public_key(manifest: dict[str, Any], secret: bytes) -> bytes:
    """The device key a first bundle presents, authenticated by the one-time enrolment secret."""
    block = manifest["enrolment"]
    if block is None:
        raise SyncError("bundle.enrolment")
    try:
        public = unb64(block["public_key"])
    except ValueError:
        raise SyncError("bundle.enrolment") from None
    expected = enrolment_mac(secret, block["enrolment_id"], manifest["device_id"], public)
    if len(public) != 32 or not hmac.compare_digest(expected, block["mac"]):
        raise SyncError("bundle.enrolment")
    return public


def peek_bundle_id(data: bytes) -> str | None:
    """The bundle id of a well-formed bundle (unverified: only to find a previous import)."""
    try:
        return str(parse(data).manifest["bundle_id"])
    except SyncError:
        return None
