"""The list of past thought records with a small figure: the average drop in intensity and
in the belief in the thought, and the traps met most often.

The list is a kit ``VirtualList`` (``HistoryList``) under the kit's ``FilterBar``: it draws
only the records on screen, so a long history needs no paging, and the Thought column takes
whatever width the others leave.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.strip import Strip
from textual.widgets import Static

from bounceback_tui.domain.record_name import record_named
from bounceback_tui.domain.unreadable import day_or_unreadable
from bounceback_tui.domain.wording import shift_words
from bounceback_tui.reframe import TRAPS_BY_KEY, trap_name
from bounceback_tui.services.reframe import HistoryFigures, HistoryRow
from bounceback_tui.ui.kit.cells import clip, clip_near, fit_cells
from bounceback_tui.ui.kit.filter_bar import FilterBar
from bounceback_tui.ui.kit.text import display_text, markup_with, plain
from bounceback_tui.ui.kit.virtual_list import VirtualList

DATE_WIDTH = 10
# The history's height under which its figure steps aside for the records (60x20: 14).
FIGURE_MIN_HEIGHT = 16
TRAPS_WIDTH = 22
# "eased 100 pts", the longest of "not re-rated", "held steady" (the Feelings column).
SHIFT_WIDTH = 13
# The Belief column says it in the same words ("eased 50 pts", "–" when not rated at both
# ends); it shows where the thought keeps LEAST_THOUGHT cells beside it (from 68 cells wide).
BELIEF_WIDTH = SHIFT_WIDTH
BAR_WIDTH = 10
PAD = 1  # cells either side of a column
LEAST_THOUGHT = 12
LEAST_TRAPS = 10
# Traps keeps its width while the thought has this much; short of room, Traps gives way
# until it has this share of what Date and Feelings leave.
ROOMY_THOUGHT = 24
TRAPS_SHARE = 2 / 5


def traps_cell(keys: tuple[str, ...], width: int | None = None) -> str:
    """The first trap's short name and how many more: "Overgeneralizing +1". In ``width``
    cells the name is cut and the count kept ("Overgenera… +1")."""
    if not keys:
        return "–"
    first = TRAPS_BY_KEY[keys[0]].short if keys[0] in TRAPS_BY_KEY else trap_name(keys[0])
    more = "" if len(keys) == 1 else f" +{len(keys) - 1:,}"
    if width is not None:
        first = clip(first, max(1, width - len(more)))
    return display_text(first + more)


def feelings_cell(average_shift: float | None) -> str:
    """How a record's feelings moved, in the shared words: "eased 40 pts", "rose 5 pts",
    "held steady"; "not re-rated" when they were not. The column read "↓40", "↑5" and "±0"
    under "Shift", which said neither of what nor whether down was good (the twenty-third
    round's list), then "eased 20" with no unit, beside Today's "eased 24 pts"."""
    if average_shift is None:
        return "not re-rated"
    return shift_words(average_shift, "pt", "pts")


def belief_cell(belief_shift: int | None) -> str:
    """How the belief in the thought moved, in the Feelings column's words: "eased 50 pts",
    "rose 10 pts", "held steady"; "–" when it was not rated at the start and the end."""
    if belief_shift is None:
        return "–"
    return shift_words(belief_shift, "pt", "pts")


def shows_belief(width: int) -> bool:
    """Whether a list ``width`` cells wide has room for the Belief column: the thought keeps
    LEAST_THOUGHT cells beside the least Traps. Narrower (60x20), the summary says it."""
    fixed = DATE_WIDTH + SHIFT_WIDTH + BELIEF_WIDTH + 5 * 2 * PAD
    return width - fixed >= LEAST_THOUGHT + LEAST_TRAPS


def column_widths(width: int) -> tuple[int, int]:
    """How wide the Thought and Traps columns are in a list ``width`` cells wide. Traps
    keeps its 22 while the thought has room; short of it, Traps gives way first. At 60x20
    the thought had 12 cells ("I'm such a…") beside Traps' 22."""
    spare = width - DATE_WIDTH - SHIFT_WIDTH - 4 * 2 * PAD
    if shows_belief(width):
        spare -= BELIEF_WIDTH + 2 * PAD
    traps = min(TRAPS_WIDTH, max(LEAST_TRAPS, int(spare * TRAPS_SHARE), spare - ROOMY_THOUGHT))
    return max(LEAST_THOUGHT, spare - traps), traps


def thought_width(width: int) -> int:
    """How wide the Thought column is in a list ``width`` cells wide."""
    return column_widths(width)[0]


def cells(row: HistoryRow, traps_width: int | None = None) -> tuple[tuple[str, str], ...]:
    """Each column's text and the name of its look: date, thought, traps, feelings, belief."""
    thought = " ".join(row.thought.split())
    return (
        (day_or_unreadable(row.created_on), ""),
        # A draft with only its situation is named by it, as Today names it (record_name).
        (thought, "") if thought else (record_named("", row.situation, 10**6), "dim"),
        (traps_cell(row.traps, traps_width), ""),
        (feelings_cell(row.average_shift), "") if row.complete else ("draft", "italic"),
        (belief_cell(row.belief_shift), "") if row.complete else ("", ""),
    )


class HistoryList(VirtualList[HistoryRow]):
    """One line per record: date, thought, traps, feelings, belief (where it fits); keyed by
    the record's id as text."""

    HEADER_HEIGHT: ClassVar[int] = 1
    DEFAULT_CSS = """
    HistoryList {
        overflow-x: hidden;
        & > .virtual-list--header {
            background: $panel;
            color: $foreground;
            text-style: bold;
        }
    }
    """

    def key_of(self, item: HistoryRow) -> Hashable:
        return str(item.id)

    def get_row_at(self, index: int) -> tuple[str, ...]:
        """The texts of line ``index``'s cells, as shown before clipping (tests read these)."""
        return tuple(text for text, _look in cells(self.items[index]))

    def _line(self, values: Sequence[tuple[str, Style]], base: Style, width: int) -> Strip:
        widths: tuple[int, ...] = (DATE_WIDTH, *column_widths(width), SHIFT_WIDTH)
        if shows_belief(width):
            widths += (BELIEF_WIDTH,)
        pad = Segment(" " * PAD, base)
        segments: list[Segment] = []
        shown = values[: len(widths)]  # the Belief column's cell where it has no room
        for column, ((text, style), size) in enumerate(zip(shown, widths, strict=True)):
            if column == 1:  # the person's thought: cut at a word's end where one is near
                text = clip_near(text, size)
            segments += [pad, Segment(fit_cells(text, size), style), pad]
        return Strip(segments).crop_extend(0, width, base)

    def render_header(self, y: int, width: int) -> Strip:
        header = self.list_style() + self.component("header")
        titles = ("Date", "Thought", "Traps", "Feelings", "Belief")
        return self._line([(title, header) for title in titles], header, width)

    def render_item(self, item: HistoryRow, index: int, width: int) -> list[Strip]:
        base = self.list_style() + self.line_background(index)
        looks = {"": base, "dim": base + Style(dim=True), "italic": base + Style(italic=True)}
        values = cells(item, column_widths(width)[1])
        return [self._line([(text, looks[look]) for text, look in values], base, width)]


def drop_text(figures: HistoryFigures) -> Content:
    """The average shifts: "Feelings eased 23 points", "Belief eased 20 points" (issue 20.3
    asks for both; the figure said only the feelings') and over how many re-rated records:
    "on average, over 3 re-rated records", or "over 3 and 2" when the two counts differ."""
    shifts: list[tuple[str, int]] = []
    if figures.average_drop is not None:
        shifts.append((f"Feelings {shift_words(figures.average_drop)}", figures.rated))
    if figures.average_belief_drop is not None:
        shifts.append((f"Belief {shift_words(figures.average_belief_drop)}", figures.belief_rated))
    if not shifts:
        return markup_with(
            "[dim]Re-rate your feelings at the end of a record to see the shift here.[/dim]"
        )
    # In words, as Today says it ("eased 21 pts"): "↓23 average shift" said neither of what
    # nor whether down was good (a new user's walk).
    counts = list(dict.fromkeys(rated for _said, rated in shifts))
    said = Content("\n").join(markup_with("[b]$said[/b]", said=said) for said, _rated in shifts)
    return said + markup_with(
        "\n[dim]on average, over $rated\nre-rated record$plural[/dim]",
        rated=" and ".join(f"{rated:,}" for rated in counts),
        plural="" if counts == [1] else "s",
    )


def traps_text(figures: HistoryFigures) -> Content:
    if not figures.top_traps:
        return markup_with("[dim]The traps you choose most often will show here.[/dim]")
    lines = []
    most = figures.top_traps[0][1]
    for key, count in figures.top_traps:
        bar = "█" * max(1, round(BAR_WIDTH * count / most))
        name = TRAPS_BY_KEY[key].short if key in TRAPS_BY_KEY else key
        lines.append(
            plain(f"{name:<19} ") + plain(f"{bar:<{BAR_WIDTH}}", "$accent") + plain(f" {count:,}")
        )
    return Content("\n").join(lines)


class ReframeHistory(Vertical):
    """Filter bar, list and figure. The pane fills it; the list's records are keyed by id."""

    def compose(self) -> ComposeResult:
        yield FilterBar(
            "filter the thoughts (Esc clears)", id="rf-filter-bar", input_id="rf-filter"
        )
        yield Static(id="rf-filter-status")
        with Horizontal(id="rf-figure", classes="card"):
            yield Static(id="rf-figure-drop")
            yield Static(id="rf-figure-traps")
        yield HistoryList(id="rf-table")

    def on_mount(self) -> None:
        self.query_one("#rf-figure").border_title = "Your records so far"

    def on_resize(self, event: events.Resize) -> None:
        # A short pane (60x20) gave the list no row once the filter and its line were open:
        # the figure steps aside there, and the records keep the room (the walk at 60x20).
        self.set_class(event.size.height < FIGURE_MIN_HEIGHT, "-short")

    @property
    def filter_bar(self) -> FilterBar:
        return self.query_one("#rf-filter-bar", FilterBar)

    @property
    def table(self) -> HistoryList:
        return self.query_one(HistoryList)

    def show_rows(self, rows: Sequence[HistoryRow]) -> None:
        """Show ``rows``; the cursor stays on its record if that is among them."""
        self.table.set_items(rows)

    def reveal(self, key: str) -> bool:
        """Move the cursor to the record ``key`` (False if it is not shown)."""
        return self.table.select_key(key)

    def show_figure(self, figures: HistoryFigures) -> None:
        self.query_one("#rf-figure-drop", Static).update(drop_text(figures))
        self.query_one("#rf-figure-traps", Static).update(traps_text(figures))
