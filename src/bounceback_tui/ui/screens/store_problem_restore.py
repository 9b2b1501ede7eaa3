"""The store-problem screen's restore (``StoreProblemApp``'s base): the backup offered is
checked and put back in a worker, and when it is refused the screen says why and offers the
next backup a restore would take in its place, its rows checked first.

Checking every row of a large backup takes seconds: the screen froze with no word meanwhile
(a restore at 100,000 applications), so the work runs on a thread with a line saying so. It
offered the newest backup its layout let through, and `r` refused it for a bad row with
nothing more to offer than quitting to run `restore` (the twenty-eighth round's left-alone
list): a dead end while an older backup would have done.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from textual.app import App
from textual.content import Content
from textual.widgets import Button, Static

from bounceback_tui.errors import BackupRefusedError, BouncebackError
from bounceback_tui.ui.kit.key_text import key_of
from bounceback_tui.ui.kit.text import after_colon, markup_with, plain

# Each action does the work and returns a sentence saying what happened.
Action = Callable[[], str]
# Given the refusal of the backup offered, the next offer: its label (None: none is left)
# and every backup passed over with its mark (commands/offered_backup.py).
NextOffer = Callable[[BackupRefusedError], tuple[str | None, Sequence[str]]]

CHECKING = "Checking the backup before putting it back (a large one takes a while)…"
# Under the backups listed when none of them can be used: said so, and what can be done. It
# said "A backup made before it was changed is the way back" over backups none of which was.
NONE_USABLE = (
    "None of your backups can be used (each is listed above with why). What you can do is "
    "start fresh ([b]$fresh[/b]): $kept is kept as $name$folder, never deleted, and the app "
    "opens with an empty store."
)
LOOKING = "Checking the older backups for one that can be used (a large one takes a while)…"


def refusal_here(error: BouncebackError) -> str:
    """``error`` said without the advice to choose another backup (a stranger read "…
    Choose another backup." on a screen with no list, above its offer of the older one).
    The advice is the refusal's own (``BackupRefusedError.choose_another``), never looked
    for in its words. This screen has no list to choose from: it offers the next backup
    itself, or says how to reach the list."""
    if isinstance(error, BackupRefusedError):
        return error.without_choosing
    return str(error)


def raise_it(error: BouncebackError) -> str:
    """An action's outcome that is ``error``: the ended handler calls it and shows what it
    raises (the repair screen's too)."""
    raise error


class RestoringApp(App[bool]):
    """What ``StoreProblemApp`` offers to restore, and the worker that restores it."""

    backup_label: str | None  # the backup offered: the newest a restore takes
    passed_over: tuple[str, ...]  # newer ones a restore refuses, each with its mark
    restore_command: str  # lists every backup, to choose another
    restore_failed: bool  # no backup is left to offer: `r` is offered no more
    checking: bool  # the backup is being checked and put back (a worker)
    aside_name: str  # the name Start fresh keeps the store under
    aside_folder: str | None  # the folder it is kept in (None: not named)
    _restore: Action
    _next_offer: NextOffer | None

    def _do(self, action: Action, *, restoring: bool = False) -> None:
        raise NotImplementedError  # StoreProblemApp's

    @property
    def store_opens(self) -> bool:
        """Whether the store was refused though it opens (for its layout: another program
        changed it), not as a file that cannot be opened (RepairingApp's)."""
        return False

    def fresh_keeps(self) -> str:
        """What Start fresh keeps aside, said by why the store was refused: a store refused
        for its layout was called "the file that cannot be opened", though it opens."""
        return "Your store, as it is," if self.store_opens else "The file that cannot be opened"

    @property
    def no_backups(self) -> bool:
        """Whether there is no backup at all, usable or not."""
        return self.backup_label is None and not self.passed_over

    @property
    def none_usable(self) -> bool:
        """Whether there are backups, but none a restore would take."""
        return self.backup_label is None and bool(self.passed_over)

    def _none_usable_text(self) -> Content:
        """``NONE_USABLE``, with the keys as bound and where the store is kept."""
        return markup_with(
            NONE_USABLE,
            fresh=key_of(self, "store_problem.fresh", "f"),
            kept=after_colon(self.fresh_keeps()),
            name=self.aside_name,
            folder=f" in {self.aside_folder}" if self.aside_folder else "",
        )

    def _restore_text(self) -> Content:
        key = key_of(self, "store_problem.restore", "r")
        if self.backup_label:
            which = "newest backup that can be used" if self.passed_over else "latest backup"
            return markup_with(
                "[b]$key[/b]  Restore the $which ($label)",
                which=which,
                label=self.backup_label,
                key=key,
            )
        # Not a choice, so no key: it read as one ("r  Restore the latest backup (there are
        # none yet)") though there was nothing to restore; shown as unavailable, and why.
        if self.passed_over:
            return plain("   Restore a backup: not available, none of them can be used")
        return plain("   Restore a backup: not available, there are none yet")

    def _passed_over_text(self) -> Content:
        """The backups not offered, marked as `restore` lists them (at most four, then how
        many more and the command that lists them all)."""
        shown = self.passed_over[:4]
        if not self.backup_label:
            heading = "Your backups:"
        elif len(self.passed_over) == 1:
            heading = "A newer backup that cannot be used:"
        else:
            heading = "Newer backups that cannot be used:"
        lines = [f"   {heading}", *(f"     {line}" for line in shown)]
        if more := len(self.passed_over) - len(shown):
            lines.append(f"     and {more:,} more: `{self.restore_command}` lists them all")
        return plain("\n".join(lines))

    def action_restore(self) -> None:
        """Checked and put back in a worker: checking every row of a large backup takes
        seconds, and the screen froze with no word meanwhile (a restore at 100,000
        applications)."""
        self.checking = True
        self._result_line().update(CHECKING)
        self._show_result()
        self.refresh_bindings()
        self.run_worker(self._restore_in_worker, thread=True, group="restore")

    def _restore_in_worker(self) -> None:
        try:
            message = self._restore()
        except BackupRefusedError as exc:
            if self._next_offer is None:
                self.call_from_thread(self._restore_ended, partial(raise_it, exc))
            else:
                self.call_from_thread(self._looking_further, exc)
                self._find_next(self._next_offer, exc)
        except BouncebackError as exc:
            self.call_from_thread(self._restore_ended, partial(raise_it, exc))
        else:
            self.call_from_thread(self._restore_ended, lambda: message)

    def _find_next(self, next_offer: NextOffer, refused: BackupRefusedError) -> None:
        """The next backup a restore would take, found on the worker's thread."""
        try:
            label, passed_over = next_offer(refused)
        except BouncebackError:
            label, passed_over = None, self.passed_over
        self.call_from_thread(self._offer_next, refused, label, tuple(passed_over))

    def _looking_further(self, refused: BackupRefusedError) -> None:
        result = self._result_line()
        result.update(
            markup_with(
                "[b]That did not work:[/b] $error\n\n$looking",
                error=after_colon(refusal_here(refused)),
                looking=LOOKING,
            )
        )
        result.add_class("-error")
        self._show_result()

    def _offer_next(
        self, refused: BackupRefusedError, label: str | None, passed_over: tuple[str, ...]
    ) -> None:
        """Offer ``label`` where the refused backup was, the refused one now marked among
        those passed over; none left: say what can be done instead."""
        self.checking = False
        self.backup_label, self.passed_over = label, passed_over
        if label is None:
            self._restore_failed(refused)
            return
        restore = self.query_one("#restore", Button)
        restore.label = self._restore_text()
        restore.disabled = False
        passed = self.query_one("#problem-passed", Static)
        passed.update(self._passed_over_text())
        passed.display = True
        restore.focus()
        result = self._result_line()
        result.update(
            markup_with(
                "[b]That did not work:[/b] $error\n\n"
                "An older backup that can be used is offered in its place: [b]$restore[/b] "
                "puts it back. Or start fresh ([b]$fresh[/b]), or quit ([b]$quit[/b]).",
                error=after_colon(refusal_here(refused)),
                restore=key_of(self, "store_problem.restore", "r"),
                fresh=key_of(self, "store_problem.fresh", "f"),
                quit=key_of(self, "store_problem.quit", "q"),
            )
        )
        result.add_class("-error")
        self.refresh_bindings()
        self._show_result()

    def _restore_ended(self, outcome: Action) -> None:
        self.checking = False
        self._do(outcome, restoring=True)

    def _restore_failed(self, error: BouncebackError) -> None:
        """The latest backup cannot be restored: say what can be done instead, and offer it
        no more (a second `r` failed the same way)."""
        self.restore_failed = True
        restore = self.query_one("#restore", Button)
        restore.display = False
        self.query_one("#problem-passed", Static).display = False
        self.query_one("#fresh", Button).focus()
        result = self._result_line()
        result.update(
            markup_with(
                "[b]That did not work:[/b] $error\n\n"
                "To choose another backup, quit ([b]$quit[/b]) and run `$command`: it lists "
                "them all. Or start fresh ([b]$fresh[/b]): $kept, never deleted.",
                kept=self._fresh_kept_here(),
                error=after_colon(refusal_here(error)),
                command=self.restore_command,
                quit=key_of(self, "store_problem.quit", "q"),
                fresh=key_of(self, "store_problem.fresh", "f"),
            )
        )
        result.add_class("-error")
        self.refresh_bindings()
        self._show_result()

    def _fresh_kept_here(self) -> str:
        if self.store_opens:
            return f"your store, as it is, is kept as {self.aside_name}"
        return "the file that cannot be opened is kept"

    def _result_line(self) -> Static:
        """The result line, about to say something new: the details under it (SQLite's words
        behind an earlier choice, #problem-details) are hidden, as they are no longer its.
        A restore's refusal kept a failed repair's "Details: no such column …" under it."""
        self.query_one("#problem-details", Static).display = False
        return self.query_one("#problem-result", Static)

    def _show_result(self) -> None:
        """The result, brought into view once laid out (below the fold on a small terminal)."""
        result = self.query_one("#problem-result", Static)
        self.call_after_refresh(result.scroll_visible, animate=False)
