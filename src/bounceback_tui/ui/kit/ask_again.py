"""A form asks before saving what is there already: "Add another?"

The add-application form asks it of an application already in the Pipeline
(``ui/pipeline/add_duplicate.py``), the Skills form of an item with the title of an open
one (``ui/skills/form.py``), on an edit too ("Save it too"). No (the default, Escape too)
changes nothing: the form stays open as typed, its bottom line saying it is not saved yet,
and the focus goes back where it was; yes saves it (a second one is never refused: it is the
person's to make).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import Static

from bounceback_tui.ui.kit.confirm import ConfirmScreen

if TYPE_CHECKING:
    from textual.screen import Screen


def ask_before_saving_again(
    form: Screen[object],
    question: Content,
    detail: str | Content,
    kept_open: Content,
    save: Callable[[], None],
    *,
    confirm_label: str = "Add another",
) -> None:
    """Ask over ``form``; yes (``confirm_label``) runs ``save``, no shows ``kept_open`` on the
    form's bottom line (``#form-message``) and gives the focus back where it was."""
    focused = form.focused

    def answered(add: bool | None) -> None:
        if add:
            save()
            return
        form.query_one("#form-message", Static).update(kept_open)
        if focused is not None and focused.is_attached:
            focused.focus()

    form.app.push_screen(
        ConfirmScreen(
            question,
            detail,
            confirm_label=confirm_label,
            cancel_label="Keep editing",
            danger=False,
        ),
        answered,
    )


class SavesAgainOnYes:
    """For a form that asks "Add another?" in its ``action_save``: ``_save_again`` saves as
    the person said yes to, ``_asked_again`` true meanwhile, so the save does not ask again
    (the add-application form and the Skills form each had this, line for line)."""

    _asked_again = False  # "Add another?" answered yes: this save goes ahead

    if TYPE_CHECKING:

        def action_save(self) -> None: ...  # the form's own

    def _save_again(self) -> None:
        self._asked_again = True
        try:
            self.action_save()
        finally:
            self._asked_again = False
