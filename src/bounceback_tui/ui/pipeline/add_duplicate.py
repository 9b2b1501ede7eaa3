"""The add form asks before saving an application already in the Pipeline.

Two windows, or a second `a` moments after the first, saved two identical applications
without a word. Saving a new application the import would call a duplicate
(``services/already_there.py``: the same posting, or the same company and role applied
within two months) now asks "Acme (Engineer) is already in your Pipeline, applied 2 Dec. Add
another?"; no (the default, Escape too) keeps the form open as typed, yes saves it (a real
re-application is never refused).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from bounceback_tui import clock
from bounceback_tui.domain.dates import day_month
from bounceback_tui.domain.text import app_name
from bounceback_tui.ui.kit.ask_again import ask_before_saving_again
from bounceback_tui.ui.kit.text import plain

if TYPE_CHECKING:
    from textual.screen import Screen

    from bounceback_tui.services.already_there import AlreadyThere

KEPT_OPEN = "Not saved yet: {app} is already in your Pipeline."


def question(there: AlreadyThere) -> str:
    """ "Acme (Engineer) is already in your Pipeline, applied 2 Dec. Add another?" """
    name = app_name(there.company, there.role)
    if there.date_applied is None:
        return f"{name} is already in your Pipeline. Add another?"
    day = day_month(there.date_applied, clock.today())
    return f"{name} is already in your Pipeline, applied {day}. Add another?"


def ask_before_adding_again(
    form: Screen[object], there: AlreadyThere, save: Callable[[], None]
) -> None:
    """Ask over ``form`` (``ui/kit/ask_again.py``); yes runs ``save``, no says the form is not
    saved yet and gives the focus back where it was."""
    ask_before_saving_again(
        form,
        plain(question(there)),
        "Saving adds it again, as its own application (applied again, say).",
        plain(KEPT_OPEN.format(app=app_name(there.company, there.role))),
        save,
    )
