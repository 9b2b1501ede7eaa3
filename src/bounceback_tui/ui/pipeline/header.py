"""The Pipeline's header: the funnel (rates, then how many in each stage), wrapped by hand
between figures so a figure and its label never end up on different lines."""

from __future__ import annotations

from textual.content import Content
from textual.geometry import Size
from textual.widget import Widget

from bounceback_tui.domain.pipeline_funnel import Funnel, days_text, percent, stage_counts
from bounceback_tui.ui.kit.key_text import key_of
from bounceback_tui.ui.kit.text import markup_with, plain

SEPARATOR = " · "
# Below this width the median is written short ("median reply 7d").
COMPACT_WIDTH = 110


def _pack(items: list[Content], width: int) -> list[Content]:
    """Join items with separators, starting a new line when full. No line ends in a
    separator: at 120 columns the stage counts read "… Ghosted 0 ·" with the quiet ones on
    the next line (a tester's walk); the line break says it goes on."""
    lines: list[Content] = []
    current: Content | None = None
    used = 0
    for item in items:
        length = item.cell_length
        extra = length if current is None else len(SEPARATOR) + length
        if current is not None and used + extra > width:
            lines.append(current)
            current, used = item, length
        else:
            current = item if current is None else current + SEPARATOR + item
            used += extra
    if current is not None:
        lines.append(current)
    return lines


def _item(label: str, value: str, after: str = "") -> Content:
    """``label`` then ``value`` in bold (then ``after``)."""
    return markup_with(
        "$label[b]$value[/b]$after", label=f"{label} " if label else "", value=value, after=after
    )


def funnel_lines(
    funnel: Funnel,
    *,
    quiet: int = 0,
    width: int = 100,
    height: int | None = None,
    sort: str = "",
    quiet_key: str = "r",
) -> list[Content]:
    """The funnel's lines at ``width``, at most ``height`` of them, and ``sort`` ("sorted
    by Salary ▼", while the table's sorted column is out of sight) after the counts. When
    they do not all fit, it and "N quiet (r)" (a narrow key bar gives `r` up) lead the
    counts and the stage counts after them are the ones cut: at
    60x20 the five lines ended at "Ghosted 1,290 ·" and the quiet ones went unsaid (an
    attacker's walk)."""
    rates = [
        _item("", f"{funnel.sent:,}", " sent"),
        _item("replies", percent(funnel.response_rate)),
        _item("interviews", percent(funnel.interview_rate)),
        _item("offers", percent(funnel.offer_rate)),
    ]
    median = funnel.median_days_to_reply
    if median is not None and width < COMPACT_WIDTH:
        rates.append(_item("median reply", f"{round(median)}d"))
    elif median is not None:
        rates.append(_item("first reply in", days_text(median), " (median)"))
    counts = [_item(stage.label, f"{count:,}") for stage, count in stage_counts(funnel.by_stage)]
    marker = [plain(f"{quiet:,} quiet ({quiet_key})", "$text-warning")] if quiet else []
    marker += [plain(sort)] if sort else []
    rate_lines = _pack(rates, width)
    # The counts are muted as the rates are, not dim besides: the light theme's counts read
    # at 2.8:1, and 1.26:1 in 16 colours (a stranger's walk).
    lines = rate_lines + _pack(counts + marker, width)
    if height is None or len(lines) <= height:
        return lines
    marker_lines = _pack(marker, width)
    kept = rate_lines[: max(1, height - len(marker_lines)) if marker else height]
    led = len(SEPARATOR.join(str(item) for item in marker)) <= width
    # The counts join the marker's line when it fits whole.
    shown = _pack(marker + counts, width) if led else marker_lines + _pack(counts, width)
    # No line ends in " ·" (``_pack``), the last one kept neither: at 40x12 it ended
    # "sorted by Salary ▼ ·" before what was cut (a tester's walk).
    return (kept + shown)[:height]


def funnel_content(funnel: Funnel, *, quiet: int = 0, width: int = 100) -> Content:
    return Content("\n").join(funnel_lines(funnel, quiet=quiet, width=width))


class PipelineHeader(Widget):
    """The funnel, wrapped at the width it is drawn at. Wrapping when the data arrives used
    the pane's width at that moment: a pane filled while hidden is 0 wide, so the header kept
    a 40-column wrap's six lines (and pushed the table down) at any width after."""

    DEFAULT_CSS = """
    PipelineHeader { height: auto; }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._funnel: Funnel | None = None
        self._quiet = 0
        self._sort = ""

    def show(self, funnel: Funnel | None, quiet: int = 0) -> None:
        """The funnel to draw (None: nothing, as for an empty store)."""
        self._funnel, self._quiet = funnel, quiet
        self.refresh(layout=True)

    def show_sort(self, sort: str) -> None:
        """The sort to name ("sorted by Salary ▼"), or "" while its column is in sight."""
        if sort != self._sort:
            self._sort = sort
            self.refresh(layout=True)

    def _lines(self, width: int, height: int) -> list[Content]:
        if self._funnel is None or width <= 0:
            return []
        return funnel_lines(
            self._funnel,
            quiet=self._quiet,
            width=width,
            height=height,
            sort=self._sort,
            quiet_key=key_of(self.app, "pipeline.review_quiet", "r"),
        )

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        # With nothing to show it keeps one blank line, where the empty store's welcome
        # has always sat. On a short terminal it takes a quarter of the height at most, the
        # rates first: at 40x12 its seven lines left the table no row (an attacker's walk).
        return max(1, len(self._lines(width, max(2, viewport.height // 4))))

    def render(self) -> Content:
        return Content("\n").join(
            self._lines(self.content_size.width, max(1, self.content_size.height))
        )
