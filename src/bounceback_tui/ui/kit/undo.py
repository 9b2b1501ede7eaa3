"""What every `u` shares beyond the pane's own entries (``Pane.remember_undo``): the note
after it, and letting go of what it could take back once the store is replaced.

- ``say_brought_back(widget, back, usual)``: the pane's own note when the undo brought back
  everything (``usual``); when a link could not come back, because what it led to was deleted
  in another window meanwhile, the whole story as a warning ("Alex Morgan is back; the link
  to Oakleaf's application was not, as it was deleted in another window.",
  ``services/bring_back.py``).
- ``deleted_words(deleted, column)``: what the deleted row said in ``column`` (a skill's title,
  a thought), for a note that names what came back in one family of words: "“Learn SQL” is
  back.", "Kenji Tanaka is back." ("Put back.", "Brought back." named nothing: a stranger's
  walk).
- ``drop_undo_everywhere(app)``: a restore, an import with --replace or demo data replaced
  the store under the window ("Store replaced", ``ui/app_panes.py``); what `u` would take back
  was taken from the store before, so every pane and dialog that keeps an undo
  (``KeepsUndo``) forgets it and `u` leaves the key bar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from textual.app import App
from textual.content import Content

from bounceback_tui.ui.kit.text import ContentNotify, plain

if TYPE_CHECKING:  # the type alone: the ORM is not imported before the first paint
    from bounceback_tui.services.bring_back import BroughtBack


def say_brought_back(
    widget: ContentNotify,
    back: BroughtBack | None,
    usual: str | Content | None,
    *,
    title: str = "",
    timeout: float | None = None,
) -> None:
    """The note after an undo: ``usual`` (None: no note), or what did not come back."""
    if back is None or not back.lost:
        if usual is not None:
            widget.notify(usual, title=title, timeout=timeout)
    else:
        widget.notify(plain(back.note), severity="warning", title="Not every link came back")


def deleted_words(deleted: object, column: str, most: int = 60) -> str:
    """The first deleted row's ``column`` (the record the person deleted, before what went
    with it), on one line and clipped to ``most`` cells; "" if it had none."""
    from bounceback_tui.ui.kit.cells import clip

    rows = getattr(deleted, "rows", None) or [("", [{}])]
    first = rows[0][1][0] if rows[0][1] else {}
    return clip(" ".join(str(first.get(column) or "").split()), most)


@runtime_checkable
class KeepsUndo(Protocol):
    """A pane or dialog with something `u` can take back."""

    def drop_undo(self) -> None:
        """Forget everything `u` could take back, and update the key bar."""


def drop_undo_everywhere(app: App[Any]) -> int:
    """Every pane and open dialog forgets its undo; returns how many were told."""
    holders = [
        node
        for screen in app.screen_stack
        for node in (screen, *screen.walk_children(with_self=False))
        if isinstance(node, KeepsUndo)
    ]
    for holder in holders:
        holder.drop_undo()
    return len(holders)
