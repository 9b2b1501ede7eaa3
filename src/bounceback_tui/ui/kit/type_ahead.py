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
  app asks behind it: a callback where it was sent sees whether it was taken there, and if
  not a small message (``KeyHandled``) follows it up the same widgets to the app. A letter
  sent to the text field that has focus is taken there whatever it is, so the next key
  follows it at once (a burst into a field costs what it did). A key typed after `a` is
  therefore never sent to the pane behind the form `a` opened, and never acts there.
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

from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from textual import events
from textual.binding import Binding

if TYPE_CHECKING:
    from textual.app import App
    from textual.screen import Screen
    from textual.widget import Widget

    _Base = Screen[Any]
    _WidgetBase = Widget
else:
    _Base = object
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

    def type_ahead_hold(self) -> None:
        """Open, but about to change its fields (mount more of them): keys wait again until
        ``type_ahead_resume``. Focus follows the layout, and a field mounted but not yet
        laid out sits first in it: a Tab then would skip to it."""
        if self.type_ahead_open:
            self.type_ahead_open = False
            self._type_ahead_opening = True  # a focus change meanwhile does not reopen it

    def type_ahead_resume(self) -> None:
        """The fields are in place: the keys that waited go on, in order."""
        self._type_ahead_release()

    def type_ahead_focus(self, widget: Widget) -> None:
        """Move the focus to ``widget``, the keys typed meanwhile waiting for it as they do
        while the screen opens: in a burst (`,` Enter `8` on Settings' list of sections)
        they would reach the widget left, or a field before its Focus event, which selects
        what it holds and so the next key replaces them."""
        if widget is self.focused:
            return
        self.type_ahead_open = False
        self._type_ahead_opening = False  # the focus landing opens it again (watch_focused)
        widget.focus()
        self.call_after_refresh(self._type_ahead_unless_on, widget)

    def _type_ahead_unless_on(self, widget: Widget) -> None:
        """``widget`` could not take the focus after all: the keys go on to what has it."""
        if self.focused is not widget:
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
        _send_waiting_keys(self.app)


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

    def ready_for_keys(self) -> bool:
        """Whether what was opened has the focus (by default: anything has)."""
        return self.app.focused is not None

    def release_keys(self, tries: int = 5) -> None:
        if not self.ready_for_keys() and tries and self.is_attached:
            # What was opened gives focus a moment later (Widget.focus is deferred).
            self.call_after_refresh(self.release_keys, tries - 1)
            return
        held, self._keys_held = self._keys_held, None
        if _holding.get(self.app) is self:
            del _holding[self.app]
        target = self.app.focused or self.screen
        if held or getattr(self.app, "keys_waiting", bool)():
            _typed_after(target)
        for event in held or ():
            target._forward_event(_copy(self.app, event))
        _send_waiting_keys(self.app)

    def take_held(self, event: Held) -> bool:
        """Keep ``event`` (it came back up to the app) if this pane is holding keys."""
        if self._keys_held is None or not self.is_attached:
            return False
        event.stop()
        event.prevent_default()
        self._keys_held.append(event)
        return True


def _typed_after(target: object) -> None:
    """Keys typed while a pane opened something in place go after what its first box holds,
    not in its place: a box focused selects what it holds, and the next key replaced it (a
    draft opened from Today: "40" typed as it opened took the place of the saved "Sad 65", a
    new user's walk). The cursor moves to the end behind the box's Focus event, before the
    keys reach it."""
    from textual.widgets import Input

    if isinstance(target, Input):
        target.call_later(_cursor_to_end, target)


def _cursor_to_end(box: Any) -> None:
    box.cursor_position = len(box.value)


# The pane holding keys while it opens something in place, per app.
_holding: WeakKeyDictionary[App[Any], HoldsKeys] = WeakKeyDictionary()


def _send_waiting_keys(app: App[Any]) -> None:
    """What is open now takes the keys waiting in the app (``KeysInOrder``)."""
    send = getattr(app, "send_waiting_keys", None)
    if send is not None:
        send()


# The App's mixin lives beside this module; imported last, as it builds on the above.
from bounceback_tui.ui.kit.keys_in_order import KeysInOrder as KeysInOrder  # noqa: E402
