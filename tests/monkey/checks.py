"""The checks after every step (``check_step``): no exception, no background worker that failed
quietly, no toast reporting an unexpected error (``unexpected_toast``), nothing wrong with the
focus; and what the step reached (a screen, a binding id), which starts every lure's patience
afresh."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bounceback_tui.ui.kit.focus import focus_problem

if TYPE_CHECKING:
    from tests.monkey.walker import _Walk


# Error toasts a person can meet in a walk, in the app's own words (each: why it is fine).
EXPECTED_ERRORS: tuple[tuple[str, str], ...] = (
    (
        r"^Your text could not be kept\. Copy it or fix what the message says",
        "a recovery answer the store refuses (too long, control characters) on Escape: the "
        "answer box says why, and a second Escape closes without it (never a trap)",
    ),
)

_INTERNAL_ERROR = re.compile(
    r"Traceback|\b[A-Z]\w*(?:Error|Exception)\b|NoMatches|\[Errno|object has no attribute"
    r"|NoneType|unexpected keyword|positional argument"
)


@dataclass(frozen=True, slots=True)  # every toast of a walk is kept: as Move, slots
class Toast:
    message: str
    title: str
    severity: str


def unexpected_toast(toast: Toast) -> str | None:
    """Why this toast reports an unexpected error, or None if it is fine (see the module)."""
    text = f"{toast.title}: {toast.message}"
    if _INTERNAL_ERROR.search(text):
        return f"a toast reads like an internal error: {text!r}"
    if toast.severity == "error" and not any(
        re.search(pattern, toast.message) for pattern, _why in EXPECTED_ERRORS
    ):
        return f"an error toast that no expected failure explains: {text!r}"
    return None


def check_step(walk: _Walk) -> None:
    """After every step, in this order (the order is part of the walk: see the package)."""
    app = walk.app
    error = getattr(app, "_exception", None)
    if error is not None:
        raise walk.fail(f"the app raised {error!r}") from error
    if not app.is_running:
        raise walk.fail(f"the app stopped (return code {app.return_code})")
    if walk.stubs.failed_workers:
        raise walk.fail(f"a background task failed: {walk.stubs.failed_workers[0]}")
    for toast in walk.toasts[walk._checked_toasts :]:
        problem = unexpected_toast(toast)
        if problem:
            raise walk.fail(problem)
    walk._checked_toasts = len(walk.toasts)
    walk._screen_shown(app.screen)
    reached = len(walk.coverage.screens) + len(walk.coverage.binding_ids)
    if reached > walk._reached:
        walk._reached = reached
        walk.lure_moves.clear()  # something new: every lure's patience starts afresh
        walk.stalls.progress()
    problem = focus_problem(app)
    if problem:
        raise walk.fail(f"focus: {problem}")
