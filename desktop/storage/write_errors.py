"""Name the reason a write failed (full disk, I/O error, busy), for a translated message.

SQLite has already rolled the transaction back when these reach us: the message tells the user
that nothing was half-saved and what to do. The text never holds data (SQLite error texts don't).
"""

from __future__ import annotations

import errno


def write_error_code(exc: BaseException) -> str | None:
    """`store.disk_full`, `store.write_failed`, `store.busy`, or None for anything else."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        text = str(current).lower()
        if "disk is full" in text or getattr(current, "errno", None) in (
            errno.ENOSPC,
            errno.EFBIG,
            errno.EDQUOT,
        ):
            return "store.disk_full"
        if "disk i/o error" in text or "readonly" in text or isinstance(current, OSError):
            return "store.write_failed"
        if "database is locked" in text or "database is busy" in text:
            return "store.busy"
        current = current.__cause__ or current.__context__ or getattr(current, "orig", None)
    return None
