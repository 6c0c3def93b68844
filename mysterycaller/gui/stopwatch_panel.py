"""The stopwatch of the current attempt: phase buttons, live figures, outcomes, max-wait warning."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mysterycaller.domain.timing import Outcome, Phase
from mysterycaller.gui import formatting
from mysterycaller.services.call_session import CallSession, CallSessionError

#: Phase buttons with their default keys; RINGING dials, ENDED hangs up.
PHASE_KEYS: tuple[tuple[Phase, str], ...] = (
    (Phase.RINGING, "F2"),
    (Phase.IVR, "F3"),
    (Phase.QUEUE, "F4"),
    (Phase.TALK, "F5"),
    (Phase.HOLD, "F6"),
    (Phase.TRANSFER, "F7"),
    (Phase.ENDED, "F8"),
)
OUTCOME_KEYS: tuple[tuple[Outcome, str], ...] = (
    (Outcome.ANSWERED, "A"),
    (Outcome.BUSY, "B"),
    (Outcome.NO_ANSWER, "M"),
    (Outcome.DROPPED, "D"),
    (Outcome.ABANDONED, "G"),
    (Outcome.CLOSED, "C"),
    (Outcome.WRONG_NUMBER, "X"),
    (Outcome.VOICEMAIL, "V"),
)
NEW_ATTEMPT_KEY = "F9"
PHASE_COLOURS = {
    "ringing": "#1565c0",
    "ivr": "#6a1b9a",
    "queue": "#e65100",
    "talk": "#2e7d32",
    "hold": "#b26a00",
    "transfer": "#00838f",
    "ended": "#546e7a",
}
_STYLE = """
#total_label { font-size: 54pt; font-weight: bold; font-family: "DejaVu Sans Mono", monospace; }
#phase_label { font-size: 15pt; font-weight: bold; color: white; background: #90a4ae;
               border-radius: 6px; padding: 3px 14px; }
#attempt_label { font-size: 10pt; color: #455a64; }
#figure_caption_label { color: #546e7a; font-size: 9pt; }
QLabel[figure="true"] { font-size: 20pt; font-family: "DejaVu Sans Mono", monospace; }
QLabel[alarm="true"] { color: #c62828; font-weight: bold; }
#max_wait_label { background: #c62828; color: white; font-size: 14pt; font-weight: bold;
                  padding: 8px; border-radius: 6px; }
#outcome_frame { background: #fff3e0; border: 2px solid #e65100; border-radius: 6px; }
#outcome_label { font-weight: bold; }
QPushButton { padding: 4px 8px; }
"""


class StopwatchPanel(QFrame):
    """Drives the session's stopwatch; ``refresh`` repaints every figure from the clock."""

    changed = Signal()
    failed = Signal(str)

    def __init__(self, session: CallSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stopwatch_frame")
        self._session = session
        colours = "".join(
            f'#phase_label[phase="{p}"], QPushButton[phase="{p}"][current="true"]'
            f" {{ background: {c}; color: white; font-weight: bold; }}"
            for p, c in PHASE_COLOURS.items()
        )
        self.setStyleSheet(_STYLE + colours)
        self.phase_buttons: dict[Phase, QPushButton] = {}
        self.outcome_buttons: dict[Outcome, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        top = QHBoxLayout()
        layout.addLayout(top)
        clock_box = QVBoxLayout()
        self.total_label = QLabel("0:00", self)
        self.total_label.setObjectName("total_label")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.total_label.setMinimumWidth(220)
        self.phase_label = QLabel(self)
        self.phase_label.setObjectName("phase_label")
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.attempt_label = QLabel(self)
        self.attempt_label.setObjectName("attempt_label")
        self.attempt_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (self.total_label, self.phase_label, self.attempt_label):
            clock_box.addWidget(widget)
        top.addLayout(clock_box)
        top.addLayout(self._figures(), 1)
        self.warning_label = QLabel(self)
        self.warning_label.setObjectName("max_wait_label")
        self.warning_label.setWordWrap(True)
        self.warning_label.setVisible(False)
        layout.addWidget(self.warning_label)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for phase, key in PHASE_KEYS:
            text = (
                self.tr("Dial")
                if phase is Phase.RINGING
                else self.tr("Hang up")
                if phase is Phase.ENDED
                else formatting.phase_name(phase)
            )
            button = self._button(f"{text} [{key}]", f"{phase.value}_button", buttons)
            button.setProperty("phase", phase.value)
            button.setMinimumHeight(48)
            button.clicked.connect(lambda _=False, p=phase: self.request_phase(p))
            self.phase_buttons[phase] = button
        layout.addLayout(buttons)
        layout.addWidget(self._outcome_bar())

    def _figures(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        self.figure_labels: dict[str, QLabel] = {}
        names = (
            ("time_to_answer", self.tr("Time to answer")),
            ("queue_seconds", self.tr("Queue")),
            ("hold", self.tr("Hold (total · count)")),
            ("talk_seconds", self.tr("Talk")),
            ("waiting", self.tr("Waiting / max.")),
        )
        for column, (name, title) in enumerate(names):
            caption = QLabel(title, self)
            caption.setObjectName("figure_caption_label")
            value = QLabel("–", self)
            value.setObjectName(f"{name}_label")
            value.setProperty("figure", True)
            grid.addWidget(caption, 0, column, Qt.AlignmentFlag.AlignBottom)
            grid.addWidget(value, 1, column, Qt.AlignmentFlag.AlignTop)
            self.figure_labels[name] = value
        grid.setRowStretch(2, 1)
        return grid

    def _outcome_bar(self) -> QFrame:
        self.outcome_frame = QFrame(self)
        self.outcome_frame.setObjectName("outcome_frame")
        bar = QGridLayout(self.outcome_frame)
        bar.setContentsMargins(6, 6, 6, 6)
        self.outcome_label = QLabel(self.outcome_frame)
        self.outcome_label.setObjectName("outcome_label")
        self.outcome_label.setWordWrap(True)
        bar.addWidget(self.outcome_label, 0, 0, 1, 5)
        row = QHBoxLayout()
        for outcome, key in OUTCOME_KEYS:
            text = f"{formatting.outcome_name(outcome)} [{key}]"
            button = self._button(text, f"{outcome.value}_button", row)
            button.clicked.connect(lambda _=False, o=outcome: self.choose_outcome(o))
            self.outcome_buttons[outcome] = button
        bar.addLayout(row, 1, 0, 1, 5)
        self.new_attempt_button = QPushButton(
            self.tr("New attempt [{key}]").format(key=NEW_ATTEMPT_KEY), self.outcome_frame
        )
        self.new_attempt_button.setObjectName("new_attempt_button")
        self.new_attempt_button.clicked.connect(self.new_attempt)
        bar.addWidget(self.new_attempt_button, 0, 5)
        return self.outcome_frame

    def _button(self, text: str, name: str, layout: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout.addWidget(button)
        return button

    # ---- actions -------------------------------------------------------------------------------

    def request_phase(self, phase: Phase) -> None:
        session = self._session
        if phase is Phase.ENDED:
            self._act(session.hang_up)
        elif phase is Phase.RINGING and not session.stopwatch.started:
            self._act(session.dial)
        else:
            self._act(lambda: session.enter_phase(phase))

    def choose_outcome(self, outcome: Outcome) -> None:
        self._act(lambda: self._session.set_outcome(outcome))

    def new_attempt(self) -> None:
        self._act(self._session.new_attempt)

    def _act(self, action: Callable[[], object]) -> None:
        try:
            action()
        except CallSessionError as error:
            self.failed.emit(str(error))
        self.refresh()
        self.changed.emit()

    # ---- display -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Repaint every figure from the session's stopwatch (one clock reading per figure set)."""
        session = self._session
        watch = session.stopwatch
        timings = session.current_timings()
        self.total_label.setText(formatting.clock(timings.total_seconds if watch.started else 0))
        phase = watch.phase
        self.phase_label.setText(formatting.phase_name(phase))
        self._set_property(self.phase_label, "phase", phase.value if phase else "")
        self.attempt_label.setText(
            self.tr("Attempt {n} of {max}").format(
                n=session.attempt_number, max=session.max_attempts
            )
        )
        figures = self.figure_labels
        figures["time_to_answer"].setText(formatting.clock(timings.time_to_answer))
        figures["queue_seconds"].setText(formatting.clock(timings.queue_seconds))
        hold = formatting.clock(timings.hold_seconds)
        count = "–" if timings.hold_count is None else str(timings.hold_count)
        figures["hold"].setText(f"{hold} · {count}")
        figures["talk_seconds"].setText(formatting.clock(timings.talk_seconds))
        limit = session.campaign.rules.max_wait_seconds
        waiting = session.waiting_seconds()
        figures["waiting"].setText(f"{formatting.clock(waiting)} / {formatting.clock(limit)}")
        over = session.over_max_wait()
        self.warning_label.setVisible(over)
        if over:
            self.warning_label.setText(
                self.tr(
                    "⚠ MAXIMUM WAIT REACHED: {limit}. Give up: hang up [F8], then Gave up [G]."
                ).format(limit=formatting.clock(limit))
            )
        self._set_property(figures["waiting"], "alarm", over)
        self._enable(phase)

    def _enable(self, phase: Phase | None) -> None:
        session = self._session
        watch = session.stopwatch
        open_call = not session.completed
        for each, button in self.phase_buttons.items():
            if each is Phase.RINGING:
                enabled = not watch.started
            elif each is Phase.ENDED:
                enabled = watch.running
            else:
                enabled = (watch.running or not watch.started) and each is not phase
            button.setEnabled(open_call and enabled)
            self._set_property(button, "current", each is phase and watch.running)
        choosing = session.awaiting_outcome
        for outcome, button in self.outcome_buttons.items():
            allowed = watch.answered if outcome is Outcome.ANSWERED else True
            button.setEnabled(choosing and allowed)
        self.new_attempt_button.setVisible(session.can_retry)
        self.new_attempt_button.setEnabled(session.can_retry)
        self.outcome_frame.setVisible(choosing or session.outcome is not None)
        self.outcome_label.setText(self._outcome_text())

    def _outcome_text(self) -> str:
        session = self._session
        if session.awaiting_outcome:
            return self.tr("How did attempt {n} end? Pick the outcome.").format(
                n=session.attempt_number
            )
        outcome = formatting.outcome_name(session.outcome)
        if session.can_retry:
            return self.tr("Attempt {n}: {outcome}. Start a new attempt.").format(
                n=session.attempt_number, outcome=outcome
            )
        if session.outcome is not None and not session.reached:
            return self.tr(
                "Attempt {n}: {outcome}. No attempts left: complete the call as not reached."
            ).format(n=session.attempt_number, outcome=outcome)
        return self.tr("Attempt {n}: {outcome}.").format(n=session.attempt_number, outcome=outcome)

    @staticmethod
    def _set_property(widget: QWidget, name: str, value: object) -> None:
        if widget.property(name) != value:
            widget.setProperty(name, value)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
