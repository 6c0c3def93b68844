"""Property-based fuzzing of the readers of hostile input: nothing but the project's own error
escapes the bundle reader, the campaign reader or the rule parser.

A quick profile runs in the normal test run; ``MYSTERYCALLER_FAULTS=full`` (scripts/fault-suite)
runs many more examples.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import warnings
import zipfile

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mysterycaller.domain.timing import MEASURES
from mysterycaller.domain.timing_rules import RuleError, parse_rule
from mysterycaller.services.campaign_files import parse_campaign_text
from mysterycaller.services.errors import RefusedInput
from mysterycaller.services.sync import crypto
from mysterycaller.services.sync.bundle import unpack
from mysterycaller.services.sync.manifest import MANIFEST, build_manifest

FULL = os.environ.get("MYSTERYCALLER_FAULTS", "") == "full"
fuzz = settings(
    max_examples=2000 if FULL else 60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner, max_size=5)
    ),
    max_leaves=40,
)
member_names = st.text(max_size=30) | st.sampled_from(
    ["manifest.json", "calls.json", "assignments.json", "../x", "/abs", "a\\b", "a\x00b", "c:x"]
)


def _only_refused(action) -> None:
    with contextlib.suppress(RefusedInput):
        action()


def _zip(members: dict[str, bytes], stored: bool, comment: bytes, trailing: bytes) -> bytes:
    buffer = io.BytesIO()
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w", compression=method) as archive:
        warnings.simplefilter("ignore")  # a name given twice is one of the cases, not a slip
        for name, data in members.items():
            # zipfile cannot write a name that is empty up to its first NUL; the reader is fed
            # such names by test_hostile_files.
            archive.writestr(name if name.split("\x00")[0] else "x" + name, data)
        archive.comment = comment
    return buffer.getvalue() + trailing


@fuzz
@given(st.binary(max_size=3000))
def test_random_bytes_are_refused_by_the_bundle_reader(data):
    _only_refused(lambda: unpack(data, "fuzz.mcb"))


@fuzz
@given(st.sampled_from([b"PK\x03\x04", crypto.MAGIC]), st.binary(max_size=2000))
def test_random_bytes_behind_a_magic_are_refused(magic, data):
    _only_refused(lambda: unpack(magic + data, "fuzz.mcb", b"pw"))


@fuzz
@given(
    st.dictionaries(member_names, st.binary(max_size=300), max_size=5),
    st.booleans(),
    st.binary(max_size=5),
    st.binary(max_size=5),
)
def test_random_zips_are_refused(members, stored, comment, trailing):
    data = _zip(members, stored, comment, trailing)
    _only_refused(lambda: unpack(data, "fuzz.mcb"))


@fuzz
@given(json_values, st.integers(0, 3))
def test_random_nesting_in_a_consistent_bundle_is_refused_or_read(calls, count):
    parts = {"calls.json": json.dumps(calls).encode()}
    manifest = build_manifest("results", parts, tester="T-01", calls=count)
    data = _zip({MANIFEST: json.dumps(manifest).encode(), **parts}, False, b"", b"")
    _only_refused(lambda: unpack(data, "fuzz.mcb"))


@fuzz
@given(st.integers(1, 3000), st.sampled_from(["[", '{"a":']))
def test_deep_json_nesting_in_a_bundle_is_refused(depth, opener):
    closer = "]" if opener == "[" else "}"
    parts = {"calls.json": (opener * depth + "1" + closer * depth).encode()}
    manifest = build_manifest("results", parts, tester="T-01", calls=1)
    data = _zip({MANIFEST: json.dumps(manifest).encode(), **parts}, True, b"", b"")
    with pytest.raises(RefusedInput):
        unpack(data, "fuzz.mcb")


@fuzz
@given(st.text(max_size=500))
def test_random_text_is_refused_by_the_campaign_reader(text):
    _only_refused(lambda: parse_campaign_text(text, "fuzz.yaml"))


@fuzz
@given(st.binary(max_size=500))
def test_random_bytes_are_refused_by_the_campaign_reader(data):
    _only_refused(lambda: parse_campaign_text(data, "fuzz.yaml"))


@fuzz
@given(json_values)
def test_random_nested_yaml_is_refused_or_read_by_the_campaign_reader(value):
    text = yaml.safe_dump({"format": "mysterycaller-campaign/1", "name": value})
    _only_refused(lambda: parse_campaign_text(text, "fuzz.yaml"))


@fuzz
@given(
    st.lists(
        st.sampled_from(["[", "]", "{", "}", "a: ", "- ", "\n", "  ", ",", "1"]), max_size=3000
    )
)
def test_random_yaml_nesting_is_refused_by_the_campaign_reader(pieces):
    _only_refused(lambda: parse_campaign_text("".join(pieces), "fuzz.yaml"))


@fuzz
@given(
    st.lists(
        st.sampled_from(["(", ")", "and", "or", "time_to_answer", "<=", "3", " ", "1.5"]),
        max_size=600,
    )
)
def test_random_rule_nesting_gives_a_rule_or_a_rule_error(pieces):
    with contextlib.suppress(RuleError):
        parse_rule(" ".join(pieces), MEASURES)
