"""The merge as a property: any sequence of imports, shuffled and repeated, equals each once.

Bundles come from three tester databases; two of them edit the same calls differently, so the
bundles conflict. Which version of a conflicting call is "the stored one" depends on which bundle
came first; that is the only thing order may change.
"""

from __future__ import annotations

import tempfile
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mysterycaller.persistence.database import Database
from mysterycaller.services.sync import export_results, import_bundle

from .helpers import call_ids, demo_database, edit_calls, state


@pytest.fixture(scope="module")
def bundles(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("bundles")
    paths: list[Path] = []

    def export(database: Database, name: str) -> None:
        paths.append(folder / name)
        export_results(database, folder / name, only_new=False)

    first = demo_database(folder / "a.sqlite3", calls=6, seed=11)
    second = demo_database(folder / "b.sqlite3", calls=5, seed=12)
    third = demo_database(folder / "c.sqlite3", calls=6, seed=11)  # the same calls as `first`
    try:
        export(first, "a1.mcb")
        export(second, "b1.mcb")
        shared = call_ids(first)[:3]
        edit_calls(first, shared[:2], "von A überarbeitet")
        export(first, "a2.mcb")
        edit_calls(third, shared[1:], "von C überarbeitet")
        export(third, "c1.mcb")
    finally:
        for database in (first, second, third):
            database.close()
    return paths


def merged(paths: list[Path]) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        database = Database.open(Path(folder) / "coordinator.sqlite3")
        try:
            for path in paths:
                import_bundle(database, path)
            return state(database)
        finally:
            database.close()


def versions_by_call(result: dict) -> dict[str, set[str]]:
    """Every content a call id is known with: the stored call and every conflict."""
    found: dict[str, set[str]] = defaultdict(set)
    for call_id, digest in result["calls"].items():
        found[call_id].add(digest)
    for call_id, digest, _ in result["conflicts"]:
        found[call_id].add(digest)
    return dict(found)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_sequence_equals_importing_each_bundle_once(bundles, data):
    sequence = data.draw(st.lists(st.sampled_from(bundles), min_size=1, max_size=8))
    once = list(dict.fromkeys(sequence))  # first occurrences, in the same order
    assert merged(sequence) == merged(once)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_order_changes_only_which_version_is_stored(bundles, data):
    order = data.draw(st.permutations(bundles))
    shuffled, reference = merged(list(order)), merged(bundles)
    assert versions_by_call(shuffled) == versions_by_call(reference)
    assert shuffled["versions"] == reference["versions"]
    assert set(shuffled["calls"]) == set(reference["calls"])
    assert len(shuffled["conflicts"]) == len(reference["conflicts"])
    # Nothing lost: every version of every call from every bundle is somewhere.
    known = sum(len(versions) for versions in versions_by_call(shuffled).values())
    assert known == len(shuffled["calls"]) + len(shuffled["conflicts"])


def test_the_bundles_really_conflict(bundles):
    result = merged(bundles)
    assert len(result["conflicts"]) >= 3
    assert max(len(v) for v in versions_by_call(result).values()) == 3
