"""The settings screen's list of its sections, where the screen opens.

Settings opened with the weekly goal focused and its value selected, so a digit pressed out
of habit right after `,` (1 to 6 switch panes everywhere else) replaced the goal, and it was
saved (a tester's walk). It opens on this list instead: nothing in it is a setting, so a
key pressed on arrival changes nothing. Enter goes to the highlighted section's first
setting; Tab goes on from the list to the first setting, as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple

from textual.actions import SkipAction
from textual.binding import Binding, BindingType
from textual.widgets import Static
from textual.widgets.option_list import Option

from bounceback_tui.ui.kit.choice_lists import ChoiceList
from bounceback_tui.ui.kit.text import plain

if TYPE_CHECKING:
    from textual.app import App


class Section(NamedTuple):
    key: str  # its heading is #section-<key>
    title: str
    first: str  # the id of its first setting


SECTIONS = (
    Section("search", "Your search", "setting-weekly_goal"),
    Section("look", "Look and feel", "setting-theme"),
    Section("messages", "Messages", "setting-your_name"),
    Section("recovery", "Recovery plan", "setting-recovery_optional_steps"),
    Section("care", "If you are struggling", "care-country"),
)
SECTIONS_BY_KEY = {section.key: section for section in SECTIONS}


def section_heading(key: str) -> Static:
    """The heading the section ``key`` starts with (Enter on the list scrolls it to the top)."""
    title = SECTIONS_BY_KEY[key].title
    return Static(plain(title), id=f"section-{key}", classes="settings-section")


class SectionList(ChoiceList):
    """The sections, one highlighted from the start; Enter (or a click) goes to its first
    setting: ``go_to`` (the screen's) is called at once, not by a message, so keys typed
    just after Enter wait for that setting rather than reach this list."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Go to section", id="settings.go_to"),
    ]

    def __init__(self, go_to: Callable[[Section], object], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._go_to = go_to

    def action_select(self) -> None:
        if self.highlighted is not None:
            self._go_to(SECTIONS[self.highlighted])

    def on_mount(self) -> None:
        self.add_options(Option(section.title, id=section.key) for section in SECTIONS)
        self.highlighted = 0

    # Page Down and Up scroll the screen, as they did from the first setting (its column
    # takes focus along, kit/focus.FieldsScroll); in a list of five they went to its ends.
    def action_page_down(self) -> None:
        raise SkipAction()

    def action_page_up(self) -> None:
        raise SkipAction()


# The app's keys that act on the pane shown (ui/app.py's BINDINGS, ui/app_panes.py).
_PANE_ACTIONS = ("show_pane", "refresh_pane")


def is_pane_key(app: App[object], key: str) -> bool:
    """Whether ``key`` is one of the app's pane keys (`1`–`6`, `ctrl+r`), as the person's
    keymap has them."""
    keymap: dict[str, str] = getattr(app, "_keymap", {})
    if key not in app._bindings.key_to_bindings and not any(
        key in keys.split(",") for keys in keymap.values()
    ):
        return False  # the cheap look first: every key that comes up to the screen asks
    bindings = app._bindings.copy()
    if keymap:
        bindings.apply_keymap(keymap)
    return any(
        binding.action.startswith(_PANE_ACTIONS)
        for binding in bindings.key_to_bindings.get(key, ())
    )
