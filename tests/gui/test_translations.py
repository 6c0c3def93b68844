"""Every visible string has a German translation, and the compiled catalogue is used."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
GERMAN = ROOT / "resources" / "translations" / "mysterycaller_de.ts"


def test_the_german_catalogue_has_no_unfinished_translation():
    unfinished = []
    for context in ET.parse(GERMAN).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text for f in translation.iter("numerusform")]
            texts = forms if message.get("numerus") == "yes" else [translation.text]
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(texts):
                unfinished.append(f"{name}: {message.findtext('source')!r}")
    assert unfinished == []


def test_the_compiled_catalogue_translates(qapp, tmp_path):
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    tool = str(lrelease) if lrelease.exists() else shutil.which("pyside6-lrelease")
    qm = tmp_path / "de.qm"
    subprocess.run([tool, "-silent", str(GERMAN), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "New call") == "Neuer Anruf"
        assert QCoreApplication.translate("MainWindow", "%Ln call(s)", "", 2) == "2 Anrufe"
    finally:
        qapp.removeTranslator(translator)
