"""The ZIP container of a bundle, built and read in memory with hard caps on everything read.

Nothing is ever extracted to disk; a member is read through a bounded stream, so header sizes
that lie cannot make the reader inflate more than the caps allow.
"""

from __future__ import annotations

import io
import stat
import struct
import zipfile
import zlib
from collections.abc import Mapping

from mysterycaller.services.errors import Problem, RefusedInput

ZIP_MAGIC = b"PK\x03\x04"
#: Caps on what a bundle may hold; real bundles stay far below them (10,000 calls: ~14 MB of
#: JSON, ~1.4 MB as a bundle), and everything read is held in memory at once.
MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_MEMBERS = 1000
MAX_MEMBER_BYTES = 128 * 1024 * 1024
MAX_TOTAL_BYTES = 128 * 1024 * 1024
#: Uncompressed / compressed. Call records compress about 10:1; a bomb does 1000:1.
MAX_RATIO = 100
MAX_NAME_LENGTH = 200
_END_RECORD = b"PK\x05\x06"
_END_SIZE = 22
# Members are dated 1980-01-01 so the same parts always give the same bytes.
_EPOCH = (1980, 1, 1, 0, 0, 0)


def build_zip(parts: Mapping[str, bytes]) -> bytes:
    """A ZIP (deflated) of ``parts`` by member name, in the order given."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def name_problem(name: str) -> str | None:
    """Why a member name is not allowed in a bundle, or None (each reason named on its own)."""
    if not name:
        return "a member name is empty"
    if len(name) > MAX_NAME_LENGTH:
        return f"a member name is longer than {MAX_NAME_LENGTH} characters"
    shown = repr(name[:60])
    if "\x00" in name:
        return f"member {shown} has a NUL byte in its name"
    if "\\" in name:
        return f"member {shown} has a backslash in its name (ZIP paths use '/')"
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return f"member {shown} has an absolute path"
    if ":" in name:
        return f"member {shown} has a colon in its name"
    if name.endswith("/"):
        return f"member {name!r} is a directory"
    if any(part in ("", ".", "..") for part in name.split("/")):
        return f"member {name!r} has '..', '.' or an empty part in its path"
    return None


def read_zip(data: bytes, source: str) -> dict[str, bytes]:
    """The members of a ZIP by name, every cap and name rule checked; RefusedInput otherwise."""

    def refuse(message: str) -> RefusedInput:
        return RefusedInput(source, [Problem("", None, message)])

    if len(data) > MAX_FILE_BYTES:
        raise refuse(f"the bundle is larger than {MAX_FILE_BYTES} bytes")
    ending = _ending_problem(data)
    if ending:
        raise refuse(ending)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as error:
        raise refuse(f"damaged or truncated bundle ({error})") from None
    with archive:
        infos = archive.infolist()
        if archive.comment:
            raise refuse("the ZIP carries a comment; bundles have none")
        if len(infos) > MAX_MEMBERS:
            raise refuse(f"the bundle has {len(infos)} members (at most {MAX_MEMBERS})")
        # Names first, as stored: Python cuts a name at a NUL byte, which would otherwise show
        # up as a name given twice instead of the real problem.
        for info in infos:
            message = _info_problem(info)
            if message:
                raise refuse(message)
        seen: set[str] = set()
        for info in infos:
            if info.filename in seen:
                raise refuse(f"member {info.filename!r} appears more than once")
            seen.add(info.filename)
        if sum(info.file_size for info in infos) > MAX_TOTAL_BYTES:
            raise refuse(f"the members add up to more than {MAX_TOTAL_BYTES} bytes")
        members: dict[str, bytes] = {}
        total = 0
        for info in infos:
            try:
                with archive.open(info) as stream:
                    # One byte more than declared: a member longer than its header is caught.
                    content = stream.read(info.file_size + 1)
            except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError) as error:
                raise refuse(f"member {info.filename!r} is damaged ({error})") from None
            except NotImplementedError as error:
                raise refuse(f"member {info.filename!r}: {error}") from None
            if len(content) > MAX_MEMBER_BYTES or len(content) != info.file_size:
                raise refuse(f"member {info.filename!r} is larger than its header says")
            total += len(content)
            if total > MAX_TOTAL_BYTES:
                raise refuse(f"the members add up to more than {MAX_TOTAL_BYTES} bytes")
            members[info.filename] = content
    return members


def _ending_problem(data: bytes) -> str | None:
    """A comment or bytes after the ZIP's end record (which Python's reader would ignore)."""
    start = data.rfind(_END_RECORD, max(0, len(data) - _END_SIZE - 0xFFFF))
    if start < 0 or len(data) - start < _END_SIZE:
        return None  # no end record: the ZIP reader says "damaged" in its own words
    (comment_length,) = struct.unpack("<H", data[start + 20 : start + 22])
    end = start + _END_SIZE + comment_length
    if end < len(data):
        return f"{len(data) - end} bytes of trailing data follow the end of the ZIP"
    if comment_length:
        return "the ZIP carries a comment; bundles have none"
    return None


def _info_problem(info: zipfile.ZipInfo) -> str | None:
    name = info.orig_filename
    problem = name_problem(name)
    if problem:
        return problem
    mode = info.external_attr >> 16
    if info.is_dir() or stat.S_ISDIR(mode):
        return f"member {name!r} is a directory"
    # Tools that store no file type (type bits 0) are fine; any type but a regular file is not.
    if stat.S_IFMT(mode) not in (0, stat.S_IFREG):
        return f"member {name!r} is a link or special file, not a regular file"
    if info.flag_bits & 0x1:
        return f"member {name!r} is encrypted with ZIP encryption; bundles never are"
    if info.compress_type not in (zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED):
        return f"member {name!r} uses an unsupported compression"
    if info.file_size > MAX_MEMBER_BYTES:
        return f"member {name!r} is too large ({info.file_size} bytes)"
    if info.file_size > MAX_RATIO * max(info.compress_size, 1) and info.file_size > 1024:
        return f"member {name!r} is compressed suspiciously well (a ZIP bomb?)"
    return None
