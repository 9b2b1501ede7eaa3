"""What the terminal would be sent, as text: for tests that a person's text is shown literally.

``screen_text(app)`` joins the text of every segment the active screen paints (its toasts
and, under a modal, what shows through), line by line. ``shown(text)`` is how a stored string
should appear: neutralised (``display_text``) and with runs of whitespace made single, since a
widget may wrap or pad it.
"""

from __future__ import annotations

from textual.app import App

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


def assert_on_screen(app: App, text: str) -> None:
    """``text`` appears on the active screen literally (whatever the line wrapping)."""
    lines = screen_lines(app)
    painted = flat(" ".join(lines))
    assert shown(text) in painted, f"{text!r} is not on screen:\n" + "\n".join(lines)


def assert_terminal_safe(app: App) -> None:
    """Nothing painted would command the terminal (no control characters, no bidi overrides)."""
    for number, line in enumerate(screen_lines(app)):
        assert is_display_safe(line), f"line {number} carries control characters: {line!r}"
