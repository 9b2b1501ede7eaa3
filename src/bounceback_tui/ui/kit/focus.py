"""Focus is never lost: the rule, and the keeper that holds the app to it.

The rule: after every action the active screen has a focused widget that is on screen,
and the keys that apply are those of the active pane or modal, not only the app's `?`
and Quit. Without focus Textual falls back to the app's own bindings, so a pane whose
focused list was hidden or removed (its last item deleted, a step with no field) goes
deaf until the person switches panes.

``FocusKeeper`` holds the app to it as a mechanism rather than case by case: it watches
every screen's focus, and whenever the active screen is left with nothing focused, a
hidden widget focused, or (on the main screen) focus outside the current pane, it gives
focus to that screen's focus target once the screen has settled. Panes name their
target with ``Pane.focus_target()``; a modal may define ``focus_target()`` too, else the
first widget of its focus chain takes it.

While another window has the terminal's focus (a focus-out, ``app.app_focus`` false) Textual
takes focus away on purpose and gives it back to the same widget on focus-in, if nothing else
has it by then: the keeper leaves focus alone meanwhile. It used to give it to the pane's
list, and every switch of windows sent the keys meant for a step, a field or the filter to
the list.

``focus_problem()`` states the rule as a check (the tests and the monkey use it).

A column of fields that scrolls (a form taller than the terminal, Settings, Reframe's
ratings) is a ``FieldsScroll``: the keys a field passes on to it (up and down, the pages,
home and end) scroll the column, and when that leaves the focused field out of sight,
focus moves to the nearest field in sight (``bring_focus_into_sight``), so what is typed
next goes where the person can see. Textual's own container kept focus on the field, out
of sight, and the next letters went into it unseen (the walk, seed 9: Page Down in a new
application's first field; at 80x24 a single Down did it). ``ScrollTakesFocus`` is the
same for any scroll container, mixed in after Textual's: the Pipeline's board, where
ctrl+Page Up scrolled the focused column out of view (the walk, seed 4). A form that refuses a field
focuses it and scrolls it into sight with its message (``scroll_into_sight``). When the
column itself narrows or shortens, the focused field is scrolled back into sight, and so
it is when a key is typed into it after the mouse wheel scrolled it away
(``typing_in_sight``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from weakref import WeakSet

from textual import events
from textual.actions import SkipAction
from textual.containers import ScrollableContainer, VerticalScroll
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets._select import SelectOverlay

from bounceback_tui.ui.kit.typed_keys import types_a_character

if TYPE_CHECKING:
    from textual.app import App

    from bounceback_tui.ui.kit.pane import Pane


def is_shown(widget: Widget) -> bool:
    """Displayed, and so are all its ancestors (a ContentSwitcher hides its other pages)."""
    node: object = widget
    while isinstance(node, Widget) and not isinstance(node, Screen):
        if not node.display:
            return False
        node = node.parent
    return widget.is_attached


def can_take_focus(widget: Widget) -> bool:
    return widget.is_attached and widget.focusable and is_shown(widget)


def main_screen(app: App[object]) -> Screen[object]:
    """The screen the panes live on (the bottom of the stack)."""
    return app.screen_stack[0]


def current_pane(app: App[object]) -> Pane | None:
    """The pane shown; None while there is none (another store's panes are being built:
    the old ones are gone, the new Today not mounted yet)."""
    from bounceback_tui.ui.kit.pane import Pane

    try:
        pane = getattr(app, "current_pane", None)
    except NoMatches:
        return None
    return pane if isinstance(pane, Pane) else None


def focus_target(app: App[Any], screen: Screen[object]) -> Widget | None:
    """Where focus belongs on ``screen``: the current pane's target on the main screen,
    a screen's own ``focus_target()`` if it has one, else its first focusable widget."""
    if screen is main_screen(app):
        pane = current_pane(app)
        if pane is None:
            return None
        return pane.focus_target_shown()
    own = getattr(screen, "focus_target", None)
    if callable(own):
        try:
            target = own()
        except NoMatches:  # pushed, not composed yet (a loaded machine): its mount focuses
            target = None
        if isinstance(target, Widget) and can_take_focus(target):
            return target
    chain = screen.focus_chain
    return chain[0] if chain else None


def misplaced(app: App[Any], screen: Screen[object]) -> bool:
    """True if ``screen`` needs its focus put back: none, hidden, outside the pane, or
    on the pane itself while its list could have it."""
    focused = screen.focused
    if focused is None or not is_shown(focused):
        return True
    if screen is main_screen(app):
        pane = current_pane(app)
        if pane is None:
            return False
        if pane not in focused.ancestors_with_self:
            return True
        # The pane holds focus itself while its list is empty; once the list is back
        # (undo, a new item) the list takes it again.
        return focused is pane and pane.focus_target_shown() is not pane
    return False


def own_bindings(app: App[object]) -> list[str]:
    """The enabled bindings of the active pane or modal (everything but the app's own),
    as actions. A key bar on the screen shows those that are not hidden."""
    found = []
    for node, binding, enabled, _tooltip in app.screen.active_bindings.values():
        if node is app or not enabled:
            continue
        found.append(binding.action)
    return found


def pane_keys_on_bar(app: App[object]) -> bool:
    """The key bar (where the screen has one) shows at least one key of the pane or
    modal; a screen without a bar must at least have such a key working."""
    from bounceback_tui.ui.kit.key_bar import KeyBar

    actions = set(own_bindings(app))
    bars = app.screen.query(KeyBar)
    if not bars:
        return bool(actions)
    bar = bars.first()
    return any(action in actions for action in bar.shown_actions())


def focus_problem(app: App[object]) -> str | None:
    """What breaks the rule on the active screen now, in words; None if nothing does."""
    screen = app.screen
    name = type(screen).__name__
    focused = screen.focused
    if focused is None:
        return f"nothing has focus on {name}"
    if not is_shown(focused):
        return f"{type(focused).__name__} has focus on {name} but is not on screen"
    if screen is main_screen(app):
        pane = current_pane(app)
        if pane is not None and pane not in focused.ancestors_with_self:
            return f"{type(focused).__name__} has focus, outside the {pane.id} pane"
    if not pane_keys_on_bar(app):
        return f"only the app's keys apply on {name} (focus on {type(focused).__name__})"
    return None


class FocusKeeper:
    """Gives focus back to the active screen's target whenever it is lost."""

    def __init__(self, app: App[Any], *, quitting: Callable[[], bool]) -> None:
        """``quitting`` says when the app is closing down: focus is then left alone."""
        self.app = app
        self._quitting = quitting
        self._watched: WeakSet[Screen[object]] = WeakSet()
        self._pending = False
        app.screen_change_signal.subscribe(app, self._screen_changed)
        app.watch(app, "app_focus", self._app_focus_changed, init=False)
        self._watch(app.screen)

    def _app_focus_changed(self, has_focus: bool) -> None:
        # Back from another window: Textual gives focus back to the widget that had it
        # (where it can); the keeper then looks, for the case it could not.
        if has_focus:
            self.check_soon()

    def _screen_changed(self, screen: Screen[object]) -> None:
        self._watch(screen)
        self.check_soon()

    def _watch(self, screen: Screen[object]) -> None:
        if screen in self._watched:
            return
        self._watched.add(screen)
        self.app.watch(screen, "focused", self._focus_changed, init=False)
        # A widget hidden while focused keeps focus without a change of `focused`; the
        # bindings change with it (every pane refreshes them when its state changes).
        screen.bindings_updated_signal.subscribe(self.app, self._bindings_changed)

    def _focus_changed(self, focused: Widget | None) -> None:
        if focused is None:
            self.check_soon()

    def _bindings_changed(self, screen: Screen[object]) -> None:
        if screen is self.app.screen:
            self.check_soon()

    def check_soon(self) -> None:
        """Check once the screen has settled: focus() and layout both wait for a refresh."""
        if not self._pending:
            self._pending = True
            self.app.call_after_refresh(self.check_now)

    def check_now(self) -> None:
        self._pending = False
        app = self.app
        if self._quitting() or not app.is_running:
            return
        if not app.app_focus:
            # Another window has the terminal's focus: Textual took focus away and gives
            # it back to the same widget on focus-in, if nothing else has it by then.
            return
        screen = app.screen
        if not misplaced(app, screen):
            return
        target = focus_target(app, screen)
        if target is not None and target is not screen.focused:
            screen.set_focus(target, scroll_visible=False)


def bring_focus_into_sight(scroll: Widget) -> None:
    """If the widget focused inside ``scroll`` is out of its view, focus the nearest one in
    view: the first after scrolling down (or right) past it, the last after scrolling up (or
    left); with none in
    view, ``scroll`` itself if it can take focus, else the field is scrolled back to."""
    if not scroll.is_attached:
        return
    screen = scroll.screen
    focused = screen.focused
    if focused is None or scroll not in focused.ancestors:
        return
    view = scroll.scrollable_content_region
    if view.overlaps(focused.region):
        return
    in_view = [
        widget
        for widget in screen.focus_chain
        if scroll in widget.ancestors and view.overlaps(widget.region)
    ]
    if in_view:
        passed = focused.region.y < view.y or focused.region.x < view.x  # scrolled on past it
        target = in_view[0] if passed else in_view[-1]
        screen.set_focus(target, scroll_visible=False)
    elif scroll.focusable:
        screen.set_focus(scroll, scroll_visible=False)
    else:
        focused.scroll_visible(animate=False)


def scroll_into_sight(focused: Widget, *below: Widget, tries: int = 3) -> None:
    """Scroll what is ``below`` a field (its message) into sight, then the field itself, last,
    so it is never the one left out: a refused field above the view, given focus, and then
    its message scrolled to alone, stayed a row above the view with only the message in
    sight (the walk, seed 1, step 1,245: the answer bank's "Where" at 10,000 characters).
    Not animated: a second animated scroll set out from where the first one started. And at
    once: Textual defers a scroll to after the next refresh, so the field, measured before
    its message's scroll had moved anything, was "in sight" and stayed put, and the message's
    scroll then took it out of sight (the walk at 80x24, seed 5150: a board's form). A message
    not laid out yet (shown a moment ago) has no size, and Textual puts its scroll off until
    after the field's: the whole is tried again after the next refresh instead (the walk at
    90x14, seed 9303: a step refused in a two-row form, its message alone in sight)."""
    if tries > 1 and any(w.is_attached and w.display and not w.size for w in below):
        focused.call_after_refresh(scroll_into_sight, focused, *below, tries=tries - 1)
        return
    for widget in (*below, focused):
        if widget.is_attached:
            widget.scroll_visible(animate=False, immediate=True)


class ScrollTakesFocus(ScrollableContainer):
    """Mixed in after a Textual scroll container (which comes first: Textual takes a widget's
    default CSS along its first bases only): its own scroll keys (arrows, pages, home, end;
    ctrl+Page Up and Down sideways) take focus along (see the module)."""

    def _then_focus_in_sight(self) -> None:
        self.call_after_refresh(bring_focus_into_sight, self)

    def _scroll_along(self, allowed: bool, scroll: Callable[..., object], **how: Any) -> None:
        """Textual's scroll action: ``scroll`` if ``allowed``, and then focus into sight."""
        if not allowed:
            raise SkipAction()
        scroll(on_complete=self._then_focus_in_sight, **how)

    def action_scroll_up(self) -> None:
        self._scroll_along(self.allow_vertical_scroll, self.scroll_up)

    def action_scroll_down(self) -> None:
        self._scroll_along(self.allow_vertical_scroll, self.scroll_down)

    def action_scroll_left(self) -> None:
        self._scroll_along(self.allow_horizontal_scroll, self.scroll_left)

    def action_scroll_right(self) -> None:
        self._scroll_along(self.allow_horizontal_scroll, self.scroll_right)

    def action_page_up(self) -> None:
        self._scroll_along(self.allow_vertical_scroll, self.scroll_page_up)

    def action_page_down(self) -> None:
        self._scroll_along(self.allow_vertical_scroll, self.scroll_page_down)

    def action_page_left(self) -> None:
        self._scroll_along(self.allow_horizontal_scroll, self.scroll_page_left)

    def action_page_right(self) -> None:
        self._scroll_along(self.allow_horizontal_scroll, self.scroll_page_right)

    def action_scroll_home(self) -> None:
        self._scroll_along(self._allow_scroll, self.scroll_home, x_axis=self.scroll_y == 0)

    def action_scroll_end(self) -> None:  # its x_axis as Textual's own action has it
        at_end = self.scroll_y == self.is_vertical_scroll_end
        self._scroll_along(self._allow_scroll, self.scroll_end, x_axis=at_end)


class FieldsScroll(VerticalScroll, ScrollTakesFocus):
    """A scrolling column of fields whose scroll keys take focus along (see the module).

    When the column itself changes size (a smaller terminal, Textual's keys panel opened
    beside it), its text wraps anew and the focused field can move out of the view while
    keeping the focus; it is scrolled back into sight (the walk, seed 2114, step 2,098)."""

    def on_resize(self, _event: events.Resize) -> None:
        self.call_after_refresh(self.keep_focus_in_sight)

    def keep_focus_in_sight(self, *, immediate: bool = False) -> None:
        if not self.is_attached:
            return
        focused = self.screen.focused
        if isinstance(focused, SelectOverlay):  # an open dropdown's list: its dropdown
            focused = focused.parent if isinstance(focused.parent, Widget) else None
        if focused is None or self not in focused.ancestors:
            return
        if not self.scrollable_content_region.contains_region(focused.region):
            self.scroll_to_widget(focused, animate=False, immediate=immediate)


# Keys that type into a field, beside the printable ones (Enter saves, or opens a dropdown).
TYPING_KEYS = frozenset({"backspace", "delete", "enter"})


def typing_in_sight(target: object, event: events.Key | events.Paste) -> None:
    """A key typed (or a paste) into ``target``, the focused widget, first scrolls it back
    into sight in its column of fields: the mouse wheel scrolls the column and leaves focus
    where it was, and a Z typed then went into the application's link, out of sight, with
    nothing on screen changing (a stranger's walk with the mouse). The scroll keys move the
    focus into sight themselves (``bring_focus_into_sight``)."""
    # A joiner typed is typing too (``typed_keys``), though it does not print.
    if isinstance(event, events.Key) and not (
        types_a_character(event) or event.is_printable or event.key in TYPING_KEYS
    ):
        return
    node = target.parent if isinstance(target, Widget) else None
    while node is not None and not isinstance(node, Screen):
        if isinstance(node, FieldsScroll):
            node.keep_focus_in_sight(immediate=True)
            return
        node = node.parent
