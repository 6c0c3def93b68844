"""The GUI's entry point, as the command line starts it.

The application itself (Qt, translations, database, main window) is put together in
``mysterycaller.gui.application``: only the gui package imports Qt.
"""

from __future__ import annotations

from mysterycaller.gui.application import run_gui

__all__ = ["run_gui"]
