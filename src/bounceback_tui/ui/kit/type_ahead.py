"""Keys typed while a dialog is still opening reach it, in order.

A person presses `a` and starts typing the company at once. Textual sends each key to the
focused widget as it arrives, and checks the bindings only when the key comes back up to the
app; and a dialog takes a moment (longer on a busy machine, or while the Pipeline reads a big
store in its thread) before its first field has focus. So the letters after `a` were sent to
the pane before `a`'s binding opened the form, or reached the form before its field was
focused, or reached the field before the field's own Focus event, which selects what it
holds, so the next letter replaced them: "Acme" came out as "cme", "Ac", or nothing.

The mechanism, for every dialog at once:

- One key at a time (``KeysInOrder``, mixed into the App). A key or paste that arrives while
  the one before it is still on its way (sent down, not yet handled) waits in the app, in
  order, and is sent once that one has been handled: it came back up to the app and its
  binding ran, or it was taken on the way. A key taken on the way never comes back, so the
  app sends a small message behind it (``KeyHandled``) that follows it up the same widgets
  and reaches the app after it. A key typed after `a` is therefore never sent to the pane
  behind the form `a` opened, and never acts there.
- A dialog that mixes in ``TypeAhead`` is "opening" until its first field has focus and has
  had its Focus event (then whatever is typed lands after that, not under a selection), or
  until it has shown with nothing to focus. Keys wait in the app meanwhile, and are sent, in
  order, as soon as it is open.

A key sent to a screen that a dialog has covered since by other means (the welcome screen
at launch, say), or into a pane that is no longer shown (in a fast `6a` the `a` may meet the
pane being left, if its focus moves only after a refresh), comes back up to the app; it goes
first in line again, to the dialog or to what has focus in the pane shown now.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from textual import events
from textual.binding import Binding
from textual.message import Message

if TYPE_CHECKING:
    from textual.app import App
    from textual.message_pump import MessagePump
    from textual.screen import Screen
    from textual.timer import Timer
    from textual.widget import Widget

    _Base = Screen[Any]
    _AppBase = App[Any]
    _WidgetBase = Widget
else:
    _Base = object
    _AppBase = object
    _WidgetBase = object

Held = events.Key | events.Paste

# How long a key may be on its way before the app looks whether it was lost (the widget it
# was sent to removed with the message behind it); a key still on its way is waited for.
OVERDUE_SECONDS = 0.5
OVERDUE_LOOKS = 20


def _copy(app: App[Any], event: Held) -> Held:
    """A copy of ``event`` to send again: a forwarded event is not forwarded twice, and a
    message does not bubble past the one that sent it, so the app sends the copy (it then
    comes back up to the app's bindings like any key)."""
    copy: Held
    if isinstance(event, events.Key):
        copy = events.Key(event.key, event.character)
    else:
        copy = events.Paste(event.text)
    return copy.set_sender(app)


class KeyHandled(Message):
    """Sent behind a key to the widget the key was sent to: it follows the key up the same
    widgets, so it reaches the app once the key has been handled or taken on the way."""

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


def opening(app: App[Any]) -> bool:
    """True while the active screen is a dialog still opening, or a pane is opening something
    in place (``HoldsKeys``): keys wait until it is open."""
    screen = app.screen
    if isinstance(screen, TypeAhead) and not screen.type_ahead_open:
        return True
    holder = _holding.get(app)
    return holder is not None and holder.is_attached


# A form's keys from field to field, acted on as each key arrives (priority), not once it
# has come back up from the field: in a burst ("Acme<Tab>Engineer", from a fast typist or a
# text expander) the letters after Tab go to the next field (tests/test_form_burst.py).
# Textual's own Tab binding is the screen's, run too late for that.
FIELD_KEYS = [
    Binding("tab", "app.focus_next", "Next field", show=False, priority=True, id="form.next_field"),
    Binding(
        "shift+tab",
        "app.focus_previous",
        "Previous field",
        show=False,
        priority=True,
        id="form.previous_field",
    ),
]


class KeysInOrder(_AppBase):
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
        if (
            isinstance(event, (events.Key, events.Paste))
            and not event.is_forwarded
            and self.screen_stack
        ):
            if event is self._key_passing:
                self._key_passing = None
            elif self._keys_busy():
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

    def _keys_busy(self) -> bool:
        return bool(
            self._key_passing is not None
            or self._keys_waiting
            or self._on_way() is not None
            or opening(self)
        )

    async def _send(self, event: Held) -> None:
        target: MessagePump = self.focused or self.screen
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
        """Follow the key on its way with a KeyHandled, to learn when it has been handled."""
        key = self._on_way()
        if key is None or self._key_asked:
            return
        self._key_asked = True
        target = self._key_sent_to
        if target is None or not target.post_message(KeyHandled(key)):
            self._key_done()
            self.call_later(self.send_waiting_keys)
            return
        self._key_looks = 0
        self._key_overdue = self.set_timer(OVERDUE_SECONDS, self._look_at_overdue_key)

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


class TypeAhead(_Base):
    """Mix into a modal screen (before the Screen class) whose first key is typing: it is
    opening (keys wait in the app) until its first focus has landed, or until it has shown
    with nothing to focus."""

    type_ahead_open = False
    _type_ahead_held: list[Held] | None = None
    _type_ahead_opening = False

    def _forward_event(self, event: events.Event) -> None:
        # Keys sent here by other routes than the app's line (a test, a copy sent again).
        if not self.type_ahead_open and isinstance(event, (events.Key, events.Paste)):
            if self._type_ahead_held is None:
                self._type_ahead_held = []
            self._type_ahead_held.append(event)
            return
        super()._forward_event(event)

    def watch_focused(self, focused: Widget | None) -> None:
        # A focus given before the screen has mounted (the app's focus keeper, say) is not
        # the screen's own choice yet: on_mount decides.
        if focused is not None and self.is_mounted:
            self._type_ahead_open_soon()

    def _type_ahead_open_soon(self) -> None:
        if not self.type_ahead_open and not self._type_ahead_opening:
            # The field's Focus event is posted just after this: open behind it, so what is
            # typed is not selected with what the field held (Input selects it on focus).
            self._type_ahead_opening = True
            self.app.call_later(self._type_ahead_release)

    def on_mount(self) -> None:
        # After the screen's own on_mount (TypeAhead comes after it in the MRO), which may
        # have focused its first field.
        if self.focused is not None:
            self._type_ahead_open_soon()
        else:
            self.call_after_refresh(self._type_ahead_check, 5)

    def _type_ahead_check(self, tries: int) -> None:
        """Opened with nothing focused yet: wait a few refreshes while there is something
        to focus (the focus is on its way), else open and give keys to the screen."""
        if self.type_ahead_open or self._type_ahead_opening or self.focused is not None:
            return
        if tries and self.focus_chain:
            self.call_after_refresh(self._type_ahead_check, tries - 1)
            return
        self._type_ahead_release()

    def _type_ahead_release(self) -> None:
        if self.type_ahead_open:
            return
        self.type_ahead_open = True
        held, self._type_ahead_held = self._type_ahead_held or [], None
        target = self.focused
        for event in held:
            if target is not None:
                target._forward_event(_copy(self.app, event))
            else:
                super()._forward_event(_copy(self.app, event))
        if isinstance(self.app, KeysInOrder):
            self.app.send_waiting_keys()


class HoldsKeys(_WidgetBase):
    """Mix into a pane whose key opens something in place, not in a dialog (Reframe's `a`
    mounts the exercise where the history was): keys that arrive while it opens would go to
    the list still focused, where they are the pane's keys (a `d` asked to delete a record).
    Between ``hold_keys()`` and ``release_keys()`` the app (``KeysInOrder``) holds them as
    they come back up to it, then they are given in order to what has focus
    (tests/test_reframe_burst.py)."""

    _keys_held: list[Held] | None = None

    def hold_keys(self) -> None:
        if self._keys_held is None:
            self._keys_held = []
            _holding[self.app] = self

    def release_keys(self, tries: int = 5) -> None:
        if self.app.focused is None and tries and self.is_attached:
            # What was opened gives focus a moment later (Widget.focus is deferred).
            self.call_after_refresh(self.release_keys, tries - 1)
            return
        held, self._keys_held = self._keys_held, None
        if _holding.get(self.app) is self:
            del _holding[self.app]
        target = self.app.focused or self.screen
        for event in held or ():
            target._forward_event(_copy(self.app, event))
        if isinstance(self.app, KeysInOrder):
            self.app.send_waiting_keys()

    def take_held(self, event: Held) -> bool:
        """Keep ``event`` (it came back up to the app) if this pane is holding keys."""
        if self._keys_held is None or not self.is_attached:
            return False
        event.stop()
        event.prevent_default()
        self._keys_held.append(event)
        return True


# The pane holding keys while it opens something in place, per app.
_holding: WeakKeyDictionary[App[Any], HoldsKeys] = WeakKeyDictionary()
