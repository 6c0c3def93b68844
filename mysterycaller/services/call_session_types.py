"""What the call session answers besides its state: refusals and the completion review."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mysterycaller.domain.campaign import Criterion
from mysterycaller.domain.scoring import CallScore


class CallSessionError(RuntimeError):
    """An action that makes no sense in the call's current state.

    The message is English, for the command line and the logs; ``code`` names the refusal so
    that the GUI can put it into the user's language, with ``details`` (criterion texts, the
    driver's message) to insert.
    """

    def __init__(self, message: str, code: str, **details: Any) -> None:
        super().__init__(message)
        self.code = code
        self.details: dict[str, Any] = details


class NotSavedError(CallSessionError):
    """The database refused the write (disk full, file locked or gone): nothing was changed."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(f"not saved: {error}", "not_saved", reason=str(error))


@dataclass(frozen=True)
class CompletionReview:
    unticked_checks: tuple[Criterion, ...]
    missing_answers: tuple[Criterion, ...]
    score: CallScore
    agent_names_allowed: bool
    reached: bool
    #: What a previous completion recorded (a reopened call): the dialog starts from these.
    agent: str | None = None
    impression: str | None = None
    #: The campaign's rule for a call that never got through: 0, or left out of averages.
    unreached_scores_zero: bool = True
