"""The ZIP container: round trip, member names, and the caps on what is read."""

from __future__ import annotations

import io
import stat
import zipfile

import pytest

from mysterycaller.services.errors import RefusedInput
from mysterycaller.services.sync import bundle_format
from mysterycaller.services.sync.bundle_format import build_zip, name_problem, read_zip


def raw_zip(*entries: tuple[zipfile.ZipInfo | str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in entries:
            archive.writestr(info, data)
    return buffer.getvalue()


def test_round_trip_keeps_names_and_bytes():
    parts = {"manifest.json": b"{}", "campaigns/x/v1.json": b"[1, 2]", "calls.json": b"[]"}
    assert read_zip(build_zip(parts), "b") == parts


def test_same_parts_give_the_same_bytes():
    parts = {"a.json": b"1", "b.json": b"2"}
    assert build_zip(parts) == build_zip(parts)


@pytest.mark.parametrize(
    "name",
    ["../x.json", "/etc/passwd", "a/../../x", "a\\b.json", "C:/x.json", "a//b", "./a", "", "a/"],
)
def test_unsafe_names_are_named(name):
    assert name_problem(name) is not None


@pytest.mark.parametrize("name", ["calls.json", "campaigns/5e0c9b7a/v1.json", "manifest.json"])
def test_ordinary_names_pass(name):
    assert name_problem(name) is None


def test_symlink_member_is_refused():
    info = zipfile.ZipInfo("calls.json")
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    with pytest.raises(RefusedInput, match="link"):
        read_zip(raw_zip((info, b"/etc/passwd")), "b")


def test_directory_member_is_refused():
    with pytest.raises(RefusedInput, match="directory"):
        read_zip(raw_zip(("campaigns/", b"")), "b")


def test_duplicate_member_is_refused():
    with pytest.warns(UserWarning, match="Duplicate name"):
        data = raw_zip(("calls.json", b"[]"), ("calls.json", b"[1]"))
    with pytest.raises(RefusedInput, match="more than once"):
        read_zip(data, "b")


def test_zip_bomb_is_refused_by_ratio():
    data = build_zip({"calls.json": b"\0" * (8 * 1024 * 1024)})
    assert len(data) < 20_000
    with pytest.raises(RefusedInput, match="bomb"):
        read_zip(data, "b")


def test_caps_on_file_members_and_total(monkeypatch):
    data = build_zip({f"m{i}.json": b"[1, 2, 3]" for i in range(5)})
    monkeypatch.setattr(bundle_format, "MAX_MEMBERS", 4)
    with pytest.raises(RefusedInput, match="5 members"):
        read_zip(data, "b")
    monkeypatch.setattr(bundle_format, "MAX_MEMBERS", 100)
    monkeypatch.setattr(bundle_format, "MAX_TOTAL_BYTES", 40)
    with pytest.raises(RefusedInput, match="add up"):
        read_zip(data, "b")
    monkeypatch.setattr(bundle_format, "MAX_MEMBER_BYTES", 5)
    with pytest.raises(RefusedInput, match="too large"):
        read_zip(data, "b")
    monkeypatch.setattr(bundle_format, "MAX_FILE_BYTES", 100)
    with pytest.raises(RefusedInput, match="larger than"):
        read_zip(data, "b")


def test_member_longer_than_its_header_says_is_refused():
    data = bytearray(build_zip({"calls.json": b"[" + b"1, " * 200 + b"1]"}))
    # Shrink the declared size in the central directory only: the real data is longer.
    central = data.rindex(b"PK\x01\x02")
    size = int.from_bytes(data[central + 24 : central + 28], "little")
    data[central + 24 : central + 28] = (size - 10).to_bytes(4, "little")
    with pytest.raises(RefusedInput):
        read_zip(bytes(data), "b")


def test_trailing_comment_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("calls.json", b"[]")
        archive.comment = b"hello"
    with pytest.raises(RefusedInput, match="comment"):
        read_zip(buffer.getvalue(), "b")
