"""The call screen: composes the panels, binds the keys, and repaints from the session."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mysterycaller.domain.campaign import CriterionKind
from mysterycaller.domain.timing import Outcome, Timings
from mysterycaller.gui import formatting
from mysterycaller.gui.completion_dialog import CompletionDialog
from mysterycaller.gui.criteria_panel import CriteriaPanel
from mysterycaller.gui.notes_panel import NotesPanel
from mysterycaller.gui.reopen_dialog import ReopenDialog
from mysterycaller.gui.script_panel import ScriptPanel
from mysterycaller.gui.shortcuts_overlay import ShortcutsOverlay
from mysterycaller.gui.stopwatch_panel import (
    NEW_ATTEMPT_KEY,
    OUTCOME_KEYS,
    PHASE_KEYS,
    StopwatchPanel,
)
from mysterycaller.gui.widget_updates import set_enabled, set_property, set_text, set_visible
from mysterycaller.services.call_session import CallSession
from mysterycaller.services.call_session_types import CallSessionError

_STYLE = """
#title_label { font-size: 13pt; font-weight: bold; }
#score_label { font-size: 22pt; font-weight: bold; color: #1565c0; }
#status_label[error="true"] { color: #c62828; font-weight: bold; }
#locked_label { background: #2e7d32; color: white; font-weight: bold; padding: 6px;
                border-radius: 4px; }
"""


class CallScreen(QWidget):
    """One test call on screen; every figure comes from ``session``, the timer only repaints."""

    closed = Signal(str)
    #: The client PDF of this (completed) call is wanted.
    report_requested = Signal(str)

    def __init__(
        self, session: CallSession, parent: QWidget | None = None, refresh_interval_ms: int = 200
    ) -> None:
        super().__init__(parent)
        self.setObjectName("call_screen")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(_STYLE)
        self.session = session
        self.stopwatch_panel = StopwatchPanel(session, self)
        self.script_panel = ScriptPanel(session.campaign, session.scenario, session.target, self)
        self.criteria_panel = CriteriaPanel(session, self)
        self.notes_panel = NotesPanel(self)
        self._build()
        self._bindings: list[tuple[str, str, Callable[[], None]]] = self._key_bindings()
        self.shortcuts = [self._shortcut(key, slot) for key, _, slot in self._bindings]
        self.overlay = ShortcutsOverlay(self.shortcut_table(), self)
        self._wire()
        self.timer = QTimer(self)
        self.timer.setInterval(refresh_interval_ms)
        self.timer.timeout.connect(self.refresh)
        self._changed()
        why = self.stopwatch_panel.disabled_reason()
        if why:
            self.show_message(why)

    def _build(self) -> None:
        header = QHBoxLayout()
        self.title_label = QLabel(
            f"{self.session.target.name} · {self.session.scenario.title}", self
        )
        self.title_label.setObjectName("title_label")
        self.title_label.setWordWrap(True)
        self.score_label = QLabel(self)
        self.score_label.setObjectName("score_label")
        self.score_label.setTextFormat(Qt.TextFormat.RichText)
        self.score_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.title_label, 1)
        header.addWidget(self.score_label)
        self.locked_label = QLabel(self)
        self.locked_label.setObjectName("locked_label")
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("body_splitter")
        left = QWidget(splitter)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.script_panel, 1)
        column.addWidget(self.notes_panel)
        splitter.addWidget(left)
        splitter.addWidget(self.criteria_panel)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 5)
        footer = QHBoxLayout()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        footer.addWidget(self.status_label, 1)
        buttons = (
            ("complete_button", self.tr("Complete… [Ctrl+Return]")),
            ("reopen_button", self.tr("Reopen… [Ctrl+Shift+R]")),
            ("report_button", self.tr("PDF for the client…")),
            ("shortcuts_button", self.tr("Shortcuts [F1]")),
            ("back_button", self.tr("Back to list [Ctrl+W]")),
        )
        (
            self.complete_button,
            self.reopen_button,
            self.report_button,
            self.help_button,
            self.back_button,
        ) = (self._footer_button(text, name, footer) for name, text in buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.stopwatch_panel)
        layout.addWidget(self.locked_label)
        layout.addWidget(splitter, 1)
        layout.addLayout(footer)

    def _footer_button(self, text: str, name: str, layout: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumHeight(34)
        layout.addWidget(button)
        return button

    def _key_bindings(self) -> list[tuple[str, str, Callable[[], None]]]:
        """Every key of the screen: (key, what it does, slot); the overlay lists these."""
        watch = self.stopwatch_panel
        bindings: list[tuple[str, str, Callable[[], None]]] = [
            ("F1", self.tr("Show the keyboard shortcuts"), self.show_shortcuts),
            ("?", self.tr("Show the keyboard shortcuts"), self.show_shortcuts),
        ]
        for phase, key in PHASE_KEYS:
            button = watch.phase_buttons[phase]
            bindings.append((key, button.text().rsplit(" [", 1)[0], button.click))
        for outcome, key in OUTCOME_KEYS:
            description = self.tr("Outcome after hang-up: {outcome}").format(
                outcome=formatting.outcome_name(outcome)
            )
            bindings.append((key, description, watch.outcome_buttons[outcome].click))
        bindings += [
            (NEW_ATTEMPT_KEY, self.tr("New attempt"), watch.new_attempt_button.click),
            ("N", self.tr("Write a note (Enter saves, Esc leaves)"), self.notes_panel.start_note),
            (
                "Ctrl+N",
                self.tr("Write a note (also while typing elsewhere)"),
                self.notes_panel.start_note,
            ),
            ("PgDown", self.tr("Next script step"), self.script_panel.next_step),
            ("PgUp", self.tr("Previous script step"), self.script_panel.previous_step),
        ]
        for key, cid in self.criteria_panel.keys.items():
            row = self.criteria_panel.rows[cid]
            verb = (
                self.tr("Tick / untick: {text}")
                if row.criterion.kind is CriterionKind.CHECK
                else self.tr("Choose (then 1–9 or arrows): {text}")
            )
            text = row.criterion.text
            # The overlay wraps; a very long text is shortened to two lines there.
            short = text if len(text) <= 80 else text[:78].rstrip() + "…"
            bindings.append(
                (key, verb.format(text=short), partial(self.criteria_panel.activate, cid))
            )
        bindings += [
            ("Ctrl+Return", self.tr("Complete the call (review)"), self.complete),
            ("Ctrl+Shift+R", self.tr("Reopen a completed call"), self.reopen_button.click),
            ("Ctrl+W", self.tr("Back to the list of calls"), self.back_button.click),
        ]
        return bindings

    def _shortcut(self, key: str, slot: Callable[[], None]) -> QShortcut:
        shortcut = QShortcut(QKeySequence(key), self)
        # Only while the focus is on this screen; printable keys are left to a focused text field.
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    def shortcut_table(self) -> list[tuple[str, str]]:
        """(key, action) for every key of the screen, in the order the overlay shows them."""
        return [(key, description) for key, description, _ in self._bindings]

    def _wire(self) -> None:
        for panel in (self.stopwatch_panel, self.criteria_panel):
            panel.changed.connect(self._changed)
            panel.failed.connect(self.show_session_error)
        self.criteria_panel.focus_released.connect(self._take_keys)
        self.script_panel.set_keys({cid: key for key, cid in self.criteria_panel.keys.items()})
        self.script_panel.step_changed.connect(self._step_changed)
        self.notes_panel.submitted.connect(self.add_note)
        self.notes_panel.left.connect(self._take_keys)
        self.complete_button.clicked.connect(self.complete)
        self.reopen_button.clicked.connect(self.reopen)
        self.report_button.clicked.connect(lambda: self.report_requested.emit(self.session.call_id))
        self.help_button.clicked.connect(self.show_shortcuts)
        self.back_button.clicked.connect(self.leave)

    def _try(self, action: Callable[[], object], done: str) -> bool:
        """Run a session action; its refusal goes to the status line, never up the stack."""
        try:
            action()
        except CallSessionError as error:
            self.show_session_error(error)
            return False
        self.show_message(done)
        self._changed()
        return True

    def add_note(self, text: str) -> None:
        at = self.session.call_time()
        done = self.tr("Note saved at {time}.").format(time=formatting.clock(at))
        if self._try(lambda: self.session.add_note(text), done):
            self.notes_panel.saved()

    def complete(self) -> None:
        """Review the call and, if the tester confirms, complete and lock it."""
        if not self.session.can_complete:
            first = self.tr("Hang up and pick the outcome first.")
            done = self.tr("The call is completed already.")
            self.show_error(done if self.session.completed else first)
            return
        answer = CompletionDialog.ask(self, self.session.review())
        if answer is not None:
            done = self.tr("Call completed and locked.")
            self._try(lambda: self.session.complete(answer.agent, answer.impression), done)

    def reopen(self) -> None:
        reason = ReopenDialog.ask(self) if self.session.completed else None
        if reason is not None:
            done = self.tr("Call reopened; the reason is in its history.")
            self._try(lambda: self.session.reopen(reason), done)

    def leave(self) -> None:
        self.timer.stop()
        self.closed.emit(self.session.call_id)

    def show_shortcuts(self) -> None:
        self.overlay.popup()

    def show_session_error(self, error: CallSessionError) -> None:
        """A refusal of the session, in the user's language; technical detail as tooltip."""
        self._status(
            formatting.session_error_text(error),
            error=True,
            detail=formatting.session_error_detail(error),
        )

    def show_error(self, message: str) -> None:
        self._status(message, error=True)

    def show_message(self, message: str) -> None:
        self._status(message, error=False)

    def _status(self, message: str, *, error: bool, detail: str = "") -> None:
        self.status_label.setText(message)
        self.status_label.setToolTip(detail)
        set_property(self.status_label, "error", error)

    def refresh(self) -> None:
        """Repaint every live figure from the session; the timer calls only this.

        It runs several times a second, so it only writes what changed (see widget_updates)
        and never creates or deletes a widget.
        """
        session = self.session
        self.stopwatch_panel.refresh()
        score = session.live_score()
        self.criteria_panel.show_live(self._evaluated_timings(), score)
        # While the call runs, a knockout check nobody has answered yet is open, not failed.
        still_open = (
            not session.completed
            and session.outcome is None
            and all(criterion_id not in session.results for criterion_id in score.knockouts)
        )
        # Until someone answers (or the outcome is known) the score says nothing: a dash.
        judged = score.reached or session.outcome is not None
        set_text(
            self.score_label,
            formatting.score_html(
                score, open_knockouts=still_open, judged=judged, final=session.completed
            ),
        )
        locked = session.completed
        # A call that never got through is not judged: nothing to tick, nothing counts as "no".
        not_reached = (locked or session.can_complete) and not session.reached
        self.criteria_panel.set_locked(locked, not_reached=not_reached)
        self.notes_panel.set_locked(locked)
        set_visible(self.locked_label, locked)
        if locked:
            set_text(
                self.locked_label,
                self.tr("Completed and locked. Reopen [Ctrl+Shift+R] to change it."),
            )
        set_enabled(self.complete_button, session.can_complete)
        set_visible(self.reopen_button, locked)
        set_visible(self.report_button, locked)
        set_enabled(self.back_button, not session.stopwatch.running)

    def _evaluated_timings(self) -> Timings:
        answered = next((a for a in self.session.attempts if a.outcome is Outcome.ANSWERED), None)
        return answered.timings() if answered else self.session.current_timings()

    def _changed(self) -> None:
        results = self.session.results
        self.criteria_panel.show_results(results)
        self.script_panel.show_results(results)
        self.notes_panel.show_notes(self.session.notes)
        self._step_changed(self.script_panel.current)
        self.refresh()

    def _step_changed(self, _index: int) -> None:
        self.criteria_panel.highlight(self.script_panel.current_criteria())

    def _take_keys(self) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.timer.stop()
        super().closeEvent(event)
