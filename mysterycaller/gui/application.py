"""The composition root of the GUI: application, translations, database, main window.

Imports of Qt and the database happen inside ``run_gui`` so that the command line's other
commands never pay for them.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from mysterycaller.gui.main_window import MainWindow
    from mysterycaller.gui.welcome_dialog import WelcomeChoice
    from mysterycaller.persistence.database import Database

ORGANISATION = "MysteryCaller"
APPLICATION = "MysteryCaller"
DISPLAY_NAME = "Mystery Caller"


def run_gui(
    db_path: Path,
    lang: str | None,
    *,
    exit_after_startup: bool = False,
    new_database: bool = False,
) -> int:
    """Open the main window on ``db_path``; returns the exit status."""
    from PySide6.QtCore import QCoreApplication, QLocale
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    existing = QApplication.instance()
    app = existing or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName(DISPLAY_NAME)

    from mysterycaller.gui.settings import Settings

    settings = Settings()
    previous_locale = QLocale()
    language = settings.effective_language(lang)
    translators = install_translators(app, language)
    from mysterycaller.gui import icons

    app.setWindowIcon(icons.app_icon())
    welcome = None
    if not exit_after_startup:  # the start-up smoke test runs unattended
        from mysterycaller.gui.welcome_dialog import first_start

        welcome = first_start(settings, language)
        if welcome is not None and lang is None and welcome.language != language:
            for translator in translators:
                app.removeTranslator(translator)
            language = welcome.language
            translators = install_translators(app, language)
    try:
        from mysterycaller.gui import fault_messages, prompts
        from mysterycaller.persistence.database import DatabaseError

        def refuse(error: BaseException) -> int:
            headline = QCoreApplication.translate(
                "Application", "The database could not be opened."
            )
            details = fault_messages.describe(error)
            prompts.show_error(None, app.tr("Mystery Caller"), headline, details)
            return 1

        try:
            database = open_database(Path(db_path), new_database)
        except DatabaseError as error:
            return refuse(error)
        if database is None:
            return 1
        try:
            if database.damage is not None:
                headline = QCoreApplication.translate("Application", "The database is damaged.")
                details = fault_messages.describe(database.damage)
                prompts.show_error(None, app.tr("Mystery Caller"), headline, details)
            return _run(
                app, database, settings, language, exit_after_startup, existing is None, welcome
            )
        except DatabaseError as error:  # a damaged file that cannot even be listed
            already_said = database.damage is not None and getattr(error, "fault", "") == "damaged"
            return 1 if already_said else refuse(error)
        finally:
            database.close()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(previous_locale)


def open_database(path: Path, new_database: bool) -> Database | None:
    """The database at ``path``; where one went missing, only if the user asks for a new one."""
    from mysterycaller.gui import fault_messages
    from mysterycaller.persistence.database import Database, StoreFault
    from mysterycaller.persistence.faults import MISSING

    try:
        return Database.open(path, new_database=new_database)
    except StoreFault as fault:
        if fault.fault != MISSING:
            raise
        if not fault_messages.ask_new_database(None, fault):
            return None
        return Database.open(path, new_database=True)


def _run(
    app: Any,
    database: Database,
    settings: Any,
    language: str,
    exit_after_startup: bool,
    own_app: bool,
    welcome: WelcomeChoice | None = None,
) -> int:
    from PySide6.QtCore import QEventLoop, QTimer

    from mysterycaller.gui.main_window import MainWindow

    campaign_id = startup_campaign(database, settings.last_campaign_id)
    window = MainWindow(database, settings, language)
    window.resize(1280, 800)
    window.load_campaigns(campaign_id)
    # An application made elsewhere (tests, an embedding) keeps running: quitting it would leave
    # Qt's "quit now" flag set and stop every later event loop, so ours is a local loop then.
    loop = None if own_app else QEventLoop()
    if loop is not None:
        app.lastWindowClosed.connect(loop.quit)
    quit_ = app.quit if loop is None else loop.quit
    watcher = FirstPaintQuit(window, quit_) if exit_after_startup else None
    window.show()
    QTimer.singleShot(0, lambda: offer_resume(window))
    QTimer.singleShot(0, lambda: after_start(window, database, welcome))
    status = app.exec() if loop is None else loop.exec()
    if loop is not None:
        app.lastWindowClosed.disconnect(loop.quit)
    window.close()
    settings.sync()
    window.deleteLater()
    del watcher
    return 0 if exit_after_startup else int(status)


def startup_campaign(database: Database, last_id: str | None) -> str | None:
    """The campaign to open: the last used one, else the demo (added to an empty database)."""
    from mysterycaller.services.campaigns import list_campaigns

    campaigns = list_campaigns(database)
    if not campaigns and database.damage is None:
        from mysterycaller.services.demo import add_demo

        return add_demo(database, calls=50).campaign_id
    ids = [c.id for c in campaigns]
    if not ids:
        return None
    if last_id in ids:
        return last_id
    from mysterycaller.services.campaign_files import DEMO_CAMPAIGN_ID

    return DEMO_CAMPAIGN_ID if DEMO_CAMPAIGN_ID in ids else ids[0]


def after_start(window: MainWindow, database: Database, welcome: WelcomeChoice | None) -> None:
    """Say which backup an update made; import the package the welcome asked for."""
    backup = getattr(database, "backup_path", None)
    if backup is not None:
        from PySide6.QtCore import QCoreApplication

        from mysterycaller.gui import prompts

        translate = QCoreApplication.translate
        prompts.show_info(
            window,
            translate("Application", "Mystery Caller was updated"),
            translate(
                "Application",
                "Your database was upgraded for this version. A copy of it as it was before "
                "is kept in %1.",
            ).replace("%1", str(backup)),
        )
    if welcome is not None and welcome.import_package:
        window.sync.import_bundle()


def offer_resume(window: MainWindow) -> None:
    """Offer the calls a crash or kill left in progress; resume the one the user picks."""
    from mysterycaller.gui.resume_dialog import ResumeDialog

    calls = window.calls.interrupted()
    chosen = ResumeDialog.ask(window, calls) if calls else None
    if chosen is not None:
        window.open_call(chosen)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the app's and Qt's own translations for ``language`` (English needs none of Qt's)."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from mysterycaller.resources import resource_path

    german = QLocale.Language.German
    QLocale.setDefault(QLocale(german if language == "de" else QLocale.Language.English))
    installed = []
    candidates = [resource_path("translations", f"mysterycaller_{language}.qm")]
    if language != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates.append(Path(qt_folder) / f"qtbase_{language}.qm")
    for path in candidates:
        translator = QTranslator(app)
        if path.exists() and translator.load(str(path)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


class FirstPaintQuit:
    """Quits the application right after the first paint of a window (start-up smoke test)."""

    def __init__(self, window: Any, quit_: Any) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer

        class _Filter(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint and not self.property("seen"):
                    self.setProperty("seen", True)
                    QTimer.singleShot(0, quit_)
                return False

        self.filter = _Filter(window)
        window.installEventFilter(self.filter)
