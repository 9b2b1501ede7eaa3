"""The footer: the keys that apply where you are, drawn as one line of text.

Textual's Footer rebuilds a widget per key every time focus moves, which costs more
than the rest of a keystroke on a busy pane. This draws the same information (the
screen's active bindings that are shown, disabled ones dimmed, grouped bindings
such as `[` `]` on one label, the command palette on the right) without child
widgets, and redraws only when the bindings really change. Clicking a key runs its action
(kit/key_bar_clicks.py).

A form or a dialog open over its screen leaves the bar in sight: it then shows the
dialog's keys (those a click or a key press reach), and its screen's again once the
dialog closes.

When the keys do not fit (80 columns), the bar keeps every key of the pane and gives
up the generic ones instead, one step at a time: the palette's, then Quit (`?` lists
it), then the labels shorten to the short ones their widget declares in ``BAR_LABELS``
(keys sharing a short label share it, ``/ esc Filter``), then the gap after each
label goes. Only a terminal too narrow even for that loses keys, from the end, and its `?`
then says so ("? More"). Which form fits a width is kit/key_bar_fit.py's to say.

A pane may keep a key that works off the bar until it matters (``Pane.bar_leaves_out``:
Today's `i` and `N`, while it lists an interview).

The form is chosen for every key shown since focus came where it is (this screen, this
widget), not only the ones shown now: a key that comes and goes with the selection
(People's `N`, on a person with an interview) would otherwise switch every label between
full and short as the cursor moves. So the bar may shorten once, when such a key first
shows, and then reads the same; it grows back when focus moves or a dialog closes.
"""

from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import ActiveBinding, Binding
from textual.screen import Screen
from textual.widget import Widget

from bounceback_tui.ui.kit.bar_bindings import in_bar_order, left_out
from bounceback_tui.ui.kit.kept_lines import KeptByContent
from bounceback_tui.ui.kit.key_bar_clicks import run_clicked_key
from bounceback_tui.ui.kit.key_bar_fit import KeyItem, Layout, fitting
from bounceback_tui.ui.kit.theme_looks import part_style


class KeyBar(KeptByContent, Widget):
    # Its parts' colours are worked out from the theme's variables as their component
    # classes resolved them (kit/theme_looks.py): three rule sets fewer before the first
    # frame. What they were: a key ``color: $footer-key-foreground; background:
    # $footer-key-background; text-style: bold``, a description ``color:
    # $footer-description-foreground``, a disabled key ``color: $footer-foreground 45%``.
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        background: $footer-background;
        color: $footer-foreground;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._items: list[KeyItem] = []
        self._palette: KeyItem | None = None
        self._seen: list[KeyItem] = []  # the keys shown since focus came (see _collect)
        self._seen_where: tuple[int, int] = (0, 0)

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self.app.screen_change_signal.subscribe(self, self._screen_changed)
        self._collect()

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)
        self.app.screen_change_signal.unsubscribe(self)

    def _keys_screen(self) -> Screen:
        """The screen whose keys are shown: the bar's own, or the dialog on top of the
        dialogs open over it (a screen that fills the terminal hides the bar)."""
        stack = self.app.screen_stack
        if self.screen not in stack:
            return self.screen
        above = stack[stack.index(self.screen) + 1 :]
        return above[-1] if above and all(screen.is_modal for screen in above) else self.screen

    def _screen_changed(self, _screen: Screen) -> None:
        if not self.is_attached:
            return
        shown = self._keys_screen()
        if shown is not self.screen:
            # Read once it says its bindings are in place: a dialog just pushed may not have
            # built what its check_action looks at yet.
            shown.bindings_updated_signal.unsubscribe(self)  # once, however often it is on top
            shown.bindings_updated_signal.subscribe(self, self._bindings_changed)
        elif self._collect():
            self._redraw()

    def shown(self) -> list[tuple[str, str]]:
        """(keys, label) of every key drawn on the bar, in order (the palette's last)."""
        items = self._fitting(self.size.width)
        if self._palette is not None and self._drawn()[2]:
            items = [*items, self._palette]
        return [(" ".join(item.keys), item.label) for item in items]

    def shown_actions(self) -> list[str]:
        """The action of every key drawn on the bar, each of a group's (the palette's not
        included)."""
        return [action for item in self._fitting(self.size.width) for action in item.actions]

    def _bindings_changed(self, screen: Screen) -> None:
        if self.is_attached and screen is self._keys_screen() and self._collect():
            self._redraw()

    def _redraw(self) -> None:
        """Draw the bar again, and the dialogs open over it in its row: each draws the
        screen under it as its dimmed background, and keeps what it drew. Textual repaints
        the top one; one in between (the answer bank under a form under the conflict
        dialog) went on showing the bar as it was (the form's keys, with the dialog's up)."""
        self.refresh()
        stack = self.app.screen_stack
        if self.screen in stack:
            for screen in stack[stack.index(self.screen) + 1 : -1]:
                screen.refresh(self.region)

    def _collect(self) -> bool:
        """Read the active bindings; True if what the bar shows has changed."""
        screen = self._keys_screen()
        # Each node's keys as it declares them, wherever the keymap put them; on a dialog its
        # buttons' keys in the buttons' order (bar_bindings.py).
        items, palette = self._items_of(in_bar_order(screen, self.app))
        # The keys shown since focus came where it is (this screen, this widget): the bar's
        # form is chosen from these, so a key that comes and goes with the selection
        # (People's `N`) leaves the others' labels as they were once it has been shown.
        context = (id(screen), id(screen.focused))
        seen = list(items) if context != self._seen_where else self._with(self._seen, items)
        changed = items != self._items or palette != self._palette or seen != self._seen
        self._items, self._palette, self._seen, self._seen_where = items, palette, seen, context
        return changed

    @staticmethod
    def _with(seen: list[KeyItem], items: list[KeyItem]) -> list[KeyItem]:
        """``seen`` with ``items`` in: each key as it is now, a new one at the end."""
        out = {item.actions: item for item in seen}
        out.update((item.actions, item) for item in items)
        return list(out.values())

    def _items_of(self, active: Iterable[ActiveBinding]) -> tuple[list[KeyItem], KeyItem | None]:
        """The bar's items for these active bindings, and the palette's key."""
        app = self.app
        by_action: dict[str, list[tuple[Binding, bool]]] = defaultdict(list)
        palette: KeyItem | None = None
        shorts: dict[str, str] = {}
        for node, binding, enabled, _tooltip in active:
            if binding.key == app.COMMAND_PALETTE_BINDING and app.ENABLE_COMMAND_PALETTE:
                palette = KeyItem((app.get_key_display(binding),), binding.key, "palette", enabled)
                continue
            if binding.show and not left_out(node, binding.action):
                by_action[binding.action].append((binding, enabled))
                labels: Mapping[str, str] = getattr(node, "BAR_LABELS", {})
                if binding.id is not None and binding.id in labels:
                    shorts[binding.action] = labels[binding.id]
        items: list[KeyItem] = []
        groups: dict[str, int] = {}
        for entries in by_action.values():
            binding, enabled = entries[0]
            shown = app.get_key_display(binding)
            short = shorts.get(binding.action, "")
            if binding.group is not None:
                title = binding.group.description
                if title in groups:
                    previous = items[groups[title]]
                    items[groups[title]] = previous._replace(
                        keys=(*previous.keys, shown), actions=(*previous.actions, binding.action)
                    )
                    continue
                groups[title] = len(items)
                items.append(KeyItem((shown,), binding.key, title, enabled, (binding.action,)))
            else:
                items.append(
                    KeyItem(
                        (shown,),
                        binding.key,
                        binding.description,
                        enabled,
                        (binding.action,),
                        short,
                    )
                )
        return items, palette

    def content_key(self) -> Hashable:
        return (tuple(self._items), self._palette, tuple(self._seen))

    def render(self) -> Text:
        return self._drawn()[0]

    def _drawn(self) -> tuple[Text, list[tuple[int, int, str]], bool]:
        """The bar's line at its width, the (start, end, key) of each key on it (for
        clicks), and whether the palette's key fits on it."""
        key_style, text_style, dim = self._looks()
        line = Text(no_wrap=True, overflow="crop", end="")
        spans: list[tuple[int, int, str]] = []
        palette_drawn = False

        layout = self._layout(self.size.width)
        after = "" if layout.compact else " "  # the gap after a label

        def add(item: KeyItem) -> None:
            start = line.cell_len
            keys = " ".join(item.keys)
            line.append(f" {keys} ", dim if not item.enabled else key_style)
            line.append(f"{item.label}{after}", dim if not item.enabled else text_style)
            spans.append((start, line.cell_len, item.press))

        for item in layout.items:
            add(item)
        if self._palette is not None and layout.palette:
            tail = Text(no_wrap=True, end="")
            tail.append(f" {self._palette.keys[0]} ", key_style)
            tail.append("palette ", text_style)
            gap = self.size.width - line.cell_len - tail.cell_len
            palette_drawn = gap >= 1
            if gap >= 1:
                line.append(" " * gap, Style())
                start = line.cell_len
                line.append_text(tail)
                spans.append((start, line.cell_len, self._palette.press))
        return line, spans, palette_drawn

    def _looks(self) -> tuple[Style, Style, Style]:
        """A key's style, a description's and a disabled key's (kit/theme_looks.py)."""
        base, background = self.rich_style, self.background_colors[1]
        variables = self.app.theme_variables
        return (
            part_style(
                base,
                background,
                variables,
                "footer-key-foreground",
                back="footer-key-background",
                bold=True,
            ),
            part_style(base, background, variables, "footer-description-foreground"),
            part_style(base, background, variables, "footer-foreground 45%"),
        )

    def _fitting(self, width: int) -> list[KeyItem]:
        """The items drawn at ``width``, in order (see ``_layout``)."""
        return self._layout(width).items

    def _layout(self, width: int) -> Layout:
        """What is drawn at ``width`` (kit/key_bar_fit.py): the form is chosen for every key
        shown since focus came where it is (``_collect``)."""
        return fitting(self._seen, self._items, width, self._palette_width())

    def _palette_width(self) -> int:
        if self._palette is None:
            return 0
        return cell_len(self._palette.keys[0]) + 2 + len("palette ") + 1  # and a gap

    async def on_click(self, event: events.Click) -> None:
        for start, end, key in self._drawn()[1]:
            if start <= event.x < end:
                event.stop()
                await run_clicked_key(self._keys_screen(), event, key)  # once, never typed
                return
