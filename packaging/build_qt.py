"""Build the generated Qt files: Designer forms (pyside6-uic) and translations (pyside6-lrelease).

Only stale outputs are rebuilt (missing, or older than their source). Run from anywhere:

    .venv/bin/python packaging/build_qt.py            # forms and .qm files, when stale
    .venv/bin/python packaging/build_qt.py --force    # everything
    .venv/bin/python packaging/build_qt.py --update-translations   # pyside6-lupdate the .ts
    .venv/bin/python packaging/build_qt.py --translations-only     # .qm files only (bootstrap)

The forms in mysterycaller/gui/forms/ are committed (a test keeps them fresh); the .qm files are
build output and ignored by git.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "mysterycaller" / "gui" / "forms"
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
GUI_DIR = ROOT / "mysterycaller" / "gui"
LANGUAGES = ("de", "en")


def tool(name: str) -> str:
    """A PySide6 tool: beside this Python (a virtual environment), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 into this Python")
    return found


def lrelease() -> list[str]:
    """pyside6-lrelease through this Python: works in a build's isolated environment too."""
    try:
        import PySide6.scripts.pyside_tool  # noqa: F401
    except ImportError:
        return [tool("pyside6-lrelease")]
    run = "from PySide6.scripts.pyside_tool import lrelease; lrelease()"
    return [sys.executable, "-c", run]


def form_output(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def generate_form(ui_file: Path, output: Path) -> None:
    """Run pyside6-uic on one form."""
    subprocess.run([tool("pyside6-uic"), str(ui_file), "-o", str(output)], check=True)


def is_stale(source: Path, output: Path) -> bool:
    return not output.exists() or output.stat().st_mtime < source.stat().st_mtime


def build_forms(force: bool = False) -> list[Path]:
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    init = FORMS_DIR / "__init__.py"
    if not init.exists():
        init.write_text('"""Generated from ui/ by packaging/build_qt.py: do not edit."""\n')
    built = []
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        output = form_output(ui_file)
        if force or is_stale(ui_file, output):
            generate_form(ui_file, output)
            built.append(output)
    return built


def build_translations(force: bool = False, output_dir: Path | None = None) -> list[Path]:
    """Compile each .ts catalogue to a .qm file beside it, or in ``output_dir`` (a build)."""
    built = []
    for ts_file in sorted(TRANSLATIONS_DIR.glob("*.ts")):
        output = (output_dir or TRANSLATIONS_DIR) / f"{ts_file.stem}.qm"
        if force or is_stale(ts_file, output):
            output.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run([*lrelease(), "-silent", str(ts_file), "-qm", str(output)], check=True)
            built.append(output)
    return built


def translation_sources() -> list[Path]:
    """Python modules of the GUI (not the generated forms) and the Designer forms."""
    python = [p for p in sorted(GUI_DIR.rglob("*.py")) if FORMS_DIR not in p.parents]
    return python + sorted(UI_DIR.glob("*.ui"))


def update_translations() -> None:
    """Collect every translatable string into the .ts files (keeps existing translations)."""
    TRANSLATIONS_DIR.mkdir(parents=True, exist_ok=True)
    sources = [str(p.relative_to(ROOT)) for p in translation_sources()]
    for language in LANGUAGES:
        ts_file = TRANSLATIONS_DIR / f"mysterycaller_{language}.ts"
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                language,
                *sources,
                "-ts",
                str(ts_file.relative_to(ROOT)),
            ],
            check=True,
            cwd=ROOT,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="rebuild even what is fresh")
    parser.add_argument(
        "--update-translations", action="store_true", help="run pyside6-lupdate first"
    )
    parser.add_argument(
        "--translations-only",
        action="store_true",
        help="compile only the .qm files: the committed forms stay as they are (a test checks them)",
    )
    args = parser.parse_args(argv)
    if args.update_translations:
        update_translations()
    forms = [] if args.translations_only else build_forms(args.force)
    built = forms + build_translations(args.force)
    for path in built:
        print(f"built {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
