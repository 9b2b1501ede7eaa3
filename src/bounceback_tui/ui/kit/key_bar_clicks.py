"""What a click on the key bar does: the clicked key's action, once, and nothing typed.

The bar used to press the key (``App.simulate_key``). A key pressed while a form opens
belongs to the form (``kit/type_ahead.py``), so a double-click on "e Edit" opened the form
and the second click typed an `e` into its first box: "Oakleaf Insurancee" (a stranger's
walk with the mouse). A click now runs the action of the binding the key would reach, as
Textual's binding check does, and the second click of a double-click (``Click.chain`` 2 and
more) does nothing. A dimmed key says why it does nothing, as the key does
(``kit/refused_keys.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widget import Widget

if TYPE_CHECKING:
    from textual import events
    from textual.screen import Screen


async def run_clicked_key(keys_screen: Screen, event: events.Click, key: str) -> None:
    """Run ``key`` (clicked on the bar) where the bar reads its keys (``keys_screen``): the
    action of its active binding, once; the later clicks of a chain do nothing."""
    from bounceback_tui.ui.kit.refused_keys import say_refused

    app = keys_screen.app
    if event.chain > 1 or keys_screen is not app.screen:
        return  # a double-click's second click, or a screen that covers the bar's
    active = keys_screen.active_bindings.get(key)
    if active is None:
        return
    if active.enabled:
        await app.run_action(active.binding.action, active.node)
    elif isinstance(active.node, Widget):
        say_refused(active.node, key)
