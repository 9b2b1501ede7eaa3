"""A key the pane did not offer when it was pressed does not act once the pane offers it.

Keys wait in the app's line while the one before them is on its way (``keys_in_order``).
A pane that a read in a thread changes meanwhile (Today's interviews arriving: `h` "How
did it go?" offered from then on) ran a waiting key it had refused when it was pressed:
`h`, pressed before Today listed an interview, opened "How did it go at …?" seconds later,
and the `2` pressed after it (meant: go to the Pipeline) was typed into its first field (a
stranger's walk). The pane calls ``keys_about_to_change`` before showing such a read: each
key in the line that it refuses then is marked, and when its turn comes, on the same screen
and pane, and the pane would run it now, it does not act; it says what it would have said
when pressed ("No interview to ask about yet: …"), and the keys after it go on, to the pane
(the `2` to the Pipeline). A key that the person's own keys before it made valid (`]` then
`u`) is never marked: only a change from outside the line marks keys. A key that a dialog
opened by a valid key takes (`a`, then the company) is typed into it as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from textual import events

from bounceback_tui.ui.kit.refused_keys import refusal, runs_now, say_note

if TYPE_CHECKING:
    from textual.app import App
    from textual.content import Content
    from textual.widget import Widget

# Each key in the line that its pane refused just before a read changed the pane: the pane,
# and what it said for the key then.
_refused: WeakKeyDictionary[events.Event, tuple[Widget, str | Content | None]] = WeakKeyDictionary()


def keys_about_to_change(pane: Widget) -> None:
    """Before ``pane`` shows what a read in a thread brought (it may offer keys it refused):
    mark the keys waiting in the app's line that it refuses now, up to the first one it
    would run now: the keys after that one depend on it (`]` then `u`), and are not marked."""
    line = getattr(pane.app, "keys_in_line", None)
    if line is None:
        return
    for event in line():
        if not isinstance(event, events.Key) or event in _refused:
            continue
        refused, note = refusal(pane, event.key)
        if refused:
            _refused[event] = (pane, note)
        elif runs_now(pane, event.key):
            return


def refused_when_pressed(app: App[Any], event: events.Event) -> bool:
    """Whether ``event``, about to be sent, is a key its pane refused when it was pressed
    and would run now, on the same screen and pane: then it has said so, and is not to be
    sent."""
    pane, note = _refused.pop(event, (None, None))
    if pane is None or not isinstance(event, events.Key):
        return False
    if not pane.is_attached or pane.screen is not app.screen or not pane.display:
        return False  # a dialog or another pane takes it now, as any waiting key
    if refusal(pane, event.key)[0]:
        return False  # refused still: it says why as it is sent
    if note:
        say_note(pane, note)
    return True
