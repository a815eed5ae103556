"""An op line is accepted only in its one canonical form, whatever its values hold.

Central checks every line of a bundle against the op's canonical bytes (the bytes hashed for
equivocation and idempotence), written out key by key for speed: that writing must be exactly
`dump_bytes(op.to_json())` for any op, and any other spelling of the same op is refused.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.sync.canonical import dump_bytes
from desktop.sync.ops import DELETE, SET, Op, OpFormatError
from desktop.sync.upcast import op_from_line

texts = st.text(max_size=12)  # any code point: accents, Arabic, Vietnamese, controls, quotes
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=8,
).filter(lambda v: not _has_surrogate(json.dumps(v, ensure_ascii=False)))
ops = st.builds(
    Op,
    device=texts,
    incarnation=st.integers(1, 2**40),
    seq=st.integers(1, 2**40),
    hlc=st.integers(0, 2**62),
    entity=texts,
    row=texts,
    field=texts.filter(bool),
    kind=st.sampled_from([SET, DELETE]),
    value=json_values,
    candidate=texts,
    actor=st.none() | texts,
)


def _has_surrogate(text: str) -> bool:
    return any(0xD800 <= ord(ch) <= 0xDFFF for ch in text)


@given(op=ops.filter(lambda o: not any(_has_surrogate(str(v)) for v in o.to_json().values())))
def test_the_canonical_line_is_the_canonical_json_of_the_op(op: Op) -> None:
    line = dump_bytes(op.to_json())
    assert op.canonical_line() == line
    read = op_from_line(line)
    assert read == op and read.line == line and read.digest() == op.digest()


def _line(**changes: object) -> dict[str, object]:
    op = Op("dev", 1, 7, 1000, "candidate", "row", "family_name", SET, "Nguyễn", "row", None)
    return op.to_json() | changes


@pytest.mark.parametrize(
    "spelling",
    [
        json.dumps(_line(), sort_keys=True, ensure_ascii=False),  # spaces
        json.dumps(_line(), sort_keys=False, separators=(",", ":"), ensure_ascii=False),  # order
        json.dumps(_line(), sort_keys=True, separators=(",", ":")),  # \u1ec5 escapes
        json.dumps(_line(v=True), sort_keys=True, separators=(",", ":"), ensure_ascii=False),
        json.dumps(_line(v=1.0), sort_keys=True, separators=(",", ":"), ensure_ascii=False),
        json.dumps(_line(seq=7.0), sort_keys=True, separators=(",", ":"), ensure_ascii=False),
        json.dumps(_line(value="\ud800"), sort_keys=True, separators=(",", ":")),  # lone surrogate
    ],
)
def test_every_other_spelling_of_an_op_is_refused(spelling: str) -> None:
    with pytest.raises(OpFormatError):
        op_from_line(spelling.encode("utf-8"))
