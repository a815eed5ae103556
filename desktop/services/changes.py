"""Change events: services say what changed; views refresh only when it concerns them.

Listeners are called on the thread that made the change, after its transaction committed. The GUI
bridges them to a Qt signal; the CLI ignores them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

Listener = Callable[["Changed"], None]


@dataclass(frozen=True)
class Changed:
    kind: str  # "candidate", "event", "staff", "settings", …
    ids: tuple[str, ...] = field(default_factory=tuple)


class ChangeHub:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def emit(self, change: Changed) -> None:
        for listener in list(self._listeners):
            listener(change)

    def emit_candidates(self, *ids: str) -> None:
        self.emit(Changed("candidate", tuple(ids)))
