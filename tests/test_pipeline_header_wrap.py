"""The Pipeline's funnel header wraps at the width it is drawn at, whenever its data came.

Found under load: the pane wrapped the funnel when its data arrived, at the pane's width of
that moment; a pane filled while hidden (0 wide) kept a 40-column wrap's six lines, pushing
the table three rows down at 100 columns (a snapshot failed about one run in ten)."""

from __future__ import annotations

from textual.app import App, ComposeResult

from bounceback_tui.domain.pipeline_funnel import Funnel
from bounceback_tui.domain.stages import Stage
from bounceback_tui.ui.pipeline.header import PipelineHeader, funnel_lines

# Seven sent, four replies: "7 sent · replies 57% · interviews 29% · offers 14%" (by hand).
FUNNEL = Funnel(
    by_stage={Stage.APPLIED: 2, Stage.SCREENING: 1, Stage.REJECTED: 4},
    sent=7,
    replied=4,
    interviewed=2,
    offered=1,
    median_days_to_reply=7.0,
)


class HeaderApp(App[None]):
    def compose(self) -> ComposeResult:
        header = PipelineHeader()
        header.display = False
        yield header


def _lines(header: PipelineHeader) -> list[str]:
    return str(header.render()).splitlines()


async def test_filled_while_hidden_it_wraps_at_the_width_it_is_shown_at() -> None:
    app = HeaderApp()
    async with app.run_test(size=(100, 20)) as pilot:
        header = app.query_one(PipelineHeader)
        header.show(FUNNEL, quiet=1)  # while hidden, 0 wide
        await pilot.pause()
        header.display = True
        await pilot.pause()
        lines = _lines(header)
        assert lines[0].startswith("7 sent · replies 57% · interviews 29% · offers 14%")
        # The rates on one line, the nine stages and "1 quiet (r)" (about 125 columns) on two.
        assert header.size.height == len(lines) == 3
        assert all(len(line) <= 100 for line in lines)

        await pilot.resize_terminal(50, 20)
        await pilot.pause()
        narrow = _lines(header)
        assert len(narrow) > 2 and all(len(line) <= 50 for line in narrow)
        assert header.size.height == len(narrow)


async def test_no_funnel_draws_a_blank_line() -> None:
    app = HeaderApp()
    async with app.run_test(size=(100, 20)) as pilot:
        header = app.query_one(PipelineHeader)
        header.display = True
        header.show(None)
        await pilot.pause()
        assert str(header.render()) == ""
        assert header.size.height == 1


# The demo store at 10,000 applications (the attacker's): nine stage counts, 1,270 quiet.
CROWDED = Funnel(
    by_stage={
        Stage.SAVED: 830,
        Stage.APPLIED: 2172,
        Stage.SCREENING: 786,
        Stage.INTERVIEWING: 911,
        Stage.OFFER: 178,
        Stage.ACCEPTED: 80,
        Stage.REJECTED: 3180,
        Stage.WITHDRAWN: 574,
        Stage.GHOSTED: 1290,
    },
    sent=9170,
    replied=5410,
    interviewed=2017,
    offered=275,
    median_days_to_reply=8.0,
)


async def test_a_cut_header_keeps_the_quiet_ones_and_their_key() -> None:
    """At 60x20 the header's five lines ended at "Ghosted 1,290 ·": "1,270 quiet (r)", the
    only hint for `r`, was cut. It now leads the counts, and the cut takes stage counts."""
    app = HeaderApp()
    async with app.run_test(size=(60, 20)) as pilot:
        header = app.query_one(PipelineHeader)
        header.display = True
        header.show(CROWDED, quiet=1270)
        await pilot.pause()
        lines = _lines(header)
        assert header.size.height == len(lines) == 5  # a quarter of 20 rows
        assert lines[0].startswith("9,170 sent · replies 59%")
        assert any("1,270 quiet (r)" in line for line in lines)
        assert all(len(line) <= 60 for line in lines)

        await pilot.resize_terminal(40, 12)
        await pilot.pause()
        small = _lines(header)
        assert header.size.height == len(small) == 3
        assert small[0].startswith("9,170 sent")
        assert any("1,270 quiet (r)" in line for line in small)

        await pilot.resize_terminal(160, 20)  # room for all: the stages keep their order
        await pilot.pause()
        wide = _lines(header)
        assert wide[-1].endswith("Ghosted 1,290 · 1,270 quiet (r)")
        assert "Saved 830 · Applied 2,172" in wide[1]


def test_a_cut_header_ends_without_a_separator() -> None:
    """At 40x12, sorted by Salary, the header ended "3 quiet (r) · sorted by Salary ▼ ·": a
    separator before the stage counts that were cut (a tester's walk)."""
    lines = [
        str(line)
        for line in funnel_lines(CROWDED, quiet=3, width=40, height=3, sort="sorted by Salary ▼")
    ]
    assert len(lines) == 3
    assert lines[-1] == "3 quiet (r) · sorted by Salary ▼"
    # Not cut, the last line ends with the last item too.
    whole = [str(line) for line in funnel_lines(CROWDED, quiet=3, width=40)]
    assert whole[-1].endswith("3 quiet (r)")


# A small store's funnel: its nine stage counts fill about 110 columns.
SMALL = Funnel(
    by_stage={Stage.APPLIED: 5, Stage.SCREENING: 1, Stage.REJECTED: 2},
    sent=8,
    replied=3,
    interviewed=1,
    offered=0,
    median_days_to_reply=6.0,
)


def test_no_line_ends_in_a_separator_when_it_wraps() -> None:
    """At 120 columns the stage counts ended "… Ghosted 0 ·", the quiet ones on the next
    line (a tester's walk): a line that goes on ends with its last figure."""
    at_120 = [str(line) for line in funnel_lines(SMALL, quiet=3, width=120)]
    assert at_120[1].endswith("Ghosted 0"), at_120
    assert at_120[2] == "3 quiet (r)", at_120
    for funnel in (SMALL, CROWDED):
        for width in range(20, 200):
            for height in (None, 2, 3, 5):
                for sort in ("", "sorted by Salary ▼"):
                    lines = funnel_lines(funnel, quiet=3, width=width, height=height, sort=sort)
                    for line in lines:
                        assert not str(line).rstrip().endswith("·"), (width, height, str(line))
                        assert line.cell_length <= width, (width, height, str(line))
