"""Slow work in a worker thread behind a progress dialog, with a readable message on failure."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from mysterycaller.gui import prompts
from mysterycaller.gui.workers import Progress, Task, run_in_worker
from mysterycaller.services.errors import RefusedInput


def run_with_progress(
    parent: QWidget,
    label: str,
    function: Callable[[Progress], Any],
    on_finished: Callable[[Any], None],
    failure: str,
    on_failed: Callable[[BaseException], bool] | None = None,
) -> Task:
    """Run ``function(progress)`` off the GUI thread while a modal progress dialog shows it.

    ``failure`` is the sentence shown when it fails, above the error's own words; an
    ``on_failed`` that returns True has shown the failure itself.
    """
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)  # the services cannot stop half-way; they finish or refuse
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(300)
    dialog.setMinimumWidth(360)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setWindowTitle(QCoreApplication.translate("ProgressTask", "Please wait"))

    def progress(done: int, total: int) -> None:
        if total > 0:
            dialog.setRange(0, total)
            dialog.setValue(min(done, total))
        else:
            dialog.setRange(0, 0)  # unknown: a busy indicator

    def end() -> None:
        dialog.close()
        dialog.deleteLater()

    def finished(result: Any) -> None:
        end()
        on_finished(result)

    def failed(error: BaseException) -> None:
        end()
        if on_failed is not None and on_failed(error):
            return
        title = QCoreApplication.translate("ProgressTask", "Failed")
        prompts.show_error(parent, title, failure, error_text(error))

    return run_in_worker(
        function, on_finished=finished, on_failed=failed, on_progress=progress, parent=parent
    )


def error_text(error: BaseException) -> str:
    """The error in words for the details of a message: refused input lists its problems."""
    if isinstance(error, RefusedInput):
        return error.describe()
    if isinstance(error, OSError) and error.strerror:
        return f"{error.filename or ''}: {error.strerror}".lstrip(": ")
    return str(error) or type(error).__name__
