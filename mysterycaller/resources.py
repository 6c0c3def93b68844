"""Where the shipped resources (schemas, templates, fonts, translations, icons) live."""

from __future__ import annotations

import sys
from pathlib import Path

#: An installed package carries its resources inside (the build copies them there).
INSTALLED = Path(__file__).resolve().with_name("_resources")
#: A checkout has them beside the package.
CHECKOUT = Path(__file__).resolve().parent.parent / "resources"


def resources_dir() -> Path:
    """The resources: inside a frozen bundle, inside an installed package, else the checkout's."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    if INSTALLED.is_dir():
        return INSTALLED
    return CHECKOUT


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
