"""The store-problem screen's "Repair it" (``StoreProblemApp``'s base): offered first when the
launch refuses a store for its layout, what `repair` mends (another program's trigger,
table, view, index or column, or one of the app's own changed or missing).

The launch printed one sentence naming `bounceback-tui repair` and ended: a person who
does not live on the command line met a store that would not open and a command to copy.
The choice runs what `repair` runs (commands/layout_refused.py): a copy is kept first, what
the app does not make is removed, its own put back, then the store is brought up to date
and opened. A layout `repair` would not leave as the app makes it is not offered: the
screen says why, and a backup is the way back.
"""

from __future__ import annotations

from functools import partial
from typing import NamedTuple

from textual.app import ComposeResult
from textual.widgets import Button, Static

from bounceback_tui.errors import BouncebackError
from bounceback_tui.ui.kit.choice_button import ChoiceButton
from bounceback_tui.ui.kit.key_text import key_of
from bounceback_tui.ui.kit.text import markup_with, plain
from bounceback_tui.ui.screens.store_problem_restore import Action, RestoringApp, raise_it

REPAIRING = "Repairing: a copy of the store is kept first (a large one takes a while)…"


# After why "Repair it" is not offered: the way back, or that there is none.
WAY_BACK = "A backup made before it was changed is the way back."
NO_BACKUP = "There is no backup of it to restore."


class LayoutOffer(NamedTuple):
    """What the screen offers for a store refused for its layout."""

    what: str  # what "Repair it" does, in a sentence or two (the names: the person's text)
    repair: Action | None  # does it and says what was done; None: repair would not mend it
    why_not: str = ""  # why it is not offered, when it is not


class RepairingApp(RestoringApp):
    """The "Repair it" choice, and the worker that repairs."""

    layout: LayoutOffer | None
    done: bool
    repair_failed: bool  # it did not work: offered no more

    @property
    def store_opens(self) -> bool:
        return self.layout is not None

    @property
    def repair_offered(self) -> bool:
        return self.layout is not None and self.layout.repair is not None

    def _repair_choice(self) -> ComposeResult:
        """The choice and what it does, first; or, when it would not mend the store, why it
        is not offered."""
        layout = self.layout
        if layout is None:
            return
        if layout.repair is None:
            # With no backup at all it said "A backup … is the way back" and offered none;
            # with none that can be used, the note under them says so (``NONE_USABLE``).
            back = NO_BACKUP if self.no_backups else "" if self.none_usable else WAY_BACK
            why = f"{layout.why_not} {back}".rstrip()
            yield Static(plain(why), id="problem-no-repair", classes="problem-note")
            return
        yield ChoiceButton(
            markup_with("[b]$key[/b]  Repair it", key=key_of(self, "store_problem.repair", "p")),
            id="repair",
            compact=True,
        )
        yield Static(plain(layout.what), id="problem-repair-said", classes="problem-note")

    def action_repair(self) -> None:
        """In a worker, as a restore: the copy kept first and the upgrade take seconds on a
        large store."""
        if not self.repair_offered:
            return
        self.checking = True
        self._result_line().update(REPAIRING)
        self._show_result()
        self.refresh_bindings()
        self.run_worker(self._repair_in_worker, thread=True, group="repair")

    def _repair_in_worker(self) -> None:
        assert self.layout is not None and self.layout.repair is not None
        try:
            message = self.layout.repair()
        except BouncebackError as exc:
            self.call_from_thread(self._repair_ended, partial(raise_it, exc))
        else:
            self.call_from_thread(self._repair_ended, lambda: message)

    def _repair_ended(self, outcome: Action) -> None:
        self.checking = False
        self._do(outcome)
        if self.done:
            return
        # It did not work (said above): not offered again, to fail the same way.
        self.repair_failed = True
        for found in self.query("#repair, #problem-repair-said"):
            found.display = False
        self._way_on().focus()
        self.refresh_bindings()

    def _way_on(self) -> Button:
        """The button focused once Repair it did not work, or when the screen opens with no
        Repair it to offer: the most useful way on. A backup offered, Restore (it puts back
        what the person wrote); else Start fresh (asked first, the store kept aside whole).
        Never Quit, which leaves them where they began: focus went to Quit where Start
        fresh was the way on."""
        restore = self.query_one("#restore", Button)
        offered = self.backup_label is not None and not self.restore_failed
        return restore if offered and restore.display else self.query_one("#fresh", Button)
