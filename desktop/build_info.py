"""What a frozen build was made from: version, source fingerprint, commit and date.

`build.spec` writes `build-info.json` into the bundle; the About box shows it and the frozen-build
test compares its fingerprint with the sources to decide whether `dist/` is up to date. Standard
library only: the spec imports this module before PyInstaller has collected anything.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

BUILD_INFO = "build-info.json"
# What goes into a build: the package, its resources and the recipe.
SOURCE_PARTS = ("desktop", "resources", "build.spec", "pyproject.toml")
_SKIPPED_SUFFIXES = (".pyc", ".qm")


def _source_files(root: Path) -> list[Path]:
    files: list[Path] = []
    for part in SOURCE_PARTS:
        path = root / part
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            files.extend(
                p
                for p in path.rglob("*")
                if p.is_file()
                and "__pycache__" not in p.parts
                and not p.name.endswith(_SKIPPED_SUFFIXES)
            )
    return sorted(files)


def source_fingerprint(root: Path) -> str:
    """A hash of every file a build is made from (names and contents, not dates)."""
    digest = hashlib.sha256()
    for path in _source_files(root):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _commit(root: Path) -> str | None:
    try:
        out = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "--short=12", "HEAD"],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None


def describe_build(root: Path, version: str, debug: bool) -> dict[str, Any]:
    return {
        "version": version,
        "source_fingerprint": source_fingerprint(root),
        "commit": _commit(root),
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "debug": debug,
        "platform": sys.platform,
    }


def write_build_info(target: Path, info: dict[str, Any]) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    path = target / BUILD_INFO
    path.write_text(json.dumps(info, indent=2), encoding="utf-8")
    return path


def frozen_build_info() -> dict[str, Any] | None:
    """The running bundle's build information, or None when running from the sources."""
    bundle = getattr(sys, "_MEIPASS", None)
    if not bundle:
        return None
    return read_build_info(Path(bundle))


def read_build_info(folder: Path) -> dict[str, Any] | None:
    try:
        return dict(json.loads((folder / BUILD_INFO).read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return None
