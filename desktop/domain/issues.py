"""Validation results as data: a code, the field it concerns and parameters, translated later.

The UI and the CLI turn an `Issue` into a sentence in the user's language that names the field and
the fix (desktop.domain.messages); services never return prose.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Issue:
    code: str
    field: str
    params: dict[str, object] = dataclasses.field(default_factory=dict)
    severity: Severity = "error"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


def errors(issues: list[Issue]) -> list[Issue]:
    return [i for i in issues if i.is_error]
