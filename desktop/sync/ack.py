"""Acknowledgements: central signs what it holds of a device; the laptop verifies before purging.

An ack file is JSON `{"ack": {...}, "sig": base64}`; the signature (central Ed25519) covers the
canonical bytes of `ack`, which names the store, the device, the incarnation, the contiguous
received-up-to seq and the received ranges, how far central holds the device's audit chain, and
the device's revocation if it was revoked (X10).
"""

from __future__ import annotations

from typing import Any

from desktop.sync import keys
from desktop.sync.canonical import b64, dump_bytes, loads, unb64
from desktop.sync.errors import SyncError

ACK_FORMAT = "passerelle-ack/1"


def build_ack(
    sign_private: bytes,
    *,
    store_id: str,
    device_id: str,
    incarnation: int,
    ranges: list[tuple[int, int]],
    bundle_id: str | None,
    audit_up_to: int = 0,
    revocation: dict[str, Any] | None = None,
) -> bytes:
    """`audit_up_to`: the device's audit events central holds without a gap; `revocation`: set
    when the device is revoked (when, and the last incarnation and seq still accepted)."""
    contiguous = ranges[0][1] if ranges and ranges[0][0] == 1 else 0
    body = {
        "format": ACK_FORMAT,
        "store_id": store_id,
        "device_id": device_id,
        "incarnation": incarnation,
        "contiguous_up_to": contiguous,
        "ranges": [list(r) for r in ranges],
        "bundle_id": bundle_id,
        "audit_up_to": audit_up_to,
        "revocation": revocation,
    }
    signature = keys.sign(sign_private, dump_bytes(body))
    return dump_bytes({"ack": body, "sig": b64(signature)})


def read_ack(data: bytes, central_public: bytes) -> dict[str, Any]:
    """The verified ack body; `SyncError("ack.invalid")` for anything forged or damaged."""
    try:
        outer = loads(data.decode("utf-8"))
        body = outer["ack"]
        signature = unb64(outer["sig"])
    except (ValueError, KeyError, TypeError, AttributeError):
        raise SyncError("ack.invalid") from None
    if not isinstance(body, dict) or body.get("format") != ACK_FORMAT:
        raise SyncError("ack.invalid")
    if not keys.verify(central_public, signature, dump_bytes(body)):
        raise SyncError("ack.invalid")
    if not isinstance(body.get("contiguous_up_to"), int) or not isinstance(
        body.get("incarnation"), int
    ):
        raise SyncError("ack.invalid")
    return body
