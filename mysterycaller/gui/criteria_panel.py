"""The catalogue as the tester fills it in during the call: sections of criteria, one row each."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
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
from mysterycaller.gui.widget_updates import (
    set_checked,
    set_enabled,
    set_property,
    set_text,
    set_visible,
)
from mysterycaller.services.call_session import CallSession
from mysterycaller.services.call_session_types import CallSessionError

#: Keys of the criteria set by hand, in catalogue order (documented in the shortcuts overlay).
#: The letter row is the German keyboard's: Z, not Y, after T.
CRITERION_KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "0",
                  "Q", "W", "E", "R", "T", "Z", "U", "I", "O", "P")  # fmt: skip
HAND_SET = (CriterionKind.CHECK, CriterionKind.SCALE, CriterionKind.CHOICE)
_STYLE = """
#section_label { font-size: 12pt; font-weight: bold; color: #263238; margin-top: 8px;
                 padding-bottom: 2px; border-bottom: 2px solid #90a4ae; }
CriterionRow { border: 1px solid transparent; border-radius: 4px; }
CriterionRow[current="true"] { background: #fff6cc; border: 1px solid #e0b000; }
QCheckBox::indicator { width: 26px; height: 26px; }
#key_label { color: #37474f; font-weight: bold; font-family: "DejaVu Sans Mono", monospace; }
#stamp_label { color: #78909c; font-size: 9pt; }
#not_reached_label { background: #eceff1; color: #37474f; font-weight: bold; padding: 8px;
                     border: 1px solid #90a4ae; border-radius: 4px; }
#measured_label { color: #37474f; font-family: "DejaVu Sans Mono", monospace; }
SegmentedControl { border: 3px solid transparent; border-radius: 4px; }
SegmentedControl:focus { border: 3px solid #1565c0; background: #e3f2fd; }
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
        self.stamp_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.check_box: QCheckBox | None = None
        self.segments: SegmentedControl | None = None
        self.text_edit: QLineEdit | None = None
        self.measured_label: QLabel | None = None
        self.na_button = QToolButton(self)
        self.na_button.setObjectName("na_button")
        self.na_button.setText(self.tr("n/a"))
        self.na_button.setCheckable(True)
        self.na_button.setToolTip(self.tr("Not applicable in this call"))
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
        # The n/a and clear buttons keep their place, and the stamp column one width whatever
        # the stamp says: nothing moves sideways when an answer is given or cleared.
        for button in (self.na_button, self.clear_button):
            policy = button.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            button.setSizePolicy(policy)
        self.na_button.setVisible(criterion.na_allowed)
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

    def fix_stamp_width(self) -> None:
        """One width for the stamp column, enough for the longest stamp in this language."""
        self.stamp_label.ensurePolished()  # the style sheet's font size is what is drawn
        metrics = QFontMetrics(self.stamp_label.font())
        width = max(metrics.horizontalAdvance(text) for text in formatting.stamp_texts())
        self.stamp_label.setFixedWidth(width + 6)

    def show_result(self, result: Result | None, dialled: bool = False) -> None:
        """Show the stored answer (and its call-time stamp); touches only what changed."""
        na = result is not None and result.na
        value = None if result is None or na else result.value
        set_checked(self.na_button, na)
        if self.check_box is not None:
            set_checked(self.check_box, value is True)
        if self.segments is not None:
            if self.segments.value() != value:
                self.segments.set_value(value)
            set_enabled(self.segments, not na)
        if self.text_edit is not None and not self.text_edit.hasFocus():
            set_text(self.text_edit, str(value) if value is not None else "")
        set_visible(
            self.clear_button,
            result is not None and self.criterion.kind is not CriterionKind.TIMING,
        )
        set_text(self.stamp_label, "" if result is None else formatting.stamp(result.at, dialled))

    def show_timings(self, timings: Timings | None, credit: float | None) -> None:
        """For a timing criterion: the measured values and whether the rule holds."""
        if self.measured_label is None or self.criterion.rule is None:
            return
        set_text(
            self.measured_label, formatting.timing_summary(self.criterion.rule, timings, credit)
        )

    def set_current(self, current: bool) -> None:
        set_property(self, "current", current)


class CriteriaPanel(QScrollArea):
    """Every applicable criterion of the scenario, grouped by section; acts on the session."""

    changed = Signal()
    #: A refused change: the CallSessionError, for the screen to put into words.
    failed = Signal(object)
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
        outer = QVBoxLayout(body)
        outer.setContentsMargins(0, 0, 0, 0)
        # Above the scrolled rows (in the viewport's top margin), so that it stays in sight
        # however far the list is scrolled, and outside the locked part, so it stays readable.
        self.not_reached_label = QLabel(self.tr("Not reached: criteria are not judged"), self)
        self.not_reached_label.setObjectName("not_reached_label")
        self.not_reached_label.setWordWrap(True)
        self.not_reached_label.setVisible(False)
        self.rows_widget = QWidget(body)
        self.rows_widget.setObjectName("criteria_rows")
        outer.addWidget(self.rows_widget)
        outer.addStretch()
        layout = QVBoxLayout(self.rows_widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self._locked = False
        self._lock_reason: CallSessionError | None = None
        self.rows: dict[str, CriterionRow] = {}
        self.keys: dict[str, str] = {}
        self.section_labels: dict[str, tuple[QLabel, str]] = {}
        hidden = session.scenario.criteria_na
        keys = iter(CRITERION_KEYS)
        for section in session.campaign.catalogue.sections:
            shown = [c for c in section.criteria if c.id not in hidden]
            if not shown:
                continue
            header = QLabel(section.title, self.rows_widget)
            header.setObjectName("section_label")
            layout.addWidget(header)
            self.section_labels[section.id] = (header, section.title)
            for criterion in shown:
                key = next(keys, None) if criterion.kind in HAND_SET else None
                row = CriterionRow(criterion, key, self.rows_widget)
                if key:
                    self.keys[key] = criterion.id
                self._wire(row)
                layout.addWidget(row)
                self.rows[criterion.id] = row
        self.setWidget(body)
        for row in self.rows.values():
            row.fix_stamp_width()
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
        # The whole row with a little air, not just its top edge.
        self.ensureWidgetVisible(row, 0, 16)
        if self._locked:
            self._refuse()
        elif row.check_box is not None:
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
        if self._locked:
            self._refuse()
        else:
            try:
                action()
            except CallSessionError as error:
                self.failed.emit(error)
        # Saved or not, the row shows what the session (and so the database) holds.
        self.rows[criterion_id].show_result(
            self._session.results.get(criterion_id), self._dialled()
        )
        self.changed.emit()

    def _refuse(self) -> None:
        if self._lock_reason is not None:
            self.failed.emit(self._lock_reason)

    def _dialled(self) -> bool:
        return any(attempt.phases for attempt in self._session.attempts)

    def show_results(self, results: Mapping[str, Result]) -> None:
        dialled = self._dialled()
        for cid, row in self.rows.items():
            row.show_result(results.get(cid), dialled)

    def show_live(self, timings: Timings | None, score: CallScore) -> None:
        """Repaint what changes with time: timing criteria and section scores.

        Runs several times a second: it writes only what changed and never creates, deletes
        or re-polishes a widget.
        """
        for cid, row in self.rows.items():
            if row.criterion.kind is CriterionKind.TIMING:
                row.show_timings(timings, score.credits.get(cid))
        results = self._session.results
        for section in self._session.campaign.catalogue.sections:
            if section.id not in self.section_labels:
                continue
            label, title = self.section_labels[section.id]
            value = score.sections.get(section.id)
            judged = any(c.id in results for c in section.criteria) or (
                score.reached and any(c.kind is CriterionKind.TIMING for c in section.criteria)
            )
            figure = formatting.score(value) if judged and value is not None else "–"
            set_text(label, f"{title}  ·  {figure}")

    def highlight(self, criterion_ids: tuple[str, ...]) -> None:
        for cid, row in self.rows.items():
            row.set_current(cid in criterion_ids)

    @property
    def locked(self) -> bool:
        return self._locked

    def set_locked(self, locked: bool, *, not_reached: bool = False) -> None:
        """Lock the criteria (a completed call, or one that never got through).

        ``not_reached``: the call was not reached, so no criterion is judged; a note says so
        and every key or click on a criterion is refused with that reason.
        """
        self._locked = locked or not_reached
        self._lock_reason = (
            CallSessionError("criteria are not judged: the call was not reached", "not_reached")
            if not_reached
            else CallSessionError(
                "the call is completed; reopen it to change anything", "completed"
            )
            if locked
            else None
        )
        if self.not_reached_label.isHidden() == not_reached:
            self.not_reached_label.setVisible(not_reached)
            self._place_note()
        set_enabled(self.rows_widget, not self._locked)

    def _place_note(self) -> None:
        note = self.not_reached_label
        height = note.heightForWidth(self.width()) if not note.isHidden() else 0
        self.setViewportMargins(0, height + 6 if height else 0, 0, 0)
        note.setGeometry(0, 0, self.width(), height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.not_reached_label.isHidden():
            self._place_note()
