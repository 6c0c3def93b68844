"""Scenario and script: persona, goal, target, and the steps with the current one highlighted."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from mysterycaller.domain.campaign import Campaign, Scenario, ScriptStep, Target
from mysterycaller.domain.scoring import Result
from mysterycaller.gui.widget_updates import set_property, set_text

_STYLE = """
#scenario_label { background: #eceff1; border-radius: 6px; padding: 8px; }
StepFrame { border: 1px solid #cfd8dc; border-radius: 6px; background: white; }
StepFrame[current="true"] { border: 3px solid #1565c0; background: #e3f2fd; }
#scenario_label, StepFrame QLabel { color: #1a1a1a; }
"""


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class StepFrame(QFrame):
    """One script step; a click makes it the current one."""

    clicked = Signal(int)

    def __init__(self, index: int, step: ScriptStep, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.step = step
        self.setObjectName(f"step_{index + 1}_frame")
        self.setProperty("current", False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        self.label = QLabel(self)
        self.label.setObjectName("step_label")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.label)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit(self.index)
        super().mousePressEvent(event)


class ScriptPanel(QScrollArea):
    """Shows the scenario; Page Down / Page Up (via the screen) move through the steps."""

    step_changed = Signal(int)

    def __init__(
        self, campaign: Campaign, scenario: Scenario, target: Target, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("script_scroll_area")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._campaign = campaign
        self._scenario = scenario
        self.setStyleSheet(_STYLE)
        self._keys: dict[str, str] = {}
        self._results: Mapping[str, Result] = {}
        body = QWidget(self)
        body.setObjectName("script_body")
        layout = QVBoxLayout(body)
        layout.setSpacing(6)
        self.scenario_label = QLabel(body)
        self.scenario_label.setObjectName("scenario_label")
        self.scenario_label.setWordWrap(True)
        self.scenario_label.setTextFormat(Qt.TextFormat.RichText)
        self.scenario_label.setText(self._scenario_html(scenario, target))
        layout.addWidget(self.scenario_label)
        self.steps: list[StepFrame] = []
        for index, step in enumerate(scenario.script):
            frame = StepFrame(index, step, body)
            frame.clicked.connect(self.set_current)
            layout.addWidget(frame)
            self.steps.append(frame)
        layout.addStretch()
        self.setWidget(body)
        self.current = 0
        self._paint()

    def _scenario_html(self, scenario: Scenario, target: Target) -> str:
        persona = _escape(scenario.persona.name)
        if scenario.persona.details:
            persona += " – " + _escape(scenario.persona.details)
        hours = f" · {_escape(target.hours)}" if target.hours else ""
        you_are, goal = self.tr("You are:"), self.tr("Goal:")
        return (
            f"<b style='font-size:13pt'>{_escape(scenario.title)}</b><br>"
            f"{_escape(target.name)} · <b>{_escape(target.phone)}</b>{hours}<br>"
            f"<b>{_escape(you_are)}</b> {persona}<br>"
            f"<b>{_escape(goal)}</b> {_escape(scenario.goal)}"
        )

    def set_keys(self, keys: Mapping[str, str]) -> None:
        """The criterion keys (criterion id -> key) to show beside the criteria of each step."""
        self._keys = dict(keys)
        self._paint()

    def show_results(self, results: Mapping[str, Result]) -> None:
        self._results = dict(results)
        self._paint()

    def set_current(self, index: int) -> None:
        index = max(0, min(index, len(self.steps) - 1))
        if index != self.current:
            self.current = index
            self._paint()
            self.step_changed.emit(index)
        if self.steps:
            self.ensureWidgetVisible(self.steps[index], 0, 40)

    def next_step(self) -> None:
        self.set_current(self.current + 1)

    def previous_step(self) -> None:
        self.set_current(self.current - 1)

    def current_criteria(self) -> tuple[str, ...]:
        return self.steps[self.current].step.criteria if self.steps else ()

    def _paint(self) -> None:
        for frame in self.steps:
            current = frame.index == self.current
            set_text(frame.label, self._step_html(frame.index, frame.step))
            set_property(frame, "current", current)

    def _step_html(self, index: int, step: ScriptStep) -> str:
        say, expected, note = self.tr("Say:"), self.tr("Expected:"), self.tr("Note:")
        lines = [f"<b>{index + 1}.</b> <b>{_escape(say)}</b> „{_escape(step.say)}“"]
        if step.expect:
            lines.append(f"<b>{_escape(expected)}</b> {_escape(step.expect)}")
        if step.note:
            lines.append(f"<i>{_escape(note)} {_escape(step.note)}</i>")
        for cid in step.criteria:
            criterion = self._campaign.catalogue.criterion(cid)
            if criterion is None or cid in self._scenario.criteria_na:
                continue
            result = self._results.get(cid)
            mark = "☐"
            if result is not None:
                mark = "n/a" if result.na else "☑" if result.value not in (None, False) else "☒"
            key = f"[{self._keys[cid]}] " if cid in self._keys else ""
            lines.append(f"&nbsp;&nbsp;{mark} {key}{_escape(criterion.text)}")
        return "<br>".join(lines)
