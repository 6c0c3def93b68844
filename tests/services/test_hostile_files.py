"""Hostile files cost little: refused early, naming the real problem, in bounded time and memory.

Each case here took seconds to minutes (or gigabytes) before the limits, or was refused for the
wrong reason.
"""

from __future__ import annotations

import io
import json
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from mysterycaller.services.call_records import parse_json_document
from mysterycaller.services.campaign_files import parse_campaign_text
from mysterycaller.services.errors import Problem, RefusedInput
from mysterycaller.services.sync.bundle import unpack
from mysterycaller.services.sync.bundle_format import build_zip, read_zip
from mysterycaller.services.sync.manifest import MANIFEST, build_manifest

#: The bounds of the issue: refused in under 2 s (CPU) and under 200 MB.
SECONDS, BYTES = 2.0, 200 * 1024 * 1024


def stored_zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def results_bundle(calls: bytes, *, stored: bool = True) -> bytes:
    """A results bundle whose manifest is consistent with an arbitrary calls part."""
    parts = {"calls.json": calls}
    manifest = build_manifest("results", parts, tester="T-01", calls=1)
    members = {MANIFEST: json.dumps(manifest).encode(), **parts}
    return stored_zip(members) if stored else build_zip(members)


def refused_cheaply(action: Callable[[], object]) -> RefusedInput:
    """Run ``action``; it must raise RefusedInput within the time and memory bounds."""
    began = time.process_time()
    with pytest.raises(RefusedInput) as raised:
        action()
    seconds = time.process_time() - began
    tracemalloc.start()
    try:
        with pytest.raises(RefusedInput):
            action()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert seconds < SECONDS, f"took {seconds:.2f} s"
    assert peak < BYTES, f"used {peak / 1e6:.0f} MB"
    return raised.value


HOSTILE_CALLS = {
    # ~0.9 MB: 300,000 records that each break the schema (before: 370 s and 12 GB).
    "many-empty-records": b"[" + b"{}," * 300_000 + b"{}]",
    # ~0.7 MB: 350,000 numbers where records belong (before: 63 s and 1 GB).
    "many-numbers": b"[" + b"0," * 350_000 + b"0]",
    # ~0.7 MB: one number of 700,000 digits.
    "one-long-number": b"[" + b"7" * 700_000 + b"]",
    # 32 MB: ten million empty objects.
    "32-mb-of-objects": b"[" + b"{}," * (32 * 1024 * 1024 // 3 - 300) + b"{}]",
    # 32 MB of nesting.
    "32-mb-deep": b"[" * (16 * 1024 * 1024 - 512) + b"]" * (16 * 1024 * 1024 - 512),
}


@pytest.mark.parametrize("calls", HOSTILE_CALLS.values(), ids=HOSTILE_CALLS)
def test_a_hostile_bundle_is_refused_cheaply_and_lists_few_problems(calls):
    bundle = results_bundle(calls)

    refused = refused_cheaply(lambda: unpack(bundle, "hostile.mcb"))

    assert len(refused.problems) <= 21
    assert all(len(p.message) < 400 for p in refused.problems)


def test_a_long_number_is_named_as_such_not_as_a_python_limit():
    with pytest.raises(RefusedInput) as raised:
        parse_json_document(b"[" + b"7" * 5000 + b"]", "calls.json")

    assert "5000 digits is too long" in str(raised.value)
    assert "set_int_max_str_digits" not in str(raised.value)


@pytest.mark.parametrize("depth", [70, 900])
def test_json_nested_deeper_than_the_limit_is_refused(depth):
    text = "[" * depth + "]" * depth

    with pytest.raises(RefusedInput, match="nested too deeply"):
        parse_json_document(text, "calls.json")


def test_json_within_the_depth_limit_is_read():
    assert parse_json_document("[" * 60 + "]" * 60, "calls.json") is not None


HOSTILE_CAMPAIGNS = {
    "5-mb-flow-list": "a: [" + "0, " * 1_700_000 + "0]\n",
    "many-targets": "targets:\n" + "  - {id: x, name: 1}\n" * 15_000,
    "deep-flow": "a: " + "[" * 2_000_000 + "]" * 2_000_000,
    "deep-block": "".join("  " * i + "a:\n" for i in range(900)) + "  " * 900 + "1\n",
}


@pytest.mark.parametrize("text", HOSTILE_CAMPAIGNS.values(), ids=HOSTILE_CAMPAIGNS)
def test_a_hostile_campaign_file_is_refused_cheaply(text):
    refused = refused_cheaply(lambda: parse_campaign_text(text, "hostile.yaml"))

    assert len(refused.problems) <= 21


def test_a_campaign_with_many_problems_lists_twenty_and_says_there_are_more():
    text = "targets:\n" + "  - {id: x, name: 1}\n" * 300

    with pytest.raises(RefusedInput) as raised:
        parse_campaign_text(text, "c.yaml")

    assert len(raised.value.problems) == 21
    assert "stopped after 20" in raised.value.problems[-1].message


def test_a_refusal_prints_at_most_fifty_lines_and_a_summary():
    problems = [Problem(f"[{i}]", None, "bad") for i in range(1_000)]

    lines = str(RefusedInput("f.json", problems)).splitlines()

    assert len(lines) == 51
    assert lines[-1] == "f.json: and 950 more problems"


# --- the ZIP container, as docs/sync-format.md says -----------------------------------------


def test_trailing_data_after_the_zip_is_refused_as_trailing_data():
    data = build_zip({"manifest.json": b"{}"}) + b"extra bytes"

    with pytest.raises(RefusedInput, match="11 bytes of trailing data"):
        read_zip(data, "b")


def test_a_zip_comment_is_refused_as_a_comment():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("calls.json", b"[]")
        archive.comment = b"hello"

    with pytest.raises(RefusedInput, match="carries a comment"):
        read_zip(buffer.getvalue(), "b")


def _renamed(name: bytes) -> bytes:
    """A ZIP whose only member is stored under the raw ``name`` (same length as the original)."""
    placeholder = b"x" * len(name)
    data = stored_zip({placeholder.decode(): b"[]"})
    return data.replace(placeholder, name)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        (b"calls.json\x00.txt", "NUL byte"),
        (b"a\\..\\b.json", "backslash"),
        (b"/etc/passwd", "absolute path"),
        (b"C:/x.json", "absolute path"),
        (b"a/../../b.json", "'..'"),
    ],
)
def test_odd_member_names_are_refused_naming_the_real_problem(name, reason):
    with pytest.raises(RefusedInput) as raised:
        read_zip(_renamed(name), "b")

    assert reason in str(raised.value)
    assert "more than once" not in str(raised.value)


def test_a_nul_byte_name_beside_its_cut_twin_is_still_refused_as_a_nul_byte():
    data = stored_zip({"calls.json": b"[]", "calls.jsonXtxt": b"[]"}).replace(
        b"calls.jsonXtxt", b"calls.json\x00txt"
    )

    with pytest.raises(RefusedInput, match="NUL byte"):
        read_zip(data, "b")


EXAMPLE = Path(__file__).parents[1] / "data" / "examples" / "campaign-stadtwerke.yaml"


@pytest.mark.parametrize(
    ("rule", "reason"),
    [
        ("(" * 400 + "time_to_answer <= 20" + ")" * 400, "nested more than 20 deep"),
        ("(" * 3000 + "time_to_answer <= 20" + ")" * 3000, "at most 1000"),
        ("time_to_answer <= " + "9" * 100_000, "at most 1000"),
        ("time_to_answer <= " + "9" * 500, "too many digits"),
    ],
    ids=["400-deep", "3000-deep", "100000-digits", "500-digits"],
)
def test_a_hostile_rule_in_a_campaign_file_is_one_problem_not_a_crash(rule, reason):
    text = EXAMPLE.read_text(encoding="utf-8").replace('"time_to_answer <= 20"', f'"{rule}"', 1)

    with pytest.raises(RefusedInput) as raised:
        parse_campaign_text(text, "c.yaml")

    assert reason in str(raised.value)
    assert "rule" in raised.value.problems[0].where
