"""Where a sentence is broken into lines so that a command it suggests stays whole.

A command is written between backticks (`` `ls -l` ``, `` `bounceback-tui restore` ``), the
house's way of quoting one. Wrapped at its spaces like any words, a refusal read "(ls" at the
end of one line and "-l, lsattr)" at the start of the next at 80 columns, neither of which
runs. Here a line is broken only at a space outside backticks, each line as long as ``width``
allows (greedy, as a terminal's or Textual's word wrap), so a command that does not fit at the
end of a line begins the next. A command longer than a whole line is left to be folded.
"""

from __future__ import annotations

from bounceback_tui.domain.text import text_cells

Span = tuple[int, int]


def line_spans(text: str, width: int) -> list[Span]:
    """The (start, end) of each line of ``text`` wrapped at ``width`` cells, its line breaks
    kept, broken only at spaces outside backticks (the spaces at a break left out)."""
    lines: list[Span] = []
    start = 0
    for paragraph in text.split("\n"):
        lines.extend(_wrapped(text, start, start + len(paragraph), width))
        start += len(paragraph) + 1
    return lines


def wrapped(text: str, width: int) -> str:
    """``text`` with line breaks where ``line_spans`` puts them."""
    return "\n".join(text[start:end] for start, end in line_spans(text, width))


def _words(text: str, start: int, end: int) -> list[Span]:
    """The words of ``text[start:end]``: runs between spaces, a command's spaces inside it."""
    words: list[Span] = []
    quoted, begun = False, None
    for at in range(start, end):
        char = text[at]
        if char == "`":
            quoted = not quoted
        if char == " " and not quoted:
            if begun is not None:
                words.append((begun, at))
                begun = None
        elif begun is None:
            begun = at
    if begun is not None:
        words.append((begun, end))
    return words


def _wrapped(text: str, start: int, end: int, width: int) -> list[Span]:
    words = _words(text, start, end)
    if not words or width < 1:
        return [(start, end)]
    lines: list[Span] = []
    line_start, line_end = start, words[0][1]  # leading spaces kept, as typed
    for word_start, word_end in words[1:]:
        if text_cells(text[line_start:word_end]) <= width:
            line_end = word_end
            continue
        lines.append((line_start, line_end))
        line_start, line_end = word_start, word_end
    lines.append((line_start, line_end))
    return lines
