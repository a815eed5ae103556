"""The op: one changed field or one removed row, as plain data; its canonical body and hash.

An op is identified by `device:incarnation:seq`. Its body (canonical JSON) is what the laptop
stores, what the bundle carries and what central hashes to detect equivocation.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any

from desktop.sync.canonical import dump_bytes, dumps, encode_text, loads, sha256_hex

SET = "set"
DELETE = "del"
OP_VERSION = 1
_KEYS = {"v", "device", "incarnation", "seq", "hlc", "entity", "row", "field", "kind", "value"}
_KEYS |= {"candidate", "actor"}


class OpFormatError(ValueError):
    """An op line that is not a well-formed op."""


@dataclass(frozen=True)
class Op:
    device: str
    incarnation: int
    seq: int
    hlc: int
    entity: str
    row: str
    field: str
    kind: str
    value: Any
    candidate: str
    actor: str | None
    # The hash of the op as its laptop wrote it, when it was upcast from an older op version.
    origin_digest: str | None = dc_field(default=None, compare=False)
    # The canonical line it was read from (a current-version op): its body, ready to store. Not
    # an init field, so `dataclasses.replace` (a changed op) never carries it over.
    line: bytes | None = dc_field(default=None, init=False, compare=False, repr=False)

    @property
    def op_id(self) -> str:
        return f"{self.device}:{self.incarnation}:{self.seq}"

    @property
    def order(self) -> tuple[int, str, int, int]:
        """The total order of last-writer-wins: (hlc, device, incarnation, seq)."""
        return (self.hlc, self.device, self.incarnation, self.seq)

    def to_json(self) -> dict[str, Any]:
        return {
            "v": OP_VERSION,
            "device": self.device,
            "incarnation": self.incarnation,
            "seq": self.seq,
            "hlc": self.hlc,
            "entity": self.entity,
            "row": self.row,
            "field": self.field,
            "kind": self.kind,
            "value": self.value,
            "candidate": self.candidate,
            "actor": self.actor,
        }

    def canonical_line(self) -> bytes:
        """`dump_bytes(self.to_json())`, written out key by key in sorted order (import speed)."""
        actor = "null" if self.actor is None else encode_text(self.actor)
        return (
            f'{{"actor":{actor},"candidate":{encode_text(self.candidate)},'
            f'"device":{encode_text(self.device)},"entity":{encode_text(self.entity)},'
            f'"field":{encode_text(self.field)},"hlc":{self.hlc},'
            f'"incarnation":{self.incarnation},"kind":{encode_text(self.kind)},'
            f'"row":{encode_text(self.row)},"seq":{self.seq},"v":{OP_VERSION},'
            f'"value":{dumps(self.value)}}}'
        ).encode()

    def body(self) -> str:
        if self.line is not None:
            return self.line.decode("utf-8")
        return dumps(self.to_json())

    def digest(self) -> str:
        if self.origin_digest is not None:
            return self.origin_digest
        return sha256_hex(self.line if self.line is not None else dump_bytes(self.to_json()))


_TEXT_KEYS = ("device", "entity", "row", "field", "kind", "candidate")
_NUMBER_KEYS = ("incarnation", "seq", "hlc")


def op_from_json(obj: object, origin_digest: str | None = None, line: bytes | None = None) -> Op:
    """The op of a JSON object, checked key by key (exact JSON types: a boolean is no number)."""
    if not isinstance(obj, dict) or obj.keys() != _KEYS or obj["v"] != OP_VERSION:
        raise OpFormatError("shape")
    for key in _TEXT_KEYS:
        if type(obj[key]) is not str:
            raise OpFormatError(key)
    for key in _NUMBER_KEYS:
        if type(obj[key]) is not int:
            raise OpFormatError(key)
    kind, actor = obj["kind"], obj["actor"]
    if kind not in (SET, DELETE):
        raise OpFormatError("kind")
    if actor is not None and type(actor) is not str:
        raise OpFormatError("actor")
    op = Op(
        obj["device"],
        obj["incarnation"],
        obj["seq"],
        obj["hlc"],
        obj["entity"],
        obj["row"],
        obj["field"],
        kind,
        obj["value"],
        obj["candidate"],
        actor,
        origin_digest,
    )
    if line is not None:
        object.__setattr__(op, "line", line)
    if op.seq < 1 or op.incarnation < 1 or op.hlc < 0 or (kind == SET and not op.field):
        raise OpFormatError("range")
    return op


def op_from_body(body: str | bytes) -> Op:
    try:
        return op_from_json(loads(body))
    except ValueError as exc:
        raise OpFormatError(str(exc)) from None
