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
    with pytest.raises(RefusedInput, match="not a bundle this app writes"):
        crypto.decrypt(sealed, b"pw", "b")


def sealed_with(kdf: int, a: int, b: int, c: int) -> bytes:
    header = crypto._HEADER.pack(crypto.MAGIC, crypto.VERSION, kdf, a, b, c, b"s" * 16, b"n" * 12)
    return header + b"\0" * 64


def refuse_to_derive(*args: object) -> bytes:
    raise AssertionError("a key was derived for a header above the caps")


@pytest.mark.parametrize(
    ("kdf", "a", "b", "c"),
    [
        (crypto.ARGON2ID, 1024 * 1024, 3, 4),  # 1 GiB
        (crypto.ARGON2ID, 256 * 1024 + 1, 3, 4),
        (crypto.ARGON2ID, 64 * 1024, 9, 4),
        (crypto.ARGON2ID, 64 * 1024, 3, 9),
        (crypto.ARGON2ID, 1024 * 1024, 16, 16),
        (crypto.SCRYPT, 20, 16, 1),  # 2 GiB
        (crypto.SCRYPT, 18, 8, 1),
        (crypto.SCRYPT, 15, 9, 1),
        (crypto.SCRYPT, 15, 8, 3),
    ],
)
def test_kdf_headers_above_twice_our_defaults_are_refused_unused(monkeypatch, kdf, a, b, c):
    monkeypatch.setattr(crypto, "_derive", refuse_to_derive)
    with pytest.raises(RefusedInput, match="not a bundle this app writes"):
        crypto.decrypt(sealed_with(kdf, a, b, c), b"pw", "b")


@pytest.mark.parametrize(
    ("kdf", "a", "b", "c"),
    [(crypto.ARGON2ID, 256 * 1024, 8, 8), (crypto.SCRYPT, 17, 8, 2)],
)
def test_kdf_headers_at_the_caps_are_tried(monkeypatch, kdf, a, b, c):
    derived: list[crypto.KdfParams] = []

    def fake_derive(password: bytes, salt: bytes, params: crypto.KdfParams) -> bytes:
        derived.append(params)
        return b"k" * 32

    monkeypatch.setattr(crypto, "_derive", fake_derive)
    with pytest.raises(RefusedInput, match="wrong password"):
        crypto.decrypt(sealed_with(kdf, a, b, c), b"pw", "b")
    assert derived == [crypto.KdfParams(kdf, a, b, c)]


def test_our_own_settings_are_within_the_caps():
    for params in (crypto.DEFAULT_KDF, crypto.SCRYPT_KDF):
        limits = crypto._LIMITS[params.kdf]
        values = (params.a, params.b, params.c)
        assert all(low <= v <= high for v, (low, high) in zip(values, limits, strict=True))


def test_password_file(tmp_path):
    path = tmp_path / "pw"
    path.write_bytes(b"correct horse\n")
    assert crypto.read_password_file(path) == b"correct horse"
    path.write_bytes(b"\n")
    with pytest.raises(RefusedInput, match="empty"):
        crypto.read_password_file(path)
    with pytest.raises(RefusedInput, match="cannot read"):
        crypto.read_password_file(tmp_path / "missing")
    path.write_bytes(b"x" * (crypto.MAX_PASSWORD_FILE_BYTES + 1))
    with pytest.raises(RefusedInput, match="larger than 4 KB"):
        crypto.read_password_file(path)
