"""Pick a thinking trap to filter the history by (with how often each was met)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from bounceback_tui.reframe import TRAPS
from bounceback_tui.ui.kit.choice_lists import ChoiceList
from bounceback_tui.ui.kit.key_text import with_keys
from bounceback_tui.ui.kit.keys_hint import KeysHint
from bounceback_tui.ui.kit.list_fit import fit_list_soon, keep_list_fitted
from bounceback_tui.ui.kit.text import markup_with

ALL = "__all__"
TRAP_ROWS = 16  # the list's rows at most (every trap and "All records" in a tall terminal)


class TrapFilterScreen(ModalScreen[str | None]):
    """Returns a trap key, "" for every record, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="trap_filter.cancel"),
    ]
    DEFAULT_CLASSES = "form-screen"

    def __init__(self, counts: dict[str, int], current: str = "") -> None:
        super().__init__()
        self.counts = counts
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="trap-filter-box", classes="form"):
            yield Static("Show records with this trap", classes="form-title")
            options = [Option("All records", id=ALL)]
            for trap in TRAPS:
                count = self.counts.get(trap.key, 0)
                options.append(
                    Option(
                        markup_with("$trap  [dim]$count[/dim]", trap=trap.name, count=f"{count:,}"),
                        id=trap.key,
                    )
                )
            yield ChoiceList(*options, id="trap-filter-options", compact=True)
            yield KeysHint(
                with_keys(
                    "[b]{choices.choose|enter|Enter}[/b] Choose  "
                    "[b]{trap_filter.cancel|escape|Esc}[/b] Cancel",
                    self.app,
                ),
                classes="form-keys",
            )

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.highlighted = options.get_option_index(self.current) if self.current else 0
        options.focus()
        # At most 16 rows of traps, and the box never over the key bar (kit/list_fit.py): at
        # 60x20 it reached the bottom row (the random walk at 60x20, seed 7272).
        keep_list_fitted(self, *self._fitted())

    def on_resize(self) -> None:
        fit_list_soon(self, *self._fitted())

    def _fitted(self) -> tuple[Vertical, OptionList, int]:
        return self.query_one("#trap-filter-box", Vertical), self.query_one(OptionList), TRAP_ROWS

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss("" if event.option.id == ALL else event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
