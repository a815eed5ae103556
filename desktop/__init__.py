"""Passerelle: offline intake and follow-up of candidates for an employment-integration programme."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("passerelle")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.1.0"
