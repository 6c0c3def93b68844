"""Capped reading: never more than the cap plus one byte, whatever the file is."""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

import pytest

from mysterycaller.services.errors import RefusedInput
from mysterycaller.services.files import read_capped

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev/zero are POSIX")


def test_a_file_within_the_cap_is_read_whole(tmp_path):
    path = tmp_path / "small"
    path.write_bytes(b"x" * 10)
    assert read_capped(path, 10) == b"x" * 10
    assert read_capped(path, 3 * 1024 * 1024) == b"x" * 10


def test_a_file_over_the_cap_names_the_limit(tmp_path):
    path = tmp_path / "big"
    path.write_bytes(b"x" * (2 * 1024 * 1024 + 1))
    with pytest.raises(RefusedInput) as refused:
        read_capped(path, 2 * 1024 * 1024, "big.json")
    assert str(refused.value) == "big.json: the file is larger than 2 MB"


def test_an_unreadable_path_is_refused_with_the_reason(tmp_path):
    with pytest.raises(RefusedInput, match=r"missing: cannot read the file: No such file"):
        read_capped(tmp_path / "missing", 10, "missing")
    with pytest.raises(RefusedInput, match="cannot read the file"):
        read_capped(tmp_path, 10)


@posix_only
def test_dev_zero_is_refused_at_once():
    start = time.monotonic()
    with pytest.raises(RefusedInput, match="larger than 1 MB"):
        read_capped(Path("/dev/zero"), 1024 * 1024)
    assert time.monotonic() - start < 5


@posix_only
def test_a_fifo_is_read_up_to_the_cap_and_refused(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    # A reader of our own lets the writer open without waiting, so the data is there before
    # read_capped opens the FIFO; closing it afterwards ends the blocked writer (EPIPE).
    keeper = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    writer_end = os.open(fifo, os.O_WRONLY)
    writer = threading.Thread(target=write_into, args=(writer_end, b"y" * (3 * 1024 * 1024)))
    writer.start()
    try:
        start = time.monotonic()
        with pytest.raises(RefusedInput, match="larger than 1 MB"):
            read_capped(fifo, 1024 * 1024)
        assert time.monotonic() - start < 5
    finally:
        os.close(keeper)
        writer.join(timeout=10)
        os.close(writer_end)
    assert not writer.is_alive()


@posix_only
def test_a_fifo_nobody_writes_to_does_not_hang(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    start = time.monotonic()
    assert read_capped(fifo, 1024) == b""
    assert time.monotonic() - start < 5


def write_into(handle: int, data: bytes) -> None:
    """Write into a FIFO until every reader has gone away."""
    view = memoryview(data)
    try:
        while view:
            view = view[os.write(handle, view) :]
    except BrokenPipeError:
        pass
