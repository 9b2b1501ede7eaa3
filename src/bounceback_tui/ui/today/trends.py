"""Today's trends: small bar charts drawn with block characters, a line at a time.

Three charts side by side, each a label over three rows of bars: applications and
rejections per week as pairs on one shared scale, the intensity eased per thought
record, and the mood by week (the same 12 weeks as the first chart). The mood and the
reframe averages are filled in after the first paint (``set_care``). Today's board
(ui/today/board.py) draws them in its last box: no widget of their own, since Today is
the first screen the app paints.
"""

# Annotations are evaluated (no `from __future__ import annotations`): a NamedTuple's string
# annotations cost a compile() each when the module is imported, before the first paint.
from typing import NamedTuple

from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip

from bounceback_tui.domain.wording import plural, shift, shift_words

_EIGHTHS = " ▁▂▃▄▅▆▇█"
FULL = _EIGHTHS[-1]
# The no's bars are shaded where the sent ones are solid, and the legend says which comes
# first in a pair: in 16 colours and under NO_COLOR the two series were the same grey, told
# apart by colour alone (a stranger's walk).
SHADED = "▒"
BAR_ROWS = 3
GAP = 3
# Where the charts do not fit, the gaps narrow to this before a label loses a word: at 80
# columns the two cells kept the reframes' belief drop (issue 20.3's trends).
NARROW_GAP = 2


def column(value: float, peak: float, height: int) -> list[str]:
    """One bar as ``height`` characters, top to bottom, scaled so ``peak`` fills it."""
    if peak <= 0 or value <= 0:
        return [" "] * height
    # At least one eighth for any non-zero value, so a single rejection is visible.
    eighths = max(1, round(value / peak * height * 8))
    return [_EIGHTHS[min(8, max(0, eighths - row * 8))] for row in range(height - 1, -1, -1)]


class Chart(NamedTuple):  # not a dataclass: imported before the first paint
    """A label over bars; with two series the bars come in pairs on one scale."""

    label: list[tuple[str, str]]  # (text, component class) pieces
    series: tuple[tuple[float, ...], ...]
    styles: tuple[str, ...]  # component class per series
    # A fixed top of the scale (the mood: 5 out of 5), or None for the largest value.
    peak: float | None = None
    # Shorter labels, longest first, for when the charts do not all fit with ``label``.
    shorter: tuple[list[tuple[str, str]], ...] = ()
    # The character a full cell of each series is drawn with (a full block if not given).
    fills: tuple[str, ...] = ()

    @property
    def bars_width(self) -> int:
        slots = max((len(values) for values in self.series), default=0)
        if len(self.series) > 1:
            return max(0, slots * (len(self.series) + 1) - 1)
        return slots

    @property
    def width(self) -> int:
        return max(self.bars_width, sum(len(text) for text, _ in self.label))

    def bar_row(self, row: int) -> list[tuple[str, str]]:
        """Row ``row`` (0 = top) of the bars as (character, component class) cells."""
        return self.bar_rows()[row]

    def bar_rows(self) -> list[list[tuple[str, str]]]:
        """Every row of the bars, top to bottom: each bar is worked out once, not once a row."""
        peak = self.peak or max((v for values in self.series for v in values), default=0)
        slots = max((len(values) for values in self.series), default=0)
        rows: list[list[tuple[str, str]]] = [[] for _ in range(BAR_ROWS)]
        paired = len(self.series) > 1
        for slot in range(slots):
            if slot and paired:
                for cells in rows:
                    cells.append((" ", ""))
            for index, (values, style) in enumerate(zip(self.series, self.styles, strict=True)):
                value = values[slot] if slot < len(values) else 0
                fill = self.fills[index] if index < len(self.fills) else FULL
                for cells, char in zip(rows, column(value, peak, BAR_ROWS), strict=True):
                    cells.append((fill if char == FULL else char, style))
        return rows


TRENDS_STYLES = ("trends--label", "trends--sent", "trends--rejected", "trends--single")
"""The component classes the charts are drawn in (the board's: ui/today/board.py)."""


class Trends:
    """The charts, and how they are drawn at a width (``fitting``, ``line``)."""

    def __init__(self) -> None:
        self.charts: list[Chart] = []
        self._drops: tuple[float, ...] = ()
        # (width, the gap, each chart of fitting(width) with its width and its rows of bars)
        self._fitted: (
            tuple[int, int, list[tuple[Chart, int, list[list[tuple[str, str]]]]]] | None
        ) = None

    def set_data(
        self,
        sent: list[int],
        rejected: list[int],
        drops: list[float],
        moods: list[int] | None = None,
    ) -> None:
        """The first paint's charts; ``moods`` (the daily ones) are no longer drawn: the mood
        by week comes with ``set_care`` once the screen is up."""
        self._drops = tuple(drops)
        self.charts = [
            Chart(
                [
                    (FULL, "trends--sent"),
                    (" sent, then ", "trends--label"),
                    (SHADED, "trends--rejected"),
                    (" no's, per week", "trends--label"),
                ],
                (tuple(sent), tuple(rejected)),
                ("trends--sent", "trends--rejected"),
                fills=(FULL, SHADED),
            ),
            Chart(
                _EASED,
                (tuple(drops),),
                ("trends--single",),
                shorter=(_REFRAMES,),
            ),
            Chart([("Mood by week", "trends--label")], ((),), ("trends--single",)),
        ]
        self._fitted = None

    def set_care(
        self,
        mood_per_week: tuple[float | None, ...],
        belief_drop: float | None,
        intensity_drop: float | None,
    ) -> None:
        """After the first paint: the mood by week, and the reframes' average drops in the
        second chart's label (docs/metrics.md, "Trends")."""
        if len(self.charts) != 3:
            return
        labels = _reframe_labels(intensity_drop, belief_drop)
        self.charts[1] = Chart(
            labels[0], (self._drops,), ("trends--single",), shorter=tuple(labels[1:])
        )
        moods = tuple(mood or 0.0 for mood in mood_per_week)
        self.charts[2] = Chart(
            [("Mood by week", "trends--label")], (moods,), ("trends--single",), peak=5.0
        )
        self._fitted = None

    def fitting(self, width: int) -> list[Chart]:
        """The charts drawn at ``width`` (``fitting_gap``)."""
        return self.fitting_gap(width)[0]

    def fitting_gap(self, width: int) -> tuple[list[Chart], int]:
        """The charts drawn at ``width`` and the gap between them: every chart if a shorter
        label (or the narrower gap) lets them all fit (at 80 columns the reframes' "■
        eased, belief 34 pts" rather than the whole "■ feelings eased per reframe · all
        time: …", so the mood chart still fits); otherwise from the left, each only if it
        fits whole (never cut to "Moo")."""
        charts = list(self.charts)
        for index, chart in enumerate(charts):
            for label in chart.shorter:
                for gap in (GAP, NARROW_GAP):
                    if _total_width(charts, gap) <= width:
                        return charts, gap
                charts[index] = chart = chart._replace(label=label)
        shown: list[Chart] = []
        used = -GAP
        for chart in charts:
            used += GAP + chart.width
            if used > width:
                break
            shown.append(chart)
        return shown, GAP

    def line(self, y: int, width: int, styles: dict[str, Style]) -> Strip:
        """Line ``y`` (0: the labels, then the bars) at ``width`` cells, in ``styles`` (each
        of ``TRENDS_STYLES`` and "" for the background: every cell carries it, since a bare
        space would show the terminal's own, a dark stripe in a light theme)."""
        base = styles[""]
        segments: list[Segment] = []
        if self._fitted is None or self._fitted[0] != width:
            charts, gap = self.fitting_gap(width)
            # Each chart's width and bars, worked out once for its four lines.
            drawn = [(chart, chart.width, chart.bar_rows()) for chart in charts]
            self._fitted = (width, gap, drawn)
        _width, gap, drawn = self._fitted
        for index, (chart, chart_width, bars) in enumerate(drawn):
            if index:
                segments.append(Segment(" " * gap, base))
            cells = chart.label if y == 0 else bars[y - 1] if y <= BAR_ROWS else []
            used = 0
            for text, style in cells:
                segments.append(Segment(text, styles[style]))
                used += len(text)
            segments.append(Segment(" " * (chart_width - used), base))
        return Strip(segments).crop_extend(0, width, base)


Label = list[tuple[str, str]]
# The reframes' bars, one a thought record, named by a swatch in their colour (as "█ sent"
# is): two yellow bars beside "Reframes, all time: feel −21" had no legend, and "feel −21"
# read as feeling worse while the figures beside it said "eased 21 pts" (a new user's walk).
_EASED: Label = [("■", "trends--single"), (" feelings eased per reframe", "trends--label")]
_REFRAMES: Label = [("■", "trends--single"), (" Reframes", "trends--label")]


def _reframe_labels(intensity_drop: float | None, belief_drop: float | None) -> list[Label]:
    """The reframes chart's labels, longest first, each saying its averages are all time
    (beside the figures' "eased 24 pts · 30d" they read as the same figure disagreeing)
    and in the figures' words (domain.wording.shift): the feelings "eased", "rose" or "held
    steady", in points. Once said "eased -20 pts" when the feelings rose.

    The belief's drop is said nowhere else on Today: every label with it comes before every
    label without it, so other words give way first ("feelings", "per reframe", "all time",
    the feelings' figure, which the figures box says for 30 days). At 120 columns the label
    had lost it ("… all time: 24 pts"), at 80 columns too ("■ eased per reframe")."""
    if intensity_drop is None and belief_drop is None:
        return [_EASED, _REFRAMES]
    if intensity_drop is None:
        said = f"belief {_pts(belief_drop)}"
        return [
            [(f"Reframes, all time: {said}", "trends--label")],
            [(f"All time: {said}", "trends--label")],
            [("■", "trends--single"), (f" {said}", "trends--label")],
            _REFRAMES,
        ]
    verb, amount = shift(intensity_drop)
    if amount:
        points = plural(amount, "pt", "pts")
        # The shorter forms keep the unit and "each" ("all time: eased 23" read as a total),
        # and the figure only with "all time": at 80 columns "eased 23 pts each" beside the
        # figures' "Per reframe eased 24 pts · 30d" read as one figure with two values.
        # Shortest, the bars' legend without a figure (the figures say the last 30 days').
        texts = [
            f" feelings {verb} per reframe · all time: {points}",
            f" {verb} per reframe · all time: {points}",
            f" all time: {verb} {points} each",
            f" {verb} per reframe",
        ]
    else:
        texts = [f" feelings per reframe · all time: {verb}", f" all time: {verb}"]
    if belief_drop is not None:
        belief_verb, belief_amount = shift(belief_drop)
        same = belief_verb == verb and belief_amount
        belief = plural(belief_amount, "pt", "pts") if same else _pts(belief_drop)
        # Shortest, the bars' legend and the belief's figure: "■ eased, belief 34 pts",
        # then without its unit where the verbs differ ("■ eased, belief rose 5").
        short = [f" {verb}, belief {belief}", f" {verb}, belief {belief.removesuffix(' pts')}"]
        bare = belief.removesuffix(" pts")  # "all time: eased 23 pts each, belief 22"
        long = [f"{text}, belief {belief}" for text in texts[:-1]]
        texts = [*long, f"{texts[-2]}, belief {bare}", *short, *texts]
    return [[("■", "trends--single"), (text, "trends--label")] for text in texts] + [_REFRAMES]


def _pts(drop: float | None) -> str:
    return shift_words(drop or 0.0, "pt", "pts")


def _total_width(charts: list[Chart], gap: int = GAP) -> int:
    return sum(chart.width for chart in charts) + gap * max(0, len(charts) - 1)
