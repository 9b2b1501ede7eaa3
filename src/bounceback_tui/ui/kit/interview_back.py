"""An interview a pane deleted (`d` on People, `N` then `d` on Today), written back by `u`.

One way for both panes: the receipt is let go only once the interview is back or can never
be (a store busy for now keeps it for the next `u`: it holds the only copy), and the toast
names the interview and who was in it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bounceback_tui.ui.kit.text import toast_with

if TYPE_CHECKING:
    from bounceback_tui.services.interview_undo import DeletedInterview
    from bounceback_tui.ui.kit.pane import Pane


def bring_interview_back(pane: Pane, db: Any, deleted: DeletedInterview) -> bool:
    """``deleted`` back in ``db`` (the app's store) and said so; False (and why said) when
    it could not be."""
    from bounceback_tui.domain.text import interview_named
    from bounceback_tui.errors import BouncebackError, StoreError
    from bounceback_tui.services.interview_undo import bring_back_interview
    from bounceback_tui.ui.kit.undo import say_brought_back

    try:
        back = bring_back_interview(db, deleted)
    except StoreError as exc:  # busy or read-only for now: the receipt kept, `u` again
        pane.report(exc, title="Could not undo")
        return False
    except BouncebackError as exc:  # never to be: gone with its application, say
        pane.forget_undo(deleted)
        pane.report(exc)
        return False
    pane.forget_undo(deleted)
    what = interview_named(deleted.kind_label, deleted.company, deleted.role)
    say_brought_back(pane, back, toast_with("The $interview is back.", interview=what))
    return True
