"""The generated forms in mysterycaller/gui/forms are exactly what pyside6-uic makes of ui/."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI_FILES = sorted((ROOT / "ui").glob("*.ui"))


def uic() -> str:
    beside = Path(sys.executable).with_name("pyside6-uic")
    return str(beside) if beside.exists() else (shutil.which("pyside6-uic") or "pyside6-uic")


def test_there_are_forms():
    assert {p.stem for p in UI_FILES} >= {"main_window", "new_call_dialog", "settings_dialog"}


def without_compiler_version(text: str) -> str:
    # The header names the uic version; a patch release of PySide6 changes only that line.
    return "\n".join(line for line in text.splitlines() if "User Interface Compiler" not in line)


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: p.name)
def test_generated_form_is_fresh(ui_file, tmp_path):
    committed = ROOT / "mysterycaller" / "gui" / "forms" / f"ui_{ui_file.stem}.py"
    fresh = tmp_path / committed.name
    subprocess.run([uic(), str(ui_file), "-o", str(fresh)], check=True)
    assert committed.exists(), f"run packaging/build_qt.py to generate {committed.name}"
    assert without_compiler_version(committed.read_text(encoding="utf-8")) == (
        without_compiler_version(fresh.read_text(encoding="utf-8"))
    ), f"{committed.name} is stale: run packaging/build_qt.py"
