"""The line above the Pipeline's board: the stages out of view on either side, and a way there.

It names the stages scrolled out of view with their counts, so none is forgotten, and it
reads as something to click: a stage's name goes to that stage's column, `◂` and `▸` to the
stage just beyond the view on their side (as Left and Right do at the edge of the view), and
a sum ("2 stages · 3", "+4 more") to the nearest of the stages it stands for. It used to do
nothing when clicked (a stranger's walk with the mouse).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from textual import events
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from bounceback_tui.domain.wording import plural
from bounceback_tui.ui.kit.cells import cut_at_word

ARROW_STYLE = "bold $text-accent"
TEXT_STYLE = "$text-muted"


class Piece(NamedTuple):
    text: str
    style: str
    column: int | None  # the column a click on it goes to (None: a gap)


Pieces = list[Piece]


def _named(counts: Sequence[tuple[str, int]], start: int) -> Pieces:
    """Each stage's "Label count", ``start`` being the first one's column."""
    pieces: Pieces = []
    for offset, (label, count) in enumerate(counts):
        if pieces:
            pieces.append(Piece("  ", TEXT_STYLE, None))
        pieces.append(Piece(f"{label} {count:,}", TEXT_STYLE, start + offset))
    return pieces


def _some(counts: Sequence[tuple[str, int]], n: int, start: int) -> Pieces:
    more = Piece(f"+{len(counts) - n:,} more", TEXT_STYLE, start + n)
    return [*_named(counts[:n], start), Piece("  ", TEXT_STYLE, None), more]


def _stages(counts: Sequence[tuple[str, int]], nearest: int) -> Pieces:
    return [Piece(plural(len(counts), "stage"), TEXT_STYLE, nearest)] if counts else []


def _summed(counts: Sequence[tuple[str, int]], start: int, nearest: int) -> Pieces:
    if len(counts) <= 1:
        return _named(counts, start)
    total = sum(count for _label, count in counts)
    return [Piece(f"{plural(len(counts), 'stage')} · {total:,}", TEXT_STYLE, nearest)]


def _beyond(counts: Sequence[tuple[str, int]], nearest: int) -> Pieces:
    """The fewest cells for the stages one way: "+2" (as "+4 more" says it)."""
    return [Piece(f"+{len(counts):,}", TEXT_STYLE, nearest)] if counts else []


def _line(left: Pieces, right: Pieces, first: int, beyond: int, gap: str = "    ") -> Pieces:
    """The whole line: ``◂`` and the left side (the stages passed), then the right side and
    ``▸``; ``first`` is the first column in view, ``beyond`` the first one past the view."""
    pieces: Pieces = []
    if left:
        pieces += [Piece("◂ ", ARROW_STYLE, first - 1), *left]
    if right:
        if left:
            pieces.append(Piece(gap, "", None))
        pieces += [*right, Piece(" ▸", ARROW_STYLE, beyond)]
    return pieces


def _content(pieces: Pieces) -> Content:
    """The pieces drawn: a run of them in one style as one span, as the line was drawn
    before it could be clicked."""
    runs: list[tuple[str, str]] = []
    for piece in pieces:
        if runs and runs[-1][1] == piece.style:
            runs[-1] = (runs[-1][0] + piece.text, piece.style)
        else:
            runs.append((piece.text, piece.style))
    return Content.assemble(*((text, style) if style else text for text, style in runs))


def hint_pieces(
    counts: Sequence[tuple[str, int]], first: int, shown: int, width: int | None = None
) -> Pieces:
    """The line's pieces (see ``edge_hint``)."""
    beyond = first + shown
    left, right = counts[:first], counts[beyond:]
    if not left and not right:
        return [Piece(f"All {len(counts):,} stages in view", TEXT_STYLE, None)]
    wide = "    "
    candidates = [(_named(left, 0), _named(right, beyond), wide)]
    if width is not None:
        summed_left = _summed(left, 0, first - 1)
        candidates.append((summed_left, _named(right, beyond), wide))
        candidates += [
            (summed_left, _some(right, n, beyond), wide) for n in range(len(right) - 1, 0, -1)
        ]
        candidates.append((summed_left, _summed(right, beyond, beyond), wide))
        stages_left, stages_right = _stages(left, first - 1), _stages(right, beyond)
        candidates.append((stages_left, stages_right, wide))
        candidates.append((stages_left, stages_right, "  "))
        # Narrower (the details beside the board at 60 columns): "◂ 6 stages  +2 ▸", then
        # "◂ +6  +2 ▸"; the line was cut inside a word ("◂ 6 stages    2 … ▸").
        candidates.append((stages_left, _beyond(right, beyond), "  "))
        candidates.append((_beyond(left, first - 1), _beyond(right, beyond), "  "))
    for left_pieces, right_pieces, gap in candidates:
        pieces = _line(left_pieces, right_pieces, first, beyond, gap)
        if width is None or _content(pieces).cell_length <= width:
            break
    return pieces


def edge_hint(
    counts: Sequence[tuple[str, int]], first: int, shown: int, width: int | None = None
) -> Content:
    """The line above the columns: the stages out of view on either side, with their counts,
    so none is forgotten ("◂ Saved 1  Applied 2" on the left, "Offer 1  … ▸" on the right).

    When that is wider than ``width`` (a narrow terminal, or the details beside the board),
    it shortens step by step, so both sides stay readable: the left side (the stages passed)
    as a sum ("◂ 2 stages · 3"), then the right side's last names ("Offer 1  +4 more ▸"),
    then the right side as a sum too ("6 stages · 40 ▸"), and at the narrowest only how
    many stages lie each way ("◂ 2 stages    6 stages ▸")."""
    return _content(hint_pieces(counts, first, shown, width))


class BoardHint(Static):
    """The hint line (see the module); a click on a part of it asks the board for a column."""

    class Go(Message):
        """Go to the board's column at ``index`` (in stage order)."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._spans: list[tuple[int, int, int]] = []  # (start, end, column) in cells

    def show(self, counts: Sequence[tuple[str, int]], first: int, shown: int, width: int) -> None:
        """Draw the hint for ``first`` to ``first + shown - 1`` in view, at most ``width``
        cells wide; what is cut keeps the ``▸`` at its end."""
        pieces = hint_pieces(counts, first, shown, width)
        hint = _content(pieces)
        arrow: Piece | None = None
        if hint.cell_length > width:
            if pieces[-1].text == " ▸":
                arrow = pieces.pop()
            hint = cut_at_word(hint, width - 2 if arrow else width)  # never "7 s…"
        cut = hint.cell_length
        self._spans = []
        at = 0
        for piece in pieces:
            end = min(at + Content(piece.text).cell_length, cut)
            if piece.column is not None and 0 <= piece.column < len(counts) and at < end:
                self._spans.append((at, end, piece.column))
            at = end
        if arrow is not None and arrow.column is not None:
            hint += Content.styled(arrow.text, arrow.style)
            self._spans.append((cut, cut + 2, arrow.column))
        self.update(hint)

    def on_click(self, event: events.Click) -> None:
        x = event.x - self.styles.padding.left
        for start, end, column in self._spans:
            if start <= x < end:
                event.stop()
                self.post_message(self.Go(column))
                return
