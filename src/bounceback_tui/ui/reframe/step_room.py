"""A step's fields keep their room in a short pane: the lines above them give way.

The exercise is a column: the progress line, the thought, the question, the hint, then the
step (its intro, the trap suggestions or the evidence questions, above its fields) and a
message line. Each part but the fields is as tall as its text, so where the pane is short
or narrow they took every row: at 40x15 the trap list had none (Space still ticked a trap
nobody could see), and at 60x20 four traps' evidence questions left the text box a single
border line above the key bar.

``fit_room`` measures the lines each part's text needs at the pane's width. When they and
the fields' least rows (``StepView.FIELD_ROWS``) fit, nothing is capped. Otherwise the
margins go, and the rows left are shared in this order: a line each for the question, the
thought and the hint (the intro before the hint on a step whose intro says more than its
hint: the evidence questions), then the rest of the question, of the thought, of that
part, of the other. A part cut to one line ends with an ellipsis; the intro scrolls.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.css.scalar import Unit
from textual.css.styles import RulesMap
from textual.widget import Widget
from textual.widgets import Static

if TYPE_CHECKING:
    from bounceback_tui.ui.reframe.steps import StepView

# The rows always there above the step: the progress line.
PROGRESS_ROWS = 1


def fit_room(exercise: Widget, view: StepView) -> None:
    """Cap the exercise's parts so that ``view``'s fields keep their rows (see above)."""
    if not exercise.is_attached or not view.is_attached:
        return
    width, height = exercise.size
    if width <= 0 or height <= 0:
        return
    question = exercise.query_one("#rf-question", Static)
    thought = exercise.query_one("#rf-thought", Static)
    hint = exercise.query_one("#rf-hint", Static)
    message = exercise.query_one("#rf-message", Static)
    wanted: dict[Widget, int] = {
        question: text_lines(question, width),
        thought: text_lines(thought, width) if thought.display else 0,
        hint: text_lines(hint, width),
    }
    intro = view.intro()
    if intro is not None:
        inner = width - intro.styles.gutter.width
        wanted[intro] = text_lines(intro.query_one(Static), inner) if intro.display else 0
    fixed = PROGRESS_ROWS + (text_lines(message, width) if message.display else 0)
    fields = view.field_rows(width)
    margins = sum(_margin(part) for part, lines in wanted.items() if lines)
    if fixed + sum(wanted.values()) + margins + fields <= height:
        for part in wanted:
            _uncap(part)
        return
    budget = max(0, height - fixed - fields)
    given = dict.fromkeys(wanted, 0)
    first: Widget | None = hint
    second: Widget | None = intro
    if intro is not None and view.INTRO_FIRST:
        first, second = intro, hint
    # A line each, then the rest, in this order (None: all it wants).
    plan: list[tuple[Widget | None, int | None]] = [(question, 1), (thought, 1), (first, 1)]
    plan += [(question, None), (thought, None), (first, None), (second, None)]
    for planned, most in plan:
        if planned is None:
            continue
        goal = wanted[planned] if most is None else min(most, wanted[planned])
        take = min(max(0, goal - given[planned]), budget)
        given[planned] += take
        budget -= take
    for part, lines in given.items():
        _cap(part, lines, wanted[part])


def text_lines(part: Static, width: int) -> int:
    """The lines ``part``'s text takes in ``width`` cells (its padding and border counted),
    by its style sheet's rules, not by the caps ``fit_room`` set on it."""
    inner = width - part.styles.gutter.width
    if inner <= 0:
        return 0
    base = part.styles.base
    rules: RulesMap = {
        "text_wrap": base.text_wrap,
        "text_overflow": base.text_overflow,
        "line_pad": base.line_pad,
    }
    lines = part.visual.get_height(rules, inner)
    fixed, most = base.height, base.max_height
    if fixed is not None and fixed.unit == Unit.CELLS:
        lines = int(fixed.value)
    if most is not None and most.unit == Unit.CELLS:
        lines = min(lines, int(most.value))
    return lines


def _margin(part: Widget) -> int:
    margin = part.styles.base.margin
    return margin.top + margin.bottom


def _cap(part: Widget, lines: int, wanted: int) -> None:
    """``part`` at most ``lines`` tall, without its margins; cut to one line, a longer text
    ends with an ellipsis (the intro's, a line per question, each cut so)."""
    part.styles.margin = (0, 0, 0, 0)
    part.styles.max_height = lines
    cut = lines == 1 and wanted > 1
    text = _text_of(part)
    text.styles.text_wrap = "nowrap" if cut else None
    text.styles.text_overflow = "ellipsis" if cut else None
    if text is not part:
        # The intro scrolls only while cut: a scroll bar kept from then narrowed its text,
        # which then wrapped to a line more than its rows, and the bar stayed for good.
        part.styles.overflow_y = "auto" if lines < wanted else "hidden"


def _uncap(part: Widget) -> None:
    """``part`` as its style sheet has it."""
    text = _text_of(part)
    # Set to None, not cleared: clearing a rule does not lay the widget out again.
    part.styles.margin = None
    part.styles.max_height = None
    text.styles.text_wrap = None
    text.styles.text_overflow = None
    if text is not part:
        part.styles.overflow_y = None


def _text_of(part: Widget) -> Widget:
    """The text of a part: itself, or the intro's text inside its scroll."""
    return part if isinstance(part, Static) else part.query_one(Static)
