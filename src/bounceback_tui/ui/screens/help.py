"""The `?` screen: every key of the current pane, then the keys that work everywhere."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from bounceback_tui.ui.kit.text import markup_with, plain


@dataclass(frozen=True)
class HelpLine:
    keys: str
    description: str
    scope: str  # one of SCOPES


# Section titles, in the order they are shown.
SCOPES = {"pane": "This pane", "widget": "Moving around", "global": "Everywhere"}


def _scope_of(node: object, app: App) -> str:
    from bounceback_tui.ui.panes.base import Pane

    if isinstance(node, Pane):
        return "pane"
    if node is app or isinstance(node, Screen):
        return "global"
    return "widget"


def collect_help(screen: Screen, app: App) -> list[HelpLine]:
    """Read the bindings active right now (so remapped keys show as remapped)."""
    by_action: dict[tuple[str, str], HelpLine] = {}
    for active in screen.active_bindings.values():
        binding: Binding = active.binding
        if not binding.description or binding.system:
            continue
        scope = _scope_of(active.node, app)
        key = (scope, binding.action)
        shown = app.get_key_display(binding)
        if key in by_action:
            previous = by_action[key]
            if shown not in previous.keys.split(" / "):
                by_action[key] = HelpLine(f"{previous.keys} / {shown}", previous.description, scope)
        else:
            by_action[key] = HelpLine(shown, binding.description, scope)
    return list(by_action.values())


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "dismiss", "Close", id="help.close"),
        Binding("h", "struggling", "If you are struggling", id="help.struggling"),
    ]

    def __init__(self, pane_title: str, lines: list[HelpLine]) -> None:
        super().__init__()
        self.pane_title = pane_title
        self.lines = lines

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(markup_with("Keys: $pane", pane=self.pane_title), classes="help-heading")
            for scope, title in SCOPES.items():
                if any(line.scope == scope for line in self.lines):
                    yield Static(title, classes="help-title")
                    yield Static(self._table(scope), classes="help-section")
            yield Static(
                "Escape closes this screen. h: if you are struggling, where to find help.",
                classes="help-hint",
            )

    def _table(self, scope: str) -> Content:
        # Content, not markup: a key like `[` must never be read as the start of a tag.
        rows = [line for line in self.lines if line.scope == scope]
        width = max(len(line.keys) for line in rows)
        return Content("\n").join(
            Content.assemble(plain(line.keys.ljust(width), "bold"), "  ", plain(line.description))
            for line in rows
        )

    def action_struggling(self) -> None:
        struggling = getattr(self.app, "action_struggling", None)
        if struggling is not None:
            self.dismiss(None)
            struggling()

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)
