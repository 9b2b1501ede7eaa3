"""What Enter picks in the command palette, and what it says when it picks none.

Textual highlights the palette's first hit, and Enter runs the one highlighted. ``Palette``
(ui/commands.py) takes the highlight away, so Enter runs none of the list, when the first hit
did not match closely, was found through a slip two hits were taken for different words by,
or ends the session or throws something away without its name typed (docs/architecture.md,
"Enter in the palette"). Enter then says why, that the hits are listed, and which keys pick
one: never "Nothing matches", which a tester read under "Export as CSV" and "Add an
application", listed for "aplications".
"""

from __future__ import annotations

from typing import cast

from textual.binding import Binding
from textual.command import Command, CommandInput, CommandList, CommandPalette
from textual.widgets import Static

from bounceback_tui.ui.kit.text import toast_with

# What Enter says when it runs none of the hits listed: they are listed (never "Nothing
# matches": "aplications" said so over Export as CSV and Add an application), and the
# palette's keys that pick one ($down, $enter: ``say_why``).
PICK = "Pick one with $down and $enter, or type on."
# Weak hits only: listed, none picked ("qiut" for Quit, "mod" for the check-in's "mood").
NOT_CLOSE = f"Near matches are listed, none close enough to run from Enter. {PICK}"
# A slip the close hits were taken for different words by: listed, none picked.
NOT_ONE = (
    "Close matches are listed, and more than one fits what you typed, so Enter runs none "
    f"of them. {PICK}"
)
# An action that ends the session or throws something away, found by other words than its
# name (``search.names_label``): listed, none picked ("quiet" found Quit alone, one letter
# away, and Enter quit; "qu", the start of "questions", quit too).
NOT_BY_NAME = (
    'That found "$title", which $ends: $enter runs it only once "$word" is typed in full. '
    "Pick it with $down and $enter, or type on."
)
# A hit taken for other words that far below the first (the palette's scale; one slip costs
# about 0.08) is not the reading meant: "go to recovry" is Go to Recovery, not "Restore a
# backup" (its keywords "go" and "recover"), 0.077 below; "aplications" is "Export as CSV"
# and "Add an application" alike, 0.005 apart.
SLIP_APART = 0.04


def not_for_enter(results: CommandList) -> tuple[str, dict[str, str]] | None:
    """Why Enter picks none of the list (a note and its values), or None: its first hit
    (its best) did not match closely enough (``NOT_CLOSE``), ends the session or throws
    something away and was not named (``NOT_BY_NAME``), or was found through a slip
    another hit was taken for another word by (``NOT_ONE``)."""
    if results.option_count == 0:
        return None
    first = results.get_option_at_index(0)
    if not isinstance(first, Command):
        return None
    if getattr(first.hit, "confident", True) is False:
        return NOT_CLOSE, {}
    if getattr(first.hit, "named", True) is False:
        title = first.hit.text or ""
        word = next(iter(title.split()), "").casefold()
        return NOT_BY_NAME, {
            "title": title,
            "ends": getattr(first.hit, "ends", ""),
            "word": word,
        }
    guessed = getattr(first.hit, "guessed", ())
    if not guessed:
        return None  # as typed
    for index in range(1, results.option_count):
        other = results.get_option_at_index(index)
        if not isinstance(other, Command) or first.hit.score - other.hit.score >= SLIP_APART:
            break  # best first: the rest are further below
        if getattr(other.hit, "guessed", ()) != guessed:
            return NOT_ONE, {}
    return None


def say_why(palette: CommandPalette, why: tuple[str, dict[str, str]]) -> None:
    """The note of ``not_for_enter``, with the keys that pick a hit as bound: the palette's
    Down and its box's Enter (Textual's: no keymap id moves them), Enter in words."""
    note, values = why
    down = next((key for key, b in palette._bindings if b.action == "cursor_down"), "down")
    box = palette.query_one(CommandInput)
    enter = next((key for key, b in box._bindings if b.action == "submit"), "enter")
    keys = {
        "down": palette.app.get_key_display(Binding(down, "")),
        "enter": "Enter" if enter == "enter" else palette.app.get_key_display(Binding(enter, "")),
    }
    # Content, shown as it is by Textual's notify too (the store-problem screen's, which is
    # not ``kit/text.ContentNotify``), though typed ``str``.
    said = toast_with(note, **values, **keys)
    palette.app.notify(cast(str, said))
    # And above the list, which can cover the toast ("qu" at 80x24 filled the screen).
    for line in palette.query("#palette-note").results(Static):
        line.update(said)
        line.display = True
    from bounceback_tui.ui.palette_list import keep_the_bar_in_sight

    palette.call_after_refresh(keep_the_bar_in_sight, palette)  # the list below it, shorter
