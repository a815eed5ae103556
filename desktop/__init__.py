"""Passerelle: offline intake and follow-up of candidates for an employment-integration programme."""

# Kept in step with pyproject.toml by tests/test_packaging.py (read here without importlib.metadata,
# which costs a noticeable part of the start-up time).
__version__ = "0.1.0"
