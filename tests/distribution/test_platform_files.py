"""The installers' platform pieces agree with the app and with each other."""

from __future__ import annotations

import configparser
import plistlib
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from mysterycaller import __version__

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
APP_ID = "de.mysterycaller.MysteryCaller"


def test_the_desktop_entry_starts_the_app_with_its_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(PACKAGING / "linux" / f"{APP_ID}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"].split()[0] == "mysterycaller"
    assert section["Icon"] == APP_ID
    assert section["Categories"].endswith(";")


def test_the_appstream_metadata_names_the_desktop_entry_and_this_version():
    root = ET.parse(PACKAGING / "linux" / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.find("releases/release").get("version") == __version__


def test_the_macos_bundle_metadata_names_the_windowed_program():
    with open(PACKAGING / "macos" / "Info.plist", "rb") as handle:
        info = plistlib.load(handle)
    assert info["CFBundleIdentifier"] == APP_ID
    assert info["CFBundleExecutable"] == "MysteryCaller"
    assert 'name="MysteryCaller" if (WINDOWS or MACOS)' in (
        PACKAGING / "mysterycaller.spec"
    ).read_text(encoding="utf-8")


def test_the_inno_setup_script_installs_the_frozen_folder_and_this_version():
    script = (PACKAGING / "windows" / "mysterycaller.iss").read_text(encoding="utf-8")
    assert re.search(r'#define AppVersion "' + re.escape(__version__) + '"', script)
    assert '#define AppExe "MysteryCaller.exe"' in script
    assert r"build\frozen\dist\mysterycaller" in script
    assert "PrivilegesRequired=lowest" in script
