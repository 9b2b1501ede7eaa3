"""The shown pane's keys in the command palette, each by what its key bar calls it.

The palette promised "any action by name", but listed only the actions written for it: on
the Pipeline "stage", "next stage", "filter" and "open link" found nothing, on Recovery
"tick" and "skip" nothing, "sort" only "Show keys" (a power user's walk). Each key the shown
pane offers now (its bindings and its lists', as the key bar and `?` take them, moves in a
list aside) is an entry: titled as the bar says it ("Stage on"), its help line what `?` says
of it ("Next stage") with its key as bound, found by both and by the words in ``ALIASES``.
Choosing one runs what the key would: the binding's action on the node that binds it, or,
refused now, the note the key would give. A key an entry written for the palette runs
already (``PaletteAction.binding``, or ``run_in`` on the pane) is not listed twice: that
entry is found by the key's words too. A new binding is listed without more work.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, cast

from textual.actions import parse
from textual.binding import ActiveBinding
from textual.command import CommandPalette
from textual.dom import DOMNode
from textual.screen import Screen

from bounceback_tui.ui.palette_shared import PaletteAction, mounted

if TYPE_CHECKING:
    from bounceback_tui.ui.app import BouncebackApp
    from bounceback_tui.ui.kit.pane import Pane

# Words a person types for a key whose bar and `?` words differ from them.
ALIASES = {
    "pipeline.stage_next": "next stage advance forward move on",
    "pipeline.stage_back": "previous stage back move",
    "pipeline.view": "board view table switch kanban columns",
    "pipeline.sort": "sort order column",
    "pipeline.sort_reverse": "sort order reverse descending ascending",
    "pipeline.filter": "search find narrow",
    "pipeline.open_link": "url browser posting web",
    "pipeline.details": "timeline show hide",
    "recovery.tick": "done complete check step",
    "recovery.skip": "skip step not due",
    "recovery.view": "view all open plans",
    "recovery.filter": "search find narrow",
    "people.add": "new person add a person contact someone recruiter",
    "people.filter": "search find narrow",
    "people.open_link": "url browser profile linkedin web",
    "skills.filter": "search find narrow",
}


# The `?` screen's group of a pane's moves in its lists (ui/pane_keys.py).
MOVING = "Moving"


def _help_of(pane_id: str) -> tuple[dict[str, str], set[str]]:
    """What the `?` screen says each key of the pane does ("next stage"), and the keys it
    lists under ``MOVING`` (up, down, a page, a column): the keys, not the palette, do that."""
    from bounceback_tui.ui.pane_keys import PANE_GROUPS

    said: dict[str, str] = {}
    moves: set[str] = set()
    for group in PANE_GROUPS.get(pane_id, ()):
        for entry_id, text in group.entries:
            said.setdefault(entry_id, text)
            if group.title == MOVING:
                moves.add(entry_id)
    return said, moves


def _inside(node: DOMNode, pane: Pane) -> bool:
    return node is pane or pane in node.ancestors


def pane_keys(app: BouncebackApp, screen: Screen) -> list[tuple[ActiveBinding, str]]:
    """The shown pane's keys as the bar and `?` take them (each binding once, its first key)
    with what `?` says of each: the bindings of the pane and of the widget with focus in it.
    Read as the palette opens (``Palette.keys_at_open``): a pane asks which keys apply of the
    widget with focus, which the palette's box is once it is open (Recovery's space)."""
    at_open = getattr(app.screen, "keys_at_open", None)
    if at_open is not None and app.screen is not screen:
        return list(at_open)
    shown = getattr(app, "shown_pane", None)  # the store-problem app has no panes
    pane_id = shown() if shown is not None else None
    pane = mounted(screen, pane_id) if pane_id else None
    if pane is None or pane_id is None:
        return []
    said, moves = _help_of(pane_id)
    found: list[tuple[ActiveBinding, str]] = []
    seen: set[tuple[int, str]] = set()
    for active in screen.active_bindings.values():
        binding = active.binding
        same = (id(active.node), binding.id or binding.action)
        if same in seen or not binding.description or not _inside(active.node, pane):
            continue
        if binding.id in moves or binding.action.startswith(("cursor", "scroll")):
            continue
        seen.add(same)
        found.append((active, said.get(binding.id or "", "")))
    return found


def covered(action: PaletteAction) -> list[str]:
    """The bindings (their ids, or "pane:action") an entry written for the palette runs."""
    pane_action = getattr(action.run, "pane_action", None)
    named = [f"{pane_action[0]}:{pane_action[1]}"] if pane_action else []
    return action.binding.split() + named


def with_pane_keys(
    app: BouncebackApp, screen: Screen, actions: list[PaletteAction]
) -> list[PaletteAction]:
    """``actions`` and an entry for each key of the shown pane none of them runs; those that
    run one are found by its words too."""
    pane_id = app.shown_pane()
    keys = pane_keys(app, screen)
    if not keys or pane_id is None:
        return actions
    by_binding: dict[str, int] = {}
    for place, action in enumerate(actions):
        for name in covered(action):
            by_binding.setdefault(name, place)
    out = list(actions)
    added: list[PaletteAction] = []
    for active, said in keys:
        binding = active.binding
        # Not a filter's terms ("is:quiet": "quiet" found Filter over Quit's applications).
        plain_said = " ".join(word for word in said.split() if ":" not in word.rstrip(":"))
        words = f"{binding.description} {plain_said} {ALIASES.get(binding.id or '', '')}".strip()
        runs: int | None = by_binding.get(binding.id or "")
        if runs is None:
            runs = by_binding.get(f"{pane_id}:{binding.action}")
        if runs is not None and active.node is mounted(screen, pane_id):
            written = out[runs]
            out[runs] = replace(written, keywords=f"{written.keywords} {words}".strip())
            continue
        added.append(_key_entry(app, pane_id, active, said, words))
    return out + added


def _key_entry(
    app: BouncebackApp, pane_id: str, active: ActiveBinding, said: str, words: str
) -> PaletteAction:
    from bounceback_tui.ui.panes import PANES_BY_ID

    binding = active.binding
    where = "the Pipeline" if pane_id == "pipeline" else PANES_BY_ID[pane_id].title
    key = app.get_key_display(binding)
    if binding.id:  # its first key as bound, as the bar and `?` give it ("e" of "e,enter")
        from bounceback_tui.ui.pane_key_reads import loaded_bindings

        declared = loaded_bindings().get(binding.id)
        key = app.key_label(binding.id, declared.key if declared else binding.key)
    what = f"{said[0].upper()}{said[1:]} " if said else ""
    return PaletteAction(
        binding.description,
        f"{what}(key {key} on {where})",
        press(app, pane_id, active),
        keywords=words,
        discover=False,
    )


def press(app: BouncebackApp, pane_id: str, active: ActiveBinding) -> Callable[[], Awaitable[None]]:
    """What the key would do: the binding's action on its node, checked as a key press is, or,
    refused now, the note the pane gives for the key (nothing, where it gives none)."""

    async def run() -> None:
        # The pane shown still, its focus where it was (going to it again would move the
        # focus to its first list: Recovery's steps lost it to the plans).
        shown = app.shown_pane() == pane_id and mounted(app.screen_stack[0], pane_id)
        pane = shown or await app.go_to(pane_id)
        node = active.node if active.node.is_attached else pane
        name, params = parse(active.binding.action)[1:]
        if node.check_action(name, params):
            await app.run_action(active.binding.action, node)
            return
        from bounceback_tui.ui.kit.refused_keys import say_refused

        say_refused(pane, active.binding.key)

    return run


class KeysAtOpen(CommandPalette):
    """The palette, with the shown pane's keys (``pane_keys``) read as it is made, while the
    focus is still on the screen under it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.keys_at_open: list[tuple[ActiveBinding, str]] = []
        app = cast("BouncebackApp", self.app)
        if app.screen_stack and app.screen is app.screen_stack[0]:
            self.keys_at_open = pane_keys(app, app.screen)
