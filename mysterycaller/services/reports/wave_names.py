"""Names in the wave report: targets (competitors optionally anonymised), sections, criteria."""

from __future__ import annotations

import string

from mysterycaller.domain.campaign import DEFAULT_GRADES, Campaign, GradeBand, grade_of
from mysterycaller.services.reports.texts import Texts


class WaveNames:
    """What the report calls each id of the campaign."""

    def __init__(self, campaign: Campaign, texts: Texts, anonymise_competitors: bool) -> None:
        self.campaign = campaign
        self.texts = texts
        self._targets = {t.id: t.name for t in campaign.targets}
        if anonymise_competitors:
            competitors = sorted(
                (t for t in campaign.targets if t.competitor), key=lambda t: t.name.casefold()
            )
            for index, target in enumerate(competitors):
                letter = _letters(index)
                self._targets[target.id] = texts.format("competitor_name", letter=letter)
        self._sections = {s.id: s.title for s in campaign.catalogue.sections}
        self._scenarios = {s.id: s.title for s in campaign.scenarios}

    def target(self, target_id: str) -> str:
        return self._targets.get(target_id, target_id)

    def section(self, section_id: str) -> str:
        return self._sections.get(section_id, section_id)

    def criterion(self, criterion_id: str) -> str:
        criterion = self.campaign.catalogue.criterion(criterion_id)
        return criterion.text if criterion else criterion_id

    def scenario(self, scenario_id: str) -> str:
        return self._scenarios.get(scenario_id, scenario_id)

    def grade(self, score: float | None) -> str:
        """The grade of a mean score with its label: ``2 (gut)``; an en dash without one."""
        band = grade_of(score, self.campaign.rules.grades)
        if band is None:
            return "–"
        label = self.grade_label(band)
        return f"{band.grade} ({label})" if label else band.grade

    def grade_short(self, score: float | None) -> str:
        """Only the grade of a mean score: ``2``."""
        band = grade_of(score, self.campaign.rules.grades)
        return band.grade if band else "–"

    def grade_label(self, band: GradeBand) -> str | None:
        if band.label:
            return band.label
        key = f"grade_{band.grade}"
        default = self.campaign.rules.grades == DEFAULT_GRADES
        return self.texts[key] if default else None

    def grades_text(self) -> str:
        """The grade bands in words, for the method page."""
        if self.campaign.rules.grades == DEFAULT_GRADES:
            return self.texts["grades_default"]
        return ", ".join(
            f"{b.grade}{' ' + b.label if b.label else ''} "
            f"({self.texts.format('from_points', points=self.texts.number(b.min_score, 0))})"
            for b in self.campaign.rules.grades
        )


def _letters(index: int) -> str:
    letters = string.ascii_uppercase
    return letters[index] if index < 26 else letters[index // 26 - 1] + letters[index % 26]
