"""Application logs that never hold personal information or key material (domain.md C11).

The rule is that code logs ids and codes only; this module is the safety net behind that rule:
- records go to a rotating file in the data folder's `logs/` (1 MB × 5), readable by its owner only;
- every message is passed through `redact()`: e-mail addresses, phone-like numbers and long hex
  strings (a database key is 64 hex digits) are replaced before anything is written;
- exceptions are written as their type and stack frames only, never their message (an error
  raised while saving a person can quote what was typed) — the same for uncaught exceptions, which
  `install_excepthook()` routes here instead of a traceback on screen or stderr.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Any

LOG_NAME = "passerelle.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_EMAIL = re.compile(r"[^\s@<>()\"',;:]+@[^\s@<>()\"',;:]+\.[A-Za-z]{2,}")
_HEX = re.compile(r"(?i)(?:x')?[0-9a-f]{32,}'?")
_PHONE = re.compile(r"(?<![\w-])\+?\d[\d ().-]{7,}\d(?![\w-])")


def redact(text: str) -> str:
    text = _EMAIL.sub("[email]", text)
    text = _HEX.sub("[hex]", text)
    return _PHONE.sub("[number]", text)


def safe_exception_text(
    kind: type[BaseException] | None, _value: object, tb: TracebackType | None
) -> str:
    """The exception's type and where it happened, without its message."""
    name = kind.__name__ if kind else "Exception"
    frames = traceback.extract_tb(tb)
    lines = [f'  File "{f.filename}", line {f.lineno}, in {f.name}' for f in frames]
    return "\n".join(["Traceback (most recent call last):", *lines, f"{name}: (message withheld)"])


class SafeFormatter(logging.Formatter):
    def formatException(self, ei: Any) -> str:
        return safe_exception_text(ei[0], ei[1], ei[2])

    def format(self, record: logging.LogRecord) -> str:
        # A copy: other handlers (and their cached full traceback) see the record unchanged.
        safe = logging.makeLogRecord(record.__dict__)
        safe.msg, safe.args = redact(record.getMessage()), None
        safe.exc_text = self.formatException(record.exc_info) if record.exc_info else None
        safe.stack_info = None
        return redact(super().format(safe))


def log_file(folder: Path) -> Path:
    return folder / LOG_NAME


def setup_logging(
    folder: Path | None, level: int = logging.INFO, *, stderr: bool = False
) -> Path | None:
    """Send the app's logs to `folder/passerelle.log` (rotating; no file when `folder` is None,
    e.g. central commands that must not create a laptop data folder) and warnings to stderr if
    asked, all through the safe formatter. Returns the log file."""
    root = logging.getLogger()
    for old in list(root.handlers):
        if getattr(old, "_passerelle", False):
            root.removeHandler(old)
            old.close()
    path = None
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
        path = log_file(folder)
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
        handler.setFormatter(SafeFormatter(FORMAT))
        handler._passerelle = True  # type: ignore[attr-defined]
        root.addHandler(handler)
        if os.name == "posix":
            os.chmod(path, 0o600)
    if stderr:
        console = logging.StreamHandler(sys.stderr)
        console.setLevel(logging.WARNING)
        console.setFormatter(SafeFormatter("%(levelname)s %(name)s: %(message)s"))
        console._passerelle = True  # type: ignore[attr-defined]
        root.addHandler(console)
    root.setLevel(level)
    for noisy in ("sqlalchemy", "alembic"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return path


def install_excepthook() -> None:
    """Uncaught exceptions (e.g. in a Qt slot) are logged safely instead of printed in full."""
    log = logging.getLogger("passerelle.crash")

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("uncaught %s", kind.__name__, exc_info=(kind, value, tb))
        sys.stderr.write(safe_exception_text(kind, value, tb) + "\n")

    sys.excepthook = hook
