"""Keeping long-lived objects out of the collector's way, and letting go of those that die.

The app freezes (``gc.freeze``) what is alive once a pane is built: modules, widgets, a
pane's 10,000 rows; a full collection then no longer walks them all on a keystroke. A
frozen object is never collected, though, and widgets hold reference cycles (parent and
child, message pumps), so two things would stay for good without this module:

- garbage that happened to be waiting for a collection when the app froze (the collector
  is off until the first screen is up, ``commands/run_app.py``): ``freeze_long_lived``
  collects it first;
- the panes of a store the app has left (the demo store and back, ``ui/app.use_store``):
  ``releasing_panes`` unfreezes everything before they are removed, so that they can be
  collected, and freezes what is left afterwards.

A thread worker's pool thread keeps naming it after it is done: Textual sets its
``active_worker`` context variable in that thread and never unsets it, so the worker, and
its pane, stay until the same thread runs another worker (one pane of a store left, per
thread). ``forgetting_worker`` wraps a thread worker's function so that its thread lets go.

Textual's ``StylesCache.get_inner_outer`` is an ``lru_cache`` on a method: its keys hold
every widget's ``StylesCache`` (and with it every line the widget drew) for as long as the
1,024 entries last, the widget long gone. ``release_render_caches`` empties it (it only
saves working out two background styles again).

Textual's ``TextArea`` and ``Input`` name themselves, with a callback that names them back,
in lists that only some later event prunes: a text area watches the app's theme (a list on
the app, pruned when the theme changes), and both subscribe to their screen's
``text_selection_started_signal`` (a ``WeakKeyDictionary`` whose value, the callback, holds
its own key, pruned when a text selection starts). A text area or a field removed stayed
alive until then, and with it what it names (the looks it kept, ``kit/focus_looks.py``, name
its dialog or its pane): by step 2,000 of the long walk 12 closed dialogs, and the panes of
a store left; on the main screen 17 fields a store switch. ``stop_watching`` takes a widget
out of both; ``PlainInput`` and ``PlainTextArea`` (every field and text area of the app)
call it when unmounted.

docs/performance.md ("Memory: the long walk and the steady figure") has what each bought.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import TypeVar

from textual._styles_cache import StylesCache
from textual.app import App
from textual.widget import Widget
from textual.worker import active_worker

from bounceback_tui.ui.kit.malloc_arenas import give_back_freed

Result = TypeVar("Result")

# Whether this process has frozen anything through freeze_long_lived (a test may run the
# app with its own freezing: then nothing here unfreezes what the test froze).
_state = {"froze": False}


def freeze_long_lived() -> None:
    """Move every object alive now (modules, widgets, a pane's 10,000 rows) out of the
    garbage collector's way. Without this, a periodic full collection walks them all
    and a keystroke now and then takes 150-250 ms instead of 30. What is already
    garbage is collected first: frozen, it would be kept for good."""
    gc.collect()
    give_back_freed()  # what that collection freed (kit/malloc_arenas.py)
    gc.freeze()
    gc.enable()
    _state["froze"] = True


def forgetting_worker(work: Callable[[], Result]) -> Callable[[], Result]:
    """``work`` (a thread worker's function), after which the pool thread that ran it no
    longer names its worker (see the module)."""

    @functools.wraps(work)
    def run() -> Result:
        try:
            return work()
        finally:
            # Only this thread's own context: the next worker it runs sets its own.
            active_worker.set(None)  # type: ignore[arg-type]  # no worker: Textual's var has no unset

    return run


def release_render_caches() -> None:
    """Let go of the drawn lines of widgets that are gone (see the module)."""
    StylesCache.get_inner_outer.cache_clear()


def stop_watching(widget: Widget) -> None:
    """Take ``widget`` out of the app's watchers and its screens' text selection signal
    (see the module): what Textual does, once the widget is closed, only the next time the
    theme changes or a text selection starts."""
    app = widget.app
    watchers: dict[str, list[tuple[object, object]]] = getattr(app, "__watchers", {})
    for entries in watchers.values():
        entries[:] = [entry for entry in entries if entry[0] is not widget]
    for screen in app.screen_stack:
        screen.text_selection_started_signal.unsubscribe(widget)


def release_widgets_gone(app: App[object]) -> None:
    """What Textual's caches hold of widgets removed (a dialog closed): their drawn lines
    and the ``query_one`` results that name them."""
    release_render_caches()
    app._query_one_cache.clear()
    for node in app.screen.walk_children(with_self=True):
        node._query_one_cache.clear()


def forget_removed(app: App[object]) -> None:
    """Empty the caches that Textual keys by the count of changes to a node's children:
    each ``query_one`` result (1,024 entries a node) and arrangement of its children (4), so
    a widget removed stays in its ancestors' caches after the count has moved on, and with
    it everything the widget held (a pane: its rows)."""
    app._query_one_cache.clear()
    for screen in app.screen_stack:
        for node in screen.walk_children(Widget, with_self=True):
            node._query_one_cache.clear()
            node._arrangement_cache.clear()


@asynccontextmanager
async def releasing_panes(app: App[object], freeze: Callable[[], None]) -> AsyncIterator[None]:
    """Around removing the panes of the store being left: unfrozen first, so the collector
    can take them once removed; then ``freeze`` (the app's ``freeze_long_lived``) again,
    once the screen has been laid out without them (until then the compositor's map and
    the focus messages still hold them)."""
    thawed = _state["froze"]
    if thawed:
        gc.unfreeze()
    try:
        yield
    finally:
        release_render_caches()
        forget_removed(app)
        if thawed:
            app.call_after_refresh(freeze)
