"""Run the benchmarks: `python -m tests.benchmarks.run [--only NAME ...] [--quick]`.

Every `tests/benchmarks/bench_<name>.py` exposing `run(quick: bool) -> list[Figure]` is run in
file-name order (`--only store` runs `bench_store.py`). Each figure is printed with its value,
the limit it is compared with, the ratio and PASS/FAIL, and all of them are written with the date
and the machine to `tests/benchmarks/results/latest.json`. The exit status is 1 if any figure
failed or any module raised, so CI can run `--quick` as a smoke test.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sqlite3
import sys
import time
import traceback
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tests.benchmarks.core import Figure

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"


def module_names() -> list[str]:
    """The benchmark names found beside this file (`bench_store.py` → `store`)."""
    return sorted(p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py"))


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine() -> dict[str, Any]:
    info: dict[str, Any] = {
        "cores": os.cpu_count(),
        "cpu": cpu_model(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
    }
    try:
        import psutil

        info["memory_gb"] = round(psutil.virtual_memory().total / 2**30, 1)
    except ImportError:  # pragma: no cover - psutil is a dependency
        pass
    return info


def _fmt(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:.3g}" if abs(value) < 100 else f"{value:,.0f}"


def print_figures(module: str, figures: list[Figure]) -> None:
    header = f"{'figure':<46} {'value':>10} {'limit':>10} {'ratio':>6}  status  vs baseline"
    print(f"\n== {module}\n{header}\n{'-' * len(header)}")
    for f in figures:
        base = ""
        if f.baseline is not None and f.baseline_ratio is not None:
            base = f"{f.baseline_ratio:.1f}× {f.baseline_label} ({_fmt(f.baseline)} {f.unit})"
        status = "PASS" if f.passed else "FAIL"
        print(
            f"{f.name:<46} {_fmt(f.value):>7} {f.unit:<2} {_fmt(f.limit):>7} {f.unit:<2} "
            f"{f.ratio:>6.2f}  {status:<6}  {base}"
        )


def run(names: list[str], quick: bool) -> dict[str, Any]:
    report: dict[str, Any] = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "mode": "quick" if quick else "full",
        "machine": machine(),
        "modules": {},
        "figures": [],
        "errors": {},
    }
    for name in names:
        start = time.perf_counter()
        try:
            module = importlib.import_module(f"tests.benchmarks.bench_{name}")
            figures: list[Figure] = module.run(quick)
        except Exception:
            report["errors"][name] = traceback.format_exc()
            print(f"\n== {name}: ERROR\n{report['errors'][name]}", file=sys.stderr)
            continue
        finally:
            report["modules"][name] = {"seconds": round(time.perf_counter() - start, 1)}
        print_figures(name, figures)
        report["figures"] += [{"module": name, **f.to_json()} for f in figures]
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.run", description=__doc__)
    parser.add_argument(
        "--only", action="append", metavar="NAME", help="run only this benchmark (repeatable)"
    )
    parser.add_argument("--quick", action="store_true", help="smaller data set, fewer samples")
    parser.add_argument("--output", type=Path, default=RESULTS / "latest.json")
    args = parser.parse_args(argv)
    available = module_names()
    names = available
    if args.only:
        wanted = [n.removeprefix("bench_").removesuffix(".py") for n in args.only]
        unknown = [n for n in wanted if n not in available]
        if unknown:
            parser.error(f"unknown benchmark(s) {unknown}; available: {available}")
        names = wanted
    m = machine()
    print(f"Passerelle benchmarks ({'quick' if args.quick else 'full'}) on {m['cores']} cores, ")
    print(f"{m['cpu']}, Python {m['python']}, SQLite {m['sqlite']}")
    report = run(names, args.quick)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    failed = [f["name"] for f in report["figures"] if not f["passed"]]
    print(
        f"\nWrote {args.output}. {len(report['figures'])} figure(s), {len(failed)} failed", end=""
    )
    print(f", {len(report['errors'])} module error(s)." if report["errors"] else ".")
    return 1 if failed or report["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
