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
from mysterycaller.gui.widget_updates import (
    set_enabled,
    set_property,
    set_text,
    set_tooltip,
    set_visible,
)
from mysterycaller.services.call_session import CallSession
from mysterycaller.services.call_session_types import CallSessionError

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
#time_note_label { font-size: 10pt; color: #b26a00; font-weight: bold; }
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
    #: A refused action: the CallSessionError, for the screen to put into words.
    failed = Signal(object)

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
        # Under the big timer when it shows no time: says why (an interrupted attempt).
        self.time_note_label = QLabel(self.tr("time after the interruption unknown"), self)
        self.time_note_label.setObjectName("time_note_label")
        self.time_note_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.time_note_label.setVisible(False)
        clock_box.addWidget(self.total_label)
        clock_box.addWidget(self.time_note_label)
        for widget in (self.phase_label, self.attempt_label):
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
        bar.addWidget(self.outcome_label, 0, 0, 1, 3)
        # Two rows of four: never wider than the phase buttons above, so the window does not
        # grow when the bar (and then the new-attempt button) appears.
        columns = 4
        for index, (outcome, key) in enumerate(OUTCOME_KEYS):
            text = f"{formatting.outcome_name(outcome)} [{key}]"
            button = self._button(text, f"{outcome.value}_button", None)
            bar.addWidget(button, 1 + index // columns, index % columns)
            button.clicked.connect(lambda _=False, o=outcome: self.choose_outcome(o))
            self.outcome_buttons[outcome] = button
        self.new_attempt_button = QPushButton(
            self.tr("New attempt [{key}]").format(key=NEW_ATTEMPT_KEY), self.outcome_frame
        )
        self.new_attempt_button.setObjectName("new_attempt_button")
        self.new_attempt_button.clicked.connect(self.new_attempt)
        # Its place is kept while hidden: nothing moves when it appears.
        policy = self.new_attempt_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.new_attempt_button.setSizePolicy(policy)
        self.new_attempt_button.setVisible(False)
        bar.addWidget(self.new_attempt_button, 0, 3)
        return self.outcome_frame

    def _button(self, text: str, name: str, layout: QHBoxLayout | None) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        if layout is not None:
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
            self.failed.emit(error)
        self.refresh()
        self.changed.emit()

    # ---- display -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Repaint every figure from the session's stopwatch (one clock reading per figure set).

        Called several times a second: writes only what changed.
        """
        session = self._session
        watch = session.stopwatch
        timings = session.current_timings()
        set_text(self.total_label, formatting.clock(timings.total_seconds if watch.started else 0))
        set_visible(self.time_note_label, watch.interrupted)
        phase = watch.phase
        # Once the attempt's outcome is chosen, that is its state, not the phase it was in last
        # (an interrupted attempt stops in whatever phase the app was closed in).
        if session.outcome is not None:
            status, colour = formatting.outcome_name(session.outcome), "ended"
        elif watch.interrupted:
            status, colour = self.tr("Interrupted"), "ended"
        else:
            status, colour = formatting.phase_name(phase), phase.value if phase else ""
        set_text(self.phase_label, status)
        set_property(self.phase_label, "phase", colour)
        set_text(
            self.attempt_label,
            self.tr("Attempt {n} of {max}").format(
                n=session.attempt_number, max=session.max_attempts
            ),
        )
        figures = self.figure_labels
        set_text(figures["time_to_answer"], formatting.clock(timings.time_to_answer))
        set_text(figures["queue_seconds"], formatting.clock(timings.queue_seconds))
        hold = formatting.clock(timings.hold_seconds)
        count = "–" if timings.hold_count is None else str(timings.hold_count)
        set_text(figures["hold"], f"{hold} · {count}")
        set_text(figures["talk_seconds"], formatting.clock(timings.talk_seconds))
        limit = session.campaign.rules.max_wait_seconds
        waiting = session.waiting_seconds()
        set_text(figures["waiting"], f"{formatting.clock(waiting)} / {formatting.clock(limit)}")
        over = session.over_max_wait()
        set_visible(self.warning_label, over)
        if over:
            set_text(
                self.warning_label,
                self.tr(
                    "⚠ MAXIMUM WAIT REACHED: {limit}. Give up: hang up [F8], then Gave up [G]."
                ).format(limit=formatting.clock(limit)),
            )
        set_property(figures["waiting"], "alarm", over)
        self._enable(phase)

    def _enable(self, phase: Phase | None) -> None:
        session = self._session
        watch = session.stopwatch
        open_call = not session.completed
        why = self.disabled_reason()
        for each, button in self.phase_buttons.items():
            if each is Phase.RINGING:
                enabled = not watch.started
            elif each is Phase.ENDED:
                enabled = watch.running
            else:
                enabled = (watch.running or not watch.started) and each is not phase
            set_enabled(button, open_call and enabled)
            set_tooltip(button, why)
            set_property(button, "current", each is phase and watch.running)
        choosing = session.awaiting_outcome
        for outcome, button in self.outcome_buttons.items():
            allowed = watch.answered if outcome is Outcome.ANSWERED else True
            set_enabled(button, choosing and allowed)
        set_visible(self.new_attempt_button, session.can_retry)
        set_enabled(self.new_attempt_button, session.can_retry)
        set_visible(self.outcome_frame, choosing or session.outcome is not None)
        set_text(self.outcome_label, self._outcome_text())

    def disabled_reason(self) -> str:
        """Why the phase buttons are all off, for the status line and their tooltips."""
        session = self._session
        if session.completed:
            return ""
        if session.stopwatch.interrupted and session.outcome is None:
            return self.tr(
                "This attempt was interrupted (the app was closed during the call). The time "
                "after that is unknown, so the stopwatch cannot go on: pick how the attempt "
                "ended."
            )
        return ""

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
        if session.outcome is not None and not session.reached and not session.completed:
            return self.tr(
                "Attempt {n}: {outcome}. No attempts left: complete the call as not reached."
            ).format(n=session.attempt_number, outcome=outcome)
        return self.tr("Attempt {n}: {outcome}.").format(n=session.attempt_number, outcome=outcome)
