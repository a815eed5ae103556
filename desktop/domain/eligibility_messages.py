"""French and English texts of eligibility reasons (filled by desktop.domain.eligibility)."""

MESSAGES: dict[str, tuple[str, str]] = {}
