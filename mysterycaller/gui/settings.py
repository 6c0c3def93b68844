"""The user's settings: a small typed wrapper over an INI-format QSettings file."""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import QLocale, QSettings

LANGUAGES = ("de", "en")


def default_settings_file() -> Path:
    """``settings.ini`` in the user config folder (looked up now, so tests can redirect it)."""
    return platformdirs.user_config_path("MysteryCaller", appauthor=False) / "settings.ini"


def system_language() -> str:
    """German for a German system locale, English otherwise."""
    return "de" if QLocale.system().name().lower().startswith("de") else "en"


class Settings:
    """What the user chose: tester, language, privacy, last campaign, report branding."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_settings_file()
        self._store = QSettings(str(self.path), QSettings.Format.IniFormat)

    @property
    def tester(self) -> str:
        """The tester's name or code, stored with every call."""
        return str(self._store.value("tester", "") or "")

    @tester.setter
    def tester(self, value: str) -> None:
        self._store.setValue("tester", value.strip())

    @property
    def language(self) -> str:
        """``de``, ``en``, or empty for "as the system"."""
        value = str(self._store.value("language", "") or "")
        return value if value in LANGUAGES else ""

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("language", value if value in LANGUAGES else "")

    def effective_language(self, explicit: str | None = None) -> str:
        """The language to show: given on the command line, else chosen, else the system's."""
        if explicit in LANGUAGES:
            return str(explicit)
        return self.language or system_language()

    @property
    def welcomed(self) -> bool:
        """Whether the first-start welcome was shown (it is shown once)."""
        return self._store.value("welcomed", False) in (True, "true", "1", 1)

    @welcomed.setter
    def welcomed(self, value: bool) -> None:
        self._store.setValue("welcomed", bool(value))

    @property
    def hide_agent_names(self) -> bool:
        """Privacy default: agent names are not recorded unless the tester opts in per call."""
        value = self._store.value("privacy/hide_agent_names", True)
        return value not in (False, "false", "0", 0)

    @hide_agent_names.setter
    def hide_agent_names(self, value: bool) -> None:
        self._store.setValue("privacy/hide_agent_names", bool(value))

    @property
    def last_campaign_id(self) -> str | None:
        value = self._store.value("last_campaign_id", "")
        return str(value) if value else None

    @last_campaign_id.setter
    def last_campaign_id(self, value: str | None) -> None:
        self._store.setValue("last_campaign_id", value or "")

    @property
    def agency(self) -> str:
        """The agency named on client reports; empty for the default."""
        return str(self._store.value("reports/agency", "") or "")

    @agency.setter
    def agency(self, value: str) -> None:
        self._store.setValue("reports/agency", value.strip())

    @property
    def logo(self) -> Path | None:
        """The logo file (PNG or JPEG) on client reports, if any."""
        value = str(self._store.value("reports/logo", "") or "")
        return Path(value) if value else None

    @logo.setter
    def logo(self, value: Path | None) -> None:
        self._store.setValue("reports/logo", str(value) if value else "")

    @property
    def accent_color(self) -> str:
        """The accent colour of client reports as ``#RRGGBB``; empty for the default."""
        return str(self._store.value("reports/accent_color", "") or "")

    @accent_color.setter
    def accent_color(self, value: str) -> None:
        self._store.setValue("reports/accent_color", value or "")

    def sync(self) -> None:
        """Write pending changes to the file now."""
        self._store.sync()
