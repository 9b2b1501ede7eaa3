"""The `?` screen: every key of the current pane, grouped, then the keys that work everywhere.

On a pane it lists the pane's own bindings by the groups in ui/pane_keys.py, whether or
not they apply at this moment (Undo before anything was deleted is still worth knowing),
with the keys the person mapped. Textual's own widget keys (scrolling, copying) are left
out: they are the same in every app. On another screen (settings, a dialog) it lists that
screen's own keys: the digit keys of one action taken with different arguments on one line,
as a range ("1-5 Rate", as the key bar says it; a practice round listed "1 Rate" beside
"2 Rate 2"), and a key that does nothing at this moment in the screen's words for it
then, or not at all (``help_while_refused``: "space Show my answer" was listed with the
answer shown, a tester's walk).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, ClassVar, Protocol, TypeGuard

from rich.table import Table
from rich.text import Text
from textual.actions import ActionError, parse
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from bounceback_tui.domain.text import display_text
from bounceback_tui.ui.kit.key_text import key_of
from bounceback_tui.ui.kit.scroll_text import ScrollText
from bounceback_tui.ui.kit.text import markup_with, plain
from bounceback_tui.ui.pane_key_reads import group_ids, loaded_bindings
from bounceback_tui.ui.pane_keys import EVERYWHERE, PANE_GROUPS, KeyGroup

if TYPE_CHECKING:
    from bounceback_tui.ui.kit.pane import Pane


@dataclass(frozen=True)
class HelpLine:
    keys: str
    description: str
    scope: str  # "pane", "screen" or "global"
    group: str = ""  # the heading it is listed under
    binding_id: str = ""
    also: tuple[str, ...] = ()  # the other bindings on these keys under this heading

    @property
    def ids(self) -> tuple[str, ...]:
        """Every binding the line lists: its own, then ``also``."""
        return (self.binding_id, *self.also)


def _own_bindings(nodes: Iterable[DOMNode]) -> dict[str, Binding]:
    """Bindings with an id declared by the app's own classes of these nodes."""
    found: dict[str, Binding] = {}
    for node in nodes:
        for cls in type(node).__mro__:
            if not cls.__module__.startswith("bounceback_tui."):
                continue
            for item in cls.__dict__.get("BINDINGS", ()):
                binding = item if isinstance(item, Binding) else Binding(*item)
                if binding.id:
                    found.setdefault(binding.id, binding)
    return found


def shown_keys(app: App, binding: Binding) -> str:
    """The keys of a binding as the person mapped them, as the key bar shows them."""
    keymap = getattr(app, "keys_in_use", {})
    keys = keymap.get(binding.id) or binding.key
    shown = [app.get_key_display(Binding(key.strip(), "")) for key in keys.split(",")]
    return " / ".join(dict.fromkeys(shown))


def _grouped(
    app: App, groups: Iterable[KeyGroup], bindings: dict[str, Binding], scope: str
) -> list[HelpLine]:
    """Each group's bindings as lines, one line a key: two bindings of a pane on one key
    (Reframe's `e` opens a record in the list and edits it on its summary) are one line,
    saying both, in the group's order. `?` listed `e` twice, as if it were two keys."""
    lines: list[HelpLine] = []
    for group in groups:
        by_keys: dict[str, HelpLine] = {}
        for binding_id, text in group.entries:
            binding = bindings.get(binding_id)
            if binding is None:
                continue
            keys = shown_keys(app, binding)
            if (first := by_keys.get(keys)) is not None:
                joined = f"{first.description}; {text}"
                by_keys[keys] = replace(first, description=joined, also=(*first.also, binding_id))
            else:
                by_keys[keys] = HelpLine(keys, text, scope, group.title, binding_id)
        lines.extend(by_keys.values())
    return lines


@cache
def _load_every_ui_module() -> None:
    from bounceback_tui.ui.binding_catalogue import import_ui_modules

    import_ui_modules()


def pane_help(app: App, pane: Pane) -> list[HelpLine]:
    """The pane's keys by group, then the keys that work everywhere."""
    live = _own_bindings([app, pane, *pane.walk_children()])
    known = {**loaded_bindings(), **live}  # a widget not shown yet still has its keys
    groups = PANE_GROUPS.get(pane.PANE_ID, ())
    if any(binding_id not in known for binding_id in group_ids(groups)):
        # A widget whose module is not loaded yet (Today's due list on an empty store, whose
        # body is imported only when it is first built): load the UI's modules once, so `?`
        # lists the same keys whatever the person has opened so far.
        _load_every_ui_module()
        known = {**loaded_bindings(), **live}
    lines = _grouped(app, groups, known, "pane")
    return lines + _grouped(app, [EVERYWHERE], known, "global")


class SaysKeysNow(Protocol):
    """A screen that says what `?` lists for a key of its own that does nothing at this
    moment: the words for it then, or None to leave it out (without this method: its
    binding's description, as for a key that acts)."""

    def help_while_refused(self, action: str, parameters: tuple[object, ...]) -> str | None: ...


def _says_keys_now(screen: object) -> TypeGuard[SaysKeysNow]:
    return callable(getattr(screen, "help_while_refused", None))


def _words_while_refused(screen: Screen, binding: Binding) -> str | None:
    if not _says_keys_now(screen):
        return binding.description
    try:
        _namespace, action, parameters = parse(binding.action)
    except ActionError:
        return binding.description
    return screen.help_while_refused(action, parameters)


def key_runs(keys: list[str]) -> str:
    """Keys as one line: a run of two or more digits in a row as a range ("1-5"), the rest
    apart ("r / 2-5" once a keymap moves the 1)."""
    parts: list[str] = []
    run: list[int] = []

    def close_run() -> None:
        if run:
            parts.append(f"{run[0]}-{run[-1]}" if len(run) > 1 else str(run[0]))
            run.clear()

    for key in keys:
        digit = int(key) if len(key) == 1 and key.isdigit() else None
        if digit is not None and run and digit == run[-1] + 1:
            run.append(digit)
            continue
        close_run()
        if digit is not None:
            run.append(digit)
        else:
            parts.append(key)
    close_run()
    return " / ".join(parts)


def _family(binding: Binding) -> str | None:
    """The action a binding on a digit key takes with an argument ("answer_practice: rate"
    for ``1`` to ``5``, ``rate(1)`` to ``rate(5)``), or None: its keys are not digits, or its
    action takes no argument (a dialog's ``choose('reload')`` on `r` is a key of its own)."""
    if not all(len(key) == 1 and key.isdigit() for key in binding.key.split(",")):
        return None
    try:
        namespace, action, parameters = parse(binding.action)
    except ActionError:
        return None
    return f"{namespace}: {action}" if parameters else None


def _one_line_a_family(
    app: App, found: list[tuple[Binding, str, str, str]], declared: dict[str, Binding]
) -> list[HelpLine]:
    """``found`` (binding, description, scope, heading) as help lines. The digit keys of one
    action taken with different arguments, of which the key bar shows one (``1-5 Rate``:
    ``_family``), are one line: their keys as ``key_runs`` (as the keymap has them), and
    the words of the one shown, not "1 Rate" beside "2 Rate 2"."""
    families: dict[tuple[str, str], list[tuple[Binding, str, str, str]]] = {}
    for item in found:
        binding, _words, scope, _title = item
        family = _family(declared.get(binding.id or "", binding))
        families.setdefault((scope, family or f"id {binding.id}"), []).append(item)
    lines = []
    for members in families.values():
        shown = [item for item in members if item[0].show]
        if len(members) > 1 and len(shown) == 1:
            _binding, description, scope, title = shown[0]
            keys = key_runs([shown_keys(app, item[0]) for item in members])
            lines.append(HelpLine(keys, description, scope, title, shown[0][0].id or ""))
        else:
            lines.extend(
                HelpLine(shown_keys(app, binding), words, scope, title, binding.id or "")
                for binding, words, scope, title in members
            )
    return lines


def _focus_chain(screen: Screen) -> list[DOMNode]:
    """The widget with focus on ``screen`` and each node holding it, up to the screen."""
    chain: list[DOMNode] = []
    node: DOMNode | None = screen.focused
    while node is not None and node is not screen:
        chain.append(node)
        node = node.parent
    return chain


def collect_help(screen: Screen, app: App) -> list[HelpLine]:
    """What `?` lists where the person is: a pane's groups, or another screen's own keys."""
    from bounceback_tui.ui.kit.pane import Pane

    if screen is app.screen_stack[0]:
        panes = [pane for pane in screen.query(Pane) if pane.display and pane.is_on_screen]
        if panes:
            return pane_help(app, panes[0])
    found: list[tuple[Binding, str, str, str]] = []
    seen: set[str] = set()
    # The screen's, and those of the widget with focus and what holds it: a long text's
    # "up,k" was listed "↑ Up" alone, Textual holding one binding a key (kit/scroll_text.py).
    declared = _own_bindings([screen, *_focus_chain(screen)])
    parts = _part_bindings(screen)
    said = _help_words(screen)
    for active in screen.active_bindings.values():
        binding: Binding = active.binding
        if not binding.id or not binding.description or binding.id in seen:
            continue  # Textual's own widget keys, and a binding met twice
        seen.add(binding.id)
        scope = "global" if active.node is app else "screen"
        title = "Everywhere" if scope == "global" else "This screen"
        # As declared, every key of it: Textual holds one binding a key ("esc Stop" was
        # listed for Escape and q: a tester's walk).
        binding = declared.get(binding.id, binding)
        if binding.id in parts:  # a part's key, under the part's heading (``HELP_PARTS``)
            title = parts[binding.id][1]
        found.append((binding, said.get(binding.id or "", binding.description), scope, title))
    # And the screen's own keys that do nothing at this moment, as a pane's are listed
    # (Unfollow on the job boards before a board is followed), in the screen's words then.
    for binding_id, binding in _own_bindings([screen]).items():
        if binding_id not in seen and binding.description:
            seen.add(binding_id)
            words = _words_while_refused(screen, binding)
            words = said.get(binding_id, words) if words == binding.description else words
            if words:
                found.append((binding, words, "screen", "This screen"))
    for binding_id, (binding, heading) in parts.items():  # a part without the focus
        if binding_id not in seen and binding.description:
            seen.add(binding_id)
            found.append((binding, said.get(binding_id, binding.description), "screen", heading))
    lines = _one_line_a_family(app, found, declared)
    return sorted(lines, key=lambda line: line.scope == "global")


def _help_words(screen: Screen) -> dict[str, str]:
    """What `?` says a key does on ``screen``, by binding id, where the screen or a part of
    it says it (``HELP_WORDS``: "down the questions", as a pane's `?` says "down the list"),
    instead of the key bar's one word (the answer bank's `?` read "j Down", "Esc / q Close").
    The screen's own words win over its parts' (a list's "Down" is its screen's to name)."""
    nodes: list[DOMNode] = list(_focus_chain(screen))
    for selector, _heading in getattr(screen, "HELP_PARTS", ()):
        nodes.extend(screen.query(selector))
    words: dict[str, str] = {}
    for node in [*nodes, screen]:
        words.update(getattr(node, "HELP_WORDS", {}))
    return words


def _part_bindings(screen: Screen) -> dict[str, tuple[Binding, str]]:
    """The keys of the parts of ``screen`` that act only while the part has focus, listed by
    `?` whatever has it, under a heading that says when they apply: a screen's
    ``HELP_PARTS``, (selector, heading) pairs. Settings' `?` listed the recovery plan
    template's keys (a e [ ] space R) only while its table had the focus."""
    found: dict[str, tuple[Binding, str]] = {}
    for selector, heading in getattr(screen, "HELP_PARTS", ()):
        for part in screen.query(selector):
            for binding_id, binding in _own_bindings([part]).items():
                found.setdefault(binding_id, (binding, heading))
    return found


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "dismiss", "Close", id="help.close"),
        Binding("h", "struggling", "If you are struggling", id="help.struggling"),
    ]

    def __init__(self, pane_title: str, lines: list[HelpLine], note: str = "") -> None:
        super().__init__()
        self.pane_title = pane_title
        self.lines = lines
        self.note = note  # what the pane's words mean, where a key does not say (Today's "typ.")

    def compose(self) -> ComposeResult:
        with ScrollText(id="help-box"):
            yield Static(markup_with("Keys: $pane", pane=self.pane_title), classes="help-heading")
            groups = list(dict.fromkeys(line.group for line in self.lines))
            for group in groups:
                # The pane's own group is named by the heading ("Keys: Today"), not again.
                if group != self.pane_title:
                    yield Static(plain(group), classes="help-title")
                yield Static(self._table(group), classes="help-section")
            if self.note:
                yield Static(plain("What it says"), classes="help-title")
                yield Static(plain(self.note), classes="help-section")
            if problems := getattr(self.app, "keymap_problems", ()):
                # The keymap file's entries not applied, every one (the toast names four).
                # Only those: "Your keymap: not applied" read as if none of it was.
                yield Static(plain("Keymap entries not applied"), classes="help-title")
                yield Static(plain("\n".join(problems)), classes="help-section")
            moved = getattr(self.app, "keys_in_use", {})
            close = key_of(self.app, "help.close", "escape") if "help.close" in moved else "Escape"
            struggling = key_of(self.app, "help.struggling", "h")
            yield Static(
                plain(
                    f"{close} closes this screen. {struggling}: if you are struggling, "
                    "where to find help."
                ),
                classes="help-hint",
            )

    def _table(self, group: str) -> Table:
        """The group's keys and what each does, a description that wraps staying in its own
        column ("delete the rejection and its plan, or the step (asks / first)": "first" ran
        back under the keys at 80 columns). Plain ``Text``, not markup: a key like `[` must
        never be read as the start of a tag; and a key remapped in the keymap file is a
        person's text, made safe to print (``display_text``) as everywhere."""
        table = Table.grid(padding=(0, 2))
        table.add_column(no_wrap=True, style="bold")
        table.add_column()
        for line in self.lines:
            if line.group == group:
                table.add_row(Text(display_text(line.keys)), Text(display_text(line.description)))
        return table

    def action_struggling(self) -> None:
        struggling = getattr(self.app, "action_struggling", None)
        if struggling is not None:
            self.dismiss(None)
            struggling()

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)
