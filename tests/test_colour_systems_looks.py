"""The app read in other colour systems and themes (a stranger's walk, measured from
`tmux capture-pane -e` with the sixteen colours as xterm's default palette):

- with TERM=xterm (16 colours) every list's cursor row was bright white on cyan, 1.98:1;
- Today's Trends told "sent" from "no's" by colour alone, the same grey in 16 colours and
  under NO_COLOR;
- a focused dropdown in a form changed nothing but its background (1.1:1);
- the Pipeline's Follow-up column said "due" by colour alone, and today and overdue alike;
- in the light theme in 16 colours the Pipeline's stage counts and Skills' "Done by kind"
  read at 1.26:1 and the answer bank's stars on the cursor row at 1.0:1;
- in the light theme in truecolor "3 quiet (r)" read at 2.12:1, Recovery's highlighted
  "· draft kept" at 1.95:1, the answer bank's stars at 2.29:1 and 2.74:1, a setting
  switched off was an empty space (1.08:1), and the key bar's letters 2.94:1;
- in the light theme the warning colour (a late follow-up, "quiet (r)", a refused filter)
  read at 3.0 to 3.3:1 in truecolor, below 4.5:1 for text;
- in the light theme in 16 colours the lines between and around panes and boxes (and the
  rule under the tabs) were white on bright white, 1.0 to 1.26:1.

Each is measured here as drawn: the app's lines rendered under the colour system (16
colours as TERM=xterm gives them, or truecolor, or NO_COLOR), each colour as the terminal
shows it, and WCAG's contrast worked out from that (tests/test_cursor_contrast.py).
"""

from __future__ import annotations

import colorsys
from datetime import date
from typing import Any

import pytest
from rich.color import Color as RichColor
from rich.color import ColorSystem
from rich.segment import Segment
from textual.geometry import Region

from bounceback_tui.domain.pipeline_rows import PipelineRow
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.services.recovery_steps import save_draft
from bounceback_tui.services.settings import save_setting
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from tests.built_stores import store_once
from tests.recovery_fixtures import add_rejection, step_by_key
from tests.test_cursor_contrast import XTERM, contrast
from tests.ui_harness import app_on, settle
from tests.written_over import another_program_writes

DARK, LIGHT = "textual-dark", "textual-light"


class SixteenColours(BouncebackApp):
    """The app as under TERM=xterm: Rich shows each colour as the nearest of sixteen."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.console._color_system = ColorSystem.STANDARD
        self.stylesheet.set_variables(self.get_css_variables())


def _shown(color: RichColor, sixteen: bool) -> RichColor:
    if sixteen:
        return RichColor.parse(XTERM[color.downgrade(ColorSystem.STANDARD).number or 0])
    return RichColor.from_triplet(color.get_truecolor())


def _demo(paths: DataPaths, theme: str) -> None:
    store_once(paths, fill_demo, 30)
    _theme(paths, theme)


def _theme(paths: DataPaths, theme: str) -> None:
    db = Database(paths.database)
    save_setting(db, "theme", theme)
    db.dispose()


def _some_quiet(paths: DataPaths) -> None:
    """The demo's applications waiting in Applied have follow-ups set ahead (not asked about
    as quiet while so): without them, some are quiet ("N quiet (r)")."""
    another_program_writes(
        paths, "UPDATE application SET next_follow_up = NULL WHERE stage = 'applied'"
    )


def _segments(
    app: Any, text: str, region: Region | None = None, *, last: bool = False
) -> list[Segment]:
    """The segments of the screen line holding ``text`` (within ``region``, if given; the
    last such line with ``last``: Today's strip names an application above its due line)."""
    strips = list(enumerate(app.screen._compositor.render_strips()))
    for y, strip in reversed(strips) if last else strips:
        if region is not None:
            if not region.y <= y < region.bottom:
                continue
            strip = strip.crop(region.x, region.right)
        if text in strip.text:
            return list(strip)
    raise AssertionError(f"{text!r} is not on screen")


def _ratios(
    app: Any, text: str, region: Region | None = None, *, last: bool = False
) -> list[tuple[str, float, RichColor]]:
    """Each piece of text on the line holding ``text``: its contrast as shown, and its
    background (as drawn)."""
    sixteen = app.console.color_system == "standard"
    pieces = []
    for segment in _segments(app, text, region, last=last):
        style = segment.style
        if style is None or not segment.text.strip():
            continue
        assert style.color is not None and style.bgcolor is not None, segment
        ratio = contrast(_shown(style.color, sixteen), _shown(style.bgcolor, sixteen))
        pieces.append((segment.text, ratio, style.bgcolor))
    return pieces


def _too_faint(pieces: list[tuple[str, float, RichColor]], least: float) -> list[str]:
    return [f"{text!r} {ratio:.2f}:1" for text, ratio, _ in pieces if ratio < least]


# -- 1. The cursor row in 16 colours ----------------------------------------------------------

CURSOR_ROWS = [
    (None, "Lumen Health (Data Analyst)"),  # Today's "Due now" (its last line naming it)
    ("2", "Vantage Civic"),  # the Pipeline's table
    ("3", "Tidewater Foods"),  # Recovery's plans
    ("4", "If I don't get this job"),  # Reframe's records
    ("5", "System design interviews"),  # Skills' board
    ("6", "Alex Morgan"),  # People
    ("comma", "Your search"),  # Settings' sections
]


@pytest.mark.parametrize("theme", [DARK, LIGHT])
@pytest.mark.parametrize(("key", "item"), CURSOR_ROWS)
async def test_in_16_colours_every_lists_cursor_row_reads_at_4_5_to_1(
    opened_paths: DataPaths, theme: str, key: str | None, item: str
) -> None:
    _demo(opened_paths, theme)
    async with app_on(opened_paths, app_class=SixteenColours) as (app, pilot, _):
        await settle(pilot)
        if key is not None:
            await pilot.press(key)
            await settle(pilot)
        focused = app.screen.focused
        assert focused is not None
        last = key is None
        segments = _segments(app, item, focused.region, last=last)
        cursor = next(s.style.bgcolor for s in segments if s.style and item in s.text)
        # The cursor row's own pieces (Today's board has another box beside its list).
        ratios = _ratios(app, item, focused.region, last=last)
        pieces = [piece for piece in ratios if piece[2] == cursor]
        assert any(item in text for text, _, _ in pieces)
        assert not _too_faint(pieces, 4.5), f"{theme}: {_too_faint(pieces, 4.5)}"


# -- 2. Trends without colour ------------------------------------------------------------------


@pytest.mark.parametrize("no_color", [False, True])
async def test_the_sent_and_no_bars_differ_in_shape(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch, no_color: bool
) -> None:
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    _demo(opened_paths, DARK)
    app_class = BouncebackApp if no_color else SixteenColours
    async with app_on(opened_paths, app_class=app_class) as (app, pilot, _):
        await settle(pilot)
        lines = [strip.text for strip in app.screen._compositor.render_strips()]
        y = next(y for y, line in enumerate(lines) if "no's, per week" in line)
        legend = lines[y]
        start = legend.index(" sent") - 1
        sent_mark = legend[start]
        no_mark = legend[legend.index(" no's") - 1]
        assert sent_mark.strip() and no_mark.strip()
        assert sent_mark != no_mark, f"both series are drawn {sent_mark!r}"
        # The bottom row of bars: the demo's weeks have both, each in its legend's shape.
        row = lines[y + 3]
        bars = row[start : start + 35]
        assert sent_mark in bars and no_mark in bars, bars


# -- 3. A focused dropdown ---------------------------------------------------------------------


def _looks(app: Any, widget: Any) -> list[tuple[str, bool, bool, bool]]:
    """The widget's first line as text and attributes, colour left out."""
    region = widget.region
    strip = app.screen._compositor.render_strips()[region.y].crop(region.x, region.right)
    return [
        (s.text, bool(s.style and s.style.reverse), bool(s.style and s.style.bold),
         bool(s.style and s.style.underline))
        for s in strip
    ]  # fmt: skip


@pytest.mark.parametrize("field", ["stage", "work_mode", "source"])
async def test_a_focused_dropdown_shows_it_without_colour(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch, field: str
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    _demo(opened_paths, DARK)
    async with app_on(opened_paths, "pipeline") as (app, pilot, _):
        await pilot.press("a")
        await settle(pilot)
        screen = app.screen
        dropdown = screen.query_one(f"#field-{field}")
        screen.query_one("#field-company").focus()
        await settle(pilot)
        blurred = _looks(app, dropdown)
        dropdown.focus()
        await settle(pilot)
        assert screen.focused is dropdown
        focused = _looks(app, dropdown)
        assert focused != blurred, "focused and not, the dropdown looks the same"
        # Its choice is drawn reversed, as a focused button's label is.
        assert any(reverse for text, reverse, _, _ in focused if text.strip())


# -- 4. The Pipeline's Follow-up column --------------------------------------------------------

TODAY = date(2026, 3, 16)


def _row(follow_up: date | None, stage: Stage = Stage.APPLIED) -> PipelineRow:
    return PipelineRow.of(
        1, "Acme", "Engineer", stage, TODAY, TODAY, follow_up, None, "", None, None, None,
        None, "", None, False, "",
    )  # fmt: skip


def test_the_follow_up_cell_says_today_and_late_in_words() -> None:
    from bounceback_tui.ui.pipeline.lines import follow_up_cell  # new with the words

    assert follow_up_cell(_row(TODAY), TODAY) == ("today", "warn")
    assert follow_up_cell(_row(date(2026, 3, 13)), TODAY) == ("3d late", "late")
    assert follow_up_cell(_row(date(2026, 3, 20)), TODAY) == ("2026-03-20", "")
    # A closed application's old follow-up is only a date: nothing is due.
    assert follow_up_cell(_row(date(2026, 3, 13), Stage.REJECTED), TODAY) == ("2026-03-13", "")
    assert follow_up_cell(_row(None), TODAY) == ("", "")


@pytest.mark.parametrize("theme", [DARK, LIGHT])
async def test_late_and_today_look_different_and_late_reads(
    opened_paths: DataPaths, theme: str
) -> None:
    _demo(opened_paths, theme)
    async with app_on(opened_paths, "pipeline") as (app, pilot, _):
        await settle(pilot)
        table = app.screen.focused
        # The demo's Lumen Health interview follow-up was due on Friday 13 March.
        pieces = _ratios(app, "3d late", table.region)
        assert not _too_faint(pieces, 4.5), _too_faint(pieces, 4.5)
        late, today = table.foreground("late"), table.foreground("warn")
        assert (late.color, late.bold) != (today.color, today.bold)


# -- 5. The light theme in 16 colours ----------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "text"),
    [
        ("2", "Saved "),  # the Pipeline's stage counts
        ("5", "Done by kind"),  # Skills' header
        ("i", "Tell me about a time you disagreed"),  # the answer bank's cursor row
    ],
)
async def test_in_16_colours_the_light_themes_muted_lines_read(
    opened_paths: DataPaths, key: str, text: str
) -> None:
    _demo(opened_paths, LIGHT)
    async with app_on(opened_paths, app_class=SixteenColours) as (app, pilot, _):
        await pilot.press(key)
        await settle(pilot)
        pieces = _ratios(app, text)
        assert not _too_faint(pieces, 3), _too_faint(pieces, 3)


# -- 6. The light theme in truecolor -----------------------------------------------------------


async def test_in_the_light_theme_the_quiet_ones_and_stage_counts_read(
    opened_paths: DataPaths,
) -> None:
    _demo(opened_paths, LIGHT)
    _some_quiet(opened_paths)
    async with app_on(opened_paths, "pipeline") as (app, pilot, _):
        await settle(pilot)
        pieces = _ratios(app, "quiet (r)")
        assert any("quiet (r)" in text for text, _, _ in pieces)
        assert not _too_faint(pieces, 3), _too_faint(pieces, 3)
        assert not _too_faint(_ratios(app, "Saved "), 4.5)


async def test_in_the_light_theme_the_answer_banks_stars_read(opened_paths: DataPaths) -> None:
    _demo(opened_paths, LIGHT)
    async with app_on(opened_paths) as (app, pilot, _):
        await pilot.press("i")
        await settle(pilot)
        for question in ("Tell me about a time you disagreed", "What are your salary"):
            pieces = _ratios(app, question)
            assert any("★" in text or "·" in text for text, _, _ in pieces)
            assert not _too_faint(pieces, 4.5), _too_faint(pieces, 4.5)


@pytest.mark.parametrize("step_list_focused", [False, True])
async def test_in_the_light_theme_a_highlighted_steps_draft_kept_reads(
    opened_paths: DataPaths, db: Database, step_list_focused: bool
) -> None:
    rejection_id = add_rejection(db, "Acme", "Engineer", date(2026, 3, 12))
    step = step_by_key(db, rejection_id, "reflect.prepared")
    save_draft(db, step.id, "I winged the numbers")
    _theme(opened_paths, LIGHT)
    async with app_on(opened_paths, "recovery") as (app, pilot, pane):
        await settle(pilot)
        assert pane.select_step(step.id)
        if not step_list_focused:
            pane.query_one("#recovery-list").focus()
        await settle(pilot)
        assert pane.step_list.has_focus is step_list_focused
        pieces = _ratios(app, "draft kept", pane.step_list.region)
        assert any("draft kept" in text for text, _, _ in pieces)
        assert not _too_faint(pieces, 3), _too_faint(pieces, 3)


async def test_in_the_light_theme_a_setting_switched_off_shows_a_mark(
    opened_paths: DataPaths,
) -> None:
    from bounceback_tui.ui.kit.tick_box import TickBox

    _theme(opened_paths, LIGHT)
    async with app_on(opened_paths) as (app, pilot, _):
        await pilot.press("comma")
        await settle(pilot)
        boxes = [box for box in app.screen.query(TickBox) if box.display and not box.value]
        sections = app.screen.query_one("#settings-sections")
        for _ in range(len(sections.options)):
            if any(box.region.height for box in boxes):
                break
            await pilot.press("down")
            await settle(pilot)
            boxes = [box for box in app.screen.query(TickBox) if not box.value]
        box = next(box for box in boxes if box.region.height)
        region = box.region
        strip = app.screen._compositor.render_strips()[region.y].crop(region.x, region.right)
        marks = [s for s in strip if s.text.strip() and s.text not in "▐▌"]
        assert marks, f"a switch that is off is {strip.text!r}: nothing in it"
        for mark in marks:
            assert mark.style is not None
            assert mark.style.color is not None and mark.style.bgcolor is not None
            ratio = contrast(_shown(mark.style.color, False), _shown(mark.style.bgcolor, False))
            assert ratio >= 3, f"{mark.text!r} reads at {ratio:.2f}:1"


async def test_in_the_light_theme_the_key_bars_letters_read(opened_paths: DataPaths) -> None:
    _theme(opened_paths, LIGHT)
    async with app_on(opened_paths) as (app, pilot, _):
        await settle(pilot)
        bar = app.screen._compositor.render_strips()[-1]
        keys = [s for s in bar if s.text.strip() and s.style is not None and s.style.bold]
        assert keys, "the key bar shows no key"
        for key in keys:
            assert key.style is not None and key.style.color and key.style.bgcolor
            ratio = contrast(_shown(key.style.color, False), _shown(key.style.bgcolor, False))
            assert ratio >= 4.5, f"the key {key.text.strip()!r} reads at {ratio:.2f}:1"


# -- 7. The light theme's warning colour as text -----------------------------------------------

WARNED = [
    ([], "2 days late"),  # Today: a follow-up past its day, off the cursor
    (["2"], "quiet (r)"),  # the Pipeline: applications gone quiet
    (["2", "slash", "s", "t", "a", "g", "e", ":", "z", "z"], "No stage starts with"),  # refused
]


@pytest.mark.parametrize(("keys", "text"), WARNED)
async def test_in_the_light_theme_the_warning_colour_reads_as_text(
    opened_paths: DataPaths, keys: list[str], text: str
) -> None:
    _demo(opened_paths, LIGHT)
    if text == "quiet (r)":
        _some_quiet(opened_paths)
    async with app_on(opened_paths, size=(120, 40)) as (app, pilot, _):
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        piece = next(
            s for s in _segments(app, text) if s.text.strip() and (text in s.text or s.text in text)
        )
        assert piece.style is not None and piece.style.color and piece.style.bgcolor
        color, back = _shown(piece.style.color, False), _shown(piece.style.bgcolor, False)
        ratio = contrast(color, back)
        assert ratio >= 4.5, f"{piece.text!r} reads at {ratio:.2f}:1"
        # Still a warning's amber, not a brown or a red: its hue between red and yellow.
        hue, _lightness, saturation = colorsys.rgb_to_hls(
            *(channel / 255 for channel in color.get_truecolor())
        )
        assert 20 <= hue * 360 <= 50 and saturation > 0.5, (hue * 360, saturation)


# -- 8. The light theme's lines in 16 colours --------------------------------------------------

# A line between or around panes, boxes and dialogs: box drawing (a frame, the rule under the
# tabs) and the eighth blocks a pane's edge is drawn with ("vkey", "tall", "hkey" borders).
_LINE_GLYPHS = frozenset(chr(code) for code in range(0x2500, 0x2580)) | set("▏▊▔")


def _faint_lines(app: Any, least: float, region: Region | None = None) -> list[str]:
    """Each line glyph on screen (within ``region``, if given) that reads below ``least`` on
    its background, as shown."""
    sixteen = app.console.color_system == "standard"
    faint = set()
    for y, strip in enumerate(app.screen._compositor.render_strips()):
        if region is not None:
            if not region.y <= y < region.bottom:
                continue
            strip = strip.crop(region.x, region.right)
        for segment in strip:
            style = segment.style
            if not _LINE_GLYPHS.intersection(segment.text) or style is None:
                continue
            assert style.color is not None and style.bgcolor is not None, segment
            ratio = contrast(_shown(style.color, sixteen), _shown(style.bgcolor, sixteen))
            if ratio < least:
                faint.add(f"{segment.text[:3]!r} on line {y}: {ratio:.2f}:1")
    return sorted(faint)


# The keys, a text then on screen, and for a dialog its box (what is behind it is dimmed).
LINED = [
    ([], "Due now", None),  # Today's boxes and the rule under the tabs
    (["2"], "Vantage Civic", None),  # the Pipeline and its details' edge
    (["3"], "Tidewater Foods", None),  # Recovery's plan, its edge and its steps' rules
    (["3", "G"], "Plan finished", None),  # a finished plan's edge
    (["4"], "If I don't get this job", None),  # Reframe's records and summary
    (["5"], "System design interviews", None),  # Skills' columns and the detail's box
    (["6"], "Alex Morgan", None),  # People and its details' edge
    (["2", "a"], "Company", ".form"),  # a form's frame
    (["i"], "Interview answer bank", "#answers-box"),  # a dialog's frame
]


@pytest.mark.parametrize("theme", [LIGHT, DARK])
@pytest.mark.parametrize(("keys", "shown", "box"), LINED)
async def test_in_16_colours_the_lines_around_panes_and_boxes_show(
    opened_paths: DataPaths, theme: str, keys: list[str], shown: str, box: str | None
) -> None:
    _demo(opened_paths, theme)
    async with app_on(opened_paths, size=(120, 40), app_class=SixteenColours) as (app, pilot, _):
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        assert any(shown in strip.text for strip in app.screen._compositor.render_strips())
        region = app.screen.query_one(box).region if box is not None else None
        # WCAG's floor for what is not text: 3:1 against what it is drawn on.
        faint = _faint_lines(app, 3, region)
        assert not faint, f"{theme}: {faint}"


@pytest.mark.parametrize("key", [None, "4"])
async def test_in_16_colours_the_light_themes_empty_boxes_show(
    opened_paths: DataPaths, key: str | None
) -> None:
    # A new store: Today's welcome box, and an empty pane's "what this is for" box.
    _theme(opened_paths, LIGHT)
    async with app_on(opened_paths, size=(120, 40), app_class=SixteenColours) as (app, pilot, _):
        await settle(pilot)
        if key is not None:
            await pilot.press(key)
            await settle(pilot)
        assert any(
            "╭" in strip.text or "┌" in strip.text
            for strip in app.screen._compositor.render_strips()
        ), "no box on screen"
        assert not _faint_lines(app, 3), _faint_lines(app, 3)


async def test_in_16_colours_the_light_themes_keys_panel_shows_its_edge(
    opened_paths: DataPaths,
) -> None:
    _demo(opened_paths, LIGHT)
    async with app_on(opened_paths, size=(120, 40), app_class=SixteenColours) as (app, pilot, _):
        await settle(pilot)
        app.action_show_help_panel()  # the palette's "Keys"
        await settle(pilot)
        panel = app.screen.query_one("HelpPanel")
        edge = panel.region._replace(width=1)
        assert (
            "▏" in app.screen._compositor.render_strips()[edge.y + 1].crop(edge.x, edge.right).text
        )
        assert not _faint_lines(app, 3, edge), _faint_lines(app, 3, edge)


# -- 9. The light theme's accent colour as text ------------------------------------------------

ACCENTED = [
    ([], "How did it go?"),  # Today: an interview that has happened asks
    (["2"], "▼"),  # the Pipeline: the sorted column's mark ("Applied ▼")
    (["3"], "Review and reflect"),  # Recovery: a part of the plan, its title
]


@pytest.mark.parametrize(("keys", "text"), ACCENTED)
async def test_in_the_light_theme_the_accent_colour_reads_as_text(
    opened_paths: DataPaths, keys: list[str], text: str
) -> None:
    _demo(opened_paths, LIGHT)
    async with app_on(opened_paths, size=(120, 40)) as (app, pilot, _):
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        piece = next(
            s for s in _segments(app, text) if s.text.strip() and (text in s.text or s.text in text)
        )
        assert piece.style is not None and piece.style.color and piece.style.bgcolor
        color, back = _shown(piece.style.color, False), _shown(piece.style.bgcolor, False)
        ratio = contrast(color, back)
        assert ratio >= 4.5, f"{piece.text!r} reads at {ratio:.2f}:1"
        # Still the theme's amber accent, not a brown or a red.
        hue, _lightness, saturation = colorsys.rgb_to_hls(
            *(channel / 255 for channel in color.get_truecolor())
        )
        assert 20 <= hue * 360 <= 50 and saturation > 0.5, (hue * 360, saturation)


def test_only_a_light_themes_accent_is_darkened_to_read() -> None:
    from textual.app import App
    from textual.color import Color
    from textual.theme import BUILTIN_THEMES

    from bounceback_tui.ui.kit.theme_looks import contrast_ratio, lifted_variables

    app = App()
    for name, theme in BUILTIN_THEMES.items():
        if name.startswith("ansi"):
            continue
        app.theme = name
        variables = app.get_css_variables()
        accent = lifted_variables(variables)["text-accent"]
        if theme.dark:
            assert accent == variables["text-accent"], name
            continue
        grounds = [Color.parse(variables[g]) for g in ("background", "surface", "panel")]
        ratios = [contrast_ratio(Color.parse(accent), ground) for ground in grounds]
        assert min(ratios) >= 4.5, (name, accent, ratios)


# -- 10. The light theme's text in 256 colours -------------------------------------------------


class TwoFiftySixColours(BouncebackApp):
    """The app as under TERM=xterm-256color: Rich shows each colour as the nearest of 256."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.console._color_system = ColorSystem.EIGHT_BIT
        self.stylesheet.set_variables(self.get_css_variables())


def _shown_in_256(color: RichColor) -> RichColor:
    return RichColor.from_triplet(color.downgrade(ColorSystem.EIGHT_BIT).get_truecolor())


@pytest.mark.parametrize(("keys", "text"), WARNED + ACCENTED)
async def test_in_256_colours_the_light_themes_text_still_reads(
    opened_paths: DataPaths, keys: list[str], text: str
) -> None:
    _demo(opened_paths, LIGHT)
    if text == "quiet (r)":
        _some_quiet(opened_paths)
    async with app_on(opened_paths, size=(120, 40), app_class=TwoFiftySixColours) as (
        app,
        pilot,
        _,
    ):
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        piece = next(
            s for s in _segments(app, text) if s.text.strip() and (text in s.text or s.text in text)
        )
        assert piece.style is not None and piece.style.color and piece.style.bgcolor
        ratio = contrast(_shown_in_256(piece.style.color), _shown_in_256(piece.style.bgcolor))
        assert ratio >= 4.5, f"{piece.text!r} reads at {ratio:.2f}:1"
        # Not a grey: a warning and a title still stand out from the words around them.
        red, green, blue = _shown_in_256(piece.style.color).get_truecolor()
        assert max(red, green, blue) - min(red, green, blue) > 64, piece.style.color


async def test_in_256_colours_the_light_themes_key_letters_read(opened_paths: DataPaths) -> None:
    _theme(opened_paths, LIGHT)
    async with app_on(opened_paths, app_class=TwoFiftySixColours) as (app, pilot, _):
        await settle(pilot)
        bar = app.screen._compositor.render_strips()[-1]
        keys = [s for s in bar if s.text.strip() and s.style is not None and s.style.bold]
        assert keys, "the key bar shows no key"
        for key in keys:
            assert key.style is not None and key.style.color and key.style.bgcolor
            ratio = contrast(_shown_in_256(key.style.color), _shown_in_256(key.style.bgcolor))
            assert ratio >= 4.5, f"the key {key.text.strip()!r} reads at {ratio:.2f}:1"


# A dark theme's text in 256 colours: tests/test_dark_themes_256.py.


# -- 11. The box that has focus in 16 colours --------------------------------------------------


@pytest.mark.parametrize("theme", [LIGHT, DARK])
async def test_in_16_colours_the_focused_box_is_told_from_the_others(
    opened_paths: DataPaths, theme: str
) -> None:
    _demo(opened_paths, theme)
    async with app_on(opened_paths, size=(120, 40), app_class=SixteenColours) as (app, pilot, _):
        await settle(pilot)
        # Today opens with its due list focused; "Bouncing back" beside it is not.
        frames = [
            segment
            for segment in _segments(app, "Bouncing back")
            if segment.style is not None and "╭" in segment.text
        ]
        assert len(frames) == 2, [segment.text for segment in frames]
        focused, other = (segment.style for segment in frames)
        assert focused is not None and other is not None
        assert focused.color and focused.bgcolor and other.color
        line, ground = _shown(focused.color, True), _shown(focused.bgcolor, True)
        ratio = contrast(line, ground)
        assert ratio >= 3, f"{theme}: the focused box's line reads at {ratio:.2f}:1"
        assert line != _shown(other.color, True), f"{theme}: both boxes are drawn {line}"
