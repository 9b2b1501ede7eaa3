"""Where a sentence is broken into lines so that a command it suggests stays whole.

A command is written between backticks (`` `ls -l` ``, `` `bounceback-tui restore` ``), the
house's way of quoting one. Wrapped at its spaces like any words, a refusal read "(ls" at the
end of one line and "-l, lsattr)" at the start of the next at 80 columns, neither of which
runs. Here a line is broken only at a space outside backticks, each line as long as ``width``
allows (greedy, as a terminal's or Textual's word wrap), so a command that does not fit at the
end of a line begins the next.

A word longer than a whole line (a path: "…changed-202612" / "07-201946;" at 60 columns) has a
line of its own; on the screen it is broken only after a `/` where it still does not fit,
never inside a name (a terminal's lines keep it whole, to be copied). A paragraph that begins
with spaces (a list's item) keeps them as a hanging indent: its next lines begin under its
first word, not at the margin; ``hang`` gives one to a paragraph that begins with a word (a
choice's key: its next lines begin under what it does).
"""

from __future__ import annotations

from bounceback_tui.domain.text import text_cells

Span = tuple[int, int]
# A line: its (start, end) in the text, and the spaces it is drawn after (its hanging indent).
Line = tuple[int, int, int]


def laid_out(text: str, width: int, *, between_names: bool = True, hang: int = 0) -> list[Line]:
    """Each line of ``text`` wrapped at ``width`` cells, its line breaks kept, broken only at
    spaces outside backticks (the spaces at a break left out), or, ``between_names``, after a
    `/` inside a word longer than a line; a paragraph's leading spaces its next lines' indent.
    A terminal's lines (``wrapped``) keep such a word whole on its own line: copied from
    there, a path or a command must run as it is. ``hang``: the indent of the next lines of
    a paragraph that does not begin with spaces."""
    lines: list[Line] = []
    start = 0
    for paragraph in text.split("\n"):
        indent = len(paragraph) - len(paragraph.lstrip(" ")) or hang
        indent = indent if indent * 2 < width else 0  # a narrow line keeps its room
        spans = _wrapped(text, start, start + len(paragraph), width, indent, between_names)
        lines.extend((begin, end, indent if at else 0) for at, (begin, end) in enumerate(spans))
        start += len(paragraph) + 1
    return lines


def wrapped(text: str, width: int) -> str:
    """``text`` with line breaks, and hanging indents, where ``laid_out`` puts them."""
    lines = laid_out(text, width, between_names=False)
    return "\n".join(" " * indent + text[start:end] for start, end, indent in lines)


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


def _wrapped(
    text: str, start: int, end: int, width: int, indent: int, between_names: bool
) -> list[Span]:
    words = _words(text, start, end)
    if not words or width < 1:
        return [(start, end)]
    lines: list[Span] = []
    line_start, line_end = start, words[0][1]  # leading spaces kept, as typed
    room = width
    for word_start, word_end in words[1:]:
        if text_cells(text[line_start:word_end]) <= room:
            line_end = word_end
            continue
        if not between_names and _quote_left(
            text, line_start, word_start, word_end, room, width - indent
        ):
            # A `command` one cell too long for a line: the terminal folded its closing
            # backtick onto a line of its own. Its opening one ends this line instead.
            lines.append((line_start, word_start + 1))
            line_start, line_end, room = word_start + 1, word_end, width - indent
            continue
        lines.append((line_start, line_end))
        line_start, line_end, room = word_start, word_end, width - indent
    lines.append((line_start, line_end))
    if not between_names:
        return lines
    return [
        part
        for at, (begin, finish) in enumerate(lines)
        for part in _at_slashes(
            text, begin, finish, width if at == 0 else width - indent, width - indent
        )
    ]


def _quote_left(
    text: str, line_start: int, word_start: int, word_end: int, room: int, next_room: int
) -> bool:
    """Whether the word at ``word_start``, a `command` longer than a line, fits on the next
    line once its opening backtick ends this one (where there is room for it)."""
    return (
        text[word_start] == "`"
        and text_cells(text[word_start:word_end]) > next_room
        and text_cells(text[word_start + 1 : word_end]) <= next_room
        and text_cells(text[line_start : word_start + 1]) <= room
    )


def _at_slashes(text: str, start: int, end: int, room: int, next_room: int) -> list[Span]:
    """``text[start:end]``, a line, broken after a `/` where it does not fit in ``room``
    cells (the lines after it ``next_room``): a path longer than a line, cut between names.
    A part with no `/` to break at is left whole, to be folded."""
    lines: list[Span] = []
    while text_cells(text[start:end]) > room:
        breaks = [at + 1 for at in range(start, end - 1) if text[at] == "/"]
        fitting = [at for at in breaks if text_cells(text[start:at]) <= room]
        if not fitting:
            break
        lines.append((start, fitting[-1]))
        start, room = fitting[-1], next_room
    lines.append((start, end))
    return lines
