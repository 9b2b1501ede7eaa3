"""The end of a walk: back to the panes as a person leaves (``_way_out``, one move at a time, no
random draw), then the app's own Quit, which must close it (``_leave_and_quit``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.widgets import Input, TextArea

from bounceback_tui.ui.app import BouncebackApp
from tests.monkey.moves import Move
from tests.monkey.navigate import _to_main
from tests.monkey.reading import _filler_for, _on_main, _press, _typing_target

if TYPE_CHECKING:
    from tests.monkey.walker import _Walk


# Moves back to the panes before the final Quit (``_way_out``): a Reframe record with a
# conflict to settle and refused text on three steps takes about a dozen.
QUIT_PATIENCE = 24
# Binding ids' last words that take a person out of where they are (a field's page, a dialog).
LEAVING_WORDS = ("close", "cancel", "back")
# A conflict dialog's choices that settle it, in the order the way out takes them. Its
# Escape ("keep editing") goes back to the page, whose Escape asks again: the 2114 walk's
# way out went round that (Escape, Escape, ...) until it gave up.
SETTLING_CHOICES = ("conflict.reload", "conflict.as_new", "conflict.discard")
# What the way out tries in a field its leaving key did not leave, one move each.
WAY_OUT_STAGES = ("leave", "clear", "leave", "fill", "leave", "tab")


def _leaving_key(app: BouncebackApp) -> str:
    """The key of the first enabled binding here that leaves (its id's last word is in
    ``LEAVING_WORDS``), as the active bindings have it (the keymap in force); else Escape."""
    for key, entry in app.screen.active_bindings.items():
        binding_id = entry.binding.id or ""
        if entry.enabled and binding_id.rpartition(".")[2] in LEAVING_WORDS:
            return key
    return "escape"


def _way_out(walk: _Walk) -> Move:
    """The next move back to the panes for the final Quit, as a person leaves: a conflict
    dialog settled with its first settling choice, any other dialog closed (``_to_main``),
    and on the panes, out of a field with the page's own leaving key (``_leaving_key``). A
    field the key did not leave is tried in stages (``WAY_OUT_STAGES``): its text cleared
    (what the page refused), the key again, a line every field takes if it is empty (one
    that must be filled: Reframe's thought), the key again, then Tab. It runs after the
    walk's steps and draws no random number: a seed's steps stay the same, and so does its
    end."""
    from bounceback_tui.ui.kit.conflict import ConflictScreen

    app = walk.app
    if not _on_main(app):
        walk.left_from, walk.way_out_stage = None, 0  # what the dialog did changes the page
        if isinstance(app.screen, ConflictScreen):
            for binding_id in SETTLING_CHOICES:
                move = _press(app, binding_id)
                if move is not None:
                    return move
        return _to_main(app) or Move("key", "escape")
    focused = app.focused
    if focused is not walk.left_from:
        walk.left_from, walk.way_out_stage, walk.way_out_acted = focused, 0, False
    while True:
        stage = WAY_OUT_STAGES[walk.way_out_stage % len(WAY_OUT_STAGES)]
        if stage in ("leave", "tab"):
            walk.way_out_stage += 1
            walk.way_out_acted = False
            return Move("key", _leaving_key(app) if stage == "leave" else "tab")
        move = _clearing_move(focused) if stage == "clear" else _filling_move(focused)
        if move is not None:
            walk.way_out_acted = True
            if stage == "fill":  # one move; clearing goes on until the field is empty
                walk.way_out_stage += 1
            return move
        # Cleared (on to the key), or nothing to clear or fill: the key again would change
        # nothing, so on past it too.
        walk.way_out_stage += 1 if walk.way_out_acted else 2
        walk.way_out_acted = False


def _clearing_move(field: Any) -> Move | None:
    """The next key that deletes a field's text (None once it is empty)."""
    if isinstance(field, Input) and field.value:
        return Move("key", "ctrl+u" if field.cursor_position else "ctrl+k")
    if isinstance(field, TextArea) and field.text:
        return Move("key", "backspace" if field.selected_text else "f7")
    return None


def _filling_move(field: Any) -> Move | None:
    """A line every field takes (``_filler_for``), typed into an empty field."""
    empty = not (field.value if isinstance(field, Input) else getattr(field, "text", ""))
    return Move("type", _filler_for(field)) if empty else None


def _quit_key(app: BouncebackApp) -> str:
    keys = app.keys_in_use.get("app.quit", "q")
    return keys.split(",")[0]


async def _leave_and_quit(walk: _Walk, pilot: Any) -> None:
    """After the last step: the way out, then the Quit (a failure if either gets nowhere)."""
    app = walk.app
    for _ in range(QUIT_PATIENCE):
        if _on_main(app) and not _typing_target(app):
            break
        await walk.perform(pilot, _way_out(walk))
        await walk.settle(pilot)
        walk.check_step()
    if not _on_main(app) or _typing_target(app):
        # Quit would be typed into the field (the 2114 walk): say where it stuck.
        raise walk.fail(f"no way back to the panes to quit from {app.screen.focused!r}")
    quit_key = _quit_key(app)
    walk.moves.append(Move("quit", quit_key))
    walk._note_binding(quit_key)
    await pilot.press(quit_key)
    await pilot.pause()
    if app.is_running:
        await pilot.pause(0.2)
    if app.is_running:
        raise walk.fail(f"the app's Quit ({quit_key}) left it running")
