"""Database faults in the user's language: one sentence per fault code, and the start-up questions.

The persistence layer classifies every failure of the database file (``StoreFault.fault``); the
command line prints its English sentence, the GUI says it here through Qt's translations. Only
damage ever mentions a backup. The questions are module-level functions, so that a test can
replace them with monkeypatch and never meet a blocking dialog.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from mysterycaller.persistence import faults


def _fill(text: str, *values: object) -> str:
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


def describe(error: BaseException) -> str:
    """The sentence for ``error``: a translated one for a classified fault, else its message."""
    code = getattr(error, "fault", None)
    if code not in faults.FAULTS:
        return str(error)
    return sentence(error)


def sentence(fault: Any) -> str:
    """The translated sentence of a ``StoreFault`` (its code, file, process, backup, space)."""
    code = fault.fault
    path = (
        str(fault.path)
        if fault.path is not None
        else QCoreApplication.translate("FaultMessages", "the database")
    )
    folder = str(fault.path.parent) if fault.path is not None else path
    if code == faults.LOCKED:
        if fault.process:
            return _fill(
                QCoreApplication.translate(
                    "FaultMessages",
                    "The database %1 is in use by %2, so nothing was changed. "
                    "Wait until it is finished, or close it, and try again.",
                ),
                path,
                fault.process,
            )
        return _fill(
            QCoreApplication.translate(
                "FaultMessages",
                "The database %1 is in use by another program, so nothing was changed. "
                "Wait until it is finished, or close it, and try again.",
            ),
            path,
        )
    if code == faults.READ_ONLY:
        return _fill(
            QCoreApplication.translate(
                "FaultMessages",
                "The database %1 cannot be written (%2), so nothing was changed. "
                "Make the file and its folder writable, then try again.",
            ),
            path,
            _read_only_phrase(fault.place),
        )
    if code == faults.DISK_FULL:
        megabytes = max(1, round((fault.needed or 0) / (1024 * 1024)))
        return _fill(
            QCoreApplication.translate(
                "FaultMessages",
                "The disk holding %1 is full, so nothing was changed. Free at least %2 MB there.",
            ),
            folder,
            megabytes,
        )
    if code == faults.DAMAGED:
        if fault.backup is not None:
            return _fill(
                QCoreApplication.translate(
                    "FaultMessages",
                    "The database %1 is damaged. It was opened read-only, so nothing can be "
                    "saved. The newest good backup is %2: close Mystery Caller and copy it "
                    "over the damaged file.",
                ),
                path,
                fault.backup,
            )
        return _fill(
            QCoreApplication.translate(
                "FaultMessages",
                "The database %1 is damaged. It was opened read-only, so nothing can be "
                "saved. No good backup was found.",
            ),
            path,
        )
    if code == faults.FILE_DELETED:
        return _fill(
            QCoreApplication.translate(
                "FaultMessages",
                "The database %1 was deleted while Mystery Caller was using it. Nothing more "
                "was saved. Restart Mystery Caller to see what is there.",
            ),
            path,
        )
    if code == faults.FILE_REPLACED:
        return _fill(
            QCoreApplication.translate(
                "FaultMessages",
                "The database %1 was replaced by another file while Mystery Caller was using "
                "it. Nothing more was saved. Restart Mystery Caller to open the new file.",
            ),
            path,
        )
    if code == faults.FILE_TRUNCATED:
        return _fill(
            QCoreApplication.translate(
                "FaultMessages",
                "The database %1 was emptied while Mystery Caller was using it. "
                "Nothing more was saved.",
            ),
            path,
        )
    if code == faults.MISSING:
        return _fill(
            QCoreApplication.translate(
                "FaultMessages",
                "The database %1 is missing or empty, but Mystery Caller had one there. "
                "Put the file back, or start a new, empty database.",
            ),
            path,
        )
    if code == faults.NOT_OURS:
        return _fill(
            QCoreApplication.translate(
                "FaultMessages", "The file %1 is not a Mystery Caller database."
            ),
            path,
        )
    return _fill(
        QCoreApplication.translate(
            "FaultMessages", "The database %1 could not be used (%2). Nothing was changed."
        ),
        path,
        fault.detail or QCoreApplication.translate("FaultMessages", "unknown error"),
    )


def _read_only_phrase(place: tuple[str, str] | None) -> str:
    kind, where = place if place is not None else ("", "")
    if kind == "file_system":
        text = QCoreApplication.translate(
            "FaultMessages", "the file system holding %1 is mounted read-only"
        )
    elif kind == "file":
        text = QCoreApplication.translate("FaultMessages", "the file %1 is read-only")
    elif kind == "folder":
        text = QCoreApplication.translate("FaultMessages", "the folder %1 is read-only")
    elif kind == "file_or_folder":
        text = QCoreApplication.translate("FaultMessages", "the file %1 or its folder is read-only")
    else:
        return QCoreApplication.translate("FaultMessages", "it is read-only")
    return _fill(text, where)


def ask_new_database(parent: QWidget | None, fault: Any) -> bool:
    """Whether to start a new, empty database where one went missing (default: no)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("FaultMessages", "Mystery Caller"),
        QCoreApplication.translate("FaultMessages", "The database is missing."),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setInformativeText(sentence(fault))
    new = box.addButton(
        QCoreApplication.translate("FaultMessages", "Start a new database"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(
        QCoreApplication.translate("FaultMessages", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(QMessageBox.StandardButton.NoButton)
    box.exec()
    chosen = box.clickedButton() is new
    box.deleteLater()
    return chosen
