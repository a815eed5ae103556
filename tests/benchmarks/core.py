"""What every benchmark module shares: a `Figure` (one compared number) and timing helpers.

A benchmark module is `tests/benchmarks/bench_<name>.py` exposing

    def run(quick: bool) -> list[Figure]: ...

The runner (`python -m tests.benchmarks.run`) finds it by its file name, calls it, prints and
saves every figure. A figure compares its `value` with a `limit`: the absolute target of
DESIGN.md §7 (`Figure.absolute`) or a multiple of a baseline measured in the same run
(`Figure.relative`). Either kind may also carry a same-run `baseline` (e.g. bare sqlite3) whose
ratio is reported for information.
"""

from __future__ import annotations

import gc
import math
import statistics
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Figure:
    """One measured number, the limit it must meet and how it was measured."""

    name: str
    value: float
    unit: str
    limit: float
    target: str  # human text of the target, e.g. "p95 ≤ 30 ms (DESIGN.md §7)"
    higher_is_better: bool = False
    baseline: float | None = None  # a same-run reference (bare sqlite3, bare Qt window...)
    baseline_label: str | None = None
    samples: int | None = None
    details: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def absolute(cls, name: str, value: float, unit: str, limit: float, **kw: Any) -> Figure:
        kw.setdefault("target", f"{'≥' if kw.get('higher_is_better') else '≤'} {limit:g} {unit}")
        return cls(name=name, value=value, unit=unit, limit=limit, **kw)

    @classmethod
    def relative(
        cls,
        name: str,
        value: float,
        unit: str,
        *,
        baseline: float,
        factor: float,
        baseline_label: str,
        **kw: Any,
    ) -> Figure:
        """The limit is `factor` × a baseline measured in the same run."""
        sign = "≥" if kw.get("higher_is_better") else "≤"
        kw.setdefault("target", f"{sign} {factor:g} × {baseline_label}")
        return cls(
            name=name,
            value=value,
            unit=unit,
            limit=factor * baseline,
            baseline=baseline,
            baseline_label=baseline_label,
            **kw,
        )

    @property
    def ratio(self) -> float:
        """value / limit: at most 1 passes (at least 1 when higher is better)."""
        return self.value / self.limit if self.limit else float("inf")

    @property
    def baseline_ratio(self) -> float | None:
        if not self.baseline:
            return None
        return self.value / self.baseline

    @property
    def passed(self) -> bool:
        return self.value >= self.limit if self.higher_is_better else self.value <= self.limit

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.update(ratio=self.ratio, baseline_ratio=self.baseline_ratio, passed=self.passed)
        return data


@dataclass(frozen=True)
class Timing:
    """Latencies of repeated calls, in milliseconds."""

    samples_ms: list[float]

    @property
    def n(self) -> int:
        return len(self.samples_ms)

    def percentile(self, p: float) -> float:
        ordered = sorted(self.samples_ms)
        if not ordered:
            return float("nan")
        rank = max(1, math.ceil(p / 100 * len(ordered)))  # nearest-rank percentile
        return ordered[rank - 1]

    @property
    def p50(self) -> float:
        return statistics.median(self.samples_ms)

    @property
    def p95(self) -> float:
        return self.percentile(95)

    @property
    def max(self) -> float:
        return max(self.samples_ms)

    def summary(self) -> dict[str, float]:
        return {"n": self.n, "p50_ms": self.p50, "p95_ms": self.p95, "max_ms": self.max}


def time_calls(
    fn: Callable[[Any], object], args: Iterable[Any], *, warmup: int = 0, gc_off: bool = False
) -> Timing:
    """Call `fn(arg)` for each arg and time each call; the first `warmup` calls are not kept."""
    samples: list[float] = []
    was_enabled = gc.isenabled()
    if gc_off:
        gc.disable()
    try:
        for i, arg in enumerate(args):
            start = time.perf_counter()
            fn(arg)
            elapsed = (time.perf_counter() - start) * 1000
            if i >= warmup:
                samples.append(elapsed)
    finally:
        if gc_off and was_enabled:
            gc.enable()
    return Timing(samples)
