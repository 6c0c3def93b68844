"""Sync from the GUI: export a bundle, import it elsewhere, the report, passwords, conflicts."""

from __future__ import annotations

import dataclasses
import functools

import pytest

from mysterycaller.gui import prompts
from mysterycaller.gui.conflicts_dialog import ConflictsDialog
from mysterycaller.gui.import_report_dialog import ImportReportDialog
from mysterycaller.gui.password_dialog import PasswordChoice, PasswordDialog
from mysterycaller.persistence.calls import CallStore
from mysterycaller.persistence.campaigns import CampaignStore
from mysterycaller.persistence.database import Database
from mysterycaller.services import sync
from mysterycaller.services.campaign_files import DEMO_CAMPAIGN_ID
from mysterycaller.services.sync import export_results, import_bundle, list_conflicts
from mysterycaller.services.sync.crypto import SCRYPT, KdfParams
from tests.gui import fixtures_shell

demo_campaign_id = fixtures_shell.demo_campaign_id
demo_db = fixtures_shell.demo_db
shell_settings = fixtures_shell.shell_settings
shell_window = fixtures_shell.shell_window

FAST = KdfParams(SCRYPT, 10, 8, 1)
DEMO = str(DEMO_CAMPAIGN_ID)


@pytest.fixture
def other_db(tmp_path):
    """The coordinator's database: empty."""
    database = Database.open(tmp_path / "coordinator.sqlite3")
    yield database
    database.close()


@pytest.fixture
def other_window(qtbot, other_db, tmp_path):
    from mysterycaller.gui.settings import Settings

    window = fixtures_shell.open_window(qtbot, other_db, Settings(tmp_path / "other.ini"))
    yield window
    window.model.wait()


@pytest.fixture
def reports(monkeypatch):
    """Import reports the GUI would show, recorded; the user does not ask for the conflicts."""
    shown = []
    monkeypatch.setattr(
        ImportReportDialog, "ask", classmethod(lambda cls, parent, report: shown.append(report))
    )
    return shown


def passwords(monkeypatch, *answers):
    """PasswordDialog.ask answers in turn; returns the questions asked (new or existing)."""
    asked, queue = [], list(answers)

    def ask(cls, parent, *, new, text):
        asked.append((new, text))
        return PasswordChoice(queue.pop(0))

    monkeypatch.setattr(PasswordDialog, "ask", classmethod(ask))
    return asked


def wait(qtbot, actions):
    qtbot.waitUntil(lambda: actions.task is not None and actions.task.done, timeout=30000)


def change_impression(database, call_id, impression):
    """Edit a stored call, as a tester who reopened it would."""
    with database.transaction() as session:
        store, campaigns = CallStore(session), CampaignStore(session)
        call = dataclasses.replace(store.get(call_id), impression=impression)
        store.replace(call, call.score(campaigns.version(call.campaign_id, call.campaign_version)))


def test_export_with_a_password_and_import_elsewhere_with_the_report(
    qtbot, shell_window, other_window, other_db, reports, monkeypatch, tmp_path
):
    bundle = tmp_path / "results.mcb"
    monkeypatch.setattr(prompts, "choose_save_path", lambda *a: tmp_path / "results")
    infos = []
    monkeypatch.setattr(prompts, "show_info", lambda parent, title, text: infos.append(text))
    asked = passwords(monkeypatch, b"geheim", b"geheim", b"geheim")
    # Argon2id as shipped takes seconds on a small machine; the file format is the same.
    monkeypatch.setattr(sync, "export_results", functools.partial(export_results, kdf=FAST))
    shell_window.ui.export_results_action.trigger()
    wait(qtbot, shell_window.sync)
    assert bundle.read_bytes().startswith(b"MCBUNDLE")
    assert infos == [f"50 call(s) written to {bundle}."]  # plural forms: the .ts files

    monkeypatch.setattr(prompts, "choose_open_path", lambda *a: bundle)
    assert other_window.ui.campaign_combo.count() == 0
    with qtbot.waitSignal(other_window.model.loaded, timeout=10000):
        other_window.ui.import_bundle_action.trigger()
        wait(qtbot, other_window.sync)
    assert [new for new, _ in asked] == [True, False]  # a new password, then the file's
    (report,) = reports
    assert other_window.ui.campaign_combo.count() == 1 and other_window.model.total() == 50
    dialog = ImportReportDialog(report)
    qtbot.addWidget(dialog)
    rows = dialog.counts()
    testers = {call.tester for call in (shell_window.model.call_at(r) for r in range(50))}
    assert [row[0] for row in rows[:-1]] == sorted(testers) and rows[-1][0] == "Total"
    assert rows[-1][2:] == ("50", "0", "0")
    assert sum(int(row[2]) for row in rows[:-1]) == 50
    assert "(encrypted)" in dialog.ui.summary_label.text()
    assert not dialog.ui.conflicts_button.isVisibleTo(dialog)

    # The same bundle again: every call is unchanged.
    with qtbot.waitSignal(other_window.model.loaded, timeout=10000):
        other_window.ui.import_bundle_action.trigger()
        wait(qtbot, other_window.sync)
    assert ImportReportDialog(reports[1]).counts()[-1][2:] == ("0", "50", "0")


def test_a_wrong_password_is_a_readable_message(
    qtbot, demo_db, other_window, other_db, monkeypatch, tmp_path
):
    bundle = tmp_path / "r.mcb"
    export_results(demo_db, bundle, campaign_id=DEMO, password=b"richtig", kdf=FAST)
    monkeypatch.setattr(prompts, "choose_open_path", lambda *a: bundle)
    asked = passwords(monkeypatch, b"falsch")
    shown = []
    monkeypatch.setattr(prompts, "show_error", lambda *args: shown.append(args))
    other_window.ui.import_bundle_action.trigger()
    wait(qtbot, other_window.sync)
    assert asked and "r.mcb" in asked[0][1]
    ((_parent, title, text, _details),) = shown
    assert title == "Import failed"
    assert text == (
        "The password is wrong, or the file r.mcb was damaged or altered. Nothing was imported."
    )
    assert other_window.ui.campaign_combo.count() == 0


def test_a_plain_bundle_is_imported_without_a_password(
    qtbot, demo_db, other_window, reports, monkeypatch, tmp_path
):
    bundle = tmp_path / "r.mcb"
    export_results(demo_db, bundle, campaign_id=DEMO)
    monkeypatch.setattr(prompts, "choose_open_path", lambda *a: bundle)
    passwords(monkeypatch)  # asking would pop from an empty list and fail
    with qtbot.waitSignal(other_window.model.loaded, timeout=10000):
        other_window.ui.import_bundle_action.trigger()
        wait(qtbot, other_window.sync)
    assert reports[0].total("added") == 50


def test_campaign_package_export(qtbot, shell_window, monkeypatch, tmp_path):
    monkeypatch.setattr(prompts, "choose_save_path", lambda *a: tmp_path / "package.mcb")
    passwords(monkeypatch, None)
    infos = []
    monkeypatch.setattr(prompts, "show_info", lambda parent, title, text: infos.append(text))
    shell_window.ui.export_package_action.trigger()
    wait(qtbot, shell_window.sync)
    assert (tmp_path / "package.mcb").read_bytes().startswith(b"PK")
    assert infos == [f"Campaign package written to {tmp_path / 'package.mcb'}."]


@pytest.fixture
def conflicted(demo_db, other_db, tmp_path):
    """The coordinator holds the tester's calls; then the tester edited one and sent it again."""
    export_results(demo_db, tmp_path / "1.mcb", campaign_id=DEMO)
    import_bundle(other_db, tmp_path / "1.mcb")
    call_id = first_call_id(demo_db)
    change_impression(demo_db, call_id, "Sehr freundlich, aber langsam")
    export_results(demo_db, tmp_path / "2.mcb", campaign_id=DEMO)
    return call_id


def first_call_id(database):
    with database.transaction() as session:
        return sorted(summary.id for summary in CallStore(session).list())[0]


def test_an_edited_call_becomes_a_conflict_shown_side_by_side(
    qtbot, other_window, other_db, conflicted, monkeypatch, tmp_path
):
    monkeypatch.setattr(prompts, "choose_open_path", lambda *a: tmp_path / "2.mcb")
    monkeypatch.setattr(ImportReportDialog, "ask", classmethod(lambda cls, parent, report: True))
    opened = []
    monkeypatch.setattr(
        ConflictsDialog, "ask", classmethod(lambda cls, parent, db: opened.append(db) or False)
    )
    other_window.ui.import_bundle_action.trigger()
    wait(qtbot, other_window.sync)
    assert opened == [other_db]  # the report's "Show the conflicts…" leads there

    dialog = ConflictsDialog(other_db)
    qtbot.addWidget(dialog)
    assert dialog.ui.conflict_list.count() == 1 and dialog.current().call_id == conflicted
    assert "from 2.mcb" in dialog.ui.conflict_list.item(0).text()
    assert dialog.differing_labels() == ["Impression"]
    left, right = dialog.ui.existing_table, dialog.ui.incoming_table
    assert left.rowCount() == right.rowCount() > 10
    row = next(r for r in range(right.rowCount()) if right.item(r, 0).text() == "Impression")
    assert right.item(row, 1).text() == "Sehr freundlich, aber langsam"
    assert left.item(row, 1).text() != right.item(row, 1).text()
    tester_row = [left.item(r, 0).text() for r in range(left.rowCount())].index("Tester")
    assert left.item(tester_row, 1).text() == right.item(tester_row, 1).text() != ""

    with qtbot.waitSignal(dialog.resolved):
        dialog.ui.keep_incoming_button.click()
    assert dialog.changed and dialog.ui.conflict_list.count() == 0
    assert not dialog.ui.keep_incoming_button.isEnabled()
    assert list_conflicts(other_db) == []
    with other_db.transaction() as session:
        assert CallStore(session).get(conflicted).impression == "Sehr freundlich, aber langsam"


def test_keep_existing_leaves_the_stored_call(qtbot, other_db, conflicted, tmp_path):
    import_bundle(other_db, tmp_path / "2.mcb")
    with other_db.transaction() as session:
        before = CallStore(session).get(conflicted).impression
    dialog = ConflictsDialog(other_db)
    qtbot.addWidget(dialog)
    dialog.ui.keep_existing_button.click()
    assert list_conflicts(other_db) == []
    with other_db.transaction() as session:
        assert CallStore(session).get(conflicted).impression == before


def test_resolving_refreshes_the_call_list(qtbot, other_window, other_db, conflicted, monkeypatch):
    monkeypatch.setattr(ConflictsDialog, "ask", classmethod(lambda cls, parent, db: True))
    with qtbot.waitSignal(other_window.model.loaded, timeout=10000):
        other_window.ui.conflicts_action.trigger()


def test_password_dialog_for_a_new_file(qtbot):
    dialog = PasswordDialog(new=True, text="Protect it?")
    qtbot.addWidget(dialog)
    ok = dialog._ok
    assert ok.isEnabled() and dialog.choice() == PasswordChoice(None)  # no password: plain
    dialog.ui.encrypt_check.setChecked(True)
    assert not ok.isEnabled()
    dialog.ui.password_edit.setText("abc")
    dialog.ui.repeat_edit.setText("abd")
    assert not ok.isEnabled() and dialog.ui.problem_label.text() == "The two passwords differ."
    dialog.ui.repeat_edit.setText("abc")
    assert ok.isEnabled() and dialog.choice() == PasswordChoice(b"abc")


def test_password_dialog_for_an_existing_file(qtbot):
    dialog = PasswordDialog(new=False, text="r.mcb is protected")
    qtbot.addWidget(dialog)
    assert not dialog.ui.repeat_edit.isVisibleTo(dialog)
    assert not dialog._ok.isEnabled()
    dialog.ui.password_edit.setText("pässwort")
    assert dialog._ok.isEnabled() and dialog.choice() == PasswordChoice("pässwort".encode())
