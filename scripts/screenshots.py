"""Take the screenshots in docs/screenshots under a light and a dark palette.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--lang de|en]

Renders, on a new database with the demo campaign, the main window with its File menu open,
the call screen after dialling, the welcome and the About dialog, each with the Fusion style
and a light palette and a dark one (as a dark system theme gives), to
docs/screenshots/<palette>-<what>.png. Look at both: the icons must read on either.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def dark_palette():
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2b2b2b"),
        (roles.WindowText, "#e6e6e6"),
        (roles.Base, "#1e1e1e"),
        (roles.AlternateBase, "#262626"),
        (roles.Text, "#e6e6e6"),
        (roles.Button, "#353535"),
        (roles.ButtonText, "#e6e6e6"),
        (roles.Highlight, "#2f65ca"),
        (roles.HighlightedText, "#ffffff"),
        (roles.ToolTipBase, "#3a3a3a"),
        (roles.ToolTipText, "#e6e6e6"),
        (roles.PlaceholderText, "#8c8c8c"),
        (roles.Link, "#8ab4f8"),
        (roles.Mid, "#3f3f3f"),
        (roles.Midlight, "#4a4a4a"),
        (roles.Dark, "#1a1a1a"),
        (roles.Light, "#505050"),
    ):
        palette.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


def settle(app, until=lambda: True, rounds: int = 200) -> None:
    from PySide6.QtCore import QEventLoop, QThread

    for _ in range(rounds):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if until():
            break
        QThread.msleep(10)
    app.processEvents()


def with_menu(window, menu):
    """The window's picture with ``menu`` open below its title in the menu bar."""
    from PySide6.QtGui import QPainter

    bar = window.menuBar()
    place = bar.actionGeometry(menu.menuAction()).bottomLeft()
    menu.popup(bar.mapToGlobal(place))
    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(window.mapFromGlobal(menu.pos()), menu.grab())
    painter.end()
    menu.hide()
    return picture


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("de", "en"), default="de")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="mc-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from mysterycaller.domain.timing import Phase
    from mysterycaller.gui import icons
    from mysterycaller.gui.about_dialog import AboutDialog
    from mysterycaller.gui.application import install_translators
    from mysterycaller.gui.main_window import MainWindow
    from mysterycaller.gui.settings import Settings
    from mysterycaller.gui.welcome_dialog import WelcomeDialog
    from mysterycaller.persistence.database import Database
    from mysterycaller.services.call_session import CallSession
    from mysterycaller.services.demo import add_demo

    app = QApplication(["mysterycaller"])
    app.setStyle("Fusion")
    install_translators(app, args.lang)
    light = app.style().standardPalette()
    settings = Settings()
    settings.tester = "T-07"
    OUT.mkdir(parents=True, exist_ok=True)
    for name, palette in (("light", light), ("dark", dark_palette())):
        database = Database.open(home / f"{name}.sqlite3")
        demo = add_demo(database, calls=40)
        app.setPalette(palette)
        app.setWindowIcon(icons.app_icon())
        window = MainWindow(database, settings, args.lang)
        window.resize(1280, 800)
        window.load_campaigns(demo.campaign_id)
        window.show()
        settle(app, lambda shown=window: shown.model.rowCount() > 0)
        with_menu(window, window.ui.file_menu).save(str(OUT / f"{name}-main-window.png"))
        campaign = window.campaign
        session = CallSession.start(
            database,
            campaign.id,
            campaign.scenarios[0].id,
            campaign.targets[0].id,
            settings.tester,
        )
        window.show_call(session)
        settle(app)
        window.call_screen.stopwatch_panel.phase_buttons[Phase.RINGING].click()
        settle(app)
        window.grab().save(str(OUT / f"{name}-call-screen.png"))
        for label, dialog in (
            ("welcome", WelcomeDialog(settings.tester, args.lang)),
            ("about", AboutDialog(database.path, settings.path)),
        ):
            dialog.show()
            settle(app)
            dialog.grab().save(str(OUT / f"{name}-{label}.png"))
            dialog.close()
        window.close()
        window.deleteLater()
        settle(app)
        database.close()
    for path in sorted(OUT.glob("*-*.png")):
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
