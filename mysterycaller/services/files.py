"""Reading files with a size cap, and writing them so that a crash never leaves half a file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from mysterycaller.services.errors import Problem, RefusedInput

_CHUNK = 1024 * 1024


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path``, flush it to disk, then rename it into place."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def read_capped(path: Path, limit: int, source: str | None = None) -> bytes:
    """The bytes of ``path`` if there are at most ``limit`` of them; RefusedInput otherwise.

    Reads at most ``limit + 1`` bytes and never trusts ``stat``, so a FIFO, ``/dev/zero`` or a
    file that grows while being read is refused instead of filling memory.
    """
    name = str(path) if source is None else source
    chunks: list[bytes] = []
    size = 0
    try:
        # Non-blocking open: a FIFO nobody writes to opens at once (and reads as empty) instead
        # of waiting forever; reads block again so a slow writer is read, not refused.
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        handle = os.open(path, flags)
        with os.fdopen(handle, "rb", buffering=0) as stream:
            if hasattr(os, "O_NONBLOCK"):
                os.set_blocking(handle, True)
            while size <= limit:
                chunk = stream.read(min(_CHUNK, limit + 1 - size))
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
    except OSError as error:
        reason = error.strerror or str(error)
        raise RefusedInput(name, [Problem("", None, f"cannot read the file: {reason}")]) from None
    if size > limit:
        message = f"the file is larger than {_size_text(limit)}"
        raise RefusedInput(name, [Problem("", None, message)])
    return b"".join(chunks)


def _size_text(limit: int) -> str:
    """``limit`` for people: whole MB or KB where it is one, bytes otherwise."""
    for unit, size in (("MB", 1024 * 1024), ("KB", 1024)):
        if limit >= size and limit % size == 0:
            return f"{limit // size} {unit}"
    return f"{limit} bytes"
