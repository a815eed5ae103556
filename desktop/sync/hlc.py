"""Hybrid logical clock: 48 bits of wall-clock milliseconds and a 16-bit counter in one integer.

The clock never goes backwards: when the computer's clock is behind the last value (restored
backup, wrong date), the logical part advances and a warning code is returned, never a refusal
(sync-security.md §1.4). A clock far ahead is caught at central import (ops > 1 h in the future
are quarantined) and, once corrected, shows here as "behind".
"""

from __future__ import annotations

import time
from dataclasses import dataclass

COUNTER_BITS = 16
COUNTER_MAX = (1 << COUNTER_BITS) - 1
BEHIND_TOLERANCE_MS = 5 * 60 * 1000
# No Passerelle op can be older than this instant (2026-01-01 UTC): a clock before it is wrong.
EARLIEST_MS = 1_767_225_600_000

CLOCK_BEHIND = "clock.behind"
CLOCK_BEFORE_RELEASE = "clock.before_release"


def pack(ms: int, counter: int) -> int:
    return (ms << COUNTER_BITS) | counter


def unpack(value: int) -> tuple[int, int]:
    return value >> COUNTER_BITS, value & COUNTER_MAX


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


def to_ms(value: int) -> int:
    return value >> COUNTER_BITS


@dataclass(frozen=True)
class Tick:
    value: int
    warning: str | None


def tick(last: int, now_ms: int | None = None) -> Tick:
    """The next clock value after `last`, and a warning code if the wall clock looks wrong."""
    now = wall_ms() if now_ms is None else now_ms
    last_ms, last_counter = unpack(last)
    warning = None
    if now < EARLIEST_MS:
        warning = CLOCK_BEFORE_RELEASE
    elif last_ms - now > BEHIND_TOLERANCE_MS:
        warning = CLOCK_BEHIND
    if now > last_ms:
        return Tick(pack(now, 0), warning)
    if last_counter >= COUNTER_MAX:
        return Tick(pack(last_ms + 1, 0), warning)
    return Tick(pack(last_ms, last_counter + 1), warning)
