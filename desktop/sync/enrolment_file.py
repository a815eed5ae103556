"""The enrolment file central gives a laptop: its public keys, the store id, an enrolment id and a
one-time enrolment secret (the laptop proves with it that its first bundle's key is genuine).

The file is signed by the central signing key it carries, which detects damage; it must travel by
a trusted hand (USB key in the admin's pocket) because its secret authenticates the laptop once.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.sync import keys
from desktop.sync.canonical import b64, dump_bytes, loads, unb64
from desktop.sync.errors import SyncError

ENROLMENT_FORMAT = "passerelle-enrolment/1"


@dataclass(frozen=True)
class Enrolment:
    store_id: str
    enrolment_id: str
    device_name: str
    central_sign_key: bytes
    central_enc_key: bytes
    secret: bytes


def build_enrolment(sign_private: bytes, e: Enrolment) -> bytes:
    body = {
        "format": ENROLMENT_FORMAT,
        "store_id": e.store_id,
        "enrolment_id": e.enrolment_id,
        "device_name": e.device_name,
        "central_sign_key": b64(e.central_sign_key),
        "central_sign_key_id": keys.key_id(e.central_sign_key),
        "central_enc_key": b64(e.central_enc_key),
        "central_enc_key_id": keys.key_id(e.central_enc_key),
        "secret": b64(e.secret),
    }
    return dump_bytes({"enrolment": body, "sig": b64(keys.sign(sign_private, dump_bytes(body)))})


def read_enrolment(data: bytes) -> Enrolment:
    try:
        outer = loads(data.decode("utf-8"))
        body = outer["enrolment"]
        signature = unb64(outer["sig"])
        if body["format"] != ENROLMENT_FORMAT:
            raise SyncError("enrol.invalid")
        e = Enrolment(
            store_id=str(body["store_id"]),
            enrolment_id=str(body["enrolment_id"]),
            device_name=str(body["device_name"]),
            central_sign_key=unb64(body["central_sign_key"]),
            central_enc_key=unb64(body["central_enc_key"]),
            secret=unb64(body["secret"]),
        )
    except SyncError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError):
        raise SyncError("enrol.invalid") from None
    if body.get("central_sign_key_id") != keys.key_id(e.central_sign_key) or body.get(
        "central_enc_key_id"
    ) != keys.key_id(e.central_enc_key):
        raise SyncError("enrol.invalid")
    if not keys.verify(e.central_sign_key, signature, dump_bytes(body)) or len(e.secret) < 16:
        raise SyncError("enrol.invalid")
    return e
