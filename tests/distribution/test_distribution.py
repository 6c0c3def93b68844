"""The ordinary Python build tools make a complete package: translations, forms, resources.

Builds the sdist and, from it, the wheel with ``python -m build`` (an isolated build that
installs the declared build requirements), installs the wheel into a new virtual environment
and starts the installed GUI under ``--lang de``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def dist(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        text=True,
    )
    (sdist,) = out.glob("mysterycaller-*.tar.gz")
    (wheel,) = out.glob("mysterycaller-*.whl")
    return sdist, wheel


def test_the_sdist_holds_the_sources_of_the_generated_files(dist):
    sdist, _ = dist
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    assert {
        "setup.py",
        "packaging/build_qt.py",
        "resources/translations/mysterycaller_de.ts",
        "resources/fonts/DejaVuSans.ttf",
        "resources/icons/app/mysterycaller.svg",
        "ui/main_window.ui",
        "mysterycaller/gui/forms/ui_main_window.py",
    } <= names
    assert not [name for name in names if name.endswith(".qm")]


def test_the_wheel_built_from_the_sdist_carries_translations_forms_and_resources(dist):
    _, wheel = dist
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        german = archive.read("mysterycaller/_resources/translations/mysterycaller_de.qm")
    shipped = "mysterycaller/_resources/"
    assert {
        shipped + "translations/mysterycaller_en.qm",
        shipped + "schemas/campaign.schema.json",
        shipped + "templates/demo-campaign-de.yaml",
        shipped + "fonts/DejaVuSans.ttf",
        shipped + "fonts/LICENSE-DejaVu.txt",
        shipped + "icons/app/mysterycaller.svg",
        shipped + "icons/actions/new-call.svg",
        "mysterycaller/gui/forms/ui_main_window.py",
        "mysterycaller/persistence/migrations/env.py",
        "mysterycaller/persistence/migrations/versions/0001_initial.py",
    } <= names
    assert not [name for name in names if name.endswith(".ts")]
    # A compiled Qt catalogue starts with Qt's magic number and holds the German text.
    assert german.startswith(bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd"))
    assert "Neuer Anruf".encode("utf-16-be") in german


SHOW_MENUS = """
import sys
from mysterycaller.gui import application
from mysterycaller.resources import resources_dir

class ShowMenus(application.FirstPaintQuit):
    def __init__(self, window, quit_):
        super().__init__(window, quit_)
        menus = [action.text() for action in window.menuBar().actions()]
        print("resources:", resources_dir())
        print("menus:", "|".join(menus))

application.FirstPaintQuit = ShowMenus
from mysterycaller.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_pip_install_gives_a_german_ui(dist, tmp_path):
    _, wheel = dist
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    # The dependencies come from this environment (a path line: its .pth files, among them
    # the checkout's editable install, are not read), the app only from the wheel.
    here = next(p for p in sys.path if p.endswith("site-packages"))
    Path(purelib, "dependencies.pth").write_text(here + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
         "--no-index", "--disable-pip-version-check", "-q", str(wheel)],
        check=True,
    )  # fmt: skip
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": ""}
    result = subprocess.run(
        [str(python), "-c", SHOW_MENUS, "--lang", "de", "--db", str(tmp_path / "new.sqlite3"),
         "--exit-after-startup"],
        capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert f"resources: {purelib}" in result.stdout
    assert "menus: &Datei|" in result.stdout, result.stdout
