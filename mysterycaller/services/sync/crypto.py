"""Encrypted bundles: AES-256-GCM under a key from Argon2id (or scrypt), header as associated data.

File layout (big-endian): magic ``MCBUNDLE``, format 1 (1 byte), KDF id (1 byte: 1 Argon2id,
2 scrypt), three KDF parameters (u32 each), salt (16 bytes), nonce (12 bytes), then the
ciphertext with its 16-byte tag. The header is authenticated: changing any byte of it, or of the
ciphertext, fails decryption exactly as a wrong password does.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from mysterycaller.services.errors import Problem, RefusedInput
from mysterycaller.services.files import read_capped

MAGIC = b"MCBUNDLE"
VERSION = 1
ARGON2ID, SCRYPT = 1, 2
_HEADER = struct.Struct(">8sBBIII16s12s")
HEADER_SIZE = _HEADER.size
TAG_SIZE = 16
MAX_PASSWORD_FILE_BYTES = 4096


@dataclass(frozen=True)
class KdfParams:
    """Which KDF and its three parameters (Argon2id: memory KiB, iterations, lanes; scrypt:
    log2 n, r, p)."""

    kdf: int = ARGON2ID
    a: int = 64 * 1024
    b: int = 3
    c: int = 4


#: RFC 9106's second recommended Argon2id setting: 64 MiB, 3 passes, 4 lanes (~0.3 s here).
DEFAULT_KDF = KdfParams()
#: scrypt as the design allows: n = 2**15, r = 8, p = 1 (32 MiB, ~0.1 s here).
SCRYPT_KDF = KdfParams(SCRYPT, 15, 8, 1)
# Upper bounds for a header read from a file, about twice what this app writes: the password
# is only checked after the key is derived, so a hostile header must not make us allocate
# gigabytes or spin for minutes first. Argon2id: 256 MiB, 8 passes, 8 lanes; scrypt: n = 2**17,
# r = 8, p = 2 (128 * r * n bytes: 128 MiB).
_LIMITS = {ARGON2ID: ((8, 256 * 1024), (1, 8), (1, 8)), SCRYPT: ((10, 17), (1, 8), (1, 2))}


def is_encrypted(data: bytes) -> bool:
    """Whether ``data`` starts like an encrypted bundle."""
    return data.startswith(MAGIC)


def read_password_file(path: Path) -> bytes:
    """The password in a file: its bytes without one trailing line break; RefusedInput if bad."""
    source = str(path)
    data = read_capped(path, MAX_PASSWORD_FILE_BYTES, source)
    password = data.removesuffix(b"\n").removesuffix(b"\r")
    if not password:
        raise RefusedInput(source, [Problem("", None, "the password file is empty")])
    return password


def _derive(password: bytes, salt: bytes, params: KdfParams) -> bytes:
    if params.kdf == ARGON2ID:
        return Argon2id(
            salt=salt, length=32, iterations=params.b, lanes=params.c, memory_cost=params.a
        ).derive(password)
    return Scrypt(salt=salt, length=32, n=2**params.a, r=params.b, p=params.c).derive(password)


def encrypt(plain: bytes, password: bytes, params: KdfParams = DEFAULT_KDF) -> bytes:
    """The encrypted bundle of ``plain`` under ``password``."""
    if not password:
        raise ValueError("an empty password encrypts nothing")
    salt, nonce = os.urandom(16), os.urandom(12)
    header = _HEADER.pack(MAGIC, VERSION, params.kdf, params.a, params.b, params.c, salt, nonce)
    key = _derive(password, salt, params)
    return header + AESGCM(key).encrypt(nonce, plain, header)


def decrypt(data: bytes, password: bytes | None, source: str) -> bytes:
    """The plain bundle inside ``data``; RefusedInput for a wrong password or altered bytes."""

    def refuse(message: str) -> RefusedInput:
        return RefusedInput(source, [Problem("", None, message)])

    if password is None:
        raise refuse("the bundle is encrypted: give its password with --password-file")
    if len(data) < HEADER_SIZE + TAG_SIZE:
        raise refuse("the encrypted bundle is truncated")
    header = data[:HEADER_SIZE]
    _, version, kdf, a, b, c, salt, nonce = _HEADER.unpack(header)
    if version != VERSION:
        raise refuse(f"unknown encrypted bundle format {version} (this app reads {VERSION})")
    limits = _LIMITS.get(kdf)
    if limits is None:
        raise refuse(f"unknown key derivation {kdf} in the header (damaged file?)")
    out_of_range = "key derivation parameters out of range: not a bundle this app writes"
    if not all(low <= value <= high for value, (low, high) in zip((a, b, c), limits, strict=True)):
        raise refuse(out_of_range)
    try:
        key = _derive(password, salt, KdfParams(kdf, a, b, c))
    except ValueError:
        raise refuse(out_of_range) from None
    try:
        return AESGCM(key).decrypt(nonce, data[HEADER_SIZE:], header)
    except InvalidTag:
        raise refuse("wrong password, or the file was damaged or altered") from None
