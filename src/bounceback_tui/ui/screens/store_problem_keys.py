"""The store-problem screen's keys, palette and `?` (``StoreProblemApp``'s base).

Its palette (ctrl+p) offered Textual's own "Keys", "Quit — Quit the application as soon as
possible" and "Theme", not Start fresh or Restore; "Keys" opened Textual's panel ("Scroll
Left", "^c super+c Copy selected text"), and Escape to close it quit the app. The palette now
offers the screen's own choices in its words, and "Keys" shows the screen's keys, as `?` does.
A key that cannot act now (`r` with no backup that can be used, `p` not offered) or that the
screen does not use says why, and what works instead: they did nothing, without a word.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from textual import events
from textual.app import SystemCommand
from textual.binding import Binding

from bounceback_tui.ui.kit.key_text import key_of
from bounceback_tui.ui.kit.text import ContentNotify, plain
from bounceback_tui.ui.screens.store_problem_repair import RepairingApp

if TYPE_CHECKING:
    from textual.screen import Screen

    from bounceback_tui.ui.screens.help import HelpLine

# A binding id's action, where they differ.
_ACTIONS = {"quit": "leave", "open": "open_app"}
# How long a note on a key stays: long enough to read a short sentence.
NOTE_SECONDS = 4.0


class ScreenKeysApp(ContentNotify, RepairingApp):
    """The palette's choices, the `?` screen and the notes on keys that cannot act."""

    done: bool
    repair_failed: bool

    def action_leave(self) -> None:
        raise NotImplementedError  # StoreProblemApp's

    def action_fresh(self) -> None:
        raise NotImplementedError  # StoreProblemApp's

    def action_open_app(self) -> None:
        raise NotImplementedError  # StoreProblemApp's

    def action_struggling(self) -> None:
        raise NotImplementedError  # StoreProblemApp's

    def _choices(self) -> list[tuple[str, str, str, Callable[[], object]]]:
        """(binding id, name, what it does, action) for each choice on the screen."""
        return [
            ("store_problem.repair", "Repair it", "Keep a copy, then put the store right",
             self.action_repair),
            ("store_problem.restore", "Restore…", "Put back the newest backup that can be used",
             self.action_restore),
            ("store_problem.fresh", "Start fresh",
             "An empty store; the file is kept aside, never deleted (asked first)",
             self.action_fresh),
            ("store_problem.open", "Open bounceback", "Open the app with the store as it is now",
             self.action_open_app),
            ("store_problem.keys", "Keys", "The keys of this screen", self.action_keys),
            ("store_problem.struggling", "If you are struggling",
             "Where to find help (works without the store)", self.action_struggling),
            ("store_problem.quit", "Quit", "Quit and leave everything as it is",
             self.action_leave),
        ]  # fmt: skip

    def _can(self, binding_id: str) -> bool:
        """Whether the choice of ``binding_id`` can be made now (``check_action``)."""
        name = binding_id.split(".", 1)[1]
        return self.can_choose(_ACTIONS.get(name, name))

    def can_choose(self, action: str) -> bool:
        raise NotImplementedError  # StoreProblemApp's

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """The screen's own choices that can be made now, in its words, then Textual's
        Theme: its Quit, Keys (its panel), Screenshot and Maximize are left out."""
        for binding_id, name, what, action in self._choices():
            if self._can(binding_id):
                yield SystemCommand(name, what, action)
        for command in super().get_system_commands(screen):
            if command.callback == self.action_change_theme:
                yield command

    def action_keys(self) -> None:
        """`?`: the screen's keys, as the app's `?` lists a screen's."""
        from bounceback_tui.ui.screens.help import HelpScreen

        if len(self.screen_stack) == 1:
            self.push_screen(HelpScreen("the store that cannot be opened", self.key_lines()))

    def key_lines(self) -> list[HelpLine]:
        """Each key of the screen that can act now, with what it does."""
        from bounceback_tui.ui.screens.help import HelpLine

        lines = []
        for binding_id, name, what, _action in self._choices():
            if self._can(binding_id) or binding_id == "store_problem.keys":
                key = key_of(self, binding_id, self._usual_key(binding_id))
                said = f"{name.rstrip('…')}: {what[0].lower()}{what[1:]}"
                lines.append(HelpLine(key, said, "screen", "This screen"))
        return lines

    def action_back_out(self) -> None:
        """Escape: Textual's keys panel closes where one is open; with nothing to close the
        screen stays, focus where it was, and says which key quits. It quit the app (exit
        status 1), the store's problem unsolved: a person presses Escape to back out."""
        if panels := self.screen.query("HelpPanel"):
            panels.remove()
            return
        quits = key_of(self, "store_problem.quit", self._usual_key("store_problem.quit"))
        self.notify(plain(f"Nothing to close here: {quits} quits."), timeout=NOTE_SECONDS)

    def on_key(self, event: events.Key) -> None:
        """A key that did nothing says why, and what works now."""
        if len(self.screen_stack) > 1:
            return
        note = self.refused_note(event.key) if event.is_printable else None
        if note:
            self.notify(plain(note), timeout=NOTE_SECONDS)

    def _usual_key(self, binding_id: str) -> str:
        """The key ``BINDINGS`` gives ``binding_id`` (its first), before the person's keymap."""
        return next(key for key, binding in self._bindings if binding.id == binding_id)

    def _bound_to(self, key: str) -> list[Binding]:
        """The screen's bindings of ``key`` with the person's keymap applied, those that cannot
        act now too. ``screen.active_bindings`` leaves those out (this ``check_action`` says
        False), and ``_bindings`` is ``BINDINGS`` before the keymap: with restore moved to
        `g`, `g` said the key did nothing and `r` that no backup could be used."""
        bindings = self._bindings.copy()
        if self._keymap:  # as Textual's Screen._binding_chain applies it
            bindings.apply_keymap(self._keymap)
        return list(bindings.key_to_bindings.get(key, ()))

    def _focused_takes(self, key: str) -> bool:
        """Whether ``key`` is a binding of the focused widget's own that acts now."""
        active = self.screen.active_bindings.get(key)
        return active is not None and active.node is self.focused and active.enabled

    def refused_note(self, key: str) -> str | None:
        """Why ``key`` did nothing here, or None when it acted (or is not a key of words)."""
        bound = self._bound_to(key)
        if self.checking or any(self._can(str(b.id)) for b in bound if b.id):
            return None
        if self._focused_takes(key):  # Space on a focused choice presses it (kit/button.py)
            return None
        fresh = key_of(self, "store_problem.fresh", self._usual_key("store_problem.fresh"))
        keys = key_of(self, "store_problem.keys", self._usual_key("store_problem.keys"))
        ids = {str(b.id) for b in bound}
        if self.done:
            return None if bound else f"That key does nothing here: {keys} lists the keys."
        if "store_problem.restore" in ids:
            return f"No backup can be used; {fresh} starts fresh."
        if "store_problem.repair" in ids:
            if self._can("store_problem.restore"):  # the way back the screen names
                restore = key_of(
                    self, "store_problem.restore", self._usual_key("store_problem.restore")
                )
                return f"Repair it is not offered for this store; {restore} restores a backup."
            return f"Repair it is not offered for this store; {fresh} starts fresh."
        return f"That key does nothing here: {keys} lists the keys."
