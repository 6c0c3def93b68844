"""Offline sync: results bundles (tester to coordinator), campaign packages, merge, conflicts.

Qt-free; long operations take ``progress(done, total)``. The format is in docs/sync-format.md.
"""

from __future__ import annotations

from mysterycaller.services.sync.conflicts import (
    Conflict,
    list_conflicts,
    resolve_conflict,
    resolve_conflict_id,
)
from mysterycaller.services.sync.crypto import read_password_file
from mysterycaller.services.sync.export import (
    ExportReport,
    Progress,
    default_tester,
    export_campaign_package,
    export_results,
)
from mysterycaller.services.sync.importer import (
    ImportReport,
    import_bundle,
    import_contents,
    read_bundle_file,
)

__all__ = [
    "Conflict",
    "ExportReport",
    "ImportReport",
    "Progress",
    "default_tester",
    "export_campaign_package",
    "export_results",
    "import_bundle",
    "import_contents",
    "list_conflicts",
    "read_bundle_file",
    "read_password_file",
    "resolve_conflict",
    "resolve_conflict_id",
]
