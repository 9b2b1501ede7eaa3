"""The app sends keys one at a time: the mixin behind ``ui/kit/type_ahead.py``'s promise.

A key or paste that arrives while the one before it is still on its way (sent down to the
focused widget, not yet handled) waits in the app, in order, and is sent once that one has
been handled: it came back up to the app and its binding ran, or it was taken on the way.
It waits too while a dialog is opening or a pane opens something in place
(``type_ahead.opening``). So nothing typed after `a` is sent to the pane behind the form `a`
opens. A key that comes back up after a dialog opened by other means, or from a pane no
longer shown, goes first in line again. A paste comes from the terminal whole and in order,
its control characters dropped (``ui/kit/paste_input.py``).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from textual import events
from textual.message import Message

from bounceback_tui.ui.kit.focus import typing_in_sight
from bounceback_tui.ui.kit.paste_input import PastesInOrder
from bounceback_tui.ui.kit.type_ahead import Held, _copy, _holding, opening
from bounceback_tui.ui.kit.typed_keys import types_a_character, with_a_modifier

if TYPE_CHECKING:
    from textual.app import App
    from textual.message_pump import MessagePump
    from textual.screen import Screen
    from textual.timer import Timer

    _AppBase = App[Any]
else:
    _AppBase = object

# How long a key may be on its way before the app looks whether it was lost (the widget it
# was sent to removed with the message behind it); a key still on its way is waited for.
OVERDUE_SECONDS = 0.5
OVERDUE_LOOKS = 20
# How often ``call_once_keys_done`` looks again while a key is on its way.
IDLE_LOOK_SECONDS = 0.1


class KeyHandled(Message):
    """Sent behind a key that went up from the widget it was sent to: it follows the key up
    the same widgets, so it reaches the app once the key has been handled or taken on the
    way."""

    def __init__(self, key: Held) -> None:
        super().__init__()
        self.key = key


# The screen (and the pane shown on it) each key or paste was sent to, until it comes back
# up to the app.
_sent_to: WeakKeyDictionary[events.Event, tuple[Screen[Any], str | None]] = WeakKeyDictionary()


def note_sent(event: Held, screen: Screen[Any], pane: str | None = None) -> None:
    """The app is about to send ``event`` (a key or paste) into ``screen``, where the pane
    with id ``pane`` is shown (None: a screen without panes)."""
    _sent_to[event] = (screen, pane)


def redirect_to_dialog(app: App[Any], event: Held, pane: str | None = None) -> bool:
    """``event`` came back up to the app unhandled. If a dialog opened over the screen it
    was sent to, or that screen shows another pane (``pane`` now), it goes first in line
    again, to be sent to where it belongs now (and nothing more is done with it here).
    True if so."""
    sent_to, sent_pane = _sent_to.pop(event, (None, None))
    if sent_to is None or sent_to not in app.screen_stack:
        return False
    if sent_to is app.screen and (sent_pane is None or sent_pane == pane):
        return False
    event.stop()
    event.prevent_default()
    copy = _copy(app, event)
    if isinstance(app, KeysInOrder):
        app.send_first(copy)
    else:
        app.post_message(copy)
    return True


class KeysInOrder(PastesInOrder):
    """Mix into the App (before App): sends keys and pastes one at a time, each once the one
    before it has been handled and no dialog is opening; notes where each was sent, and sends
    one that comes back up after a dialog opened or the pane changed where it belongs now."""

    _keys_waiting: list[Held] | None = None
    _key_passing: Held | None = None  # taken from the waiting line, on its way to on_event
    _key_on_way: weakref.ref[Held] | None = None  # sent, not known to be handled yet
    _key_sent_to: MessagePump | None = None
    _key_asked = False  # a KeyHandled follows the key on its way
    _key_overdue: Timer | None = None
    _key_looks = 0

    def shown_pane(self) -> str | None:
        """The id of the pane the main screen shows now (None: an app without panes)."""
        return None

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.Key, events.Paste)) and not event.is_forwarded:
            if not self.screen_stack:
                return  # the app is closing: a key that waited has nowhere to go
            if event is self._key_passing:
                self._key_passing = None
                # Only a key that waited: not imported before the first paint.
                from bounceback_tui.ui.kit.keys_not_offered import refused_when_pressed

                if refused_when_pressed(self, event):
                    self.call_later(self.send_waiting_keys)
                    return
            elif not self._typing_on() and self._keys_busy():
                self._wait(event)
                return
            await self._send(event)
            return
        await super().on_event(event)

    # --- one at a time -------------------------------------------------------------------

    def _on_way(self) -> Held | None:
        """The key sent last, while it may still be on its way (a key nothing holds any more
        has been handled)."""
        key = self._key_on_way() if self._key_on_way is not None else None
        if key is None:
            self._key_on_way = None
        return key

    def _typing_on(self) -> bool:
        """True when the key on its way is a letter, a joiner (``typed_keys``) or a paste
        sent to the text field that still has focus, and nothing waits: a field takes such a
        key whatever it is (no binding runs, nothing opens), so the next can follow it at
        once. A fast typist's or a text expander's burst into a field costs no more than
        before."""
        key, field = self._on_way(), self._key_sent_to
        if key is None or field is not self.focused or self._keys_waiting:
            return False
        if isinstance(key, events.Key) and not (key.is_printable or types_a_character(key)):
            return False
        if isinstance(key, events.Key) and with_a_modifier(key):
            return False  # alt+s prints, but a binding may have it (``fields.bound_above``)
        if self._key_passing is not None or opening(self):
            return False
        # Here, not at the top: this module is imported before the first paint.
        from textual.widgets import Input, TextArea

        if isinstance(field, TextArea):
            return not field.read_only
        return isinstance(field, Input)

    def _keys_busy(self) -> bool:
        return bool(
            self._key_passing is not None
            or self._keys_waiting
            or self._on_way() is not None
            or opening(self)
        )

    async def _send(self, event: Held) -> None:
        target: MessagePump = self.focused or self.screen
        typing_in_sight(target, event)  # a field the wheel scrolled away: back in sight
        note_sent(event, self.screen, self.shown_pane())
        self._key_on_way, self._key_sent_to, self._key_asked = weakref.ref(event), target, False
        await super().on_event(event)
        if not event.is_forwarded:  # a priority binding ran, or an opening dialog holds it
            self._key_done()
            if self._keys_waiting:
                self.call_later(self.send_waiting_keys)
        elif self._keys_waiting:
            self._ask_after()

    def _wait(self, event: Held) -> None:
        if self._keys_waiting is None:
            self._keys_waiting = []
        self._keys_waiting.append(event)
        self._ask_after()

    def send_first(self, event: Held) -> None:
        """Send ``event`` before the keys waiting (it was typed before them)."""
        if self._keys_waiting is None:
            self._keys_waiting = []
        self._keys_waiting.insert(0, event)

    def _ask_after(self) -> None:
        """Learn when the key on its way has been handled: a callback behind it where it was
        sent sees whether it was taken there (a field took a letter: the common case in a
        burst); if not, a KeyHandled follows it up from there."""
        key = self._on_way()
        if key is None or self._key_asked:
            return
        self._key_asked = True
        target = self._key_sent_to
        if target is None or not target.call_later(self._at_target, key, target):
            self._key_done()
            self.call_later(self.send_waiting_keys)
            return
        self._key_looks = 0
        self._key_overdue = self.set_timer(OVERDUE_SECONDS, self._look_at_overdue_key)

    def _at_target(self, key: Held, target: MessagePump) -> None:
        """Runs where ``key`` was sent, after it was handled there."""
        parent = target._parent
        # Stopped there: taken (or, sent by the app to a screen, passed up to the app ahead
        # of this callback's answer).
        if key._stop_propagation or parent is None or not parent.post_message(KeyHandled(key)):
            self.call_later(self._handled, key)

    def on_key_handled(self, message: KeyHandled) -> None:
        message.stop()
        # After whatever the key's action asked for (a focus move is a call_later too).
        self.call_later(self._handled, message.key)

    def _handled(self, key: Held) -> None:
        if self._on_way() is key:
            self._key_done()
        self.send_waiting_keys()

    def _key_done(self) -> None:
        self._key_on_way, self._key_sent_to, self._key_asked = None, None, False
        if self._key_overdue is not None:
            self._key_overdue.stop()
            self._key_overdue = None

    def _look_at_overdue_key(self) -> None:
        """The KeyHandled behind a key is late: wait on while the widget it was sent to is
        still there (a busy machine), not when it is gone (and the message with it)."""
        self._key_overdue = None
        target = self._key_sent_to
        self._key_looks += 1
        alive = target is not None and getattr(target, "is_attached", True)
        if self._on_way() is not None and alive and self._key_looks < OVERDUE_LOOKS:
            self._key_overdue = self.set_timer(OVERDUE_SECONDS, self._look_at_overdue_key)
            return
        self._key_done()
        self.send_waiting_keys()

    def keys_in_line(self) -> list[Held]:
        """The keys and pastes waiting to be sent, the one taken to be sent next first."""
        passing = [self._key_passing] if self._key_passing is not None else []
        return passing + list(self._keys_waiting or ())

    def keys_waiting(self) -> bool:
        """Whether keys wait in the app to be sent (typed while something opened)."""
        return bool(self._keys_waiting)

    def call_once_keys_done(self, callback: Callable[[], object]) -> None:
        """``callback`` after the next frame, once no key is on its way or waiting (looked at
        again every ``IDLE_LOOK_SECONDS``). The warm-up's full collection (``ui/app.py``)
        ran between a `2` that had waited for the warm-up's import and the Pipeline's first
        frame: 0.08 s of CPU (0.46 s on a busy machine) at 100,000 applications."""
        if not self.screen_stack:
            return  # the app is closing
        if self._keys_busy():
            self.set_timer(IDLE_LOOK_SECONDS, partial(self.call_once_keys_done, callback))
            return
        self.call_after_refresh(callback)

    def send_waiting_keys(self) -> None:
        """Send the next waiting key, if the one before it has been handled and no dialog
        is opening (a dialog calls this as it opens)."""
        if not self._keys_waiting or self._key_passing is not None:
            return
        if self._on_way() is not None:
            self._ask_after()
            return
        if opening(self):
            return
        self._key_passing = self._keys_waiting.pop(0)
        # Through the app's queue, behind what is already there (a focus move, say).
        self.post_message(self._key_passing)

    # --- keys that come back up ------------------------------------------------------------

    def on_key(self, event: events.Key) -> None:
        # Runs before Textual's own key handling (the bindings).
        self._in_order(event)

    def on_paste(self, event: events.Paste) -> None:
        self._in_order(event)

    def _in_order(self, event: Held) -> None:
        if self._on_way() is event:
            # Handled once its binding (which runs next) has run, and what it asked for.
            self.call_later(self._handled, event)
        if redirect_to_dialog(self, event, self.shown_pane()):
            return
        holder = _holding.get(self)
        if holder is not None and holder.screen is self.screen:
            holder.take_held(event)
