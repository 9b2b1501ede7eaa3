"""Pick one item from a list by typing a few letters of it (an application to link)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from bounceback_tui.domain.fuzzy import FuzzyIndex
from bounceback_tui.ui.kit.choice_lists import CHOSEN_MARK, MarkedChoiceList
from bounceback_tui.ui.kit.fields import PlainInput
from bounceback_tui.ui.kit.key_text import with_keys
from bounceback_tui.ui.kit.keys_hint import KeysHint
from bounceback_tui.ui.kit.list_fit import fit_list_soon, keep_list_fitted
from bounceback_tui.ui.kit.text import plain
from bounceback_tui.ui.kit.type_ahead import TypeAhead
from bounceback_tui.ui.kit.typed_keys import types_a_character

SHOWN = 200  # the rest are found by typing
LIST_ROWS = 16  # with room to spare (styles/people.tcss says the same for the first frame)


class PickList(MarkedChoiceList):
    """The picker's list, which hands a printable key or a joiner (``typed_keys``) to "Type
    to find", typed there: the list took the focus with ↓, and letters typed then were
    dropped without a word (a stranger's walk on People `l`); `j`/`k`/`g`/`G` are letters
    to find with here, not the list's moves; Backspace mends the box's text. (↑ from its
    first entry goes to the box too: ``PickScreen.action_up``.)"""

    async def _on_key(self, event: events.Key) -> None:
        # Before the bindings (they are asked once the key comes back up to the app).
        # Backspace too: after ↓ a person mending what they typed was ignored while letters
        # went on being typed (the round's last walk).
        # A joiner too (a Persian name, an emoji family): the box takes it as typed.
        if types_a_character(event) or event.key == "backspace":
            event.stop()
            event.prevent_default()
            self._to_box(event)

    def _to_box(self, key: events.Key | None = None) -> None:
        screen = self.screen
        if isinstance(screen, PickScreen):
            screen.back_to_box(key)


class PickScreen(TypeAhead, ModalScreen[int | None]):
    """Returns the chosen item's id, or None when cancelled. ``items`` are (id, label,
    note): a person's text, shown plain. ``marks``: what follows an item's note, by its id
    (" · called off" in the warning colour); typing its words finds it too. ``verb``: what
    Enter does to the item marked "›" ("link"), said on the keys line: it said "Enter
    choose  ↓ the list", and a person pressed Down, Enter, taking the second item."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # Enter and Down in the box and on the list are theirs too (Input's submit and
        # scroll, the list's select and cursor), unshown, and the focused widget's binding
        # hides the screen's on the key bar, which read only "esc Cancel": the screen's come
        # first (priority), shown, and do there what the box or the list would.
        Binding("enter", "choose", "Choose", priority=True, id="pick.choose"),
        Binding("down", "to_list", "Next", priority=True, id="pick.to_list"),
        Binding("up", "up", "Up", show=False, priority=True, id="pick.up"),
        Binding("escape", "cancel", "Cancel", id="pick.cancel"),
    ]
    DEFAULT_CLASSES = "form-screen"

    def __init__(
        self,
        title: str,
        items: Sequence[tuple[int, str, str]],
        empty: str,
        *,
        marks: Mapping[int, Content] | None = None,
        verb: str = "choose",
    ) -> None:
        super().__init__()
        self.verb = verb
        self.title_text = title
        self.items = list(items)
        self.empty = empty
        self.marks = dict(marks or {})
        # The label is a name ("Acme (backend engineer)"): "be" finds it by its initials.
        self._index = FuzzyIndex(self.items, self._words, names_of=lambda item: item[1])

    def _words(self, item: tuple[int, str, str]) -> str:
        mark = self.marks.get(item[0])
        return f"{item[1]} {item[2]}{mark.plain if mark is not None else ''}"

    def compose(self) -> ComposeResult:
        with Vertical(id="pick-box", classes="form"):
            yield Static(plain(self.title_text), classes="form-title")
            # Back from the list (↑, or a letter), what was typed stays and is added to.
            yield PlainInput(
                placeholder="Type to find", id="pick-filter", compact=True, select_on_focus=False
            )
            yield PickList(id="pick-options", compact=True)
            yield KeysHint(
                with_keys(
                    "[b]{pick.choose|enter|Enter}[/b] "
                    f"{self.verb.capitalize()} the one marked {CHOSEN_MARK}  "
                    "[b]{pick.to_list|down|↓}[/b] Mark the next one  "
                    "[b]{pick.cancel|escape|Esc}[/b] Cancel",
                    self.app,
                ),
                classes="form-keys",
            )

    def on_mount(self) -> None:
        self._show(self.items)
        self.query_one("#pick-filter", Input).focus()
        # At 80x24 a long list reached the key bar's row: it gives up rows and scrolls.
        keep_list_fitted(self, *self._fitted())

    def on_resize(self) -> None:
        fit_list_soon(self, *self._fitted())

    def _fitted(self) -> tuple[Vertical, OptionList, int]:
        return self.query_one("#pick-box", Vertical), self.query_one(OptionList), LIST_ROWS

    def _show(self, items: Sequence[tuple[int, str, str]], query: str = "") -> None:
        options = self.query_one(OptionList)
        options.clear_options()
        if not items:
            # The filter is the reason when there were items to find: say so, not ``empty``.
            said = f"Nothing matches “{query}”." if query and self.items else self.empty
            options.add_option(Option(plain(said), disabled=True))
            return
        options.add_options(
            Option(
                plain(label) + plain(f"  {note}", "dim") + self.marks.get(item_id, Content("")),
                id=str(item_id),
            )
            for item_id, label, note in items[:SHOWN]
        )
        options.highlighted = 0

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        query = event.value.strip()
        self._show([i for i, _ in self._index.search(query)] if query else self.items, query)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_choose()

    def action_choose(self) -> None:
        """Take the entry marked "›" (the list's highlighted one)."""
        options = self.query_one(OptionList)
        if options.highlighted is not None:
            option = options.get_option_at_index(options.highlighted)
            if option.id is not None:
                self.dismiss(int(option.id))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.dismiss(int(event.option.id))

    def action_to_list(self) -> None:
        """Down from the box: Enter alone takes the highlighted match (the top one), so the
        list's cursor moves on from it. It landed on the top match, and Down, Enter took
        the same item Enter alone did (README: "Enter for the top match, or Down to pick
        another")."""
        options = self.query_one(OptionList)
        options.focus()
        if options.highlighted is None or options.highlighted < options.option_count - 1:
            options.action_cursor_down()  # the last stays marked: it never wraps to the first

    def action_up(self) -> None:
        """On the list, up one entry; from the first, back to the box (it wrapped round to
        the last entry, and Enter took that one)."""
        options = self.query_one(OptionList)
        if self.focused is not options:
            return
        if options.highlighted is None or options.highlighted <= 0:
            self.back_to_box()
        else:
            options.action_cursor_up()

    def back_to_box(self, key: events.Key | None = None) -> None:
        """From the list to "Type to find", with ``key`` typed there once it has the focus
        (keys typed meanwhile wait, in order: ``TypeAhead``)."""
        box = self.query_one("#pick-filter", Input)
        box.cursor_position = len(box.value)
        self.type_ahead_focus(box)
        if key is not None:
            self._forward_event(events.Key(key.key, key.character))

    def action_cancel(self) -> None:
        self.dismiss(None)
