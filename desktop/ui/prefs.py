"""Interface preferences kept beside the store: readable before it is opened (no personal data)."""

from __future__ import annotations

import contextlib
import json
from typing import Any

from desktop.paths import Paths


class InterfacePrefs:
    """The last interface language and user name, readable before the store is open."""

    def __init__(self, paths: Paths) -> None:
        self.path = paths.home / "interface.json"

    def read(self) -> dict[str, Any]:
        try:
            return dict(json.loads(self.path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            return {}

    def update(self, **values: Any) -> None:
        data = {**self.read(), **values}
        with contextlib.suppress(OSError):  # a preference, never worth an error
            self.path.write_text(json.dumps(data), encoding="utf-8")
