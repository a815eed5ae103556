"""The one error type of sync: a `code` (translated by the CLI and the GUI) and its parameters."""

from __future__ import annotations


class SyncError(Exception):
    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params
