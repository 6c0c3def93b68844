"""The About dialog: version, where the data lives, and the licences of what the app ships."""

from __future__ import annotations

import html
import sys
from importlib import metadata
from pathlib import Path

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from mysterycaller import __version__
from mysterycaller.gui import icons
from mysterycaller.gui.modal import answer_of
from mysterycaller.resources import resource_path

# The libraries inside every installer, with their licences (checked against their metadata).
LIBRARIES: tuple[tuple[str, str, str], ...] = (
    ("Qt", "", "LGPL-3.0"),
    ("PySide6 (Qt for Python)", "PySide6-Essentials", "LGPL-3.0"),
    ("SQLAlchemy", "SQLAlchemy", "MIT"),
    ("Alembic", "alembic", "MIT"),
    ("ReportLab", "reportlab", "BSD-3-Clause"),
    ("openpyxl", "openpyxl", "MIT"),
    ("PyYAML", "PyYAML", "MIT"),
    ("jsonschema", "jsonschema", "MIT"),
    ("fastjsonschema", "fastjsonschema", "BSD-3-Clause"),
    ("cryptography", "cryptography", "Apache-2.0 OR BSD-3-Clause"),
    ("platformdirs", "platformdirs", "MIT"),
    ("Python", "", "PSF-2.0"),
)
FONT_LICENCE = resource_path("fonts", "LICENSE-DejaVu.txt")


def library_version(distribution: str) -> str:
    """The installed version of a library ("" when unknown, as in some frozen builds)."""
    if distribution == "":
        return ""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


def library_rows() -> list[tuple[str, str, str]]:
    """(name, version, licence) of each bundled library."""
    special = {"Qt": qVersion(), "Python": sys.version.split()[0]}
    rows = []
    for name, distribution, licence in LIBRARIES:
        version = special.get(name) or library_version(distribution)
        if name.startswith("PySide6") and not version:
            version = PySide6.__version__
        rows.append((name, version, licence))
    return rows


class AboutDialog(QDialog):
    """What this is, which version, where its data is, and whose work it is built on."""

    def __init__(
        self, database_path: Path | None, settings_path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Mystery Caller"))
        self.setWindowIcon(icons.app_icon())
        layout = QVBoxLayout(self)
        logo = QLabel(self)
        logo.setPixmap(icons.app_icon().pixmap(64, 64))
        layout.addWidget(logo)
        self.summary_label = QLabel(
            self.tr(
                "<h3>Mystery Caller %1</h3><p>Records test calls to service hotlines and "
                "reports them to the client. No audio is ever recorded.</p>"
            ).replace("%1", __version__),
            self,
        )
        self.summary_label.setObjectName("summary_label")
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.details = QTextBrowser(self)
        self.details.setObjectName("details")
        self.details.setOpenLinks(False)
        self.details.setHtml(self.details_html(database_path, settings_path))
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def details_html(self, database_path: Path | None, settings_path: Path) -> str:
        def row(label: str, value: str) -> str:
            return (
                f"<tr><td><b>{html.escape(label)}</b>&nbsp;</td><td>{html.escape(value)}</td></tr>"
            )

        database = str(database_path) if database_path else self.tr("a database server")
        backups = str(database_path.parent) if database_path else "–"
        data = (
            row(self.tr("Database:"), database)
            + row(self.tr("Backups before updates:"), backups)
            + row(self.tr("Settings:"), str(settings_path))
        )
        libraries = "".join(
            f"<tr><td>{html.escape(name)}&nbsp;</td><td>{html.escape(version)}&nbsp;</td>"
            f"<td>{html.escape(licence)}</td></tr>"
            for name, version, licence in library_rows()
        )
        try:
            font_licence = FONT_LICENCE.read_text(encoding="utf-8")
        except OSError:
            font_licence = ""
        font_note = self.tr("DejaVu Sans, the font of the PDF reports, under this licence:")
        data_title = self.tr("Where your data lives")
        libraries_title = self.tr("Libraries")
        fonts_title = self.tr("Fonts")
        return (
            f"<h4>{html.escape(data_title)}</h4><table>{data}</table>"
            f"<h4>{html.escape(libraries_title)}</h4><table>{libraries}</table>"
            f"<h4>{html.escape(fonts_title)}</h4>"
            f"<p>{html.escape(font_note)}</p>"
            f"<pre style='font-size: small'>{html.escape(font_licence)}</pre>"
        )

    @classmethod
    def ask(cls, parent: QWidget | None, database_path: Path | None, settings_path: Path) -> None:
        """Show the dialog until it is closed."""
        answer_of(cls(database_path, settings_path, parent), lambda _dialog: None)
