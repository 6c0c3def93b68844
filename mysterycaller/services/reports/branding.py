"""The agency's look of a report: its name in the footer, a logo and an accent colour."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from mysterycaller.services.errors import Problem, RefusedInput

DEFAULT_AGENCY = "Mystery Caller"
DEFAULT_COLOR = "#1F4E79"
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg")
_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")


@dataclass(frozen=True)
class ReportBranding:
    """Agency name (footer and title page), optional logo file, accent colour #RRGGBB."""

    agency: str = DEFAULT_AGENCY
    logo: Path | None = None
    color: str = DEFAULT_COLOR


def make_branding(
    agency: str | None = None, logo: Path | None = None, color: str | None = None
) -> ReportBranding:
    """Branding from explicit values, else $MYSTERYCALLER_AGENCY / defaults; refuses bad input."""
    agency = agency or os.environ.get("MYSTERYCALLER_AGENCY") or DEFAULT_AGENCY
    color = color or DEFAULT_COLOR
    if not _COLOR.match(color):
        raise RefusedInput("--color", [Problem("", None, f"{color!r} is not a colour #RRGGBB")])
    if logo is not None:
        check_logo(Path(logo))
    return ReportBranding(agency=agency.strip(), logo=Path(logo) if logo else None, color=color)


def check_logo(path: Path) -> None:
    """Refuse a logo that is missing, of another type, or not a readable image."""
    if path.suffix.lower() not in LOGO_SUFFIXES:
        raise RefusedInput(str(path), [Problem("", None, "the logo must be a PNG or JPEG file")])
    if not path.is_file():
        raise RefusedInput(str(path), [Problem("", None, "no such file")])
    from reportlab.lib.utils import ImageReader

    try:
        width, height = ImageReader(str(path)).getSize()
    except Exception as error:  # reportlab raises many kinds for broken images
        raise RefusedInput(
            str(path), [Problem("", None, f"not a readable image ({error})")]
        ) from None
    if width <= 0 or height <= 0:
        raise RefusedInput(str(path), [Problem("", None, "the image is empty")])
