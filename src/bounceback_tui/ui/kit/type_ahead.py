"""Keys typed while a dialog is still opening reach it, in order.

A person presses `a` and starts typing the company at once. Two things went wrong:

- Textual sends each key to the focused widget as it arrives, and checks the bindings when
  the key comes back up to the app. So the letters after `a` had all been sent to the pane
  before `a`'s binding opened the form; when they came back up, the form was on top with
  nothing bound to a letter, and they were dropped. The app notes the screen each key and
  paste was sent to (``note_sent``); when one comes back up and a dialog has opened over
  that screen since, ``redirect_to_dialog`` hands it to the dialog instead.
- The form is pushed at once but takes a moment (longer on a busy machine, or the first
  time a pane's modules load) before its first field has focus; Textual gives a key that
  arrives meanwhile to the screen itself, where a letter means nothing. A screen that mixes
  in ``TypeAhead`` holds those keys and pastes and replays them to whatever takes focus, as
  soon as something does, or to the screen itself (where its bindings, such as Escape,
  apply as before) once it has opened with nothing focused.

The same happens between panes: in a fast `6a` the `a` was sent into the pane being left
before `6` switched, and came back up to find that pane's keys (none for `a`). The app also
notes the pane each key was sent into; when one comes back up and another pane is shown
now, it goes again to what has focus there (the app focuses a pane as it shows it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from textual import events
from textual.binding import Binding

if TYPE_CHECKING:
    from textual.app import App
    from textual.screen import Screen
    from textual.widget import Widget

    _Base = Screen[Any]
    _AppBase = App[Any]
    _WidgetBase = Widget
else:
    _Base = object
    _AppBase = object
    _WidgetBase = object

Held = events.Key | events.Paste


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


# The screen (and the pane shown on it) each key or paste was sent to, until it comes back
# up to the app.
_sent_to: WeakKeyDictionary[events.Event, tuple[Screen[Any], str | None]] = WeakKeyDictionary()


def note_sent(event: Held, screen: Screen[Any], pane: str | None = None) -> None:
    """The app is about to send ``event`` (a key or paste) into ``screen``, where the pane
    with id ``pane`` is shown (None: a screen without panes)."""
    _sent_to[event] = (screen, pane)


def redirect_to_dialog(app: App[Any], event: Held, pane: str | None = None) -> bool:
    """``event`` came back up to the app unhandled. If a dialog opened over the screen it
    was sent to, hand it to the dialog; if that screen shows another pane (``pane`` now),
    hand it to that pane's focus (and do nothing more with it here). True if so."""
    sent_to, sent_pane = _sent_to.pop(event, (None, None))
    active = app.screen
    if sent_to is None or sent_to not in app.screen_stack:
        return False
    if sent_to is active:
        if sent_pane is None or sent_pane == pane:
            return False
        event.stop()
        event.prevent_default()
        # Straight to the focus, ahead of keys still queued in the app (kept in order).
        copy = _copy(app, event)
        _sent_to[copy] = (active, pane)
        (active.focused or active)._forward_event(copy)
        return True
    event.stop()
    event.prevent_default()
    # Through the app, as if it arrived now: to the dialog's focus, or held until it has one.
    app.post_message(_copy(app, event))
    return True


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
    """Mix into the App (before App): notes where each key and paste is sent, and hands one
    that comes back up after a dialog opened or the pane changed to where it belongs now."""

    def shown_pane(self) -> str | None:
        """The id of the pane the main screen shows now (None: an app without panes)."""
        return None

    async def on_event(self, event: events.Event) -> None:
        if (
            isinstance(event, (events.Key, events.Paste))
            and not event.is_forwarded
            and self.screen_stack
        ):
            note_sent(event, self.screen, self.shown_pane())
        await super().on_event(event)

    def on_key(self, event: events.Key) -> None:
        # Runs before Textual's own key handling (the bindings).
        self._in_order(event)

    def on_paste(self, event: events.Paste) -> None:
        self._in_order(event)

    def _in_order(self, event: Held) -> None:
        if redirect_to_dialog(self, event, self.shown_pane()):
            return
        holder = _holding.get(self)
        if holder is not None and holder.screen is self.screen:
            holder.take_held(event)


class TypeAhead(_Base):
    """Mix into a modal screen (before the Screen class) whose first key is typing."""

    _type_ahead_open = False
    _type_ahead_held: list[Held] | None = None

    def _forward_event(self, event: events.Event) -> None:
        if (
            not self._type_ahead_open
            and isinstance(event, (events.Key, events.Paste))
            and self.focused is None
        ):
            if self._type_ahead_held is None:
                self._type_ahead_held = []
            self._type_ahead_held.append(event)
            return
        super()._forward_event(event)

    def watch_focused(self, focused: Widget | None) -> None:
        if focused is not None and not self._type_ahead_open:
            self._type_ahead_release()

    def on_mount(self) -> None:
        # Opened with nothing to focus: give what was held to the screen after the first
        # refresh (focus, when there is a target, is given before that).
        self.call_after_refresh(self._type_ahead_release)

    def _type_ahead_release(self) -> None:
        if self._type_ahead_open:
            return
        self._type_ahead_open = True
        held, self._type_ahead_held = self._type_ahead_held or [], None
        # Straight to the focus (or the screen), ahead of anything still queued in the app.
        target = self.focused
        for event in held:
            if target is not None:
                target._forward_event(_copy(self.app, event))
            else:
                super()._forward_event(_copy(self.app, event))


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
