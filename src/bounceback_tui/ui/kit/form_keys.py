"""The line of keys at the bottom of a form: how to save and cancel from where the cursor is.

In a one-line field Enter saves; in a text area Enter starts a new line and on a dropdown
Enter opens it, so saving there takes the save key; in a dropdown's open list Enter chooses
and Escape closes the list (the form stays). Escape is written as every dialog's keys line
writes it (``key_text.esc_of``: "Esc"): the form's line read "esc cancel" under a question
that read "n/Esc no".

Saving and cancelling are said in the words of the form's buttons, as the key bar under it
says them (kit/bar_bindings.py): the follow-a-board form read "Enter save  Esc cancel" over
the buttons Follow, Cancel and the bar's "^s Follow  Esc Cancel".
"""

from __future__ import annotations

from typing import Any, Literal

from textual.content import Content
from textual.screen import Screen

from bounceback_tui.ui.kit.key_text import esc_of

Where = Literal["field", "text", "dropdown", "list"]


def form_keys_hint(form: Screen[Any], where: Where) -> Content:
    """The line for ``where`` on ``form``, saving named as its save button names it (its
    ``submit_label``: app-written words, shown as plain text) and cancelling as Cancel."""
    app = form.app
    save_words = str(getattr(form, "submit_label", "Save"))
    cancel_words = "Cancel"  # the form's own button (kit/form.py)
    # The person's own keys when the app knows them (forms also run in test harnesses).
    label = getattr(app, "key_label", None)
    save = label("form.save", "ctrl+s") if label else "^s"
    cancel = esc_of(app, "form.cancel")
    saving = f" {save_words}  "
    if where == "field":
        return Content.assemble(("Enter", "bold"), saving, (cancel, "bold"), f" {cancel_words}")
    enter = " New line  " if where == "text" else " Choose  "
    if where == "list":
        leave = ((esc_of(app, "dropdown.close"), "bold"), " Close")
    else:
        leave = ((cancel, "bold"), f" {cancel_words}")
    return Content.assemble((save, "bold"), saving, ("Enter", "bold"), enter, *leave)
