"""The app's SVG icons, drawn in the palette's text colour so light and dark themes both fit.

The line icons in ``resources/icons/{actions,phases}`` are drawn in one ink colour (``INK``) that
is replaced by the palette's window text colour when an icon is made; the criterion states keep
their own colours (green, red, grey), which read on light and dark backgrounds alike.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from mysterycaller.domain.timing import Phase
from mysterycaller.resources import resource_path

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidget, QWidget

    from mysterycaller.gui.forms.ui_main_window import Ui_MainWindow

INK = "#1f1f1f"
#: The sizes drawn up front (Qt scales between them): menus, buttons, lists and their 2x.
SIZES = (16, 24, 32, 48)
#: The app icon also shows large (task bar, About, a window switcher).
APP_SIZES = (16, 24, 32, 48, 64, 128, 256)

#: The icon of each stopwatch phase button.
PHASE_ICONS = {
    Phase.RINGING: "phases/ringing",
    Phase.IVR: "phases/voice-menu",
    Phase.QUEUE: "phases/queue",
    Phase.TALK: "phases/talk",
    Phase.HOLD: "phases/hold",
    Phase.TRANSFER: "phases/transfer",
    Phase.ENDED: "phases/hang-up",
}

#: The icon of each action of the main window's menus (by the action's object name).
ACTION_ICONS = {
    "new_call_action": "actions/new-call",
    "import_campaign_action": "actions/import-campaign",
    "export_results_action": "actions/export-results",
    "export_package_action": "actions/export-package",
    "import_bundle_action": "actions/import-bundle",
    "conflicts_action": "actions/conflicts",
    "quit_action": "actions/quit",
    "call_report_action": "actions/call-report",
    "wave_report_action": "actions/wave-report",
    "export_csv_action": "actions/export-csv",
    "export_xlsx_action": "actions/export-xlsx",
    "settings_action": "actions/settings",
    "shortcuts_action": "actions/shortcuts",
    "about_action": "actions/about",
}


def ink_color() -> QColor:
    """The ink of the line icons: the palette's window text (dark on light, light on dark)."""
    app = QGuiApplication.instance()
    palette = app.palette() if isinstance(app, QGuiApplication) else QPalette()
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


def svg_text(name: str) -> str:
    """The SVG source of ``name`` (``actions/new-call``, ``phases/talk``, ``app/mysterycaller``)."""
    return resource_path("icons", f"{name}.svg").read_text(encoding="utf-8")


def icon(name: str) -> QIcon:
    """The icon ``name`` in the current palette's ink; a missing file gives an empty icon."""
    return _icon(name, ink_color().name())


@cache
def _icon(name: str, ink: str) -> QIcon:
    try:
        source = svg_text(name).replace(INK, ink)
    except OSError:
        return QIcon()
    renderer = QSvgRenderer(QByteArray(source.encode("utf-8")))
    result = QIcon()
    if not renderer.isValid():
        return result
    for size in APP_SIZES if name.startswith("app/") else SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(pixmap)
    return result


def app_icon() -> QIcon:
    """The application's icon (window, task bar, dialogs)."""
    return icon("app/mysterycaller")


def mark_items(list_widget: QListWidget, name: str) -> None:
    """Give every item of ``list_widget`` the icon ``name`` (criterion states in a review)."""
    for row in range(list_widget.count()):
        list_widget.item(row).setIcon(icon(name))


class PaletteFollower(QObject):
    """Redraws a window's icons when the palette changes (the system turns dark or light)."""

    def __init__(self, window: QWidget, redraw: Callable[[], None]) -> None:
        super().__init__(window)
        self._redraw = redraw
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange):
            self._redraw()
        return False


def decorate_main_window(ui: Ui_MainWindow) -> None:
    """Put the action icons on the main window's menus and the New call button."""
    for name, icon_name in ACTION_ICONS.items():
        action = getattr(ui, name, None)
        if action is not None:
            action.setIcon(icon(icon_name))
    ui.new_call_button.setIcon(icon("actions/new-call"))


#: On a dark palette: text that the call screen's panels draw in fixed dark greys takes the
#: palette's text colour, and text on their fixed light highlights stays dark.
DARK_PALETTE_STYLE = """
#section_label, #key_label, #measured_label, #attempt_label, #figure_caption_label { color: %1; }
CriterionRow[current="true"] QLabel, CriterionRow[current="true"] QCheckBox,
CriterionRow[current="true"] #key_label { color: #1a1a1a; }
"""


def is_dark() -> bool:
    """Whether the palette is dark (light text on a dark window), as a dark system theme gives."""
    return ink_color().lightness() > 128


def decorate_call_screen(screen: QWidget, styles: bool = True) -> None:
    """Put the phase icons on the call screen's stopwatch buttons; keep its text readable on a
    dark palette."""
    stopwatch = getattr(screen, "stopwatch_panel", None)
    for phase, button in getattr(stopwatch, "phase_buttons", {}).items():
        if phase in PHASE_ICONS:
            button.setIcon(icon(PHASE_ICONS[phase]))
    if styles and is_dark():
        for panel in (stopwatch, getattr(screen, "criteria_panel", None)):
            if panel is not None:
                extra = DARK_PALETTE_STYLE.replace("%1", ink_color().name())
                panel.setStyleSheet(panel.styleSheet() + extra)
