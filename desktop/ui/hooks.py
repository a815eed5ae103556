"""Base widgets whose subclasses must fill in some methods (a form's `save`, a page's
`retranslate`). Qt's metaclass ignores `abc.abstractmethod`, so the check is made when the
subclass is defined: a missing method fails at import, not when a user clicks."""

from __future__ import annotations


def require_hooks(base: type, cls: type, names: tuple[str, ...]) -> None:
    missing = [name for name in names if getattr(cls, name) is getattr(base, name)]
    if missing:
        raise TypeError(f"{cls.__name__} must define {', '.join(missing)} ({base.__name__})")
