"""Print the figures of a results file as a Markdown table for docs/PERFORMANCE.md.

`python -m tests.benchmarks.report [tests/benchmarks/results/latest.json]`
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tests.benchmarks.run import RESULTS


def table(report: dict) -> str:  # type: ignore[type-arg]
    lines = [
        "| figure | value | limit (target) | ratio | status | vs same-run baseline |",
        "|---|---|---|---|---|---|",
    ]
    for f in report["figures"]:
        base = "-"
        if f["baseline"] is not None:
            base = f"{f['baseline_ratio']:.1f}× {f['baseline_label']} ({f['baseline']:.1f} {f['unit']})"
        status = "PASS" if f["passed"] else "**FAIL**"
        lines.append(
            f"| {f['name']} | {f['value']:.1f} {f['unit']} | {f['limit']:g} {f['unit']} "
            f"({f['target']}) | {f['ratio']:.2f} | {status} | {base} |"
        )
    return "\n".join(lines)


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else RESULTS / "latest.json"
    report = json.loads(path.read_text())
    m = report["machine"]
    print(f"{report['date']} ({report['mode']}), {m['cores']} cores, {m['cpu']}\n")
    print(table(report))


if __name__ == "__main__":
    main()
