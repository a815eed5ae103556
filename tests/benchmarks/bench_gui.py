"""The GUI with 100 000 candidates: cold start, search as you type, duplicate warning, memory.

Cold start is compared in the same run with a bare PySide6 window started the same way (a fresh
Python process until the window is shown). The other figures drive the real widgets offscreen:
a keystroke in the search box until the list model holds the new rows and the visible rows are
fetched; a change in the booth form until the suggestion and the duplicate panel are updated.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import psutil

from tests.benchmarks.core import Figure, time_calls
from tests.benchmarks.dataset import PASSWORD, Dataset, dataset

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FULL, QUICK = 100_000, 10_000
VISIBLE = 30
QUERIES = [
    "h",
    "he",
    "hel",
    "hele",
    "helen",
    "v",
    "va",
    "val",
    "vallejos",
    "vallejos j",
    "vallejos jul",
    "n",
    "ng",
    "ngu",
    "nguyen",
    "nguyen t",
    "5",
    "51",
    "514",
    "5145",
    "ing",
    "inge",
    "ingenieur",
]

BARE = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication([])
    window = QMainWindow()
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    print("ready", flush=True)
    """
)
OURS = textwrap.dedent(
    """
    import os, sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from desktop.cli.options import wants_gui

    submitted = []

    def first_window():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(1, first_window)
            return
        print("ready", flush=True)  # the sign-in window is on screen and takes typing
        dialog.username.setText("bench-admin")
        dialog.password.setText(sys.argv[2])

        def submit():
            submitted.append(time.perf_counter())
            dialog.submit()

        typing_ms = int(sys.argv[3]) if len(sys.argv) > 3 else 0
        if typing_ms:
            QTimer.singleShot(typing_ms, submit)  # as a person types the password
        else:
            submit()

    app = QApplication([])
    QTimer.singleShot(0, first_window)
    from desktop.ui.launch import start_gui
    session = start_gui(wants_gui(["--home", sys.argv[1], "--lang", "fr"]))
    QApplication.processEvents()
    assert session.window.isVisible()
    print(f"signed-in-ms {(time.perf_counter() - submitted[0]) * 1000:.1f}", flush=True)
    os._exit(0)
    """
)


def _start_time(script: str, *args: str) -> tuple[float, float | None]:
    """Milliseconds from process start to the first usable window; and sign-in to main window."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert process.stdout is not None
    first = process.stdout.readline()
    elapsed = (time.perf_counter() - start) * 1000
    rest, errors = process.communicate(timeout=120)
    if "ready" not in first:
        raise RuntimeError(errors[-2000:])
    signed_in = None
    for line in rest.splitlines():
        if line.startswith("signed-in-ms"):
            signed_in = float(line.split()[1])
    return elapsed, signed_in


TYPING_MS = 3000  # a person typing a password; the application loads behind the window meanwhile


def cold_start(data: Dataset, repeats: int) -> list[Figure]:
    home = str(data.app.paths.home)
    password = PASSWORD
    _start_time(BARE)
    _start_time(OURS, home, password)
    bare = [_start_time(BARE)[0] for _ in range(repeats)]
    runs = [_start_time(OURS, home, password) for _ in range(repeats)]
    ours = [first for first, _ in runs]
    after = [second for _, second in runs if second is not None]
    typed = [_start_time(OURS, home, password, str(TYPING_MS))[1] for _ in range(repeats)]
    after_typing = [ms for ms in typed if ms is not None]
    return [
        Figure.relative(
            "cold start to a usable window (sign-in)",
            statistics.median(ours),
            "ms",
            baseline=statistics.median(bare),
            factor=1.5,
            baseline_label="bare PySide6 window",
            samples=repeats,
            details={
                "ours_ms": ours,
                "bare_ms": bare,
                "measured": "process start to the sign-in window on screen; the store loads behind it",
            },
        ),
        Figure.absolute(
            "sign-in to the main window with its list",
            statistics.median(after) if after else float("inf"),
            "ms",
            1000,
            target="≤ 1 s (domain.md d.2: cold start < 5 s; includes Argon2id)",
            samples=len(after),
            details={
                "ms": after,
                "measured": "password submitted the instant the sign-in window shows: includes "
                "loading the application behind it",
            },
        ),
        Figure.absolute(
            "sign-in to the main window, password typed",
            statistics.median(after_typing) if after_typing else float("inf"),
            "ms",
            1000,
            target="≤ 1 s (includes Argon2id)",
            samples=len(after_typing),
            details={
                "ms": after_typing,
                "measured": f"password submitted {TYPING_MS} ms after the sign-in window shows, "
                "as a person types it: the application has loaded meanwhile",
            },
        ),
    ]


def widget_figures(data: Dataset, samples: int) -> list[Figure]:
    from PySide6.QtWidgets import QApplication

    from desktop.ui import i18n
    from desktop.ui.main_window import MainWindow

    qt = QApplication.instance() or QApplication([])
    i18n.set_language("fr")
    window = MainWindow(data.app, data.actor)
    window.show()
    qt.processEvents()
    process = psutil.Process()
    model = window.list.model
    rss_listed = process.memory_info().rss / 2**20
    rows_listed = model.rowCount()
    for row in range(0, rows_listed, max(1, rows_listed // 200)):  # scroll through the list
        model.data(model.index(row, 0))
    rss_scrolled = process.memory_info().rss / 2**20

    def keystroke(query: str) -> None:
        window.list.search.setText(query)
        for row in range(min(VISIBLE, model.rowCount())):
            model.data(model.index(row, 0))
        qt.processEvents()

    queries = (QUERIES * (samples // len(QUERIES) + 1))[:samples]
    search = time_calls(keystroke, queries, warmup=len(QUERIES))
    window.list.search.clear()

    capture = window.capture
    capture.notice.start.click()
    form = capture.form
    probes = [
        ("Helene", "Tremblay", "1988-04-02"),
        ("Julio", "Vallejos", "1990-05"),
        ("Mohamed", "Ali", "1985-01-15"),
    ]

    def check(i: int) -> None:
        given, family, dob = probes[i % len(probes)]
        form.given_names.setText(given)
        form.family_name.setText(family)
        form.date_of_birth.setText(dob)
        form.email.setText(f"{given.lower()}{i}@exemple.ca")
        capture._check_timer.stop()
        capture._refresh_checks()  # what the timer runs after the typing pause
        qt.processEvents()

    duplicate = time_calls(check, range(samples), warmup=5)
    window.close()
    return [
        Figure.absolute(
            "GUI search as you type (keystroke to updated list)",
            search.p95,
            "ms",
            50,
            target="p95 ≤ 50 ms (DESIGN.md §7)",
            samples=search.n,
            details=search.summary(),
        ),
        Figure.absolute(
            "GUI duplicate warning and suggestion while typing",
            duplicate.p95,
            "ms",
            50,
            target="p95 ≤ 50 ms (DESIGN.md §7)",
            samples=duplicate.n,
            details=duplicate.summary(),
        ),
        Figure.absolute(
            "memory with every candidate listed (RSS)",
            max(rss_listed, rss_scrolled),
            "MB",
            300,
            target="RSS ≤ 300 MB (DESIGN.md §7)",
            details={
                "rows": rows_listed,
                "rss_listed_mb": rss_listed,
                "rss_after_scrolling_mb": rss_scrolled,
            },
        ),
    ]


def run(quick: bool) -> list[Figure]:
    count = QUICK if quick else FULL
    with dataset(count) as data:
        figures = cold_start(data, 3 if quick else 7)
        figures += widget_figures(data, 60 if quick else 300)
    for f in figures:
        f.details.update(candidates=count)
    return figures


if __name__ == "__main__":
    Path(".").resolve()
