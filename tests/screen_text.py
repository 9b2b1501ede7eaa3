"""What the terminal would be sent, as text: for tests that a person's text is shown literally.

``screen_text(app)`` joins the text of every segment the active screen paints (its toasts
and, under a modal, what shows through), line by line. ``shown(text)`` is how a stored string
should appear: neutralised (``display_text``) and with runs of whitespace made single, since a
widget may wrap or pad it.
"""

from __future__ import annotations

from textual.app import App
from textual.widgets import DataTable, OptionList, Static
from textual.widgets._toast import Toast

from bounceback_tui.domain.text import display_text, is_display_safe


def screen_lines(app: App) -> list[str]:
    strips = app.screen._compositor.render_strips()
    return ["".join(segment.text for segment in strip) for strip in strips]


def screen_text(app: App) -> str:
    return "\n".join(screen_lines(app))


def flat(text: str) -> str:
    """Whitespace runs (line breaks included) as one space, so wrapping does not matter."""
    return " ".join(text.split())


def shown(text: str) -> str:
    """``text`` as the screen should show it: neutralised, whitespace flattened."""
    return flat(display_text(text))


def _plain(value: object) -> str | None:
    plain = getattr(value, "plain", value if isinstance(value, str) else None)
    return plain if isinstance(plain, str) else None


def shown_texts(app: App) -> list[str]:
    """The text of every text widget on the active screen (toasts included), each flattened:
    a Static's text however it wraps, each option of a list, each cell of a table."""
    texts: list[str | None] = []
    for widget in app.screen.walk_children(with_self=False):
        if not widget.region.area:
            continue
        if isinstance(widget, Static | Toast):
            texts.append(_plain(widget.render()))
        elif isinstance(widget, OptionList):
            texts += [_plain(option.prompt) for option in widget.options]
        elif isinstance(widget, DataTable):
            texts += [_plain(cell) for key in widget.rows for cell in widget.get_row(key)]
    return [flat(text) for text in texts if text]


def is_on_screen(app: App, text: str) -> bool:
    """``text`` is painted literally on the active screen: in one text widget (however it
    wraps) or on one line of what is painted (lists and tables draw their own lines)."""
    wanted = shown(text)
    return any(wanted in texts for texts in shown_texts(app)) or wanted in flat(
        " ".join(screen_lines(app))
    )


def assert_on_screen(app: App, text: str) -> None:
    """``text`` appears on the active screen literally (whatever the line wrapping)."""
    assert is_on_screen(app, text), f"{text!r} is not on screen:\n" + screen_text(app)


def assert_terminal_safe(app: App) -> None:
    """Nothing painted would command the terminal (no control characters, no bidi overrides)."""
    for number, line in enumerate(screen_lines(app)):
        assert is_display_safe(line), f"line {number} carries control characters: {line!r}"
