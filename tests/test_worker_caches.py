"""The suite's stand-ins for Textual's selector matching, dialog tint and style parsing
(tests/worker_caches.py) give Textual's own answers: every rule of the app's stylesheet tried
on every node of a Pipeline with a form open over it, the screen under the form tinted both
ways, and every style text the app parsed parsed again by Textual, in two themes."""

from __future__ import annotations

import sys
from typing import Any

from rich.segment import ControlType, Segment
from rich.style import Style
from textual.color import Color
from textual.css import match, stylesheet
from textual.css.tokenize import tokenize_values
from textual.markup import parse_style
from textual.renderables.background_screen import BackgroundScreen

from bounceback_tui.paths import DataPaths
from tests.built_stores import store_once
from tests.pipeline_fixtures import small_pipeline
from tests.ui_harness import app_on, settle
from tests.worker_caches import TEXTUALS_OWN, shared_by_variables


def _nodes(app: Any) -> list[Any]:
    nodes = [app]
    for screen in app.screen_stack:
        nodes += list(screen.walk_children(with_self=True))
    return nodes


async def test_a_rules_selector_matches_a_node_as_textuals_own_walk_says(
    opened_paths: DataPaths,
) -> None:
    store_once(opened_paths, small_pipeline)
    own = TEXTUALS_OWN["_check_selectors"]
    ours = stylesheet._check_selectors
    assert ours is not own  # the stand-in is the one the stylesheet calls
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot)
        nodes = _nodes(app)
        answers: dict[tuple[bool, bool], int] = {}
        last_part_only = 0
        for node in nodes:
            path = node.css_path_nodes
            for rule in app.stylesheet.rules:
                for selector_set in rule.selector_set:
                    selectors = selector_set.selectors
                    expected = own(selectors, path)
                    got = ours(selectors, path)
                    answers[expected, got] = answers.get((expected, got), 0) + 1
                    if not expected and selectors[-1].check(node):
                        last_part_only += 1
    assert set(answers) == {(True, True), (False, False)}, answers
    # The rules that fail only before their last part were asked too (``Screen Input``
    # tried on an Input that is not on a screen's path the selector names).
    assert last_part_only > 0


async def test_a_querys_selector_matches_a_node_as_textuals_own_match_says(
    opened_paths: DataPaths,
) -> None:
    store_once(opened_paths, small_pipeline)
    own = TEXTUALS_OWN["match"]
    for name in ("css.match", "css.query", "dom", "message_pump", "screen", "widget"):
        assert sys.modules[f"textual.{name}"].match is not own, name
    ours = match.match
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot)
        nodes = _nodes(app)
        answers: dict[tuple[bool, bool], int] = {}
        for node in nodes:
            for rule in app.stylesheet.rules:
                expected = own(rule.selector_set, node)
                got = ours(rule.selector_set, node)
                answers[expected, got] = answers.get((expected, got), 0) + 1
        # A few queries of the kind the app makes, on every node.
        for query in ("#field-company", "Input", "FormScreen Input:focus", "DataTable", "*"):
            from textual.css.parse import parse_selectors

            selector_sets = parse_selectors(query)
            for node in nodes:
                expected = own(selector_sets, node)
                got = ours(selector_sets, node)
                answers[expected, got] = answers.get((expected, got), 0) + 1
    assert set(answers) == {(True, True), (False, False)}, answers


def _tinted_both_ways(segments: list[Segment], tint: Color) -> tuple[list[Any], list[Any]]:
    own = TEXTUALS_OWN["process_segments"]
    return (
        list(own(BackgroundScreen, segments, tint)),
        list(BackgroundScreen.process_segments(segments, tint)),
    )


async def test_the_screen_under_a_form_is_tinted_as_textual_tints_it(
    opened_paths: DataPaths,
) -> None:
    store_once(opened_paths, small_pipeline)
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot)
        tint = app.screen.styles.background
        below = app.screen_stack[-2]
        segments = list(app.console.render(below._compositor, app.console.options))
    assert 0 < tint.a < 1  # the form lets the Pipeline show through, tinted
    # What the screen's own cells do not hold: a link and meta to clear, no style, a
    # control code, and a style met twice.
    linked = Style(color="red", bgcolor="blue", link="https://example.invalid/a", bold=True)
    segments += [
        Segment("link", linked),
        Segment("meta", Style(color="green", meta={"@click": "app.bell"})),
        Segment("plain", None),
        Segment("", None, [(ControlType.BELL,)]),
        Segment("link again", linked),
    ]
    assert len({segment.style for segment in segments}) > 10
    for color in (tint, Color(0, 0, 0, 0.6), Color(200, 10, 10, 1.0), Color(1, 2, 3, 0)):
        own, ours = _tinted_both_ways(segments, color)
        assert own == ours, color
        # Equal styles are not enough for the links: none is left either way.
        assert not any(s.style is not None and (s.style.link or s.style.meta) for s in ours)


def _parsed_both_ways(app: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """Every style text the app's stylesheet kept, parsed by the stand-in and by Textual's
    own ``markup.parse_style`` given the theme's variables (which tokenizes them itself)."""
    sheet = app.stylesheet
    texts = sorted(shared_by_variables(sheet).get("styles", {}))
    ours = {text: sheet.parse_style(text) for text in texts}
    own = {text: parse_style(text, sheet._variables) for text in texts}
    return ours, own


async def test_a_style_text_is_parsed_as_textual_parses_it_in_each_theme(
    opened_paths: DataPaths,
) -> None:
    store_once(opened_paths, small_pipeline)
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot)
        sheet = app.stylesheet
        assert sheet._variable_tokens == tokenize_values(sheet._variables)
        ours, own = _parsed_both_ways(app)
        assert len(ours) > 5  # the key bar's, the tabs', the form's looks
        assert ours == own
        first_theme = app.theme
        app.theme = "textual-light" if first_theme != "textual-light" else "nord"
        await settle(pilot)
        assert sheet._variable_tokens == tokenize_values(sheet._variables)
        # The same texts, read again under the new theme's variables.
        again = {text: sheet.parse_style(text) for text in ours}
        assert again == {text: parse_style(text, sheet._variables) for text in ours}
        # Some of them name the theme's colours ($accent and the like), so the new theme
        # gives them other looks: an answer kept by its text alone would be the old one.
        assert any(again[text] != ours[text] for text in ours)
        ours, own = _parsed_both_ways(app)
        assert ours == own


def _made_apart() -> list[Any]:
    """Plain functions that share a code object but not a signature, as decorators and
    partialmethods make them, and closures made twice."""
    import functools

    def wraps_any(func: Any) -> Any:
        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            return func(*args, **kwargs)

        return wrapper

    @wraps_any
    def one(a: int) -> int:
        return a

    @wraps_any
    def three(a: int, b: int, c: int) -> int:
        return a + b + c

    def closure(n: int) -> Any:
        def callback(event: object) -> int:
            return n

        return callback

    def signed(*args: Any) -> None:
        return None

    class Holder:
        def method(self, a: int, b: int) -> None:
            return None

        first = functools.partialmethod(method, 1)
        both = functools.partialmethod(method, 1, 2)

    import inspect

    signed.__signature__ = inspect.Signature()  # type: ignore[attr-defined]
    plain = [
        Holder.__dict__["first"].__get__(None, Holder),
        Holder.__dict__["both"].__get__(None, Holder),
    ]
    return [one, three, wraps_any(lambda: 0), closure(1), closure(2), signed, *plain]


async def test_a_callbacks_parameters_are_counted_as_textual_counts_them(
    opened_paths: DataPaths,
) -> None:
    from textual import _callback

    own = TEXTUALS_OWN["_count_parameters"]
    ours = _callback._count_parameters
    assert ours is not own
    seen: list[Any] = []

    def noting(func: Any) -> int:
        seen.append(func)
        return ours(func)  # type: ignore[no-any-return]

    store_once(opened_paths, small_pipeline)
    _callback._count_parameters = noting
    try:
        async with app_on(opened_paths, "pipeline") as (_app, pilot, _pane):
            await pilot.press("a")
            await settle(pilot)
            await pilot.press("escape")
            await settle(pilot)
    finally:
        _callback._count_parameters = ours
    assert len(seen) > 5  # the app's own callbacks, made for this app
    made = _made_apart()
    counts = [(own(func), ours(func)) for func in seen + made + made]
    assert all(expected == got for expected, got in counts), counts
    # The made ones share code objects two by two and still count apart.
    assert [own(func) for func in made] == [1, 3, 0, 1, 1, 0, 2, 1]
