"""The "Keys" panel (the palette's system command), without a Markdown widget nothing shows.

Textual's ``HelpPanel`` is the keys of the screen (a ``KeyPanel``) under a ``Markdown``
widget that shows the focused widget's ``HELP``; no widget of the app or of Textual has
one, so that part is always hidden and empty. Importing it imports ``markdown_it`` and
``linkify_it``: 3.1 MB more resident for good, the first time a person opens the panel
(the long walk's seed 2114 did so after its step 1,000: docs/performance.md, "Memory: the
long walk, walk10's round"). This panel is Textual's, drawn the same (its styles are
Textual's, copied; ``tests/test_keys_panel.py`` compares the two pictures), and makes the
Markdown part only if a focused widget ever has ``HELP``. It is named ``HelpPanel`` as
Textual's is: Textual finds and closes the panel by that name.
"""

from __future__ import annotations

from textwrap import dedent

from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import KeyPanel


class HelpPanel(Widget):
    """Textual's ``HelpPanel`` (textual/widgets/_help_panel.py), the help part made late."""

    # Textual's HelpPanel.DEFAULT_CSS, unchanged (less its trailing spaces).
    DEFAULT_CSS = """

    HelpPanel {
        split: right;
        width: 33%;
        min-width: 30;
        max-width: 60;
        border-left: vkey $foreground 30%;
        padding: 0 1;
        height: 1fr;
        padding-right: 1;
        layout: vertical;
        height: 100%;

        &:ansi {
            background: ansi_default;
            border-left: vkey ansi_black;

            Markdown, KeyPanel {
                background: ansi_default;
            }
            .bindings-table--divide {
                color: transparent;
            }
        }

        #widget-help {
            height: auto;
            max-height: 50%;
            width: 1fr;
            padding: 0;
            margin: 0;
            padding: 1 0;
            margin-top: 1;
            display: none;
            background: $panel;

            &:ansi {
                background: ansi_default;
            }

            MarkdownBlock {
                padding-left: 2;
                padding-right: 2;
            }
        }

        &.-show-help #widget-help {
            display: block;
        }

        KeyPanel#keys-help {
            width: 1fr;
            height: 1fr;
            min-width: initial;
            split: initial;
            border-left: none;
            padding: 0;
        }
    }

    """

    DEFAULT_CLASSES = "-textual-system"

    def on_mount(self) -> None:
        self.watch(self.screen, "focused", self.update_help)

    def update_help(self, focused_widget: Widget | None) -> None:
        """As Textual's: the focused widget's (or its ancestors') ``HELP``, if any."""
        if not self.app.app_focus or not self.screen.is_active:
            return
        help_text = ""
        if focused_widget is not None:
            for node in focused_widget.ancestors_with_self:
                if isinstance(node, Widget) and node.HELP:
                    help_text = node.HELP
                    break
        self.set_class(bool(help_text), "-show-help")
        if not help_text and not self.query("#widget-help"):
            return  # nothing to show, and nothing made to show it in
        from textual.widgets import Markdown  # markdown_it: only for a widget with HELP

        shown = self.query(Markdown)
        if shown:
            shown.first().update(dedent(help_text.rstrip()))
        else:
            self.mount(Markdown(dedent(help_text.rstrip()), id="widget-help"), before=0)

    def compose(self) -> ComposeResult:
        yield KeyPanel(id="keys-help")
