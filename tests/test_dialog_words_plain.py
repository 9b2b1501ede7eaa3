"""Dialog words a new user's walk found odd.

The delete question doubled a question's own mark: "Delete “…difficult stakeholder?”?". The
two-window dialog's "Save mine over it" read as losing the other window's changes, though
what only the other window changed is kept (``kit/conflict.keep_theirs``).
"""

from __future__ import annotations

from bounceback_tui.ui.kit.conflict import ConflictScreen
from bounceback_tui.ui.kit.text import markup_with


def test_a_quoted_question_is_not_asked_twice() -> None:
    asked = markup_with(
        "Delete “$question”?", question="How did you handle a difficult stakeholder?"
    )
    assert asked.plain == "Delete “How did you handle a difficult stakeholder?”"
    # A name that is not a question keeps the sentence's own mark.
    assert markup_with("Delete “$title”?", title="SQL").plain == "Delete “SQL”?"
    assert markup_with("Remove “$title” from this plan?", title="Why?").plain == (
        "Remove “Why?” from this plan?"
    )


def test_the_two_window_choice_says_the_other_windows_changes_stay() -> None:
    screen = ConflictScreen("Acme was changed in another window.", deleted=False)
    labels = [label for _id, label, _variant in screen._buttons()]
    assert labels == ["Reload", "Save my changes"]
    assert "over it" not in screen.detail
    # Saving puts this window's edits on top of the other's, which keep the rest.
    assert "adds them to the other window's" in screen.detail
