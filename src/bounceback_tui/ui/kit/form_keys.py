"""The line of keys at the bottom of a form: how to save and cancel from where the cursor is.

In a one-line field Enter saves; in a text area Enter starts a new line and on a dropdown
Enter opens it, so saving there takes the save key; in a dropdown's open list Enter chooses
and Escape closes the list (the form stays). Escape is written as every dialog's keys line
writes it (``key_text.esc_of``: "Esc"): the form's line read "esc cancel" under a question
that read "n/Esc no".
"""

from __future__ import annotations

from typing import Literal

from textual.app import App
from textual.content import Content

from bounceback_tui.ui.kit.key_text import esc_of

Where = Literal["field", "text", "dropdown", "list"]


def form_keys_hint(app: App[object], where: Where) -> Content:
    # The person's own keys when the app knows them (forms also run in test harnesses).
    label = getattr(app, "key_label", None)
    save = label("form.save", "ctrl+s") if label else "^s"
    cancel = esc_of(app, "form.cancel")
    if where == "field":
        return Content.assemble(("Enter", "bold"), " save  ", (cancel, "bold"), " cancel")
    enter = " new line  " if where == "text" else " choose  "
    if where == "list":
        leave = ((esc_of(app, "dropdown.close"), "bold"), " close")
    else:
        leave = ((cancel, "bold"), " cancel")
    return Content.assemble((save, "bold"), " save  ", ("Enter", "bold"), enter, *leave)
