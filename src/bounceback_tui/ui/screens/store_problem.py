"""Shown instead of the app when the file at the store's path cannot be read.

The file is never changed here. The person chooses: put back the latest backup
(an unreadable file is moved aside first; a store refused for its layout is kept whole as a
before-restore backup, and the result names it), start fresh (asked first; the file is moved
aside, never deleted), or quit and leave everything exactly as it is.

The screen can appear while the person is typing: a store that breaks under an open window
closes it, and this screen takes its place. Keys typed in that burst must not choose
anything (an attacker typing "After JSON over store" into a form started a fresh store with
its `f`): until the keyboard has been still for ``KEY_QUIET_S``, from the moment the screen
is up, keys, pastes and clicks are let go unread, and the screen says so once. Browsers hold
the buttons of a security prompt the same way.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Button, Footer, Static

from bounceback_tui.errors import BouncebackError
from bounceback_tui.ui.keymap import first_key, load_keymap, normalize_keys
from bounceback_tui.ui.kit.choice_button import ChoiceButton
from bounceback_tui.ui.kit.commands_whole import CommandsWhole
from bounceback_tui.ui.kit.dialog_room import DialogsAboveBar
from bounceback_tui.ui.kit.key_text import key_of, key_word, key_written, with_keys
from bounceback_tui.ui.kit.text import after_colon, markup_with, plain
from bounceback_tui.ui.screens.store_problem_keys import ScreenKeysApp
from bounceback_tui.ui.screens.store_problem_repair import LayoutOffer
from bounceback_tui.ui.screens.store_problem_restore import Action, NextOffer
from bounceback_tui.ui.styles import stylesheet_paths

# How long the keyboard must be still, from the moment the screen is up, before a key
# chooses anything (seconds).
KEY_QUIET_S = 1.0
# What is let go unread while it is not (a key, a paste, a click).
_HELD_BACK = (events.Key, events.Paste, events.MouseDown, events.MouseUp, events.Click)


class StoreProblemApp(DialogsAboveBar, ScreenKeysApp):
    """Returns True when the main app should open next, False to quit.

    A question asked here is a dialog as the app's are (``DialogsAboveBar``): it has a key
    bar of its own with its keys (the footer under it showed "h Help" alone, which the
    question does not take), and is kept above that bar as the terminal is resized."""

    TITLE = "bounceback"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("p", "repair", "Repair it", id="store_problem.repair"),
        Binding("r", "restore", "Restore", id="store_problem.restore"),
        Binding("f", "fresh", "Start fresh", id="store_problem.fresh"),
        Binding("q", "leave", "Quit", id="store_problem.quit"),
        # Escape backs out (a panel), never quits: it quit with the problem unsolved.
        Binding("escape", "back_out", "Close a panel", show=False, id="store_problem.back"),
        # Space presses the focused button, as Enter does, by the kit's button (kit/button.py).
        # First (priority): the focused button's own Enter, unshown, hid it from the bar, which
        # said "q Quit  h Help" under "Press Enter to open bounceback". Until a choice is
        # made it is not enabled (check_action), and Enter presses the focused button.
        Binding("enter", "open_app", "Open bounceback", priority=True, id="store_problem.open"),
        Binding("h", "struggling", "Help", id="store_problem.struggling"),
        # Not in the bar, which is full at 60 columns ("? Key▏"): the palette's Keys too.
        Binding("question_mark", "keys", "Keys", show=False, id="store_problem.keys"),
    ]

    def __init__(
        self,
        problem: str,
        *,
        backup_label: str | None,
        aside_name: str,
        aside_folder: str | None = None,
        restore: Action,
        fresh: Action,
        settings_file: Path | None = None,
        restore_command: str = "bounceback-tui restore",
        quiet_s: float = KEY_QUIET_S,
        passed_over: Sequence[str] = (),
        next_offer: NextOffer | None = None,
        layout: LayoutOffer | None = None,
    ) -> None:
        super().__init__(css_path=[*stylesheet_paths()])
        self.quiet_s = quiet_s
        self._quiet_until = time.monotonic() + quiet_s
        self.keys_let_go = 0  # keys (and pastes, clicks) read as typing, not as a choice
        self.problem = problem
        self.backup_label = backup_label  # the backup offered: the newest a restore takes
        # Newer backups a restore would refuse (every one, when none is offered), each with
        # the mark `restore`'s list gives it: "daily, today 09:30: damaged, cannot be used".
        self.passed_over = tuple(passed_over)
        self.aside_name = aside_name
        self.aside_folder = aside_folder  # where Start fresh keeps it
        self._restore = restore
        self._next_offer = next_offer  # the next backup, once the one offered is refused
        self._fresh = fresh
        self.settings_file = settings_file
        self.restore_command = restore_command  # lists every backup, to choose another
        # Refused for its layout (commands/layout_refused.py): "Repair it" first; a fresh
        # start keeps the store aside as the other refusals do.
        self.layout = layout
        self.repair_failed = False
        self.done = False
        self.outcome = ""  # what the choice made did, said again once the person quits
        self.restore_failed = False  # no backup is left that would not fail the same way
        self.checking = False  # the backup is being checked and put back (a worker)
        if settings_file is not None:
            self.set_keymap(own_keymap(settings_file))

    def get_css_variables(self) -> dict[str, str]:
        """The theme's variables and the lines' the stylesheets name (kit/theme_looks.LINES),
        the scroll bar's thumb in the text colour (kit/theme_looks_scrollbar.py)."""
        from bounceback_tui.ui.kit.theme_looks import line_variables
        from bounceback_tui.ui.kit.theme_looks_scrollbar import thumb_variables

        self.theme_variables = thumb_variables(line_variables(super().get_css_variables()))
        return self.theme_variables

    @property
    def keys_in_use(self) -> dict[str, str]:
        """The person's keys for this screen's bindings (``ui/app_keys.keys_in_use``)."""
        return dict(self._keymap)

    def get_key_display(self, binding: Binding) -> str:
        """A key as the app writes it everywhere (``kit/key_text.key_written``: "Esc")."""
        return key_written(binding, super().get_key_display(binding))

    def key_label(self, binding_id: str, default: str) -> str:
        """A key of this screen as the person's keymap has it, for the text that names it."""
        keys = self._keymap.get(binding_id) or normalize_keys(default)
        return self.get_key_display(Binding(first_key(keys), ""))

    def compose(self) -> ComposeResult:
        # The page scrolls with the keys (Up, Down, PageUp, PageDown, Home, End reach it
        # from the buttons) on a small terminal; a result is scrolled into view. Not a stop
        # of Tab's: at 60x20 Tab's third stop was the page, nothing shown focused, Space and
        # Enter doing nothing.
        with VerticalScroll(id="problem-page", can_focus=False), Vertical(id="problem-box"):
            yield Static("Your store cannot be opened", id="problem-title", classes="problem-title")
            yield CommandsWhole(plain(self.problem), id="problem-text")
            yield Static("What would you like to do?", id="problem-prompt")
            yield from self._repair_choice()
            yield ChoiceButton(self._restore_text(), id="restore", compact=True)
            passed = CommandsWhole(self._passed_over_text(), id="problem-passed")
            passed.display = bool(self.passed_over)
            yield passed
            none_usable = Static(self._none_usable_text(), id="problem-none-usable")
            none_usable.add_class("problem-note")
            none_usable.display = self.none_usable
            yield none_usable
            yield ChoiceButton(
                markup_with(
                    "[b]$fresh[/b]  Start fresh (the file is kept as $name)",
                    name=self.aside_name,
                    fresh=key_of(self, "store_problem.fresh", "f"),
                ),
                id="fresh",
                compact=True,
            )
            yield ChoiceButton(
                markup_with(
                    "[b]$quit[/b]  Quit and leave everything as it is",
                    quit=key_of(self, "store_problem.quit", "q"),
                ),
                id="leave",
                compact=True,
            )
            yield CommandsWhole("", id="problem-result")
            # SQLite's own words behind a choice that did not work (docs/backups.md): the
            # line above says it plainly.
            details = Static("", id="problem-details")
            details.display = False
            yield details
            # Shown, and focused, once a choice is made: the keys always have a place to go.
            opening = ChoiceButton(
                with_keys("[b]{store_problem.open|enter|Enter}[/b]  Open bounceback", self),
                id="open",
                compact=True,
            )
            opening.display = False
            yield opening
            yield Static(
                with_keys(
                    "[b]{store_problem.struggling|h}[/b]  If you are struggling: where to find "
                    "help (works without the store)",
                    self,
                ),
                id="problem-care",
            )
        yield Footer()

    def on_mount(self) -> None:
        self._quiet_until = time.monotonic() + self.quiet_s  # from the moment it is up
        restore = self.query_one("#restore", Button)
        restore.disabled = self.backup_label is None
        if self.layout is not None:  # a store refused for its layout: repair it first
            restore.display = self.backup_label is not None
        # Repair it first where it is offered; else the most useful way on, as once it fails
        # (Restore, else Start fresh): a layout refusal with no backup opened on Quit.
        first = self.query_one("#repair", Button) if self.repair_offered else self._way_on()
        first.focus()

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, _HELD_BACK) and not event.is_forwarded and self._still_typing(event):
            event.stop()
            return
        await super().on_event(event)

    def _still_typing(self, event: events.Event) -> bool:
        """Whether ``event`` comes before the keyboard has been still long enough: it is
        then let go, and a key or a paste starts the wait again."""
        now = time.monotonic()
        if now >= self._quiet_until:
            return False
        if isinstance(event, (events.Key, events.Paste)):
            self._quiet_until = now + self.quiet_s
        self.keys_let_go += 1
        if self.keys_let_go == 1 and not self.done:
            self.query_one("#problem-result", Static).update(
                "What was typed as this appeared was not taken as a choice. Read this, then choose."
            )
        return True

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if len(self.screen_stack) > 1 and action != "struggling":
            return False  # the crisis screen is open: no key of this one reaches past it
        return self.can_choose(action)

    def can_choose(self, action: str) -> bool:
        """Whether ``action`` can be chosen now, a screen above this one or not (the
        palette lists what can be chosen once it is closed)."""
        if self.checking and action not in ("leave", "struggling", "back_out"):
            return False  # the backup is being checked and put back: only quit (and help)
        if action == "repair":
            return self.repair_offered and not self.done and not self.repair_failed
        if action == "restore":
            return not self.done and not self.restore_failed and self.backup_label is not None
        if action == "fresh":
            return not self.done
        if action == "open_app":
            return self.done
        return True

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if self.checking:
            return
        actions = {
            "repair": self.action_repair,
            "restore": self.action_restore,
            "fresh": self.action_fresh,
            "open": self.action_open_app,
        }
        actions.get(event.button.id or "", self.action_leave)()

    def action_fresh(self) -> None:
        """Asked first, the Cancel button focused: the store in use changes."""
        from bounceback_tui.ui.kit.confirm import ConfirmScreen

        def answered(yes: bool | None) -> None:
            if yes:
                self._do(self._fresh)

        self.push_screen(
            ConfirmScreen(
                "Start fresh, with an empty store?",
                markup_with(
                    # With no backups, it spoke of some ("Your backups stay as they are").
                    "$kept is renamed to $name and kept beside the new store, never deleted."
                    if self.no_backups
                    else "$kept is renamed to $name and kept beside the new store, never "
                    "deleted. Your backups stay as they are.",
                    kept=self.fresh_keeps(),
                    name=self.aside_name,
                ),
                confirm_label="Start fresh",
                cancel_label="Go back",
            ),
            answered,
        )

    def action_struggling(self) -> None:
        from bounceback_tui.services.care_settings import CareSettings, load_care
        from bounceback_tui.ui.care.crisis import CrisisScreen

        care = load_care(self.settings_file) if self.settings_file else CareSettings()
        if not isinstance(self.screen, CrisisScreen):
            self.push_screen(CrisisScreen(care))

    def action_leave(self) -> None:
        """Quit; but with Textual's keys panel open (Escape closes a panel), close it."""
        if panels := self.screen.query("HelpPanel"):
            panels.remove()
            return
        self.exit(False)

    def action_command_palette(self) -> None:
        """The app's palette over Textual's own actions: Enter runs Quit only by its name
        (ui/palette_enter.py); Textual's ran it at `q` and Enter."""
        from bounceback_tui.ui.commands import Palette, SystemActionsProvider

        if self.use_command_palette and not Palette.is_open(self):
            self.push_screen(Palette(providers=[SystemActionsProvider], id="--command-palette"))

    def action_open_app(self) -> None:
        self.exit(True)

    def _do(self, action: Action, *, restoring: bool = False) -> None:
        result = self._result_line()
        try:
            message = action()
        except BouncebackError as exc:
            if restoring:
                self._restore_failed(exc)
            else:
                result.update(
                    markup_with("[b]That did not work:[/b] $error", error=after_colon(exc))
                )
                result.add_class("-error")
                details = self.query_one("#problem-details", Static)
                details.update(markup_with("Details: $said", said=exc.details))
                details.display = bool(exc.details)
                self._show_result()
            return
        self.done, self.outcome = True, message
        for button in self.query(Button):
            button.display = button.id == "open"
        self.query_one("#open", Button).focus()
        self.query_one("#problem-prompt", Static).display = False
        self.query_one("#problem-passed", Static).display = False
        for note in self.query(".problem-note"):
            note.display = False
        # What was wrong is past ("It was left untouched" beside "kept as …unreadable-…").
        self.query_one("#problem-text", Static).display = False
        self.query_one("#problem-title", Static).update("Ready to go")
        result.remove_class("-error")
        result.update(
            markup_with(
                "$message\n\nPress [b]$open[/b] to open bounceback, or [b]$quit[/b] to quit.",
                message=message,
                open=key_word(self, "store_problem.open", "enter", "Enter"),
                quit=key_of(self, "store_problem.quit", "q"),
            )
        )
        self.refresh_bindings()
        self._show_result()


def own_keymap(settings_file: Path) -> dict[str, str]:
    """The entries of the person's keymap for this screen's keys that can be applied: it
    said "r Restore" whatever settings.toml gave ``store_problem.restore``. One that would
    clash is left out here as the app leaves it out (and names it once the store opens)."""
    from bounceback_tui.ui.binding_catalogue import BindingEntry, check_keymap

    mine = {
        binding_id: keys
        for binding_id, keys in load_keymap(settings_file).keymap.items()
        if binding_id.startswith("store_problem.")
    }
    if not mine:
        return {}
    entries = [
        BindingEntry(StoreProblemApp, binding)
        for binding in StoreProblemApp.BINDINGS
        if isinstance(binding, Binding)
    ]
    return check_keymap(mine, entries=entries).keymap
