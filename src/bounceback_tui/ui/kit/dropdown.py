"""The app's dropdown: Textual's Select, drawn by one widget while closed, its list made
when it first opens.

Textual's Select builds six widgets: itself, the closed box (``SelectCurrent``, a row of
three: the label and two arrows, one of them always hidden) and its list (``SelectOverlay``,
an OptionList of every choice, hidden until opened). Most dropdowns in a form are never
opened, yet each cost about 2,000 of Python's small blocks while the form was open; the
application form has eight of them, Settings one of some twenty themes (docs/performance.md,
"Memory: the long walk, walk8's round"). Here the closed box is one widget that draws the
label and the arrow itself (turned, ▼ ▲, while the list is open), and the list is mounted the
first time it opens, then kept: two widgets until then instead of six.

What is drawn is the same, cell for cell and colour for colour (compared in every state
against Textual's in several themes, long labels wrapped, compact or not): the label as
Textual's label widget drew it, in all but the box's last two columns; then the arrow's
padding cell and the arrow, ``$foreground 50%``. Textual's methods that reach for the
list or the label widget (the value's highlight, the prompt, opening) are overridden to do
without them; it is textual 8.2's Select (pinned < 8.3), and the box draws through
``Widget._render_content``, the hook Textual's own widgets draw through.
"""

from __future__ import annotations

from typing import ClassVar

from rich.console import RenderableType
from textual import events
from textual.app import ComposeResult, RenderResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.css.query import NoMatches
from textual.geometry import Size
from textual.strip import Strip
from textual.style import Style as VisualStyle
from textual.visual import Visual
from textual.widget import _RenderCache
from textual.widgets import Select
from textual.widgets._select import (
    NoSelection,
    SelectCurrent,
    SelectOverlay,
)

from bounceback_tui.ui.kit.form_fit import KEY_BAR_ROWS
from bounceback_tui.ui.kit.text import ContentNotify, toast_with

ARROW_DOWN, ARROW_UP = "▼", "▲"
LIST_ROWS = 12  # Textual's open list, at most (its max-height)
LEAST_ROWS = 3  # the rows an open list is kept to above a form's keys, at least


class DropdownCurrent(SelectCurrent):
    """The closed box as one widget: it draws the label and the arrow itself, in the cells
    and colours Textual's label and arrow widgets had (the label in all but the last two
    columns, then a space and the arrow, ``$foreground 50%``)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"dropdown-current--arrow"}
    DEFAULT_CSS = """
    DropdownCurrent {
        color: $foreground 50%;
        &.-has-value { color: $foreground; }
        & > .dropdown-current--arrow { color: $foreground 50%; }
    }
    """
    ARROW_CELLS = 2  # the arrow's own padding cell, then the arrow

    _arrow = ARROW_DOWN

    @property
    def is_container(self) -> bool:
        return False  # a Horizontal by descent (Textual's has children); this one draws

    @property
    def is_scrollable(self) -> bool:
        return False

    def compose(self) -> ComposeResult:
        return iter(())

    def update(self, label: RenderableType | NoSelection) -> None:
        self.label = label
        self.has_value = not isinstance(label, NoSelection)
        self.refresh(layout=True)

    def turn(self, expanded: bool) -> None:
        """The arrow as Textual shows it: up while the list is open."""
        self._arrow = ARROW_UP if expanded else ARROW_DOWN
        self.refresh()

    def render(self) -> RenderResult:
        return self.placeholder if isinstance(self.label, NoSelection) else self.label

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return super().get_content_height(container, viewport, max(width - self.ARROW_CELLS, 1))

    def _render_content(self) -> None:
        width, height = self.size
        cells = self.ARROW_CELLS
        label = Visual.to_strips(
            self, self._render(), max(width - cells, 1), height, self.visual_style
        ) or [Strip.blank(max(width - cells, 1), self.visual_style.rich_style)]
        background = self.background_colors[1]
        blank = Strip.blank(cells, VisualStyle(background=background).rich_style)
        arrow_style = VisualStyle(
            background=background,
            foreground=self.get_component_styles("dropdown-current--arrow").color,
        )
        arrow = Visual.to_strips(self, Content(self._arrow), 1, 1, arrow_style)[0]
        first = Strip.join([Strip.blank(1, self.visual_style.rich_style), arrow])
        lines = [
            Strip.join(
                [
                    line.extend_cell_length(width - cells, self.visual_style.rich_style),
                    first if y == 0 else blank,
                ]
            )
            for y, line in enumerate(label)
        ]
        self._render_cache = _RenderCache(self.size, lines)
        self._dirty_regions.clear()


class DropdownList(SelectOverlay):
    """A dropdown's open list. Its one key says what the form's keys line says: "esc close"
    (Textual's reads "Dismiss menu")."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss", "Close", id="dropdown.close")
    ]


class Dropdown(ContentNotify, Select[str]):
    """A Select whose list is made when first opened (see the module).

    Closed, it takes what is typed on it: a key picks the first choice whose label starts
    with what was typed since it had focus (the same letter again: the next choice it
    starts), as a list box does. Textual's Select let a letter or a digit go by unseen while
    closed: the check-in's `c` then `2` did nothing, "Remote" typed on Work mode and "60000"
    typed where Tab had landed on a dropdown vanished (a new user's walk). A key no choice
    starts with is said once; a key the screen binds, that picks nothing, does what it does.
    """

    _list_made = False
    _typed = ""  # what was typed on it, closed, since it had focus
    _missed = False  # a key picked nothing and that was said: the next ones say nothing

    def on_key(self, event: events.Key) -> None:
        character = event.character
        if self.expanded or not event.is_printable or not character or not character.isalnum():
            return  # a letter or digit picks; a mark goes on to the keys (`?`, `,`)
        picked = self._typed_choice(character)
        if picked is None and self._bound_on_screen(event.key):
            return
        event.stop()
        event.prevent_default()
        if picked is not None:
            self._missed = False
            self.value = picked
            return
        if not self._missed:
            self._missed = True
            self.notify(  # the key as typed, never read as markup ("[")
                toast_with("No choice here starts with “$character”.", character=character),
                title="Nothing picked",
                severity="warning",
            )

    def _typed_choice(self, character: str) -> str | None:
        """The choice ``character`` picks after what was typed before it, or None."""
        labels = [
            (_plain_label(prompt).casefold(), value)
            for prompt, value in self._options
            if not isinstance(value, NoSelection)
        ]
        typed = (self._typed + character).casefold()
        again = len(set(typed)) == 1 and len(typed) > 1  # "rr": the next choice "r" starts
        if not again:
            found = [value for label, value in labels if label.startswith(typed)]
            if found:
                self._typed = typed
                return found[0]
        single = character.casefold()
        found = [value for label, value in labels if label.startswith(single)]
        if not found:
            return None
        self._typed = typed if again else single
        at = found.index(self.value) if again and self.value in found else -1
        return found[(at + 1) % len(found)]

    def _bound_on_screen(self, key: str) -> bool:
        """Whether ``key`` is bound by the screen or a widget around this one (not the app,
        whose keys a form does not take, nor this dropdown)."""
        binding = self.screen.active_bindings.get(key)
        return binding is not None and binding.node is not self and binding.node is not self.app

    def on_blur(self, event: events.Blur) -> None:
        self._typed = ""
        self._missed = False

    def compose(self) -> ComposeResult:
        yield DropdownCurrent(self.prompt)

    async def _make_list(self) -> None:
        if self._list_made:
            return
        overlay = DropdownList(type_to_search=self._type_to_search)
        overlay.compact = self.compact
        # Textual keeps the open list inside the screen, whose last row is the app's key
        # bar: the margin keeps it above that row (the list moves up where it must).
        overlay.styles.margin = (0, 0, KEY_BAR_ROWS, 0)
        await self.mount(overlay)
        self._list_made = True
        self._setup_options_renderables()
        for index, (_prompt, value) in enumerate(self._options):
            if value == self.value and not isinstance(value, NoSelection):
                overlay.highlighted = index
                break

    def _setup_options_renderables(self) -> None:
        if self._list_made:
            super()._setup_options_renderables()

    def _watch_value(self, value: str | NoSelection) -> None:
        if self._list_made:
            super()._watch_value(value)
            return
        # Select's own, without the list's highlight (set when the list is made).
        self._value = value
        try:
            current = self.query_one(SelectCurrent)
        except NoMatches:
            return
        if value == self.NULL:
            current.update(self.NULL)
        else:
            for prompt, option_value in self._options:
                if option_value == value:
                    current.update(prompt)
                    break
        self.post_message(self.Changed(self, value))

    def _watch_prompt(self, prompt: str) -> None:
        if self._list_made:
            super()._watch_prompt(prompt)
            return
        if not self.is_mounted:
            return
        current = self.query_one(SelectCurrent)
        current.placeholder = prompt
        if self._allow_blank and self.value == self.NULL:
            current.update(self.NULL)

    def _watch_expanded(self, expanded: bool) -> None:
        if not self._list_made:
            if expanded:  # opened by a click on the box: the list first, then open it
                self.call_next(self._open_made_list)
            return
        self._clear_the_keys_line(expanded)
        super()._watch_expanded(expanded)
        try:
            self.query_one(DropdownCurrent).turn(expanded)
        except NoMatches:
            return  # the dropdown is being removed

    def _clear_the_keys_line(self, expanded: bool) -> None:
        """The open list ends above its form's row of keys and buttons (``.form-buttons``)
        where that leaves it ``LEAST_ROWS`` (it scrolls); with less room the keys line is
        hidden while it is open. Textual's list, 12 rows at most, ran over that row and the
        keys line showed through beside it: "Enter cho5 · great" at 80x24 (a tester's
        check-in)."""
        try:
            overlay = self.query_one(DropdownList)
        except NoMatches:
            return
        rows = self.screen.query(".form-buttons")
        keys = rows.first().query_children(".form-keys") if rows else None
        if keys:
            keys.first().visible = True
        if not expanded:
            overlay.styles.max_height = None  # the stylesheet's again
            return
        below = rows.first().content_region if rows else None  # its padding row is free
        top = self.query_one(DropdownCurrent).region.bottom  # the list opens under the box
        room = below.y - top if below is not None and below.height else -1
        if room >= LEAST_ROWS:
            overlay.styles.max_height = min(room, LIST_ROWS)
        else:
            overlay.styles.max_height = None
            if keys and room >= 0:
                keys.first().visible = False

    async def _open_made_list(self) -> None:
        await self._make_list()
        if self.expanded:
            self._watch_expanded(True)

    # Async (Textual awaits an action that is): the keys after the one that opened it wait
    # until the list is there, as they did with Textual's, whose list was always there.
    async def action_show_overlay(self) -> None:  # type: ignore[override]  # awaited: above
        await self._make_list()
        super().action_show_overlay()


def _plain_label(prompt: object) -> str:
    """A choice's label as read: a ``Content``'s plain text, else its text."""
    return prompt.plain if isinstance(prompt, Content) else str(prompt)
