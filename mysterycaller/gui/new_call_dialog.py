"""Choosing what to call: scenario, target (with its number) and tester."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from mysterycaller.domain.campaign import Campaign
from mysterycaller.gui.forms.ui_new_call_dialog import Ui_NewCallDialog
from mysterycaller.gui.modal import answer_of


class NewCall(NamedTuple):
    scenario_id: str
    target_id: str
    tester: str


class NewCallDialog(QDialog):
    """Pick a scenario and a target of one campaign; the targets follow the scenario."""

    def __init__(self, campaign: Campaign, tester: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.campaign = campaign
        self.ui = Ui_NewCallDialog()
        self.ui.setupUi(self)
        self.ui.campaign_label.setText(
            self.tr("Campaign: <b>%1</b>").replace("%1", _escape(campaign.name))
        )
        for scenario in campaign.scenarios:
            self.ui.scenario_combo.addItem(scenario.title, scenario.id)
        self.ui.tester_edit.setText(tester)
        self.ui.scenario_combo.currentIndexChanged.connect(self._scenario_changed)
        self.ui.target_combo.currentIndexChanged.connect(self._target_changed)
        self.ui.tester_edit.textChanged.connect(self._update_ok)
        self._scenario_changed()
        self.setMinimumWidth(620)

    @classmethod
    def ask(cls, parent: QWidget | None, campaign: Campaign, tester: str = "") -> NewCall | None:
        """The chosen scenario, target and tester, or None when cancelled."""
        return answer_of(cls(campaign, tester, parent), lambda dialog: dialog.choice())

    def choice(self) -> NewCall | None:
        scenario_id = self.ui.scenario_combo.currentData()
        target_id = self.ui.target_combo.currentData()
        tester = self.ui.tester_edit.text().strip()
        if scenario_id is None or target_id is None or not tester:
            return None
        return NewCall(scenario_id, target_id, tester)

    def _scenario_changed(self) -> None:
        scenario_id = self.ui.scenario_combo.currentData()
        scenario = next((s for s in self.campaign.scenarios if s.id == scenario_id), None)
        previous = self.ui.target_combo.currentData()
        self.ui.target_combo.blockSignals(True)
        self.ui.target_combo.clear()
        for target in self.campaign.targets:
            if scenario is None or scenario.applies_to(target.id):
                label = target.name
                if target.competitor:
                    label = self.tr("%1 (competitor)").replace("%1", target.name)
                self.ui.target_combo.addItem(label, target.id)
        found = self.ui.target_combo.findData(previous)
        self.ui.target_combo.setCurrentIndex(max(found, 0))
        self.ui.target_combo.blockSignals(False)
        self.ui.goal_label.setText(scenario.goal if scenario else "")
        self.ui.goal_label.setVisible(bool(scenario and scenario.goal))
        self._target_changed()

    def _target_changed(self) -> None:
        target = self.campaign.target(self.ui.target_combo.currentData() or "")
        text = ""
        if target is not None:
            text = self.tr("Phone: %1").replace("%1", target.phone)
            if target.hours:
                text += "  ·  " + self.tr("Hours: %1").replace("%1", target.hours)
        self.ui.phone_label.setText(text)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Start call"))
        ok.setEnabled(self.choice() is not None)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
