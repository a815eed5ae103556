"""Canonical JSON: the exact bytes that are hashed and signed (sorted keys, no spaces, UTF-8).

Values of ops are plain JSON; instants (consent `granted_at`, `withdrawn_at`) become ISO 8601 UTC
strings with microseconds, so the same value always gives the same bytes on every machine.
"""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import UTC, date, datetime
from typing import Any


def _default(value: object) -> object:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime in a sync op")
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__}")


encode_text = json.encoder.encode_basestring  # what json.dumps uses when ensure_ascii=False


def dumps(obj: object) -> str:
    """The canonical text of a JSON value."""
    kind = type(obj)
    if isinstance(obj, str):  # most op values: the same text json.dumps gives, without set-up
        return encode_text(obj)
    if obj is None:
        return "null"
    if kind is bool:
        return "true" if obj else "false"
    if kind is int:
        return str(obj)
    return json.dumps(
        obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_default
    )


def dump_bytes(obj: object) -> bytes:
    return dumps(obj).encode("utf-8")


def loads(text: str | bytes) -> Any:
    return json.loads(text)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def parse_instant(value: object) -> datetime | None:
    """An instant written by `dumps` (or None)."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError("instant expected")
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError("naive instant")
    return parsed.astimezone(UTC)
