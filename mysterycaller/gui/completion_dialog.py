"""The review after hang-up: what is still open, the agent, the impression, and the score."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from mysterycaller.gui import formatting, icons
from mysterycaller.gui.forms.ui_completion_dialog import Ui_CompletionDialog
from mysterycaller.gui.modal import answer_of
from mysterycaller.services import words
from mysterycaller.services.call_session_types import CompletionReview


@dataclass(frozen=True)
class CompletionAnswer:
    agent: str | None
    impression: str | None


class CompletionDialog(QDialog):
    """Shows a ``CompletionReview``; OK only when no required answer is missing."""

    def __init__(self, review: CompletionReview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CompletionDialog()
        self.ui.setupUi(self)
        self.review = review
        ui = self.ui
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        ok = ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Complete and lock"))
        ui.score_label.setStyleSheet("font-size: 20pt; font-weight: bold;")
        score = review.score
        text = self.tr("Score: {score}").format(score=formatting.score(score.score))
        if score.knocked_out:
            text += "  " + self.tr("(knocked out; raw {raw})").format(
                raw=formatting.score(score.raw_score)
            )
        ui.score_label.setText(text)
        if review.reached:
            reached = self.tr("Reached: a person answered.")
        elif review.unreached_scores_zero:
            reached = self.tr(
                "Not reached: nobody answered. The criteria are not judged, and by the "
                "campaign's rule the call scores 0."
            )
        else:
            reached = self.tr(
                "Not reached: nobody answered. The criteria are not judged, and by the "
                "campaign's rule the call gets no score and is left out of the averages."
            )
        ui.reached_label.setText(reached)
        if not review.reached:
            ui.reached_label.setStyleSheet("font-weight: bold; color: #37474f;")
        ui.missing_title_label.setStyleSheet("color: #c62828; font-weight: bold;")
        ui.missing_list.setMaximumHeight(90)
        ui.unticked_list.setWordWrap(True)
        ui.impression_combo.setMinimumWidth(280)
        ui.missing_list.addItems([c.text for c in review.missing_answers])
        ui.unticked_list.addItems([c.text for c in review.unticked_checks])
        icons.mark_items(ui.missing_list, "states/open")
        icons.mark_items(ui.unticked_list, "states/not-met")
        for widget in (ui.missing_title_label, ui.missing_list):
            widget.setVisible(bool(review.missing_answers))
        for widget in (ui.unticked_title_label, ui.unticked_list):
            widget.setVisible(bool(review.unticked_checks))
        if review.missing_answers:
            ok.setEnabled(False)
            ok.setToolTip(self.tr("Answer the listed criteria, or mark them n/a, first."))
        if review.agent_names_allowed:
            ui.agent_label.setText(self.tr("&Agent (name or description)"))
            ui.agent_edit.setPlaceholderText(self.tr("e.g. Ms Weber, young voice"))
        else:
            ui.agent_label.setText(self.tr("&Agent description"))
            ui.agent_edit.setPlaceholderText(self.tr("No names: e.g. female, calm voice"))
        for widget in (ui.agent_label, ui.agent_edit):
            widget.setVisible(review.reached)
        ui.impression_combo.addItems(["", *words.impressions(formatting.ui_language())])
        ui.impression_combo.lineEdit().setPlaceholderText(self.tr("pick or type"))
        if not (review.missing_answers or review.unticked_checks):
            # Nothing listed (an unreached call): no tall empty dialog, but room for every
            # wrapped line at this width (minimumSizeHint alone clipped the last line).
            layout = self.layout()
            width = self.width()
            wanted = (
                layout.totalHeightForWidth(width)
                if layout.hasHeightForWidth()
                else self.sizeHint().height()
            )
            self.resize(width, max(wanted, self.minimumSizeHint().height()))
        # A reopened call: start from what its last completion recorded, not from nothing.
        if review.reached and review.agent:
            ui.agent_edit.setText(review.agent)
        if review.impression:
            ui.impression_combo.setCurrentText(review.impression)

    def answer(self) -> CompletionAnswer:
        agent = self.ui.agent_edit.text().strip() if self.review.reached else ""
        impression = self.ui.impression_combo.currentText().strip()
        return CompletionAnswer(agent or None, impression or None)

    @classmethod
    def ask(cls, parent: QWidget | None, review: CompletionReview) -> CompletionAnswer | None:
        """Show the review; the answer to complete with, or None when the tester goes back."""
        return answer_of(cls(review, parent), lambda dialog: dialog.answer())
