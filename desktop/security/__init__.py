"""Encryption at rest on the laptop: the wrapped database key (key slots), the password KDF,
encrypted drafts and log hygiene. Pure Python + `cryptography`/`argon2-cffi`: no Qt, no SQL."""
