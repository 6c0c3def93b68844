"""Client reports as PDF: one test call, or a whole wave of a campaign."""

from __future__ import annotations

from mysterycaller.services.reports.branding import ReportBranding
from mysterycaller.services.reports.call_report import write_call_report
from mysterycaller.services.reports.wave_report import write_wave_report

__all__ = ["ReportBranding", "write_call_report", "write_wave_report"]
