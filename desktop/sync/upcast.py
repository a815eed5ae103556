"""Upcasters: ops written by an older version of the app, read as the current version (S15).

Every op carries its version `v`. A laptop that was not updated keeps writing (and its outbox
keeps holding) ops of its version, so central reads each op line on its own: a line of an older
version is checked to be canonical, hashed as written (its identity for idempotence and
equivocation stays the laptop's), then passed through `UPCASTERS[v]`, `UPCASTERS[v + 1]`, … up to
`OP_VERSION`. An upcaster takes the JSON object of one op and returns the object of the next
version (renaming or splitting fields, converting values); it must not drop a value.

When the op format changes: bump `desktop.sync.ops.OP_VERSION`, add the upcaster of the previous
version here, and keep a golden file of the old version in `tests/fixtures/sync/`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.sync import ops
from desktop.sync.canonical import dump_bytes, loads, sha256_hex
from desktop.sync.ops import Op, OpFormatError, op_from_json

Upcaster = Callable[[dict[str, Any]], dict[str, Any]]

# Version v → the function that turns a version-v op object into a version v + 1 one.
UPCASTERS: dict[int, Upcaster] = {}


def upcast(obj: dict[str, Any]) -> dict[str, Any]:
    """The current-version object of an op object of any known older version."""
    version = obj.get("v")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise OpFormatError("version")
    if version > ops.OP_VERSION:
        raise OpFormatError("newer_version")
    while version < ops.OP_VERSION:
        step = UPCASTERS.get(version)
        if step is None:
            raise OpFormatError("no_upcaster")
        obj = step(dict(obj))
        version += 1
        if obj.get("v") != version:
            raise OpFormatError("upcaster")
    return obj


def op_from_line(line: bytes) -> Op:
    """An op from one canonical line of a bundle, upcast to the current version if older."""
    try:
        obj = loads(line.decode("utf-8"))  # strict UTF-8 (json.loads of bytes lets surrogates by)
    except ValueError:
        raise OpFormatError("json") from None
    try:
        if isinstance(obj, dict) and obj.get("v") == ops.OP_VERSION:
            op = op_from_json(obj, line=line)  # shape and types checked first
            if op.canonical_line() != line:
                raise OpFormatError("canonical")
            return op  # the line is canonical: it is the body
        if not isinstance(obj, dict) or dump_bytes(obj) != line:
            raise OpFormatError("canonical")
    except UnicodeEncodeError:  # a lone surrogate (\ud800) has no canonical UTF-8 form
        raise OpFormatError("canonical") from None
    return op_from_json(upcast(obj), origin_digest=sha256_hex(line))
