"""The catalogue as the tester fills it in during the call: sections of criteria, one row each."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mysterycaller.domain.campaign import Criterion, CriterionKind
from mysterycaller.domain.scoring import CallScore, Result
from mysterycaller.domain.timing import Timings
from mysterycaller.gui import formatting
from mysterycaller.gui.segmented_control import SegmentedControl
from mysterycaller.services.call_session import CallSession, CallSessionError

#: Keys of the criteria set by hand, in catalogue order (documented in the shortcuts overlay).
CRITERION_KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "0",
                  "Q", "W", "E", "R", "T", "Y", "U", "I", "O", "P")  # fmt: skip
HAND_SET = (CriterionKind.CHECK, CriterionKind.SCALE, CriterionKind.CHOICE)
_STYLE = """
#section_label { font-size: 12pt; font-weight: bold; color: #263238; margin-top: 8px;
                 padding-bottom: 2px; border-bottom: 2px solid #90a4ae; }
CriterionRow { border: 1px solid transparent; border-radius: 4px; }
CriterionRow[current="true"] { background: #fff6cc; border: 1px solid #e0b000; }
QCheckBox::indicator { width: 26px; height: 26px; }
#key_label { color: #37474f; font-weight: bold; font-family: "DejaVu Sans Mono", monospace; }
#stamp_label { color: #78909c; font-size: 9pt; }
#measured_label { color: #37474f; font-family: "DejaVu Sans Mono", monospace; }
SegmentedControl { border: 2px solid transparent; border-radius: 4px; }
SegmentedControl:focus { border: 2px solid #1565c0; }
SegmentedControl QPushButton:checked { background: #1565c0; color: white; font-weight: bold; }
#na_button:checked { background: #546e7a; color: white; }
"""


class CriterionRow(QFrame):
    """One criterion: its key, text, control by kind, n/a and clear buttons, and its stamp."""

    def __init__(self, criterion: Criterion, key: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.criterion = criterion
        self.setObjectName(f"criterion_{criterion.id}_frame")
        self.setProperty("current", False)
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        self.key_label = QLabel(f"[{key}]" if key else "", self)
        self.key_label.setObjectName("key_label")
        self.key_label.setMinimumWidth(28)
        text = criterion.text + (" " + self.tr("(knockout)") if criterion.knockout else "")
        self.text_label = QLabel(text, self)
        self.text_label.setWordWrap(True)
        self.text_label.setObjectName("criterion_text_label")
        self.stamp_label = QLabel(self)
        self.stamp_label.setObjectName("stamp_label")
        self.check_box: QCheckBox | None = None
        self.segments: SegmentedControl | None = None
        self.text_edit: QLineEdit | None = None
        self.measured_label: QLabel | None = None
        self.na_button = QToolButton(self)
        self.na_button.setObjectName("na_button")
        self.na_button.setText(self.tr("n/a"))
        self.na_button.setCheckable(True)
        self.na_button.setToolTip(self.tr("Not applicable in this call"))
        self.na_button.setVisible(criterion.na_allowed)
        self.na_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("clear_button")
        self.clear_button.setText("✕")
        self.clear_button.setToolTip(self.tr("Clear this answer"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        grid.addWidget(self.key_label, 0, 0, Qt.AlignmentFlag.AlignTop)
        kind = criterion.kind
        if kind is CriterionKind.CHECK:
            self.check_box = QCheckBox(self)
            self.check_box.setObjectName("check_box")
            self.check_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            grid.addWidget(self.check_box, 0, 1, Qt.AlignmentFlag.AlignTop)
            # The whole text is part of the target: easier to hit with a headset on.
            self.text_label.installEventFilter(self)
            self.text_label.setCursor(Qt.CursorShape.PointingHandCursor)
            grid.addWidget(self.text_label, 0, 2)
        else:
            grid.addWidget(self.text_label, 0, 1, 1, 2)
        if kind in (CriterionKind.SCALE, CriterionKind.CHOICE):
            self.segments = self._segments(criterion)
            grid.addWidget(self.segments, 1, 1, 1, 2)
        elif kind is CriterionKind.TEXT:
            self.text_edit = QLineEdit(self)
            self.text_edit.setObjectName("observation_edit")
            self.text_edit.setPlaceholderText(
                self.tr("Observation (saved when you leave the field)")
            )
            grid.addWidget(self.text_edit, 1, 1, 1, 2)
        elif kind is CriterionKind.TIMING:
            self.measured_label = QLabel("–", self)
            self.measured_label.setObjectName("measured_label")
            self.text_label.setToolTip(str(criterion.rule))
            grid.addWidget(self.measured_label, 1, 1, 1, 2)
        side = QHBoxLayout()
        side.setSpacing(2)
        side.addWidget(self.na_button)
        side.addWidget(self.clear_button)
        grid.addLayout(side, 0, 3, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(
            self.stamp_label, 0, 4, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight
        )
        grid.setColumnStretch(2, 1)
        self.clear_button.setVisible(False)
        if criterion.help:
            for widget in (self, self.text_label):
                widget.setToolTip(criterion.help)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text_label and self.check_box is not None:
            if event.type() == QEvent.Type.MouseButtonPress:
                return True  # taken here so that the release toggles
            if event.type() == QEvent.Type.MouseButtonRelease:
                self.check_box.click()  # does nothing while disabled (a locked call)
                return True
        return super().eventFilter(watched, event)

    def _segments(self, criterion: Criterion) -> SegmentedControl:
        if criterion.kind is CriterionKind.SCALE:
            assert criterion.scale is not None
            scale = criterion.scale
            values = range(int(scale.low), int(scale.high) + 1)
            labels = list(scale.labels)
            options = [
                (v, str(v), labels[i] if i < len(labels) else str(v)) for i, v in enumerate(values)
            ]
            return SegmentedControl(options, self)
        options = [(o.id, f"{i + 1}  {o.label}", o.label) for i, o in enumerate(criterion.options)]
        return SegmentedControl(options, self, vertical=True)

    def show_result(self, result: Result | None) -> None:
        """Show the stored answer (and its call-time stamp)."""
        na = result is not None and result.na
        value = None if result is None or na else result.value
        self.na_button.setChecked(na)
        if self.check_box is not None:
            self.check_box.setChecked(value is True)
        if self.segments is not None:
            self.segments.set_value(value)
            self.segments.setEnabled(not na)
        if self.text_edit is not None and not self.text_edit.hasFocus():
            self.text_edit.setText(str(value) if value is not None else "")
        self.clear_button.setVisible(
            result is not None and self.criterion.kind is not CriterionKind.TIMING
        )
        self.stamp_label.setText("" if result is None else formatting.stamp(result.at))

    def show_timings(self, timings: Timings | None, credit: float | None) -> None:
        """For a timing criterion: the measured values and whether the rule holds."""
        if self.measured_label is None or self.criterion.rule is None:
            return
        self.measured_label.setText(formatting.timing_summary(self.criterion.rule, timings, credit))

    def set_current(self, current: bool) -> None:
        if self.property("current") != current:
            self.setProperty("current", current)
            self.style().unpolish(self)
            self.style().polish(self)


class CriteriaPanel(QScrollArea):
    """Every applicable criterion of the scenario, grouped by section; acts on the session."""

    changed = Signal()
    failed = Signal(str)
    focus_released = Signal()

    def __init__(self, session: CallSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("criteria_scroll_area")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._session = session
        self.setStyleSheet(_STYLE)
        body = QWidget(self)
        body.setObjectName("criteria_body")
        layout = QVBoxLayout(body)
        layout.setSpacing(2)
        self.rows: dict[str, CriterionRow] = {}
        self.keys: dict[str, str] = {}
        self.section_labels: dict[str, tuple[QLabel, str]] = {}
        hidden = session.scenario.criteria_na
        keys = iter(CRITERION_KEYS)
        for section in session.campaign.catalogue.sections:
            shown = [c for c in section.criteria if c.id not in hidden]
            if not shown:
                continue
            header = QLabel(section.title, body)
            header.setObjectName("section_label")
            layout.addWidget(header)
            self.section_labels[section.id] = (header, section.title)
            for criterion in shown:
                key = next(keys, None) if criterion.kind in HAND_SET else None
                row = CriterionRow(criterion, key, body)
                if key:
                    self.keys[key] = criterion.id
                self._wire(row)
                layout.addWidget(row)
                self.rows[criterion.id] = row
        layout.addStretch()
        self.setWidget(body)
        self.show_results(session.results)

    def _wire(self, row: CriterionRow) -> None:
        cid = row.criterion.id
        if row.check_box is not None:
            row.check_box.clicked.connect(lambda _=False, c=cid: self.toggle(c))
        if row.segments is not None:
            row.segments.chosen.connect(lambda value, c=cid: self.set_value(c, value))
            row.segments.escaped.connect(self.focus_released)
        if row.text_edit is not None:
            row.text_edit.editingFinished.connect(lambda c=cid, r=row: self._save_text(c, r))
        row.na_button.clicked.connect(lambda _=False, c=cid: self.toggle_na(c))
        row.clear_button.clicked.connect(lambda _=False, c=cid: self.clear(c))

    def activate(self, criterion_id: str) -> None:
        """The criterion's key: a check toggles, a scale or choice takes the focus."""
        row = self.rows[criterion_id]
        self.ensureWidgetVisible(row)
        if row.check_box is not None:
            self.toggle(criterion_id)
        elif row.segments is not None and row.segments.isEnabled():
            row.segments.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def toggle(self, criterion_id: str) -> None:
        self._act(criterion_id, lambda: self._session.toggle_check(criterion_id))

    def set_value(self, criterion_id: str, value: Any) -> None:
        self._act(criterion_id, lambda: self._session.set_result(criterion_id, value))

    def toggle_na(self, criterion_id: str) -> None:
        result = self._session.results.get(criterion_id)
        if result is not None and result.na:
            self._act(criterion_id, lambda: self._session.clear_result(criterion_id))
        else:
            self._act(criterion_id, lambda: self._session.mark_na(criterion_id))

    def clear(self, criterion_id: str) -> None:
        self._act(criterion_id, lambda: self._session.clear_result(criterion_id))

    def _save_text(self, criterion_id: str, row: CriterionRow) -> None:
        assert row.text_edit is not None
        text = row.text_edit.text().strip()
        stored = self._session.results.get(criterion_id)
        if (stored.value if stored else None) == (text or None):
            return
        if text:
            self._act(criterion_id, lambda: self._session.set_result(criterion_id, text))
        else:
            self._act(criterion_id, lambda: self._session.clear_result(criterion_id))

    def _act(self, criterion_id: str, action: Any) -> None:
        try:
            action()
        except CallSessionError as error:
            self.failed.emit(str(error))
        # Saved or not, the row shows what the session (and so the database) holds.
        self.rows[criterion_id].show_result(self._session.results.get(criterion_id))
        self.changed.emit()

    def show_results(self, results: Mapping[str, Result]) -> None:
        for cid, row in self.rows.items():
            row.show_result(results.get(cid))

    def show_live(self, timings: Timings | None, score: CallScore) -> None:
        """Repaint what changes with time: timing criteria and section scores."""
        for cid, row in self.rows.items():
            if row.criterion.kind is CriterionKind.TIMING:
                row.show_timings(timings, score.credits.get(cid))
        for sid, (label, title) in self.section_labels.items():
            value = score.sections.get(sid)
            label.setText(title if value is None else f"{title}  ·  {formatting.score(value)}")

    def highlight(self, criterion_ids: tuple[str, ...]) -> None:
        for cid, row in self.rows.items():
            row.set_current(cid in criterion_ids)

    def set_locked(self, locked: bool) -> None:
        self.widget().setEnabled(not locked)
