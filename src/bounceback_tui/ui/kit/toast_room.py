"""A dialog opened after a note does not sit under that note.

A note (a toast) stays about five seconds in the bottom right corner, and Textual draws it
over whatever screen is on top. Opened within those seconds, a form or dialog had its Save
and Cancel buttons under the last action's note ("Added", "Kept as a draft"): at 80x24 a
person met it on the second form they opened. The person has moved on by then, so when
one of the app's own dialogs opens, the information notes raised before it (at least
``EARLIER_SECONDS`` ago: the key that opened it came after them) are let go. A note raised
as the dialog opens (in the same step) stays, and so do warnings and errors: they time
out on their own, as before. An undo lets go of every information note before it
(``notes_of_the_undone_go``: they spoke of what was just undone), and so does showing
another pane (``notes_of_the_last_pane_go``: they spoke of the last one). The palette (a strip at
the top, often opened to act on what a note says: "u brings it back") and Textual's own
screens change nothing.

A warning that says how things stand rather than what went wrong (Skills' "4 skills are in
progress now; your limit is 3") is named by its title with ``standing``: it goes with the
information notes, and its pane lets it go (``notes_titled_go``) once it is no longer true.
It had stayed beside "3 of 3" after one was finished, and over the delete dialog.
"""

from __future__ import annotations

from time import time
from typing import Any

from textual.app import App
from textual.command import CommandPalette
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widgets._toast import ToastRack

# A note at least this old was on screen before the key that opened the dialog.
EARLIER_SECONDS = 0.5

# The titles of warnings that say how things stand (see the module).
_STANDING_TITLES: set[str] = set()


def standing(title: str) -> str:
    """Name a warning's ``title`` as one that says how things stand (see the module); returns
    the title, for the notify() that raises it."""
    _STANDING_TITLES.add(title)
    return title


def _passing(note: Any) -> bool:
    """A note that goes as the person moves on: information, or a standing warning."""
    return note.severity == "information" or note.title in _STANDING_TITLES


def earlier_notes_make_way(app: App[Any], screen: Screen[Any]) -> int:
    """Let go of the information notes raised before ``screen`` (one of the app's own
    dialogs) opened; returns how many."""
    if not screen.is_modal or isinstance(screen, CommandPalette):
        return 0
    if type(screen).__module__.startswith("textual."):
        return 0
    return let_notes_go(app, EARLIER_SECONDS)


def notes_of_the_last_pane_go(app: App[Any]) -> int:
    """Another pane shown: the information notes raised before the key go, as for a dialog.
    "If that was a mistake, u takes it back" followed the person to People, where `u` had
    nothing to undo (a stranger's walk, nineteenth round)."""
    return let_notes_go(app, EARLIER_SECONDS)


def notes_of_the_undone_go(app: App[Any]) -> int:
    """An undo: the information notes up to now go ("Deleted Acme. u brings it back", "If
    that was a mistake, u takes it back" stayed beside "Rejection taken back", a stranger's
    walk); the undo's own note follows. Returns how many went."""
    return let_notes_go(app, 0.0)


def notes_starting_go(app: App[Any], *starts: str) -> int:
    """Let go of the information notes whose text starts with one of ``starts``: a note
    about to say the same thing anew ("Sorted by Source ▲" after "Sorted by Mode ▲") takes
    the place of the last, rather than stacking up while `s` is pressed again and again."""
    earlier = [
        note
        for note in list(app._notifications)
        if note.severity == "information" and str(note.message).startswith(starts)
    ]
    return _unnotify(app, earlier)


def notes_titled_go(app: App[Any], title: str) -> int:
    """Let go of the notes titled ``title``, whatever their severity: a standing warning that
    is no longer true, or about to be said anew. Returns how many went."""
    return _unnotify(app, [note for note in list(app._notifications) if note.title == title])


def let_notes_go(app: App[Any], older_than: float) -> int:
    """Let go of the information notes raised at least ``older_than`` seconds ago."""
    now = time()
    earlier = [
        note
        for note in list(app._notifications)
        if _passing(note) and now - note.raised_at >= older_than
    ]
    return _unnotify(app, earlier)


def _unnotify(app: App[Any], notes: list[Any]) -> int:
    """Let ``notes`` go, from every screen that draws them: Textual redraws the top screen's
    notes alone, and the pane under a dialog shows through it, its notes with it."""
    for note in notes:
        app._unnotify(note, refresh=False)
    if notes:
        for screen in app.screen_stack:
            try:
                rack = screen.get_child_by_type(ToastRack)
            except NoMatches:
                continue
            app.call_later(rack.show, app._notifications)
    return len(notes)
