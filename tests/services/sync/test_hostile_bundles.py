"""A corpus of hostile and broken bundles: each is refused, and the database stays as it was."""

from __future__ import annotations

import io
import json
import stat
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from mysterycaller.persistence.database import Database
from mysterycaller.services.errors import RefusedInput
from mysterycaller.services.sync import (
    crypto,
    export_campaign_package,
    export_results,
    import_bundle,
)
from mysterycaller.services.sync.bundle_format import build_zip

from .helpers import FIELD_CAMPAIGN_ID, demo_database, dump, members, rebuild

FAST = crypto.KdfParams(crypto.SCRYPT, 10, 8, 1)
VERSION_PART = f"campaigns/{FIELD_CAMPAIGN_ID}/v1.json"


@pytest.fixture(scope="module")
def genuine(tmp_path_factory) -> dict[str, bytes]:
    """A real results bundle (3 calls), its encrypted twin, and a campaign package."""
    folder = tmp_path_factory.mktemp("genuine")
    database = demo_database(folder / "tester.sqlite3", calls=3, seed=7)
    try:
        export_results(database, folder / "r.mcb", only_new=False)
        export_results(database, folder / "e.mcb", only_new=False, password=b"pw", kdf=FAST)
        export_campaign_package(database, FIELD_CAMPAIGN_ID, folder / "p.mcb")
    finally:
        database.close()
    return {name: (folder / f"{name}.mcb").read_bytes() for name in ("r", "e", "p")}


def flip(data: bytes, position: int) -> bytes:
    changed = bytearray(data)
    changed[position % len(changed)] ^= 0x10
    return bytes(changed)


def with_calls(genuine: dict[str, bytes], edit: Callable[[list], object]) -> bytes:
    parts = members(genuine["r"])
    calls = json.loads(parts["calls.json"])
    edit(calls)
    parts["calls.json"] = json.dumps(calls).encode()
    return rebuild(parts)


def with_version(genuine: dict[str, bytes], edit: Callable[[dict], object]) -> bytes:
    parts = members(genuine["r"])
    document = json.loads(parts[VERSION_PART])
    edit(document)
    parts[VERSION_PART] = json.dumps(document).encode()
    return rebuild(parts)


def raw_zip(*entries: tuple[zipfile.ZipInfo | str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate names we want
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for info, data in entries:
                archive.writestr(info, data)
    return buffer.getvalue()


def plus_member(genuine: dict[str, bytes], info: zipfile.ZipInfo | str, data: bytes) -> bytes:
    return raw_zip(*members(genuine["r"]).items(), (info, data))


def symlink(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def add_record_field(calls: list) -> None:
    calls[0]["extra"] = 1


def set_first(key: str, value: object) -> Callable[[list], None]:
    def edit(calls: list) -> None:
        calls[0][key] = value

    return edit


def duplicate_key(genuine: dict[str, bytes], part: str, key: str = "id") -> bytes:
    parts = members(genuine["r"])
    text = parts[part].decode()
    assert f'"{key}": ' in text
    parts[part] = text.replace(f'"{key}": ', f'"{key}": "x", "{key}": ', 1).encode()
    return rebuild(parts) if part != "manifest.json" else raw_zip(*parts.items())


def with_kdf(sealed: bytes, kdf: int, a: int, b: int, c: int) -> bytes:
    """An encrypted bundle whose header asks for other KDF parameters (salt, nonce kept)."""
    magic, version, _, _, _, _, salt, nonce = crypto._HEADER.unpack(sealed[: crypto.HEADER_SIZE])
    header = crypto._HEADER.pack(magic, version, kdf, a, b, c, salt, nonce)
    return header + sealed[crypto.HEADER_SIZE :]


#: name -> (builder of the hostile bytes, words the refusal must contain, password to give)
CORPUS: dict[str, tuple[Callable[[dict[str, bytes]], bytes], str, bytes | None]] = {
    "empty file": (lambda g: b"", "empty", None),
    "text file": (lambda g: b"Hallo, das ist kein Paket\n", "not a Mystery Caller bundle", None),
    "png image": (lambda g: b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "not a Mystery Caller", None),
    "zip magic only": (lambda g: b"PK\x03\x04", "damaged", None),
    "truncated to half": (lambda g: g["r"][: len(g["r"]) // 2], "damaged", None),
    "truncated by one byte": (lambda g: g["r"][:-1], "", None),
    "bit flip early": (lambda g: flip(g["r"], 200), "", None),
    "bit flip middle": (lambda g: flip(g["r"], len(g["r"]) // 2), "", None),
    "bit flip in central directory": (lambda g: flip(g["r"], -60), "", None),
    "encrypted, bit flip": (lambda g: flip(g["e"], len(g["e"]) // 2), "wrong password", b"pw"),
    "encrypted, truncated": (lambda g: g["e"][:-5], "", b"pw"),
    "encrypted, wrong password": (lambda g: g["e"], "wrong password", b"nope"),
    "encrypted, no password": (lambda g: g["e"], "--password-file", None),
    # Headers that would cost gigabytes of KDF memory before the password is even checked.
    "encrypted, Argon2id 1 GiB": (
        lambda g: with_kdf(g["e"], crypto.ARGON2ID, 1024 * 1024, 3, 4),
        "not a bundle this app writes",
        b"pw",
    ),
    "encrypted, Argon2id 16 passes 16 lanes": (
        lambda g: with_kdf(g["e"], crypto.ARGON2ID, 64 * 1024, 16, 16),
        "not a bundle this app writes",
        b"pw",
    ),
    "encrypted, scrypt 2 GiB": (
        lambda g: with_kdf(g["e"], crypto.SCRYPT, 20, 16, 1),
        "not a bundle this app writes",
        b"pw",
    ),
    "zip without manifest": (lambda g: build_zip({"calls.json": b"[]"}), "no manifest", None),
    "path with ..": (lambda g: plus_member(g, "../evil.json", b"{}"), "'..'", None),
    "nested ..": (lambda g: plus_member(g, "campaigns/../../evil", b"{}"), "'..'", None),
    "absolute path": (lambda g: plus_member(g, "/etc/cron.d/evil", b"x"), "absolute", None),
    "backslash path": (lambda g: plus_member(g, "..\\evil.json", b"{}"), "backslash", None),
    "symlink member": (
        lambda g: plus_member(g, symlink("link.json"), b"/etc/passwd"),
        "link",
        None,
    ),
    "directory member": (lambda g: plus_member(g, "campaigns/", b""), "directory", None),
    "duplicate member": (lambda g: plus_member(g, "calls.json", b"[]"), "more than once", None),
    "zip bomb": (lambda g: plus_member(g, "bomb.json", b" " * (16 << 20)), "bomb", None),
    "member not in manifest": (lambda g: plus_member(g, "extra.json", b"[]"), "not listed", None),
    "listed part missing": (
        lambda g: raw_zip(*[(n, d) for n, d in members(g["r"]).items() if n != "calls.json"]),
        "missing",
        None,
    ),
    "part altered, manifest kept": (
        lambda g: raw_zip(*{**members(g["r"]), "calls.json": b"[]"}.items()),
        "checksum",
        None,
    ),
    "duplicate key in manifest": (
        lambda g: duplicate_key(g, "manifest.json", "format"),
        "duplicate",
        None,
    ),
    "duplicate key in calls": (lambda g: duplicate_key(g, "calls.json"), "duplicate key", None),
    "duplicate key in campaign": (lambda g: duplicate_key(g, VERSION_PART), "duplicate", None),
    "unknown manifest field": (
        lambda g: rebuild(members(g["r"]), signed_by="me"),
        "unknown field",
        None,
    ),
    "unknown format version": (
        lambda g: rebuild(members(g["r"]), format="mysterycaller-sync/2"),
        "unknown bundle format",
        None,
    ),
    "unknown kind": (lambda g: rebuild(members(g["r"]), kind="backup"), "kind", None),
    "wrong call count": (lambda g: rebuild(members(g["r"]), calls=99), "calls", None),
    "unknown call field": (lambda g: with_calls(g, add_record_field), "unknown field", None),
    "unknown campaign version": (
        lambda g: with_calls(g, set_first("campaign_version", 7)),
        "does not carry",
        None,
    ),
    "unknown campaign": (
        lambda g: with_calls(g, set_first("campaign_id", "00000000-0000-4000-8000-000000000001")),
        "does not carry",
        None,
    ),
    "call in progress": (
        lambda g: with_calls(g, set_first("status", "in_progress")),
        "completed",
        None,
    ),
    "unknown criterion": (
        lambda g: with_calls(g, set_first("results", {"nope": {"value": True, "at": 1.0}})),
        "unknown criterion",
        None,
    ),
    "not a UUID": (lambda g: with_calls(g, set_first("id", "../../etc")), "calls.json", None),
    "same call twice": (lambda g: with_calls(g, lambda c: c.append(c[0])), "same id", None),
    "NaN in calls": (lambda g: rebuild({**members(g["r"]), "calls.json": b"[NaN]"}), "NaN", None),
    "calls not an array": (
        lambda g: rebuild({**members(g["r"]), "calls.json": b"{}"}),
        "array",
        None,
    ),
    "campaign id differs from path": (
        lambda g: with_version(g, lambda d: d.update(id=FIELD_CAMPAIGN_ID[:-1] + "0")),
        "differs from its path",
        None,
    ),
    "invalid campaign document": (
        lambda g: with_version(g, lambda d: d.update(targets=[])),
        "target",
        None,
    ),
    "package carrying calls": (
        lambda g: rebuild({**members(g["p"]), "calls.json": b"[]"}, kind="campaign-package"),
        "carries no calls",
        None,
    ),
    "package with assignments": (
        lambda g: rebuild({**members(g["p"]), "assignments.json": b"[{}]"}),
        "assignments",
        None,
    ),
    "many members": (
        lambda g: raw_zip(*members(g["r"]).items(), *[(f"x{i}", b"") for i in range(1001)]),
        "members",
        None,
    ),
}


@pytest.fixture
def coordinator(tmp_path: Path, genuine):
    """A coordinator's database that already holds one genuine import."""
    (tmp_path / "genuine.mcb").write_bytes(genuine["r"])
    database = Database.open(tmp_path / "coordinator.sqlite3")
    import_bundle(database, tmp_path / "genuine.mcb")
    yield database
    database.close()


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_hostile_bundle_is_refused_and_changes_nothing(name, genuine, coordinator, tmp_path):
    build, words, password = CORPUS[name]
    path = tmp_path / "hostile.mcb"
    path.write_bytes(build(genuine))
    before = dump(coordinator.path)
    with pytest.raises(RefusedInput) as refused:
        import_bundle(coordinator, path, password=password)
    message = str(refused.value)
    assert str(path) in message
    assert words in message
    assert dump(coordinator.path) == before


def test_the_genuine_bundles_are_accepted(genuine, coordinator, tmp_path):
    for name, password in (("r", None), ("e", b"pw"), ("p", None)):
        (tmp_path / name).write_bytes(genuine[name])
        import_bundle(coordinator, tmp_path / name, password=password)
