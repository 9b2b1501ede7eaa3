"""The person's keymap in force in the app (mixed into ``BouncebackApp``).

Read from settings.toml before the first paint (``ui/keymap.py``), checked (unknown ids,
clashes) against the keys ``python docs/keymap.py`` wrote down (``ui/keymap_check.py``) and
only then applied; what the check finds is said once the first screen is up
(``ui/app_screens.py``, loaded only when there is something to say).
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from textual import events
from textual.app import App
from textual.binding import Binding
from textual.dom import DOMNode

from bounceback_tui.ui.keymap import first_key, normalize_keys
from bounceback_tui.ui.kit.key_text import key_written

if TYPE_CHECKING:
    from bounceback_tui.paths import DataPaths
    from bounceback_tui.ui.kit.text import ContentNotify

    class _AppBase(ContentNotify, App[Any]):  # what the mixin is mixed with
        pass

else:
    _AppBase = object


class KeymapInUse(_AppBase):
    """Mix into the App (before App)."""

    # Every entry of the keymap file that was not applied, each in a sentence: the toast names
    # four, the `?` screen all of them.
    keymap_problems: tuple[str, ...] = ()

    if TYPE_CHECKING:  # set by BouncebackApp.__init__
        paths: DataPaths
        _import_lock: threading.Lock
        _keymap_notes: list[str]
        _keymap_checked: bool
        _reported_clashes: set[frozenset[str]]

    @property
    def keys_in_use(self) -> dict[str, str]:
        """The keymap in force, however it was set: binding id -> keys (Textual's names,
        commas). Textual keeps it in ``App._keymap`` and offers no public reader."""
        return dict(self._keymap)

    def _apply_keymap(self, keymap: dict[str, str]) -> None:
        if keymap and not self._keymap_checked:
            keymap = self._checked_first(keymap)
        self.set_keymap(keymap)
        # The Footer finds the palette's key by this name.
        palette = keymap.get("app.palette")
        self.COMMAND_PALETTE_BINDING = (  # type: ignore[misc]  # per app: Textual reads it off the instance
            first_key(palette) if palette else App.COMMAND_PALETTE_BINDING
        )

    def _checked_first(self, keymap: dict[str, str]) -> dict[str, str]:
        """The keymap as the check lets it be applied, before anything is bound: checked
        after the first paint, `"pane.pipeline" = "p"` (Reframe's p) read "p Pipeline" in the
        tab strip and opened the Pipeline for the 3 to 12 seconds the check waited behind
        the store (a tester's walk). Against the keys ``python docs/keymap.py`` wrote down
        (ui/keymap_check.py): all the app's bindings without importing every pane. Their
        problems join the file's, said once the first screen is up."""
        from bounceback_tui.ui.keymap_check import Key, Scope, check_against, stored_scopes

        scopes = stored_scopes()
        if scopes is None:  # not installed whole: the warm-up thread checks (_check_keymap)
            return keymap
        app_keys = tuple(
            Key(key, binding.id, binding.description, binding.action, binding.priority)
            for key, binding in type(self)._merge_bindings()
        )
        checked = check_against(keymap, scopes, Scope("app", "everywhere", False, app_keys, ()))
        self._keymap_notes.extend(checked.problems)
        self._keymap_checked = True
        return checked.keymap

    def pane_tabs(self) -> list[tuple[str, str, str]]:
        """(pane id, its key as mapped, title) for the tab bar: a keymap that swapped `1` and
        `2` was obeyed while the tabs still read "1 Today  2 Pipeline" (an attacker's walk)."""
        from bounceback_tui.ui.panes import PANES

        return [(s.id, self.key_label(f"pane.{s.id}", s.key), s.title) for s in PANES]

    def get_key_display(self, binding: Binding) -> str:
        """A key as the app writes it everywhere (``kit/key_text.key_written``: "Esc")."""
        return key_written(binding, super().get_key_display(binding))

    def key_label(self, binding_id: str, default: str) -> str:
        """How to show the key for a binding in text (hints, the tour): remapped if it is.
        "here.edit_interview" (``services/added.HERE``) is the shown pane's own binding."""
        if binding_id.startswith("here."):
            binding_id = f"{self._pane_here()}.{binding_id.removeprefix('here.')}"
        keys = self.keys_in_use.get(binding_id) or normalize_keys(default)
        return self.get_key_display(Binding(first_key(keys), ""))

    def _pane_here(self) -> str:
        """The id of the pane shown ("pipeline"), "" where there are none (the store's
        problem screen)."""
        from textual.css.query import NoMatches
        from textual.widgets import ContentSwitcher

        try:
            return self.query_one("#panes", ContentSwitcher).current or ""
        except NoMatches:
            return ""

    def handle_bindings_clash(self, clashed_bindings: set[Binding], node: DOMNode) -> None:
        # Clashes are found and explained by the keymap check; before it has run, stay quiet.
        if self._keymap_checked:
            from bounceback_tui.ui.app_screens import report_clash

            ids = frozenset(str(binding.id or binding.action) for binding in clashed_bindings)
            for shared in _sharing_a_key(node, self._keymap, ids):
                report_clash(self, shared)

    def on_key(self, event: events.Key) -> None:
        """A key the keymap moved away says where it went wherever it is pressed (as it comes
        back up, before the bindings run): the panes and a few dialogs said it from their own
        ``on_key``, and a list in any other screen (`?`, a pick, a review) did nothing after
        `"list.down" = "k"`, without a word. Said once a session (kit/refused_keys.py)."""
        if self._keymap and self.screen_stack:
            from bounceback_tui.ui.kit.refused_keys import say_moved

            say_moved(self.screen.focused or self.screen, event.key)

    def _check_keymap(self) -> None:
        """In the warm-up thread, when the keys written down could not be read
        (``_checked_first``): find unknown ids and clashes, then apply what is sound."""
        from bounceback_tui.ui.binding_catalogue import check_keymap

        with self._import_lock:
            checked = check_keymap(self.keys_in_use, app_class=type(self))
        self.call_from_thread(self._keymap_check_done, checked.keymap, checked.problems)

    def _keymap_check_done(self, keymap: dict[str, str], problems: list[str]) -> None:
        self._apply_keymap(keymap)
        self._keymap_checked = True
        if problems:  # what the first paint drew with a refused key draws it again
            from bounceback_tui.ui.kit.pane_tabs import PaneTabs
            from bounceback_tui.ui.today.pane import TodayPane

            for today in self.screen_stack[0].query(TodayPane):
                today.show_keys()
            for tabs in self.screen_stack[0].query(PaneTabs):
                tabs.tabs = self.pane_tabs()
                tabs.refresh()
        self._tell_keymap_problems([*self._keymap_notes, *problems])

    def _tell_keymap_problems(self, problems: list[str]) -> None:
        self.keymap_problems = tuple(problems)
        if problems:
            from bounceback_tui.ui.app_screens import tell_keymap_problems

            tell_keymap_problems(self, problems)


def _sharing_a_key(
    node: DOMNode, keymap: Mapping[str, str], ids: frozenset[str]
) -> set[frozenset[str]]:
    """The sets of bindings, among them one Textual said clashes (``ids``), that share a key
    in ``node`` once the whole keymap is applied. Textual counts a binding with several keys
    ("n,escape", "down,j") moved to one as clashing with itself: a dialog said "Two bindings
    share a key in settings.toml: confirm.no." over a sound keymap, and a swap (`"list.down"
    = "k"` with `"list.up" = "j"`) named both, though each had a key of its own. Bindings
    that shared a key before the keymap share it on purpose (Escape closes or clears), as
    the keymap check has it (ui/binding_catalogue.py)."""
    usual: dict[str, set[str]] = {}
    for key, bindings in node._bindings.key_to_bindings.items():
        for binding in bindings:
            usual.setdefault(str(binding.id or binding.action), set()).add(key)
    applied = node._bindings.copy()
    applied.apply_keymap(keymap)
    found: set[frozenset[str]] = set()
    for bindings in applied.key_to_bindings.values():
        on_key = frozenset(str(binding.id or binding.action) for binding in bindings)
        shared_before = set.intersection(*(usual.get(name, set()) for name in on_key))
        if len(on_key) > 1 and on_key & ids and not shared_before:
            found.add(on_key)
    return found
