"""Every path the application uses, resolved in one place.

The data folder comes from `--home`, else `PASSERELLE_HOME`, else the platform's user data folder,
so that tests and demos never touch a real profile. Read-only resources (NOC list, fonts,
translations) come from `resources/` beside the package, or from the frozen bundle.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path


def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def default_home() -> Path:
    env = os.environ.get("PASSERELLE_HOME")
    if env:
        return Path(env).expanduser()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "Passerelle"


@dataclass(frozen=True)
class Paths:
    """The files of one data folder (one laptop store, its drafts, backups and logs)."""

    home: Path

    @classmethod
    def at(cls, home: str | Path | None) -> Paths:
        return cls(Path(home).expanduser().resolve() if home else default_home().resolve())

    @property
    def database(self) -> Path:
        return self.home / "passerelle.db"

    @property
    def keyslots(self) -> Path:
        """The wrapped database key (one slot per staff member, one recovery slot)."""
        return self.home / "keyslots.json"

    @property
    def drafts(self) -> Path:
        return self.home / "drafts"

    @property
    def backups(self) -> Path:
        return self.home / "backups"

    @property
    def logs(self) -> Path:
        return self.home / "logs"

    @property
    def keys(self) -> Path:
        return self.home / "keys"

    @property
    def lock_file(self) -> Path:
        return self.home / "passerelle.lock"

    def ensure(self) -> None:
        for folder in (self.home, self.drafts, self.backups, self.logs, self.keys):
            folder.mkdir(parents=True, exist_ok=True)
        if sys.platform != "win32":
            os.chmod(self.home, 0o700)
