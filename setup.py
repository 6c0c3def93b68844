"""The build step that pyproject.toml's metadata cannot say: compile and ship the resources.

A wheel (and so ``pip install .``) carries the whole ``resources/`` folder (schemas, templates,
fonts, icons) inside the package as ``mysterycaller/_resources``, with the translations compiled
from the .ts catalogues by ``pyside6-lrelease`` (PySide6-Essentials is a build requirement).
An editable install compiles them in place, into ``resources/translations``.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
RESOURCES = ROOT / "resources"
#: What the build leaves out of the shipped copy: catalogues are compiled, not shipped.
NOT_SHIPPED = ("*.ts", "*.qm", "__pycache__")


def _build_qt():
    """packaging/build_qt.py as a module (the folder name would shadow the `packaging` library)."""
    spec = importlib.util.spec_from_file_location("build_qt", ROOT / "packaging" / "build_qt.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildWithResources(build_py):
    """build_py, then the resources copied into the package and the translations compiled."""

    def run(self) -> None:
        super().run()
        build_qt = _build_qt()
        if self.editable_mode:
            build_qt.build_translations()
            return
        target = Path(self.build_lib) / "mysterycaller" / "_resources"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(RESOURCES, target, ignore=shutil.ignore_patterns(*NOT_SHIPPED))
        built = build_qt.build_translations(output_dir=target / "translations", force=True)
        if not built:
            raise SystemExit("no translations were compiled: resources/translations/*.ts missing")


setup(cmdclass={"build_py": BuildWithResources})
