"""Encrypted bundles: the round trip, wrong passwords, altered bytes, hostile headers."""

from __future__ import annotations

import time

import pytest

from mysterycaller.services.errors import RefusedInput
from mysterycaller.services.sync import crypto

FAST = crypto.KdfParams(crypto.SCRYPT, 10, 8, 1)  # tests only: 1 MiB scrypt


def test_round_trip_with_the_default_argon2id():
    start = time.perf_counter()
    sealed = crypto.encrypt(b"PK\x03\x04 secret calls", b"pw")
    assert time.perf_counter() - start < 5
    assert sealed.startswith(crypto.MAGIC)
    assert b"secret" not in sealed
    assert crypto.decrypt(sealed, b"pw", "b") == b"PK\x03\x04 secret calls"


def test_round_trip_with_scrypt():
    sealed = crypto.encrypt(b"content", b"pw", crypto.SCRYPT_KDF)
    assert crypto.decrypt(sealed, b"pw", "b") == b"content"


def test_same_content_encrypts_differently_each_time():
    assert crypto.encrypt(b"x", b"pw", FAST) != crypto.encrypt(b"x", b"pw", FAST)


@pytest.mark.parametrize("password", [b"wrong", b"pw ", b"PW"])
def test_wrong_password_is_a_clear_refusal(password):
    sealed = crypto.encrypt(b"content", b"pw", FAST)
    with pytest.raises(RefusedInput, match="wrong password"):
        crypto.decrypt(sealed, password, "bundle.mcb")


def test_missing_password_says_how_to_give_one():
    sealed = crypto.encrypt(b"content", b"pw", FAST)
    with pytest.raises(RefusedInput, match="--password-file"):
        crypto.decrypt(sealed, None, "bundle.mcb")


def test_every_altered_byte_is_detected():
    sealed = crypto.encrypt(b"some content here", b"pw", FAST)
    for position in range(len(crypto.MAGIC), len(sealed)):
        altered = bytearray(sealed)
        altered[position] ^= 0x01
        with pytest.raises(RefusedInput):
            crypto.decrypt(bytes(altered), b"pw", "b")


def test_truncated_file_is_refused():
    sealed = crypto.encrypt(b"content", b"pw", FAST)
    for length in (len(crypto.MAGIC), crypto.HEADER_SIZE, len(sealed) - 1):
        with pytest.raises(RefusedInput):
            crypto.decrypt(sealed[:length], b"pw", "b")


def test_hostile_kdf_parameters_are_refused_before_deriving():
    # 4 TiB of Argon2 memory would exhaust the machine; the header check stops it first.
    header = crypto._HEADER.pack(
        crypto.MAGIC, crypto.VERSION, crypto.ARGON2ID, 2**32 - 1, 3, 4, b"s" * 16, b"n" * 12
    )
    sealed = header + b"\0" * 64
    with pytest.raises(RefusedInput, match="out of range"):
        crypto.decrypt(sealed, b"pw", "b")


def test_password_file(tmp_path):
    path = tmp_path / "pw"
    path.write_bytes(b"correct horse\n")
    assert crypto.read_password_file(path) == b"correct horse"
    path.write_bytes(b"\n")
    with pytest.raises(RefusedInput, match="empty"):
        crypto.read_password_file(path)
    with pytest.raises(RefusedInput, match="cannot read"):
        crypto.read_password_file(tmp_path / "missing")
