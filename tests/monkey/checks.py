"""The checks after every step (``check_step``): no exception, no background worker that failed
quietly, no toast reporting an unexpected error (``unexpected_toast``), nothing wrong with the
focus (the app's ``focus_problem``, and ``focus_dead_end``: the keys reach something a person
can see on the active screen), a dialog that leaves the key bar's row free
(``key_bar_covered``); and what the step reached (a screen, a binding id), which starts every
lure's patience afresh. None of them draws a random number: a check only reads, so it never
changes a walk's path."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.widget import Widget
from textual.widgets import Footer, Tooltip
from textual.widgets._toast import ToastRack

from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.key_bar import KeyBar

if TYPE_CHECKING:
    from textual.app import App

    from tests.monkey.walker import _Walk


# Error toasts a person can meet in a walk, in the app's own words (each: why it is fine).
EXPECTED_ERRORS: tuple[tuple[str, str], ...] = (
    (
        r"^Your text could not be kept\. Copy it or fix what the message says",
        "a recovery answer the store refuses (too long, control characters) on Escape: the "
        "answer box says why, and a second Escape closes without it (never a trap)",
    ),
)

_INTERNAL_ERROR = re.compile(
    r"Traceback|\b[A-Z]\w*(?:Error|Exception)\b|NoMatches|\[Errno|object has no attribute"
    r"|NoneType|unexpected keyword|positional argument"
)


@dataclass(frozen=True, slots=True)  # every toast of a walk is kept: as Move, slots
class Toast:
    message: str
    title: str
    severity: str


def unexpected_toast(toast: Toast) -> str | None:
    """Why this toast reports an unexpected error, or None if it is fine (see the module)."""
    text = f"{toast.title}: {toast.message}"
    if _INTERNAL_ERROR.search(text):
        return f"a toast reads like an internal error: {text!r}"
    if toast.severity == "error" and not any(
        re.search(pattern, toast.message) for pattern, _why in EXPECTED_ERRORS
    ):
        return f"an error toast that no expected failure explains: {text!r}"
    return None


def key_bar_covered(app: App[object]) -> str | None:
    """What covers the key bar's row, or None. The app's bar is the bottom row of the panes'
    screen and shows through the dialogs over it (``KeyBar._keys_screen``); a dialog whose box
    reaches that row hides the keys it says to use (ux11 found two at 80x24). A screen with a
    bar of its own (the tour) or one that fills the terminal is not over a bar (a dialog over
    Settings is over Settings' own). Textual's toasts stop above the row and its tooltip
    follows the mouse: neither counts. It only reads (no random draw)."""
    stack = app.screen_stack
    screen = stack[-1]
    under = next((s for s in reversed(stack) if not s.is_modal), stack[0])
    if screen is under or not under.query(KeyBar) or screen.query(KeyBar) or screen.query(Footer):
        return None
    last_row = app.size.height - 1
    for child in screen.children:
        if isinstance(child, (ToastRack, Tooltip)) or not child.display:
            continue
        region = child.region
        if region.height and region.bottom > last_row:
            name = f"#{child.id}" if child.id else type(child).__name__
            return (
                f"{type(screen).__name__}'s {name} covers the key bar's row "
                f"(rows {region.y}-{region.bottom - 1} of {app.size.height})"
            )
    return None


def _named(widget: Widget) -> str:
    return f"{type(widget).__name__}#{widget.id}" if widget.id else type(widget).__name__


def _passes_through(widget: Widget) -> bool:
    """A toast or the tooltip: over other widgets for a moment, never in the keys' way."""
    return any(isinstance(node, (ToastRack, Tooltip)) for node in widget.ancestors_with_self)


def focus_dead_end(app: App[object]) -> str | None:
    """Where the keys go now, if that is nowhere a person can see, in words; else None.

    ``app.focused`` (what Textual sends keys to: None while the focused widget is loading)
    must be a widget still in the app, on the active screen (``app.screen``, the top of the
    stack), shown (it and every container up to the screen displayed, it visible, drawn
    with a size, some of it inside what its containers show) and not hidden behind
    something drawn over it on that screen (a widget on a higher layer covering every cell
    of it; toasts and the tooltip pass for a moment and do not count). It adds to
    ``focus_problem`` (the app's rule, which reads the screen's ``focused``) what a person
    sees; it only reads (no random draw)."""
    screen = app.screen
    where = type(screen).__name__
    focused = app.focused
    if focused is None:
        held = screen.focused
        if held is not None:
            return f"{_named(held)} holds focus on {where} but is loading: keys reach nothing"
        return f"nothing has focus on {where}"
    name = _named(focused)
    if not focused.is_attached:
        return f"{name} has focus on {where} but is no longer in the app"
    if focused.screen is not screen:
        return f"{name} has focus but is on {type(focused.screen).__name__}, not {where}"
    # `display: none` hides all within; `visibility` is inherited but a child may set its
    # own (the palette's input shows in a hidden box), so only the widget's own counts.
    for node in focused.ancestors_with_self:
        if node is screen or not isinstance(node, Widget):
            break
        if not node.display or (node is focused and not node.visible):
            hidden = "it is" if node is focused else f"{_named(node)} around it is"
            return f"{name} has focus on {where} but {hidden} hidden"
    placed = screen._compositor.visible_widgets.get(focused)
    if placed is None:
        return f"{name} has focus on {where} but is not drawn (no size, or out of sight)"
    region, clip = placed
    seen = region.intersection(clip)
    if not seen.area:
        return f"{name} has focus on {where} but none of it is in sight"
    cover: Widget | None = None
    for y in range(seen.y, seen.bottom):
        for x in range(seen.x, seen.right):
            top = next((w for w, _ in screen.get_widgets_at(x, y) if not _passes_through(w)), None)
            if top is not None and focused in top.ancestors_with_self:
                return None  # a cell of it (or of what it holds) shows
            cover = cover or top
    if cover is None:
        return f"{name} has focus on {where} but is not drawn"
    return f"{name} has focus on {where} but {_named(cover)} covers all of it"


def check_step(walk: _Walk) -> None:
    """After every step, in this order (the order is part of the walk: see the package)."""
    app = walk.app
    error = getattr(app, "_exception", None)
    if error is not None:
        raise walk.fail(f"the app raised {error!r}") from error
    if not app.is_running:
        raise walk.fail(f"the app stopped (return code {app.return_code})")
    if walk.stubs.failed_workers:
        raise walk.fail(f"a background task failed: {walk.stubs.failed_workers[0]}")
    for toast in walk.toasts[walk._checked_toasts :]:
        problem = unexpected_toast(toast)
        if problem:
            raise walk.fail(problem)
    walk._checked_toasts = len(walk.toasts)
    walk._screen_shown(app.screen)
    reached = len(walk.coverage.screens) + len(walk.coverage.binding_ids)
    if reached > walk._reached:
        walk._reached = reached
        walk.lure_moves.clear()  # something new: every lure's patience starts afresh
        walk.stalls.progress()
    problem = focus_problem(app) or focus_dead_end(app)
    if problem:
        raise walk.fail(f"focus: {problem}")
    problem = key_bar_covered(app)
    if problem:
        raise walk.fail(f"key bar: {problem}")
